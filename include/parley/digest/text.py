"""The daily digest as analysts read it: who said what about whom, grouped by country pair."""

from __future__ import annotations

import textwrap

from parley.settings import Settings
from parley.storage import warehouse

COLUMNS = (
    "pair",
    "speaker_party",
    "target_party",
    "speaker",
    "speaker_role",
    "speaker_country",
    "statement_type",
    "cameo_code",
    "target",
    "negated",
    "cue",
    "kind",
    "quote",
    "article_title",
    "confidence",
)


def fetch_digest(ds: str, settings: Settings | None = None) -> list[dict]:
    """Rows of the ``daily_digest`` mart for one date, by country pair, article and text order."""
    con = warehouse.connect(settings)
    try:
        return warehouse.rows(
            con,
            f"select {', '.join(COLUMNS)} from daily_digest where dt = cast($ds as date) "
            "order by pair, article_title, quote_start",
            {"ds": ds},
        )
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


def _pair_order(pair: str, rows: list[dict]) -> tuple:
    """Cross-border pairs first, then domestic ones, then unknown targets; larger groups first."""
    first = rows[0]
    unknown = first["target_party"] is None or first["speaker_party"] is None
    domestic = first["target_party"] == first["speaker_party"]
    return (unknown, domestic, -len(rows), pair)


def format_digest(rows: list[dict], ds: str, width: int = 100) -> str:
    """A plain-text digest grouped by country pair ("RU → US"): speaker (role, country), statement
    type, target, cue and quote."""
    if not rows:
        return f"Parley digest for {ds}: no attributed statements."
    speakers = len({r["speaker"] for r in rows})
    articles = len({r["article_title"] for r in rows})
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["pair"], []).append(row)
    out = [
        f"Parley digest for {ds}: {len(rows)} statements by {speakers} speakers "
        f"in {articles} articles, {len(groups)} country pairs",
        "=" * width,
    ]
    for pair, members in sorted(groups.items(), key=lambda kv: _pair_order(*kv)):
        out += ["", f"## {pair}  ({len(members)} statement{'s' if len(members) != 1 else ''})"]
        for row in members:
            quote = " ".join(str(row["quote"]).split())
            target = f" → {row['target']}" if row.get("target") else ""
            neg = " (negated)" if row.get("negated") else ""
            head = (
                f"- {_who(row)} {row['statement_type']}{neg}{target} "
                f"[{row['cue'] or '—'}, {row['kind']}]: "
            )
            out.append(textwrap.fill(head + quote, width=width, subsequent_indent=" " * 4))
    return "\n".join(out)
