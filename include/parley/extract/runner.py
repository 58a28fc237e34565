"""Extraction on every core, where one document can never take the others down.

:func:`run` streams :class:`Document` s through a pool of worker processes
(:mod:`parley.extract.worker`, started as ``python -m parley.extract.worker``): each worker loads
the spaCy model once, parses a chunk of documents and runs the rules itself, and sends back each
document's rows (no Doc crosses a process boundary). Outcomes come back **in input order**, so what
is written does not depend on the number of workers, their timing, crashes or the cache.

Per-document isolation (the safety net under the rules):

* a rule that raises → the document's outcome is ``extraction-error`` (the worker goes on);
* a document that uses more than its **budget** of worker CPU time (:class:`Budget`: a floor plus
  seconds per 1,000 characters; CPU, so a busy machine does not quarantine good documents) or
  hangs without using CPU (a wall-clock backstop) → the worker is killed, the document is
  ``extraction-timeout``;
* a worker whose memory passes ``max_rss_mb`` → killed, ``extraction-memory``;
* a worker that dies by itself (a segfault or abort in native code, an exit) →
  ``extraction-crash``, with the signal and, from the worker's ``faulthandler`` log, where.

A killed or dead worker is replaced and the rest of its chunk goes on. The culprit is exact when
it died during the rules of one document; if it died while its chunk was being parsed, each of the
chunk's documents is parsed again alone and only one that fails alone is quarantined (parses do not
depend on batching, so the re-run gives the same rows).

Why not ``nlp.pipe(n_process=…)``: it ships every Doc back to the parent (serialised), which then
runs the rules on one core; a worker that dies natively makes it wait forever; and its start
methods re-import the caller's ``__main__`` (the Airflow CLI) in every worker.
"""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from parley import schema
from parley.extract.meta import ArticleMeta
from parley.settings import Settings, usable_cpus

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger(__name__)

ERROR, TIMEOUT, CRASH, MEMORY = schema.EXTRACTION_FAILURES  # rejects.reason
FAILURE_REASONS = schema.EXTRACTION_FAILURES

CHUNK_DOCS = 32  # documents per chunk: nlp.pipe's batch (batching saves parse CPU)
CHUNK_CHARS = 100_000  # ... or this many characters, whichever comes first
TAIL_MIN_DOCS = 4  # the smallest chunk cut for the end of a run (tail_chunks)
AHEAD_DOCS = 4096  # outcomes held for ordering at most (memory bound; a slow doc pauses others)
AHEAD_BYTES = 64 << 20
POLL_S = 0.25  # how often budgets and memory are checked
WALL_FACTOR, WALL_MIN_S = 10.0, 60.0  # wall-clock backstop for hangs that burn no CPU
RECYCLE_DOCS = 2000  # a worker restarts after this many documents (spaCy's string store grows)
RECYCLE_RSS_MB = 1200  # ... or once its memory passes this between chunks
WORKER_MEMORY_MB = 700  # what auto-sizing reserves per worker
START_ATTEMPTS = 3  # consecutive failed starts before the run gives up
START_TIMEOUT_S = 300.0  # the model must load within this; a forked worker must say ready


@dataclass(frozen=True)
class Document:
    """One text to extract. ``key`` identifies it (the article_id in the DAG: row ids derive
    from it); ``when`` is the date that bounds actor roles; ``origin`` is the caller's own
    (source, locator…), never sent to a worker, handed back with the outcome; ``meta`` the
    article's title, author and source (:class:`~parley.extract.meta.ArticleMeta`), which tell
    whose voice a press release's "we" is."""

    key: str
    text: str
    when: Any = None
    origin: Any = None
    meta: ArticleMeta | None = None  # title, author, source: the article's own voice


@dataclass(frozen=True)
class Failure:
    """Why a document yielded no rows: ``reason`` is one of :data:`FAILURE_REASONS`."""

    reason: str
    detail: str


@dataclass
class Outcome:
    """What one document yielded. ``tables``: Arrow tables of the lake tables ``entities``,
    ``quotes``, ``statements`` (in the worker's row order; absent on failure); ``blobs``: the
    same as Arrow IPC bytes (what the cache stores); ``cpu_s``: CPU seconds it cost in a worker
    (its share of the chunk's parse plus its rules; 0 when cached)."""

    document: Document
    tables: dict[str, pa.Table] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    failure: Failure | None = None
    warnings: list[str] = field(default_factory=list)
    cpu_s: float = 0.0
    cached: bool = False


