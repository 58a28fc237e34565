"""The run's date window: the one place that decides which day a DAG run owns.

Airflow 3 gives three kinds of runs and they carry different fields:

* **scheduled** and **backfill** runs (data-interval timetable) have ``logical_date`` = the start of
  the day they own;
* ``airflow dags test DAG D`` and ``dag.test(logical_date=D)`` have ``logical_date`` = D;
* **manual** runs triggered without a logical date have none (``context["logical_date"]`` raises
  ``KeyError``): they own the day of ``run_after`` unless ``dag_run.conf["date"]`` names one.

Every partition, file name and query of a run derives from :func:`run_window`'s answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any


@dataclass(frozen=True)
class RunWindow:
    dt: date  # the partition date
    start: datetime  # inclusive, UTC
    end: datetime  # exclusive, UTC
    kind: str  # scheduled | backfill | manual | test

    @property
    def ds(self) -> str:
        return self.dt.isoformat()


def _as_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def window_for_date(day: date | str, kind: str = "manual") -> RunWindow:
    """The one-day window ``[day 00:00 UTC, day+1 00:00 UTC)``."""
    if isinstance(day, str):
        day = date.fromisoformat(day)
    start = datetime.combine(day, time(0), tzinfo=UTC)
    return RunWindow(dt=day, start=start, end=start + timedelta(days=1), kind=kind)


def run_window(context: Mapping[str, Any]) -> RunWindow:
    """The day a run owns, from an Airflow task context (or any mapping with the same keys).

    Precedence: ``dag_run.conf["date"]`` (an explicit request) > ``logical_date`` (scheduled,
    backfill, ``dags test``) > ``dag_run.run_after`` (manual run without a logical date).
    """
    dag_run = context.get("dag_run")
    conf = getattr(dag_run, "conf", None) or {}
    run_type = str(getattr(dag_run, "run_type", "") or "").lower()
    kind = (
        "backfill"
        if "backfill" in run_type
        else "scheduled"
        if "scheduled" in run_type
        else "manual"
    )
    if conf.get("date"):
        return window_for_date(str(conf["date"]), kind="manual")
    logical = context.get("logical_date")
    if logical is not None:
        return window_for_date(_as_utc(logical).date(), kind=kind)
    run_after = getattr(dag_run, "run_after", None) or context.get("run_after")
    if run_after is None:
        raise ValueError(
            "cannot tell which day this run owns: no conf date, logical_date or run_after"
        )
    return window_for_date(_as_utc(run_after).date(), kind="manual")
