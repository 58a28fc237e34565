"""The data tables' loaders refuse values the rules cannot read."""

from __future__ import annotations

import pytest

from parley.extract import lexicon


def test_speech_nouns_table_loads_with_known_needs():
    table = lexicon.speech_nouns()
    assert table["comment"][1] == "negation" and "have" in table["comment"][0]
    assert {needs for _, needs in table.values()} <= lexicon.SPEECH_NOUN_NEEDS


def test_a_speech_noun_with_an_unknown_need_is_refused(monkeypatch):
    row = {"noun": "call", "light_verbs": "make", "needs": "fro", "source": "typo"}
    monkeypatch.setattr(lexicon, "rows", lambda name: [row])
    lexicon.speech_nouns.cache_clear()
    try:
        with pytest.raises(ValueError, match="'call' needs 'fro'"):
            lexicon.speech_nouns()
    finally:
        monkeypatch.undo()
        lexicon.speech_nouns.cache_clear()


@pytest.mark.parametrize(
    ("phrase", "relays"),
    [
        ("Kremlin spokesman Dmitry Peskov", True),
        ("the White House Press Secretary", True),
        ("a spokeswoman for the ministry", True),
        ("Foreign Ministry Spokesperson", True),
        # near misses: a word that only contains one, a role that speaks for itself
        ("the spokesmanship award", False),
        ("Secretary of State Anna Lind", False),
        ("", False),
    ],
)
def test_relays_names_one_who_speaks_for_a_principal(phrase, relays):
    assert lexicon.relays(phrase) is relays
