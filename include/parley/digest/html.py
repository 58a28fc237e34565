"""The HTML digest: one self-contained page per day with charts, for analysts.

``parley report --date D`` writes ``<data>/reports/digest/D.html`` (and an ``index.html`` listing
every day written). The page needs no network and no script: charts are inline SVG built here —

* **statement types** of the day (horizontal bars, one colour per type);
* **country pairs** of the day as a matrix (speaker party × target party; the cell's colour is the
  pair's mean Goldstein-like weight, red = conflict, green = cooperation; the number is the count);
* **timeline**: statements per publication day over the 30 days up to D, stacked by tone
  (conflictual / neutral / cooperative);

followed by what came in (articles ingested, inputs quarantined with a reason: counts by stage
and reason, and where to find each one), the day's disputes and statements grouped by country
pair. Data comes from the marts
(``statements``, ``disputes``) through a read-only warehouse connection.

The page stays a few megabytes whatever the day's size: it lists at most ``report_rows``
statements per country pair (the pair's first in the page's order: article title, then position
in the text), the ``report_pairs`` largest pairs, and ``report_rows`` disputes (settings
``PARLEY_REPORT_ROWS``, default 50, and ``PARLEY_REPORT_PAIRS``, default 200). What is left out
is counted ("… and 1,234 more"), with where the whole list is: ``D-statements.csv`` /
``D-disputes.csv`` beside the page (every row of the day, in the page's order, written only when
something is left out) and the ``parley digest --pair`` command. A day within the limits renders
exactly as before.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

from parley import schema
from parley.digest.page import (
    TONE_COLOURS,
    TYPE_COLOURS,
    badge,
    bar_label,
    bars_open,
    chart_open,
    escape,
    head,
    nav,
    score_legend,
    table,
    tone_colour,
    tone_legend,
    tone_stack,
    write_atomic_lines,
    write_index,
)
from parley.digest.text import speaker_label, speaker_states
from parley.settings import Settings, get_settings
from parley.storage import warehouse
from parley.wording import plural

TIMELINE_DAYS = 30
MAX_PAIRS = 12  # parties shown on each axis of the matrix
REPORT_ROWS = 50  # statements listed per country pair, and disputes listed (Settings.report_rows)
REPORT_PAIRS = 200  # country pairs listed, largest first (Settings.report_pairs)

STATEMENT_COLUMNS = (
    "statement_id",
    "speaker",
    "speaker_actor",
    "speaker_name",
    "speaker_kind",
    "speaker_role",
    "speaker_country",
    "speaker_countries",
    "speaker_party",
    "target",
    "target_party",
    "statement_type",
    "cameo_code",
    "plover_category",
    "weight",
    "negated",
    "statement_text",
    "cue",
    "article_title",
    "statement_date",
    "quote_start",
    "article_id",
    "statement_start",
)


# ---------------------------------------------------------------------------------------------
# data


# statement_id last: a quote with several statements lists them in the same order on every run
STATEMENTS_SQL = (
    f"select {', '.join(STATEMENT_COLUMNS)} from statements "
    "where dt = cast($ds as date) order by article_title, quote_start, statement_start, statement_id"
)
# the same rows grouped as the page lists them: largest pair first (ties by name), then as above
STATEMENTS_BY_PAIR_SQL = (
    f"select {', '.join(STATEMENT_COLUMNS)} from (select *, "
    "coalesce(nullif(speaker_party, ''), '?') || ' → ' || coalesce(nullif(target_party, ''), '?')"
    " as _pair from statements where dt = cast($ds as date)) "
    "order by count(*) over (partition by _pair) desc, _pair, article_title, quote_start, "
    "statement_start, statement_id"
)
_PAIRED = (
    "(select *, coalesce(nullif(speaker_party, ''), '?') || ' → ' || "
    "coalesce(nullif(target_party, ''), '?') as _pair, count(*) over (partition by _pair) as _n "
    "from statements where dt = cast($ds as date))"
)
# what the page lists: the first $rows rows of each of the $pairs largest pairs, in page order
STATEMENTS_LISTED_SQL = (
    f"select {', '.join(STATEMENT_COLUMNS)} from {_PAIRED} "
    "qualify row_number() over "
    "(partition by _pair order by article_title, quote_start, statement_start, statement_id) <= $rows "
    "and dense_rank() over (order by _n desc, _pair) <= $pairs "
    "order by _n desc, _pair, article_title, quote_start, statement_start, statement_id"
)
# every statement of the day in page order, with its pair: the CSV export beside a cut page
STATEMENTS_EXPORT_SQL = (
    f"select _pair as pair, {', '.join(STATEMENT_COLUMNS)} from {_PAIRED} "
    "order by _n desc, _pair, article_title, quote_start, statement_start, statement_id"
)
DISPUTES_SQL = (
    "select speaker, speaker_name, speaker_kind, speaker_country, statement_type, "
    "disputed_speaker, disputed_speaker_name, disputed_speaker_kind, disputed_speaker_country, "
    "disputed_statement_type, subject, link, quote_text, "
    "disputed_quote_text from disputes where dt = cast($ds as date) "
    "order by speaker, statement_date, link, statement_id, disputed_statement_id"
)


def _timeline(con, ds: str) -> list[dict]:
    day = date.fromisoformat(ds)
    return warehouse.rows(
        con,
        "select statement_date as day, "
        "count(*) filter (where weight < 0) as conflictual, "
        "count(*) filter (where weight = 0) as neutral, "
        "count(*) filter (where weight > 0) as cooperative "
        "from statements where statement_date between $lo and $hi "
        "group by statement_date order by statement_date",
        {"lo": day - timedelta(days=TIMELINE_DAYS - 1), "hi": day},
    )


def fetch(ds: str, settings: Settings | None = None) -> dict:
    """The day's statements and disputes (lists of dicts), and per-day counts for the
    timeline."""
    from parley.digest.text import fetch_intake

    con = warehouse.connect(settings)
    try:
        statements = warehouse.rows(con, STATEMENTS_SQL, {"ds": ds})
        disputes = warehouse.rows(con, DISPUTES_SQL, {"ds": ds})
        timeline = _timeline(con, ds)
        intake = fetch_intake(con, ds)
    finally:
        con.close()
    return {
        "ds": ds,
        "statements": statements,
        "disputes": disputes,
        "timeline": timeline,
        "intake": intake,
        "quality": _quality(ds, settings),
        "links": related_links(ds, settings),
    }


@contextlib.contextmanager
def streamed(ds: str, settings: Settings | None = None, exports: Path | None = None):
    """What :func:`fetch` returns, with the statements and disputes as
    :class:`parley.digest.text.DayRows` (read from the warehouse a batch at a time on each pass,
    never all at once) and ``statements_by_pair``, only the statements the page lists, in its
    order (:data:`STATEMENTS_LISTED_SQL`): a page of any size in bounded memory
    (:func:`write_report`). The listing limits come from ``settings`` (``report_rows``,
    ``report_pairs``). With ``exports`` (a folder), the sections the page cuts are first written
    there whole as CSV (:func:`export_csv`: ``D-statements.csv``, ``D-disputes.csv``; a stale
    one of a section not cut is removed) and ``exports`` maps each to its file name. The
    connection is closed on exit."""
    from parley.digest.text import DayRows, fetch_intake

    settings = settings or get_settings()
    rows, pairs = settings.report_rows, settings.report_pairs
    con = warehouse.connect(settings)
    try:
        params = {"ds": ds}
        data = {
            "ds": ds,
            "intake": fetch_intake(con, ds),
            "statements": DayRows(con, STATEMENTS_SQL, params),
            "statements_by_pair": DayRows(
                con, STATEMENTS_LISTED_SQL, {**params, "rows": rows, "pairs": pairs}
            ),
            "disputes": DayRows(con, DISPUTES_SQL, params),
            "timeline": _timeline(con, ds),
            "quality": _quality(ds, settings),
            "links": related_links(ds, settings),
            "report_rows": rows,
            "report_pairs": pairs,
        }
        if exports is not None:
            n_pairs, biggest = con.execute(
                "select count(*), coalesce(max(n), 0) from (select count(*) as n from "
                f"{_PAIRED} group by _pair)",
                params,
            ).fetchone()
            cut = {
                "statements": (n_pairs > pairs or biggest > rows, STATEMENTS_EXPORT_SQL),
                "disputes": (len(data["disputes"]) > rows, DISPUTES_SQL),
            }
            data["exports"] = {}
            for section, (is_cut, sql) in cut.items():
                path = exports / f"{ds}-{section}.csv"
                if is_cut:
                    export_csv(con, sql, params, path)
                    data["exports"][section] = path.name
                else:
                    path.unlink(missing_ok=True)
        yield data
    finally:
        con.close()


def export_csv(con, sql: str, params: dict, path: Path) -> Path:
    """Write the rows of ``sql`` (with ``params``) to ``path`` as CSV (a header line, comma
    separated, UTF-8) through DuckDB's ``COPY`` (streamed, within its memory limit), atomically:
    a temporary file in the same folder renamed over ``path``. Columns are shaped as every CSV
    of Parley shapes them (:func:`parley.digest.text.csv_select`: a list column as its JSON
    array ``["FR","DE"]``, not DuckDB's ``[FR, DE]``; every other value as DuckDB's CSV writer writes it, as
    :func:`parley.digest.text.copy_csv` does for ``parley sql|digest|rejects --format csv``).
    Returns ``path``."""
    from parley.digest.text import csv_select

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    shape = con.sql(f"select * from ({sql}) limit 0", params=params)
    sql = f"select {csv_select(shape.columns, shape.types)} from ({sql})"
    try:
        target = str(tmp).replace("'", "''")
        con.execute(f"copy ({sql}) to '{target}' (format csv, header)", params)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _quality(ds: str, settings: Settings | None) -> str | None:
    """The day's verdict as the ``quality_status`` mart words it ("passed with warnings"), or
    None when the day was never validated."""
    from parley.quality import verdict

    st = verdict(ds, settings)
    return None if st is None else str(st["latest"]["status"])


def related_links(ds: str, settings: Settings | None = None) -> list[tuple[str, str]]:
    """(label, href relative to the day's page) of the related reports that exist: the Data Docs,
    the weekly reports, every day's digest."""
    settings = settings or get_settings()
    reports = settings.reports_dir
    out = []
    if (reports / "quality" / "index.html").exists():
        out.append(("Data Docs (quality checks)", "../quality/index.html"))
    year, week, _ = date.fromisoformat(ds).isocalendar()
    if (reports / "weekly" / f"{year}-W{week:02d}.html").exists():
        out.append((f"Week {year}-W{week:02d}", f"../weekly/{year}-W{week:02d}.html"))
    elif (reports / "weekly" / "index.html").exists():
        out.append(("Weekly reports", "../weekly/index.html"))
    out.append(("All days", "index.html"))
    return out


# ---------------------------------------------------------------------------------------------
# charts (inline SVG)


def types_chart(statements: Iterable[dict]) -> str:
    """Horizontal bars: statements per type (every label listed, zero bars included)."""
    counts = Counter(s["statement_type"] for s in statements)
    row_h, label_w, bar_w = 22, 140, 360
    top = max(counts.values(), default=0) or 1
    height = row_h * len(schema.STATEMENT_TYPES) + 10
    parts = [chart_open("types", "statement types", label_w + bar_w + 50, height)]
    for i, label in enumerate(schema.STATEMENT_TYPES):
        y = 5 + i * row_h
        n = counts.get(label, 0)
        w = round(bar_w * n / top)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" class="lbl">{label}</text>'
            f'<rect class="bar" data-type="{label}" x="{label_w}" y="{y + 3}" width="{w}" '
            f'height="{row_h - 6}" fill="{TYPE_COLOURS[label]}"><title>{label}: {n}</title></rect>'
            f'<text x="{label_w + w + 5}" y="{y + 15}" class="num">{n}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _who(name: object, country: object) -> str:
    """ "Dmitry Peskov (RU)", or just the name when the country is unknown."""
    return f"{escape(name)} ({escape(country)})" if country else escape(name)


def _short(label: str, n: int = 7) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


OTHERS = "others"  # the row/column that gathers the parties beyond MAX_PAIRS


def _axis(counts: Counter) -> tuple[list[str], dict[str, str]]:
    """The parties one axis of the matrix shows, most statements first: all of them when they
    are at most ``MAX_PAIRS``, else the ``MAX_PAIRS - 1`` largest and one ``OTHERS`` label, and
    each party's label (a party beyond the shown ones maps to ``OTHERS``)."""
    ranked = [p for p, _ in counts.most_common()]
    if len(ranked) <= MAX_PAIRS:
        return ranked, {p: p for p in ranked}
    shown = ranked[: MAX_PAIRS - 1]
    label = {p: p for p in shown} | {p: OTHERS for p in ranked[MAX_PAIRS - 1 :]}
    return [*shown, OTHERS], label


def pairs_chart(statements: Iterable[dict]) -> str:
    """Matrix of speaker party (rows) × target party (columns): count, coloured by mean weight.

    Every statement with both parties known is in a cell: beyond ``MAX_PAIRS`` parties on an
    axis, the smallest are gathered in one "others" row or column (its tooltip names them) and a
    line under the chart says how many parties and statements it holds; nothing is left out.
    Input: the statements' ``speaker_party``, ``target_party`` and ``weight``. Output: HTML (an
    SVG, plus the note when parties were gathered)."""
    pairs: dict[tuple[str, str], list[float]] = defaultdict(list)
    for s in statements:
        if s["speaker_party"] and s["target_party"]:
            pairs[(s["speaker_party"], s["target_party"])].append(float(s["weight"] or 0.0))
    if not pairs:
        return '<p class="empty" id="chart-pairs">No statement with both sides known today.</p>'
    speakers = Counter()
    targets = Counter()
    for (a, b), ws in pairs.items():
        speakers[a] += len(ws)
        targets[b] += len(ws)
    rows, row_of = _axis(speakers)
    cols, col_of = _axis(targets)
    cells: dict[tuple[str, str], list[float]] = defaultdict(list)
    for (a, b), ws in pairs.items():
        cells[(row_of[a], col_of[b])].extend(ws)
    gathered = {
        "speaker": sorted(p for p, lbl in row_of.items() if lbl == OTHERS),
        "target": sorted(p for p, lbl in col_of.items() if lbl == OTHERS),
    }
    # parties are ISO codes or organisation names: the row labels set the left margin, column
    # labels are shortened (the full name is in each label's tooltip)
    cell, top = 38, 60
    left = max(70, 7 * max(len(r) for r in rows) + 14)
    width, height = left + cell * len(cols) + 10, top + cell * len(rows) + 10
    parts = [
        chart_open("pairs", "country pairs", width, height),
        f'<text x="{left}" y="14" class="axis">target →</text>',
        f'<text x="4" y="{top - 8}" class="axis">speaker ↓</text>',
    ]
    for j, c in enumerate(cols):
        x = left + j * cell + cell / 2
        parts.append(
            f'<text x="{x}" y="{top - 8}" text-anchor="middle" class="lbl">'
            f"<title>{escape(_gathered_title(c, gathered['target']))}</title>"
            f"{escape(_short(c))}</text>"
        )
    for i, r in enumerate(rows):
        y = top + i * cell
        parts.append(
            f'<text x="{left - 6}" y="{y + cell / 2 + 4}" text-anchor="end" class="lbl">'
            f"<title>{escape(_gathered_title(r, gathered['speaker']))}</title>{escape(r)}</text>"
        )
        for j, c in enumerate(cols):
            x = left + j * cell
            ws = cells.get((r, c))
            if not ws:
                parts.append(
                    f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" fill="#f5f5f5"/>'
                )
                continue
            score = sum(ws) / len(ws)
            parts.append(
                f'<rect class="cell" x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" '
                f'fill="{tone_colour(score)}" stroke="#555" stroke-width="0.5">'
                f"<title>{escape(r)} → {escape(c)}: {plural(len(ws), 'statement')}, mean weight {score:+.1f}"
                f"</title></rect>"
                f'<text x="{x + cell / 2 - 1}" y="{y + cell / 2 + 4}" text-anchor="middle" '
                f'class="num">{len(ws)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts) + _gathered_note(gathered, pairs, row_of, col_of)


def _gathered_title(label: str, parties: list[str]) -> str:
    """A matrix label's tooltip: the label, or for ``OTHERS`` the parties it gathers."""
    return f"{OTHERS}: {', '.join(parties)}" if label == OTHERS else label


def _gathered_note(
    gathered: dict[str, list[str]],
    pairs: dict[tuple[str, str], list[float]],
    row_of: dict[str, str],
    col_of: dict[str, str],
) -> str:
    """The line under the matrix saying what its "others" row and column gather (how many
    parties and statements), or "" when every party has its own row and column."""
    if not gathered["speaker"] and not gathered["target"]:
        return ""
    n = sum(len(ws) for (a, b), ws in pairs.items() if row_of[a] == OTHERS or col_of[b] == OTHERS)
    said = []
    if gathered["speaker"]:
        said.append(plural(len(gathered["speaker"]), "speaker party", "speaker parties"))
    if gathered["target"]:
        said.append(plural(len(gathered["target"]), "target party", "target parties"))
    return (
        f'<p class="meta" id="chart-pairs-others">Top {MAX_PAIRS - 1} parties per axis shown; '
        f'{" and ".join(said)} with fewer statements are gathered in "{OTHERS}" '
        f"({plural(n, 'statement')}).</p>"
    )


def _timeline_note(timeline: list[dict], st: Iterable[dict]) -> str:
    """A line under an empty timeline saying when the day's articles were published (an inbox of
    older articles, like the bundled samples, leaves the 30 days empty)."""
    if timeline:
        return ""
    dates = [str(s["statement_date"]) for s in st if s.get("statement_date")]
    when = f": the day's statements date from {min(dates)} to {max(dates)}" if dates else ""
    return (
        f'<p class="meta">No statement published in these {TIMELINE_DAYS} days{escape(when)}.</p>'
    )


def timeline_chart(timeline: list[dict], ds: str) -> str:
    """Stacked bars per publication day over the 30 days up to ``ds``."""
    end = date.fromisoformat(ds)
    days = [end - timedelta(days=TIMELINE_DAYS - 1 - i) for i in range(TIMELINE_DAYS)]
    by_day = {r["day"]: r for r in timeline}
    top = max((sum(by_day[d][k] for k in TONE_COLOURS) for d in by_day), default=0) or 1
    bar, gap, h, left = 16, 4, 140, 30
    parts = bars_open(
        "timeline", "timeline", len(days), top, bar=bar, gap=gap, height=h, left=left, below=40
    )
    for i, d in enumerate(days):
        x = left + i * (bar + gap)
        r = by_day.get(d)
        tones = {t: int(r[t]) if r else 0 for t in ("conflictual", "neutral", "cooperative")}
        parts += tone_stack(tones, x, h + 5, bar, h, top, "day", str(d))
        if i % 5 == 4 or i == len(days) - 1:
            parts.append(bar_label(x, bar, h, d.strftime("%d %b")))
    parts.append("</svg>")
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# page


def _verdict(quality: str | None) -> str:
    """The day's quality verdict as a coloured badge for the links bar."""
    kind = {"passed": "passed", "passed with warnings": "warnings", "failed": "failed"}
    return (
        f'<span class="verdict verdict-{kind.get(quality or "", "unknown")}">'
        f"Quality: {escape(quality or 'not validated')}</span>"
    )


def intake_section(intake, ds: str) -> list[str]:
    """The "Inputs" section: articles ingested (duplicates, non-English) and the inputs
    quarantined with a reason, as a table of stage, reason and count with the command that lists
    them, and how many inputs another date ingested or rejected came back and were not taken
    again (``intake``: a :class:`parley.digest.text.Intake`)."""
    extra = ", ".join(
        x
        for x in (
            plural(intake.duplicates, "duplicate") if intake.duplicates else "",
            f"{intake.not_english:,} not English (kept, not extracted)"
            if intake.not_english
            else "",
            f"{intake.undated:,} undated: their statements are dated {ds}, the ingestion date"
            if intake.undated
            else "",
        )
        if x
    )
    lead = (
        f'<h2>Inputs</h2><p class="meta">{plural(intake.articles, "article")} ingested'
        f"{' (' + escape(extra) + ')' if extra else ''}; "
    )
    again = (
        f" Not ingested again: {plural(intake.already_ingested, 'input')} whose content "
        "another date published (<code>stg_source_days.already_ingested</code>)."
        if intake.already_ingested
        else ""
    ) + (
        f" Not quarantined again: {plural(intake.already_rejected, 'input')} another date "
        "rejected, back unchanged (<code>stg_source_days.already_rejected</code>)."
        if intake.already_rejected
        else ""
    )
    if not intake.rejects:
        return [lead + f"no input was rejected.{again}</p>"]
    return [
        lead
        + f"{plural(intake.rejected, 'input')} quarantined with a reason, listed one by one by "
        f"<code>parley rejects --date {escape(ds)}</code> (table <code>stg_rejects</code>)."
        f"{again}</p>",
        *table(
            ["stage", "reason", "inputs"],
            [
                f"<tr><td>{escape(st)}</td><td>{escape(reason)}</td><td>{n}</td></tr>"
                for st, reason, n in intake.rejects
            ],
            "",
        ),
    ]


def _pair(s: dict) -> str:
    return f"{s['speaker_party'] or '?'} → {s['target_party'] or '?'}"


def render(data: dict) -> str:
    """The whole page for one day, as a string (:func:`render_lines` joined)."""
    return "\n".join(render_lines(data))


def _first(rows: Iterable[dict], k: int) -> Iterator[dict]:
    """The first ``k`` of ``rows``; a streamed read is closed after them."""
    it = iter(rows)
    try:
        yield from itertools.islice(it, k)
    finally:
        close = getattr(it, "close", None)
        if close is not None:
            close()


def _more(what: str, export: str | None, command: str) -> str:
    """The line under a cut list: how many are left out (``what``, HTML), the CSV beside the page
    that holds them all (``export``, a file name, when written) and the command that lists them."""
    where = f'<a href="{escape(export)}">{escape(export)}</a> (every row, CSV) · ' if export else ""
    return f'<p class="meta">… and {what}: {where}<code>{escape(command)}</code></p>'


def render_lines(data: dict) -> Iterator[str]:
    """The page for one day, line by line: ``data`` as :func:`fetch` or :func:`streamed` gives
    it (statements and disputes as lists or as streamed rows, read a few times, one pass each;
    with ``statements_by_pair`` the statements in listing order, else grouped here).

    Lists at most ``data["report_rows"]`` statements per pair (default :data:`REPORT_ROWS`) for
    the ``data["report_pairs"]`` largest pairs (:data:`REPORT_PAIRS`) and ``report_rows``
    disputes; each cut list ends with how many were left out and where they all are
    (``data["exports"]``: section → CSV file name beside the page, when written)."""
    from parley.digest.text import PARTIES, SPEAKER_ID_COLUMNS, narrowed, pair_argument, speaker_key

    ds = data["ds"]
    rows_cap = int(data.get("report_rows", REPORT_ROWS))
    pairs_cap = int(data.get("report_pairs", REPORT_PAIRS))
    exports = data.get("exports", {})
    st = data["statements"]
    sizes: Counter = Counter()  # rows of each pair, in first-seen order
    speaker_set, article_set = set(), set()
    counted = narrowed(st, *PARTIES, *SPEAKER_ID_COLUMNS, "article_title")
    for s in counted:  # one pass: the rows may be streamed
        sizes[_pair(s)] += 1
        # as the terminal digest counts them: a resolved actor once, however it was named
        speaker_set.add(speaker_key(s))
        article_set.add(s.get("article_id") or s["article_title"])
    n, speakers, articles = sizes.total(), len(speaker_set), len(article_set)
    n_disputes = len(data["disputes"])
    del speaker_set, article_set
    out = [
        *head(f"Parley digest {ds}"),
        f"<h1>Parley digest — {escape(ds)}</h1>",
        nav(data.get("links", []), lead=_verdict(data.get("quality"))),
        f'<p class="meta">{plural(n, "statement")} by {plural(speakers, "speaker")} in '
        f"{plural(articles, 'article')}; {plural(len(sizes), 'country pair')}; "
        f"{plural(n_disputes, 'dispute')}.</p>",
        '<div class="charts">',
        f"<section><h3>Statement types</h3>{types_chart(narrowed(st, 'statement_type'))}</section>",
        f"<section><h3>Country pairs (colour: mean cooperation–conflict weight)</h3>"
        f'<p class="legend">{score_legend()}</p>'
        f"{pairs_chart(narrowed(st, *PARTIES, 'weight'))}</section>",
        "</div>",
        f"<section><h3>Timeline: statements per publication day, last {TIMELINE_DAYS} days</h3>"
        f'<p class="legend">{tone_legend()}</p>{timeline_chart(data["timeline"], ds)}'
        f"{_timeline_note(data['timeline'], narrowed(st, 'statement_date'))}</section>",
        *(intake_section(data["intake"], ds) if data.get("intake") is not None else []),
        "<h2>Disputes</h2>",
    ]
    yield from out
    dispute_rows = (
        f"<tr><td>{_who(speaker_label(d), d['speaker_country'])} "
        f"{badge(d['statement_type'])}</td>"
        f"<td>{_who(speaker_label(d, 'disputed_'), d['disputed_speaker_country'])} "
        f"{badge(d['disputed_statement_type'])}</td><td>{escape(d['subject'])}</td>"
        f"<td>{escape(d['disputed_quote_text'])}</td><td>{escape(d['quote_text'])}</td></tr>"
        for d in _first(data["disputes"], rows_cap)
    )
    first = next(dispute_rows, None)
    if first is None:
        yield from table([], [], "No disputes found for this day.")
    else:
        opening, *_ = table(["who", "disputes", "subject", "what was said", "answer"], [first], "")
        yield opening
        yield first
        yield from dispute_rows
        yield "</table>"
        if n_disputes > rows_cap:
            yield _more(
                plural(n_disputes - rows_cap, "more dispute"),
                exports.get("disputes"),
                f"parley sql \"select * from disputes where dt = '{ds}'\"",
            )
    yield "<h2>Statements by country pair</h2>"
    ranked = sorted(sizes, key=lambda p: (-sizes[p], p))
    listed = data.get("statements_by_pair")
    if listed is None:  # rows in memory: a stable sort keeps each pair's rows in their order
        rank = {pair: i for i, pair in enumerate(ranked)}
        listed = sorted(st, key=lambda s: rank[_pair(s)])
    kept = set(ranked[:pairs_cap])

    def more_of(pair: str, shown: int) -> Iterator[str]:
        if sizes[pair] > shown:
            yield _more(
                plural(sizes[pair] - shown, f"more {escape(pair)} statement"),
                exports.get("statements"),
                f"parley digest --date {ds} --pair {pair_argument(pair)}",
            )

    pair, shown = None, 0
    for s in listed:
        if _pair(s) != pair:
            if _pair(s) not in kept:
                break  # pairs come largest first: the rest are not listed
            if pair is not None:
                yield "</table>"
                yield from more_of(pair, shown)
            pair, shown = _pair(s), 0
            yield f"<h3>{escape(pair)} ({sizes[pair]})</h3><table>"
        if shown >= rows_cap:
            continue
        shown += 1
        role = ", ".join(x for x in (s["speaker_role"], speaker_states(s)) if x)
        target = f" → {escape(s['target'])}" if s["target"] else ""
        yield (
            f"<tr><td>{escape(speaker_label(s))}<br><small>{escape(role)}</small></td>"
            f"<td>{badge(s['statement_type'])} <small>CAMEO {escape(s['cameo_code'])}"
            # PLOVER's categories share words with the labels (a DISPUTE of CAMEO 111 is PLOVER
            # ACCUSE): named, so the category is not read as a second label
            f"{' · PLOVER ' + escape(s['plover_category']) if s['plover_category'] else ''}"
            f"{' · negated' if s['negated'] else ''}</small>{target}</td>"
            f"<td>{escape(' '.join(str(s['statement_text']).split()))}<br>"
            f"<small>{escape(s['article_title'])}</small></td></tr>"
        )
    if pair is not None:
        yield "</table>"
        yield from more_of(pair, shown)
    if len(ranked) > len(kept):
        left = ranked[len(kept) :]
        yield _more(
            f"{plural(len(left), 'more country pair')} "
            f"({plural(sum(sizes[p] for p in left), 'statement')})",
            exports.get("statements"),
            f"parley digest --date {ds} --all",
        )
    yield "</body></html>"


def write_report(ds: str, settings: Settings | None = None) -> Path:
    """Write the day's page (atomically, streamed: a day of any size in bounded memory,
    :func:`streamed`) and refresh the index; returns the page's path."""
    settings = settings or get_settings()
    out_dir = settings.reports_dir / "digest"
    page = out_dir / f"{ds}.html"
    with streamed(ds, settings, exports=out_dir) as data:
        write_atomic_lines(page, render_lines(data))
    write_index(out_dir, "????-??-??.html", "Parley digests")
    return page
