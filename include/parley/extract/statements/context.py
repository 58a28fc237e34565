"""What the statement steps share about one document, computed once: the actors its entities
name (:class:`ActorMention` by token), each quote's resolved speaker, its noun chunks; the
:class:`Match` records the matchers pass on; and whose voice a clause has (:func:`side_of`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Span

from parley.extract.actor_resolver import ActorResolver
from parley.extract.actors import (
    FAMILY_NAME_FIRST,
    RELATION_NOUNS,
    Actor,
    as_written,
    country_in,
    ends_posted_title,
    fold,
    has_title_word,
    is_pronoun,
    lookup_company,
    lookup_demonym,
    lookup_place,
    office_holder,
    party_state,
    posted_host,
    posted_title_end,
    region,
    role_sector,
    sent_to,
    written_as_abbreviation,
)
from parley.extract.countries import (
    administering_states,
    names_world_region,
    namesake_subdivision,
    subdivision_around,
    subdivision_before_office,
    subdivision_namesakes,
    subdivision_parents,
)
from parley.extract.doctext import doc_text
from parley.extract.lexicon import group_words, relays, speaker_heads, title_kind
from parley.extract.meta import ArticleMeta
from parley.extract.names import NameForm, honorific_gender, same_person, split_name
from parley.extract.quotes.document import doc_datelines
from parley.extract.quotes.indirect import NOUN_REPORT_RULE, TRANSCRIPT_TURNS, TURN_RULES
from parley.extract.quotes.mentions import gender_of
from parley.extract.statements.lexicon import class_words, context_words
from parley.extract.statements.rules import rules
from parley.extract.syntax import conj_head, cue_token, fronted_clause_subjects

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

    from parley.extract.quotes import Quote


ANTECEDENT_REACH = 600
# how far back (characters) a document speaker ("the report said") looks for the quote of its
# issuer: about two paragraphs of wire copy
ISSUER_REACH = 1500

# a bare "the government" in a national story: the state that at least this many placed
# speakers speak for, this share of them or more (``DocContext._one_speaking_state``); written
# for Parley (an exchange of two states' voices, "Moscow said ..., Kyiv replied ...", stays
# under the share)
ONE_STATE_SPEAKERS = 3
ONE_STATE_SHARE = 0.75

# prepositions whose phrase on a speaker's noun names its affiliation or seat ("the ministry of
# Turkey", "officials in Ankara")
PHRASE_PREPS = ("of", "for", "at", "in", "from")

FIRST_PERSON = {"i", "we", "us", "me", "our", "my"}
# the first-person subjects of a report in a document's own voice ("We condemn", "I welcome")
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
# the second person plural as a reporter's question writes the side it puts the question to
# ("you guys have said", "you all announced"; general English usage). A bare "you" is left out:
# in a briefing's questions it is mostly asked about ("you have no reaction to that", "you
# mentioned ..."), not a report of what was said
SECOND_PERSON_SUBJECTS = frozenset({"you guys", "you all", "y'all", "you folks"})

# the first person plural, its independent possessive too: the speaker's people ("our diplomats",
# "two of us", "the decision is ours")
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours"})


_APOSTROPHE = re.compile(r"['’]")


def first_person(tok: Token, words: Collection[str] = FIRST_PERSON) -> bool:
    """Whether ``tok`` is a first-person pronoun or possessive (``words``: :data:`FIRST_PERSON`,
    or :data:`FIRST_PERSON_PLURAL` for the speaker's people; "I've" as one token counts). "US"
    and "U.S." fold to the pronoun "us" but are the country's short name
    (:func:`~parley.extract.actors.written_as_abbreviation`): "the US should stop ..." said by
    Beijing is another party's act, not the speaker's side's."""
    lower = tok.lower_
    low = _APOSTROPHE.split(lower, maxsplit=1)[0] or lower
    return low in words and not written_as_abbreviation(tok.text)


MENTION_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


OWN_POSSESSIVES = {"our", "my"}
REPORTED_POSSESSIVES = {"his", "her", "its", "their"}
THINGS = {"it", "this", "there", "what", "these", "those"}


def _placed_as(base: Actor, other: Actor, how: str, *, body_sector_first: bool) -> Actor:
    """The speaker ``base`` placed by ``other``, another mention of the same speaker in the
    article: ``other``'s country, ``base``'s own organisation else ``other``'s, and the
    evidence ``base.evidence + "+" + how``. The sector: ``other``'s first when
    ``body_sector_first`` (the same role: a spokesman speaks for the body named before, whose
    name gave its sector), else ``base``'s own first (the same person: his own title says it)."""
    sector = (other.sector or base.sector) if body_sector_first else (base.sector or other.sector)
    return replace(
        base,
        country=other.country,
        organisation=base.organisation or other.organisation,
        sector=sector,
        evidence=f"{base.evidence}+{how}",
    )


def _names_an_origin(ent: Span) -> bool:
    """Whether a demonym (whatever label the recogniser gives it) names where people's families
    come from, not a state: it modifies a noun of origin (``origin_noun`` of
    ``data/statements/context_words.csv``: "people from Indian and Chinese backgrounds", "those
    of Pakistani origin", "Britons of Somali descent"; a conjunct counts as its head) that is the
    object of "of" or "from" after people (a pronoun, a people's name, a ``people_noun``). Such
    people are a group of the state they live in; the state of their origin is no party to what
    is said of them. Things of an origin keep its state ("drones of Iranian origin")."""
    tok = conj_head(ent.root)
    origin = tok.head
    if tok.dep_ not in ("amod", "compound") or origin.lemma_.lower() not in context_words(
        "origin_noun"
    ):
        return False
    # people "of"/"from" that origin: a pronoun, a people's name or a noun of people ("drones of
    # Iranian origin" are Iran's; "the Afghan descent into civil war" is Afghanistan's)
    prep = origin.head
    if origin.dep_ != "pobj" or prep.lower_ not in ("of", "from"):
        return False
    people = prep.head
    return (
        people.pos_ == "PRON"
        or people.ent_type_ == "NORP"
        or people.lemma_.lower() in context_words("people_noun")
    )


def _names_an_event(doc: Doc, ent: Span, actor: Actor) -> bool:
    """Whether a capital names a meeting, an agreement or a market held there, not its
    government: the noun the capital modifies, through at most two more noun modifiers, is an
    ``event_noun`` of ``data/statements/context_words.csv`` ("the Geneva talks", "the Paris
    currency accord", "the Geneva arms control talks"), or the next word is one, an
    ``event_topic`` word ("climate", "peace") and then one, or a ``market_noun`` ("London
    interbank offered rates", "the Tokyo stock market"). Only seats: "Russia talks" is still
    Russia, "Moscow trade policy" is Moscow's, and a pair of capitals joined by a hyphen names
    the parties ("the Washington-Taipei trade talks"). (A capital as a meeting's venue, "talks
    in Beijing", is left a mention: the host is most often a party to the talks.)"""
    if actor.kind != "seat":
        return False
    nxt = [t.lower_ for t in doc[ent.end : ent.end + 2]]
    events = context_words("event_noun")
    if nxt and (
        nxt[0] in events or (nxt[0] in context_words("market_noun") and doc[ent.end].pos_ != "VERB")
    ):
        return True  # not a verb: "Beijing and Washington exchange views" are the parties
    if len(nxt) == 2 and nxt[0] in context_words("event_topic") and nxt[1] in events:
        return True
    if _paired(doc, ent):
        return False  # "the Washington-Taipei trade talks": the pair names the parties
    tok = ent.root
    for _ in range(3):
        if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        tok = tok.head
        if tok.lower_ in events:
            return True
    return False


_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013", "\u2014"})


def _paired(doc: Doc, ent: Span) -> bool:
    """Whether a hyphen joins the mention ``ent`` to another place name ("Washington-Taipei",
    "Seoul-Washington"; not "Minsk-format", "Oslo-era"): the word across the hyphen is a
    place entity (GPE, LOC) or a country or seat of the actor tables (the model often leaves
    the second one untagged)."""

    def place(tok: Token) -> bool:
        if tok.ent_type_ in ("GPE", "LOC"):
            return True
        found = lookup_place(tok.text, None) if tok.is_title else None
        return found is not None and found.kind in ("country", "seat")

    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    before = doc[ent.start - 2] if ent.start >= 2 else None
    return (after is not None and doc[ent.end].text in _HYPHENS and place(after)) or (
        before is not None and doc[ent.start - 1].text in _HYPHENS and place(before)
    )


# reciprocal pronouns: a joint subject acting on itself ("X and Y accused each other") speaks as
# two opposed parties, not jointly (general English grammar)
RECIPROCAL = ("each other", "one another")


@dataclass(frozen=True)
class ActorMention:
    """An entity span of the document and the actor it resolves to."""

    span: Span
    actor: Actor


def _inside_a_subdivision_name(tok: Token, country: str | None) -> bool:
    """Whether ``tok`` is a word of the written-out name of a subdivision of another state than
    ``country`` ("Mexico" in "a New Mexico Republican", "British" in "British Columbia"), read
    on the words around it in its sentence (:func:`parley.extract.countries.subdivision_around`)."""
    if country is None:
        return False
    sent = tok.sent
    lo, hi = max(sent.start, tok.i - 3), min(sent.end, tok.i + 4)
    words = [w.text for w in tok.doc[lo:hi]]
    return subdivision_around(words, tok.i - lo, tok.i - lo + 1, country) is not None


def _namesake_subdivision(ent: Span, actor: Actor, when: date | None) -> Actor | None:
    """The ISO 3166-2 subdivision a mention of a state names when the word after it makes the
    name a subdivision of another state (:func:`parley.extract.countries.namesake_subdivision`,
    the reading :func:`country_in` makes of titles): "a Georgia Republican", "the Georgia
    senator" → the US state Georgia, never the country. None when the mention is no state, its
    name no other state's subdivision (pycountry), or the next word no office or party word."""
    if actor.kind != "country":
        return None
    parent = _represented_subdivision(ent, actor.country, when)
    if parent is None and ent.end < len(ent.doc):
        words = [t.text for t in ent] + [ent.doc[ent.end].text]
        parent = namesake_subdivision(
            words, 0, len(ent), actor.country, functools.partial(party_state, when=when)
        )
    return region(ent.text, parent) if parent is not None else None


MAX_REPRESENTATIVE_WORDS = 6  # words before a person's name searched for a party or a seat


def _represented_subdivision(ent: Span, country: str | None, when: date | None) -> str | None:
    """The country of the sub-national unit ``ent`` names when it is the place a person named
    right before "of" represents, and the words before that person's name give a party of that
    country or a legislator's or governor's title: "Republican committee member Doug Collins of
    Georgia", "Sen. Jon Hale of Georgia" → US (the state Georgia, never the country;
    STATEMENTS_GUIDE: sub-national units never become a country). The title is read as the
    speaker's phrase reads it (:func:`parley.extract.countries.subdivision_before_office`), the
    party here (the tables' :func:`party_state`). Not "Foreign Minister David Zalkaliani of
    Georgia" (no such word), nor a name several countries' units share (pycountry). At most
    :data:`MAX_REPRESENTATIVE_WORDS` words read, none across punctuation."""
    doc = ent.doc
    i = ent.start
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].ent_type_ != "PERSON" or country is None:
        return None
    parents = subdivision_parents(ent.text)
    if len(parents) != 1 or country in parents:
        return None
    (parent,) = parents
    j = i - 2
    lo = ent.sent.start
    while j > lo and doc[j - 1].ent_type_ == "PERSON":
        j -= 1
    lead = doc[max(lo, j - MAX_REPRESENTATIVE_WORDS) : j]
    words = [t.text for t in doc[lead.start : ent.end]]
    if subdivision_before_office(words, i - lead.start, ent.end - lead.start) == parent:
        return parent  # "Sen. Jon Hale of Georgia"
    for t in reversed(lead):
        if t.is_punct:
            break
        if party_state(t.text, when) == parent:
            return parent  # "Republican committee member Doug Collins of Georgia"
    return None


# the tags of a finite verb (Penn Treebank): present, past, non-third-person present
FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP"})


def _without_finite_verbs(ent: Span) -> list[Span]:
    """An entity's parts between the finite verbs the model ran into it, each with the entity's
    label: the press capitalises a word after "U.S." ("if the U.S. Insists Japan open its
    market", tagged ORG whole) and a headline every word ("Russia Warns Ukraine"), and a clause
    is no name, so "the U.S." and "Japan" are two parties, "Insists" neither. ``[ent]`` when no
    token of it is tagged a finite verb (``VBZ``/``VBD``/``VBP`` of a verb or auxiliary); a
    part that would be empty is left out. One pass over the entity's tokens."""
    cuts = [t.i for t in ent if t.tag_ in FINITE_VERB_TAGS and t.pos_ in ("VERB", "AUX")]
    if not cuts:
        return [ent]
    doc = ent.doc
    parts = []
    start = ent.start
    for cut in (*cuts, ent.end):
        if cut > start:
            part = doc.char_span(doc[start].idx, doc[cut - 1].idx + len(doc[cut - 1]), ent.label_)
            if part is not None:
                parts.append(part)
        start = cut + 1
    return parts


