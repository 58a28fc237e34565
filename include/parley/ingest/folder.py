"""Folder: a local folder source (``type: folder``) into raw articles and rejects.

``.txt`` (title = first line when it is short), ``.json`` (one object or a list), ``.jsonl`` (one
object per line), ``.html``/``.htm`` (main text by trafilatura, :mod:`parley.ingest.pages`). JSON records
use the keys ``text``, ``title``, ``published``, ``url``, ``source``, ``id``, ``license``,
``language`` unless the source's ``fields`` maps them to others (``{text: body}``).
Files must be UTF-8 (a BOM is accepted); anything else is rejected with the byte offset, never
guessed, because a wrong guess silently corrupts quotes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from parley.ingest.pages import main_text
from parley.ingest.records import RawArticle, Reject, excerpt, parse_datetime
from parley.ingest.sources import Source

MAX_FILE_BYTES = 20 * 1024 * 1024
SKIP_SUFFIXES = {".md"}  # notices and attributions that travel with sample folders


def _str(rec: dict, source: Source, ours: str) -> str | None:
    value = rec.get(source.field_name(ours))
    return value if isinstance(value, str) else None


def _from_record(rec: object, source: Source, locator: str) -> RawArticle | Reject:
    if not isinstance(rec, dict):
        return Reject(
            source.name,
            locator,
            "malformed-record",
            "JSON value is not an object",
            excerpt(json.dumps(rec)[:200]),
        )
    text = _str(rec, source, "text")
    if text is None:
        return Reject(
            source.name,
            locator,
            "no-text",
            f"record has no string '{source.field_name('text')}' field",
            excerpt(json.dumps(rec, ensure_ascii=False)[:200]),
        )
    return RawArticle(
        source=_str(rec, source, "source") or source.name,
        source_type=source.source_type,
        locator=locator,
        text=text,
        title=_str(rec, source, "title"),
        url=_str(rec, source, "url"),
        published_at=parse_datetime(
            rec.get(source.field_name("published")) or rec.get("published_at")
        ),
        license=_str(rec, source, "license"),
        language=_str(rec, source, "language"),
        source_language=source.language,
    )


def _record_id(rec: object, source: Source) -> object:
    return rec.get(source.field_name("id")) if isinstance(rec, dict) else None


def read_file(path: Path, source: Source, locator: str) -> Iterator[RawArticle | Reject]:
    """Read one file into raw articles or rejects (never raises for bad content)."""
    name = source.name
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        with path.open("rb") as fh:
            head = fh.read(400)
        yield Reject(
            name,
            locator,
            "too-large",
            f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte cap",
            excerpt(head),
        )
        return
    data = path.read_bytes()
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        yield Reject(
            name,
            locator,
            "not-utf8",
            f"not valid UTF-8 at byte {err.start} (0x{data[err.start]:02x}); re-encode the file "
            "as UTF-8",
            excerpt(data),
        )
        return
    if suffix == ".txt":
        first = raw.strip().split("\n", 1)[0].strip()
        title = first if 0 < len(first) <= 200 else path.stem.replace("_", " ")
        yield RawArticle(
            source=name,
            source_type=source.source_type,
            locator=locator,
            text=raw,
            title=title,
            source_language=source.language,
        )
    elif suffix == ".json":
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as err:
            yield Reject(name, locator, "malformed-json", f"invalid JSON: {err}", excerpt(raw))
            return
        records = value if isinstance(value, list) else [value]
        for i, rec in enumerate(records):
            rid = _record_id(rec, source)
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
                    name,
                    f"{locator}#L{lineno}",
                    "malformed-json",
                    f"line {lineno}: invalid JSON: {err}",
                    excerpt(line),
                )
                continue
            rid = _record_id(rec, source)
            yield _from_record(rec, source, f"{locator}#{rid or f'L{lineno}'}")
    elif suffix in (".html", ".htm"):
        page = main_text(raw)
        if page is None:
            yield Reject(
                name, locator, "no-main-text", "no article text found in the HTML", excerpt(raw)
            )
            return
        yield RawArticle(
            source=name,
            source_type=source.source_type,
            locator=locator,
            text=page.text,
            title=page.title,
            url=page.canonical_url,
            published_at=page.published_at,
            language=page.language,
            author=page.author,
            source_language=source.language,
        )
    else:
        yield Reject(
            name,
            locator,
            "unsupported-type",
            f"cannot read '{suffix or 'no suffix'}' files (txt, json, jsonl, html)",
            excerpt(data),
        )


def read_folder(source: Source) -> Iterator[RawArticle | Reject]:
    """Every file under the source's folder (sorted; hidden files and notices skipped)."""
    folder = source.path
    if folder is None or not folder.is_dir():
        yield Reject(
            source.name,
            str(folder),
            "inbox-missing",
            f"folder {folder} does not exist (source '{source.name}', or PARLEY_INBOX)",
            item=False,
        )
        return
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or path.suffix.lower() in SKIP_SUFFIXES:
            continue
        try:
            yield from read_file(path, source, rel.as_posix())
        except OSError as err:
            yield Reject(source.name, rel.as_posix(), "unreadable", f"cannot read file: {err}")