@dataclass(frozen=True)
class Budget:
    """Worker CPU seconds a document may use: ``floor_s + per_1k_chars_s × characters / 1000``
    (parse and rules). Normal news costs ~0.03–0.07 s per 1,000 characters on one core."""

    floor_s: float = 5.0
    per_1k_chars_s: float = 0.5

    def seconds(self, n_chars: int) -> float:
        return self.floor_s + self.per_1k_chars_s * n_chars / 1000

    def describe(self, n_chars: int) -> str:
        return (
            f"{self.seconds(n_chars):.1f} CPU-s ({self.floor_s:g} s + {self.per_1k_chars_s:g} s "
            f"per 1,000 characters × {n_chars:,} characters)"
        )


def auto_workers(n_documents: int | None = None) -> int:
    """Workers for ``auto``: the usable CPUs, fewer if the available memory cannot hold
    :data:`WORKER_MEMORY_MB` each (80 % of it), fewer than the documents; at least 1."""
    import psutil

    fit = int(psutil.virtual_memory().available * 0.8 / 2**20 // WORKER_MEMORY_MB)
    n = max(1, min(usable_cpus(), fit))
    return max(1, min(n, n_documents)) if n_documents is not None else n


@dataclass(frozen=True)
class RunnerOptions:
    """How :func:`run` extracts. ``workers`` 0 = :func:`auto_workers`."""

    model: str
    workers: int = 0
    budget: Budget = Budget()
    max_rss_mb: int = 2048
    with_entities: bool = True
    with_statements: bool = True
    faults: str = ""  # PARLEY_FAULT_INJECTION (tests only)

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> RunnerOptions:
        values = {
            "model": settings.spacy_model,
            "workers": settings.workers,
            "budget": Budget(settings.doc_budget_seconds, settings.doc_budget_per_1k_chars),
            "max_rss_mb": settings.worker_max_rss_mb,
            "faults": settings.fault_injection,
        }
        return cls(**(values | overrides))

    def signature(self) -> str:
        """What, besides the pipeline, decides that a document fails: budget, memory, faults."""
        b = self.budget
        return f"budget={b.floor_s:g}+{b.per_1k_chars_s:g}/1k;rss={self.max_rss_mb};faults={self.faults}"


class Cache(Protocol):
    """Where finished outcomes are looked up and kept (:mod:`parley.extract.cache`)."""

    def get(self, doc: Document) -> Outcome | None: ...

    def put(self, outcome: Outcome) -> None: ...


@dataclass
class RunStats:
    """Counts of one :func:`run`, for logs, task results and ``make bench``."""

    documents: int = 0
    cached: int = 0
    failed: collections.Counter = field(default_factory=collections.Counter)
    workers: int = 0
    started: int = 0  # worker processes started (restarts included)
    restarts: int = 0  # of which replaced a dead or killed worker
    model_label: str | None = None
    cpu_s: float = 0.0
    chars: int = 0
    slowest: list[tuple[float, str, int]] = field(default_factory=list)  # (cpu_s, key, chars)

    def note(self, out: Outcome) -> None:
        self.documents += 1
        self.cached += out.cached
        if out.failure:
            self.failed[out.failure.reason] += 1
        if not out.cached:
            self.cpu_s += out.cpu_s
            self.chars += len(out.document.text)
            self.slowest = sorted(
                [*self.slowest, (out.cpu_s, out.document.key, len(out.document.text))],
                reverse=True,
            )[:5]

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "cached": self.cached,
            "quarantined": dict(self.failed),
            "workers": self.workers,
            "worker_starts": self.started,
            "worker_restarts": self.restarts,
            "cpu_s": round(self.cpu_s, 2),
            "cpu_s_per_1k_chars": round(1000 * self.cpu_s / self.chars, 4) if self.chars else None,
            "slowest": [{"key": k, "cpu_s": round(c, 2), "chars": n} for c, k, n in self.slowest],
        }


