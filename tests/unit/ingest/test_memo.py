"""The ingest memo: an input whose bytes built published content is recognised without being
normalised again; any other input (changed bytes, content not published elsewhere) is built as
before."""

from __future__ import annotations

import pytest

from parley import ids
from parley.dates import window_for_date
from parley.ingest import memo
from parley.ingest.articles import ArticleBuilder, PublishedIndex
from parley.ingest.records import RawArticle

W = window_for_date("2025-03-02")
BODY = "The foreign minister told reporters the ceasefire talks had stalled over the border line."


def _raw(text=BODY, input_hash="b1", locator="wire/1.txt") -> RawArticle:
    return RawArticle("wire", "file", locator, text, title="Talks stall", input_hash=input_hash)


def _first_run() -> tuple[str, dict[str, str]]:
    index = PublishedIndex()
    kind, row = ArticleBuilder(W, index).add(_raw())
    assert kind == "article"
    return row["content_hash"], index.learned


def test_published_bytes_are_seen_without_normalising(monkeypatch):
    chash, learned = _first_run()
    assert list(learned.values()) == [chash]

    def boom(*_a, **_k):
        raise AssertionError("normalised again")

    index = PublishedIndex(hashes={chash}, built=learned)
    monkeypatch.setattr(ids, "normalize_text", boom)
    assert ArticleBuilder(W, index).add(_raw()) == ("seen", None)
    assert index.learned == learned  # kept for the next run


@pytest.mark.parametrize(
    "raw, published",
    [
        (_raw(input_hash="b2"), True),  # other bytes in the same place: built again
        (_raw(locator="wire/2.txt"), True),  # the same bytes elsewhere: built again
        (_raw(), False),  # known bytes, content not published under another date (a re-run)
    ],
)
def test_anything_else_is_built_as_before(raw, published):
    chash, learned = _first_run()
    index = PublishedIndex(hashes={chash} if published else set(), built=learned)
    kind, row = ArticleBuilder(W, index).add(raw)
    # the same answer the builder gives without a memo
    plain = ArticleBuilder(W, PublishedIndex(hashes=index.hashes)).add(raw)
    assert (kind, row is None) == (plain[0], plain[1] is None)
    assert kind == ("seen" if published else "article")


def test_memo_round_trip_and_other_versions_removed(tmp_path):
    stale = tmp_path / "memo-0000000000000000.parquet"
    stale.write_bytes(b"old")
    entries = {memo.key("wire", "a\udcff.txt", "b1"): "h1", memo.key("wire", "b", "b2"): "h2"}
    path = memo.save(tmp_path, entries)
    assert memo.load(tmp_path) == entries
    assert not stale.exists() and path.exists()
    path.write_bytes(b"not parquet")  # a broken cache costs time, never the run
    assert memo.load(tmp_path) == {}
    assert memo.load(tmp_path / "missing") == {}


def test_memo_of_other_sources_config_is_not_read(tmp_path):
    # a source's options change what its bytes become: another sources file, another memo
    entries = {memo.key("wire", "a.txt", "b1"): "h1"}
    memo.save(tmp_path, entries, b"sources: [a]")
    assert memo.load(tmp_path, b"sources: [a]") == entries
    assert memo.load(tmp_path, b"sources: [a, b]") == {}
    assert memo.version(b"x") != memo.version(b"y") and memo.version() == memo.version(b"")


def test_memo_interrupted_write_leaves_the_old_memo_and_no_temporary(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    entries = {memo.key("wire", "a.txt", "b1"): "h1"}
    memo.save(tmp_path, entries)

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", broken)
    with pytest.raises(OSError, match="disk full"):
        memo.save(tmp_path, {memo.key("wire", "b.txt", "b2"): "h2"})
    assert memo.load(tmp_path) == entries
    assert sorted(p.name for p in tmp_path.iterdir()) == [memo.memo_path(tmp_path).name]
