"""Bytes to text without corrupting it: the declared charset, UTF-8 with counted replacements,
mojibake repair, and strings that are valid UTF-8 at the boundary.

Readers hand in bytes plus what the transport declared (the HTTP ``charset``); :func:`decode`
returns a :class:`Decoded`: the text, the codec used, how many invalid byte sequences were replaced
by U+FFFD, and a note when the bytes were not what they were declared to be. The rules:

* a byte-order mark wins;
* the declaration is the HTTP ``charset``, else the document's own (the XML declaration, or
  ``<meta charset>`` in the first 4 KB);
* **a header that does not fit yields to the document's own declaration that does**: HTTP says
  UTF-8 (a server's default), the bytes are not UTF-8 (no more valid multi-byte sequences than
  invalid ones) and the XML declaration or ``<meta charset>`` names a codec that decodes them
  without an error (``ISO-8859-1``, read as Windows-1252 as WHATWG says): that codec is used and
  the note says so. RFC 7303 §3.2 and the WHATWG encoding sniffing make the header win; here
  it wins only while its codec reads the bytes (which decides every case where both are valid):
  a UTF-8 header over bytes that are not UTF-8 is provably wrong, and the document's own
  declaration is the better evidence left. Likewise valid UTF-8 with multi-byte sequences that
  the document declares UTF-8 is UTF-8 under any header. Three accented letters are not "a few
  bad bytes" of a UTF-8 text;
* **UTF-8 with a few bad bytes stays UTF-8.** When the bytes are declared UTF-8 (or, undeclared,
  are mostly UTF-8) and strict decoding fails, each invalid sequence becomes one U+FFFD (Python's
  decoder follows the Unicode "maximal subpart" practice) and is counted, as long as the invalid
  sequences are few against the valid multi-byte ones (:func:`mostly_utf8`). One stray
  Windows-1252 dash must not turn every ``ğ`` of a document into ``ÄŸ``, which is what a strict
  decode-or-fall-back (and feedparser) do. Bytes with no valid UTF-8 at all and a Latin letter
  byte inside a word (``M\xfcller``: :func:`legacy_letter`) are Latin-1 text under a wrong
  label, not damaged UTF-8: they fall back (below), noted, rather than lose the letter;
* bytes that are not UTF-8 at all fall back to Windows-1252, the WHATWG default for undeclared
  Western documents and what browsers do (``fallback=None`` refuses instead);
* **local files detect** (``fallback=DETECT``), and accept only what they read with confidence.
  Undeclared bytes without a byte-order mark: a few invalid sequences in otherwise ASCII text
  (up to :data:`DECLARED_BAD_ALLOWANCE`) are damaged UTF-8, each replaced by one counted U+FFFD,
  as when UTF-8 is declared (a stray ``0x81`` is not a reason to read the file as cp932) —
  unless one of them is a letter inside a word in a single-byte Latin codec (``Jos\xe9``,
  ``Fran\xe7ois``: :func:`legacy_letter`), which is Latin-1/Windows-1252 text, not damaged UTF-8,
  and goes to the detector below (a stray dash ``0x96`` between spaces stays damaged UTF-8; the
  detector may quarantine so few letters as ``uncertain-encoding``, never replace them);
  UTF-16 without a byte-order mark in a script outside Latin-1 (Cyrillic, Arabic: a NUL byte
  only in spaces and punctuation) is told by its NUL bytes all on one parity
  (:func:`utf16_by_nul_parity`); text holding runs of valid UTF-8 *and* invalid bytes is in two
  encodings and raises :class:`EncodingQuarantine` ``mixed-encoding`` (no single codec reads it:
  decoding it whole would turn one half into mojibake). The rest — a quarter NUL bytes or more,
  as UTF-16/32 of Latin text are (a stray NUL in UTF-8 text stays UTF-8), or not UTF-8 — is
  given to ``charset-normalizer``
  (A. Ousret, the detector ``requests`` uses: it decodes with each candidate codec and keeps those
  whose text is least "chaotic"), :func:`detect`. Among its equally plausible single-byte
  candidates Windows-1252 is taken (the WHATWG default for Western text: Latin-1 text is read
  by cp1250, cp1257 and cp1252 alike, and only cp1252 keeps ``ñ``/``Ç``), unless another Latin
  reading is as clean and clearly more coherent or the cp1252 reading puts superscripts inside
  words (Polish, Czech, Turkish text: ``powiedzia³``), which is a tie it cannot break. "Equally
  plausible" is the tie that makes rivals about equally likely (chaos within :data:`TIE_CHAOS`):
  a Windows-1252 reading that defines every byte, is as coherent as the one least chaotic reading
  and a little more chaotic than it (short French text, ``déjà``, scores ``déją`` in cp1257
  0.02 cleaner) is taken as the default too, and its note names the reading it beat; least
  chaotic readings that disagree among themselves stay a tie. The codec
  used and "detected" are said in the note. A weak best match — codecs that read different text about
  equally well (short KOI8-R as Shift-JIS, ISO-8859-2 as ISO-8859-10), or capitals inside
  lower-case words (Mac Roman as Windows-1252) — raises ``uncertain-encoding`` with the
  detector's chaos and coherence; bytes no codec reads as text (binary data) raise
  ``undecodable``. Each is a ``UnicodeDecodeError`` for the caller to quarantine: text is never
  replaced or guessed silently;
* a declaration of a single-byte Latin charset on bytes that are valid UTF-8 *with* multi-byte
  sequences is wrong (Latin-1 text is practically never valid UTF-8): UTF-8 is used, and noted;
* **surrogates written as UTF-8** (``ED A0..BF xx``: what Python's ``surrogatepass``, Java's
  modified UTF-8 and CESU-8 write, WTF-8 in general) are UTF-8 structure, not another encoding: a
  high + low pair is the supplementary character it encodes (CESU-8), a lone one is one U+FFFD,
  counted like any replacement. A strict decoder would call the three bytes three errors and could
  reject or re-decode a whole file for one lone surrogate in one JSON string.

Mojibake already in the text — UTF-8 that someone decoded as Windows-1252 before it reached us
(``SÃ¡nchez``, ``Itâ€™s``) — is repaired by :func:`repair_mojibake` with ``ftfy.fix_encoding``
(R. Speer, *ftfy*, Zenodo 2019), that fixer only: ftfy's other fixers would also straighten curly
quotation marks. :func:`looks_mojibake` is the detector the quality gate uses.
"""

