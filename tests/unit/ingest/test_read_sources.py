"""The ingest stage over configured sources: hostile input ends as a reject with a reason, the run
goes on, per-source counts add up, and a re-run of the date replays the landing zone."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import yaml

from parley import ingest
from parley.dates import window_for_date
from parley.ingest import PublishedIndex
from parley.ingest.articles import MAX_ARTICLE_CHARS
from parley.settings import get_settings

W = window_for_date("2025-02-25")
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ingest"
BODY = "The minister said the talks would resume next week, according to officials in Geneva."
PAGE = (
    f"<html><body><article><h1>Talks</h1><p>{BODY}</p><p>{BODY} Again.</p></article></body></html>"
)
FAST = {"timeout_s": 2, "retries": 0, "delay_s": 0, "max_bytes": 20_000}


def _configure(tmp_path, monkeypatch, *entries) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"defaults": {"limits": FAST}, "sources": list(entries)}))
    monkeypatch.setenv("PARLEY_SOURCES", str(path))


def _run():
    return ingest.read_sources(W, get_settings(), PublishedIndex())


def _days(result) -> dict:
    return {d["source"]: d for d in result.source_days}


def test_hostile_inputs_each_end_as_a_reject_with_a_clear_reason(
    site, tmp_path, monkeypatch, data_dir, inbox
):
    (inbox / "binary.txt").write_bytes(b"Caf" + bytes(range(128, 256)) * 2)  # binary: not text
    (inbox / "good.txt").write_text(BODY, encoding="utf-8")
    ok = site.add("/ok.html", PAGE.encode())
    big = site.add("/big.html", b"<html>" + b"x" * 50_000 + b"</html>")
    bomb = site.add("/bomb.rss", (FIXTURES / "billion_laughs.rss").read_bytes(), "text/xml")
    _configure(
        tmp_path,
        monkeypatch,
        {"name": "files", "type": "folder"},
        {
            "name": "pages",
            "type": "pages",
            "urls": [ok, big, "http://10.0.0.7/secret.html", "ftp://example.invalid/x"],
            "allow_private": ["127.0.0.0/8"],
        },
        {"name": "bomb", "type": "rss", "url": bomb, "allow_private": ["127.0.0.0/8"]},
    )
    result = _run()
    reasons = {(r["source"], r["reason"]): r for r in result.rejects}
    assert "offset 3" in reasons[("files", "undecodable")]["detail"]
    assert "cap" in reasons[("pages", "too-large")]["detail"]
    assert "private" in reasons[("pages", "blocked-address")]["detail"]
    assert ("pages", "bad-scheme") in reasons
    assert "billion laughs" in reasons[("bomb", "unsafe-xml")]["detail"]
    assert all(r["excerpt"] is not None for r in result.rejects)
    # the run went on: the good inputs are articles, and the counts add up per source
    assert sorted(a["locator"] for a in result.articles) == ["good.txt", ok]
    days = _days(result)
    for name in ("files", "pages"):
        d = days[name]
        assert d["items"] == d["articles"] + d["rejects"] + d["already_ingested"], d
    assert (days["files"]["items"], days["pages"]["items"]) == (2, 4)
    assert days["bomb"]["status"] == "failed" and days["bomb"]["source_errors"] == 1


def test_rerun_of_a_date_replays_without_a_request_and_next_day_is_not_modified(
    site, tmp_path, monkeypatch, data_dir
):
    items = "".join(
        f"<item><title>T{i}</title><link>{site.base}/p{i}.html</link>"
        f"<description>{BODY} {i}</description></item>"
        for i in range(3)
    )
    feed = site.add(
        "/feed.rss",
        f'<rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode(),
        "application/rss+xml",
    )
    site.add("/p0.html", PAGE.replace("Talks", "Talks zero").encode())
    site.add("/p1.html", PAGE.replace("Geneva", "Vienna").encode())  # p2 is a 404
    _configure(
        tmp_path, monkeypatch, {"name": "f", "type": "rss", "url": feed, "allow_private": True}
    )
    first = _run()
    n = len(site.log)
    assert n == 4
    again = _run()
    assert len(site.log) == n, "replayed from the landing zone"
    assert again.articles == first.articles and again.source_days == first.source_days
    assert [a["summary_only"] for a in first.articles] == [False, False, True]
    assert "HTTP 404" in first.articles[2]["summary_reason"]
    # the next date asks with validators and gets a 304: nothing new, and the day says so
    later = ingest.read_sources(window_for_date("2025-02-26"), get_settings(), PublishedIndex())
    assert [r["status"] for r in site.log[n:]] == [304] and later.articles == []
    assert _days(later)["f"]["status"] == "not-modified"


def test_field_mapping_and_a_missing_folder(tmp_path, monkeypatch, data_dir):
    folder = tmp_path / "press"
    folder.mkdir()
    (folder / "x.jsonl").write_text(json.dumps({"guid": "p1", "body": BODY, "headline": "H"}))
    _configure(
        tmp_path,
        monkeypatch,
        {
            "name": "press",
            "type": "folder",
            "path": str(folder),
            "fields": {"text": "body", "title": "headline", "id": "guid"},
        },
        {"name": "gone", "type": "folder", "path": str(tmp_path / "nope")},
    )
    result = _run()
    (article,) = result.articles
    assert (article["title"], article["locator"], article["language"]) == ("H", "x.jsonl#p1", "en")
    days = _days(result)
    assert days["gone"]["status"] == "failed" and "does not exist" in days["gone"]["detail"]
    assert days["press"]["status"] == "ok"


@pytest.mark.parametrize("published", ["hash", "url"])
def test_content_published_under_another_date_is_counted_not_ingested(
    site, tmp_path, monkeypatch, data_dir, published
):
    page = site.add("/a.html", PAGE.encode())
    _configure(
        tmp_path, monkeypatch, {"name": "p", "type": "pages", "urls": [page], "allow_private": True}
    )
    (article,) = _run().articles
    (data_dir / "raw" / "validators.json").unlink()  # as if the server had no ETag/Last-Modified
    seen = (
        PublishedIndex(hashes={article["content_hash"]})
        if published == "hash"
        else PublishedIndex(urls={article["canonical_url"]})
    )
    again = ingest.read_sources(window_for_date("2025-03-01"), get_settings(), seen)
    assert again.articles == [] and _days(again)["p"]["already_ingested"] == 1


def test_an_input_rejected_on_another_date_is_counted_not_rejected_again(
    tmp_path, monkeypatch, data_dir
):
    """A rejected file or JSON Lines line whose bytes another date rejected under the same
    locator is ``already_rejected`` (the detail names that date); a file whose bytes changed, the
    same bytes under another name, and a reject without bytes (a dangling link) are rejected."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "binary.txt").write_bytes(b"Gen" + bytes(range(256)) * 9)  # binary: undecodable
    (inbox / "copy.txt").write_bytes(b"Gen" + bytes(range(256)) * 9)
    (inbox / "changed.json").write_text('{"text": "cut sho', encoding="utf-8")
    (inbox / "lines.jsonl").write_text(f'{{"text": "{BODY}"}}\n{{"text": 5}}\n', encoding="utf-8")
    (inbox / "gone.txt").symlink_to(inbox / "nowhere.txt")
    # read fine, then rejected by the article builder: too short, and a record over the size cap
    (inbox / "short.txt").write_text("Headline\nToo short.\n", encoding="utf-8")
    big = "Word after word. " * (MAX_ARTICLE_CHARS // 17 + 1)
    (inbox / "big.jsonl").write_text(f'{{"id": "b1", "text": "{big}"}}\n', encoding="utf-8")
    _configure(tmp_path, monkeypatch, {"name": "box", "type": "folder", "path": str(inbox)})
    first = {r["locator"]: r for r in _run().rejects}
    assert set(first) == {
        "binary.txt", "copy.txt", "changed.json", "lines.jsonl#L2", "gone.txt", "short.txt",
        "big.jsonl#b1",
    }  # fmt: skip
    assert (first["short.txt"]["reason"], first["big.jsonl#b1"]["reason"]) == ("empty", "too-large")
    assert first["short.txt"]["input_hash"] and first["big.jsonl#b1"]["input_hash"]
    assert first["gone.txt"]["input_hash"] is None  # nothing was read
    assert first["binary.txt"]["input_hash"] == first["copy.txt"]["input_hash"]

    seen = PublishedIndex(
        rejected={
            ("box", loc, r["input_hash"]): "2025-02-25"
            for loc, r in first.items()
            if loc != "copy.txt" and r["input_hash"]
        }
    )
    (inbox / "changed.json").write_text('{"text": "cut shorter', encoding="utf-8")
    again = ingest.read_sources(window_for_date("2025-02-26"), get_settings(), seen)
    assert sorted(r["locator"] for r in again.rejects) == ["changed.json", "copy.txt", "gone.txt"]
    day = _days(again)["box"]
    assert day["already_rejected"] == 4  # binary.txt, lines.jsonl#L2, short.txt, big.jsonl#b1
    assert day["items"] == day["articles"] + day["rejects"] + day["already_rejected"]
    assert "4 inputs already rejected on 2025-02-25" in day["detail"]


LATIN1_ITEMS = [  # (title, description): one to three accented letters each, as fresh13's feeds
    ("Berlin rejects Moscow's offer", "Defence Minister Klaus Müller said Berlin rejected it."),
    ("Madrid backs Berlin", "Prime Minister Pedro Sánchez said Madrid supported the position."),
    ("Paris hedges", "François Bayrou and Gérald Darmanin said France would wait and see."),
]


@pytest.mark.parametrize(
    "header", ["text/xml; charset=utf-8", "application/rss+xml; charset=UTF-8"]
)
def test_a_latin1_feed_under_a_utf8_header_is_read_by_its_prolog_and_every_item_says_so(
    site, tmp_path, monkeypatch, data_dir, header
):
    """fresh13's feed A: the prolog says ISO-8859-1, the server says UTF-8, the bytes are
    Latin-1. Every name keeps its letters and every article's ``ingest_notes`` says how its bytes
    were read, not only the source day."""
    items = "".join(
        f"<item><title>{t}</title><link>{site.base}/a/{i}</link><description>{d} {BODY}"
        "</description></item>"
        for i, (t, d) in enumerate(LATIN1_ITEMS)
    )
    body = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>F</title>'
        f"{items}</channel></rss>"
    ).encode("latin-1")
    feed = site.add("/feedA.xml", body, header)
    _configure(
        tmp_path,
        monkeypatch,
        {"name": "a", "type": "rss", "url": feed, "allow_private": True, "fetch_pages": False},
    )
    result = _run()
    assert [a["text"].split(" " + BODY)[0] for a in result.articles] == [d for _, d in LATIN1_ITEMS]
    for article in result.articles:
        assert article["encoding"] == "cp1252" and article["replaced_chars"] == 0
        assert "read as cp1252, by the document's own declaration" in article["ingest_notes"]


