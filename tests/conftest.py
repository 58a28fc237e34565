"""Test setup shared by every tier.

Airflow reads its configuration at import time, so the environment is fixed here, before any test
module imports it: a throw-away AIRFLOW_HOME (SQLite), the repo's dags folder, no examples.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "include" / "samples"
SEED_SAMPLE = SAMPLES / "seed_nbc_kremlin_peacekeepers.json"

_AIRFLOW_HOME = tempfile.mkdtemp(prefix="parley-test-airflow-")
os.environ["AIRFLOW_HOME"] = _AIRFLOW_HOME
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(REPO / "dags")
os.environ["AIRFLOW__CORE__PLUGINS_FOLDER"] = str(REPO / "plugins")
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "False"
os.environ["GX_ANALYTICS_ENABLED"] = "False"
os.environ.pop("PARLEY_INBOX", None)
os.environ.pop("PARLEY_DATA_DIR", None)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_AIRFLOW_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` (or PARLEY_SHARED_DIR). Under CI (``PARLEY_CI=1``) a missing corpus fails
    instead of skipping."""
    path = Path(os.environ.get("PARLEY_SHARED_DIR", REPO.parent / "shared")).resolve()
    if not (path / "eval").is_dir():
        if os.environ.get("PARLEY_CI") == "1":
            pytest.fail(f"shared corpus not found at {path}")
        pytest.skip(f"shared corpus not found at {path} (set PARLEY_SHARED_DIR)")
    return path


@pytest.fixture
def require():
    """``require(what, present)``: skip a test whose outside part (a browser, a server) is missing
    here; under CI (``PARLEY_CI=1``, set by .ci/run, which installs them) fail instead."""

    def check(what: str, present: bool) -> None:
        if present:
            return
        if os.environ.get("PARLEY_CI") == "1":
            pytest.fail(f"{what} is required under CI but missing")
        pytest.skip(f"{what} not available here (.ci/run installs it)")

    return check


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """A fresh PARLEY_DATA_DIR for one test."""
    path = tmp_path / "data"
    monkeypatch.setenv("PARLEY_DATA_DIR", str(path))
    return path


@pytest.fixture
def inbox(tmp_path, monkeypatch) -> Path:
    """An empty PARLEY_INBOX for one test."""
    path = tmp_path / "inbox"
    path.mkdir()
    monkeypatch.setenv("PARLEY_INBOX", str(path))
    return path


@pytest.fixture
def seed_inbox(inbox) -> Path:
    """An inbox holding only the seed article."""
    shutil.copy(SEED_SAMPLE, inbox / SEED_SAMPLE.name)
    return inbox


@pytest.fixture(scope="session")
def airflow_db():
    """A migrated Airflow metadata DB (SQLite in the throw-away AIRFLOW_HOME), once per session."""
    from airflow.utils import db

    db.initdb()
    return _AIRFLOW_HOME


@pytest.fixture(scope="session")
def dagbag(airflow_db):
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(REPO / "dags"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's text (the bundled sample, identical to ../shared/eval/seed_article.txt)."""
    import json

    return json.loads(SEED_SAMPLE.read_text(encoding="utf-8"))["text"]
