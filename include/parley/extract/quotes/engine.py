"""The quote engine: direct, mixed and indirect speech with their cues and speakers.

Method (rules over spaCy's parse and entities, in the family of the Gender Gap Tracker's quote
extractor and BBC's citron; cue verbs and word lists are data files):

* **Indirect speech** — a reporting verb (``data/quotes/cue_verbs.csv``) outside quotation marks whose
  clausal complement is the content (``X said (that) ...``, ``..., X said``, ``X told reporters
  ...``, ``X was quoted as saying ...``); verbs whose object is the content (``urged X to ...``,
  ``accused X of ...``, ``called for ...``); and ``according to X, ...``. A complement that is mostly
  one quotation is read as that direct quote; one that only contains quoted words is **mixed**
  speech (kind ``indirect``) running over the quoted words (``Putin said "we would only welcome"
  Europe's involvement``).
* **Direct speech** — every top-level quoted passage (:mod:`.marks`) is attributed by the first
  rule that applies: a reporting verb that governs it in the parse; a reporting verb elsewhere in
  its sentence; an attribution sentence right after it (``"...". Smith said.``); a colon before it
  (``Smith said:`` / ``The statement read:``); a dash after it (``"..." — Smith``); or the speaker
  of the quotation just before it in the same or the previous paragraph (split quotes and quotes
  running over paragraphs). Short passages no reporting verb governs are scare quotes or titles
  and are dropped.
* **Not statements** — a word or two in quotation marks alone (a label or a scare quote: inside a
  verb's object it makes that phrase mixed speech, 'described X as "a disgrace"'; only a warning's
  one-word advice, 'warned X to be "careful"', stands as given); a short Title Case quotation (a
  show, book, law or slogan); a participle that only names ('a group called X').
* **Speakers** — the subject of the cue (:mod:`.speakers`), resolved left to right; a passive
  report ('X was accused of', 'Asked about X, Y said') is said by its 'by' agent or by nobody
  known, never by its subject.

Every quote carries the rule that produced it and a confidence in [0, 1].
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from parley.extract import lexicon
from parley.extract.quotes.marks import pair_quote_marks
from parley.extract.quotes.mentions import SpeakerMention, ent_index, mention_of
from parley.extract.quotes.speakers import SpeakerResolver
from parley.extract.syntax import SUBJECT_DEPS, is_passive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

MIN_CONTENT_WORDS = 3  # indirect content shorter than this is not a statement
MIN_FREE_DIRECT_WORDS = 4  # a quotation no cue governs needs this many words (else scare quotes)
DIRECT_SHARE = 0.6  # a complement this much inside quotation marks is read as the direct quote
OBJECT_MIXED_SHARE = 0.25  # an object phrase ('called X "..."') this much quoted is mixed speech
_WORD = re.compile(r"[^\W_]+")
_DASH_SPEAKER = re.compile(r"\s*(?:[\u2014\u2013\u2015]|--?)\s*")
_OPEN_MARKS = "\"'\u201c\u2018\u00ab\u201e`"

CONFIDENCE = {
    "direct:syntax": 0.9,
    "direct:sentence": 0.75,
    "direct:colon": 0.75,
    "direct:next-sentence": 0.7,
    "direct:prev-sentence": 0.65,
    "direct:dash": 0.7,
    "direct:continuation": 0.6,
    "direct:no-cue": 0.3,
    "indirect:clause": 0.7,
    "indirect:mixed": 0.75,
    "indirect:object": 0.55,
    "indirect:according-to": 0.7,
    "indirect:label": 0.5,
}


@dataclass
class Quote:
    """One quotation: what was said (``text``/``start``/``end`` slice the article), by whom, how."""

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


def _n_words(text: str) -> int:
    return len(_WORD.findall(text))


# ---------------------------------------------------------------------------------------------
# the document as the rules see it


@dataclass
class DocIndex:
    """Per-document lookups computed once: quotation of each token, entities, sentences,
    paragraphs."""

    doc: Doc
    spans: list[tuple[int, int]]
    tok_q: list[int]  # index into spans of the quotation holding the token, -1 outside
    ents: list[Span | None]
    sents: list[Span]
    sent_starts: list[int]
    tok_sent: list[int]
    para_breaks: list[int]  # start of each run of line breaks (one per paragraph boundary)
    para_starts: list[int]  # where each paragraph's text begins (after the run)
    cue_cache: dict[int, lexicon.Cue | None] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, spans: list[tuple[int, int]]) -> DocIndex:
        tok_q = [-1] * len(doc)
        j = 0
        for tok in doc:
            while j < len(spans) and spans[j][1] <= tok.idx:
                j += 1
            if j < len(spans) and spans[j][0] <= tok.idx < spans[j][1]:
                tok_q[tok.i] = j
        sents = list(doc.sents)
        tok_sent = [0] * len(doc)
        for k, s in enumerate(sents):
            for i in range(s.start, s.end):
                tok_sent[i] = k
        text = doc.text
        runs = list(re.finditer(r"\n\s*", text))
        return cls(
            doc,
            spans,
            tok_q,
            ent_index(doc),
            sents,
            [s.start_char for s in sents],
            tok_sent,
            [m.start() for m in runs],
            [0] + [m.end() for m in runs],
        )

    def para(self, pos: int) -> int:
        """Index of the paragraph holding character ``pos``."""
        return bisect.bisect_right(self.para_breaks, pos)

    def cue(self, tok: Token) -> lexicon.Cue | None:
        """The reporting verb ``tok`` is, if it is one (outside quotation marks)."""
        if tok.i in self.cue_cache:
            return self.cue_cache[tok.i]
        found = None
        if self.tok_q[tok.i] < 0 and tok.pos_ in ("VERB", "AUX"):
            c = lexicon.cues().get(tok.lemma_.lower())
            if c is not None and (
                c.particle is None
                or any(ch.dep_ == "prt" and ch.lower_ == c.particle for ch in tok.children)
            ):
                found = c
        self.cue_cache[tok.i] = found
        return found

    def tokens_between(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand") if end > start else None
        return list(span) if span is not None else []


def _is_according(tok: Token) -> Token | None:
    """The speaker (head noun after 'to') when ``tok`` is 'according' of 'according to X'."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.nbor(1).lower_ != "to":
        return None
    to = tok.nbor(1)
    for child in to.children:
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "pcomp":  # 'according to show insiders' parsed as a verb phrase
            nouns = [t for t in child.subtree if t.pos_ in ("NOUN", "PROPN")]
            return nouns[-1] if nouns else child
    nouns = []
    for t in tok.doc[to.i + 1 : min(len(tok.doc), to.i + 8)]:
        if t.is_punct:
            break
        if t.pos_ in ("NOUN", "PROPN"):
            nouns.append(t)
    return nouns[-1] if nouns else None