class DocContext:
    """Everything the classifier needs about one document, computed once."""

    def __init__(
        self,
        doc: Doc,
        quotes: list[Quote],
        when: date | datetime | str | None = None,
        meta: ArticleMeta | None = None,
    ) -> None:
        self.doc = doc
        self.quotes = quotes
        self._chunks: dict[int, list[Span]] = {}  # sentence number -> its noun chunks
        self._sent_starts: list[int] | None = None
        self._bodies: list[tuple[Span, str, str]] | None = None
        self._forms: tuple[list[int], list[int], list[int]] | None = None
        self.resolver = ActorResolver(doc, when)
        self.mentions: dict[int, ActorMention] = {}
        # the entities, read once (by the resolver): each ``Doc.ents`` access makes a Token per
        # token of the doc
        self.ents: tuple[Span, ...] = self.resolver.ents
        collective = context_words("collective")
        for whole in self.ents:
            if whole.label_ not in MENTION_LABELS:
                continue
            for ent in _without_finite_verbs(whole):
                actor = self.resolver.span(ent)
                if ent.end < len(doc) and doc[ent.end].lower_ in collective:
                    # "the Baltic states": the entity and its collective noun name a group
                    group = self.resolver.span(doc[ent.start : ent.end + 1])
                    if group is not None and group.members:
                        ent, actor = doc[ent.start : ent.end + 1], group
                if actor is None or _names_an_event(doc, ent, actor) or _names_an_origin(ent):
                    continue
                actor = _namesake_subdivision(ent, actor, self.resolver.when) or actor
                m = ActorMention(ent, actor)
                for i in range(ent.start, ent.end):
                    self.mentions[i] = m
        for m in {id(m): m for m in self.mentions.values()}.values():
            # "Pakistan's Foreign Office": the owner's state, not the table's; an international
            # organisation has none ("the Paris Club" is no French body)
            owner = (
                self._owning_state(m.span.root)
                if m.actor.evidence == "institution" and m.actor.kind != "io"
                else None
            )
            if owner is not None and owner != m.actor.country:
                owned = ActorMention(
                    m.span, replace(m.actor, country=owner, organisation=None, evidence="owner")
                )
                for i in range(m.span.start, m.span.end):
                    self.mentions[i] = owned
        self._place_named_parties()
        self._country_mentions: list[ActorMention] | None = None
        self._headline_end: int | None = None
        self._speaker_counts: dict[str, int] | None = None
        self._starts: list[int] | None = None
        self._quote_index: tuple[list[int], list[int], list[int], list[int]] | None = None
        self._speaker_names: _NameIndex | None = None
        self._mention_names: _NameIndex | None = None
        self._counts: tuple[dict[str, int], dict[str, ActorMention]] | None = None
        self._placed: dict[str, str] | None = None
        self.datelines = datelines_of(doc)
        # the document's own voice (a press release's issuer, by its byline, title or source):
        # whose a first-person report outside any quotation is ("We condemn the attack")
        self.voice = self.issuer_voice(meta) if meta is not None else None
        self.issuer = self._issuer_country()
        # a transcript's speaker-labelled turns (indices; empty when the document is none):
        # the voice, the addressed and the host read them
        self.turns = transcript_turns(quotes)
        self.quotes, self.voiced = self._voiced(quotes)
        self.quotes, addressed = self._addressed(self.quotes)
        quotes = self.quotes
        self.speakers: list[Actor | None] = [
            self._with_phrase_evidence(
                self.resolver.speaker(
                    q.speaker,
                    None if self.datelines.is_role(q.speaker_role) else q.speaker_role,
                    self._honorific_before(q),
                ),
                q,
            )
            for q in quotes
        ]
        given = dict.fromkeys(self.voiced, "+voice") | dict.fromkeys(addressed, "+addressed")
        for i, how in given.items():
            if (a := self.speakers[i]) is not None:
                self.speakers[i] = replace(a, evidence=f"{a.evidence}{how}")
        self._host = self._transcript_host()
        self._own_office_holders()
        self._fill_from_context()
        self.speakers = [_for_its_state(a) for a in self.speakers]
        self.speakers = [self._joint(a, q) for a, q in zip(self.speakers, quotes, strict=True)]
        self.quotes = [_named_as(q, a) for q, a in zip(self.quotes, self.speakers, strict=True)]

    def _honorific_before(self, q: Quote) -> str:
        """``m``/``f`` of a gendered honorific written right before the quote's speaker mention
        ("Mrs. Clinton said", "Mr Howard said"; ``data/quotes/titles.csv``), else ''. The quote
        engine keeps the honorific out of the speaker's name and role."""
        if q.speaker_start is None or q.speaker_start == 0:
            return ""
        words = self.resolver.text[max(0, q.speaker_start - 12) : q.speaker_start].split()
        return honorific_gender(words[-1:]) if words else ""

    def _joint(self, actor: Actor | None, q: Quote) -> Actor | None:
        """A speaker named first of a joint subject ("France and Germany said", "Macron and
        Scholz said") with the states of all who speak in ``members``, its own first
        (STATEMENTS_GUIDE: "Two states speaking jointly: the first is speaker_country"): the
        conjuncts of the speaker's word that are mentions of a state (:meth:`country_mentions`'
        kinds) of another country than the speaker's. ``actor`` unchanged when there are none,
        or when it has no country or is a group already, or when the conjuncts act on one another
        ("Russia and Ukraine accused each other of shelling": two adversaries, no joint voice;
        :data:`RECIPROCAL`)."""
        if actor is None or actor.country is None or actor.members:
            return actor
        span = self.speaker_span(q)
        if span is None:
            return actor
        members = [actor.country]
        for tok in span.root.conjuncts:
            m = self.mentions.get(tok.i)
            if m is None or tok in span or m.actor.kind in ("media", "region", "organisation"):
                continue
            country = _for_its_state(m.actor).country  # a territory's speaker: its state
            if country and country not in members:
                members.append(country)
        if len(members) == 1:
            return actor
        # the clause is read only for a joint subject: most speakers have none
        clause = " ".join(t.lower_ for t in span.root.head.subtree)
        if any(f" {r} " in f" {clause} " for r in RECIPROCAL):
            return actor
        return replace(actor, members=tuple(members))

    def country_mentions(self) -> list[ActorMention]:
        """The document's mentions of states (countries, seats, institutions, people with a
        country; not media, regions or non-state organisations such as NGOs, nor the people of a
        listed company: its employees do not make an article about its state), one per entity,
        in text order."""
        if self._country_mentions is None:
            seen: set[int] = set()
            out = []
            for i in sorted(self.mentions):
                m = self.mentions[i]
                if id(m) in seen:
                    continue
                seen.add(id(m))
                if m.actor.country and m.actor.kind not in ("media", "region", "organisation"):
                    if _of_a_company(m.actor):
                        continue  # a company's people are no mention of its state
                    out.append(m)
            self._country_mentions = out
        return self._country_mentions

    def speaker_countries(self) -> dict[str, int]:
        """How many of the document's quotes each state's speakers give ({"US": 5, "CN": 2}),
        counted once per document; a report named by a noun in another's sentence is no quote
        of a speaker in the exchange (:data:`~parley.extract.quotes.indirect.NOUN_REPORT_RULE`)."""
        if self._speaker_counts is None:
            counts: dict[str, int] = {}
            for q, a in zip(self.quotes, self.speakers, strict=True):
                if a is not None and a.country and q.rule != NOUN_REPORT_RULE:
                    counts[a.country] = counts.get(a.country, 0) + 1
            self._speaker_counts = counts
        return self._speaker_counts

    def headline_end(self) -> int:
        """Character offset of the document's first line break (the end of the headline line),
        -1 when the text has none. Computed once: ``Doc.text`` is rebuilt from every token on each
        access, so reading it per statement would cost the document's length each time."""
        if self._headline_end is None:
            self._headline_end = self.resolver.text.find("\n")
        return self._headline_end

    def quote_index(self) -> tuple[list[int], list[int], list[int], list[int]]:
        """Quote indices sorted by start offset with those offsets, and sorted by cue offset
        with those offsets (quotes without a cue left out): for binary search."""
        if self._quote_index is None:
            order = sorted(range(len(self.quotes)), key=lambda j: self.quotes[j].start)
            cued = [j for j in range(len(self.quotes)) if self.quotes[j].cue_start is not None]
            cue_order = sorted(cued, key=lambda j: self.quotes[j].cue_start)
            self._quote_index = (
                order,
                [self.quotes[j].start for j in order],
                cue_order,
                [self.quotes[j].cue_start for j in cue_order],
            )
        return self._quote_index

    def country_mention_starts(self) -> list[int]:
        """The start token of each of :meth:`country_mentions`, ascending (for bisection)."""
        if self._starts is None:
            self._starts = [m.span.start for m in self.country_mentions()]
        return self._starts

    def country_run_starts(self) -> list[int]:
        """For each of :meth:`country_mentions`, the position in that list where its run starts
        (the consecutive mentions of its country that end with it). Non-decreasing, so in O(1) or
        one bisection: the last mention before position ``k`` naming another country than ``k``'s
        is at ``runs[k] - 1`` (-1: none), the first naming another country than the first
        mention's at ``bisect_right(runs, 0)`` (the list's length: none)."""
        return self._country_index[0]

    def country_mention_positions(self, country: str) -> list[int]:
        """Positions in :meth:`country_mentions` of the mentions of ``country`` (a country code),
        ascending; empty when the document does not name it."""
        return self._country_index[1].get(country, [])

    @functools.cached_property
    def _country_index(self) -> tuple[list[int], dict[str, list[int]]]:
        runs: list[int] = []
        positions: dict[str, list[int]] = {}
        ms = self.country_mentions()
        for k, m in enumerate(ms):
            same = k > 0 and ms[k - 1].actor.country == m.actor.country
            runs.append(runs[k - 1] if same else k)
            positions.setdefault(m.actor.country, []).append(k)
        return runs, positions

    def _country_counts(self) -> tuple[dict[str, int], dict[str, ActorMention]]:
        if self._counts is None:
            counts: dict[str, int] = {}
            first: dict[str, ActorMention] = {}
            for m in self.country_mentions():
                c = m.actor.country
                counts[c] = counts.get(c, 0) + 1
                first.setdefault(c, m)
            self._counts = (counts, first)
        return self._counts

    def first_mention_of(self, country: str) -> ActorMention | None:
        """The document's first mention of a state, or None."""
        return self._country_counts()[1].get(country)

    def top_country(self, exclude: str | frozenset[str] | None = None) -> str | None:
        """The country the document mentions most (ties: the earliest), ``exclude`` (one ISO
        code or a set of them) left out; None when it mentions none."""
        counts, first = self._country_counts()
        left_out = frozenset((exclude,)) if isinstance(exclude, str) else exclude or frozenset()
        ranked = [c for c in counts if c not in left_out]
        if not ranked:
            return None
        return max(ranked, key=lambda c: (counts[c], -first[c].span.start))

    def _with_phrase_evidence(self, actor: Actor | None, q: Quote) -> Actor | None:
        """Fill an empty speaker country from the speaker's own noun phrase in the text: the
        modifiers, possessor and prepositional phrases the speaker string lost ("Syrian military
        source", "a spokesperson for the Turkish Foreign Ministry", "Kiir's information minister",
        "a U.N. envoy" → an international organisation). Reads at most 40 tokens.

        A table institution's state yields to the state its own phrase gives it: "Pakistan's
        Foreign Office", "the Pakistani Foreign Office", "the Foreign Office of Pakistan" are
        Pakistan's, not the UK's ``institutions.csv`` row (:meth:`_owning_state`)."""
        if actor is not None and actor.kind in ("institution", "description") and actor.country:
            span = self.speaker_span(q)
            owner = self._owning_state(span.root) if span is not None else None
            if owner is not None and owner != actor.country:
                return replace(actor, country=owner, organisation=None, evidence="owner")
            return actor
        if actor is not None and (actor.country is not None or actor.kind in ("io", "region")):
            return actor
        if stateless(actor):
            return actor
        if not q.speaker or is_pronoun(q.speaker):
            return actor
        if REGIONAL.search(q.speaker) or names_world_region(q.speaker):
            return actor  # "a Western envoy in Warsaw": a region's, wherever he is
        span = self.speaker_span(q)
        if span is None:
            return actor
        base = actor or Actor(name=q.speaker, kind="description", evidence="speaker")
        toks: list[Token] = []
        stack = [span.root, *self._split_title(span)]
        while stack and len(toks) < 40:
            t = stack.pop()
            if q.start <= t.idx < q.end:
                continue
            toks.append(t)
            stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "punct", "cc"))
        if span.root.lower_ in RELATION_NOUNS:
            # "Serbia's neighbours": the possessor of a relation noun is the party they stand
            # to, not theirs (:data:`parley.extract.actors.RELATION_NOUNS`); read by the
            # possessive mark, whatever the parse hangs the owner on
            marks = [t.i for t in span if t.lower_ in ("'s", "’s", "'", "’")]
            if marks:
                toks = [t for t in toks if not span.start <= t.i <= marks[-1]]
        # a person's name is not evidence of a country ("Jordan Bardella", "Israel Kamakawiwo")
        # nor an acronym the document defines as another body than the tables' ("the RSF")
        toks = sorted(
            (
                t
                for t in toks
                if t.ent_type_ != "PERSON"
                and self.resolver.redefined(t.text) is None
                # a surname the recogniser left untagged ("Roche said" after "Jean-Pierre
                # Roche"): a person's name, no body's (Roche Holding)
                and not (t.pos_ == "PROPN" and self.resolver.names.is_person(t.text))
            ),
            key=lambda t: t.i,
        )
        words = [t.text for t in toks]
        place = country_in(" ".join(words), self.resolver.when)
        if place is not None and place.kind == "io":
            org = place.organisation or place.name
            return replace(base, organisation=org, sector="international organisation")
        # the party a posted title's holder is sent to is not whom they speak for ("Special
        # Envoy for Iran Robert Malley", "the ambassador to Canada"), also when the parse left
        # the title out of the phrase ("[Special Representative for] the DPRK Sung Kim")
        posted_at = posted_title_end(words)
        host = self._posted_host(q, base)
        seen: set[int] = set()
        hosts: set[int] = set()
        for j, t in enumerate(toks):
            m = self.mentions.get(t.i)
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                if sent_to(words, j, posted_at):
                    hosts.add(id(m))
            if m is not None and id(m) in hosts:
                continue
            if m is not None and stateless(m.actor):
                # "Philip Luther, ... director at Amnesty International": the speaker speaks for
                # an organisation with no state of its own, so for no state (guide: Greenpeace)
                org = m.actor.organisation or m.actor.name
                return replace(base, organisation=org, evidence=f"{base.evidence}+employer")
            if m is None or m.actor.country in (None, host):
                continue
            if m.actor.kind not in ("io", "region", "media"):
                return replace(base, country=m.actor.country, evidence=f"{base.evidence}+phrase")
        if place is not None and place.country and place.country != host:
            return replace(base, country=place.country, evidence=f"{base.evidence}+phrase")
        return actor

    def _owning_state(self, head: Token) -> str | None:
        """The state a noun is owned by in the parse: a possessor ("Pakistan's Foreign Office"),
        a demonym or state name modifying it ("the Pakistani Foreign Office") or an "of" phrase
        after it ("the Foreign Office of Pakistan"), as an ISO 3166-1 alpha-2 code; None when no
        such word is a mention of a state or its seat."""
        owners: list[Token] = []
        for c in head.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < head.i:
                owners.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                owners.extend(g for g in c.children if g.dep_ == "pobj")
        when = self.resolver.when
        for t in owners:
            m = self.mentions.get(t.i)
            # an owner inside the noun's own entity ("[the Foreign Office of Pakistan]") by name
            place = m.actor if m is not None and head not in m.span else None
            if m is None or head in m.span:
                name = " ".join(w.text for w in t.subtree if w.pos_ == "PROPN") or t.text
                place = lookup_place(name, when) or lookup_demonym(name, when)
                if place is not None and _inside_a_subdivision_name(t, place.country):
                    continue  # "a New Mexico Republican": the state's party, not Mexico's
            if place is not None and place.kind in ("country", "seat") and place.country:
                return place.country
        return None

    def _visited_country(self, q: Quote) -> str | None:
        """The state a person speaker travels to in the document: the object of a travel verb
        ("visited Tunisia"; ``visit`` class of ``data/statements/context_words.csv``) or the
        "to"/"in" phrase of one or of a travel noun ("traveled to Tunisia", "Zeya's visit to
        Tunisia") whose subject or possessor is the speaker (:meth:`_traveller`: the same
        person of the document, so "Kim" is Sung Kim's trip and not Kim Jong Un's). None for
        a speaker that is no capitalised name, or who travels nowhere the tables place. The
        document's trips are read once."""
        words = split_name(q.speaker or "").words
        if not words or not words[-1][:1].isupper():
            return None
        return self._visits.get(self._traveller(q.speaker or "", q.speaker_start))

    def _traveller(self, name: str, pos: int | None) -> str:
        """The key of a person in :attr:`_visits`: the canonical name of the document's person
        that ``name`` names at character ``pos``
        (:meth:`parley.extract.names.PersonNames.person`), else the name's last word as written
        (casefolded, without a possessive "'s") when no person of the document carries it."""
        person = self.resolver.names.person(name, pos)
        if person is not None:
            return person
        words = split_name(name).words
        return re.sub(r"['’]s$", "", words[-1] if words else name).casefold()

    @functools.cached_property
    def _visits(self) -> dict[str, str]:
        """Each traveller (:meth:`_traveller`: the canonical person their name in the phrase
        names) → the state of the first trip of theirs the document tells (see
        :meth:`_visited_country`)."""
        travel = context_words("visit")
        found: dict[str, str] = {}
        for k in self._words_with(travel, (VERB, NOUN, PROPN)):
            tok = self.doc[k]
            verb = tok.pos_ == "VERB"
            who = [
                t
                for c in tok.children
                if c.dep_ in (("nsubj",) if verb else ("poss",))
                for t in c.subtree
                if t.pos_ == "PROPN" and t.i not in self.mentions or t.ent_type_ == "PERSON"
            ]
            if verb and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                # a subject the parser missed ("Under Secretary ... Uzra Zeya visited Tunisia"):
                # the people named before the verb in its sentence; a subject that is there but
                # names no one ("a U.S. delegation visited", "they visited") takes no one else's
                # name
                who = [t for t in tok.sent if t.i < tok.i and t.ent_type_ == "PERSON"]
            places = [c for c in tok.children if c.dep_ == "dobj" and verb]
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "in"):
                    places.extend(c for c in prep.children if c.dep_ == "pobj")
            country = None
            for place in places:
                m = self.mentions.get(place.i)
                if m is not None and m.actor.kind in ("country", "seat") and m.actor.country:
                    country = m.actor.country
                    break
            if country is None:
                continue
            for t in who:
                # the name's words, not its title's ("Senator", "Coordinator"); the whole name
                # the model tagged ("Uzra Zeya"), else the word alone
                if t.text[:1].isupper() and title_kind(t.lower_.rstrip(".")) is None:
                    name = self._person_ent(t)
                    found.setdefault(self._traveller(name.text, name.start_char), country)
        return found

    def _person_ent(self, t: Token) -> Span:
        """The PERSON entity ``t`` is part of, else ``t`` alone as a span."""
        if t.ent_type_ == "PERSON":
            for ent in self.ents:
                if ent.start <= t.i < ent.end:
                    return ent
        return self.doc[t.i : t.i + 1]

    def _posted_host(self, q: Quote, base: Actor) -> str | None:
        """The ISO code of the state a posted speaker is sent to (:func:`posted_host`), read
        from the title at the quote, else from the person's longest title in the document: the
        title at the quote may be cut short ("Ambassador Fagin" after "Ambassador to Yemen
        Steve Fagin" → YE). None for a speaker with no posted title naming a state."""
        when = self.resolver.when
        at_quote = posted_host(base.role or q.speaker_role or q.speaker, when)
        return at_quote or (
            posted_host(self.resolver.title_of(q.speaker), when) if q.speaker else None
        )

    def _counterparts(self, q: Quote, host: str) -> set[str]:
        """The states of the document's other posted officials whose title names the state
        that sends them and who are not posted to ``host`` ("PRC Special Representative on
        Korean Peninsula Affairs Liu Xiaoming" → CN): envoys meet envoys of other states, so a
        posted speaker whose own sender is not named speaks for none of them ("Special
        Representative for the DPRK Sung Kim called PRC Special Representative ... Liu
        Xiaoming"). Officials posted to the same state travel together ("U.S. Special Envoy
        for Yemen Tim Lenderking and Ambassador to Yemen Steve Fagin"): no counterparts; nor
        are officials posted to another party ("U.S. Ambassador to the European Union Gordon
        Sondland" beside "the former special envoy to Ukraine"): they are his state's other
        envoys, not the ones he meets."""
        when = self.resolver.when
        me = self.resolver.canonical(q.speaker) if q.speaker else None
        found: set[str] = set()
        for person in self.resolver.titles:
            title = self.resolver.title_of(person)
            if person == me or not title or posted_title_end(title.split()) is None:
                continue
            if posted_host(title, when) == host or _posted_to_a_party(title, when):
                continue
            place = country_in(title, when)
            if place is not None and place.kind == "country" and place.country:
                found.add(place.country)
        return found

    def _split_title(self, span: Span) -> list[Token]:
        """The title the parser split off a name as a second subject of the same verb ("The
        European Union's foreign policy chief Josep Borrell said": "chief" and "Borrell" both
        hang on "said"): a noun sibling with the name's own relation whose phrase ends right
        before the name, with nothing between. Empty when there is none."""
        root = span.root
        if root.head.i == root.i or span.start == 0:
            return []
        prev = self.doc[span.start - 1]
        for c in root.head.children:
            if (
                c.i < span.start
                and c.dep_ == root.dep_
                and c.pos_ in ("NOUN", "PROPN")
                and c.right_edge.i == prev.i
                and c.ent_type_ != "PERSON"
            ):
                return [c]
        return []

    def issuer_voice(self, meta: ArticleMeta) -> Actor | None:
        """The document's own voice from what its record says beside the text (``meta``): the
        byline (``author``: "Antony J. Blinken, Secretary of State" → Antony Blinken, US; the
        name before the first comma, the words after it its role; a leading "By" and a ", Jr."
        read as the name's), else the issuer its title
        names (:data:`ISSUER_HEADLINE`: "Statement by President Biden on ..."), else its source
        ("U.S. Department of State (Office of the Spokesperson press releases)"). Only a voice
        of a state counts (:func:`_a_state_voice`: a government, diplomatic or military person
        or body, or a state itself): a reporter's byline ("Jane Doe"), a news outlet or an
        international organisation is nobody's "we". None when none of the three names one."""
        if meta.author:
            # "By Antony J. Blinken": a byline's "By" is no word of the name
            author = re.sub(r"^\s*by\s+", "", meta.author, flags=re.I)
            name, _, role = author.partition(", ")
            if re.fullmatch(r"(?:Jr|Sr|I{1,3}|IV)\.?", role.strip()):
                # "Joseph R. Biden, Jr.": the suffix is the name's, without the comma
                name, role = f"{name} {role.strip()}", ""
            form = split_name(name)
            words = " ".join(form.words) or name
            titles = role.strip() or " ".join(form.titles)
            actor = self.resolver.speaker(words, titles or None)
            if _a_state_voice(actor):
                return actor
        if meta.title and (found := ISSUER_HEADLINE.match(meta.title)) is not None:
            actor = self._issuer_named(found.group("issuer"))
            if _a_state_voice(actor):
                return actor
        if meta.source:
            actor = self.resolver.speaker(meta.source, None)
            if _a_state_voice(actor):
                return actor
        return None

    def _issuer_named(self, issuer: str) -> Actor | None:
        """The actor an issuer phrase names ("President Joseph R. Biden, Jr.", "Secretary
        Blinken"): its titles split from the name (:func:`parley.extract.names.split_name`) and
        the name resolved like a speaker; None when that places no one."""
        form = split_name(issuer.strip())
        name = " ".join(form.words) or issuer.strip()
        return self.resolver.speaker(name, " ".join(form.titles) or None)

    def _voiced(self, quotes: list[Quote]) -> tuple[list[Quote], frozenset[int]]:
        """``quotes`` with each report in the document's own first person given its voice
        (:attr:`voice`), and the indices of those it changed: a quotation with no speaker whose
        subject is "we" or "I" written outside every quotation ("We urge all parties to ...",
        "I welcome the release of ...") gets the voice's name as its speaker and its role, and
        no ``unattributed_reason``; its ``speaker_mention`` stays the pronoun as written. A first
        person inside another quotation (a direct one, or a transcript's turn: "Q: ... I wanted
        to ask", "MR PRICE: We ...") is never given the document's voice: it belongs to that
        quotation's speaker, and a report it makes stays as the quote engine left it (no
        speaker when it named none).
        Unchanged without a voice, and in a transcript (at least :data:`TRANSCRIPT_TURNS`
        speaker-labelled turns: its first persons are its speakers', the reporters' too)."""
        if self.voice is None or self.turns:
            return quotes, frozenset()
        spans = [(q.start, q.end) for q in quotes]
        out = []
        changed = set()
        for i, q in enumerate(quotes):
            if (
                q.speaker is None
                and q.speaker_start is not None
                and (q.speaker_mention or "").casefold() in FIRST_PERSON_SUBJECTS
                and not any(s <= q.speaker_start < e for s, e in spans)
            ):
                q = replace(
                    q,
                    speaker=self.voice.name,
                    speaker_role=q.speaker_role or self.voice.role,
                    unattributed_reason=None,
                )
                changed.add(i)
            out.append(q)
        return out, frozenset(changed)

    def _addressed(self, quotes: list[Quote]) -> tuple[list[Quote], frozenset[int]]:
        """``quotes`` with each report of what "you guys" said in a transcript's question given
        the speaker who answers it, and the indices of those it changed. A reporter's question
        between labelled turns ("you guys have said that you're not following the markets")
        reports the side of the briefer it is put to: a quotation whose speaker is the second
        person plural (:data:`SECOND_PERSON_SUBJECTS`), outside every labelled turn, gets the
        speaker and role of the next labelled turn (the answer), else of the last one.
        Unchanged in a document that is no transcript (fewer than :data:`TRANSCRIPT_TURNS`
        labelled turns), for a "you all" inside a turn (the briefer's, speaking of the
        reporters) and for a question ("Are you guys saying that Moscow lied?": the quotation
        is followed by a question mark)."""
        if not self.turns:
            return quotes, frozenset()
        turns = [quotes[i] for i in self.turns]
        # what the turns say: their labelled paragraphs and those they run on into
        said_in_turns = [t for t in quotes if t.rule.endswith(TURN_RULES)]
        text = self.resolver.text  # Doc.text is rebuilt on every access: read once
        out = []
        changed = set()
        for i, q in enumerate(quotes):
            said = (q.speaker_mention or "").casefold().replace("\u2019", "'")
            if (
                said in SECOND_PERSON_SUBJECTS
                and not q.rule.endswith(TURN_RULES)
                and not any(t.start <= q.start < t.end for t in said_in_turns)
                # "Are you saying that Moscow lied?" asks; it reports nothing said
                and not text[q.end : q.end + 4].lstrip(" \"'\u201d\u2019").startswith("?")
            ):
                answer = next((t for t in turns if t.start >= q.end), None)
                answer = answer or next((t for t in reversed(turns) if t.end <= q.start), None)
                if answer is not None and answer.speaker:
                    q = replace(
                        q,
                        speaker=answer.speaker,
                        speaker_role=answer.speaker_role,
                        unattributed_reason=None,
                    )
                    changed.add(i)
            out.append(q)
        return out, frozenset(changed)

    def _issuer_country(self) -> str | None:
        """The state of the person or body a press release says it is attributable to ("The
        below is attributable to Spokesperson Ned Price:" → US) or whose release its headline
        says it is ("Press Briefing by Press Secretary Jen Psaki and ...", "Joint Statement by
        President Joseph R. Biden Jr. and Prime Minister Justin Trudeau on ..." → US: of
        several, the first), the document's own voice: :data:`ATTRIBUTION_LINE` over the first
        2,000 characters, else :data:`ISSUER_HEADLINE` over the first line when that line is a
        headline, not a sentence (it ends with no full stop, "!" or "?": "Remarks by President
        Trump on trade angered China." is a news lede about the remarks). The issuer is the
        first state mention in that span (:meth:`country_mentions`: a person by the actor table
        or title, an institution, a state), else its titles split from the name
        (:func:`parley.extract.names.split_name`) and the name resolved like a speaker, else a
        state its words name. None when the document has neither or it places no one (an
        international organisation places no one)."""
        text = self.resolver.text[:2000]  # Doc.text is rebuilt on every access: read once
        found = ATTRIBUTION_LINE.search(text)
        if found is None and not text.split("\n", 1)[0].rstrip(" \t\"'”’").endswith(
            (".", "!", "?")
        ):
            found = ISSUER_HEADLINE.match(text)
        if found is None:
            return None
        lo, hi = found.start("issuer"), found.end("issuer")
        for m in self.country_mentions():
            if m.span.start_char >= hi:
                break
            if m.span.start_char >= lo:
                return m.actor.country
        issuer = found.group("issuer").strip()
        actor = self._issuer_named(issuer)
        if actor is not None and (actor.country or actor.kind == "io"):
            return actor.country
        place = country_in(issuer, self.resolver.when)
        return place.country if place is not None and place.kind != "io" else None

    def _fill_from_context(self) -> None:
        """Speakers the text gives no affiliation of their own ("officials said", "Interior
        Minister Efkan Ala said") speak for the article's country. A person named with a bare
        title right after a quote whose speaker is that title for a named body ("A spokesman for
        the European Anti-Fraud Office said ... spokesman Jorg Wojahn said") is that speaker
        again and keeps his affiliation, or none (:meth:`_role_described_before`). Otherwise:
        an earlier speaker with the
        same head noun ("officials" after "Turkish officials"), else the state of the press
        release's issuer (:meth:`_issuer_country`), else the dateline's country, else, for an
        official ("officials", "government sources"), the state whose government the article
        names (:meth:`_named_government`), else, for a minister of a portfolio ("Agriculture
        Minister Mutsuki Kato"), the one state whose ministry of it the article names
        (:meth:`_portfolio_state`), else, for an official of a government title, the state that
        spoke as itself in the quote just before in the same paragraph ("Taiwan said ... But
        vice economic minister Wang Chien-Shien said": :meth:`_state_spoke_before`), else the
        document's most-mentioned country, never a
        state named only inside the statement's own content (:meth:`_named_only_in`: the
        accused, the target). A description ("officials", "the ministry") is first read back
        to the last phrase with its head noun that names a country
        (:meth:`_antecedent_country`), then placed by its reporting verb ("In Britain, officials
        said": :meth:`_cue_place_country`). International organisations and generic or
        unaffiliated descriptions ("Western diplomats", "analysts") keep no country."""
        top = self.top_country()
        dateline = self.datelines.country(self.resolver.when)
        # a speaker's kind (head noun and kind words) -> the last placed speaker of that kind:
        # one with a country, or an international organisation's
        latest: dict[str, Actor] = {}
        for i, q in enumerate(self.quotes):
            self._fill_one(i, q, latest, dateline, top)
            a = self.speakers[i]
            if q.speaker and a is not None and (a.country or _of_an_io(a)):
                latest[_kind_of(q.speaker)] = a

    def _fill_one(
        self, i: int, q: Quote, latest: dict[str, Actor], dateline: str | None, top: str | None
    ) -> None:
        """Give speaker ``i`` the article's country when nothing of its own gives one."""
        a = self.speakers[i]
        if not q.speaker or is_pronoun(q.speaker):
            return
        if a is not None and (a.country is not None or a.kind in ("io", "region", "media")):
            return
        if a is not None and a.kind == "person" and (placed := self._appositive_country(q)):
            # "Secretary General Akiba said" after "Akiba Takeo, the Secretary General of
            # Japan's National Security Secretariat": the apposition places him, not his bare title
            sector = None if a.sector == "international organisation" else a.sector
            self.speakers[i] = replace(
                a, country=placed, sector=sector, evidence=f"{a.evidence}+appositive"
            )
            return
        if a is not None and (
            a.sector == "international organisation" or stateless(a) or self._of_stateless(a)
        ):
            return
        if context_words("elliptic") & {fold(q.speaker), fold(q.speaker_mention or "")}:
            # 'Another said' as written, whether or not the quotes named its noun back
            # ('another police officer': parley.extract.quotes.speakers, elided speakers)
            elided = self._elided_speaker(i)
            if elided is not None:
                # "another said": one more of the speakers just described, so their affiliation
                # (or their lack of one: "Western diplomats ... another said")
                base = a or Actor(name=q.speaker, kind="description", evidence="speaker")
                self.speakers[i] = replace(
                    base,
                    country=elided.country,
                    organisation=elided.organisation,
                    sector=elided.sector,
                    evidence=f"{base.evidence}+elided",
                )
                return
        if names_io(a.organisation if a else None) or names_io(q.speaker):
            return
        if _masthead(q.speaker):
            return  # an outlet the tables do not know: its country is its own, not the article's
        if fold(q.speaker) in group_words():
            # "both", "the two leaders", "world leaders": several parties speaking jointly, the
            # first named of whom is the speaker's state (STATEMENTS_GUIDE, "Two states speaking
            # jointly: the first is speaker_country"); no one state when the text places none
            first = self._first_of_group(q)
            if first is not None:
                base = a or Actor(name=q.speaker, kind="description", evidence="speaker")
                self.speakers[i] = replace(base, country=first, evidence=f"{base.evidence}+group")
            return
        if (
            names_io(q.speaker_role)
            or names_io(a.role if a else None)
            or (
                UNAFFILIATED.search(q.speaker)
                and not OFFICIAL.search(q.speaker)
                and not AGAINST_THE_STATE.search(q.speaker)
                # "his group", "her sources": the person they belong to places them (the
                # possessor step); "its" may reach back to another body than the owner
                and not (
                    self._possessive_word(q) in ("his", "her")
                    and self._possessor_country(q) is not None
                )
            )
            or REGIONAL.search(q.speaker)
            # "government officials in the rest of Europe": a region's, not the article's state
            or names_world_region(q.speaker)
        ):
            return
        base = a or Actor(name=q.speaker, kind="description", evidence="speaker")
        long = self._long_form(q)
        if long is not None and (long.kind == "io" or stateless(long)):
            org = long.organisation or long.name
            sector = "international organisation" if long.kind == "io" else base.sector
            self.speakers[i] = replace(base, organisation=org, sector=sector)
            return
        if long is not None and long.country:
            if long.kind in ("organisation", "institution", "media", "party"):
                # the short name is that body ("the Observatory"): its kind and organisation too
                base = replace(
                    base,
                    kind=long.kind,
                    organisation=long.organisation or long.name,
                    sector=base.sector or long.sector,
                )
            self.speakers[i] = replace(
                base, country=long.country, evidence=f"{base.evidence}+long-form"
            )
            return
        earlier = latest.get(_kind_of(q.speaker)) or self._longer_name_before(i, q)
        if earlier is not None and _of_an_io(earlier):
            # "the Panel of Experts said" after "a U.N. panel said": the same international
            # organisation's body again, which speaks for no state (guide: international
            # organisations get no country), as "officials" after "Turkish officials" are Turkey's
            self.speakers[i] = replace(
                base,
                organisation=earlier.organisation,
                sector=earlier.sector,
                evidence=f"{base.evidence}+same-kind",
            )
            return
        how = "context"
        country = None
        # a description ("officials", "the ministry"), not a name: it may refer back or be placed
        described = self._described(q) and (a is None or a.kind != "person")
        # ("Special Envoy Lenderking" reaches here already named in full, "Tim Lenderking", by
        # the canonical-name resolver: parley.extract.names)
        role_before = self._role_described_before(i, q, base) if not described else None
        if role_before is not None:
            # "A spokesman for the European Anti-Fraud Office said ... spokesman Jorg Wojahn
            # said": the same spokesman named, speaking for the body (or no state) as before
            before = self.speakers[role_before]
            # he speaks for the body whether or not it has a state: its sector, which the
            # body's name gave, before the one his bare title gives ("spokesman": government)
            if before is not None and (before.country or before.organisation):
                self.speakers[i] = _placed_as(base, before, "same-role", body_sector_first=True)
            return
        same = self._same_person(i, q) if not described else None
        if same is not None:
            # the speaker is a person the article places in another mention ("Lula" after
            # "Brazil's President Luiz Inacio Lula da Silva")
            self.speakers[i] = _placed_as(base, same, "same-person", body_sector_first=False)
            return
        employer = self._employer_country(i, q)
        if employer is not None:
            # "Dana Whitcombe, a senior analyst at Ravelin, the Ohio-based ...": the
            # organisation the article places speaks for its state, not for the article's
            self.speakers[i] = replace(
                base, country=employer, evidence=f"{base.evidence}+organisation"
            )
            return
        named = self._named_person_country(q)
        if named is not None:
            self.speakers[i] = replace(base, country=named, evidence=f"{base.evidence}+person")
            return
        held = self._title_holder_country(q, base)
        if held is not None:
            self.speakers[i] = replace(base, country=held, evidence=f"{base.evidence}+holder")
            return
        if self._host is not None and q.rule.endswith(TURN_RULES):
            # "MR. SINGH: ..." in a White House briefing that Jen Psaki hosts: a briefer of the
            # transcript speaks for the state whose officials hold it, not for the state the
            # briefing is about (the article's most-mentioned country); a call's operator, the
            # telephone company's, for none
            if fold(q.speaker) not in context_words("call_staff"):
                self.speakers[i] = replace(
                    base, country=self._host, evidence=f"{base.evidence}+transcript"
                )
            return
        # a posted speaker ("Special Envoy for Iran Robert Malley") is sent to a state, and the
        # article is often about that state: the host is the one state he does not speak for
        host = self._posted_host(q, base)
        # the states the statement itself is about ("The Secretary said China had stolen
        # American technology"): the accused and the target, never the speaker's own state
        left_out = self._named_only_in(q)
        if host is not None:
            left_out |= {host, *self._counterparts(q, host)}
            dateline = None if dateline == host else dateline
        elif (host := self._visited_country(q)) is not None:
            # a visitor ("Under Secretary Zeya visited Tunisia") is not of the state he visits
            left_out |= {host}
            dateline = None if dateline == host else dateline
        if left_out:
            top = self.top_country(exclude=frozenset(left_out))
        document = described and self._is_document(q)
        institution = bare_institution(q.speaker)
        for how, find in (
            ("possessor", lambda: self._possessor_country(q)),
            ("antecedent", lambda: self._antecedent_country(q)),
            ("company", lambda: self._company_antecedent(q)),
            ("issuer", lambda: self._document_issuer(i, q)),
            ("place", lambda: self._cue_place_country(q, fronted_country=not described)),
            (
                "context",
                lambda: (
                    (
                        self._institution_country(q, earlier, dateline, host)
                        or _other(self._one_speaking_state(i), host)
                    )
                    if institution
                    else _other(earlier.country if earlier is not None else None, host)
                    or _other(self.issuer, host)
                    or dateline
                    or (
                        self._named_government(left_out)
                        if _kind_of(q.speaker) in GOVERNMENT_VOICES
                        else None
                    )
                    or self._portfolio_state(q.speaker_role or base.role, left_out)
                    or self._state_spoke_before(i, q, base, left_out)
                    or top
                ),
            ),
        ):
            if how not in ("context", "possessor", "place") and not described:
                continue
            if how == "issuer":
                if not document:
                    continue
                issuer, found_by = find()
                if (
                    issuer is not None
                    and found_by in ("named", "speaker-document", "subject-document")
                    and self._bare_document(q)
                ):
                    # the document says what its issuer says: a bare one ("the statement
                    # said" after "the Foreign Ministry issued a statement") is its issuer's,
                    # by name, never a speaker "statement"; an international organisation's
                    # or NGO's document speaks for no state
                    self.speakers[i] = replace(
                        issuer,
                        organisation=issuer.organisation
                        or (issuer.name if issuer.country is None else None),
                        evidence=f"{base.evidence}+issuer",
                    )
                    return
                if issuer is not None and issuer.country is None:
                    # a document with words of its own ("the joint U.S.-Russian statement",
                    # "the report into the incident") keeps them as its name: the issuer
                    # found in the text around it only places it
                    self.speakers[i] = replace(
                        base,
                        organisation=issuer.organisation or issuer.name,
                        sector=issuer.sector,
                        evidence=f"{base.evidence}+issuer",
                    )
                    return
                country = issuer.country if issuer is not None else None
            else:
                country = find()
            if country is not None:
                break
        if country is None:
            return
        if how in ("context", "place") and _sub_national(q.speaker_role, base.role, q.speaker):
            # "Governor Brian Kemp" in an article that names Georgia: the US state's governor,
            # never the country of the same name's (STATEMENTS_GUIDE: Georgia's governor → US)
            country = subdivision_namesakes().get(country, country)
        self.speakers[i] = replace(base, country=country, evidence=f"{base.evidence}+{how}")

    def _own_office_holders(self) -> None:
        """A bare title as speaker ("the President said", "As the President announced") in a
        document that speaks for a state (a transcript's host, :meth:`_transcript_host`, else a
        press release's issuer, :attr:`issuer`) is that state's holder of the title at the
        article's date (:func:`parley.extract.actors.office_holder`), not the last person the
        text gave that title: in a White House briefing that mentions "President Putin", "the
        President has said he won't put U.S. boots on the ground" is Joe Biden's. Only when the
        document names that holder somewhere (his surname): a readout of the Secretary's call
        with President Abbas that never names Biden means Abbas by "the President". A speaker
        the text names ("President Putin said") keeps his own."""
        host = self._host or self.issuer
        if host is None:
            return
        text: str | None = None
        for i, q in enumerate(self.quotes):
            said = re.sub(r"^the\s+", "", (q.speaker_mention or "").strip(), flags=re.I)
            a = self.speakers[i]
            if not said or a is None or a.country == host or not has_title_word(said):
                continue
            if any(w[:1].isupper() and not has_title_word(w) for w in said.split()):
                continue  # a name is written: "President Putin"
            holder = office_holder(host, said, self.resolver.when)
            if holder is None:
                continue
            if text is None:
                text = self.resolver.text  # Doc.text is rebuilt on every access: read once
            if re.search(rf"\b{re.escape(holder.name.split()[-1])}\b", text):
                self.speakers[i] = replace(holder, evidence="title-host")

    def _transcript_host(self) -> str | None:
        """The state whose officials hold a transcript (a briefing, a press call, a press
        conference: a document of at least :data:`TRANSCRIPT_TURNS` paragraphs that open with a
        speaker label, "MS. PSAKI: ...", one briefer's or several; quotes of rule
        ``indirect:label``, :func:`parley.extract.quotes.indirect.label_candidates`; the
        reporters' "QUESTION:" turns are no speaker's, so a spokesman's daily briefing has one
        labelled speaker), read from
        the speakers as first resolved, before any context: the state of most of the label
        turns whose speaker the text places by itself (Jen Psaki by the actor table → US) when
        that is more than half of them; else, when no label turn is placed, the state of the
        first government person the first turn names (the moderator's "previewing Secretary
        Blinken's trip" → US). None for a document that is no transcript, or whose placed label
        speakers are of several states with no majority (a joint press conference)."""
        turns = self.turns
        if not turns:
            return None
        placed = [
            a.country
            for i in turns
            if (a := self.speakers[i]) is not None and a.country and a.kind == "person"
        ]
        if placed:
            top, n = Counter(placed).most_common(1)[0]
            return top if 2 * n > len(placed) else None
        first = self.quotes[turns[0]]
        for m in self.country_mentions():
            if m.span.start_char >= first.end:
                break
            if (
                m.span.start_char >= first.start
                and m.actor.kind == "person"
                and m.actor.evidence == "actor-table"
            ):
                return m.actor.country
        return None

    @functools.cached_property
    def _governments(self) -> list[tuple[str, int]]:
        """The states whose government the document names acting ("The Australian government
        may cancel ...", "the U.K. Government will consider ...": a "government" noun owned by
        a state, :meth:`_owning_state`, that is a clause's subject or joined to one), each with
        how often, most named first (ties: the first named). A government acted on ("offered
        the Indonesian government aid") is not counted. Read once per document."""
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for k in self._words_with(("government",), (NOUN, PROPN)):
            tok = self.doc[k]
            head = tok.head if tok.dep_ == "conj" else tok
            if head.dep_ not in ("nsubj", "nsubjpass"):
                continue  # acted on ("offered the Indonesian government aid"): not acting
            owner = self._owning_state(tok)
            if owner is None:
                continue
            counts[owner] = counts.get(owner, 0) + 1
            first.setdefault(owner, tok.i)
        return sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))

    def _institution_country(
        self, q: Quote, earlier: Actor | None, dateline: str | None, host: str | None
    ) -> str | None:
        """The state of a bare institution word speaking (:func:`bare_institution`: "the
        Administration", "the Government", "the Ministry"): the state the article attaches to
        that word elsewhere (:meth:`_attached_states`: "the Biden administration", "Pakistan's
        ministry"), else the state of the last speaker of its kind, else the state of the
        document's own issuer (a press release's), else the dateline's; never the state the
        article names most or last (a US fact sheet about sanctions on Russia and Belarus
        names them, "the Administration" is not theirs). None when nothing places it."""
        word = q.speaker.split()[-1].casefold()
        for country in self._attached_states(word):
            if country != host:
                return country
        return (
            _other(earlier.country if earlier is not None else None, host)
            or _other(self.issuer, host)
            or dateline
        )

    def _one_speaking_state(self, i: int) -> str | None:
        """The state nearly every other placed speaker of the document speaks for, counted by
        their quotations (not quotation ``i``): at least :data:`ONE_STATE_SPEAKERS` quotations
        whose speaker has a state, :data:`ONE_STATE_SHARE` or more of them that state's (a report
        named by a noun in another's sentence does not count). A national story's bare "the government" ("The government has consistently
        refused to publish the advice", in a BBC report whose speakers are Downing Street, the
        Conservatives and the Attorney General) is that state's; an exchange between two
        states' voices places no one. Counted afresh at each call (the speakers are still being
        placed); only a bare institution word left unplaced asks."""
        counts: Counter[str] = Counter(
            a.country
            for j, (q, a) in enumerate(zip(self.quotes, self.speakers, strict=True))
            if j != i and a is not None and a.country and q.rule != NOUN_REPORT_RULE
        )
        total = sum(counts.values())
        if total < ONE_STATE_SPEAKERS:
            return None
        state, n = counts.most_common(1)[0]
        return state if n >= ONE_STATE_SHARE * total else None

    def _attached_states(self, word: str) -> list[str]:
        """The states the document attaches to the institution noun ``word`` (lemma, folded):
        the state of a name it is part of ("the Ministry of International Trade and Industry",
        by the actor tables), an owning state in the parse (:meth:`_owning_state`: "the
        Russian government", "Pakistan's ministry") or a person of known state before it ("the
        Biden administration"), most often first (ties: first attached). Read once per word and
        document."""
        if word in self._attached:
            return self._attached[word]
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for k in self._words_with((word,), (NOUN, PROPN)):
            tok = self.doc[k]
            named = self.mentions.get(tok.i)
            owner = named.actor.country if named is not None else None
            owner = owner or self._owning_state(tok)
            if owner is None:
                person = next(
                    (
                        self._person_ent(c)
                        for c in tok.children
                        if c.i < tok.i and c.ent_type_ == "PERSON"
                    ),
                    None,
                )
                actor = self.resolver.speaker(person.text) if person is not None else None
                owner = actor.country if actor is not None else None
            if owner is None:
                continue
            counts[owner] = counts.get(owner, 0) + 1
            first.setdefault(owner, tok.i)
        self._attached[word] = sorted(counts, key=lambda c: (-counts[c], first[c]))
        return self._attached[word]

    @functools.cached_property
    def _attached(self) -> dict[str, list[str]]:
        """:meth:`_attached_states` by institution word, filled as statements ask."""
        return {}

    def _named_government(self, left_out: set[str]) -> str | None:
        """The state of a bare anonymous official (:data:`GOVERNMENT_VOICES`: "officials",
        "government sources"; not "industry officials") that no phrase of its own, antecedent,
        issuer or dateline places: the government the article names acting
        (:attr:`_governments`), not the state it mentions most. Wire copy about a
        foreign state quotes its own government's officials unnamed ("The Australian
        government may cancel the permits of Korean fishing fleets ..., government sources
        said": Australian, in an article that names Korea most). ``left_out``: ISO codes never
        to give (the states only the statement names, a posted speaker's host). None when the
        article names no state's government."""
        for country, _ in self._governments:
            if country not in left_out:
                return country
        return None

    def _portfolio_state(self, role: str | None, left_out: set[str]) -> str | None:
        """The state of a minister whose title names a portfolio and no state ("Agriculture
        Minister Mutsuki Kato") from the one state whose ministry of that portfolio the document
        names ("Japan's Agriculture Ministry", "the Japanese Agriculture Ministry": the state
        :func:`country_in` reads in the shortest run, of at most three words, that ends just before it), not the state it mentions most.
        None when the role names no portfolio, the document no such ministry of a state, or
        ministries of several states or only of one in ``left_out``."""
        found = re.search(r"\b((?:[A-Z][\w-]+\s+){1,3})Minister\b", role or "")
        if found is None:
            return None
        portfolio = found.group(1).split()
        text = self.resolver.text
        states: set[str] = set()
        pattern = r"\s+".join(map(re.escape, portfolio)) + r"\s+Ministry\b"
        for m in re.finditer(pattern, text):
            before = re.findall(r"[\w.'’-]+", text[max(0, m.start() - 80) : m.start()])[-3:]
            # the state that ends next to the ministry ("talks with China, Japan's Agriculture
            # Ministry" is Japan's): the shortest run of the words before it that names one
            for n in range(1, len(before) + 1):
                place = country_in(" ".join(before[-n:]), self.resolver.when)
                if place is not None and place.kind in ("country", "seat") and place.country:
                    states.add(place.country)
                    break
        return states.pop() if len(states) == 1 and not states & left_out else None

    def _country_mentions_in(self, q: Quote) -> list[ActorMention]:
        """The :meth:`country_mentions` that start inside the quote's own words (``q.start``..
        ``q.end``, character offsets), found by bisection."""
        ms = self.country_mentions()
        lo = bisect.bisect_left(ms, q.start, key=lambda m: m.span.start_char)
        hi = bisect.bisect_left(ms, q.end, key=lambda m: m.span.start_char)
        return ms[lo:hi]

    def _named_only_in(self, q: Quote) -> set[str]:
        """The ISO codes of the states the document names only inside ``q``'s own content
        (``q.start``..``q.end``, character offsets): the parties of what the speaker reports,
        which are no evidence of the speaker's state. Empty when every state the quotation
        names is also named outside it (a dateline, a headline, an earlier sentence)."""
        inside: dict[str, int] = {}
        for m in self._country_mentions_in(q):
            inside[m.actor.country] = inside.get(m.actor.country, 0) + 1
        counts = self._country_counts()[0]
        return {c for c, n in inside.items() if n == counts[c]}

    def _appositive_country(self, q: Quote) -> str | None:
        """The state an apposition to an earlier mention of the speaker names ("Akiba Takeo, the
                Secretary General of Japan's National Security Secretariat," -> JP; read by
                :meth:`_phrase_country`): a person entity (or one the tagger took for a body) before the
        XX (an international organisation's names none)."""
        words = set((q.speaker or "").split())
        if not words or not all(w[:1].isupper() for w in words):
            return None
        at = q.speaker_start if q.speaker_start is not None else q.start
        found = None
        for ent in self.ents:
            if ent.start_char >= at:
                break
            # the tagger may take a foreign name for a body ("Akiba Takeo" ORG)
            if ent.label_ not in ("PERSON", "ORG") or not words <= {t.text for t in ent}:
                continue
            for c in ent.root.children:
                # an office ("the Secretary General of ..."), not what he studies or comments
                # on ("a China expert": roles.csv's sector "other")
                if c.dep_ != "appos" or c.ent_type_ == "PERSON":
                    continue
                head = " ".join(t.text for t in c.lefts if t.dep_ == "compound") + " " + c.text
                if role_sector(head) not in (None, "other"):
                    found = self._phrase_country(c) or found
        return found

    def _of_stateless(self, actor: Actor) -> bool:
        """Whether a speaker with no country speaks for an organisation the tables give no
        state (:func:`stateless`), named by their title or their own phrase ("a surgeon with
        Doctors Without Borders", "Philip Luther, ... director at Amnesty International")."""
        if actor.country is not None or not actor.organisation:
            return False
        return stateless(self.resolver.place(actor.organisation))

    def _employer_country(self, i: int, q: Quote) -> str | None:
        """The state of the organisation the speaker is or works for, when the article places
        that organisation by an apposition (:meth:`_placed_organisations`): speaker ``i`` or its
        title names it ("Kanda executive", "senior analyst at Ravelin"). None
        when it names none of them."""
        placed = self._placed_organisations()
        if not placed:
            return None
        a = self.speakers[i]
        role = " ".join(filter(None, (q.speaker_role, a.role if a is not None else None)))
        words = {fold(w) for w in re.findall(r"[\w.&'-]+", f"{q.speaker} {role}")}
        found = {c for name, c in placed.items() if name in words}
        return found.pop() if len(found) == 1 else None

    def _place_named_parties(self) -> None:
        """Give the article's own state to a named party the actor tables know no state for (a
        company, a person: kind ``person``, no country) when the article writes one of its
        mentions with a state: a demonym or a state's possessive heading the (at most four)
        words before the name ("named Russian politicians Andrei Lugovoi and ...", "Turkey's
        Hurriyet newspaper"), or "of" and a state right after it ("Mahan Air of Iran", "Prime
        Minister Jacinda Ardern of New Zealand"). Every mention of that party then stands for
        the state (the guide: a target's country is its state; "Mahan flies cargo to Syria" is
        aimed at Iran's airline). A party placed in two states is left as it was; a party with
        a state is never moved. One pass over the document's mentions."""
        doc = self.doc
        unique = list({id(m): m for m in self.mentions.values()}.values())
        placed: dict[str, set[str]] = {}
        for m in unique:
            if m.actor.kind != "person" or m.actor.country is not None:
                continue
            state = None
            k = m.span.start - 1
            words = 0
            while k >= 0 and doc[k].pos_ in ("NOUN", "ADJ", "PROPN", "PART") and words < 4:
                if doc[k].i in self.mentions:
                    break
                k -= 1
                words += 1
            before = self.mentions.get(k) if k >= 0 else None
            if before is not None and before.actor.kind == "country" and words > 0:
                # a demonym ("Russian politicians X") or the state's possessive ("Turkey's X
                # newspaper"); a state's name as a noun modifier is a portfolio ("U.N. Syria
                # envoy Staffan de Mistura"), not the party's own state
                head = before.span.root
                demonym = before.span.label_ == "NORP" and head.dep_ == "amod"
                if demonym or head.dep_ == "poss":
                    state = before.actor.country
            end = m.span.end
            if state is None and end + 1 < len(doc) and doc[end].lower_ == "of":
                after = self.mentions.get(end + 1)
                if (
                    after is not None
                    and after.actor.kind == "country"
                    and after.span.start == end + 1
                ):
                    state = after.actor.country
            if state is not None:
                placed.setdefault(m.actor.name, set()).add(state)
        states = {n: next(iter(c)) for n, c in placed.items() if len(c) == 1}
        if not states:
            return
        for m in unique:
            state = states.get(m.actor.name)
            if state is None or m.actor.kind != "person" or m.actor.country is not None:
                continue
            placed_m = ActorMention(m.span, replace(m.actor, country=state, evidence="placed"))
            for i in range(m.span.start, m.span.end):
                self.mentions[i] = placed_m

    def _placed_organisations(self) -> dict[str, str]:
        """Organisations the article places in a state by an apposition right after their
        name, a bracketed ticker or acronym between ("Kanda Corp <KNDA.T>, the Japanese
        machine-tool maker", "Ravelin, the Ohio-based risk consultancy"):
        the first word of the name (folded, articles left out) → the state the apposition's
        noun phrase names by a country, demonym or capital (:func:`country_in`) or by a
        subdivision only one state has (ISO 3166-2 through pycountry: "Texas" → US); and
        academic bodies placed by their own name (:func:`_academic_state`: "Utrecht University"
        → NL). Computed once per document; an organisation placed in two states is left out."""
        if self._placed is not None:
            return self._placed
        doc = self.doc
        placed: dict[str, set[str]] = {}
        for ent in self.ents:
            if ent.label_ != "ORG":
                continue
            k = ent.end
            if k < len(doc) and doc[k].text in ("<", "("):
                close = next(
                    (j for j in range(k, min(k + 8, len(doc))) if doc[j].text in (">", ")")), None
                )
                if close is None:
                    continue
                k = close + 1
            if k + 1 >= len(doc) or doc[k].text != ",":
                continue
            chunk = next(iter(self.noun_chunks_in(doc[k + 1 : doc[k + 1].sent.end])), None)
            if chunk is None or chunk.start != k + 1 or chunk[0].lower_ not in ("the", "a", "an"):
                continue
            states = set()
            hit = country_in(chunk.text, self.resolver.when)
            if hit is not None and hit.kind in ("country", "seat") and hit.country:
                states.add(hit.country)
            for e in chunk.ents:
                if e.label_ != "GPE":
                    continue
                hit = country_in(e.text, self.resolver.when)  # "the London-based ..."
                if hit is not None and hit.kind in ("country", "seat") and hit.country:
                    states.add(hit.country)
                elif len(parents := subdivision_parents(e.text)) == 1:
                    states |= parents  # "the Texas-based ..."
            name = [w for w in ent if w.lower_ not in ("the", "a", "an")]
            if len(states) == 1 and name:
                placed.setdefault(name[0].lower_, set()).update(states)
        for ent in self.ents:
            # "Utrecht University", "the University of Texas": a school named for its place
            if ent.label_ == "ORG" and (state := _academic_state(ent, self.resolver.when)):
                name = [w for w in ent if w.lower_ not in ("the", "a", "an")]
                placed.setdefault(name[0].lower_, set()).add(state)
        self._placed = {n: next(iter(s)) for n, s in placed.items() if len(s) == 1}
        return self._placed

    def _first_of_group(self, q: Quote) -> str | None:
        """The state of the first party a group speaker ("the two leaders", "both", "world
        leaders") gathers: the earliest placed party (the first of :meth:`country_mentions`
        outside every quotation that can be a party, :func:`_a_party`: a person or a state as a
        subject; or a quote's placed speaker) in the sentence before the
        speaker's and in the speaker's own sentence before it ("Kiir's information minister said
        ... The two leaders had made a joint call"), or, for a headline's group, in the first
        sentence after the headline ("World leaders call ... / French President Emmanuel Macron
        called ..."). When that text places no one, the lede's (the first sentence after the
        headline, before the speaker): a readout or joint statement names its parties there
        ("Vice President Harris met today with President Hassan of Tanzania ... The Vice
        President underscored ... The two leaders noted"). None when neither places anyone."""
        at = q.start if q.speaker_start is None else q.speaker_start
        here = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if here is None:
            return None
        sent = here.sent
        lede = self._lede()
        if self.headline_end() >= 0 and at < self.headline_end():
            if lede is None:
                return None
            return self._first_party_in(*lede)
        lo = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        found = self._first_party_in(lo, at)
        if found is None and lede is not None and lede[1] <= lo:
            found = self._first_party_in(*lede)
        return found

    def _lede(self) -> tuple[int, int] | None:
        """Character offsets ``(start, end)`` of the document's first sentence after the
        headline line (from the start of the text when it has no line break): from the line
        break to the end of the first sentence after it that closes with a full stop, "!" or
        "?" (the parser may glue the lede's first words to the headline's sentence), else to
        the end of the first sentence after it. None when nothing follows the headline."""
        end = self.headline_end()
        first: int | None = None
        for s in self.doc.sents:
            if s.end_char <= end or not s.text[max(end - s.start_char, 0) :].strip():
                continue
            if first is None:
                first = s.end_char
            last = s[-1] if not s[-1].is_space or len(s) < 2 else s[-2]
            if last.text in (".", "!", "?"):
                return max(end, 0), s.end_char
        return None if first is None else (max(end, 0), first)

    def _first_party_in(self, lo: int, hi: int) -> str | None:
        """The state of the earliest placed party between characters ``lo`` and ``hi``: the
        first mention of :meth:`country_mentions` there, outside every quotation, that can be a
        party (:func:`_a_party`), or an earlier quote's placed speaker named there; None when
        there is none."""
        quoted = [(p.start, p.end) for p in self.quotes]
        found: list[tuple[int, str]] = []
        for m in self.country_mentions():
            start = m.span.start_char
            if start >= hi:
                break
            if (
                start >= lo
                and not any(s <= start < e for s, e in quoted)
                and m.actor.country
                and _a_party(m)
            ):
                found.append((start, m.actor.country))
                break
        for p, a in zip(self.quotes, self.speakers, strict=True):
            where = p.start if p.speaker_start is None else p.speaker_start
            if lo <= where < hi and a is not None and a.country:
                found.append((where, a.country))
        return min(found)[1] if found else None

    def _is_document(self, q: Quote) -> bool:
        """Whether the speaker is a document ("the report", "a statement", "the resolution"):
        the lemma of the head of its mention (else its last word) is of the ``document`` class
        of ``data/quotes/speaker_heads.csv``."""
        span = self.speaker_span(q)
        if span is not None:
            head = span.root.lemma_.casefold()
        else:
            words = (q.speaker or "").split()
            head = words[-1].casefold() if words else ""
        return speaker_heads().get(head) == "document"

    def speaker_span(self, q: Quote) -> Span | None:
        """The tokens of ``q``'s speaker mention: its character offsets
        (``speaker_start``/``speaker_end``) widened to whole tokens; None when the quote has no
        speaker offsets or they cover no token."""
        if q.speaker_start is None or q.speaker_end is None:
            return None
        span = self.doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def _says_in(self, at: int | None, q: Quote) -> bool:
        """Whether the sentence at character ``at`` (an earlier speaker's) names, outside every
        quotation, a document of the kind document speaker ``q`` is (the same lemma: "the
        Taliban said in a statement" before "the statement said")."""
        if at is None:
            return False
        mine = self.speaker_span(q)
        theirs = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if mine is None or theirs is None or not len(theirs):
            return False
        kind = mine.root.lemma_.casefold()
        quoted = [(o.start, o.end) for o in self.quotes]
        return any(
            t.lemma_.casefold() == kind and not any(a <= t.idx < b for a, b in quoted)
            for t in theirs.sent
        )

    def _bare_document(self, q: Quote) -> bool:
        """Whether the document speaker is its noun alone, with at most a determiner or a
        possessive pronoun ("the statement", "its report", "this letter"): nothing of its own
        words names or describes who put it out, so its issuer is the speaker. A phrase with
        words of its own ("the joint U.S.-Russian statement", "initial reports from the
        hospital", "the report published on Thursday") is not bare."""
        span = self.speaker_span(q)
        if span is None:
            return False
        return all(
            c.dep_ in ("det", "predet") or (c.dep_ == "poss" and c.pos_ == "PRON")
            for c in span.root.children
        )

    def _named_issuer(self, q: Quote, at: int) -> tuple[bool, Actor | None]:
        """The issuer the text names as the subject of the act that put out a document of the
        speaker's kind ("the administration released the 2022 ... Report. The report describes",
        "the U.S. Ambassador to Peru issued a statement on it, which reads"): the nearest
        such clause at most :data:`ISSUER_REACH` characters before the quote, its own sentence
        included. ``(True, actor)`` when there is one whose subject is a name or description (its
        words up to its head read like a speaker; ``actor`` None when that places no one, so the
        document takes the article's country), ``(False, None)`` when there is none or its
        subject is a pronoun ("They released a statement"), left to the nearest placed
        speaker."""
        span = self.speaker_span(q)
        if span is None:
            return False, None
        kind = span.root.lemma_.casefold()
        # the document itself may be the object ("the Ambassador issued the statement that reads")
        for tok in (span.root, *reversed(self.doc[: span.start])):
            if tok.idx < at - ISSUER_REACH:
                break
            if tok.lemma_.casefold() != kind or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
                continue
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                return False, None
            m = self.mentions.get(subject.i)
            if m is not None:
                actor: Actor | None = m.actor
            else:
                words = self.doc[subject.left_edge.i : subject.i + 1].text
                actor = self.resolver.speaker(words, None)
            if actor is not None and not (
                actor.country is not None
                or actor.kind == "io"
                or actor.sector == "international organisation"
                or stateless(actor)
            ):
                actor = None
            return True, actor
        return False, None

    def _document_issuer(self, i: int, q: Quote) -> tuple[Actor | None, str]:
        """Who issued the document that speaker ``i`` is: the issuer the text names as the
        subject of putting it out (:meth:`_named_issuer`), else ("Fox News said ... the report
        said", "USCIRF criticized the move. They released a statement which said") the nearest earlier
        speaker, at most :data:`ISSUER_REACH` characters back, that the text places (a state, or
        an international organisation or NGO, which places the document in none): a quote's
        speaker that is not a document itself (or is the same document, already placed), or a
        placed clause subject before the document's sentence and outside every quotation (the
        issuer's act need not be a quote: "USCIRF criticized the move", "The British government
        condemned the seizure"), its words up to its head read like a speaker
        (:meth:`ActorResolver.speaker`). A body's document speaks for the body
        (STATEMENTS_GUIDE, "Speaker"). None when no one is in reach: the document then takes
        the article's country like any description. Returned with how it was found:
        ``"named"``; ``"speaker-document"`` or ``"subject-document"``, an earlier quote's
        speaker or clause subject whose own sentence names a document of the same kind ("the
        Taliban said in a statement", "Trump, in a statement, announced"); else ``"speaker"``
        (any earlier quote's) or ``"subject"`` (any clause subject, the weakest: it may be what
        the document reports, "An Israeli tank crew killed ..."). The nearest finding wins,
        except that a plain ``"subject"`` never displaces a ``"*-document"`` one: in "Trump, in a
        statement, announced ... The announcement came after Trump had a call with Erdogan. The
        statement also said ...", the second sentence reports, it issues nothing."""
        at = q.start if q.speaker_start is None else min(q.start, q.speaker_start)
        named, issuer = self._named_issuer(q, at)
        if named:
            return issuer, "named"

        def placed(a: Actor | None) -> bool:
            return a is not None and (
                a.country is not None
                or a.kind == "io"
                or a.sector == "international organisation"
                or stateless(a)
            )

        best: tuple[int, Actor, str] | None = None
        for j in range(i - 1, -1, -1):
            p = self.quotes[j]
            where = p.start if p.speaker_start is None else p.speaker_start
            if where < at - ISSUER_REACH:
                break
            a = self.speakers[j]
            # an earlier document whose issuer is known is the same one said again ("The
            # statement also said ... the statement said"); any other is no issuer
            issued = not self._is_document(p) or (a is not None and "+issuer" in a.evidence)
            if p.speaker and issued and placed(a) and where < at:
                how = "speaker-document" if self._says_in(p.speaker_start, q) else "speaker"
                best = (where, a, how)  # type: ignore[assignment]
                break
        quoted = [(p.start, p.end) for p in self.quotes]
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        # the names of the document's own sentence are what it says ("Turkey would take over
        # ..., the statement said"): the issuer is named before it
        first = span.sent.start if span is not None else 0
        for tok in self.doc[:first]:
            start = tok.left_edge.idx
            if (
                tok.dep_ not in ("nsubj", "nsubjpass")
                or start < at - ISSUER_REACH
                or (best is not None and start <= best[0])
                # a name inside a quotation is what was said, not who issued it
                or any(s <= tok.idx < e for s, e in quoted)
            ):
                continue
            m = self.mentions.get(tok.i)
            actor = (
                m.actor
                if m is not None
                else self.resolver.speaker(self.doc[tok.left_edge.i : tok.i + 1].text, None)
            )
            if placed(actor):
                how = "subject-document" if self._says_in(tok.idx, q) else "subject"
                if how == "subject" and best is not None and best[2].endswith("-document"):
                    continue  # a later subject is what the document reports, not its issuer
                best = (start, actor, how)  # type: ignore[assignment]
        return (best[1], best[2]) if best is not None else (None, "")

    def _state_spoke_before(self, i: int, q: Quote, base: Actor, left_out: set[str]) -> str | None:
        """The state that spoke as itself in the quote just before ``i`` in the same paragraph,
        or in the sentence just before across a paragraph break (:meth:`_next_sentence`), for an
        official of a government title and no state of his own ("For its part, Taiwan said in
        January that ... But vice economic minister Wang Chien-Shien said ...": Taiwan's
        minister, not the article's most-mentioned state); None when the previous quote is
        farther off, its speaker is no state (a country or a seat of government), the speaker's
        title is no government one, or that state is one the statement is about; across a
        paragraph break also when the statement's words name that state as a counterpart
        (:meth:`_named_as_other`) or its cue reacts to another party (:meth:`_reacts`)."""
        if i == 0 or base.sector not in ("government", "diplomatic"):
            return None
        prev = self.quotes[i - 1]
        before = self.speakers[i - 1]
        if before is None or before.kind not in ("country", "institution") or not before.country:
            return None
        if before.country in left_out:
            return None
        if "\n" in self.resolver.text[prev.end : q.start] and not self._carried_over_break(
            prev, q, before.country
        ):
            return None
        return before.country

    def _carried_over_break(self, prev: Quote, q: Quote, country: str) -> bool:
        """The state ``country`` that spoke in ``prev`` places the official of ``q`` across a
        paragraph break: ``q``'s words start in the next sentence (:meth:`_next_sentence`),
        name that state as no counterpart (:meth:`_named_as_other`) and its cue does not react
        to another party (:meth:`_reacts`)."""
        return (
            self._next_sentence(prev, q)
            and not self._named_as_other(country, q)
            and not self._reacts(q)
        )

    def _reacts(self, q: Quote) -> bool:
        """The quote's cue answers or opposes ("condemned", "rejected", "replied", "denied"):
        a cue row of ``statement_lexicon.csv`` of a charging, disputing, refusing or denying
        type (a warning is as often one's own: "warned that ..."), or a
        ``reply_cue`` of ``speech_acts.csv``. An official reacting in the next paragraph may be
        the other side's ("Israel said its jets struck ... \n\n Prime Minister Mikati condemned
        the strikes"), so the state that spoke before does not place him."""
        cue = cue_token(self.doc, q.cue_start, q.cue_end)
        if cue is None:
            return False
        lemma = cue.lemma_.lower()
        row = rules().cue.get(lemma)
        return lemma in class_words("reply_cue") or (
            row is not None and row.statement_type in _REACTING_TYPES
        )

    def _next_sentence(self, prev: Quote, q: Quote) -> bool:
        """Quote ``q``'s words start in the sentence right after the one quote ``prev`` ends
        in, across a paragraph break ("... were told by New Zealand that ... \n\n Trade minister Mike Moore
        told his colleagues ..."): the lead's state and the official it brings in."""
        starts = self.sentence_starts()
        a, b = self.span(prev.end - 1, prev.end), self.span(q.start, q.start + 1)
        if a is None or b is None:
            return False
        k = bisect.bisect_right(starts, a.start) - 1
        return bisect.bisect_right(starts, b.start) - 1 == k + 1

    def _named_as_other(self, country: str, q: Quote) -> bool:
        """The quote's own words (``q.start``..``q.end``) name ``country`` other than as a
        clause's subject or a possessor: a counterpart the speaker acts on or speaks to ("we must
        persuade the United States to wait"), not his own state speaking of itself ("Argentina
        may not receive the loans", "Taiwan's trade surplus")."""
        return any(
            m.actor.country == country and m.span.root.dep_ not in ("nsubj", "nsubjpass", "poss")
            for m in self._country_mentions_in(q)
        )

    def _role_described_before(self, i: int, q: Quote, base: Actor) -> int | None:
        """The index of the quote just before ``i`` when its speaker is a description of the
        one title speaker ``i`` holds, placed by a body ("A spokesman for the European
        Anti-Fraud Office said ..." and then "..., spokesman Jorg Wojahn said": one spokesman,
        described and then named), within :data:`ANTECEDENT_REACH` characters; None otherwise.
        Only for a named person whose title is one word the other's phrase opens with (after
        "a", "an", "the" if any), followed by "for", "of" or "at" and a capitalised name."""
        role = (q.speaker_role or base.role or "").strip()
        if i == 0 or base.kind != "person" or not role or " " in role:
            return None
        prev = self.quotes[i - 1]
        if not prev.speaker or q.start - prev.end > ANTECEDENT_REACH:
            return None
        # the words in any case ("A Spokesman For The"), the body's name capitalised: "a
        # spokesman for the ministry" names no body
        pattern = rf"(?i:(?:(?:an?|the)\s+)?{re.escape(role)}\s+(?:for|of|at)\s+(?:the\s+)?)[A-Z]"
        return i - 1 if re.fullmatch(pattern + r".*", prev.speaker, re.S) else None

    def _longer_name_before(self, i: int, q: Quote) -> Actor | None:
        """The placed speaker of an earlier quote whose name ends in speaker ``i``'s name, a
        capitalised name of its own ("Menatep said" after "Group Menatep, the Gibraltar-based
        holding company, says"): the same body named short, so the same affiliation (its
        country or its international organisation). None for a person (:meth:`_same_person`
        places him), a description, when no earlier speaker's name ends so, or when the nearest
        one has no affiliation."""
        name = q.speaker or ""
        a = self.speakers[i]
        if not name[:1].isupper() or self._described(q) or (a is not None and a.kind == "person"):
            return None
        tail = " " + name.casefold()
        for j in range(i - 1, -1, -1):
            before = self.quotes[j].speaker or ""
            if before.casefold().endswith(tail):
                a = self.speakers[j]
                return a if a is not None and (a.country or _of_an_io(a)) else None
        return None

    def _same_person(self, i: int, q: Quote) -> Actor | None:
        """Another quote's speaker who is the same person as speaker ``i`` and whom the text
        itself places (a title, a table, a phrase; never the article fallback): the same
        surname with the other words agreeing (:func:`parley.extract.names.same_person`, either
        way round), or a one-word speaker that is a later word of a full name ("Lula" of "Luiz
        Inacio Lula da Silva", "Lee" of "Lee Jae-myung" is the first and is read by
        :meth:`_named_person_country`). The nearest such quote before ``i`` wins, else the nearest
        after. None when there is none, or when two placed people fit with different states.
        The candidates come from a :class:`_NameIndex` of the quotes' speakers (and of the
        people among the country mentions) built once per document: only the quotes whose
        speaker has the same surname (or, for a one-word name, holds it as an inner word) are
        read, not every quote per quote."""
        form = split_name(q.speaker or "")
        if not form.key or not (q.speaker or "")[:1].isupper():
            return None
        if self._speaker_names is None:
            self._speaker_names = _NameIndex.of(
                [split_name(o.speaker) if o.speaker else None for o in self.quotes]
            )
        found: list[tuple[int, Actor]] = []
        for j in self._speaker_names.candidates(form):
            other = self.speakers[j]
            if j == i or other is None or other.kind != "person":
                continue
            if "+context" in (other.evidence or "") or "+same-person" in (other.evidence or ""):
                continue
            if not (other.country or other.sector == "international organisation"):
                continue
            long = self._speaker_names.forms[j] or split_name(other.name)
            if not long.key:
                continue
            if _same_name(form, long):
                found.append((j, other))
        if not found:
            # a person the text places where it names them without quoting them ("Chilean
            # senator Ana Maria Vergara Soto")
            at = q.speaker_start if q.speaker_start is not None else q.start
            mentions = self.country_mentions()
            if self._mention_names is None:
                self._mention_names = _NameIndex.of(
                    [
                        split_name(m.span.text) if m.actor.kind == "person" else _NO_NAME
                        for m in mentions
                    ]
                )
            for k in self._mention_names.candidates(form):
                m = mentions[k]
                if _same_name(form, self._mention_names.forms[k]):
                    found.append((-1 if m.span.start_char < at else len(self.quotes), m.actor))
        if not found:
            return None
        if len({(a.country, a.organisation) for _, a in found}) > 1:
            return None
        before = [a for j, a in found if j < i]
        return before[-1] if before else found[0][1]

    def _elided_speaker(self, i: int) -> Actor | None:
        """The resolved speaker whose noun an elliptical speaker ("another", "others", "a second")
        leaves out: the nearest earlier quote's speaker that is a description ("one Western
        diplomat", "Polish officials"), skipping pronouns and other ellipses. None when the nearest
        earlier speaker is a name (or there is none): "another" after a named person does not say
        of which kind. Reads the quotes before ``i`` back to the first speaker that is not a
        pronoun."""
        for j in range(i - 1, -1, -1):
            s = self.quotes[j].speaker
            if not s or is_pronoun(s, context_words("elliptic")):
                continue
            head = s.split()[-1]
            # a headline's capitals ("DIPLOMATS SAY") are a description too
            if not (head.islower() or head.isupper() or self._described(self.quotes[j])):
                return None  # a name ("Jessica Dorsey", "Song Ping")
            return self.speakers[j] or Actor(name=s, kind="description", evidence="speaker")
        return None

    def _acronyms(self) -> dict[str, str]:
        """Acronyms the document defines: "the Netherlands Organisation for Applied Scientific
        Research (TNO)" → {"TNO": "Netherlands Organisation for ..."}. Read once per document."""
        return self.resolver.acronyms

    def _long_form(self, q: Quote) -> Actor | None:
        """The organisation a short name stands for when the document names it in full first: an
        acronym it defines ("TNO" after "the Netherlands Organisation for Applied Scientific
        Research (TNO)"), or the tail of an earlier longer name ("the Observatory" after "the
        Syrian Observatory for Human Rights", "the Panel" after "the U.N. Panel of Experts"),
        resolved by the tables, else by the country or organisation the long name holds; None
        when the long name follows a posted title's "to"/"for" (a mis-tagged "envoy to Ukraine
        Kurt Volker": the state is the envoy's host). Capitalised short names only ("officials" is read back by :meth:`_antecedent_country`)."""
        words = re.sub(r"['’]s?\b.*$", "", q.speaker or "").split()
        words = [w for w in words if w.casefold() not in ("the", "a", "an")]
        if not words or not any(w[:1].isupper() for w in words):
            return None
        long = None
        for w in words:
            if w.isupper() and w in self._acronyms():
                long = self._acronyms()[w]
                break
        if long is None:
            core = " ".join(words).casefold()
            # the short name ends the long one or heads its "of"/"for" phrase ("Observatory" in
            # "Syrian Observatory for Human Rights")
            tail = None  # compiled for the first name holding the short one
            at = q.speaker_start if q.speaker_start is not None else q.start
            for ent, text, folded in reversed(self._body_names()):
                if ent.start_char >= at or folded == core or core not in folded:
                    continue
                if tail is None:
                    tail = re.compile(rf"\s{re.escape(core)}(?:\s+(?:of|for)\s.*)?$")
                if tail.search(folded):
                    before = self.doc[max(ent.start - 2, 0) : ent.start]
                    if (
                        len(before) == 2
                        and before[1].lower_ in ("to", "for")
                        and ends_posted_title(before[0].text)
                    ):
                        # "special envoy to Ukraine Kurt Volker" tagged as one name: the state
                        # is where the envoy is sent, never his own
                        return None
                    long = text
                    break
        if long is None:
            return None
        when = self.resolver.when
        return lookup_place(long, when) or country_in(long, when)

    def _body_names(self) -> list[tuple[Span, str, str]]:
        """The document's ORG, FAC, NORP and GPE entities in text order, each with its text
        without a leading article ("the Syrian Observatory" → "Syrian Observatory") and that
        text casefolded: what :meth:`_long_form` reads back through for every speaker, listed
        once per document."""
        if self._bodies is None:
            self._bodies = []
            for ent in self.ents:
                if ent.label_ in ("ORG", "FAC", "NORP", "GPE"):
                    text = re.sub(r"^(the|a|an)\s+", "", ent.text, flags=re.I)
                    self._bodies.append((ent, text, text.casefold()))
        return self._bodies

    def _described(self, q: Quote) -> bool:
        """Whether the speaker is a common-noun description ("officials", "the ministry"), not
        a name: the head of its mention in the text is a common noun (a pronoun's antecedent, which
        the quote engine gives as a string, is read by its case instead)."""
        span = self.speaker_span(q)
        if span is not None and span.root.pos_ != "PRON":
            return span.root.pos_ == "NOUN" and not span.root.ent_type_
        return q.speaker.split()[-1][:1].islower()

    def _antecedent_country(self, q: Quote) -> str | None:
        """The country of the nearest earlier noun phrase with the speaker's head noun that names
        one ("the Turkish Foreign Ministry ... the ministry said", "British officials ...
        officials said"): a definite or bare description refers back to the last named body of
        that kind. Reads at most :data:`ANTECEDENT_REACH` tokens back."""
        words = (q.speaker or "").split()
        if not words:
            return None
        head = words[-1].casefold()
        # the anaphor's own kind words must be the antecedent's too: "security sources" is not
        # "U.S. defense sources", "the interior ministry" not "the Foreign Ministry"
        kinds = set(_kind_of(q.speaker).split()[:-1])
        # and so must the body it names by its acronym ("a DTI official" is not "Japanese
        # officials"), unless the acronym is a state ("U.S. officials")
        names = {
            w.casefold()
            for w in words[:-1]
            if len(w.strip(".")) >= 2
            and w.replace(".", "").isupper()
            and country_in(w, self.resolver.when) is None
        }
        at = q.speaker_start if q.speaker_start is not None else q.start
        end = min(at, q.start)
        span = self.doc.char_span(0, end, alignment_mode="contract") if end > 0 else None
        stop = span.end if span is not None else 0
        lower, lemma, _ = self.word_forms()
        head_id = get_string_id(head)
        strings = self.doc.vocab.strings
        for k in range(stop - 1, max(stop - ANTECEDENT_REACH, 0) - 1, -1):
            # ``t.lower_ != head and t.lemma_.casefold() != head``, read from the ids
            if lower[k] != head_id and _casefolded(strings, lemma[k]) != head:
                continue
            t = self.doc[k]
            if kinds - {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}:
                continue
            if names - {c.lower_ for c in t.subtree}:
                continue
            country = self._phrase_country(t)
            if country is not None:
                return country
        return None

    def _company_antecedent(self, q: Quote) -> str | None:
        """The state of the listed company a bare noun for a business stands for ("the firm
        said", "the company said", "the carmaker said": ``company_noun`` of
        ``data/statements/context_words.csv``): the nearest organisation entity (``ORG``) before
        the speaker, within :data:`ANTECEDENT_REACH` tokens, when the company library knows it
        (:func:`parley.extract.companies.lookup_company`: "helped Renault boost its profits
        although the firm warned ..." → FR). None when the nearest organisation is no listed
        company (an unlisted firm, a union, an agency), when a person is named after it, or
        when none comes before."""
        words = (q.speaker or "").split()
        if len(words) != 1 or words[0].casefold() not in context_words("company_noun"):
            return None
        at = q.speaker_start if q.speaker_start is not None else q.start
        span = self.doc.char_span(0, min(at, q.start), alignment_mode="contract")
        stop = span.end if span is not None else 0
        for ent in reversed(self.ents):
            if ent.end > stop or ent.label_ not in ("ORG", "PERSON"):
                continue
            if ent.end < stop - ANTECEDENT_REACH or ent.label_ != "ORG":
                return None  # a person named between: the noun may be anyone's firm
            company = lookup_company(ent.text, in_title=True)  # tagged a body: "Siemens" too
            return company.country if company is not None else None
        return None

    def _title_holder_country(self, q: Quote, speaker: Actor) -> str | None:
        """The state of the person a bare title as the speaker refers to ("the prime minister
        said" after "Tony Blair has said"), before any article fallback: the article's people
        named before the quote, and earlier speakers, whose actor-table role ("Prime Minister of
        the United Kingdom") or written title contains the title, when they are all of one
        state. :meth:`ActorResolver._title_holder` reads written titles only ("Secretary of State
        Blinken" ... "the Secretary"); a leader the text names without a title is found here
        by the table's role. None when the speaker is a person, names a state itself ("the
        Iraqi prime minister"), or the holders are of several states. A title names an office,
        and the office belongs to its holder's state, not to the state the article mentions
        most. Linear in the document's state mentions and quotes."""
        bare = re.sub(r"^(the|a|an)\s+", "", (q.speaker or "").strip(), flags=re.I)
        title = fold(bare)
        if speaker.kind == "person" or not title or not has_title_word(title):
            return None
        if any(w[:1].isupper() and not has_title_word(w) for w in bare.split()):
            return None  # a name or a body ("the Kremlin spokesman"), not a bare title
        if country_in(title, self.resolver.when) is not None:
            return None
        pattern = re.compile(rf"(?<![\w-]){re.escape(title)}(?![\w-])")
        at = q.speaker_start if q.speaker_start is not None else q.start
        holders = {
            m.actor.country
            for m in self.country_mentions()
            if m.actor.kind == "person"
            and m.span.start_char < at
            and pattern.search(fold(" ".join(filter(None, (m.actor.role, self._written_title(m))))))
        }
        holders |= {
            a.country
            for o, a in zip(self.quotes, self.speakers, strict=True)
            if o.start < q.start
            and a is not None
            and a.kind == "person"
            and a.country
            and pattern.search(fold(" ".join(filter(None, (a.role, o.speaker_role)))))
        }
        holders.discard(None)
        return holders.pop() if len(holders) == 1 else None

    def _written_title(self, m: ActorMention) -> str | None:
        """The title written before a mention of a person ("President Bush"), if any."""
        return self.resolver.title_of(m.span.text)

    def _named_person_country(self, q: Quote) -> str | None:
        """The country of a person named in full earlier in the document whom the speaker names
        by one word: the family name written first ("Xi" after "Chinese President Xi Jinping",
        "Moon" after "Moon Jae-in"; Chinese and Korean names put it first, so the surname index
        of :mod:`parley.extract.names` does not find it), or the owner of a possessive ("Erdogan's
        office" after "Turkish President Recep Tayyip Erdogan", also after "by", "for" or "from":
        "a statement released by Macron's office": the ``issued_by`` class of speech_acts.csv),
        or of the speaker's title ("Trump's envoy", "Erdogan's spokesman": a person serves the
        state of whom he serves). Only a capitalised word; the
        nearest such person before the quote wins. None when there is none. Linear in the
        document's state mentions."""
        words = (q.speaker or "").split()
        if not words:
            return None
        at = q.speaker_start if q.speaker_start is not None else q.start
        role = (q.speaker_role or "").split()
        if (
            len(words) > 1
            and not re.search(r"['’]s$", words[0])
            and len(role) > 1
            and role[0][:1].isupper()
            and re.search(r"['’]s$", role[0])
        ):
            # a full name is read by no lookup here; its title's owner may place it ("Brett
            # McGurk, who was Trump's envoy"), named before the reporting verb
            words = role
            at = q.cue_start if q.cue_start is not None else q.start
        # the owner may stand after the body's issuer ("a statement released by Macron's office");
        issued_by = class_words("issued_by")
        inner = [
            k
            for k, w in enumerate(words[1:-1], 1)
            if w[:1].isupper() and re.search(r"['’]s$", w) and words[k - 1] in issued_by
        ]
        if inner:
            words = words[inner[0] :]
        first = re.sub(r"['’]s?$", "", words[0])
        possessive = first != words[0] and len(words) > 1
        if not (possessive or len(words) == 1) or not first[:1].isupper():
            return None
        best = None
        for m in self.country_mentions():  # in text order, one per entity
            if m.span.start_char >= at:
                break
            a = m.actor
            if a.kind != "person":
                continue
            parts = a.name.split()
            if len(parts) < 2:
                continue
            if parts[0] == first or (possessive and parts[-1] == first):
                best = a.country
        return best

    def _possessor_country(self, q: Quote) -> str | None:
        """The country of whom a possessive speaker belongs to: "his associates", "her spokesman"
        → the person it refers to, "its spokesman" → the nearest state or body named before,
        "the country's air force" → the nearest state named before. A possessive in a clause
        fronted before its main clause refers ahead to that clause's subject ("Before his
        spokesman spoke, Putin said ..." → Putin); otherwise the nearest person named before
        whose given name does not say another gender ("her spokesman" skips a Vladimir). Reads at
        most :data:`ANTECEDENT_REACH` tokens back. None for other speakers."""
        owner = self._possessive_word(q)
        state_noun = owner in context_words("state_noun")
        if owner not in ("his", "her", "its") and not state_noun:
            return None
        person = owner in ("his", "her")
        gender = {"his": "m", "her": "f"}.get(owner, "")
        at = q.speaker_start if q.speaker_start is not None else q.start
        if person:
            ahead = self._cataphoric_owner(q, gender)
            if ahead is not None:
                return ahead
        span = self.doc.char_span(0, at, alignment_mode="contract") if at > 0 else None
        stop = span.end if span is not None else 0
        for k in range(stop - 1, max(stop - ANTECEDENT_REACH, 0) - 1, -1):
            m = self.mentions.get(k)
            if m is None or not m.actor.country or m.actor.kind in ("media", "region"):
                continue
            if state_noun and m.actor.kind not in ("country", "seat"):
                continue
            if (m.actor.kind == "person") != person:
                continue
            if person and not _agrees(m.actor.name, gender):
                continue
            return m.actor.country
        return None

    def _possessive_word(self, q: Quote) -> str:
        """The possessive that opens the speaker's description, lower-cased without "'s" ("his"
        in "his spokesman", "country" in "the country's air force"; read from the text when the
        speaker string lost it: "ministry" of "the nation's foreign ministry", "Port Directorate"
        of "the island's Port Directorate"), else ""."""
        span = self.speaker_span(q)
        for c in span.root.children if span is not None else ():
            if c.dep_ == "poss" and c.i < span.root.i:
                return c.lower_
        words = (q.speaker or "").split() or [""]
        if len(words) == 1 and q.speaker_role:
            words = q.speaker_role.split() + words  # "nation's foreign" + "ministry"
        if len(words) > 1:
            return re.sub(r"['’]s$", "", words[0].casefold())
        return ""

    def _cataphoric_owner(self, q: Quote, gender: str) -> str | None:
        """The country of the subject of the main clause when the possessive speaker sits in a
        subordinate clause written before it ("Before his spokesperson dismissed the idea,
        Putin told a reporter ..."), when that subject is a person of a state who agrees in
        gender; else None."""
        span = self.speaker_span(q)
        if span is None:
            return None
        for c in fronted_clause_subjects(span.root):
            m = self.mentions.get(c.i)
            actor = m.actor if m is not None else self._speaker_at(c.idx)
            if actor is not None and actor.kind == "person" and actor.country:
                return actor.country if _agrees(actor.name, gender) else None
        return None

    def _speaker_at(self, char: int) -> Actor | None:
        """The resolved speaker of the quote whose speaker mention covers character ``char``
        (a name the entity tagger missed but the quote engine read as a speaker), else None."""
        for j, q in enumerate(self.quotes):
            if q.speaker_start is not None and q.speaker_start <= char < (q.speaker_end or 0):
                return self.speakers[j]
        return None

    def _phrase_country(self, t: Token) -> str | None:
        """The country a noun's own phrase names: its modifiers, possessor and "of/for/at/in"
        phrases ("Russia's Defence Ministry", "officials in Ankara", "the ministry of Turkey")."""
        toks = [t]
        # a diplomatic mission's "in/at" phrase names its host, not its state ("the US Embassy
        # in London" speaks for the US)
        mission = t.lemma_.lower() in context_words("mission")
        preps = ("of", "for", "from") if mission else PHRASE_PREPS
        for c in t.children:
            modifier = c.dep_ in ("amod", "compound", "poss", "nmod", "nummod")
            if modifier or (c.dep_ == "prep" and c.lower_ in preps):
                toks.extend(c.subtree)
        toks = sorted({x.i: x for x in toks if x.ent_type_ != "PERSON"}.values(), key=lambda x: x.i)
        if len(toks) > 12:
            return None
        for x in toks:
            m = self.mentions.get(x.i)
            if m is not None and m.actor.kind in ("io",):
                return None
            if m is not None and m.actor.country and m.actor.kind not in ("region", "media"):
                return m.actor.country
        place = country_in(" ".join(x.text for x in toks), self.resolver.when)
        if place is not None and place.country and place.kind not in ("io", "region"):
            return place.country
        return None

    def _cue_place_country(self, q: Quote, fronted_country: bool = False) -> str | None:
        """The country where the reporting verb places the speaker: "In Britain, ... officials
        said", "officials said in Tokyo" (a place phrase on the cue verb or on its clause).
        ``fronted_country``: only a country (no capital or city) in a phrase that opens the
        sentence before the speaker ("In France, ..., the board FIRS said"), the paragraph's
        country in a survey of several; a named speaker "told reporters in London" or "In
        Berlin, Barzan said" is only where they spoke."""
        cue = cue_token(self.doc, q.cue_start, q.cue_end)
        if cue is None:
            return None
        kinds = ("country",) if fronted_country else ("country", "seat")
        for c in cue.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "at"):
                continue
            if fronted_country and (
                q.speaker_start is None or c.idx >= q.speaker_start or c.i != cue.sent.start
            ):
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                m = self.mentions.get(p.i)
                if m is not None and m.actor.country and m.actor.kind in kinds:
                    return m.actor.country
        return None

    def span(self, start: int, end: int) -> Span | None:
        """The whole tokens covering characters ``[start, end)`` of the text (``Doc.char_span``,
        expanded to token boundaries); None when an offset lies outside the text."""
        return self.doc.char_span(start, end, alignment_mode="expand")

    def word_forms(self) -> tuple[list[int], list[int], list[int]]:
        """The string-store ids of every token's lower-case form and lemma, and its part of
        speech (``Token.lower``, ``Token.lemma``, ``Token.pos``), read in one array once per
        document: the rules that scan a window of words test these before making a Token."""
        if self._forms is None:
            if len(self.doc):
                lower, lemma, pos = self.doc.to_array([LOWER, LEMMA, POS]).T.tolist()
            else:
                lower, lemma, pos = [], [], []
            self._forms = (lower, lemma, pos)
        return self._forms

    def _words_with(self, lemmas: Collection[str], parts: tuple[int, ...]) -> list[int]:
        """The indices, in text order, of the tokens whose lemma casefolded is in ``lemmas`` and
        whose part of speech (a :mod:`spacy.symbols` id) is in ``parts``, read from
        :meth:`word_forms` without making a Token per token."""
        _, lemma, pos = self.word_forms()
        strings = self.doc.vocab.strings
        return [
            k
            for k, (lem, p) in enumerate(zip(lemma, pos, strict=True))
            if p in parts and _casefolded(strings, lem) in lemmas
        ]

    def lemma_lower(self, i: int) -> str:
        """``doc[i].lemma_.lower()``, kept per lemma id (:meth:`word_forms`)."""
        return _lowered(self.doc.vocab.strings, self.word_forms()[1][i])

    def pos_of(self, i: int) -> int:
        """``doc[i].pos`` (the part-of-speech symbol, :mod:`spacy.symbols`), from
        :meth:`word_forms`."""
        return self.word_forms()[2][i]

    def sentence_starts(self) -> list[int]:
        """The token index of each sentence's first token (``doc.sents``), listed once per
        document, in order."""
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in self.doc.sents]
        return self._sent_starts

    def sentences_back(self, start: int, n: int) -> int:
        """:func:`sentences_back` of this document, read from its sentence starts
        (:meth:`sentence_starts`) by binary search instead of a ``Token.sent`` walk per step."""
        starts = self.sentence_starts()
        lo = start
        for _ in range(n):
            if lo == 0:
                break
            lo = starts[bisect.bisect_right(starts, lo - 1) - 1]
        return lo

    def noun_chunks_in(self, span: Span) -> list[Span]:
        """The document's noun chunks (``Doc.noun_chunks``) inside ``span``, in order.
        ``Span.noun_chunks`` reads the whole document's chunks on every call; here the
        language's chunk iterator (``Doc.noun_chunks_iterator``, spaCy's English syntax
        iterator) reads only the sentences ``span`` covers, each once per document. The chunks
        are the same: a chunk runs from its noun's left edge, and a parse tree never crosses a
        sentence (the sentence starts are set before the parser, :func:`~parley.extract.model.line_breaks`)."""
        doc = self.doc
        starts = self.sentence_starts()
        out: list[Span] = []
        k = max(0, bisect.bisect_right(starts, span.start) - 1)
        while k < len(starts) and starts[k] < span.end:
            chunks = self._chunks.get(k)
            if chunks is None:
                end = starts[k + 1] if k + 1 < len(starts) else len(doc)
                chunks = self._chunks[k] = [
                    Span(doc, a, b, label=label)
                    for a, b, label in doc.noun_chunks_iterator(doc[starts[k] : end])
                ]
            out.extend(nc for nc in chunks if nc.start >= span.start and nc.end <= span.end)
            k += 1
        return out


