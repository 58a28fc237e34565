"""``parley backfill`` of one day as a user runs it: the installed ``parley`` command in a child
process. Used by ``tests/unit/test_pipeline_lock.py`` (a backfill of a day another run holds) and
``tests/e2e/test_run_logs.py`` (where a backfill's log goes), so both start it the same way."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

PARLEY = Path(sys.executable).with_name("parley")  # the venv's console script


def backfill_day(day: str, env: Mapping[str, str], timeout: float) -> subprocess.CompletedProcess:
    """Run ``parley backfill --start DAY --end DAY`` with the environment ``env`` (the whole of
    it: pass ``{**os.environ, ...}``) and return it finished, stdout and stderr captured as
    text. Raises :class:`subprocess.TimeoutExpired` after ``timeout`` seconds."""
    return subprocess.run(
        [str(PARLEY), "backfill", "--start", day, "--end", day],
        capture_output=True,
        text=True,
        env=dict(env),
        timeout=timeout,
    )