def _subject(verb: Token, index: DocIndex) -> Token | None:
    """The speaker token of a reporting verb: its subject, or that of the verb it hangs from
    ('..., adding that', 'X was quoted as saying', 'a statement saying')."""
    if (obj := _is_according(verb)) is not None:
        return obj
    if is_passive(verb):
        # 'X was accused of ...', 'X has been told that ...': X is not the speaker; the agent is
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                return objs[0] if objs else None
        return None
    node = verb
    for _ in range(4):
        subs = [c for c in node.children if c.dep_ in SUBJECT_DEPS and index.tok_q[c.i] < 0]
        if subs and node.i != verb.i and node.dep_ == "ccomp" and index.cue(node.head) is not None:
            node = node.head  # '..., before later saying' hung on the reported clause
            continue
        if subs:
            persons = [
                s
                for s in subs
                if index.ents[s.i] is not None and index.ents[s.i].label_ == "PERSON"
            ]
            return persons[0] if persons else min(subs, key=lambda s: abs(s.i - verb.i))
        if node.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "acl", "dobj", "pobj") and (
            node.head.i != node.i
        ):
            node = node.head
            continue
        break
    # inverted order the parser missed: 'said Mr. Dale' → a person right after the verb
    for tok in verb.doc[verb.i + 1 : min(len(verb.doc), verb.i + 5)]:
        ent = index.ents[tok.i]
        if index.tok_q[tok.i] < 0 and ent is not None and ent.label_ == "PERSON":
            return ent.root
        if tok.is_punct and tok.text not in ".":
            break
    return None


def _trim(toks: list[Token]) -> list[Token]:
    """Drop a leading 'that'/conjunction/punctuation and trailing punctuation (not quote marks)."""
    while toks and (
        toks[0].dep_ in ("mark", "cc", "prep")
        and toks[0].lower_ in ("that", "and", "but", "as")
        or (toks[0].is_punct and toks[0].text not in _OPEN_MARKS)
        or toks[0].is_space
    ):
        toks = toks[1:]
    while toks and (
        (toks[-1].is_punct and toks[-1].text not in "\"'\u201d\u2019\u00bb")
        or toks[-1].is_space
        or toks[-1].dep_ == "cc"
    ):
        toks = toks[:-1]
    return toks


