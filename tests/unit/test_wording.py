"""Counted nouns in messages: one helper, the regular English rules, the plural spelled out
where they do not hold."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import parley
from parley.wording import plural, plural_of


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


def _calls_of_plural() -> list[tuple[str, int, ast.expr]]:
    """(file, line, noun argument, [plural form argument] or []) of every call of wording.plural in
    the package."""
    found = []
    for path in sorted(Path(parley.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = any(
            isinstance(node, ast.ImportFrom)
            and node.module == "parley.wording"
            and any(a.name == "plural" for a in node.names)
            for node in ast.walk(tree)
        )
        for node in ast.walk(tree) if imported else ():
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "plural":
                found.append((path.name, node.lineno, node.args[1], node.args[2:3]))
    return found


def test_every_caller_counts_a_noun_written_in_the_code_never_one_from_data():
    """Why wording needs no pluralisation library (its docstring): the noun is a literal, or an
    f-string that ends in one ("more {pair} statement"), and its last word takes the regular -s,
    unless the call writes its plural out as a literal too ("party", "parties")."""
    calls = _calls_of_plural()
    assert len(calls) >= 40  # the digest, HTML pages, quality verdict, CLI, pipeline, lake
    for name, line, noun, written in calls:
        if isinstance(noun, ast.JoinedStr):
            noun = noun.values[-1]
        assert isinstance(noun, ast.Constant) and isinstance(noun.value, str), (name, line)
        last = noun.value.split()[-1]
        assert last.isalpha() and last.islower(), (name, line)
        if written:
            form = written[0]
            assert isinstance(form, ast.Constant) and isinstance(form.value, str), (name, line)
            assert form.value.split()[:-1] == noun.value.split()[:-1], (name, line)
        else:
            assert plural_of(last) == last + "s", (name, line)
