"""pipeline.give_back_memory: a full garbage collection only when the stage grew the process."""

from __future__ import annotations

import gc

import pytest

from parley import pipeline


@pytest.fixture
def full_collections():
    """The generations collected while the test runs (gc's own callbacks)."""
    seen: list[int] = []

    def note(phase, info):
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def test_rss_is_measured_here():
    rss = pipeline._rss_bytes()
    assert rss is not None and rss > 1024 * 1024


def test_a_stage_that_left_nothing_behind_is_not_collected(full_collections):
    pipeline.give_back_memory(pipeline._rss_bytes())
    assert 2 not in full_collections


def test_a_stage_that_grew_the_process_is_collected(full_collections):
    # the process holds more than 64 MiB above where the "stage" started: collect
    pipeline.give_back_memory(pipeline._rss_bytes() - 65 * 1024 * 1024)
    assert 2 in full_collections


def test_a_cycle_left_by_a_grown_stage_is_freed():
    class Node:
        pass

    start = pipeline._rss_bytes()
    a, b = Node(), Node()
    a.other, b.other = b, a
    a.payload = bytearray(80 * 1024 * 1024)  # 80 MiB held only through the cycle
    a.payload[::4096] = b"x" * len(a.payload[::4096])  # touched: resident
    gc.disable()  # no automatic collection may free it first
    try:
        del a, b
        assert pipeline._rss_bytes() - start > 64 * 1024 * 1024
        pipeline.give_back_memory(start)
        assert pipeline._rss_bytes() - start < 32 * 1024 * 1024
    finally:
        gc.enable()


def test_without_a_start_size_it_always_collects(full_collections):
    pipeline.give_back_memory()
    assert 2 in full_collections


