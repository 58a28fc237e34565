"""Ingest: every configured source into ``articles``, ``rejects`` and ``source_days`` rows.

One straight flow per run (:func:`run`)::

    sources.yaml ─► per source: files (folder) │ feeds + pages (HTTP, landed, replayable)
                 ─► RawArticle | Reject  ─► Builder: normalise, language, ids, duplicates
                 ─► articles rows, rejects rows, one source_days row per source

* **Network sources** go through :class:`parley.fetch.HttpClient` (safe, polite, capped) and
  every response is landed in the raw zone (:mod:`parley.landing`). A re-run of a date replays
  the landed responses instead of asking the network (which would answer 304 to the conditional
  GET), so it reproduces that date's partition exactly. A source whose feed could not be fetched
  at all is not landed, so a re-run of the date tries it again.
* **Duplicates** (:mod:`parley.dedup`) are linked, never dropped: ``duplicate_of`` names the
  original (the first copy in source order, then item order), ``duplicate_kind`` says which key
  matched (``url`` | ``exact`` | ``near``). Content or URLs already published under another date
  are not ingested again (counted as ``already_ingested``).
* **Completeness**: ``source_days`` says, per source and date, what came in (status, requests,
  304s, items, articles, rejects ...), so a source that returned nothing is visible as such.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from parley import dedup, feeds, ids, landing, language, pages
from parley.dates import RunWindow
from parley.fetch import HttpClient, Response
from parley.raw import RawArticle, Reject, excerpt
from parley.settings import Settings
from parley.sources import FEED_TYPES, Source

__all__ = ["Builder", "PublishedIndex", "build_articles", "run"]

log = logging.getLogger(__name__)

MAX_ARTICLE_CHARS = 1_000_000
MIN_ARTICLE_CHARS = 40


@dataclass
class PublishedIndex:
    """What other dates already published: content hashes and canonical URLs."""

    hashes: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)


# ---------------------------------------------------------------------------------------------
# from raw to rows


class Builder:
    """Turns raw articles into rows, in order, keeping the state that links duplicates."""

    def __init__(self, window: RunWindow, published: PublishedIndex | set[str]) -> None:
        if isinstance(published, set):  # a bare set of hashes (older callers, tests)
            published = PublishedIndex(hashes=published)
        self.window = window
        self.published = published
        self.by_hash: dict[str, str] = {}
        self.by_url: dict[str, str] = {}
        self.near = dedup.NearIndex()
        self.ids: set[str] = set()
        self.reject_ids: set[str] = set()

    def reject(self, rej: Reject) -> dict:
        row = rej.row(self.window.start)
        rid, n = row["reject_id"], 1
        while rid in self.reject_ids:  # the same failure twice in one place stays two rows
            n += 1
            rid = "r" + ids.digest(row["reject_id"], n, length=15)
        row["reject_id"] = rid
        self.reject_ids.add(rid)
        return row

    def add(self, raw: RawArticle | Reject) -> tuple[str, dict | None]:
        """("article", row) | ("reject", row) | ("seen", None) for content published before."""
        if isinstance(raw, Reject):
            return "reject", self.reject(raw)
        text = ids.normalize_text(raw.text)
        if len(text) < MIN_ARTICLE_CHARS:
            why = raw.summary_reason + "; " if raw.summary_only and raw.summary_reason else ""
            return "reject", self.reject(
                Reject(
                    raw.source,
                    raw.locator,
                    "empty",
                    f"{why}text has {len(text)} characters after normalisation "
                    f"(minimum {MIN_ARTICLE_CHARS})",
                    excerpt(raw.text),
                )
            )
        if len(text) > MAX_ARTICLE_CHARS:
            return "reject", self.reject(
                Reject(
                    raw.source,
                    raw.locator,
                    "too-large",
                    f"text has {len(text):,} characters (maximum {MAX_ARTICLE_CHARS:,})",
                    excerpt(text),
                )
            )
        chash = ids.content_hash(text)
        canonical = dedup.canonical_url(raw.canonical_url or raw.url)
        if chash in self.published.hashes or (canonical and canonical in self.published.urls):
            return "seen", None
        aid = ids.article_id(raw.source, raw.locator, chash)
        if aid in self.ids:
            return "reject", self.reject(
                Reject(
                    raw.source,
                    raw.locator,
                    "repeated-item",
                    "the same content from the same place came twice in this run (a feed "
                    "listing an item twice, or a file read twice); the first is kept",
                    excerpt(text),
                )
            )
        self.ids.add(aid)
        dup_of, kind, sim = None, None, None
        if canonical and canonical in self.by_url:
            dup_of, kind, sim = self.by_url[canonical], "url", None
        elif chash in self.by_hash:
            dup_of, kind, sim = self.by_hash[chash], "exact", 1.0
        sig = dedup.signature(text) if dup_of is None else None
        if sig is not None:
            match = self.near.query(sig)
            if match:
                dup_of, kind, sim = match[0], "near", round(match[1], 4)
        lang = language.identify(text, raw.language, raw.source_language)
        row = {
            "article_id": aid,
            "source": raw.source,
            "source_type": raw.source_type,
            "locator": raw.locator,
            "url": raw.url,
            "canonical_url": canonical,
            "title": ids.normalize_text(raw.title) if raw.title else None,
            "author": ids.normalize_text(raw.author) if raw.author else None,
            "published_at": raw.published_at,
            "ingested_at": self.window.start,
            "language": lang.code,
            "language_confidence": lang.confidence,
            "license": raw.license,
            "text": text,
            "content_hash": chash,
            "duplicate_of": dup_of,
            "duplicate_kind": kind,
            "duplicate_similarity": sim,
            "summary_only": raw.summary_only,
            "summary_reason": raw.summary_reason if raw.summary_only else None,
            "n_chars": len(text),
        }
        if dup_of is None:  # only originals are keys: a copy links to the first, not a chain
            self.by_hash[chash] = aid
            if canonical:
                self.by_url[canonical] = aid
            if sig is not None:
                self.near.add(aid, sig)
        return "article", row


def build_articles(
    raws: Iterable[RawArticle | Reject], window: RunWindow, seen_hashes: PublishedIndex | set[str]
) -> tuple[list[dict], list[dict]]:
    """Normalise, id and de-duplicate raw articles; returns (article rows, reject rows).

    Content whose hash (or canonical URL) another date published is left out. Inside the run,
    the first copy is the original and later copies point to it in ``duplicate_of``.
    """
    builder = Builder(window, seen_hashes)
    articles: list[dict] = []
    rejects: list[dict] = []
    for raw in raws:
        kind, row = builder.add(raw)
        if kind == "article":
            articles.append(row)
        elif kind == "reject":
            rejects.append(row)
    return articles, rejects


# ---------------------------------------------------------------------------------------------
# network sources: a fetcher per source, live (and landed) or replayed


class LiveFetcher:
    """Fetches through the shared client, lands every response, remembers new validators."""

    def __init__(
        self,
        client: HttpClient,
        source: Source,
        land: landing.Landing,
        validators: dict[str, dict[str, str]],
    ) -> None:
        self.client, self.source, self.land, self.validators = client, source, land, validators
        self.replayed = False
        self.new_validators: dict[str, dict[str, str]] = {}
        self._memo: dict[str, Response] = {}
        self.requests = 0

    def get(self, url: str, kind: str, conditional: bool = False) -> Response:
        if url in self._memo:
            return self._memo[url]
        resp = self.client.get(
            url,
            kind,
            self.source.limits,
            allow_private=self.source.allow_private,
            validators=self.validators.get(url) if conditional else None,
        )
        self.requests += resp.attempts
        self.land.record(resp)
        if conditional and resp.ok and (resp.etag or resp.last_modified):
            self.new_validators[url] = {
                k: v for k, v in (("etag", resp.etag), ("last_modified", resp.last_modified)) if v
            }
        self._memo[url] = resp
        return resp


class ReplayFetcher:
    """Answers from the landing zone: what the network said on the date's first run."""

    def __init__(self, replay: landing.Replay) -> None:
        self.replay = replay
        self.replayed = True
        self.new_validators: dict[str, dict[str, str]] = {}
        self.requests = 0  # as spent by the first run, so source_days reproduces exactly
        self._served: set[str] = set()

    def get(self, url: str, kind: str, conditional: bool = False) -> Response:
        resp = self.replay.get(url)
        if url not in self._served:
            self._served.add(url)
            self.requests += resp.attempts
        return resp


