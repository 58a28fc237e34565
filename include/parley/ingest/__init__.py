"""Ingest (the DAG task ``ingest``): every configured source into ``articles``, ``rejects`` and
``source_days`` rows.

One straight flow per run (:func:`read_sources`)::

    sources.yaml ─► per source: folder (files) │ feeds + pages (HTTP, landed, replayable)
                 ─► RawArticle | Reject  ─► ArticleBuilder: normalise, language, ids, duplicates
                 ─► articles rows, rejects rows, one source_days row per source

The modules, in the order of the flow:

* :mod:`.sources` — ``sources.yaml`` → :class:`~.sources.Source` with its limits;
* :mod:`.http` — :class:`~.http.HttpClient`, the one guarded HTTP client (safe, polite, capped);
* :mod:`.landing` — the raw landing zone and the fetchers: every response is landed, and a re-run
  of a date replays the landed responses instead of asking the network (which would answer 304 to
  the conditional GET), so it reproduces that date's partition exactly; a source whose feed could
  not be fetched at all is not landed, so a re-run of the date tries it again;
* :mod:`.localfile` — local files opened safely (inbox files, local feed files);
* :mod:`.feeds`, :mod:`.pages`, :mod:`.folder` — the readers; each yields
  :mod:`.records` (:class:`~.records.RawArticle` or :class:`~.records.Reject`) and never raises
  for bad content;
* :mod:`.articles` — :class:`~.articles.ArticleBuilder`: normalisation, ids, duplicates
  (:mod:`.dedup`) and language (:mod:`.language`);
* **completeness**: ``source_days`` says, per source and date, what came in (status, requests,
  304s, items, articles, rejects ...), so a source that returned nothing is visible as such.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from parley import ids
from parley.dates import RunWindow
from parley.ingest import landing, language
from parley.ingest.articles import ArticleBuilder, PublishedIndex
from parley.ingest.decode import valid_name
from parley.ingest.feeds import read_feed
from parley.ingest.folder import read_folder
from parley.ingest.http import HttpClient
from parley.ingest.landing import Fetcher, LiveFetcher, ReplayFetcher
from parley.ingest.pages import read_pages
from parley.ingest.records import Reject, SourceTally
from parley.ingest.sources import FEED_TYPES, Source
from parley.settings import Settings, usable_cpus
from parley.wording import plural

__all__ = ["IngestResult", "IngestSink", "PublishedIndex", "read_sources"]

log = logging.getLogger(__name__)


class IngestSink(Protocol):
    """Where :func:`read_sources` puts each row the moment it is built (e.g. a batched Parquet
    writer), so a day's articles never have to be held in memory at once."""

    def article(self, row: dict) -> None: ...

    def reject(self, row: dict) -> None: ...


@dataclass
class IngestResult:
    """What one ingest run produced: the rows per table (``articles`` and ``rejects`` only when no
    sink was given: otherwise the sink had them), their counts, and the sources read back from the
    landing zone."""

    articles: list[dict]
    rejects: list[dict]
    source_days: list[dict]
    replayed: list[str] = field(default_factory=list)  # sources read back from the landing zone
    n_articles: int = 0
    n_originals: int = 0  # articles that are not a duplicate of another
    n_rejects: int = 0

    def article(self, row: dict) -> None:  # the default sink: keep every row
        self.articles.append(row)

    def reject(self, row: dict) -> None:
        self.rejects.append(row)


def _source_day(
    source: Source,
    dt: date,
    tally: SourceTally,
    counts: dict,
    fetcher: Fetcher | None,
    error: str | None,
) -> dict:
    if error or counts["source_errors"]:
        status = "failed"
    elif tally.not_modified and not tally.items:
        status = "not-modified"
    elif not tally.items:
        status = "empty"
    else:
        status = "ok"
    skipped = [f"skipped {n} ({why})" for why, n in sorted(tally.skipped.items())]
    rejected_on = sorted(counts.pop("rejected_on"))
    before = (
        [
            f"{plural(counts['already_rejected'], 'input')} already rejected on "
            f"{', '.join(rejected_on)}, unchanged: not quarantined again "
            f"(parley rejects --date {rejected_on[0]})"
        ]
        if rejected_on
        else []
    )
    detail = (
        "; ".join(
            ([error] if error else []) + counts.pop("errors") + tally.problems + before + skipped
        )
        or None
    )
    return {
        "source_day_id": ids.source_day_id(source.name, dt),
        "source": source.name,
        "source_type": source.source_type,
        "country": source.country,
        "language": language.normalise_code(source.language),
        "status": status,
        "requests": fetcher.requests if fetcher else 0,
        "not_modified": tally.not_modified,
        "fetch_errors": tally.fetch_errors,
        "bytes": tally.bytes,
        "items": tally.items,
        **counts,
        "detail": detail,
        "skipped": sum(tally.skipped.values()),
    }


