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


def migrate_once(home: Path | str, after: Path | str | None = None) -> int:
    """``airflow db migrate`` of the Airflow home ``home`` unless its stamp ``home/.migrated``
    says it ran (after the file ``after`` last changed: the venv's install stamp, so a new
    install migrates again); the Makefile's first step of ``make run`` / ``weekly`` / ``backfill``. Two of
    them started at once on a fresh home both migrated its SQLite database and one crashed ("table
    team already exists"): the second now waits on ``home/.migrate.lock`` (an exclusive ``flock``,
    released by the kernel when its holder dies) and then finds the stamp. Output goes to
    ``home/logs/db-migrate.log``; returns the migration's exit status (0 when already done)."""
    import fcntl
    import os
    import subprocess
    import sys

    home = Path(home)
    (home / "logs").mkdir(parents=True, exist_ok=True)
    stamp = home / ".migrated"
    fd = os.open(home / ".migrate.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # waits for a migration in progress
        if stamp.exists() and (
            after is None or stamp.stat().st_mtime >= Path(after).stat().st_mtime
        ):
            return 0
        airflow = Path(sys.executable).with_name("airflow")
        with (home / "logs" / "db-migrate.log").open("w", encoding="utf-8") as log:
            status = subprocess.run([str(airflow), "db", "migrate"], stdout=log, stderr=log)
        if status.returncode == 0:
            stamp.touch()
        return status.returncode
    finally:
        os.close(fd)


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] != ["migrate"] or len(sys.argv) not in (3, 4):
        raise SystemExit("usage: python -m tools.airflow_env migrate AIRFLOW_HOME [AFTER_FILE]")
    raise SystemExit(migrate_once(*sys.argv[2:]))