def _span_of(toks: list[Token]) -> tuple[int, int] | None:
    toks = _trim(sorted(toks, key=lambda t: t.i))
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = toks[0].doc.text[start:end]
    if _n_words(text) < MIN_CONTENT_WORDS:
        return None
    return start, end


def _local(toks: list[Token], anchor: Token, index: DocIndex) -> list[Token]:
    """The tokens in ``anchor``'s sentence and paragraph (a parse can run across both)."""
    sent, para = index.tok_sent[anchor.i], index.para(anchor.idx)
    return [t for t in toks if index.tok_sent[t.i] == sent and index.para(t.idx) == para]


def _runs(toks: list[Token]) -> list[list[Token]]:
    """Split token lists at gaps into contiguous runs."""
    runs: list[list[Token]] = []
    for t in sorted(toks, key=lambda t: t.i):
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _other_reports(root: Token, index: DocIndex) -> set[int]:
    """Tokens of reports hung inside a complement that are not part of it: a second reporting verb
    of the same speaker ('said A and warned B', 'said A, arguing B') that the parse attached to the
    reported clause instead of to the first verb."""
    cut: set[int] = set()
    for t in root.subtree:
        if t.i == root.i or t.dep_ not in ("conj", "advcl") or index.cue(t) is None:
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in t.children):
            continue  # a report with its own speaker is part of what was said
        cut.update(x.i for x in t.subtree)
    return cut


def _that_clause(verb: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children)


def _clause_contents(verb: Token, index: DocIndex) -> list[tuple[int, int]]:
    """The clausal complement of a reporting verb, within its sentence: one span, or one per
    coordinated 'that'-clause ('said A and that B'). A parenthetical verb ('A, she said, B')
    reports the clause it interrupts: one span for each side."""
    out: list[tuple[int, int]] = []
    for child in verb.children:
        if child.dep_ != "ccomp" or index.tok_sent[child.i] != index.tok_sent[verb.i]:
            continue
        cut = _other_reports(child, index)
        toks = [t for t in _local(list(child.subtree), verb, index) if t.i not in cut]
        if cut and toks:
            toks = _runs(toks)[0]
        # 'said A and that B': two statements, one span each (an unmarked 'A and B' stays one)
        split = [
            c
            for c in child.children
            if c.dep_ == "conj" and c.i not in cut and _that_clause(c) and _that_clause(child)
        ]
        parts = [toks]
        if split:
            rest = {t.i for c in split for t in c.subtree}
            parts = [[t for t in toks if t.i not in rest]] + [
                [t for t in _local(list(c.subtree), verb, index) if t.i not in cut] for c in split
            ]
        out = [found for part in parts if (found := _span_of(part))]
        if out:
            return out
    if verb.dep_ == "parataxis" and verb.head.i != verb.i and _subject(verb, index) is not None:
        mine = {t.i for t in verb.subtree}
        rest = [t for t in _local(list(verb.head.subtree), verb, index) if t.i not in mine]
        for run in _runs(rest):
            found = _span_of(run)
            if found:
                out.append(found)
    return out


_OBJECT_DEPS = {"dobj", "xcomp", "oprd", "dative", "ccomp", "attr", "acomp"}
_OBJECT_PREPS = {"for", "on", "of", "as", "against", "about", "over", "to", "that"}


