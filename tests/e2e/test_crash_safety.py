"""Crash safety, shown: ``kill -9`` at every moment that leaves something different on disk, a
reader during the crash window, and two runs of one date started together.

Day D is first published from inbox A (the seed article); then D is run again from inbox B (the
seed and two Wikinews articles) and killed, stage by stage, at each ``PARLEY_CRASH_AT`` point (the
process SIGKILLs itself there: what ``kill -9`` does, at a moment chosen without timing races).
After every kill, a reader (DuckDB ``read_only=True`` over the warehouse, and the lake through its
manifests) sees day D all at A or all at B, never a mix and never a missing table; the killed stage
is then re-run, as an Airflow retry would — and that retry is itself killed at the next point
(a crash while recovering from a crash), so one chain of nine processes covers every point; the
last retry runs to the end. At the end the lake holds, table by table, byte-identical files to a
run that was never interrupted, and nothing else: no temp file, no unreferenced version; and the
warehouse (updated incrementally) holds the same tables as one built from scratch.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parley.settings import get_settings
from parley.storage import lake, manifest, warehouse

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "include" / "samples"
DAY = "2025-02-25"
STAGED = ("articles", "entities", "quotes", "rejects", "source_days", "statements")
STAGE_CODE = (
    "import sys; from parley import pipeline; from parley.dates import window_for_date; "
    "w = window_for_date(sys.argv[2]); stages = sys.argv[1]; "
    "pipeline.run_all(w) if stages == 'all' else "
    "[getattr(pipeline, stage)(w) for stage in stages.split(',')]"
)
# where a kill leaves something different behind (see parley.storage.crash)
KILLS = [
    ("ingest", "ingest:staged"),
    ("extract", "extract:staged"),
    ("validate", "validate:recorded"),
    ("publish", "publish:table-written"),
    ("publish", "publish:manifest-written"),
    ("publish", "warehouse:built"),
    ("publish", "warehouse:swapped"),
    ("publish", "publish:cleaned"),
]


def _inbox(root: Path, n_wikinews: int) -> Path:
    inbox = root / f"inbox-{n_wikinews}"
    inbox.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLES / "seed_nbc_kremlin_peacekeepers.json", inbox)
    if n_wikinews:
        lines = (SAMPLES / "wikinews_politics_diplomacy_2019_2020.jsonl").read_text().splitlines()
        (inbox / "wikinews.jsonl").write_text("\n".join(lines[:n_wikinews]) + "\n")
    return inbox


def _stage(data: Path, inbox: Path, stage: str, crash_at: str | None = None, wait=True):
    env = {
        **os.environ,
        "PARLEY_DATA_DIR": str(data),
        "PARLEY_INBOX": str(inbox),
        "PARLEY_LOCK_TIMEOUT": "600",
    }
    env.pop("PARLEY_CRASH_AT", None)
    if crash_at:
        env["PARLEY_CRASH_AT"] = crash_at
    cmd = [sys.executable, "-c", STAGE_CODE, stage, DAY]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if not wait:
        return proc
    out, _ = proc.communicate(timeout=600)
    return proc.returncode, out.decode(errors="replace")[-3000:]


def _settings(data: Path):
    return dataclasses.replace(get_settings(), data_dir=data)


def _lake_view(data: Path) -> dict[str, int]:
    """Rows of day D per table, read through one snapshot of the manifests."""
    s = _settings(data)
    days = lake.published(s)
    return {t: lake.read_partition(t, DAY, s, days=days).num_rows for t in STAGED}


def _warehouse_view(data: Path) -> dict[str, int]:
    """Rows of day D per staging view and in the digest, read-only, as an analyst would."""
    import duckdb

    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        out = {
            t: con.execute(f"select count(*) from stg_{t} where dt = date '{DAY}'").fetchone()[0]
            for t in STAGED
        }
        out["daily_digest"] = con.execute(
            f"select count(*) from daily_digest where dt = date '{DAY}'"
        ).fetchone()[0]
        return out
    finally:
        con.close()


def _table_bytes(data: Path) -> dict[str, str]:
    """sha256 of each table's current file for day D (the lake's content, byte for byte)."""
    s = _settings(data)
    day = lake.published(s)[DAY]
    return {
        t: hashlib.sha256((data / "lake" / f.path).read_bytes()).hexdigest()
        for t, f in day.tables.items()
    }


def _leftovers(data: Path) -> list[str]:
    """Temp files anywhere in the data dir, and lake files no current manifest names."""
    s = _settings(data)
    days = lake.published(s)
    named = {m.rel for m in days.values()} | {
        f.path for m in days.values() for f in m.tables.values()
    }
    root = data / "lake"
    out = [str(p) for p in data.rglob("*.tmp")]
    for p in root.rglob("*"):
        rel = p.relative_to(root).as_posix()
        if p.is_file() and not rel.startswith("quality_runs/") and rel not in named:
            out.append(rel)
    return out


@pytest.fixture(scope="module")
def day_a(tmp_path_factory):
    """A data dir where D was published from inbox A; and the views of A and of B (B from a copy
    where D was re-run from inbox B without interruption), with B's table bytes."""
    root = tmp_path_factory.mktemp("crash")
    inbox_a, inbox_b = _inbox(root, 0), _inbox(root, 2)
    data = root / "a" / "data"
    code, out = _stage(data, inbox_a, "all")
    assert code == 0, out
    reference = root / "b" / "data"
    shutil.copytree(data, reference)
    code, out = _stage(reference, inbox_b, "all")
    assert code == 0, out
    views = {
        "A": (_lake_view(data), _warehouse_view(data)),
        "B": (_lake_view(reference), _warehouse_view(reference)),
    }
    assert views["A"] != views["B"], "A and B must differ for the test to mean anything"
    return {"data": data, "inbox_b": inbox_b, "views": views, "bytes_b": _table_bytes(reference)}