# ---------------------------------------------------------------------------------------------
# processes as the runner sees them


@dataclass
class _Chunk:
    id: int
    docs: list[tuple[int, Document]]  # (seq, document)
    isolated: bool = False  # one document, re-run alone to find which one failed

    @property
    def chars(self) -> int:
        return sum(len(d.text) for _, d in self.docs)


class _Zygote:
    """The process that loads the model once and forks the workers (:mod:`.worker`)."""

    def __init__(self, options: RunnerOptions) -> None:
        from multiprocessing.connection import Connection

        ours, theirs = socket.socketpair()
        config = {
            "fd": theirs.fileno(),
            "parent_pid": os.getpid(),
            "model": options.model,
            "with_entities": options.with_entities,
            "with_statements": options.with_statements,
            "faults": options.faults,
            "recycle_docs": RECYCLE_DOCS,
            "recycle_rss_mb": RECYCLE_RSS_MB,
        }
        # one BLAS thread per process, set before numpy loads: workers are the parallelism, and
        # the zygote must be single-threaded to fork safely
        env = os.environ | {
            "OMP_NUM_THREADS": "1",
            "OPENBLAS_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "parley.extract.worker", json.dumps(config)],
            pass_fds=[theirs.fileno()],
            env=env,
            stdin=subprocess.DEVNULL,
        )
        theirs.close()
        self.sock = ours
        self.conn = Connection(os.dup(ours.fileno()))
        self.launched = time.monotonic()
        self.ready = False
        self.label: str | None = None
        self.exits: dict[int, int] = {}  # pid -> exit code, as the zygote reports them

    def fork(self, number: int, fault_log: str, fd: int) -> None:
        self.conn.send(("fork", number, fault_log))
        socket.send_fds(self.sock, [b"F"], [fd])

    def close(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(OSError):
                self.conn.send(("stop",))
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.conn.close()
        self.sock.close()


class _Worker:
    """A worker as the runner sees it: its connection, its chunk and its clock."""

    def __init__(self, number: int, budget: Budget) -> None:
        from multiprocessing.connection import Connection

        self.number = number
        self.budget = budget
        ours, self.theirs = socket.socketpair()
        self.conn = Connection(ours.detach())
        fd, self.fault_log = tempfile.mkstemp(prefix="parley-worker-", suffix=".log")
        os.close(fd)
        self.launched = time.monotonic()
        self.pid: int | None = None
        self.ps: Any = None
        self.ready = False
        self.retiring = False
        self.chunk: _Chunk | None = None
        self.phase = ""  # "parse" while the chunk is parsed, then "rules"
        self.pos = 0  # index in chunk.docs of the document whose rules run
        self.cpu_mark = 0.0  # the worker's CPU time when the current phase/document began
        self.wall_mark = 0.0
        self.limit_s = 0.0  # CPU seconds allowed from cpu_mark
        self.parse_cpu = 0.0
        self.killed_for: tuple[str, str] | None = None
        self.killed_cpu = 0.0  # CPU seconds its document had used when it was killed

    def forked(self, pid: int) -> None:
        import psutil

        self.pid = pid
        self.ps = psutil.Process(pid)

    def send(self, chunk: _Chunk) -> None:
        self.chunk, self.phase, self.pos = chunk, "parse", 0
        self.wall_mark = time.monotonic()
        self.limit_s = sum(self.budget.seconds(len(d.text)) for _, d in chunk.docs)
        self.conn.send(
            ("chunk", chunk.id, [(s, d.key, d.text, d.when, d.meta) for s, d in chunk.docs])
        )

    def start_doc(self, cpu: float) -> None:
        assert self.chunk is not None
        _, doc = self.chunk.docs[self.pos]
        self.cpu_mark, self.wall_mark = cpu, time.monotonic()
        self.limit_s = self.budget.seconds(len(doc.text))

    def kill(self) -> None:
        if self.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)

    def crash_site(self) -> str:
        """The innermost frames of the worker's faulthandler log ('' if it wrote none)."""
        try:
            lines = Path(self.fault_log).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return ""
        frames = []
        for line in lines:
            line = line.strip()
            if line.startswith("File "):
                path, _, rest = line[5:].partition(", line ")
                path = path.strip('"')
                short = path[path.rfind("parley/") :] if "parley/" in path else Path(path).name
                lineno, _, func = rest.partition(" in ")
                frames.append(f"{short}:{lineno} {func}")
            if len(frames) == 3:
                break
        return " < ".join(frames)

    def close(self) -> None:
        self.conn.close()
        if self.theirs is not None:
            self.theirs.close()
            self.theirs = None
        Path(self.fault_log).unlink(missing_ok=True)


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "the worker vanished"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        if -code == signal.SIGKILL:
            return f"the worker was killed ({name}, e.g. by the system when out of memory)"
        return f"the worker died with {name} (signal {-code})"
    return f"the worker exited with code {code}"


