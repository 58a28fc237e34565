"""Direct speech: every top-level quoted passage with the first rule that attributes it — a
reporting verb that governs it in the parse, one elsewhere in its sentence, an attribution sentence
right after or before it, a colon before it, a dash after it — and the short passages that are
names, titles or scare quotes rather than speech.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parley.extract.quotes.document import (
    CUE_WINDOW,
    MAX_GAP_CHARS,
    MIN_CONTENT_WORDS,
    MIN_FREE_DIRECT_WORDS,
    WORD,
    Candidate,
    DocIndex,
    count_words,
    cue_subject,
    is_according,
    quote_tokens,
    speaker_label,
)
from parley.extract.syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token


_DASH_SPEAKER = re.compile(r"\s*(?:[\u2014\u2013\u2015]|--?)\s*")


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


MAX_TITLE_WORDS = 8


def title_case(text: str) -> bool:
    """A short quotation whose every word but the small ones is capitalised is the name of a
    show, a book, a law or a slogan ('"Face the Nation"'), not speech."""
    words = WORD.findall(text)
    if not 2 <= len(words) <= MAX_TITLE_WORDS:
        return False
    big = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS or w is words[0]]
    return all(w[0].isupper() or w[0].isdigit() for w in big) and not all(w.isupper() for w in big)


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
            if index.tok_q[node.i] < 0 and (
                index.cue(node) is not None or is_according(node, index)
            ):
                return node
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _sentence_cue(
    index: DocIndex, sents: range, q: tuple[int, int], used: set[int], toks: list[Token]
) -> Token | None:
    """The nearest reporting verb outside quotation marks in the given sentences (same
    paragraph, at most ``CUE_WINDOW`` tokens from the quotation ``toks``) that is not already
    the cue of its own indirect content."""
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
            if (cue is None or cue.frames == {"object"}) and is_according(tok, index) is None:
                continue
            dist = q[0] - tok.idx if tok.idx < q[0] else tok.idx - q[1]
            has_subject = cue_subject(tok, index) is not None
            key = (0 if has_subject else 1, dist)
            if best is None or key < best[:2]:
                best = (*key, tok)
    return best[2] if best else None


def _colon_speaker(index: DocIndex, q: tuple[int, int]) -> tuple[Token | None, Token | None]:
    """(cue, speaker token) of 'Smith said:' / 'Smith on Twitter:' just before a quotation."""
    text = index.text
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
    label = speaker_label(index, para_start)
    if label is not None and label.idx < i:
        return None, label
    k = index.tok_sent[colon[0].i]
    sent = index.sents[k]
    for j in range(colon[0].i - 1, max(sent.start, colon[0].i - CUE_WINDOW) - 1, -1):
        tok = index.doc[j]
        if index.tok_q[j] >= 0:
            continue
        if index.cue(tok) is not None or is_according(tok, index) is not None:
            return tok, cue_subject(tok, index)
    root = index.sent_roots[k]
    if root.i < colon[0].i:
        for child in index.children(root):
            if child.dep_ in SUBJECT_DEPS:
                return None, child
        if index.ents[root.i] is not None and index.ents[root.i].label_ in ("PERSON", "ORG"):
            return None, root
    return None, None


def _dash_speaker(index: DocIndex, q: tuple[int, int]) -> Token | None:
    """The name after '"..." — Smith'."""
    m = _DASH_SPEAKER.match(index.text, q[1])
    if not m or m.end() == q[1]:
        return None
    span = index.doc.char_span(m.end(), min(len(index.text), m.end() + 60), alignment_mode="expand")
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
    if index.para(sent.start_char) != index.para(q[1]):
        return None
    if not 0 <= sent.start_char - q[1] <= MAX_GAP_CHARS:
        return None
    gap = index.text[q[1] : sent.start_char]
    if gap.strip():
        return None
    if len(sent) > 14 or any(index.tok_q[t.i] >= 0 for t in sent):
        return None
    for tok in sent:
        if tok.i not in used and index.cue(tok) is not None and cue_subject(tok, index) is not None:
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
    if index.para(sent.end_char) != index.para(q[0]) or q[0] - sent.end_char > MAX_GAP_CHARS:
        return None
    if index.text[sent.end_char : q[0]].strip():
        return None
    if any(index.tok_q[t.i] >= 0 for t in sent):
        return None
    for tok in reversed(sent):
        if tok.i not in used and index.cue(tok) is not None and cue_subject(tok, index) is not None:
            return tok
    return None


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
        if n_words < MIN_CONTENT_WORDS and not directive_word(index, k):
            continue  # a word or two alone is a label, a title or a scare quote, not a statement
        if title_case(text[s:e]):
            continue  # "Face the Nation", "Justice Against Sponsors of Terrorism Act": a name
        inner = text[s:e].rstrip("\"'\u201d\u2019\u00bb` ")
        speechlike = n_words >= MIN_FREE_DIRECT_WORDS or inner[-1:] in ",.?!\u2026"
        cand = Candidate("direct", s, e, "direct:no-cue")
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
            elif (cue := _sentence_cue(index, sents, (s, e), cues_used, toks)) is not None:
                cand.rule, cand.cue = "direct:sentence", cue
            elif (cue := _next_sentence_cue(index, sents[-1], (s, e), cues_used)) is not None:
                cand.rule, cand.cue = "direct:next-sentence", cue
            elif (cue := _prev_sentence_cue(index, sents[0], (s, e), cues_used)) is not None:
                cand.rule, cand.cue = "direct:prev-sentence", cue
            elif (who := _dash_speaker(index, (s, e))) is not None:
                cand.rule, cand.speaker_tok = "direct:dash", who
        if cand.cue is not None and cand.speaker_tok is None:
            cand.speaker_tok = cue_subject(cand.cue, index)
        out.append(cand)
    return out
