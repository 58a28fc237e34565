"""Feeds: RSS 0.9x/1.0/2.0 and Atom bodies into :class:`FeedItem` s, with ``feedparser``; a feed
source's items into raw articles (:func:`read_feed`).

feedparser copes with what real sites serve (Latin-1 without a declaration, whitespace before
``<?xml``, missing dates, HTML in descriptions). What it does with entities was checked in its
source (6.0.x, ``sanitizer.replace_doctype``): it strips the DOCTYPE with regular expressions and
re-declares only "safe" entities, and its SAX parser turns external general entities off. That is
a line-based regex defence, so it is not trusted alone: :func:`check_xml_safety` refuses any feed
whose prolog declares entities (``<!ENTITY``) *before* feedparser sees it. No news feed needs its
own entities; billion-laughs expansion and XXE (external entities reading files or URLs) both
need them.
"""

from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from parley.ingest import dedup
from parley.ingest.decode import as_utf8_xml, decode
from parley.ingest.markup import markup_text
from parley.ingest.pages import page_article
from parley.ingest.published import DateEvidence
from parley.ingest.records import FeedItem, RawArticle, Reject, SourceTally, excerpt

if TYPE_CHECKING:
    from parley.ingest.articles import PublishedIndex
    from parley.ingest.landing import Fetcher
    from parley.ingest.sources import Source

log = logging.getLogger(__name__)

_ROOT = re.compile(rb"<[A-Za-z_]")
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
PROLOG_SCAN_BYTES = 1_000_000


class UnsafeFeed(ValueError):
    """The feed declares XML entities; it is refused before parsing."""


@dataclass
class ParsedFeed:
    items: list[FeedItem]
    title: str | None
    language: str | None
    version: str  # rss20, atom10, rss10, ...
    problem: str | None  # feedparser's bozo exception, when it had to recover
    encoding: str | None = None  # the codec the feed's bytes were decoded with
    decode_note: str | None = None  # what was not as declared (bad bytes replaced, ...)
    replaced: int = 0  # invalid byte sequences of the whole feed replaced by U+FFFD


def check_xml_safety(body: bytes) -> None:
    """Raise :class:`UnsafeFeed` if the document's prolog declares entities.

    The prolog is everything before the first element; entity declarations cannot occur after it.
    UTF-16 bodies are checked after decoding so that ``<\\0!\\0E\\0N...`` cannot slip through.
    """
    head = body[:PROLOG_SCAN_BYTES]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00<" in head[:4] or b"<\x00" in head[:4]:
        try:
            text = head.decode("utf-16")
            head = text.encode("utf-8", "replace")
        except UnicodeDecodeError:
            pass
    root = _ROOT.search(head)
    prolog = head[: root.start()] if root else head
    if _ENTITY_DECL.search(prolog):
        raise UnsafeFeed(
            "the feed declares XML entities (<!ENTITY …> in its DOCTYPE); refused unparsed, "
            "since entity expansion (billion laughs) and external entities (XXE) are attacks "
            "and no news feed needs them"
        )


def html_to_text(value: str | None) -> str:
    """Plain text of an HTML fragment (feed descriptions and content), read with ``lxml.html``
    as a record field's markup is (:func:`~parley.ingest.markup.markup_text`, declared HTML):
    the words of its elements where they stand ("Lav<b>rov</b>" is "Lavrov"), references
    decoded by the parser, blocks and ``<br>`` as line breaks, scripts, styles and comments
    dropped; then each line's whitespace folded and blank lines dropped."""
    if not value:
        return ""
    text = markup_text(value, declared=True).text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def plain_text(value: str | None) -> str:
    """Text that is text already (an Atom ``type="text"`` construct, an RSS title in CDATA that
    does not look like HTML): kept exactly, ``<shoal>`` and ``&`` included, only its whitespace
    folded as :func:`html_to_text` folds it."""
    lines = [" ".join(line.split()) for line in (value or "").splitlines()]
    return "\n".join(line for line in lines if line)


