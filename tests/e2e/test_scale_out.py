"""The scale-out path for real: news_daily on CeleryExecutor with PostgreSQL and Redis.

Starts a throw-away PostgreSQL cluster and Redis server on free local ports, then Airflow's
api-server, scheduler, dag-processor and a Celery worker (the same services docker-compose.yaml
runs), triggers news_daily for the seed article and checks that every task ran on the Celery
worker and that the day was published. .ci/run installs postgresql and redis-server.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _wait(predicate, timeout: float, what: str, interval: float = 1.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")


class Services:
    """Background processes in their own process groups, stopped together."""

    def __init__(self, logs: Path):
        self.logs = logs
        self.procs: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, cmd: list[str], env: dict | None = None) -> subprocess.Popen:
        log = (self.logs / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
        self.procs.append((name, proc))
        return proc

    def stop(self) -> None:
        for _, proc in reversed(self.procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for _, proc in reversed(self.procs):
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)

    def tail(self, name: str, n: int = 40) -> str:
        path = self.logs / f"{name}.log"
        return (
            "\n".join(path.read_text(errors="replace").splitlines()[-n:]) if path.exists() else ""
        )


@pytest.fixture
def postgres(require):
    pg = _pg_bin()
    require("PostgreSQL server binaries (initdb)", pg is not None)
    as_root = os.geteuid() == 0
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    # outside pytest's tmp_path: that tree is private to the test user, and PostgreSQL refuses
    # to run as root, so as root the cluster belongs to the postgres user
    root = Path(tempfile.mkdtemp(prefix="parley-pg-"))
    pgdata, sock = root / "data", root / "sock"
    pgdata.mkdir()
    sock.mkdir()
    if as_root:
        for path in (root, pgdata, sock):
            shutil.chown(path, "postgres")
    port = _free_port()
    user = "postgres" if as_root else os.environ.get("USER", "postgres")
    subprocess.run(
        [*run_as, str(pg / "initdb"), "-D", str(pgdata), "-U", user, "-A", "trust"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *run_as,
            str(pg / "pg_ctl"),
            "-D",
            str(pgdata),
            "-w",
            "-l",
            str(pgdata / "server.log"),
            "-o",
            f"-p {port} -k {sock} -c listen_addresses=127.0.0.1",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        subprocess.run(
            [str(pg / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", user, "airflow"],
            check=True,
            capture_output=True,
        )
        yield f"{user}@127.0.0.1:{port}/airflow"
    finally:
        subprocess.run(
            [*run_as, str(pg / "pg_ctl"), "-D", str(pgdata), "-m", "fast", "stop"],
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def redis(tmp_path, require):
    server = shutil.which("redis-server")
    require("redis-server", server is not None)
    port = _free_port()
    proc = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def ping():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    try:
        _wait(ping, 20, "redis")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.slow
def test_news_daily_runs_on_celery_with_postgres_and_redis(
    tmp_path, postgres, redis, seed_inbox, data_dir
):
    home = tmp_path / "airflow"
    (home / "logs").mkdir(parents=True)
    api_port = _free_port()
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"postgresql+psycopg2://{postgres}",
        "AIRFLOW__CELERY__BROKER_URL": redis,
        "AIRFLOW__CELERY__RESULT_BACKEND": f"db+postgresql://{postgres}",
        "AIRFLOW__CELERY__WORKER_CONCURRENCY": "2",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
        "AIRFLOW__API__PORT": str(api_port),
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API_AUTH__JWT_SECRET": "parley-test-jwt-secret-parley-test-jwt-secret",
        "AIRFLOW__API__SECRET_KEY": "parley-test-secret-key",
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
        "AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK": "False",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
        "PARLEY_INBOX": str(seed_inbox),
        "PARLEY_DATA_DIR": str(data_dir),
    }
    airflow = str(BIN / "airflow")

    def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [airflow, *args], env=env, capture_output=True, text=True, check=check, timeout=120
        )

    cli("db", "migrate")
    services = Services(home / "logs")
    try:
        services.start("api-server", [airflow, "api-server", "--port", str(api_port)], env)
        services.start("scheduler", [airflow, "scheduler"], env)
        services.start("dag-processor", [airflow, "dag-processor"], env)
        services.start("worker", [airflow, "celery", "worker", "--concurrency", "2"], env)

        def parsed():
            out = cli("dags", "list", "-o", "json", check=False)
            return out.returncode == 0 and "news_daily" in out.stdout

        _wait(parsed, 120, "news_daily to be parsed", interval=3)
        # unpausing makes the scheduler create the latest scheduled run (catchup=False): the
        # production path, with a real logical date and data interval
        cli("dags", "unpause", "news_daily")

        def finished():
            out = cli("dags", "list-runs", "news_daily", "-o", "json", check=False)
            if out.returncode != 0:
                return None
            runs = json.loads(
                next((ln for ln in out.stdout.splitlines() if ln.startswith("[")), "[]")
            )
            done = [r for r in runs if r.get("state") in ("success", "failed")]
            return done[0] if done else None

        try:
            run = _wait(finished, 400, "the news_daily run to finish", interval=5)
        except TimeoutError:
            pytest.fail(
                "run did not finish; worker log:\n"
                + services.tail("worker")
                + "\nscheduler log:\n"
                + services.tail("scheduler")
            )
        assert run["state"] == "success", "worker log:\n" + services.tail("worker", 80)
        day = run["logical_date"][:10]

        # every task instance went through the Celery executor and ran on the worker
        import sqlalchemy

        engine = sqlalchemy.create_engine(f"postgresql+psycopg2://{postgres}")
        with engine.connect() as con:
            rows = con.execute(
                sqlalchemy.text(
                    "select task_id, state, hostname, executor from task_instance "
                    "where dag_id = 'news_daily'"
                )
            ).fetchall()
        engine.dispose()
        assert {r.task_id for r in rows} == {
            "ingest",
            "plan_shards",
            "extract",
            "validate",
            "publish",
            "digest",
        }
        assert all(r.state == "success" for r in rows), rows
        assert all(r.hostname for r in rows), rows
        worker_log = services.tail("worker", 2000)
        # each task instance was received by the Celery worker (its "succeeded" line may be
        # logged a moment after the DB already says success, so that one is not counted)
        received = re.findall(r"Task execute_workload\[[0-9a-f-]+\] received", worker_log)
        assert len(received) >= len(rows), f"only {len(received)} tasks reached the Celery worker"
    finally:
        services.stop()

    quotes = pq.read_table(data_dir / "lake" / "quotes" / f"dt={day}").to_pylist()
    speakers = {q["speaker"] for q in quotes}
    assert {"Dmitry Peskov", "Sergei Lavrov"} <= speakers
    assert (data_dir / "warehouse.duckdb").exists()
