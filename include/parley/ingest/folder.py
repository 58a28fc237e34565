"""Folder: a local folder source (``type: folder``) into raw articles and rejects.

**What is read.** :func:`entries` walks the folder (depth first, sorted by the names' bytes, so
every machine sees the same order) and decides for each entry, without opening it:

* a regular file inside the folder is read — directly, or through a symbolic link whose target is
  inside the folder too;
* a symbolic link that leads outside the folder is **never followed** (reject
  ``outside-source-folder``); a dangling or looping link is a reject (``dangling-link``); a FIFO,
  socket or device is a reject (``not-a-regular-file``: opening a FIFO blocks);
* hidden entries (``.name``), notices that travel with sample folders (``*.md``) and linked
  folders are not inputs: they are skipped and counted, by reason, in ``source_days.skipped``.

Files are opened with ``O_NOFOLLOW | O_NONBLOCK`` and must still be regular files by ``fstat``
(:func:`read_regular`), so an entry swapped for a link or a FIFO after the walk is refused too
(``not-a-regular-file``); a file removed or renamed after the walk is a reject ``vanished``.
File names are made valid UTF-8 (:func:`~parley.ingest.decode.valid_name`).

**How.** ``.txt``: the first line is the title when the file has more and it looks like a
headline (short, not ending a sentence or a quotation with ``.``/``!``); the text starts after
it and ``ingest_notes`` says so. A first line that is a lede or a quotation stays in the text and
the file name is the title. ``.json``: one record or a list of records; ``.jsonl``: one record
per line.
Records are validated against :class:`~parley.ingest.structured.ArticleRecord` after the limits
of :mod:`parley.ingest.structured`; the source's ``fields`` maps our names onto the record's keys
(``{text: body}``). ``.html``/``.htm``: the main text, as for pages (:mod:`parley.ingest.pages`).
The text and title of a ``.txt`` file and of a JSON record are read with their HTML character
references decoded (``communiqu&#233;`` is ``communiqué``, as a feed's or a page's are;
:func:`~parley.ingest.decode.character_references`), said in ``ingest_notes``; a bare ``&`` stays.
A JSON record's text or title that carries HTML markup, as given or escaped once, is read as HTML
(:func:`~parley.ingest.markup.markup_text`, with ``lxml.html``), said in ``ingest_notes`` too.

**Encoding** (:mod:`parley.ingest.decode`). A byte-order mark wins (UTF-8, UTF-16, UTF-32); an
HTML file may declare its own charset. A file that is UTF-8 with a few damaged bytes is read with
U+FFFD in their place, counted in ``replaced_chars`` and said in ``ingest_notes``. Any other file
(UTF-16/32 without a byte-order mark, Windows-1252/Latin-1 and other legacy text, JSON and JSON
Lines included) is read with the codec ``charset-normalizer`` detects (``fallback=DETECT``): the
codec is the article's ``encoding`` and the detection is said in ``ingest_notes``. Bytes that no
codec reads as text are rejected (``undecodable``), never replaced; text in two encodings
(``mixed-encoding``: UTF-8 beside Windows-1252) and text no codec reads with confidence
(``uncertain-encoding``, the detector's scores in the detail) are rejected too, never guessed. A
JSON Lines file in two encodings is read line by line, each line decoded on its own.

Every entry, file and record becomes a :class:`~.records.RawArticle` or a
:class:`~.records.Reject`; nothing raises out of :func:`read_folder` for what a file holds.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import logging
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from parley.ingest import structured
from parley.ingest.decode import (
    BOMS,
    DETECT,
    Decoded,
    character_references,
    decode,
    first_reference,
    valid_name,
)
from parley.ingest.localfile import NotRegular, file_kind, read_regular
from parley.ingest.markup import Markup, markup_text
from parley.ingest.pages import NO_ARTICLE_TEXT, main_text
from parley.ingest.records import RawArticle, Reject, SourceTally, excerpt
from parley.ingest.sources import Source
from parley.wording import plural

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TITLE_CHARS = 200  # a .txt file's first line longer than this is a paragraph, not a title
SKIP_SUFFIXES = {".md"}  # notices and attributions that travel with sample folders
SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
# files a feed source reads (ingest.feeds), not the inbox: their reject says how to read them
FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rdf")


@dataclass(frozen=True)
class Entry:
    """One thing found in the folder and what to do with it: ``read`` | ``reject`` | ``skip``."""

    path: Path  # what to open (for a link inside the folder: its resolved target)
    locator: str  # relative to the folder, '/'-separated, valid UTF-8
    action: str
    reason: str | None = None  # the reject reason, or why it is skipped
    detail: str | None = None


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def entries(folder: Path) -> Iterator[Entry]:
    """Every entry under ``folder`` with its action (see the module doc). Never raises for an
    entry; a folder that cannot be listed becomes a reject of that folder."""
    yield from _walk(Path(folder), os.path.realpath(folder), "")


def _walk(folder: Path, root: str, prefix: str) -> Iterator[Entry]:
    try:
        with os.scandir(folder) as it:
            found = sorted(it, key=lambda e: os.fsencode(e.name))
    except OSError as err:
        yield Entry(
            folder, prefix.rstrip("/") or ".", "reject", "unreadable", f"cannot list: {err}"
        )
        return
    for item in found:
        locator = prefix + valid_name(item.name)
        path = Path(item.path)
        if item.name.startswith("."):
            yield Entry(path, locator, "skip", "hidden")
            continue
        try:
            st = os.lstat(path)
        except OSError as err:
            yield Entry(path, locator, "reject", "unreadable", f"cannot stat: {err.strerror}")
            continue
        if stat.S_ISLNK(st.st_mode):
            yield _link(path, locator, root)
        elif stat.S_ISDIR(st.st_mode):
            yield from _walk(path, root, locator + "/")
        elif not stat.S_ISREG(st.st_mode):
            yield Entry(
                path,
                locator,
                "reject",
                "not-a-regular-file",
                f"a {file_kind(st.st_mode)}, not a file: not opened",
            )
        elif path.suffix.lower() in SKIP_SUFFIXES:
            yield Entry(path, locator, "skip", "notice")
        else:
            yield Entry(path, locator, "read")


def _link(path: Path, locator: str, root: str) -> Entry:
    try:
        target = os.path.realpath(path, strict=True)
    except OSError as err:
        why = "it is part of a loop of links" if err.errno == errno.ELOOP else "its target is gone"
        return Entry(path, locator, "reject", "dangling-link", f"symbolic link: {why}; not read")
    except (ValueError, RuntimeError) as err:  # realpath on odd names (NUL) or loops, older Pythons
        return Entry(path, locator, "reject", "dangling-link", f"symbolic link: {err}; not read")
    if not _inside(target, root):
        return Entry(
            path,
            locator,
            "reject",
            "outside-source-folder",
            "a symbolic link to a path outside the source folder: not followed, not read",
        )
    try:
        st = os.stat(target)
    except OSError as err:
        return Entry(path, locator, "reject", "unreadable", f"cannot stat the target: {err}")
    if stat.S_ISDIR(st.st_mode):
        return Entry(path, locator, "skip", "linked-folder")
    if not stat.S_ISREG(st.st_mode):
        return Entry(
            path,
            locator,
            "reject",
            "not-a-regular-file",
            f"a link to a {file_kind(st.st_mode)}: not opened",
        )
    if path.suffix.lower() in SKIP_SUFFIXES:
        return Entry(path, locator, "skip", "notice")
    return Entry(Path(target), locator, "read")


# ---------------------------------------------------------------------------------------------
# files


def _record_article(
    value: object, source: Source, locator: str, decoded: Decoded
) -> RawArticle | Reject:
    try:
        rec = structured.validate(value, source.fields)
    except structured.RecordError as err:
        return Reject(source.name, locator, err.reason, err.detail, _json_excerpt(value))
    published = rec.published if rec.published is not None else rec.published_at
    # a file's replacements belong to the records that hold them (as feed items do)
    replaced = 0
    if decoded.replaced:
        replaced = min(decoded.replaced, f"{rec.text}{rec.title or ''}".count("\ufffd"))
    notes = [decoded.note] if decoded.note and (replaced or not decoded.replaced) else []
    text, refs, bad_refs, text_markup = _field_text(rec.text)
    title, title_refs, bad_title_refs, title_markup = (
        _field_text(rec.title) if rec.title else (rec.title, 0, 0, None)
    )
    if title_markup is not None and title is not None:
        title = " ".join(title.split("\n"))  # a title is one line: its blocks' breaks as spaces
    replaced += bad_refs + bad_title_refs
    notes += _markup_notes({"text": text_markup, "title": title_markup})
    return RawArticle(
        source=rec.source or source.name,
        source_type=source.source_type,
        locator=locator,
        text=text,
        title=title,
        author=rec.by(),
        url=rec.url,
        license=rec.license,
        language=rec.language,
        source_language=source.language,
        published_value=published,
        encoding=decoded.encoding,
        replaced_chars=replaced,
        # a note on replacements belongs to the records that hold them; one on the codec to all
        notes=notes
        + _references_note(
            refs + title_refs,
            bad_refs + bad_title_refs,
            first_reference(rec.text if refs else rec.title),
        ),
    )


def _field_text(value: str) -> tuple[str, int, int, tuple[Markup, bool] | None]:
    """A JSON record's text field as the article keeps it: read as HTML when it holds HTML
    markup (:func:`~parley.ingest.markup.markup_text`: "<b>Lavrov</b> said" is "Lavrov said",
    the HTML parser decoding its character references), else with its character references
    decoded (:func:`~parley.ingest.decode.character_references`) and then read as HTML if that
    uncovered markup ("&lt;p&gt;Lavrov said": HTML escaped once, as RSS descriptions carry
    it). Returns the text, the references decoded outside markup, the U+FFFD that decoding
    added (references to no character), and the markup read with whether it was escaped (None:
    no markup, the text is the field as given but for its references)."""
    read = markup_text(value)
    if read.tags:
        return (
            read.text,
            0,
            max(0, read.text.count("\ufffd") - value.count("\ufffd")),
            (read, False),
        )
    text, refs, bad = character_references(value)
    if refs:
        escaped = markup_text(text)
        if escaped.tags:
            added = max(0, escaped.text.count("\ufffd") - value.count("\ufffd"))
            return escaped.text, refs, added, (escaped, True)
    return text, refs, bad, None


def _markup_notes(fields: dict[str, tuple[Markup, bool] | None]) -> list[str]:
    """The ``ingest_notes`` entries of the record fields read as HTML (:func:`_field_text`):
    per field, how many elements were taken out and which, and whether the markup came escaped
    as character references; none when no field held markup."""
    notes = []
    for name, found in fields.items():
        if found is None:
            continue
        read, escaped = found
        shown = ", ".join(f"<{t}>" for t in read.tags[:5]) + (", …" if len(read.tags) > 5 else "")
        how = "escaped as character references, " if escaped else ""
        notes.append(
            f"{name}: HTML markup ({how}{plural(read.elements, 'element')}: {shown}) read as "
            "HTML, its text kept"
        )
    return notes


def _references_note(
    n: int, replaced: int = 0, example: tuple[str, str] | None = None
) -> list[str]:
    """The ``ingest_notes`` entry of a text whose ``n`` HTML character references were decoded
    (:func:`~parley.ingest.decode.character_references`), ``replaced`` of them to U+FFFD (they
    encode no character: ``&#0;``, ``&#x110000;``), showing ``example``, the input's own first
    decoded reference (:func:`~parley.ingest.decode.first_reference`: "&amp; read as &",
    a character that does not print by its code point, "&#0; read as U+FFFD"); none for none."""
    if not n:
        return []
    note = f"{plural(n, 'HTML character reference')} decoded"
    if example is not None:
        ref, got = example
        shown = got if got.isprintable() and got != "\ufffd" else f"U+{ord(got[0]):04X}"
        note += f" ({'the first: ' if n > 1 else ''}{ref} read as {shown})"
    if replaced:
        note += f", {replaced} of them to U+FFFD (no such character)"
    return [note]


def _json_excerpt(value: object) -> str:
    import json

    try:
        return excerpt(json.dumps(value, ensure_ascii=False)[:400])
    except (TypeError, ValueError, RecursionError):
        return excerpt(repr(value)[:400])


def _record_id(value: object, source: Source) -> str | None:
    if not isinstance(value, dict):
        return None
    rid = value.get(source.field_name("id"))
    return (
        str(rid)
        if isinstance(rid, (str, int)) and not isinstance(rid, bool) and rid != ""
        else None
    )


def _json_file(doc: str, source: Source, locator: str, decoded: Decoded):
    try:
        value = structured.loads(doc)
    except structured.RecordError as err:
        yield Reject(source.name, locator, err.reason, err.detail, excerpt(doc))
        return
    if isinstance(value, list):
        if not value:
            yield Reject(source.name, locator, "empty", "the file holds an empty list: no records")
            return
        for i, rec in enumerate(value):
            yield _record_article(rec, source, f"{locator}#{_record_id(rec, source) or i}", decoded)
        return
    yield _record_article(value, source, locator, decoded)


def jsonl_line_bytes(data: bytes, decoded: Decoded) -> list[bytes] | None:
    """The bytes of each line of a JSON Lines file as read (``data`` without its byte order
    mark, split on the byte ``\n``, a ``\r`` before it dropped), index = line number - 1, when
    the file's codec writes ``\n`` as that one byte (UTF-8 and every ASCII-compatible codec) and
    the split agrees with the decoded text's lines; else None (UTF-16/32: the caller encodes the
    line's text in the file's codec)."""
    try:
        if "\n".encode(decoded.encoding) != b"\n":
            return None
    except LookupError:
        return None
    for bom, _ in BOMS:
        if data.startswith(bom):
            data = data[len(bom) :]
            break
    pieces = data.split(b"\n")
    if len(pieces) != decoded.text.count("\n") + 1:
        return None
    return [p[:-1] if p.endswith(b"\r") else p for p in pieces]


def _line_hash(line: structured.Line, raw: list[bytes] | None, decoded: Decoded) -> str:
    """``input_hash`` of one JSON Lines line: sha256 of its bytes in the file
    (:func:`jsonl_line_bytes`), or of its text in the file's codec where lines are not bytes."""
    if raw is not None:
        return input_hash_of(raw[line.number - 1])
    try:
        return input_hash_of(line.text.encode(decoded.encoding, "surrogatepass"))
    except (LookupError, UnicodeError):
        return input_hash_of(line.text.encode("utf-8", "surrogatepass"))


