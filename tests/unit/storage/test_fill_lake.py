"""tools/fill_lake.py: N distinct days from one, for the day-1 vs day-60 measurement."""

from __future__ import annotations

from datetime import UTC, date, datetime

from parley import schema
from parley.settings import get_settings
from parley.storage import lake
from tools import fill_lake


def test_copies_are_distinct_days_with_ids_and_times_moved(data_dir):
    s = get_settings()
    article = schema.default_row(
        "articles",
        article_id="a1",
        content_hash="h1",
        canonical_url="https://example.org/x",
        source="s",
        text="Text.",
        published_at=datetime(2025, 2, 25, 9, tzinfo=UTC),
    )
    quote = schema.default_row(
        "quotes", quote_id="q1", article_id="a1", quote_text="x", quote_start=0, quote_end=1
    )
    lake.publish_tables(
        "2025-02-25",
        {
            "articles": schema.to_arrow("articles", [article]),
            "quotes": schema.to_arrow("quotes", [quote]),
        },
        s,
    )
    written = fill_lake.fill("2025-02-25", date(2025, 2, 24), 3, s)
    assert written == ["2025-02-24", "2025-02-26"]
    days = lake.published(s)
    assert sorted(days) == ["2025-02-24", "2025-02-25", "2025-02-26"]
    copy = lake.read_partition("articles", "2025-02-26", s, days=days).to_pylist()[0]
    assert copy["article_id"] == "a1~2025-02-26" and copy["content_hash"] == "h1~2025-02-26"
    assert copy["published_at"] == datetime(2025, 2, 26, 9, tzinfo=UTC)
    quotes = lake.read_partition("quotes", "2025-02-24", s, days=days).to_pylist()
    assert quotes[0]["article_id"] == "a1~2025-02-24"  # joins still hold within a copy


def test_the_warehouse_is_brought_up_to_date_after_each_day_as_daily_runs_do(data_dir, monkeypatch):
    """One build over every copy leaves the warehouse file in a state no lake grown day by day
    has (the next write pays for merging its row groups): the fill builds after each day."""
    s = get_settings()
    article = schema.default_row(
        "articles", article_id="a1", content_hash="h1", source="s", text="Text."
    )
    lake.publish_tables("2025-02-25", {"articles": schema.to_arrow("articles", [article])}, s)
    built: list[list[str]] = []
    monkeypatch.setattr(
        fill_lake.warehouse,
        "build",
        lambda settings: built.append(sorted(lake.published(settings))),
    )
    fill_lake.fill("2025-02-25", date(2025, 2, 26), 3, s)
    assert built == [
        ["2025-02-25", "2025-02-26"],
        ["2025-02-25", "2025-02-26", "2025-02-27"],
        ["2025-02-25", "2025-02-26", "2025-02-27", "2025-02-28"],
    ]
