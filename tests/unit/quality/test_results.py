"""How check results read in `parley quality` and the gate's error: observed values a reader
can take in."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from parley.quality import results


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("110.5941411625383", "110.594"),  # a day's mean against a range written to 3 decimals
        ("3.157142857142857", "3.157"),
        ("0.19547511312217195", "0.195"),
        ("0.5", "0.5"),
        ("12.0", "12"),
        ("7", "7"),
        ("-0.0004", "0"),
        ("float64", "float64"),  # a column's type, not a number
        ("nan", "nan"),
    ],
)
def test_an_observed_value_is_shown_to_three_decimals_at_most(stored, shown):
    assert results.observed_text(stored) == shown


def test_parley_quality_shows_a_warnings_observed_mean_rounded():
    st = {
        "ds": "2026-12-01",
        "latest": {
            "status": "passed with warnings",
            "attempt": "4ff0279ac680",
            "validated_at": datetime(2026, 12, 1, 6, 59),
            "checks": 237,
            "critical_failures": 0,
            "warnings": 1,
        },
        "failures": [
            {
                "severity": "warning",
                "table_name": "article_stats",
                "check_name": "mean_entities_per_1k_words",
                "unexpected_count": None,
                "element_count": None,
                "observed_value": "110.5941411625383",
                "description": "the day's mean entities per 1,000 words lies in [63.305, 87.026]",
                "failing_rows": None,
            }
        ],
        "earlier_attempts": [],
        "docs_index": None,
    }
    said = results.format_verdict(st, "2026-12-01").splitlines()
    assert said[2] == "  WARNING  article_stats.mean_entities_per_1k_words: observed 110.594"


def test_the_digests_quality_line_names_a_source_that_could_not_be_read():
    """A misspelt PARLEY_INBOX gave "Quality: passed" and a green run: the source that could not
    be read fails the warning check source_days.source_read, and the digest's line names it."""
    row = {"source": "inbox", "status": "failed", "detail": "inbox-missing: folder /x ..."}
    st = {
        "ds": "2026-11-30",
        "latest": {"status": "passed with warnings", "checks": 237, "warnings": 1},
        "failures": [
            {
                "severity": "warning",
                "table_name": "source_days",
                "check_name": "source_read",
                "unexpected_count": 1,
                "failing_rows": json.dumps([row]),
            }
        ],
    }
    assert results.verdict_line(st, "2026-11-30") == (
        "Quality: passed with 1 warning; 237 checks; 1 source not read: inbox "
        "(parley quality --date 2026-11-30)"
    )
    # the failing rows are a sample of three: five sources unread are five, three of them named
    sample = [dict(row, source=s) for s in ("feed-b", "feed-a", "inbox")]
    st["failures"][0].update(unexpected_count=5, failing_rows=json.dumps(sample))
    assert results.verdict_line(st, "2026-11-30") == (
        "Quality: passed with 1 warning; 237 checks; 5 sources not read: feed-a, feed-b, inbox "
        "and 2 more (parley quality --date 2026-11-30)"
    )
    st["failures"] = []
    st["latest"] = {"status": "passed", "checks": 237, "warnings": 0}
    assert "not read" not in results.verdict_line(st, "2026-11-30")
