"""Counted nouns in what Parley prints: "1 article", "2 articles", "1,234 country pairs".

One helper for every report and terminal line (the digest, the HTML pages, the quality verdict,
the ``parley`` command), so no message says "1 articles" or hedges with "article(s)". English
only: the regular rules (``-s``; ``-es`` after s, x, z, ch, sh; consonant + ``y`` → ``-ies``),
and the plural spelled out by the caller where they do not hold.

Why no library (``inflect``): Parley only ever counts its own nouns, written in its code —
article, statement, speaker, pair, dispute, input, document, quote, check, warning, row, file,
day, date, byte and a few more, some after an adjective ("critical failure", "more country
pair"). Every one takes the regular ``-s``; none comes from the data (a country, a speaker's
name or a label is never pluralised). ``tests/unit/test_wording.py`` holds every caller to
that: the noun is a literal in the code. A library for the general English plural would be a
dependency for a fixed list it cannot improve; if a caller ever needs a noun from data, that is
the time to use ``inflect``.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")


def plural_of(noun: str) -> str:
    """The regular English plural of ``noun`` (its last word when it has several):
    "statement" → "statements", "country pair" → "country pairs", "entity" → "entities",
    "day" → "days", "match" → "matches"."""
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def plural(n: int, noun: str, plural_form: str | None = None) -> str:
    """``n`` with thousands separators and ``noun`` in the number it takes: "1 article",
    "0 articles", "1,234 articles"; ``plural_form`` where the regular rule of :func:`plural_of`
    is wrong ("1 analysis", "2 analyses")."""
    word = noun if n == 1 else (plural_form or plural_of(noun))
    return f"{n:,} {word}"
