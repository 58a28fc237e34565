"""Pages: an article's HTML into its main text and metadata, with ``trafilatura``; a page
source's URLs into raw articles (:func:`read_pages`).

trafilatura (Barbaresi 2021, ACL demo) combines its own XPath heuristics with jusText and
readability-lxml fallbacks; with its default settings it reaches mean token F1 0.98 against the
20 human-checked main texts in ``../shared/corpus/pages`` (``make eval-ingest``). Around it this
module adds what the pipeline needs:

* **bytes in**, decoded by :func:`parley.ingest.decode.decode` (the HTTP charset, else the page's
  own, UTF-8 with a few bad bytes kept UTF-8 with U+FFFD counted, Windows-1252 for what is not
  UTF-8 at all);
* **recirculation out, the lede back in** (:mod:`parley.ingest.page_tree`): related-story cards
  and "Also read" blocks are removed before extraction; after it, the text is compared with the
  page's own signals (the first paragraphs of its ``<article>``, ``og:description``, JSON-LD
  ``articleBody``) and a lede the extractor dropped is put back and noted (``lede_check``);
* **the headline is a field**: leading lines that are the title, the ``h1`` or the article
  header's kicker are removed from the text;
* **the date as the page wrote it** (``article:published_time``, JSON-LD ``datePublished``,
  ``<time datetime>``, ``meta name=date`` …), read later by :mod:`parley.ingest.published` with
  its time of day; htmldate (trafilatura's date finder) only when the page has none of these,
  with a fixed ``max_date`` (its default is today's clock) and no guessing from the text;
* the canonical URL the page declares, and ``None`` for pages with **no article text**, so the
  caller can quarantine them with a reason: no text at all, or a text shorter than trafilatura's
  own minimum for an extraction (its ``MIN_EXTRACTED_SIZE``, 250 characters: below it trafilatura
  deems its extractors failed and falls back to the whole page's text) from a page that marks no
  article (:func:`~.page_tree.marks_an_article`: no ``<article>``/``<main>``, JSON-LD
  ``articleBody`` or ``og:type`` article). That is a page of navigation, a cookie notice, a
  "Subscribe" prompt and a footer, which trafilatura's last resort would otherwise hand over as
  an article. (jusText's paragraph classes, tried as the judge, call a short real brief and such a
  page alike, and find no good paragraph in one of the 20 gold pages.)
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.ingest import page_tree
from parley.ingest.decode import decode, references_to_no_character
from parley.ingest.records import (
    FeedItem,
    RawArticle,
    Reject,
    SourceTally,
    excerpt,
)

if TYPE_CHECKING:
    from parley.ingest.http import Response
    from parley.ingest.landing import Fetcher
    from parley.ingest.sources import Source

# htmldate must not bound dates by the clock (its default max_date is today): a fixed bound keeps a
# replay identical; dates after the run's window are the quality gate's business.
DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2100-01-01"}
_DATE_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//meta[@property='og:published_time']/@content",
    "//meta[@name='pubdate' or @name='publishdate' or @name='publish-date' or @name='date' "
    "or @name='dc.date' or @name='DC.date' or @name='dc.date.issued' or @name='DC.date.issued' "
    "or @name='sailthru.date' or @name='parsely-pub-date']/@content",
    "//article//time/@datetime",
)
_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


@dataclass
class Page:
    text: str
    title: str | None
    author: str | None
    published_raw: str | None  # the date as the page wrote it (see the module doc)
    canonical_url: str | None  # <link rel="canonical"> / og:url if declared, else the URL
    language: str | None  # <html lang>, as declared (detection happens later)
    lede_check: str | None = None  # present | recovered | missing; None: nothing to compare
    encoding: str | None = None  # when bytes were given: the codec used
    # invalid byte sequences (when bytes were given) and character references to no character
    # (&#0;) in the text and title, each replaced by U+FFFD
    replaced: int = 0
    notes: list[str] = field(default_factory=list)


def published_raw(tree) -> str | None:
    """The publication date as the page states it in its metadata (the first of
    :data:`_DATE_XPATHS`, JSON-LD ``datePublished`` after the Open Graph tags), or None."""
    for i, xp in enumerate(_DATE_XPATHS):
        if i == 3:
            found = page_tree.json_ld_value(tree, "datePublished")
            if found:
                return found
        values = [v.strip() for v in tree.xpath(xp) if isinstance(v, str) and v.strip()]
        if values:
            return values[0]
    return None


NO_ARTICLE_TEXT = (
    "no article text: the page is empty, or holds only a few lines (navigation, a cookie notice, "
    "a subscription prompt) and marks no article"
)  # the detail of a ``no-main-text`` reject (see the module doc)


@lru_cache(maxsize=1)
def min_extracted_size() -> int:
    """trafilatura's ``MIN_EXTRACTED_SIZE`` (its default settings, characters): the length below
    which it deems an extraction failed and tries its fallbacks."""
    from trafilatura.settings import DEFAULT_CONFIG

    return DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")


def main_text(html: str | bytes, url: str | None = None, content_type: str = "") -> Page | None:
    """Main text and metadata of one article page (see the module doc); ``None`` when the page
    has no main text. ``html`` as bytes is decoded here (``content_type`` is the HTTP header)."""
    import trafilatura

    notes: list[str] = []
    encoding, replaced = None, 0
    if isinstance(html, bytes):
        decoded = decode(html, content_type)
        html, encoding, replaced = decoded.text, decoded.encoding, decoded.replaced
        if decoded.note:
            notes.append(decoded.note)
    tree = trafilatura.load_html(html)
    if tree is None:
        return None
    cleanup = page_tree.drop_recirculation(tree)
    if cleanup.note():
        notes.append(cleanup.note())
    raw_date = published_raw(tree)
    doc = trafilatura.bare_extraction(
        copy.deepcopy(tree),
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=DATE_PARAMS,
    )
    if doc is None:
        return None
    text = (doc.text or "").strip()
    if not text or (len(text) < min_extracted_size() and not page_tree.marks_an_article(tree)):
        return None
    text, n_heads = page_tree.strip_heading_lines(tree, text, doc.title)
    if n_heads:
        notes.append(f"{n_heads} headline line(s) removed from the text (the title is a field)")
    lede = page_tree.recover_lede(tree, text)
    if lede.note:
        notes.append(lede.note)
    lang = _LANG.search(html[:4096])
    # a reference that encodes no character (&#0;, &#x110000;) is read as U+FFFD by the parser:
    # a replacement like an invalid byte's, counted when the article's text or title holds it
    shown = f"{doc.title or ''}{lede.text}".count("\ufffd") - replaced
    if shown > 0 and "&#" in html:
        replaced += min(shown, references_to_no_character(html))
    return Page(
        text=lede.text,
        title=doc.title or None,
        author=doc.author or None,
        published_raw=raw_date or doc.date or None,
        canonical_url=doc.url or url,
        language=lang.group(1).lower() if lang else None,
        lede_check=lede.check,
        encoding=encoding,
        replaced=replaced,
        notes=notes,
    )


def page_article(
    source: Source, resp: Response, locator: str, item: FeedItem | None
) -> tuple[RawArticle | None, str]:
    """A raw article from a fetched page, or (None, why not)."""
    if resp.error:
        return None, f"page not fetched: {resp.error.reason}: {resp.error.detail}"
    if not resp.ok:
        return None, f"page not fetched: HTTP {resp.status}"
    page = main_text(resp.body, resp.final_url, resp.content_type)
    if page is None:
        return None, f"page fetched, but {NO_ARTICLE_TEXT}"
    from_feed = item is not None and (item.published_raw or item.published_at) is not None
    return (
        RawArticle(
            source=source.name,
            source_type=source.source_type,
            locator=locator,
            text=page.text,
            title=(item.title if item and item.title else None) or page.title,
            url=item.link if item and item.link else resp.url,
            published_value=item.published_raw if from_feed else page.published_raw,
            published_hint=item.published_at if from_feed else None,
            date_evidence=item.date_evidence if from_feed else None,
            language=page.language or (item.language if item else None),
            canonical_url=page.canonical_url or resp.final_url,
            author=(item.author if item else None) or page.author,
            source_language=source.language,
            encoding=page.encoding,
            replaced_chars=page.replaced,
            lede_check=page.lede_check,
            notes=page.notes,
        ),
        "",
    )


def read_pages(
    source: Source, fetcher: Fetcher, tally: SourceTally
) -> Iterator[RawArticle | Reject]:
    """A fixed list of article pages (conditional GET: unchanged pages cost nothing). Each URL
    becomes a raw article or a reject; a failure on one page never ends the list."""
    urls = source.urls[: source.limits.max_items]
    if len(source.urls) > len(urls):
        tally.skip("over limits.max_items", len(source.urls) - len(urls))
    for url in urls:
        tally.items += 1
        try:
            resp = fetcher.get(url, "page", conditional=True)
            tally.response(resp)
            if resp.not_modified:
                tally.items -= 1  # nothing offered today: not an item of this run
                continue
            raw, why = page_article(source, resp, url, None)
        except Exception as err:  # a bug must cost this page, never the rest of the source
            import logging

            logging.getLogger(__name__).exception("page %s failed", url)
            yield Reject(
                source.name,
                url,
                "ingest-error",
                f"reading the page raised {type(err).__name__}: {err}",
            )
            continue
        if raw is not None:
            yield raw
        elif resp.error:
            yield Reject(source.name, url, resp.error.reason, resp.error.detail, stage="fetch")
        else:
            yield Reject(source.name, url, "no-main-text", why, excerpt(resp.body))