from __future__ import annotations

import codecs
import html
import os
import re
import unicodedata
from dataclasses import dataclass

from parley.characters import invisible_at

__all__ = [
    "DETECT",
    "Decoded",
    "EncodingQuarantine",
    "as_utf8_xml",
    "decode",
    "declared_charset",
    "detect",
    "document_charset",
    "join_surrogates",
    "legacy_letter",
    "looks_mojibake",
    "mojibake_excerpt",
    "mostly_utf8",
    "repair_mojibake",
    "transport_charset",
    "utf16_by_nul_parity",
    "utf8_census",
    "utf8_runs",
    "valid_name",
    "valid_text",
]

FALLBACK = "cp1252"  # Windows-1252: WHATWG's default for labels like iso-8859-1 and for no label
DETECT = "detect"  # ``fallback=DETECT``: charset-normalizer picks the codec (:func:`detect`)
DECLARED_BAD_ALLOWANCE = (
    3  # invalid sequences tolerated in a declared-UTF-8 text without multi-byte
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.I)
_XML_ENCODING_ATTR = re.compile(
    rb"""(^\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][A-Za-z0-9._:-]*["']""", re.I
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# the valid UTF-8 multi-byte sequences of RFC 3629 (no overlong forms, no surrogates)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# a surrogate code point written as UTF-8: a high one followed by a low one, or any one alone
_ENCODED_SURROGATE = re.compile(
    rb"(\xed[\xa0-\xaf][\x80-\xbf])(\xed[\xb0-\xbf][\x80-\xbf])?|\xed[\xb0-\xbf][\x80-\xbf]"
)
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
# a word with ASCII letters and bytes that are letters in Latin-1/Windows-1252 (0xC0-0xFF but the
# signs 0xD7 and 0xF7; cp1252's Š Œ Ž š œ ž Ÿ at 0x8A 0x8C 0x8E 0x9A 0x9C 0x9E 0x9F)
_LEGACY_WORD = re.compile(rb"[A-Za-z\x8a\x8c\x8e\x9a\x9c\x9e\x9f\xc0-\xd6\xd8-\xf6\xf8-\xff]+")
MIN_NUL_SHARE = 0.02  # UTF-16 by NUL parity: at least 2 % of the bytes NUL ...
NUL_PARITY = 0.9  # ... and 90 % of them at odd (LE) or at even (BE) offsets
TIE_CHAOS = 0.1  # detection: rival codecs this close in chaos (0..1) tie
COHERENCE_MARGIN = 0.02  # detection: an as clean Latin rival this much more coherent than cp1252
CASE_ANOMALY_SHARE = 0.25  # detection: capitals inside words in this share of non-ASCII letters
_NON_ASCII = re.compile("[^\x00-\x7f]")
_LATIN_LABELS = ("latin-1", "iso-8859-1", "cp1252", "iso-8859-15", "ascii")


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, and how."""

    text: str
    encoding: str  # the codec used, Python's name (utf-8, cp1252, utf-16-le, ...)
    replaced: int = 0  # invalid byte sequences replaced by U+FFFD
    declared: str | None = None  # the codec the transport or the document declared, if any
    note: str | None = None  # what was not as declared, in words (None when all was as declared)


def codec_name(label: str | None) -> str | None:
    """Python's name of an encoding label (``UTF8`` → ``utf-8``); None when unknown."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None


_LATIN = frozenset(codec_name(x) for x in _LATIN_LABELS)
_WIDE = frozenset(
    codec_name(x) for x in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
)


def transport_charset(content_type: str = "") -> str | None:
    """The codec the transport declared: the ``charset`` of an HTTP ``Content-Type``; None when
    there is none (or it is unknown)."""
    m = _HTTP_CHARSET.search(content_type or "")
    return codec_name(m.group(1)) if m else None


def document_charset(body: bytes) -> str | None:
    """The codec the document declares for itself: the XML declaration's ``encoding`` or a
    ``<meta charset>`` in the first 4 KB; None when it declares nothing (known).

    A declaration of UTF-16 or UTF-32 is read as UTF-8: it was found written in ASCII bytes, which
    UTF-16/32 text cannot hold (those come with a byte-order mark, read before any declaration).
    This is WHATWG's rule for ``<meta charset>`` (HTML "prescan a byte stream": UTF-16BE/LE
    becomes UTF-8) and XML 1.0 Appendix F's for the XML declaration."""
    head = body[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    name = codec_name(m.group(1).decode("ascii", "ignore")) if m else None
    return "utf-8" if name in _WIDE else name


def declared_charset(body: bytes, content_type: str = "") -> str | None:
    """The codec declared for ``body``: the HTTP ``charset``, else the XML declaration's
    ``encoding`` or a ``<meta charset>`` in the first 4 KB; None when nothing (known) is declared."""
    return transport_charset(content_type) or document_charset(body)


def utf8_census(body: bytes) -> tuple[int, int]:
    """(valid multi-byte sequences, invalid sequences) of ``body`` read as UTF-8.

    The invalid sequences are the U+FFFD that decoding with replacement produces beyond those the
    bytes already held (``EF BF BD``)."""
    good = len(_UTF8_MULTIBYTE.findall(body))
    bad = body.decode("utf-8", errors="replace").count("\ufffd") - body.count(b"\xef\xbf\xbd")
    return good, bad


def mostly_utf8(good: int, bad: int, declared_utf8: bool) -> bool:
    """Whether bytes with ``good`` valid multi-byte and ``bad`` invalid sequences are UTF-8 with a
    few damaged bytes (rather than another encoding): at most as many invalid as valid sequences,
    and when UTF-8 was declared, up to :data:`DECLARED_BAD_ALLOWANCE` even in ASCII text."""
    if declared_utf8:
        return bad <= max(good, DECLARED_BAD_ALLOWANCE)
    return good > 0 and bad <= good


def join_surrogates(body: bytes) -> tuple[bytes, int, int]:
    """(``body`` with surrogates written as UTF-8 made valid UTF-8, lone ones replaced, pairs
    joined): a CESU-8 high + low pair becomes the 4-byte UTF-8 of its character, a lone
    surrogate the bytes of U+FFFD."""
    counts = [0, 0]  # lone, pairs

    def one(m: re.Match) -> bytes:
        if m.group(2):
            counts[1] += 1
            pair = m.group(0).decode("utf-8", "surrogatepass")
            return pair.encode("utf-16-le", "surrogatepass").decode("utf-16-le").encode("utf-8")
        counts[0] += 1
        return "\ufffd".encode()

    if b"\xed" not in body:
        return body, 0, 0
    fixed = _ENCODED_SURROGATE.sub(one, body)
    return fixed, counts[0], counts[1]


def decode(body: bytes, content_type: str = "", *, fallback: str | None = FALLBACK) -> Decoded:
    """Decode a document's bytes by the module's rules.

    ``content_type`` is the HTTP header (or "" for files). With ``fallback=None``, bytes that are
    not (mostly) UTF-8 and declare nothing else raise ``UnicodeDecodeError`` for the caller to
    reject; otherwise this never raises."""
    fixed, lone, pairs = join_surrogates(body)
    if lone or pairs:
        try:
            found = _decode(fixed, content_type, fallback)
        except UnicodeDecodeError:
            found = None
        if found is not None and found.encoding == "utf-8":
            notes = [found.note] if found.note else []
            if lone:
                notes.append(f"{lone} surrogate(s) written as UTF-8 replaced by U+FFFD")
            if pairs:
                notes.append(f"{pairs} CESU-8 surrogate pair(s) read as the characters they encode")
            return Decoded(
                found.text, "utf-8", found.replaced + lone, found.declared, "; ".join(notes)
            )
    return _decode(body, content_type, fallback)


def _decode(body: bytes, content_type: str, fallback: str | None) -> Decoded:
    for bom, name in BOMS:
        if body.startswith(bom):
            text = body[len(bom) :].decode(name, errors="replace")
            bad = text.count("\ufffd") - body[len(bom) :].decode(name, "ignore").count("\ufffd")
            note = f"{bad} byte sequences invalid in {name}, replaced by U+FFFD" if bad else None
            return Decoded(text, name, bad, name, note)
    transport, document = transport_charset(content_type), document_charset(body)
    declared = transport or document
    if fallback == DETECT and declared is None:
        if body.count(b"\x00") * 4 >= len(body):
            return detect(body)  # UTF-16/32 without a byte-order mark (or binary data)
        wide = utf16_by_nul_parity(body)
        if wide is not None:
            return wide
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        first_error = err
    else:
        if declared in (None, "utf-8"):
            return Decoded(text, "utf-8", 0, declared)
        if _UTF8_MULTIBYTE.search(body) and (declared in _LATIN or document == "utf-8"):
            why = ", as the document itself declares" if document == "utf-8" else ""
            return Decoded(
                text, "utf-8", 0, declared, f"declared {declared} but the bytes are UTF-8{why}"
            )
        if declared in _LATIN:
            return Decoded(text, "utf-8", 0, declared)  # ASCII: the same text either way
        return _decode_as(body, declared)
    good, bad = utf8_census(body)
    own = _document_reading(body, transport, document, good, bad)
    if own is not None:
        return own
    if declared not in (None, "utf-8"):
        return _decode_as(body, declared)
    # undeclared files: a few bad sequences in ASCII text are damaged UTF-8 too (case 12), not a
    # reason to guess a codec from one byte (0x81 read as cp932 ate the letter after it)
    undeclared_file = fallback == DETECT and declared is None
    # ... but not when a bad byte is a letter inside a word (``Jos\xe9``, ``M\xfcller``): that
    # is Latin-1 text, whether undeclared or (wrongly) declared UTF-8
    legacy = (undeclared_file or declared == "utf-8") and good == 0 and legacy_letter(body)
    smart_quotes = (undeclared_file or declared == "utf-8") and good == 0 and not legacy
    if smart_quotes and legacy_punctuation(body):  # smart quotes saved in Windows-1252
        why = "declared UTF-8 but" if declared else "no byte-order mark or declaration:"
        return Decoded(
            body.decode("cp1252"),
            "cp1252",
            0,
            declared,
            f"{why} Windows-1252 quotation marks (’ “ ”), no UTF-8: read as cp1252",
        )
    if not legacy and mostly_utf8(good, bad, declared == "utf-8" or undeclared_file):
        return Decoded(
            body.decode("utf-8", errors="replace"),
            "utf-8",
            bad,
            declared,
            f"{'declared UTF-8' if declared else 'UTF-8'} with {bad} invalid byte "
            f"sequence{'s' if bad != 1 else ''}, each replaced by U+FFFD",
        )
    if fallback is None:
        raise first_error
    if fallback == DETECT and declared is None:
        runs = utf8_runs(body)
        if runs >= 2:
            raise EncodingQuarantine(
                "mixed-encoding",
                body,
                f"{runs} runs of valid UTF-8 multi-byte sequences beside {bad} invalid ones: "
                "text in two encodings, which no single codec reads",
            )
        return detect(body)
    name = codec_name(fallback if fallback != DETECT else FALLBACK) or FALLBACK
    note = (
        f"declared UTF-8 but {bad} invalid against {good} valid multi-byte sequences: "
        f"read as {name}"
        if declared == "utf-8"
        else None
    )
    return Decoded(body.decode(name, errors="replace"), name, 0, declared, note)


def _document_reading(
    body: bytes, transport: str | None, document: str | None, good: int, bad: int
) -> Decoded | None:
    """``body`` read with the document's own declaration when the transport's UTF-8 does not fit:
    the HTTP header says UTF-8, the bytes are not UTF-8 (no more valid multi-byte sequences than
    invalid ones: :func:`mostly_utf8` without the declared allowance) and the XML declaration or
    ``<meta charset>`` names a codec that decodes them without an error. The header is then the
    wrong one (a server's default; see the module doc on RFC 7303 and WHATWG). None when that is
    not the case."""
    if transport != "utf-8" or document in (None, "utf-8") or mostly_utf8(good, bad, False):
        return None
    name = FALLBACK if document in _LATIN else document  # WHATWG: latin-1 labels mean cp1252
    try:
        text = body.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None
    return Decoded(
        text,
        name,
        0,
        transport,
        f"declared UTF-8 by HTTP but the bytes are not UTF-8 ({bad} invalid byte "
        f"sequence{'s' if bad != 1 else ''}): read as {name}, by the document's own declaration "
        f"({document})",
    )


class EncodingQuarantine(UnicodeDecodeError):
    """Bytes :func:`decode` will not read as text, and why: ``quarantine`` is the reject reason
    (``undecodable``, ``mixed-encoding``, ``uncertain-encoding``), ``reason`` says it in words
    (with the detector's chaos and coherence where it guessed). A ``UnicodeDecodeError`` at offset
    0, so callers that catch that keep working."""

    def __init__(self, quarantine: str, body: bytes, detail: str) -> None:
        super().__init__("detect", body, 0, min(len(body), 1), detail)
        self.quarantine = quarantine


def utf16_by_nul_parity(body: bytes) -> Decoded | None:
    """``body`` read as UTF-16 without a byte-order mark when its NUL bytes say so, else None.

    Text in scripts outside Latin-1 (Cyrillic, Arabic, Greek) written as UTF-16 has a NUL byte
    only in its spaces, digits and punctuation (U+0020 is ``20 00`` little-endian), some 5-10 % of
    the bytes, too few for the "a quarter NUL" rule, and all at odd offsets (LE) or all at even
    ones (BE), which no other encoding produces: at least :data:`MIN_NUL_SHARE` of the bytes (and 4)
    NUL, at least :data:`NUL_PARITY` of them on one parity, an even length, a strict decode and
    printable text."""
    n, nul = len(body), body.count(b"\x00")
    if n % 2 or nul < 4 or nul < n * MIN_NUL_SHARE:
        return None
    odd = body[1::2].count(b"\x00")
    if max(odd, nul - odd) < nul * NUL_PARITY:
        return None
    name = "utf-16-le" if odd > nul - odd else "utf-16-be"
    try:
        text = body.decode(name)
    except UnicodeDecodeError:
        return None
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    if printable < len(text) * 0.95:
        return None
    return Decoded(text, name, 0, None, f"no byte-order mark or declaration: {name} detected")


def legacy_letter(body: bytes) -> bool:
    """Whether ``body`` holds a word of ASCII letters and bytes that are letters in Latin-1 and
    Windows-1252 (0xC0-0xFF but ``×``/``÷``, or cp1252's ``Š Œ Ž š œ ž Ÿ``), not valid UTF-8,
    that read in Windows-1252 is a word by its case — lower-case, capitalised or all capitals:
    ``Jos\xe9``, ``Fran\xe7ois``, ``caf\xe9``, ``\xc9LYS\xc9E``. Such a byte is an accented
    letter of text in a single-byte Latin codec, not a damaged UTF-8 byte. A stray punctuation
    byte between spaces (cp1252's dash ``0x96``, an undefined ``0x81``) is in no word, and a lost
    UTF-8 lead byte before a word (``\xc3The``: ``ÃThe``) does not read as one."""
    for m in _LEGACY_WORD.finditer(body):
        raw = m.group(0)
        if raw.isascii() or not any(0x41 <= c <= 0x7A for c in raw):
            continue
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            word = raw.decode("cp1252")
            if word.islower() or word.isupper() or word.istitle():
                return True
    return False


# Windows-1252's typographic quotation marks in place (the WHATWG encoding standard's
# windows-1252 index: 0x91 ‘, 0x92 ’, 0x93 “, 0x94 ”): an apostrophe inside a word
# ("Sweden\x92s", "don\x92t") or an opening mark closed later in the text ("\x93a matter\x94")
_LEGACY_APOSTROPHE = re.compile(rb"[A-Za-z][\x91\x92][A-Za-z]")
_LEGACY_QUOTE_PAIR = re.compile(rb"\x93[^\x93\x94]{1,2000}\x94|\x91[^\x91\x92]{1,2000}\x92")
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def legacy_punctuation(body: bytes) -> bool:
    """Whether ``body``, with no valid UTF-8 in it, holds Windows-1252's typographic quotation
    marks where text puts them — an apostrophe between two letters or a quotation opened and
    closed (:data:`_LEGACY_APOSTROPHE`, :data:`_LEGACY_QUOTE_PAIR`) — and no byte that
    Windows-1252 leaves undefined. Such bytes are the smart quotes of a text saved in
    Windows-1252 (a word processor's export), not damaged UTF-8: UTF-8 never puts a lone
    continuation byte between two letters. A stray byte between spaces (a dash ``0x96``, an
    undefined ``0x81``) says nothing and stays damaged UTF-8."""
    if any(c in _CP1252_UNDEFINED for c in body if c >= 0x80):
        return False
    return bool(_LEGACY_APOSTROPHE.search(body) or _LEGACY_QUOTE_PAIR.search(body))


def utf8_runs(body: bytes) -> int:
    """How many maximal runs of non-ASCII bytes in ``body`` are wholly valid UTF-8: words such as
    ``Erdoğan`` written in UTF-8. Text in a legacy codec practically never has two (its runs are
    whole words or sentences of high bytes), text that mixes UTF-8 with a legacy codec does."""
    count = 0
    for m in _HIGH_RUN.finditer(body):
        try:
            m.group(0).decode("utf-8")
        except UnicodeDecodeError:
            continue
        count += 1
    return count


def detect(body: bytes) -> Decoded:
    """``body`` decoded with the codec ``charset-normalizer`` finds for it (see the module doc:
    Windows-1252 among equally plausible Latin candidates), ``note`` saying it was detected.

    Raises :class:`EncodingQuarantine` (a ``UnicodeDecodeError`` at offset 0): ``undecodable``
    when no codec reads the bytes as text; ``uncertain-encoding`` when the best reading is weak:
    another codec that reads different text is about as plausible (chaos within
    :data:`TIE_CHAOS`, coherence -- charset-normalizer's language-frequency score, 0..1 -- as
    high: short KOI8-R read as Shift-JIS, ISO-8859-2 as ISO-8859-10), unless the tie is
    Windows-1252 against other Latin-script readings (the WHATWG default for short Western text,
    whose coherence is often 0; taken also when it is within the tie of the one least chaotic
    reading, as coherent and defines every byte, the note then naming that reading) and none of
    them is as clean and :data:`COHERENCE_MARGIN` more
    coherent, nor the cp1252 reading has a superscript or math sign inside a word; or a single-byte reading puts capitals inside lower-case words
    (Mac Roman read as Windows-1252: ``CafŽ MŸller``). The reason gives chaos and coherence."""
    import charset_normalizer
    from charset_normalizer.utils import is_multi_byte_encoding

    matches = list(charset_normalizer.from_bytes(body))
    if not matches:
        raise EncodingQuarantine("undecodable", body, "no text encoding reads these bytes as text")
    least = min(m.chaos for m in matches)
    plausible = [m for m in matches if m.chaos == least]
    best, name = plausible[0], codec_name(plausible[0].encoding) or plausible[0].encoding
    for m in plausible:  # a match lists every codec that gives the same text
        if FALLBACK in {codec_name(c) for c in m.could_be_from_charset}:
            best, name = m, FALLBACK
            break
    default = None  # the cleaner reading Windows-1252 was preferred to, as WHATWG's default
    if (
        name != FALLBACK
        and len({str(m) for m in plausible}) == 1
        and _defines_every_byte(body, FALLBACK)
    ):
        # Windows-1252 within the tie (TIE_CHAOS) of the one least chaotic reading, as coherent,
        # and defining every byte is as likely as it (the same tie that makes a rival "about
        # equally likely" below): the default decides, then the Latin-rival checks below as for
        # any tie. Least chaotic readings that disagree among themselves (Lithuanian as cp1250
        # and cp1257) are no single reading to set the default against: they stay a tie
        western = [
            m
            for m in matches
            if FALLBACK in {codec_name(c) for c in m.could_be_from_charset}
            and m.chaos <= least + TIE_CHAOS
            and m.coherence >= best.coherence
        ]
        if western:
            default, best, name = best, western[0], FALLBACK
    text = str(best)
    score = f"chaos {best.chaos:.3f}, coherence {best.coherence:.2f}"
    rivals = [
        m
        for m in matches
        if m.chaos <= least + TIE_CHAOS and m.coherence >= best.coherence and str(m) != text
    ]
    if name == FALLBACK:
        # Windows-1252 wins a tie with other Latin readings (the WHATWG default) unless one of
        # them is as clean and clearly more coherent (Turkish cp1254, Czech cp1250 read as
        # cp1257: better than cp1252, but a guess) or the cp1252 reading puts
        # superscripts or math signs inside words (Polish cp1250: 'powiedzia³', '¹')
        latin = [
            m
            for m in matches
            if m.chaos <= least + TIE_CHAOS and str(m) != text and _latin_only(str(m))
        ]
        symbol = _symbol_in_word(text) if latin else None
        rivals = [m for m in rivals if not _latin_only(str(m))] + [
            m
            for m in latin
            if symbol or (m.chaos == least and m.coherence > best.coherence + COHERENCE_MARGIN)
        ]
    if rivals:
        rival = rivals[0]
        raise EncodingQuarantine(
            "uncertain-encoding",
            body,
            f"{name} ({score}) and {rival.encoding} (chaos {rival.chaos:.3f}, coherence "
            f"{rival.coherence:.2f}) read different text and are about equally likely: "
            "re-encode the file as UTF-8",
        )
    odd = _case_anomaly(text) if not is_multi_byte_encoding(best.encoding) else None
    if odd is not None:
        raise EncodingQuarantine(
            "uncertain-encoding",
            body,
            f"{name} is the best guess but a weak one ({score}): it reads {odd!r}, a capital "
            "letter inside a lower-case word: re-encode the file as UTF-8",
        )
    if body.startswith(codecs.BOM_UTF8) and name == "utf-8":
        text = text.removeprefix("\ufeff")
    note = f"no byte-order mark or declaration: {name} detected"
    if default is not None:
        note += (
            f" ({score}; {default.encoding}, chaos {default.chaos:.3f}, coherence "
            f"{default.coherence:.2f}, is about as likely: Windows-1252 is the WHATWG default "
            "for unlabelled Western text)"
        )
    return Decoded(text, name, 0, None, note)


def _defines_every_byte(body: bytes, name: str) -> bool:
    """Whether codec ``name`` maps every byte of ``body`` to a character (Windows-1252 leaves
    0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined)."""
    try:
        body.decode(name)
    except UnicodeDecodeError:
        return False
    return True


def _case_anomaly(text: str) -> str | None:
    """The first non-ASCII capital letter inside a word of ``text`` (after a lower-case letter,
    or second in a word and before a lower-case one: ``CafŽ``, ``MŸller``, Mac Roman read as
    Windows-1252), with its neighbours, when such capitals are at least
    :data:`CASE_ANOMALY_SHARE` of the non-ASCII letters; else None. A single-byte codec that
    misreads accented letters turns many of them into capitals inside words; real text has few
    (``МакКейн``, Irish ``hÉireann``), and acronyms with an ending (``МИДа``) are not counted."""
    first, odd, letters = None, 0, 0
    for m in _NON_ASCII.finditer(text):
        i, ch = m.start(), m.group(0)
        if not ch.isalpha():
            continue
        letters += 1
        if not ch.isupper() or i == 0 or i + 1 >= len(text):
            continue
        before, after = text[i - 1], text[i + 1]
        word_start = i < 2 or not text[i - 2].isalpha()
        if before.islower() or (before.isupper() and word_start and after.islower()):
            odd += 1
            first = first or text[max(0, i - 3) : i + 4]
    return first if odd and odd >= letters * CASE_ANOMALY_SHARE else None


def _symbol_in_word(text: str) -> str | None:
    """The first superscript digit, fraction or math sign (Unicode categories No, Sm) of
    ``text`` that touches a letter, with its neighbours; None when there is none. Central
    European letters read as Windows-1252 become such signs (``ł`` → ``³``, ``ą`` → ``¹``,
    ``ž`` → ``¾``)."""

    for m in _NON_ASCII.finditer(text):
        i = m.start()
        if unicodedata.category(m.group(0)) not in ("No", "Sm"):
            continue
        near = text[max(0, i - 1) : i] + text[i + 1 : i + 2]
        if any(ch.isalpha() for ch in near):
            return text[max(0, i - 3) : i + 4]
    return None


def _latin_only(text: str) -> bool:

    return all(
        unicodedata.name(m.group(0), "").startswith("LATIN")
        for m in _NON_ASCII.finditer(text)
        if m.group(0).isalpha()
    )  # ASCII letters are Latin: only the others are looked at


def _decode_as(body: bytes, name: str) -> Decoded:
    if name in _LATIN:  # WHATWG: latin-1 and ascii labels mean windows-1252
        name = FALLBACK
    text = body.decode(name, errors="replace")
    bad = text.count("\ufffd")
    note = f"{bad} byte sequences invalid in {name}, replaced by U+FFFD" if bad else None
    return Decoded(text, name, bad, name, note)


def as_utf8_xml(decoded: Decoded) -> bytes:
    """An XML document's decoded text as UTF-8 bytes with the declaration's ``encoding`` removed,
    so an XML parser reads exactly ``decoded.text`` and has nothing to override."""
    return _XML_ENCODING_ATTR.sub(rb"\1", decoded.text.encode("utf-8"), count=1)


# ---------------------------------------------------------------------------------------------
# strings at the boundary


def valid_text(value: str) -> tuple[str, int]:
    """(``value`` with each lone surrogate replaced by U+FFFD, how many were replaced).

    A surrogate code point cannot be encoded as UTF-8; JSON escapes (``\\udcff``) and file names
    the OS could not decode produce them."""
    if not _SURROGATE.search(value):
        return value, 0
    return _SURROGATE.subn("\ufffd", value)


def valid_name(name: str) -> str:
    """A file name as valid UTF-8: bytes the OS layer could not decode (surrogate-escaped) are
    written ``\\xNN``, so distinct names stay distinct and readable."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


# ---------------------------------------------------------------------------------------------
# mojibake

# UTF-8 read as Windows-1252 (or Latin-1): a lead byte shown as Â..ß followed by one continuation
# byte shown as a cp1252 0x80-0xBF character, à..ï + two of them, ð..ô + three.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
MOJIBAKE = re.compile(
    f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
    f"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}"
)
REPLACEMENT_RUN = re.compile("\ufffd{2,}")
REPLACEMENT = re.compile("\ufffd")
C1_CONTROLS = re.compile("[\u0080-\u009f]")


def mojibake_excerpt(text: str | None, *, name: bool = False) -> str | None:
    """A short excerpt around the first sign of mojibake in ``text`` — a UTF-8-read-as-cp1252
    sequence, a run of U+FFFD, a C1 control character, or what ftfy's badness heuristic flags —
    or None when there is none. With ``name=True`` (a speaker, an entity, a title: text someone
    reads as a name) a single U+FFFD is a sign too: ``Jos\ufffd Manuel Albares`` lost a letter,
    where one U+FFFD in an article's body is a counted replacement of one bad byte; and so is an
    invisible format character (:func:`parley.characters.invisible_at`), shown as ``<U+200B>``."""
    if not text:
        return None
    if name and (at := invisible_at(text)) is not None:
        shown = f"<U+{ord(text[at]):04X}>"
        return text[max(0, at - 15) : at] + shown + text[at + 1 : at + 16]
    m = (
        MOJIBAKE.search(text)
        or (REPLACEMENT.search(text) if name else REPLACEMENT_RUN.search(text))
        or C1_CONTROLS.search(text)
    )
    if m is None:
        from ftfy.badness import is_bad

        if not is_bad(text):
            return None
        return text[:40]
    return text[max(0, m.start() - 15) : m.end() + 15]


def looks_mojibake(text: str | None) -> bool:
    """Whether ``text`` shows mojibake (see :func:`mojibake_excerpt`)."""
    return mojibake_excerpt(text) is not None


def repair_mojibake(text: str) -> tuple[str, bool]:
    """(``text`` with UTF-8-read-as-cp1252 mojibake undone by ``ftfy.fix_encoding``, whether it
    changed). Text without a suspicious sequence is returned as is, without calling ftfy; ftfy
    itself leaves text alone unless undoing the mis-decoding makes it clearly better."""
    if not text or not (MOJIBAKE.search(text) or C1_CONTROLS.search(text)):
        return text, False
    import ftfy

    fixed = ftfy.fix_encoding(text)
    return fixed, fixed != text


# an HTML character reference, complete with its ';': numeric (&#233; &#xE9;) or named (&eacute;)
_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)


def character_references(text: str) -> tuple[str, int, int]:
    """``text`` with every complete HTML character reference (``&#233;``, ``&#xE9;``,
    ``&eacute;``, ``&amp;``: ``&``, a number or an HTML name, ``;``) replaced by the character it
    encodes (``html.unescape`` of that reference alone, one level: ``&amp;#233;`` becomes
    ``&#233;``), how many were replaced, and how many of those encode no character and became
    U+FFFD as HTML decodes them (``&#0;``, a surrogate ``&#xD800;``, ``&#x110000;`` beyond
    Unicode): replacement characters the article counts in ``replaced_chars`` as it counts an
    invalid byte's. A reference in a plain-text or JSON field is an encoding of a character, as a
    UTF-8 byte sequence is, and feeds and HTML pages are already read with theirs decoded; a bare
    ``&`` (``S&P``, ``AT&T``), a reference without its ``;`` (``&notes``) and a name HTML does
    not define (``&foo;``) stay as given. Offsets are taken later, on the decoded text the
    article stores."""
    count = replaced = 0

    def one(match: re.Match[str]) -> str:
        nonlocal count, replaced
        ref = match.group()
        got = html.unescape(ref)
        count += got != ref
        replaced += _no_character(ref, got)
        return got

    return _CHARACTER_REFERENCE.sub(one, text), count, replaced


def first_reference(text: str | None) -> tuple[str, str] | None:
    """The first complete HTML character reference in ``text`` that
    :func:`character_references` decodes, with what it decodes to (``("&#233;", "é")``), or
    None: the example an ``ingest_notes`` entry shows of its own input."""
    if not text or "&" not in text:
        return None
    for m in _CHARACTER_REFERENCE.finditer(text):
        got = html.unescape(m.group())
        if got != m.group():
            return m.group(), got
    return None


def leftover_reference(text: str | None) -> str | None:
    """A short excerpt around the first complete HTML character reference left in ``text`` after
    ingest decoded one level (:func:`character_references`), or None. Such a reference
    (``Caf&eacute;``, ``&#233;``, ``AT&amp;T``) means the source encoded it twice
    (``Caf&amp;eacute;``): one level is decoded as documented and the rest is kept as given, so
    the text shows the markup instead of the character. A bare ``&``, a reference without its
    ``;`` and a name HTML does not define (``&foo;``, which ``html.unescape`` leaves alone) are
    not references. Pure text, never raises."""
    if not text or "&" not in text:
        return None
    for m in _CHARACTER_REFERENCE.finditer(text):
        if html.unescape(m.group()) != m.group():
            return text[max(0, m.start() - 15) : m.end() + 15]
    return None


def references_to_no_character(html_text: str) -> int:
    """How many complete character references in ``html_text`` encode no character (``&#0;``,
    ``&#xD800;``, ``&#x110000;``): an HTML parser reads each as U+FFFD (see
    :func:`character_references`). A reference to U+FFFD itself is not one."""
    return sum(
        _no_character(m.group(), html.unescape(m.group()))
        for m in _CHARACTER_REFERENCE.finditer(html_text)
        if m.group().startswith("&#")
    )


def _no_character(reference: str, decoded: str) -> bool:
    """Whether ``reference`` decoded to U+FFFD without naming it (``&#xFFFD;``/``&#65533;``)."""
    if decoded != "\ufffd" or not reference.startswith("&#"):
        return False
    digits = reference[2:-1]
    return (int(digits[1:], 16) if digits[:1] in ("x", "X") else int(digits)) != 0xFFFD