def test_freeze_heap_freezes_once_per_process(tmp_path):
    # in a child process: freezing is for a task process, not for this test session's
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        """
        import gc
        from parley import pipeline

        assert gc.get_freeze_count() == 0
        pipeline.give_back_memory(pipeline._rss_bytes() - 65 * 1024 * 1024)
        assert gc.get_freeze_count() == 0  # a stage does not freeze
        walked = []
        gc.callbacks.append(record := lambda phase, info: walked.append(info["generation"]))
        pipeline.freeze_heap()
        gc.callbacks.remove(record)
        assert 2 not in walked  # no full collection: freezing walks no heap
        frozen = gc.get_freeze_count()
        assert frozen > 1000
        kept = [[i] for i in range(5000)]
        pipeline.freeze_heap()
        assert gc.get_freeze_count() == frozen  # once per process
        a = []
        a.append(a)  # a cycle made after the freeze is not frozen: a collection frees it
        del a
        assert gc.collect() >= 1
        print("ok")
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def _in_a_child(script: str, env: dict | None = None) -> None:
    """Run ``script`` in a fresh interpreter (freezing is for a task process, not for this test
    session's); it prints "ok" when its assertions hold."""
    import os
    import subprocess
    import sys
    import textwrap

    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        env=os.environ | (env or {}),
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "ok"


@pytest.mark.parametrize(
    "before",
    [
        "gc.freeze()",  # the DAG file, parsed before the first task runs
        "import gc as g; g.freeze(); g.freeze()",  # twice: `dags test` parses the folder twice
        "pass",  # nothing frozen before: a worker's task process that parsed no news_daily
    ],
)
def test_the_first_task_freezes_what_was_built_since_any_earlier_freeze(before):
    _in_a_child(
        f"""
        import gc
        from parley import pipeline

        {before}
        frozen = gc.get_freeze_count()
        built_since = [[i] for i in range(5000)]  # e.g. the execution API's routes and schemas
        pipeline.freeze_heap()  # the first task
        assert gc.get_freeze_count() >= frozen + 5000
        frozen = gc.get_freeze_count()
        left_by_the_task = [[i] for i in range(5000)]
        pipeline.freeze_heap()  # a later task of the same process
        assert gc.get_freeze_count() == frozen
        print("ok")
        """
    )


@pytest.mark.parametrize(
    "before, collector_on",
    [
        ("pipeline.freeze_heap()", True),  # the DAG's validate task: the first task froze before
        ("pass", True),  # a worker's validate task process: nothing frozen yet
        ("gc.disable()", False),  # the collector's state is given back as it was
    ],
)
def test_the_validate_task_loads_gx_without_a_full_collection_and_freezes_it(before, collector_on):
    _in_a_child(
        f"""
        import gc, sys
        from parley import pipeline

        {before}
        frozen = gc.get_freeze_count()
        walked = []
        gc.callbacks.append(record := lambda phase, info: walked.append(info["generation"]))
        pipeline.load_great_expectations()
        gc.callbacks.remove(record)
        assert "great_expectations" in sys.modules
        assert 2 not in walked  # GX's ~100 MB of module objects were not walked on import
        assert gc.isenabled() is {collector_on}
        assert gc.get_freeze_count() > frozen + 100000  # GX's objects: skipped from now on
        frozen = gc.get_freeze_count()
        left_by_the_stage = [[i] for i in range(5000)]
        pipeline.load_great_expectations()  # once per process
        assert gc.get_freeze_count() == frozen
        print("ok")
        """
    )


def test_the_validate_task_loads_gx_without_scipy_stats_and_altair_until_they_are_used():
    _in_a_child(
        """
        import sys
        from parley import pipeline

        pipeline.load_great_expectations()
        assert "great_expectations" in sys.modules
        # what only the KL-divergence and KS-test expectations use: not loaded by the import
        assert "scipy.stats._stats_py" not in sys.modules
        assert "altair.vegalite" not in sys.modules
        assert not set(pipeline.DEFERRED_BY_GX) & set(sys.modules)  # no stand-in left behind

        from great_expectations.expectations.core import (
            expect_column_kl_divergence_to_be_less_than as kl,
        )

        # the stand-in GX's module holds loads the real module at its first use
        assert round(kl.stats.entropy([0.5, 0.5], [0.4, 0.6]), 6) == 0.020411
        assert "scipy.stats._stats_py" in sys.modules
        import scipy.stats

        assert scipy.stats.entropy is kl.stats.entropy
        assert kl.alt.Chart is __import__("altair").Chart
        print("ok")
        """
    )


def test_modules_imported_before_gx_are_not_stood_in_for():
    _in_a_child(
        """
        import sys
        import scipy.stats
        from parley import pipeline

        pipeline.load_great_expectations()
        from great_expectations.expectations.core import (
            expect_column_kl_divergence_to_be_less_than as kl,
        )

        assert kl.stats is scipy.stats  # the real module, as imported before
        print("ok")
        """
    )


def test_gx_imported_before_is_not_frozen_again():
    _in_a_child(
        """
        import gc
        import great_expectations
        from parley import pipeline

        pipeline.load_great_expectations()
        assert gc.get_freeze_count() == 0  # a stage or a test that imported GX: left alone
        print("ok")
        """
    )


def test_parsing_the_dag_file_freezes_airflows_start_up_heap():
    from pathlib import Path

    dag_file = Path(__file__).resolve().parents[2] / "dags" / "news_daily.py"
    _in_a_child(
        f"""
        import gc, runpy, sys

        import airflow.sdk  # Airflow has started when it parses a DAG file
        assert gc.get_freeze_count() == 0
        sys.path.insert(0, {str(dag_file.parent)!r})
        runpy.run_path({str(dag_file)!r})
        assert gc.get_freeze_count() > 10000
        print("ok")
        """
    )


@pytest.fixture
def digest_without_a_lake(monkeypatch, tmp_path):
    """pipeline.digest with its report and summary readers stubbed: no lake, no warehouse."""
    import contextlib
    import types

    from parley.digest import html, text

    @contextlib.contextmanager
    def day(ds, settings):
        yield types.SimpleNamespace(rows=[])

    monkeypatch.setattr(html, "write_report", lambda ds, settings: tmp_path / f"{ds}.html")
    monkeypatch.setattr(text, "streamed_day", day)
    monkeypatch.setattr(text, "render", lambda day, file: file.write("no statements"))


@pytest.mark.parametrize("ds", ["2025-06-02", "2025-12-31"])
def test_a_digest_that_left_nothing_behind_is_not_collected(
    digest_without_a_lake, full_collections, ds, tmp_path
):
    import dataclasses

    from parley.dates import window_for_date
    from parley.settings import get_settings

    settings = dataclasses.replace(get_settings(), data_dir=tmp_path / "data")  # for its lock
    out = pipeline.digest(window_for_date(ds), settings=settings)
    assert out["statements"] == 0
    assert 2 not in full_collections
