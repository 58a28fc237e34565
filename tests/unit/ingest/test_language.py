"""Language: detected offline when the text says enough, else the declared language."""

from __future__ import annotations

import pytest

from parley.ingest.language import identify, normalise_code

EN = "The foreign minister said on Tuesday that talks with the delegation would resume next week."
DE = "Der Außenminister sagte am Dienstag, die Gespräche mit der Delegation würden nächste Woche fortgesetzt."
PT = "O ministro das Relações Exteriores disse na terça-feira que as negociações serão retomadas na próxima semana."


@pytest.mark.parametrize(("text", "code"), [(EN, "en"), (DE, "de"), (PT, "pt")])
def test_detects_the_language_of_a_sentence(text, code):
    lang = identify(text, "en")  # a confident detection beats a (wrong) declaration
    assert (lang.code, lang.method) == (code, "detected") and lang.confidence >= 0.8


def test_short_text_keeps_the_declared_language():
    assert identify("Ukraine says", "en-GB", "fr").code == "en"
    assert identify("Ukraine says", None, "fr").method == "declared"
    assert identify("Ukraine says").code is None


@pytest.mark.parametrize(
    ("raw", "code"), [("en-US", "en"), ("pt_BR", "pt"), ("EN", "en"), ("", None), ("1", None)]
)
def test_normalise_code(raw, code):
    assert normalise_code(raw) == code


def test_one_rule_says_what_is_english_and_what_is_extracted():
    from parley.ingest.articles import extractable
    from parley.ingest.language import is_english

    assert [is_english(c) for c in ("en", None, "", "de", "fr")] == [True, True, True, False, False]
    original = {"duplicate_of": None, "language": None}
    assert extractable(original)
    assert not extractable(dict(original, language="de"))
    assert not extractable(dict(original, duplicate_of="a123"))