def test_relative_item_links_are_fetched_and_kept_absolute(site, tmp_path, monkeypatch, data_dir):
    """fresh13's feed B: item links written relative to the feed (``/pages/story1.html``,
    ``pages/story2.html``, ``../story3.html``) are the pages the feed means: fetched, and the
    articles' ``url`` is the absolute address, never a relative path or a ``bad-scheme`` reject."""
    paths = ["/pages/story1.html", "/feeds/pages/story2.html", "/story3.html"]
    for i, path in enumerate(paths):
        site.add(path, PAGE.replace("Talks", f"Talks {i}").encode())
    items = "".join(
        f"<item><title>T{i}</title><link>{link}</link><description>short</description></item>"
        for i, link in enumerate(["/pages/story1.html", "pages/story2.html", "../story3.html"])
    )
    feed = site.add(
        "/feeds/feedB.xml",
        f'<rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode(),
        "application/rss+xml",
    )
    _configure(
        tmp_path, monkeypatch, {"name": "b", "type": "rss", "url": feed, "allow_private": True}
    )
    result = _run()
    assert result.rejects == []
    assert [a["url"] for a in result.articles] == [site.base + p for p in paths]
    assert [a["summary_only"] for a in result.articles] == [False, False, False]
    assert [r["path"] for r in site.log] == ["/feeds/feedB.xml", *paths]


