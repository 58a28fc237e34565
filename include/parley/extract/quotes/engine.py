"""The quote engine: direct, mixed and indirect speech with their cues and speakers.

Method (rules over spaCy's parse and entities, in the family of the Gender Gap Tracker's quote
extractor and BBC's citron; cue verbs and word lists are data files):

* **Indirect speech** — a reporting verb (``data/quotes/cue_verbs.csv``) outside quotation marks whose
  clausal complement is the content (``X said (that) ...``, ``..., X said``, ``X told reporters
  ...``, ``X was quoted as saying ...``); verbs whose object is the content (``urged X to ...``,
  ``accused X of ...``, ``called for ...``); and ``according to X, ...``. A speech act whose
  object reports no content (frame ``act``: ``condemned the strike``, ``declined to comment``,
  also with a few quoted words in the object: ``condemned the "brazen" raid``) gets rule
  :data:`ACT_RULE`: it is the source of a statement, not a quotation (PARC's
  attribution needs content), and the quotation contract of ``parley extract-quotes`` leaves it
  out, as it does a finding or a shared belief put forward rather than said (cue frame
  ``finding``: ``the audit revealed that ...``, ``they agreed that ...``; rule
  :data:`FINDING_RULE`), PARC's evidential and belief attributions. A complement that is mostly
  one quotation is read as that direct quote, unless words of the complement stand before its
  opening mark (its subject: ``said the allies "shouldn't expect ..."``; the object a quotation
  names: ``called the plan "a grave mistake for the region"``); one that only contains
  quoted words is **mixed** speech (kind ``indirect``) running over the quoted words, subject
  included (``Putin said "we would only welcome" Europe's involvement``).
* **Direct speech** — every top-level quoted passage (:mod:`.marks`) is attributed by the first
  rule that applies: a reporting verb that governs it in the parse; a reporting verb elsewhere in
  its sentence; an attribution sentence right after it (``"...". Smith said.``); a colon before it
  (``Smith said:`` / ``The statement read:``); an attribution line after a dash (``"..." — U.N.
  Secretary-General António Guterres``, title split off as the role); the frame ``"…," NP V``
  with any finite verb, at a lower confidence (``"…," one diplomat scoffed``); or the speaker
  of the quotation just before it in the same or the previous paragraph (split quotes and quotes
  running over paragraphs). Short passages no reporting verb governs are scare quotes or titles
  and are dropped.
* **Headlines** — a document's first line that credits its words to a source after a colon
  or a dash, the wire style ('Bombers were foreigners: Turkish official', 'Rebate unjustified -
  Chirac'): the words before it, said by that source (rule ``indirect:headline``).
* **Transcripts** — a paragraph that opens with a speaker's label ('MS. PSAKI: ...', rule
  ``indirect:label``); in a transcript labelled in capitals, the paragraphs after a label up to
  the next turn are that speaker's too (rule ``indirect:turn``, :func:`.indirect.label_candidates`).
* **Not statements** — a word or two in quotation marks alone (a label or a scare quote: inside a
  verb's object it makes that phrase mixed speech, 'described X as "a disgrace"'; only a warning's
  one-word advice, 'warned X to be "careful"', stands as given); a short Title Case quotation (a
  show, book, law or slogan); a participle that only names ('a group called X').
* **Speakers** — the subject of the cue (:mod:`.speakers`), resolved left to right; a passive
  report ('X was accused of', 'Asked about X, Y said') is said by its 'by' agent or by nobody
  known, never by its subject.

Every quote carries the rule that produced it and a confidence in [0, 1]. The rules are split by
kind: :mod:`.indirect`, :mod:`.direct` (over :mod:`.document`); this module merges their
candidates and attributes each one.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from parley.extract import lexicon, names
from parley.extract.doctext import doc_text
from parley.extract.quotes.direct import (
    direct_candidates,
    directive_word,
    goes_on_past_lead,
    inside_reporter_sentence,
    label_before,
)
from parley.extract.quotes.document import (
    ACT_RULE,
    FINDING_RULE,
    MAX_GAP_CHARS,
    MIN_CONTENT_WORDS,
    MIN_FREE_DIRECT_WORDS,
    NOT_QUOTATION_RULES,
    Candidate,
    DocIndex,
    count_words,
    cue_after_quotation,
    headline_words,
    named_modal,
    same_line,
)
from parley.extract.quotes.indirect import (
    NOUN_REPORT_RULE,
    headline_act_candidates,
    headline_candidates,
    indirect_candidates,
    label_candidates,
    noun_report_candidates,
    retag_headline_verb,
    unrealised,
)
from parley.extract.quotes.marks import pair_quote_marks
from parley.extract.quotes.mentions import PERSON, SpeakerMention, mention_of
from parley.extract.quotes.speakers import SpeakerResolver
from parley.extract.syntax import SUBJECT_DEPS, finite_clause, is_passive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

# a reporting verb's object phrase as the content: reported content ('urged X to ...') or the
# object of a speech act that reports none ('condemned the strike'; see ACT_RULE)
OBJECT_RULES = frozenset({"indirect:object", ACT_RULE})
DIRECT_SHARE = 0.6  # a complement this much inside quotation marks is read as the direct quote
# a speech act's object ('condemned X, which it called "..."') this much quoted is mixed speech;
# less, and a quotation of MIN_CONTENT_WORDS or more in it stands alone
OBJECT_MIXED_SHARE = 0.25

CONFIDENCE = {
    "direct:syntax": 0.9,
    "direct:sentence": 0.75,
    "direct:colon": 0.75,
    "direct:next-sentence": 0.7,
    "direct:prev-sentence": 0.65,
    "direct:dash": 0.7,
    "direct:frame": 0.5,
    "direct:continuation": 0.6,
    "direct:no-cue": 0.3,
    "indirect:clause": 0.7,
    "indirect:mixed": 0.75,
    "indirect:object": 0.55,
    "indirect:act": 0.55,
    "indirect:finding": 0.55,
    "indirect:according-to": 0.7,
    "indirect:label": 0.5,
    "indirect:turn": 0.5,
    "indirect:headline": 0.5,
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
    # the statements' spans inside the quotation, ``(start, end)`` character offsets each, in
    # text order, when they differ from the quotation's own span: its coordinated reported
    # clauses ('said A and that B', 'said A and B' with B's own subject), each without the
    # background a comma hangs on its end ('..., which borders Chechnya'); empty when the
    # quotation is one statement as it stands. Statements are made per clause
    # (:func:`parley.extract.statements.statements_for`); the quotation itself is one.
    clauses: list[tuple[int, int]] = field(default_factory=list)

    def clause_spans(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every statement of the quotation: :attr:`clauses`, or the
        quotation's own span when it is one statement as it stands."""
        return list(self.clauses) or [(self.start, self.end)]

    def as_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------------------------------------
# the document as the rules see it


# ---------------------------------------------------------------------------------------------
# candidates


# ---------------------------------------------------------------------------------------------
# extraction


def _overlap_words(a: tuple[int, int], b: tuple[int, int], text: str) -> int:
    s, e = max(a[0], b[0]), min(a[1], b[1])
    return count_words(text[s:e]) if e > s else 0


