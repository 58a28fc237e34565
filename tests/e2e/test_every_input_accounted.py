"""Tier 3 (issue 16, ingest): the reliability inbox of ../shared/cases/reliability — with more
inputs of each kind generated beside it (tools/fuzz_inputs.py, fixed seed) — through the real DAG
(`dag.test()`). The good article is published whatever else is in the folder; every file and
record is an article or a reject with a reason; entries that are not inputs are counted; the link
that points outside the inbox is never read; the day passes the gate (items_accounted)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest

from tests import hostile_inbox

DAY = datetime(2025, 3, 1, tzinfo=UTC)
SEED = 1603  # the generated variants: the same inputs on every run
N_VARIANTS = 150


@pytest.mark.slow
def test_a_hostile_inbox_loses_nothing_and_publishes_the_good(
    dagbag, shared_dir, tmp_path, monkeypatch
):
    from parley.storage import lake

    inbox, expects = hostile_inbox.build(shared_dir, tmp_path, N_VARIANTS, SEED)
    monkeypatch.setenv("PARLEY_INBOX", str(inbox))
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    run = dagbag.dags["news_daily"].test(logical_date=DAY)
    assert str(run.state).endswith("success"), f"news_daily ended {run.state}"

    articles = lake.read_partition("articles", DAY.date()).to_pylist()
    rejects = lake.read_partition("rejects", DAY.date()).to_pylist()
    (day,) = lake.read_partition("source_days", DAY.date()).to_pylist()
    by_locator = {a["locator"]: a for a in articles}

    # the good article is published, whatever else the folder holds
    assert by_locator["good.json"]["title"] == hostile_inbox.GOOD_TITLE
    # each reproduction is an article or a reject with its reason
    reasons = {
        r["locator"]: r["reason"] for r in rejects if not r["locator"].startswith("generated/")
    }
    assert reasons == hostile_inbox.CASE_REJECTS
    assert set(hostile_inbox.CASE_ARTICLES) <= set(by_locator)
    assert all(r["reason"] and r["detail"] for r in rejects)
    outside = hostile_inbox.outside_text()
    if outside:
        assert not any(outside in (r["excerpt"] or "") for r in rejects), "read outside the inbox"
        assert not any(outside in a["text"] for a in articles)

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
    assert day["skipped"] == sum(1 for e in expects if e.skipped) + sum(
        e.blank_lines for e in expects
    )
    assert day["items"] == day["articles"] + day["rejects"] + day["already_ingested"]
    assert day["status"] == "ok" and day["source_errors"] == 0
    assert not {r["reason"] for r in rejects} & {"ingest-error", "source-failed"}

    runs = lake.read_partition("quality_runs", DAY.date()).to_pylist()
    (accounted,) = [r for r in runs if r["check_name"] == "items_accounted"]
    assert accounted["success"] and accounted["partition_passed"]

    # the digest and the HTML report say how many inputs were quarantined, by reason, and where
    _digest_shows_the_rejects(DAY.date().isoformat(), rejects)


def _digest_shows_the_rejects(ds: str, rejects: list[dict]) -> None:
    import contextlib
    import io

    from parley import cli
    from parley.digest import text
    from parley.settings import get_settings

    day = text.fetch_day(ds)
    by_reason = Counter((r["stage"], r["reason"]) for r in rejects)
    assert {(st, reason): n for st, reason, n in day.intake.rejects} == by_reason
    out = io.StringIO()
    text.render(day, file=out)
    printed = " ".join(out.getvalue().split())  # the line wraps at the width of the output
    assert f"{len(rejects):,} rejected: " in printed
    assert f"(parley rejects --date {ds})" in printed
    page = (get_settings().reports_dir / "digest" / f"{ds}.html").read_text(encoding="utf-8")
    assert f"{len(rejects)} inputs quarantined with a reason" in page
    for stage, reason in by_reason:
        assert f"<td>{stage}</td><td>{reason}</td>" in page
    listed = io.StringIO()
    with contextlib.redirect_stdout(listed):
        assert cli.main(["rejects", "--date", ds, "--format", "json"]) == 0
    assert len(listed.getvalue().splitlines()) == len(rejects)