def _named_as(q: Quote, actor: Actor | None) -> Quote:
    """``q`` with its speaker named as the statements name the person it resolved to
    (``actor``), so that one person has one name in the quotes and statements tables: when
    ``actor`` is a person whose surname is one of the quotation's speaker words ("MR. PRICE",
    "PSAKI", "Obama", "Donald J. Trump", "President Xi" → "Ned Price", "Jen Psaki", "Barack
    Obama", "Donald Trump", "Xi Jinping": the family name is the first word for the states of
    :data:`~parley.extract.actors.FAMILY_NAME_FIRST`), each word keeping the accents the article wrote it with
    (:func:`~parley.extract.actors.as_written`: "Erdoğan" → "Recep Tayyip Erdoğan").
    ``speaker_mention`` keeps the words as written. Unchanged otherwise: a description
    or a title the context resolved to someone ("the vice president", "the statement") stays
    what the text says."""
    if actor is None or actor.kind != "person" or not q.speaker or actor.name == q.speaker:
        return q
    words = {fold(w) for w in q.speaker.split()}
    parts = actor.name.split()
    # the surname; written first for a state's people named family name first ("Xi Jinping")
    surnames = {fold(parts[-1])} | (
        {fold(parts[0])} if actor.country in FAMILY_NAME_FIRST else set()
    )
    if not surnames & words:
        return q
    named = as_written(actor.name, q.speaker)  # "Erdoğan" → "Recep Tayyip Erdoğan"
    return q if named == q.speaker else replace(q, speaker=named)


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