def _object_content(verb: Token, cue: lexicon.Cue, index: DocIndex) -> tuple[int, int] | None:
    """The object-and-complement phrase of verbs like 'urged X to ...', 'accused X of ...'."""
    channels = lexicon.speech_channels()
    parts: list[Token] = []
    for child in verb.rights:
        if index.tok_sent[child.i] != index.tok_sent[verb.i]:
            break
        if child.dep_ in _OBJECT_DEPS:
            parts.append(child)
        elif child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS:
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objs and (
                objs[0].lower_ in channels
                or (
                    index.ents[objs[0].i] is not None
                    and index.ents[objs[0].i].label_ in ("DATE", "TIME")
                )
            ):
                continue
            parts.append(child)
        elif child.dep_ in ("conj", "cc") and parts:
            break
    if not parts:
        return None
    deps = {p.dep_ for p in parts}
    preps = {p.lower_ for p in parts if p.dep_ == "prep"}
    if cue.lemma == "call" and not (deps & {"oprd", "xcomp"} or preps & {"for", "on"}):
        return None  # "called a meeting", "called him"
    if cue.lemma == "ask" and not (deps & {"xcomp", "ccomp"} or preps & {"about", "for"}):
        return None
    toks = _local([t for p in parts for t in p.subtree], verb, index)
    if not toks:
        return None
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    if verb.doc[lo].dep_ == "prep" and verb.doc[lo].lower_ in ("for", "on", "about") and lo < hi:
        lo += 1  # 'called for X' → X
    return _span_of(list(verb.doc[lo : hi + 1]))


def _according_content(tok: Token, index: DocIndex) -> list[tuple[int, int]]:
    """'According to X, <clause>': the clause the phrase is attached to, without the phrase; a
    clause on each side of it ('A, according to X, and B') is one span each."""
    head = tok.head
    if head.i == tok.i or index.cue(head) is not None:
        return []  # "X said ..., according to Y": the verb is the cue
    phrase = {t.i for t in tok.subtree}
    toks = [t for t in _local(list(head.subtree), tok, index) if t.i not in phrase]
    if not toks:
        return []
    # 'A, according to X, and B': A, and B only when it is a clause of its own (not 'A, according
    # to X, more than twice what ...')
    runs = _runs(toks)
    if runs[0][0].i < tok.i and not _has_clause(runs[0]):
        found = _span_of(toks)  # 'Fundraising, according to the campaign, has surged': one clause
        return [found] if found else []
    spans = [_span_of(r) for r in runs if r[0].i < tok.i or _has_clause(r)]
    return [sp for sp in spans if sp]


def _has_clause(toks: list[Token]) -> bool:
    """The tokens hold a subject and its verb: a clause of their own."""
    inside = {t.i for t in toks}
    return any(t.dep_ in SUBJECT_DEPS and t.head.i in inside for t in toks)


# ---------------------------------------------------------------------------------------------
# candidates


@dataclass
class _Candidate:
    kind: str
    start: int
    end: int
    rule: str
    cue: Token | None = None
    speaker_tok: Token | None = None
    speaker: SpeakerMention | None = None


