"""Structured input (``.json``, ``.jsonl``): limits first, then the JSON parser, then a schema.

A record is one JSON object holding one article::

    {"text": "...", "title": "...", "published": "2025-02-27T09:00:00Z", "url": "...",
     "source": "...", "id": "...", "license": "...", "language": "en", "author": "..."}

Only ``text`` is required. :class:`ArticleRecord` (pydantic, strict mode: a number is not taken
for a string nor the reverse) is the schema; keys it does not name are ignored, and a source's
``fields`` maps our names onto the record's keys before validation. ``published`` may be a date
string or epoch seconds (:mod:`parley.ingest.published` reads it). ``author`` (or ``byline``, the
name some exports use) is who the article is by, as written ("Antony J. Blinken, Secretary of
State"); a list of names or an object with a ``name`` is read too (:func:`author_text`), and any
other value is left out rather than costing the article. A ``.json`` file holds one
record or a list of them; a ``.jsonl`` file one record per line, lines split on ``\\n`` only
(U+2028, U+2029 and U+0085 are legal inside JSON strings; ``str.splitlines`` would cut there).

What is checked before the parser builds anything, because the standard library parser has no
limits of its own:

* nesting depth (:data:`MAX_DEPTH`): the parser recurses, and a few thousand ``[`` exhaust the
  interpreter's stack; :func:`nesting_depth` counts it first, in linear time;
* number length (:data:`MAX_NUMBER_CHARS`), in the parser's ``parse_int``/``parse_float`` hooks,
  before ``int()`` sees the digits (Python refuses more than 4,300 digits only after the scan): a
  longer number stays a :class:`LongNumber` and invalidates its record only when it sits in a
  field the schema reads, so one record of a list does not cost the others;
* ``NaN`` and ``Infinity``, which Python's parser accepts and JSON (RFC 8259) does not;
* size: the folder reader caps files (:data:`parley.ingest.folder.MAX_FILE_BYTES`).

Every failure is a :class:`RecordError` with a reason from :data:`REASONS` and a sentence;
nothing else escapes :func:`loads` and :func:`validate`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, ValidationError

__all__ = [
    "ArticleRecord",
    "LongNumber",
    "Line",
    "RecordError",
    "jsonl_lines",
    "loads",
    "nesting_depth",
    "validate",
]

MAX_DEPTH = 64
MAX_NUMBER_CHARS = 40
REASONS = ("empty", "limit-exceeded", "malformed-json", "schema-invalid")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)  # the unrolled form: linear and fast
_BRACKETS = re.compile(r"[^\[\]{}]+")
_STEPS = str.maketrans({"[": "\x01", "{": "\x01", "]": "\xff", "}": "\xff"})


class RecordError(ValueError):
    """A JSON document or record that cannot become an article: ``reason`` (one of
    :data:`REASONS`) and ``detail``, a sentence."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


class ArticleRecord(BaseModel):
    """One article as a JSON record (strict types; keys not named here are ignored)."""

    model_config = ConfigDict(strict=True, extra="ignore")

    text: str
    title: str | None = None
    published: str | int | float | None = None  # a date string, or epoch seconds
    published_at: str | int | float | None = None  # the name some exports use
    url: str | None = None
    source: str | None = None
    id: str | int | None = None
    license: str | None = None
    language: str | None = None
    # who the article is by: read by :func:`author_text`, never a reason to refuse the record
    author: Any = None
    byline: Any = None  # the name some exports use

    def by(self) -> str | None:
        """Who the article is by (``author``, else ``byline``) as text, or None."""
        return author_text(self.author) or author_text(self.byline)


MAX_AUTHOR_CHARS = 300  # a longer "author" is no byline (a paragraph in the wrong field)


