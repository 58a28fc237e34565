"""The daily digest in a terminal: a summary that reads in a minute, then who said what by pair.

``parley digest --date D`` (and the end of ``make run``) prints, from the ``daily_digest`` and
``disputes`` marts of one ingestion day:

1. a header line — statements, speakers, articles with a statement (by ``article_id``), country
   pairs — the quality verdict, and what came in: articles ingested (duplicates and non-English
   among them) and the inputs quarantined with a reason, counted by stage and reason, with the
   command that lists them (``parley rejects --date D``), and the inputs another date already
   ingested or rejected, so nothing is dropped silently;
2. counts by statement type; the top country pairs (both sides known) with their
   cooperation–conflict score (the mean Goldstein-like weight of the pair's statements of the day,
   −10 conflict … +10 cooperation; weights from ``data/statements/cameo_codes.csv``); the day's
   disputes; the five most quoted speakers;
3. a few statements per pair (``--per-pair``, default 3), as many pairs as the line budget allows
   (``--max-lines``, default 72, so ``make run`` stays under 80 lines), each with the command that
   lists the rest;
4. the paths of the HTML digest, the Data Docs and the week's report, last.

``--all`` lists every statement after the summary; ``--pair``, ``--speaker`` and ``--type`` list
every matching statement; ``--format csv|json`` writes the matching rows for piping (JSON: one
object per line, like ``parley sql --format json``).

The functions that shape the day (:func:`type_counts`, :func:`pair_summaries`,
:func:`top_speakers`, :func:`select`, :func:`parse_pair`) are pure; :func:`render` draws them
with `rich <https://rich.readthedocs.io>`_: colours and the terminal's width on a terminal,
plain text at a fixed width otherwise, so piped output is stable.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import sys
import textwrap
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from parley import schema
from parley.settings import Settings, get_settings
from parley.storage import warehouse
from parley.wording import plural

COLUMNS = (
    "pair",
    "speaker_party",
    "target_party",
    "speaker",
    "speaker_actor",
    "speaker_name",
    "speaker_kind",
    "speaker_role",
    "speaker_country",
    "speaker_countries",
    "statement_type",
    "cameo_code",
    "weight",
    "target",
    "negated",
    "cue",
    "kind",
    "quote",
    "article_title",
    "confidence",
    "quote_id",
    "article_id",
    "statement_id",
)
PARTIES = ("speaker_party", "target_party")  # what pair_of reads
# what speaker_key reads of a daily_digest row (who a speaker is, named as speaker_label prints it)
SPEAKER_ID_COLUMNS = ("speaker_name", "speaker", "speaker_kind", "article_id")
SPEAKER_COLUMNS = (*SPEAKER_ID_COLUMNS, "speaker_role", "speaker_countries")  # top_speakers
DISPUTE_COLUMNS = (
    "speaker",
    "speaker_name",
    "speaker_kind",
    "speaker_country",
    "statement_type",
    "disputed_speaker",
    "disputed_speaker_name",
    "disputed_speaker_kind",
    "disputed_speaker_country",
    "disputed_statement_type",
    "subject",
    "link",
)
UNKNOWN = "?"
ARROW = " → "
WIDTH = 100  # columns when the output is not a terminal
PAIR_WIDTH = 26  # at most, for a pair in the pairs table (a longer one ends in "…")
MAX_LINES = 72  # make run adds two lines of its own: the whole stays under 80
PER_PAIR = 3
TOP_PAIRS = 8
TOP_SPEAKERS = 5
TOP_DISPUTES = 5
TOP_REASONS = 4  # reject reasons the summary names; the rest are counted
QUOTE_LINES = 2  # a sampled statement takes at most this many lines; --all shows them whole


# ---------------------------------------------------------------------------------------------
# data


@dataclass
class Day:
    """Everything the digest shows for one ingestion date.

    ``rows``: the ``daily_digest`` rows (:data:`COLUMNS`), by pair, article and text order;
    ``disputes``: the day's ``disputes`` rows (:data:`DISPUTE_COLUMNS`); ``quality``: the one-line
    verdict (``parley.quality.status_line``); ``reports``: label → path of the reports that exist
    (HTML digest, Data Docs, weekly report); ``weekly_stale``: the days of the week published
    after its weekly report was built (``parley.digest.weekly.days_published_since_built``), so
    the footer can say the report is behind."""

    ds: str
    rows: Sequence[dict]  # a list, or DayRows (streamed from the warehouse, re-iterable)
    disputes: Sequence[dict] = field(default_factory=list)  # a list, or DayRows
    quality: str = ""
    reports: dict[str, Path] = field(default_factory=dict)
    intake: Intake | None = None
    weekly_stale: Sequence[str] = ()


@dataclass(frozen=True)
class Intake:
    """What came in on one ingestion day, so that nothing is dropped silently: ``articles``
    ingested (``duplicates`` and ``not_english`` among them: kept, flagged, not extracted) and
    the inputs that did not become an article or whose extraction was given up: ``rejects`` as
    (stage, reason, count), largest first (stages ``ingest``, ``fetch``, ``extract``, reasons as
    in the ``rejects`` table; ``parley rejects --date D`` lists them one by one), and the inputs
    another date took, met again and not taken again: ``already_ingested`` (content
    another date published, ``source_days.already_ingested``) and ``already_rejected`` (inputs
    another date rejected, back unchanged, ``source_days.already_rejected``). ``undated``: the
    articles without a publication date (``published_at`` null: the source gave none, or none
    that could be read); their statements are dated by the ingestion date
    (``statements.statement_date_source = 'ingested'``), never by the clock."""

    articles: int = 0
    duplicates: int = 0
    not_english: int = 0
    undated: int = 0
    rejects: tuple[tuple[str, str, int], ...] = ()
    already_rejected: int = 0
    already_ingested: int = 0

    @property
    def rejected(self) -> int:
        """Inputs of the day quarantined with a reason (every stage)."""
        return sum(n for _, _, n in self.rejects)


INTAKE_ARTICLES_SQL = (
    "select count(*), count(*) filter (where is_duplicate), "
    "count(*) filter (where not is_english), count(*) filter (where published_at is null) "
    "from stg_articles where dt = cast($ds as date)"
)
INTAKE_REJECTS_SQL = (
    "select stage, reason, count(*) as n from stg_rejects where dt = cast($ds as date) "
    "group by stage, reason order by n desc, stage, reason"
)
INTAKE_EARLIER_SQL = (
    "select sum(already_ingested), sum(already_rejected) from stg_source_days "
    "where dt = cast($ds as date)"
)
REJECTS_SQL = (
    "select stage, reason, source, locator, detail from stg_rejects "
    "where dt = cast($ds as date) order by stage, reason, source, locator"
)


def fetch_intake(con, ds: str) -> Intake:
    """The :class:`Intake` of ``ds`` from the ``stg_articles``, ``stg_rejects`` and
    ``stg_source_days`` views of the warehouse connection ``con``."""
    n, dups, foreign, undated = con.execute(INTAKE_ARTICLES_SQL, {"ds": ds}).fetchone()
    rejects = con.execute(INTAKE_REJECTS_SQL, {"ds": ds}).fetchall()
    taken, again = con.execute(INTAKE_EARLIER_SQL, {"ds": ds}).fetchone()
    return Intake(
        articles=int(n or 0),
        duplicates=int(dups or 0),
        not_english=int(foreign or 0),
        undated=int(undated or 0),
        rejects=tuple((str(st), str(reason), int(k)) for st, reason, k in rejects),
        already_rejected=int(again or 0),
        already_ingested=int(taken or 0),
    )


def fetch_rejects(ds: str, settings: Settings | None = None) -> list[dict]:
    """Every reject of ``ds`` (stage, reason, source, locator, detail), by stage and reason.
    Raises ``FileNotFoundError`` when there is no warehouse yet."""
    con = warehouse.connect(settings)
    try:
        return warehouse.rows(con, REJECTS_SQL, {"ds": ds})
    finally:
        con.close()


SOURCE_DAYS_SQL = (
    "select source, items, articles, rejects, already_ingested, already_rejected, skipped, "
    "source_errors, detail from stg_source_days where dt = cast($ds as date) order by source"
)


@dataclass(frozen=True)
class InputAccount:
    """Where every input of one ingestion day went, summed over the day's sources
    (``stg_source_days``; per item source ``items = articles + rejects + already_ingested +
    already_rejected``, a critical quality check): ``inputs`` (files, JSON Lines records, feed
    items, pages), ``articles`` ingested, ``rejects`` (inputs quarantined by ingest or fetch),
    ``already_ingested`` (content another date published, not ingested again),
    ``already_rejected`` (inputs another date rejected, back unchanged, not quarantined
    again), ``skipped`` (entries that are not inputs: hidden files, notices, blank lines),
    ``source_errors`` (a source that could not be read at all), ``sources`` (source days
    recorded) and ``notes``: (source, ``source_days.detail``) for each source with a detail,
    which names the dates that took the inputs before and why entries were skipped."""

    sources: int = 0
    inputs: int = 0
    articles: int = 0
    rejects: int = 0
    already_ingested: int = 0
    already_rejected: int = 0
    skipped: int = 0
    source_errors: int = 0
    notes: tuple[tuple[str, str], ...] = ()


def fetch_input_account(ds: str, settings: Settings | None = None) -> InputAccount:
    """The :class:`InputAccount` of ``ds`` from ``stg_source_days`` (a column a lake written
    before it was added reads as null: 0). Raises ``FileNotFoundError`` when there is no
    warehouse yet."""
    con = warehouse.connect(settings)
    try:
        days = warehouse.rows(con, SOURCE_DAYS_SQL, {"ds": ds})
    finally:
        con.close()

    def total(column: str) -> int:
        return sum(int(d[column] or 0) for d in days)

    return InputAccount(
        sources=len(days),
        inputs=total("items"),
        articles=total("articles"),
        rejects=total("rejects"),
        already_ingested=total("already_ingested"),
        already_rejected=total("already_rejected"),
        skipped=total("skipped"),
        source_errors=total("source_errors"),
        notes=tuple((str(d["source"]), str(d["detail"])) for d in days if d["detail"]),
    )


def account_lines(account: InputAccount, ds: str, rejects: Sequence[dict]) -> list[str]:
    """What ``parley rejects --date D`` says before it lists ``rejects`` (the rows of
    :func:`fetch_rejects`): a headline — "3 inputs of D quarantined with a reason", or "No input
    of D was quarantined", with ": every input became an article." only when the day's source
    days show exactly that — then where every input went ("6 inputs: 0 articles ingested · 2
    already ingested on another date · 4 already rejected on another date, unchanged: not
    quarantined again"), then each source's detail ("  inbox: 4 inputs already rejected on
    2025-03-03, ..."). Counts only what ``account`` and ``rejects`` hold: a day without source
    days says so instead of accounting."""
    if rejects:
        head = f"{plural(len(rejects), 'input')} of {ds} quarantined with a reason"
    elif not account.sources:
        return [f"No input of {ds} was quarantined; no source recorded what it read that day."]
    elif not account.inputs:
        head = f"No input of {ds} was quarantined: no source delivered an input that day."
    elif account.inputs == account.articles and not account.source_errors:
        head = f"No input of {ds} was quarantined: every input became an article."
    else:
        head = f"No input of {ds} was quarantined."
    extracted = sum(1 for r in rejects if r["stage"] == "extract")
    parts = [
        f"{plural(account.articles, 'article')} ingested"
        + (f" ({extracted:,} of them then quarantined by extraction)" if extracted else ""),
        f"{account.rejects:,} rejected by ingest or fetch" if account.rejects else "",
        f"{account.already_ingested:,} already ingested on another date"
        if account.already_ingested
        else "",
        f"{account.already_rejected:,} already rejected on another date, unchanged: not "
        "quarantined again"
        if account.already_rejected
        else "",
        plural(account.source_errors, "source error") if account.source_errors else "",
        f"{plural(account.skipped, 'skipped entry', 'skipped entries')} that "
        f"{'is not an input' if account.skipped == 1 else 'are not inputs'}"
        if account.skipped
        else "",
    ]
    line = f"{plural(account.inputs, 'input')}: " + " · ".join(x for x in parts if x)
    return [
        head,
        line,
        *(f"  {source}: {' '.join(note.split())}" for source, note in account.notes),
    ]


def intake_line(intake: Intake, ds: str) -> str:
    """ "Inputs: 350 articles ingested (40 duplicates, 3 not English, 5 undated: dated D, the
    ingestion date) · 5 rejected: ingest
    invalid-json 3, extract extraction-timeout 2 (parley rejects --date D)"; "· none rejected"
    when no input was quarantined; then "· 2 already ingested and 4 already rejected on
    another date, not again" when inputs another date took came back (either part only when
    there are some), so that every input of the day is counted."""
    extra = ", ".join(
        part
        for part in (
            plural(intake.duplicates, "duplicate") if intake.duplicates else "",
            f"{intake.not_english:,} not English" if intake.not_english else "",
            f"{intake.undated:,} undated: dated {ds}, the ingestion date" if intake.undated else "",
        )
        if part
    )
    line = f"Inputs: {plural(intake.articles, 'article')} ingested" + (
        f" ({extra})" if extra else ""
    )
    earlier = " and ".join(
        f"{n:,} already {what}"
        for what, n in (
            ("ingested", intake.already_ingested),
            ("rejected", intake.already_rejected),
        )
        if n
    )
    again = f" · {earlier} on another date, not again" if earlier else ""
    if not intake.rejects:
        return line + " · none rejected" + again
    reasons = ", ".join(f"{st} {reason} {n:,}" for st, reason, n in intake.rejects[:TOP_REASONS])
    rest = len(intake.rejects) - TOP_REASONS
    if rest > 0:
        reasons += f", {plural(rest, 'more reason')}"
    return f"{line} · {intake.rejected:,} rejected: {reasons} (parley rejects --date {ds})" + again


def fetch_digest(ds: str, settings: Settings | None = None) -> list[dict]:
    """Rows of the ``daily_digest`` mart for one date (:data:`COLUMNS`), by country pair, article
    and text order. Raises ``FileNotFoundError`` when there is no warehouse yet."""
    con = warehouse.connect(settings)
    try:
        return warehouse.rows(
            con,
            f"select {', '.join(COLUMNS)} from daily_digest where dt = cast($ds as date) "
            "order by pair, article_title, quote_start, statement_start",
            {"ds": ds},
        )
    finally:
        con.close()


DISPUTES_SQL = (
    f"select {', '.join(DISPUTE_COLUMNS)} from disputes where dt = cast($ds as date) "
    "order by speaker, disputed_speaker, statement_id, disputed_statement_id"
)  # the mart's key breaks ties: the same day prints its disputes in the same order every build
READ_BATCH = 10_000  # rows a DayRows holds at once while it is iterated


class DayRows(Sequence):
    """A query's rows as a sized, re-iterable sequence of dicts that never holds them all: each
    iteration runs the query again on its own cursor of ``con`` and yields the rows from a
    streamed Arrow reader, :data:`READ_BATCH` at a time (a 100,000-article day has ~750,000 digest rows: as dicts,
    gigabytes). ``len()`` counts them once; indexing and slicing read up to the index. For the
    summaries, which read the rows a few times, one pass each, in bounded memory."""

    def __init__(
        self, con, sql: str, params: dict | None = None, columns: Sequence[str] | None = None
    ) -> None:
        self.con, self.sql, self.params = con, sql, params or {}
        self.columns = list(columns) if columns is not None else None
        self._len: int | None = None

    def only(self, *columns: str) -> DayRows:
        """The same rows (the same query: the same order) as dicts of ``columns`` only, for a
        pass that reads a few of them: only those are turned into Python objects (on the
        3,335-article corpus day a pass over the digest's 22 columns took 0.10 s, over four
        0.035 s). A column the query does not return is left out, as from its whole rows."""
        narrowed = DayRows(self.con, self.sql, self.params, columns)
        narrowed._len = self._len
        return narrowed

    def __iter__(self):
        # a streamed Arrow reader: DuckDB's fetchmany() would first materialise the whole
        # result (a 100,000-article day's statements: gigabytes outside its memory_limit)
        cur = self.con.cursor()
        try:
            reader = cur.sql(self.sql, params=self.params).to_arrow_reader(READ_BATCH)
            for batch in reader:
                if self.columns is not None:
                    batch = batch.select([c for c in self.columns if c in batch.schema.names])
                yield from batch.to_pylist()
        finally:
            cur.close()

    def __len__(self) -> int:
        if self._len is None:
            cur = self.con.cursor()
            try:
                self._len = cur.execute(
                    f"select count(*) from ({self.sql})", self.params
                ).fetchone()[0]
            finally:
                cur.close()
        return self._len

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            return list(itertools.islice(iter(self), start, stop, step))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return next(itertools.islice(iter(self), index, None))


def narrowed(rows: Sequence[dict], *columns: str) -> Sequence[dict]:
    """``rows`` for a pass that reads only ``columns``: streamed rows (:class:`DayRows`) convert
    only those (:meth:`DayRows.only`); rows in memory are returned as they are."""
    return rows.only(*columns) if isinstance(rows, DayRows) else rows


@contextlib.contextmanager
def streamed_day(ds: str, settings: Settings | None = None):
    """The :class:`Day` of ``ds`` with its digest rows as :class:`DayRows` (read from the
    warehouse on each pass, never all at once), for the summary a pipeline run logs on a day of
    any size; the connection is closed on exit. Raises ``FileNotFoundError`` when there is no
    warehouse yet."""
    from parley.quality import status_line

    settings = settings or get_settings()
    con = warehouse.connect(settings)
    try:
        rows = DayRows(
            con,
            f"select {', '.join(COLUMNS)} from daily_digest where dt = cast($ds as date) "
            "order by pair, article_title, quote_start, statement_start",
            {"ds": ds},
        )
        disputes = DayRows(con, DISPUTES_SQL, {"ds": ds})
        yield Day(
            ds=ds,
            rows=rows,
            disputes=disputes,
            quality=status_line(ds, settings),
            reports=report_paths(ds, settings),
            weekly_stale=_weekly_stale(ds, settings),
            intake=fetch_intake(con, ds),
        )
    finally:
        con.close()


def fetch_disputes(ds: str, settings: Settings | None = None) -> list[dict]:
    """The ``disputes`` rows whose disputing statement was ingested on ``ds``."""
    con = warehouse.connect(settings)
    try:
        return warehouse.rows(con, DISPUTES_SQL, {"ds": ds})
    finally:
        con.close()


def report_paths(ds: str, settings: Settings | None = None) -> dict[str, Path]:
    """The reports written for ``ds`` that exist: HTML digest, Data Docs index, weekly report of
    the ISO week holding ``ds``."""
    settings = settings or get_settings()
    year, week, _ = date.fromisoformat(ds).isocalendar()
    candidates = {
        "HTML digest": settings.reports_dir / "digest" / f"{ds}.html",
        "Data Docs": settings.quality_docs_dir / "index.html",
        "Weekly report": settings.reports_dir / "weekly" / f"{year}-W{week:02d}.html",
    }
    return {label: path for label, path in candidates.items() if path.exists()}


def _weekly_stale(ds: str, settings: Settings | None) -> list[str]:
    """The days of ``ds``'s ISO week published after its weekly marts were built (empty when the
    week was never built or nothing changed since)."""
    from parley.digest import weekly

    return weekly.days_published_since_built(ds, settings)


def fetch_day(ds: str, settings: Settings | None = None) -> Day:
    """The digest's rows, the day's disputes, the quality verdict, the report paths and what
    came in (:class:`Intake`)."""
    from parley.quality import status_line

    settings = settings or get_settings()
    con = warehouse.connect(settings)
    try:
        intake = fetch_intake(con, ds)
    finally:
        con.close()
    return Day(
        ds=ds,
        rows=fetch_digest(ds, settings),
        disputes=fetch_disputes(ds, settings),
        quality=status_line(ds, settings),
        reports=report_paths(ds, settings),
        intake=intake,
        weekly_stale=_weekly_stale(ds, settings),
    )


def latest_date(settings: Settings | None = None) -> str | None:
    """The latest ingestion date with statements in the warehouse, or None."""
    con = warehouse.connect(settings)
    try:
        row = con.execute("select max(dt) from daily_digest").fetchone()
        return row[0].isoformat() if row and row[0] else None
    finally:
        con.close()


def nearest_date(ds: str, settings: Settings | None = None) -> str | None:
    """The ingestion date with statements nearest to ``ds`` (YYYY-MM-DD; the later one of two
    as near), other than ``ds`` itself, or None when no other date has statements: where to send
    a reader of a date with none."""
    con = warehouse.connect(settings)
    try:
        days = [r[0] for r in con.execute("select distinct dt from daily_digest").fetchall()]
    finally:
        con.close()
    return closest_date(ds, [d.isoformat() for d in days if d])


def closest_date(ds: str, days: Iterable[str]) -> str | None:
    """Of ``days`` (YYYY-MM-DD), the one nearest to ``ds`` other than ``ds`` (the later one of
    two as near), or None when there is none."""
    target = date.fromisoformat(ds)
    others = [d for d in days if d != ds]
    if not others:
        return None
    return min(others, key=lambda d: (abs((date.fromisoformat(d) - target).days), d < ds))


# ---------------------------------------------------------------------------------------------
# shaping (pure)


def _party(value: object) -> str:
    return str(value) if value else UNKNOWN


def pair_of(row: dict) -> str:
    """ "RU → US"; "?" for an unknown side (as the ``daily_digest.pair`` column)."""
    return f"{_party(row.get('speaker_party'))}{ARROW}{_party(row.get('target_party'))}"


def type_counts(rows: Iterable[dict]) -> list[tuple[str, int]]:
    """(statement type, count) for the types present, in the order of ``schema.STATEMENT_TYPES``
    (unknown labels last, alphabetically)."""
    counts = Counter(r["statement_type"] for r in rows)
    order = {t: i for i, t in enumerate(schema.STATEMENT_TYPES)}
    return sorted(counts.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))


def _top_types(rows: Iterable[dict], n: int = 3) -> str:
    return _top_types_of(Counter(r["statement_type"] for r in rows), n)


def _top_types_of(counts: Counter, n: int = 3) -> str:
    """ "CLAIM 4, WARN 2, DENY 1": the ``n`` most frequent (ties: first seen first)."""
    return ", ".join(f"{t} {k}" for t, k in counts.most_common()[:n])


@dataclass(frozen=True)
class PairSummary:
    """One country pair's day: statements, cooperation–conflict score (mean weight, 2 decimals,
    None when no statement has a weight), conflictual (weight < 0) and cooperative (> 0) counts,
    and its three most frequent types ("CLAIM 4, WARN 2")."""

    pair: str
    n: int
    score: float | None
    n_conflictual: int
    n_cooperative: int
    top_types: str


def pair_summaries(rows: Iterable[dict]) -> list[PairSummary]:
    """Pairs whose two sides are known, largest first (ties: lower score first, then name)."""
    # one pass, per pair only its count, weights and type counts (rows may be streamed)
    groups: dict[str, tuple[list[float], Counter]] = {}
    for r in rows:
        if r.get("speaker_party") and r.get("target_party"):
            weights, types = groups.setdefault(pair_of(r), ([], Counter()))
            types[r["statement_type"]] += 1
            if r.get("weight") is not None:
                weights.append(float(r["weight"]))
    out = []
    for pair, (weights, types) in groups.items():
        out.append(
            PairSummary(
                pair=pair,
                n=types.total(),
                score=round(sum(weights) / len(weights), 2) if weights else None,
                n_conflictual=sum(1 for w in weights if w < 0),
                n_cooperative=sum(1 for w in weights if w > 0),
                top_types=_top_types_of(types),
            )
        )
    return sorted(out, key=lambda p: (-p.n, p.score if p.score is not None else 0.0, p.pair))


@dataclass(frozen=True)
class SpeakerSummary:
    """A speaker's day: name (the resolved actor when known), role, country, statements, and the
    three most frequent types."""

    speaker: str
    role: str | None
    country: str | None
    n: int
    top_types: str


def top_speakers(rows: Iterable[dict], n: int = TOP_SPEAKERS) -> list[SpeakerSummary]:
    """The ``n`` most quoted speakers (by statements; ties by name), one per
    :func:`speaker_key`: a description ("spokesman") or an unresolved speaker quoted in two
    articles is two speakers. Each speaker's role and country come from its own rows only: the
    most frequent non-empty value (ties: the first seen)."""
    # one pass, per speaker only its name, role and country counts and its type counts
    groups: dict[tuple, list] = {}  # key -> [name, role counts, country counts, type counts]
    for r in rows:
        g = groups.setdefault(speaker_key(r), [speaker_label(r), Counter(), Counter(), Counter()])
        if r.get("speaker_role"):
            g[1][r["speaker_role"]] += 1
        if states := speaker_states(r):
            g[2][states] += 1
        g[3][r["statement_type"]] += 1
    ranked = sorted(groups.values(), key=lambda g: (-g[3].total(), g[0]))[:n]
    return [
        SpeakerSummary(
            speaker=name,
            role=_most_common(roles),
            country=_most_common(countries),
            n=types.total(),
            top_types=_top_types_of(types),
        )
        for name, roles, countries, types in ranked
    ]


def _most_common(counts: Counter) -> str | None:
    return counts.most_common(1)[0][0] if counts else None


def _order_key(pair: str, n: int, first: dict) -> tuple:
    unknown = not first.get("target_party") or not first.get("speaker_party")
    domestic = first.get("target_party") == first.get("speaker_party")
    return (unknown, domestic, -n, pair)


def group_order(groups: dict[str, list[dict]]) -> list[str]:
    """Pairs to list: cross-border pairs first, then domestic ones, then those with an unknown
    side; larger groups first within each."""
    return sorted(groups, key=lambda pair: _order_key(pair, len(groups[pair]), groups[pair][0]))


def by_pair(rows: Iterable[dict]) -> dict[str, list[dict]]:
    """Rows grouped by :func:`pair_of`, in :func:`group_order`."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[pair_of(r)].append(r)
    return {pair: groups[pair] for pair in group_order(groups)}


