"""The statements suite blocks a partition with an unknown label, a malformed CAMEO code, a
non-ISO country or a target span that does not slice the article."""

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
        "articles": schema.to_arrow("articles", [article]).to_pandas(),
        "quotes": schema.to_arrow("quotes", [quote]).to_pandas(),
        "statements": schema.to_arrow("statements", [row]).to_pandas(),
    }


def _failed(tables) -> set[tuple[str, str | None]]:
    report = quality.validate("2025-02-25", tables, get_settings())
    return {(r.expectation, r.column) for r in report.critical_failures if r.table == "statements"}


@pytest.mark.slow
def test_statements_suite(data_dir):
    assert _failed(_tables()) == set()
    bad = _tables(
        statement_type="COMPLAIN",
        cameo_code="12A",
        speaker_country="XX",
        target_start=0,  # "Lavr" is not "NATO"
    )
    assert _failed(bad) == {
        ("expect_column_values_to_be_in_set", "statement_type"),
        ("expect_column_values_to_match_regex", "cameo_code"),
        ("expect_column_values_to_be_in_set", "speaker_country"),
        ("expect_column_values_to_be_in_set", "_target_span_ok"),
    }
