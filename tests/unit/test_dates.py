"""The run's date window for scheduled, backfill, `dags test` and manual runs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from parley.dates import main, parse_day, run_window, window_for_date
from parley.settings import ConfigError


def _run(run_type="scheduled", conf=None, run_after=None):
    return SimpleNamespace(run_type=run_type, conf=conf or {}, run_after=run_after)


def test_scheduled_run_owns_the_day_its_interval_starts():
    ctx = {"logical_date": datetime(2025, 2, 25, tzinfo=UTC), "dag_run": _run("scheduled")}
    w = run_window(ctx)
    assert (w.dt, w.kind) == (date(2025, 2, 25), "scheduled")
    assert w.start == datetime(2025, 2, 25, tzinfo=UTC)
    assert w.end - w.start == timedelta(days=1)


def test_backfill_run_is_labelled_and_uses_logical_date():
    ctx = {"logical_date": datetime(2024, 12, 31, tzinfo=UTC), "dag_run": _run("backfill")}
    assert (run_window(ctx).ds, run_window(ctx).kind) == ("2024-12-31", "backfill")


def test_manual_run_without_logical_date_owns_the_day_it_ran():
    # Airflow 3: context["logical_date"] is absent for a manual run; the mapping has no key
    ctx = {"dag_run": _run("manual", run_after=datetime(2026, 3, 1, 23, 59, tzinfo=UTC))}
    w = run_window(ctx)
    assert (w.ds, w.kind) == ("2026-03-01", "manual")


def test_conf_date_beats_everything():
    ctx = {
        "logical_date": datetime(2025, 1, 1, tzinfo=UTC),
        "dag_run": _run("manual", conf={"date": "2025-02-25"}),
    }
    assert run_window(ctx).ds == "2025-02-25"


def test_non_utc_logical_date_is_converted_to_utc_day():
    tz = timezone(timedelta(hours=-5))
    ctx = {"logical_date": datetime(2025, 2, 25, 22, 0, tzinfo=tz), "dag_run": _run()}
    assert run_window(ctx).ds == "2025-02-26"


def test_no_date_at_all_is_an_error():
    with pytest.raises(ValueError, match="cannot tell"):
        run_window({"dag_run": _run("manual")})


def test_window_for_date_accepts_strings():
    assert window_for_date("2025-02-25") == window_for_date(date(2025, 2, 25))


@pytest.mark.parametrize(
    "text, message",
    [
        ("2026-02-30", "DATE=2026-02-30 is not a calendar date (YYYY-MM-DD)"),
        ("20260105", "DATE=20260105 is not a calendar date (YYYY-MM-DD)"),
        ("2026-W02-1", "DATE=2026-W02-1 is not a calendar date (YYYY-MM-DD)"),
        ("", "DATE= is not a calendar date (YYYY-MM-DD)"),
        # its window would end on 10000-01-01: an OverflowError in every task of the run
        (
            "9999-12-31",
            "DATE=9999-12-31 is out of range: its day would end after the last date Python's "
            "calendar has (the last day a run can own is 9999-12-30)",
        ),
    ],
)
def test_a_day_no_run_can_own_is_a_one_line_configuration_error(text, message, capsys):
    with pytest.raises(ConfigError) as err:
        parse_day(text, "DATE")
    assert str(err.value) == message
    assert main(["DATE", text]) == 2 and capsys.readouterr().out == message + "\n"
    assert parse_day("9999-12-30", today=date.max) == date(9999, 12, 30)
    assert main(["DATE", "2026-02-28"]) == 0


def test_a_run_asked_for_the_last_calendar_day_fails_with_a_configuration_error():
    with pytest.raises(ConfigError, match="out of range"):
        run_window({"dag_run": _run("manual"), "logical_date": datetime(9999, 12, 31, tzinfo=UTC)})
    with pytest.raises(ConfigError, match=r'conf\["date"\]=2026-02-30 is not a calendar date'):
        run_window({"dag_run": _run("manual", conf={"date": "2026-02-30"})})


TODAY = date(2026, 12, 1)  # injected: these tests never read the clock


def test_a_future_day_is_refused_in_one_line_and_today_is_a_day_a_run_can_own(capsys):
    """``make run DATE=<tomorrow>`` was accepted and ran today's inbox under tomorrow's name: a
    day after today (UTC) is refused by the one check the Makefile, the CLI and the DAG share."""
    message = (
        "DATE=2026-12-02 is in the future (today is 2026-12-01, UTC): a run can own only a day "
        "that has begun"
    )
    with pytest.raises(ConfigError) as err:
        parse_day("2026-12-02", "DATE", today=TODAY)
    assert str(err.value) == message
    assert main(["DATE", "2026-12-02"], today=TODAY) == 2
    assert capsys.readouterr().out == message + "\n"
    assert parse_day("2026-12-01", today=TODAY) == TODAY
    assert main(["DATE", "2026-12-01"], today=TODAY) == 0
    assert window_for_date("2026-12-01", today=TODAY).end == datetime(2026, 12, 2, tzinfo=UTC)
    with pytest.raises(ConfigError, match="date=2026-12-02 is in the future"):
        window_for_date(date(2026, 12, 2), today=TODAY)


@pytest.mark.parametrize(
    "context",
    [
        {"dag_run": _run("manual"), "logical_date": datetime(2026, 12, 2, tzinfo=UTC)},
        {"dag_run": _run("manual", conf={"date": "2026-12-02"})},
        {"dag_run": _run("manual", run_after=datetime(2026, 12, 2, 0, 5, tzinfo=UTC))},
    ],
)
def test_a_dag_run_of_a_future_day_fails_with_a_configuration_error(context):
    with pytest.raises(ConfigError, match="2026-12-02 is in the future"):
        run_window(context, today=TODAY)
    # the day after, it is a day that has begun
    assert run_window(context, today=date(2026, 12, 2)).ds == "2026-12-02"
