"""Real publication-date strings read by Parley's date reader against its reading before break17.

    python -m tools.reread_dates                          # ../shared/corpus/feeds and the data dir's lake
    python -m tools.reread_dates --feeds DIR --lake DIR   # other folders (--lake '' : feeds only)
    python -m tools.reread_dates --json                   # one JSON document

Session 17 (break17, commit d6f7838) taught :func:`parley.ingest.published.parse_published` the
time-zone abbreviations ``dateutil`` does not know (``22:00 EST`` was read as 22:00 UTC) and claimed
that real date strings read identically afterwards, without a command. This is that command.

Inputs: every item's date string (``published_raw``, as ingest keeps it) of every feed in
``--feeds`` (default ``<PARLEY_SHARED_DIR>/corpus/feeds``, read by :func:`parley.ingest.feeds.parse`
with the feed's other dates as evidence, as ingest reads them), and every non-null
``articles.published_raw`` of the Parquet files under ``--lake`` (default the data dir's lake;
its rows carry no feed evidence, so they are read alone).

Each string is read twice, relative to one fixed base date: by ``parse_published`` as it is, and
as the reader of s16 read it: the zone table of break17 switched off (``published._dateutil_parse``
replaced by plain ``dateutil.parser.parse``) and so is session 18's check of an RFC 822 zone the
standard library does not know (``published._unknown_rfc822_zone``: ``10:00:00 XYZ`` was 10:00 UTC
with no problem). Prints how many strings were read, how many
identically (the same ``published_at``, problem and note), and each one that differs; exits 0.
Errors: a missing feeds folder is an error (exit 1); an unreadable Parquet file is reported and
skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

from parley.ingest import feeds, published
from parley.settings import get_settings

BASE = datetime(2026, 12, 1, tzinfo=UTC)  # the run window's end both readings are relative to


def feed_strings(folder: Path) -> Iterator[tuple]:
    """(where, date string, (the feed's date evidence, language, feedparser's reading)) of every
    dated feed item: what ingest hands :func:`parse_published` for it."""
    for path in sorted(folder.glob("*.xml")):
        try:
            parsed = feeds.parse(path.read_bytes(), "application/xml", path.as_uri())
        except ValueError as error:  # feeds.UnsafeFeed too
            print(f"skipped {path.name}: {error}", file=sys.stderr)
            continue
        for item in parsed.items:
            if item.published_raw:
                yield (
                    path.name,
                    item.published_raw,
                    (item.date_evidence, item.language, item.published_at),
                )


def lake_strings(lake: Path) -> Iterator[tuple]:
    """(where, date string, (None, None, None)) of every non-null ``articles.published_raw`` in a lake."""
    import pyarrow.parquet as pq

    for path in sorted((lake / "articles").rglob("*.parquet")):
        try:
            column = pq.read_table(path, columns=["published_raw"]).column("published_raw")
        except (OSError, KeyError, ValueError) as error:
            print(f"skipped {path}: {error}", file=sys.stderr)
            continue
        for value in column.to_pylist():
            if value:
                yield str(path.relative_to(lake)), value, (None, None, None)


def _plain_dateutil(text: str, **kwargs) -> datetime:
    """The s16 reader's call: ``dateutil`` alone, an unknown zone dropped (its warning hushed)."""
    import warnings

    from dateutil import parser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", parser.UnknownTimezoneWarning)
        return parser.parse(text, **kwargs)


def _no_zone(text: str) -> None:
    """The RFC 822 reader of s16 (before session 18's ingest20): no zone was unknown to it, an
    unknown one was read as UTC without a problem."""
    return None


def reading(text: str, context: tuple) -> tuple[str | None, str | None, str | None]:
    """(published_at ISO, problem, note) of one string, as ``parse_published`` reads it;
    ``context`` is (date evidence, language, feedparser's reading), each may be None."""
    evidence, language, hint = context
    got = published.parse_published(
        text, BASE, language=language, feed_value=hint, evidence=evidence
    )
    return (got.at.isoformat() if got.at else None, got.problem, got.note)


def compare(strings) -> dict:
    """Both readings of every (where, string, context): the number of strings, how many read
    identically, and each that does not."""
    total, same, differ = 0, 0, []
    for where, text, context in strings:
        now = reading(text, context)
        with (
            mock.patch.object(published, "_dateutil_parse", _plain_dateutil),
            mock.patch.object(published, "_unknown_rfc822_zone", _no_zone),
        ):
            before = reading(text, context)
        total += 1
        if now == before:
            same += 1
        else:
            differ.append({"where": where, "text": text, "now": now, "before_break17": before})
    return {"strings": total, "identical": same, "differ": differ}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    settings = get_settings()
    parser.add_argument("--feeds", type=Path, default=settings.shared_dir / "corpus" / "feeds")
    parser.add_argument(
        "--lake", default=str(settings.lake_dir), help="a lake folder ('' for none)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args(argv)
    if not args.feeds.is_dir():
        print(
            f"no feeds folder at {args.feeds} (set PARLEY_SHARED_DIR or --feeds)", file=sys.stderr
        )
        return 1
    result = {"feeds": str(args.feeds), **compare(feed_strings(args.feeds))}
    if args.lake and Path(args.lake).is_dir():
        lake = compare(lake_strings(Path(args.lake)))
        result["lake"] = args.lake
        result["lake_strings"] = lake["strings"]
        result["strings"] += lake["strings"]
        result["identical"] += lake["identical"]
        result["differ"] += lake["differ"]
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    lake_said = f" and {result['lake_strings']} of {args.lake}" if "lake" in result else ""
    print(
        f"{result['identical']} of {result['strings']} real date strings "
        f"({result['strings'] - result.get('lake_strings', 0)} of {args.feeds}{lake_said}) "
        "read identically with and without break17's zone table"
    )
    for d in result["differ"]:
        print(
            f"  differs: {d['text']!r} ({d['where']}): now {d['now']}, before {d['before_break17']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
