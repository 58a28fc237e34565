"""Tier 3: cases 10-14 of ../shared/cases (issue 12, text fidelity) through the real DAG
(`dag.test()`), the feeds and the page served from a local HTTP server on 127.0.0.1 as
``11-14-sources.yaml.example`` describes, the pages and the .txt file in the folder source — plus
inputs of the same kinds written here (other date shapes, other stray bytes, mojibake in the
source, other teaser and card markups), since the kinds matter more than the files.

One DAG run for the module; each test reads what it published.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

DAY = datetime(2025, 2, 28, tzinfo=UTC)
TEASER_PAGES = Path(__file__).resolve().parents[2] / "tools" / "data" / "pages"

# inputs of the same kinds, written for these tests (invented wire items)
DATES_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Other dates</title><link>{base}/</link>
<item><title>Slovakia recalls envoy from Budapest</title><link>{base}/w/1</link>
<guid>d1</guid><pubDate>27.02.2025 09:15</pubDate>
<description>Slovakia recalled its ambassador from Budapest on Thursday after a dispute over a dam on the Danube, the foreign ministry in Bratislava said in a statement.</description></item>
<item><title>Belgium and the Netherlands sign a canal pact</title><link>{base}/w/2</link>
<guid>d2</guid><pubDate>Jeudi 27 février 2025 08:00</pubDate>
<description>Belgium and the Netherlands agreed on Thursday to share the cost of deepening the canal between Ghent and Terneuzen, the two transport ministers said in Brussels.</description></item>
<item><title>Portugal and Spain extend a water treaty</title><link>{base}/w/3</link>
<guid>d3</guid><pubDate>February 2025</pubDate>
<description>Portugal and Spain agreed to extend their treaty on the rivers they share for another ten years, the Portuguese environment minister said in Lisbon.</description></item>
</channel></rss>"""
STRAY_FEED = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Stray</title>'
    "<item><title>Łukaszenka meets Müller in Minsk <E9></title><link>{base}/s/1</link>"
    "<guid>s1</guid><pubDate>Thu, 27 Feb 2025 12:00:00 +0000</pubDate>"
    "<description>Belarusian leader Aliaksandr Łukaszenka met German envoy Jörg Müller in "
    "Minsk on Thursday, the state news agency said, calling the talks <93>useful<94> for both "
    "sides.</description></item></channel></rss>"
)
MOJIBAKE_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Chile and Peru agree on "
    "ports</title><meta name='date' content='2025-02-27'></head><body><article><h1>Chile and "
    "Peru agree on ports</h1><p>Chilean Foreign Minister RosÃ¡rio IbaÃ±ez said on Thursday that "
    "the port agreement with Peru was good news for the north of the country.</p><p>Her Peruvian "
    "counterpart said the two governments would meet again in Lima in March to sign it.</p>"
    "</article></body></html>"
)


def _rows(table: str) -> list[dict]:
    from parley.storage import lake

    return lake.read_partition(table, DAY.date()).to_pylist()


