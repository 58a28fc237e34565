"""Tier 3 (issue 16, ingest): the reliability inbox of ../shared/cases/reliability — with more
inputs of each kind generated beside it (tools/fuzz_inputs.py, fixed seed) — through the real DAG
(`dag.test()`). The good article is published whatever else is in the folder; every file and
record is an article or a reject with a reason; entries that are not inputs are counted; the link
that points outside the inbox is never read; the day passes the gate (items_accounted)."""

from __future__ import annotations

import random
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tools import fuzz_inputs

DAY = datetime(2025, 3, 1, tzinfo=UTC)
SEED = 1603  # the generated variants: the same inputs on every run
N_VARIANTS = 150


@pytest.mark.slow
def test_a_hostile_inbox_loses_nothing_and_publishes_the_good(
    dagbag, shared_dir, tmp_path, monkeypatch
):
    from parley.storage import lake

    out = tmp_path / "rel"
    subprocess.run(
        [sys.executable, str(shared_dir / "cases" / "reliability" / "make_cases.py"), str(out)],
        check=True,
        capture_output=True,
    )
    inbox = out / "inbox"
    rng = random.Random(SEED)
    expects = []
    for i in range(N_VARIANTS):
        expects += fuzz_inputs.materialize(inbox / "generated", fuzz_inputs.file_input(rng, i))
    monkeypatch.setenv("PARLEY_INBOX", str(inbox))
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    run = dagbag.dags["news_daily"].test(logical_date=DAY)
    assert str(run.state).endswith("success"), f"news_daily ended {run.state}"

    articles = lake.read_partition("articles", DAY.date()).to_pylist()
    rejects = lake.read_partition("rejects", DAY.date()).to_pylist()
    (day,) = lake.read_partition("source_days", DAY.date()).to_pylist()
    by_locator = {a["locator"]: a for a in articles}

    # the good article is published, whatever else the folder holds
    assert by_locator["good.json"]["title"] == "Envoy says talks will resume"
    # each reproduction is an article or a reject with its reason
    reasons = {
        r["locator"]: r["reason"] for r in rejects if not r["locator"].startswith("generated/")
    }
    assert reasons == {
        "bigint_date.json": "limit-exceeded",
        "dangling_link.txt": "dangling-link",
        "empty.jsonl": "empty",
        "empty_list.json": "empty",
        "link_outside_inbox.txt": "outside-source-folder",
        "nested_2000.json": "limit-exceeded",
        "nested_obj_5000.jsonl#L1": "limit-exceeded",
        "text_is_list.jsonl#t2": "schema-invalid",
        "text_is_number.json": "schema-invalid",
        "top_level_list.json#0": "schema-invalid",
        "top_level_list.json#1": "schema-invalid",
        "top_level_list.json#2": "schema-invalid",
        "whitespace_only.jsonl": "empty",
    }
    assert {
        "caf\\xe9_latin1_name.txt",
        "lone_surrogate.json",
        "u2028_inside_string.jsonl#t5",
    } <= set(by_locator)
    assert all(r["reason"] and r["detail"] for r in rejects)
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else ""
    if hostname:
        assert not any(hostname in (r["excerpt"] or "") for r in rejects), "read outside the inbox"
        assert not any(hostname in a["text"] for a in articles)

    # the generated variants: every entry gave the rows it must, skips are counted
    rows = Counter()
    for row in [*articles, *rejects]:
        loc = row["locator"]
        rows[loc] += 1
        for cut in (i for i, c in enumerate(loc) if c == "#"):
            rows[loc[:cut]] += 1
    for e in expects:
        got = rows["generated/" + e.locator]
        if e.skipped:
            assert got == 0, e
        else:
            assert (got >= 1) if e.rows is None else (got == e.rows), (e, got)
    assert day["skipped"] == sum(1 for e in expects if e.skipped)
    assert day["items"] == day["articles"] + day["rejects"] + day["already_ingested"]
    assert day["status"] == "ok" and day["source_errors"] == 0
    assert not {r["reason"] for r in rejects} & {"ingest-error", "source-failed"}

    runs = lake.read_partition("quality_runs", DAY.date()).to_pylist()
    (accounted,) = [r for r in runs if r["check_name"] == "items_accounted"]
    assert accounted["success"] and accounted["partition_passed"]