def _for_its_state(actor: Actor | None) -> Actor | None:
    """A speaker of a territory another state administers speaks for that state: the Hong Kong
    police and Hong Kong's Secretary for Security for China, a Puerto Rico official for the US
    (STATEMENTS_GUIDE: "Sub-national officials ... get their country"; the territories are
    :func:`parley.extract.countries.administering_states`, from ISO 3166-2). Targets keep the
    territory's own code."""
    if actor is None or actor.country is None:
        return actor
    state = administering_states().get(actor.country)
    return actor if state is None else replace(actor, country=state)


def bare_institution(speaker: str | None) -> bool:
    """Whether a speaker is one institution word with no owner of its own ("Administration",
    "the Government", "Ministry"): a word of the ``own_government`` class of
    ``data/statements/context_words.csv`` that is no ``state_noun`` ("the country" is a state's
    own noun, placed by the possessor and antecedent steps)."""
    words = (speaker or "").split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) != 1:
        return False
    word = words[0].casefold()
    return word in context_words("own_government") and word not in context_words("state_noun")


def _kind_of(speaker: str) -> str:
    """A description's kind: its lowercase kind words and its head noun ("security sources";
    "Turkish security sources" and "two security sources" have the same; "defense sources" has
    another). A name's kind is its last word."""
    words = speaker.split()
    if words and words[0][1:].islower() and country_in(words[0], None) is None:
        words[0] = words[0].lower()  # "Security sources said" opening a sentence
    not_kind = context_words("not_kind")  # "two", "senior": how many or which, not what kind
    kinds = [w for w in words[:-1] if w.islower() and w not in not_kind]
    return " ".join(sorted(kinds) + [w.casefold() for w in words[-1:]])


