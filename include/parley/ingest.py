"""Ingest: turn input files into ``articles`` rows (and ``rejects`` rows for what cannot be read).

Readers yield :class:`RawArticle` or :class:`Reject`; :func:`build_articles` normalises the text,
assigns stable ids, links exact duplicates inside the run to their original, and leaves out content
that an earlier (or any other) published date already holds — so a re-run of the same date
reproduces its partition exactly, and a new date only gets what is new.

Inbox files: ``.txt`` (title = first line when it is short), ``.json`` (one object or a list),
``.jsonl`` (one object per line), ``.html``/``.htm`` (main text by trafilatura). JSON records use the
keys ``text``, ``title``, ``published``, ``url``, ``source``, ``id``, ``license``, ``language``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from parley import ids
from parley.dates import RunWindow

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ARTICLE_CHARS = 1_000_000
MIN_ARTICLE_CHARS = 40
SKIP_SUFFIXES = {".md"}  # notices and attributions that travel with sample folders


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
    language: str | None = None
    canonical_url: str | None = None
    summary_only: bool = False


@dataclass
class Reject:
    """An input that could not become an article, and why."""

    source: str
    locator: str
    reason: str
    detail: str
    excerpt: str = ""
    stage: str = "ingest"
    extra: dict = field(default_factory=dict)

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


# ---------------------------------------------------------------------------------------------
# readers


def _from_record(rec: object, source: str, locator: str) -> RawArticle | Reject:
    if not isinstance(rec, dict):
        return Reject(
            source,
            locator,
            "malformed-record",
            "JSON value is not an object",
            excerpt(json.dumps(rec)[:200]),
        )
    text = rec.get("text")
    if not isinstance(text, str):
        return Reject(
            source,
            locator,
            "no-text",
            "record has no string 'text' field",
            excerpt(json.dumps(rec, ensure_ascii=False)[:200]),
        )
    return RawArticle(
        source=str(rec.get("source") or source),
        source_type="file",
        locator=locator,
        text=text,
        title=rec.get("title") if isinstance(rec.get("title"), str) else None,
        url=rec.get("url") if isinstance(rec.get("url"), str) else None,
        published_at=parse_datetime(rec.get("published") or rec.get("published_at")),
        license=rec.get("license") if isinstance(rec.get("license"), str) else None,
        language=rec.get("language") if isinstance(rec.get("language"), str) else None,
    )


def _read_html(raw: str, source: str, locator: str) -> RawArticle | Reject:
    import trafilatura

    doc = trafilatura.bare_extraction(
        raw, with_metadata=True, include_comments=False, output_format="python"
    )
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = data.get("text") or ""
    if not text.strip():
        return Reject(
            source, locator, "no-main-text", "no article text found in the HTML", excerpt(raw)
        )
    return RawArticle(
        source=source,
        source_type="file",
        locator=locator,
        text=text,
        title=data.get("title"),
        url=data.get("url"),
        published_at=parse_datetime(data.get("date")),
        language=data.get("language"),
    )


def read_file(path: Path, source: str, locator: str) -> Iterator[RawArticle | Reject]:
    """Read one inbox file into raw articles or rejects (never raises for bad content)."""
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        with path.open("rb") as fh:
            head = fh.read(400)
        yield Reject(
            source,
            locator,
            "too-large",
            f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte cap",
            excerpt(head),
        )
        return
    data = path.read_bytes()
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as err:
        yield Reject(
            source,
            locator,
            "not-utf8",
            f"not valid UTF-8 at byte {err.start}; re-encode the file as UTF-8",
            excerpt(data),
        )
        return
    if suffix == ".txt":
        first = raw.strip().split("\n", 1)[0].strip()
        title = first if 0 < len(first) <= 200 else path.stem.replace("_", " ")
        yield RawArticle(source=source, source_type="file", locator=locator, text=raw, title=title)
    elif suffix == ".json":
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as err:
            yield Reject(source, locator, "malformed-json", f"invalid JSON: {err}", excerpt(raw))
            return
        records = value if isinstance(value, list) else [value]
        for i, rec in enumerate(records):
            rid = rec.get("id") if isinstance(rec, dict) else None
            loc = locator if len(records) == 1 else f"{locator}#{rid or i}"
            yield _from_record(rec, source, loc)
    elif suffix == ".jsonl":
        for lineno, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                yield Reject(
                    source,
                    f"{locator}#L{lineno}",
                    "malformed-json",
                    f"line {lineno}: invalid JSON: {err}",
                    excerpt(line),
                )
                continue
            rid = rec.get("id") if isinstance(rec, dict) else None
            yield _from_record(rec, source, f"{locator}#{rid or f'L{lineno}'}")
    elif suffix in (".html", ".htm"):
        yield _read_html(raw, source, locator)
    else:
        yield Reject(
            source,
            locator,
            "unsupported-type",
            f"cannot read '{suffix or 'no suffix'}' files (txt, json, jsonl, html)",
            excerpt(data),
        )


def read_inbox(inbox: Path, source: str = "inbox") -> Iterator[RawArticle | Reject]:
    """Every file under ``inbox`` (sorted, hidden files and notices skipped)."""
    if not inbox.is_dir():
        yield Reject(source, str(inbox), "inbox-missing", f"inbox folder {inbox} does not exist")
        return
    for path in sorted(p for p in inbox.rglob("*") if p.is_file()):
        rel = path.relative_to(inbox)
        if any(part.startswith(".") for part in rel.parts) or path.suffix.lower() in SKIP_SUFFIXES:
            continue
        try:
            yield from read_file(path, source, rel.as_posix())
        except OSError as err:
            yield Reject(source, rel.as_posix(), "unreadable", f"cannot read file: {err}")


# ---------------------------------------------------------------------------------------------
# from raw to rows


def build_articles(
    raws: Iterable[RawArticle | Reject], window: RunWindow, seen_hashes: set[str]
) -> tuple[list[dict], list[dict]]:
    """Normalise, id and de-duplicate raw articles; returns (article rows, reject rows).

    Content whose hash is in ``seen_hashes`` (published under another date) is left out. Inside the
    run, the first copy of a text is the original and later copies point to it in ``duplicate_of``.
    """
    articles: list[dict] = []
    rejects: list[dict] = []
    first_by_hash: dict[str, str] = {}
    for raw in raws:
        if isinstance(raw, Reject):
            rejects.append(raw.row(window.start))
            continue
        text = ids.normalize_text(raw.text)
        if len(text) < MIN_ARTICLE_CHARS:
            rejects.append(
                Reject(
                    raw.source,
                    raw.locator,
                    "empty",
                    f"text has {len(text)} characters after normalisation "
                    f"(minimum {MIN_ARTICLE_CHARS})",
                    excerpt(raw.text),
                ).row(window.start)
            )
            continue
        if len(text) > MAX_ARTICLE_CHARS:
            rejects.append(
                Reject(
                    raw.source,
                    raw.locator,
                    "too-large",
                    f"text has {len(text):,} characters (maximum {MAX_ARTICLE_CHARS:,})",
                    excerpt(text),
                ).row(window.start)
            )
            continue
        chash = ids.content_hash(text)
        if chash in seen_hashes:
            continue
        aid = ids.article_id(raw.source, raw.locator, chash)
        articles.append(
            {
                "article_id": aid,
                "source": raw.source,
                "source_type": raw.source_type,
                "locator": raw.locator,
                "url": raw.url,
                "canonical_url": raw.canonical_url or raw.url,
                "title": ids.normalize_text(raw.title) if raw.title else None,
                "published_at": raw.published_at,
                "ingested_at": window.start,
                "language": raw.language,
                "license": raw.license,
                "text": text,
                "content_hash": chash,
                "duplicate_of": first_by_hash.get(chash),
                "summary_only": raw.summary_only,
                "n_chars": len(text),
            }
        )
        first_by_hash.setdefault(chash, aid)
    # one row per id: the same file listed twice in a run is one article
    unique = {row["article_id"]: row for row in reversed(articles)}
    articles = [row for row in articles if unique.get(row["article_id"]) is row]
    return articles, rejects
