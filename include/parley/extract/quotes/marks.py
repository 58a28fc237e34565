"""Quotation marks: pairing opening and closing marks into quoted passages.

News text mixes curly and straight marks, single and double, guillemets, and the newswire habit of
two apostrophes (``''like this''``). Straight marks carry no direction, so each mark is classed by
its neighbours the way CommonMark classes emphasis delimiters: a mark after a space and before a
word opens, a mark after a word and before a space or punctuation closes, anything else alternates.

Only top-level passages are returned; marks nested inside them (a single-quoted title inside a
double-quoted sentence) belong to the outer passage. A quotation that runs over several paragraphs
repeats its opening mark on each paragraph and closes once at the end: it comes out as one passage.
When the text lost those line breaks, a re-opening mark after the end of a sentence ends the
passage before it there (one passage per lost paragraph, as the paragraphs were written).
An opening mark left unclosed at the end of a paragraph that the next paragraph does not continue is
dropped and counted, so unbalanced marks never shift the pairing of later paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.extract.model import PARAGRAPH_BREAK

DOUBLE_OPEN = {"\u201c", "\u201e", "\u00ab", "\u201f"}
DOUBLE_CLOSE = {"\u201d", "\u00bb"}
SINGLE_OPEN = {"\u2018", "\u201b"}
SINGLE_CLOSE = {"\u2019"}
_OPEN_CONTEXT = set(" \t\n\r([{\u2014\u2013-/\u00a0") | DOUBLE_OPEN | SINGLE_OPEN
_CLOSE_FOLLOW = set(" \t\n\r)]}.,;:!?\u2014\u2013-/\u00a0\u2026") | DOUBLE_CLOSE | SINGLE_CLOSE


@dataclass(frozen=True)
class QuoteMarks:
    """Paired passages (``[start, end)`` character spans, marks included) and how many marks
    could not be paired."""

    spans: list[tuple[int, int]]
    unpaired: int


@dataclass(frozen=True)
class _Mark:
    char: int  # character offset
    length: int
    double: bool
    role: str  # "open" | "close" | "either"


def _role(text: str, i: int, length: int) -> str:
    before = text[i - 1] if i > 0 else " "
    after = text[i + length] if i + length < len(text) else " "
    left_flank = before in _OPEN_CONTEXT and not after.isspace()
    right_flank = not before.isspace() and (after in _CLOSE_FOLLOW or after in "\"'")
    if left_flank and not right_flank:
        return "open"
    if right_flank and not left_flank:
        return "close"
    return "either"


# « and »: French typography opens with « and closes with », a space (often no-break) inside
# each; German and Scandinavian typography reverses them, unspaced (»Wir kommen«, sagte er).
# Robert Bringhurst, The Elements of Typographic Style, 3rd ed., 2004, §5.5.1; Imprimerie
# nationale, Lexique des règles typographiques, 2002 ("guillemets").
GUILLEMETS = {"\u00ab", "\u00bb"}


def _guillemet_role(text: str, i: int) -> str:
    """« opens unless it is written against the end of a word and followed by a space or
    punctuation (German »…«); » closes unless it follows a space or an opening context and is
    written against the start of a word (German »…). A spaced French closing » before a full
    stop ("pas »."), which the flanking rule of :func:`_role` reads as an opener, closes."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] == "\u00ab":
        against_word = before.isalnum() or before in ".,!?\u2026"
        return "close" if against_word and (after.isspace() or after in _CLOSE_FOLLOW) else "open"
    return "open" if before in _OPEN_CONTEXT and after.isalnum() else "close"


# every character that may be (or begin) a quotation mark: :func:`_marks` jumps from one to the
# next instead of looking at each character of the text
_MARK_SET = GUILLEMETS | DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE | {'"', "'", "`"}
_MARK_CHARS = re.compile("[" + re.escape("".join(sorted(_MARK_SET))) + "]")


def _marks(text: str) -> list[_Mark]:
    """Every quotation mark in ``text`` with its direction (apostrophes inside words skipped)."""
    marks: list[_Mark] = []
    i, n = 0, len(text)
    while i < n:
        found = _MARK_CHARS.search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch in GUILLEMETS:
            marks.append(_Mark(i, 1, True, _guillemet_role(text, i)))
        elif ch in DOUBLE_OPEN:
            # an opening curly mark typed as the closer ("Yes.“) still closes
            role = "close" if ch == "\u201c" and _role(text, i, 1) == "close" else "open"
            marks.append(_Mark(i, 1, True, role))
        elif ch in DOUBLE_CLOSE:
            # a closing curly mark used as an opener ("”Yes”) still opens
            role = "open" if _role(text, i, 1) == "open" else "close"
            marks.append(_Mark(i, 1, True, role))
        elif ch == '"':
            marks.append(_Mark(i, 1, True, _role(text, i, 1)))
        elif ch == "`" and text.startswith("``", i):
            marks.append(_Mark(i, 2, True, "open"))
            i += 2
            continue
        elif ch == "'" and text.startswith("''", i) and not text.startswith("'''", i):
            marks.append(_Mark(i, 2, True, _role(text, i, 2)))
            i += 2
            continue
        elif ch in SINGLE_OPEN or ch in SINGLE_CLOSE or ch == "'":
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < n else " "
            if not (before.isalnum() and after.isalpha()):  # not an apostrophe inside a word
                role = _role(text, i, 1)
                if role == "open" and after.isalpha():
                    marks.append(_Mark(i, 1, False, "open"))
                elif role == "close" and not before.isspace():
                    marks.append(_Mark(i, 1, False, "close"))
        i += 1
    return marks


