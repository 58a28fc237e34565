"""What the readers hand to the ingest stage: a :class:`RawArticle` or a :class:`Reject`, and the
per-source counters they keep (:class:`SourceTally`); a feed's entries (:class:`FeedItem`), which
the page reader also takes.

Every reader (folder, feeds, pages) yields these and never raises for bad content; the ingest stage
(:mod:`parley.ingest`) normalises, identifies and de-duplicates them into ``articles`` rows and
turns rejects into ``rejects`` rows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from parley import ids

if TYPE_CHECKING:
    from parley.ingest.http import Response
    from parley.ingest.published import DateEvidence


@dataclass
class RawArticle:
    """An article as a reader found it, before normalisation and ids."""

    source: str
    source_type: str
    locator: str
    text: str
    title: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    license: str | None = None
    language: str | None = None  # as declared by the input (record, <html lang>, feed)
    canonical_url: str | None = None  # the page's own canonical link, if it declared one
    summary_only: bool = False  # the text is the feed's summary/content, not the page's
    summary_reason: str | None = None  # why the page's text is missing (summary_only only)
    # the fetch's reject reason when the page could not be had ("too-large", "http-error"):
    # the item's reason when its summary is too short to stand in for the page
    summary_failure: str | None = None
    author: str | None = None
    source_language: str | None = None  # the source's configured language (last fallback)
    # text fidelity (issue 12): what the ArticleBuilder needs to date the article without the
    # clock and to say what was done to the text on its way in
    published_value: object = None  # the date as the source gave it (string or JSON number)
    published_hint: datetime | None = None  # a library's reading of it (feedparser, htmldate)
    # what the feed says about its dates (its items' date strings, its language): how an
    # ambiguous numeric date is read (parley.ingest.published.DateEvidence)
    date_evidence: DateEvidence | None = None
    encoding: str | None = None  # the codec the bytes were decoded with
    replaced_chars: int = 0  # invalid byte sequences replaced by U+FFFD while decoding
    lede_check: str | None = None  # pages: present | recovered | missing (None: nothing to compare)
    notes: list[str] = field(default_factory=list)  # what the reader changed or noticed
    # sha256 hex of the bytes the article was read from (the file, or its JSON Lines line), so a
    # reject the ArticleBuilder makes of it (empty, too large) is known again on a later date
    input_hash: str | None = None


@dataclass
class Reject:
    """An input that could not become an article, and why.

    ``item`` is False for failures of a whole source (feed unreachable, inbox missing): they are
    not one of the source's items, so per-source counts keep ``items = articles + rejects``.
    """

    source: str
    locator: str
    reason: str
    detail: str
    excerpt: str = ""
    stage: str = "ingest"
    extra: dict = field(default_factory=dict)
    item: bool = True
    input_hash: str | None = None  # sha256 hex of the bytes read (file or line); None: none read

    def row(self, rejected_at: datetime) -> dict:
        return {
            "reject_id": ids.reject_id(self.source, self.locator, self.reason),
            "source": self.source,
            "locator": self.locator,
            "stage": self.stage,
            "reason": self.reason,
            "detail": self.detail,
            "excerpt": self.excerpt,
            "rejected_at": rejected_at,
            "input_hash": self.input_hash,
        }


def excerpt(data: bytes | str, limit: int = 200) -> str:
    """A printable excerpt of raw input for the rejects table."""
    if isinstance(data, bytes):
        data = data[: limit * 4].decode("utf-8", errors="replace")
    return "".join(c if c.isprintable() or c in "\n\t" else "\ufffd" for c in data[:limit])


def parse_datetime(value: object) -> datetime | None:
    """ISO 8601 date or datetime (naive = UTC) to an aware UTC datetime; anything else → None."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


@dataclass
class SourceTally:
    """Per-source counters for the ``source_days`` row."""

    items: int = 0  # inputs the source offered: feed items, page URLs, files/records
    not_modified: int = 0
    fetch_errors: int = 0
    bytes: int = 0
    already_ingested: int = 0  # items skipped before fetching: their URL is already published
    problems: list[str] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # entries not read, by reason (not items)

    def skip(self, reason: str, n: int = 1) -> None:
        """Count ``n`` entries the source held but are not inputs (hidden files, notices, feed
        items over ``limits.max_items``), by reason: they show in ``source_days``."""
        self.skipped[reason] += n

    def response(self, resp: Response) -> None:
        if resp.not_modified:
            self.not_modified += 1
        elif resp.error:
            self.fetch_errors += 1
        self.bytes += len(resp.body)


@dataclass
class FeedItem:
    index: int  # position in the feed (0-based)
    link: str | None
    guid: str | None
    title: str | None
    summary: str  # plain text of the description/summary
    content: str  # plain text of the full content (content:encoded, Atom content), if any
    published_at: (
        datetime | None
    )  # feedparser's reading (a hint: it completes dates from the clock)
    author: str | None
    language: str | None
    published_raw: str | None = None  # the item's date string as the feed wrote it
    replaced_chars: int = 0  # U+FFFD from decoding the feed, in this item's fields
    date_evidence: DateEvidence | None = None  # the feed's dates and language, shared by its items