def _jsonl_file(
    doc: str,
    source: Source,
    locator: str,
    decoded: Decoded,
    data: bytes = b"",
    tally: SourceTally | None = None,
):
    lines = list(structured.jsonl_lines(doc))
    if not lines:
        yield Reject(source.name, locator, "empty", "no records: the file is empty or blank")
        return
    # a blank line holds no record: it is not an input, but it is counted, as hidden files are
    # (``source_days.skipped``); the newline that ends the last line does not start a line
    blank = doc.count("\n") + (not doc.endswith("\n")) - len(lines)
    if blank and tally is not None:
        tally.skip("blank line", blank)
    raw = jsonl_line_bytes(data, decoded) if data else None
    for line in lines:
        # a line's rejects carry the line's own hash (its bytes): a file that grows keeps its
        # old lines'
        line_hash = _line_hash(line, raw, decoded)
        try:
            value = structured.loads(line.text)
        except structured.RecordError as err:
            yield Reject(
                source.name,
                f"{locator}#L{line.number}",
                err.reason,
                f"line {line.number}: {err.detail}",
                excerpt(line.text),
                input_hash=line_hash,
            )
            continue
        rid = _record_id(value, source) or f"L{line.number}"
        got = _record_article(value, source, f"{locator}#{rid}", decoded)
        got.input_hash = line_hash  # an article too: the builder may still reject it
        yield got


