"""
### news_daily — who said what, every day

Reads the day's articles from the configured sources (`PARLEY_SOURCES`, default
`include/sources.yaml`: feeds, pages and folders; the bundled samples or `PARLEY_INBOX` out of the
box), extracts entities and quotations with spaCy and types each attributed quote as a diplomatic
statement (actors, CAMEO/PLOVER, target), validates every table with Great Expectations, publishes
the day's Parquet partitions
(`PARLEY_DATA_DIR/lake/<table>/dt=YYYY-MM-DD/`) and rebuilds the DuckDB warehouse, then logs the
day's digest and writes its HTML report (`PARLEY_DATA_DIR/reports/digest/YYYY-MM-DD.html`).

* **Owns one day.** A scheduled run (data-interval timetable) owns the day its interval starts;
  `airflow dags test news_daily D` owns D; a manual run owns `conf["date"]` or the day it ran.
* **Idempotent.** Re-running a day replaces its partitions and replays what the network answered
  that day from the raw landing zone (`PARLEY_DATA_DIR/raw/dt=…`); content already published under
  another day is not ingested again. `source_days` counts, per source, what each day delivered.
* **Gated.** A partition that fails a critical expectation is quarantined, not published; the
  `validate` task fails with the failed expectations and the Data Docs path.
* **Sharded extraction.** `extract` is mapped over `PARLEY_SHARDS` shards of the day's articles.
* **Fails fast on configuration.** A wrong sources file, setting or day fails the task at once
  with its message (no retries: running again cannot fix it); other errors are retried.
* **Assets.** `publish` emits an asset event for every published table (`x-parley://lake/<table>`,
  extra: `dt`, `rows`, `location`); `statements_weekly` is scheduled on the statements asset.

All logic is in the `parley` package (`include/parley/`); each task is one call.
"""

from __future__ import annotations

import gc
from datetime import timedelta

import pendulum
from _assets import DAILY
from _failfast import config_errors_fail_at_once
from airflow.sdk import dag, get_current_context, task
from airflow.timetables.interval import CronDataIntervalTimetable

# Airflow has started (imports, settings, the metadata DB) when it parses this file, and what it
# built lives as long as the process: frozen now (gc.freeze moves a list, it walks nothing), the full
# collections that the in-process execution API of `airflow dags test` and the tasks set off next
# walk only what is newer (-0.8 CPU-s a run, the nothing-new day's included). The first task
# freezes again what was built since (parley.pipeline.freeze_heap).
gc.freeze()


def _window():
    from parley.dates import run_window
    from parley.pipeline import freeze_heap

    freeze_heap()  # once per process: later garbage collections skip Airflow's own heap
    return run_window(get_current_context())


@dag(
    dag_id="news_daily",
    schedule=CronDataIntervalTimetable("@daily", timezone="UTC"),
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    # the delay between retries is Airflow's [core] default_task_retry_delay, an operator's
    # setting (Makefile, docker-compose.yaml and the image set 120 s)
    default_args={"retries": 2, "owner": "parley"},
    dagrun_timeout=timedelta(hours=6),
    tags=["parley", "news", "daily"],
    doc_md=__doc__,
)
def news_daily():
    # a configuration error (sources file, setting, the run's day) fails the task at once: no retry
    @task
    def ingest() -> dict:
        from parley import pipeline

        with config_errors_fail_at_once():
            return pipeline.ingest(_window())

    @task
    def plan_shards(ingested: dict) -> list[dict]:
        from parley.settings import get_settings

        with config_errors_fail_at_once():
            n = get_settings().shards
        return [{"shard": i, "n_shards": n} for i in range(n)]

    @task(retries=1)
    def extract(shard: dict) -> dict:
        from parley import pipeline

        with config_errors_fail_at_once():
            return pipeline.extract(_window(), shard=shard["shard"], n_shards=shard["n_shards"])

    @task(retries=0)  # a failed gate is a verdict about the data, not a transient error
    def validate(extracted: list[dict]) -> dict:
        from parley import pipeline

        with config_errors_fail_at_once():
            window = _window()
            pipeline.load_great_expectations()  # GX's modules frozen: collections skip them
            return pipeline.validate(window)

    @task(outlets=list(DAILY.values()))
    def publish(validated: dict) -> dict:
        from parley import pipeline

        with config_errors_fail_at_once():
            published = pipeline.publish(_window())
        events = get_current_context()["outlet_events"]
        for table, asset in DAILY.items():  # what statements_weekly (and any consumer) reads
            events[asset].extra = {
                "dt": published["dt"],
                "rows": published["tables"].get(table),
                "location": published.get("locations", {}).get(table),
            }
        return published

    @task
    def digest(published: dict) -> dict:
        from parley import pipeline

        with config_errors_fail_at_once():
            return pipeline.digest(_window())

    shards = plan_shards(ingest())
    digest(publish(validate(extract.expand(shard=shards))))


news_daily()