def author_text(value: object) -> str | None:
    """A record's author field as one line of text: a string stripped, the strings of a list (or
    the ``name`` of objects in it) joined with ", ", an object's ``name``; None for anything
    else, an empty value or one over :data:`MAX_AUTHOR_CHARS` characters."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        names = [author_text(v) for v in value]
        value = ", ".join(n for n in names if n)
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text if 0 < len(text) <= MAX_AUTHOR_CHARS else None


def nesting_depth(doc: str) -> int:
    """The deepest nesting of arrays and objects in a JSON text (brackets inside strings are not
    counted), in linear time and without recursion."""
    brackets = _BRACKETS.sub("", _STRING.sub('""', doc))
    if not brackets:
        return 0
    steps = np.frombuffer(brackets.translate(_STEPS).encode("latin-1"), dtype=np.int8)
    return int(np.cumsum(steps, dtype=np.int64).max())


class LongNumber:
    """A JSON number longer than :data:`MAX_NUMBER_CHARS`, left unconverted: it invalidates the
    record only when it sits in a field the record schema reads (``limit-exceeded``)."""

    __slots__ = ("chars",)

    def __init__(self, chars: int) -> None:
        self.chars = chars

    def __repr__(self) -> str:
        return f"<a number of {self.chars:,} characters>"


def _number(kind: type):
    def parse(text: str):
        return LongNumber(len(text)) if len(text) > MAX_NUMBER_CHARS else kind(text)

    return parse


def _constant(name: str):
    raise RecordError("malformed-json", f"{name} is not JSON (RFC 8259 has no NaN or Infinity)")


def loads(doc: str) -> object:
    """Parse one JSON text under the limits above. Raises :class:`RecordError` only."""
    if not doc.strip():
        raise RecordError("empty", "no JSON value: the input is empty or only whitespace")
    depth = nesting_depth(doc)
    if depth > MAX_DEPTH:
        raise RecordError(
            "limit-exceeded", f"JSON nested {depth:,} levels deep (limit {MAX_DEPTH})"
        )
    try:
        return json.loads(
            doc, parse_int=_number(int), parse_float=_number(float), parse_constant=_constant
        )
    except RecordError:
        raise
    except json.JSONDecodeError as err:
        raise RecordError("malformed-json", f"invalid JSON: {err}") from None
    except (ValueError, RecursionError, OverflowError) as err:  # the limits should catch these
        raise RecordError("malformed-json", f"invalid JSON: {type(err).__name__}: {err}") from None


def json_type(value: object) -> str:
    """The JSON name of a parsed value's type, with an article ("an array", "null")."""
    if isinstance(value, bool):
        return "a boolean"
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


_EXPECTED_TYPE = {
    "text": "a string",
    "published": "a date string, a number or null",
    "published_at": "a date string, a number or null",
    "id": "a string, a number or null",
}


def validate(value: object, fields: dict[str, str] | None = None) -> ArticleRecord:
    """A parsed JSON value as an :class:`ArticleRecord`. ``fields`` maps our names to the
    record's keys (``{"text": "body"}``). Raises :class:`RecordError` (``schema-invalid``)
    naming each field that is wrong and what it holds instead."""
    if not isinstance(value, dict):
        raise RecordError("schema-invalid", f"a record is a JSON object, not {json_type(value)}")
    if fields:
        value = {**value, **{ours: value[key] for ours, key in fields.items() if key in value}}
    for name in ArticleRecord.model_fields:
        if isinstance(value.get(name), LongNumber):
            key = (fields or {}).get(name, name)
            raise RecordError(
                "limit-exceeded",
                f"'{key}' is a number of {value[name].chars:,} characters (limit "
                f"{MAX_NUMBER_CHARS})",
            )
    try:
        return ArticleRecord.model_validate(value)
    except ValidationError as err:
        seen: set = set()
        problems = []
        for e in err.errors():
            name = str(e["loc"][0]) if e["loc"] else "record"
            if name in seen:
                continue
            seen.add(name)
            key = (fields or {}).get(name, name)
            if e["type"] == "missing":
                problems.append(f"'{key}' is missing")
            else:
                expected = _EXPECTED_TYPE.get(name, "a string or null")
                problems.append(f"'{key}' should be {expected}, not {json_type(e.get('input'))}")
        raise RecordError("schema-invalid", "; ".join(problems)) from None


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    text: str


def jsonl_lines(doc: str) -> Iterator[Line]:
    """The non-blank lines of a JSON Lines text: split on ``\\n`` only, a ``\\r`` before it
    dropped (https://jsonlines.org: "the line separator is '\\n'")."""
    for number, line in enumerate(doc.split("\n"), 1):
        if line.endswith("\r"):
            line = line[:-1]
        if line.strip():
            yield Line(number, line)