# speakers whose description names no affiliation the article could supply (residents and
# witnesses are the place's people: they take the article's country, guide "non-state speakers");
# a relation noun (:data:`RELATION_NOUNS`: "allies", "mediators") names parties by where they
# stand to another, not whose they are (guide: "anonymous sources of unknown affiliation")
UNAFFILIATED = re.compile(
    r"\b(western|european|foreign|arab|international|experts?|analysts?|economists?|critics?|"
    r"diplomats?|observers?|sources?|groups?|activists?|people|persons?|"
    r"campaigners?|investors?|traders?|dealers?|bankers?|"
    rf"{'|'.join(RELATION_NOUNS)})\b",
    re.I,
)
# a region's officials speak for no one state ("Western officials", "European government officials")
REGIONAL = re.compile(
    r"\b(western|european|arab|asian|african|gulf|regional)\s+(?:\w+\s+)?"
    r"(officials?|diplomats?|envoys?|sources?|governments?)\b",
    re.I,
)
# a body made by whom its hyphenated prefix names ("U.N.-backed panel", "NATO-led mission")
IO_MADE = re.compile(
    r"\b([\w.]+)-(?:backed|appointed|mandated|led|run|sponsored|commissioned|created)\b", re.I
)
# the kinds (:func:`_kind_of`) of a bare anonymous official: "officials", "a senior official",
# "government sources"; a qualified one ("industry officials", "security sources") is not
# the government's voice
GOVERNMENT_VOICES = ("official", "officials", "source", "sources")
# a press release's attribution line: the text that follows speaks with its issuer's voice
# (the form of the US State Department's press statements and readouts, "The below is
# attributable to Spokesperson Ned Price:", ../shared/corpus/diplomatic; written for Parley)
ATTRIBUTION_LINE = re.compile(
    r"^[ \t]*(?:the|this)\s+(?:following|below|above)(?:\s+(?:statement|readout|text))?\s+"
    r"(?:is|are)\s+attributable\s+to\s+(?P<issuer>[^\n:]+)",
    re.I | re.M,
)
# a release's headline that names whose it is ("Press Briefing by Press Secretary Jen Psaki and
# ...", "Statement by President Joe Biden on ...", "Joint Statement by ..."): the issuer runs to
# the topic ("on", "announcing" ...) or the line's end (the form of the White House and State
# Department releases of ../shared/corpus/diplomatic; written for Parley)
ISSUER_HEADLINE = re.compile(
    r"[ \t]*(?:joint\s+)?(?:press\s+briefing|press\s+gaggle|(?:background\s+)?press\s+call"
    r"|briefing|remarks|statement|press\s+statement)\s+(?:by|from)\s+"
    r"(?P<issuer>.+?)(?=\s+(?:on|about|regarding|announcing|commending|at|in)\s|,|\n|$)",
    re.I,
)
# words of a state body: a description with one ("security sources", "a local police source")
# is an anonymous official of a state (STATEMENTS_GUIDE: "an anonymous but located official"),
# not a source of unknown affiliation


