"""The Airflow Assets Parley's DAGs produce and consume (a helper module, not a DAG: the leading
underscore keeps the DAG-integrity test from asking it for one; the dags folder is on the
import path of the DAG processor and the workers, so DAG files import it by name).

One Asset per published lake table. The URI is a stable logical name (``x-parley://lake/<table>``,
a scheme Airflow leaves as it is), the same whatever ``PARLEY_DATA_DIR`` or the object store: the
physical location of a published day goes in each asset event's ``extra`` instead, with the
partition date (``dt``) and the row count, set by ``news_daily.publish``.
"""

from __future__ import annotations

from airflow.sdk import Asset

DAILY_TABLES = ("articles", "entities", "quotes", "statements", "rejects", "source_days")
WEEKLY_TABLES = ("pair_weeks", "speaker_weeks")


def lake_asset(table: str) -> Asset:
    """The Asset of one published lake table."""
    return Asset(name=f"parley.{table}", uri=f"x-parley://lake/{table}", group="parley")


DAILY = {table: lake_asset(table) for table in DAILY_TABLES}
WEEKLY = {table: lake_asset(table) for table in WEEKLY_TABLES}
STATEMENTS = DAILY["statements"]
