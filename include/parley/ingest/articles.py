"""From raw articles to ``articles`` rows: normalise, measure, identify, link duplicates, detect
the language.

:class:`ArticleBuilder` keeps the state of one run. **Duplicates** (:mod:`parley.ingest.dedup`)
are linked, never dropped: ``duplicate_of`` names the original (the first copy in source order,
then item order), ``duplicate_kind`` says which key matched (``url`` | ``exact`` | ``near``).
Content or URLs already published under another date (:class:`PublishedIndex`) are not ingested
again. :func:`extractable` says which rows go on to the extract stage.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from parley import ids
from parley.dates import RunWindow
from parley.ingest import dedup, language, memo
from parley.ingest.decode import repair_mojibake, valid_text
from parley.ingest.published import Published, parse_published
from parley.ingest.records import RawArticle, Reject, excerpt

log = logging.getLogger(__name__)

MAX_ARTICLE_CHARS = 1_000_000
MIN_ARTICLE_CHARS = 40
_WORD = re.compile(r"\w+")


@dataclass
class PublishedIndex:
    """What other dates already published: content hashes and canonical URLs of articles, and
    the inputs they rejected, ``(source, locator, input_hash)`` → the first date that did."""

    hashes: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)
    rejected: dict[tuple[str, str, str], str] = field(default_factory=dict)
    # the content hash earlier runs built from an input, by its :func:`.memo.key` (source,
    # locator, input_hash): an input whose bytes built published content is "seen" without being
    # normalised again
    built: dict[str, str] = field(default_factory=dict)
    # what this run built or recognised from ``built``, the same way (the next run's memo)
    learned: dict[str, str] = field(default_factory=dict)


def _valid(value: str | None) -> tuple[str | None, int]:
    """(``value`` as valid UTF-8, lone surrogates replaced), how many were replaced."""
    if value is None:
        return None, 0
    return valid_text(value if isinstance(value, str) else str(value))


def _line_key(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def drop_title_line(text: str, title: str | None) -> tuple[str, bool]:
    """``text`` without a first line that repeats the title (the title is a field, not the first
    sentence), when more text follows; (text, whether a line was dropped)."""
    if not title or "\n" not in text:
        return text, False
    first, rest = text.split("\n", 1)
    key = _line_key(title)
    if key and _line_key(first) == key and rest.strip():
        return rest.lstrip("\n"), True
    return text, False


class ArticleBuilder:
    """Turns raw articles into rows, in order, keeping the state that links duplicates.

    On the way every string is made valid UTF-8 (lone surrogates become U+FFFD, counted in
    ``replaced_chars``), mojibake is undone (:func:`~.decode.repair_mojibake`), the text is
    normalised (:func:`parley.ids.normalize_text`), a first line repeating the title is dropped,
    and the publication date is read from the raw value (:mod:`.published`, against the run
    window, never the clock). ``ingest_notes`` says what was changed."""

    def __init__(self, window: RunWindow, published: PublishedIndex) -> None:
        self.window = window
        self.published = published
        self.by_hash: dict[str, str] = {}
        self.by_url: dict[str, str] = {}
        self.near = dedup.NearIndex()
        self.ids: set[str] = set()
        self.reject_ids: set[str] = set()

    def reject(self, rej: Reject) -> dict:
        """The ``rejects`` row of ``rej``, its strings made valid UTF-8 and its id unique."""
        clean = dataclasses.replace(
            rej,
            **{k: _valid(getattr(rej, k))[0] for k in ("source", "locator", "reason", "detail")},
        )
        clean.excerpt = _valid(rej.excerpt)[0] or ""
        row = clean.row(self.window.start)
        rid, n = row["reject_id"], 1
        while rid in self.reject_ids:  # the same failure twice in one place stays two rows
            n += 1
            rid = ids.repeated_reject_id(row["reject_id"], n)
        row["reject_id"] = rid
        self.reject_ids.add(rid)
        return row

    def add(self, raw: RawArticle | Reject) -> tuple[str, dict | None]:
        """("article", row) | ("reject", row) | ("seen", None) for content published before |
        ("rejected-before", {"dt": first date}) for an input another date already rejected,
        unchanged (same source, locator and input hash): it is not quarantined again.

        Never raises for the content of ``raw``: a failure of the builder itself becomes an
        ``ingest-error`` reject naming the exception, so one input cannot stop its source."""
        if isinstance(raw, Reject):
            return self._reject_once(raw)
        try:
            return self._add(raw)
        except Exception as err:  # a bug here must cost one input, never the source or the day
            log.exception("ingest failed on %s %s", raw.source, raw.locator)
            return "reject", self.reject(
                Reject(
                    raw.source,
                    raw.locator,
                    "ingest-error",
                    f"building the article raised {type(err).__name__}: {err}",
                    excerpt(raw.text if isinstance(raw.text, str) else ""),
                )
            )

    def _reject_once(self, rej: Reject) -> tuple[str, dict | None]:
        """("rejected-before", {"dt": first date}) when another date rejected the same input
        unchanged (source, locator, input hash), else ("reject", row)."""
        if rej.input_hash is not None and rej.item:
            first = self.published.rejected.get((rej.source, rej.locator, rej.input_hash))
            if first is not None:
                return "rejected-before", {"dt": first}
        return "reject", self.reject(rej)

    def _add(self, raw: RawArticle) -> tuple[str, dict | None]:
        key = memo.key(raw.source, raw.locator, raw.input_hash) if raw.input_hash else None
        if key is not None:  # the same bytes from the same place built this content before
            known = self.published.built.get(key)
            if known is not None and known in self.published.hashes:
                self.published.learned[key] = known
                return "seen", None
        notes = list(raw.notes)
        source, _ = _valid(raw.source)
        locator, _ = _valid(raw.locator)
        body, bad_text = _valid(raw.text)
        title, bad_title = _valid(raw.title)
        replaced = raw.replaced_chars + bad_text + bad_title
        if bad_text + bad_title:
            notes.append(f"{bad_text + bad_title} lone surrogate(s) replaced by U+FFFD")
        text, fixed_text = repair_mojibake(ids.normalize_text(body))
        if fixed_text:
            text = ids.normalize_text(text)
        title, fixed_title = repair_mojibake(ids.normalize_text(title)) if title else (None, False)
        if fixed_title:
            title = ids.normalize_text(title)
        if fixed_text or fixed_title:
            notes.append("mojibake repaired (ftfy: UTF-8 that had been read as Windows-1252)")
        text, dropped = drop_title_line(text, title)
        if dropped:
            notes.append("first line repeated the title: removed from the text")
        if len(text) < MIN_ARTICLE_CHARS:
            why = raw.summary_reason + "; " if raw.summary_only and raw.summary_reason else ""
            return self._reject_once(
                Reject(
                    source,
                    locator,
                    "empty",
                    f"{why}text has {len(text)} characters after normalisation "
                    f"(minimum {MIN_ARTICLE_CHARS})",
                    excerpt(body),
                    input_hash=raw.input_hash,
                )
            )
        if len(text) > MAX_ARTICLE_CHARS:
            return self._reject_once(
                Reject(
                    source,
                    locator,
                    "too-large",
                    f"text has {len(text):,} characters (maximum {MAX_ARTICLE_CHARS:,})",
                    excerpt(text),
                    input_hash=raw.input_hash,
                )
            )
        chash = ids.normalized_content_hash(text)  # text is normalize_text's output
        if key is not None:
            self.published.learned[key] = chash
        url = _valid(raw.url)[0]
        canonical = dedup.canonical_url(_valid(raw.canonical_url)[0] or url)
        if chash in self.published.hashes or (canonical and canonical in self.published.urls):
            return "seen", None
        aid = ids.article_id(source, locator, chash)
        if aid in self.ids:
            return "reject", self.reject(
                Reject(
                    source,
                    locator,
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
        declared = _valid(raw.language)[0]
        lang = language.identify(text, declared, raw.source_language)
        when = self._published(raw, lang.code)
        if when.note:
            notes.append(when.note)
        author = _valid(raw.author)[0]
        row = {
            "article_id": aid,
            "source": source,
            "source_type": raw.source_type,
            "locator": locator,
            "url": url,
            "canonical_url": canonical,
            "title": title,
            "author": ids.normalize_text(author) if author else None,
            "published_at": when.at,
            "ingested_at": self.window.start,
            "language": lang.code,
            "language_confidence": lang.confidence,
            "license": _valid(raw.license)[0],
            "text": text,
            "content_hash": chash,
            "duplicate_of": dup_of,
            "duplicate_kind": kind,
            "duplicate_similarity": sim,
            "summary_only": raw.summary_only,
            "summary_reason": _valid(raw.summary_reason)[0] if raw.summary_only else None,
            "n_chars": len(text),
            "published_raw": _valid(when.raw)[0],
            "published_problem": when.problem,
            "encoding": raw.encoding,
            "replaced_chars": replaced,
            "mojibake_repaired": fixed_text or fixed_title,
            "lede_check": raw.lede_check,
            "ingest_notes": "; ".join(_valid(n)[0] for n in notes) or None,
        }
        if dup_of is None:  # only originals are keys: a copy links to the first, not a chain
            self.by_hash[chash] = aid
            if canonical:
                self.by_url[canonical] = aid
            if sig is not None:
                self.near.add(aid, sig)
        return "article", row

    def _published(self, raw: RawArticle, language_code: str | None) -> Published:
        """The article's date from the raw value (or an already-read ``published_at``)."""
        if raw.published_value is None and raw.published_hint is None:
            at = raw.published_at
            return Published(at, at.isoformat() if at else None)
        return parse_published(
            raw.published_value,
            self.window.end,
            language=language_code or language.normalise_code(raw.source_language),
            feed_value=raw.published_hint,
        )


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