# what makes two digest rows the same statement for the sample: one speaker saying the same
# words of the same type about the same target (two readouts of one call carry it twice)
SAMPLE_KEY = ("speaker", "statement_type", "target", "quote")


def pair_heads(rows: Iterable[dict], keep: int) -> dict[str, tuple[int, list[dict]]]:
    """Per pair, in :func:`group_order`: its number of rows (every row) and its first ``keep``
    rows that say different things (what the summary shows): a row equal to one already kept in
    :data:`SAMPLE_KEY` (the same statement carried by a second article) is counted, not shown
    again. One pass, so the rows may be streamed."""
    groups: dict[str, list] = {}  # pair -> [count, first rows, their sample keys]
    for r in rows:
        g = groups.setdefault(pair_of(r), [0, [], set()])
        g[0] += 1
        key = tuple(r.get(c) for c in SAMPLE_KEY)
        if len(g[1]) < max(keep, 1) and key not in g[2]:
            g[1].append(r)
            g[2].add(key)
    order = sorted(groups, key=lambda pair: _order_key(pair, groups[pair][0], groups[pair][1][0]))
    return {pair: (groups[pair][0], groups[pair][1][:keep]) for pair in order}


def parse_pair(text: str) -> tuple[str, str | None]:
    """``--pair`` → (speaker party, target party), upper-cased; the target is None when only one
    party was given (it then matches either side). Separators: ``→ -> > : /`` or ``-`` ("US-RU",
    "US→RU", "nato>ru"; a name with a hyphen needs one of the others); "?" stands for an unknown
    side. Raises ``ValueError`` for an empty side or more than two parties."""
    text = text.strip()
    for sep in ("→", "->", ">", ":", "/", "-"):
        if sep in text:
            parts = text.split(sep)
            break
    else:
        parts = [text]
    if len(parts) > 2:
        raise ValueError(
            f"--pair {text!r}: two parties, 'A-B' (or 'A->B' when a name has a hyphen)"
        )
    sides = [p.strip().upper() for p in parts]
    if not all(sides):
        raise ValueError(f"--pair {text!r}: a side is empty")
    return (sides[0], sides[1] if len(sides) == 2 else None)