# ---------------------------------------------------------------------------------------------
# the run


def run(
    documents: Iterable[Document],
    options: RunnerOptions,
    cache: Cache | None = None,
    expected: int | None = None,
    stats: RunStats | None = None,
) -> Iterator[Outcome]:
    """Extract ``documents`` on a pool of worker processes; yield one :class:`Outcome` per
    document, in input order. ``expected`` (the number of documents, when the caller knows it)
    caps the pool size; nothing starts until a document misses the ``cache`` (a day with nothing
    to extract loads no model). ``stats`` (optional) is filled in as the run goes. Every process
    the run started is gone when the generator finishes, fails or is closed.

    Raises ``RuntimeError`` when the workers cannot start at all (a broken install: the model or
    the word lists do not load), never because of a document."""
    size = options.workers or auto_workers(expected)
    if expected is not None:
        size = max(1, min(size, expected))
    state = _Run(options, size, cache, stats or RunStats())
    try:
        yield from state.drive(iter(documents))
    finally:
        state.close()


def tail_chunks(docs: list[tuple[int, Document]], workers: int) -> list[list[tuple[int, Document]]]:
    """The last documents of a run, in order, cut into chunks that shrink towards the end: each
    holds at most ``1 / (2 × workers)`` of the characters still left (the *factoring* rule of
    Hummel, Schonberg & Flynn, "Factoring: a method for scheduling parallel loops", CACM 35(8),
    1992), and :data:`TAIL_MIN_DOCS` to :data:`CHUNK_DOCS` documents (:data:`CHUNK_CHARS` at
    most, unless one document is longer). Whole chunks to the end left one worker parsing its
    last chunk of 32 documents while the other idled (2.0 s of a 756-article run, one core of
    two); with shrinking chunks the workers' last ones end a few documents apart. Which chunks
    are re-cut depends on timing (what is still waiting when the last document is read), which
    is safe because a document's parse, and so its rows, do not depend on the batch it is parsed
    in (tests/unit/extract/test_runner.py compares the rows of four chunkings)."""
    remaining = sum(len(d.text) for _, d in docs)
    out: list[list[tuple[int, Document]]] = []
    i = 0
    while i < len(docs):
        limit = min(remaining / (2 * workers), CHUNK_CHARS)
        j, chars = i, 0
        while j < len(docs) and j - i < CHUNK_DOCS:
            n = len(docs[j][1].text)
            if j - i >= TAIL_MIN_DOCS and chars + n > limit:
                break
            chars += n
            j += 1
        out.append(docs[i:j])
        remaining -= chars
        i = j
    return out


