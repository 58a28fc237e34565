"""The weekly report: one self-contained page per ISO week, with charts, for analysts.

``<data>/reports/weekly/YYYY-Www.html`` (and an ``index.html`` of every week written), from the
weekly marts (``pair_weeks``, ``speaker_weeks``) and the week's ``disputes``, read live over the
lake. Like the daily page it needs no network and no script — inline SVG built here:

* **statements per week** over the 12 weeks up to this one, stacked by tone (conflictual /
  neutral / cooperative);
* **country pairs, this week against the week before**: for the week's largest pairs, the
  cooperation–conflict score as a dot on the −10 … +10 axis, joined to last week's (grey) —
  a dumbbell chart, so a pair that turned hostile shows as a long red bar;
* **statement types, this week and the week before** (paired bars);

then tables: the pairs (statements, change, score, change, new pair, disputes), the speakers,
and the week's disputes marked new when the two speakers never disputed each other before.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from parley import schema
from parley.digest.page import (
    TYPE_COLOURS,
    badge,
    bar_label,
    bars_open,
    chart_open,
    escape,
    head,
    nav,
    table,
    tone_colour,
    tone_legend,
    tone_stack,
    write_atomic,
    write_index,
)
from parley.settings import Settings, get_settings
from parley.storage import warehouse
from parley.wording import plural

WEEKS_SHOWN = 12
TOP_PAIRS = 12
TOP_SPEAKERS = 12
TYPE_COLUMNS = [f"n_{t.lower()}" for t in schema.STATEMENT_TYPES]
PREVIOUS_COLOUR = "#9e9e9e"
# the weekly page's own rules, after the shared style sheet: this week's axis label, "new" marks
WEEKLY_CSS = (
    ".lbl.now{font-weight:700}.new{background:#ffd54f;color:#5c3c00;"
    "font-size:11px;font-weight:600;padding:1px 4px;border-radius:3px}"
)


def _iso(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def fetch(week: str, settings: Settings | None = None) -> dict:
    """The week's rows of both weekly marts, the previous week's type counts, per-week totals over
    the last :data:`WEEKS_SHOWN` weeks, and the week's disputes (with ``is_new``)."""
    monday = date.fromisoformat(week)
    con = warehouse.in_memory(["pair_weeks", "speaker_weeks", "disputes"], settings)
    try:
        pairs = warehouse.rows(
            con,
            "select * from pair_weeks where week_start = $w "
            "order by n_statements desc, speaker_party, target_party",
            {"w": monday},
        )
        speakers = warehouse.rows(
            con,
            "select * from speaker_weeks where week_start = $w order by n_statements desc, speaker",
            {"w": monday},
        )
        sums = ", ".join(f"sum({c}) as {c}" for c in TYPE_COLUMNS)
        totals = warehouse.rows(
            con,
            f"select week_start, sum(n_statements) as n_statements, "
            f"sum(n_conflictual) as n_conflictual, sum(n_cooperative) as n_cooperative, {sums} "
            "from speaker_weeks where week_start between $lo and $w group by week_start",
            {"w": monday, "lo": monday - timedelta(weeks=WEEKS_SHOWN - 1)},
        )
        disputes = warehouse.rows(
            con,
            """
            with d as (
                select *,
                    cast(date_trunc('week', dt) as date) as week_start,
                    min(cast(date_trunc('week', dt) as date))
                        over (partition by speaker, disputed_speaker) as first_week
                from disputes
            )
            select speaker, speaker_country, statement_type, disputed_speaker,
                disputed_speaker_country, disputed_statement_type, subject, quote_text,
                disputed_quote_text, week_start = first_week as is_new
            from d where week_start = $w order by is_new desc, speaker
            """,
            {"w": monday},
        )
    finally:
        con.close()
    by_week = {r["week_start"]: r for r in totals}
    return {
        "week": monday,
        "pairs": pairs,
        "speakers": speakers,
        "totals": by_week,
        "disputes": disputes,
    }


