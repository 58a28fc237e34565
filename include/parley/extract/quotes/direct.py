"""Direct speech: every top-level quoted passage with the first rule that attributes it — a
reporting verb that governs it in the parse; a lead-in ending in a colon (with a reporting verb, a
label, or only a name: ``And from Foreign Minister Penny Wong:``); an attribution line after a dash
(``"..." — U.N. Secretary-General António Guterres``: a short line without a verb, the title
split off as the role); a reporting verb elsewhere in its sentence; an attribution sentence right
after or before it; the frame '"…," NP V' with any finite verb (``"…," one diplomat scoffed``);
its mirror 'NP V ..., "…"' (``Hillary shot back, "…"``); the subject of a sentence ending in a
colon before it — and the short
passages that are names, titles or scare quotes rather than speech.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parley.extract import lexicon
from parley.extract.quotes.document import (
    CUE_WINDOW,
    MAX_GAP_CHARS,
    MIN_CONTENT_WORDS,
    MIN_FREE_DIRECT_WORDS,
    OPEN_MARKS,
    WORD,
    Candidate,
    DocIndex,
    count_words,
    cue_subject,
    headline_words,
    is_according,
    quote_tokens,
    speaker_label,
)
from parley.extract.quotes.mentions import (
    MAX_NAME_LINE_TOKENS,
    SpeakerMention,
    mention_from_line,
)
from parley.extract.syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# a dash after the quotation on its line, or opening the next line, before the attribution line
_DASH_SPEAKER = re.compile(r"[ \t\u00a0]*(?:[\u2014\u2013\u2015]|--?)[ \t\u00a0]*")
_DASH_LINE = re.compile(
    r"[ \t\u00a0]*(?:\n[ \t\u00a0]*){1,2}(?:[\u2014\u2013\u2015]|--?)[ \t\u00a0]*(?=\w)"
)
# participles the tagger reads as verbs inside attribution lines ('Ann Lee, retired teacher')
_NAME_LINE_PARTICIPLES = {"retired", "acting", "elected", "designate"}


_DIRECTIVE_CLASSES = {"warn", "appeal"}


_COPULAS = {"be", "stay", "remain", "keep"}


def directive_word(index: DocIndex, k: int) -> bool:
    """A word or two in quotation marks that is the whole predicate of a warning's or appeal's
    infinitive ('warned Trump to be "careful"', 'urged voters to stay "calm"'): the quoted word is
    the advice as given, so it stands as the quote rather than inside the paraphrase around it."""
    toks = [t for t in quote_tokens(index, k) if not (t.is_punct or t.is_space)]
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
# in the name of a work, also the articles and particles of other languages ('Las Voces del
# Muelle'), which stay lower-case in English copy too
_WORK_SMALL_WORDS = _TITLE_SMALL_WORDS | {"de", "del", "el", "la", "le", "les", "des", "du"}
_WORK_SMALL_WORDS |= {"da", "di", "y", "von", "van", "der", "den"}


MAX_TITLE_WORDS = 8
# the ending of a contraction or possessive ('s, 't, 're, 'll ...), which a title leaves in lower case
_ENDING = re.compile(r"(?<=\w)['\u2019](?:s|t|re|ve|ll|d|m)\b", re.IGNORECASE)


def title_case(text: str) -> bool:
    """A short quotation whose every word but the small ones is capitalised is the name of a
    show, a book, a law or a slogan ('"Face the Nation"'), not speech."""
    words = WORD.findall(text)
    if not 2 <= len(words) <= MAX_TITLE_WORDS:
        return False
    return _capitalised(words, _TITLE_SMALL_WORDS)


def _capitalised(words: list[str], small: set[str]) -> bool:
    """Every word but the small ones (and always the first) starts with a capital or a digit,
    and not every one of them is in capitals (a headline shouting is no title)."""
    big = [w for i, w in enumerate(words) if i == 0 or w.lower() not in small]
    return all(w[0].isupper() or w[0].isdigit() for w in big) and not all(w.isupper() for w in big)


def _work_name_case(text: str) -> bool:
    """Written as the name of a work: :func:`title_case` of any length, the articles and
    particles of other languages small too (:data:`_WORK_SMALL_WORDS`), a contraction or
    possessive ending part of its word ('Here's the Harbour Hour', 'Anna Berg's Town'), and at
    least two capitalised words after the first: a short answer in sentence case has its capitals
    from its first word and a name ('"It's up to Moscow."', '"I'm from Ohio."'), and stays
    speech."""
    words = WORD.findall(_ENDING.sub("", text))
    capitals = sum(w[0].isupper() for w in words[1:])
    return len(words) >= 2 and capitals >= 2 and _capitalised(words, _WORK_SMALL_WORDS)


# participles that give a work its name ('an article titled "…"'); 'called', 'named' and 'dubbed'
# only as a past participle modifying a noun ('a play called "…"'), not as a verb with a subject
# ('X called it "…"', 'which the mayor, Anna Berg, called "…"')
_TITLING = frozenset({"titled", "entitled", "headlined", "subtitled"})
_NAMING = frozenset({"called", "named", "dubbed"})


def work_title(index: DocIndex, k: int, after_comma: bool = False) -> bool:
    """Quoted passage ``k`` is the name of a work, no quotation: it comes right after a noun of
    a work (:func:`parley.extract.lexicon.work_nouns`: 'on the podcast "Here's the Harbour
    Hour."', 'in Anna Berg's book "Backwater: ..."') or after a participle that names one ('an
    essay titled "Dalton Does Best ..."', 'a musical named "Las Voces del Muelle"'), and it is
    written as a name (:func:`_work_name_case`), whatever its length or punctuation: names of
    works are written in quotation marks (the AP Stylebook's composition titles). A headline in
    sentence case speaks ('the weekly replied with a column headlined "Their budget is a
    fantasy. It cannot last."' is the weekly's own words). ``after_comma``: a comma between the
    noun and a short name (at most :data:`MAX_TITLE_WORDS` words) is allowed too ('In her 2011
    memoir, "Make Your Town a Port," Berg argued'); without it a comma ends the test, since
    'told the show, "We will win"' quotes what was said to it."""
    s, e = index.spans[k]
    passage = index.text[s:e]
    opening = index.doc.char_span(s, e, alignment_mode="expand")
    if opening is None or opening.start == 0 or not _work_name_case(passage):
        return False
    prev = index.doc[opening.start - 1]
    if after_comma and prev.text == "," and prev.i > 0 and title_case(passage):
        prev = index.doc[prev.i - 1]
    if prev.lower_ in _TITLING or (
        prev.lower_ in _NAMING
        and prev.dep_ == "acl"
        and prev.tag_ == "VBN"
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in index.children(prev))
    ):
        # not a verb with a subject or an agent: 'which the mayor called "a total disgrace"',
        # 'the levy, called "Dalton's Worst Mistake" by the mayor'
        return True
    return prev.pos_ == "NOUN" and prev.lemma_.lower() in lexicon.work_nouns()


def _governing_cue(index: DocIndex, toks: list[Token]) -> Token | None:
    """A reporting verb outside the quotation that governs it in the parse (≤ 3 steps up), not
    one that opens another clause after a semicolon (:func:`_opens_another_clause`): '... they
    "would not consider requests of this nature"; Interpol didn't disclose whether ...' joins
    two clauses, and the second one's verb reports its own words, not the quotation (the
    parser may hang the first clause on it)."""
    inside = {t.i for t in toks}
    for t in toks:
        if t.is_punct or t.is_space:
            continue
        node = t.head
        if node.i in inside:
            continue
        for _ in range(3):
            if (
                index.tok_q[node.i] < 0
                and (index.cue(node) is not None or is_according(node, index))
                and not _opens_another_clause(index, toks, node)
                and not _subordinate_after(index, toks, node)
            ):
                return node
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _opens_another_clause(index: DocIndex, toks: list[Token], cue: Token) -> bool:
    """Whether the verb ``cue`` opens another clause after the quotation's tokens ``toks``: it
    comes after them with a semicolon between, and its subject comes before it ('"...";
    Interpol didn't disclose whether it had received ...', '"..."; the spokesman said Tehran
    would respond') or it reports a clause of its own after it. An inverted frame after a
    semicolon, its subject after the verb and nothing else reported, is the quotation's own
    ('"..."; thus declared the spokesman Wang Wenbin'); a semicolon before a quotation may
    introduce it as a colon does ('... intends to appeal; "The government needs ..."')."""
    if cue.i <= toks[-1].i or not any(t.text == ";" for t in index.doc[toks[-1].i + 1 : cue.i]):
        return False
    kids = index.children(cue)
    subject_first = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in kids)
    return subject_first or any(c.i > cue.i and c.dep_ in _CLAUSE_DEPS for c in kids)


# subordinators of an adverbial clause (a closed class of English grammar)
_SUBORDINATORS = frozenset(
    {"after", "before", "when", "while", "as", "since", "because", "until", "although", "though"}
)


def _subordinate_after(index: DocIndex, toks: list[Token], cue: Token) -> bool:
    """Whether the verb ``cue`` heads an adverbial clause that opens after the quotation's tokens
    ``toks`` with a subordinator (:data:`_SUBORDINATORS`) and another reporting verb stands
    between them ('"I never said that," Trump said, after CNBC's Becky Quick said ...': the
    parser hangs the quotation on the subordinate clause's verb, which reports its own words;
    the frame right after the quotation reports it, found by :func:`_sentence_cue`)."""
    if cue.i <= toks[-1].i:
        return False
    marks = [c for c in index.children(cue) if c.dep_ == "mark" and c.lower_ in _SUBORDINATORS]
    if not marks or marks[0].i <= toks[-1].i:
        return False
    between = index.doc[toks[-1].i + 1 : marks[0].i]
    return any(index.tok_q[t.i] < 0 and index.cue(t) is not None for t in between)


# a verb's dependents that are a clause it reports itself
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp"})


def _sentence_cue(
    index: DocIndex, sents: range, q: tuple[int, int], used: set[int], toks: list[Token]
) -> Token | None:
    """The nearest reporting verb outside quotation marks in the given sentences (same
    paragraph, at most ``CUE_WINDOW`` tokens from the quotation ``toks``) that is not already
    the cue of its own indirect content, nor one opening another clause after a semicolon
    (:func:`_opens_another_clause`)."""
    para = index.para(q[0])
    best: tuple[int, int, Token] | None = None
    lo, hi = toks[0].i - CUE_WINDOW, toks[-1].i + CUE_WINDOW
    for k in sents:
        if k < 0 or k >= len(index.sents):
            continue
        sent = index.sents[k]
        for i in range(max(sent.start, lo), min(sent.end, hi + 1)):
            tok = index.doc[i]
            if index.tok_q[tok.i] >= 0 or tok.i in used or index.para(tok.idx) != para:
                continue
            cue = index.cue(tok)
            if (cue is None or cue.frames <= {"object", "act"}) and is_according(
                tok, index
            ) is None:
                continue
            if _opens_another_clause(index, toks, tok):
                continue  # '"..."; Interpol didn't disclose whether ...': another clause's verb
            dist = q[0] - tok.idx if tok.idx < q[0] else tok.idx - q[1]
            has_subject = cue_subject(tok, index) is not None
            key = (0 if has_subject else 1, dist)
            if best is None or key < best[:2]:
                best = (*key, tok)
    return best[2] if best else None


def _colon_before(index: DocIndex, q: tuple[int, int]) -> Token | None:
    """The colon right before a quotation (only whitespace between), or None."""
    text = index.text
    i = q[0] - 1
    while i >= 0 and q[0] - i <= MAX_GAP_CHARS and text[i].isspace():
        i -= 1
    if i < 0 or text[i] != ":":
        return None
    colon = index.doc.char_span(i, i + 1, alignment_mode="expand")
    return colon[0] if colon is not None and len(colon) else None


def _colon_speaker(
    index: DocIndex, q: tuple[int, int]
) -> tuple[Token | None, Token | None, SpeakerMention | None]:
    """(cue, speaker token, speaker mention) of the lead-in that ends in a colon before a
    quotation: 'Smith said:', a paragraph label 'PENCE:', or a lead-in without a verb that only
    names someone, often a paragraph of its own ('And from Australian Foreign Minister Penny
    Wong:', 'From the desk of NATO Secretary General Mark Rutte:', 'In the words of the UN
    refugee agency:'), whose name and role :func:`.mentions.mention_from_line` reads."""
    colon = _colon_before(index, q)
    if colon is None:
        return None, None, None
    para = index.para(colon.idx)
    para_start = index.para_starts[para]
    label = speaker_label(index, para_start)
    if label is not None and label.idx < colon.idx:
        return None, label, None
    sent = index.sents[index.tok_sent[colon.i]]
    lead = [
        index.doc[j]
        for j in range(max(sent.start, colon.i - CUE_WINDOW), colon.i)
        if index.tok_q[j] < 0 and index.para(index.doc[j].idx) == para
    ]
    if (credited := _credit_after_dash(lead, index)) is not None:
        return None, None, credited
    for tok in reversed(lead):
        if index.cue(tok) is not None or is_according(tok, index) is not None:
            if (main := _main_clause_subject(tok, lead, index)) is not None:
                return None, main, None
            return tok, cue_subject(tok, index), None
    if (
        lead
        and len(lead) <= MAX_NAME_LINE_TOKENS
        and not any(t.pos_ in ("VERB", "AUX") for t in lead)
        and not _names_no_speaker(lead)
    ):
        found = mention_from_line(lead, index.tree)
        if found is not None and not headline_words(index, found.start, found.end):
            return None, None, found
    return None, None, None


def _names_no_speaker(lead: list[Token]) -> bool:
    """Whether a lead-in before a colon is only words of ``data/quotes/non_speaker_labels.csv``
    ('QUESTION:', 'Q:', 'UPDATE:'): a transcript's reporter turn or a kicker names no one, so a
    quotation after it ('QUESTION: "Decision-making center."') has no speaker there."""
    words = [t.lower_.strip(".") for t in lead if t.is_alpha]
    skip = lexicon.non_speaker_labels()
    return bool(words) and all(w in skip for w in words)


# what credits a source before a colon or at a headline's end ('... - Pew Research:'): a hyphen,
# an en dash, an em dash or two hyphens set off by a space before them
DASHES = ("-", "\u2013", "\u2014", "--")


def _credit_after_dash(lead: list[Token], index: DocIndex) -> SpeakerMention | None:
    """The source a lead-in credits after a dash, right before the colon ('Turnout was low in
    the east - Pew Research: "..."', 'Polls missed it -More from Anna Berg and Tom Hale:'), the
    wire's way to credit a headline ('Rebate unjustified - Chirac'): the short verbless words
    after the lead-in's last dash, read as a name line (:func:`.mentions.mention_from_line`),
    or None."""
    dash = next((k for k in range(len(lead) - 1, 0, -1) if lead[k].text.startswith(DASHES)), None)
    if dash is None or not lead[dash - 1].whitespace_:
        return None  # 'Orlando-style': a hyphen inside a word is no dash
    # a dash glued to the next word ('-More from ...') is one token: the line starts with it
    glued = lead[dash].text not in DASHES
    tail = [t for t in lead[dash + (0 if glued else 1) :] if not t.is_space]
    if not tail or len(tail) > MAX_NAME_LINE_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return None
    found = mention_from_line(tail, index.tree)
    if found is None or headline_words(index, found.start, found.end):
        return None
    return found


def _main_clause_subject(cue: Token, lead: list[Token], index: DocIndex) -> Token | None:
    """The subject of the lead-in's main verb when the reporting verb ``cue`` found in the lead-in
    ``lead`` only opens an adverbial clause of it ('When Trump suggested that ..., Rubio fired
    back:'): the main clause's subject answers with the quotation after the colon. None when
    ``cue`` is no such clause's verb, when its clause is the source's own ('As Pollak observed,
    the winner was ...:'), or when the main verb is a copula or has no subject of its own."""
    if cue.dep_ != "advcl" or any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None
    head = cue.head
    if head.i <= cue.i or head not in lead or head.pos_ != "VERB" or head.lemma_ in _COPULAS:
        return None
    return next(
        (c for c in index.children(head) if c.dep_ in SUBJECT_DEPS and index.tok_q[c.i] < 0),
        None,
    )


def label_before(index: DocIndex, start: int) -> Token | None:
    """The speaker label of the paragraph a quotation is in, when the label comes before it
    ('Ann Lee: Tom Hale "not fit to lead"', a headline's way to attribute): the label's head."""
    para_start = index.para_starts[index.para(start)]
    label = speaker_label(index, para_start)
    if label is None or label.idx >= start:
        return None
    words = re.findall(r"[^\W\d_]+", index.text[para_start:start])
    if len(words) >= 2 and all(w.isupper() for w in words):
        return None  # 'UN: TALKS FAIL "..."': a headline in capitals names no speaker
    return label


def _labelled_sentence(index: DocIndex, q: tuple[int, int], inner: str) -> bool:
    """Whether the quotation at character span ``q`` (``inner``: its text without the closing
    mark) is a sentence a speaker's label gives the floor to: it opens right after the label's
    colon (:func:`label_before`) and ends with a sentence's punctuation. A headline writes it in
    title case ('Ted Cruz: "Physically Assaulting A Reporter Is A Fireable Offense."'), which is
    no name of a show or a law (:func:`title_case`)."""
    if inner[-1:] not in ".?!":
        return False
    if label_before(index, q[0]) is None:
        return False
    para_start = index.para_starts[index.para(q[0])]
    colon = index.text.find(":", para_start, q[0])
    return colon >= 0 and not index.text[colon + 1 : q[0]].strip()


def _colon_subject(index: DocIndex, q: tuple[int, int]) -> Token | None:
    """The weakest colon reading, tried after every rule that finds a reporting verb: the subject
    of the sentence that ends in the colon ('Trump on Twitter:', 'The campaign had a reply:')."""
    colon = _colon_before(index, q)
    if colon is None:
        return None
    root = index.sent_roots[index.tok_sent[colon.i]]
    if root.i > colon.i:
        # the parser made the quotation the sentence and hung the lead-in on it ('Hale
        # delivered a blunt message: "It is time ..."'): the subject of the lead-in's own verb
        return _lead_in_subject(index, colon)
    if root.i < colon.i:
        for child in index.children(root):
            if child.dep_ in SUBJECT_DEPS:
                return child
        if index.ents[root.i] is not None and index.ents[root.i].label_ in ("PERSON", "ORG"):
            return root
    return None


def _lead_in_subject(index: DocIndex, colon: Token) -> Token | None:
    """The subject of the verb that heads the lead-in before ``colon`` (the words of its sentence
    before it, outside quotation marks) when the parser hung that verb on the quotation after
    the colon; None when the lead-in has no verb with a subject ('Asked about the vote:')."""
    start = index.sents[index.tok_sent[colon.i]].start
    for tok in index.doc[start : colon.i]:
        if tok.pos_ not in ("VERB", "AUX") or index.tok_q[tok.i] >= 0:
            continue
        if start <= tok.head.i < colon.i and tok.head.i != tok.i:
            continue  # not the lead-in's head
        for child in index.children(tok):
            if child.dep_ in SUBJECT_DEPS and index.tok_q[child.i] < 0:
                return child
    return None


def _dash_speaker(index: DocIndex, q: tuple[int, int]) -> SpeakerMention | None:
    """The speaker named on an attribution line after a quotation: '"..." — Smith',
    '"..." -Secretary-General António Guterres', '"..." ― Sonya Herridge, a nurse' (also when the
    dash opens the next line or the next paragraph). The line is read to its end (a line break, the end of the text or
    the next quotation mark); it must be short and have no verb, else the dash opens a sentence
    of the writer's. The title before the name is the role (:func:`.mentions.mention_from_line`);
    an unknown name still makes the speaker."""
    text = index.text
    m = _DASH_SPEAKER.match(text, q[1])
    if not m or m.end() == q[1]:
        m = _DASH_LINE.match(text, q[1])
        if not m:
            return None
    start = end = m.end()
    limit = min(len(text), start + 200)
    while end < limit and text[end] != "\n" and text[end] not in OPEN_MARKS:
        end += 1
    if end == limit and limit < len(text):
        return None  # no line end in sight: a paragraph, not an attribution line
    line = [
        t
        for t in index.tokens_between(start, end)
        if t.idx + len(t) > start and index.tok_q[t.i] < 0
    ]
    while line and (line[-1].is_punct or line[-1].is_space):
        line = line[:-1]
    # '— Ann Lee, speaking in Leeds on Monday': the name before the participle's clause
    for k, t in enumerate(line[1:-1], start=1):
        if (
            t.text == ","
            and line[k + 1].tag_ in ("VBG", "VBN")
            and line[k + 1].lower_ not in (_NAME_LINE_PARTICIPLES)
        ):
            line = line[:k]
            break
    if not line or len(line) > MAX_NAME_LINE_TOKENS:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.lower_ not in _NAME_LINE_PARTICIPLES for t in line):
        return None
    found = mention_from_line(line, index.tree)
    if found is None or headline_words(index, found.start, found.end):
        return None
    return found


_CLOSES_QUESTION = re.compile(r"[?!\u2026][\"'\u201d\u2019\u00bb`]*$")


def _frame_split_off(index: DocIndex, last_sent: int, q: tuple[int, int]) -> bool:
    """Whether the sentence after quotation ``q`` (ending in sentence ``last_sent``) is the rest
    of the quotation's own sentence, which the sentence splitter cut off at the question or
    exclamation mark that closes the quotation: it opens right after the closing mark, in the
    same paragraph, with a lower-case word ('"Is he running against the party?" asked Mr.
    Lind, referring to ...'; '"...?" he told me.'; '"...!" the nominee, Ann Berg, tweeted
    Sunday'). English starts no sentence in lower case, so its reporting verb is the
    quotation's, as if the sentence were whole (:func:`_sentence_cue`)."""
    k = last_sent + 1
    if k >= len(index.sents) or not _CLOSES_QUESTION.search(index.text[q[0] : q[1]].rstrip()):
        return False
    sent = index.sents[k]
    if (
        index.para(sent.start_char) != index.para(q[1] - 1)
        or index.text[q[1] : sent.start_char].strip()
    ):
        return False
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    return first is not None and first.is_alpha and first.is_lower and index.tok_q[first.i] < 0


def _next_sentence_cue(
    index: DocIndex, last_sent: int, q: tuple[int, int], used: set[int]
) -> Token | None:
    """A short attribution sentence right after the quotation: '"...". Smith said.'; after a
    quotation closed by a question or exclamation mark, also a longer one that opens with its
    subject and reporting verb (within :data:`MAX_LONG_FRAME_LEAD` tokens)."""
    k = last_sent + 1
    if k >= len(index.sents):
        return None
    sent = index.sents[k]
    if index.para(sent.start_char) != index.para(q[1] - 1):
        return None  # the quotation's last character: a break right after it opens the next one
    if not 0 <= sent.start_char - q[1] <= MAX_GAP_CHARS:
        return None
    gap = index.text[q[1] : sent.start_char]
    if gap.strip():
        return None
    if any(index.tok_q[t.i] >= 0 for t in sent):
        return None
    if len(sent) > MAX_ATTRIBUTION_SENTENCE_TOKENS:
        # a longer sentence is the frame of a quotation closed by a question or exclamation mark
        # (where the splitter cuts the quotation's own sentence) only when it opens with it: its
        # subject, then its reporting verb ('"...?" Mr. Trump asked, repeating a broadside ...');
        # after any quotation, a sentence that is nothing but the frame, its subject longer by
        # an apposition (:func:`_appositive_frame`)
        question = _CLOSES_QUESTION.search(index.text[q[0] : q[1]].rstrip()) is not None
        if question:
            for tok in sent[: MAX_LONG_FRAME_LEAD + 1]:
                if tok.i in used or index.cue(tok) is None:
                    continue
                sub = cue_subject(tok, index)
                if sub is not None and sent.start <= sub.i < tok.i:
                    return tok
        return _appositive_frame(index, sent, used, question)
    for tok in sent:
        if tok.i not in used and index.cue(tok) is not None and cue_subject(tok, index) is not None:
            return tok
    return None


MAX_ATTRIBUTION_SENTENCE_TOKENS = 14  # '"...?" Smith said in an interview on Monday.'
MAX_LONG_FRAME_LEAD = 5  # tokens before the cue that opens a longer frame: 'Mr. Trump asked'
MAX_FRAME_SUBJECT_TOKENS = 30  # a subject with its apposition: 'Miller, a retired worker, said'
# what a frame's verb may have besides its subject: nothing it reports, no object or clause;
# after a quotation closed by a question or exclamation mark, where or how it was said too
_FRAME_ONLY_DEPS = frozenset({"nsubj", "aux", "neg", "advmod", "punct"})
_QUESTION_FRAME_DEPS = _FRAME_ONLY_DEPS | {"npadvmod", "prep"}


def _appositive_frame(index: DocIndex, sent: Span, used: set[int], question: bool) -> Token | None:
    """The reporting verb of a sentence after a quotation that is the quotation's frame and
    nothing else, its subject set apart by an apposition that makes it too long for a short
    attribution sentence ('"How are you today?" / Miller, a retired worker from a nuclear
    plant, said pleasantly into the phone.', '"...." / Alan Krueger, a former chairman of the
    council, said.'): the sentence opens with the verb's subject, a person's name the
    apposition follows (at most :data:`MAX_FRAME_SUBJECT_TOKENS` tokens), only auxiliaries,
    adverbs and punctuation stand between it and the verb, and the verb has nothing of its own
    but adverbs (:data:`_FRAME_ONLY_DEPS`: it reports nothing else) — after a quotation closed
    by a question or exclamation mark (``question``), whose own sentence the splitter cut
    there, also where and when ('... said pleasantly into the phone'); every word after the
    verb hangs on it. A sentence that reports words of its own ('Miller, a retired worker, said
    the campaign ...') is a new statement, and one that sets a scene of its own after a
    statement ('... Antony Blinken, the U.S. Secretary of State, responded at a news conference
    on Tuesday.') may be an answer to it."""
    doc = index.doc
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if first is None or index.ents[first.i] is None or index.ents[first.i].label_ != "PERSON":
        return None
    for tok in sent[: MAX_FRAME_SUBJECT_TOKENS + 1]:
        if tok.i in used or index.tok_q[tok.i] >= 0 or index.cue(tok) is None:
            continue
        sub = cue_subject(tok, index)
        if sub is None or sub.dep_ != "nsubj" or sub.head.i != tok.i or sub.left_edge.i != first.i:
            return None
        if not any(c.dep_ == "appos" for c in index.children(sub)):
            return None
        if any(
            t.dep_ not in ("aux", "neg", "advmod", "punct")
            for t in doc[sub.right_edge.i + 1 : tok.i]
        ):
            return None
        allowed = _QUESTION_FRAME_DEPS if question else _FRAME_ONLY_DEPS
        if any(c.dep_ not in allowed for c in index.children(tok)):
            return None
        rest = [t for t in doc[tok.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
        if any(t.head.i != tok.i and not any(a.i == tok.i for a in t.ancestors) for t in rest):
            return None
        return tok
    return None


def _prev_sentence_cue(
    index: DocIndex, first_sent: int, q: tuple[int, int], used: set[int]
) -> Token | None:
    """An attribution sentence right before the quotation with no content of its own:
    'Smith said in a statement. "..."'. A reporting verb inside what a used cue reports is
    part of that report, not an attribution of the quotation ('Lund said that for decades
    critics had been predicting a withdrawal, but this would not happen. "That is because
    ..."': the critics' predicting is Lund's report); its sentence gives no cue here."""
    k = first_sent - 1
    if k < 0:
        return None
    sent = index.sents[k]
    if index.para(sent.end_char) != index.para(q[0]) or q[0] - sent.end_char > MAX_GAP_CHARS:
        return None
    if index.text[sent.end_char : q[0]].strip():
        return None
    if any(index.tok_q[t.i] >= 0 for t in sent):
        return None
    for tok in reversed(sent):
        if tok.i not in used and index.cue(tok) is not None and cue_subject(tok, index) is not None:
            return None if _reported_by(tok, used) else tok
    return None


def _reported_by(tok: Token, used: set[int]) -> bool:
    """Whether a cue of ``used`` (token indices of cues whose quotations are taken) is among
    the syntactic heads of ``tok``: ``tok`` stands in what that cue reports."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.i in used:
            return True
    return False


_FINITE_TAGS = {"VBD", "VBZ", "VBP", "VB"}
MAX_FRAME_GAP = 8  # tokens from the closing mark to the verb of '"…," NP V'
_FRAME_END = re.compile(r"[,?!\u2026][\"'\u201d\u2019\u00bb`]*$")


def _frame_cue(index: DocIndex, toks: list[Token]) -> tuple[Token, Token] | None:
    """(verb, subject) of the frame '"…," NP V' / '"…," V NP' right after a quotation that ends in
    a comma, question or exclamation mark: the frame itself says the quotation was spoken, so a
    finite verb whose subject stands right there attributes it even when it is no reporting verb
    of the list ('"…," the minister shrugged', '"…," one diplomat scoffed'), with a lower
    confidence. A verb with a complement of its own (an object, a clause, 'managed to ...',
    'feels free to ...' unless that complement is a reporting verb: 'went on to say') starts a
    sentence of the writer's instead."""
    doc = index.doc
    last = toks[-1]
    j = last.i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    elif not _FRAME_END.search("".join(t.text for t in toks[-3:])):
        return None
    if j >= len(doc) or index.para(doc[j].idx) != index.para(last.idx):
        return None
    for i in range(j, min(len(doc), j + MAX_FRAME_GAP)):
        tok = doc[i]
        if index.tok_q[i] >= 0 or tok.is_punct:
            return None
        if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in _FINITE_TAGS | {"MD", "VBN"}:
            continue
        if tok.dep_ in SUBJECT_DEPS:
            continue  # the frame's noun phrase, whatever its tag ('Trump'/VB 'shot back')
        verb = tok
        if verb.dep_ == "aux" and verb.head.i > verb.i:
            verb = verb.head  # 'would mutter'
        kids = index.children(verb)
        # a past participle with an active subject and no auxiliary is a past tense the tagger
        # misread ('one diplomat scoffed')
        finite = verb.tag_ in _FINITE_TAGS or (
            verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in kids)
        )
        if not finite or verb.lemma_ in ("be", "have"):
            return None
        subs = [c for c in kids if c.dep_ == "nsubj" and index.tok_q[c.i] < 0]
        if len(subs) != 1 or not j <= subs[0].i < j + MAX_FRAME_GAP:
            return None
        if any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in kids):
            return None
        if any(
            c.dep_ in ("xcomp", "acomp") and c.i > verb.i and index.cue(c) is None for c in kids
        ):
            return None  # 'managed to lose the file', 'seems to be doing', 'feels free to'
        return verb, subs[0]
    return None


MAX_LEAD_FRAME_TOKENS = 30  # tokens from the subject of 'NP V ..., "…"' to the opening mark
_SENTENCE_DONE = re.compile(r"[.?!\u2026][\"'\u201d\u2019\u00bb`]*$")


def _lead_frame(
    index: DocIndex, toks: list[Token], q: tuple[int, int]
) -> tuple[Token, Token] | None:
    """(verb, subject) of the frame 'NP V ..., "…"': a quotation that ends its sentence after a
    comma that closes a clause of the writer's, whose finite verb has its subject before it
    ('Hillary shot back, "…"', 'the senator told an audience in Ohio, "…"'). The mirror of
    :func:`_frame_cue`: the frame says the quotation was spoken, with any verb, at a lower
    confidence. A copula or 'have' ('The message was, "…"') is no speaking."""
    doc, text = index.doc, index.text
    before = text[max(0, q[0] - MAX_GAP_CHARS) : q[0]].rstrip(" \t\u00a0")
    if not before.endswith(","):
        return None
    inner = text[q[0] : q[1]].rstrip("\"'\u201d\u2019\u00bb` ")
    after = text[q[1] : q[1] + MAX_GAP_CHARS].lstrip(" \t\u00a0")
    if not (_SENTENCE_DONE.search(inner) or after[:1] in ("", "\n", ".", "?", "!")):
        return None  # the sentence goes on after the quotation: a title, a phrase
    i = toks[0].i - 1
    while i >= 0 and doc[i].text != ",":
        if not (index.tok_q[i] >= 0 or doc[i].is_space or doc[i].is_quote):
            return None
        i -= 1
    if i <= 0 or index.para(doc[i].idx) != index.para(q[0]):
        return None
    node = doc[i - 1]
    for _ in range(MAX_LEAD_FRAME_TOKENS):  # up to the top of the clause left of the comma
        if node.head.i == node.i or node.head.i >= i or node.head.i < i - MAX_LEAD_FRAME_TOKENS:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or node.lemma_ in _COPULAS | {"have"}:
        return None
    kids = index.children(node)
    finite = node.tag_ in _FINITE_TAGS or (
        node.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in kids)
    )
    if not finite or any(c.dep_ == "auxpass" for c in kids):
        return None
    subs = [c for c in kids if c.dep_ == "nsubj" and index.tok_q[c.i] < 0 and c.i < node.i]
    if len(subs) != 1 or subs[0].i < i - MAX_LEAD_FRAME_TOKENS:
        return None
    if index.para(subs[0].idx) != index.para(q[0]):
        return None
    return node, subs[0]


# what may end the words on a quotation's line before it without the quotation going on their
# sentence: sentence-final punctuation, a colon or semicolon, a dash, a closing mark or bracket
_SENTENCE_BREAKS = frozenset(".?!:;\u2014\u2013-\"\u201d\u2019')]")


def inside_reporter_sentence(index: DocIndex, start: int, end: int) -> bool:
    """Whether the quoted passage at character offsets ``[start, end)`` opens inside a sentence
    of the reporter's and is not the object of its verb: words of the same parsed sentence and
    of the same line stand before it, the last of them no sentence break
    (:data:`_SENTENCE_BREAKS`), and the passage's root is not the direct object of a verb
    outside it. Such a passage, when no cue and no speaker go with it, is a phrase the
    reporter borrows ('her remark that "…"', 'a vision for "…"', 'funded by "…"'), not
    speech whose speaker is identifiable (``STATEMENTS_GUIDE.md``, "What is a quotation"); the
    object of a verb ('the report found "no evidence …"', 'X attacked "the ideology …"')
    stays. On PolNeAR train_full, of 96 such quotations with no cue 30 were gold; leaving these
    out dropped 6 of them and 29 wrong ones. Some such passages go on with the speaker's words
    all the same (:func:`goes_on_past_lead`)."""
    doc = index.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = index.sents[index.tok_sent[span[0].i]]
    if not any(not (t.is_space or t.is_punct) for t in doc[sent.start : span[0].i]):
        return False
    text = index.text
    line = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    if not line or line[-1] in _SENTENCE_BREAKS:
        return False
    root = span.root
    return not (
        root.dep_ == "dobj"
        and root.head.pos_ == "VERB"
        and not span.start <= root.head.i < span.end
    )


MAX_CONNECTIVE_LEAD = 3  # words a continued quotation's sentence opens with ('But then,')
_CONNECTIVE_TAGS = frozenset(("CC", "RB", "RBR", "UH"))
# sentence adverbs that turn to another matter, not the speaker's next point ('Meanwhile, "..."')
_TOPIC_SHIFTS = frozenset(("meanwhile", "separately", "elsewhere"))


def _connectives_only(words: list[Token]) -> bool:
    """Whether ``words`` (no punctuation) are at most :data:`MAX_CONNECTIVE_LEAD` conjunctions
    or adverbs ('But', 'Instead', 'And then')."""
    return len(words) <= MAX_CONNECTIVE_LEAD and all(t.tag_ in _CONNECTIVE_TAGS for t in words)


def goes_on_past_lead(index: DocIndex, start: int, end: int) -> tuple[int, bool] | None:
    """Where the quoted passage at character offsets ``[start, end)``, which opens inside a
    sentence (:func:`inside_reporter_sentence`), may still go on with the words of the speaker
    quoted just before it: ``(k, past_frame)``, the index ``k`` of the sentence (in
    ``index.sents``) whose report it goes on with and whether it stands past that report's
    frame, or None. Two shapes, the passage running to its sentence's end:

    * only a few connectives open its sentence (:func:`_connectives_only`, none of
      :data:`_TOPIC_SHIFTS`): '... Trump said. Instead, "he just acts like a defeated man."'
      (the sentence before; ``past_frame`` False);
    * it stands past the comma that closes the frame of a report whose content stands before
      it (:func:`_after_own_frame`): '<clause>, Strother said, but "we don't ask them ..."'
      (its own sentence; ``past_frame`` True).

    The caller (``engine._continuation``) credits the passage to the previous speaker only
    when that speaker's quotation ends in sentence ``k``."""
    doc = index.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    k = index.tok_sent[span[0].i]
    sent = index.sents[k]
    if not all(t.is_punct or t.is_space for t in doc[span.end : sent.end]):
        return None
    lead = [t for t in doc[sent.start : span.start] if not (t.is_space or t.is_punct)]
    if lead and _connectives_only(lead) and not any(t.lower_ in _TOPIC_SHIFTS for t in lead):
        return k - 1, False
    return (k, True) if _after_own_frame(index, span, sent) else None


MAX_FRAME_TAIL = 4  # words of a frame after its reporting verb ('said on Saturday')


def _after_own_frame(index: DocIndex, span: Span, sent: Span) -> bool:
    """Whether the quoted passage ``span`` goes on past the frame of a report whose content
    stands before it in the sentence ``sent``: 'Campaign donations are vetted ..., Strother
    said, but "we don't ask them ..."'. A comma closes the frame, only connectives
    (:func:`_connectives_only`) stand between it and the passage, and within
    :data:`MAX_FRAME_TAIL` words before that comma a reporting verb outside quotation marks has
    its reported clause before it (a clausal complement, or the clause it is a parataxis of)."""
    doc = span.doc
    comma = next((i for i in range(span.start - 1, sent.start - 1, -1) if doc[i].text == ","), None)
    if comma is None or index.tok_q[comma] >= 0:
        return False
    if not _connectives_only(
        [t for t in doc[comma + 1 : span.start] if not (t.is_space or t.is_punct)]
    ):
        return False
    for tok in doc[max(sent.start, comma - MAX_FRAME_TAIL - 1) : comma]:
        if index.tok_q[tok.i] >= 0 or index.cue(tok) is None:
            continue
        if (tok.dep_ == "parataxis" and tok.head.i < tok.i) or any(
            c.dep_ == "ccomp" and c.i < tok.i for c in index.children(tok)
        ):
            return True
    return False


MAX_UTTERANCE_FRAME_TOKENS = 12  # tokens between a short utterance and its cue ('"No," X said')
# the words a name, a title or a nickname is (a one-word answer is none of these)
_NAME_ENTS = frozenset(
    ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT")
)


def short_utterance(index: DocIndex, toks: list[Token], q: tuple[int, int], cue: Token) -> bool:
    """Whether the quotation of a word or two at character offsets ``q`` (tokens ``toks``),
    which the reporting verb ``cue`` governs, is an utterance of its own and not a label: it
    opens with a capital and is one of the shapes '"X," NP V' ('"Never," the minister replied':
    it opens its sentence, ends with a comma or its sentence punctuation, and only the speaker's
    noun phrase stands before the cue) or 'NP V: "X."' / 'NP V, "X."' / 'NP V "X."' (it follows
    the cue after at most a colon or comma and a few words, and ends its sentence). A scare
    quote, a title or a nickname ('so-called "peacekeepers"', 'the "Troika"', 'known as
    "Bulldozer"') sits inside a sentence of the reporter's and fits neither shape; a quotation
    whose words are all a named entity (a show, a person, a party) is a name; the opening words
    of a sentence the frame interrupts ('"Hopefully," she said, "this will ..."', '"Judge," he
    said, "I have ..."') are no utterance of their own."""
    doc, text = index.doc, index.text
    words = [t for t in toks if not (t.is_punct or t.is_space)]
    if not words or not words[0].is_title:
        return False
    if all(t.ent_type_ in _NAME_ENTS for t in words):
        return False
    inner = text[q[0] : q[1]].rstrip("\"'\u201d\u2019\u00bb` ")
    before = text[: q[0]].rstrip(" \t\u00a0")
    after = text[q[1] :].lstrip(" \t\u00a0")
    if cue.i > toks[-1].i:  # '"X," NP V'
        if before and before[-1] not in ".?!:;\n\"\u201d\u2019')]":
            return False
        if inner[-1:] not in ",.?!\u2026" and after[:1] != ",":
            return False
        between = doc[toks[-1].i + 1 : cue.i]
        if len(between) > MAX_UTTERANCE_FRAME_TOKENS or any(
            t.pos_ == "VERB" or index.tok_q[t.i] >= 0 for t in between
        ):
            return False
        # '"Hopefully," the president said, "this museum can ...', '"Judge," he said, "I have
        # never ...': the opening words of a sentence the frame interrupts, which goes on in the
        # quotation right after the frame's comma
        k = index.tok_q[toks[0].i]
        if inner[-1:] == "," and k + 1 < len(index.spans):
            gap = text[q[1] : index.spans[k + 1][0]]
            frame = index.tokens_between(q[1], index.spans[k + 1][0])
            ends = any(t.text in (".", "?", "!") or "\n" in t.text for t in frame)
            if not ends and gap.rstrip().endswith((",", ":")):
                return False
        return True
    if cue.i < toks[0].i:  # 'NP V: "X."'
        if not (_SENTENCE_DONE.search(inner) or after[:1] in ("", "\n", ".", "?", "!")):
            return False
        between = [t for t in doc[cue.i + 1 : toks[0].i] if not t.is_space and not t.is_quote]
        if between and between[-1].text not in (":", ","):
            return False
        return len(between) <= MAX_UTTERANCE_FRAME_TOKENS and not any(
            t.pos_ in ("VERB", "AUX") or index.tok_q[t.i] >= 0 for t in between
        )
    return False


def direct_candidates(index: DocIndex, absorbed: set[int], cues_used: set[int]) -> list[Candidate]:
    """A candidate per top-level quoted passage not absorbed by indirect speech, with the first
    rule that attributes it (``cues_used``: cue tokens indirect contents already took)."""
    out: list[Candidate] = []
    text = index.text
    for k, (s, e) in enumerate(index.spans):
        if k in absorbed:
            continue
        n_words = count_words(text[s:e])
        toks = quote_tokens(index, k)
        if not toks or n_words == 0:
            continue
        inner = text[s:e].rstrip("\"'\u201d\u2019\u00bb` ")
        cue = _governing_cue(index, toks)
        anchor_only = False
        frame = None
        if n_words < MIN_CONTENT_WORDS and cue is None:
            # the parser may hang the frame on the quotation ('"The bullying," Fox's Chris
            # Wallace said': 'said' a parataxis of 'bullying'): a reporting verb in the frame
            # right after it gives the quotation after it its speaker, the short one an anchor
            # only ('"Dune," Villeneuve premiered ...' reports nothing)
            frame = _frame_cue(index, toks)
            if (
                frame is not None
                and index.cue(frame[0]) is not None
                and short_utterance(index, toks, (s, e), frame[0])
            ):
                cue, anchor_only = frame[0], True
            else:
                frame = None
        if n_words < MIN_CONTENT_WORDS and frame is None and not directive_word(index, k):
            # a word or two alone is a label, a title or a scare quote, not a statement; a short
            # utterance of its own a reporting verb governs ('"Never," the minister replied',
            # 'Lavrov said: "No."') is a quotation, a refusal or a denial being news
            # (:func:`short_utterance`), and the quotation after it continues it ('"We won," she
            # said. "The rest ..."') and has its speaker; a short sentence in another frame
            # (capitalised, closed by its punctuation) only anchors the one after it
            if cue is not None and short_utterance(index, toks, (s, e), cue):
                pass
            elif (
                cue is not None
                and inner[-1:] in ",.?!\u2026"
                and next((t for t in toks if t.is_alpha), toks[0]).is_title
            ):
                anchor_only = True
            else:
                continue
        if title_case(text[s:e]) and not _labelled_sentence(index, (s, e), inner):
            continue  # "Face the Nation", "Justice Against Sponsors of Terrorism Act": a name
        if work_title(index, k):
            continue  # 'the podcast "Here's the Harbour Hour."', 'an essay titled "…"': a name
        speechlike = n_words >= MIN_FREE_DIRECT_WORDS or inner[-1:] in ",.?!\u2026"
        cand = Candidate("direct", s, e, "direct:no-cue", anchor_only=anchor_only)
        if frame is not None:
            cand.rule, cand.cue, cand.speaker_tok = "direct:frame", frame[0], frame[1]
        elif cue is not None:
            cand.rule, cand.cue = "direct:syntax", cue
        else:
            if not speechlike:
                continue  # scare quotes, titles, names
            sents = range(index.tok_sent[toks[0].i], index.tok_sent[toks[-1].i] + 1)
            if _frame_split_off(index, sents[-1], (s, e)):
                sents = range(sents[0], sents[-1] + 2)
            colon_cue, colon_subj, colon_who = _colon_speaker(index, (s, e))
            if colon_cue is not None or colon_subj is not None or colon_who is not None:
                cand.rule, cand.cue, cand.speaker_tok = "direct:colon", colon_cue, colon_subj
                cand.speaker = colon_who
            elif (who := _dash_speaker(index, (s, e))) is not None:
                cand.rule, cand.speaker = "direct:dash", who
            elif (cue := _sentence_cue(index, sents, (s, e), cues_used, toks)) is not None:
                cand.rule, cand.cue = "direct:sentence", cue
            elif (cue := _next_sentence_cue(index, sents[-1], (s, e), cues_used)) is not None:
                cand.rule, cand.cue = "direct:next-sentence", cue
            elif (frame := _frame_cue(index, toks)) is not None:
                # the quotation's own frame ('"…!" beamed Donald Hartley', '"…," a voice-over in
                # the ad states') before a cue of the sentence before it, which is someone
                # else's act ('One thousand supporters snapped his picture.')
                cand.rule, cand.cue, cand.speaker_tok = "direct:frame", frame[0], frame[1]
            elif (cue := _prev_sentence_cue(index, sents[0], (s, e), cues_used)) is not None:
                cand.rule, cand.cue = "direct:prev-sentence", cue
            elif (frame := _lead_frame(index, toks, (s, e))) is not None:
                cand.rule, cand.cue, cand.speaker_tok = "direct:frame", frame[0], frame[1]
            elif (who := _colon_subject(index, (s, e)) or label_before(index, s)) is not None:
                cand.rule, cand.speaker_tok = "direct:colon", who
        if cand.cue is not None and cand.speaker_tok is None and cand.speaker is None:
            cand.speaker_tok = cue_subject(cand.cue, index)
        out.append(cand)
    return out
