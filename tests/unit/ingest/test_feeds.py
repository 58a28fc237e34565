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


def _feed(language: str, dates: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Story {i}</title><link>https://news.example/{i}</link>"
        f"<description>The minister said on the day that the talks in Geneva would resume "
        f"next week, officials confirmed ({i}).</description><pubDate>{d}</pubDate></item>"
        for i, d in enumerate(dates)
    )
    lang = f"<language>{language}</language>" if language else ""
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{lang}{items}</channel></rss>'.encode()


@pytest.mark.parametrize(
    ("language", "dates", "expected", "why"),
    [
        # a new user's feed: no language, the other items' dates are days before the run
        (
            "",
            ["Mon, 30 Nov 2026 09:15:00 +0900", "2026-11-29T14:00:00Z", "1/12/2026"],
            "2026-12-01",
            "the feed's other dates",
        ),
        ("", ["25/11/2026", "1/12/2026"], "2026-12-01", "other numeric dates write the day"),
        ("en-gb", ["1/12/2026"], "2026-12-01", "language en-gb"),
        ("en-us", ["11/30/2026", "1/12/2026"], "2026-01-12", "write the month"),
    ],
)
def test_a_feeds_ambiguous_date_is_read_by_its_other_items_and_language(
    language, dates, expected, why
):
    from parley.dates import window_for_date
    from parley.ingest.articles import PublishedIndex, build_articles
    from parley.ingest.records import RawArticle

    parsed = feeds.parse(_feed(language, dates), "application/rss+xml")
    item = parsed.items[-1]
    raw = RawArticle(
        "feed",
        "rss",
        item.link,
        item.summary,
        published_value=item.published_raw,
        published_hint=item.published_at,
        date_evidence=item.date_evidence,
    )
    (row,), _ = build_articles([raw], window_for_date("2026-12-01"), PublishedIndex())
    assert row["published_at"].date().isoformat() == expected
    assert (
        "ambiguous numeric date '1/12/2026'" in row["ingest_notes"] and why in row["ingest_notes"]
    )
    assert row["published_problem"] is None


FEED_URL = "http://news.example.org/feeds/world/rss.xml"


def _rss(*items: str, channel: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"{channel}><channel>'
        f"<title>T</title>{''.join(items)}</channel></rss>"
    ).encode()


def _rss_item(link: str) -> bytes:
    return _rss(f"<item><title>A</title><link>{link}</link><description>x</description></item>")


def _rss_title(title: str) -> bytes:
    return _rss(f"<item><title>{title}</title><link>a</link><description>x</description></item>")


def _atom_title(title: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>F</title><entry>{title}<link href="a"/></entry></feed>'
    ).encode()


@pytest.mark.parametrize(
    ("body", "resolved"),
    [
        (_rss_item("pages/story2.html"), "http://news.example.org/feeds/world/pages/story2.html"),
        (_rss_item("/pages/story1.html"), "http://news.example.org/pages/story1.html"),
        (_rss_item("../2026/11/27/talks"), "http://news.example.org/feeds/2026/11/27/talks"),
        (_rss_item("story?id=7"), "http://news.example.org/feeds/world/story?id=7"),
        (_rss_item("//cdn.example.org/a/1"), "http://cdn.example.org/a/1"),
        (_rss_item("https://other.example.com/a/1"), "https://other.example.com/a/1"),
        # xml:base is resolved against the feed's address too
        (
            _rss(
                "<item><title>A</title><link>c1</link></item>",
                channel=' xml:base="http://base.example.net/news/"',
            ),
            "http://base.example.net/news/c1",
        ),
        (
            b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="/news/">'
            b'<title>F</title><entry><title>A</title><link href="../a/c1"/></entry></feed>',
            "http://news.example.org/a/c1",
        ),
    ],
    ids=["relative", "root", "parent", "query", "scheme-relative", "absolute"]
    + ["rss-xml-base", "atom-relative-xml-base"],
)
def test_item_links_resolve_against_the_feeds_address(body, resolved):
    assert feeds.parse(body, "application/xml", FEED_URL).items[0].link == resolved


@pytest.mark.parametrize(
    ("body", "text"),
    [
        # RSS: a plain-text title keeps its angle brackets, markup is still dropped
        (
            _rss_title("<![CDATA[Beijing & Manila trade barbs over <shoal>]]>"),
            "Beijing & Manila trade barbs over <shoal>",
        ),
        (_rss_title("<![CDATA[Rates fall as 2 < 3 & 5 > 4]]>"), "Rates fall as 2 < 3 & 5 > 4"),
        (
            _rss_title("<![CDATA[Ministers meet on <Ukraine> aid]]>"),
            "Ministers meet on <Ukraine> aid",
        ),
        (_rss_title("Talks &lt;resume&gt; in Geneva"), "Talks <resume> in Geneva"),
        # escaped HTML is still markup: feedparser types it text/html
        (_rss_title("AT&amp;T &lt;b&gt;sanctions&lt;/b&gt; story"), "AT&T sanctions story"),
        (_rss_title("<![CDATA[Kyiv <em>warns</em> Minsk]]>"), "Kyiv warns Minsk"),
        # Atom: text constructs are read by their type
        (
            _atom_title('<title type="text">Oil &lt;$80&gt; &amp; falling</title>'),
            "Oil <$80> & falling",
        ),
        (_atom_title("<title>Trade &lt;deal&gt; signed</title>"), "Trade <deal> signed"),
        (
            _atom_title('<title type="html">Erdoğan &lt;em&gt;warns&lt;/em&gt; Athens</title>'),
            "Erdoğan warns Athens",
        ),
    ],
)
def test_a_plain_text_title_keeps_its_angle_brackets_and_markup_is_still_dropped(body, text):
    assert feeds.parse(body, "application/xml", FEED_URL).items[0].title == text


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        # markup inside a word is no space: the regular expressions before gave "Lav rov"
        ("<p>Foreign Minister Lav<b>rov</b> said the talks had failed.</p>", None),
        # a script's or a style's code is no text of the article
        (
            "<p>Foreign Minister Lavrov said the talks had failed.</p>"
            "<script>track('feed');</script><style>p {margin: 0}</style>",
            None,
        ),
        # a block opens a line as well as ending one
        (
            "Moscow, May 3<p>Foreign Minister Lavrov said the talks had failed.</p>",
            "Moscow, May 3\nForeign Minister Lavrov said the talks had failed.",
        ),
        # two elements side by side with nothing between are two items, not one word
        (
            '<a href="/a">Talks fail</a><font color="#666">The Daily Courier</font>',
            "Talks fail The Daily Courier",
        ),
    ],
)
def test_a_description_is_read_as_html_by_the_html_parser(fragment, text):
    expected = text or "Foreign Minister Lavrov said the talks had failed."
    assert feeds.html_to_text(fragment) == expected
