"""The logs of the DAG runs Parley starts (``parley backfill``, ``make run``, ``make weekly``) live
in the data folder they write: two data folders (two lakes) running the same date keep their own
log instead of overwriting one named by the date alone. Real ``airflow dags test`` runs, on an
Airflow home whose database is not migrated, so each fails at once and says why in its log."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.backfill import backfill_day
from tools.airflow_env import airflow_env


@pytest.mark.slow
def test_two_data_folders_running_one_date_keep_their_own_logs(tmp_path):
    home = tmp_path / "airflow-home"  # never migrated: the run fails and its log says so
    logs = {}
    for name in ("lake-a", "lake-b"):
        data = tmp_path / name
        env = {**os.environ, **airflow_env(home), "PARLEY_DATA_DIR": str(data)}
        done = backfill_day("2025-03-04", env, timeout=300)
        log = data / "logs" / "news_daily-2025-03-04.log"
        assert done.returncode == 1
        assert f"news_daily failed for 2025-03-04; see {log}" in done.stderr
        logs[name] = log.read_text(encoding="utf-8")
    assert all("airflow db migrate" in text for text in logs.values())
    assert not (home / "logs").exists() or not list((home / "logs").glob("*2025-03-04*"))


@pytest.mark.slow
def test_two_migrations_of_a_fresh_airflow_home_at_once_run_one_after_the_other(tmp_path):
    """Two ``make run`` at once on a fresh Airflow home both ran ``airflow db migrate`` on its
    SQLite database and one crashed ("table team already exists"): the Makefile's migration
    (``python -m tools.airflow_env migrate``) waits for the other's and then finds it done."""
    home = tmp_path / "airflow-home"
    repo = Path(__file__).resolve().parents[2]
    up_to_date = ("-o", "requirements.txt", "-o", "constraints.txt", "-o", "pyproject.toml")
    command = ["make", "-s", "-C", str(repo), *up_to_date, f"AIRFLOW_HOME={home}"]
    command.append(f"{home}/.migrated")  # what make run, weekly and backfill start with
    both = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    said = [p.communicate(timeout=600)[0] for p in both]
    assert [p.returncode for p in both] == [0, 0], said
    assert (home / ".migrated").exists()
    log = (home / "logs" / "db-migrate.log").read_text(encoding="utf-8")
    assert "already exists" not in log and "Traceback" not in log
