"""Weekly trends (the ``statements_weekly`` DAG): which weeks a run builds, the weekly marts, the
weekly report.

A **week** is the ISO week (Monday–Sunday) of the ingestion date ``dt``. It is keyed by its
Monday (``week_start``, the lake partition) and named ``2025-W09``.

* :func:`weeks_for_run` — the one place that decides which weeks a run owns, from an Airflow
  task context: the ``week_of`` param (manual runs) > the ``dt`` of the triggering asset events
  (asset-triggered runs: one week per published day) > ``logical_date`` (scheduled runs: the week
  that just ended; ``airflow dags test statements_weekly D``: D's week) > ``run_after``; plus every
  later week already published (their week-over-week columns and "new" flags read the earlier
  weeks).
* :func:`build` — runs ``sql/weekly/<mart>.sql`` over the published lake (an in-memory DuckDB
  holding the ``statements`` and ``disputes`` models as views), checks each week's rows with the
  tests of ``sql/marts/<mart>.yml`` (:func:`check_week`, GX) and publishes each week that passes as
  one lake partition per mart, atomically (re-running a week replaces it); a failing week is
  never published.
* :func:`write_report` — ``<data>/reports/weekly/YYYY-Www.html`` (:mod:`parley.digest.weekly_html`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from parley import schema
from parley.settings import Settings, get_settings
from parley.storage import lake, manifest, warehouse
from parley.wording import plural

log = logging.getLogger(__name__)

MARTS = tuple(schema.WEEKLY_TABLES)  # pair_weeks, speaker_weeks
INPUTS = ["statements", "disputes"]  # the warehouse models the weekly SQL reads


def week_start(day: date | datetime | str) -> date:
    """The Monday of the ISO week holding ``day`` (a date, an aware datetime — taken in UTC — or
    ``YYYY-MM-DD``). Raises ``ValueError`` for a string that is not a date."""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    elif isinstance(day, datetime):
        day = (day.astimezone(UTC) if day.tzinfo else day).date()
    return day - timedelta(days=day.weekday())


def iso_week(day: date | str) -> str:
    """``"2025-W09"`` for any day of that ISO week."""
    year, week, _ = week_start(day).isocalendar()
    return f"{year}-W{week:02d}"


def _event_dates(context: Mapping[str, Any]) -> list[str]:
    """The ``dt`` extras of the asset events that triggered this run (none for other runs)."""
    events = context.get("triggering_asset_events") or {}
    out = []
    for per_asset in events.values():
        for event in per_asset:
            extra = getattr(event, "extra", None) or {}
            if extra.get("dt"):
                out.append(str(extra["dt"]))
    return out


def weeks_for_run(context: Mapping[str, Any], settings: Settings | None = None) -> list[str]:
    """The weeks (their Mondays, ``YYYY-MM-DD``, ascending) a ``statements_weekly`` run builds,
    from its task context (see the module doc for the precedence). Raises ``ValueError`` when
    the context names no day at all, :class:`~parley.settings.ConfigError` when ``week_of`` is
    not a date (:func:`parley.dates.parse_day`)."""
    params = context.get("params") or {}
    dag_run = context.get("dag_run")
    conf = getattr(dag_run, "conf", None) or {}
    requested = params.get("week_of") or conf.get("week_of")
    if requested:
        from parley.dates import parse_day

        own = {week_start(parse_day(str(requested)[:10], "week_of"))}
    elif dates := _event_dates(context):
        own = {week_start(d) for d in dates}
    elif context.get("logical_date") is not None:
        own = {week_start(context["logical_date"])}
    else:
        run_after = getattr(dag_run, "run_after", None) or context.get("run_after")
        if run_after is None:
            raise ValueError(
                "cannot tell which week this run builds: no week_of, asset events, "
                "logical_date or run_after"
            )
        own = {week_start(run_after)}
    return later_built_weeks(own, settings)


def later_built_weeks(own: Iterable[date], settings: Settings | None = None) -> list[str]:
    """``own`` plus every week after the earliest of them that is already published (in any
    weekly mart), as sorted ``YYYY-MM-DD`` Mondays."""
    own = set(own)
    first = min(own)
    built = {
        date.fromisoformat(d) for table in MARTS for d in lake.published_dates(table, settings)
    }
    return sorted(d.isoformat() for d in own | {d for d in built if d > first})


def compute(weeks: list[str], settings: Settings | None = None) -> dict[str, Any]:
    """The weekly marts' rows for ``weeks`` (Mondays), as Arrow tables by mart name, computed by
    ``sql/weekly/<mart>.sql`` over the published lake, after ``sql/weekly/macros.sql`` (the macros
    both marts use). Nothing is written."""
    settings = settings or get_settings()
    con = warehouse.in_memory(INPUTS, settings)
    try:
        # each input computed once: as views, statements (and disputes, which reads it several
        # times) were inlined into every reference of both marts' queries
        for name in INPUTS:
            con.execute(f"create temp table {name} as select * from main.{name}")
        # the macros both marts use (week_of, dispute_weeks, week_over_week)
        con.execute((settings.sql_dir / "weekly" / "macros.sql").read_text(encoding="utf-8"))
        out = {}
        for mart in MARTS:
            sql = warehouse.render_file(settings.sql_dir / "weekly" / f"{mart}.sql", settings)
            out[mart] = con.sql(
                f"select * from ({sql}) where week_start in "
                f"(select unnest(cast($weeks as date[]))) order by all",
                params={"weeks": weeks},
            ).to_arrow_table()
        return out
    finally:
        con.close()


def week_days(week: str, settings: Settings | None = None) -> pa.Table:
    """One row for the ISO week holding ``week`` (any day of it, ``YYYY-MM-DD``): its Monday
    (``week_start``), ``iso_week``, how many of its seven days news_daily published
    (``days_published``, from the lake's manifests: a day that failed the daily gate is not
    one) and which (``days``, comma separated). What the weekly gate's ``week_days`` suite
    checks (:mod:`parley.quality.suites`): a week with no published day fails."""
    monday = week_start(week)
    days = [(monday + timedelta(days=i)).isoformat() for i in range(7)]
    published = lake.published(settings)
    found = [d for d in days if d in published]
    return pa.table(
        {
            "week_start": [monday],
            "iso_week": [iso_week(monday)],
            "days_published": pa.array([len(found)], pa.int32()),
            "days": [", ".join(found)],
        }
    )


def check_week(week: str, parts: Mapping[str, Any], settings: Settings | None = None):
    """Run the weekly gate on one week: the weekly marts' tests (the ``gate: weekly`` suites
    their ``sql/marts/<model>.yml`` declare, in GX, like the daily marts') on the week's rows,
    ``parts`` = Arrow tables by mart, and the week's own check (:func:`week_days`: at least one
    day of the week published; an empty week fails, it is not published as a quiet one).
    The attempt is named ``weekly-<fingerprint of the rows>`` (Data Docs run name
    ``<Monday>-weekly-…``; the prefix is how ``stg_quality_runs`` tells a week's attempt from a
    day's). Returns the :class:`~parley.quality.ValidationReport`; nothing
    is written (:func:`build` records it)."""
    from parley import quality
    from parley.quality.suites import WEEK_DAYS

    parts = {**parts, WEEK_DAYS: week_days(week, settings)}
    h = hashlib.sha256()
    for mart in sorted(parts):
        h.update(mart.encode())
        h.update(json.dumps(parts[mart].to_pylist(), sort_keys=True, default=str).encode())
    attempt = f"weekly-{h.hexdigest()[:12]}"
    quality.forget_attempt(week, attempt, settings)  # the same rows again: replaced, not added
    return quality.validate(week, parts, settings, attempt=attempt, layer=quality.MARTS)


def build(weeks: list[str], settings: Settings | None = None) -> dict[str, Any]:
    """Compute, check and publish the weekly marts for ``weeks`` (Mondays, ``YYYY-MM-DD``).

    Each week's rows of every weekly mart are checked first (:func:`check_week`) and the checks'
    outcome recorded in ``quality_runs`` (partition = the Monday, gate ``weekly``; the
    ``quality_status`` mart shows the attempt), pass or fail; a week that passes is published as
    one lake partition per mart (``dt`` = the Monday), each replaced atomically; a week whose
    published days have no statement publishes empty partitions. A week no day of which is
    published fails the gate (:func:`week_days`). A week failing a critical check publishes nothing (what
    analysts saw for it is unchanged); the other weeks still publish, then
    :class:`~parley.quality.QualityGateError` names the failed weeks, checks and rows. Rebuilds the
    warehouse when a mart was published for the first time (its view was the empty placeholder).
    Returns ``{"weeks": [...published], "rows": {mart: total rows}, "warnings": n}``."""
    from parley.quality import QualityGateError

    settings = settings or get_settings()
    weeks = sorted({week_start(w).isoformat() for w in weeks})
    first_time = [m for m in MARTS if not lake.published_dates(m, settings)]
    rows: dict[str, int] = {m: 0 for m in MARTS}
    computed = compute(weeks, settings) if weeks else {}
    published, failed, warnings = [], {}, 0
    for week in weeks:
        monday = pa.scalar(date.fromisoformat(week))
        parts = {m: t.filter(pc.equal(t["week_start"], monday)) for m, t in computed.items()}
        report = check_week(week, parts, settings)
        # on record whether the week passes or not, as news_daily records a day's attempt
        lake.write_log_file(
            "quality_runs", week, f"attempt-{report.attempt}", report.rows(), settings
        )
        if not report.passed:
            failed[week] = report
            continue
        if report.warnings:
            warnings += len(report.warnings)
            log.warning(
                "week %s publishes WITH %d WARNING(S):\n%s",
                week,
                len(report.warnings),
                report.describe(report.warnings),
            )
        for mart, part in parts.items():
            _, n = lake.publish_partition(mart, week, part, settings)
            rows[mart] += n
        published.append(week)
    if first_time and published:
        warehouse.build(settings)
    log.info("weekly marts for %s: %s", ", ".join(published) or "no week", rows)
    if failed:
        raise QualityGateError(
            "\n".join(
                f"week {week} ({iso_week(week)}) failed "
                f"{plural(len(r.critical_failures), 'critical check')} and was NOT published "
                f"(Data Docs: {r.docs_index}):\n"
                f"{r.describe(r.critical_failures)}"
                for week, r in failed.items()
            )
        )
    return {"weeks": published, "rows": rows, "warnings": warnings}


def built_weeks(settings: Settings | None = None) -> list[str]:
    """The Mondays (``YYYY-MM-DD``, sorted) of the weeks ``statements_weekly`` has published, in
    either weekly mart (:data:`MARTS`)."""
    return sorted({d for table in MARTS for d in lake.published_dates(table, settings)})


def not_built(week: str, settings: Settings | None = None) -> str | None:
    """Why ``week`` (any day of it, ``YYYY-MM-DD``) has no weekly summary, or None when
    ``statements_weekly`` published it. The weekly marts exist only once ``make weekly`` (the
    ``statements_weekly`` DAG) has run for the week: before that its statement count is 0 while
    the daily ``disputes`` model already has the week's disputes, and its report file does not
    exist. A week whose run failed a critical weekly check (:func:`build` publishes nothing for
    it) is no week never built: the message names the failed checks (the weekly gate's verdict,
    :func:`parley.quality.verdict`). The message names the command that builds it and the
    latest week built, if any."""
    monday = week_start(week).isoformat()
    weeks = built_weeks(settings)
    if monday in weeks:
        return None
    hint = (
        f"the latest week built is {iso_week(weeks[-1])}: parley weekly --date {weeks[-1]}"
        if weeks
        else "no week has been built yet"
    )
    if (failed := gate_failed(monday, settings)) is not None:
        return (
            f"parley weekly: week {iso_week(monday)} failed the weekly quality gate and published "
            f"nothing ({failed}; the log of `make weekly DATE={week}` shows the rows); {hint}"
        )
    return (
        f"parley weekly: week {iso_week(monday)} was never built: run `make weekly DATE={week}` "
        f"(the statements_weekly DAG) first; {hint}"
    )


def gate_failed(monday: str, settings: Settings | None = None) -> str | None:
    """The critical weekly checks ("pair_weeks.one_row_per_pair_week, ...", sorted; "a critical
    check" when none is named) that the latest weekly attempt of the week starting ``monday``
    failed, or None when that attempt passed or the week was never checked (the weekly gate's
    verdict, :func:`parley.quality.verdict`). A failed latest attempt published nothing
    (:func:`build`): whatever the weekly marts hold for the week is older than it."""
    from parley.quality import CRITICAL, WEEKLY, verdict

    st = verdict(monday, settings, gate=WEEKLY)
    if st is None or st["latest"]["status"] != "failed":
        return None
    failed = sorted(
        {
            f"{f['table_name']}.{f['check_name']}"
            for f in st["failures"]
            if f["severity"] == CRITICAL
        }
    )
    return ", ".join(failed) or "a critical check"


def days_published_since_built(week: str, settings: Settings | None = None) -> list[str]:
    """The days (``YYYY-MM-DD``, sorted) of the ISO week holding ``week`` (any day of it) whose
    daily partition set was published after ``statements_weekly`` last published the week's weekly
    marts: their statements are in the daily models but not in the weekly marts. Empty when the
    week was never built or no day changed since. Compares manifest versions (time-ordered,
    :mod:`parley.storage.manifest`) of the daily set and of the week's oldest weekly mart."""
    monday = week_start(week)
    days = {(monday + timedelta(days=i)).isoformat() for i in range(7)}
    store = lake.lake_store(settings)
    built = [
        manifest.current_of(store, lake.DAY_KEY, monday.isoformat(), lake.group_of(mart))
        for mart in MARTS
    ]
    if not all(built):
        return []
    oldest = min(m.version for m in built if m is not None)
    return sorted(
        d for d, m in lake.published(settings).items() if d in days and m.version > oldest
    )


def stale(week: str, settings: Settings | None = None) -> str | None:
    """Why the weekly marts of ``week`` (any day of it, ``YYYY-MM-DD``) no longer describe the
    week, or None when they do (or the week was never built: :func:`not_built` says so). A day
    of the week published (again) after ``make weekly`` built it leaves the marts stale: a
    summary of them would mix the day counts and disputes read live from the daily models with
    the marts' older statement counts. The message names the days and the command that rebuilds
    the week (``make weekly``; the asset-triggered ``statements_weekly`` run does it on a
    scheduler) — unless a rebuild was tried and failed the weekly quality gate
    (:func:`gate_failed`: it published nothing, so running it again on the same days fails
    again): then it names the failed checks and where their rows are."""
    days = days_published_since_built(week, settings)
    if not days:
        return None
    monday = week_start(week).isoformat()
    stale_days = (
        f"parley weekly: the weekly marts of week {iso_week(monday)} are stale: "
        f"{plural(len(days), 'day')} ({', '.join(days)}) published after they were built"
    )
    if (failed := gate_failed(monday, settings)) is not None:
        return (
            f"{stale_days}, and their rebuild failed the weekly quality gate and published nothing "
            f"({failed}; the log of `make weekly DATE={week}` shows the rows): the week's rows "
            f"must pass its checks before `make weekly` can rebuild it"
        )
    return f"{stale_days}; run `make weekly DATE={week}` to rebuild the week"


def report_path(week: str, settings: Settings | None = None) -> Path:
    """Where the weekly report of ``week`` (any day of it, ``YYYY-MM-DD``) is written, absolute:
    ``<data>/reports/weekly/YYYY-Www.html``."""
    settings = settings or get_settings()
    return (settings.reports_dir / "weekly" / f"{iso_week(week)}.html").resolve()


def summary(week: str, settings: Settings | None = None) -> list[str]:
    """What ``make weekly`` prints after building ``week`` (any day of it, ``YYYY-MM-DD``): the
    ISO week and its days, the days published and those with statements, the week's statements
    and disputes (the weekly marts and the ``disputes`` model), the weekly quality gate's verdict
    (:func:`parley.quality.verdict`, gate ``weekly``) and the report's absolute path, as
    :func:`summary_lines` words them."""
    from parley.digest import weekly_html
    from parley.quality import WEEKLY, verdict

    settings = settings or get_settings()
    monday = week_start(week)
    days = [(monday + timedelta(days=i)).isoformat() for i in range(7)]
    published = [d for d in lake.published(settings) if d in days]
    data = weekly_html.fetch(monday.isoformat(), settings)
    con = warehouse.in_memory(["daily_digest"], settings)
    try:
        with_statements = con.execute(
            "select count(distinct dt) from daily_digest where dt between $lo and $hi",
            {"lo": monday, "hi": monday + timedelta(days=6)},
        ).fetchone()[0]
    finally:
        con.close()
    total = data["totals"].get(monday, {}).get("n_statements") or 0
    st = verdict(monday.isoformat(), settings, gate=WEEKLY)
    return summary_lines(
        monday,
        len(published),
        with_statements,
        int(total),
        len(data["disputes"]),
        None if st is None else (st["latest"]["status"], st["latest"]["checks"]),
        report_path(week, settings),
        today=datetime.now(UTC).date(),
    )


def summary_lines(
    monday: date,
    published: int,
    with_statements: int,
    statements: int,
    disputes: int,
    gate: tuple[str, int] | None,
    page: Path,
    today: date | None = None,
) -> list[str]:
    """The lines of :func:`summary`: ``gate`` is (verdict, checks) of the week's latest weekly
    quality attempt, None when the week was never checked; ``page`` the report's path. When
    ``today`` (UTC; None: not said) falls before the week's Sunday, a line says the week is
    not over and which days are still to come: "1 day published" of a week built on its
    Wednesday is not a quiet week."""
    sunday = monday + timedelta(days=6)
    first = None if today is None else max(today + timedelta(days=1), monday)  # still to come
    gate_said = (
        "not checked (no weekly rows)" if gate is None else f"{gate[0]}; {plural(gate[1], 'check')}"
    )
    return [
        f"Parley week {iso_week(monday)} ({monday} to {sunday}): {plural(published, 'day')} "
        f"published, {with_statements} with statements · {plural(statements, 'statement')} · "
        f"{plural(disputes, 'dispute')}",
        f"Weekly quality gate: {gate_said}",
        *(
            [
                f"The week is not over: {plural((sunday - first).days + 1, 'day')} still to come "
                f"({first} to {sunday}); make weekly DATE=… again once they are published"
            ]
            if today is not None and today < sunday
            else []
        ),
        f"Weekly report: file://{page}",
    ]


def write_report(week: str, settings: Settings | None = None) -> Path:
    """Write the weekly report of ``week`` (any day of it); returns its path."""
    from parley.digest import weekly_html

    return weekly_html.write_report(week_start(week).isoformat(), settings)
