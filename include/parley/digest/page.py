"""What every HTML page of the digest shares: the colours of statement types and tones, the style
sheet, escaping, the type badge, the links bar, the page head, and the atomic write of a page and
of a folder's index.

Used by :mod:`parley.digest.html` (one page per day) and :mod:`parley.digest.weekly_html` (one page
per ISO week), so that both look alike and a colour or a style changes in one place. Pure string
building, apart from :func:`write_atomic` and :func:`write_index`, which write files.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from parley.storage.fs import atomic_file

# one colour per statement label of schema.STATEMENT_TYPES
TYPE_COLOURS = {
    "STATEMENT": "#9e9e9e",
    "CLAIM": "#607d8b",
    "DECLINE_COMMENT": "#bcaaa4",
    "DENY": "#ef6c00",
    "DISPUTE": "#f4511e",
    "ACCUSE": "#d81b60",
    "REJECT": "#c62828",
    "WARN": "#ffb300",
    "THREATEN": "#6a1b9a",
    "APPEAL": "#1e88e5",
    "SUPPORT": "#43a047",
    "INTENT": "#2e7d32",
    "CONCEDE": "#00897b",
}
# a statement's tone is the sign of its weight: < 0 conflictual, 0 neutral, > 0 cooperative
TONE_COLOURS = {"conflictual": "#b71c1c", "neutral": "#bdbdbd", "cooperative": "#1b5e20"}

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#222;
max-width:1100px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd}
h3{font-size:15px;margin:18px 0 6px}.meta{color:#666}
.charts{display:flex;flex-wrap:wrap;gap:28px;align-items:flex-start}
.chart .lbl{font-size:11px;fill:#333}.chart .num{font-size:11px;fill:#111}
.chart .axis{font-size:11px;fill:#777;font-style:italic}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #eee;
padding:4px 6px;text-align:left;vertical-align:top}
.type{font-weight:600;font-size:12px;padding:1px 5px;border-radius:3px;color:#fff;white-space:nowrap}
.legend span{display:inline-block;margin-right:12px;font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
nav.links{margin:6px 0 14px;font-size:13px}nav.links a{margin-right:14px}
.verdict{font-weight:600;padding:1px 6px;border-radius:3px;margin-right:14px}
.verdict-passed{background:#e3f1e4;color:#1b5e20}.verdict-warnings{background:#ffd54f;color:#5c3c00}
.verdict-failed{background:#c62828;color:#fff}.verdict-unknown{background:#eee;color:#555}
"""


def escape(value: object) -> str:
    """``value`` as HTML text or attribute value (quotes escaped); ``None`` becomes ``""``."""
    return html.escape("" if value is None else str(value), quote=True)


def badge(stype: str) -> str:
    """A statement label as a coloured ``<span class="type">`` (grey for an unknown label)."""
    return (
        f'<span class="type" style="background:{TYPE_COLOURS.get(stype, "#999")}">'
        f"{escape(stype)}</span>"
    )


def tone_colour(score: float) -> str:
    """``#rrggbb`` for a cooperation–conflict score: red (−10) through white (0) to green (+10),
    saturating at ±5."""
    t = max(-1.0, min(1.0, score / 5.0))
    base = (198, 40, 40) if t < 0 else (46, 125, 50)
    mix = [round(255 + (c - 255) * abs(t) * 0.85) for c in base]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def score_legend() -> str:
    """The colour key of :func:`tone_colour`, as ``<span>`` items for a ``<p class="legend">``:
    the colours of −5 and below, 0 and +5 and above, named."""
    keys = (
        (-5.0, "−5 or below: conflict"),
        (0.0, "0: neutral"),
        (5.0, "+5 or above: cooperation"),
    )
    return "".join(
        f'<span><i style="background:{tone_colour(v)};outline:1px solid #ccc"></i>{t}</span>'
        for v, t in keys
    )


def tone_legend() -> str:
    """The colour key of the tones, as ``<span>`` items for a ``<p class="legend">``."""
    return "".join(
        f'<span><i style="background:{c}"></i>{t}</span>' for t, c in TONE_COLOURS.items()
    )


def chart_open(chart_id: str, label: str, width: float, height: float) -> str:
    """The opening ``<svg>`` tag of a page's chart: ``id="chart-<chart_id>"``, an image role
    with ``label`` for screen readers, ``width`` × ``height`` pixels."""
    return (
        f'<svg class="chart" id="chart-{chart_id}" role="img" aria-label="{label}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
    )


