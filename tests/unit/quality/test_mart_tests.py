"""Mart tests: a model's ``.yml`` compiles into its marts-layer suite, the way the daily_digest
suite was written by hand before (same check names and what they protect)."""

from __future__ import annotations

import pytest

from parley import schema
from parley.quality import DAILY, MARTS, WEEKLY
from parley.quality.mart_tests import compile_spec
from parley.quality.suites import mart_suites


def test_a_spec_compiles_to_named_checks_with_severity_and_mostly():
    suite = compile_spec(
        "toy",
        {
            "key": "id",
            "tests": [{"unique_combination": {"columns": ["a", "b"], "name": "one_per_ab"}}],
            "columns": {
                "id": {"tests": ["not_null", {"unique": {"name": "one_row_per_id"}}]},
                "kind": {"tests": [{"accepted_values": {"vocabulary": "QUOTE_KINDS"}}]},
                "title": {"tests": [{"not_null": {"severity": "warning", "mostly": 0.9}}]},
                "score": {"tests": [{"between": {"min": -1.0, "max": 1.0}}]},
                "note": {"description": "documented, untested"},
            },
        },
    )
    assert suite.layer == MARTS and suite.key == "id" and suite.gate == DAILY
    by_name = {c.name: c for c in suite.checks}
    assert list(by_name) == [
        "one_per_ab",
        "id_present",
        "one_row_per_id",
        "kind_allowed",
        "title_present",
        "score_in_range",
    ]
    assert by_name["one_per_ab"].expectation == "ExpectCompoundColumnsToBeUnique"
    assert by_name["kind_allowed"].kwargs["value_set"] == sorted(schema.QUOTE_KINDS)
    assert by_name["title_present"].severity == "warning"
    assert by_name["title_present"].kwargs["mostly"] == 0.9
    assert by_name["score_in_range"].kwargs == {
        "column": "score",
        "min_value": -1.0,
        "max_value": 1.0,
    }


def test_matches_not_less_than_and_the_weekly_gate_compile():
    suite = compile_spec(
        "toy_weeks",
        {
            "key": "id",
            "gate": "weekly",
            "tests": [{"not_less_than": {"column": "n", "than": "n_new"}}],
            "columns": {"iso_week": {"tests": [{"matches": {"regex": "^[0-9]{4}-W[0-9]{2}$"}}]}},
        },
    )
    assert suite.gate == WEEKLY
    pair, fmt = suite.checks
    assert (pair.name, pair.expectation) == (
        "n_not_less_than_n_new",
        "ExpectColumnPairValuesAToBeGreaterThanB",
    )
    assert pair.kwargs == {"column_A": "n", "column_B": "n_new", "or_equal": True}
    assert (fmt.name, fmt.kwargs["regex"]) == ("iso_week_format", "^[0-9]{4}-W[0-9]{2}$")
    with pytest.raises(ValueError, match="unknown gate 'hourly'"):
        compile_spec("toy", {"key": "id", "gate": "hourly", "tests": []})


def test_a_spec_without_tests_declares_no_suite_and_an_unknown_test_is_an_error():
    assert compile_spec("toy", {"key": "id", "columns": {"id": {"description": "x"}}}) is None
    with pytest.raises(ValueError, match="unknown column test 'unque'"):
        compile_spec("toy", {"key": "id", "columns": {"id": {"tests": ["unque"]}}})


def test_every_tested_mart_gets_a_suite_and_the_digest_keeps_its_checks():
    suites = mart_suites()
    assert set(suites) == {
        f"marts.{m}"
        for m in (
            "daily_digest",
            "statements",
            "disputes",
            "actor_pairs",
            "speaker_timeline",
            "pair_weeks",
            "speaker_weeks",
        )
    }
    weekly = {name for name, s in suites.items() if s.gate == WEEKLY}
    assert weekly == {"marts.pair_weeks", "marts.speaker_weeks"}
    digest = {c.name: c for c in suites["marts.daily_digest"].checks}
    assert set(digest) == {
        "columns_present",
        "quote_id_present",
        "statement_id_present",
        "one_row_per_statement",
        "speaker_present",
        "quote_present",
        "kind_allowed",
        "confidence_in_unit_range",
        "article_title_present",
    }
    assert digest["speaker_present"].protects == "the digest lists attributed quotations only"