def _local_feed(site) -> bytes:
    """A Latin-1 feed file: one item linking to a page on the local site, one written relative to
    the file, one with no link."""
    return (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>F</title>'
        f"<item><title>On the web</title><link>{site.base}/web.html</link>"
        "<description>short</description></item>"
        f"<item><title>Saved</title><link>pages/saved.html</link><description>Pedro Sánchez "
        f"said so. {BODY}</description></item>"
        f"<item><title>Outside</title><link>../secret.html</link><description>Pedro Sánchez "
        f"said so. {BODY}</description></item>"
        f"<item><title>No link</title><description>Klaus Müller said so. {BODY}</description>"
        "</item></channel></rss>"
    ).encode("latin-1")


@pytest.mark.parametrize("how", ["path", "relative-path", "file-url", "outside-path"])
def test_a_local_feed_file_is_read_from_disk_with_the_same_provenance_rules(
    site, tmp_path, monkeypatch, data_dir, how
):
    """A feed kept as a file (``path:`` relative to the YAML, or a ``file:`` URL) needs no server:
    it is read from disk and decoded by its own declaration; links to a web server are fetched as
    from any feed; a link written relative to the file is the absolute ``file://`` address it
    names, read as a saved page when inside the feed's folder, never opened outside it; a re-run
    of the date replays it all."""
    feed = tmp_path / "feeds" / "world.xml"
    (tmp_path / "feeds" / "pages").mkdir(parents=True)
    feed.write_bytes(_local_feed(site))
    saved_page = PAGE.replace("Talks", "Saved talks").replace("Geneva", "Genève")
    (tmp_path / "feeds" / "pages" / "saved.html").write_bytes(
        saved_page.replace("<html>", '<html><head><meta charset="iso-8859-1"></head>').encode(
            "latin-1"
        )
    )
    (tmp_path / "secret.html").write_text(PAGE)
    site.add("/web.html", PAGE.encode())
    where = {
        "path": {"path": str(feed)},
        "relative-path": {"path": "feeds/world.xml"},
        "file-url": {"url": feed.as_uri()},
        # a YAML kept in another folder names the feed with '..': allowed, read the same way
        "outside-path": {"path": "../feeds/world.xml"},
    }[how]
    (tmp_path / "cfg").mkdir()
    _configure(
        tmp_path / "cfg" if how == "outside-path" else tmp_path,
        monkeypatch,
        {"name": "local", "type": "rss", "allow_private": ["127.0.0.0/8"], **where},
    )
    result = _run()
    assert result.rejects == []
    web, saved, outside, nolink = result.articles
    assert (web["url"], web["summary_only"]) == (f"{site.base}/web.html", False)
    assert saved["url"] == (tmp_path / "feeds" / "pages" / "saved.html").as_uri()
    assert not saved["summary_only"] and "Genève" in saved["text"]
    assert outside["url"] == (tmp_path / "secret.html").as_uri()
    assert outside["summary_only"] and "outside-folder" in outside["summary_reason"]
    assert outside["text"].startswith("Pedro Sánchez")
    assert nolink["text"].startswith("Klaus Müller") and nolink["encoding"] == "cp1252"
    assert nolink["locator"] == f"{feed.as_uri()}#3"
    assert [r["path"] for r in site.log] == ["/web.html"]  # the feed itself: no request
    day = _days(result)["local"]
    assert (day["status"], day["items"], day["articles"]) == ("ok", 4, 4)
    feed.write_bytes(b"changed")
    again = _run()
    assert again.articles == result.articles and again.replayed == ["local"]