# a line that ends a sentence ("... ten Polish diplomats." / "“We will respond.”") is a lede or a
# quotation, not a headline; a headline may still end in "?" or ":" and open with a quote
_SENTENCE_END = (".", "!", "…")
_CLOSERS = "\"'”’»)"


def looks_like_headline(line: str) -> bool:
    """Whether a plain-text file's first line (stripped) is a headline: at most
    :data:`MAX_TITLE_CHARS` long and not a sentence or a quoted sentence: it does not end with
    ``.``, ``!`` or an ellipsis (before any closing quotation mark or bracket)."""
    if not 0 < len(line) <= MAX_TITLE_CHARS:
        return False
    return not line.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def split_title(text: str, fallback: str | None) -> tuple[str | None, str]:
    """(title, body) of a plain-text article: the first non-blank line is the title when more
    text follows it and it looks like a headline (:func:`looks_like_headline`); the body starts
    after it. Otherwise the whole text is the body (a lede or a quotation on the first line stays
    in the text) and ``fallback`` (the file name) the title."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if sep and rest.strip() and looks_like_headline(first):
        return first, rest
    return fallback, text


def input_hash_of(data: bytes) -> str:
    """sha256 (hex) of an input's bytes: ``rejects.input_hash``."""
    return hashlib.sha256(data).hexdigest()


