"""Fill a lake with many days cheaply, for measuring how a day's cost grows with the lake.

    python -m tools.fill_lake --source 2025-06-01 --first 2025-04-01 --days 60

Copies the published day ``--source`` of the lake (``PARLEY_LAKE_URL`` / ``PARLEY_DATA_DIR``) to
``--days`` consecutive dates from ``--first`` (the source date is skipped), each published as a day
of its own (files + manifest, :func:`parley.storage.lake.publish_tables`): every id, content hash
and URL gets the date appended, so each day is distinct content (the published-content index and the
marts see N days of the same volume, not one day N times), and the publication and ingestion times
move with the date. No NLP runs. The warehouse is brought up to date after each day, as each day's
run does, so the day after the fill finds the warehouse file in the state a lake grown day by day
leaves it: one build over all the copies left the statements mart's row groups half full in the
middle, and DuckDB merged them at the next write (a 1.5 s checkpoint on closing the day-60
preview of 59 x 800 articles, 0.35 s on a lake built day by day), a cost no daily run pays at
once. The copies are marked by their ids (``…~YYYY-MM-DD``); a real run of another date is
unaffected by them.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta

import pyarrow as pa
import pyarrow.compute as pc

from parley.settings import get_settings
from parley.storage import lake, warehouse

# columns whose values identify content; each copy appends its date to them
ID_COLUMNS = (
    "article_id",
    "entity_id",
    "quote_id",
    "statement_id",
    "reject_id",
    "source_day_id",
    "duplicate_of",
    "responds_to_quote_id",
    "content_hash",
    "url",
    "canonical_url",
)
TIME_COLUMNS = ("published_at", "ingested_at", "rejected_at")


def shifted(table: pa.Table, suffix: str, days: int) -> pa.Table:
    """``table`` with ``suffix`` appended to its id columns and its times moved by ``days``."""
    for name in table.column_names:
        i = table.schema.get_field_index(name)
        col = table.column(name)
        if name in ID_COLUMNS:
            table = table.set_column(i, name, pc.binary_join_element_wise(col, suffix, ""))
        elif name in TIME_COLUMNS:
            delta = pa.scalar(timedelta(days=days), type=pa.duration("us"))
            table = table.set_column(i, name, pc.add(col, delta))
    return table


def fill(source: str, first: date, days: int, settings=None, build: bool = True) -> list[str]:
    """Publish ``days`` copies of the published day ``source`` from ``first`` on, each followed
    (``build``) by the warehouse's incremental build, as a daily run would; returns the dates
    written."""
    s = settings or get_settings()
    snapshot = lake.published(s)
    if source not in snapshot:
        raise SystemExit(f"{source} is not published in {lake.lake_store(s).url}")
    tables = {t: lake.read_partition(t, source, s, days=snapshot) for t in snapshot[source].tables}
    written = []
    for n in range(days):
        day = first + timedelta(days=n)
        ds = day.isoformat()
        if ds == source:
            continue
        offset = (day - date.fromisoformat(source)).days
        lake.publish_tables(ds, {t: shifted(d, f"~{ds}", offset) for t, d in tables.items()}, s)
        written.append(ds)
        if build:
            warehouse.build(s)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", required=True, help="a published date to copy (YYYY-MM-DD)")
    parser.add_argument("--first", required=True, help="the first date to fill (YYYY-MM-DD)")
    parser.add_argument("--days", type=int, default=60, help="how many dates to fill")
    parser.add_argument("--no-build", action="store_true", help="leave the warehouse as it is")
    args = parser.parse_args(argv)
    written = fill(args.source, date.fromisoformat(args.first), args.days, build=not args.no_build)
    print(f"published {len(written)} copies of {args.source}: {written[0]} .. {written[-1]}")


if __name__ == "__main__":
    main()