def _merge(
    index: DocIndex, indirect: list[Candidate]
) -> tuple[list[Candidate], set[int], set[int]]:
    """Resolve indirect contents against quotation marks: mostly quoted → the direct reading;
    partly quoted → mixed speech covering the quoted words. Returns the kept indirect
    candidates, the quotations they absorbed and the cue tokens used."""
    text = index.text
    kept: list[Candidate] = []
    absorbed: set[int] = set()
    cues_used: set[int] = set()
    starts = [s for s, _ in index.spans]
    ends = [e for _, e in index.spans]  # top-level passages do not overlap: both are sorted
    for c in indirect:
        overlapping = [
            k
            for k in range(bisect.bisect_right(ends, c.start), bisect.bisect_left(starts, c.end))
            if index.spans[k][0] < c.end and index.spans[k][1] > c.start
        ]
        if overlapping and c.rule == ACT_RULE and c.cue is not None and unrealised(c.cue, index):
            continue  # 'will tell them "…"': the quotation stands as direct speech
        if overlapping:
            quoted = sum(
                _overlap_words((c.start, c.end), index.spans[k], text) for k in overlapping
            )
            total = count_words(text[c.start : c.end])
            # words of the complement before the opening mark are its own subject: 'said the
            # allies "shouldn't expect ..."' is mixed speech that keeps 'the allies'; so are
            # those of an object phrase, what its quoted words name or describe: 'called the
            # plan "a grave mistake"', 'described him as "..."' (PolNeAR train sample: of 15
            # such quotations that match a gold one, 14 gold spans hold the object too)
            qs = index.spans[overlapping[0]][0]
            subject_outside = c.rule in ("indirect:clause", FINDING_RULE, "indirect:object") and (
                count_words(text[c.start : qs]) > 0
            )
            # a speaker's label ('Lind: Berg "Waving The Flag Of Surrender" To Hale') is no cue
            # the direct rules can see from inside the quotation: its content stays whole, mixed
            # speech, however much of it is quoted; not when a reporting verb outside the marks
            # gives the quotation a speaker of its own ('PSAKI: As the President said, "..."'),
            # nor under a headline in capitals, which names no speaker (:func:`.direct.label_before`)
            subject_outside = subject_outside or (
                c.rule == "indirect:label"
                and label_before(index, qs) is not None
                and not any(
                    index.tok_q[t.i] < 0 and index.cue(t) is not None
                    for t in index.tokens_between(c.start, c.end)
                )
            )
            if quoted >= DIRECT_SHARE * total and len(overlapping) == 1 and not subject_outside:
                continue  # the direct reading wins; the quotation keeps this cue via the parse
            # a speech act on a long object with a few quoted words in it ('condemned the
            # strike, which it called "a grave violation of the truce"') lets the quotation
            # stand alone, unless it is too short to be a statement by itself; so does a
            # warning's one-word advice ('warned him to be "careful"'). An object that is the
            # content ('vowed to "carry this campaign" into every district') is mixed speech whole.
            short = all(
                count_words(text[slice(*index.spans[k])]) < MIN_CONTENT_WORDS for k in overlapping
            )
            if (
                c.rule in OBJECT_RULES
                and quoted < OBJECT_MIXED_SHARE * total
                and (
                    (c.rule == ACT_RULE and not short)
                    or any(directive_word(index, k) for k in overlapping)
                )
            ):
                continue
            c.start = min(c.start, min(index.spans[k][0] for k in overlapping))
            c.end = max(c.end, max(index.spans[k][1] for k in overlapping))
            c.clauses = _stretch_clauses(c, [index.spans[k] for k in overlapping])
            if c.rule not in NOT_QUOTATION_RULES and c.rule != NOUN_REPORT_RULE:
                # a speech act on a partly quoted object ('condemned the "brazen breach"') stays
                # an act: it reports no content of its own; a finding with quoted words stays a
                # finding; a report named by a noun stays one (another's sentence holds it)
                c.rule = "indirect:mixed"
            absorbed.update(overlapping)
        kept.append(c)
        if c.cue is not None:
            cues_used.add(c.cue.i)
    return kept, absorbed, cues_used