def transcript_turns(quotes: list[Quote]) -> list[int]:
    """The indices of ``quotes`` that are a transcript's speaker-labelled turns (rule
    ``indirect:label``, :func:`parley.extract.quotes.indirect.label_candidates`: "MS. PSAKI:
    ..."), in order; empty when there are fewer than :data:`TRANSCRIPT_TURNS` of them (the
    document is no transcript)."""
    turns = [i for i, q in enumerate(quotes) if q.rule.endswith(":label")]
    return turns if len(turns) >= TRANSCRIPT_TURNS else []


OFFICIAL = re.compile(
    r"\b(government|officials?|ministry|military|security|police|army|intelligence)\b", re.I
)
# armed or political opponents of their own state ("a rebel commander", "insurgents"): they
# speak for a side of their country's conflict, so a "rebel group" is not an unaffiliated group
AGAINST_THE_STATE = re.compile(
    r"\b(rebels?|insurgents?|opposition|militias?|guerrillas?|dissidents?|protesters?)\b", re.I
)


@dataclass(frozen=True)
class Datelines:
    """A document's datelines, found once (:func:`datelines_of`): ``opening`` is the dateline of
    its first non-empty line when that line is one (a text with no headline), else the body's;
    ``body`` is the dateline that opens the body (the first non-empty line after the headline,
    within the first six lines). Each is (the line's first 80 characters, the dateline's place
    words: "BEIRUT/THE HAGUE"), or None."""

    opening: tuple[str, str] | None
    body: tuple[str, str] | None

    def country(self, when: date | datetime | str | None) -> str | None:
        """The country of the body's dateline: where the report was filed (the first of its
        places the tables know: "BEIRUT/THE HAGUE" → LB). Evidence of place only, never a
        speaker."""
        if self.body is None:
            return None
        for part in re.split(r"[/,]", self.body[1]):
            place = lookup_place(part.strip().title(), when)
            if place is not None and place.country:
                return place.country
        return None

    def is_role(self, role: str | None) -> bool:
        """Whether a speaker's role as the quote engine gives it is the dateline's words, not a
        title: the parser hangs a name that follows the dateline on it as an apposition ("NEW
        DELHI, May 3 (Reuters) - Japan's Foreign Minister Taro Kono, on a visit ..." → role "NEW
        DELHI, May 3 (Reuters"). Where a report was filed is not whom its speaker speaks for."""
        if not role or self.opening is None:
            return False
        return self.opening[1].strip() in role and role.strip() in self.opening[0]


