"""Inbox readers: every input becomes an article or a reject with a reason."""

from __future__ import annotations

import json

import pytest

from parley.dates import window_for_date
from parley.ingest.articles import PublishedIndex, build_articles
from parley.ingest.folder import read_folder
from parley.ingest.records import RawArticle, Reject
from parley.ingest.sources import Source

W = window_for_date("2025-02-25")
BODY = "The minister said the talks would resume next week, according to officials in Geneva."


def _read(inbox):
    return list(read_folder(Source(name="inbox", type="folder", path=inbox)))


def test_txt_json_jsonl_and_html_are_read(inbox):
    (inbox / "a.txt").write_text(f"Short title\n\n{BODY}", encoding="utf-8")
    (inbox / "b.json").write_text(
        json.dumps({"title": "B", "text": BODY + " B.", "published": "2025-02-24T10:00:00Z"})
    )
    (inbox / "c.jsonl").write_text(
        "\n".join(json.dumps({"id": f"c{i}", "text": f"{BODY} {i}"}) for i in range(2))
    )
    (inbox / "d.html").write_text(
        f"<html><head><title>D page</title><script>alert(1)</script></head><body><article>"
        f"<h1>D page</h1><p>{BODY}</p><p>{BODY} Second paragraph here.</p></article></body></html>"
    )
    found = _read(inbox)
    arts = [x for x in found if isinstance(x, RawArticle)]
    assert [a.locator for a in arts] == ["a.txt", "b.json", "c.jsonl#c0", "c.jsonl#c1", "d.html"]
    assert arts[0].title == "Short title"
    assert arts[1].published_at.isoformat() == "2025-02-24T10:00:00+00:00"
    assert "alert(1)" not in arts[4].text and "Geneva" in arts[4].text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bad.txt", "caf\xe9 latin-1 text".encode("latin-1"), "not-utf8"),
        ("bad.json", b"{not json", "malformed-json"),
        ("bad.bin", b"\x00\x01", "unsupported-type"),
        ("notext.json", json.dumps({"title": "x"}).encode(), "no-text"),
    ],
)
def test_bad_files_become_rejects_with_reasons(inbox, name, content, reason):
    (inbox / name).write_bytes(content)
    (inbox / "good.txt").write_text(BODY)
    found = _read(inbox)
    rejects = [x for x in found if isinstance(x, Reject)]
    assert [r.reason for r in rejects] == [reason]
    assert rejects[0].detail and rejects[0].locator == name
    assert any(isinstance(x, RawArticle) for x in found), "the run goes on after a bad file"


def test_one_bad_jsonl_line_loses_only_that_line(inbox):
    (inbox / "x.jsonl").write_text(
        json.dumps({"text": BODY}) + "\n{oops\n" + json.dumps({"text": BODY + "!"})
    )
    found = _read(inbox)
    assert [type(x).__name__ for x in found] == ["RawArticle", "Reject", "RawArticle"]
    assert found[1].locator == "x.jsonl#L2"


def test_empty_and_duplicate_articles():
    raws = [
        RawArticle("s", "file", "1.txt", BODY),
        RawArticle("s", "file", "2.txt", "  " + BODY.upper() + "\n"),  # same text, other case/space
        RawArticle("s", "file", "3.txt", "   "),
    ]
    arts, rejects = build_articles(raws, W, PublishedIndex())
    assert [r["reason"] for r in rejects] == ["empty"]
    assert len(arts) == 2
    assert arts[0]["duplicate_of"] is None
    assert arts[1]["duplicate_of"] == arts[0]["article_id"]


def test_content_published_under_another_date_is_not_ingested_again():
    raws = [
        RawArticle("s", "file", "1.txt", BODY),
        RawArticle("s", "file", "2.txt", BODY + " New."),
    ]
    first, _ = build_articles(raws, W, PublishedIndex())
    again, _ = build_articles(raws, W, PublishedIndex(hashes={first[0]["content_hash"]}))
    assert [a["locator"] for a in again] == ["2.txt"]


def test_ingested_at_is_the_logical_time_not_the_clock():
    arts, _ = build_articles([RawArticle("s", "file", "1.txt", BODY)], W, PublishedIndex())
    assert arts[0]["ingested_at"] == W.start