class _Run:
    """The state of one :func:`run`: zygote, workers, queue, ordering buffer."""

    def __init__(self, options: RunnerOptions, size: int, cache: Cache | None, stats: RunStats):
        self.options, self.size, self.cache, self.stats = options, size, cache, stats
        stats.workers = size
        self.zygote: _Zygote | None = None
        self.zygote_starts = 0
        self.failed_starts = 0  # workers in a row that died before they were ready
        self.workers: list[_Worker] = []
        self.numbers = 0
        self.pending: collections.deque[_Chunk] = collections.deque()
        self.done: dict[int, Outcome] = {}  # seq -> outcome, until its turn comes
        self.held_bytes = 0
        self.next_seq = 0  # the next document read from the source
        self.next_out = 0  # the next outcome to yield
        self.chunk_ids = 0
        self.building: list[tuple[int, Document]] = []
        self.exhausted = False
        self.tail_cut = False  # the waiting chunks re-cut once the last document was read

    # -- reading and ordering

    def finish(self, seq: int, out: Outcome) -> None:
        self.done[seq] = out
        self.held_bytes += sum(len(b) for b in out.blobs.values())

    def flush_building(self) -> None:
        if self.building:
            self.chunk_ids += 1
            self.pending.append(_Chunk(self.chunk_ids, self.building))
            self.building = []

    def read_more(self, source: Iterator[Document]) -> None:
        """Read documents until enough chunks wait or the ordering window is full."""
        while (
            not self.exhausted
            and len(self.pending) <= self.size
            and self.next_seq - self.next_out < AHEAD_DOCS
            and self.held_bytes <= AHEAD_BYTES
        ):
            try:
                doc = next(source)
            except StopIteration:
                self.exhausted = True
                break
            seq, self.next_seq = self.next_seq, self.next_seq + 1
            hit = self.cache.get(doc) if self.cache is not None else None
            if hit is not None:
                self.finish(seq, hit)
                continue
            self.building.append((seq, doc))
            if (
                len(self.building) >= CHUNK_DOCS
                or sum(len(d.text) for _, d in self.building) >= CHUNK_CHARS
            ):
                self.flush_building()
        if self.exhausted and not self.tail_cut:
            self.flush_building()
            self.cut_tail()
            self.tail_cut = True

    def cut_tail(self) -> None:
        """Once the last document is read, re-cut the chunks still waiting (:func:`tail_chunks`)
        so that the workers finish together; chunks re-queued after a failure are left alone."""
        if self.size < 2 or any(c.isolated for c in self.pending):
            return
        docs = [item for chunk in self.pending for item in chunk.docs]
        self.pending.clear()
        for cut in tail_chunks(docs, self.size):
            self.chunk_ids += 1
            self.pending.append(_Chunk(self.chunk_ids, cut))

    def drive(self, source: Iterator[Document]) -> Iterator[Outcome]:
        from multiprocessing.connection import wait

        while True:
            while self.next_out in self.done:  # what is ready, in order
                out = self.done.pop(self.next_out)
                self.held_bytes -= sum(len(b) for b in out.blobs.values())
                self.next_out += 1
                if not out.cached and self.cache is not None:
                    self.cache.put(out)
                self.stats.note(out)
                yield out
            self.read_more(source)
            if self.exhausted and self.next_out == self.next_seq:
                return
            if self.pending:
                self.fill()
            self.dispatch()
            conns = [w.conn for w in self.workers]
            if self.zygote is not None:
                conns.append(self.zygote.conn)
            if not conns:
                continue
            ready = wait(conns, timeout=POLL_S)
            if self.zygote is not None and self.zygote.conn in ready:
                self.zygote_messages()
            for w in list(self.workers):
                if w.conn in ready and w in self.workers:
                    try:
                        while w in self.workers and w.conn.poll():
                            self.receive(w, w.conn.recv())
                    except (EOFError, OSError):
                        self.lost(w)
            self.watch()

    # -- processes

    def fill(self) -> None:
        """Start the zygote if needed, and ask it for workers up to the pool size."""
        if self.zygote is None:
            self.zygote_starts += 1
            if self.zygote_starts > START_ATTEMPTS:
                raise RuntimeError("extraction workers cannot start: the zygote died repeatedly")
            self.zygote = _Zygote(self.options)
        if not self.zygote.ready:
            if time.monotonic() - self.zygote.launched > START_TIMEOUT_S:
                raise RuntimeError(
                    f"extraction workers cannot start: the model did not load in "
                    f"{START_TIMEOUT_S:.0f} s"
                )
            return
        while len([w for w in self.workers if not w.retiring]) < self.size:
            self.numbers += 1
            w = _Worker(self.numbers, self.options.budget)
            self.zygote.fork(w.number, w.fault_log, w.theirs.fileno())
            w.theirs.close()
            w.theirs = None
            self.workers.append(w)
            self.stats.started += 1

    def zygote_messages(self) -> None:
        z = self.zygote
        assert z is not None
        try:
            while z.conn.poll():
                msg = z.conn.recv()
                if msg[0] == "ready":
                    z.ready, z.label = True, msg[2]
                    self.stats.model_label = msg[2]
                    log.info(
                        "extract: model %s loaded in %.1f s; forking %d worker(s)",
                        msg[2],
                        time.monotonic() - z.launched,
                        self.size,
                    )
                elif msg[0] == "fatal":
                    raise RuntimeError(f"extraction workers cannot start: {msg[1]}")
                elif msg[0] == "forked":
                    for w in self.workers:
                        if w.number == msg[1]:
                            w.forked(msg[2])
                elif msg[0] == "exited":
                    z.exits[msg[1]] = msg[2]
        except (EOFError, OSError):
            code = z.proc.wait()
            log.warning("extract: the zygote died (%s); starting a new one", _describe_exit(code))
            self.zygote = None
            z.close()
            # its workers die with it (PR_SET_PDEATHSIG): their documents are not to blame
            for w in self.workers:
                if w.chunk is not None:
                    left = w.chunk.docs[w.pos :] if w.phase == "rules" else w.chunk.docs
                    self.pending.appendleft(_Chunk(w.chunk.id, left, w.chunk.isolated))
                w.kill()
                w.close()
            self.workers.clear()

    def exit_code(self, w: _Worker, timeout: float = 5.0) -> int | None:
        """The exit code the zygote reports for ``w`` (waiting a little for the report)."""
        deadline = time.monotonic() + timeout
        while self.zygote is not None and w.pid is not None:
            if w.pid in self.zygote.exits:
                return self.zygote.exits.pop(w.pid)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            if self.zygote.conn.poll(min(remaining, 0.05)):
                self.zygote_messages()
        return None

    def dispatch(self) -> None:
        for w in self.workers:  # one chunk per ready, idle worker
            if self.pending and w.ready and not w.retiring and w.chunk is None:
                chunk = self.pending.popleft()
                try:
                    w.send(chunk)
                except OSError:  # it died meanwhile: its connection tells, and lost() re-queues
                    w.chunk, w.phase = chunk, "parse"

    def receive(self, w: _Worker, msg: tuple) -> None:
        from parley.extract.worker import from_ipc

        kind = msg[0]
        if kind == "ready":
            w.ready, w.cpu_mark = True, msg[3]
            self.failed_starts = 0
            if w.pid is None:
                w.forked(msg[1])
        elif kind == "parsed":
            assert w.chunk is not None
            w.phase, w.pos = "rules", 0
            w.parse_cpu = max(0.0, msg[2] - w.cpu_mark)
            w.start_doc(msg[2])
        elif kind == "doc":
            assert w.chunk is not None
            seq, payload, cpu = msg[1], msg[2], msg[3]
            chunk_seq, doc = w.chunk.docs[w.pos]
            assert chunk_seq == seq, (chunk_seq, seq)
            out = Outcome(doc, warnings=list(payload.get("warnings") or []))
            share = w.parse_cpu * len(doc.text) / max(1, w.chunk.chars)
            out.cpu_s = share + payload.get("rules_cpu", 0.0)
            if payload.get("error"):
                out.failure = Failure(ERROR, payload["error"])
            else:
                out.blobs = payload["tables"]
                out.tables = {t: from_ipc(b) for t, b in out.blobs.items()}
            self.finish(seq, out)
            w.pos += 1
            if w.pos == len(w.chunk.docs):
                w.chunk, w.phase, w.cpu_mark = None, "", cpu
            else:
                w.start_doc(cpu)
        elif kind == "recycle":
            w.retiring = True

    def watch(self) -> None:
        """Kill a worker whose document (or chunk parse) is over its budget or memory."""
        import psutil

        for w in list(self.workers):
            if w not in self.workers or w.killed_for is not None or w.ps is None:
                continue
            if w.chunk is None:
                if not w.ready and time.monotonic() - w.launched > START_TIMEOUT_S:
                    w.killed_for = (CRASH, "the worker did not start")
                    w.kill()
                continue
            try:
                t = w.ps.cpu_times()
                used = t.user + t.system - w.cpu_mark
                rss_mb = w.ps.memory_info().rss / 2**20
            except psutil.NoSuchProcess:
                continue  # its death shows on its connection
            wall = time.monotonic() - w.wall_mark
            backstop = max(WALL_MIN_S, WALL_FACTOR * w.limit_s)
            what = "its chunk's parse" if w.phase == "parse" else "it"
            # details name the limits, not the measurements, so a re-run writes the same reject
            if used > w.limit_s:
                w.killed_for = (TIMEOUT, f"{what} used more than its budget of {{budget}}")
                log.warning("extract: worker %d over budget: %.1f CPU-s used", w.number, used)
            elif wall > backstop:
                w.killed_for = (
                    TIMEOUT,
                    f"{what} made no progress within {backstop:.0f} s of wall time "
                    f"(budget {{budget}})",
                )
                log.warning("extract: worker %d hung: %.1f CPU-s in %.0f s", w.number, used, wall)
            elif rss_mb > self.options.max_rss_mb:
                w.killed_for = (
                    MEMORY,
                    f"its worker's memory passed the limit of {self.options.max_rss_mb:,} MB",
                )
                log.warning("extract: worker %d at %.0f MB", w.number, rss_mb)
            else:
                continue
            w.killed_cpu = used
            w.kill()  # its connection closes: lost() follows on the next wake-up

    def lost(self, w: _Worker) -> None:
        """A worker is gone (died or killed): quarantine the culprit, re-queue the rest; the next
        :meth:`fill` replaces it."""
        code = self.exit_code(w)
        site = w.crash_site()
        self.workers.remove(w)
        w.close()
        chunk, phase = w.chunk, w.phase
        if w.killed_for:
            reason, detail = w.killed_for
        elif w.retiring and chunk is None:
            log.info("extract: worker %d recycled (memory or document count)", w.number)
            return
        else:
            reason = CRASH
            detail = _describe_exit(code) + (f" in {site}" if site else "")
        if chunk is None:
            if not w.ready:
                self.failed_starts += 1
                if self.failed_starts >= START_ATTEMPTS:
                    raise RuntimeError(
                        f"extraction workers cannot start: {self.failed_starts} in a row died "
                        f"before they were ready ({detail})"
                    )
                log.warning("extract: worker %d died before it was ready (%s)", w.number, detail)
            return
        self.stats.restarts += 1
        if phase == "rules":
            seq, culprit = chunk.docs[w.pos]
            rest = chunk.docs[w.pos + 1 :]
            if rest:
                self.pending.appendleft(_Chunk(chunk.id, rest, chunk.isolated))
            if reason == CRASH and not chunk.isolated:
                # a crash may be the aftermath of an earlier document: the document is blamed
                # only if it crashes again alone (budget and memory are measured on it)
                self.pending.appendleft(_Chunk(chunk.id, [(seq, culprit)], isolated=True))
                log.warning(
                    "extract: worker %d crashed on %s (%s); trying it alone",
                    w.number,
                    culprit.key,
                    detail,
                )
                return
            self.quarantine(seq, culprit, reason, detail, w.killed_cpu)
        elif len(chunk.docs) == 1:
            self.quarantine(*chunk.docs[0], reason, detail, w.killed_cpu)
        else:  # lost while parsing a batch: parse each document alone to find the one
            log.warning(
                "extract: worker %d lost a chunk of %d documents while parsing (%s); "
                "parsing them one by one",
                w.number,
                len(chunk.docs),
                detail.replace("{budget}", "the chunk's budget"),
            )
            for item in reversed(chunk.docs):
                self.pending.appendleft(_Chunk(chunk.id, [item], isolated=True))

    def quarantine(
        self, seq: int, doc: Document, reason: str, detail: str, cpu_s: float = 0.0
    ) -> None:
        detail = detail.replace("{budget}", self.options.budget.describe(len(doc.text)))
        detail += "; worker replaced"
        log.warning("extract: document %s quarantined (%s): %s", doc.key, reason, detail)
        self.finish(seq, Outcome(doc, failure=Failure(reason, detail), cpu_s=cpu_s))

    def close(self) -> None:
        """Stop every worker and the zygote; kill what does not stop."""
        for w in self.workers:
            if w.ready and w.chunk is None:
                with contextlib.suppress(OSError):
                    w.conn.send(("stop",))
            else:
                w.kill()
        for w in self.workers:
            w.close()
        self.workers.clear()
        if self.zygote is not None:
            self.zygote.close()
            self.zygote = None
