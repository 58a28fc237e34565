"""A folder source accounts for every entry: each file and record is an article or a reject with
a reason, entries that are not inputs are counted, nothing outside the folder is read, and no
input can end the walk. The kinds come from ../shared/cases/reliability; the variants are ours."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from pathlib import Path

import pytest

from parley.dates import window_for_date
from parley.ingest.articles import PublishedIndex, build_articles
from parley.ingest.folder import entries, read_folder, split_title
from parley.ingest.records import RawArticle, Reject, SourceTally
from parley.ingest.sources import Source
from tests import hostile_inbox

W = window_for_date("2025-03-01")
BODY = "The United Nations envoy said on Saturday that talks would resume in Geneva next week."


def _read(folder: Path, **kw) -> tuple[list[RawArticle], list[Reject], SourceTally]:
    tally = SourceTally()
    found = list(read_folder(Source(name="inbox", type="folder", path=folder, **kw), tally))
    return (
        [x for x in found if isinstance(x, RawArticle)],
        [x for x in found if isinstance(x, Reject)],
        tally,
    )


def _by_locator(rejects: list[Reject]) -> dict[str, str]:
    return {r.locator: r.reason for r in rejects}


def test_the_reliability_inbox_every_file_accounted_for(shared_dir, tmp_path):
    inbox, _ = hostile_inbox.build(shared_dir, tmp_path)
    arts, rejects, tally = _read(inbox)
    assert _by_locator(rejects) == hostile_inbox.CASE_REJECTS
    assert sorted(a.locator for a in arts) == hostile_inbox.CASE_ARTICLES
    outside = hostile_inbox.outside_text()
    assert not outside or all(outside not in (r.excerpt or "") for r in rejects)  # never read
    rows, bad = build_articles([*arts, *rejects], W, PublishedIndex())
    assert len(rows) == len(hostile_inbox.CASE_ARTICLES) and len(bad) == len(
        hostile_inbox.CASE_REJECTS
    )
    by_loc = {r["locator"]: r for r in rows}
    assert by_loc["lone_surrogate.json"]["replaced_chars"] == 2  # title and text
    assert "\ufffd" in by_loc["lone_surrogate.json"]["text"]
    assert by_loc["u2028_inside_string.jsonl#t5"]["text"].count("\n") == 1
    for row in rows + bad:  # every string is valid UTF-8: the Parquet writer will take it
        for value in row.values():
            if isinstance(value, str):
                value.encode("utf-8")
    assert not tally.skipped


def test_links_fifos_and_hidden_entries(tmp_path):
    inbox, outside = tmp_path / "in", tmp_path / "out"
    (inbox / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("Top secret: the outside file was read. " * 3)
    (inbox / "a.txt").write_text(BODY)
    (inbox / "sub" / "b.txt").write_text(BODY + " Second.")
    (inbox / "escape.txt").symlink_to(outside / "secret.txt")
    (inbox / "escape_rel.txt").symlink_to(Path("..") / "out" / "secret.txt")
    (inbox / "outdir").symlink_to(outside)
    (inbox / "inside.txt").symlink_to(inbox / "a.txt")
    (inbox / "subdir_link").symlink_to(inbox / "sub")
    (inbox / "dangling.txt").symlink_to(inbox / "nope.txt")
    (inbox / "loop1").symlink_to(inbox / "loop2")
    (inbox / "loop2").symlink_to(inbox / "loop1")
    os.mkfifo(inbox / "fifo.txt")
    (inbox / ".hidden.txt").write_text(BODY)
    (inbox / ".git").mkdir()
    (inbox / ".git" / "config").write_text(BODY)
    (inbox / "NOTICE.md").write_text("# notice")
    arts, rejects, tally = _read(inbox)
    assert sorted(a.locator for a in arts) == ["a.txt", "inside.txt", "sub/b.txt"]
    assert _by_locator(rejects) == {
        "dangling.txt": "dangling-link",
        "escape.txt": "outside-source-folder",
        "escape_rel.txt": "outside-source-folder",
        "fifo.txt": "not-a-regular-file",
        "loop1": "dangling-link",
        "loop2": "dangling-link",
        "outdir": "outside-source-folder",
    }
    assert all("secret" not in (r.excerpt + r.detail) for r in rejects)
    assert tally.skipped == {"hidden": 2, "notice": 1, "linked-folder": 1}


def test_the_walk_is_sorted_by_name_bytes_and_reads_nothing_itself(tmp_path):
    for name in ("b.txt", "a.txt", "C.txt", "ä.txt"):
        (tmp_path / name).write_text(BODY)
    os.mkfifo(tmp_path / "z.fifo")  # the walk must not open it (that would block)
    assert [e.locator for e in entries(tmp_path)] == ["C.txt", "a.txt", "b.txt", "z.fifo", "ä.txt"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        # nesting (case: nested_2000.json) at other depths and shapes
        ("deep_list.json", b"[" * 100 + b"]" * 100, "limit-exceeded"),
        ("deep_mixed.json", b'{"a":[' * 40 + b"1" + b"]}" * 40, "limit-exceeded"),
        ("deep_line.jsonl", b'{"text":' + b"[" * 3000 + b"]" * 3000 + b"}\n", "limit-exceeded"),
        # long numbers (case: bigint_date.json) elsewhere in the record
        ("bigint_id.json", b'{"id": ' + b"7" * 4400 + b', "text": "x"}', "limit-exceeded"),
        ("bigfloat.json", b'{"text": "t", "published": 1.' + b"5" * 500 + b"}", "limit-exceeded"),
        ("nan.json", b'{"text": "The envoy said talks would resume.", "s": NaN}', "malformed-json"),
        # top level and field types (cases: top_level_list.json, text_is_number.json)
        ("top_string.json", b'"just a string"', "schema-invalid"),
        ("top_null.json", b"null", "schema-invalid"),
        ("text_object.json", b'{"text": {"en": "hello"}}', "schema-invalid"),
        ("text_bool.jsonl", b'{"text": true}\n', "schema-invalid"),
        ("title_number.json", b'{"text": "The envoy said.", "title": 5}', "schema-invalid"),
        ("no_text.json", b'{"title": "only a title"}', "schema-invalid"),
        # empty shapes (cases: empty.jsonl, whitespace_only.jsonl, empty_list.json)
        ("empty.json", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("bom_only.json", b"\xef\xbb\xbf", "empty"),
        ("blank_lines.jsonl", b"\r\n\r\n", "empty"),
        ("empty.html", b"", "empty"),
        # a page of navigation, a cookie notice, a "Subscribe" prompt and a footer (fresh12)
        (
            "subscribe.html",
            b"<html><head><title>Subscribe</title></head><body><nav>Home | World | Politics</nav>"
            b"<div class='cookie'>We use cookies to improve your experience. Accept all cookies."
            b"</div><p>Sign up for our newsletter. Subscribe now for unlimited access. Already a "
            b"subscriber? Log in.</p><footer>(c) 2025 Example News. All rights reserved.</footer>"
            b"</body></html>",
            "no-main-text",
        ),
        # encodings
        ("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2, "undecodable"),
        ("binary.json", bytes(range(256)) * 4, "undecodable"),
        ("truncated.json", b'{"text": "The envoy sa', "malformed-json"),
        # not an input we know how to read
        ("report.pdf", b"%PDF-1.4", "unsupported-type"),
        ("noext", b"text", "unsupported-type"),
    ],
)
def test_hostile_files_of_each_kind_become_rejects(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz_good.json").write_text(json.dumps({"text": BODY}))
    arts, rejects, _ = _read(tmp_path)
    assert [r.reason for r in rejects] == [reason], [(r.locator, r.detail) for r in rejects]
    assert rejects[0].locator.startswith(name) and rejects[0].detail
    assert [a.locator for a in arts] == ["zz_good.json"], "the walk goes on after a bad file"


@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        # lone surrogates (case: lone_surrogate.json) in other fields and shapes
        (
            "surrogate.jsonl",
            b'{"text": "The envoy \\ud800 said the talks would resume soon."}\n',
            "\ufffd",
        ),
        (
            "pair.json",
            b'{"text": "The envoy \\ud83d\\ude00 said the talks would resume soon."}',
            "😀",
        ),
        # separators inside strings (case: u2028_inside_string.jsonl)
        ("u2029.jsonl", json.dumps({"text": "a\u2029b " + BODY}, ensure_ascii=False), "a\n\nb"),
        ("u0085.jsonl", json.dumps({"text": "a\u0085b " + BODY}, ensure_ascii=False), "a\nb"),
        ("crlf.jsonl", json.dumps({"text": BODY}) + "\r\n", BODY),
        # UTF-8 with a few bad bytes is read, the bytes replaced and counted
        ("stray.txt", b"Title line\n\n" + BODY.encode() + b" \x96 Erdo\xc4\x9fan.", "Erdoğan"),
        ("bom.json", b"\xef\xbb\xbf" + json.dumps({"text": BODY}).encode(), BODY),
        ("utf16.txt", ("Title\n\n" + BODY).encode("utf-16"), BODY),
        # HTML character references in a plain-text or JSON field encode characters (as the
        # feeds' and pages' parsers read them); a bare & and undefined names stay as given
        (
            "refs.json",
            b'{"text": "The communiqu&#233; from S&P, AT&T &amp; Co cost &#163;5 &notes &foo; '
            + BODY.encode()
            + b'"}',
            "The communiqué from S&P, AT&T & Co cost £5 &notes &foo; ",
        ),
        (
            "refs.jsonl",
            b'{"text": "A clich&#xE9;d &amp;#233; ' + BODY.encode() + b'"}\n',
            "A clichéd &#233; ",
        ),
        (
            "refs.txt",
            b"Title\n\nThe d&eacute;marche &lt;said&gt; " + BODY.encode(),
            "The démarche <said> ",
        ),
    ],
)
def test_odd_but_readable_files_become_articles(tmp_path, name, data, text):
    (tmp_path / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    arts, rejects, _ = _read(tmp_path)
    assert not rejects and len(arts) == 1
    rows, bad = build_articles(arts, W, PublishedIndex())
    assert len(rows) == 1 and not bad and text in rows[0]["text"]


NAMES = "Erdoğan met Sánchez in Türkiye; “We will not back down,” said José Manuel Albares."
WESTERN = "Sánchez met Müller in Zürich; “España will not sign,” said José Manuel Albares – Ça va."
RECORD = {"id": "r1", "title": "Talks", "text": WESTERN + " " + BODY}
DETECTED = "no byte-order mark or declaration: {} detected"


def _files(codec: str, text: str) -> dict[str, bytes]:
    rec = json.dumps({**RECORD, "text": text + " " + BODY}, ensure_ascii=False)
    return {
        "a.txt": f"Talks\n{text} {BODY}\n".encode(codec),
        "b.json": rec.encode(codec),
        "c.jsonl": f"{rec}\n{rec.replace('r1', 'r2')}\n".encode(codec),
    }


@pytest.mark.parametrize(
    ("codec", "text", "encoding", "note"),
    [
        ("utf-16", NAMES, "utf-16-le", None),  # a byte-order mark: nothing to detect
        ("utf-16-be", NAMES, "utf-16-be", DETECTED.format("utf-16-be")),
        ("utf-16-le", NAMES, "utf-16-le", DETECTED.format("utf-16-le")),
        ("utf-32", NAMES, "utf-32-le", None),
        ("utf-32-le", NAMES, "utf-32-le", DETECTED.format("utf-32-le")),
        ("cp1252", WESTERN, "cp1252", DETECTED.format("cp1252")),
        ("latin-1", WESTERN.replace("“", '"').replace("”", '"').replace("–", "-"), "cp1252",
         DETECTED.format("cp1252")),
        ("cp1250", "Příliš žluťoučký kůň, řekl ministr Šťastný v Brně.", "cp1250",
         DETECTED.format("cp1250")),
    ],
)  # fmt: skip
def test_files_in_other_encodings_are_read_and_the_codec_is_said(
    tmp_path, codec, text, encoding, note
):
    """Text, JSON and JSON Lines files in UTF-16/32 (with and without a byte-order mark) and in
    legacy single-byte codecs are articles with every character intact, the codec in
    ``encoding`` and the detection in ``ingest_notes``: never a malformed-json reject, never
    mojibake."""
    for name, data in _files(codec, text).items():
        (tmp_path / name).write_bytes(data)
    arts, rejects, _ = _read(tmp_path)
    assert not rejects, [(r.locator, r.reason, r.detail) for r in rejects]
    assert [a.locator for a in arts] == ["a.txt", "b.json", "c.jsonl#r1", "c.jsonl#r2"]
    for art in arts:
        assert art.text.strip() == f"{text} {BODY}" and art.title == "Talks"
        assert art.encoding == encoding and art.replaced_chars == 0
        # a .txt file's headline line is the title, and its note says so
        taken = ["first line taken as the title (a headline): removed from the text"]
        assert art.notes == ([note] if note else []) + (taken if art.locator == "a.txt" else [])
    rows, bad = build_articles(arts, W, PublishedIndex())
    assert len(rows) == 4 and not bad
    assert {r["encoding"] for r in rows} == {encoding}


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2,  # an image named .txt
        bytes(range(256)) * 8,
        b"The envoy said" + bytes(range(128, 256)) * 3,
    ],
)
def test_bytes_no_codec_reads_are_quarantined_never_replaced(tmp_path, data):
    (tmp_path / "x.txt").write_bytes(data)
    arts, rejects, _ = _read(tmp_path)
    assert not arts and [r.reason for r in rejects] == ["undecodable"]
    assert "no text encoding reads these bytes" in rejects[0].detail
    assert "offset" in rejects[0].detail and rejects[0].input_hash


def test_non_utf8_file_names_are_distinct_and_valid(tmp_path):
    names = (b"caf\xe9.txt", b"caf\xe8.txt", b"x\xff\xfe.txt", b"sur\xed\xa0\x80.txt")
    for i, raw in enumerate(names):
        with open(os.path.join(os.fsencode(tmp_path), raw), "wb") as fh:
            fh.write(f"{BODY} File {i}.".encode())
    arts, rejects, _ = _read(tmp_path)
    locators = [a.locator for a in arts]
    assert not rejects and len(set(locators)) == 4
    for loc in locators:
        loc.encode("utf-8")
    rows, _ = build_articles(arts, W, PublishedIndex())
    assert len(rows) == 4


def test_a_txt_first_line_is_the_title_and_the_text_starts_after_it(tmp_path):
    (tmp_path / "10.txt").write_text(
        "TALKS COLLAPSE IN DOHA\n\nHamas said on Sunday that the new ceasefire proposal was "
        "unacceptable. Qatar's foreign ministry urged both sides to return to the table.\n"
    )
    (tmp_path / "one_line.txt").write_text(BODY)
    arts, _, _ = _read(tmp_path)
    by = {a.locator: a for a in arts}
    assert by["10.txt"].title == "TALKS COLLAPSE IN DOHA"
    assert by["10.txt"].text.lstrip().startswith("Hamas said")
    assert by["one_line.txt"].title == "one line" and by["one_line.txt"].text == BODY


def test_a_lede_first_line_stays_in_the_text_and_a_taken_title_is_noted(tmp_path):
    lede = (
        "Kenyan President William Ruto said on Tuesday that Nairobi would send more police "
        "officers to Haiti."
    )
    (tmp_path / "lede.txt").write_text(f"{lede}\nThe first group leaves next month.\n")
    (tmp_path / "head.txt").write_text("KENYA TO SEND MORE POLICE\n\nNairobi said on Tuesday.\n")
    arts, _, _ = _read(tmp_path)
    by = {a.locator: a for a in arts}
    assert by["lede.txt"].text.startswith(lede) and by["lede.txt"].title == "lede"
    assert not any("title" in n for n in by["lede.txt"].notes)
    assert by["head.txt"].title == "KENYA TO SEND MORE POLICE"
    assert "KENYA" not in by["head.txt"].text
    assert any("first line taken as the title" in n for n in by["head.txt"].notes)


@pytest.mark.parametrize(
    ("text", "title", "body_start"),
    [
        ("Headline\nBody text here.", "Headline", "Body text here."),
        ("\n\n  Headline  \n\n\nBody.", "Headline", "\n\nBody."),
        ("Only one line.", "fallback", "Only one line."),
        ("x" * 201 + "\nBody.", "fallback", "x"),  # too long to be a title
        ("Headline\n   \n", "fallback", "Headline"),  # nothing after it
        # a lede on the first line is a sentence, not a headline: it stays in the text
        (
            "The Chilean foreign minister said on Friday that Santiago would recall its "
            "ambassador.\nThe decision follows weeks of talks.",
            "fallback",
            "The Chilean foreign minister said",
        ),
        # a quotation on the first line too, its full stop inside the closing mark
        ("\u201cWe will not be rushed.\u201d\n\nThe envoy left.", "fallback", "\u201cWe will"),
        ("Talks end without a deal!\nBody.", "fallback", "Talks end"),
        # near misses that are headlines: a question, a quoted word, a colon
        ("Will Oslo mediate again?\n\nBody.", "Will Oslo mediate again?", "\nBody."),
        ("Sanctions on Minsk: what changes\nBody.", "Sanctions on Minsk: what changes", "Body."),
        (
            "\u2018Red lines\u2019 set for Gaza talks\nBody.",
            "\u2018Red lines\u2019 set for Gaza talks",
            "Body.",
        ),
    ],
)
def test_split_title(text, title, body_start):
    got_title, body = split_title(text, "fallback")
    assert got_title == title and body.startswith(body_start)


def test_a_file_over_the_cap_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from parley.ingest import folder

    monkeypatch.setattr(folder, "MAX_FILE_BYTES", 1000)
    with open(tmp_path / "big.txt", "wb") as fh:
        fh.truncate(10_000_000)  # sparse: costs no disk
    _, rejects, _ = _read(tmp_path)
    assert [r.reason for r in rejects] == ["too-large"] and "10,000,000 bytes" in rejects[0].detail


@pytest.mark.parametrize(("name", "feed"), [("world.rss", True), ("w.XML", True), ("a.pdf", False)])
def test_a_feed_file_in_the_inbox_says_how_feeds_are_read(tmp_path, name, feed):
    """An .rss file dropped into the inbox was refused with the inbox's readable types only: the
    reason also says a feed file is read by a feed source (type rss/atom, path:)."""
    (tmp_path / name).write_bytes(b"<rss version='2.0'><channel></channel></rss>")
    _, rejects, _ = _read(tmp_path)
    assert [r.reason for r in rejects] == ["unsupported-type"]
    assert ("a source of type rss or atom whose path: names it" in rejects[0].detail) is feed


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda p: p.unlink(), "vanished"),  # removed by another process mid-run
        (lambda p: p.rename(p.with_name("moved.tmp")), "vanished"),  # renamed away
        (lambda p: (p.unlink(), p.symlink_to(p.with_name("other.txt"))), "not-a-regular-file"),
    ],
)
def test_a_file_that_changes_after_the_walk_is_a_reject_that_says_so(
    tmp_path, monkeypatch, change, reason
):
    """A file listed as readable that is gone (or is a link) when it is opened was rejected as a
    ``dangling-link``: there was no link. Its neighbours are read all the same."""
    from parley.ingest import folder

    for name in ("a.txt", "b.txt", "other.txt"):
        (tmp_path / name).write_text(BODY)
    opened = folder.read_regular

    def change_b_first(path, limit):
        if path.name == "b.txt":
            change(path)
        return opened(path, limit)

    monkeypatch.setattr(folder, "read_regular", change_b_first)
    arts, rejects, _ = _read(tmp_path)
    assert sorted(a.locator for a in arts) == ["a.txt", "other.txt"]
    assert _by_locator(rejects) == {"b.txt": reason}
    assert "after the folder was listed" in rejects[0].detail


def test_a_missing_folder_is_a_source_level_reject(tmp_path):
    arts, rejects, _ = _read(tmp_path / "nope")
    assert not arts and [(r.reason, r.item) for r in rejects] == [("inbox-missing", False)]


def test_a_lone_surrogate_in_one_jsonl_record_costs_no_other_record(tmp_path):
    """Surrogates written as UTF-8 (``surrogatepass``, Java's modified UTF-8) are one counted
    U+FFFD each, in the record that holds them; the other records are read as they are."""
    lines = [
        '{"id": "a", "text": "The envoy said to\udcffday that the talks would resume in Geneva."}',
        '{"id": "b", "text": "The minister said the border would stay open for another week."}',
        '{"id": "c", "text": "A CESU-8 pair \ud83c\udf0d is the character it encodes, said the editor."}',
    ]
    (tmp_path / "recs.jsonl").write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    raws, rejects, _ = _read(tmp_path)
    assert not rejects
    by_id = {r.locator: r for r in raws}
    assert set(by_id) == {"recs.jsonl#a", "recs.jsonl#b", "recs.jsonl#c"}
    assert by_id["recs.jsonl#a"].text.startswith("The envoy said to\ufffdday")
    assert [by_id[f"recs.jsonl#{k}"].replaced_chars for k in "abc"] == [1, 0, 0]
    assert "\U0001f30d" in by_id["recs.jsonl#c"].text


@pytest.mark.parametrize(
    "lines, encode, newline",
    [
        # plain UTF-8: the line's bytes are its text's UTF-8 (the hash a lake already holds)
        ([json.dumps({"text": BODY}), "{broken line"], lambda t: t.encode("utf-8"), "\n"),
        # a byte order mark and CRLF line ends are not part of a line's bytes
        (
            ["{bröken", json.dumps({"text": BODY})],
            lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
            "\r\n",
        ),
        # a stray invalid byte among UTF-8 (decoded as U+FFFD): the line's bytes as read, not
        # its decoded text re-encoded
        (
            ["{caf\u00e9 cr\u00e8me \udce9 br\u00fbl\u00e9e", json.dumps({"text": BODY})],
            lambda t: t.encode("utf-8", "surrogateescape"),
            "\n",
        ),
    ],
)
def test_a_jsonl_line_carries_the_hash_of_its_own_bytes(tmp_path, lines, encode, newline):
    data = encode(newline.join(lines) + newline)
    (tmp_path / "lines.jsonl").write_bytes(data)
    articles, rejects, _ = _read(tmp_path)
    raw = data.removeprefix(codecs.BOM_UTF8).split(newline.encode())
    by_line = {r.locator.rsplit("#L", 1)[1]: r for r in rejects}
    bad = next(i for i, t in enumerate(lines) if t.startswith("{") and not t.startswith('{"'))
    assert by_line[str(bad + 1)].input_hash == hashlib.sha256(raw[bad]).hexdigest()
    good = 1 - bad
    assert [a.input_hash for a in articles] == [hashlib.sha256(raw[good]).hexdigest()]


@pytest.mark.parametrize(
    ("data", "blank"),
    [
        # blank and whitespace-only lines before, between and after records
        ("\n{r}\n\n   \n{bad}\n{r}\n\t\n", 4),
        ("\r\n{r}\r\n\r\n{bad}\r\n{r}", 2),
        # near misses: the newline that ends the last line, or none, is no blank line
        ("{r}\n{bad}\n{r}\n", 0),
        ("{r}\n{bad}\n{r}", 0),
    ],
)
def test_every_blank_jsonl_line_is_counted_as_skipped(tmp_path, data, blank):
    # every line is accounted: a record (an article or a reject) or a counted blank line
    rec, bad = json.dumps({"text": BODY}), json.dumps({"text": 5})
    doc = data.format(r=rec, bad=bad)
    (tmp_path / "in.jsonl").write_text(doc)
    arts, rejects, tally = _read(tmp_path)
    assert len(arts) == 2
    assert [r.reason for r in rejects] == ["schema-invalid"]
    assert tally.skipped == ({"blank line": blank} if blank else {})
    assert len(doc.rstrip("\n").split("\n")) == len(arts) + len(rejects) + blank


MIXED = ("Title\nErdoğan said Türkiye and Sánchez met José Manuel Albares. ").encode() + (
    "Müller “said” ñ é à ç ß ö ü " * 3
).encode("cp1252")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("mixed.txt", MIXED, "mixed-encoding"),
        ("mixed.json", json.dumps({"text": "Erdoğan said Türkiye."}, ensure_ascii=False).encode()
         [:-1] + ', "title": "Müller, Straße, Größe"}'.encode("cp1252"), "mixed-encoding"),
        ("koi8_short.txt", "Лавров\nЛавров заявил.".encode("koi8-r"), "uncertain-encoding"),
        ("mac.txt", "Title\nCafé Müller said “no”.".encode("mac_roman"), "uncertain-encoding"),
    ],
)  # fmt: skip
def test_text_no_codec_reads_with_confidence_is_quarantined_with_the_reason(
    tmp_path, name, data, reason
):
    (tmp_path / name).write_bytes(data)
    arts, rejects, _ = _read(tmp_path)
    assert not arts and [r.reason for r in rejects] == [reason]
    assert rejects[0].detail and rejects[0].input_hash
    assert ("chaos" in rejects[0].detail) == (reason == "uncertain-encoding")


def test_a_json_lines_file_in_two_encodings_is_decoded_line_by_line(tmp_path):
    lines = [
        json.dumps({"id": "c1", "text": "Erdoğan said Türkiye."}, ensure_ascii=False).encode(),
        b"",
        json.dumps({"id": "c2", "text": "Müller sagte “nein”, Straße, Größe."}, ensure_ascii=False)
        .encode("cp1252"),
        json.dumps({"id": "c3", "text": "İnönü met Łukaszenka."}, ensure_ascii=False).encode(),
        "Лавров заявил.".encode("koi8-r"),  # a line no codec reads with confidence
    ]  # fmt: skip
    (tmp_path / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    arts, rejects, tally = _read(tmp_path)
    got = {a.locator: (a.encoding, a.text) for a in arts}
    assert got == {
        "mixed.jsonl#c1": ("utf-8", "Erdoğan said Türkiye."),
        "mixed.jsonl#c2": ("cp1252", "Müller sagte “nein”, Straße, Größe."),
        "mixed.jsonl#c3": ("utf-8", "İnönü met Łukaszenka."),
    }
    assert [(r.locator, r.reason) for r in rejects] == [("mixed.jsonl#L5", "uncertain-encoding")]
    hashes = {a.locator: a.input_hash for a in arts}
    assert hashes["mixed.jsonl#c2"] == hashlib.sha256(lines[2]).hexdigest()
    assert tally.skipped["blank line"] == 1


def test_a_character_reference_in_a_title_is_decoded_and_said_in_the_notes(tmp_path):
    """A JSON record's "communiqu&#233;" became a speaker "communiqu&#233": the title and text
    are read with their references decoded, and ingest_notes says how many."""
    record = {"title": "A G7 communiqu&#233;", "text": "The communiqu&#233; said: " + BODY}
    (tmp_path / "a.json").write_text(json.dumps(record), encoding="utf-8")
    arts, _, _ = _read(tmp_path)
    (art,) = arts
    assert (art.title, art.text) == ("A G7 communiqué", "The communiqué said: " + BODY)
    assert "2 HTML character references decoded (the first: &#233; read as é)" in art.notes
    (tmp_path / "a.json").write_text(json.dumps({"title": "T", "text": BODY}), encoding="utf-8")
    (plain,) = _read(tmp_path)[0]
    assert not any("character reference" in n for n in plain.notes)


@pytest.mark.parametrize(
    ("name", "data", "replaced"),
    [
        # references that encode no character decode to U+FFFD (html.unescape): NUL, beyond
        # Unicode, a surrogate; each is a replacement, counted as an invalid byte's would be
        ("nul.txt", "Title\n\nThe envoy&#0; said " + BODY, 1),
        ("beyond.txt", "Title\n\nThe envoy&#x110000; said " + BODY, 1),
        ("both.json", json.dumps({"title": "A&#0;B", "text": "C&#xD800;&#x110000; " + BODY}), 3),
        ("nul.jsonl", json.dumps({"text": "The envoy&#0; said " + BODY}) + "\n", 1),
        # a reference to U+FFFD itself is that character as written (not a replacement), and
        # references that decode to a character are no replacements either
        ("given.txt", "Title\n\nThe envoy&#xFFFD; said &#233; " + BODY, 0),
    ],
)
def test_a_reference_to_no_character_is_a_counted_replacement(tmp_path, name, data, replaced):
    """``&#0;`` and ``&#x110000;`` became U+FFFD in a .txt or JSON file's text while
    ``replaced_chars`` stayed 0 (the fidelity checks read an uncounted U+FFFD as a lost
    letter): each is counted, on the raw article and the article row, and said in the notes."""
    (tmp_path / name).write_text(data, encoding="utf-8")
    arts, rejects, _ = _read(tmp_path)
    assert not rejects and len(arts) == 1
    assert arts[0].replaced_chars == replaced
    rows, bad = build_articles(arts, W, PublishedIndex())
    assert not bad and rows[0]["replaced_chars"] == replaced
    assert f"{rows[0]['title'] or ''}{rows[0]['text']}".count("\ufffd") == max(replaced, 1)
    said = [n for n in arts[0].notes if "character reference" in n]
    assert bool(replaced) == any(f"{replaced} of them to U+FFFD" in n for n in said)


def test_a_reference_to_no_character_in_an_html_file_is_a_counted_replacement(tmp_path):
    """The HTML parser reads ``&#0;`` and ``&#x110000;`` as U+FFFD too: counted when the
    article's text or title holds them (one in the boilerplate the article drops is not)."""
    page = (
        "<html><head><title>Talks</title></head><body><nav>Menu&#0;</nav><article>"
        "<h1>Talks resume</h1><p>The envoy&#0; said &#x110000; the talks would resume. "
        f"{BODY}</p><p>{BODY}</p></article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    arts, rejects, _ = _read(tmp_path)
    assert not rejects and len(arts) == 1
    assert f"{arts[0].title}{arts[0].text}".count("\ufffd") == 2
    assert arts[0].replaced_chars == 2
    rows, _ = build_articles(arts, W, PublishedIndex())
    assert rows[0]["replaced_chars"] == 2


@pytest.mark.parametrize(
    ("record", "text", "title", "note"),
    [
        # markup a scraper left in a record: inline elements keep their words in place,
        # blocks become paragraphs (a fresh user's speaker was "<b>Lavrov")
        (
            {"title": "Talks <i>stall</i>", "text": "<p><b>Lavrov</b> said " + BODY + "</p>"},
            "Lavrov said " + BODY,
            "Talks stall",
            "text: HTML markup (2 elements: <p>, <b>) read as HTML, its text kept",
        ),
        (
            {"text": "<p>Kuleba said the talks had failed.</p>\n<p>" + BODY + "</p>"},
            "Kuleba said the talks had failed.\n\n" + BODY,
            None,
            "text: HTML markup (2 elements: <p>) read as HTML, its text kept",
        ),
        # HTML escaped once, as RSS descriptions carry it: its references decoded, then read
        (
            {"text": "&lt;p&gt;&lt;strong&gt;Wang Yi&lt;/strong&gt; said " + BODY + "&lt;/p&gt;"},
            "Wang Yi said " + BODY,
            None,
            "text: HTML markup (escaped as character references, 2 elements: <p>, <strong>) "
            "read as HTML, its text kept",
        ),
    ],
)
def test_html_markup_in_a_record_is_read_as_html(tmp_path, record, text, title, note):
    (tmp_path / "a.json").write_text(json.dumps(record), encoding="utf-8")
    arts, rejects, _ = _read(tmp_path)
    assert not rejects
    (art,) = arts
    assert (art.text, art.title) == (text, title)
    assert note in art.notes
    rows, bad = build_articles(arts, W, PublishedIndex())  # a valid record is no reject
    assert not bad and rows[0]["text"] == text


@pytest.mark.parametrize(
    "given",
    [
        # near misses: angle brackets that are no HTML element stay exactly as given
        "The vote was 3 < 5 and the envoy said <inaudible> twice.  " + BODY,
        "Margins of <5% were reported, the minister said. " + BODY,
    ],
)
def test_angle_brackets_that_are_no_markup_stay_as_given(tmp_path, given):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": given}) + "\n", encoding="utf-8")
    ((art,), _, _) = _read(tmp_path)
    assert art.text == given
    assert not any("markup" in n for n in art.notes)


@pytest.mark.parametrize(
    ("name", "data", "note"),
    [
        # the note shows the input's own first reference, not a fixed "&#233; read as é"
        (
            "a.json",
            json.dumps({"text": "Rubio &amp; Wang met. " + BODY}),
            "1 HTML character reference decoded (&amp; read as &)",
        ),
        (
            "b.txt",
            "Title\n\nThe d&eacute;marche cost &pound;5. " + BODY,
            "2 HTML character references decoded (the first: &eacute; read as é)",
        ),
        (
            "c.jsonl",
            json.dumps({"text": "The envoy&#0; said " + BODY}) + "\n",
            "1 HTML character reference decoded (&#0; read as U+FFFD), 1 of them to U+FFFD "
            "(no such character)",
        ),
    ],
)
def test_the_references_note_shows_what_this_input_held(tmp_path, name, data, note):
    (tmp_path / name).write_text(data, encoding="utf-8")
    ((art,), _, _) = _read(tmp_path)
    assert note in art.notes


def test_a_records_byline_is_its_author_and_an_odd_one_costs_nothing(tmp_path):
    """``author`` (or ``byline``, as some exports name it) is who the article is by, kept as
    written; a list of names or an object with a name is read too, and a value of another shape
    is left out: never a reason to refuse the article."""
    body = "The envoy said the talks would resume in Geneva on Monday."
    records = {
        "a": {"author": "Antony J. Blinken, Secretary of State"},
        "b": {"byline": "Ned Price,  Department Spokesperson"},
        "c": {"author": ["Jane Doe", {"name": "John Roe"}]},
        "d": {"author": {"name": "Office of the Spokesperson"}},
        "e": {"author": 42},
        "f": {},
    }
    lines = [json.dumps({"id": k, "text": body, **v}) for k, v in records.items()]
    (tmp_path / "recs.jsonl").write_text("\n".join(lines), encoding="utf-8")
    raws, rejects, _ = _read(tmp_path)
    assert not rejects
    by_id = {r.locator.split("#")[1]: r.author for r in raws}
    assert by_id == {
        "a": "Antony J. Blinken, Secretary of State",
        "b": "Ned Price, Department Spokesperson",
        "c": "Jane Doe, John Roe",
        "d": "Office of the Spokesperson",
        "e": None,
        "f": None,
    }
