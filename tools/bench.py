"""``make bench``: speed and memory numbers, each with the command that produced it.

    python -m tools.bench                        # every section but the long ones, then the summary
    python -m tools.bench parse dag              # some sections
    python -m tools.bench --quick                # those sections on smaller inputs (says so)
    python -m tools.bench --list
    python -m tools.bench bigday --articles 1000,100000 --parse-limit 1000   # make bench-100k

The long sections (``day-100k``, ``bigday``: hours of CPU on 2 cores at 100,000 articles) run only
when named; each run of one (without ``--quick``) keeps its figures in
``<data dir>/bench/last-<section>.json``, and a run without named sections (``make bench``) prints
them in its summary marked as NOT re-run, with when, at which commit and by which command they
were measured (or says that they never were).

Sections (issue 13 and 16):

* ``parse`` — plain ``nlp.pipe`` over the research corpus (``../shared/corpus/articles``, 3,335
  articles), one process and every usable core (``n_process``): the machine's limit for parsing;
* ``dag`` — ``airflow dags test news_daily`` over the same folder (what ``make run`` does), then
  the same date again (extraction from the cache) and the next day with nothing new, then the same
  task graph with tasks that do nothing (:func:`noop_dag`: Airflow's own cost, the next day's floor);
* ``growth`` — the cost of one day on an empty lake against the same day on a lake already
  holding 59 days of the same daily volume;
* ``lake-costs`` — the steps of a day that read the lake (published-content index, marts
  preview, lake switch, warehouse build, garbage collection, digest rows), timed on a lake of one
  day and of 60 days of the same volume, without NLP;
* ``day-100k`` (long) — peak memory of a 100,000-article day, the whole DAG (a corpus *generated*
  from the research corpus's paragraphs, written to a temp folder, never into the repo);
* ``bigday`` (long) — peak memory *per stage* against the day's size (``--articles 1000,4000,20000,100000``):
  the DAG end to end over a generated corpus up to ``--parse-limit`` articles (a real parse); above
  it, where parsing would take hours on 2 cores, ingest alone over a generated corpus of that size
  and validate, publish and digest over the largest parsed day *repeated* to that size (fresh ids,
  the same texts: :func:`stage_repeated_day`); ``--base-data DIR`` repeats an existing run's day;
* ``pathological`` — the document shapes of issue 16 through the extraction runner, with CPU
  seconds per 1,000 characters and the outcome against the time budget;
* ``extraction-overhead``, ``validation``, ``statements`` — the rules' share of parse time,
  validation's share of a run, the statement layer alone.

Every measured run is a fresh child process; its memory is sampled over the whole process tree
(the DAG's extraction runs in worker processes): the peak of the summed RSS, the peak of the summed
PSS (shared pages counted once: the physical memory of the run) and the largest single process
(what ``/usr/bin/time`` reports). The machine is shared: compare figures of one run, back to back.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import multiprocessing as mp
import os
import random
import re
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from parley.progress import track
from parley.settings import REPO_ROOT, Settings, get_settings
from tools.airflow_env import airflow_env

SECTIONS: dict[str, Callable[[argparse.Namespace], dict]] = {}
LONG: set[str] = set()  # sections run only when named: hours of CPU on 2 cores
BENCH_DATE = "2025-06-01"  # on or after the DAG's start_date


def section(name: str, long: bool = False) -> Callable:
    """Register a benchmark section under ``name``; a ``long`` one runs only when named, and a
    run without sections prints its figures from its last run (:func:`last_run_figures`)."""

    def register(fn: Callable[[argparse.Namespace], dict]) -> Callable:
        SECTIONS[name] = fn
        if long:
            LONG.add(name)
        return fn

    return register


# ---------------------------------------------------------------------------------------------
# figures: what the summary table prints


@dataclass
class Figure:
    name: str
    value: str
    command: str
    load: str = ""
    measured: Measured | None = None


FIGURES: list[Figure] = []


def figure(
    name: str, value: str, command: str, load: str = "", measured: Measured | None = None
) -> None:
    """Record (and print) one figure of the summary with the command that produced it and the
    machine's load average while it was measured (the machine is shared: read figures with it)."""
    FIGURES.append(Figure(name, value, command, load, measured))
    print(f"  {name}: {value}\n    load: {load or 'n/a'}\n    $ {command}")


def loadavg() -> float:
    """The machine's 1-minute load average (runnable + waiting tasks, all users)."""
    return os.getloadavg()[0]


@dataclass
class Load:
    """The 1-minute load average sampled over a measured stretch of time."""

    samples: list[float] = field(default_factory=list)

    def add(self) -> None:
        self.samples.append(loadavg())

    def merge(self, *others: Load) -> Load:
        return Load(self.samples + [x for o in others for x in o.samples])

    def __str__(self) -> str:
        if not self.samples:
            return "n/a"
        mean = sum(self.samples) / len(self.samples)
        cpus = os.cpu_count() or 1
        return (
            f"load avg {mean:.1f} (min {min(self.samples):.1f}, max {max(self.samples):.1f}) "
            f"on {cpus} CPUs"
        )


def timed_load(fn: Callable[[], object], interval: float = 1.0) -> tuple[object, Load]:
    """Call ``fn`` in this process, sampling the load average while it runs."""
    load = Load()
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            load.add()
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out = fn()
    finally:
        stop.set()
        sampler.join()
    load.add()
    return out, load


def _this(args: argparse.Namespace, name: str) -> str:
    """The command that reruns one section with the options of this run."""
    opts = " --quick" if args.quick else ""
    return f"python -m tools.bench {name}{opts}"


# ---------------------------------------------------------------------------------------------
# measuring a child process and its whole tree


@dataclass
class Measured:
    """Wall time and memory of a child process tree (MB); ``samples``: (unix time, summed RSS,
    summed PSS) every ``interval`` s, for per-stage peaks."""

    wall_s: float
    returncode: int
    peak_rss_sum_mb: float = 0.0
    peak_pss_sum_mb: float | None = None
    peak_rss_max_mb: float = 0.0
    samples: list[tuple[float, float, float | None]] = field(default_factory=list)
    load: Load = field(default_factory=Load)
    started_at: float = 0.0  # unix time
    cpu_s: float = 0.0  # user + system CPU seconds of the process and its reaped descendants

    def cpu(self) -> str:
        """CPU seconds: on a shared machine a steadier measure of the work than wall time."""
        return f"{self.cpu_s:,.0f} CPU-s (process tree, user+sys)"

    def memory(self) -> str:
        pss = f"{self.peak_pss_sum_mb:,.0f} MB PSS" if self.peak_pss_sum_mb else "PSS n/a"
        return (
            f"{self.peak_rss_sum_mb:,.0f} MB RSS summed over the process tree ({pss}); "
            f"largest process {self.peak_rss_max_mb:,.0f} MB"
        )


def measure(
    cmd: list[str], env: dict | None = None, log: Path | None = None, interval: float = 0.25
) -> Measured:
    """Run ``cmd`` to the end, sampling the memory of it and all its descendants."""
    import psutil

    out = log.open("w") if log else subprocess.DEVNULL
    started, started_at = time.perf_counter(), time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT if log else None)
    m = Measured(0.0, 0, started_at=started_at)
    stop = threading.Event()

    def sample() -> None:
        root = psutil.Process(proc.pid)
        ticks = 0
        while not stop.is_set():
            if ticks % max(1, round(1 / interval)) == 0:  # the load average: once a second
                m.load.add()
            ticks += 1
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            rss, pss, biggest = 0.0, 0.0, 0.0
            for p in procs:
                try:
                    info = p.memory_full_info()
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                rss += info.rss
                biggest = max(biggest, info.rss)
                pss += getattr(info, "pss", 0.0)
            mb = 2**20
            m.samples.append((time.time(), rss / mb, pss / mb or None))
            m.peak_rss_sum_mb = max(m.peak_rss_sum_mb, rss / mb)
            m.peak_rss_max_mb = max(m.peak_rss_max_mb, biggest / mb)
            if pss:
                m.peak_pss_sum_mb = max(m.peak_pss_sum_mb or 0.0, pss / mb)
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)  # usage: the child + every descendant it reaped
    m.returncode = proc.returncode = os.waitstatus_to_exitcode(status)
    m.wall_s = time.perf_counter() - started
    m.cpu_s = usage.ru_utime + usage.ru_stime
    stop.set()
    sampler.join()
    m.load.add()
    if log:
        out.close()
    return m


# ---------------------------------------------------------------------------------------------
# inputs


