"""The statements suite blocks a partition with an unknown label, a malformed CAMEO code, a
non-ISO country, or a target or statement span that does not slice the article."""

from __future__ import annotations

import pytest

from parley import quality, schema
from parley.settings import get_settings

TEXT = "Lavrov said the plan is unacceptable to NATO."


def _tables(**statement):
    article = {"article_id": "a1", "text": TEXT, "content_hash": "h", "n_chars": len(TEXT)}
    quote = {
        "quote_id": "q1",
        "article_id": "a1",
        "kind": "indirect",
        "quote_text": TEXT[12:44],
        "quote_start": 12,
        "quote_end": 44,
        "speaker": "Sergei Lavrov",
        "rule": "test",
        "confidence": 0.6,
    }
    row = {
        "statement_id": "s1",
        "article_id": "a1",
        "quote_id": "q1",
        "statement_start": 12,
        "statement_end": 44,
        "statement_text": TEXT[12:44],
        "speaker": "Sergei Lavrov",
        "speaker_country": "RU",
        "statement_type": "REJECT",
        "cameo_code": "120",
        "plover_category": "REJECT",
        "weight": -4.0,
        "negated": False,
        "target": "NATO",
        "target_kind": "io",
        "target_mention": "NATO",
        "target_start": TEXT.index("NATO"),
        "target_end": TEXT.index("NATO") + 4,
        "subject_terms": ["plan"],
        "topics": [],
        "rule": "test",
        "confidence": 0.5,
    } | statement
    return {
        "articles": schema.to_arrow("articles", [article]),
        "quotes": schema.to_arrow("quotes", [quote]),
        "entities": schema.empty("entities"),
        "statements": schema.to_arrow("statements", [row]),
    }


def _failed(tables, attempt: str) -> set[str]:
    report = quality.validate("2025-02-25", tables, get_settings(), attempt=attempt, ranges={})
    return {r.check for r in report.critical_failures if r.table == "statements"}


@pytest.mark.slow
def test_statements_suite(data_dir):
    assert _failed(_tables(), "clean") == set()
    bad = _tables(
        statement_type="COMPLAIN",
        cameo_code="12A",
        speaker_country="XX",
        target_start=0,  # "Lavr" is not "NATO"
    )
    assert _failed(bad, "broken") == {
        "statement_type_allowed",
        "cameo_code_format",
        "speaker_country_allowed",
        "target_matches_text",
    }
    orphan = _tables(quote_id="q-missing")
    assert _failed(orphan, "orphan") == {"quote_exists"}
    # a statement's own words (one clause of its quotation) must slice the article too
    clause = _tables(statement_start=12, statement_end=24, statement_text=TEXT[12:24])
    assert _failed(clause, "clause") == set()
    shifted = _tables(statement_start=13, statement_end=25, statement_text=TEXT[12:24])
    assert _failed(shifted, "shifted") == {"statement_matches_text"}
    outside = _tables(statement_start=40, statement_end=len(TEXT) + 5)
    assert _failed(outside, "outside") == {"statement_inside_article", "statement_matches_text"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "key", "failed"),
    [
        ("person", "lavrov|sergei||", set()),
        ("person", "king|martin luther||jr", set()),
        ("person", "bush|george|h w|", set()),
        ("person", None, set()),  # a bare surname has no key
        ("country", None, set()),
        ("country", "russia|||", {"speaker_name_key_of_person"}),
        (None, "lavrov|sergei||", {"speaker_name_key_of_person"}),
        ("person", "Sergei Lavrov", {"speaker_name_key_format"}),
        ("person", "lavrov|sergei|", {"speaker_name_key_format"}),
        ("person", "lavrov|sergei|||", {"speaker_name_key_format"}),
    ],
)
def test_speaker_name_key_is_a_persons_four_part_key(data_dir, kind, key, failed):
    """``statements.speaker_name_key`` (names.name_key, what the statements mart matches a
    person's names on) is null unless the speaker is a person, and has exactly four
    '|'-separated parts."""
    tables = _tables(speaker_kind=kind, speaker_name_key=key)
    assert _failed(tables, f"key-{kind}-{key}") == failed