def read_file(
    path: Path, source: Source, locator: str, tally: SourceTally | None = None
) -> Iterator[RawArticle | Reject]:
    """Read one regular file into raw articles or rejects (never raises for what it holds).
    Every reject and raw article carries ``input_hash``: the file's bytes (a JSON Lines line's
    own, for a line). Blank lines of a JSON Lines file are counted in ``tally.skipped``
    (reason ``blank line``) when a tally is given."""
    data, size = read_regular(path, MAX_FILE_BYTES)
    digest = input_hash_of(data)
    for item in _read_file(data, size, path, source, locator, tally):
        if item.input_hash is None:
            item.input_hash = digest
        yield item


def _first_bad(data: bytes) -> str:
    """ "0xe9 at offset 3": the first byte of ``data`` that is not UTF-8 (or a NUL)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        at = err.start
    else:
        at = data.find(b"\x00")
    return f"0x{data[at]:02x} at offset {at}" if at >= 0 else "none"


def _undecodable_detail(err: UnicodeDecodeError, data: bytes) -> str:
    if getattr(err, "quarantine", "undecodable") != "undecodable":
        return err.reason  # the decoder's own words: why it will not guess
    return (
        f"{err.reason} (the first byte that is not UTF-8: {_first_bad(data)}): not text, "
        "or re-encode the file as UTF-8"
    )


def _jsonl_lines_apart(
    data: bytes, source: Source, locator: str, tally: SourceTally | None
) -> Iterator[RawArticle | Reject]:
    """A JSON Lines file whose lines are in different encodings (``mixed-encoding`` as a whole):
    each line decoded on its own (:func:`~parley.ingest.decode.decode`, ``fallback=DETECT``), so
    a UTF-8 line stays UTF-8 and a Windows-1252 one is read as such; a line no codec reads with
    confidence is rejected with its own reason. Both encodings write ``\n`` as that byte."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    pieces = data.split(b"\n")
    if not pieces[-1]:
        pieces.pop()  # the newline that ends the last line does not start a line
    for number, raw in enumerate(pieces, 1):
        raw = raw.removesuffix(b"\r")
        if not raw.strip():
            if tally is not None:
                tally.skip("blank line")
            continue
        try:
            decoded = decode(raw, "", fallback=DETECT)
        except UnicodeDecodeError as err:
            yield Reject(
                source.name,
                f"{locator}#L{number}",
                getattr(err, "quarantine", "undecodable"),
                f"line {number}: {_undecodable_detail(err, raw)}",
                excerpt(raw),
                input_hash=input_hash_of(raw),
            )
            continue
        # the text after number - 1 newlines: the line keeps its number
        for got in _jsonl_file("\n" * (number - 1) + decoded.text, source, locator, decoded):
            got.input_hash = input_hash_of(raw)
            yield got


