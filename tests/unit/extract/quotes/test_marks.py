"""Pairing of quotation marks (the first step of direct-quote extraction)."""

from __future__ import annotations

import pytest

from parley.extract.quotes import find_quote_spans, pair_quote_marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" and "no".', ['"yes"', '"no"']),
        (
            "He said \u201cyes, \u2018maybe\u2019 no\u201d today.",
            ["\u201cyes, \u2018maybe\u2019 no\u201d"],
        ),
        ('An "unclosed quote\nnext paragraph "closed" here', ['"closed"']),
        ("\u201cOpen only", []),
        ("", []),
        # newswire style: two apostrophes as a double mark
        ("''We are ready,'' she said.", ["''We are ready,''"]),
        # apostrophes inside and after words are not marks
        ("The minister\u2019s aide didn\u2019t say; the leaders\u2019 talks went on.", []),
        # single curly quotes at the top level (headline and British style)
        ("Minister calls plan \u2018a disaster\u2019 after vote", ["\u2018a disaster\u2019"]),
        ("Er sagte \u00abnein\u00bb.", ["\u00abnein\u00bb"]),
        # a quotation over two paragraphs: opening mark on each, one closing mark
        (
            '"First part of it.\n\n"Second part of it," she said.',
            ['"First part of it.\n\n"Second part of it,"'],
        ),
        # a stray closing mark before a real pair does not shift the pairing
        ('5\'10" tall, he said "enough" twice.', ['"enough"']),
        # straight marks decided by context: the stray opener is dropped, not paired across
        ('He said "one "two" three.', ['"two"']),
        # a quotation over paragraphs whose line breaks the text lost (BBC copy): a re-opening
        # mark after the end of a sentence ends the paragraph before it, which is kept
        (
            'He said: "This was more talk. "We have heard it all. "There is a choice."',
            ['"This was more talk.', '"We have heard it all.', '"There is a choice."'],
        ),
        # near misses: a mark after a word, not after a sentence's end, is still a stray
        # opener, and so is a phrase's mark left open in the writer's sentence ('"rigged.')
        ('He said "one, "two" three.', ['"two"']),
        (
            'He said the vote was "rigged. The chairman rejected it. "It was fair," he said.',
            ['"It was fair,"'],
        ),
    ],
)
def test_spans(text, expected):
    assert [text[s:e] for s, e in find_quote_spans(text)] == expected


def test_unpaired_marks_are_counted():
    assert pair_quote_marks('He said "we will win.\n\nThen he left.').unpaired == 1
    assert pair_quote_marks('"Balanced," she said.').unpaired == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French: a (no-break) space inside each guillemet; the closing one before a full stop
        # was read as an opener and both marks counted unpaired
        (
            "Le ministre a d\u00e9clar\u00e9: \u00ab La France ne c\u00e9dera pas \u00bb. Il a ajout\u00e9.",
            ["\u00ab La France ne c\u00e9dera pas \u00bb"],
        ),
        (
            "Il a dit\u00a0: \u00ab\u00a0Nous resterons\u00a0\u00bb, selon l\u2019AFP.",
            ["\u00ab\u00a0Nous resterons\u00a0\u00bb"],
        ),
        (
            "\u00ab Non \u00bb, a-t-il r\u00e9pondu. \u00ab Jamais. \u00bb",
            ["\u00ab Non \u00bb", "\u00ab Jamais. \u00bb"],
        ),
        # German: reversed and unspaced
        ("\u00bbWir kommen nicht\u00ab, sagte er.", ["\u00bbWir kommen nicht\u00ab"]),
        (
            "Er sagte: \u00bbWir kommen nicht.\u00ab Dann ging er.",
            ["\u00bbWir kommen nicht.\u00ab"],
        ),
        # English wire copy with guillemets, unspaced
        ("\u00abWe will not yield,\u00bb the minister said.", ["\u00abWe will not yield,\u00bb"]),
    ],
)
def test_guillemets_pair_in_french_and_german_typography(text, expected):
    """\u00ab \u00bb are quotation marks in French (spaced, \u00ab opens) and German (unspaced,
    \u00bb opens) typography: each such passage pairs, and no mark is counted unpaired."""
    marks = pair_quote_marks(text)
    assert [text[s:e] for s, e in marks.spans] == expected
    assert marks.unpaired == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening curly mark typed as the closer, after the last word's punctuation
        (
            "The board wrote: \u201cA change is needed now.\u201c The mayor did not reply.",
            ["\u201cA change is needed now.\u201c"],
        ),
        ("\u201cIt is over,\u201c the coach said.", ["\u201cIt is over,\u201c"]),
        # near miss: an opening mark before a word still opens a nested passage
        (
            "\u201cThis is \u2018the best day\u2019 of my life,\u201d she said.",
            ["\u201cThis is \u2018the best day\u2019 of my life,\u201d"],
        ),
    ],
)
def test_an_opening_curly_mark_against_the_end_of_a_passage_closes_it(text, expected):
    assert [text[s:e] for s, e in find_quote_spans(text)] == expected