def _matches_party(value: object, wanted: str) -> bool:
    return _party(value).upper() == wanted


def select(
    rows: Iterable[dict],
    pair: str | None = None,
    speaker: str | None = None,
    types: Sequence[str] | None = None,
) -> list[dict]:
    """The rows matching every filter given: ``pair`` (see :func:`parse_pair`), ``speaker`` (a
    case-insensitive substring of the speaker or the resolved actor), ``types`` (statement
    labels)."""
    out = list(rows)
    if pair:
        a, b = parse_pair(pair)
        if b is None:
            out = [
                r
                for r in out
                if _matches_party(r.get("speaker_party"), a)
                or _matches_party(r.get("target_party"), a)
            ]
        else:
            out = [
                r
                for r in out
                if _matches_party(r.get("speaker_party"), a)
                and _matches_party(r.get("target_party"), b)
            ]
    if speaker:
        needle = speaker.casefold()
        out = [
            r
            for r in out
            if needle in str(r.get("speaker") or "").casefold()
            or needle in str(r.get("speaker_actor") or "").casefold()
        ]
    if types:
        wanted = {t.upper() for t in types}
        out = [r for r in out if r["statement_type"] in wanted]
    return out


def party_counts(rows: Iterable[dict]) -> Counter[str]:
    """Statements per party, on either side (a statement from RU to RU counts once), as
    ``--pair`` compares parties: upper-cased, "?" for an unknown side."""
    counts: Counter[str] = Counter()
    for r in rows:
        counts.update({_party(r.get(s)).upper() for s in ("speaker_party", "target_party")})
    return counts