@pytest.mark.parametrize(
    ("where", "reason", "detail"),
    [
        ({"path": "feeds/missing.xml"}, "not-found", "no file at {root}/feeds/missing.xml"),
        ({"path": "feeds"}, "unreadable", "{root}/feeds: a folder, not a file"),
        # outside the YAML's folder: resolved against it, refused the same way when not a file
        ({"path": "../missing.xml"}, "not-found", "no file at {up}/missing.xml"),
        ({"path": "{up}/missing.xml"}, "not-found", "no file at {up}/missing.xml"),
        # a link is never followed: it would move the feed's folder (what its saved pages may
        # open) to wherever it points
        ({"path": "feeds/link.xml"}, "unreadable", "{root}/feeds/link.xml is a symbolic link"),
    ],
)
def test_a_local_feed_file_that_cannot_be_read_fails_its_source_with_a_reason(
    tmp_path, monkeypatch, data_dir, where, reason, detail
):
    root = tmp_path / "cfg"
    (root / "feeds").mkdir(parents=True)
    (tmp_path / "elsewhere.xml").write_text('<rss version="2.0"><channel/></rss>')
    (root / "feeds" / "link.xml").symlink_to(tmp_path / "elsewhere.xml")
    names = {"root": root, "up": tmp_path}
    where = {k: v.format(**names) for k, v in where.items()}
    _configure(root, monkeypatch, {"name": "local", "type": "atom", **where})
    result = _run()
    assert [r["reason"] for r in result.rejects] == [reason]
    assert detail.format(**names) in result.rejects[0]["detail"]
    assert _days(result)["local"]["status"] == "failed"


