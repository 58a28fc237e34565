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
    EncodingQuarantine,
    as_utf8_xml,
    decode,
    legacy_letter,
    legacy_punctuation,
    looks_mojibake,
    mojibake_excerpt,
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


# ---------------------------------------------------------------------------------------------
# detection accepts only what it reads with confidence (review of prod9's charset-normalizer use)

RU = "Министр иностранных дел России Сергей Лавров заявил, что переговоры продолжатся."
AR = "قال وزير الخارجية إن المحادثات ستستأنف في جنيف الأسبوع المقبل، وفقا للبيان."
EL = "Ο πρωθυπουργός Κυριάκος Μητσοτάκης δήλωσε ότι οι συνομιλίες θα συνεχιστούν."
LONG_EN = "The minister said the talks in Geneva would resume next week. " * 20


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [f"Заголовок\n{RU}", AR, EL], ids=["ru", "ar", "el"])
def test_bomless_utf16_of_non_latin_scripts_is_read_from_its_nul_parity(text, codec):
    # UTF-16 Cyrillic/Arabic/Greek: NULs only in spaces and punctuation (6-8 % of the bytes, too
    # few for the quarter rule, and valid UTF-8 when read byte by byte), all on one parity
    out = decode(text.encode(codec), "", fallback=DETECT)
    assert (out.encoding, out.text, out.replaced) == (codec, text, 0)
    assert out.note == f"no byte-order mark or declaration: {codec} detected"


@pytest.mark.parametrize(
    "body",
    [
        "Erdoğan said so.\x00 Yes.".encode(),  # one stray NUL: UTF-8
        b"id\x00 1\x00 2\x00 3\x00 " + "Müller".encode() + b"x",  # NULs, but an odd length
        (LONG_EN[:40] + "\x00\x00" + LONG_EN[:40]).encode(),  # NULs on both parities
    ],
)
def test_a_few_nul_bytes_do_not_make_utf8_text_utf16(body):
    out = decode(body, "", fallback=DETECT)
    assert out.encoding == "utf-8" and out.text == body.decode("utf-8")


@pytest.mark.parametrize(
    ("stray", "replaced"),
    [
        (b"\x81", 1),  # undefined in cp1252: charset-normalizer said cp932 and ate the next 'm'
        (b"\x8d", 1),  # said cp1250: 'Ť'
        (b"\x9d", 1),
        (b"\xc3 ", 1),  # a lead byte whose continuation was lost (touching no letter)
        (b"\xe2\x80", 1),  # a curly quotation mark cut short: said cp775 'ŌĆ'
        (b"\xff ", 1),
        (b"\x93 \x93", 2),  # quotation marks that open nothing they close
        (b"\x97 \x97 \x97", 3),  # up to DECLARED_BAD_ALLOWANCE
    ],
)
def test_undeclared_ascii_text_with_a_few_bad_bytes_is_utf8_with_counted_replacements(
    stray, replaced
):
    body = LONG_EN.encode()[:500] + stray + LONG_EN.encode()[500:]
    out = decode(body, "", fallback=DETECT)
    assert (out.encoding, out.replaced) == ("utf-8", replaced)
    assert out.text.count("\ufffd") == replaced
    # nothing but the bad bytes changed: every ASCII character is where it was
    assert out.text.replace("\ufffd", "") == body.decode("ascii", "ignore")
    assert "replaced by U+FFFD" in out.note


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        (b"the minister\x92s plan", "the minister\u2019s plan"),  # an apostrophe in a word
        (
            b"called it \x93a matter for diplomats\x94 today",
            "called it \u201ca matter for diplomats\u201d today",
        ),
        (
            b"the \x91so-called\x92 vote \x96 and more",
            "the \u2018so-called\u2019 vote \u2013 and more",
        ),
    ],
)
@pytest.mark.parametrize("content_type", ["", "text/plain; charset=utf-8"])
def test_windows_1252_quotation_marks_in_place_are_read_as_windows_1252(
    marks, expected, content_type
):
    """Smart quotes of a text saved in Windows-1252 (an apostrophe between letters, a quotation
    opened and closed) with no UTF-8 anywhere are cp1252, not damaged UTF-8: every character
    kept, none replaced, and the note says so (undeclared, or under a UTF-8 label)."""
    body = LONG_EN.encode()[:500] + marks + LONG_EN.encode()[500:]
    out = decode(body, content_type, fallback=DETECT)
    assert (out.encoding, out.replaced) == ("cp1252", 0)
    assert expected in out.text and "\ufffd" not in out.text
    assert "Windows-1252 quotation marks" in out.note