def unknown_parties(pair: str, known: Iterable[str]) -> list[str]:
    """The parties ``pair`` names (:func:`parse_pair`) that are not among ``known`` (the day's
    :func:`party_counts`): a misspelt code ("RUS", "UK") or a party no statement of the day
    has."""
    a, b = parse_pair(pair)
    return [p for p in dict.fromkeys((a, b)) if p is not None and p not in known]


def no_such_party(ds: str, pair: str, unknown: Sequence[str], counts: Counter[str]) -> str:
    """What ``parley digest --pair`` says on stderr when a party it names is on neither side of
    any statement of ``ds``: which, the parties of the day it may have meant (:func:`_meant`),
    the day's parties (alphabetical, "?" last) and a command that works (the party with the
    most statements). ``counts``: :func:`party_counts` of a day with statements."""
    known = sorted(set(counts) - {UNKNOWN}) + ([UNKNOWN] if UNKNOWN in counts else [])
    lines = [
        f"parley digest: no statement of {ds} has {' or '.join(unknown)} on either side "
        f"(--pair {pair})."
    ]
    close = sorted({m for p in unknown for m in _meant(p, known)})
    if close:
        lines.append(f"Did you mean {' or '.join(close)}?")
    lines.append(
        f"{plural(len(known), 'party', 'parties')} that day (? is an unknown side): {', '.join(known)}"
    )
    top = max(known, key=lambda p: (p != UNKNOWN, counts[p]))
    arg = top if re.fullmatch(r"[\w.\-]+", top) else f"'{top}'"
    lines.append(f"The most quoted one, either side: parley digest --date {ds} --pair {arg}")
    return "\n".join(lines)


