"""Stable identifiers and the text normalisation they rest on: every id of every table is made here.

Ids are truncated SHA-256 hashes of what makes a row that row, so the same input always gets the
same id on any machine and any re-run. Each table has its own one-letter prefix, so an id says
which table it keys: ``a`` articles, ``e`` entities, ``q`` quotes, ``s`` statements, ``r``
rejects, ``d`` source_days. Offsets everywhere refer to :func:`normalize_text`'s output, which is
the text stored in ``articles.text``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """The canonical article text: NFC, ``\\n`` line ends (U+2028 LINE SEPARATOR and U+0085 NEXT
    LINE become ``\\n``, U+2029 PARAGRAPH SEPARATOR a blank line), no control characters, single
    spaces inside lines, at most one blank line between paragraphs, no leading/trailing
    whitespace. Idempotent: NFC comes last, so a character removed between a letter and its
    combining mark (``e\\x01\\u0301``) cannot leave a text that is not NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    # three replacements, not str.translate: the same result, without a per-character lookup
    text = text.replace("\u2028", "\n").replace("\u0085", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return unicodedata.normalize("NFC", text)


def control_characters(text: str) -> tuple[int, int]:
    """(NUL characters, other control characters) in ``text`` that :func:`normalize_text`
    removes (C0 controls but tab and line ends, and DEL): what ingest reports it removed."""
    nul = text.count("\x00")
    return nul, len(_CONTROL.findall(text)) - nul


def short_hash(*parts: object, length: int = 16) -> str:
    """The first ``length`` hex digits of the SHA-256 of the parts (``None`` as empty), joined by
    a separator that cannot occur in normal text."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def content_hash(text: str) -> str:
    """SHA-256 of the text with case and all whitespace runs folded: the exact-duplicate key."""
    return normalized_content_hash(normalize_text(text))


def _fold_whitespace(text: str) -> str:
    """``re.sub(r"\\s+", " ", text)``, by ``str.split`` (the same whitespace: ``str.isspace``)
    at a quarter of the cost."""
    folded = " ".join(text.split())
    if text[:1].isspace():
        folded = " " + folded
    if text[-1:].isspace() and folded != " ":
        folded += " "
    return folded


def normalized_content_hash(text: str) -> str:
    """:func:`content_hash` of a text that is already :func:`normalize_text`'s output (the
    ``articles.text`` being built), without normalising it a second time."""
    folded = _fold_whitespace(text).lower()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def article_id(source: str, locator: str, chash: str) -> str:
    """Stable article id: the same content from the same place always gets the same id."""
    return "a" + short_hash(source, locator, chash, length=15)


def quote_id(article_id: str, start: int, end: int) -> str:
    """A quotation's id: its article and its character offsets ``[start, end)``."""
    return "q" + short_hash(article_id, start, end, length=15)


def entity_id(article_id: str, start: int, end: int, label: str) -> str:
    """An entity mention's id: its article, offsets and label."""
    return "e" + short_hash(article_id, start, end, label, length=15)


def reject_id(source: str, locator: str, reason: str) -> str:
    """A reject's id: where the input came from and why it was rejected."""
    return "r" + short_hash(source, locator, reason, length=15)


def repeated_reject_id(first_id: str, n: int) -> str:
    """The id of the ``n``-th (n >= 2) identical reject in one run (the same failure twice in one
    place stays two rows): derived from the first one's id."""
    return "r" + short_hash(first_id, n, length=15)


def statement_id(article_id: str, start: int, end: int) -> str:
    """A statement's id: its article and the character offsets ``[start, end)`` of its reported
    clause (the quote's own span when the quote is one clause, so then keyed like the quote),
    with its own prefix."""
    return "s" + short_hash(article_id, start, end, length=15)


def source_day_id(source: str, dt: date) -> str:
    """One ``source_days`` row per configured source and partition date."""
    return "d" + short_hash(source, dt.isoformat(), length=15)
