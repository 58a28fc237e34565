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
    ],
)
def test_spans(text, expected):
    assert [text[s:e] for s, e in find_quote_spans(text)] == expected


def test_unpaired_marks_are_counted():
    assert pair_quote_marks('He said "we will win.\n\nThen he left.').unpaired == 1
    assert pair_quote_marks('"Balanced," she said.').unpaired == 0