# the end of a sentence right before an opening mark, then one space: where a paragraph of a
# quotation ended in a text that lost its line breaks
_SENTENCE_END_BEFORE = re.compile(r"[.?!\u2026] $")


def _reopens_after_sentence(text: str, i: int) -> bool:
    """Whether the opening mark at ``i`` follows the end of a sentence and one space: while a
    double-quoted passage is open, such a mark opens the next paragraph of the quotation, whose
    line break was lost (BBC copy: 'said: "This was more talk. "We've heard it all before.
    ..."'), so the open passage ends there rather than being dropped as a stray opener."""
    return bool(_SENTENCE_END_BEFORE.search(text[max(0, i - 2) : i]))


def _opens_words_of_their_own(text: str, i: int) -> bool:
    """Whether the opening mark at ``i`` starts a quotation that stands as words of their own:
    at a paragraph's start or after a colon, comma or the end of a sentence ('said: "This
    ...', '... he said. "But ...'), as the paragraphs of a long quotation open. A mark after a
    word opens a phrase in the writer's sentence ('the vote was "rigged.'), which a missing
    closing mark leaves open: a later mark is no paragraph of it."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":  # read back over the spaces only, not the text
        j -= 1
    return j < 0 or text[j] in ":,.?!;\n\u2026"


def pair_quote_marks(text: str) -> QuoteMarks:
    """Pair the quotation marks of ``text`` into top-level passages (see the module docstring)."""
    marks = _marks(text)
    spans: list[tuple[int, int]] = []
    unpaired = 0
    dbl: _Mark | None = None  # the open double-quoted passage
    sgl: _Mark | None = None  # an open single-quoted passage outside any double one
    skip: set[int] = set()  # re-opening marks of continued paragraphs
    by_pos = {m.char: m for m in marks}
    # paragraph ends: a line break before a lower-case letter continues the sentence
    newlines = [m.start() for m in PARAGRAPH_BREAK.finditer(text)]
    nl_idx = 0

    def paragraph_break(upto: int) -> None:
        """Handle every paragraph end before ``upto``."""
        nonlocal dbl, sgl, unpaired, nl_idx
        while nl_idx < len(newlines) and newlines[nl_idx] < upto:
            nl = newlines[nl_idx]
            nl_idx += 1
            if sgl is not None:
                sgl, unpaired = None, unpaired + 1
            if dbl is None:
                continue
            j = nl
            while j < len(text) and text[j].isspace():
                j += 1
            reopen = by_pos.get(j)
            if reopen is not None and reopen.double and reopen.role != "close":
                skip.add(reopen.char)  # the quotation continues in the next paragraph
            else:
                dbl, unpaired = None, unpaired + 1
            while nl_idx < len(newlines) and newlines[nl_idx] < j:
                nl_idx += 1

    for m in marks:
        paragraph_break(m.char)
        if m.char in skip:
            continue
        if m.double:
            if sgl is not None:  # a single quote left open before a double one: a stray apostrophe
                sgl, unpaired = None, unpaired + 1
            if dbl is None:
                if m.role == "close":
                    unpaired += 1
                else:
                    dbl = m
            elif (
                m.role == "open"
                and _reopens_after_sentence(text, m.char)
                and _opens_words_of_their_own(text, dbl.char)
            ):
                # a paragraph's re-opening mark whose line break the text lost ('... Brown.
                # "We've heard it all before.'): the paragraph before is a passage of its own,
                # ending with its sentence, and the quotation goes on from the mark
                end = m.char
                while end > dbl.char and text[end - 1].isspace():
                    end -= 1
                spans.append((dbl.char, end))
                dbl = m
            elif m.role == "open":
                dbl, unpaired = m, unpaired + 1  # the earlier opener was stray
            else:
                spans.append((dbl.char, m.char + m.length))
                dbl = None
        elif dbl is None:
            if m.role == "open":
                if sgl is not None:
                    unpaired += 1
                sgl = m
            elif sgl is not None:
                spans.append((sgl.char, m.char + m.length))
                sgl = None
    paragraph_break(len(text) + 1)
    if dbl is not None:
        unpaired += 1
    if sgl is not None:
        unpaired += 1
    spans = [(s, e) for s, e in spans if any(ch.isalnum() for ch in text[s:e])]
    return QuoteMarks(sorted(spans), unpaired)


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``[start, end)`` of the top-level quoted passages, marks included."""
    return pair_quote_marks(text).spans
