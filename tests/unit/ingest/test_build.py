"""ArticleBuilder.build: the per-article work in a pool of processes gives the rows, rejects,
order and memo of one input at a time (ArticleBuilder.add in a loop), whatever the chunk size."""

from __future__ import annotations

import pytest

from parley import ids
from parley.dates import window_for_date
from parley.ingest import articles, language, memo
from parley.ingest.articles import ArticleBuilder, PublishedIndex
from parley.ingest.records import RawArticle, Reject

W = window_for_date("2025-02-25")
GERMAN = (
    "Der Außenminister sagte am Dienstag in Berlin, die Gespräche über eine Waffenruhe seien "
    "ins Stocken geraten, weil beide Seiten auf ihren Forderungen beharrten."
)
PUBLISHED = (
    "The prime minister said on Monday that the talks would resume next week in Geneva, "
    "after a pause of two months."
)


def _inputs(seed_text: str) -> list[RawArticle | Reject]:
    paras = seed_text.split("\n")
    wire = "\n".join(["MOSCOW (AP) — " + paras[0], *paras[1:-1], "Read more on our page."])
    return [
        RawArticle("wire", "file", "a.txt", seed_text, title="Talks", input_hash="h1"),
        RawArticle("wire", "file", "b.txt", seed_text.upper(), input_hash="h2"),  # exact copy
        RawArticle("ap", "rss", "https://ap.example/1", wire, url="https://ap.example/1"),
        Reject("wire", "c.bin", "undecodable", "no codec reads it", input_hash="h3"),
        RawArticle("ap", "rss", "https://ap.example/2", paras[1], url="http://ap.example/1#x"),
        RawArticle("wire", "file", "d.txt", "Too short.", input_hash="h4"),
        RawArticle("de", "file", "e.txt", GERMAN, language="de", input_hash="h5"),
        RawArticle("wire", "file", "a.txt", seed_text, title="Talks", input_hash="h1"),  # again
        RawArticle("old", "file", "f.txt", PUBLISHED, input_hash="h6"),  # published before
        RawArticle("memo", "file", "g.txt", PUBLISHED + " Again.", input_hash="h7"),  # memo
        RawArticle("moji", "file", "h.txt", "The minister’s statement " * 4, input_hash="h8"),
        RawArticle("wire", "file", "i.txt", paras[-1] + " " + paras[0], published_value="2025"),
    ]


def _index() -> PublishedIndex:
    seen = ids.normalized_content_hash(ids.normalize_text(PUBLISHED + " Again."))
    return PublishedIndex(
        hashes={ids.normalized_content_hash(ids.normalize_text(PUBLISHED)), seen},
        built={memo.key("memo", "g.txt", "h7"): seen},
    )


def _one_at_a_time(raws):
    index = _index()
    b = ArticleBuilder(W, index)
    return [(raw, b.add(raw)) for raw in raws], index


def _built_in_a_pool(seed_text: str) -> tuple[list, list, bool]:
    """The inputs of :func:`_inputs` built by a two-process builder (chunks of 2) and one at a
    time, and whether the builder gave its pool up (no pool left, one worker)."""
    raws = _inputs(seed_text)
    expected, _ = _one_at_a_time(raws)
    b = ArticleBuilder(W, _index(), workers=2)
    try:
        got = list(b.build(raws, chunk=2))
        given_up = (b._pool, b.workers) == (None, 1)
    finally:
        b.close()
    return got, expected, given_up


@pytest.mark.parametrize(("workers", "chunk"), [(2, 1), (2, 2), (2, 3), (3, 5), (2, 100), (1, 2)])
def test_build_gives_the_rows_of_one_at_a_time(seed_text, workers, chunk):
    raws = _inputs(seed_text)
    expected, expected_index = _one_at_a_time(raws)
    index = _index()
    b = ArticleBuilder(W, index, workers=workers)
    try:
        got = list(b.build(raws, chunk=chunk))
        pooled = b._pool is not None
    finally:
        b.close()
    assert got == expected
    assert list(index.learned.items()) == list(expected_index.learned.items())
    assert pooled == (workers > 1 and chunk <= len(raws))  # a short source starts no process
    kinds = [k for _, (k, _) in got]
    assert kinds.count("article") >= 6 and "seen" in kinds and "reject" in kinds


def test_a_failing_input_is_an_ingest_error_reject_in_the_pool_too(seed_text, monkeypatch):
    identify = language.identify

    def fragile(text, *declared):
        if "Berlin" in text:
            raise ValueError("model tables damaged")
        return identify(text, *declared)

    monkeypatch.setattr(language, "identify", fragile)  # before the pool forks
    got, expected, _ = _built_in_a_pool(seed_text)
    assert got == expected
    failed = [row for _, (kind, row) in got if kind == "reject" and row["reason"] == "ingest-error"]
    assert [r["detail"] for r in failed] == [
        "building the article raised ValueError: model tables damaged"
    ]


@pytest.mark.parametrize("fail_after", [0, 1, 4, 7])
def test_a_reader_that_raises_has_its_earlier_inputs_built_first(seed_text, fail_after):
    raws = _inputs(seed_text)[:fail_after]

    def reader():
        yield from raws
        raise OSError("the folder went away")

    expected, _ = _one_at_a_time(raws)
    b = ArticleBuilder(W, _index(), workers=2)
    got = []
    try:
        with pytest.raises(OSError, match="went away"):
            for pair in b.build(reader(), chunk=2):
                got.append(pair)
    finally:
        b.close()
    assert got == expected


def test_the_pool_is_given_up_when_it_breaks(seed_text, monkeypatch):
    """A preparing process killed (e.g. by the OOM killer): the rest is prepared in this one."""
    import os

    prepare, parent = articles.prepare, os.getpid()

    def dying(raw, *args):
        if raw.locator == "e.txt" and os.getpid() != parent:
            os._exit(1)
        return prepare(raw, *args)

    monkeypatch.setattr(articles, "prepare", dying)
    got, expected, given_up = _built_in_a_pool(seed_text)
    assert got == expected
    assert given_up


def test_no_pool_when_processes_cannot_start(seed_text, monkeypatch):
    """E.g. inside a daemonic process (which may not have children): prepared in this one."""
    from concurrent.futures import ProcessPoolExecutor

    def refuse(self, *args, **kwargs):
        raise AssertionError("daemonic processes are not allowed to have children")

    monkeypatch.setattr(ProcessPoolExecutor, "submit", refuse)
    got, expected, given_up = _built_in_a_pool(seed_text)
    assert got == expected
    assert given_up