@pytest.mark.parametrize(
    "body",
    [
        b"blocks 5 \x96 10",  # a dash between spaces: no evidence
        b"the minister\x92s plan \x81",  # a byte Windows-1252 leaves undefined
        b"\x93 open and never closed",
    ],
)
def test_a_stray_legacy_byte_is_no_windows_1252_quotation(body):
    assert not legacy_punctuation(body)


TR = "Erdoğan said Türkiye and Sánchez met José Manuel Albares. "


@pytest.mark.parametrize(
    "body",
    [
        ("Title\n" + TR).encode() + ("Müller “said” ñ é à ç ß ö ü " * 3).encode("cp1252"),
        ("Müller sagte “nein”, Straße, Größe, übel. " * 2).encode("cp1252")
        + b"\n"
        + "İnönü and Łukaszenka met Øvergaard.".encode(),
        "Sánchez y Müller: “sí”. ".encode("latin-1", "ignore")
        + "Çelik, Ñandú, Ærø, façade, naïve, café, señor ".encode("cp1252")
        + "Nguyễn and 王毅 agreed.".encode(),
    ],
    ids=["utf8-then-cp1252", "cp1252-then-utf8", "utf8-runs-among-latin1"],
)
def test_text_in_two_encodings_is_quarantined_never_decoded_whole(body):
    with pytest.raises(EncodingQuarantine) as info:
        decode(body, "", fallback=DETECT)
    assert info.value.quarantine == "mixed-encoding"
    assert "two encodings" in info.value.reason


@pytest.mark.parametrize(
    ("body", "why"),
    [
        # short KOI8-R: Shift-JIS, EUC-JIS, GB18030 and Big5 read it about as well
        ("Лавров\nЛавров заявил.".encode("koi8-r"), "read different text"),
        # ISO-8859-2 Polish: detected as ISO-8859-10 ('Waģęsa'), -14 and -4 about as likely
        ("Tytuł\nWałęsa powiedział, że Łódź i Gdańsk są ważne. Zażółć gęślą jaźń.".encode(
            "iso-8859-2"), "read different text"),
        # Mac Roman read as Windows-1252: 'CafŽ MŸller said ÒnoÓ'
        ("Title\nCafé Müller said “no”.".encode("mac_roman"), "capital letter inside"),
        ("Café Müller dijo “no” ayer en Madrid.".encode("mac_roman"), "capital letter inside"),
    ],
)  # fmt: skip
def test_a_weak_detection_is_quarantined_with_its_scores(body, why):
    with pytest.raises(EncodingQuarantine) as info:
        decode(body, "", fallback=DETECT)
    assert info.value.quarantine == "uncertain-encoding"
    assert why in info.value.reason and "chaos" in info.value.reason
    assert "coherence" in info.value.reason


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [
        ("Sánchez, Müller, España, Ça va.", "latin-1", "cp1252"),
        ("Pedro Sánchez dijo: “España no cederá”. Ñandú, Çelik, Müller — ‘ok’ …", "cp1252",
         "cp1252"),
        (f"Заголовок\n{RU}", "koi8-r", "koi8-r"),
        (f"Заголовок\n{RU}", "cp1251", "cp1251"),
        ("Titulek\nPříliš žluťoučký kůň úpěl ďábelské ódy. Řekl Babiš.", "cp1250", "cp1250"),
        ("見出し\n岸田文雄首相は記者会見で、来週ジュネーブで協議を再開すると述べた。", "shift_jis",
         "cp932"),
        ("标题\n外交部发言人汪文斌表示，谈判将于下周在日内瓦恢复。", "gb18030", "gb18030"),
        ("제목\n윤석열 대통령은 다음 주 제네바에서 협상이 재개될 것이라고 말했다.", "euc-kr",
         "cp949"),
        (EL, "iso-8859-7", "cp1253"),
    ],
)  # fmt: skip
def test_confident_detections_are_kept(text, codec, encoding):
    out = decode(text.encode(codec), "", fallback=DETECT)
    assert (out.encoding, out.text, out.replaced) == (encoding, text, 0)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-8"])
