"""Which weeks a statements_weekly run builds: from its param, its asset events, its logical
date or its run_after — and the weeks after it that are already built."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pyarrow as pa
import pytest

from parley import schema
from parley.digest import weekly
from parley.settings import get_settings
from parley.storage import lake

# one FR -> DE claim: the smallest day of statements a test publishes for the weekly summary
ONE_CLAIM = [
    dict(statement_id="s1", speaker="Person 1", speaker_kind="person", speaker_country="FR",
         target="Person 2", target_kind="person", target_country="DE", article="a1",
         quote_start=10, statement_type="CLAIM")
]  # fmt: skip


@pytest.mark.parametrize(
    "day, monday, name",
    [
        ("2025-02-24", "2025-02-24", "2025-W09"),  # a Monday is its own week's start
        ("2025-03-02", "2025-02-24", "2025-W09"),  # Sunday closes it
        ("2025-03-03", "2025-03-03", "2025-W10"),
        ("2024-12-30", "2024-12-30", "2025-W01"),  # ISO year != calendar year
        ("2021-01-03", "2020-12-28", "2020-W53"),
    ],
)
def test_weeks_are_iso_weeks_keyed_by_their_monday(day, monday, name):
    assert weekly.week_start(day) == date.fromisoformat(monday)
    assert weekly.iso_week(day) == name


def test_an_aware_datetime_is_read_in_utc():
    # 23:30 on Sunday in New York is Monday in UTC
    ny = datetime(2025, 3, 2, 23, 30, tzinfo=ZoneInfo("America/New_York"))
    assert weekly.week_start(ny) == date(2025, 3, 3)


def _event(dt):
    return SimpleNamespace(extra={"dt": dt, "rows": 3})


def _run(**kw):
    return SimpleNamespace(conf=kw.pop("conf", {}), run_after=kw.pop("run_after", None), **kw)


@pytest.fixture
def settings(tmp_path):
    return dataclasses.replace(get_settings(), data_dir=tmp_path)


def test_an_asset_triggered_run_builds_the_weeks_of_the_published_days(settings):
    context = {
        "dag_run": _run(run_after=datetime(2026, 1, 1, tzinfo=UTC)),
        "params": {"week_of": None},
        "triggering_asset_events": {
            "statements": [_event("2025-02-25"), _event("2025-02-27"), _event("2025-03-04")]
        },
    }
    assert weekly.weeks_for_run(context, settings) == ["2025-02-24", "2025-03-03"]


def test_the_week_of_param_wins(settings):
    context = {
        "dag_run": _run(),
        "params": {"week_of": "2025-01-08"},
        "triggering_asset_events": {"statements": [_event("2025-02-25")]},
        "logical_date": datetime(2025, 2, 25, tzinfo=UTC),
    }
    assert weekly.weeks_for_run(context, settings) == ["2025-01-06"]


def test_a_scheduled_run_builds_the_week_that_just_ended(settings):
    # the Monday 06:00 run of the interval that started the Monday before
    context = {
        "dag_run": _run(run_type="scheduled"),
        "params": {},
        "triggering_asset_events": {},
        "logical_date": datetime(2025, 2, 24, 6, tzinfo=UTC),
    }
    assert weekly.weeks_for_run(context, settings) == ["2025-02-24"]


def test_dags_test_builds_the_week_of_its_date_and_a_manual_run_its_own(settings):
    tested = {"dag_run": _run(), "logical_date": datetime(2025, 3, 2, tzinfo=UTC)}
    assert weekly.weeks_for_run(tested, settings) == ["2025-02-24"]
    manual = {"dag_run": _run(run_after=datetime(2025, 3, 5, 9, tzinfo=UTC))}
    assert weekly.weeks_for_run(manual, settings) == ["2025-03-03"]
    with pytest.raises(ValueError, match="which week"):
        weekly.weeks_for_run({"dag_run": _run()}, settings)


def test_later_weeks_already_built_are_rebuilt_too(settings):
    for monday in ("2025-02-10", "2025-02-24", "2025-03-03"):
        lake.publish_partition(
            "pair_weeks", monday, pa.Table.from_pylist([], schema=schema.PAIR_WEEKS), settings
        )
    context = {"dag_run": _run(), "triggering_asset_events": {"s": [_event("2025-02-19")]}}
    assert weekly.weeks_for_run(context, settings) == ["2025-02-17", "2025-02-24", "2025-03-03"]


def test_a_busy_week_computes_within_a_small_duckdb_memory_limit(tmp_path):
    """The weekly marts read the statements and disputes models once each: as views they were
    inlined into every reference of both marts' queries, and the bundled samples' day (830
    statements) ran out of DuckDB's default limit on this machine (478 MB: `make weekly`
    failed). 900 statements of 200 speakers in 300 articles, with disputes, fit in 64 MB."""
    import random

    from tests.unit.storage.days import day_of_statements

    settings = dataclasses.replace(get_settings(), data_dir=tmp_path, duckdb_memory_mb=64)
    rng = random.Random(5)
    people = [(f"Person {i}", ["US", "RU", "UA", "FR", "GB", "CN"][i % 6]) for i in range(200)]
    day = []
    for i in range(900):
        (speaker, country), (target, target_country) = rng.choice(people), rng.choice(people)
        day.append(
            dict(statement_id=f"s{i}", speaker=speaker, speaker_kind="person",
                 speaker_country=country, target=target, target_kind="person",
                 target_country=target_country, article=f"a{i // 3}",
                 quote_start=(i % 3) * 100 + 10,
                 statement_type=rng.choice(["CLAIM", "DENY", "STATEMENT", "DISPUTE"]))
        )  # fmt: skip
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", day), settings)
    out = weekly.compute(["2025-03-03"], settings)
    assert out["pair_weeks"].num_rows > 0 and out["speaker_weeks"].num_rows == 200
    assert sum(out["pair_weeks"].column("n_statements").to_pylist()) == 900


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            (date(2026, 11, 30), 6, 4, 892, 9, ("passed", 27)),
            [
                "Parley week 2026-W49 (2026-11-30 to 2026-12-06): 6 days published, 4 with "
                "statements · 892 statements · 9 disputes",
                "Weekly quality gate: passed; 27 checks",
            ],
        ),
        (
            (date(2025, 2, 24), 1, 1, 1, 0, ("passed with warnings", 1)),
            [
                "Parley week 2025-W09 (2025-02-24 to 2025-03-02): 1 day published, 1 with "
                "statements · 1 statement · 0 disputes",
                "Weekly quality gate: passed with warnings; 1 check",
            ],
        ),
        (
            (date(2026, 12, 28), 0, 0, 0, 0, None),  # ISO week 53 of 2026
            [
                "Parley week 2026-W53 (2026-12-28 to 2027-01-03): 0 days published, 0 with "
                "statements · 0 statements · 0 disputes",
                "Weekly quality gate: not checked (no weekly rows)",
            ],
        ),
    ],
)
def test_make_weekly_prints_the_weeks_summary_and_the_reports_absolute_path(
    tmp_path, args, expected
):
    """`make weekly` printed only a relative path: it prints the week, its days, statements,
    disputes, the weekly gate's verdict and the report's absolute path, as `make run` does for
    the day."""
    page = tmp_path / "reports" / "weekly" / "x.html"
    lines = weekly.summary_lines(*args, page)
    assert lines == [*expected, f"Weekly report: file://{page}"]


def test_the_weekly_report_path_is_absolute(monkeypatch):
    monkeypatch.setenv("PARLEY_DATA_DIR", "relative/data")
    path = weekly.report_path("2026-12-02")
    assert path.is_absolute() and path.name == "2026-W49.html"
    assert path.parts[-3:-1] == ("reports", "weekly")


def test_a_speakers_country_and_role_on_a_tied_week_do_not_depend_on_row_order(tmp_path):
    """A speaker placed in two countries (or given two roles) equally often in a week gets the
    alphabetically first one, whatever order the statements come in: `mode()` returned whichever
    tied value it met first, so a rebuild could move Penny Wong between AU and US."""
    from tests.unit.storage.days import day_of_statements

    settings = dataclasses.replace(get_settings(), data_dir=tmp_path)
    day = []
    for i in range(12):
        pairs = [("AU", "Foreign Minister"), ("US", "Senator")]
        for j, (country, role) in enumerate(pairs if i % 2 else pairs[::-1]):
            day.append(
                dict(statement_id=f"s{i}-{j}", speaker=f"Person {i}", speaker_kind="person",
                     speaker_country=country, speaker_role=role, target="Someone",
                     target_kind="person", target_country="CN", article=f"a{i}-{j}",
                     quote_start=10, statement_type="CLAIM")
            )  # fmt: skip
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", day), settings)
    rows = weekly.compute(["2025-03-03"], settings)["speaker_weeks"].to_pylist()
    assert len(rows) == 12
    assert {(r["speaker_country"], r["speaker_role"]) for r in rows} == {("AU", "Foreign Minister")}


def test_a_week_never_built_is_said_so_not_summarised_as_empty(tmp_path, monkeypatch, capsys):
    """`parley weekly --date D` before `make weekly` exited 0 with "0 statements · 7 disputes"
    (the daily disputes model already had the week's disputes, the weekly marts nothing) and a
    report path that did not exist: a week statements_weekly never built is said to be so, with
    the command that builds it, exit 2; once built, the summary is printed, exit 0."""
    from parley import cli
    from tests.unit.storage.days import day_of_statements

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    settings = get_settings()
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", ONE_CLAIM), settings)
    message = weekly.not_built("2025-03-05", settings)
    assert message.startswith("parley weekly: week 2025-W10 was never built")
    assert "make weekly DATE=2025-03-05" in message and "no week has been built yet" in message
    assert cli.main(["weekly", "--date", "2025-03-05"]) == 2
    assert capsys.readouterr().err.strip() == message

    weekly.build(["2025-03-03"], settings)
    assert weekly.not_built("2025-03-05", settings) is None
    assert weekly.not_built("2025-03-12", settings).endswith(
        "the latest week built is 2025-W10: parley weekly --date 2025-03-03"
    )
    assert cli.main(["weekly", "--date", "2025-03-05"]) == 0
    assert "1 statement" in capsys.readouterr().out


def test_a_week_that_failed_its_weekly_gate_is_not_said_to_be_never_built(tmp_path, monkeypatch):
    """`make weekly` ran, the week failed a critical weekly check and published nothing: `parley
    weekly` named it a week never built and asked for the run that had just failed. The message
    says the gate failed and which checks; a week never checked is still never built."""
    from parley.quality import CRITICAL, WARNING, WEEKLY

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    asked = []

    def verdict(ds, settings=None, gate="daily"):
        asked.append((ds, gate))
        if ds != "2025-03-03":
            return None
        failures = [
            {"table_name": "pair_weeks", "check_name": "pair_weeks_unique", "severity": CRITICAL},
            {"table_name": "speaker_weeks", "check_name": "few_rows", "severity": WARNING},
        ]
        return {"ds": ds, "latest": {"status": "failed"}, "failures": failures}

    monkeypatch.setattr("parley.quality.verdict", verdict)
    message = weekly.not_built("2025-03-05")
    assert message == (
        "parley weekly: week 2025-W10 failed the weekly quality gate and published nothing "
        "(pair_weeks.pair_weeks_unique; the log of `make weekly DATE=2025-03-05` shows the rows); "
        "no week has been built yet"
    )
    assert asked == [("2025-03-03", WEEKLY)]
    assert "was never built" in weekly.not_built("2025-03-12")


def test_a_week_with_a_day_published_after_it_was_built_is_said_to_be_stale(
    tmp_path, monkeypatch, capsys
):
    """`make weekly`, then a day of the week published (a new day, or a day run again): `parley
    weekly` printed the live day counts with the marts' older statement count ("2 days
    published · 1 statement"). The command names the days published since the build and the
    command that rebuilds the week, exit 2; after the rebuild the summary is printed again."""
    from parley import cli
    from tests.unit.storage.days import day_of_statements

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    settings = get_settings()

    def statement(i):
        return [
            dict(statement_id=f"s{i}", speaker="Person 1", speaker_kind="person",
                 speaker_country="FR", target="Person 2", target_kind="person",
                 target_country="DE", article=f"a{i}", quote_start=10, statement_type="CLAIM")
        ]  # fmt: skip

    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", statement(1)), settings)
    weekly.build(["2025-03-03"], settings)
    assert weekly.stale("2025-03-05", settings) is None
    assert cli.main(["weekly", "--date", "2025-03-05"]) == 0
    assert "1 day published" in capsys.readouterr().out

    lake.publish_tables("2025-03-06", day_of_statements("2025-03-06", statement(2)), settings)
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", statement(3)), settings)
    lake.publish_tables("2025-03-11", day_of_statements("2025-03-11", statement(4)), settings)
    assert weekly.days_published_since_built("2025-03-03", settings) == [
        "2025-03-04",
        "2025-03-06",
    ]
    message = weekly.stale("2025-03-05", settings)
    assert message == (
        "parley weekly: the weekly marts of week 2025-W10 are stale: 2 days (2025-03-04, "
        "2025-03-06) published after they were built; run `make weekly DATE=2025-03-05` to "
        "rebuild the week"
    )
    assert cli.main(["weekly", "--date", "2025-03-05"]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == message and captured.out == ""

    weekly.build(["2025-03-03"], settings)
    assert weekly.stale("2025-03-05", settings) is None
    assert cli.main(["weekly", "--date", "2025-03-05"]) == 0
    assert "2 days published, 2 with statements · 2 statements" in capsys.readouterr().out


def test_the_week_counts_speakers_as_the_day_does(tmp_path, monkeypatch, capsys):
    """The bundled samples' day: the daily digest said 255 speakers, the weekly report 244 for the
    same statements, since the weekly mart (one row per week x speaker_name) merged a description
    ("leaders") quoted in two articles into one speaker. Both count the day's speakers the daily
    way (a resolved actor once, a description or unresolved speaker once per article); the
    weekly table keeps one row per name, its n_speakers saying how many speakers it stands for."""
    from parley import cli
    from parley.digest import weekly_html
    from tests.unit.storage.days import day_of_statements

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    settings = get_settings()

    def said(i, speaker, kind, article, actor="same"):
        extra = {} if actor == "same" else {"speaker_actor": actor}
        return dict(statement_id=f"s{i}", speaker=speaker, speaker_kind=kind,
                    speaker_country="FR", target="Person 2", target_kind="person",
                    target_country="DE", article=article, quote_start=10 + 100 * i,
                    statement_type="CLAIM", **extra)  # fmt: skip

    day = [
        said(0, "Person 1", "person", "a1"),  # one actor in two articles: one speaker
        said(1, "Person 1", "person", "a2"),
        said(2, "leaders", "description", "a1"),  # the same words in two articles: two
        said(3, "leaders", "description", "a2"),
        said(4, "leaders", "description", "a2"),
        said(5, "two officials", None, "a3", actor=None),  # unresolved, twice in one article: one
        said(6, "two officials", None, "a3", actor=None),
    ]
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", day), settings)
    assert cli.main(["digest", "--date", "2025-03-04"]) == 0
    assert "7 statements · 4 speakers ·" in capsys.readouterr().out

    weekly.build(["2025-03-03"], settings)  # the weekly gate passes: one row per (week, speaker)
    data = weekly_html.fetch("2025-03-03", settings)
    rows = {r["speaker"]: (r["n_statements"], r["n_speakers"]) for r in data["speakers"]}
    assert rows == {"Person 1": (2, 1), "leaders": (3, 2), "two officials": (2, 1)}
    assert weekly_html.speaker_count(data["speakers"]) == 4
    page = weekly_html.render(data)
    assert "7 statements by 4 speakers;" in page
    assert "quoted in 2 articles: 2 speakers" in page
    pairs = weekly.compute(["2025-03-03"], settings)["pair_weeks"].to_pylist()
    assert [(p["speaker_party"], p["target_party"], p["n_speakers"]) for p in pairs] == [
        ("FR", "DE", 4)
    ]


def test_a_stale_week_whose_rebuild_failed_the_gate_is_not_sent_to_rebuild_again(
    tmp_path, monkeypatch
):
    """A day published after `make weekly` built its week, with a row the weekly gate rejects (a
    weight out of [-10, 10]): the rebuild failed the gate and published nothing, and `parley
    weekly` still said "run `make weekly` to rebuild the week" — which fails the same way. Once a
    rebuild failed, the message names the failed checks and does not promise the rebuild."""
    from parley.quality import QualityGateError
    from tests.unit.storage.days import day_of_statements

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    settings = get_settings()

    def statement(i, weight):
        return [
            dict(statement_id=f"s{i}", speaker="Person 1", speaker_kind="person",
                 speaker_country="FR", target="Person 2", target_kind="person",
                 target_country="DE", article=f"a{i}", quote_start=10, statement_type="CLAIM",
                 weight=weight)
        ]  # fmt: skip

    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", statement(1, 1.0)), settings)
    weekly.build(["2025-03-03"], settings)
    lake.publish_tables("2025-03-06", day_of_statements("2025-03-06", statement(2, 25.0)), settings)
    assert weekly.stale("2025-03-05", settings).endswith(
        "run `make weekly DATE=2025-03-05` to rebuild the week"
    )  # not tried yet: the rebuild is the way
    with pytest.raises(QualityGateError):
        weekly.build(["2025-03-03"], settings)
    message = weekly.stale("2025-03-05", settings)
    assert message.startswith(
        "parley weekly: the weekly marts of week 2025-W10 are stale: 1 day (2025-03-06) "
        "published after they were built, and their rebuild failed the weekly quality gate and "
        "published nothing ("
    )
    assert "speaker_weeks.score_in_range" in message and "pair_weeks." in message
    assert "run `make weekly" not in message
    assert message.endswith(
        "the log of `make weekly DATE=2025-03-05` shows the rows): the week's rows must pass its "
        "checks before `make weekly` can rebuild it"
    )


def test_the_daily_digest_says_when_its_weekly_report_is_behind(tmp_path, monkeypatch):
    """A day of an already-built week published again: `parley weekly` said the marts were stale,
    but the daily digest still linked the week's report with no word of it. Its footer now says
    which days the report does not hold and what rebuilds it."""
    import io

    from parley.digest import text
    from tests.unit.storage.days import day_of_statements

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    settings = get_settings()
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", ONE_CLAIM), settings)
    weekly.build(["2025-03-03"], settings)
    assert text.fetch_day("2025-03-04", settings).weekly_stale == []
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", ONE_CLAIM * 1), settings)
    lake.publish_tables("2025-03-05", day_of_statements("2025-03-05", ONE_CLAIM), settings)
    day = text.fetch_day("2025-03-04", settings)
    assert day.weekly_stale == ["2025-03-04", "2025-03-05"]
    day.reports = {"Weekly report": tmp_path / "2025-W10.html"}
    out = io.StringIO()
    text.render(day, file=out)
    printed = out.getvalue()
    assert "behind: 2 days (2025-03-04, 2025-03-05) published after it was built" in printed
    assert any("make weekly DATE=2025-03-04 rebuilds it" in line for line in printed.splitlines())


def test_weekly_reads_any_day_of_a_week_a_day_still_to_come_too(tmp_path, monkeypatch, capsys):
    """break16: `parley weekly --date <this Sunday>` (help: "any day of the week") was refused
    by argparse, "is in the future ... a run can own only a day that has begun", although
    `make weekly` had built the week today: weekly runs nothing. A day to come names its week
    (here a week never built: the not-built message, exit 2, no usage error); a date that is
    no calendar date is still refused."""
    from parley import cli

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    assert cli.main(["weekly", "--date", "2999-01-01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("parley weekly: week 2999-W01 was never built"), err
    with pytest.raises(SystemExit):
        cli.main(["weekly", "--date", "2999-02-30"])
    assert "2999-02-30 is not a calendar date" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("today", "said"),
    [
        (date(2026, 12, 2), "4 days still to come (2026-12-03 to 2026-12-06)"),
        (date(2026, 12, 5), "1 day still to come (2026-12-06 to 2026-12-06)"),
        (date(2026, 11, 29), "7 days still to come (2026-11-30 to 2026-12-06)"),
        (date(2026, 12, 6), None),
        (date(2027, 1, 4), None),
    ],
)
def test_a_week_built_before_its_sunday_says_it_is_not_over(tmp_path, today, said):
    """break16: `make weekly DATE=2026-12-02` (a Wednesday) printed "1 day published, 1 with
    statements" of 2026-W49 as of a whole week: its summary now says which days are still to
    come, from the Sunday on nothing."""
    page = tmp_path / "x.html"
    lines = weekly.summary_lines(date(2026, 11, 30), 1, 1, 9, 0, ("passed", 3), page, today=today)
    notes = [line for line in lines if line.startswith("The week is not over")]
    if said is None:
        assert notes == []
    else:
        assert notes == [f"The week is not over: {said}; make weekly DATE=… again once they are "
                         "published"]  # fmt: skip
    assert lines[-1] == f"Weekly report: file://{page}"
