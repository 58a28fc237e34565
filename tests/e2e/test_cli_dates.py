"""The ``parley`` commands that read one date, on a real lake (``pipeline.run_all``: real
ingest, spaCy, GX, Parquet, DuckDB): a date no run published is said to be one and exits 2; a
date that ran clean lists no rejects and exits 0. A bad inbox file is rejected on the first date
that reads it and said to be already rejected on the later ones, not quarantined again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from parley import pipeline
from parley.dates import window_for_date

PARLEY = Path(sys.executable).with_name("parley")
GOOD = (
    "Talks resume in Geneva\n"
    'The Norwegian foreign minister said on Monday: "Both delegations will return to the table '
    'next week." Officials in Oslo said the meeting had been planned for months.\n'
)


def parley(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(PARLEY), *args], capture_output=True, text=True, timeout=300)


def test_a_date_no_run_published_is_no_empty_day(inbox, data_dir):
    (inbox / "talks.txt").write_text(GOOD, encoding="utf-8")
    pipeline.run_all(window_for_date("2025-04-01"))

    clean = parley("rejects", "--date", "2025-04-01")
    assert clean.returncode == 0, clean.stderr
    assert clean.stdout.startswith("No input of 2025-04-01 was quarantined")
    for fmt, expected in (("csv", "stage,reason,source,locator,detail\n"), ("json", "")):
        rows = parley("rejects", "--date", "2025-04-01", "--format", fmt)
        assert rows.returncode == 0 and rows.stdout == expected

    for command in ("rejects", "digest", "report"):
        never = parley(command, "--date", "2025-04-09")
        assert never.returncode == 2, (command, never.stdout, never.stderr)
        assert never.stdout == ""
        assert f"parley {command}: no run for 2025-04-09" in never.stderr
        assert f"the latest published date is 2025-04-01: parley {command}" in never.stderr
    assert not (data_dir / "reports" / "digest" / "2025-04-09.html").exists()
    assert parley("digest", "--date", "2025-04-01").returncode == 0