def test_byte_order_marks_still_win(codec):
    text = f"Title\n{TR}{RU}"
    out = decode(
        codecs.BOM_UTF8 + text.encode()
        if codec == "utf-8"
        else text.encode(codec.replace("-le", "").replace("-be", "")),
        "",
        fallback=DETECT,
    )
    assert out.text == text and out.replaced == 0


PL = (
    "Premier Donald Tusk powiedział w środę w Warszawie, że rozmowy z Ukrainą będą "
    "kontynuowane. Minister Radosław Sikorski zaznaczył, że Polska nie zmieni stanowiska."
)
TR_NEWS = (
    "Dışişleri Bakanı Hakan Fidan, Ankara'da yaptığı açıklamada Türkiye'nin müzakerelere "
    "katkı sağlayacağını söyledi. Cumhurbaşkanı Erdoğan görüşmelerin sürdüğünü belirtti."
)
CS = (
    "Premiér Petr Fiala ve středu v Praze řekl, že jednání s Ukrajinou budou pokračovat. "
    "Ministr zahraničí Jan Lipavský uvedl, že Česko nezmění postoj."
)
DE = (
    "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Gespräche über die Überwachung "
    "würden fortgesetzt. Außenministerin Annalena Baerbock äußerte sich zurückhaltend."
)
FR = (
    "Le président Emmanuel Macron a déclaré mercredi à l'Élysée que la sécurité européenne "
    "était « une priorité ». Le ministre a réagi à la déclaration de Bruxelles."
)


@pytest.mark.parametrize(
    ("text", "codec"),
    [(PL, "cp1250"), (PL, "iso-8859-2"), (TR_NEWS, "cp1254"), (TR_NEWS, "iso-8859-9"),
     (CS, "cp1250"), (CS, "iso-8859-2")],
)  # fmt: skip
def test_central_european_text_is_not_read_as_windows_1252(text, codec):
    # charset-normalizer ties these with cp1252 ('powiedzia³', 'Dýþiþleri', 'støedu'); the
    # Windows-1252 default held silently before: now a tie it cannot break is quarantined
    try:
        out = decode(text.encode(codec), "", fallback=DETECT)
    except EncodingQuarantine as err:
        assert err.quarantine == "uncertain-encoding" and "coherence" in err.reason
    else:
        assert out.text == text


@pytest.mark.parametrize(("text", "codec"), [(DE, "cp1252"), (DE, "latin-1"), (FR, "cp1252"),
                                             (FR, "latin-1")])  # fmt: skip
def test_western_text_in_a_legacy_codec_is_still_windows_1252(text, codec):
    out = decode(text.encode(codec), "", fallback=DETECT)
    assert (out.encoding, out.text) == ("cp1252", text)


SHORT_FR = (
    "Talks resume in Geneva\n\nFrench Foreign Minister Jean Dupont said on Tuesday that the talks "
    "with Germany were \u201cconstructive\u201d and that Paris \u201cwill not accept\u201d new "
    "tariffs. German Chancellor Olaf Scholz said the caf\u00e9 meeting was a d\u00e9j\u00e0 vu.\n"
)