@pytest.mark.parametrize(
    ("meta", "name", "codec"),
    [
        ('<meta charset="windows-1252">', "Pedro Sánchez", "cp1252"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
            "Müller",
            "latin-1",
        ),
        ('<meta charset="iso-8859-15">', "Jean-Noël Barrot", "iso-8859-15"),
    ],
)
def test_a_page_under_a_wrong_utf8_header_is_read_by_its_meta_charset(
    site, tmp_path, monkeypatch, data_dir, meta, name, codec
):
    """A saved page served as ``text/html; charset=utf-8`` whose ``<meta>`` declares the legacy
    codec its bytes are in: the name keeps its letter, and ingest_notes says why."""
    html = PAGE.replace("<html>", f"<html><head>{meta}</head>").replace("The minister", name)
    url = site.add("/story.html", html.encode(codec), "text/html; charset=utf-8")
    _configure(
        tmp_path,
        monkeypatch,
        {"name": "p", "type": "pages", "urls": [url], "allow_private": ["127.0.0.0/8"]},
    )
    (article,) = _run().articles
    assert name in article["text"] and "\ufffd" not in article["text"]
    assert "by the document's own declaration" in article["ingest_notes"]


def test_a_fetched_page_keeps_the_note_of_the_feed_its_title_came_from(
    site, tmp_path, monkeypatch, data_dir
):
    """With fetch_pages the text is the page's but the title is the feed's: the feed's decoding
    note stays on the article, marked ``feed:``."""
    items = "".join(
        f"<item><title>{t}</title><link>/a/{i}.html</link><description>{d}</description></item>"
        for i, (t, d) in enumerate(LATIN1_ITEMS)
    )
    body = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>F</title>'
        f"{items}</channel></rss>"
    ).encode("latin-1")
    for i in range(len(LATIN1_ITEMS)):
        site.add(f"/a/{i}.html", PAGE.replace("Talks", f"Talks {i}").encode())
    feed = site.add("/feedA.xml", body, "text/xml; charset=utf-8")
    _configure(
        tmp_path, monkeypatch, {"name": "a", "type": "rss", "url": feed, "allow_private": True}
    )
    articles = _run().articles
    assert [a["title"] for a in articles] == [t for t, _ in LATIN1_ITEMS]
    assert all(not a["summary_only"] for a in articles)
    assert all("feed: declared UTF-8 by HTTP" in a["ingest_notes"] for a in articles)