def _meant(party: str, known: Sequence[str]) -> list[str]:
    """The parties among ``known`` that ``party`` may have meant: the ISO 3166-1 alpha-2 code of
    a country written another way — a name or alias of ``data/actors/countries.csv`` ("UK",
    "Britain" → GB) or what ``pycountry`` looks up (alpha-3 "RUS", "Ukraine"), or of the country
    name ``difflib`` finds close to a misspelt one (ratio 0.8: "Rusia" → RU) —, else, for a
    longer name ("NAT0", "UNITED NATONS"), the known names ``difflib`` finds close (ratio 0.75)."""
    import difflib

    import pycountry

    from parley.datafiles import rows

    folded = party.casefold()
    codes = {
        r["iso2"]
        for r in rows("actors/countries.csv")
        if folded in {n.casefold() for n in (r["iso2"], r["name"], *r["aliases"].split("|"))}
    }
    with contextlib.suppress(LookupError):
        codes.add(pycountry.countries.lookup(party).alpha_2)
    if not codes and len(party) > 3:  # a misspelt country name ("Rusia", "Untied States")
        names = _country_names()
        codes = {names[n] for n in difflib.get_close_matches(folded, names, 3, 0.8)}
    found = [c for c in sorted(codes) if c in known]
    if not found and len(party) > 3:
        found = difflib.get_close_matches(party, [k for k in known if len(k) > 3], 3, 0.75)
    return found


def _country_names() -> dict[str, str]:
    """Every country name, case-folded, → its ISO 3166-1 alpha-2 code: the names and aliases of
    ``data/actors/countries.csv`` and ``pycountry``'s name, common name and official name."""
    import pycountry

    from parley.datafiles import rows

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("official_name", "common_name", "name"):
            if value := getattr(c, attr, None):
                names[value.casefold()] = c.alpha_2
    for r in rows("actors/countries.csv"):
        for n in (r["name"], *r["aliases"].split("|")):
            if n:
                names[n.casefold()] = r["iso2"]
    return names


def pair_argument(pair: str) -> str:
    """The ``--pair`` value that selects exactly ``pair`` ("RU → US" → "RU-US"; names with a
    hyphen keep the arrow), quoted for a shell when needed."""
    a, b = pair.split(ARROW, 1)
    value = f"{a}-{b}" if "-" not in a + b else f"{a}->{b}"
    return value if re.fullmatch(r"[\w.\-]+", value) else "'" + value.replace("'", "'\\''") + "'"


# ---------------------------------------------------------------------------------------------
# text


def _one_line(text: object) -> str:
    return " ".join(str(text or "").split())


def speaker_label(row: dict, prefix: str = "") -> str:
    """The speaker of a ``daily_digest`` (``prefix="disputed_"``: of a ``disputes``) row as the
    digest prints it: ``speaker_name``, the canonical actor ("Joe Biden" where the article wrote
    "Joseph R. Biden Jr."), else the speaker as written; a speaker that resolved to no actor
    (``<prefix>speaker_kind`` null, where the row has that column: ``disputes`` carries
    ``speaker_kind`` and ``disputed_speaker_kind``) in quotation marks ("“two leaders”"), so an
    article's phrase is never read as an actor. Rows without ``speaker_name`` (older
    warehouses) print ``speaker_actor``, else ``speaker``."""
    name = (
        row.get(f"{prefix}speaker_name")
        or row.get(f"{prefix}speaker_actor")
        or row[f"{prefix}speaker"]
    )
    kind = f"{prefix}speaker_kind"
    if kind in row and not row.get(kind):
        return f"\u201c{name}\u201d"
    return str(name)


def speaker_states(row: dict) -> str | None:
    """The speaker's state as the digest prints it: every state of a joint speaker
    (``speaker_countries``: "France and Germany said" → "FR + DE", the first being
    ``speaker_country``), else ``speaker_country`` (rows without ``speaker_countries``: older
    warehouses, or a speaker with no state); None when neither is known."""
    states = row.get("speaker_countries")
    if states is not None and len(states) > 0:
        return " + ".join(states)
    return row.get("speaker_country") or None


def speaker_key(row: dict) -> tuple[str, str]:
    """Who the speaker of a ``daily_digest`` or ``statements`` row is, for counting and ranking
    speakers over a day: ``(name, "")`` for a speaker resolved to an actor (person, state,
    institution, ...: one speaker in every article, as the marts name it), ``(name, article)``
    for a description ("spokesman", ``speaker_kind`` 'description') or a speaker that resolved to
    no actor (``speaker_kind`` null): the same words in two articles are not known to be one
    person. ``name`` is :func:`speaker_label`'s; ``article`` is ``article_id``, else
    ``article_title``. Rows without ``speaker_kind`` (older warehouses) count as resolved."""
    kind = row.get("speaker_kind", "resolved")
    if kind and kind != "description":
        return speaker_label(row), ""
    return speaker_label(row), str(row.get("article_id") or row.get("article_title") or "")


def who(name: object, role: object = None, country: object = None) -> str:
    """ "Sergei Lavrov (Russian foreign minister, RU)"; just the name when neither is known."""
    extra = ", ".join(str(x) for x in (role, country) if x)
    return f"{name} ({extra})" if extra else str(name)


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}".replace("-", "−")


def header(day: Day, shown: Sequence[dict] | None = None, what: str = "") -> str:
    """The first line: the day's counts (of ``shown`` when given, described by ``what``):
    statements, distinct speakers (:func:`speaker_key`: a resolved actor once), articles with at least one of these
    statements (distinct ``article_id``: two articles with one title are two), country pairs."""
    rows = day.rows if shown is None else shown
    rows = narrowed(rows, *PARTIES, *SPEAKER_ID_COLUMNS, "article_title")
    n, pair_set, article_set, speaker_set = 0, set(), set(), set()
    for r in rows:  # one pass: the rows may be streamed
        n += 1
        pair_set.add(pair_of(r))
        article_set.add(r.get("article_id") or r["article_title"])
        speaker_set.add(speaker_key(r))
    pairs, articles, speakers = len(pair_set), len(article_set), len(speaker_set)
    parts = [f"Parley digest {day.ds}"]
    if what:
        parts.append(what)
    parts += [
        plural(n, "statement"),
        plural(speakers, "speaker"),
        f"{plural(articles, 'article')} with {'a statement' if n == 1 else 'statements'}",
        plural(pairs, "pair"),
    ]
    return " · ".join(parts)


# ---------------------------------------------------------------------------------------------
# rendering


def console_for(file: IO[str] | None = None, width: int | None = None):
    """A rich Console: the terminal's size and colours on a terminal; plain text at ``width``
    (default :data:`WIDTH`) columns otherwise."""
    from rich.console import Console

    file = file or sys.stdout
    terminal = hasattr(file, "isatty") and file.isatty()
    if terminal:
        return Console(file=file, width=width, highlight=False, emoji=False)
    return Console(
        file=file,
        width=width or WIDTH,
        color_system=None,
        force_terminal=False,
        no_color=True,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )


def _table(title: str, columns: Sequence[tuple]):
    """A rich Table titled ``title``; ``columns``: ``(name, justify[, max_width[, min_width]])``
    (widths in columns, None for none)."""
    from rich import box
    from rich.table import Table

    table = Table(
        title=title,
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        header_style="bold",
    )
    for name, justify, *widths in columns:
        max_width, min_width = (*widths, None, None)[:2]
        table.add_column(
            name,
            justify=justify,
            no_wrap=True,
            overflow="ellipsis",
            # a column of numbers keeps its whole header; text columns give way when the line is
            # short, down to ``min_width`` where one is given
            min_width=min_width
            if min_width is not None
            else len(name)
            if justify == "right"
            else None,
            max_width=max_width,
        )
    return table