@dataclass
class SourceTally:
    """Per-source counters for the ``source_days`` row."""

    items: int = 0  # inputs the source offered: feed items, page URLs, files/records
    not_modified: int = 0
    fetch_errors: int = 0
    bytes: int = 0
    already_ingested: int = 0  # items skipped before fetching: their URL is already published
    problems: list[str] = field(default_factory=list)

    def response(self, resp: Response) -> None:
        if resp.not_modified:
            self.not_modified += 1
        elif resp.error:
            self.fetch_errors += 1
        self.bytes += len(resp.body)


def _page_article(
    source: Source, resp: Response, locator: str, item: feeds.FeedItem | None
) -> tuple[RawArticle | None, str]:
    """A raw article from a fetched page, or (None, why not)."""
    if resp.error:
        return None, f"page not fetched: {resp.error.reason}: {resp.error.detail}"
    if not resp.ok:
        return None, f"page not fetched: HTTP {resp.status}"
    page = pages.extract(resp.body, resp.final_url, resp.content_type)
    if page is None:
        return None, "page fetched but no main text found in it"
    return (
        RawArticle(
            source=source.name,
            source_type=source.source_type,
            locator=locator,
            text=page.text,
            title=(item.title if item and item.title else None) or page.title,
            url=item.link if item and item.link else resp.url,
            published_at=(item.published_at if item else None) or page.published_at,
            language=page.language or (item.language if item else None),
            canonical_url=page.canonical_url or resp.final_url,
            author=(item.author if item else None) or page.author,
            source_language=source.language,
        ),
        "",
    )