@pytest.mark.parametrize(
    ("text", "cleaner"),
    [
        (SHORT_FR, "cp1257"),  # 'déją vu': chaos 0.000 against cp1252's 0.021, coherence equal
        ("Le café était déjà fermé à Noël, dit-il.", "mac-latin2"),
    ],
)
def test_short_western_text_is_windows_1252_when_it_ties_a_slightly_cleaner_reading(text, cleaner):
    """charset-normalizer scores a Baltic or Central European reading of a few French accents a
    little less chaotic ('déją'): within the tie (TIE_CHAOS), as coherent, every byte defined,
    Windows-1252 is the WHATWG default and is taken, the note saying which reading it beat."""
    out = decode(text.encode("cp1252"), "", fallback=DETECT)
    assert (out.encoding, out.text) == ("cp1252", text)
    assert "WHATWG default" in out.note and cleaner in out.note.replace("_", "-")


def test_cleaner_readings_that_disagree_are_not_overruled_by_the_default():
    """Lithuanian in cp1257: cp1250 and cp1257 tie as the least chaotic and read different text;
    Windows-1252 ('Ðimonytë', 'aèiû') is not set against them: quarantined or read right."""
    text = (
        "Talks resume in Geneva\n\nFrench Foreign Minister Jean Dupont said on Tuesday that the "
        "talks were \u201cconstructive\u201d. Lithuanian minister Gabrielius Landsbergis met "
        "\u0160imonyt\u0117 in Vilnius; Naus\u0117da said \u201ca\u010di\u016b\u201d."
    )
    try:
        out = decode(text.encode("cp1257"), "", fallback=DETECT)
    except EncodingQuarantine as err:
        assert err.quarantine == "uncertain-encoding"
    else:
        assert out.text == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # a capital inside a word now and then is real text, not a misread codec
        (f"{RU} Сенатор МакКейн ответил главе МИДа, что {RU}", "cp1251"),
        (f"{RU} Сенатор МакКейн ответил главе МИДа, что {RU}", "koi8-r"),
        (f"{DE} Der irische Minister Ó Briain sprach in hÉireann.", "cp1252"),
    ],
)  # fmt: skip
def test_a_few_capitals_inside_words_are_not_a_misread_codec(text, codec):
    out = decode(text.encode(codec), "", fallback=DETECT)
    assert (out.encoding, out.text) == (codec, text)


@pytest.mark.parametrize(
    "text",
    [
        "Spain's Foreign Minister José Manuel Albares said on Tuesday that Madrid would not "
        "accept the plan. François met him at a café near the ministry.",
        'Foreign Minister José Manuel Albares said Madrid "will not accept" the plan.',
        "The café owner, Müller, said the talks in Zürich had failed.",
        "Señor Peña told reporters the deal was over.",
        "Prime Minister Andrej Babiš said Prague would not sign.",  # cp1252's š (0x9A)
    ],
)
def test_undeclared_latin1_letters_in_ascii_text_are_never_silently_replaced(text):
    # a few accented letters written in Latin-1/Windows-1252 are legacy text, not damaged UTF-8:
    # read with the detector, or quarantined as uncertain, never one U+FFFD per letter
    body = text.encode("cp1252")
    try:
        out = decode(body, "", fallback=DETECT)
    except EncodingQuarantine as err:
        assert err.quarantine == "uncertain-encoding"
    else:
        assert (out.encoding, out.replaced, out.text) == ("cp1252", 0, text)


@pytest.mark.parametrize(
    ("body", "legacy"),
    [
        (b"Jos\xe9 Manuel", True),
        (b"Fran\xe7ois", True),
        (b"caf\xe9 ", True),
        (b"\xc9lys\xe9e", True),
        (b"Babi\x9a said", True),
        (b"blocks 5 \x96 10", False),  # a cp1252 dash between spaces: case 12
        (b"a \x81 b", False),
        (b"\x93yes\x94", False),  # quotation marks beside a word are not letters
        (b"week. \xc3The", False),  # a lost UTF-8 lead byte: "ÃThe" is no word
        (b"2 \xd7 3", False),  # the multiplication sign
        ("José".encode(), False),  # valid UTF-8
    ],
)
def test_legacy_letter_is_a_latin_letter_byte_inside_a_word(body, legacy):
    # before: no such rule, every byte below was one silent U+FFFD in an undeclared file
    assert legacy_letter(body) is legacy