def _types_block(rows: Sequence[dict]):
    from rich.text import Text

    text = Text("Statement types: ", style="bold")
    for i, (label, n) in enumerate(type_counts(rows)):
        if i:
            text.append(" · ")
        text.append(label, style=_type_style(label))
        text.append(f" {n:,}")
    return text


def _type_style(label: str) -> str:
    if label in ("ACCUSE", "REJECT", "THREATEN", "DENY", "DISPUTE", "WARN"):
        return "red"
    if label in ("SUPPORT", "INTENT", "CONCEDE", "APPEAL"):
        return "green"
    return "cyan"


def _pairs_block(rows: Sequence[dict]):
    pairs = pair_summaries(rows)
    if not pairs:
        return None
    table = _table(
        "Top country pairs (score: −10 conflict … +10 cooperation)",
        [
            # the pair labels stay whole (up to PAIR_WIDTH): the types column gives way first
            (
                "pair",
                "left",
                PAIR_WIDTH,
                min(max(len(p.pair) for p in pairs[:TOP_PAIRS]), PAIR_WIDTH),
            ),
            ("statements", "right"),
            ("score", "right"),
            ("conflictual", "right"),
            ("cooperative", "right"),
            ("most frequent types", "left"),
        ],
    )
    for p in pairs[:TOP_PAIRS]:
        style = "red" if (p.score or 0) < 0 else "green" if (p.score or 0) > 0 else ""
        table.add_row(
            p.pair,
            f"{p.n:,}",
            f"[{style}]{_score(p.score)}[/]" if style else _score(p.score),
            f"{p.n_conflictual:,}",
            f"{p.n_cooperative:,}",
            _escape(p.top_types),
        )
    if len(pairs) > TOP_PAIRS:
        table.caption = f"… {plural(len(pairs) - TOP_PAIRS, 'more pair')} with both sides known"
        table.caption_justify = "left"
    return table


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _disputes_block(disputes: Sequence[dict]):
    if not disputes:
        return None
    table = _table(
        f"Disputes ({len(disputes)})",
        [("who", "left", 40), ("answers", "left", 40), ("about", "left", 30)],
    )
    for d in disputes[:TOP_DISPUTES]:
        table.add_row(
            _escape(f"{who(speaker_label(d), None, d['speaker_country'])} {d['statement_type']}"),
            _escape(
                f"{who(speaker_label(d, 'disputed_'), None, d['disputed_speaker_country'])} "
                f"{d['disputed_statement_type']}"
            ),
            _escape(_one_line(d.get("subject")) or "–"),
        )
    if len(disputes) > TOP_DISPUTES:
        table.caption = (
            f"… {plural(len(disputes) - TOP_DISPUTES, 'more dispute')} in the HTML digest"
        )
        table.caption_justify = "left"
    return table


def _speakers_block(rows: Sequence[dict]):
    speakers = top_speakers(rows)
    if not speakers:
        return None
    table = _table(
        "Most quoted speakers",
        [("speaker", "left", 50), ("statements", "right"), ("most frequent types", "left", 32)],
    )
    for s in speakers:
        table.add_row(_escape(who(s.speaker, s.role, s.country)), f"{s.n:,}", _escape(s.top_types))
    return table


def _statement(row: dict, width: int, max_lines: int | None):
    """One statement: "- Speaker (role, country) TYPE → target [cue, kind]: quote", wrapped to
    ``width`` and cut at ``max_lines`` lines with "…" (None: whole)."""
    from rich.text import Text

    head = (
        f"- {who(speaker_label(row), row.get('speaker_role'), speaker_states(row))} "
        f"{row['statement_type']}{' (negated)' if row.get('negated') else ''}"
        f"{' → ' + str(row['target']) if row.get('target') else ''} "
        f"[{row.get('cue') or '—'}, {row.get('kind')}]: "
    )
    lines = textwrap.wrap(
        head + _one_line(row.get("quote")), width=width, subsequent_indent="    "
    ) or [head]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(0, width - 1)].rstrip() + "…"
    text = Text("\n".join(lines))
    label = row["statement_type"]
    start = text.plain.find(f" {label}")
    if start >= 0:
        text.stylize(_type_style(label), start + 1, start + 1 + len(label))
    return text


def _group_blocks(
    groups: dict[str, tuple[int, list[dict]]],
    width: int,
    per_pair: int | None,
    more: str,
) -> Iterable[list]:
    """For each pair (its row count, and its rows: all, or at least the first ``per_pair``): its
    heading and statements (at most ``per_pair``, each at most :data:`QUOTE_LINES` lines, or all
    of them whole when ``per_pair`` is None) and, when some are left out, the command that lists
    them (``more`` is the command prefix)."""
    from rich.text import Text

    for pair, (n, members) in groups.items():
        block: list = [
            Text(f"## {pair}  ({plural(n, 'statement')})", style="bold"),
        ]
        shown = members if per_pair is None else members[:per_pair]
        for row in shown:
            block.append(_statement(row, width, None if per_pair is None else QUOTE_LINES))
        if len(shown) < n:
            block.append(
                _commands_whole(
                    f"    … {n - len(shown)} more: {more} --pair {pair_argument(pair)}",
                    width,
                    "dim",
                )
            )
        yield block


def _whole(groups: dict[str, list[dict]]) -> dict[str, tuple[int, list[dict]]]:
    return {pair: (len(rows), rows) for pair, rows in groups.items()}


# a command in a line of prose: from "parley " or "make " to a parenthesis or the line's end
_COMMAND = re.compile(r"\b(?:parley|make) [^()\n]*?(?=\s*[()]|$)")
_GLUE = "\x00"


def _commands_whole(text: str, width: int, style: str = ""):
    """``text`` as a rich Text wrapped at ``width`` columns, never inside a ``parley …`` or
    ``make …`` command,
    so that every command the digest suggests can be copied from one line (a command wider than
    the line keeps its own, overlong line). Wrapping is :func:`textwrap.wrap` at spaces."""
    from rich.text import Text

    glued = _COMMAND.sub(lambda m: m.group(0).replace(" ", _GLUE), text)
    lines = textwrap.wrap(glued, width=width, break_long_words=False, break_on_hyphens=False)
    wrapped = "\n".join(line.replace(_GLUE, " ") for line in lines) or text
    return Text(wrapped, style=style, no_wrap=True)


def _quality(day: Day, width: int):
    verdict = day.quality or "Quality: not validated"
    style = "red" if "FAILED" in verdict else "yellow" if "warning" in verdict else "green"
    return _commands_whole(verdict, width, style)


def _intake(day: Day, width: int):
    if day.intake is None:
        return None
    return _commands_whole(
        intake_line(day.intake, day.ds), width, "yellow" if day.intake.rejects else ""
    )


def _footer(day: Day, width: int = WIDTH):
    from rich.text import Text

    lines = []
    labels = ("HTML digest", "Data Docs", "Weekly report")
    pad = max(len(label) for label in labels) + 1
    for label in labels:
        path = day.reports.get(label)
        if path is not None:
            # a path is never broken: it stays whole to be copied, even past the width
            uri = Path(path).resolve().as_uri()
            lines.append(Text(f"{label + ':':<{pad}} {uri}", no_wrap=True))
            if label == "Weekly report" and day.weekly_stale:
                lines.append(
                    _commands_whole(
                        f"{'':<{pad}} behind: {plural(len(day.weekly_stale), 'day')} "
                        f"({', '.join(day.weekly_stale)}) published after it was built "
                        f"(make weekly DATE={day.ds} rebuilds it)",
                        width,
                        "yellow",
                    )
                )
    return lines