def datelines_of(doc: Doc) -> Datelines:
    """The document's :class:`Datelines`, from the quote rules' detector
    (:func:`parley.extract.quotes.document.doc_datelines`) over its first 2,000 characters: the
    dateline with a dash that opens its first paragraph and the paragraph after it."""
    text = doc_text(doc)[:2000]
    para_starts, found = doc_datelines(text)

    def at(k: int) -> tuple[str, str] | None:
        d = found.get(para_starts[k]) if k < len(para_starts) else None
        if d is None or d.shape != "dash":
            # a dateline with no dash ('WASHINGTON The ...', 'HANOVER, Germany U.S. ...') gives
            # the quote rules its bounds but no country here: as the filing place it cost train
            # speaker country 0.943 -> 0.913 (region ones alone 0.943 -> 0.941)
            return None
        line_end = text.find("\n", d.start)
        line = text[d.start : line_end if line_end >= 0 else len(text)][:80]
        return line, d.places(text)

    opening, body = at(0), at(1)
    return Datelines(opening or body, body)


# the sectors of a state's own voice (:func:`_a_state_voice`)
_STATE_SECTORS = ("government", "diplomatic", "military")
# the heads of the ``body`` class of data/quotes/speaker_heads.csv that are organs of a state: a
# description naming none of them ("English Wikinews") is no state's voice
_STATE_ORGANS = frozenset(
    {"administration", "chancellery", "consulate", "department", "embassy", "government"}
    | {"legation", "ministry", "mission", "presidency", "secretariat"}
)


def _a_state_voice(actor: Actor | None) -> bool:
    """Whether ``actor`` speaks for a state: it has a country, and is a state itself, a seat of
    government or a state institution (by the actor tables), a person of the government,
    diplomatic or military sector, or a description of that sector that names an organ of a
    state (:data:`_STATE_ORGANS`: "U.S. Department of State"). A news outlet, a company, an
    international organisation, a reporter is none."""
    if actor is None or actor.country is None:
        return False
    if actor.kind in ("country", "seat", "institution"):
        return True
    if actor.sector not in _STATE_SECTORS:
        return False
    if actor.kind == "person":
        return True
    return actor.kind == "description" and any(
        w in _STATE_ORGANS for w in re.findall(r"[a-z]+", actor.name.casefold())
    )


def _a_party(m: ActorMention) -> bool:
    """Whether a mention can be one of the parties a group speaker gathers: a person, or a
    state that is a clause's subject, joined to one or naming whose it is ("Japan and China
    agreed", "Armenia's prime minister met ...", "The leaders of Hungary and Slovakia met ...
    Both said"), not a state the sentence talks about ("the threat posed by the DPRK. Both
    Leaders ...")."""
    if m.actor.kind == "person":
        return True
    root = m.span.root
    while (
        root.dep_ in ("conj", "compound", "appos", "poss", "pobj", "prep") and root.head.i != root.i
    ):
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def _agrees(name: str, gender: str) -> bool:
    """Whether a person's given name does not say another gender than ``gender`` ("m"/"f"; an
    unknown given name agrees with both): ``data/quotes/given_names.csv``."""
    if not gender:
        return True
    said = gender_of([], name)
    return not said or said == gender


@dataclass(frozen=True)
class _NameIndex:
    """Name forms at positions (of a document's quotes or mentions), indexed for
    :func:`_same_name`: a form can only name the same person as another with the same surname,
    or (a one-word form) one holding it as an inner word. ``forms[k]`` is None where the name is
    only known at lookup time (a quote without speaker text): such positions are always
    candidates."""

    forms: list[NameForm | None]
    by_surname: dict[str, list[int]]
    by_inner: dict[str, list[int]]
    unknown: list[int]

    @classmethod
    def of(cls, forms: list[NameForm | None]) -> _NameIndex:
        """Linear in the forms; each position listed once per key, ascending."""
        by_surname: dict[str, list[int]] = {}
        by_inner: dict[str, list[int]] = {}
        unknown = []
        for k, f in enumerate(forms):
            if f is None:
                unknown.append(k)
                continue
            if not f.key:
                continue  # names nobody: never the same person
            by_surname.setdefault(f.surname, []).append(k)
            for w in set(f.key[1:-1]):
                by_inner.setdefault(w, []).append(k)
        return cls(forms, by_surname, by_inner, unknown)

    def candidates(self, form: NameForm) -> list[int]:
        """The positions, ascending, whose form :func:`_same_name` may accept for ``form`` (a
        superset: the caller still tests each)."""
        if not form.key:
            return list(self.unknown)
        found = set(self.by_surname.get(form.surname, ())) | set(self.unknown)
        if len(form.key) == 1:
            found.update(self.by_inner.get(form.key[0], ()))
        return sorted(found)


# a position that is not a person's name (a mention of a state): never a candidate
_NO_NAME = NameForm((), (), ())


def _same_name(form: NameForm, long: NameForm) -> bool:
    """Whether two forms of a person's name can name the same person: the same surname with the
    other words agreeing (:func:`parley.extract.names.same_person`, either way round), or a
    one-word form that is an inner word of the longer name ("Lula" of "Luiz Inacio Lula da
    Silva": Portuguese and Spanish names put the name in use before the last one)."""
    if not long.key:
        return False
    return (
        same_person(form, long)
        or same_person(long, form)
        or (len(form.key) == 1 and form.key[0] in long.key[1:-1])
    )


