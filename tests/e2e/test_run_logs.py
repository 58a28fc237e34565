"""The logs of the DAG runs Parley starts (``parley backfill``, ``make run``, ``make weekly``) live
in the data folder they write: two data folders (two lakes) running the same date keep their own
log instead of overwriting one named by the date alone. Real ``airflow dags test`` runs, on an
Airflow home whose database is not migrated, so each fails at once and says why in its log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tools.airflow_env import airflow_env

PARLEY = Path(sys.executable).with_name("parley")


@pytest.mark.slow
def test_two_data_folders_running_one_date_keep_their_own_logs(tmp_path):
    home = tmp_path / "airflow-home"  # never migrated: the run fails and its log says so
    logs = {}
    for name in ("lake-a", "lake-b"):
        data = tmp_path / name
        env = {**os.environ, **airflow_env(home), "PARLEY_DATA_DIR": str(data)}
        done = subprocess.run(
            [str(PARLEY), "backfill", "--start", "2025-03-04", "--end", "2025-03-04"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        log = data / "logs" / "news_daily-2025-03-04.log"
        assert done.returncode == 1
        assert f"news_daily failed for 2025-03-04; see {log}" in done.stderr
        logs[name] = log.read_text(encoding="utf-8")
    assert all("airflow db migrate" in text for text in logs.values())
    assert not (home / "logs").exists() or not list((home / "logs").glob("*2025-03-04*"))