@pytest.mark.parametrize("link", [".env", ".git/config", "pages/.drafts/story.html", "./.env"])
def test_a_local_feed_item_never_opens_a_hidden_file_in_the_feed_folder(
    tmp_path, monkeypatch, data_dir, link
):
    """An item link written relative to a local feed file opens saved pages in the feed's folder,
    but not a hidden file or one in a hidden folder (a folder source skips those too): their
    bytes (keys, settings) never become article text or a reject's excerpt."""
    feed = tmp_path / "feeds" / "world.xml"
    for name in (".env", ".git/config", "pages/.drafts/story.html", "pages/saved.html"):
        (tmp_path / "feeds" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "feeds" / name).write_text(PAGE.replace("Geneva", "SECRET_TOKEN"))
    feed.write_bytes(
        (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>F</title>'
            f"<item><title>Hidden</title><link>{link}</link><description>Pedro Sánchez said so. "
            f"{BODY}</description></item>"
            "<item><title>Saved</title><link>pages/saved.html</link><description>short"
            "</description></item></channel></rss>"
        ).encode()
    )
    _configure(tmp_path, monkeypatch, {"name": "local", "type": "rss", "path": "feeds/world.xml"})
    result = _run()
    hidden, saved = result.articles
    assert hidden["summary_only"] and "hidden" in hidden["summary_reason"]
    assert "SECRET_TOKEN" not in hidden["text"] and hidden["text"].startswith("Pedro Sánchez")
    assert not saved["summary_only"] and "SECRET_TOKEN" in saved["text"]
    assert not any("SECRET_TOKEN" in str(r) for r in result.rejects)


@pytest.mark.parametrize("host", ["otherhost", "10.0.0.7", "files.example.org"])
def test_a_local_feed_item_naming_another_host_is_not_read_from_this_disk(
    tmp_path, monkeypatch, data_dir, host
):
    """A ``file:`` link naming another host (RFC 8089) is not this machine's file: it is refused
    even when the same path exists in the feed's folder, and the item keeps its summary."""
    feed = tmp_path / "feeds" / "world.xml"
    page = tmp_path / "feeds" / "pages" / "saved.html"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE.replace("Geneva", "SECRET_TOKEN"))
    feed.write_bytes(
        (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>F</title>'
            f"<item><title>Elsewhere</title><link>file://{host}{page}</link><description>Pedro "
            f"Sánchez said so. {BODY}</description></item></channel></rss>"
        ).encode()
    )
    _configure(tmp_path, monkeypatch, {"name": "local", "type": "rss", "path": "feeds/world.xml"})
    result = _run()
    (item,) = result.articles
    assert item["summary_only"] and "outside-folder" in item["summary_reason"]
    assert "SECRET_TOKEN" not in item["text"]