def speaker_count(rows: list[dict]) -> int:
    """The speakers of ``speaker_weeks`` rows, counted as the daily digest counts them
    (:func:`parley.digest.text.speaker_key`): the sum of ``n_speakers``, since a row of a
    description or unresolved speaker ("leaders") stands for one speaker per article quoting those
    words; a row without ``n_speakers`` (a week built before the column existed) counts as one."""
    return sum(r.get("n_speakers") or 1 for r in rows)


# ---------------------------------------------------------------------------------------------
# charts


def weeks_chart(totals: dict, monday: date) -> str:
    """Stacked bars: statements per week, by tone, the :data:`WEEKS_SHOWN` weeks up to ``monday``."""
    weeks = [monday - timedelta(weeks=WEEKS_SHOWN - 1 - i) for i in range(WEEKS_SHOWN)]
    top = max((int(totals[w]["n_statements"]) for w in totals), default=0) or 1
    bar, gap, h, left = 34, 10, 150, 34
    parts = bars_open(
        "weeks",
        "statements per week",
        len(weeks),
        top,
        bar=bar,
        gap=gap,
        height=h,
        left=left,
        below=44,
    )
    for i, w in enumerate(weeks):
        x = left + i * (bar + gap)
        row = totals.get(w)
        if row:
            conflictual, cooperative = int(row["n_conflictual"]), int(row["n_cooperative"])
            tones = {
                "conflictual": conflictual,
                "neutral": int(row["n_statements"]) - conflictual - cooperative,
                "cooperative": cooperative,
            }
            parts += tone_stack(tones, x, h + 5, bar, h, top, "week", _iso(w), min_height=1)
        label_class = "lbl now" if w == monday else "lbl"
        parts.append(bar_label(x, bar, h, f"W{w.isocalendar()[1]:02d}", label_class))
    parts.append("</svg>")
    return "".join(parts)


def dumbbell_chart(pairs: list[dict]) -> str:
    """Per pair (the week's largest :data:`TOP_PAIRS`): last week's score (grey dot), this week's
    (dot in the score's colour) and the bar between them, on the −10 … +10 axis."""
    shown = [p for p in pairs if p["cooperation_conflict_score"] is not None][:TOP_PAIRS]
    if not shown:
        return '<p class="empty" id="chart-dumbbell">No pair with both sides known this week.</p>'
    row_h, top, label_w, axis_w = 24, 28, 150, 420

    def x(score: float) -> float:
        return label_w + (max(-10.0, min(10.0, score)) + 10) / 20 * axis_w

    height = top + row_h * len(shown) + 8
    parts = [
        chart_open("dumbbell", "pair scores", label_w + axis_w + 60, height),
        f'<line x1="{x(0)}" y1="{top - 8}" x2="{x(0)}" y2="{height - 4}" stroke="#bbb"/>',
    ]
    for tick in (-10, -5, 0, 5, 10):
        parts.append(
            f'<text x="{x(tick)}" y="{top - 12}" text-anchor="middle" class="lbl">{tick:+d}</text>'
        )
    for i, p in enumerate(shown):
        y = top + i * row_h + row_h / 2
        now = float(p["cooperation_conflict_score"])
        pair = f"{p['speaker_party']} → {p['target_party']}"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 4}" text-anchor="end" class="lbl">'
            f"{escape(pair)} ({p['n_statements']})</text>"
        )
        if p["prev_score"] is not None:
            before = float(p["prev_score"])
            lo, hi = sorted((x(before), x(now)))
            parts.append(
                f'<rect class="change" x="{lo}" y="{y - 3}" width="{max(hi - lo, 1)}" height="6" '
                f'fill="{tone_colour(now - before)}"/>'
                f'<circle class="prev" cx="{x(before)}" cy="{y}" r="5" fill="{PREVIOUS_COLOUR}">'
                f"<title>{escape(pair)} last week: {before:+.2f}</title></circle>"
            )
        parts.append(
            f'<circle class="now" cx="{x(now)}" cy="{y}" r="6" fill="{tone_colour(now)}" '
            f'stroke="#333" stroke-width="0.8"><title>{escape(pair)} this week: {now:+.2f}'
            f"</title></circle>"
        )
    parts.append("</svg>")
    return "".join(parts)


