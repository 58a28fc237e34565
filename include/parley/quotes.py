"""Quotation extraction and speaker attribution over a parsed spaCy ``Doc``.

Method (rule-based, after the textacy/citron family of extractors):

1. **Direct quotes** — spans between paired quotation marks (curly or straight). A span is speech
   when a reporting verb (``data/cue_verbs.csv``) outside the marks governs the sentence it sits in;
   the verb's subject is the speaker.
2. **Indirect quotes** — a reporting verb with a clausal complement (``ccomp``): the complement is
   the content, the verb's subject the speaker. When the complement is mostly one direct quote, the
   direct reading wins; when it only contains one (``Putin "has no problem"``), the mixed indirect
   reading wins.
3. **Speakers** — names expand over their compound/flat tokens; a title or role before the name
   (``Kremlin spokesperson``) is split off as the role; pronouns resolve to the last person named
   as a speaker or subject before; short names resolve to the longest full name in the document
   that ends with them (``Peskov`` → ``Dmitry Peskov``).

Every quote carries the rule that produced it and a confidence in [0, 1].
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from parley.settings import PACKAGE_DATA

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

OPEN_CLOSE = {"\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb", "\u201e": "\u201d"}
PRONOUNS = {"he", "she", "they", "i", "we", "him", "her", "them"}
SPEAKER_DEPS = {"nsubj", "nsubjpass"}
NAME_DEPS = {"compound", "flat", "flat:name"}
MIN_DIRECT_TOKENS = 2  # shorter quoted spans need a cue that governs them directly


@dataclass
class Quote:
    kind: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_role: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    sentence_index: int | None = None
    rule: str = ""
    confidence: float = 0.0
    unattributed_reason: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@functools.cache
def cue_lemmas() -> frozenset[str]:
    """Reporting-verb lemmas from ``data/cue_verbs.csv``."""
    with (PACKAGE_DATA / "cue_verbs.csv").open(encoding="utf-8") as fh:
        return frozenset(row["lemma"] for row in csv.DictReader(fh))


# ---------------------------------------------------------------------------------------------
# quotation marks


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``[start, end)`` of quoted passages, marks included.

    Curly/guillemet pairs are matched with a stack; straight double quotes alternate open/close
    within a paragraph (an unclosed one at a paragraph end is dropped, except that a paragraph that
    opens a quote and the next that re-opens it form one multi-paragraph quote).
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight_open: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            # unclosed straight quote at a paragraph end: drop (multi-paragraph quotes re-open)
            straight_open = None
            stack = [s for s in stack if s[0] != "\u2018"]
            continue
        if ch in ("\u201c", "\u00ab", "\u201e"):
            stack.append((ch, i))
        elif ch in ("\u201d", "\u00bb"):
            while stack and stack[-1][0] not in ("\u201c", "\u00ab", "\u201e"):
                stack.pop()
            if stack:
                _, start = stack.pop()
                if not stack:
                    spans.append((start, i + 1))
        elif ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                spans.append((straight_open, i + 1))
                straight_open = None
    spans.sort()
    # drop spans nested in another span
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s >= out[-1][0] and e <= out[-1][1]:
            continue
        out.append((s, e))
    return out


# ---------------------------------------------------------------------------------------------
# speakers


def _name_tokens(tok: Token) -> list[Token]:
    """The token with its name-forming left children (compound/flat PROPNs) and right flat parts."""
    toks = [tok]
    for child in tok.children:
        if child.dep_ in NAME_DEPS and child.pos_ == "PROPN":
            toks.append(child)
            toks.extend(c for c in child.children if c.dep_ in NAME_DEPS and c.pos_ == "PROPN")
    return sorted(set(toks), key=lambda t: t.i)


def _entity_of(tok: Token) -> Span | None:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def speaker_parts(tok: Token) -> tuple[str, int, int, str | None]:
    """(name as written, start char, end char, role) for a subject token."""
    doc = tok.doc
    ent = _entity_of(tok)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        name_start, name_end = ent.start, ent.end
    else:
        toks = _name_tokens(tok)
        if tok.pos_ == "PROPN":
            toks = [t for t in toks if t.pos_ == "PROPN"]
        name_start, name_end = toks[0].i, toks[-1].i + 1
        if tok.pos_ != "PROPN" and tok.lower_ not in PRONOUNS:
            # a description ("the Polish armed forces operational command"): the whole noun phrase
            left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct")]
            name_start = min([t.i for t in left] + [tok.i])
    span = doc[name_start:name_end]
    # role: compound/amod modifiers of the head that precede the name
    role_toks = [
        t
        for t in tok.subtree
        if t.i < name_start
        and t.dep_ in ("compound", "amod", "nmod", "poss", "case")
        and t.head.i >= name_start - 3
    ]
    role = None
    if role_toks:
        first = min(t.i for t in role_toks)
        role_span = doc[first:name_start]
        role = role_span.text.strip() or None
    return span.text, span.start_char, span.end_char, role


class SpeakerResolver:
    """Resolves pronouns and short names against the document's people."""

    def __init__(self, doc: Doc):
        self.people: list[str] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) >= 1:
                self.people.append(ent.text)
        self.full_names = sorted({p for p in self.people if " " in p}, key=len, reverse=True)
        self.last_person: str | None = None

    def canonical(self, name: str) -> str:
        """The longest full name in the document that ends with ``name``'s last word."""
        last = name.split()[-1] if name.split() else name
        if " " in name:
            return name
        for full in self.full_names:
            if full.split()[-1] == last:
                return full
        return name

    def resolve(self, mention: str, tok: Token | None) -> tuple[str | None, str | None]:
        """(speaker, reason-if-unresolved)."""
        if mention.lower() in PRONOUNS:
            if mention.lower() in ("he", "she", "him", "her") and self.last_person:
                return self.last_person, None
            return None, f"pronoun '{mention}' not resolved"
        speaker = self.canonical(mention)
        if tok is not None and (_entity_of(tok) is not None and _entity_of(tok).label_ == "PERSON"):
            self.last_person = speaker
        return speaker, None

    def saw(self, doc: Doc, upto_char: int) -> None:
        """Remember the last named person before ``upto_char`` (for pronouns)."""
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent.end_char <= upto_char:
                self.last_person = self.canonical(ent.text)


