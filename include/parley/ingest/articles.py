"""From raw articles to ``articles`` rows: normalise, measure, identify, link duplicates, detect
the language.

:class:`ArticleBuilder` keeps the state of one run. **Duplicates** (:mod:`parley.ingest.dedup`)
are linked, never dropped: ``duplicate_of`` names the original (the first copy in source order,
then item order), ``duplicate_kind`` says which key matched (``url`` | ``exact`` | ``near``).
Content or URLs already published under another date (:class:`PublishedIndex`) are not ingested
again. :func:`extractable` says which rows go on to the extract stage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from parley import ids
from parley.dates import RunWindow
from parley.ingest import dedup, language
from parley.ingest.records import RawArticle, Reject, excerpt

MAX_ARTICLE_CHARS = 1_000_000


MIN_ARTICLE_CHARS = 40


@dataclass
class PublishedIndex:
    """What other dates already published: content hashes and canonical URLs."""

    hashes: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)


class ArticleBuilder:
    """Turns raw articles into rows, in order, keeping the state that links duplicates."""

    def __init__(self, window: RunWindow, published: PublishedIndex) -> None:
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
            rid = ids.repeated_reject_id(row["reject_id"], n)
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
    raws: Iterable[RawArticle | Reject], window: RunWindow, published: PublishedIndex
) -> tuple[list[dict], list[dict]]:
    """Normalise, id and de-duplicate raw articles; returns (article rows, reject rows).

    Content whose hash (or canonical URL) another date published is left out. Inside the run,
    the first copy is the original and later copies point to it in ``duplicate_of``.
    """
    builder = ArticleBuilder(window, published)
    articles: list[dict] = []
    rejects: list[dict] = []
    for raw in raws:
        kind, row = builder.add(raw)
        if kind == "article":
            articles.append(row)
        elif kind == "reject":
            rejects.append(row)
    return articles, rejects


def extractable(row: dict) -> bool:
    """Whether an ``articles`` row goes through the English extraction pipeline: an original (not
    a linked duplicate) in English or of unknown language (:func:`~.language.is_english`). Other
    languages stay in ``articles``, flagged by ``language``, but are not extracted."""
    return row["duplicate_of"] is None and language.is_english(row["language"])