def types_chart(now: dict | None, before: dict | None) -> str:
    """Paired horizontal bars per statement type: this week (type colour) and the week before
    (grey)."""
    row_h, label_w, bar_w = 26, 140, 320
    counts = [
        (t, int((now or {}).get(c) or 0), int((before or {}).get(c) or 0))
        for t, c in zip(schema.STATEMENT_TYPES, TYPE_COLUMNS, strict=True)
    ]
    top = max((max(a, b) for _, a, b in counts), default=0) or 1
    parts = [
        chart_open("week-types", "statement types", label_w + bar_w + 60, row_h * len(counts) + 10)
    ]
    for i, (label, a, b) in enumerate(counts):
        y = 5 + i * row_h
        wa, wb = round(bar_w * a / top), round(bar_w * b / top)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end" class="lbl">{label}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 2}" width="{wa}" height="11" '
            f'fill="{TYPE_COLOURS[label]}"><title>{label} this week: {a}</title></rect>'
            f'<rect class="bar-prev" x="{label_w}" y="{y + 14}" width="{wb}" height="6" '
            f'fill="{PREVIOUS_COLOUR}"><title>{label} the week before: {b}</title></rect>'
            f'<text x="{label_w + max(wa, wb) + 5}" y="{y + 13}" class="num">{a}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# page