# ---------------------------------------------------------------------------------------------
# cues


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SPEAKER_DEPS:
            return child
    # conjoined verbs share the subject ("... and added")
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
        for child in verb.head.children:
            if child.dep_ in SPEAKER_DEPS:
                return child
    return None


def _is_cue(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in cue_lemmas()


def _cue_for_span(doc: Doc, start: int, end: int) -> Token | None:
    """The reporting verb outside ``[start, end)`` in the sentence(s) around the quote: the one
    closest to the quote, preferring verbs with a subject."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sents = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    cands = []
    for sent in sents.values():
        for tok in sent:
            if start <= tok.idx < end or not _is_cue(tok):
                continue
            dist = start - (tok.idx + len(tok)) if tok.idx < start else tok.idx - end
            has_subj = _subject(tok) is not None
            cands.append((not has_subj, dist, tok.i, tok))
    if not cands:
        return None
    cands.sort(key=lambda c: c[:3])
    return cands[0][3]


def _complement_span(verb: Token) -> tuple[int, int] | None:
    """Character span of a reporting verb's clausal complement (without 'that' and end punct)."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            toks = [t for t in child.subtree]
            while toks and (
                toks[0].dep_ == "mark" or toks[0].is_punct and toks[0].text not in '“"‘'
            ):
                toks = toks[1:]
            while toks and toks[-1].is_punct and toks[-1].text not in '”"’':
                toks = toks[:-1]
            if len(toks) >= 3:
                return toks[0].idx, toks[-1].idx + len(toks[-1])
    return None


# ---------------------------------------------------------------------------------------------
# extraction


def _attribute(q: Quote, cue: Token | None, resolver: SpeakerResolver, doc: Doc) -> None:
    if cue is None:
        q.unattributed_reason = "no reporting verb found"
        return
    q.cue, q.cue_start, q.cue_end = cue.text, cue.idx, cue.idx + len(cue)
    subj = _subject(cue)
    if subj is None:
        q.unattributed_reason = f"reporting verb '{cue.text}' has no subject"
        return
    mention, s, e, role = speaker_parts(subj)
    resolver.saw(doc, s)
    speaker, reason = resolver.resolve(mention, subj)
    q.speaker, q.speaker_mention, q.speaker_start, q.speaker_end = speaker, mention, s, e
    q.speaker_role, q.unattributed_reason = role, reason


def extract_quotes(doc: Doc) -> list[Quote]:
    """All direct and indirect quotations in ``doc``, in text order."""
    text = doc.text
    resolver = SpeakerResolver(doc)
    sent_index = {sent.start: i for i, sent in enumerate(doc.sents)}
    quotes: list[Quote] = []
    direct_spans = find_quote_spans(text)

    # indirect candidates from reporting verbs with clausal complements
    indirect: list[tuple[tuple[int, int], Token]] = []
    for tok in doc:
        if _is_cue(tok):
            comp = _complement_span(tok)
            if comp and not any(s <= tok.idx < e for s, e in direct_spans):
                indirect.append((comp, tok))

    used_direct: set[tuple[int, int]] = set()
    for (cs, ce), verb in indirect:
        overlapping = [(s, e) for s, e in direct_spans if s < ce and e > cs]
        if overlapping:
            if overlapping[0][0] <= cs + 1:
                continue  # the complement opens with the quotation: the direct reading wins
            # mixed speech: the complement contains quoted words; it runs to the last mark
            ce = max(ce, max(e for _, e in overlapping))
            used_direct.update(overlapping)
        q = Quote(
            kind="indirect",
            start=cs,
            end=ce,
            text=text[cs:ce],
            rule="indirect:ccomp",
            confidence=0.6,
        )
        _attribute(q, verb, resolver, doc)
        quotes.append(q)

    for s, e in direct_spans:
        if (s, e) in used_direct:
            continue
        inner = text[s + 1 : e - 1]
        n_words = len(re.findall(r"\w+", inner))
        if n_words == 0:
            continue
        q = Quote(kind="direct", start=s, end=e, text=text[s:e], rule="direct:cue", confidence=0.8)
        cue = _cue_for_span(doc, s, e)
        if cue is None and n_words < 4:
            continue  # scare quotes, titles
        if n_words < MIN_DIRECT_TOKENS and cue is not None:
            q.confidence = 0.5
        if cue is None:
            q.rule, q.confidence = "direct:no-cue", 0.3
        _attribute(q, cue, resolver, doc)
        quotes.append(q)

    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            q.sentence_index = sent_index.get(span[0].sent.start)
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
