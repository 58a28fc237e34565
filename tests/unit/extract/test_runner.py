"""The extraction runner: every core, input order, and one document never taking the others down.

Real worker processes and the real spaCy model throughout. Faults are injected the way
``PARLEY_FAULT_INJECTION`` does it: a worker that meets a marked document crashes natively
(SIGSEGV, SIGABRT), exits, raises, spins in C or allocates until it is stopped.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import psutil
import pytest

from parley.extract import annotate, runner
from parley.extract.rows import document_rows
from parley.extract.worker import parse_faults
from parley.schema import to_arrow

SAMPLES = Path(__file__).resolve().parents[3] / "include" / "samples"
MODEL = None  # PARLEY_SPACY_MODEL or the installed default


def _sample_texts(n: int) -> list[str]:
    """``n`` short bundled sample articles (public domain / CC BY), deterministic."""
    texts = []
    for path in sorted(SAMPLES.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    texts = sorted((t for t in texts if 200 < len(t) < 3000), key=lambda t: (len(t), t))
    return texts[:: max(1, len(texts) // n)][:n]


@pytest.fixture(scope="module")
def docs() -> list[runner.Document]:
    return [runner.Document(f"a{i:03d}", t, "2021-06-01") for i, t in enumerate(_sample_texts(14))]


@pytest.fixture(scope="module")
def expected(docs, nlp) -> dict[str, dict]:
    """Each document's rows as the in-process annotation makes them (no workers)."""
    from parley.extract import model

    label = model.model_label(nlp)
    out = {}
    for d, ann in zip(
        docs,
        annotate(((d.key, d.text) for d in docs), MODEL, dates={d.key: d.when for d in docs}),
        strict=True,
    ):
        rows = document_rows(
            d.key, ann.quotes, ann.statements, ann.entities, ann.quote_speaker_countries, label
        )
        out[d.key] = {t: to_arrow(t, r).to_pylist() for t, r in rows.items()}
    return out


def _options(**kw) -> runner.RunnerOptions:
    from parley.settings import get_settings

    return runner.RunnerOptions.from_settings(get_settings(), **({"faults": ""} | kw))


def _rows(out: runner.Outcome) -> dict[str, list[dict]]:
    return {t: tbl.to_pylist() for t, tbl in out.tables.items()}


def _descendants() -> list[psutil.Process]:
    """The extraction processes (zygote and forked workers, all started as
    ``python -m parley.extract.worker``) still alive below this test process; servers that
    session fixtures keep running for other tests (SeaweedFS, PostgreSQL) are not ours."""
    found = []
    for proc in psutil.Process().children(recursive=True):
        try:
            if "parley.extract.worker" in " ".join(proc.cmdline()):
                found.append(proc)
        except psutil.NoSuchProcess:
            pass
    return found


def test_workers_give_the_in_process_rows_in_input_order(docs, expected):
    stats = runner.RunStats()
    outs = list(runner.run(docs, _options(workers=2), stats=stats))
    assert [o.document.key for o in outs] == [d.key for d in docs]
    assert all(o.failure is None for o in outs)
    assert {o.document.key: _rows(o) for o in outs} == expected
    assert sum(len(r["quotes"]) for r in expected.values()) > 5  # the sample has quotations
    assert stats.workers == 2 and stats.started == 2 and stats.restarts == 0
    assert stats.model_label and "==" in stats.model_label
    assert not _descendants()