def _naming_only(verb: Token) -> bool:
    """A reporting verb that only names something and reports no statement: a participle after a
    noun ('a group called X', 'a tax loophole called an "inversion"') or 'call' labelling a noun of
    the main clause ('condemned what he called a "brazen breach"')."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    return verb.lemma_ == "call" and any(
        c.dep_ == "dobj" and c.lower_ in ("what", "which") for c in verb.children
    )


def _indirect_candidates(index: DocIndex) -> list[_Candidate]:
    out: list[_Candidate] = []
    for tok in index.doc:
        if index.tok_q[tok.i] >= 0:
            continue
        if (obj := _is_according(tok)) is not None:
            out.extend(
                _Candidate("indirect", s, e, "indirect:according-to", tok, obj)
                for s, e in _according_content(tok, index)
            )
            continue
        cue = index.cue(tok)
        if cue is None or _naming_only(tok):
            continue
        found: list[tuple[int, int]] = []
        rule = "indirect:clause"
        if "clause" in cue.frames:
            found = _clause_contents(tok, index)
        if not found and "object" in cue.frames:
            obj_span = _object_content(tok, cue, index)
            found, rule = ([obj_span] if obj_span else []), "indirect:object"
        if found:
            who = _subject(tok, index)
            out.extend(_Candidate("indirect", s, e, rule, tok, who) for s, e in found)
    return out


_DIRECTIVE_CLASSES = {"warn", "appeal"}
_COPULAS = {"be", "stay", "remain", "keep"}


def _directive_word(index: DocIndex, k: int) -> bool:
    """A word or two in quotation marks that is the whole predicate of a warning's or appeal's
    infinitive ('warned Trump to be "careful"', 'urged voters to stay "calm"'): the quoted word is
    the advice as given, so it stands as the quote rather than inside the paraphrase around it."""
    toks = [t for t in _quote_tokens(index, k) if not (t.is_punct or t.is_space)]
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in inside]
    if len(heads) != 1 or heads[0].dep_ not in ("acomp", "attr", "oprd"):
        return False
    verb = heads[0].head
    if verb.lemma_.lower() not in _COPULAS or verb.dep_ != "xcomp":
        return False
    cue = index.cue(verb.head)
    return cue is not None and cue.cls in _DIRECTIVE_CLASSES


# articles, conjunctions and prepositions that stay lower-case in a title (a closed class)
_TITLE_SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into"}
_TITLE_SMALL_WORDS |= {"nor", "of", "on", "or", "over", "the", "to", "up", "with", "vs"}
MAX_TITLE_WORDS = 8


def _title_case(text: str) -> bool:
    """A short quotation whose every word but the small ones is capitalised is the name of a
    show, a book, a law or a slogan ('"Face the Nation"'), not speech."""
    words = _WORD.findall(text)
    if not 2 <= len(words) <= MAX_TITLE_WORDS:
        return False
    big = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS or w is words[0]]
    return all(w[0].isupper() or w[0].isdigit() for w in big) and not all(w.isupper() for w in big)


def _quote_tokens(index: DocIndex, q: int) -> list[Token]:
    s, e = index.spans[q]
    span = index.doc.char_span(s, e, alignment_mode="expand")
    return [t for t in span if index.tok_q[t.i] == q] if span is not None else []


def _governing_cue(index: DocIndex, toks: list[Token]) -> Token | None:
    """A reporting verb outside the quotation that governs it in the parse (≤ 3 steps up)."""
    inside = {t.i for t in toks}
    for t in toks:
        if t.is_punct or t.is_space:
            continue
        node = t.head
        if node.i in inside:
            continue
        for _ in range(3):
            if index.tok_q[node.i] < 0 and (index.cue(node) is not None or _is_according(node)):
                return node
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _sentence_cue(
    index: DocIndex, sents: range, q: tuple[int, int], used: set[int]
) -> Token | None:
    """The nearest reporting verb outside quotation marks in the given sentences (same
    paragraph) that is not already the cue of its own indirect content."""
    para = index.para(q[0])
    best: tuple[int, int, Token] | None = None
    for k in sents:
        if k < 0 or k >= len(index.sents):
            continue
        for tok in index.sents[k]:
            if index.tok_q[tok.i] >= 0 or tok.i in used or index.para(tok.idx) != para:
                continue
            cue = index.cue(tok)
            if (cue is None or cue.frames == {"object"}) and _is_according(tok) is None:
                continue
            dist = q[0] - tok.idx if tok.idx < q[0] else tok.idx - q[1]
            has_subject = _subject(tok, index) is not None
            key = (0 if has_subject else 1, dist)
            if best is None or key < best[:2]:
                best = (*key, tok)
    return best[2] if best else None


def _label(index: DocIndex, para_start: int) -> Token | None:
    """The speaker of a paragraph opening with a short label and a colon ('PENCE: ...',
    'Poll: ...'): the label's head token, or None."""
    text = index.doc.text
    colon = text.find(":", para_start, para_start + 60)
    if colon < 0 or "\n" in text[para_start:colon]:
        return None
    label = index.tokens_between(para_start, colon)
    label = [t for t in label if not (t.is_punct or t.is_space)]
    if not 1 <= len(label) <= 4 or index.tok_q[label[0].i] >= 0:
        return None
    if not label[0].text[:1].isupper() or any(ch.isdigit() for t in label for ch in t.text):
        return None
    skip = lexicon.non_speaker_labels()
    if any(t.lower_.strip("'’s") in skip or t.lower_ in skip for t in label):
        return None
    if any(t.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ") and not t.is_upper for t in label):
        return None
    return label[-1]


def _label_candidates(index: DocIndex) -> list[_Candidate]:
    """'PENCE: And that is why ...' / 'Poll: Clinton leads' — what follows a speaker label."""
    out: list[_Candidate] = []
    text = index.doc.text
    for para_start in index.para_starts:
        while para_start < len(text) and text[para_start] in ' \t"\u201c':
            para_start += 1
        head = _label(index, para_start)
        if head is None:
            continue
        colon = text.find(":", para_start)
        end = text.find("\n", colon)
        end = len(text) if end < 0 else end
        toks = [t for t in index.tokens_between(colon + 1, end) if t.idx > colon]
        found = _span_of(toks)
        if found is None:
            continue
        s, e = found
        if any(qs <= s and e <= qe for qs, qe in index.spans):
            continue  # a quotation after the label: the direct rules take it
        out.append(_Candidate("indirect", s, e, "indirect:label", None, head))
    return out


def _colon_speaker(index: DocIndex, q: tuple[int, int]) -> tuple[Token | None, Token | None]:
    """(cue, speaker token) of 'Smith said:' / 'Smith on Twitter:' just before a quotation."""
    text = index.doc.text
    i = q[0] - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0 or text[i] != ":":
        return None, None
    colon = index.doc.char_span(i, i + 1, alignment_mode="expand")
    if colon is None:
        return None, None
    para = index.para(i)
    para_start = index.para_starts[para]
    label = _label(index, para_start)
    if label is not None and label.idx < i:
        return None, label
    sent = index.sents[index.tok_sent[colon[0].i]]
    before = [t for t in sent if t.i < colon[0].i and index.tok_q[t.i] < 0]
    for tok in reversed(before):
        if index.cue(tok) is not None or _is_according(tok) is not None:
            return tok, _subject(tok, index)
    root = sent.root
    if root.i < colon[0].i:
        for child in root.children:
            if child.dep_ in SUBJECT_DEPS:
                return None, child
        if index.ents[root.i] is not None and index.ents[root.i].label_ in ("PERSON", "ORG"):
            return None, root
    return None, None


def _dash_speaker(index: DocIndex, q: tuple[int, int]) -> Token | None:
    """The name after '"..." — Smith'."""
    m = _DASH_SPEAKER.match(index.doc.text, q[1])
    if not m or m.end() == q[1]:
        return None
    span = index.doc.char_span(
        m.end(), min(len(index.doc.text), m.end() + 60), alignment_mode="expand"
    )
    if span is None or not len(span):
        return None
    tok = span[0]
    ent = index.ents[tok.i]
    if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
        return ent.root
    if tok.pos_ == "PROPN":
        return tok
    return None


def _next_sentence_cue(
    index: DocIndex, last_sent: int, q: tuple[int, int], used: set[int]
) -> Token | None:
    """A short attribution sentence right after the quotation: '"...". Smith said.'"""
    k = last_sent + 1
    if k >= len(index.sents):
        return None
    sent = index.sents[k]
    if index.para(sent.start_char) != index.para(q[1]) or sent.start_char < q[1]:
        return None
    gap = index.doc.text[q[1] : sent.start_char]
    if gap.strip():
        return None
    if len(sent) > 14 or any(index.tok_q[t.i] >= 0 for t in sent):
        return None
    for tok in sent:
        if tok.i not in used and index.cue(tok) is not None and _subject(tok, index) is not None:
            return tok
    return None


def _prev_sentence_cue(
    index: DocIndex, first_sent: int, q: tuple[int, int], used: set[int]
) -> Token | None:
    """An attribution sentence right before the quotation with no content of its own:
    'Smith said in a statement. "..."'."""
    k = first_sent - 1
    if k < 0:
        return None
    sent = index.sents[k]
    if (
        index.para(sent.end_char) != index.para(q[0])
        or index.doc.text[sent.end_char : q[0]].strip()
    ):
        return None
    if any(index.tok_q[t.i] >= 0 for t in sent):
        return None
    for tok in reversed(sent):
        if tok.i not in used and index.cue(tok) is not None and _subject(tok, index) is not None:
            return tok
    return None


# ---------------------------------------------------------------------------------------------
# extraction


def _overlap_words(a: tuple[int, int], b: tuple[int, int], text: str) -> int:
    s, e = max(a[0], b[0]), min(a[1], b[1])
    return _n_words(text[s:e]) if e > s else 0


def _merge(
    index: DocIndex, indirect: list[_Candidate]
) -> tuple[list[_Candidate], set[int], set[int]]:
    """Resolve indirect contents against quotation marks: mostly quoted → the direct reading;
    partly quoted → mixed speech covering the quoted words. Returns the kept indirect
    candidates, the quotations they absorbed and the cue tokens used."""
    text = index.doc.text
    kept: list[_Candidate] = []
    absorbed: set[int] = set()
    cues_used: set[int] = set()
    for c in indirect:
        overlapping = [k for k, (s, e) in enumerate(index.spans) if s < c.end and e > c.start]
        if overlapping:
            quoted = sum(
                _overlap_words((c.start, c.end), index.spans[k], text) for k in overlapping
            )
            total = _n_words(text[c.start : c.end])
            if quoted >= DIRECT_SHARE * total and len(overlapping) == 1:
                continue  # the direct reading wins; the quotation keeps this cue via the parse
            # a few quoted words in a long paraphrase stand alone, unless they are too short to
            # be a statement by themselves ('called Clinton a "champion" for its work')
            short = all(
                _n_words(text[slice(*index.spans[k])]) < MIN_CONTENT_WORDS for k in overlapping
            )
            if (
                c.rule == "indirect:object"
                and quoted < OBJECT_MIXED_SHARE * total
                and (not short or any(_directive_word(index, k) for k in overlapping))
            ):
                continue
            c.start = min(c.start, min(index.spans[k][0] for k in overlapping))
            c.end = max(c.end, max(index.spans[k][1] for k in overlapping))
            c.rule = "indirect:mixed"
            absorbed.update(overlapping)
        kept.append(c)
        if c.cue is not None:
            cues_used.add(c.cue.i)
    return kept, absorbed, cues_used


def _direct_candidates(
    index: DocIndex, absorbed: set[int], cues_used: set[int]
) -> list[_Candidate]:
    out: list[_Candidate] = []
    text = index.doc.text
    for k, (s, e) in enumerate(index.spans):
        if k in absorbed:
            continue
        n_words = _n_words(text[s:e])
        toks = _quote_tokens(index, k)
        if not toks or n_words == 0:
            continue
        if n_words < MIN_CONTENT_WORDS and not _directive_word(index, k):
            continue  # a word or two alone is a label, a title or a scare quote, not a statement
        if _title_case(text[s:e]):
            continue  # "Face the Nation", "Justice Against Sponsors of Terrorism Act": a name
        inner = text[s:e].rstrip("\"'\u201d\u2019\u00bb` ")
        speechlike = n_words >= MIN_FREE_DIRECT_WORDS or inner[-1:] in ",.?!\u2026"
        cand = _Candidate("direct", s, e, "direct:no-cue")
        cue = _governing_cue(index, toks)
        if cue is not None:
            cand.rule, cand.cue = "direct:syntax", cue
        else:
            if not speechlike:
                continue  # scare quotes, titles, names
            sents = range(index.tok_sent[toks[0].i], index.tok_sent[toks[-1].i] + 1)
            colon_cue, colon_subj = _colon_speaker(index, (s, e))
            if colon_cue is not None or colon_subj is not None:
                cand.rule, cand.cue, cand.speaker_tok = "direct:colon", colon_cue, colon_subj
            elif (cue := _sentence_cue(index, sents, (s, e), cues_used)) is not None:
                cand.rule, cand.cue = "direct:sentence", cue
            elif (cue := _next_sentence_cue(index, sents[-1], (s, e), cues_used)) is not None:
                cand.rule, cand.cue = "direct:next-sentence", cue
            elif (cue := _prev_sentence_cue(index, sents[0], (s, e), cues_used)) is not None:
                cand.rule, cand.cue = "direct:prev-sentence", cue
            elif (who := _dash_speaker(index, (s, e))) is not None:
                cand.rule, cand.speaker_tok = "direct:dash", who
        if cand.cue is not None and cand.speaker_tok is None:
            cand.speaker_tok = _subject(cand.cue, index)
        out.append(cand)
    return out


def _continuation(prev: Quote | None, cand: _Candidate, index: DocIndex) -> bool:
    """The quotation goes on from ``prev``, the last attributed quote: in the same paragraph
    (split quotes: '"A," X said. "B."'), or in the previous one when this quotation opens its
    paragraph (a speaker's quotes running over paragraphs)."""
    if prev is None or prev.speaker is None:
        return False
    gap = index.para(cand.start) - index.para(prev.end)
    if gap == 0:
        return True
    if gap == 1:
        para_start = index.para_starts[index.para(cand.start)]
        return not index.doc.text[para_start : cand.start].strip()
    return False


def extract_quotes_with_warnings(doc: Doc) -> tuple[list[Quote], list[str]]:
    """All direct and indirect quotations in ``doc`` in text order, and warnings about the
    document (unbalanced quotation marks, a rule that failed on one candidate)."""
    text = doc.text
    warnings: list[str] = []
    if not text.strip():
        return [], warnings
    marks = pair_quote_marks(text)
    if marks.unpaired:
        warnings.append(f"{marks.unpaired} unpaired quotation mark(s); those passages are skipped")
    index = DocIndex.of(doc, marks.spans)
    indirect, absorbed, cues_used = _merge(
        index, _indirect_candidates(index) + _label_candidates(index)
    )
    candidates = sorted(
        indirect + _direct_candidates(index, absorbed, cues_used), key=lambda c: (c.start, c.end)
    )
    resolver = SpeakerResolver.for_doc(doc, index.ents, index.sent_starts)
    quotes: list[Quote] = []
    last_direct: Quote | None = None
    for cand in candidates:
        try:
            q = _attribute(cand, index, resolver, last_direct)
        except Exception as err:  # one odd parse must not cost the document its other quotes
            warnings.append(
                f"candidate at {cand.start}-{cand.end} skipped: {type(err).__name__}: {err}"
            )
            continue
        if q is None:
            continue
        quotes.append(q)
        if q.speaker is not None:
            last_direct = q
    # overlapping indirect contents from nested reporting verbs: keep both (they are two reports);
    # the very same span found by two rules is one quotation (its id is made from the span)
    return one_per_span(quotes), warnings


def one_per_span(quotes: list[Quote]) -> list[Quote]:
    """One quote per ``(start, end)``, in text order: when two rules yield the same span, the
    attributed one with the higher confidence stands (ties: the first found)."""
    best: dict[tuple[int, int], Quote] = {}
    for q in quotes:
        key = (q.start, q.end)
        held = best.get(key)
        if held is None or (q.speaker is not None, q.confidence) > (
            held.speaker is not None,
            held.confidence,
        ):
            best[key] = q
    return [q for q in quotes if best[(q.start, q.end)] is q]


def _attribute(
    cand: _Candidate, index: DocIndex, resolver: SpeakerResolver, prev: Quote | None
) -> Quote | None:
    text = index.doc.text
    first = index.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    q = Quote(
        kind=cand.kind,
        start=cand.start,
        end=cand.end,
        text=text[cand.start : cand.end],
        rule=cand.rule,
        sentence_index=index.tok_sent[first[0].i] if first is not None and len(first) else None,
    )
    if cand.cue is not None:
        q.cue, q.cue_start = cand.cue.text, cand.cue.idx
        q.cue_end = cand.cue.idx + len(cand.cue.text)
        if cand.cue.lower_ == "according":
            nxt = cand.cue.nbor(1)
            q.cue, q.cue_end = text[cand.cue.idx : nxt.idx + len(nxt.text)], nxt.idx + len(nxt.text)
    if cand.speaker_tok is not None and index.tok_q[cand.speaker_tok.i] < 0:
        cand.speaker = mention_of(cand.speaker_tok, index.ents)
    if cand.speaker is None and cand.kind == "direct" and _continuation(prev, cand, index):
        q.rule = "direct:continuation"
        q.speaker, q.speaker_role = prev.speaker, prev.speaker_role
        q.speaker_mention, q.speaker_start, q.speaker_end = (
            prev.speaker_mention,
            prev.speaker_start,
            prev.speaker_end,
        )
        q.cue, q.cue_start, q.cue_end = prev.cue, prev.cue_start, prev.cue_end
    elif cand.speaker is not None:
        m = cand.speaker
        q.speaker_mention, q.speaker_start, q.speaker_end = m.text, m.start, m.end
        q.speaker, q.speaker_role, q.unattributed_reason = resolver.resolve(m)
        if q.speaker_role is None:
            q.speaker_role = m.role
    else:
        if (
            cand.kind == "direct"
            and cand.cue is None
            and _n_words(q.text) < 2 * MIN_FREE_DIRECT_WORDS
        ):
            return None  # no cue, no speaker, short: not evidence of speech
        q.unattributed_reason = (
            f"reporting verb '{cand.cue.text}' has no subject"
            if cand.cue is not None
            else "no reporting verb or speaker near the quotation"
        )
    conf = CONFIDENCE.get(q.rule, 0.5)
    if q.speaker is None:
        conf *= 0.5
    elif q.speaker_mention and q.speaker_mention.lower() in lexicon.pronouns():
        conf *= 0.85
    q.confidence = round(min(1.0, max(0.0, conf)), 3)
    return q


def extract_quotes(doc: Doc) -> list[Quote]:
    """All direct and indirect quotations in ``doc``, in text order."""
    quotes, warnings = extract_quotes_with_warnings(doc)
    for w in warnings:
        log.debug("quotes: %s", w)
    return quotes