@pytest.mark.parametrize("stray", [b"\xc3", b"\xff", b"\xe9"])
def test_an_undeclared_latin_letter_byte_touching_a_word_is_not_replaced_silently(stray):
    # 'Ãminister', 'ÿminister', 'éminister': a letter in Latin-1, inside a word: detected (and
    # read as that letter) or quarantined as uncertain, never one silent U+FFFD
    body = LONG_EN.encode()[:500] + stray + LONG_EN.encode()[500:]
    try:
        out = decode(body, "", fallback=DETECT)
    except EncodingQuarantine as err:
        assert err.quarantine == "uncertain-encoding"
    else:
        assert out.replaced == 0 and "\ufffd" not in out.text


@pytest.mark.parametrize(
    ("text", "name", "flagged"),
    [
        ("Jos\ufffd Manuel Albares", True, True),  # a Latin-1 name read as damaged UTF-8
        ("Fran\ufffdois Bayrou", True, True),
        ("Minister Albares in the caf\ufffd", True, True),  # a title
        ("Jos\ufffd Manuel Albares", False, False),  # running text: one counted replacement
        ("Erdo\ufffd\ufffdan", False, True),  # a run is mojibake anywhere
        ("José Manuel Albares", True, False),
        ("Recep Tayyip Erdoğan", True, False),
        # an invisible format character makes another name of the same one
        ("Blin\u200bken", True, True),  # zero-width space
        ("Ant\u00adony Blinken", True, True),  # soft hyphen (&shy;)
        ("\u202bSergei Lavrov\u202c", True, True),  # bidi embedding
        ("Sergei Lavrov\u200e", True, True),  # left-to-right mark
        ("Na\u2060to", True, True),  # word joiner
        ("Blin\u200bken said the talks would resume", False, False),  # running text keeps it
        ("\u0645\u06cc\u200c\u0634\u0648\u062f", True, False),  # ZWNJ spells Persian
    ],
)
def test_one_replacement_character_in_a_name_is_a_sign_of_lost_text(text, name, flagged):
    assert (mojibake_excerpt(text, name=name) is not None) is flagged


XML_LATIN1 = b'<?xml version="1.0" encoding="ISO-8859-1"?><rss><item>%s</item></rss>'
META_1252 = b'<html><head><meta charset="windows-1252"></head><body><p>%s</p></body></html>'
XML_KOI8 = b'<?xml version="1.0" encoding="KOI8-R"?><rss><item>%s</item></rss>'


@pytest.mark.parametrize(
    ("doc", "text", "codec", "encoding"),
    [
        (XML_LATIN1, "Klaus Müller said", "latin-1", "cp1252"),
        (XML_LATIN1, "Klaus Müller and Pedro Sánchez said", "latin-1", "cp1252"),
        (XML_LATIN1, "Müller, Sánchez and Gerd Schröder", "latin-1", "cp1252"),
        (META_1252, "Pedro Sánchez called it “naïve”", "cp1252", "cp1252"),
        (META_1252, "François Hollande", "cp1252", "cp1252"),
        (XML_KOI8, "Зеленский заявил", "koi8-r", "koi8-r"),
    ],
)
@pytest.mark.parametrize("ctype", ["text/xml; charset=utf-8", "text/html; charset=UTF-8"])
def test_a_wrong_utf8_header_yields_to_the_documents_own_declaration(
    doc, text, codec, encoding, ctype
):
    """The HTTP header says UTF-8, the document says ISO-8859-1 (or Windows-1252, KOI8-R) and the
    bytes are not UTF-8: the header is wrong, and even one to three accented letters are read by
    the document's declaration, never replaced by U+FFFD; the note says which won and why."""
    out = decode(doc % text.encode(codec), ctype)
    assert text in out.text and "\ufffd" not in out.text
    assert out.encoding == encoding and out.replaced == 0
    assert "declared UTF-8 by HTTP but the bytes are not UTF-8" in out.note


