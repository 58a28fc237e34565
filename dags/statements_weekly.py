"""
### statements_weekly — weekly trends, when a day is published and every Monday

Builds the weekly trend marts from the published statements and writes the weekly HTML report:

* `pair_weeks` — per ISO week and country pair (speaker party → target party): statements by type,
  cooperation–conflict score, conflictual/cooperative counts, the change from the week before, new
  pairs, disputes and new disputes;
* `speaker_weeks` — the same per speaker;
* `PARLEY_DATA_DIR/reports/weekly/YYYY-Www.html` — charts and tables of the week.

A week is the ISO week (Monday–Sunday) of the **ingestion date** `dt`: a week is complete once
its seven daily partitions are published, and re-running a day changes exactly one week.

**Scheduled on data and on time** (`AssetOrTimeSchedule`): a run is queued whenever
`news_daily.publish` emits the statements asset (the run builds the weeks of the published days
named in the asset events), and every Monday 06:00 UTC for the week that just ended. A manual run
takes the `week_of` param (any date of the week, validated as a date); `airflow dags test
statements_weekly D` builds D's week. Every run also rebuilds the weeks after its own that were
already built (their week-over-week changes and "new" flags depend on it).

Each week's rows are checked first by the tests of `sql/marts/pair_weeks.yml` and
`speaker_weeks.yml` (GX, like the daily marts) and the week's own check that at least one of
its days was published (`week_days.week_has_a_published_day`: an empty week is not a quiet one);
a week failing a critical test is never published and fails `build` at once (no retry: the
same rows fail again), so no report is written. Each week is published to the lake atomically (re-running a week
replaces it). All logic is in
`parley.digest.weekly`; each task is one call.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from _assets import STATEMENTS, WEEKLY
from _failfast import config_errors_fail_at_once
from airflow.sdk import AssetOrTimeSchedule, Param, dag, get_current_context, task
from airflow.timetables.interval import CronDataIntervalTimetable


@dag(
    dag_id="statements_weekly",
    schedule=AssetOrTimeSchedule(
        timetable=CronDataIntervalTimetable("0 6 * * 1", timezone="UTC"), assets=STATEMENTS
    ),
    start_date=pendulum.datetime(2025, 1, 6, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=2), "owner": "parley"},
    dagrun_timeout=timedelta(hours=2),
    params={
        "week_of": Param(
            None,
            type=["null", "string"],
            format="date",
            title="Week of",
            description="Any date (YYYY-MM-DD) of the ISO week to build; empty: the run's own "
            "week(s) (from the published days, the schedule, or the run's date).",
        )
    },
    tags=["parley", "statements", "weekly"],
    doc_md=__doc__,
)
def statements_weekly():
    @task
    def plan() -> list[str]:
        from parley.digest import weekly

        with config_errors_fail_at_once():  # a week_of that is no date: no retry
            return weekly.weeks_for_run(get_current_context())

    @task(outlets=list(WEEKLY.values()))
    def build(weeks: list[str]) -> dict:
        from parley.digest import weekly
        from parley.quality import QualityGateError

        # a failed gate is a verdict about the week's rows: a retry fails again
        with config_errors_fail_at_once(QualityGateError):
            built = weekly.build(weeks)
        events = get_current_context()["outlet_events"]
        for table, asset in WEEKLY.items():
            events[asset].extra = {"weeks": built["weeks"], "rows": built["rows"].get(table)}
        return built

    @task
    def report(built: dict) -> list[str]:
        from parley.digest import weekly

        with config_errors_fail_at_once():
            return [str(weekly.write_report(week)) for week in built["weeks"]]

    report(build(plan()))


statements_weekly()
