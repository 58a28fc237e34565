"""Tier 3: the real DAG (`dag.test()`) over the seed article, checked on Parquet and in DuckDB."""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb
import pyarrow.parquet as pq
import pytest

from parley.storage import lake

DAY = datetime(2025, 2, 25, tzinfo=UTC)
PESKOV = "the Russian foreign minister has already said everything about it"
LAVROV = "is, of course, unacceptable to us."


def _snapshot(data_dir):
    """Every published table, sorted by key, as Python rows (for exact comparison)."""
    out = {}
    for table, key in (
        ("articles", "article_id"),
        ("entities", "entity_id"),
        ("quotes", "quote_id"),
        ("rejects", "reject_id"),
        ("statements", "statement_id"),
    ):
        files = sorted((data_dir / "lake" / table).glob("dt=*/*.parquet"))
        rows = [r for f in files for r in pq.read_table(f).to_pylist()]
        out[table] = sorted(rows, key=lambda r: r[key])
    return out


def _run(dagbag, day=DAY):
    dag = dagbag.dags["news_daily"]
    run = dag.test(logical_date=day)
    assert str(run.state).endswith("success"), f"news_daily ended {run.state}"
    return run


@pytest.mark.slow
def test_seed_article_end_to_end(dagbag, seed_inbox, data_dir):
    _run(dagbag)
    (part,) = (data_dir / "lake" / "quotes" / "dt=2025-02-25").glob("*.parquet")
    quotes = pq.read_table(part).to_pylist()
    articles = {
        a["article_id"]: a
        for a in pq.read_table(
            next((data_dir / "lake" / "articles" / "dt=2025-02-25").glob("*.parquet"))
        ).to_pylist()
    }
    assert len(articles) == 1

    # offsets slice the stored article text exactly, for every quote and every speaker mention
    for q in quotes:
        text = articles[q["article_id"]]["text"]
        assert text[q["quote_start"] : q["quote_end"]] == q["quote_text"]
        if q["speaker_start"] is not None:
            assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker_mention"]

    by_text = {q["quote_text"]: q for q in quotes}
    peskov = next(q for t, q in by_text.items() if PESKOV in t)
    lavrov = next(q for t, q in by_text.items() if LAVROV in t)
    assert peskov["speaker"] == "Dmitry Peskov"
    assert lavrov["speaker"] == "Sergei Lavrov"

    # the same facts through the warehouse, read-only, as an analyst would
    con = duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True)
    rows = con.execute(
        "select speaker, quote from daily_digest where dt = date '2025-02-25'"
    ).fetchall()
    con.close()
    speakers = {s for s, _ in rows}
    assert {
        "Dmitry Peskov",
        "Sergei Lavrov",
        "Emmanuel Macron",
        "Donald Trump",
        "Mikhail Ulyanov",
    } <= speakers
    assert any(s == "Dmitry Peskov" and PESKOV in q for s, q in rows)
    assert any(s == "Sergei Lavrov" and LAVROV in q for s, q in rows)

    # Data Docs were written
    assert (data_dir / "reports" / "quality" / "index.html").exists()

    # re-running the same date leaves identical tables
    before = _snapshot(data_dir)
    _run(dagbag)
    assert _snapshot(data_dir) == before

    # a later date finds nothing new (the content is already published) but still publishes
    _run(dagbag, datetime(2025, 2, 26, tzinfo=UTC))
    after = _snapshot(data_dir)
    assert after["articles"] == before["articles"]
    assert lake.published_dates("articles") == ["2025-02-25", "2025-02-26"]
    # ... validating what it holds (the sources' day and the day-level verdicts); of the empty
    # content tables only their columns, and not the marts, which a day without rows leaves as
    # validated and published
    files = sorted((data_dir / "lake" / "quality_runs" / "dt=2025-02-26").glob("*.parquet"))
    runs = [pq.read_table(f, columns=["table_name", "check_name"]).to_pylist() for f in files]
    checks = {(r["table_name"], r["check_name"]) for rows in runs for r in rows}
    checked = {t for t, _ in checks}
    assert {"source_days", "source_completeness"} <= checked
    for table in ("articles", "entities", "quotes", "statements", "rejects"):
        assert {c for t, c in checks if t == table} == {"columns_match_schema"}, table
    assert not any(t.startswith("marts.") for t in checked)


def _tries(run) -> dict[str, tuple[str, int]]:
    return {
        ti.task_id: (str(ti.state).rsplit(".", 1)[-1], ti.try_number)
        for ti in run.get_task_instances()
    }


@pytest.mark.parametrize(
    "case",
    ["sources file with an unknown source type", "the last calendar day"],
)
def test_a_configuration_error_fails_the_run_at_once_without_retries(
    case, dagbag, seed_inbox, data_dir, tmp_path, monkeypatch
):
    """A wrong sources file, or a day no run can own (9999-12-31: its window overflows), failed
    ingest three times, two retry delays apart (~4 minutes under `make run`), with the same error:
    a configuration error is no transient fault. The real DAG fails ingest on its first try and
    the run fails; nothing downstream runs."""
    import time

    day = DAY
    if case.startswith("sources"):
        bad = tmp_path / "sources.yaml"
        bad.write_text("sources:\n  - {name: wire, type: gopher}\n", encoding="utf-8")
        monkeypatch.setenv("PARLEY_SOURCES", str(bad))
    else:
        day = datetime(9999, 12, 31, tzinfo=UTC)
    started = time.monotonic()
    run = dagbag.dags["news_daily"].test(logical_date=day)
    took = time.monotonic() - started
    assert str(run.state).endswith("failed")
    tries = _tries(run)
    assert tries["ingest"] == ("failed", 1)
    assert not any(state == "success" for task, (state, _) in tries.items() if task != "ingest")
    assert took < 60, f"the run took {took:.0f} s: retried?"
    assert not (data_dir / "lake").exists() or not list((data_dir / "lake").glob("*/dt=*"))