def corpus_dir(args: argparse.Namespace, root: Path) -> Path:
    """The research corpus folder; with ``--quick`` a copy of its first lines per file."""
    corpus = get_settings().shared_dir / "corpus" / "articles"
    if not corpus.is_dir():
        raise SystemExit(f"bench: no corpus at {corpus} (set PARLEY_SHARED_DIR)")
    limit = args.corpus_limit
    if not limit:
        return corpus
    small = root / "corpus"
    small.mkdir(exist_ok=True)
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as src, (small / path.name).open("w") as dst:
            for i, line in enumerate(src):
                if i >= limit:
                    break
                dst.write(line)
    return small


def corpus_records(folder: Path) -> list[dict]:
    records = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh if line.strip()]
    return records


LINES_PER_FILE = 1_000


def generate_corpus(target: Path, n: int, seed: int = 13) -> dict:
    """``n`` articles recombined from the research corpus's paragraphs, as JSONL files of
    :data:`LINES_PER_FILE` lines in ``target`` (about 2.5 MB each: under the folder source's
    20 MB cap per file, which rejected whole 10,000-line files): each takes the paragraph count
    of a random corpus article and fills it with paragraphs drawn from the whole corpus, so lengths follow the corpus and no two articles
    are (near-)duplicates. Deterministic for a seed. Returns counts."""
    records = corpus_records(get_settings().shared_dir / "corpus" / "articles")
    pool = [p for r in records for p in r["text"].split("\n") if len(p) >= 80]
    shapes = [max(2, len([p for p in r["text"].split("\n") if p.strip()])) for r in records]
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    chars = 0
    fh = None
    for i in range(n):
        if i % LINES_PER_FILE == 0:
            if fh:
                fh.close()
            fh = (target / f"generated_{i // LINES_PER_FILE:04d}.jsonl").open("w", encoding="utf-8")
        paras = [rng.choice(pool) for _ in range(rng.choice(shapes))]
        text = "\n\n".join(paras)
        chars += len(text)
        title = " ".join(paras[0].split()[:8]) + f" ({i})"
        fh.write(
            json.dumps({"id": f"gen-{i}", "title": title, "text": text, "published": BENCH_DATE})
            + "\n"
        )
    if fh:
        fh.close()
    return {"articles": n, "characters": chars, "paragraph_pool": len(pool)}


# ---------------------------------------------------------------------------------------------
# the DAG, run as `make run` runs it


class Airflow:
    """Fresh embedded Airflow homes (SQLite, migrated once, copied per run) for DAG runs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.template = root / "airflow-template"
        self.bin = Path(sys.executable).with_name("airflow")
        self.runs = 0
        env = self.env(self.template, root / "unused-inbox", root / "unused-data")
        subprocess.run([str(self.bin), "db", "migrate"], env=env, check=True, capture_output=True)

    def env(self, home: Path, inbox: Path, data: Path, extra: dict | None = None) -> dict:
        """The DAG run's environment, as ``make run`` gives it: Python writes its bytecode (the
        Makefile unexports ``PYTHONDONTWRITEBYTECODE``, so a run after the first imports the
        package instead of compiling it again)."""
        s = get_settings()
        inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        return (
            inherited
            | airflow_env(home)
            | {
                "PARLEY_INBOX": str(inbox),
                "PARLEY_DATA_DIR": str(data),
                "PARLEY_SHARED_DIR": str(s.shared_dir),
            }
            | (extra or {})
        )

    def run(
        self, inbox: Path, data: Path, ds: str, label: str, extra: dict | None = None
    ) -> tuple[Measured, dict]:
        """``airflow dags test news_daily ds``: its measurement and per-task wall times."""
        self.runs += 1
        home = self.root / f"airflow-{self.runs}"
        shutil.copytree(self.template, home)
        log = self.root / f"{label}.log"
        m = measure(
            [str(self.bin), "dags", "test", "news_daily", ds],
            self.env(home, inbox, data, extra),
            log,
        )
        if m.returncode != 0:
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:])
            raise SystemExit(f"bench: the DAG run {label} failed (log {log}):\n{tail}")
        return m, task_times(log, m)

    def command(self, inbox: Path, data: Path, ds: str, extra: dict | None = None) -> str:
        env = " ".join(
            f"{k}={shlex.quote(str(v))}"
            for k, v in {"PARLEY_INBOX": inbox, "PARLEY_DATA_DIR": data, **(extra or {})}.items()
        )
        return f"{env} airflow dags test news_daily {ds}"


_TASK = re.compile(r"^(\S+Z) .*\[DAG TEST\] running task <TaskInstance: news_daily\.(\w+)")


def task_times(log: Path, m: Measured) -> dict:
    """Per task: wall seconds and peak summed memory while it ran, from the run's log; the
    first entry, ``(airflow)``, is the CLI's own start (imports, parsing the DAG folder, the
    metadata database) before the first task."""
    from datetime import datetime

    marks = [("(airflow)", m.started_at)] if m.started_at else []
    for line in log.read_text(errors="replace").splitlines():
        hit = _TASK.match(line)
        if hit:
            t = datetime.fromisoformat(hit.group(1).replace("Z", "+00:00")).timestamp()
            marks.append((hit.group(2), t))
    end = m.samples[-1][0] if m.samples else (marks[-1][1] if marks else 0)
    out = {}
    for i, (task, t0) in enumerate(marks):
        t1 = marks[i + 1][1] if i + 1 < len(marks) else end
        inside = [s for s in m.samples if t0 <= s[0] <= t1]
        out[task] = {
            "wall_s": round(t1 - t0, 1),
            "peak_rss_sum_mb": round(max((s[1] for s in inside), default=0)),
            "peak_pss_sum_mb": round(max((s[2] or 0 for s in inside), default=0)) or None,
        }
    return out


def lake_fingerprint(data: Path) -> dict[str, tuple[int, str]]:
    """Rows and an order-independent content hash per published table (``quality_runs``, whose
    rows carry the validation's wall-clock time by design, left out)."""
    import pyarrow.parquet as pq

    out = {}
    lake = data / "lake"
    for table in sorted(
        p for p in lake.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))
    ):
        if table.name == "quality_runs":
            continue
        rows = []
        for f in sorted(table.rglob("*.parquet")):
            rel = f.relative_to(table).parts
            if any(p.startswith(".") for p in rel):
                continue
            dt = next((p[3:] for p in rel if p.startswith("dt=")), None)
            for r in pq.read_table(f).to_pylist():
                rows.append(json.dumps({**r, "__dt": dt}, sort_keys=True, default=str))
        rows.sort()
        h = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
        out[table.name] = (len(rows), h)
    return out


def _tasks_line(tasks: dict) -> str:
    return ", ".join(f"{k} {v['wall_s']:.1f} s" for k, v in tasks.items())


# ---------------------------------------------------------------------------------------------
# parse: the machine's limit


def _pipe_main(processes: int, folder: str) -> None:
    """Child: read the texts, load the model, consume ``nlp.pipe`` (what the limit is).

    The model as spaCy ships it (``spacy.load`` of ``PARLEY_SPACY_MODEL``), not Parley's
    :func:`parley.extract.model.load` (which adds the line-break component, title abbreviations
    and the indexed attribute-ruler match): issue 13's limit is *plain* ``nlp.pipe``, and what
    Parley's own loading saves or costs belongs to the DAG's side of the ratio."""
    import spacy

    from parley.extract import model
    from parley.settings import get_settings

    texts = [r["text"] for r in corpus_records(Path(folder)) if r.get("text")]
    nlp = spacy.load(get_settings().spacy_model)
    nlp.max_length = model.MAX_LENGTH
    n = 0
    for doc in nlp.pipe(texts, batch_size=model.BATCH_SIZE, n_process=processes):
        n += len(doc)
    print(json.dumps({"tokens": n, "texts": len(texts)}))


@section("parse")
def bench_parse(args: argparse.Namespace) -> dict:
    """Plain ``nlp.pipe`` (the model as spaCy ships it) over the corpus: 1 process and every
    usable core (``n_process``), each a fresh process (model load included, as in the DAG)."""
    from parley.extract.runner import usable_cpus

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        folder = corpus_dir(args, Path(tmp))
        n = len(corpus_records(folder))
        cores = usable_cpus()
        out = {"articles": n, "cores": cores}
        counts = {cores if k.strip() == "all" else int(k) for k in args.pipe_processes.split(",")}
        for processes in sorted(counts):
            m = measure([sys.executable, "-m", "tools.bench", "_pipe", str(processes), str(folder)])
            out[f"pipe_{processes}"] = dataclasses.asdict(m) | {"samples": None}
            figure(
                f"nlp.pipe, {processes} process{'es' if processes > 1 else ''}, {n:,} articles",
                f"{m.wall_s:.1f} s; {m.cpu()}; {m.memory()}",
                f"python -m tools.bench _pipe {processes} {folder}",
                str(m.load),
                m,
            )
    return out