def construct_text(entry: dict, key: str) -> str:
    """The text of an entry's text construct (``title``, ``summary``) by the type feedparser gives
    it in ``<key>_detail``: ``text/plain`` is literal text (:func:`plain_text`), HTML and XHTML
    are markup (:func:`html_to_text`). feedparser calls a plain RSS element HTML when it holds
    markup or entities (``lookslikehtml``), so escaped HTML in a title is still read as HTML."""
    value = entry.get(key)
    detail = entry.get(f"{key}_detail") or {}
    if detail.get("type") == "text/plain":
        return plain_text(value)
    return html_to_text(value)


def _absolute(link: str | None, base_url: str | None) -> str | None:
    link = (link or "").strip()
    if not link:
        return None
    return urljoin(base_url, link) if base_url else link


def _when(entry: dict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _date_string(entry: dict) -> str | None:
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def parse(body: bytes, content_type: str = "", base_url: str | None = None) -> ParsedFeed:
    """Parse a feed body. Raises :class:`UnsafeFeed` (entities) or ``ValueError`` (not a feed).

    ``base_url`` is the address the feed was read from (after redirects, or a local file's
    ``file://`` URL): item links are resolved against any ``xml:base`` in the feed (feedparser),
    then against it (``urllib.parse.urljoin``, RFC 3986), so ``pages/story2.html`` and ``/a/1``
    become the absolute addresses they name. Without it, links stay as written. (feedparser's own
    base, ``Content-Location``, is not used: its URL fixer turns ``file:///x`` into ``file://x``.)

    The bytes are decoded first (:func:`parley.ingest.decode.decode`: a declared-UTF-8 feed with a
    few bad bytes stays UTF-8, each bad byte one counted U+FFFD) and handed to feedparser as UTF-8
    with nothing left to override: feedparser alone re-decodes a whole feed as Windows-1252 for
    one bad byte. Each item keeps its date string as written (``published_raw``);
    ``published_at`` is feedparser's reading, only a hint (it completes dates from the clock)."""
    import feedparser

    check_xml_safety(body)
    decoded = decode(body, content_type)
    media = content_type.split(";", 1)[0].strip() or "application/xml"
    headers = {"content-type": f"{media}; charset=utf-8"}
    doc = feedparser.parse(as_utf8_xml(decoded), response_headers=headers, sanitize_html=False)
    problem = None
    if doc.get("bozo"):
        problem = f"{type(doc.bozo_exception).__name__}: {doc.bozo_exception}"
    if not doc.entries and not doc.get("version"):
        raise ValueError(f"not a feed: no RSS/Atom structure found ({problem or 'no entries'})")
    feed = doc.get("feed", {})
    language = feed.get("language")
    items = []
    for i, entry in enumerate(doc.entries):
        contents = entry.get("content") or []
        content = "\n\n".join(html_to_text(c.get("value")) for c in contents if c.get("value"))
        title = construct_text(entry, "title") or None
        summary = construct_text(entry, "summary")
        replaced = 0
        if decoded.replaced:
            replaced = min(decoded.replaced, f"{title}{summary}{content}".count("\ufffd"))
        items.append(
            FeedItem(
                index=i,
                link=_absolute(entry.get("link"), base_url),
                guid=(entry.get("id") or "").strip() or None,
                title=title,
                summary=summary,
                content=content,
                published_at=_when(entry),
                author=entry.get("author") or None,
                language=language,
                published_raw=_date_string(entry),
                replaced_chars=replaced,
            )
        )
    evidence = DateEvidence(
        tuple(i.published_raw for i in items if i.published_raw), language or None
    )
    for item in items:
        item.date_evidence = evidence
    return ParsedFeed(
        items=items,
        title=feed.get("title"),
        language=language,
        version=doc.get("version") or "",
        problem=problem,
        encoding=decoded.encoding,
        decode_note=decoded.note,
        replaced=decoded.replaced,
    )


def item_decode_notes(parsed: ParsedFeed, item: FeedItem) -> list[str]:
    """The feed's decoding note as one item's ``notes``: every item when the whole feed was read
    otherwise than declared (another codec, a wrong label), only the items holding a U+FFFD when
    the note is about bytes replaced here and there."""
    if not parsed.decode_note or (parsed.replaced and not item.replaced_chars):
        return []
    return [parsed.decode_note]


def read_feed(
    source: Source, fetcher: Fetcher, tally: SourceTally, published: PublishedIndex
) -> Iterator[RawArticle | Reject]:
    """A feed's items: each item's page when it can be had, else the feed's own text."""
    resp = fetcher.get(source.url, "feed", conditional=True)
    tally.response(resp)
    if resp.not_modified:
        return
    if resp.error:
        yield Reject(
            source.name, source.url, resp.error.reason, resp.error.detail, stage="fetch", item=False
        )
        return
    try:
        parsed = parse(resp.body, resp.content_type, resp.final_url or source.url)
    except UnsafeFeed as err:
        yield Reject(
            source.name, source.url, "unsafe-xml", str(err), excerpt(resp.body), item=False
        )
        return
    except Exception as err:  # ValueError: not a feed; anything else: the parser gave up
        detail = str(err) if isinstance(err, ValueError) else f"{type(err).__name__}: {err}"
        yield Reject(
            source.name, source.url, "malformed-feed", detail, excerpt(resp.body), item=False
        )
        return
    if parsed.problem:
        tally.problems.append(f"feed parsed with recovery: {parsed.problem}")
    if parsed.decode_note:
        tally.problems.append(f"feed decoding: {parsed.decode_note}")
    items = parsed.items
    if len(items) > source.limits.max_items:
        tally.skip("over limits.max_items", len(items) - source.limits.max_items)
        items = items[: source.limits.max_items]
    for item in items:
        tally.items += 1
        locator = item.link or f"{source.url}#{item.guid or item.index}"
        try:
            raw = _item_article(source, fetcher, tally, published, item, locator, parsed)
        except Exception as err:  # a bug must cost this item, never the rest of the feed
            log.exception("feed item %s failed", locator)
            raw = Reject(
                source.name,
                locator,
                "ingest-error",
                f"reading the item raised {type(err).__name__}: {err}",
            )
        if raw is not None:
            yield raw


def _item_article(
    source: Source,
    fetcher: Fetcher,
    tally: SourceTally,
    published: PublishedIndex,
    item: FeedItem,
    locator: str,
    parsed: ParsedFeed,
) -> RawArticle | None:
    """The item's page when it can be had, else its own text; None when it was published under
    another date (counted, not fetched again)."""
    link_key = dedup.canonical_url(item.link)
    if link_key and link_key in published.urls:
        tally.already_ingested += 1
        return None
    raw, why = None, "page not fetched: the source sets fetch_pages: false"
    failure = None  # the fetch's reject reason, when a fetch failed
    if not item.link:
        why = "the item has no link"
    elif source.fetch_pages:
        presp = fetcher.get(item.link, "page")
        tally.response(presp)
        raw, why = page_article(source, presp, locator, item)
        if raw is None and presp.error:
            failure = presp.error.reason
    if raw is not None:
        if raw.title == item.title:  # the title came from the feed, read as the feed was
            raw.notes = [f"feed: {n}" for n in item_decode_notes(parsed, item)] + raw.notes
        return raw
    text = item.content if len(item.content) > len(item.summary) else item.summary
    return RawArticle(
        source=source.name,
        source_type=source.source_type,
        locator=locator,
        text=text,
        title=item.title,
        url=item.link,
        published_value=item.published_raw,
        published_hint=item.published_at,
        date_evidence=item.date_evidence,
        language=item.language,
        summary_only=True,
        summary_reason=why,
        summary_failure=failure,
        author=item.author,
        source_language=source.language,
        encoding=parsed.encoding,
        replaced_chars=item.replaced_chars,
        notes=item_decode_notes(parsed, item),
    )
