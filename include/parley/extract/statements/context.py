"""What the statement steps share about one document, computed once: the actors its entities
name (:class:`ActorMention` by token), each quote's resolved speaker, its noun chunks; the
:class:`Match` records the matchers pass on; and whose voice a clause has (:func:`side_of`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from parley.extract.actor_resolver import ActorResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from parley.extract.actors import Actor
    from parley.extract.quotes import Quote


FIRST_PERSON = {"i", "we", "us", "me", "our", "my"}


MENTION_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


THINGS = {"it", "this", "there", "what", "these", "those"}


# bodies a government speaker's "the government will ..." speaks for
OWN_GOVERNMENT = {"government", "administration", "cabinet", "ministry", "country", "state"}


@dataclass(frozen=True)
class ActorMention:
    """An entity span of the document and the actor it resolves to."""

    span: Span
    actor: Actor


class DocContext:
    """Everything the classifier needs about one document, computed once."""

    def __init__(
        self, doc: Doc, quotes: list[Quote], when: date | datetime | str | None = None
    ) -> None:
        self.doc = doc
        self.quotes = quotes
        self._noun_chunks: list[Span] | None = None
        self.resolver = ActorResolver(doc, when)
        self.mentions: dict[int, ActorMention] = {}
        for ent in doc.ents:
            if ent.label_ not in MENTION_LABELS:
                continue
            actor = self.resolver.span(ent)
            if actor is None:
                continue
            m = ActorMention(ent, actor)
            for i in range(ent.start, ent.end):
                self.mentions[i] = m
        self.speakers: list[Actor | None] = [
            self.resolver.speaker(q.speaker, q.speaker_role) for q in quotes
        ]

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def noun_chunks_in(self, span: Span) -> list[Span]:
        """The document's noun chunks inside ``span``. ``Span.noun_chunks`` re-parses the whole
        document's chunks on every call, so they are computed once per document here."""
        if self._noun_chunks is None:
            self._noun_chunks = list(self.doc.noun_chunks)
        return [nc for nc in self._noun_chunks if nc.start >= span.start and nc.end <= span.end]


def mention_in(ctx: DocContext, tok: Token) -> ActorMention | None:
    """The actor mention covering ``tok``, if any; an adjectival demonym ("Russian attacks") names
    a side, not a target, and does not count."""
    m = ctx.mentions.get(tok.i)
    if m is None:
        return None
    # an adjectival demonym ("Russian attacks") names a side, not a target
    if m.span.label_ == "NORP" and tok.dep_ == "amod":
        return None
    return m


def side_of(
    ctx: DocContext, subj: Token | None, speaker: Actor | None, q: Quote | None = None
) -> tuple[str, ActorMention | None]:
    """Whose voice a clause has: ``self`` (the speaker's side), ``other`` (another named actor),
    ``unknown`` (a third party the tables do not name: "the banks", "he" inside a direct quote),
    or ``none`` (no subject, or a thing: "it", "this").

    A stance word counts as the speaker's own only with ``self`` or ``none``: "Rovers have
    offered £500,000" is a report of someone else's offer, not the speaker's. In reported speech
    (an indirect quote) "he"/"she" is the speaker ("Lavrov said he would ..."); inside a direct
    quote the speaker is "I"/"we" and "he" is someone else."""
    if subj is None:
        return "none", None
    low = re.split(r"['’]", subj.lower_)[0] or subj.lower_  # "I've" as one token
    if low in FIRST_PERSON:
        return "self", None
    heads = [subj, *[c for c in subj.children if c.dep_ == "conj"]]
    for h in heads:
        m = mention_in(ctx, h)
        if m is not None:
            if same_side(m.actor, speaker):
                continue
            return "other", m
    if any(mention_in(ctx, h) for h in heads):
        return "self", None
    if q is None:
        return "none", None
    if subj.pos_ == "PRON":
        if low in THINGS:
            return "none", None
        if q.kind == "indirect" and (low in ("he", "she") or (low == "they" and _plural(q))):
            return "self", None
        return "unknown", None
    if subj.pos_ in ("NOUN", "PROPN") and _own_noun(subj, q, speaker):
        return "self", None
    return "unknown", None


def _plural(q: Quote) -> bool:
    """A speaker named by a plural noun ("officials", "the companies"): "they" is that speaker."""
    words = (q.speaker or "").split()
    return bool(words) and words[-1].lower().endswith("s") and not words[-1][:1].isupper()


def _own_noun(subj: Token, q: Quote, speaker: Actor | None) -> bool:
    """A subject noun that names the speaker's own body: "the company" said by the company,
    "the government" said by a government official, "the bank" by its president."""
    lemma = subj.lemma_.lower()
    said_by = " ".join(
        x for x in (q.speaker, q.speaker_role, speaker.role if speaker else None) if x
    ).lower()
    if lemma and re.search(rf"\b{re.escape(lemma)}", said_by):
        return True
    return lemma in OWN_GOVERNMENT and speaker is not None and speaker.sector == "government"


def same_side(actor: Actor, speaker: Actor | None) -> bool:
    """Whether ``actor`` is the speaker's own side: the speaker, their organisation, or their
    country's government (a party or the opposition does not speak for its government)."""
    if speaker is None:
        return False
    if actor.name == speaker.name:
        return True
    # an international organisation speaking of itself ("the World Bank intends ...", said by
    # its vice president)
    if actor.kind == "io" and speaker.organisation in (actor.name, actor.organisation):
        return True
    # a party or the opposition does not speak for its country's government
    if speaker.kind == "party" or speaker.sector == "opposition":
        return actor.organisation is not None and actor.organisation == speaker.organisation
    # the speaker's own country or government speaking of itself ("Russia will ...")
    return (
        actor.kind in ("country", "seat", "institution")
        and actor.country is not None
        and actor.country == speaker.country
    )


@dataclass
class Match:
    """A word, phrase or cue that gives a quote a label: the label and CAMEO code, negation, the
    deciding token and its character offset, the rule, a confidence, and what carries the target."""

    statement_type: str
    cameo_code: str
    negated: bool
    token: Token | None
    char: int  # character offset of the deciding word, for clause order
    rule: str
    confidence: float
    about: Token | None = None  # the argument that carries the target
    claim_about: ActorMention | None = None  # set for CLAIMs about another actor's position