def read_feed(
    source: Source, fx: LiveFetcher | ReplayFetcher, tally: SourceTally, published: PublishedIndex
) -> Iterator[RawArticle | Reject]:
    """A feed's items: each item's page when it can be had, else the feed's own text."""
    resp = fx.get(source.url, "feed", conditional=True)
    tally.response(resp)
    if resp.not_modified:
        return
    if resp.error:
        yield Reject(
            source.name, source.url, resp.error.reason, resp.error.detail, stage="fetch", item=False
        )
        return
    try:
        parsed = feeds.parse(resp.body, resp.content_type)
    except feeds.UnsafeFeed as err:
        yield Reject(
            source.name, source.url, "unsafe-xml", str(err), excerpt(resp.body), item=False
        )
        return
    except ValueError as err:
        yield Reject(
            source.name, source.url, "malformed-feed", str(err), excerpt(resp.body), item=False
        )
        return
    if parsed.problem:
        tally.problems.append(f"feed parsed with recovery: {parsed.problem}")
    items = parsed.items
    if len(items) > source.limits.max_items:
        tally.problems.append(
            f"{len(items) - source.limits.max_items} items over limits.max_items not read"
        )
        items = items[: source.limits.max_items]
    for item in items:
        tally.items += 1
        locator = item.link or f"{source.url}#{item.guid or item.index}"
        link_key = dedup.canonical_url(item.link)
        if link_key and link_key in published.urls:
            tally.already_ingested += 1  # published under another date: not fetched again
            continue
        raw, why = None, "page not fetched: the source sets fetch_pages: false"
        if not item.link:
            why = "the item has no link"
        elif source.fetch_pages:
            presp = fx.get(item.link, "page")
            tally.response(presp)
            raw, why = _page_article(source, presp, locator, item)
        if raw is None:
            text = item.content if len(item.content) > len(item.summary) else item.summary
            raw = RawArticle(
                source=source.name,
                source_type=source.source_type,
                locator=locator,
                text=text,
                title=item.title,
                url=item.link,
                published_at=item.published_at,
                language=item.language,
                summary_only=True,
                summary_reason=why,
                author=item.author,
                source_language=source.language,
            )
        yield raw


def read_pages(
    source: Source, fx: LiveFetcher | ReplayFetcher, tally: SourceTally
) -> Iterator[RawArticle | Reject]:
    """A fixed list of article pages (conditional GET: unchanged pages cost nothing)."""
    for url in source.urls[: source.limits.max_items]:
        tally.items += 1
        resp = fx.get(url, "page", conditional=True)
        tally.response(resp)
        if resp.not_modified:
            tally.items -= 1  # nothing offered today: not an item of this run
            continue
        raw, why = _page_article(source, resp, url, None)
        if raw is not None:
            yield raw
        elif resp.error:
            yield Reject(source.name, url, resp.error.reason, resp.error.detail, stage="fetch")
        else:
            yield Reject(source.name, url, "no-main-text", why, excerpt(resp.body))