# ---------------------------------------------------------------------------------------------
# dag: end to end, the same date again, the next day


@section("dag")
def bench_dag(args: argparse.Namespace) -> dict:
    """``airflow dags test news_daily`` over the corpus folder on a fresh lake, the same date
    again, and the next day (same folder: nothing new)."""
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        root = Path(tmp)
        inbox = corpus_dir(args, root)
        data = root / "data"
        af = Airflow(root)
        first, t1 = af.run(inbox, data, BENCH_DATE, "day1")
        print1 = lake_fingerprint(data)
        again, t2 = af.run(inbox, data, BENCH_DATE, "day1-again")
        same = lake_fingerprint(data) == print1
        next_ds = (date.fromisoformat(BENCH_DATE) + timedelta(days=1)).isoformat()
        nxt, t3 = af.run(inbox, data, next_ds, "day2")
        noop = {"AIRFLOW__CORE__DAGS_FOLDER": str(noop_dag(af, root / "noop-dags"))}
        floor, t4 = af.run(inbox, root / "noop-data", next_ds, "noop", noop)
    n = print1.get("articles", (0, ""))[0]
    figure(
        f"DAG end to end, {n:,} articles, fresh lake",
        f"{first.wall_s:.1f} s ({_tasks_line(t1)}); {first.cpu()}; {first.memory()}",
        af.command(inbox, "<fresh dir>", BENCH_DATE),
        str(first.load),
        first,
    )
    figure(
        "the same date again (extraction from the cache)",
        f"{again.wall_s:.1f} s ({_tasks_line(t2)}); {again.cpu()}; tables identical: {same}",
        af.command(inbox, "<same dir>", BENCH_DATE),
        str(again.load),
    )
    figure(
        "next day, nothing new",
        f"{nxt.wall_s:.1f} s = {nxt.wall_s / first.wall_s:.1%} of the first run (target <= 5%; "
        f"{_tasks_line(t3)}); {nxt.cpu()} = {nxt.cpu_s / max(first.cpu_s, 1e-9):.1%} of the "
        "first run's",
        af.command(inbox, "<same dir>", next_ds),
        str(nxt.load),
    )
    figure(
        "Airflow alone: the same DAG shape, tasks that do nothing",
        f"{floor.wall_s:.1f} s = {floor.wall_s / first.wall_s:.1%} of the first run "
        f"({_tasks_line(t4)}); {floor.cpu()}: the floor under the day with nothing new",
        "AIRFLOW__CORE__DAGS_FOLDER='<news_daily's graph, no-op tasks: tools.bench.noop_dag>' "
        f"airflow dags test news_daily {next_ds}",
        str(floor.load),
    )
    return {
        "articles": n,
        "first": {"wall_s": first.wall_s, "tasks": t1, "memory": first.memory()},
        "again": {"wall_s": again.wall_s, "tasks": t2, "identical": same},
        "next_day": {
            "wall_s": nxt.wall_s,
            "tasks": t3,
            "share_of_first": nxt.wall_s / first.wall_s,
        },
        "airflow_alone": {"wall_s": floor.wall_s, "tasks": t4, "cpu_s": floor.cpu_s},
        "tables": print1,
    }


DAG_SHAPE = """
import json, os, sys
from airflow.dag_processing.dagbag import DagBag
sys.path.insert(0, os.environ["AIRFLOW__CORE__DAGS_FOLDER"])  # as Airflow's CLI does: _assets
dag = DagBag().get_dag("news_daily")
print(json.dumps([
    {"id": t.task_id, "upstream": sorted(t.upstream_task_ids),
     "mapped": t.is_mapped}
    for t in dag.topological_sort()
]))
"""

NOOP_DAG = """\"\"\"news_daily's task graph with tasks that do nothing: what Airflow itself costs a run of
that shape (written by tools.bench.noop_dag; a temp folder, never the repo's dags/).\"\"\"
import gc

import pendulum
from airflow.providers.standard.operators.python import PythonOperator
from airflow.sdk import DAG
from airflow.timetables.interval import CronDataIntervalTimetable

SHAPE = {shape!r}

gc.freeze()  # as dags/news_daily.py does when it is parsed: Airflow's start-up heap, frozen


def _noop(*args):
    return {{"dt": "noop"}}  # a small pointer, as every real task returns


with DAG(
    "news_daily",
    schedule=CronDataIntervalTimetable("@daily", timezone="UTC"),
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
):
    tasks = {{}}
    for t in SHAPE:
        if t["mapped"]:
            tasks[t["id"]] = PythonOperator.partial(
                task_id=t["id"], python_callable=_noop
            ).expand(op_args=[[0]])
        else:
            tasks[t["id"]] = PythonOperator(task_id=t["id"], python_callable=_noop)
        for up in t["upstream"]:
            tasks[up] >> tasks[t["id"]]
"""


def noop_dag(af: Airflow, folder: Path) -> Path:
    """A dags folder holding one DAG: ``news_daily``'s task graph (task ids, dependencies, mapped
    tasks with one instance each, read from the repo's DAG by Airflow's DagBag) with tasks that
    only return a small dict. Its ``dags test`` is Airflow's own cost of a run of that shape —
    CLI start, DAG parsing, the in-process execution API, each task's bookkeeping — the floor
    under the next day with nothing new."""
    home = af.root / "airflow-shape"
    shutil.copytree(af.template, home, dirs_exist_ok=True)
    env = af.env(home, af.root / "unused-inbox", af.root / "unused-data")
    out = subprocess.run(
        [sys.executable, "-c", DAG_SHAPE], env=env, check=True, capture_output=True, text=True
    )
    shape = json.loads(out.stdout.strip().splitlines()[-1])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "news_daily.py").write_text(NOOP_DAG.format(shape=shape))
    return folder


# ---------------------------------------------------------------------------------------------
# growth: day 1 against day 60 of the same daily volume


