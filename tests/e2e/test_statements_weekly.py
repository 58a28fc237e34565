"""Tier 3: data-aware scheduling with real Airflow. Days of two weeks are published; publishing the
last one through ``news_daily`` emits the statements Asset, Airflow records the event and queues a
``statements_weekly`` run for it (the scheduler's own run-creation step, no scheduler loop), that
run's ``plan`` task (run inside it by ``airflow tasks test``) picks the published day's week, and
``statements_weekly`` then builds the weekly marts — checked against a count made from the
``statements`` mart — and the weekly report, in a browser."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from parley import pipeline
from parley.dates import window_for_date
from parley.digest import weekly
from parley.storage import lake, warehouse
from tests.conftest import SAMPLES, SEED_SAMPLE, count_pixels, png_rgb

pytestmark = pytest.mark.slow

# (day, the sample articles its inbox holds): one day of the week before, two of the week of
# 2025-02-24 (the seed article on its own day, 25 Feb)
DAYS = {
    "2025-02-18": ("us_state_dept_press_statements_2021_2022.jsonl", 0, 2),
    "2025-02-25": None,
    "2025-02-27": ("us_white_house_statements_readouts_2021_2022.jsonl", 0, 2),
}
WEEK = "2025-02-24"


def _inbox(root: Path, day: str) -> Path:
    folder = root / f"inbox-{day}"
    folder.mkdir()
    spec = DAYS[day]
    if spec is None:
        (folder / SEED_SAMPLE.name).write_bytes(SEED_SAMPLE.read_bytes())
    else:
        name, start, stop = spec
        lines = (SAMPLES / name).read_text(encoding="utf-8").splitlines()[start:stop]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def unpaused_weekly(dagbag):
    """statements_weekly registered in the metadata DB and unpaused (new DAGs start paused, and
    Airflow queues asset-triggered runs only for unpaused DAGs)."""
    from airflow.dag_processing.bundles.manager import DagBundlesManager
    from airflow.dag_processing.dagbag import sync_bag_to_db
    from airflow.models.dag import DagModel
    from airflow.utils.session import create_session
    from sqlalchemy import update

    with create_session() as session:
        DagBundlesManager().sync_bundles_to_db(session=session)
    sync_bag_to_db(dagbag, "dags-folder", None)
    with create_session() as session:
        session.execute(
            update(DagModel).where(DagModel.dag_id == "statements_weekly").values(is_paused=False)
        )
    yield dagbag
    with create_session() as session:
        session.execute(
            update(DagModel).where(DagModel.dag_id == "statements_weekly").values(is_paused=True)
        )


def test_publishing_a_day_triggers_the_weekly_marts_through_the_asset(
    unpaused_weekly, data_dir, tmp_path, monkeypatch, chromium
):
    from airflow.jobs.job import Job
    from airflow.jobs.scheduler_job_runner import SchedulerJobRunner
    from airflow.models.asset import AssetDagRunQueue, AssetEvent, AssetModel
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session
    from airflow.utils.sqlalchemy import prohibit_commit
    from sqlalchemy import select

    dagbag = unpaused_weekly
    *earlier, last = DAYS
    for day in earlier:  # published in process, as a backfill would
        monkeypatch.setenv("PARLEY_INBOX", str(_inbox(tmp_path, day)))
        pipeline.run_all(window_for_date(day))
    monkeypatch.setenv("PARLEY_INBOX", str(_inbox(tmp_path, last)))
    started = datetime.now(UTC)
    run = dagbag.dags["news_daily"].test(
        logical_date=datetime.fromisoformat(last).replace(tzinfo=UTC)
    )
    assert str(run.state).endswith("success")

    with create_session() as session:
        # the publish task recorded an event on the statements asset, naming the day
        events = session.scalars(
            select(AssetEvent)
            .join(AssetModel, AssetModel.id == AssetEvent.asset_id)
            .where(AssetModel.uri == "x-parley://lake/statements", AssetEvent.timestamp >= started)
        ).all()
        assert [(e.source_dag_id, e.source_task_id, e.extra["dt"]) for e in events] == [
            ("news_daily", "publish", last)
        ]
        assert events[0].extra["rows"] > 0
        assert events[0].extra["location"].startswith("file://")
        # ... and queued statements_weekly, which is scheduled on it
        queued = session.scalars(
            select(AssetDagRunQueue.target_dag_id).where(
                AssetDagRunQueue.target_dag_id == "statements_weekly"
            )
        ).all()
        assert queued == ["statements_weekly"]

        # the scheduler's run-creation step turns the queue into an asset-triggered run
        runner = SchedulerJobRunner(job=Job())
        with prohibit_commit(session) as guard:
            runner._create_dagruns_for_dags(guard, session)
        weekly_runs = session.scalars(
            select(DagRun).where(
                DagRun.dag_id == "statements_weekly", DagRun.run_type == "asset_triggered"
            )
        ).all()
        assert len(weekly_runs) == 1
        triggered = weekly_runs[0]
        assert str(triggered.state).endswith("queued")
        assert triggered.logical_date is None
        # it consumes every statements event since statements_weekly began scheduling on the
        # asset (in a shared metadata DB, other runs' too): ours is the newest
        consumed = sorted(triggered.consumed_asset_events, key=lambda e: e.timestamp)
        assert consumed[-1].id == events[0].id
        run_id = triggered.run_id

    # the queued run's first task, run inside that run, plans the published day's week
    out = subprocess.run(
        [
            str(Path(sys.executable).with_name("airflow")),
            "tasks",
            "test",
            "statements_weekly",
            "plan",
            run_id,
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=600,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    planned = re.search(r"Returned value was: (\[.*?\])", out.stdout + out.stderr)
    assert planned, out.stdout[-3000:]
    assert WEEK in ast.literal_eval(planned.group(1))

    # the weekly DAG (as `airflow dags test statements_weekly 2025-02-27`) builds the week
    done = dagbag.dags["statements_weekly"].test(
        logical_date=datetime.fromisoformat(last).replace(tzinfo=UTC)
    )
    assert str(done.state).endswith("success")
    assert lake.published_dates("pair_weeks") == [WEEK]
    assert lake.published_dates("speaker_weeks") == [WEEK]

    con = warehouse.connect()
    try:
        expected = con.execute(
            "select speaker_party, target_party, count(*), round(avg(weight), 2) "
            "from statements where dt between date '2025-02-24' and date '2025-03-02' "
            "and speaker_party is not null and target_party is not null "
            "group by all order by all"
        ).fetchall()
        got = con.execute(
            "select speaker_party, target_party, n_statements, cooperation_conflict_score "
            "from pair_weeks where iso_week = '2025-W09' order by all"
        ).fetchall()
        previous = dict(
            con.execute(
                "select speaker_party || '>' || target_party, count(*) from statements "
                "where dt between date '2025-02-17' and date '2025-02-23' "
                "and speaker_party is not null and target_party is not null group by all"
            ).fetchall()
        )
        changes = con.execute(
            "select speaker_party || '>' || target_party, n_statements, prev_n_statements, "
            "change_n_statements, is_new_pair from pair_weeks where iso_week = '2025-W09'"
        ).fetchall()
        speakers = con.execute(
            "select sum(n_statements) from speaker_weeks where week_start = date '2025-02-24'"
        ).fetchone()[0]
        week_total = con.execute(
            "select count(*) from statements where dt between date '2025-02-24' "
            "and date '2025-03-02'"
        ).fetchone()[0]
    finally:
        con.close()
    assert got == expected and got
    for pair, n, prev, change, is_new in changes:
        assert prev == previous.get(pair)
        assert change == (None if prev is None else n - prev)
        assert is_new == (pair not in previous)
    assert speakers == week_total

    # the report, in a browser: the weeks chart paints this week's bar
    page = data_dir / "reports" / "weekly" / "2025-W09.html"
    assert page.exists()
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "../digest/2025-02-25.html" in html
    shot = tmp_path / "weekly.png"
    chromium("--window-size=1200,1400", f"--screenshot={shot}", page.as_uri())
    img = png_rgb(shot)
    from parley.digest.page import TONE_COLOURS

    assert count_pixels(img, TONE_COLOURS["neutral"]) > 200

    # a re-run of the week before would rebuild this week too (its changes read that week)
    assert weekly.later_built_weeks([weekly.week_start("2025-02-18")]) == ["2025-02-17", WEEK]