@pytest.mark.parametrize(
    ("chunk_docs", "workers"),
    [
        (1, 1),  # every document parsed alone
        (3, 2),  # small chunks, the last ones re-cut by tail_chunks
        (5, 2),
        (32, 1),  # the whole sample as one batch, as in-process annotation parses it
    ],
)
def test_the_rows_do_not_depend_on_how_the_documents_are_chunked(
    docs, expected, monkeypatch, chunk_docs, workers
):
    """Which documents share a parse batch (the chunk size, the shrinking last chunks, the
    worker a chunk lands on) changes nothing in any document's rows: what lets the runner cut
    chunks by timing (:func:`runner.tail_chunks`) and still write the same tables."""
    monkeypatch.setattr(runner, "CHUNK_DOCS", chunk_docs)
    sizes: list[int] = []
    send = runner._Worker.send

    def counted(self, chunk):
        sizes.append(len(chunk.docs))
        send(self, chunk)

    monkeypatch.setattr(runner._Worker, "send", counted)
    outs = list(runner.run(docs, _options(workers=workers)))
    assert {o.document.key: _rows(o) for o in outs} == expected
    assert [o.document.key for o in outs] == [d.key for d in docs]
    assert sum(sizes) == len(docs) and max(sizes) <= chunk_docs
    assert len(sizes) >= -(-len(docs) // chunk_docs)  # the batches really were cut this way


def test_one_bad_document_never_takes_the_others_down(docs, expected, monkeypatch):
    marked = {
        "a001": "SEGV_MARK",  # native crash in the rules
        "a004": "ABRT_MARK",
        "a006": "EXIT_MARK",
        "a008": "RAISE_MARK",  # a rule raising: the worker goes on
        "a010": "SPIN_MARK",  # a native loop: over its CPU budget
        "a012": "HOG_MARK",  # memory: over the worker limit
    }
    faults = "segfault:SEGV_MARK,abort:ABRT_MARK,exit:EXIT_MARK,raise:RAISE_MARK,spin:SPIN_MARK,memory:HOG_MARK"
    bad = [
        runner.Document(d.key, d.text + " " + marked[d.key] if d.key in marked else d.text, d.when)
        for d in docs
    ]
    stats = runner.RunStats()
    options = _options(workers=2, faults=faults, budget=runner.Budget(4.0, 0.5), max_rss_mb=1500)
    outs = {o.document.key: o for o in runner.run(bad, options, stats=stats)}
    assert list(outs) == [d.key for d in docs]
    reasons = {k: o.failure.reason for k, o in outs.items() if o.failure}
    assert reasons == {
        "a001": runner.CRASH,
        "a004": runner.CRASH,
        "a006": runner.CRASH,
        "a008": runner.ERROR,
        "a010": runner.TIMEOUT,
        "a012": runner.MEMORY,
    }
    detail = {k: o.failure.detail for k, o in outs.items() if o.failure}
    assert "SIGSEGV" in detail["a001"] and "worker.py" in detail["a001"]  # where, from faulthandler
    assert "SIGABRT" in detail["a004"]
    assert "exited with code 3" in detail["a006"]
    assert "RuntimeError: injected fault" in detail["a008"]
    assert "CPU-s" in detail["a010"] and "budget" in detail["a010"]
    assert "1,500 MB" in detail["a012"]
    for key, out in outs.items():  # everything else: exactly the rows of a clean run
        if key not in marked:
            assert _rows(out) == expected[key], key
        else:
            assert out.tables == {}
    assert stats.restarts >= 5
    assert not _descendants()


def test_a_crash_while_a_batch_is_parsed_blames_only_its_document(docs, expected):
    bad = [
        runner.Document(d.key, d.text + (" PARSE_BOMB" if d.key == "a005" else ""), d.when)
        for d in docs
    ]
    outs = list(runner.run(bad, _options(workers=1, faults="parse-segfault:PARSE_BOMB")))
    failed = [o.document.key for o in outs if o.failure]
    assert failed == ["a005"] and outs[5].failure.reason == runner.CRASH
    assert {o.document.key: _rows(o) for o in outs if not o.failure} == {
        k: v for k, v in expected.items() if k != "a005"
    }


def test_a_hang_without_cpu_is_stopped_by_the_wall_clock(docs, monkeypatch):
    # the backstop must stay far above a good document's wall time on a loaded machine (at a
    # load average of 17 on 2 CPUs a fresh worker parsing its first chunk took more than 3 s);
    # the sleeping document never wakes up (an hour), so the backstop alone can stop it
    monkeypatch.setattr(runner, "WALL_MIN_S", 30.0)
    monkeypatch.setattr(runner, "WALL_FACTOR", 0.5)
    bad = [docs[0], runner.Document("sleepy", "He said: SLEEP_MARK", None), docs[1]]
    outs = list(runner.run(bad, _options(workers=1, faults="sleep:SLEEP_MARK")))
    assert [o.failure.reason if o.failure else None for o in outs] == [None, runner.TIMEOUT, None]
    assert "wall time" in outs[1].failure.detail


def test_nothing_to_extract_starts_no_process():
    stats = runner.RunStats()
    assert list(runner.run([], _options(workers=2), stats=stats)) == []
    assert stats.started == 0 and not _descendants()


def test_stopping_early_leaves_no_process_behind(docs):
    it = runner.run(docs, _options(workers=2))
    next(it)
    assert _descendants()  # the zygote and its workers
    it.close()
    assert not _descendants()


def test_a_model_that_cannot_load_is_one_clear_error(docs):
    with pytest.raises(RuntimeError, match="cannot start.*no_such_model"):
        list(runner.run(docs[:1], _options(model="no_such_model")))
    assert not _descendants()


def test_fault_injection_spec_is_checked():
    assert parse_faults("segfault:X, parse-spin:Y") == [
        ("rules", "segfault", "X"),
        ("parse", "spin", "Y"),
    ]
    with pytest.raises(ValueError, match="KIND:MARKER"):
        parse_faults("explode:X")
    with pytest.raises(ValueError, match="KIND:MARKER"):
        parse_faults("segfault:")


def test_budget_and_sizing():
    b = runner.Budget(5.0, 0.5)
    assert b.seconds(0) == 5.0 and b.seconds(48_000) == 29.0
    assert "0.5 s per 1,000 characters" in b.describe(48_000)
    assert runner.auto_workers(1) == 1
    assert 1 <= runner.auto_workers() <= runner.usable_cpus() <= (os.cpu_count() or 1)


_FIRST_DOCUMENT = """
import json, sys
from parley.extract import model, worker
loaded = worker.load({"model": sys.argv[1], "with_entities": True, "with_statements": True})
texts = json.loads(sys.argv[2])
before = set(sys.modules)
for i, doc in enumerate(model.parse(loaded.nlp, texts)):
    out = worker.extract_one(loaded, doc, f"d{i}", texts[i], "2021-06-01")
    assert out["error"] is None and out["tables"], out
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_the_zygote_warm_up_leaves_nothing_to_load_for_a_forked_worker(docs):
    """Whatever the first document of a worker would load lazily (pyarrow imports pandas when it
    builds its first table) is loaded by the zygote's warm-up, once, before it forks: a fresh
    process that ran :func:`parley.extract.worker.load` imports no module while it extracts
    documents with quotations, statements and entities into Arrow rows."""
    import subprocess
    import sys

    from parley.settings import get_settings

    texts = [
        'Foreign Minister Sergei Lavrov said on Tuesday that Moscow "will respond" to NATO.',
        "The European Union condemned the strike, a spokesman said.",
        *(d.text for d in docs[:2]),
    ]
    proc = subprocess.run(
        [sys.executable, "-c", _FIRST_DOCUMENT, get_settings().spacy_model, json.dumps(texts)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []


_WARM_UP_CLASS = """
import sys
from parley import characters
from parley.extract import worker
worker.WARM_UP = sys.argv[2]
worker.load({"model": sys.argv[1], "with_entities": True, "with_statements": True})
print(characters._invisible_pattern.cache_info().currsize)
"""


@pytest.mark.parametrize(
    "warm_up",
    [
        "It rained all day.",  # no speaker, no name: nothing on the way builds the class
        'The minister said on Monday: "We will talk to Russia."',  # the usual warm-up
    ],
)
def test_the_zygote_builds_the_invisible_character_class_before_it_forks(warm_up):
    """:func:`parley.extract.worker.load` builds :func:`parley.characters._invisible_pattern`
    (~0.5 CPU-s) itself, not only when its warm-up document happens to derive a name, so no
    forked worker builds it again."""
    import subprocess
    import sys

    from parley.settings import get_settings

    proc = subprocess.run(
        [sys.executable, "-c", _WARM_UP_CLASS, get_settings().spacy_model, warm_up],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().splitlines()[-1] == "1"


@pytest.mark.parametrize(
    ("lengths", "workers"),
    [
        ([3000] * 96, 2),  # three full chunks of news-length articles left at the end
        ([500, 9000, 1200, 40_000, 800] * 20, 2),  # mixed lengths, a long report among them
        ([2500] * 70, 4),
        ([120_000, 300, 300, 300, 300, 300], 2),  # one document above CHUNK_CHARS
        ([1000] * 3, 2),  # fewer documents than the smallest chunk
    ],
)
def test_the_last_chunks_shrink_so_the_workers_finish_together(lengths, workers):
    """Once every document is read, the chunks still waiting are cut smaller towards the end
    (factoring), never below TAIL_MIN_DOCS documents nor above the usual limits; every
    document stays, once, in its order."""
    docs = [(i, runner.Document(f"d{i}", "x" * n)) for i, n in enumerate(lengths)]
    cuts = runner.tail_chunks(docs, workers)
    assert [seq for cut in cuts for seq, _ in cut] == list(range(len(lengths)))
    assert all(0 < len(c) <= runner.CHUNK_DOCS for c in cuts)
    assert all(len(c) >= runner.TAIL_MIN_DOCS for c in cuts[:-1])
    chars = [sum(len(d.text) for _, d in c) for c in cuts]
    assert all(
        n <= runner.CHUNK_CHARS or len(c) <= runner.TAIL_MIN_DOCS
        for n, c in zip(chars, cuts, strict=True)
    )
    total = sum(lengths)
    if total > 2 * workers * runner.TAIL_MIN_DOCS * max(lengths):  # room to shrink
        assert len(cuts[-1]) == runner.TAIL_MIN_DOCS or chars[-1] <= chars[0] / 4
        assert chars[0] <= total / (2 * workers) + max(lengths)


def test_the_articles_byline_reaches_the_worker_and_names_its_own_voice():
    """A document's title, byline and source (:class:`~parley.extract.meta.ArticleMeta`) go
    with it to the worker process: a press release's "We urge ..." gets the byline's official
    as its speaker in the quotes and statements rows; without them it has none."""
    from parley.extract.meta import ArticleMeta

    text = "We urge Iran to release the tanker and its crew immediately."
    meta = ArticleMeta(author="Antony J. Blinken, Secretary of State")
    docs = [
        runner.Document("with", text, "2021-08-01", meta=meta),
        runner.Document("without", text, "2021-08-01"),
    ]
    outs = {o.document.key: _rows(o) for o in runner.run(docs, _options(workers=1))}
    assert [q["speaker"] for q in outs["with"]["quotes"]] == ["Antony Blinken"]
    assert [(s["speaker_actor"], s["speaker_country"]) for s in outs["with"]["statements"]] == [
        ("Antony Blinken", "US")
    ]
    assert [q["speaker"] for q in outs["without"]["quotes"]] == [None]
    assert outs["without"]["statements"] == []