def _captured(console, renderables: Sequence) -> str:
    """What printing ``renderables`` would write (trailing blanks dropped when not a terminal,
    so piped output is stable)."""
    with console.capture() as capture:
        for r in renderables:
            # a Text already wrapped (no_wrap: :func:`_commands_whole`) is printed as it is
            console.print(r, soft_wrap=bool(getattr(r, "no_wrap", False)))
    text = capture.get()
    if not console.is_terminal:
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text


def render(
    day: Day,
    *,
    everything: bool = False,
    shown: Sequence[dict] | None = None,
    what: str = "",
    per_pair: int = PER_PAIR,
    max_lines: int = MAX_LINES,
    file: IO[str] | None = None,
    width: int | None = None,
) -> int:
    """Print the digest of ``day`` to ``file`` (default stdout); returns the lines printed.

    Default: the summary, a sample of ``per_pair`` statements for as many pairs as fit in
    ``max_lines`` lines in all, then the quality line and report paths. ``everything``: the
    summary, then every statement whole (no budget). ``shown`` (rows picked by filters, described
    by ``what``): a header and every one of them whole. The summary itself never exceeds
    ``max_lines`` for a budget of 40 lines or more (its tables are capped)."""
    from rich.text import Text

    console = console_for(file, width)
    text_width = min(console.width, 120)
    if not day.rows:
        out = [
            Text(f"Parley digest for {day.ds}: no attributed statements."),
            _quality(day, console.width),
            *([_intake(day, console.width)] if day.intake is not None else []),
            *_footer(day, console.width),
        ]
        text = _captured(console, out)
        console.file.write(text)
        return text.count("\n")

    if shown is not None:
        blocks = [Text(header(day, shown, what), style="bold"), _quality(day, console.width), ""]
        for group in _group_blocks(_whole(by_pair(shown)), text_width, None, ""):
            blocks += [*group, ""]
        if not shown:
            blocks.append(Text("No statement matches."))
        text = _captured(console, [*blocks, *_footer(day, console.width)])
        console.file.write(text)
        return text.count("\n")

    summary = [Text(header(day), style="bold"), _quality(day, console.width)]
    if day.intake is not None:
        summary.append(_intake(day, console.width))
    summary.append(_types_block(narrowed(day.rows, "statement_type")))
    for block in (
        _pairs_block(narrowed(day.rows, *PARTIES, "statement_type", "weight")),
        _disputes_block(day.disputes),
        _speakers_block(narrowed(day.rows, *SPEAKER_COLUMNS, "statement_type")),
    ):
        if block is not None:
            summary += ["", block]
    unknown = sum(
        1
        for r in narrowed(day.rows, *PARTIES)
        if not r.get("speaker_party") or not r.get("target_party")
    )
    if unknown:
        summary += [
            "",
            _commands_whole(
                f"{plural(unknown, 'statement')} with no known country on one side or both: "
                f"parley digest --date {day.ds} --pair '{UNKNOWN}'",
                console.width,
                "dim",
            ),
        ]
    footer = _footer(day, console.width)
    head_text = _captured(console, summary)
    foot_text = _captured(console, ["", *footer])
    used = head_text.count("\n") + foot_text.count("\n")
    groups = _whole(by_pair(day.rows)) if everything else pair_heads(day.rows, per_pair)
    body: list[str] = []
    if everything:
        body.append(
            _captured(console, ["", Text("Every statement, by country pair", style="bold")])
        )
        for group in _group_blocks(groups, text_width, None, ""):
            body.append(_captured(console, ["", *group]))
    else:
        intro = _captured(
            console,
            [
                "",
                _commands_whole(
                    f"A few statements per pair (all {len(day.rows):,}: "
                    f"parley digest --date {day.ds} --all)",
                    console.width,
                    "bold",
                ),
            ],
        )
        more = f"parley digest --date {day.ds}"
        # one chunk per pair, rendered only until the budget is spent (a day has ~1,300 pairs;
        # a few fit)
        n_chunks = len(groups)
        budget = max_lines - used - intro.count("\n")
        taken = []
        for group in _group_blocks(groups, text_width, per_pair, more):
            chunk = _captured(console, ["", *group])
            # keep one line for the "more pairs" note when some pairs will not fit
            reserve = 1 if len(taken) + 1 < n_chunks else 0
            if chunk.count("\n") + reserve > budget:
                break
            taken.append(chunk)
            budget -= chunk.count("\n")
        if taken:
            body.append(intro)
            body.extend(taken)
        if len(taken) < n_chunks:
            rest = n_chunks - len(taken)
            body.append(
                _captured(
                    console,
                    [
                        _commands_whole(
                            f"… {plural(rest, 'more pair')}: "
                            f"parley digest --date {day.ds} --all (or --pair A-B)",
                            console.width,
                            "dim",
                        )
                    ],
                )
            )
    text = head_text + "".join(body) + foot_text
    console.file.write(text)
    console.file.flush()
    return text.count("\n")


# ---------------------------------------------------------------------------------------------
# machine-readable


# every CSV Parley writes (`parley digest|sql|rejects --format csv`, the HTML digest's exports)
# writes a list column as its JSON array (DuckDB's to_json, csv_select): speaker_countries
# ["FR", "DE"] -> ["FR","DE"], so an item may hold any character (a comma, a bracket, a quote) and
# still reads back as one item with any JSON reader.


def _ident(name: str) -> str:
    """``name`` as a quoted SQL identifier (``a"b`` → ``"a""b"``)."""
    return '"' + name.replace('"', '""') + '"'


def _literal(text_: str) -> str:
    """``text_`` as a SQL string literal (``it's`` → ``'it''s'``)."""
    return "'" + text_.replace("'", "''") + "'"


def finite(expr: str, kind: object, depth: int = 0) -> str | None:
    """``expr`` (SQL, of the DuckDB type ``kind``) with every NaN or infinite ``FLOAT`` /
    ``DOUBLE`` in it as null, at any depth (in a list, array, struct or map); None when ``kind``
    holds no float (nothing to change). JSON has no NaN or Infinity: DuckDB's ``to_json`` and
    ``COPY ... (FORMAT json)`` write them as bare ``NaN`` / ``Infinity``, which no JSON reader
    takes."""
    kid = getattr(kind, "id", None)
    if kid in ("float", "double"):
        return f"(case when isfinite({expr}) then {expr} end)"
    if kid not in ("list", "array", "struct", "map"):
        return None
    children = kind.children
    x = f"parley_x{depth}"
    if kid in ("list", "array"):
        inner = finite(x, children[0][1], depth + 1)
        return None if inner is None else f"list_transform({expr}, lambda {x}: {inner})"
    if kid == "map":
        value = finite(f"{x}.value", children[1][1], depth + 1)
        if value is None:
            return None
        entry = f"{{'key': {x}.key, 'value': {value}}}"
        return f"map_from_entries(list_transform(map_entries({expr}), lambda {x}: {entry}))"
    fields = [(name, f"struct_extract({expr}, {_literal(name)})", t) for name, t in children]
    fixed = [(name, got, finite(got, t, depth)) for name, got, t in fields]
    if all(f is None for *_, f in fixed):
        return None
    packed = ", ".join(f"{_ident(name)} := {f or got}" for name, got, f in fixed)
    return f"(case when {expr} is null then null else struct_pack({packed}) end)"