def _read_file(
    data: bytes,
    size: int,
    path: Path,
    source: Source,
    locator: str,
    tally: SourceTally | None = None,
) -> Iterator[RawArticle | Reject]:
    name = source.name
    suffix = path.suffix.lower()
    if size > MAX_FILE_BYTES or len(data) > MAX_FILE_BYTES:
        yield Reject(
            name,
            locator,
            "too-large",
            f"file is {max(size, len(data)):,} bytes, over the {MAX_FILE_BYTES:,}-byte cap",
            excerpt(data[:400]),
        )
        return
    if suffix not in SUFFIXES:
        how = (
            "; a feed file is read by a source of type rss or atom whose path: names it "
            "(in the PARLEY_SOURCES YAML, as include/sources.yaml shows)"
            if suffix in FEED_SUFFIXES
            else ""
        )
        yield Reject(
            name,
            locator,
            "unsupported-type",
            f"cannot read '{suffix or 'no suffix'}' files ({', '.join(SUFFIXES)}){how}",
            excerpt(data),
        )
        return
    if not data.strip():
        yield Reject(name, locator, "empty", "the file is empty or blank")
        return
    try:
        decoded = decode(data, "text/html" if suffix in (".html", ".htm") else "", fallback=DETECT)
    except UnicodeDecodeError as err:
        reason = getattr(err, "quarantine", "undecodable")
        if reason == "mixed-encoding" and suffix == ".jsonl":
            yield from _jsonl_lines_apart(data, source, locator, tally)
            return
        yield Reject(name, locator, reason, _undecodable_detail(err, data), excerpt(data))
        return
    notes = [decoded.note] if decoded.note else []
    if suffix == ".txt":
        text, refs, bad_refs = character_references(decoded.text)
        notes += _references_note(refs, bad_refs, first_reference(decoded.text))
        title, body = split_title(text, PurePosixPath(locator).stem.replace("_", " "))
        if body is not text:
            notes.append("first line taken as the title (a headline): removed from the text")
        yield RawArticle(
            source=name,
            source_type=source.source_type,
            locator=locator,
            text=body,
            title=title,
            source_language=source.language,
            encoding=decoded.encoding,
            replaced_chars=decoded.replaced + bad_refs,
            notes=notes,
        )
    elif suffix == ".json":
        yield from _json_file(decoded.text, source, locator, decoded)
    elif suffix == ".jsonl":
        yield from _jsonl_file(decoded.text, source, locator, decoded, data, tally)
    else:
        page = main_text(decoded.text)
        if page is None:
            yield Reject(name, locator, "no-main-text", NO_ARTICLE_TEXT, excerpt(data))
            return
        yield RawArticle(
            source=name,
            source_type=source.source_type,
            locator=locator,
            text=page.text,
            title=page.title,
            url=page.canonical_url,
            published_value=page.published_raw,
            language=page.language,
            author=page.author,
            source_language=source.language,
            encoding=decoded.encoding,
            replaced_chars=decoded.replaced + page.replaced,  # page: its references to no character
            lede_check=page.lede_check,
            notes=notes + page.notes,
        )


