"""The ``parley`` command line.

parley digest [--date YYYY-MM-DD] [--all | --pair A-B | --speaker S | --type T] [--format F]
                                         the day's summary, then statements by country pair
parley report [--date YYYY-MM-DD]        the day's HTML digest with charts (data/reports/digest/)
parley weekly [--date YYYY-MM-DD]        the summary of the date's ISO week and its report's path
parley sql "SELECT ..."                  a read-only query against the warehouse (no rows on a
                                         date no run published: said on stderr)
parley extract-quotes IN.jsonl OUT.jsonl the evaluation contract (same code as the DAG)
parley run [--date YYYY-MM-DD]           all stages in this process, without Airflow
parley backfill --start D1 --end D2      airflow dags test news_daily for each day, with progress
parley sources                           the sources a run reads (PARLEY_SOURCES), one line
parley quality [--date YYYY-MM-DD]       the day's quality verdict and failed checks
parley rejects [--date YYYY-MM-DD]       where the day's inputs went, then those quarantined
                                         with a reason, one per line
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import sys
from collections import deque
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from parley.wording import plural

if TYPE_CHECKING:
    from parley.ingest.decode import Decoded

log = logging.getLogger("parley")


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


# the date a command reads is the ingestion date a run published (dt), not the articles' own
DATE_HELP = (
    "the ingestion date a run published, YYYY-MM-DD (default: today, UTC); not the articles' "
    "publication dates"
)


def _valid_date(value: str) -> str:
    from parley.dates import parse_day
    from parley.settings import ConfigError

    try:
        return parse_day(value).isoformat()
    except ConfigError as err:
        raise argparse.ArgumentTypeError(str(err).removeprefix("date=")) from err


def _week_date(value: str) -> str:
    """A day of the week ``parley weekly`` reads: any calendar date (``YYYY-MM-DD``), a day of
    this week still to come too (``--date`` of this Sunday names the week ``make weekly`` built
    today; only a run is refused a day that has not begun, :func:`_valid_date`)."""
    from parley.dates import parse_day
    from parley.settings import ConfigError

    try:
        return parse_day(value, today=date.max).isoformat()
    except ConfigError as err:
        raise argparse.ArgumentTypeError(str(err).removeprefix("date=")) from err


def _no_run(ds: str, command: str) -> str | None:
    """Why ``ds`` has nothing to show, or None when a run published it. A date no run
    published is not an empty day: the message says so, names the date's failed quality gate
    when there was one, and the latest published date; the command then exits 2 (as
    ``parley quality`` does for a date never checked), so a script can tell "no run" from
    "a run with nothing in it"."""
    from parley.quality import verdict
    from parley.storage import lake

    days = lake.published()
    if ds in days:
        return None
    st = verdict(ds)
    if st is not None and st["latest"]["status"] == "failed":
        why = f"its run failed the quality gate and published nothing (parley quality --date {ds})"
    else:
        why = "no run published that date"
    if not days:
        hint = "; nothing has been published yet: run `make run` (or the news_daily DAG) first"
    elif command in STATEMENT_COMMANDS:
        hint = "; " + _nearest_statements(ds, command)
    else:
        latest = max(days)
        hint = f"; the latest published date is {latest}: parley {command} --date {latest}"
    return f"parley {command}: no run for {ds}: {why}{hint}"


# the commands that show a date's statements: a date without any sends the reader to the
# nearest date with some, not to the latest published (which may have none)
STATEMENT_COMMANDS = ("digest", "report")


def _nearest_statements(ds: str, command: str) -> str:
    """Where to look instead of ``ds``, a date with no statements: the nearest date that has
    some (:func:`parley.digest.text.nearest_date`) and the command, or that no date has any."""
    from parley.digest import text

    near = text.nearest_date(ds)
    if near is None:
        return "no published date has statements"
    return f"the nearest date with statements is {near}: parley {command} --date {near}"


# ---------------------------------------------------------------------------------------------
# commands


def cmd_digest(args: argparse.Namespace) -> int:
    """The day's summary and a few statements per pair; every statement with ``--all``; the
    statements matching ``--pair/--speaker/--type``; rows as CSV/JSON lines with ``--format``."""
    from parley.digest import text

    try:
        if args.pair:
            text.parse_pair(args.pair)
    except ValueError as err:
        raise SystemExit(f"parley digest: {err}") from err
    if (missing := _no_run(args.date, "digest")) is not None:
        print(missing, file=sys.stderr)
        return 2
    day = text.fetch_day(args.date)
    if args.pair and day.rows:
        # a misspelt or absent party matches nothing: say which parties the day has (exit 2, as
        # for any argument that names nothing: a date no run published, an unknown type)
        counts = text.party_counts(day.rows)
        if unknown := text.unknown_parties(args.pair, counts):
            print(text.no_such_party(args.date, args.pair, unknown, counts), file=sys.stderr)
            return 2
    filtered = bool(args.pair or args.speaker or args.type)
    rows = text.select(day.rows, args.pair, args.speaker, args.type) if filtered else day.rows
    if args.format != "text":
        text.write_rows(rows, args.format)
        return 0
    if filtered:
        what = text.describe_filters(args.pair, args.speaker, args.type)
        text.render(day, shown=rows, what=what)
    else:
        text.render(day, everything=args.all, per_pair=args.per_pair, max_lines=args.max_lines)
    if not day.rows:
        print(_nearest_statements(args.date, "digest").capitalize())
    return 0


def _statement_types(value: str) -> list[str]:
    from parley import schema

    types = [t.strip().upper() for t in value.split(",") if t.strip()]
    unknown = [t for t in types if t not in schema.STATEMENT_TYPES]
    if unknown or not types:
        raise argparse.ArgumentTypeError(
            f"unknown statement type {', '.join(unknown) or value!r}; "
            f"one or more of {', '.join(schema.STATEMENT_TYPES)}"
        )
    return types


def cmd_weekly(args: argparse.Namespace) -> int:
    """The summary of the ISO week holding ``--date`` as ``make weekly`` built it: week, days,
    statements, disputes, the weekly gate's verdict and the report's absolute path
    (:func:`parley.digest.weekly.summary`). A week ``make weekly`` never built, or whose weekly
    gate failed (nothing published), is no empty week: the message says which
    (:func:`parley.digest.weekly.not_built`) on stderr and the command exits 2 (as ``digest``
    does for a date no run published). A week with a day published after ``make weekly`` built it
    is not summarised either (its marts would disagree with the day counts and disputes read
    live): the message names the days and the command that rebuilds it, or the failed checks
    when a rebuild already failed the weekly gate (:func:`parley.digest.weekly.stale`), exit 2."""
    from parley.digest import weekly

    if (missing := weekly.not_built(args.date) or weekly.stale(args.date)) is not None:
        print(missing, file=sys.stderr)
        return 2
    for line in weekly.summary(args.date):
        print(line)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from parley.digest.html import write_report

    if (missing := _no_run(args.date, "report")) is not None:
        print(missing, file=sys.stderr)
        return 2
    path = write_report(args.date)
    print(f"wrote {path}")
    return 0


ISO_DATE = re.compile(r"(?<![\d-])(\d{4}-\d{2}-\d{2})(?![\d-])")


def _unpublished_dates(query: str) -> str | None:
    """Why a query that returned no row may have found nothing: the ISO dates
    (``YYYY-MM-DD``) written in ``query`` that no run published, with the latest published
    date ("no run published 2025-02-25; the latest published date is 2026-12-01"); None when
    the query names no such date. A date literal is the usual filter on ``dt``; a date that
    appears for another reason only costs a note on stderr."""
    from parley.storage import lake

    named = []
    for found in dict.fromkeys(ISO_DATE.findall(query)):
        with contextlib.suppress(ValueError):
            named.append(date.fromisoformat(found).isoformat())
    if not named:
        return None
    days = lake.published()
    missing = [ds for ds in named if ds not in days]
    if not missing:
        return None
    latest = f"the latest published date is {max(days)}" if days else "nothing is published yet"
    return f"no run published {', '.join(missing)}; {latest}"


def cmd_sql(args: argparse.Namespace) -> int:
    """Run one query against the warehouse, opened read-only, and print its rows (a table, CSV or
    JSON lines, both written by DuckDB: :func:`parley.digest.text.copy_csv` /
    :func:`~parley.digest.text.copy_json`, a NaN as JSON's null). Read-only means the warehouse cannot change; like any DuckDB session the query
    can still read and write files (``COPY ... TO``): it is an analyst's tool, not a sandbox. A query that returns no row and names a date no run published says so on stderr
    (exit 0: the query itself was fine). Two columns of one name (a self-join) keep both in CSV
    and JSON, the second as ``name_1`` (DuckDB's own naming). The session's time zone is UTC
    (a ``TIMESTAMPTZ`` reads ``+00`` whatever the machine's zone; a query may ``SET`` another)."""
    from parley.storage import warehouse

    if not args.query.strip():
        print("parley sql: the query is empty", file=sys.stderr)
        return 2
    con = warehouse.connect()
    try:
        # Parley's times are UTC: a TIMESTAMPTZ prints as "... 10:30:00+00" on any machine (the
        # session's default is the machine's zone, "... 19:30:00+09" in Tokyo)
        con.execute("set TimeZone = 'UTC'")
        rel = con.sql(args.query)
        if rel is None:
            return 0
        if not rel.limit(1).fetchall() and (why := _unpublished_dates(args.query)):
            print(f"parley sql: no rows: {why}", file=sys.stderr)
        if args.format == "csv":
            from parley.digest.text import copy_csv

            copy_csv(rel)  # DuckDB writes it: the text of its own COPY ... TO (FORMAT csv)
        elif args.format == "json":
            from parley.digest.text import copy_json

            copy_json(rel)  # DuckDB writes it: its own to_json, a NaN as null
        else:
            rel.show(max_width=args.width, max_rows=args.max_rows)
    finally:
        con.close()
    return 0


def _input_lines(path: str) -> Iterator[bytes]:
    """The lines of a JSON Lines file as bytes, split on ``\n`` only (a ``\r`` or U+2028 inside
    a line is no line break), without the ``\n``; a last line without one counts too."""
    with open(path, "rb") as fh:
        for raw in fh:
            yield raw[:-1] if raw.endswith(b"\n") else raw


def _utf8_line(raw: bytes) -> tuple[str, int]:
    """(a line's text, how many invalid UTF-8 sequences it had, each read as U+FFFD)."""
    try:
        return raw.decode("utf-8"), 0
    except UnicodeDecodeError:
        line = raw.decode("utf-8", errors="replace")
        return line, line.count("\ufffd") - raw.count("\ufffd".encode())


def _input_codec(path: str) -> tuple[Decoded | None, bool]:
    """(the whole input decoded when it is not UTF-8, whether the whole input was quarantined).
    ``decode(fallback=DETECT)`` decides, as for inbox files (a UTF-16/32 byte-order mark, NUL
    bytes, legacy single-byte text). The decoded input is None for UTF-8, with or without a few
    bad bytes, which is read line by line, and when the decoder refused the whole input (no
    codec reads it, two encodings, no codec with confidence): its lines are then decoded one by
    one, as the DAG reads such a JSON Lines file (:func:`_line_text`)."""
    from parley.ingest.decode import DETECT, decode

    with open(path, "rb") as fh:
        data = fh.read()
    try:
        decoded = decode(data, "", fallback=DETECT)
    except UnicodeDecodeError:
        return None, True
    return (None if decoded.encoding == "utf-8" else decoded), False


def _line_text(raw: bytes) -> tuple[str | None, int, str | None]:
    """(text, bytes read as U+FFFD, problem) of one line of an input the decoder refused as a
    whole: the DAG's own per-line decoding (``decode(fallback=DETECT)``, as
    :func:`parley.ingest.folder._jsonl_lines_apart` reads a JSON Lines file), so a Windows-1252
    line beside UTF-8 ones is read as Windows-1252, and a line no codec reads with confidence is
    a problem line (``uncertain-encoding: <the decoder's words>``) whose text is never guessed.
    Bytes that are no text at all stay read as UTF-8 with U+FFFD (:func:`_utf8_line`): their
    problem is then that they are not JSON."""
    from parley.ingest.decode import DETECT, decode

    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return (*_utf8_line(raw), None)
    try:
        decoded = decode(raw.removesuffix(b"\r"), "", fallback=DETECT)
    except UnicodeDecodeError as err:
        reason = getattr(err, "quarantine", "undecodable")
        if reason == "undecodable":
            return (*_utf8_line(raw), None)
        return None, 0, f"{reason}: {err.reason}"
    return decoded.text, decoded.replaced, None


def _ascii_doc_id(raw_lines: list[bytes], lineno: int) -> object:
    """The ``doc_id`` of a line whose text was not decoded, when the line is JSON read with its
    bad bytes as U+FFFD and the id holds none of them (an id is ASCII most often); else None."""
    try:
        rec = json.loads(raw_lines[lineno - 1].decode("utf-8", errors="replace"))
    except (IndexError, ValueError):
        return None
    doc_id = rec.get("doc_id") if isinstance(rec, dict) else None
    return None if isinstance(doc_id, str) and "\ufffd" in doc_id else doc_id


def _contract_lines(path: str) -> Iterator[tuple[int, object, str | None, str | None, int]]:
    """(line number, doc_id, text or None, problem or None, bytes not UTF-8) for **every** input
    line, blank ones included, so the output keeps one line per input line. A line that is
    blank, not JSON, not an object or has no string ``text`` has a problem and no text; bytes
    that are not UTF-8 are read as U+FFFD each (counted, so the caller can say so, also on a
    line with a problem, whose problem then names them: random bytes are not JSON because they
    are not text). A UTF-8
    byte-order mark before the first line is dropped. A file in another encoding (UTF-16/32,
    legacy single-byte text: :func:`_input_codec`) is decoded whole, and its lines split on
    ``\n``; the codec is said on stderr. An input the decoder refuses as a whole is decoded line
    by line as the DAG does (:func:`_line_text`): a line in no encoding read with confidence has
    the problem ``uncertain-encoding: ...`` and no text, never text with U+FFFD."""
    decoded, refused = _input_codec(path)
    raw_lines: list[bytes] = []
    if decoded is not None:
        how = decoded.note or "its byte-order mark"
        print(f"extract-quotes: input read as {decoded.encoding} ({how})", file=sys.stderr)
        texts = decoded.text.removesuffix("\n").split("\n")
        lines: Iterator[tuple[str | None, int, str | None]] = ((t, 0, None) for t in texts)
    elif refused:
        raw_lines = list(_input_lines(path))
        lines = map(_line_text, raw_lines)
    else:
        lines = ((*_utf8_line(raw), None) for raw in _input_lines(path))
    for lineno, (line, bad, refusal) in enumerate(lines, 1):
        if refusal is not None or line is None:
            yield lineno, _ascii_doc_id(raw_lines, lineno), None, refusal or "unreadable", 0
            continue
        if lineno == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            yield lineno, None, None, "blank line", 0
            continue
        # a line not read for its bytes says so: random bytes are "invalid JSON" *and* not UTF-8
        why = f"; {plural(bad, 'byte')} not UTF-8" if bad else ""
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield lineno, None, None, f"invalid JSON ({err}){why}", bad
            continue
        if not isinstance(rec, dict):
            yield lineno, None, None, f"not a JSON object (a {type(rec).__name__}){why}", bad
            continue
        text = rec.get("text")
        if not isinstance(text, str):
            yield lineno, rec.get("doc_id"), None, f"no string 'text'{why}", bad
            continue
        yield lineno, rec.get("doc_id"), text, None, bad


def cmd_extract_quotes(args: argparse.Namespace) -> int:
    """One output line per input line, same order; text == input_text[start:end]. The documents
    go through the DAG's extraction code on every core (:mod:`parley.extract.runner`). A line
    whose quotations could not be computed — blank, not a JSON object with a string ``text``,
    bytes the DAG quarantines (``uncertain-encoding``: :func:`_line_text`), or
    a document that made a rule raise, overran its time budget or crashed its worker — still
    gets its own line, ``{"doc_id", "quotes": [], "error": "<why>"}``, and a warning on stderr;
    the other lines are unaffected (``error`` appears only on those lines). On a terminal, a
    progress bar on stderr counts the lines (rate, ETA). Exit 0 when every line was read, 1 when
    a file cannot be opened (the input, a folder, an output in a missing or read-only folder), 2
    when the output is the input file (it is refused before anything is written)."""
    import dataclasses

    from parley.extract import runner
    from parley.extract.rows import contract_record_from_rows
    from parley.progress import progress
    from parley.settings import get_settings
    from parley.storage.fs import atomic_file

    if os.path.exists(args.output) and os.path.samefile(args.input, args.output):
        print(
            f"parley extract-quotes: {args.output} is the input file: writing it would destroy "
            "the input; name another output",
            file=sys.stderr,
        )
        return 2
    n_lines = sum(1 for _ in _input_lines(args.input))
    settings = get_settings()
    if args.workers is not None:
        settings = dataclasses.replace(settings, workers=args.workers)
    options = runner.RunnerOptions.from_settings(
        settings, model=args.model or settings.spacy_model, with_entities=False
    )
    pending: deque = deque()
    n_in = n_quotes = n_problems = n_warned = n_failed = n_not_utf8 = 0

    def feed() -> Iterator[runner.Document]:
        nonlocal n_not_utf8
        for lineno, doc_id, text, problem, bad in _contract_lines(args.input):
            pending.append((lineno, doc_id, problem))
            n_not_utf8 += bool(bad)
            if bad and problem is None:  # a problem line's warning names its bytes itself
                print(
                    f"warning: line {lineno}: {plural(bad, 'byte')} not UTF-8, each read as "
                    "U+FFFD (offsets count it as one character)",
                    file=sys.stderr,
                )
            if problem is None:
                yield runner.Document(str(lineno), text)

    with (
        atomic_file(args.output, "w", encoding="utf-8") as out,
        progress(total=n_lines, what="lines") as advance,
    ):

        def flush_problems() -> None:
            nonlocal n_problems
            while pending and pending[0][2] is not None:
                lineno, doc_id, problem = pending.popleft()
                print(f"warning: line {lineno}: {problem}; writing no quotes", file=sys.stderr)
                out.write(
                    json.dumps({"doc_id": doc_id, "quotes": [], "error": problem}, default=str)
                    + "\n"
                )
                n_problems += 1
                advance(1)

        for result in runner.run(feed(), options):
            flush_problems()
            lineno, doc_id, _ = pending.popleft()
            assert str(lineno) == result.document.key
            record = contract_record_from_rows(doc_id, result.tables.get("quotes"))
            if result.failure:
                print(
                    f"warning: line {lineno}: {result.failure.reason}: {result.failure.detail}",
                    file=sys.stderr,
                )
                record["error"] = f"{result.failure.reason}: {result.failure.detail}"
                n_failed += 1
            for warning in result.warnings:
                log.info("quotes in line %d: %s", lineno, warning)
            n_warned += bool(result.warnings)
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            n_in += 1
            n_quotes += len(record["quotes"])
            advance(1)
        flush_problems()
    print(
        f"extract-quotes: {plural(n_in, 'document')}, {plural(n_quotes, 'quote')}, "
        f"{plural(n_problems, 'unreadable line')}, {plural(n_not_utf8, 'line')} with bytes not "
        f"UTF-8, {plural(n_failed, 'document')} not extracted, "
        f"{plural(n_warned, 'document')} with extraction warnings (-v lists them) -> "
        f"{args.output}",
        file=sys.stderr,
    )
    return 0


def cmd_rejects(args: argparse.Namespace) -> int:
    """The day's rejects (every stage: ingest, fetch, extract), one per line: stage, reason,
    source, locator, detail, after where every input of the day went (articles, rejects, inputs
    another date already ingested or rejected: :func:`parley.digest.text.account_lines`); as
    CSV or JSON lines (the rejects only) with ``--format``. Exit 0 for a published date
    (none rejected is no error), 2 for a date no run published (message on stderr)."""
    from parley.digest import text

    if (missing := _no_run(args.date, "rejects")) is not None:
        print(missing, file=sys.stderr)
        return 2
    rows = text.fetch_rejects(args.date)
    columns = ("stage", "reason", "source", "locator", "detail")
    if args.format == "csv":
        text.write_csv_rows(rows, columns)
    elif args.format == "json":
        text.write_json_rows(rows, columns)
    else:
        for line in text.account_lines(text.fetch_input_account(args.date), args.date, rows):
            print(line)
        for r in rows:
            print(
                f"{r['stage']:8} {r['reason']:24} {r['source']} {r['locator'] or ''}"
                f"{': ' + ' '.join(str(r['detail']).split()) if r['detail'] else ''}"
            )
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    """One line naming the sources a run reads with the current settings (``make run`` prints it
    before the run): the ``PARLEY_SOURCES`` file and each source's type and place
    (:func:`parley.ingest.sources.describe`); 0, or 2 on a wrong ``PARLEY_*`` value."""
    from parley.ingest.sources import describe
    from parley.settings import ConfigError, get_settings

    try:
        settings = get_settings()
    except ConfigError as err:
        print(f"parley: {err}", file=sys.stderr)
        return 2
    print(describe(settings))
    return 0


def cmd_quality(args: argparse.Namespace) -> int:
    """Exit 0 when the date passed its critical checks, 1 when it failed, 2 when never checked
    (then the latest date checked is named, as ``digest`` names the latest published one)."""
    from parley.quality import format_verdict, verdict

    st = verdict(args.date)
    if st is None:
        latest = verdict(None) if args.date is not None else None
        hint = (
            f" The latest date checked is {latest['ds']}: parley quality --date {latest['ds']}"
            if latest is not None
            else " Nothing has been checked yet: run `make run` (or the news_daily DAG) first."
        )
        print(format_verdict(None, args.date) + hint)
        return 2
    print(format_verdict(st, args.date))
    return 1 if st["latest"]["status"] == "failed" else 0


def cmd_backfill(args: argparse.Namespace) -> int:
    """``airflow dags test news_daily D`` for every day from ``--start`` to ``--end``, oldest
    first: real DAG runs (each publish emits its Assets, so statements_weekly is queued as in
    production). One log per day, ``news_daily-<day>.log`` in the data folder's ``logs/``
    (:attr:`~parley.settings.Settings.logs_dir`); a progress bar over the days on a terminal.
    Stops at the first failed day (exit 1), naming its log, and before a day another process is
    running on this data folder or in this Airflow home (``AIRFLOW_HOME``, whose database holds
    one run of a DAG and date: :func:`~parley.storage.lock.run_lock`; exit 1, naming its pid)."""
    from datetime import timedelta
    from pathlib import Path

    from parley.progress import progress
    from parley.settings import get_settings
    from parley.storage.lock import RunInProgress, run_holding, run_lock

    start, end = date.fromisoformat(args.start), date.fromisoformat(args.end)
    if end < start:
        raise SystemExit("parley backfill: --end is before --start")
    days = [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]
    airflow = Path(sys.executable).with_name("airflow")
    settings = get_settings()
    logs = settings.logs_dir
    logs.mkdir(parents=True, exist_ok=True)
    with progress(total=len(days), what="days") as advance:
        for day in days:
            log_path = logs / f"news_daily-{day}.log"
            try:
                with (
                    run_lock(settings, f"news_daily {day}") as fds,
                    log_path.open("w", encoding="utf-8") as fh,
                ):  # the day's airflow holds the lock too, also if backfill is killed first
                    returncode = run_holding(
                        fds, [str(airflow), "dags", "test", "news_daily", day], fh
                    )
            except RunInProgress as busy:
                print(f"backfill: {busy}", file=sys.stderr)
                return 1
            if returncode != 0:
                print(f"backfill: news_daily failed for {day}; see {log_path}", file=sys.stderr)
                return 1
            advance(1)
    print(f"backfill: news_daily ran for {plural(len(days), 'day')}, {days[0]} to {days[-1]}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Every stage for ``--date`` in this process (:func:`parley.pipeline.run_all`, the same
    stage functions the DAG's tasks call, without Airflow); prints the run's result (counts and
    paths per stage) as indented JSON. Raises what a stage raises (a failed quality gate too)."""
    from parley.dates import window_for_date
    from parley.pipeline import run_all

    result = run_all(window_for_date(args.date))
    print(json.dumps(result, indent=2, default=str))
    return 0


# ---------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parley", description="Who said what about whom.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    # -v after the command too (`parley extract-quotes -v IN OUT`): every subparser takes it;
    # SUPPRESS keeps a subcommand without it from resetting a `parley -v CMD` to False
    verbose = argparse.ArgumentParser(add_help=False)
    verbose.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, **kwargs) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[verbose], **kwargs)

    p = command(
        "digest",
        help="the day's summary, then a few statements per country pair",
        description="The day's summary (statement types, top country pairs with their "
        "cooperation-conflict score, disputes, most quoted speakers, quality verdict), a few "
        "statements per pair, and the paths of the reports. --all lists every statement; "
        "--pair/--speaker/--type list the matching ones; --format csv|json writes rows.",
    )
    p.add_argument("--date", type=_valid_date, default=_today(), help=DATE_HELP)
    p.add_argument("--all", action="store_true", help="every statement after the summary")
    p.add_argument(
        "--pair",
        help="statements of one pair of parties as the digest prints them (ISO codes, GB not UK; "
        "organisations: NATO): US-RU, 'US→RU', RU (either side), '?-?' (unknown sides); a party "
        "the day does not have: its parties are listed, exit 2",
    )
    p.add_argument("--speaker", help="statements of speakers whose name contains this text")
    p.add_argument(
        "--type",
        type=_statement_types,
        metavar="TYPE[,TYPE]",
        help="statements of these types (REJECT, DENY, ...)",
    )
    p.add_argument(
        "--format",
        choices=("text", "csv", "json"),
        default="text",
        help="text (default), or the matching rows as CSV / JSON lines for piping",
    )
    p.add_argument("--per-pair", type=int, default=3, metavar="N", help="statements per pair (3)")
    p.add_argument(
        "--max-lines", type=int, default=72, metavar="N", help="line budget of the default view"
    )
    p.set_defaults(func=cmd_digest)

    p = command("report", help="write the day's HTML digest with charts")
    p.add_argument("--date", type=_valid_date, default=_today(), help=DATE_HELP)
    p.set_defaults(func=cmd_report)

    p = command("weekly", help="the summary of a date's ISO week (after make weekly)")
    p.add_argument("--date", type=_week_date, default=_today(), help="any day of the week")
    p.set_defaults(func=cmd_weekly)

    p = command("sql", help="run a read-only query against the warehouse")
    p.add_argument("query")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--width", type=int, default=160)
    p.add_argument("--max-rows", type=int, default=100)
    p.set_defaults(func=cmd_sql)

    p = command(
        "extract-quotes",
        help="JSONL {doc_id, text} in -> JSONL {doc_id, quotes} out",
        description="The evaluation contract, kept exactly: one output line per input line, "
        '{"doc_id", "quotes": [{"speaker", "text", "start", "end", "kind", "cue"}]} with '
        "text == input text[start:end]. A line whose quotes could not be computed (blank, not "
        "a JSON object with a string 'text', in no encoding read with confidence, or a "
        "document extraction gave up on) still gets "
        'its own line, with no quotes and an "error" saying why, so line N out answers line N '
        "in. Roles and countries are not part of it: they are in the quotes table "
        "(speaker_role, speaker_country), the statements mart and the digest.",
    )
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--model", default=None, help="spaCy pipeline (default: PARLEY_SPACY_MODEL)")
    p.add_argument(
        "-j",
        "--workers",
        type=int,
        default=None,
        help="worker processes (default: PARLEY_WORKERS, else every usable CPU)",
    )
    p.set_defaults(func=cmd_extract_quotes)

    p = command("sources", help="name the sources a run reads (PARLEY_SOURCES), one line")
    p.set_defaults(func=cmd_sources)

    p = command("quality", help="print a date's quality verdict and failed checks")
    p.add_argument(
        "--date", type=_valid_date, default=None, help="YYYY-MM-DD (default: the latest checked)"
    )
    p.set_defaults(func=cmd_quality)

    p = command(
        "rejects", help="where a date's inputs went; those quarantined with a reason, listed"
    )
    p.add_argument("--date", type=_valid_date, default=_today(), help=DATE_HELP)
    p.add_argument("--format", choices=("text", "csv", "json"), default="text")
    p.set_defaults(func=cmd_rejects)

    p = command(
        "backfill", help="airflow dags test news_daily for every day of a range (progress bar)"
    )
    p.add_argument("--start", type=_valid_date, required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--end", type=_valid_date, required=True, help="last day, YYYY-MM-DD")
    p.set_defaults(func=cmd_backfill)

    p = command(
        "run",
        help="run every stage for one date in this process, without Airflow; prints the run's "
        "counts as JSON (make run is the DAG run, with the digest)",
    )
    p.add_argument(
        "--date",
        type=_valid_date,
        default=_today(),
        help="the ingestion date to run (default: today, UTC)",
    )
    p.set_defaults(func=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``parley`` command ``argv`` (default ``sys.argv[1:]``); its exit status: 0, 1 for
    an error of the run (a file, a query), 2 for a wrong ``PARLEY_*`` setting or sources file
    (:class:`parley.settings.ConfigError`, said in one line, as ``argparse`` says a wrong
    argument), 141 when the reader of the output went away."""
    from parley.settings import ConfigError

    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return args.func(args)
    except BrokenPipeError:  # `parley digest --format csv | head`: the reader had enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit flush
        return 141  # 128 + SIGPIPE, as a shell reports a command killed by it
    except ConfigError as err:  # the user's settings, not a bug: no traceback
        print(f"parley: {err}", file=sys.stderr)
        return 2
    except (OSError, RuntimeError) as err:  # a missing, unreadable or unwritable file, ...
        print(f"parley: {err}", file=sys.stderr)
        return 1
    except Exception as err:  # duckdb errors for a bad query, etc.
        if type(err).__module__.startswith("duckdb") or type(err).__module__.startswith("_duckdb"):
            print(f"parley: {err}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
