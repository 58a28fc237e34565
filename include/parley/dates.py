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

from parley.settings import ConfigError


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


def parse_day(text: str, name: str = "date", today: date | None = None) -> date:
    """The day a run is asked to own, from ``YYYY-MM-DD`` exactly (Python 3.11 also reads
    ``20260105`` and ``2026-W02-1``, which would name logs and partitions differently). Raises
    :class:`~parley.settings.ConfigError` with one line naming ``name`` and the value for text
    that is no calendar date, for 9999-12-31, whose window would end after the last date
    Python's calendar has (an ``OverflowError`` inside the run otherwise), and for a day after
    ``today`` (default: today's date in UTC; tests pass theirs, never the wall clock)."""
    try:
        day = date.fromisoformat(text)
    except (TypeError, ValueError):
        day = None
    if day is None or day.isoformat() != text:
        raise ConfigError(f"{name}={text} is not a calendar date (YYYY-MM-DD)")
    _check_window(day, name, today)
    return day


def _check_window(day: date, name: str = "date", today: date | None = None) -> None:
    """Raise :class:`~parley.settings.ConfigError` (one line) for a day no run can own: the
    last calendar day (its window has no end) and a day after ``today`` (UTC; default: the
    clock's). A future day has no news yet: its run took today's inbox under its name."""
    if day == date.max:
        last = (date.max - timedelta(days=1)).isoformat()
        raise ConfigError(
            f"{name}={day.isoformat()} is out of range: its day would end after the last date "
            f"Python's calendar has (the last day a run can own is {last})"
        )
    today = today or datetime.now(UTC).date()
    if day > today:
        raise ConfigError(
            f"{name}={day.isoformat()} is in the future (today is {today.isoformat()}, UTC): "
            "a run can own only a day that has begun"
        )


def window_for_date(day: date | str, kind: str = "manual", today: date | None = None) -> RunWindow:
    """The one-day window ``[day 00:00 UTC, day+1 00:00 UTC)``. ``day`` as text is read by
    :func:`parse_day`; a day with no next day, or after ``today`` (UTC; default: the clock's),
    raises :class:`~parley.settings.ConfigError`."""
    if isinstance(day, str):
        day = parse_day(day, today=today)
    _check_window(day, today=today)
    start = datetime.combine(day, time(0), tzinfo=UTC)
    return RunWindow(dt=day, start=start, end=start + timedelta(days=1), kind=kind)


def run_window(context: Mapping[str, Any], today: date | None = None) -> RunWindow:
    """The day a run owns, from an Airflow task context (or any mapping with the same keys).

    Precedence: ``dag_run.conf["date"]`` (an explicit request) > ``logical_date`` (scheduled,
    backfill, ``dags test``) > ``dag_run.run_after`` (manual run without a logical date).
    A day after ``today`` (UTC; default: the clock's) raises
    :class:`~parley.settings.ConfigError`: scheduled and backfill runs own a day that has
    ended, manual ones today at the latest.
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
        day = parse_day(str(conf["date"]), 'conf["date"]', today)
        return window_for_date(day, kind="manual", today=today)
    logical = context.get("logical_date")
    if logical is not None:
        return window_for_date(_as_utc(logical).date(), kind=kind, today=today)
    run_after = getattr(dag_run, "run_after", None) or context.get("run_after")
    if run_after is None:
        raise ValueError(
            "cannot tell which day this run owns: no conf date, logical_date or run_after"
        )
    return window_for_date(_as_utc(run_after).date(), kind="manual", today=today)


def main(argv: list[str] | None = None, today: date | None = None) -> int:
    """``python -m parley.dates NAME VALUE``: exit 0 when VALUE is a day a run can own
    (:func:`parse_day`: a calendar date, today in UTC at the latest), else print the one-line reason (naming NAME) and exit 2. The Makefile's
    check of ``DATE`` before it starts Airflow."""
    import sys

    name, value = argv if argv is not None else sys.argv[1:]
    try:
        parse_day(value, name, today)
    except ConfigError as err:
        print(err)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