def read_sources(
    window: RunWindow,
    settings: Settings,
    published: PublishedIndex,
    sink: IngestSink | None = None,
) -> IngestResult:
    """Read every configured source (``settings.sources_path``) for the window's date into rows;
    ``published`` is what other dates already published (not ingested again). One bad source
    never stops the run: it becomes a ``source-failed`` reject and a ``failed`` source day.

    Each article and reject row goes to ``sink`` as soon as it is built, in input order (default:
    kept in the result's ``articles`` and ``rejects``); nothing else about a row is kept but what
    duplicate detection needs (hashes, URLs, MinHash signatures), so memory does not grow with
    the texts of the day. The per-article work (normalising, hashing, language, MinHash) runs on
    every usable CPU (:meth:`~.articles.ArticleBuilder.build`) while this process reads and
    links; the rows are the same as one at a time."""
    from parley.ingest import sources as sources_mod

    configured = sources_mod.load(settings)
    builder = ArticleBuilder(window, published, workers=usable_cpus())
    client = HttpClient()
    validators = landing.load_validators(settings)
    out = IngestResult([], [], [])
    sink = sink or out
    try:
        for source in configured:
            tally = SourceTally()
            counts = {
                "articles": 0,
                "originals": 0,
                "duplicates": 0,
                "summary_only": 0,
                "non_english": 0,
                "rejects": 0,
                "source_errors": 0,
                "already_ingested": 0,
                "already_rejected": 0,
                "errors": [],
                "rejected_on": set(),
            }
            fetcher, land, error = None, None, None
            unreachable = False  # a fetch of the source itself failed: nothing to land

            def take(raw, built, counts: dict = counts) -> None:
                kind, row = built
                if kind == "article":
                    sink.article(row)
                    out.n_articles += 1
                    counts["articles"] += 1
                    original = row["duplicate_of"] is None
                    out.n_originals += original
                    counts["originals" if original else "duplicates"] += 1
                    counts["summary_only"] += bool(row["summary_only"])
                    counts["non_english"] += not language.is_english(row["language"])
                elif kind == "reject":
                    sink.reject(row)
                    out.n_rejects += 1
                    # a RawArticle rejected by the ArticleBuilder is an item
                    if getattr(raw, "item", True):
                        counts["rejects"] += 1
                    else:
                        counts["source_errors"] += 1
                        counts["errors"].append(f"{raw.reason}: {raw.detail}")
                elif kind == "rejected-before":
                    counts["already_rejected"] += 1
                    counts["rejected_on"].add(row["dt"])
                else:
                    counts["already_ingested"] += 1

            try:
                if source.type == "folder":
                    stream: Iterator = read_folder(source, tally)
                else:
                    replay = landing.replay(settings, window.dt, source.name)
                    if replay is not None:
                        fetcher = ReplayFetcher(replay)
                        out.replayed.append(source.name)
                    else:
                        land = landing.Landing(settings, window.dt, source.name)
                        fetcher = LiveFetcher(client, source, land, validators)
                    if source.type in FEED_TYPES:
                        stream = read_feed(source, fetcher, tally, published)
                    else:
                        stream = read_pages(source, fetcher, tally)
                for raw, built in builder.build(stream):
                    if source.type == "folder" and not (isinstance(raw, Reject) and not raw.item):
                        tally.items += 1
                    unreachable |= isinstance(raw, Reject) and not raw.item and raw.stage == "fetch"
                    take(raw, built)
                if land is not None:
                    if unreachable:  # nothing to replay: a re-run of the date tries again
                        land.abort()
                    else:
                        land.commit()
                        validators.update(fetcher.new_validators)
                        landing.save_validators(settings, validators)
                    land = None
            except Exception as err:  # one broken source must not spoil the day
                log.exception("source %s failed", source.name)
                error = f"{type(err).__name__}: {err}"
                if land is not None:
                    land.abort()  # not landed: the next run of the date fetches it again
                failure = Reject(
                    source.name,
                    source.url or valid_name(str(source.path)),
                    "source-failed",
                    f"reading the source raised {error}",
                    item=False,
                )
                take(failure, builder.add(failure))
            counts["already_ingested"] += tally.already_ingested
            out.source_days.append(_source_day(source, window.dt, tally, counts, fetcher, error))
    finally:
        client.close()
        builder.close()
    return out
