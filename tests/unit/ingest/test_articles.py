"""Inbox readers: every input becomes an article or a reject with a reason."""

from __future__ import annotations

import json

import pytest

from parley.dates import window_for_date
from parley.ingest.articles import MAX_RUN_CHARS, PublishedIndex, build_articles, longest_run
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
    assert arts[0].title == "Short title" and arts[0].text.strip() == BODY  # title is a field
    assert arts[1].published_value == "2025-02-24T10:00:00Z"  # read by the builder, not the reader
    assert "alert(1)" not in arts[4].text and "Geneva" in arts[4].text
    rows, _ = build_articles(arts, W, PublishedIndex())
    assert rows[1]["published_at"].isoformat() == "2025-02-24T10:00:00+00:00"
    assert rows[1]["published_raw"] == "2025-02-24T10:00:00Z" and rows[0]["published_raw"] is None


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bad.txt", b"caf" + bytes(range(256)) * 2, "undecodable"),  # binary: no codec reads it
        ("bad.json", b"{not json", "malformed-json"),
        ("bad.bin", b"\x00\x01", "unsupported-type"),
        ("notext.json", json.dumps({"title": "x"}).encode(), "schema-invalid"),
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


def _row(**kw) -> dict:
    raw = RawArticle(
        **{"source": "s", "source_type": "file", "locator": "x.json", "text": BODY, **kw}
    )
    rows, rejects = build_articles([raw], W, PublishedIndex())
    assert not rejects, rejects
    return rows[0]


def test_mojibake_in_text_and_title_is_repaired_and_said():
    row = _row(
        text="Pedro SÃ¡nchez said on Thursday that JosÃ© Manuel Albares would travel to Rabat.",
        title="SÃ¡nchez and Albares",
    )
    assert "Pedro Sánchez" in row["text"] and row["title"] == "Sánchez and Albares"
    assert row["mojibake_repaired"] is True and "mojibake repaired" in row["ingest_notes"]
    clean = _row(title="Erdoğan warns Athens")
    assert clean["mojibake_repaired"] is False and clean["ingest_notes"] is None


@pytest.mark.parametrize(
    "text, title, note",
    [
        # a .txt saved by a tool that pads with NUL bytes (a new user's file): the NULs go, and
        # the note says how many, as the other normalisations do
        (
            f"The minister\x00 said\x00\x00 the talks would resume. {BODY}",
            None,
            "3 NUL characters removed",
        ),
        (f"{BODY}\x00", "Talks\x00 resume", "2 NUL characters removed"),
        (f"{BODY}\x00\x00\x00\x00", None, "4 NUL characters removed"),
        (
            f"{BODY} Talks\x00 \x07resume\x1b.",
            None,
            "1 NUL character removed; 2 control characters removed",
        ),
    ],
)
def test_removed_nul_and_control_characters_are_counted_in_the_notes(text, title, note):
    row = _row(text=text, title=title)
    assert "\x00" not in row["text"] and (row["title"] is None or "\x00" not in row["title"])
    assert row["ingest_notes"] == note


def test_a_first_line_repeating_the_title_is_dropped_from_the_text():
    row = _row(text=f"Talks Collapse In Doha\n\n{BODY}", title="TALKS COLLAPSE IN DOHA")
    assert row["text"] == BODY and "repeated the title" in row["ingest_notes"]
    assert _row(text=f"Other line\n{BODY}", title="Talks")["text"].startswith("Other line")


def test_dates_come_from_the_raw_value_against_the_run_window():
    row = _row(published_value="2025/2/27 15:07:41")
    assert row["published_at"].isoformat() == "2025-02-27T15:07:41+00:00"
    assert row["published_raw"] == "2025/2/27 15:07:41" and row["published_problem"] is None
    partial = _row(published_value="February 2025")
    assert partial["published_at"] is None and partial["published_problem"] == "partial"
    from datetime import UTC, datetime

    clock = datetime(2025, 11, 1, tzinfo=UTC)  # feedparser's clock-completed reading
    hinted = _row(published_value="2025/2/27 15:07:41", published_hint=clock)
    assert hinted["published_at"].month == 2 and "feedparser read" in hinted["ingest_notes"]


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({}, "missing"),  # a JSON record or a .txt file with no date field
        ({"published_value": ""}, "missing"),  # a blank date field
        ({"published_value": "   "}, "missing"),
        ({"published_value": None, "published_hint": None, "published_at": None}, "missing"),
        ({"published_value": "February 2025"}, "partial"),  # a date given, but not whole
        ({"published_value": "2025-02-27T10:00:00Z"}, None),
    ],
)
def test_an_article_whose_source_gave_no_date_says_the_date_is_missing(fields, problem):
    """fresh12: five undated articles had ``published_at`` and ``published_problem`` both null,
    so nothing told an undated article from a dated one; never dated from the clock."""
    row = _row(**fields)
    assert row["published_problem"] == problem
    if problem == "missing":
        assert row["published_at"] is None and row["published_raw"] is None


def test_lone_surrogates_anywhere_are_replaced_and_counted():
    row = _row(
        text=BODY + " \udcff",
        title="x\ud800",
        locator="f\udce9.json",
        author="A\udc80",
        replaced_chars=1,
    )
    assert row["replaced_chars"] == 3  # 1 from decoding + text + title
    for value in row.values():
        if isinstance(value, str):
            value.encode("utf-8")


def test_a_builder_failure_costs_one_input_not_the_source(monkeypatch):
    from parley.ingest import articles

    def boom(*a, **k):
        raise RuntimeError("a bug")

    monkeypatch.setattr(articles.language, "identify", boom)
    rows, rejects = build_articles(
        [RawArticle("s", "file", "a.txt", BODY), Reject("s", "b.txt", "empty", "nothing")],
        W,
        PublishedIndex(),
    )
    assert not rows and [r["reason"] for r in rejects] == ["ingest-error", "empty"]
    assert "RuntimeError: a bug" in rejects[0]["detail"]


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("The minister spoke about the talks today", "."),
        ("मंत्री ने आज वार्ता के बारे में बात की", "।"),  # Devanagari danda
        ("وزیر نے آج مذاکرات کے بارے میں بات کی", "۔"),  # Urdu full stop
        ("هل تحدث الوزير عن المحادثات اليوم", "؟"),  # Arabic question mark
        ("ሚኒስትሩ ዛሬ ስለ ንግግሩ ተናገሩ", "።"),  # Ethiopic full stop
    ],
)
def test_every_scripts_sentence_end_breaks_a_run(sentence, end):
    """A text of many sentences in any script has no long stretch without a sentence end: the
    ends are read by Unicode's Sentence_Terminal property, so a Hindi or Urdu article is
    ingested (and flagged as not English), not quarantined as ``not-prose``."""
    text = " ".join([sentence + end] * 1000)
    start, length = longest_run(text)
    assert length == len(sentence) + 1  # one sentence and the space before the next
    assert len(text) > MAX_RUN_CHARS


def test_a_run_without_any_sentence_end_is_measured_whole():
    text = "Heading\n" + "word " * 5000
    assert longest_run(text) == (8, 25000)