def _signed(value: object, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{float(value):+.{digits}f}".replace("-", "−")


def _links(monday: date, settings: Settings) -> list[tuple[str, str]]:
    reports = settings.reports_dir
    out = []
    for delta, label in ((-1, "← previous week"), (1, "next week →")):
        other = monday + timedelta(weeks=delta)
        if (reports / "weekly" / f"{_iso(other)}.html").exists():
            out.append((f"{label} ({_iso(other)})", f"{_iso(other)}.html"))
    for i in range(7):
        day = (monday + timedelta(days=i)).isoformat()
        if (reports / "digest" / f"{day}.html").exists():
            out.append((f"{day}", f"../digest/{day}.html"))
    if (reports / "quality" / "index.html").exists():
        out.append(("Data Docs (quality checks)", "../quality/index.html"))
    out.append(("All weeks", "index.html"))
    return out


def _new(flag: object, label: str) -> str:
    """The "new" marker after a row's first cell, or nothing."""
    return f' <span class="new">{label}</span>' if flag else ""


def render(data: dict, links: list[tuple[str, str]] | None = None) -> str:
    """The whole page for one week, as a string."""
    monday: date = data["week"]
    totals = data["totals"]
    now, before = totals.get(monday), totals.get(monday - timedelta(weeks=1))
    n_now = int(now["n_statements"]) if now else 0
    n_before = int(before["n_statements"]) if before else None
    change = "" if n_before is None else f" ({_signed(n_now - n_before)} on the week before)"
    new_disputes = sum(1 for d in data["disputes"] if d["is_new"])
    title = f"Parley weekly — {_iso(monday)}"
    span = f"{monday:%d %b} – {monday + timedelta(days=6):%d %b %Y}"
    out = [
        *head(title, WEEKLY_CSS),
        f'<h1>{escape(title)} <small class="meta">{escape(span)}</small></h1>',
        nav(links or []),
        f'<p class="meta">{plural(n_now, "statement")}{escape(change)} by '
        f"{plural(speaker_count(data['speakers']), 'speaker')}; "
        f"{plural(len(data['pairs']), 'country pair')} with both sides known; "
        f"{plural(len(data['disputes']), 'dispute')} ({new_disputes:,} new).</p>",
        '<div class="charts">',
        f"<section><h3>Statements per week, last {WEEKS_SHOWN} weeks</h3>"
        f'<p class="legend">{tone_legend()}</p>{weeks_chart(totals, monday)}</section>',
        "<section><h3>Statement types: this week (colour) and the week before (grey)</h3>"
        f"{types_chart(now, before)}</section>",
        "</div>",
        "<section><h3>Country pairs: cooperation–conflict score this week (coloured dot) and the "
        "week before (grey), −10 conflict … +10 cooperation</h3>"
        f"{dumbbell_chart(data['pairs'])}</section>",
        "<h2>Country pairs</h2>",
    ]
    pair_rows = [
        f"<tr><td>{escape(p['speaker_party'])} → {escape(p['target_party'])}"
        f"{_new(p['is_new_pair'], 'new pair')}</td>"
        f"<td>{p['n_statements']}</td><td>{_signed(p['change_n_statements'])}</td>"
        f"<td>{_signed(p['cooperation_conflict_score'], 2)}</td>"
        f"<td>{_signed(p['change_score'], 2)}</td><td>{p['n_conflictual']}</td>"
        f"<td>{p['n_cooperative']}</td>"
        f"<td>{p['n_disputes']} ({p['n_new_disputes']})</td></tr>"
        for p in data["pairs"]
    ]
    out += table(
        [
            "pair",
            "statements",
            "change",
            "score",
            "change",
            "conflictual",
            "cooperative",
            "disputes (new)",
        ],
        pair_rows,
        "No statement with both sides known this week.",
    )
    out.append("<h2>Speakers</h2>")
    if data["speakers"]:
        out.append(
            "<table><tr><th>speaker</th><th>statements</th><th>change</th><th>score</th>"
            "<th>disputes raised (new)</th><th>disputed</th><th>targets</th></tr>"
        )
        for s in data["speakers"][:TOP_SPEAKERS]:
            who = ", ".join(str(x) for x in (s["speaker_role"], s["speaker_country"]) if x)
            if (n_speakers := s.get("n_speakers") or 1) > 1:
                who = ", ".join(
                    x for x in (who, f"quoted in {n_speakers} articles: {n_speakers} speakers") if x
                )
            out.append(
                f"<tr><td>{escape(s['speaker'])}<br><small>{escape(who)}</small></td>"
                f"<td>{s['n_statements']}</td><td>{_signed(s['change_n_statements'])}</td>"
                f"<td>{_signed(s['cooperation_conflict_score'], 2)}</td>"
                f"<td>{s['n_disputes']} ({s['n_new_disputes']})</td><td>{s['n_disputed']}</td>"
                f"<td>{escape(s['targets'] or '')}</td></tr>"
            )
        out.append("</table>")
        if len(data["speakers"]) > TOP_SPEAKERS:
            rest = speaker_count(data["speakers"][TOP_SPEAKERS:])
            out.append(
                f'<p class="meta">… {plural(rest, "more speaker")}: '
                "the speaker_weeks mart has them all.</p>"
            )
    out.append("<h2>Disputes</h2>")
    dispute_rows = [
        f"<tr><td>{escape(d['speaker'])} ({escape(d['speaker_country'] or '?')}) "
        f"{badge(d['statement_type'])}{_new(d['is_new'], 'new')}</td>"
        f"<td>{escape(d['disputed_speaker'])} ({escape(d['disputed_speaker_country'] or '?')}) "
        f"{badge(d['disputed_statement_type'])}</td><td>{escape(d['subject'])}</td>"
        f"<td>{escape(d['disputed_quote_text'])}</td><td>{escape(d['quote_text'])}</td></tr>"
        for d in data["disputes"]
    ]
    out += table(
        ["who", "disputes", "subject", "what was said", "answer"],
        dispute_rows,
        "No disputes this week.",
    )
    out.append("</body></html>")
    return "\n".join(out)


def write_report(week: str, settings: Settings | None = None) -> Path:
    """Write the page of the week starting ``week`` (a Monday, ``YYYY-MM-DD``) atomically and
    refresh the index of weeks; returns the page's path."""
    settings = settings or get_settings()
    monday = date.fromisoformat(week)
    out_dir = settings.reports_dir / "weekly"
    page = out_dir / f"{_iso(monday)}.html"
    write_atomic(page, render(fetch(week, settings), _links(monday, settings)))
    write_index(out_dir, "????-W??.html", "Parley weekly reports")
    return page