@pytest.fixture(scope="module")
def published(dagbag, shared_dir, tmp_path_factory, site_server):
    """Run news_daily for DAY over the cases and our variants; the data dir it published."""
    cases = shared_dir / "cases"
    root = tmp_path_factory.mktemp("fidelity")
    inbox = root / "inbox"
    inbox.mkdir()
    for name in (
        "10-headline-glued-to-lede.txt",
        "13-lede-in-teaser-div.html",
        "14a-related-links-list.html",
        "14b-related-story-cards.html",
    ):
        shutil.copy(cases / name, inbox / name)
    for name in ("teaser_div.html", "teaser_jsonld_cards.html", "teaser_intro_related.html"):
        shutil.copy(TEASER_PAGES / name, inbox / name)
    (inbox / "kremlin.txt").write_text(
        "Kremlin rejects European peacekeepers\nThe Kremlin said on Tuesday that it would not "
        "accept European troops in Ukraine under any flag.\n",
        encoding="utf-8",
    )
    with site_server() as site, pytest.MonkeyPatch.context() as mp:
        port = site.base.rsplit(":", 1)[1]
        rss = "application/rss+xml"
        for path, name in (("/feeds/dates.rss", "11-feed-nonstandard-dates.rss"),
                           ("/feeds/aegean.rss", "12-utf8-stray-byte.rss")):  # fmt: skip
            body = (cases / name).read_bytes().replace(b"{port}", port.encode())
            site.add(path, body, rss)
        site.add(
            "/pages/spain-morocco.html",
            (cases / "12-utf8-stray-byte.html").read_bytes(),
            "text/html; charset=utf-8",
        )
        site.add("/feeds/other-dates.rss", DATES_FEED.format(base=site.base).encode(), rss)
        stray = STRAY_FEED.format(base=site.base).encode("utf-8")  # with three cp1252 bytes:
        for mark, byte in ((b"<E9>", b"\xe9"), (b"<93>", b"\x93"), (b"<94>", b"\x94")):
            stray = stray.replace(mark, byte)
        site.add("/feeds/stray.rss", stray, rss)
        site.add("/pages/ports.html", MOJIBAKE_PAGE.encode(), "text/html; charset=utf-8")
        config = yaml.safe_load((cases / "11-14-sources.yaml.example").read_text())
        for source in config["sources"]:
            if source["type"] == "folder":
                source["path"] = str(inbox)
            if "url" in source:
                source["url"] = source["url"].replace("http://127.0.0.1:8765", site.base)
            if "urls" in source:
                source["urls"] = [
                    u.replace("http://127.0.0.1:8765", site.base) for u in source["urls"]
                ]
        local = {"language": "en", "allow_private": ["127.0.0.0/8"]}
        config["sources"] += [
            {"name": "wire-other-dates", "type": "rss", "url": f"{site.base}/feeds/other-dates.rss", **local},
            {"name": "wire-stray", "type": "rss", "url": f"{site.base}/feeds/stray.rss", **local},
            {"name": "pages-mojibake", "type": "pages", "urls": [f"{site.base}/pages/ports.html"], **local},
        ]  # fmt: skip
        sources = root / "sources.yaml"
        sources.write_text(yaml.safe_dump(config))
        data = root / "data"
        mp.setenv("PARLEY_SOURCES", str(sources))
        mp.setenv("PARLEY_DATA_DIR", str(data))
        run = dagbag.dags["news_daily"].test(logical_date=DAY)
        assert str(run.state).endswith("success"), f"news_daily ended {run.state}"
        yield data


def _articles(published, source: str | None = None, locator: str | None = None) -> list[dict]:
    rows = _rows("articles")
    return [
        a
        for a in rows
        if (source is None or a["source"] == source)
        and (locator is None or locator in a["locator"])
    ]


def _statements_of(article: dict) -> list[dict]:
    return [s for s in _rows("statements") if s["article_id"] == article["article_id"]]


@pytest.mark.slow
def test_case_10_the_title_line_is_a_field_not_a_sentence(published):
    (doha,) = _articles(published, "inbox", "10-headline")
    assert doha["title"] == "TALKS COLLAPSE IN DOHA" and doha["text"].startswith("Hamas said")
    (kremlin,) = _articles(published, "inbox", "kremlin.txt")
    assert kremlin["title"] == "Kremlin rejects European peacekeepers"
    assert kremlin["text"].startswith("The Kremlin said on Tuesday")
    speakers = {s["speaker"] for a in (doha, kremlin) for s in _statements_of(a)}
    assert "Hamas" in speakers and any("Kremlin" in (s or "") for s in speakers), speakers
    assert not any("COLLAPSE" in (s or "") or "peacekeepers" in (s or "") for s in speakers)


@pytest.mark.slow
def test_case_11_dates_from_the_string_never_from_the_clock(published):
    wire = {a["title"]: a for a in _articles(published, "wire-dates")}
    assert len(wire) == 3
    got = {t: (a["published_at"], a["published_raw"]) for t, a in wire.items()}
    assert got["Lithuania expels Belarusian diplomat over border incident"] == (
        datetime(2025, 2, 27, 15, 7, 41, tzinfo=UTC),
        "2025/2/27 15:07:41",
    )
    assert got["Germany summons Chinese ambassador over cyber attack"] == (
        datetime(2025, 2, 27, 10, 41, 36, tzinfo=UTC),
        "Do, 27 Feb 2025 11:41:36 +0100",
    )
    assert got["Norway and Russia extend Barents Sea fishing deal"][0] == datetime(
        2025, 2, 27, 10, tzinfo=UTC
    )
    other = {a["title"]: a for a in _articles(published, "wire-other-dates")}
    assert other["Slovakia recalls envoy from Budapest"]["published_at"] == datetime(
        2025, 2, 27, 9, 15, tzinfo=UTC
    )
    assert other["Belgium and the Netherlands sign a canal pact"]["published_at"] == datetime(
        2025, 2, 27, 8, tzinfo=UTC
    )
    partial = other["Portugal and Spain extend a water treaty"]
    assert partial["published_at"] is None and partial["published_problem"] == "partial"
    assert partial["published_raw"] == "February 2025"
    readable = _check("articles", "published_readable")
    assert not readable["success"] and readable["unexpected_count"] == 1


