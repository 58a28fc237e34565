"""Tier 3: news_daily (`dag.test()`) reading the real feeds and pages of ../shared/corpus from a
local HTTP server — every item accounted for, re-runs reproduce, the next day fetches nothing new.

The corpus feeds link to the outlets' real sites, which must never be contacted from here: those
sources set ``fetch_pages: false`` (their items are kept as summary-only articles); page fetching
is exercised by the ``pages`` source (the 32 corpus pages) and by a small feed of our own whose
items link back to the local server.
"""

from __future__ import annotations

import collections
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from parley import pipeline
from parley.dates import window_for_date
from parley.settings import get_settings
from parley.storage import lake
from tools.eval_ingest import token_f1

DAY = datetime(2025, 3, 10, tzinfo=UTC)  # on or after the DAG start_date
NEXT_DAY = datetime(2025, 3, 11, tzinfo=UTC)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
LOCAL = ["127.0.0.0/8"]
FAST = {"timeout_s": 5, "retries": 1, "backoff_s": 0.01, "delay_s": 0}


def _name(feed_file: str) -> str:
    """Source name of a corpus feed: ``google_news_top_2022.atom.xml`` -> ``google-news-top-2022-atom``."""
    return feed_file.removesuffix(".xml").replace("_", "-").replace(".", "-")


def _read(data_dir: Path, table: str, day: datetime) -> list[dict]:
    """The published rows of a table for a day, read through the lake's manifests."""
    settings = dataclasses.replace(get_settings(), data_dir=data_dir)
    return lake.read_partition(table, day.date(), settings).to_pylist()


def _sorted(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))


@pytest.fixture
def served(site, shared_dir, tmp_path, monkeypatch):
    """The corpus feeds and pages on the local server, and a sources file that reads them."""
    feeds_dir, pages_dir = shared_dir / "corpus" / "feeds", shared_dir / "corpus" / "pages"
    feed_index = json.loads((feeds_dir / "index.json").read_text())
    page_index = json.loads((pages_dir / "index.json").read_text())
    sources = []
    page_urls = [
        site.add(f"/pages/{p['file']}", (pages_dir / p["file"]).read_bytes()) for p in page_index
    ]
    sources.append({"name": "pages", "type": "pages", "urls": page_urls, "allow_private": LOCAL})
    wire = (FIXTURES / "local_wire.rss").read_text().replace("{base}", site.base)
    sources.append(
        {
            "name": "local-wire",
            "type": "rss",
            "url": site.add("/feeds/local_wire.rss", wire.encode(), "application/rss+xml"),
            "allow_private": LOCAL,
            "language": "en",
        }
    )
    for f in feed_index:
        body = (feeds_dir / f["file"]).read_bytes()
        name = _name(f["file"])
        sources.append(
            {
                "name": name,
                "type": "atom" if "atom" in f["file"] else "rss",
                "url": site.add(f"/feeds/{f['file']}", body, "application/xml"),
                "allow_private": LOCAL,
                "fetch_pages": False,  # item links point at the outlets' real sites
            }
        )
    sources.append(
        {
            "name": "billion-laughs",
            "type": "rss",
            "url": site.add(
                "/feeds/bomb.rss", (FIXTURES / "billion_laughs.rss").read_bytes(), "text/xml"
            ),
            "allow_private": LOCAL,
        }
    )
    sources.append({"name": "unreachable", "type": "rss", "url": "http://10.255.255.1/feed.xml"})
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"defaults": {"limits": FAST}, "sources": sources}))
    monkeypatch.setenv("PARLEY_SOURCES", str(path))
    return {"feeds": feed_index, "pages": page_index, "pages_dir": pages_dir}


def _run(dagbag, day):
    run = dagbag.dags["news_daily"].test(logical_date=day)
    assert str(run.state).endswith("success"), f"news_daily ended {run.state}"


