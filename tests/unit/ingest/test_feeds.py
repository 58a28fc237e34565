"""Feeds: the real corpus feeds parse; entity declarations are refused before parsing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.ingest import feeds

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ingest"


def test_every_corpus_feed_parses_with_all_its_items(shared_dir):
    folder = shared_dir / "corpus" / "feeds"
    index = json.loads((folder / "index.json").read_text())
    total = 0
    for entry in index:
        parsed = feeds.parse((folder / entry["file"]).read_bytes(), "application/xml")
        assert len(parsed.items) == entry["items"], entry["file"]
        assert all(i.link for i in parsed.items), entry["file"]
        total += len(parsed.items)
    assert total == 523


def test_latin1_without_declaration_and_junk_before_the_prolog(shared_dir):
    folder = shared_dir / "corpus" / "feeds"
    uol = feeds.parse((folder / "uol_noticias_br.rss.xml").read_bytes())
    assert any("ç" in (i.title or "") + i.summary for i in uol.items)
    assert "\ufffd" not in "".join((i.title or "") + i.summary for i in uol.items)
    tc = feeds.parse((folder / "techcrunch.rss.xml").read_bytes())
    assert len(tc.items) == 20 and tc.problem  # recovered, and says so
    assert all(i.content for i in tc.items)  # content:encoded kept as text


@pytest.mark.parametrize("name", ["billion_laughs.rss", "xxe.rss"])
def test_entity_declarations_are_refused_unparsed(name):
    body = (FIXTURES / name).read_bytes()
    with pytest.raises(feeds.UnsafeFeed, match="entities"):
        feeds.parse(body)


def test_utf16_cannot_hide_an_entity_declaration():
    body = (
        (FIXTURES / "billion_laughs.rss")
        .read_text()
        .replace('"1.0"?>', '"1.0" encoding="utf-16"?>')
    )
    with pytest.raises(feeds.UnsafeFeed):
        feeds.parse(body.encode("utf-16"))


def test_a_doctype_without_entities_is_fine():
    body = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        b' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel>'
        b"<title>T</title><item><title>A</title><link>http://example.invalid/a</link>"
        b"<description>&lt;p&gt;One &amp;amp; two&lt;/p&gt;</description></item></channel></rss>"
    )
    parsed = feeds.parse(body)
    assert [(i.title, i.summary) for i in parsed.items] == [("A", "One & two")]


def test_not_a_feed_is_a_value_error():
    with pytest.raises(ValueError, match="not a feed"):
        feeds.parse(b"<html><body>Sorry, we moved.</body></html>")