def _check(table: str, check: str) -> dict:
    from parley.storage import lake

    runs = lake.read_partition("quality_runs", DAY.date()).to_pylist()
    (row,) = [r for r in runs if r["table_name"] == table and r["check_name"] == check]
    return row


@pytest.mark.slow
def test_case_12_one_bad_byte_replaces_only_itself(published):
    (aegean,) = _articles(published, "wire-aegean")
    assert aegean["title"] == "Erdoğan warns Athens over Aegean drilling plan"
    assert "Recep Tayyip Erdoğan" in aegean["text"] and "Türkiye" in aegean["text"]
    assert aegean["replaced_chars"] == 1 and aegean["encoding"] == "utf-8"
    erdogan = [s for s in _statements_of(aegean) if "Erdo" in (s["speaker"] or "")]
    assert erdogan and all(s["speaker_country"] == "TR" for s in erdogan), erdogan
    (page,) = _articles(published, "pages")
    for name in ("Pedro Sánchez", "José Manuel Albares"):
        assert name in page["text"]
    assert page["replaced_chars"] == 1 and "Ã" not in page["text"]
    assert not any((s["speaker_role"] or "").startswith("Jos") for s in _statements_of(page))
    # of the same kind: a cp1252 byte in a declared-UTF-8 feed, and mojibake in the source
    (stray,) = _articles(published, "wire-stray")
    assert stray["title"].startswith("Łukaszenka meets Müller in Minsk")
    assert "Jörg Müller" in stray["text"] and stray["replaced_chars"] == 3
    (ports,) = _articles(published, "pages-mojibake")
    assert "Rosário Ibañez" in ports["text"] and ports["mojibake_repaired"]
    assert "mojibake repaired" in ports["ingest_notes"]
    # the stray byte at the end of the feed's title is a lost character in a title: the gate
    # warns about that row, and only it (the replaced bytes in texts are counted, not flagged)
    mojibake = _check("articles", "mojibake_free")
    failing = json.loads(mojibake["failing_rows"])
    assert [r["article_id"] for r in failing] == [stray["article_id"]], failing
    assert failing[0]["_mojibake_at"].startswith("title: "), failing
    assert mojibake["severity"] == "warning"


@pytest.mark.slow
def test_case_13_the_lede_in_a_teaser_block_is_in_the_text(published):
    (finland,) = _articles(published, "inbox", "13-lede")
    assert finland["text"].startswith("Finland will close its last open border crossing")
    assert finland["lede_check"] == "recovered" and "lede recovered" in finland["ingest_notes"]
    orpo = [s for s in _statements_of(finland) if "Orpo" in (s["speaker"] or "")]
    assert len(orpo) >= 2, orpo
    assert any(s["statement_type"] == "ACCUSE" and s["target_country"] == "RU" for s in orpo)
    for name in ("teaser_div.html", "teaser_jsonld_cards.html", "teaser_intro_related.html"):
        (page,) = _articles(published, "inbox", name)
        gold = (TEASER_PAGES / name.replace(".html", ".expected.txt")).read_text()
        first = gold.split("\n")[0]
        assert page["text"].startswith(first[:60]) and page["lede_check"] == "recovered"


@pytest.mark.slow
def test_case_14_no_widget_text_and_no_widget_statements(published):
    for name in ("14a-related", "14b-related", "teaser_jsonld_cards", "teaser_intro_related"):
        (page,) = _articles(published, "inbox", name)
        for leak in ("Also read", "Tehran", "Philippines", "Ecuador", "Argentina", "Lomé", "Accra"):
            assert leak not in page["text"], (name, leak)
        speakers = {s["speaker"] for s in _statements_of(page)}
        assert not speakers & {"Tehran", "Iran", "China", "Ecuador", "Argentina", "Togo"}
    anchored = _check("statements", "statement_anchored")
    assert anchored["success"], anchored["failing_rows"]


@pytest.mark.slow
def test_every_input_is_accounted_for(published):
    for day in _rows("source_days"):
        assert day["items"] == day["articles"] + day["rejects"] + day["already_ingested"], day
    accounted = _check("source_days", "items_accounted")
    assert accounted["success"], accounted["failing_rows"]
