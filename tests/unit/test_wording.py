"""Counted nouns in messages: one helper, the regular English rules, the plural spelled out
where they do not hold."""

from __future__ import annotations

import pytest

from parley.wording import plural


@pytest.mark.parametrize(
    "n, noun, expected",
    [
        (0, "article", "0 articles"),
        (1, "article", "1 article"),
        (2, "article", "2 articles"),
        (1234, "statement", "1,234 statements"),
        (1, "country pair", "1 country pair"),
        (3, "country pair", "3 country pairs"),
        (2, "entity", "2 entities"),
        (2, "day", "2 days"),  # a vowel before the y: no -ies
        (2, "match", "2 matches"),
        (2, "box", "2 boxes"),
        (2, "more dispute", "2 more disputes"),
        (-1, "article", "-1 articles"),
    ],
)
def test_plural(n, noun, expected):
    assert plural(n, noun) == expected


def test_an_irregular_plural_is_spelled_out_by_the_caller():
    assert plural(1, "analysis", "analyses") == "1 analysis"
    assert plural(2, "analysis", "analyses") == "2 analyses"
