"""Bytes to text: a declared-UTF-8 document with a few bad bytes stays UTF-8 (each bad byte one
counted U+FFFD), what is not UTF-8 falls back (or is refused), mojibake is repaired and flagged,
and strings leave ingest as valid UTF-8."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.ingest.decode import (
    DETECT,
    as_utf8_xml,
    decode,
    looks_mojibake,
    repair_mojibake,
    valid_name,
    valid_text,
)

NAMES = "Erdoğan Türkiye Sánchez José Manuel Albares Łukaszenka Nguyễn Øvergaard İnönü 王毅"


@pytest.mark.parametrize("stray", [b"\x96", b"\xe9", b"\xff", b"\x80\x81", b"\xc3"])
@pytest.mark.parametrize(
    ("content_type", "doc"),
    [
        ("text/html; charset=utf-8", b"<html><body><p>%s %s</p></body></html>"),
        ("", b'<html><head><meta charset="utf-8"></head><body><p>%s %s</p></body></html>'),
        ("application/rss+xml", b'<?xml version="1.0" encoding="UTF-8"?><rss>%s %s</rss>'),
    ],
)
def test_a_few_bad_bytes_in_declared_utf8_replace_only_themselves(content_type, doc, stray):
    body = doc % (NAMES.encode("utf-8"), b"blocks 5 " + stray + b" 10")
    out = decode(body, content_type)
    assert out.encoding == "utf-8" and out.declared == "utf-8"
    assert NAMES in out.text  # not one name garbled
    assert out.replaced == out.text.count("\ufffd") >= 1
    assert out.note and "replaced by U+FFFD" in out.note


@given(
    st.lists(
        st.one_of(
            st.text(max_size=30).filter(lambda t: not any(0xD800 <= ord(c) <= 0xDFFF for c in t)),
            st.sampled_from(["\ud83c", "\udf0d", "\udcff", "\ud800\udc00", "\ud83c\udf0d"]),
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["", "text/html; charset=utf-8", "application/json"]),
)
@settings(max_examples=300, deadline=None)
def test_surrogates_written_as_utf8_are_utf8_not_another_encoding(parts, ctype):
    """Python's ``surrogatepass``, Java's modified UTF-8, CESU-8: a pair written as two 3-byte
    sequences is its character, a lone surrogate one counted U+FFFD, the rest of the text intact
    (a strict decoder sees three bad bytes per surrogate and may refuse the whole file)."""
    text = "".join(parts)
    body = text.encode("utf-8", "surrogatepass")
    if body.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or not text:
        return
    want = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    for fallback in ("cp1252", None):
        out = decode(body, ctype, fallback=fallback)
        assert (out.text, out.encoding) == (want, "utf-8")
        assert out.replaced == want.count("\ufffd") - text.count("\ufffd")


def test_a_file_with_one_lone_surrogate_keeps_its_records():
    body = (
        b'{"text": "Talks resume in Geneva, the minister said."}\n'
        b'{"text": "The envoy said to' + "\udcff".encode("utf-8", "surrogatepass") + b'ld."}\n'
    )
    out = decode(body, "", fallback=None)  # files: never guessed, here not refused either
    assert (
        out.replaced == 1 and out.text.splitlines()[1] == '{"text": "The envoy said to\ufffdld."}'
    )
    assert "surrogate" in out.note


def test_undeclared_latin1_is_windows_1252_and_files_refuse_to_guess():
    body = "Ação, café e açúcar: o ministro disse que não.".encode("latin-1")
    out = decode(body, "application/xml")
    assert out.encoding == "cp1252" and out.text.startswith("Ação") and out.replaced == 0
    with pytest.raises(UnicodeDecodeError):
        decode(body, "", fallback=None)


@pytest.mark.parametrize(
    ("body", "encoding", "text"),
    [
        # UTF-16/32 without a byte-order mark: a NUL beside every ASCII character
        (NAMES.encode("utf-16-le"), "utf-16-le", NAMES),
        (f"Title\n{NAMES}".encode("utf-16-be"), "utf-16-be", f"Title\n{NAMES}"),
        (NAMES.encode("utf-32-le"), "utf-32-le", NAMES),
        # legacy single-byte text: cp1252 where Western codecs tie, another where it reads better
        ("Sánchez, Müller, España, Ça va.".encode("latin-1"), "cp1252", "Sánchez, Müller, España, Ça va."),
        ("Президент заявил, что переговоры продолжатся.".encode("cp1251"), "cp1251",
         "Президент заявил, что переговоры продолжатся."),
        # a stray NUL in UTF-8 text is no reason to guess: still UTF-8, nothing detected
        ("Erdoğan said so.\x00 Yes.".encode(), "utf-8", "Erdoğan said so.\x00 Yes."),
    ],
)  # fmt: skip
def test_files_detect_what_is_not_utf8_and_say_so(body, encoding, text):
    out = decode(body, "", fallback=DETECT)
    assert (out.encoding, out.text, out.replaced) == (encoding, text, 0)
    assert (out.note == f"no byte-order mark or declaration: {encoding} detected") == (
        encoding != "utf-8"
    )


def test_bytes_no_codec_reads_raise_for_the_caller_to_quarantine():
    with pytest.raises(UnicodeDecodeError, match="no text encoding reads these bytes"):
        decode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2, "", fallback=DETECT)


def test_declared_utf8_that_is_wholly_latin1_is_read_as_windows_1252_and_noted():
    body = ("<meta charset='utf-8'>" + "Müller, Ærø, Ñandú, façade, café, naïve. " * 3).encode(
        "latin-1"
    )
    out = decode(body, "")
    assert out.encoding == "cp1252" and "Müller" in out.text
    assert "declared UTF-8" in out.note


def test_a_latin1_label_on_utf8_bytes_is_a_wrong_label():
    out = decode(f"<p>{NAMES}</p>".encode(), "text/html; charset=ISO-8859-1")
    assert out.encoding == "utf-8" and NAMES in out.text and "but the bytes are UTF-8" in out.note


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig", "utf-32"])
def test_a_byte_order_mark_wins(codec):
    out = decode(NAMES.encode(codec), "text/html; charset=iso-8859-1")
    assert out.text == NAMES


def test_other_declared_charsets_are_honoured():
    out = decode("Привет, мир".encode("koi8-r"), "text/plain; charset=koi8-r")
    assert out.text == "Привет, мир" and out.encoding == "koi8-r"


def test_feed_bytes_are_handed_to_the_xml_parser_as_utf8_without_a_conflicting_declaration():
    body = '<?xml version="1.0" encoding="ISO-8859-1"?><rss>café</rss>'.encode("latin-1")
    out = decode(body, "")
    data = as_utf8_xml(out)
    assert data.startswith(b'<?xml version="1.0"?>') and "café".encode() in data


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_valid_utf8_round_trips_whatever_is_declared(text):
    body = text.encode("utf-8", "surrogatepass")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return  # not valid UTF-8 to begin with
    for ctype in ("", "text/html; charset=utf-8", "text/xml; charset=iso-8859-1"):
        out = decode(body, ctype)
        if body.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            continue
        assert out.text == text and out.replaced == 0


@given(st.binary(max_size=400), st.sampled_from(["", "text/html; charset=utf-8", "text/xml"]))
@settings(max_examples=400, deadline=None)
def test_decoding_never_raises_and_counts_what_it_replaced(body, ctype):
    out = decode(body, ctype)
    assert isinstance(out.text, str) and out.replaced >= 0
    out.text.encode("utf-8")  # always valid UTF-8 (no surrogates)


@pytest.mark.parametrize(
    ("bad", "good"),
    [
        ("Pedro SÃ¡nchez and JosÃ© Manuel Albares", "Pedro Sánchez and José Manuel Albares"),
        ("President ErdoÄŸan said TÃ¼rkiye would", "President Erdoğan said Türkiye would"),
        ("Itâ€™s the ministerâ€™s view", "It’s the minister’s view"),
    ],
)
def test_mojibake_is_repaired_and_said(bad, good):
    assert looks_mojibake(bad)
    assert repair_mojibake(bad) == (good, True)
    assert not looks_mojibake(good)


@pytest.mark.parametrize(
    "text",
    [
        NAMES,
        "Ärger in Österreich über die Übernahme",
        "SÃO PAULO",  # Portuguese capitals: Ã followed by a letter is not mojibake
        "“Curly” and ‘single’ quotes — and an ellipsis…",
        "naïve façade, Zürich, Øresund, İstanbul, Ðorđević",
    ],
)
def test_clean_text_is_left_alone(text):
    assert not looks_mojibake(text)
    assert repair_mojibake(text) == (text, False)


def test_replacement_runs_and_c1_controls_are_mojibake():
    assert looks_mojibake("Erdo\ufffd\ufffdan") and not looks_mojibake("blocks 5 \ufffd 10")
    assert looks_mojibake("caf\u0082 noir")


def test_strings_at_the_boundary_are_valid_utf8():
    assert valid_text("x\udce9y\ud800") == ("x\ufffdy\ufffd", 2)
    assert valid_text("plain") == ("plain", 0)
    assert valid_name("caf\udce9.txt") == "caf\\xe9.txt"  # distinct and readable
    assert valid_name("café.txt") == "café.txt"