def _stretch_clauses(c: Candidate, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The candidate's clauses once its span grew over the quoted passages ``quoted`` (mixed
    speech): a clause that a passage overlaps grows over it; none (the quotation is one
    statement) when a quoted passage runs across two clauses (words in quotation marks are one
    piece of what was said)."""
    if not c.clauses:
        return []
    out = [list(span) for span in c.clauses]
    for qs, qe in quoted:
        hit = [k for k, (s, e) in enumerate(out) if s < qe and qs < e]
        if len(hit) > 1:
            return []
        for k in hit:
            out[k] = [min(out[k][0], qs), max(out[k][1], qe)]
    if any(a[1] > b[0] for a, b in zip(out, out[1:], strict=False)):
        return []
    return [(s, e) for s, e in out]


def _continuation(prev: Quote | None, cand: Candidate, index: DocIndex) -> bool:
    """The quotation goes on from ``prev``, the last attributed quote: in the same paragraph
    (split quotes: '"A," X said. "B."'), or in the previous one when this quotation opens its
    paragraph (a speaker's quotes running over paragraphs), or two paragraphs back when this
    quotation opens its paragraph with no cue of its own and the paragraph between has the
    speaker as a subject (:func:`_speaker_is_subject`: 'X said "A." || X is upbeat about ... ||
    "B."'; PolNeAR credits B to X; on train_full 6 quotations in 3 documents, all right). A
    passage with no cue that opens inside a sentence of the reporter's
    (:func:`.direct.inside_reporter_sentence`: 'the 1999 admission that he was "very
    pro-choice,"', 'attacking him for "the greed ..."') goes on from no quotation: it is a
    phrase the reporter borrows. On PolNeAR train_full leaving those out took 88
    continuations, 25 of them gold (precision 0.28, the rule's 0.74)."""
    if prev is None or prev.speaker is None:
        return False
    if cand.cue is None and inside_reporter_sentence(index, cand.start, cand.end):
        # unless it goes on with the words quoted right before it: 'X said. Instead, "..."',
        # '<clause>, X said, but "..."' (:func:`.direct.goes_on_past_lead`)
        lead = goes_on_past_lead(index, cand.start, cand.end)
        last = index.doc.char_span(prev.start, prev.end, alignment_mode="expand")
        if lead is None or last is None or index.para(cand.start) != index.para(prev.end):
            return False
        k, past_frame = lead
        # after connectives only quoted words go on ('Hale said A. But "..."' may be a
        # document's wording)
        return (
            index.tok_sent[last[-1].i] == k
            and (past_frame or prev.kind == "direct")
            and not index.text[cand.start : cand.end].isupper()  # a sign, a banner: 'KEEP OUT'
            and not _someone_else_between(prev, cand, index)
        )
    gap = index.para(cand.start) - index.para(prev.end)
    if gap == 0:
        return True
    if gap not in (1, 2):
        return False
    para = index.para(cand.start)
    para_start = index.para_starts[para]
    if cand.start - para_start > MAX_GAP_CHARS or index.text[para_start : cand.start].strip():
        return False
    return gap == 1 or (cand.cue is None and _speaker_is_subject(prev.speaker, para - 1, index))


def _someone_else_between(prev: Quote, cand: Candidate, index: DocIndex) -> bool:
    """Whether the words between quotation ``prev`` and candidate ``cand`` (outside quotation
    marks and outside ``prev``'s speaker mention) name another person or give a clause another
    subject than a pronoun: '"...," Okafor said, before handing the microphone to his deputy, Ama
    Boateng. And "..."', '... the governor said, and the mayor nodded. But "..."': the words
    after may be that other party's."""
    mention = (prev.speaker_start, prev.speaker_end) if prev.speaker_start is not None else None
    for tok in index.tokens_between(prev.end, cand.start):
        if index.tok_q[tok.i] >= 0 or (mention and mention[0] <= tok.idx < mention[1]):
            continue
        ent = index.ents[tok.i]
        if (ent is not None and ent.label_ == "PERSON") or (
            tok.dep_ in SUBJECT_DEPS and tok.pos_ != "PRON"
        ):
            return True
    return False


def _speaker_is_subject(speaker: str, para: int, index: DocIndex) -> bool:
    """Whether paragraph ``para`` (an index into ``index.para_starts``) has the person
    ``speaker`` (a canonical name) as the subject of one of its clauses, by surname (the last
    word of the name), outside quotation marks: 'Viguerie is upbeat about ...', '..., since Trump
    spoke only in evasive bromides': a paragraph about the speaker between two of their
    quotations, so a free quotation after it goes on being theirs."""
    surname = speaker.split()[-1]
    span = index.doc.char_span(
        index.para_starts[para], index.para_starts[para + 1], alignment_mode="contract"
    )
    return span is not None and any(
        tok.text == surname and tok.dep_ in SUBJECT_DEPS and index.tok_q[tok.i] < 0 for tok in span
    )


def _reported_inside(q: Quote, outer: Quote | None) -> bool:
    """Whether ``q`` is an indirect report of another speaker inside the indirect report
    ``outer`` ('Flynn said Trump was right when he said ...': Trump's report inside Flynn's),
    which :func:`outer_reports` leaves out: a direct quotation after it goes on from ``outer``,
    not from the report that is no quotation of its own."""
    return (
        outer is not None
        and q.kind == outer.kind == "indirect"
        and ACT_RULE not in (q.rule, outer.rule)
        and outer.start <= q.start
        and q.end <= outer.end
        and outer.end - outer.start > q.end - q.start
        and q.speaker != outer.speaker
    )


MAX_FRAME_DEPTH = 12  # parse links walked up from a report's cue to the quotation's cue


def _inside_frame(q: Quote, direct: Quote | None, index: DocIndex) -> bool:
    """Whether ``q`` is an indirect report of someone else hung in the attribution clause of the
    direct quotation ``direct`` ('"A," Ellis said after the committee accused the minister of
    misleading it. "B."'; '..., two hours after news outlets declared her the victor'): its cue
    lies under the quotation's cue in the parse, after the quotation. It is background to the
    quotation's frame, not a change of speaker, so a direct quotation after it goes on from
    ``direct`` (the split quotation '"A," X said ... "B."' is X's)."""
    if (
        direct is None
        or direct.kind != "direct"
        or q.kind != "indirect"
        or q.speaker == direct.speaker
        or q.start < direct.end
        or q.cue_start is None
        or direct.cue_start is None
    ):
        return False
    tok_at = index.doc.char_span
    said = tok_at(direct.cue_start, direct.cue_end, alignment_mode="expand")
    cue = tok_at(q.cue_start, q.cue_end, alignment_mode="expand")
    if not said or not cue or index.tok_q[said[0].i] >= 0:
        return False
    tok = cue[0]
    for _ in range(MAX_FRAME_DEPTH):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == said[0].i:
            return True
    return False


def extract_quotes_with_warnings(doc: Doc) -> tuple[list[Quote], list[str]]:
    """All direct and indirect quotations in ``doc`` in text order, and warnings about the
    document (unbalanced quotation marks, a rule that failed on one candidate)."""
    text = doc_text(doc)
    warnings: list[str] = []
    if not text.strip():
        return [], warnings
    marks = pair_quote_marks(text)
    if marks.unpaired:
        warnings.append(f"{marks.unpaired} unpaired quotation mark(s); those passages are skipped")
    headline_verb = retag_headline_verb(doc, marks.spans)  # before the index reads the tags
    index = DocIndex.of(doc, marks.spans)
    indirect, absorbed, cues_used = _merge(
        index,
        indirect_candidates(index)
        + label_candidates(index)
        + headline_candidates(index)
        + noun_report_candidates(index)
        + headline_act_candidates(index, headline_verb),
    )
    candidates = sorted(
        indirect + direct_candidates(index, absorbed, cues_used), key=lambda c: (c.start, c.end)
    )
    resolver = SpeakerResolver.for_doc(
        index.tree,
        index.sents,
        lambda pos: dateline_floor(index, pos),
        [q >= 0 for q in index.tok_q],
    )
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
        if q is None or (q.rule == NOUN_REPORT_RULE and q.speaker is None):
            continue  # a report named by a noun is its source's or nobody's ('His claim ...')
        if q.rule == ACT_RULE and q.speaker is None and _act_of_someone(cand, index):
            continue  # 'Bucha underscored the brutality of the war': no one's act
        if not cand.anchor_only:
            quotes.append(q)
        if (
            q.speaker is not None
            and q.rule != NOUN_REPORT_RULE  # a report named inside another's sentence
            and not _reported_inside(q, last_direct)
            and not _inside_frame(q, last_direct, index)
        ):
            last_direct = q
    quotes = [q for q in quotes if not anonymity_request(doc, q)]
    # the very same span found by two rules is one quotation (its id is made from the span)
    return outer_reports(one_per_span(quotes)), warnings


def _act_of_someone(cand: Candidate, index: DocIndex) -> bool:
    """Whether the speech act ``cand`` (rule :data:`ACT_RULE`) needs a speaker to be one: its
    cue verb is marked ``speaker`` in ``data/quotes/cue_verbs.csv`` ('underscore', 'stress'),
    verbs that take places and events as subjects as often as people. Such an act with no
    speaker the resolver can name ('Fukushima underscored the dangers of nuclear power') is
    dropped."""
    cue = index.cue(cand.cue) if cand.cue is not None else None
    return cue is not None and "speaker" in cue.frames


# what a source asks not to be when it speaks anonymously ('declined to be named', 'asked not to
# be identified', 'refused to be quoted by name'); written for Parley from general English usage
NAMING_VERBS = frozenset(("name", "identify", "quote", "cite", "mention"))


def anonymity_request(doc: Doc, quote: Quote) -> bool:
    """Whether ``quote`` (a quotation of ``doc``, character offsets) is a source asking not to be
    named ('declined to be named', 'asked not to be identified because ...', 'refused to be
    quoted by name'): its span opens with a passive infinitive of naming (:data:`NAMING_VERBS`),
    after an optional 'not'. It reports how the source may be cited, nothing the source said: a
    cue-only mention with no content (``STATEMENTS_GUIDE.md``, "Not annotated"), so it is no
    quotation in any path (``extract-quotes``, the DAG, the statements); an anonymous but located
    official is still the speaker of the quotation the request sits beside."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = [t for t in span[:5] if not t.is_punct]
    k = 1 if words and words[0].lower_ == "not" else 0
    return (
        len(words) >= k + 3
        and words[k].lower_ == "to"
        and words[k + 1].lemma_.lower() == "be"
        and words[k + 2].tag_ == "VBN"
        and words[k + 2].lemma_.lower() in NAMING_VERBS
    )


def outer_reports(quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (in text order) without the indirect quotations that lie inside another
    indirect quotation of another speaker: a source reported inside a report is not split out,
    the outer speaker gets the quotation (``STATEMENTS_GUIDE.md``, "What is a quotation"; 'Aides
    said Smith told donors the race was tied' is the aides' quotation, not also Smith's). A
    report inside one of the same speaker stands beside it (a second report of theirs that the
    parse hung inside the first: 'said A, before later saying that B'); speech acts (rule
    :data:`ACT_RULE`), which are no quotation, are kept. On PolNeAR train_full the inner report
    matched a gold quotation 57 times in 196."""
    reports = [q for q in quotes if q.kind == "indirect" and q.rule != ACT_RULE]

    def inside_another(q: Quote) -> bool:
        return any(
            o.start <= q.start
            and q.end <= o.end
            and o.end - o.start > q.end - q.start
            and not (o.speaker is not None and o.speaker == q.speaker)
            for o in reports
        )

    return [
        q for q in quotes if q.kind != "indirect" or q.rule == ACT_RULE or not inside_another(q)
    ]


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
    cand: Candidate, index: DocIndex, resolver: SpeakerResolver, prev: Quote | None
) -> Quote | None:
    text = index.text
    if (cut := index.dateline_end(cand.start)) is not None:
        # 'BERLIN, Nov 29 (Reuters) - Germany will ..., the minister said': the dateline is no
        # part of what was said
        if count_words(text[cut : cand.end]) < MIN_CONTENT_WORDS:
            return None
        cand.start = cut
        cand.clauses = [(max(s, cut), e) for s, e in cand.clauses if e > cut]
    first = index.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    q = Quote(
        kind=cand.kind,
        start=cand.start,
        end=cand.end,
        text=text[cand.start : cand.end],
        rule=cand.rule,
        sentence_index=index.tok_sent[first[0].i] if first is not None and len(first) else None,
        clauses=list(cand.clauses),
    )
    if cand.cue is not None:
        q.cue, q.cue_start = cand.cue.text, cand.cue.idx
        q.cue_end = cand.cue.idx + len(cand.cue.text)
        if cand.cue.lower_ == "according":
            nxt = cand.cue.nbor(1)
            q.cue, q.cue_end = text[cand.cue.idx : nxt.idx + len(nxt.text)], nxt.idx + len(nxt.text)
    if cand.speaker_tok is not None and index.tok_q[cand.speaker_tok.i] < 0:
        subject = _past_dateline(cand.speaker_tok, index)
        cand.speaker = (
            mention_of(subject, index.tree, dateline_floor(index, subject.idx))
            if subject is not None
            else None
        )
        if cand.speaker is None and subject is not None and subject.dep_ == "aux":
            # a surname read as a modal (document.named_modal): the name as written
            end = subject.idx + len(subject.text)
            cand.speaker = SpeakerMention(subject.text, subject.idx, end, "person", subject.text)
        if subject is not None and cand.speaker is not None and _quoted_within(cand.speaker, index):
            # 'Reid: \'Never, ever underestimate Trump.\'': the parser hung a name the quotation
            # says on the label as its apposition; what is quoted names no one who speaks it
            # (a relative 'who'/'that' whose antecedent is quoted has no speaker at all)
            end = subject.idx + len(subject.text)
            cand.speaker = (
                SpeakerMention(subject.text, subject.idx, end, "person", subject.text)
                if subject.is_title and subject.pos_ in ("PROPN", "NOUN")
                else None
            )
        if (
            subject is not None
            and cand.speaker is not None
            and _reporters_turn(cand.speaker, index)
        ):
            # 'Q Karine, the Governor said ...': a White House reporter's turn mark and the
            # briefer the question addresses are never the speaker; the apposition after them is
            appos = next((c for c in index.children(subject) if c.dep_ == "appos"), None)
            cand.speaker = (
                mention_of(appos, index.tree, dateline_floor(index, appos.idx))
                if appos is not None
                else None
            )
    if (
        cand.speaker is None
        and cand.speaker_tok is None
        and cand.cue is not None
        and (
            (stray := unparsed_subject(cand.cue, index)) is not None
            or (cand.rule != ACT_RULE and (stray := participle_noun(cand.cue, index)) is not None)
            or (stray := reduced_relative_subject(cand.cue, index)) is not None
            or (stray := report_before_participle(cand.cue, index)) is not None
        )
    ):
        m = mention_of(stray, index.tree, dateline_floor(index, stray.idx))
        if m is None and stray.pos_ not in ("PROPN", "NOUN", "PRON"):
            # a surname read as an adverb or a modal (_mistagged_surname): the name as written
            end = stray.idx + len(stray.text)
            m = SpeakerMention(stray.text, stray.idx, end, "person", stray.text)
        # the parser may read the subject with its apposition as the content ('Lind, now
        # retired, said the talks ...' -> content 'Lind, now retired'): a person who opens the
        # content is not its speaker
        if m is not None and not (
            cand.start <= m.start < cand.end and count_words(text[cand.start : m.start]) == 0
        ):
            cand.speaker = m
    if cand.speaker is not None and index.dateline_end(cand.speaker.start) is not None:
        cand.speaker = None  # the place or agency of a dateline is no speaker
    if (
        cand.speaker is not None
        and cand.cue is not None
        and cand.end <= cand.cue.idx < cand.speaker.start
        and (named := _name_after_role(cand.speaker, index)) is not None
    ):
        cand.speaker = named
    if (
        cand.speaker is not None
        and headline_words(index, cand.speaker.start, cand.speaker.end)
        and not (cand.cue is not None and same_line(index, cand.speaker.start, cand.cue.idx))
    ):
        cand.speaker = None  # a headline in capitals names no speaker of what is outside it
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
        q.speaker, q.speaker_role, q.unattributed_reason = resolver.resolve(
            m, (q.start, q.end), remember=cand.rule != NOUN_REPORT_RULE
        )
        if q.speaker_role is None and cand.rule != NOUN_REPORT_RULE:
            # a noun report's phrase holds the report's own words ('Kyiv's false claim', 'dismissed
            # as propaganda Moscow's claim'), no role of its source: only one the text gave it before
            q.speaker_role = m.role
        # the mention stays as written; the names derived from it pass the one name cleaner
        # (invisible characters: 'Blin\u200bken' is Blinken; edge marks, possessive: names.clean)
        # and the role its own (names.clean_role: an amount or a count is no role)
        q.speaker = names.clean(q.speaker) if q.speaker else q.speaker
        q.speaker_role = names.clean_role(q.speaker_role)
    else:
        if (
            cand.kind == "direct"
            and cand.cue is None
            and (
                count_words(q.text) < 2 * MIN_FREE_DIRECT_WORDS
                or inside_reporter_sentence(index, cand.start, cand.end)
            )
        ):
            # no cue, no speaker, and short or a phrase the reporter's sentence borrows: not
            # evidence of speech
            return None
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


# the mark that opens a reporter's turn in a White House transcript, and the name of the briefer
# it addresses, if any, up to the comma ("Q Karine, the Governor said ...", "Q Thank you.")
_REPORTER_MARK = re.compile(r"Q(?:\s+[A-Z][\w.'\u2019-]*)*")


def _reporters_turn(m: SpeakerMention, index: DocIndex) -> bool:
    """Whether the mention ``m`` is a reporter's turn mark "Q" at a paragraph's start, alone or
    with the name it addresses ("Q Karine", "Q Daleep"): the parser reads it as a name, but the
    turn is a reporter's and the name a vocative, so it names no speaker."""
    k = bisect.bisect_right(index.para_starts, m.start) - 1
    if k < 0 or index.text[index.para_starts[k] : m.start].strip():
        return False
    found = _REPORTER_MARK.match(index.text, m.start)
    return found is not None and found.end() >= m.end


def _quoted_within(m: SpeakerMention, index: DocIndex) -> bool:
    """Whether the mention ``m`` lies wholly inside a quoted passage that says more than the
    mention itself: what a quotation says. A name in quotation marks of its own (the extended
    "Troika," which includes ...') is still a name."""
    toks = index.doc.char_span(m.start, m.end, alignment_mode="expand")
    if toks is None or not len(toks):
        return False
    k = index.tok_q[toks[0].i]
    if k < 0 or index.tok_q[toks[-1].i] != k:
        return False
    s, e = index.spans[k]
    return count_words(index.text[s:e]) > count_words(m.text)


MAX_ROLE_TO_NAME_TOKENS = 6  # 'at the time,' between an inverted subject's role and its name


def _name_after_role(m: SpeakerMention, index: DocIndex) -> SpeakerMention | None:
    """The person an inverted subject (after its cue) goes on to name when the parser cut the
    subject at its role: 'said former Pennsylvania Gov. [and DNC Chairman Ed Rendell]', 'mused
    Blaze co-[host Stu Burguiere]', 'wrote the American ambassador at the time, [John E. Herbst]'
    (an abbreviation point or hyphen in the title ends the parsed phrase). ``m``: the mention the
    parse gave, which names no person itself. The next PERSON entity of the sentence within
    :data:`MAX_ROLE_TO_NAME_TOKENS` tokens, with no verb, pronoun, quotation or clause mark
    between, is the speaker, the words of ``m`` its role; None otherwise."""
    doc = index.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if any(index.ents[t.i] is not None and index.ents[t.i].label_ == PERSON for t in span):
        return None
    sent_end = index.sents[index.tok_sent[span[-1].i]].end
    titled = _title_word(span[-1])
    for k in range(span.end, min(sent_end, span.end + MAX_ROLE_TO_NAME_TOKENS + 1)):
        tok = doc[k]
        ent = index.ents[k]
        if ent is not None and ent.label_ == PERSON and ent.start == k:
            if not titled:
                return None  # 'said Sophie in 't Veld': no title runs on to the name
            person = mention_of(ent.root, index.tree)
            if person is None or person.kind != "person":
                return None
            role = doc_text(doc)[m.start : person.start].strip(" ,")
            person.role = person.role or role or m.text
            return person
        if index.tok_q[k] >= 0 or not (
            tok.pos_ in ("PROPN", "NOUN", "ADJ") or tok.text in (".", "-", "and", "&")
        ):
            return None  # 'one adviser to Bill Clinton', 'the spokesman, adding that Berg ...'
        titled = titled or _title_word(tok)
    return None


def _title_word(tok: Token) -> bool:
    """A person's title or role word (``data/quotes/titles.csv``), abbreviation point aside."""
    kind = lexicon.title_kind(tok.lower_.rstrip("."))
    return lexicon.is_person_title(tok.text) or kind in ("role", "title", "org_role", "honorific")


FINITE_TAGS = ("VBD", "VBZ", "VBP")  # a reporting verb that must have a subject of its own
MAX_SUBJECT_GAP_TOKENS = 24  # a name with its apposition between a quotation and its cue
MAX_SUBJECT_AFTER_TOKENS = 8  # 'said Oversight ranking Democrat Elijah Cummings'


def unparsed_subject(cue: Token, index: DocIndex) -> Token | None:
    """The subject of a finite, active reporting verb ``cue`` the parser gave none, as the root
    token of a person the model names, or None. A quotation's cue with a long apposition
    between the name and the verb ('"…," Mr. Lind, now 81 and retired in Oslo, said') or no
    space after the closing mark ('"…,"Berg said') often comes out with the name hung
    elsewhere; without this its quotation would inherit the previous speaker. Read from the
    tokens, not the tree: the first person named in the stretch that ends at the cue and
    starts after the last quotation mark or at the sentence start (at most
    :data:`MAX_SUBJECT_GAP_TOKENS` tokens; not the object of a preposition or a possessive:
    'In a call with Hale, ...'), else the first person named right after the cue (inverted
    order, within :data:`MAX_SUBJECT_AFTER_TOKENS` tokens, before any comma, quotation or
    common-noun or pronoun subject of a finite clause of its own: in 'said he met Sokol', Sokol
    is what is said, not who says it),
    else a proper name the model calls no person right after the closing quotation mark
    (:func:`_name_by_quotation`), else a role noun whose phrase ends right before the cue
    (:func:`_phrase_before_cue`). Participles, infinitives and passives have no subject of their own ('adding', 'Asked
    about ...'): None."""
    # '"…," Will wrote': a surname read as the verb's modal leaves the verb non-finite
    before = named_modal(cue, index)
    has_named_modal = before is not None
    # a sentence's root verb tagged as a participle with no auxiliary is a past tense the tagger
    # misread ('"…," Hale barked and ...'): it has a subject of its own to find
    bare_root = (
        cue.tag_ == "VBN"
        and cue.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass") for c in index.children(cue))
    )
    if (cue.tag_ not in FINITE_TAGS and not bare_root) or is_passive(cue, index.children):
        return before if has_named_modal and not is_passive(cue, index.children) else None
    if any(c.dep_ in SUBJECT_DEPS for c in index.children(cue)):
        return None  # the parse gave one; the rules judged it (a quotation, a dateline ...)
    sent = index.sents[index.tok_sent[cue.i]]
    ents = index.ents
    j = cue.i - 1
    first: Token | None = None
    body: Token | None = None
    while j >= sent.start and cue.i - j <= MAX_SUBJECT_GAP_TOKENS and index.tok_q[j] < 0:
        ent = ents[j]
        if (
            ent is not None
            and ent.label_ == PERSON
            and ent.start >= sent.start
            and ent.root.dep_ not in ("pobj", "poss")
        ):
            first = ent.root
        elif (
            body is None
            and (found := _body_word(cue.doc[j], ents, sent.start)) is not None
            and not _in_reported_clause(found, cue)
        ):
            body = found  # the nearest: 'Republicans said ... and Democrats accused the GOP
        j -= 1
    if first is not None:
        return first
    if body is not None:
        return body
    doc = cue.doc
    for tok in doc[cue.i + 1 : min(sent.end, cue.i + 1 + MAX_SUBJECT_AFTER_TOKENS)]:
        if index.tok_q[tok.i] >= 0 or tok.text in (",", ";", ":"):
            break
        if (
            tok.dep_ in SUBJECT_DEPS
            and tok.head.i != cue.i
            and tok.pos_ != "PROPN"
            and finite_clause(tok.head)
        ):
            # 'said he disapproved of President Sokol's ...': a clause of its own, what is said
            # (not 'said Sokol looking tired', nor a name the parser made a subject: 'said Tory
            # shadow secretary Anna Berg')
            break
        ent = ents[tok.i]
        if ent is not None and ent.label_ == PERSON:
            return ent.root
    if (named := _name_by_quotation(cue, j + 1, index)) is not None:
        return named
    if (named := _mistagged_surname(cue, j + 1, index)) is not None:
        return named
    if (found := _subject_of_interrupted_clause(cue, index)) is not None:
        return found
    if (found := _frame_noun(cue, j + 1, index)) is not None:
        return found
    return _phrase_before_cue(cue, j + 1, index)


BODY_LABELS = ("ORG", "GPE", "NORP")  # entities that speak as a body: a ministry, a state, a people
# the links of a body or role word :func:`unparsed_subject` may read as the subject the parser
# lost: a subject of another verb, a loose part of the sentence, or joined to one
BODY_SUBJECT_DEPS = ("nsubj", "ROOT", "conj", "appos", "dep")
# ... and of the phrase it is joined to or in apposition with: also a time phrase before it
# ('Friday, Texas, leading a coalition of 13 states, asked ...'); a body that is itself such
# a bare noun phrase is a misparse of unknown kind ('... which has endorsed Sanders - said')
BODY_HOST_DEPS = BODY_SUBJECT_DEPS + ("npadvmod",)


def _phrase_before_cue(cue: Token, lo: int, index: DocIndex) -> Token | None:
    """The head of a role noun's phrase that ends right before the subjectless verb ``cue``
    ('a city official who spoke anonymously to discuss internal strategy said ...': the
    parser hung 'official' elsewhere, but its phrase, relative clause and all, stops where the
    verb starts, the place of the verb's subject), not before token ``lo``; a role or title
    word of ``data/quotes/titles.csv``, outside quotation marks, not the object of a
    preposition or a possessive, and not hung on the cue itself (a link the parser gave it
    there that is no subject's is its judgement). None when there is none."""
    for k in range(cue.i - 1, lo - 1, -1):
        tok = cue.doc[k]
        if (
            tok.pos_ == "NOUN"
            and lexicon.title_kind(tok.lemma_) in ("role", "title")
            and tok.right_edge.i == cue.i - 1
            and tok.left_edge.i >= lo
            and tok.dep_ not in ("pobj", "poss", "compound")
            and tok.head.i != cue.i
            and index.tok_q[tok.i] < 0
        ):
            return tok
    return None


def _body_word(tok: Token, ents: list[Span | None], floor: int) -> Token | None:
    """``tok`` as the head of a body or role subject :func:`unparsed_subject` may take when it
    finds no person: the root of an ORG, GPE or NORP entity ('Texas, leading a coalition of 13
    states, asked ...') or a common noun that names a role or title ('the spokesman', from
    ``data/quotes/titles.csv``). Its link is one of :data:`BODY_SUBJECT_DEPS`, and the phrase
    it is joined to or in apposition with has one of :data:`BODY_HOST_DEPS`: no object,
    modifier or possessor ('an event in St. Clairsville, Ohio, ...'; 'major American
    investments'). Not the subject of a subordinate clause or of a negated verb. When that phrase is a person's name, the body or role describes the person,
    who is the subject: the root of the name ('Neil Sroka, communications director of the group
    Democracy for America, or DFA - which ... - said ...'). ``ents``: the entity of each token
    (:attr:`.DocIndex.ents`). None otherwise."""
    ent = ents[tok.i]
    if ent is not None:
        if ent.label_ not in BODY_LABELS or ent.start < floor or ent.root.i != tok.i:
            return None
    elif tok.pos_ != "NOUN" or lexicon.title_kind(tok.lemma_) not in ("role", "org_role", "title"):
        return None
    if tok.dep_ not in BODY_SUBJECT_DEPS:
        return None
    if tok.dep_ == "nsubj" and (
        tok.head.dep_ == "relcl" or any(c.dep_ in ("mark", "neg") for c in tok.head.children)
    ):
        # the subject of a subordinate clause ('As the two governments scrambled ..., the men
        # spoke ..., officials said') or of a negated auxiliary the parser split from the cue
        # ('The United States had not, as of yesterday, announced ...': no report was made)
        return None
    top = tok
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    if top is not tok and top.dep_ not in BODY_HOST_DEPS:
        return None
    host = ents[top.i]
    if top is not tok and host is not None and host.label_ == PERSON and host.root.i == top.i:
        return top
    return tok


def _in_reported_clause(tok: Token, cue: Token) -> bool:
    """Whether ``tok`` lies in a clause ``cue`` reports (its ``ccomp``, ``parataxis`` or
    ``xcomp``): a word of the content, not the content's speaker ('the ministers spoke by
    phone, officials said')."""
    node = tok
    while node.head.i != node.i:
        if node.head.i == cue.i:
            return node.dep_ in ("ccomp", "parataxis", "xcomp")
        node = node.head
    return False


# dependency labels of a word that only modifies the head of its noun phrase
NP_MODIFIER_DEPS = ("det", "predet", "amod", "compound", "nmod", "poss", "case", "nummod")
NP_MODIFIER_DEPS += ("punct", "quantmod", "advmod")
# entity labels of a noun phrase that says when, how much or how many: no speaker
NOT_SPEAKER_LABELS = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL")


def _frame_noun(cue: Token, lo: int, index: DocIndex) -> Token | None:
    """The head of the noun phrase that stands in a reporting frame's subject slot when the
    parser hung it elsewhere, or None. Two slots, both with the content on the left of
    ``cue``: right after a closing quotation mark before ``cue`` ('"…," an intelligence
    source, who was not authorized to speak, told Fox News': the parser took the phrase into
    the quotation's clause), and right after ``cue`` in inverted order ('"…," said the woman,
    who did not want to be named': the parser made 'woman' the subject of the relative
    clause's verb). :func:`unparsed_subject` finds persons the model names in both slots; this
    is the same frame with a common noun, the way news names an unnamed source. ``lo``: where
    the stretch before ``cue`` that :func:`unparsed_subject` scanned begins (after the last
    quotation mark or at the sentence start). Not a pronoun, a time or a quantity, the object
    of a preposition, nor ``cue``'s own object ('said Monday', 'told reporters')."""
    doc = cue.doc
    if lo >= 1 and index.tok_q[lo - 1] >= 0:
        k = lo
        while k < cue.i and (doc[k].is_punct or doc[k].is_space):
            k += 1
        if (found := _phrase_head(k, cue.i, cue, index)) is not None:
            return found
    content_left = (
        any(c.i < cue.i and c.dep_ in ("ccomp", "parataxis") for c in index.children(cue))
        or (cue.i > 0 and index.tok_q[cue.i - 1] >= 0)
        or (cue.i > 1 and doc[cue.i - 1].is_punct and index.tok_q[cue.i - 2] >= 0)
    )
    if not content_left or cue.i + 1 >= len(doc):
        return None
    stop = min(len(doc), cue.i + 1 + MAX_SUBJECT_AFTER_TOKENS)
    return _phrase_head(cue.i + 1, stop, cue, index)


def _phrase_head(k: int, stop: int, cue: Token, index: DocIndex) -> Token | None:
    """The head noun of the noun phrase that opens at token ``k`` (its modifiers first), before
    ``stop``, outside quotation marks, when it may be ``cue``'s speaker; else None."""
    doc = cue.doc
    for t in doc[k:stop]:
        if index.tok_q[t.i] >= 0 or t.text in (",", ";", ":") or t.is_space:
            return None
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in NP_MODIFIER_DEPS:
            continue
        ent = index.ents[t.i]
        if (
            t.left_edge.i != k
            or t.dep_ in ("pobj", "npadvmod")
            or (t.head.i == cue.i and t.dep_ in ("dobj", "dative", "iobj", "attr", "oprd"))
            or (ent is not None and ent.label_ in NOT_SPEAKER_LABELS)
            or _reported_subject(t, cue, index)
        ):
            return None
        return t
    return None


def _reported_subject(tok: Token, cue: Token, index: DocIndex) -> bool:
    """``tok`` is the subject of a finite clause ``cue`` reports, its verb right after its
    phrase ('than the oil industry says [the gasoline markets can handle]'): what is said, not
    who says it ('"…," said Sokol looking tired' is Sokol's). Never right after a quotation:
    what '"…," said protesters gathered outside' reports is the quotation, and the phrase after
    the cue is its speaker, whatever the parser hangs on it. A subject with a comma before its
    verb is a phrase the parser joined to a relative clause's verb ('"…," said the woman, who
    did not want to be named') and may still speak."""
    if cue_after_quotation(cue, index):
        return False
    verb = tok.head
    return (
        tok.dep_ in SUBJECT_DEPS
        and finite_clause(verb)
        and verb.dep_ == "ccomp"
        and verb.head.i == cue.i
        and verb.i > tok.i
        and not any(t.text == "," for t in tok.doc[tok.i + 1 : verb.i])
    )


def _subject_of_interrupted_clause(cue: Token, index: DocIndex) -> Token | None:
    """The subject the parser moved into a clause before ``cue``, which it then hung on ``cue``
    as its ``ccomp``: an apposition or relative clause between subject and verb ('One
    attendee, who ... spoke ..., said ...' read as 'attendee spoke'; 'A representative for the
    brand - a business pitched as ... - noted that ...') or a second verb of the same subject
    ('X offered him a job, then says ...', 'X went on to promote ..., note that ...'). The
    first noun subject, outside quotation marks, of a ``ccomp`` child of ``cue`` that stands
    before it and is not quoted ('"...," an official said' never gives its subject). None when
    there is no such clause, when a noun stands right before ``cue`` (the parser took the
    subject next to the verb into the clause: 'the two men spoke ..., officials said'), or when
    a noun phrase right after ``cue`` hangs on it: an inverted subject the model did not name
    ('..., said Jim Bopp')."""
    doc = cue.doc
    if cue.i > 0 and doc[cue.i - 1].pos_ in ("NOUN", "PROPN") and index.tok_q[cue.i - 1] < 0:
        return None  # 'the two men spoke ..., officials said': the noun next to the verb is nearer
    if cue.i + 1 < len(doc) and index.tok_q[cue.i + 1] < 0:
        head = doc[cue.i + 1]
        while head.head.i > cue.i and head.head.i != head.i:
            head = head.head
        if head.head.i == cue.i and head.pos_ in ("NOUN", "PROPN"):
            return None
    for clause in index.children(cue):
        if clause.i >= cue.i:
            break
        if clause.dep_ != "ccomp" or index.tok_q[clause.i] >= 0:
            continue
        for sub in index.children(clause):
            if (
                sub.i < clause.i
                and sub.dep_ == "nsubj"
                and sub.pos_ in ("NOUN", "PROPN")
                and index.tok_q[sub.i] < 0
            ):
                return sub
    return None


def participle_noun(cue: Token, index: DocIndex) -> Token | None:
    """The noun a reporting participle modifies when no subject is found for it ('GOP primary
    voters saying they want ...', 'a petition calling on him to ...', 'with 50 percent saying
    ...'; 'Trump defended eminent domain, calling ...' when the parser makes 'Trump' the root
    and the participle hangs on it): who is saying it, as PolNeAR's Source span has it. None
    unless ``cue`` is an -ing form (tag VBG) hung as ``acl``/``advcl`` on a noun before it,
    outside quotation marks; an object's participle ('issued a statement saying') is its verb's
    subject's (:func:`.document.cue_subject`), and an adverbial clause hangs on a noun only when
    the parser made that noun the root. The caller asks it for quotations only: a speech act's
    doer (rule :data:`ACT_RULE`) is what the parse gives."""
    head = cue.head
    if (
        cue.tag_ != "VBG"
        or cue.dep_ not in ("acl", "advcl")
        or head.i >= cue.i
        or head.pos_ not in ("NOUN", "PROPN", "NUM")
        or index.tok_q[head.i] >= 0
        or head.dep_ == "dobj"
    ):
        return None  # 'X issued a statement saying ...': the object's verb has the speaker
    if cue.dep_ == "advcl" and head.dep_ != "ROOT":
        return None  # an adverbial clause belongs to a verb; only a misparsed root noun has one
    return head


def reduced_relative_subject(cue: Token, index: DocIndex) -> Token | None:
    """The speaker of '"…?" the senator asked.' or '"…!" the nominee, Ana Ruiz, tweeted
    on Sunday.' when the parser read the reporting verb as a reduced relative (``acl``, past
    participle) on the noun phrase before it, so the sentence has a noun phrase for its root and
    no finite verb: that noun phrase is who spoke (English word order, a question or exclamation
    mark closing the quotation without the comma the parser keys on). Only in that frame: the
    noun is the root of its sentence or hangs on a word of the quotation ('"…," Tom Hale, the
    polling expert who founded a website, tweeted': the name read as a modifier of the quoted
    verb), the phrase opens right after a quotation, and the verb has
    no passive auxiliary or 'by' agent ('the statement, issued by the ministry,' stays a thing).
    ``cue``: the quotation's reporting verb. The noun (a Token) or None."""
    head = cue.head
    if (
        cue.dep_ != "acl"
        or cue.tag_ not in ("VBN", "VBD")
        or head.i >= cue.i
        or not (head.dep_ == "ROOT" or index.tok_q[head.head.i] >= 0)
        or head.pos_ not in ("NOUN", "PROPN")
        or index.tok_q[head.i] >= 0
        or any(c.dep_ in ("auxpass", "agent", "nsubjpass") for c in index.children(cue))
    ):
        return None
    doc = cue.doc
    j = head.i - 1
    while j >= 0 and index.tok_q[j] < 0:
        if head.i - j > MAX_SUBJECT_AFTER_TOKENS or doc[j].pos_ in ("VERB", "AUX"):
            return None
        j -= 1
    if j < 0:
        return None  # not right after a quotation: 'the plan announced Friday' is a thing
    return head


def report_before_participle(cue: Token, index: DocIndex) -> Token | None:
    """The subject of the report a participle clause follows when the parser hung the clause
    elsewhere: '"…," Sanders said, going on to say that ...' with 'going' attached to a verb
    inside the quotation, '..., said Skelly, adding ...'. ``cue`` is the participle (tag VBG) or
    the infinitive of 'going on to say' / 'went on to add' (its ``xcomp`` under a VBG); the word
    before it is a comma, and the comma closes a finite reporting verb ('said') or that verb's
    subject right after it (inverted order); the answer is that verb's subject outside quotation
    marks, else None."""
    doc = cue.doc
    part = cue
    if cue.tag_ == "VB" and cue.dep_ == "xcomp" and cue.head.tag_ == "VBG" and cue.head.i < cue.i:
        part = cue.head
    if part.tag_ != "VBG" or part.i < 2 or doc[part.i - 1].text != ",":
        return None
    before = doc[part.i - 2]
    if before.pos_ in ("VERB", "AUX"):
        verb = before
    else:  # inverted order: the last word of the subject after its verb ('said Skelly,')
        sub = before
        while sub.dep_ not in SUBJECT_DEPS and sub.head.i != sub.i and sub.head.i > sub.i - 6:
            sub = sub.head
        verb = sub.head
        if sub.dep_ not in SUBJECT_DEPS or not verb.i < sub.i or sub.right_edge.i != before.i:
            return None
    if (
        verb.tag_ not in FINITE_TAGS
        or index.cue(verb) is None
        or is_passive(verb, index.children)
        or index.tok_sent[verb.i] != index.tok_sent[part.i]
    ):
        return None
    subs = [c for c in index.children(verb) if c.dep_ in SUBJECT_DEPS and index.tok_q[c.i] < 0]
    return subs[0] if subs else None


def _name_by_quotation(cue: Token, lo: int, index: DocIndex) -> Token | None:
    """The proper name that stands in the frame '"…," NAME [, apposition,] V' right after a
    closing quotation mark when the model names no person there (it tags a surname such as
    'Ramos' ORG, and the parser then hangs it off the quotation): the last word of the run of
    proper nouns that opens the stretch ``doc[lo:cue.i]``, which :func:`unparsed_subject`
    scanned back to a quotation mark. In that frame the name is who spoke the quotation,
    whatever the model calls it. None when the stretch does not start at a quotation or opens
    with no proper noun ('"…," he said' is the parser's to read)."""
    doc = cue.doc
    if lo < 1 or index.tok_q[lo - 1] < 0:
        return None  # the stretch does not start at a quotation
    k = lo
    while k < cue.i and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if k < cue.i:
        run = _proper_run(doc, k, cue.i)
        return run[-1] if run else None
    return None


def _mistagged_surname(cue: Token, lo: int, index: DocIndex) -> Token | None:
    """The surname of a person the article names in full that stands alone in a quotation's
    frame, where the tagger reads it as another word class and so as no subject: right before
    the cue after the closing quotation mark ('"…," Will wrote': a modal) or right after the
    cue that follows it ('"…," said Skelly, explaining ...': an adverb). The word must be
    written in title case and be the last word of a PERSON entity of two words or more
    elsewhere in the document (:meth:`.DocIndex.person_surnames`); its own entity, if any, is
    no person's (or the model's reading stands). ``lo``: the first token after the quotation
    (:func:`unparsed_subject`'s stretch). None otherwise."""
    doc = cue.doc
    if lo < 1 or index.tok_q[lo - 1] < 0:
        return None  # no quotation right before the frame
    k = lo
    while k < cue.i and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if k == cue.i:  # '"…," said Skelly'
        k = cue.i + 1
        if k >= len(doc) or index.tok_sent[k] != index.tok_sent[cue.i]:
            return None
    elif k + 1 != cue.i:  # '"…," Will wrote': the one word between quotation and cue
        return None
    tok = doc[k]
    if not (tok.is_title and tok.is_alpha) or index.tok_q[k] >= 0:
        return None
    if tok.pos_ in ("PROPN", "NOUN", "PRON"):
        return None  # the parser's noun reading is for the other rules
    ent = index.ents[k]
    if ent is not None and ent.label_ == PERSON:
        return None
    return tok if tok.text in index.person_surnames() else None


def _proper_run(doc: Doc, start: int, stop: int) -> list[Token]:
    """The proper nouns from ``doc[start]`` on, up to the first other word or ``stop``."""
    out: list[Token] = []
    for tok in doc[start:stop]:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            break
        out.append(tok)
    return out


def dateline_floor(index: DocIndex, pos: int) -> int:
    """Where the text after the dateline of the paragraph holding character ``pos`` begins, when
    that dateline ends at or before ``pos`` (0 when the paragraph has none): the first character
    a speaker mention at ``pos`` may take into its name or role (:func:`.mentions.mention_of`)."""
    if not index.para_starts:
        return 0
    found = index.datelines().get(index.para_starts[index.para(pos)])
    return found.end if found is not None and found.end <= pos else 0


def _past_dateline(tok: Token, index: DocIndex) -> Token | None:
    """The subject ``tok`` itself, or, when the parser made the dateline's place the subject and
    hung the real one on it as an apposition ('SEOUL, Nov 3 (Reuters) - North Korea's KCNA news
    agency said ...': subject 'SEOUL', apposition 'agency'), that apposition; None when nothing
    after the dateline hangs on it. A dateline is no speaker and gives no speaker a role."""
    cut = index.dateline_end(tok.idx)
    if cut is None:
        return tok
    return next((c for c in index.children(tok) if c.dep_ == "appos" and c.idx >= cut), None)


def extract_quotes(doc: Doc) -> list[Quote]:
    """All direct and indirect quotations in ``doc``, in text order."""
    quotes, warnings = extract_quotes_with_warnings(doc)
    for w in warnings:
        log.debug("quotes: %s", w)
    return quotes