def test_a_text_that_is_one_sentence_repeated_is_quarantined_and_a_repeated_quotation_is_not(
    tmp_path, monkeypatch
):
    """One line repeated 1,200 times would be 1,200 identical statements dominating the day's
    digest: the file is a reject ``repetitive`` naming the sentence, and the run goes on. A real
    article that quotes the same line twice (lede and body) is an article."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    line = "Lavrov said Moscow was ready for talks with Washington."
    (inbox / "loop.txt").write_text(" ".join([line] * 1200), encoding="utf-8")
    # the same line as paragraphs, under a title, with one fresh sentence: still mostly copies
    paras = "\n\n".join(["Kremlin ready for talks", *[line] * 30, "The talks are set for May."])
    (inbox / "paras.txt").write_text(paras, encoding="utf-8")
    quoted = (
        "Kenya's foreign minister urged both sides to return to the table on Monday.\n\n"
        '"We will not abandon Sudan," she told reporters in Nairobi.\n\n'
        "The African Union has called an emergency session for Thursday, its envoy said, "
        "and the United Nations has asked for a humanitarian pause.\n\n"
        '"We will not abandon Sudan," she repeated at the close of the meeting.\n'
    )
    (inbox / "quoted.txt").write_text(quoted, encoding="utf-8")
    _configure(tmp_path, monkeypatch, {"name": "box", "type": "folder", "path": str(inbox)})
    result = _run()
    rejects = {r["locator"]: r for r in result.rejects}
    assert set(rejects) == {"loop.txt", "paras.txt"}
    for r in rejects.values():
        assert r["reason"] == "repetitive" and r["input_hash"]
        assert f"“{line}”" in r["detail"]
    assert "1,199 repeated sentences" in rejects["loop.txt"]["detail"]
    assert "1,200 times" in rejects["loop.txt"]["detail"]
    assert "30 times" in rejects["paras.txt"]["detail"]
    assert [a["locator"] for a in result.articles] == ["quoted.txt"]
    assert _days(result)["box"]["rejects"] == 2


def test_a_text_with_no_sentence_end_for_tens_of_thousands_of_characters_is_quarantined(
    tmp_path, monkeypatch
):
    """A dump of words with no sentence end and no line break (a broken export, a hostile file)
    is no prose to read speakers and spans from: a reject ``not-prose`` that says how long the
    stretch is and where it starts, and the run goes on. A long real paragraph, and the same
    words once the export kept their full stops, are articles."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    words = ["minister", "said", "talks", "would", "resume", "Moscow", "ready", "border", "troops"]
    pick = random.Random(7)
    salad = " ".join(pick.choice(words) for _ in range(4000))  # about 26,000 characters
    title = "Talks resume on Monday.\n\n"
    (inbox / "salad.txt").write_text(title + salad, encoding="utf-8")
    # the same words cut into sentences of twelve words each: prose, however dull
    chunks = salad.split(" ")
    sentences = ". ".join(" ".join(chunks[k : k + 12]) for k in range(0, len(chunks), 12))
    (inbox / "sentences.txt").write_text(title + sentences + ".", encoding="utf-8")
    _configure(tmp_path, monkeypatch, {"name": "box", "type": "folder", "path": str(inbox)})
    result = _run()
    (reject,) = result.rejects
    assert reject["locator"] == "salad.txt" and reject["reason"] == "not-prose"
    assert f"{len(salad):,} characters without a sentence end" in reject["detail"]
    assert reject["input_hash"]
    assert [a["locator"] for a in result.articles] == ["sentences.txt"]


def test_a_feed_item_whose_page_fails_and_whose_summary_is_too_short_keeps_the_fetchs_reason(
    site, tmp_path, monkeypatch, data_dir
):
    """A feed item's page over the size cap, with a one-word teaser as its summary, was a
    reject ``empty`` (stage ingest): the digest's Inputs line counted "ingest empty" for what
    was a download refused by ``limits.max_bytes``. It is now ``too-large`` at stage ``fetch``,
    as the same page in a ``pages`` source is; a page that fails with a long enough summary
    stays an article from its summary."""
    big = site.add("/big.html", b"<html>" + b"x" * 50_000 + b"</html>")
    items = (
        f"<item><title>Big</title><link>{big}</link><description>Teaser.</description></item>"
        f"<item><title>Gone</title><link>{site.base}/gone.html</link>"
        f"<description>{BODY}</description></item>"
        f"<item><title>Short</title><link>{site.base}/gone2.html</link>"
        "<description>Teaser.</description></item>"
    )
    feed = site.add(
        "/feed.rss",
        f'<rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode(),
        "application/rss+xml",
    )
    _configure(
        tmp_path, monkeypatch, {"name": "f", "type": "rss", "url": feed, "allow_private": True}
    )
    result = _run()
    got = {r["locator"]: (r["stage"], r["reason"]) for r in result.rejects}
    assert got[big] == ("fetch", "too-large")
    assert got[f"{site.base}/gone2.html"] == ("fetch", "http-error")
    assert [a["summary_only"] for a in result.articles] == [True]
    assert "cap" in next(r["detail"] for r in result.rejects if r["locator"] == big)