def fill_lake(data: Path, source_ds: str, days: list[str]) -> str:
    """Publish copies of ``source_ds``'s partitions under each of ``days`` (consecutive dates),
    every id and content hash suffixed with the day, so the lake holds that many distinct days of
    the same volume. Uses ``tools.fill_lake`` (the lake's own publish API: manifests, the
    warehouse built after each day) when the lake has it, else copies partition by partition. Returns how."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from parley import schema
    from parley.storage import lake

    settings = dataclasses.replace(get_settings(), data_dir=data)
    if hasattr(lake, "publish_tables"):
        from tools import fill_lake as filler

        filler.fill(source_ds, date.fromisoformat(days[0]), len(days), settings)
        return "tools.fill_lake.fill (manifests; warehouse built after each day)"
    id_like = re.compile(r"(^|_)(id|of|hash)$|_quote_id$|^responds_to$")
    for table in schema.TABLES:
        if table == "quality_runs" or not lake.published_dates(table, settings):
            continue
        source = lake.read_partition(table, source_ds, settings)
        for ds in days:
            cols = []
            for name in source.column_names:
                col = source[name]
                if id_like.search(name) and pa.types.is_string(col.type):
                    col = pc.binary_join_element_wise(col, pa.scalar(f"-{ds}"), "")
                cols.append(col)
            lake.publish_partition(table, ds, pa.table(cols, names=source.column_names), settings)
    return "tools.bench.fill_lake (partition copies; no warehouse rebuild)"


def two_days(records: list[dict], daily: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    """Two disjoint days of ``daily`` corpus articles where every source (the URL's host) of the
    first also publishes on the second: the grown lake repeats the first day, and the quality
    gate rightly fails a day on which a source active every earlier day is silent."""
    from urllib.parse import urlsplit

    rng = random.Random(seed)
    records = list(records)
    rng.shuffle(records)
    by_source: dict[str, list[dict]] = {}
    for r in records:
        by_source.setdefault(urlsplit(r.get("url") or "").hostname or "", []).append(r)
    a, b, used = [], [], set()
    for group in by_source.values():  # a pair per source that has two articles: one each day
        if len(group) >= 2 and len(a) < daily:
            a.append(group[0])
            b.append(group[1])
            used.update((id(group[0]), id(group[1])))
    sources_a = {urlsplit(r.get("url") or "").hostname or "" for r in a}
    for r in records:  # fill the first day from its own sources only, the second from any
        if id(r) in used:
            continue
        host = urlsplit(r.get("url") or "").hostname or ""
        if len(a) < daily and host in sources_a:
            a.append(r)
        elif len(b) < daily:
            b.append(r)
        else:
            continue
        used.add(id(r))
    return a[:daily], b[:daily]


@section("growth")
def bench_growth(args: argparse.Namespace) -> dict:
    """One day's DAG run on an empty lake against the same day's run on a lake already holding
    ``--days - 1`` days of the same daily volume (``--daily`` articles a day)."""
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        root = Path(tmp)
        records = corpus_records(corpus_dir(args, root))
        daily = min(args.daily, len(records) // 2)
        part_a, part_b = two_days(records, daily)
        day_a, day_b = root / "inbox-a", root / "inbox-b"
        for folder, part in ((day_a, part_a), (day_b, part_b)):
            folder.mkdir()
            with (folder / "day.jsonl").open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r) + "\n" for r in part)
        af = Airflow(root)
        first = date.fromisoformat(BENCH_DATE)
        last = (first + timedelta(days=args.days - 1)).isoformat()
        # a lake of days - 1 days: day A published once for real, then copied under other dates
        grown = root / "grown"
        af.run(day_a, grown, BENCH_DATE, "growth-seed")
        fill = [(first + timedelta(days=i)).isoformat() for i in range(1, args.days - 1)]
        started = time.perf_counter()
        how = fill_lake(grown, BENCH_DATE, fill)
        fill_s = time.perf_counter() - started
        # then, back to back (same machine load): day B on an empty lake = day 1, the same
        # articles on the grown lake = day 60
        m1, t1 = af.run(day_b, root / "empty", BENCH_DATE, "growth-day1")
        m60, t60 = af.run(day_b, grown, last, "growth-day60")
    ratio = m60.wall_s / m1.wall_s
    figure(
        f"day 1 vs day {args.days} ({daily} articles a day)",
        f"{m1.wall_s:.1f} s vs {m60.wall_s:.1f} s = {ratio:.2f}x (target <= 1.2; "
        f"CPU {m1.cpu_s:,.0f} vs {m60.cpu_s:,.0f} s = {m60.cpu_s / max(m1.cpu_s, 1e-9):.2f}x; "
        f"day 1: {_tasks_line(t1)}; "
        f"day {args.days}: {_tasks_line(t60)})",
        _this(args, "growth")
        + f"  # lake of {args.days - 1} days filled in {fill_s:.0f} s by {how}",
        f"day 1: {m1.load}; day {args.days}: {m60.load}",
    )
    return {
        "daily": daily,
        "days": args.days,
        "day1": {"wall_s": m1.wall_s, "tasks": t1},
        "last": {"wall_s": m60.wall_s, "tasks": t60},
        "ratio": ratio,
    }


# ---------------------------------------------------------------------------------------------
# lake costs: the parts of a day that read the lake, on a lake of 1 day and of --days days

LAKE_COSTS = """
import json, sys, time, dataclasses
from pathlib import Path
from parley import pipeline, quality
from parley.quality.suites import suites
from parley.settings import get_settings
from parley.storage import lake, warehouse
from tools import fill_lake
data, source, ds = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
s = dataclasses.replace(get_settings(), data_dir=data)
times = {}
def timed(name, fn):
    t = time.perf_counter(); out = fn(); times[name] = round(time.perf_counter() - t, 2); return out
days = lake.published(s)
tables = {t: lake.read_partition(t, source, s, days=days) for t in days[source].tables}
offset = (fill_lake.date.fromisoformat(ds) - fill_lake.date.fromisoformat(source)).days
lake.reset_staging(ds, s)
for t, d in tables.items():
    lake.write_staging(t, ds, fill_lake.shifted(d, "~" + ds, offset), settings=s)
timed("ingest: published-content index", lambda: pipeline.published_index(ds, s))
marts = [x.table for x in suites(settings=s).values() if x.layer == quality.MARTS]
timed("validate: marts preview", lambda: warehouse.preview(ds, marts, s))
timed("publish: lake switch", lambda: lake.publish_day(ds, pipeline.STAGED_TABLES, s))
timed("publish: warehouse build", lambda: warehouse.build(s))
timed("publish: garbage collection", lambda: lake.collect_garbage(s))
from parley.digest.text import fetch_day
timed("digest: the day's rows", lambda: fetch_day(ds, s))
print(json.dumps({"days": len(lake.published(s)), "times": times}))
"""


def _lake_costs(data: Path, source: str, ds: str, log: Path) -> dict:
    """Run :data:`LAKE_COSTS` in a fresh process: ``ds`` staged as a copy of ``source``, then the
    lake-reading steps of a day timed one by one."""
    out = subprocess.run(
        [sys.executable, "-c", LAKE_COSTS, str(data), source, ds],
        cwd=REPO_ROOT,
        env=os.environ | {"PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
    )
    log.write_text(out.stdout + out.stderr, encoding="utf-8")
    if out.returncode != 0:
        raise SystemExit(f"bench: lake costs failed (log {log}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


@section("lake-costs")
def bench_lake_costs(args: argparse.Namespace) -> dict:
    """The steps of a day whose work depends on the lake's size rather than the day's — the
    published-content index (ingest), the marts preview (validate), the lake switch, warehouse
    build and garbage collection (publish), the digest's rows — on a lake of one day and of
    ``--days`` days of the same volume (``--daily`` corpus articles published by the pipeline,
    then copied under other dates by ``tools.fill_lake``, which brings the warehouse up to date
    after each day, as the daily runs before would have). No NLP in the timed part."""
    from datetime import date as date_

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        root = Path(tmp)
        records = corpus_records(corpus_dir(args, root))
        random.Random(7).shuffle(records)
        inbox = root / "inbox"
        inbox.mkdir()
        with (inbox / "day.jsonl").open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in records[: args.daily])
        data = root / "data"
        env = os.environ | {"PARLEY_DATA_DIR": str(data), "PARLEY_INBOX": str(inbox)}
        seed = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from parley import pipeline; from parley.dates import "
                "window_for_date; pipeline.run_all(window_for_date(sys.argv[1]))",
                BENCH_DATE,
            ],
            env=env,
            capture_output=True,
            text=True,
        )
        if seed.returncode != 0:
            raise SystemExit(f"bench: seeding the lake failed:\n{seed.stderr[-3000:]}")
        first = date_.fromisoformat(BENCH_DATE)
        new_ds = (first + timedelta(days=args.days - 1)).isoformat()
        one = root / "one"
        shutil.copytree(data, one)
        day1 = _lake_costs(one, BENCH_DATE, new_ds, root / "day1.log")
        shutil.rmtree(one)
        started = time.perf_counter()
        filled = subprocess.run(
            [
                sys.executable,
                "-m",
                "tools.fill_lake",
                "--source",
                BENCH_DATE,
                "--first",
                (first + timedelta(days=1)).isoformat(),
                "--days",
                str(args.days - 2),
            ],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if filled.returncode != 0:
            raise SystemExit(f"bench: filling the lake failed:\n{filled.stderr[-3000:]}")
        fill_s = time.perf_counter() - started
        dayn = _lake_costs(data, BENCH_DATE, new_ds, root / "dayn.log")
    total1, totaln = sum(day1["times"].values()), sum(dayn["times"].values())
    steps = "; ".join(
        f"{k} {day1['times'][k]:.1f} vs {dayn['times'][k]:.1f} s" for k in day1["times"]
    )
    figure(
        f"lake-reading steps, day 1 vs day {args.days} ({args.daily} articles a day)",
        f"{total1:.1f} s vs {totaln:.1f} s = {totaln / max(total1, 0.01):.2f}x ({steps})",
        _this(args, "lake-costs") + f"  # lake filled in {fill_s:.0f} s by tools.fill_lake",
    )
    return {"daily": args.daily, "days": args.days, "day1": day1, "last": dayn}


# ---------------------------------------------------------------------------------------------
# a 100,000-article day


@section("day-100k", long=True)
def bench_day_100k(args: argparse.Namespace) -> dict:
    """Peak memory (and wall time) of one DAG run over a generated day of ``--articles-100k``
    articles (a comma-separated list: one run per size, smallest first, to see how memory scales
    with the day), per task."""
    sizes = sorted(int(n) for n in str(args.articles_100k).split(",") if n.strip())
    runs = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
            root = Path(tmp)
            inbox = root / "inbox"
            made = generate_corpus(inbox, n)
            print(
                f"  generated {made['articles']:,} articles, {made['characters']:,} characters, "
                f"from {made['paragraph_pool']:,} corpus paragraphs (seed 13) in {inbox}"
            )
            af = Airflow(root)
            m, tasks = af.run(inbox, root / "data", BENCH_DATE, f"day-{n}")
        peaks = ", ".join(
            f"{k} {v['peak_pss_sum_mb'] or v['peak_rss_sum_mb']:,} MB" for k, v in tasks.items()
        )
        figure(
            f"peak memory, a generated day of {made['articles']:,} articles",
            f"{m.memory()}; per task (PSS): {peaks}; wall {m.wall_s / 60:.1f} min; {m.cpu()}",
            _this(args, "day-100k")
            + f" --articles-100k {n}  (= tools.bench.generate_corpus(n={n}, seed=13) + the DAG)",
            str(m.load),
        )
        runs.append({"generated": made, "wall_s": m.wall_s, "memory": m.memory(), "tasks": tasks})
        runs[-1]["peak_rss_sum_mb"], runs[-1]["peak_pss_sum_mb"] = (
            m.peak_rss_sum_mb,
            m.peak_pss_sum_mb,
        )
    if len(runs) > 1:
        a, b = runs[0], runs[-1]
        figure(
            "peak memory against the size of the day",
            ", ".join(
                f"{r['generated']['articles']:,} articles: {r['peak_rss_sum_mb']:,.0f} MB RSS"
                f" / {r['peak_pss_sum_mb'] or 0:,.0f} MB PSS"
                for r in runs
            )
            + f" ({b['generated']['articles'] / a['generated']['articles']:.0f}x the articles,"
            f" {b['peak_pss_sum_mb'] / a['peak_pss_sum_mb'] if a['peak_pss_sum_mb'] else 0:.2f}x"
            " the PSS)",
            "the figures above",
        )
    return {"runs": runs}


# ---------------------------------------------------------------------------------------------
# a big day, stage by stage, in bounded CPU

STAGES = """
import json, sys, time
from parley import pipeline
from parley.dates import window_for_date
from parley.settings import get_settings
ds, stages = sys.argv[1], sys.argv[2].split(",")
window, s = window_for_date(ds), get_settings()
for name in stages:
    print("STAGE", name, time.time(), flush=True)
    out = getattr(pipeline, name)(window, settings=s)
    print("RESULT", name, json.dumps(out, default=str), flush=True)
print("STAGE (end)", time.time(), flush=True)
"""


def run_stages(stages: list[str], ds: str, env: dict, log: Path) -> tuple[Measured, dict]:
    """``parley.pipeline`` stages in one fresh process (:data:`STAGES`), measured: the whole
    process tree's memory and, per stage, its wall time and peak summed RSS/PSS."""
    m = measure(
        [sys.executable, "-c", STAGES, ds, ",".join(stages)],
        env | {"PYTHONPATH": f"{REPO_ROOT / 'include'}{os.pathsep}{REPO_ROOT}"},  # this tree
        log,
    )
    text = log.read_text(errors="replace")
    if m.returncode != 0:
        raise SystemExit(f"bench: stages {stages} failed (log {log}):\n{text[-3000:]}")
    marks = [("(start)", m.started_at)] + [
        (line.split()[1], float(line.split()[2]))
        for line in text.splitlines()
        if line.startswith("STAGE ")
    ]
    out = {}
    for (name, t0), (_, t1) in zip(marks, marks[1:], strict=False):
        inside = [x for x in m.samples if t0 <= x[0] <= t1]
        out[name] = {
            "wall_s": round(t1 - t0, 1),
            "peak_rss_sum_mb": round(max((x[1] for x in inside), default=0)),
            "peak_pss_sum_mb": round(max((x[2] or 0 for x in inside), default=0)) or None,
        }
    return m, out


def _suffixed(column, k: int):
    """A string column with ``.k`` appended to every non-null value (fresh ids for copy k)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if k == 0:
        return column
    return pc.if_else(
        pc.is_null(column), column, pc.binary_join_element_wise(column, pa.scalar(f".{k}"), "")
    )


REPEATED_IDS = {  # the id columns of each table that a copy gives fresh values
    "articles": ("article_id", "content_hash", "duplicate_of"),
    "entities": ("entity_id", "article_id"),
    "quotes": ("quote_id", "article_id"),
    "statements": ("statement_id", "article_id", "quote_id"),
}
SCALED_COUNTS = ("articles", "originals", "duplicates", "summary_only", "non_english")


def stage_repeated_day(base: Path, base_ds: str, data: Path, ds: str, articles: int) -> dict:
    """Stage under ``ds`` in ``data`` a day of ``articles`` articles: the published day
    ``base_ds`` of the lake in ``base`` (a real run: ingest and extraction) repeated, each copy
    with fresh ids (``<id>.<copy>``) and the same texts, so every span still slices its article;
    the source counts scaled to match (every input still accounted for). Streamed copy by copy.
    Returns the staged row counts."""
    import dataclasses as dc

    from parley.storage import lake

    src = dc.replace(get_settings(), data_dir=base)
    dst = dc.replace(get_settings(), data_dir=data)
    days = lake.published(src)
    tables = {t: lake.read_partition(t, base_ds, src, days=days) for t in REPEATED_IDS}
    n_base = tables["articles"].num_rows
    copies, rest = divmod(articles, n_base)
    lake.reset_staging(ds, dst)
    counts = {}
    parts = {"articles": "0", "entities": "0000", "quotes": "0000", "statements": "0000"}
    for table, data_t in tables.items():
        keep = None
        if rest and table != "articles":  # the last, partial copy: rows of its articles only
            ids = set(tables["articles"]["article_id"].slice(0, rest).to_pylist())
            keep = [a in ids for a in data_t["article_id"].to_pylist()]
        with lake.staging_writer(table, ds, parts[table], dst) as sink:
            for k in range(copies + (1 if rest else 0)):
                part = data_t
                if k == copies:
                    part = data_t.slice(0, rest) if table == "articles" else data_t.filter(keep)
                for col in REPEATED_IDS[table]:
                    i = part.schema.get_field_index(col)
                    part = part.set_column(i, col, _suffixed(part[col], k))
                sink.write(part)
        counts[table] = sink.rows
    lake.write_staging(
        "rejects", ds, lake.read_partition("rejects", base_ds, src, days), "ingest", dst
    )
    factor = articles / n_base
    source_days = []
    for row in lake.read_partition("source_days", base_ds, src, days).to_pylist():
        before = row["articles"]
        for c in SCALED_COUNTS:
            if row.get(c) is not None:
                row[c] = round(row[c] * factor)
        row["items"] += row["articles"] - before
        source_days.append(row)
    lake.write_staging("source_days", ds, source_days, settings=dst)
    lake.mark_extracted(ds, 0, 1, dst)
    return counts


@section("bigday", long=True)
def bench_bigday(args: argparse.Namespace) -> dict:
    """Peak memory per stage of a big day (``--articles``, comma-separated sizes): up to
    ``--parse-limit`` articles, the DAG end to end over a generated corpus (real parse); above it
    (parsing 100,000 articles takes hours on 2 cores), ingest alone over a generated corpus of the
    size, then validate, publish and digest over the largest real run's day repeated to the size
    (fresh ids, same texts)."""
    sizes = sorted(int(n) for n in str(args.articles_100k).split(",") if n.strip())
    parsed = [n for n in sizes if n <= args.parse_limit] or [min(sizes[0], args.parse_limit)]
    rows: list[tuple[int, str, dict]] = []
    base = None
    if args.base_data:  # a real run's data dir: its day is the one repeated, nothing is parsed
        import pyarrow.parquet as pq

        files = list((args.base_data / "lake" / "articles").rglob(f"dt={BENCH_DATE}/*.parquet"))
        base = (args.base_data, sum(pq.ParquetFile(f).metadata.num_rows for f in files))
        parsed = []
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        root = Path(tmp)
        af = Airflow(root) if parsed else None
        for n in parsed:
            inbox = root / f"inbox-{n}"
            generate_corpus(inbox, n)
            m, tasks = af.run(inbox, root / f"data-{n}", BENCH_DATE, f"bigday-{n}")
            rows.append((n, "DAG, generated corpus, real parse", tasks))
            figure(
                f"big day: {n:,} generated articles, the DAG",
                f"{m.memory()}; per task (PSS): {_peaks(tasks)}; wall {m.wall_s / 60:.1f} min; "
                f"{m.cpu()}",
                _this(args, "bigday") + f" --articles {n}",
                str(m.load),
                m,
            )
            base = (root / f"data-{n}", n)
        for n in (s for s in sizes if s > args.parse_limit or args.base_data):
            inbox = root / f"inbox-{n}"
            generate_corpus(inbox, n)
            data = root / f"data-{n}"
            env = os.environ | {
                "PARLEY_DATA_DIR": str(data),
                "PARLEY_INBOX": str(inbox),
                "GX_ANALYTICS_ENABLED": "False",
            }
            m1, t1 = run_stages(["ingest"], BENCH_DATE, env, root / f"ingest-{n}.log")
            shutil.rmtree(inbox)
            staged = stage_repeated_day(base[0], BENCH_DATE, data, BENCH_DATE, n)
            m2, t2 = run_stages(
                ["validate", "publish", "digest"], BENCH_DATE, env, root / f"stages-{n}.log"
            )
            tasks = {
                "ingest": t1["ingest"],
                **{k: t2[k] for k in ("validate", "publish", "digest")},
            }
            rows.append(
                (n, f"ingest real; the rest over the {base[1]:,}-article day repeated", tasks)
            )
            figure(
                f"big day: {n:,} articles, stage by stage",
                f"per stage (PSS, one process each as `dags test` runs them): {_peaks(tasks)}; "
                f"ingest {m1.wall_s / 60:.1f} min, validate+publish+digest {m2.wall_s / 60:.1f} "
                f"min; staged {staged}",
                _this(args, "bigday")
                + (f" --base-data {args.base_data}" if args.base_data else "")
                + f" --articles {n if args.base_data else f'{base[1]},{n}'}  (ingest over "
                f"generate_corpus(n={n}); validate, publish, digest over the "
                f"{base[1]:,}-article run's day repeated: tools.bench.stage_repeated_day)",
                f"{m1.load}; {m2.load}",
            )
    stages = ["ingest", "extract", "validate", "publish", "digest"]
    _whole_day(args, rows, stages)
    print("  peak PSS (MB) per stage against the day's size:")
    print(f"    {'articles':>9}  " + "".join(f"{s:>9}" for s in stages) + "  how")
    for n, how, tasks in rows:
        cells = "".join(
            f"{(tasks[s]['peak_pss_sum_mb'] or tasks[s]['peak_rss_sum_mb']) if s in tasks else '-':>9}"
            for s in stages
        )
        print(f"    {n:>9,}  {cells}  {how}")
    return {"runs": [{"articles": n, "how": how, "tasks": t} for n, how, t in rows]}


WHOLE_DAY_TARGET_MB = (
    1500  # issue 13: peak RSS <= 1.5 GB for a 100,000-article day (MiB, read strictly)
)


def _whole_day(args: argparse.Namespace, rows: list[tuple[int, str, dict]], stages) -> None:
    """The peak of the largest day over every stage (issue 13's figure): its own ingest,
    validate, publish and digest, and extraction from the largest day parsed for real in this
    run (the figure names that day). Extraction's memory is bounded by design: worker processes
    recycled after a number of documents, a bounded window of outcomes, staged parts flushed every
    ``lake.STAGING_ROW_GROUP_ROWS`` rows and the staged articles read a batch at a time; until
    the last two (session 8) its parent process grew with the day: fed from the extraction cache
    without parsing, 20,000 articles 877 MB PSS, now 497 MB (4,000: 430 MB; 100,000: 591 MB:
    still a slow growth, not yet explained)."""
    if not rows:
        return
    n, _, tasks = rows[-1]
    parsed = [(k, t) for k, how, t in rows if "extract" in t]

    def pss(t: dict, stage: str) -> float:
        return t[stage]["peak_pss_sum_mb"] or t[stage]["peak_rss_sum_mb"]

    peaks = {s: (pss(tasks, s), n) for s in stages if s in tasks}
    if "extract" not in tasks and parsed:
        k, t = parsed[-1]
        peaks["extract"] = (pss(t, "extract"), k)
    worst = max(peaks, key=lambda s: peaks[s][0])
    missing = [s for s in stages if s not in peaks]
    detail = ", ".join(
        f"{s} {mb:,.0f} MB" + (f" (on the {k:,}-article parsed day)" if k != n else "")
        for s, (mb, k) in peaks.items()
    )
    verdict = "within" if peaks[worst][0] <= WHOLE_DAY_TARGET_MB else "OVER"
    figure(
        f"peak memory of a whole {n:,}-article day",
        f"{peaks[worst][0]:,.0f} MB PSS summed over the process tree, in {worst} ({verdict} the "
        f"{WHOLE_DAY_TARGET_MB:,} MB target); per stage: {detail}"
        + (f"; not measured: {', '.join(missing)}" if missing else ""),
        _this(args, "bigday")
        + (f" --base-data {args.base_data}" if args.base_data else "")
        + f" --articles {','.join(str(k) for k, _, _ in rows)}",
    )


def _peaks(tasks: dict) -> str:
    return ", ".join(
        f"{k} {v['peak_pss_sum_mb'] or v['peak_rss_sum_mb']:,} MB" for k, v in tasks.items()
    )


# ---------------------------------------------------------------------------------------------
# pathological shapes (issue 16)


def shapes(quick: bool) -> list[tuple[str, str]]:
    """(name, text) of the shapes issue 16 names, at two or three sizes each (to see the slope)."""
    sizes = (1, 4) if quick else (1, 4, 16)
    out = []
    for k in sizes:
        out.append((f"cue words x{2500 * k}", "The minister " + "said " * (2500 * k) + "nothing."))
        out.append(
            (f"quotation marks x{1250 * k} pairs", " ".join(f"“w{i}”" for i in range(1250 * k)))
        )
        out.append(
            (
                f"alternating marks and cues x{250 * k}",
                "The minister said " + " said ".join(f'"w{i}"' for i in range(250 * k)),
            )
        )
    words = [
        "the",
        "minister",
        "of",
        "foreign",
        "affairs",
        "and",
        "the",
        "delegation",
        "of",
        "the",
        "union",
        "discussed",
        "the",
        "treaty",
        "with",
    ]
    for n in (250_000, 1_000_000) if not quick else (100_000,):
        text = " ".join(words[i % len(words)] for i in range(n // 5))[:n]
        out.append((f"one sentence of {n:,} characters", text))
    return out


@section("pathological")
def bench_pathological(args: argparse.Namespace) -> dict:
    """The shapes of issue 16 through the extraction runner (every core, budgets on): outcome,
    CPU seconds and CPU seconds per 1,000 characters, against each document's budget."""
    from parley.extract import runner

    options = runner.RunnerOptions.from_settings(get_settings(), with_entities=True)
    docs = [runner.Document(name, text) for name, text in shapes(args.quick)]
    rows = []
    stats = runner.RunStats()
    load = Load()
    load.add()
    started = time.perf_counter()
    for out in runner.run(docs, options, stats=stats):
        load.add()
        n = len(out.document.text)
        rows.append(
            {
                "shape": out.document.key,
                "chars": n,
                "outcome": out.failure.reason if out.failure else "extracted",
                "quotes": out.tables["quotes"].num_rows if "quotes" in out.tables else 0,
                "cpu_s": round(out.cpu_s, 2),
                "cpu_s_per_1k": round(1000 * out.cpu_s / n, 4) if out.cpu_s else None,
                "budget_s": round(options.budget.seconds(n), 1),
            }
        )
    wall = time.perf_counter() - started
    print(f"  {'shape':40} {'chars':>10} {'outcome':>20} {'CPU s':>7} {'s/1k':>7} {'budget':>7}")
    for r in rows:
        per = f"{r['cpu_s_per_1k']:.4f}" if r["cpu_s_per_1k"] is not None else "-"
        print(
            f"  {r['shape']:40} {r['chars']:>10,} {r['outcome']:>20} {r['cpu_s']:>7} {per:>7} {r['budget_s']:>7}"
        )
    worst = max(rows, key=lambda r: r["cpu_s"] / r["budget_s"])
    figure(
        "pathological shapes (issue 16), time per 1,000 characters",
        "; ".join(
            f"{r['shape']}: {r['outcome']}, {r['cpu_s_per_1k'] or '-'} CPU-s/1k" for r in rows
        )
        + f"; worst {worst['cpu_s']} of {worst['budget_s']} CPU-s budget; wall {wall:.0f} s",
        _this(args, "pathological"),
        str(load),
    )
    return {"shapes": rows, "wall_s": wall, "budget": dataclasses.asdict(options.budget)}


# ---------------------------------------------------------------------------------------------
# the per-document and per-stage sections


def news_texts(n: int) -> tuple[list[str], str]:
    """``n`` real news texts: the research corpus beside the repo (every k-th article of each
    file, deterministic), else the bundled samples. Returns (texts, where they came from)."""
    articles = get_settings().shared_dir / "corpus" / "articles"
    texts: list[str] = []
    files = sorted(articles.glob("*.jsonl")) if articles.is_dir() else []
    if files:
        pools = []
        for path in files:
            with path.open(encoding="utf-8") as fh:
                pools.append([t for line in fh if (t := json.loads(line).get("text"))])
        per_file = max(1, n // len(pools))
        for pool in pools:
            step = max(1, len(pool) // per_file)
            texts += pool[::step][:per_file]
        return texts[:n], f"{articles} ({len(files)} files)"
    samples = REPO_ROOT / "include" / "samples"
    for path in sorted(samples.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts += [t for line in fh if (t := json.loads(line).get("text"))]
    return texts[:n], str(samples)


def _words(texts: list[str]) -> int:
    return sum(len(re.findall(r"\S+", t)) for t in texts)


# ---------------------------------------------------------------------------------------------
# extraction overhead


def _phase(mode: str, texts: list[str], model: str | None, queue: mp.Queue) -> None:
    """One measured pass in a child process: parse only (``plain``), parse and quotes
    (``quotes``), or everything the DAG's extract task does per document (``full``: quotes,
    statements, entities). Each pass starts as the DAG's extract workers do
    (:func:`parley.extract.worker.load`, :func:`parley.extract.worker.zygote`): the model and
    the rules' tables loaded and warmed up on the warm-up texts, then what was loaded frozen out
    of the garbage collector's scans (``gc.freeze``); the timed loop measures the steady state."""
    import gc

    from parley.extract import actors, entities, lexicon, quotes, statements
    from parley.extract import model as nlp

    pipeline = nlp.load(model)
    # warm-up: first-call allocations are not the steady state
    warm = list(pipeline.pipe(texts[:4]))
    if mode != "plain":
        # the DAG's workers load the word lists and tables before their batch, warming up the
        # rules on one document (parley.extract.worker.load): no document pays for the loading
        lexicon.load_all()
        actors.load_tables()
        for doc in warm:
            statements.statements_for(doc, quotes.extract_quotes(doc), None)
            entities.extract_entities(doc, "warm-up")
    gc.freeze()  # as the DAG's extract zygote does once loaded (parley.extract.worker.zygote)
    n_quotes = 0
    extract_s = extract_cpu_s = 0.0
    t0, c0 = time.perf_counter(), time.process_time()
    for i, doc in enumerate(pipeline.pipe(texts, batch_size=nlp.BATCH_SIZE)):
        if mode == "plain":
            continue
        t1, c1 = time.perf_counter(), time.process_time()
        found = quotes.extract_quotes(doc)
        if mode == "full":
            statements.statements_for(doc, found, None)
            entities.extract_entities(doc, str(i))
        extract_s += time.perf_counter() - t1
        extract_cpu_s += time.process_time() - c1
        n_quotes += len(found)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put(
        {
            "wall_s": wall,
            "extract_s": extract_s,
            "cpu_s": cpu,
            "extract_cpu_s": extract_cpu_s,
            "quotes": n_quotes,
            "peak_rss_mb": rss_mb,
        }
    )


def _run_phase(mode: str, texts: list[str], model: str | None) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_phase, args=(mode, texts, model, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


@section("extraction-overhead")
def extraction_overhead(args: argparse.Namespace) -> dict:
    """Plain ``nlp.pipe`` against ``nlp.pipe`` + quote extraction (and + statements + entities,
    the DAG's extract step) on the same texts: words/s, the extraction's share, peak RSS; in wall
    time and in CPU time (``time.process_time`` of the pass, all its threads), which a busy
    machine disturbs far less than wall time (the overhead in CPU is the figure to compare
    across runs on a shared machine)."""
    texts, where = news_texts(args.docs)
    words = _words(texts)
    print(f"texts: {len(texts)} articles, {words} words, from {where}")
    best: dict[str, dict] = {}
    for _ in range(args.repeat):
        for mode in ("plain", "quotes", "full"):
            r = _run_phase(mode, texts, args.model)
            if mode not in best or r["wall_s"] < best[mode]["wall_s"]:
                best[mode] = r
    plain = best["plain"]["wall_s"]
    plain_cpu = best["plain"]["cpu_s"]
    print(
        f"{'pass':34} {'wall s':>7} {'words/s':>8} {'extract s':>9} {'vs plain':>8} "
        f"{'CPU s':>7} {'extract CPU':>11} {'CPU vs plain':>12} {'RSS MB':>7}"
    )
    rows = {}
    for mode, label in (
        ("plain", "nlp.pipe"),
        ("quotes", "nlp.pipe + extract_quotes"),
        ("full", "nlp.pipe + quotes+statements+entities"),
    ):
        r = best[mode]
        share = r["extract_s"] / (r["wall_s"] - r["extract_s"]) if mode != "plain" else 0.0
        cpu_share = (
            r["extract_cpu_s"] / (r["cpu_s"] - r["extract_cpu_s"]) if mode != "plain" else 0.0
        )
        rows[mode] = {
            **r,
            "words_per_s": words / r["wall_s"],
            "overhead_vs_plain": r["wall_s"] / plain - 1,
            "extract_share_of_parse": share,
            "cpu_overhead_vs_plain": r["cpu_s"] / plain_cpu - 1,
            "extract_cpu_share_of_parse": cpu_share,
        }
        print(
            f"{label:34} {r['wall_s']:7.2f} {words / r['wall_s']:8.0f} {r['extract_s']:9.2f} "
            f"{r['wall_s'] / plain - 1:+8.1%} {r['cpu_s']:7.2f} {r['extract_cpu_s']:11.2f} "
            f"{r['cpu_s'] / plain_cpu - 1:+12.1%} {r['peak_rss_mb']:7.0f}"
        )
    q, f = rows["quotes"], rows["full"]
    print(
        f"quote extraction adds {q['extract_share_of_parse']:.1%} to the parse time of the same "
        f"run (timed per document), {q['overhead_vs_plain']:+.1%} wall against the plain pass; "
        f"the DAG's whole extract step adds {f['extract_share_of_parse']:.1%} "
        f"({f['overhead_vs_plain']:+.1%} wall); {q['quotes']} quotes (best of {args.repeat})"
    )
    print(
        f"in CPU time: quotes add {q['extract_cpu_share_of_parse']:.1%} of the same run's parse "
        f"CPU ({q['cpu_overhead_vs_plain']:+.1%} against the plain pass), the whole extract step "
        f"{f['extract_cpu_share_of_parse']:.1%} ({f['cpu_overhead_vs_plain']:+.1%}; bar +25%)"
    )
    return {"texts": len(texts), "words": words, "source": where, "passes": rows}


def _corpus(settings: Settings, root: Path) -> Path:
    """The corpus folder, or a copy of its first PARLEY_BENCH_LIMIT lines per file."""
    import os

    corpus = settings.shared_dir / "corpus" / "articles"
    if not corpus.is_dir():
        raise SystemExit(f"bench: no corpus at {corpus} (set PARLEY_SHARED_DIR)")
    limit = int(os.environ.get("PARLEY_BENCH_LIMIT", "0") or 0)
    if not limit:
        return corpus
    small = root / "corpus"
    small.mkdir()
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as src, (small / path.name).open("w") as dst:
            for i, line in enumerate(src):
                if i >= limit:
                    break
                dst.write(line)
    return small


def _timed(label: str, fn: Callable[[], object], times: dict[str, float]) -> object:
    started = time.perf_counter()
    out = fn()
    times[label] = time.perf_counter() - started
    return out


@section("validation")
def bench_validation(args: argparse.Namespace) -> dict:
    """The daily run's stages over the corpus as one day (what the DAG's tasks call, in order),
    timed one by one: validation's share of the run. ``validate`` includes importing Great
    Expectations, as a fresh Airflow task process would."""
    from parley import pipeline
    from parley.dates import window_for_date

    settings = get_settings()

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        root = Path(tmp)
        run = dataclasses.replace(settings, inbox=_corpus(settings, root), data_dir=root / "data")
        window = window_for_date(BENCH_DATE)
        times: dict[str, float] = {}
        ingested = _timed("ingest", lambda: pipeline.ingest(window, run), times)
        extracted = _timed(
            "extract",
            lambda: [pipeline.extract(window, s, run.shards, run) for s in range(run.shards)],
            times,
        )
        validated = _timed("validate", lambda: pipeline.validate(window, run), times)
        _timed("publish", lambda: pipeline.publish(window, run), times)
        _timed("digest", lambda: pipeline.digest(window, run), times)
        # the same data validated again: a warm process, suites already stored
        _timed("validate_again", lambda: pipeline.validate(window, run), times)
    total = sum(v for k, v in times.items() if k != "validate_again")
    result = {
        "articles": ingested["articles"],
        "entities": sum(e["entities"] for e in extracted),
        "quotes": sum(e["quotes"] for e in extracted),
        "checks": validated["checks"],
        "warnings": validated["warnings"],
        "seconds": {k: round(v, 2) for k, v in times.items()},
        "run_seconds": round(total, 2),
        "validation_share": round(times["validate"] / total, 4),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(
        f"validation: {result['articles']} articles, {result['entities']} entities, "
        f"{result['quotes']} quotes; {result['checks']} checks, {result['warnings']} warnings\n"
        f"  stages (s): "
        + ", ".join(f"{k} {v:.1f}" for k, v in times.items() if k != "validate_again")
        + f"\n  validate = {times['validate']:.1f} s of a {total:.1f} s run "
        f"= {100 * result['validation_share']:.1f}% (target <= 10%); "
        f"again, warm: {times['validate_again']:.1f} s; peak RSS {result['peak_rss_mb']} MB"
    )
    return result


@section("statements")
def bench_statements(args: argparse.Namespace) -> dict:
    """The statement layer alone (actors, typing, targets) against the quote engine's time."""
    from tools import bench_statements

    corpus = get_settings().shared_dir / "corpus" / "articles" / "bbc_news_2004_2005.jsonl"
    result = bench_statements.run(corpus, args.docs)
    print(json.dumps(result))
    return result


# ---------------------------------------------------------------------------------------------


def summary() -> None:
    """The figures side by side, with the ratio issue 13 asks for."""
    by = {f.name: f for f in FIGURES}
    pipe_all = next(
        (f for f in FIGURES if f.name.startswith("nlp.pipe, ") and "processes" in f.name), None
    )
    dag = next((f for f in FIGURES if f.name.startswith("DAG end to end")), None)
    if pipe_all and dag and pipe_all.measured and dag.measured:
        p, d = pipe_all.measured, dag.measured
        FIGURES.insert(
            FIGURES.index(dag) + 1,
            Figure(
                "ratio: nlp.pipe every core / DAG end to end",
                f"{p.wall_s / d.wall_s:.2f}x the speed of plain parsing (target >= 0.85); "
                f"in CPU seconds {p.cpu_s / max(d.cpu_s, 1e-9):.2f}x",
                "the two figures above",
                f"nlp.pipe: {pipe_all.load}; DAG: {dag.load}",
            ),
        )
    del by
    width = max((len(f.name) for f in FIGURES), default=10)
    print(
        f"== summary ({os.cpu_count()} CPUs; the machine is shared: every figure has the load "
        "average measured while it ran)"
    )
    for f in FIGURES:
        print(f"{f.name:<{width}}  {f.value}")
        if f.load:
            print(f"{'':<{width}}  ({f.load})")
        print(f"{'':<{width}}  $ {f.command}")


BENCH_100K = (
    "make bench-100k  (= python -m tools.bench bigday --articles 1000,100000 --parse-limit 1000)"
)


def _last_run_path(name: str) -> Path:
    """Where a long section's last figures are kept (the data dir, never the repository)."""
    return get_settings().data_dir / "bench" / f"last-{name}.json"


def _commit() -> str:
    """The checkout's commit, ``+changes`` when its tracked files differ from it."""

    def git(*a: str) -> str:
        run = subprocess.run(["git", *a], cwd=REPO_ROOT, capture_output=True, text=True)
        return run.stdout.strip() if run.returncode == 0 else ""

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return head + ("+changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def save_last_run(name: str, figures: list[Figure], argv: list[str]) -> Path:
    """Keep a long section's figures (JSON: when it finished, the commit, the command line)."""
    path = _last_run_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "section": name,
        "finished_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": _commit(),
        "command": "python -m tools.bench " + " ".join(shlex.quote(a) for a in argv),
        "figures": [
            {"name": f.name, "value": f.value, "command": f.command, "load": f.load}
            for f in figures
        ],
    }
    path.write_text(json.dumps(record, indent=1), encoding="utf-8")
    return path


def last_run_figures(name: str) -> list[Figure]:
    """A long section's figures from its last run, each saying so (when, which commit, the
    command), or one figure saying it has never run here."""
    path = _last_run_path(name)
    if not path.is_file():
        return [
            Figure(
                f"{name}: not measured",
                f"no saved run in {path} (a long section: run it by name)",
                BENCH_100K if name == "bigday" else f"python -m tools.bench {name}",
            )
        ]
    record = json.loads(path.read_text(encoding="utf-8"))
    note = (
        f" [NOT re-run by this command: from the last `{name}` run, finished "
        f"{record['finished_at']} at commit {record['commit']}: {record['command']}]"
    )
    return [
        Figure(f["name"], f["value"] + note, f["command"], f["load"]) for f in record["figures"]
    ]


def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "_pipe":
        _pipe_main(int(sys.argv[2]), sys.argv[3])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sections", nargs="*", help="section names (default: all)")
    parser.add_argument("--list", action="store_true", help="list the sections and exit")
    parser.add_argument(
        "--quick", action="store_true", help="smaller inputs (every figure says so)"
    )
    parser.add_argument(
        "--docs", type=int, default=200, help="articles per pass (extraction-overhead)"
    )
    parser.add_argument("--repeat", type=int, default=2, help="runs per pass; the best counts")
    parser.add_argument(
        "--model", default=None, help="spaCy pipeline (default: PARLEY_SPACY_MODEL)"
    )
    parser.add_argument(
        "--corpus-limit", type=int, default=0, help="lines per corpus file (0: all)"
    )
    parser.add_argument("--daily", type=int, default=800, help="articles a day (growth)")
    parser.add_argument("--days", type=int, default=60, help="days of the grown lake (growth)")
    parser.add_argument(
        "--articles-100k",
        "--articles",
        dest="articles_100k",
        default="100000",
        help="articles of the big day; a comma-separated list runs several sizes (day-100k, bigday)",
    )
    parser.add_argument(
        "--base-data",
        type=Path,
        help=f"bigday: a data dir with a real run's day {BENCH_DATE} to repeat (skips parsing)",
    )
    parser.add_argument(
        "--parse-limit",
        type=int,
        default=4000,
        help="bigday: largest day parsed for real; bigger days repeat the largest parsed one",
    )
    parser.add_argument(
        "--pipe-processes",
        default="1,all",
        help="process counts of the plain nlp.pipe runs, comma-separated ('all': every usable core)",
    )
    parser.add_argument("--json", type=Path, help="write every section's numbers to this file")
    args = parser.parse_args(argv)
    if args.quick:
        args.corpus_limit = args.corpus_limit or 30
        args.daily, args.days = min(args.daily, 40), min(args.days, 10)
        args.articles_100k = ",".join(
            str(min(int(n), 400)) for n in str(args.articles_100k).split(",")
        )
        args.docs, args.repeat = min(args.docs, 40), 1
    if args.list:
        for name, fn in SECTIONS.items():
            print(f"{name}\t{(fn.__doc__ or '').strip().splitlines()[0]}")
        return 0
    unknown = [s for s in args.sections if s not in SECTIONS]
    if unknown:
        print(f"bench: unknown section(s) {unknown}; known: {sorted(SECTIONS)}", file=sys.stderr)
        return 2
    if args.quick:
        print("QUICK: smaller inputs than issue 13 names; for development only\n")
    results = {}
    named = args.sections or [s for s in SECTIONS if s not in LONG]
    for name in track(named, what="bench sections"):
        print(f"== {name}")
        first = len(FIGURES)
        results[name] = SECTIONS[name](args)
        if name in LONG and not args.quick:
            print(
                f"  (kept in {save_last_run(name, FIGURES[first:], sys.argv[1:] if argv is None else argv)})"
            )
        print()
    if not args.sections:  # the long sections' figures from their last runs, saying so
        for name in sorted(LONG):
            FIGURES.extend(last_run_figures(name))
    summary()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
