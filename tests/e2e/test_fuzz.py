"""A fixed-seed slice of ``make fuzz`` (tools/fuzz.py): generated inputs of every kind through the
real ingest stage (folder entries, feeds and pages from 127.0.0.1) and texts through the real
extract stage; nothing crashes, every input is accounted for, every offset slices its text, a day
re-runs to the same tables. The full run is 10,000 + 1,000 inputs; this one is what CI affords."""

from __future__ import annotations

import pytest

from tools import fuzz

SEED = 20251130


@pytest.mark.slow
def test_a_fixed_seed_slice_of_the_fuzz(tmp_path, monkeypatch):
    monkeypatch.delenv("PARLEY_SOURCES", raising=False)
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    report = fuzz.run(SEED, n_ingest=400, n_extract=40, per_day=200, work=tmp_path)
    assert report.violations == []
    families = {kind.split(".")[0] for kind in report.inputs}
    assert {"json", "jsonl", "txt", "html", "fs", "feed", "page", "extract"} <= families
    assert report.n_inputs >= 440
    # the inputs are hostile enough to be refused for many reasons, and most still get through
    assert len(report.reasons) >= 8 and report.rows["articles"] > report.rows["rejects"]
    assert not set(report.reasons) & fuzz.CRASH_REASONS
    assert report.extraction["extractable"] >= 30 and report.extraction["quotes"] > 0
