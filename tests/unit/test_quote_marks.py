"""Pairing of quotation marks (the first step of direct-quote extraction)."""

from __future__ import annotations

import pytest

from parley.quotes import find_quote_spans


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
    ],
)
def test_spans(text, expected):
    assert [text[s:e] for s, e in find_quote_spans(text)] == expected
