"""Invisible format characters in names (:mod:`parley.characters`), and the names the extract
stage derives from a text that holds them (a real parse)."""

from __future__ import annotations

import unicodedata

import pytest

from parley.characters import invisible_at, visible_name
from parley.extract import quotes, statements
from parley.extract.entities import extract_entities


@pytest.mark.parametrize(
    ("text", "at", "visible"),
    [
        ("Blin\u200bken", 4, "Blinken"),  # zero-width space
        ("Ant\u00adony", 3, "Antony"),  # soft hyphen
        ("\u202bSergei Lavrov\u202c", 0, "Sergei Lavrov"),  # bidi embedding and its pop
        ("\ufeffLavrov", 0, "Lavrov"),  # byte-order mark
        ("Lavrov\u200e", 6, "Lavrov"),  # left-to-right mark
        ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", None, None),  # ZWNJ spells Persian
        ("Sergei Lavrov", None, None),
        ("Jean Du\x00pont", 7, "Jean Dupont"),  # NUL (C0 control, Cc)
        ("Lav\x1brov", 3, "Lavrov"),  # ESC (C0 control)
        ("Du\x1fpont", 2, "Dupont"),  # unit separator: str.isspace, but not Unicode White_Space
        ("Lav\x9brov", 3, "Lavrov"),  # CSI (C1 control)
        ("Jean\tDupont", None, None),  # a control character that is whitespace is kept
        ("Jean\x85Dupont", None, None),  # NEL (C1, whitespace)
        # runs of several: a zero-width space and a word joiner together, bidi marks at an edge,
        # a run holding a spelling joiner (the joiner stays), an invisible run alone
        ("Blin\u200b\u2060ken", 4, "Blinken"),
        ("\u200e\u200f\u202aLavrov\u202c\u2069", 0, "Lavrov"),
        ("Blin\u200b\u200c\u00adken", 4, "Blin\u200cken"),
        ("\ufeff\u200b\x00", 0, ""),
        ("Lav\U000e0041\U000e007frov", 3, "Lavrov"),  # tag characters (Cf, outside the BMP)
    ],
)
def test_invisible_characters_are_found_and_dropped_but_spelling_joiners(text, at, visible):
    assert invisible_at(text) == at
    assert visible_name(text) == (visible if visible is not None else text)


def test_every_code_point_is_judged_by_its_category_whatever_the_fast_path():
    """``invisible_at`` skips the per-character walk for a text ``str.isprintable`` accepts:
    over the planes that hold every Cf and Cc character (0-1, and 14 of the tag characters),
    a character between printable letters is found exactly when it is a
    format character (Cf) other than ZWNJ/ZWJ or a control character (Cc) that is not Unicode
    White_Space (the definition, from ``unicodedata`` here, not from the module)."""
    kept = {"\u200c", "\u200d", "\t", "\n", "\x0b", "\x0c", "\r", "\x85"}
    wrong = []
    for cp in [*range(0x20000), *range(0xE0000, 0xE1000)]:
        char = chr(cp)
        category = unicodedata.category(char)
        expected = 2 if category in ("Cf", "Cc") and char not in kept else None
        if invisible_at(f"ab{char}cd") != expected:
            wrong.append(f"U+{cp:04X}")
    assert wrong == []


HIDDEN = [
    '"We will not accept this," Secretary of State Antony Blin\u200bken told reporters.',
    "\u202bSergei Lavrov\u202c said Russia would respond to the sanctions.",
    '"The talks failed," Turkish Foreign Minister Mevl\u00fct \u00c7avu\u015fo\u011flu\u200e said.',
    '"We will not accept new tariffs," French Foreign Minister Jean Du\x00pont said on Tuesday.',
]


@pytest.mark.parametrize("text", HIDDEN)
def test_no_derived_name_keeps_an_invisible_character(nlp, text):
    """Speakers of quotations and statements, statement targets and entity names are derived
    names: none holds an invisible format character the text has (the text keeps it)."""
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    typed, _ = statements.statements_for(doc, found, "2024-01-01")
    names = [q.speaker for q in found]
    names += [a.name for s in typed for a in (s.speaker, s.target) if a is not None]
    names += [r["canonical_name"] for r in extract_entities(doc, "a1")]
    assert [n for n in names if n]  # a speaker or an entity is found at all
    assert [n for n in names if n and invisible_at(n) is not None] == []
    assert invisible_at(doc.text) is not None


def test_a_control_character_in_a_name_does_not_keep_the_title_on_the_speaker(nlp):
    """A NUL inside a surname (a JSON record's ``\\u0000``) is dropped from the derived name like a
    format character, so the title is split off as it is for the name written without it."""
    text = (
        '"We will not accept new tariffs," French Foreign Minister Jean Du\x00pont said on Tuesday.'
    )
    plain = text.replace("\x00", "")
    assert [q.speaker for q in quotes.extract_quotes(nlp(text))] == [
        q.speaker for q in quotes.extract_quotes(nlp(plain))
    ]
    assert all(invisible_at(q.speaker) is None for q in quotes.extract_quotes(nlp(text)))