@pytest.mark.slow
def test_news_daily_over_http(dagbag, served, site, data_dir):
    _run(dagbag, DAY)
    articles = _read(data_dir, "articles", DAY)
    rejects = _read(data_dir, "rejects", DAY)
    days = {d["source"]: d for d in _read(data_dir, "source_days", DAY)}

    # every feed item of the corpus is an article or a reject with a reason: 523 in all
    feed_names = {_name(f["file"]): f["items"] for f in served["feeds"]}
    assert sum(feed_names.values()) == 523
    by_source = collections.Counter(a["source"] for a in articles)
    rejected = collections.Counter(r["source"] for r in rejects)
    for name, n_items in feed_names.items():
        d = days[name]
        assert d["status"] == "ok" and d["items"] == n_items, d
        assert by_source[name] + rejected[name] == n_items, name
        assert d["articles"] == by_source[name] and d["rejects"] == rejected[name]
    assert sum(by_source[n] + rejected[n] for n in feed_names) == 523
    assert all(r["reason"] and r["detail"] for r in rejects)
    # the broken-but-real feeds were read: Latin-1 without a declaration, junk before <?xml
    uol = [a for a in articles if a["source"] == "uol-noticias-br-rss"]
    assert uol and any("ç" in (a["title"] or "") + a["text"] for a in uol)
    assert all(a["language"] == "pt" for a in uol if a["n_chars"] > 100)
    assert days["techcrunch-rss"]["items"] == 20 and "recovery" in days["techcrunch-rss"]["detail"]
    assert {a["language"] for a in articles if a["source"] == "heise-de-2016-atom"} == {"de"}
    # the same Google News snapshot as RSS and Atom: the Atom copies link to the RSS originals
    google = {a["article_id"]: a for a in articles if a["source"].startswith("google-news")}
    atom_copies = [a for a in google.values() if a["source"] == "google-news-top-2022-atom"]
    linked = [a for a in atom_copies if a["duplicate_of"] in google]
    assert len(linked) >= 30, [a["duplicate_kind"] for a in atom_copies]

    # the pages: fetched, extracted, and the stored text keeps trafilatura's quality
    pages = {a["url"]: a for a in articles if a["source"] == "pages"}
    assert days["pages"]["items"] == len(served["pages"]) == 32
    assert len(pages) + rejected["pages"] == 32
    scores = []
    for p in served["pages"]:
        if p["expected_text"]:
            row = pages[f"{site.base}/pages/{p['file']}"]
            gold = (served["pages_dir"] / p["expected_text"]).read_text(encoding="utf-8")
            scores.append(token_f1(row["text"], gold))
    assert len(scores) == 20 and sum(scores) / len(scores) >= 0.95, scores

    # the local feed: page fetched (tracking parameters gone; a copy of the pages source's
    # article), a 404 and a refused address kept as summary-only, a too-short item whose page is
    # gone rejected for the fetch's reason (a 404: http-error at stage fetch), not as "empty"
    wire = {a["title"]: a for a in articles if a["source"] == "local-wire"}
    assange = wire["Sweden drops Assange rape investigation"]
    assert not assange["summary_only"] and assange["duplicate_kind"] == "url"
    original = pages[f"{site.base}/pages/aeb_bbc-com_c7e39ac49f.html"]
    assert assange["duplicate_of"] == original["article_id"]
    gone = wire["A page that is gone"]
    assert gone["summary_only"] and "HTTP 404" in gone["summary_reason"]
    outside = wire["A link outside the allowance"]
    assert outside["summary_only"] and "blocked-address" in outside["summary_reason"]
    short = [r for r in rejects if r["source"] == "local-wire"]
    assert [(r["stage"], r["reason"]) for r in short] == [("fetch", "http-error")], short

    # hostile and unreachable sources: a reject with a reason, and the run went on
    bomb = [r for r in rejects if r["source"] == "billion-laughs"]
    assert [r["reason"] for r in bomb] == ["unsafe-xml"]
    assert days["billion-laughs"]["status"] == "failed"
    assert days["unreachable"]["status"] == "failed"
    assert [r["reason"] for r in rejects if r["source"] == "unreachable"] == ["blocked-address"]
    assert days["unreachable"]["requests"] == 0  # refused before any connection

    # re-running the date's ingest replays the landing zone: no request, the same rows
    # (the stages after ingest are deterministic in their input: test_news_daily re-runs them)
    n_requests = len(site.log)
    result = pipeline.ingest(window_for_date(DAY.date()))
    assert len(site.log) == n_requests, "a re-run of the same date must not fetch again"
    assert set(result["replayed"]) == {n for n in days if n != "unreachable"}
    for table in ("articles", "rejects", "source_days"):
        staged = lake.read_staging(table, DAY.date()).to_pylist()
        assert _sorted(staged) == _sorted(_read(data_dir, table, DAY)), table

    # the next day: conditional GETs answer 304, nothing new is ingested
    _run(dagbag, NEXT_DAY)
    new = site.log[n_requests:]
    assert new and all(r["status"] == 304 for r in new), collections.Counter(
        (r["path"], r["status"]) for r in new
    )
    assert all(r["if_none_match"] for r in new)
    assert _read(data_dir, "articles", NEXT_DAY) == []
    next_days = {d["source"]: d for d in _read(data_dir, "source_days", NEXT_DAY)}
    for name in [*feed_names, "pages", "local-wire"]:
        assert next_days[name]["status"] == "not-modified", next_days[name]
