"""Issue 16: one bad document never takes the day down — through the real DAG (`dag.test()`).

An inbox with the seed article and two documents a worker cannot survive: one crashes it natively
(SIGSEGV), one spins in C past its CPU-time budget (both injected with ``PARLEY_FAULT_INJECTION``,
test-only). The day must publish every article, the seed with its quotes, quarantine exactly the
two bad ones with their reasons, report them in the quality gate, and a re-run of the date must
reproduce the same tables, now from the extraction cache.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest

DAY = datetime(2025, 2, 25, tzinfo=UTC)
DS = "2025-02-25"
BODY = (
    "The foreign ministers met in Geneva on Tuesday to discuss the ceasefire. Officials from both "
    "delegations said the talks had been difficult but useful, and that a second round would "
    "follow next month. The minister told reporters that his government would not accept any "
    "agreement that left the border question open. "
)
OTHER = (
    "Farmers in the northern provinces protested against the new import quotas on Friday. The "
    "agriculture minister promised compensation, while opposition leaders called the measure a "
    "betrayal of rural voters and demanded a parliamentary inquiry into the trade negotiations. "
)


def _tables(data_dir) -> dict[str, list[dict]]:
    out = {}
    for table in ("articles", "entities", "quotes", "statements", "rejects"):
        files = sorted((data_dir / "lake" / table).glob(f"dt={DS}/*.parquet"))
        rows = [r for f in files for r in pq.read_table(f).to_pylist()]
        out[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def _run(dagbag):
    run = dagbag.dags["news_daily"].test(logical_date=DAY)
    assert str(run.state).endswith("success"), f"news_daily ended {run.state}"


@pytest.mark.slow
def test_a_crash_and_an_overrun_are_quarantined_and_the_day_publishes(
    dagbag, seed_inbox, data_dir, monkeypatch
):
    (seed_inbox / "crash.txt").write_text("Ceasefire talks\n\n" + BODY + "CRASH_MARK", "utf-8")
    (seed_inbox / "spin.txt").write_text("Farm protests\n\n" + OTHER * 2 + "SPIN_MARK", "utf-8")
    monkeypatch.setenv("PARLEY_FAULT_INJECTION", "segfault:CRASH_MARK,spin:SPIN_MARK")
    monkeypatch.setenv("PARLEY_DOC_BUDGET_SECONDS", "3")
    monkeypatch.setenv("PARLEY_WORKERS", "2")
    _run(dagbag)

    tables = _tables(data_dir)
    by_locator = {a["locator"]: a for a in tables["articles"]}
    assert {"crash.txt", "spin.txt"} <= set(by_locator) and len(by_locator) == 3
    extract_rejects = {r["locator"]: r for r in tables["rejects"] if r["stage"] == "extract"}
    assert {k: r["reason"] for k, r in extract_rejects.items()} == {
        "crash.txt": "extraction-crash",
        "spin.txt": "extraction-timeout",
    }
    assert "SIGSEGV" in extract_rejects["crash.txt"]["detail"]
    assert "budget" in extract_rejects["spin.txt"]["detail"]
    quoted = {q["article_id"] for q in tables["quotes"]}
    seed_id = next(a["article_id"] for loc, a in by_locator.items() if loc.endswith(".json"))
    assert seed_id in quoted  # the good article is extracted in full
    bad_ids = {by_locator["crash.txt"]["article_id"], by_locator["spin.txt"]["article_id"]}
    assert not bad_ids & quoted and not bad_ids & {e["article_id"] for e in tables["entities"]}

    # the quality gate counts them
    runs = [
        r
        for f in (data_dir / "lake" / "quality_runs").glob(f"dt={DS}/*.parquet")
        for r in pq.read_table(f).to_pylist()
    ]
    check = next(r for r in runs if r["check_name"] == "no_extraction_quarantine")
    assert not check["success"] and check["unexpected_count"] == 2
    assert next(r for r in runs if r["check_name"] == "extraction_mostly_ok")["success"]
    from parley.quality import status_line

    assert "2 articles quarantined by extraction" in status_line(DS)

    # a re-run of the date: the same tables, extraction from the cache
    _run(dagbag)
    assert _tables(data_dir) == tables
    assert list((data_dir / "cache" / "extract" / f"dt={DS}").glob("shard-*.sqlite"))