@pytest.mark.parametrize(
    ("body", "ctype", "name"),
    [
        (
            b"<p>German Defence Minister Klaus M\xfcller said</p>",
            "text/html; charset=utf-8",
            "Müller",
        ),
        (b"<p>Pedro S\xe1nchez said</p>", "application/rss+xml; charset=utf-8", "Sánchez"),
        (b'<meta charset="utf-8"><p>Jos\xe9 Manuel Albares</p>', "", "José"),
        (b'<meta charset="utf-8"><p>\xc9LYS\xc9E: Fran\xe7ois</p>', "text/html", "ÉLYSÉE"),
    ],
)
def test_latin_letters_declared_utf8_without_another_declaration_are_windows_1252(
    body, ctype, name
):
    """Declared UTF-8 (by the header or by a ``<meta charset>`` of a local file) with no valid
    UTF-8 at all and a Latin letter byte inside a word: Latin-1 text under a wrong label, read as
    Windows-1252 (the WHATWG default) and noted, not a name with a U+FFFD in it."""
    out = decode(body, ctype)
    assert name in out.text and "\ufffd" not in out.text
    assert out.encoding == "cp1252" and "declared UTF-8 but" in out.note
    assert decode(body, ctype, fallback=DETECT).text == out.text


@pytest.mark.parametrize("doc", [XML_LATIN1, META_1252])
def test_utf8_with_a_stray_byte_stays_utf8_whatever_the_document_declares(doc):
    """A wrong document declaration does not win over UTF-8 that is UTF-8 but for one bad byte:
    its valid multi-byte sequences say what it is."""
    body = doc % (NAMES.encode("utf-8") + b" 5 \x96 10")
    out = decode(body, "text/html; charset=utf-8")
    assert out.encoding == "utf-8" and NAMES in out.text and out.replaced == 1


@pytest.mark.parametrize("ctype", ["text/html; charset=windows-1251", "text/html; charset=koi8-r"])
def test_valid_utf8_that_the_document_declares_utf8_wins_over_another_header(ctype):
    body = f'<meta charset="utf-8"><p>{RU} {NAMES}</p>'.encode()
    out = decode(body, ctype)
    assert out.encoding == "utf-8" and RU in out.text and "as the document itself" in out.note


@pytest.mark.parametrize(
    ("body", "ctype", "name"),
    [
        (
            b'<meta charset="utf-16"><p>Caf\xe9 owner Klaus M\xfcller said</p>',
            "text/html; charset=utf-8",
            "Müller",
        ),
        (
            b'<meta charset="UTF-16LE"><p>Pedro S\xe1nchez said</p>',
            "text/html; charset=utf-8",
            "Sánchez",
        ),
        (
            b'<?xml version="1.0" encoding="UTF-16"?><rss>Fran\xe7ois Hollande</rss>',
            "application/rss+xml; charset=utf-8",
            "François",
        ),
        (b'<meta charset="utf-32"><p>Jos\xe9 Manuel Albares</p>', "", "José"),
        ('<meta charset="utf-16"><p>Erdoğan and 王毅 met</p>'.encode(), "", "Erdoğan and 王毅"),
        (
            '<?xml version="1.0" encoding="utf-16"?><rss>Erdoğan and 王毅</rss>'.encode(),
            "text/xml",
            "Erdoğan and 王毅",
        ),
    ],
)
def test_a_utf16_declaration_written_in_ascii_bytes_means_utf8(body, ctype, name):
    """A ``<meta charset>`` or XML declaration naming UTF-16/32 that is itself written in ASCII
    bytes cannot be true (WHATWG prescan: UTF-16 becomes UTF-8; XML 1.0 Appendix F): the bytes are
    never read as UTF-16, which turns every two letters into one CJK character."""
    out = decode(body, ctype)
    assert name in out.text and out.encoding in ("utf-8", "cp1252")
    assert not out.encoding.startswith(("utf-16", "utf-32"))
