"""The daily digest as analysts read it: who said what, per article, for one date."""

from __future__ import annotations

import textwrap

from parley import warehouse
from parley.settings import Settings

COLUMNS = (
    "speaker",
    "speaker_role",
    "speaker_country",
    "cue",
    "kind",
    "quote",
    "article_title",
    "confidence",
)


def fetch_digest(ds: str, settings: Settings | None = None) -> list[dict]:
    """Rows of the ``daily_digest`` mart for one date, in article and text order."""
    con = warehouse.connect(settings)
    try:
        cur = con.execute(
            f"select {', '.join(COLUMNS)} from daily_digest where dt = cast($ds as date) "
            "order by article_title, quote_start",
            {"ds": ds},
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()


def latest_date(settings: Settings | None = None) -> str | None:
    con = warehouse.connect(settings)
    try:
        row = con.execute("select max(dt) from daily_digest").fetchone()
        return row[0].isoformat() if row and row[0] else None
    finally:
        con.close()


def _who(row: dict) -> str:
    extra = ", ".join(x for x in (row.get("speaker_role"), row.get("speaker_country")) if x)
    return f"{row['speaker']} ({extra})" if extra else str(row["speaker"])


def format_digest(rows: list[dict], ds: str, width: int = 100) -> str:
    """A plain-text table grouped by article: speaker (role, country), cue, quote."""
    if not rows:
        return f"Parley digest for {ds}: no attributed statements."
    speakers = len({r["speaker"] for r in rows})
    articles = len({r["article_title"] for r in rows})
    out = [
        f"Parley digest for {ds}: {len(rows)} statements by {speakers} speakers "
        f"in {articles} articles",
        "=" * width,
    ]
    current = None
    for row in rows:
        if row["article_title"] != current:
            current = row["article_title"]
            out += ["", f"## {current}"]
        who = _who(row)
        quote = " ".join(str(row["quote"]).split())
        head = f"- {who} [{row['cue'] or '—'}, {row['kind']}]: "
        out.append(
            textwrap.fill(quote, width=width, initial_indent=head, subsequent_indent=" " * 4)
        )
    return "\n".join(out)
