"""The environment of an embedded Airflow running this repository's DAGs, shared by the tests'
Airflow (``tests/conftest.py``: the test process's own and the ones tests start) and the DAG runs
of ``make bench`` (:class:`tools.bench.Airflow`). ``make run`` sets the same in the Makefile."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def airflow_env(home: Path | str) -> dict[str, str]:
    """The variables an embedded Airflow needs, as a dict to merge over ``os.environ``: ``home``
    as AIRFLOW_HOME (its ``airflow.cfg``, SQLite metadata DB and logs; it need not exist yet), the
    repo's ``dags/`` and ``plugins/`` folders (absolute paths), no example DAGs, Airflow's
    unit-test mode off (the DAGs run as deployed) and no GX usage statistics."""
    return {
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(REPO / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "GX_ANALYTICS_ENABLED": "False",
    }