# ---------------------------------------------------------------------------------------------
# the run


@dataclass
class IngestResult:
    articles: list[dict]
    rejects: list[dict]
    source_days: list[dict]
    replayed: list[str] = field(default_factory=list)  # sources read back from the landing zone


def _source_day(
    source: Source, dt: date, tally: SourceTally, counts: dict, fx, error: str | None
) -> dict:
    if error or counts["source_errors"]:
        status = "failed"
    elif tally.not_modified and not tally.items:
        status = "not-modified"
    elif not tally.items:
        status = "empty"
    else:
        status = "ok"
    detail = "; ".join(([error] if error else []) + counts.pop("errors") + tally.problems) or None
    return {
        "source_day_id": "s" + ids.digest(source.name, dt.isoformat(), length=15),
        "source": source.name,
        "source_type": source.source_type,
        "country": source.country,
        "language": language.normalise_code(source.language),
        "status": status,
        "requests": fx.requests if fx else 0,
        "not_modified": tally.not_modified,
        "fetch_errors": tally.fetch_errors,
        "bytes": tally.bytes,
        "items": tally.items,
        **counts,
        "detail": detail,
    }


def run(window: RunWindow, settings: Settings, published: PublishedIndex) -> IngestResult:
    """Read every configured source for the window's date; one bad source never stops the run."""
    from parley import sources as sources_mod
    from parley.files import read_folder

    configured = sources_mod.load(settings)
    builder = Builder(window, published)
    client = HttpClient()
    validators = landing.load_validators(settings)
    out = IngestResult([], [], [])
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
                "errors": [],
            }
            fx, land, error = None, None, None
            produced: list = []
            try:
                if source.type == "folder":
                    stream: Iterator = read_folder(source)
                else:
                    replay = landing.replay(settings, window.dt, source.name)
                    if replay is not None:
                        fx = ReplayFetcher(replay)
                        out.replayed.append(source.name)
                    else:
                        land = landing.Landing(settings, window.dt, source.name)
                        fx = LiveFetcher(client, source, land, validators)
                    if source.type in FEED_TYPES:
                        stream = read_feed(source, fx, tally, published)
                    else:
                        stream = read_pages(source, fx, tally)
                for raw in stream:
                    if source.type == "folder" and not (isinstance(raw, Reject) and not raw.item):
                        tally.items += 1
                    produced.append((raw, builder.add(raw)))
                if land is not None:
                    unreachable = any(
                        isinstance(r, Reject) and not r.item and r.stage == "fetch"
                        for r, _ in produced
                    )
                    if unreachable:  # nothing to replay: a re-run of the date tries again
                        land.abort()
                    else:
                        land.commit()
                        validators.update(fx.new_validators)
                        landing.save_validators(settings, validators)
                    land = None
            except Exception as err:  # one broken source must not spoil the day
                log.exception("source %s failed", source.name)
                error = f"{type(err).__name__}: {err}"
                if land is not None:
                    land.abort()  # not landed: the next run of the date fetches it again
                failure = Reject(
                    source.name,
                    source.url or str(source.path),
                    "source-failed",
                    f"reading the source raised {error}",
                    item=False,
                )
                produced.append((failure, builder.add(failure)))
            for raw, (kind, row) in produced:
                if kind == "article":
                    out.articles.append(row)
                    counts["articles"] += 1
                    counts["originals" if row["duplicate_of"] is None else "duplicates"] += 1
                    counts["summary_only"] += bool(row["summary_only"])
                    counts["non_english"] += row["language"] not in (None, "en")
                elif kind == "reject":
                    out.rejects.append(row)
                    if getattr(
                        raw, "item", True
                    ):  # a RawArticle rejected by the Builder is an item
                        counts["rejects"] += 1
                    else:
                        counts["source_errors"] += 1
                        counts["errors"].append(f"{raw.reason}: {raw.detail}")
                else:
                    counts["already_ingested"] += 1
            counts["already_ingested"] += tally.already_ingested
            out.source_days.append(_source_day(source, window.dt, tally, counts, fx, error))
    finally:
        client.close()
    return out