@pytest.mark.slow
def test_kill_9_at_any_moment_then_a_normal_rerun(day_a, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(day_a["data"], data)
    lake_views = {name: v[0] for name, v in day_a["views"].items()}
    warehouse_views = {name: v[1] for name, v in day_a["views"].items()}
    killed = None  # the stage the last kill interrupted: the next process retries it first
    for stage, point in KILLS:
        stages = stage if killed in (None, stage) else f"{killed},{stage}"
        code, out = _stage(data, day_a["inbox_b"], stages, crash_at=point)
        assert code == -9, f"{point}: the process was not killed there ({code}):\n{out}"
        killed = stage
        # between the kill and the re-run, readers see one whole day
        seen = _lake_view(data)
        assert seen in lake_views.values(), f"after a kill at {point} the lake shows {seen}"
        seen = _warehouse_view(data)
        assert seen in warehouse_views.values(), f"after {point} the warehouse shows {seen}"
    code, out = _stage(data, day_a["inbox_b"], killed)  # the last retry, not interrupted
    assert code == 0, f"re-running {killed} after the kills failed:\n{out}"
    assert _lake_view(data) == lake_views["B"]
    assert _warehouse_view(data) == warehouse_views["B"]
    assert _table_bytes(data) == day_a["bytes_b"]
    assert _leftovers(data) == []
    # the warehouse, updated incrementally through the kills (one changed day each time), holds
    # the same tables as a build of the same lake from scratch
    scratch = dataclasses.replace(
        _settings(tmp_path / "scratch"), lake_url_setting=str(data / "lake")
    )
    warehouse.build(scratch)
    assert warehouse.table_fingerprints(data / "warehouse.duckdb") == (
        warehouse.table_fingerprints(scratch.warehouse_path)
    )


@pytest.mark.slow
def test_two_runs_of_one_date_started_together_and_a_reader_during_them(day_a, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(day_a["data"], data)
    observations = tmp_path / "seen.jsonl"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(data), DAY, str(observations)],
        env={**os.environ, "PARLEY_DATA_DIR": str(data)},
    )
    runs = [_stage(data, day_a["inbox_b"], "all", wait=False) for _ in range(2)]
    outs = [p.communicate(timeout=900)[0].decode(errors="replace")[-3000:] for p in runs]
    time.sleep(0.5)
    reader.terminate()
    reader.wait(timeout=30)
    # each run either published the day or stopped with a clear message (the lock, or its staging
    # reset under it by the other run: before extraction, after validation, or between the two,
    # which takes its validated marker) — never with a half-published day
    clear = (
        "DataDirBusy",
        "extraction has not staged",
        "changed after validation",
        "has not passed validation",
    )
    for p, out in zip(runs, outs, strict=True):
        assert p.returncode == 0 or any(c in out for c in clear), out
    assert any(p.returncode == 0 for p in runs)
    # the lake is what one uninterrupted run makes, and nothing else is left
    assert _lake_view(data) == day_a["views"]["B"][0]
    assert _table_bytes(data) == day_a["bytes_b"]
    assert _leftovers(data) == []
    assert len(manifest.listing(lake.lake_store(_settings(data)))) == 1
    # every observation of the reader was one whole day
    lines = [json.loads(x) for x in observations.read_text().splitlines()]
    wholes = [day_a["views"]["A"][0], day_a["views"]["B"][0]]
    assert len(lines) > 10
    for seen in lines:
        assert seen in wholes, f"a reader saw a mixed day: {seen}"


# the reader: follows the manifests in a loop and writes what it saw, one JSON line per look
READER = """
import json, os, sys, time
from parley.settings import get_settings
from parley.storage import lake
data, day, out = sys.argv[1:4]
tables = ("articles", "entities", "quotes", "rejects", "source_days", "statements")
with open(out, "a") as fh:
    while True:
        s = get_settings()
        try:
            days = lake.published(s)  # one snapshot for all tables
            seen = {t: lake.read_partition(t, day, s, days=days).num_rows for t in tables}
        except FileNotFoundError:  # a superseded version collected while we read it: look again
            continue
        fh.write(json.dumps(seen) + "\\n")
        fh.flush()
        time.sleep(0.05)
"""