def same_person_named(a: str, b: str) -> bool:
    """Whether one of two person names (strings, either order) can name the other, as the
    speakers' own mentions are matched (:func:`_same_name`, the shorter form against the longer:
    "Barrot" of "Jean-Noel Barrot", "Lula" of "Luiz Inácio Lula da Silva")."""
    fa, fb = split_name(a), split_name(b)
    return _same_name(fa, fb) if len(fa.key) <= len(fb.key) else _same_name(fb, fa)


def _of_an_io(actor: Actor) -> bool:
    """Whether a resolved speaker is an international organisation or one of its bodies or
    officials ("NATO", "a U.N. panel", "UN officials"): no country and the organisation's name."""
    return (
        actor.country is None
        and bool(actor.organisation)
        and (actor.kind == "io" or actor.sector == "international organisation")
    )


# the offices of a sub-national unit, the words that say a speaker holds one ("Governor",
# "Mayor", "Lieutenant Governor"; issue 10: governors, chief ministers, mayors)
SUB_NATIONAL_OFFICES = ("governor", "mayor", "lieutenant")


def _sub_national(*phrases: str | None) -> bool:
    """Whether a speaker's role or name (``phrases``) says a sub-national official: a word of
    :data:`SUB_NATIONAL_OFFICES` or "chief minister", or "state" before another word and not after "of" ("state
    senator", "state officials"; not "Secretary of State")."""
    for phrase in phrases:
        words = re.findall(r"[a-z]+", (phrase or "").casefold())
        for k, w in enumerate(words):
            if w in SUB_NATIONAL_OFFICES or (w == "minister" and k and words[k - 1] == "chief"):
                return True
            if w == "state" and k + 1 < len(words) and (k == 0 or words[k - 1] != "of"):
                return True
    return False


def _posted_to_a_party(title: str, when: date | datetime | str | None) -> bool:
    """Whether a posted title names the party its holder is sent to, a state or an
    international organisation ("Ambassador to the European Union", "Envoy to Japan"), as
    opposed to a brief that names none ("Special Representative on Korean Peninsula
    Affairs"). Reads the words after the title as :func:`posted_host` does."""
    words = re.findall(r"[\w.'’-]+", title)
    posted_at = posted_title_end(words)
    for i in range(posted_at or len(words), len(words)):
        if not sent_to(words, i, posted_at):
            continue
        for n in (6, 5, 4, 3, 2, 1):
            hit = lookup_place(" ".join(words[i : i + n]), when)
            if hit is not None and (hit.country or hit.kind == "io"):
                return True
    return False


def _other(country: str | None, host: str | None) -> str | None:
    return None if country == host else country


def _masthead(name: str) -> bool:
    """Whether a speaker's name is a newspaper's: two or more capitalised words, the last (or a
    leading "Daily") a ``masthead`` word of ``data/statements/context_words.csv`` ("Daily
    Telegraph", "Cyprus Mail", "Jakarta Post"). "the post" or "Mail" alone are not."""
    words = re.sub(r"^the\s+", "", name.strip(), flags=re.I).split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    marks = context_words("masthead")
    return words[-1].casefold() in marks or words[0].casefold() == "daily"


def _academic_state(ent: Span, when: date | datetime | str | None) -> str | None:
    """The one state an academic body's own name places it in ("Utrecht University" → NL,
    "the University of Texas" → US, "the Australian National University" → AU): a body whose
    name holds a word of the ``academic`` class of ``data/statements/context_words.csv`` and
    names a state, capital or demonym (:func:`country_in`) or an ISO 3166-2 subdivision that
    only one state has (:func:`parley.extract.countries.subdivisions`, through pycountry).
    None when the name holds no such word, names no place or two states, or a place that is
    both a subdivision and a state ("Georgia State University": the US state or the country)."""
    if not any(t.lower_ in context_words("academic") for t in ent):
        return None
    states: set[str] = set()
    hit = country_in(ent.text, when)
    if hit is not None and hit.kind in ("country", "seat") and hit.country:
        states.add(hit.country)
    words = [t.text for t in ent]
    for i in range(len(words)):
        for n in (3, 2, 1):
            parents = subdivision_parents(" ".join(words[i : i + n]))
            if not parents:
                continue
            if len(parents) > 1 or country_in(" ".join(words[i : i + n]), when) is not None:
                return None  # "Punjab University", "Georgia State University": which state?
            states |= parents
    return states.pop() if len(states) == 1 else None


def stateless(actor: Actor | None) -> bool:
    """An organisation the tables know and give no state (an international NGO such as Amnesty
    International: national sections, no home government): it keeps no country, the way an
    international organisation does, instead of taking the article's."""
    return (
        actor is not None
        and actor.kind == "organisation"
        and actor.country is None
        and actor.evidence == "institution"
    )


# statement types of a cue that answers or opposes another party (STATEMENTS_GUIDE labels)
_REACTING_TYPES = frozenset({"ACCUSE", "DISPUTE", "REJECT", "DENY"})


def names_io(text: str | None) -> bool:
    """Whether a name or title names an international organisation: one of the table's, or a UN
    body by its acronym (UNMISS, UNHCR)."""
    if not text:
        return False
    hit = country_in(text, None)
    if (hit is not None and hit.kind == "io") or re.search(r"\bUN[A-Z]{2,}\b", text):
        return True
    # "a U.N.-backed panel", "the NATO-led mission": a body an international organisation set up
    # or runs is that organisation's (a state's prefix, "U.S.-backed rebels", makes no one its)
    return any(
        (hit := country_in(m.group(1), None)) is not None and hit.kind == "io"
        for m in IO_MADE.finditer(text)
    )


def side_of(
    ctx: DocContext, subj: Token | None, speaker: Actor | None, q: Quote | None = None
) -> tuple[str, ActorMention | None]:
    """Whose voice a clause has: ``self`` (the speaker's side), ``other`` (another named actor),
    ``unknown`` (a third party the tables do not name: "the banks", "he" inside a direct quote),
    or ``none`` (no subject, or a thing: "it", "this"). "Our"/"her" before an ``adversary``
    noun of context_words.csv ("her opponents", "our enemies") names the other side.

    A stance word counts as the speaker's own only with ``self`` or ``none``: "Rovers have
    offered £500,000" is a report of someone else's offer, not the speaker's. In reported speech
    (an indirect quote) "he"/"she" is the speaker ("Lavrov said he would ..."); inside a direct
    quote the speaker is "I"/"we" and "he" is someone else."""
    if subj is None:
        return "none", None
    low = re.split(r"['’]", subj.lower_)[0] or subj.lower_  # "I've" as one token
    if first_person(subj):
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
        if (
            q.kind == "indirect"
            and low in ("it", "they")
            and speaker is not None
            and speaker.kind != "person"
            and (subj.idx < q.start + 40 or _wills(subj))
        ):
            return "self", None  # "the ministry said it would ...": the speaking body itself
        if q.kind == "indirect" and low == "it" and subj.idx < q.start + 40 and _feels(subj):
            # "the U.N. mission UNMISS said it was outraged": only a body feels, and the body
            # of reported speech is the speaker's, whatever kind the tables gave the name
            return "self", None
        if low in THINGS:
            return "none", None
        if q.kind == "indirect" and (low in ("he", "she") or (low == "they" and _plural(q))):
            return "self", None
        return "unknown", None
    if subj.pos_ in ("NOUN", "PROPN") and _own_noun(subj, q, speaker):
        return "self", None
    if _own_state_agent(ctx, subj, speaker):
        return "self", None
    # "our army", "my government"; in reported speech "his country", "its forces"
    owners = OWN_POSSESSIVES if q.kind == "direct" else OWN_POSSESSIVES | REPORTED_POSSESSIVES
    if subj.lemma_.lower() in context_words("adversary"):
        return "unknown", None  # "her opponents", "our enemies": the speaker's side's other
    if any(c.dep_ == "poss" and c.lower_ in owners for c in subj.children):
        return "self", None
    if subj.lemma_.lower() == "side":
        # "the Chinese side highly appreciates ...", "the US side": the diplomatic register
        # names a party as its side, by the demonym or name on "side"
        for mod in subj.children:
            m = ctx.mentions.get(mod.i) if mod.dep_ in ("amod", "compound", "nmod") else None
            if m is not None:
                return ("self", None) if same_side(m.actor, speaker) else ("other", m)
    return "unknown", None


def _feels(subj: Token) -> bool:
    """Whether a subject pronoun is the subject of a feeling (``dismay`` words of
    speech_acts.csv as the predicate: "it was outraged at", "it is deeply disappointed"): a
    thing has no feelings, so "it" there is a body."""
    verb = subj.head
    return subj.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in class_words("dismay")
        for c in verb.children
    )


def _wills(subj: Token) -> bool:
    """Whether a subject pronoun is the subject of a verb of wanting or intending (``intending``
    words of speech_acts.csv: "it wants Washington to take a lead", "they hope to ..."): only an
    agent wants or intends, so in reported speech by a body "it"/"they" there is that body."""
    verb = subj.head
    return (
        subj.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in class_words("intending")
    )


def _own_state_agent(ctx: DocContext, subj: Token, speaker: Actor | None) -> bool:
    """A ``state_agent`` noun of ``context_words.csv`` ("troops", "army", "officials") whose
    country modifier is the speaker's own state: "Russian troops did not enter" said by the
    Kremlin, "US troops would be leaving Syria" announced by the US president, "diplomats from
    EU states will meet" said by the EU's foreign policy chief. The modifier is an adjectival
    demonym, a compound or a possessive, or the object of "from"/"of", that the tables name as
    the speaker's side (:func:`same_side`); another state's forces are left to the caller."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in context_words("state_agent"):
        return False
    # the modifiers, and the state or body after "from"/"of" ("diplomats from EU states",
    # "troops of the alliance") with its own compounds
    owners = [
        g
        for p in subj.children
        if p.dep_ == "prep" and p.lower_ in ("from", "of")
        for o in p.children
        if o.dep_ == "pobj"
        for g in (o, *(c for c in o.children if c.dep_ in ("compound", "amod")))
    ]
    for mod in (*subj.children, *owners):
        if mod.dep_ not in ("amod", "compound", "nmod", "poss", "pobj"):
            continue
        m = ctx.mentions.get(mod.i)
        if (
            m is not None
            and m.actor.kind in ("country", "seat", "io")
            and same_side(m.actor, speaker)
        ):
            return True
    return False


def _plural(q: Quote) -> bool:
    """A speaker named by a plural noun ("officials", "the companies"): "they" is that speaker."""
    words = (q.speaker or "").split()
    return bool(words) and words[-1].lower().endswith("s") and not words[-1][:1].isupper()


@functools.lru_cache(maxsize=4096)
def _word_start(word: str) -> re.Pattern:
    """A compiled search for ``word`` at the start of a word (the ``re`` module's own cache
    holds 512 patterns and a document's many lemmas flush it)."""
    return re.compile(rf"\b{re.escape(word)}")


def _own_noun(subj: Token, q: Quote, speaker: Actor | None) -> bool:
    """A subject noun that names the speaker's own body: "the company" said by the company,
    "the government" said by a government official, "the bank" by its president. Rebels,
    insurgents or the opposition (:func:`against_the_state`) do not speak for their state's
    government, whatever sector their nationality gave them: "a Syrian insurgent group said the
    government was mobilising forces" speaks of the party it fights."""
    lemma = subj.lemma_.lower()
    said_by = " ".join(
        x for x in (q.speaker, q.speaker_role, speaker.role if speaker else None) if x
    ).lower()
    if lemma and _word_start(lemma).search(said_by):
        return True
    if _principal_of_spokesperson(subj, said_by):
        return True
    return (
        lemma in context_words("own_government")
        and speaker is not None
        and speaker.sector == "government"
        and not against_the_state(speaker)
    )


# a spokesperson who speaks for no office holder: one who no longer does, or one of a campaign or
# a party ("a former White House press secretary", "the Trump campaign press secretary")
_NOT_THE_OFFICES = re.compile(r"\b(?:former|ex|campaign|party|opposition)\b", re.IGNORECASE)


def _principal_of_spokesperson(subj: Token, said_by: str) -> bool:
    """A spokesperson's "the president", "the Secretary-General", "the prime minister": said by
    someone whose speaker phrase or role names one who speaks for a principal
    (:func:`~parley.extract.lexicon.relays`; not a former one, nor a campaign's or a party's),
    a subject that is an office title alone (:func:`~parley.extract.lexicon.title_kind` ``role``
    or ``title`` on the head, its compounds and adjectives: "prime", "Secretary") after "the",
    with no name and no state or party beside it ("the US president", "President Putin", "the
    president of Iran" are someone named), is the principal the spokesperson speaks for: "The
    Secretary-General strongly urges the parties ..." from the UN spokesman is the UN's appeal."""
    if not relays(said_by) or _NOT_THE_OFFICES.search(said_by):
        return False
    if subj.pos_ not in ("NOUN", "PROPN") or title_kind(subj.lower_) not in ("role", "title"):
        return False
    kids = list(subj.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    for c in kids:
        if c.dep_ in ("det", "punct"):
            continue
        if (
            c.dep_ in ("compound", "amod")
            and title_kind(c.lower_) in ("role", "title")
            and not c.ent_type_
        ):
            continue
        return False  # "the US president", "the president of Iran", "the president's office"
    return True


# string-store id → that string casefolded (:func:`_casefolded`); ids are hashes of their string,
# the same in every vocabulary, so one table serves every document
_FOLDED: dict[int, str] = {}


def _casefolded(strings, key: int) -> str:
    """The string of string-store id ``key`` casefolded, kept per id (``strings``: the
    document's ``vocab.strings``)."""
    found = _FOLDED.get(key)
    if found is None:
        found = _FOLDED[key] = strings[key].casefold()
    return found


# string-store id → that string lower-cased (:meth:`DocContext.lemma_lower`)
_LOWERED: dict[int, str] = {}


def _lowered(strings, key: int) -> str:
    """The string of string-store id ``key`` lower-cased, kept per id."""
    found = _LOWERED.get(key)
    if found is None:
        found = _LOWERED[key] = strings[key].lower()
    return found


def sentences_back(doc: Doc, start: int, n: int) -> int:
    """The index of the first token of the sentence ``n`` sentences before the one whose first
    token is ``start`` (token indices of ``doc``); fewer at the document's start (0 at most
    ``n`` back). The look-back window of the target rules ("in their sentence or the two
    before")."""
    lo = start
    for _ in range(n):
        if lo == 0:
            break
        lo = doc[lo - 1].sent.start
    return lo


def _of_a_company(actor: Actor) -> bool:
    """Whether an actor's organisation is a listed company (:func:`parley.extract.companies.
    lookup_company`, its title names too): a company's people are its side, not their state's."""
    return bool(actor.organisation) and (
        lookup_company(actor.organisation, in_title=True) is not None
    )


def same_side(actor: Actor, speaker: Actor | None) -> bool:
    """Whether ``actor`` is the speaker's own side: the speaker, their organisation, their
    country's government (a party, the opposition or a listed company does not speak for its
    government), or a state that speaks jointly with them (``speaker.members``, :meth:`DocContext._joint`)."""
    if speaker is None:
        return False
    if actor.name == speaker.name:
        return True
    # a state speaking jointly with the speaker ("France and Germany said"): no party aimed at
    if actor.country is not None and actor.country in speaker.members[1:]:
        return True
    # an international organisation speaking of itself ("the World Bank intends ...", said by
    # its vice president)
    if actor.kind == "io" and speaker.organisation in (actor.name, actor.organisation):
        return True
    # a party or the opposition does not speak for its country's government, nor do rebels,
    # insurgents or dissidents ("a major Syrian insurgent group said ... while Damascus kept up
    # attacks": Damascus is the party spoken of), whatever sector their nationality gave them
    if speaker.kind == "party" or speaker.sector == "opposition" or against_the_state(speaker):
        return actor.organisation is not None and actor.organisation == speaker.organisation
    # nor does a listed company or its people ("Nissan chief executive Carlos Ghosn said Japan
    # must open its markets": Japan is asked): only the company itself is their side
    if _of_a_company(speaker):
        return speaker.organisation in (actor.name, actor.organisation)
    # the speaker's own country or government speaking of itself ("Russia will ..."); a country
    # only guessed from the article (an unnamed "senator" in an article about China) is no side
    if (speaker.evidence or "").endswith("+context"):
        return False
    return (
        actor.kind in ("country", "seat", "institution")
        and actor.country is not None
        and actor.country == speaker.country
    )


def against_the_state(speaker: Actor) -> bool:
    """Whether the speaker's own words (name, role) name a side fighting or opposing its state's
    government (:data:`AGAINST_THE_STATE`: rebels, insurgents, the opposition, dissidents)."""
    said_by = " ".join(x for x in (speaker.name, speaker.role) if x)
    return bool(AGAINST_THE_STATE.search(said_by))


@dataclass
class Match:
    """A word, phrase or cue that gives a quote a label: the label and CAMEO code, negation, the
    deciding token and its character offset, the rule, a confidence, and what carries the target.
    ``negated``: the deciding word is negated; ``negation_in_label``: the negation turned the
    label over, so the label says it ("will not accept" → REJECT, a refusal; "has no problem"
    → no DISPUTE): a reader is not told "negated" again (:attr:`.Statement.negated`)."""

    statement_type: str
    cameo_code: str
    negated: bool
    token: Token | None
    char: int  # character offset of the deciding word, for clause order
    rule: str
    confidence: float
    about: Token | None = None  # the argument that carries the target
    claim_about: ActorMention | None = None  # set for CLAIMs about another actor's position
    negation_in_label: bool = False