def bars_open(
    chart_id: str,
    label: str,
    columns: int,
    top: int,
    *,
    bar: int,
    gap: int,
    height: int,
    left: int,
    below: int,
) -> list[str]:
    """The opening parts of a chart of ``columns`` vertical bars (``bar`` pixels wide, ``gap``
    apart, the first at ``left``, at most ``height`` high): its ``<svg>`` tag (:func:`chart_open`,
    ``below`` pixels under the bars for their labels), the largest value ``top`` at the axis' top
    and the base line. The caller appends the bars, the labels (:func:`bar_label`) and
    ``</svg>``."""
    width = left + (bar + gap) * columns + 10
    return [
        chart_open(chart_id, label, width, height + below),
        f'<text x="2" y="12" class="num">{top}</text>',
        f'<line x1="{left - 2}" y1="{height + 5}" x2="{width}" y2="{height + 5}" stroke="#999"/>',
    ]


def bar_label(x: float, bar: int, height: int, text: str, css: str = "lbl") -> str:
    """The label under the bar at ``x`` of a :func:`bars_open` chart, centred (CSS class ``css``)."""
    return (
        f'<text x="{x + bar / 2}" y="{height + 22}" text-anchor="middle" class="{css}">'
        f"{text}</text>"
    )


def tone_stack(
    tones: dict[str, int],
    x: float,
    bottom: float,
    bar: float,
    h: float,
    top: int,
    css: str,
    label: str,
    min_height: int = 0,
) -> list[str]:
    """The ``<rect>`` s of one bar of a stacked tone chart (the daily timeline, the weekly
    statements): one per tone of ``tones`` (tone → count, in stacking order, bottom first) with a
    positive count, ``bar`` wide from ``bottom`` up, ``round(h * n / top)`` high (at least
    ``min_height``), of class ``css`` and titled "``label``: n tone"."""
    out, y = [], bottom
    for tone, n in tones.items():
        if n <= 0:
            continue
        bh = max(min_height, round(h * n / top))
        y -= bh
        out.append(
            f'<rect class="{css}" x="{x}" y="{y}" width="{bar}" height="{bh}" '
            f'fill="{TONE_COLOURS[tone]}"><title>{label}: {n} {tone}</title></rect>'
        )
    return out


def nav(links: list[tuple[str, str]], lead: str = "") -> str:
    """The links bar: ``lead`` (HTML, e.g. a verdict badge) then one anchor per
    ``(label, href)``."""
    anchors = "".join(f'<a href="{escape(href)}">{escape(label)}</a>' for label, href in links)
    return f'<nav class="links">{lead}{anchors}</nav>'


def table(headers: list[str], rows: list[str], empty: str) -> list[str]:
    """HTML lines of a table with ``headers`` (HTML) and the already-rendered ``<tr>`` ``rows``,
    or one ``<p class="empty">`` saying ``empty`` (HTML) when there are none."""
    if not rows:
        return [f'<p class="empty">{empty}</p>']
    cells = "".join(f"<th>{h}</th>" for h in headers)
    return [f"<table><tr>{cells}</tr>", *rows, "</table>"]


def head(title: str, css: str = "") -> list[str]:
    """The lines that open a page up to ``<body>``: ``title`` (plain text, escaped here) and the
    shared style sheet followed by ``css`` (a page's own rules)."""
    return [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{CSS}{css}</style></head><body>",
    ]


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder renamed over
    it (:func:`parley.storage.fs.atomic_file`), so a reader never sees half a page and a failure
    leaves the old page and no temporary file; creates the folder."""
    write_atomic_lines(path, [text])


def write_atomic_lines(path: Path, lines: Iterable[str]) -> None:
    """Write ``lines`` (UTF-8, joined by newlines, as they come: a page of any size in bounded
    memory) like :func:`write_atomic`: a temporary file in the same folder renamed over ``path``;
    a failure midway leaves the old page and no temporary file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(path, "w", encoding="utf-8") as fh:
        for i, line in enumerate(lines):
            if i:
                fh.write("\n")
            fh.write(line)


def write_index(folder: Path, pattern: str, title: str) -> Path:
    """Write ``folder/index.html`` (atomically): a page titled ``title`` listing, newest first, a
    link to every page of ``folder`` whose name matches the glob ``pattern``. Returns its path."""
    names = sorted((p.stem for p in folder.glob(pattern)), reverse=True)
    items = "".join(f'<li><a href="{n}.html">{n}</a></li>' for n in names)
    index = folder / "index.html"
    write_atomic(
        index,
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title><style>{CSS}</style></head><body><h1>{escape(title)}</h1><ul>{items}</ul>"
        "</body></html>",
    )
    return index
