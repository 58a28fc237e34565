"""The stages without Airflow: sharding is invisible in the output, the gate holds, SQL is read-only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow.compute as pc
import pytest

from parley import pipeline
from parley.dates import window_for_date
from parley.settings import get_settings
from parley.storage import lake

W = window_for_date("2025-02-25")
PARLEY = Path(sys.executable).with_name("parley")


def _staged_quotes():
    return sorted(lake.read_staging("quotes", W.dt).to_pylist(), key=lambda r: r["quote_id"])


def test_two_shards_give_the_same_rows_as_one(seed_inbox, data_dir, monkeypatch):
    monkeypatch.setenv("PARLEY_EXTRACT_CACHE_DAYS", "0")  # extract twice for real
    pipeline.ingest(W)
    pipeline.extract(W, 0, 1)
    one = _staged_quotes()
    pipeline.ingest(W)  # resets the day's staging area
    for shard in range(2):
        pipeline.extract(W, shard, 2)
    assert _staged_quotes() == one and len(one) > 5


def test_failed_gate_publishes_nothing_and_names_the_expectation(seed_inbox, data_dir):
    pipeline.ingest(W)
    pipeline.extract(W)
    # corrupt one quote's offsets the way an off-by-one bug would
    path = lake.staged_parts("quotes", W.dt)[0]
    quotes = lake.read_files("quotes", [path])
    shifted = pc.add(quotes.column("quote_start"), 1)
    lake.write_file(
        "quotes",
        quotes.set_column(quotes.schema.get_field_index("quote_start"), "quote_start", shifted),
        path,
    )
    with pytest.raises(pipeline.QualityGateError) as err:
        pipeline.validate(W)
    assert "quotes" in str(err.value) and "quote_matches_text" in str(err.value)
    with pytest.raises(pipeline.QualityGateError, match="has not passed validation"):
        pipeline.publish(W)
    assert lake.published_dates("quotes") == []
    assert list((get_settings().quarantine_dir / "dt=2025-02-25").iterdir())


def test_sql_is_read_only(seed_inbox, data_dir):
    pipeline.run_all(W)
    ok = subprocess.run(
        [str(PARLEY), "sql", "select count(*) from daily_digest", "--format", "csv"],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0 and int(ok.stdout.splitlines()[1]) > 5
    bad = subprocess.run(
        [str(PARLEY), "sql", "drop table daily_digest"], capture_output=True, text=True
    )
    assert bad.returncode == 1 and "read-only" in bad.stderr.lower()


def test_a_near_copy_on_a_later_date_is_linked_and_its_statements_not_published_again(
    seed_inbox, seed_text, data_dir
):
    """A new user's run: the seed article copied with one sentence added under a new name, run
    on a later date, was published as an original (its statements and disputes twice in the
    weekly). It is linked to the first date's article, extracts nothing, and a re-run of the
    later date gives the same tables."""
    import json

    first = window_for_date("2025-02-25")
    pipeline.run_all(first)
    (original,) = lake.read_partition("articles", first.ds).to_pylist()
    assert lake.read_partition("statements", first.ds).num_rows > 0
    copy = seed_text + " The ministry did not respond to a request for comment."
    (seed_inbox / "copy.json").write_text(json.dumps({"title": "Copy", "text": copy}))
    later = window_for_date("2025-03-04")
    for _ in range(2):  # the later date, and a re-run of it: the same rows
        pipeline.run_all(later)
        (row,) = lake.read_partition("articles", later.ds).to_pylist()
        assert row["locator"] == "copy.json"
        assert (row["duplicate_of"], row["duplicate_kind"]) == (original["article_id"], "near")
        assert row["duplicate_similarity"] >= 0.9
        assert lake.read_partition("statements", later.ds).num_rows == 0