def csv_select(columns: Sequence[str], types: Sequence[object]) -> str:
    """The select list that shapes a relation's columns (``columns``, their DuckDB ``types``) as
    every CSV Parley writes them: a list or array column (``speaker_countries``) as its JSON
    array (DuckDB's ``to_json``: ``["FR","DE"]``, an empty list ``[]``, a null list the empty
    field; a NaN or infinite number in it null, :func:`finite`), not as DuckDB's ``[FR, DE]``,
    whose items cannot hold a comma or a bracket unambiguously; every other column as it is, for
    DuckDB's CSV writer to write (null the empty field, a boolean ``true`` / ``false``, a
    timestamp, date, number as ``COPY ... TO (FORMAT csv)`` writes it). Columns are named by
    position (``#2``), so a query with two columns of one name (``select a.speaker_countries,
    b.speaker_countries``, a self-join's ``*``) is shaped too, its header as DuckDB's ``COPY``
    writes it (``x,x_1``). Raises ValueError when ``columns`` and ``types`` differ in length."""
    kinds = [getattr(t, "id", None) for t in types]
    if len(kinds) != len(columns):
        raise ValueError(f"{len(columns)} columns but {len(kinds)} types")
    if not any(k in ("list", "array") for k in kinds):
        return "*"

    def shaped(i: int, name: str, kind: object) -> str:
        if getattr(kind, "id", None) not in ("list", "array"):
            return f"#{i}"
        return f"cast(to_json({finite(f'#{i}', kind) or f'#{i}'}) as varchar) as {_ident(name)}"

    return ", ".join(
        shaped(i, c, t) for i, (c, t) in enumerate(zip(columns, types, strict=True), start=1)
    )


def copy_csv(relation, file: IO[str] | None = None) -> None:
    """Write the rows of ``relation`` (a DuckDB relation: ``con.sql(query)``) to ``file``
    (default stdout) as CSV written by DuckDB itself (the relation's ``write_csv``, DuckDB's
    ``COPY ... TO (FORMAT csv, HEADER)``: the same text an analyst's own ``COPY`` of the query
    gives, value for value — timestamps, dates, numbers, booleans, nulls, quoting — with LF line
    ends), list columns as :func:`csv_select` shapes them. Works on a read-only connection (no
    view or table is created). The rows go through a temporary file (removed after) and are
    copied as UTF-8 bytes to ``file``'s binary buffer when it has one (stdout), else as text.
    Raises what DuckDB raises for a query that fails."""
    import shutil
    import tempfile

    file = file or sys.stdout
    select = csv_select(relation.columns, relation.types)
    if select != "*":
        relation = relation.project(select)
    with tempfile.TemporaryDirectory(prefix="parley-csv-") as tmp:
        path = Path(tmp) / "rows.csv"
        relation.write_csv(str(path), header=True)
        buffer = getattr(file, "buffer", None)
        if buffer is not None:
            file.flush()
            with open(path, "rb") as fh:
                shutil.copyfileobj(fh, buffer)
            buffer.flush()
        else:  # read as text: a character is never cut between two chunks; '\n' kept as is
            with open(path, encoding="utf-8", newline="") as fh:
                shutil.copyfileobj(fh, file)


def copy_json(relation, file: IO[str] | None = None, batch: int = 10_000) -> None:
    """Write the rows of ``relation`` (a DuckDB relation: ``con.sql(query)``) to ``file``
    (default stdout) as JSON lines, one object a row, each written by DuckDB's ``to_json`` (the
    text of its own ``COPY ... TO (FORMAT json)``: a timestamp, date, number, boolean, list or
    struct as DuckDB writes it, so a value reads as in the CSV; null as ``null``), keys in the
    relation's column order, two columns of one name kept as DuckDB's ``COPY`` names them
    (``x``, ``x_1``), and a NaN or infinite float as ``null`` (:func:`finite`: DuckDB writes a
    bare ``NaN``, which is no JSON). Streams ``batch`` rows at a time; works on a read-only
    connection. Raises what DuckDB raises for a query that fails."""
    file = file or sys.stdout
    columns = relation.columns
    if len(set(columns)) < len(columns):  # one key each: x, x_1 as DuckDB's COPY
        relation = relation.project(", ".join(f"#{i}" for i in range(1, len(columns) + 1)))
    pairs = ", ".join(
        f"{_literal(c)}: {finite(_ident(c), t) or _ident(c)}"
        for c, t in zip(relation.columns, relation.types, strict=True)
    )
    lines = relation.project(f"cast(to_json({{{pairs}}}) as varchar) as line")
    for chunk in lines.to_arrow_reader(batch):  # streamed, as DayRows reads a day
        file.write("".join(line + "\n" for line in chunk.column(0).to_pylist()))


def _copy_rows(copy, rows: Sequence[dict], columns: Sequence[str], file: IO[str] | None) -> None:
    """``copy`` (:func:`copy_csv` or :func:`copy_json`) of ``rows`` (dicts; ``columns`` of each,
    a missing one null) to ``file``, as a DuckDB relation of an in-memory connection whose time
    zone is UTC; column types as pyarrow infers them (a column of nulls only: null)."""
    import duckdb
    import pyarrow as pa

    if rows:
        table = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows])
    else:
        table = pa.table({c: pa.array([], pa.null()) for c in columns})
    con = duckdb.connect()
    try:
        con.execute("set TimeZone = 'UTC'")  # a timestamp with a zone as UTC on any machine
        copy(con.from_arrow(table), file)
    finally:
        con.close()


def write_csv_rows(
    rows: Sequence[dict], columns: Sequence[str], file: IO[str] | None = None
) -> int:
    """Write ``rows`` (dicts read from the warehouse) as CSV with the header ``columns``, through
    DuckDB's CSV writer (:func:`copy_csv`: each value as DuckDB's own ``COPY`` writes it, a list
    as its JSON array), so a digest or rejects CSV reads like ``parley sql --format csv`` of the
    same rows. Returns the rows written."""
    _copy_rows(copy_csv, rows, columns, file)
    return len(rows)


def write_json_rows(
    rows: Sequence[dict], columns: Sequence[str], file: IO[str] | None = None
) -> int:
    """Write ``rows`` (dicts read from the warehouse) as JSON lines with the keys ``columns``,
    through DuckDB's JSON writer (:func:`copy_json`: NaN as null), so a digest or rejects JSON
    line reads like ``parley sql --format json`` of the same row. Returns the rows written."""
    _copy_rows(copy_json, rows, columns, file)
    return len(rows)


def write_rows(rows: Sequence[dict], fmt: str, file: IO[str] | None = None) -> int:
    """Write ``rows`` (the :data:`COLUMNS` of ``daily_digest``) as ``csv`` (a header line, then
    one line per row, written by DuckDB: :func:`write_csv_rows`; null empty, ``negated`` true or
    false, a list such as ``speaker_countries`` as its JSON array: ``["FR","DE"]``) or ``json``
    (one JSON object per line, written by DuckDB: :func:`write_json_rows`; lists as arrays, NaN
    as null); returns the rows written. Raises ValueError for another ``fmt``."""
    file = file or sys.stdout
    if fmt == "csv":
        write_csv_rows(rows, COLUMNS, file)
    elif fmt == "json":
        write_json_rows(rows, COLUMNS, file)
    else:
        raise ValueError(f"unknown format {fmt!r} (csv or json)")
    return len(rows)


def format_digest(rows: list[dict], ds: str, width: int = WIDTH) -> str:
    """The whole digest as plain text (summary, then every statement by pair): what the DAG's
    ``digest`` task logs is :func:`render`'s budgeted view; this one is for callers that want a
    string of everything."""
    import io

    buffer = io.StringIO()
    render(Day(ds=ds, rows=rows), everything=True, file=buffer, width=width)
    return buffer.getvalue()


def describe_filters(pair: str | None, speaker: str | None, types: Sequence[str] | None) -> str:
    """ "pair US → RU, speaker 'lavrov', types REJECT, DENY" for the filtered view's header."""
    parts = []
    if pair:
        a, b = parse_pair(pair)
        parts.append(f"pair {a}{ARROW}{b}" if b else f"party {a} (either side)")
    if speaker:
        parts.append(f"speaker {speaker!r}")
    if types:
        parts.append(f"type{'s' if len(types) > 1 else ''} {', '.join(t.upper() for t in types)}")
    return ", ".join(parts)