def _gone_after_walk(err: OSError) -> tuple[str, str]:
    """(reject reason, detail opening) of a file the walk listed as readable that could not be
    opened: removed or renamed since (``vanished``: a re-run of the date reads it if it is back),
    replaced by a symbolic link (``O_NOFOLLOW`` refuses it: ``not-a-regular-file``), or any
    other error (``unreadable``)."""
    if err.errno == errno.ENOENT:
        return "vanished", "the file was removed or renamed after the folder was listed; not read"
    if err.errno == errno.ELOOP:
        return (
            "not-a-regular-file",
            "the file was replaced by a symbolic link after the folder was listed; not followed",
        )
    return "unreadable", "cannot read the file"


def read_folder(source: Source, tally: SourceTally | None = None) -> Iterator[RawArticle | Reject]:
    """Every input under the source's folder, in a stable order; each entry, file and record
    becomes raw articles or rejects, and entries that are not inputs are counted in
    ``tally.skipped``. One entry's failure never ends the walk."""
    folder = source.path
    if folder is None or not folder.is_dir():
        yield Reject(
            source.name,
            valid_name(str(folder)),
            "inbox-missing",
            f"folder {valid_name(str(folder))} does not exist (source '{source.name}', or "
            "PARLEY_INBOX)",
            item=False,
        )
        return
    for entry in entries(folder):
        if entry.action == "skip":
            if tally is not None:
                tally.skip(entry.reason or "skipped")
            continue
        if entry.action == "reject":
            yield Reject(
                source.name, entry.locator, entry.reason or "unreadable", entry.detail or ""
            )
            continue
        try:
            yield from read_file(entry.path, source, entry.locator, tally)
        except NotRegular as err:
            yield Reject(source.name, entry.locator, "not-a-regular-file", f"{err}: not read")
        except OSError as err:
            reason, why = _gone_after_walk(err)
            yield Reject(source.name, entry.locator, reason, f"{why}: {err}")
        except Exception as err:  # a bug must cost this file, never the rest of the folder
            log.exception("reading %s failed", entry.locator)
            yield Reject(
                source.name,
                entry.locator,
                "ingest-error",
                f"reading the file raised {type(err).__name__}: {err}",
            )
