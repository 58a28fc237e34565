"""The processes behind :mod:`parley.extract.runner`: one *zygote* and the workers it forks.

``python -m parley.extract.worker CONFIG_JSON`` starts the zygote: it loads the spaCy model, the
word lists and the rule and actor tables once, extracts one warm-up document (so lazy first-use work
never counts against a document's budget), says ``ready``, and then forks a worker whenever the
runner asks, handing it the socket the runner sent along. A fork starts in milliseconds with the
model already in memory (shared copy-on-write between the workers), so replacing a worker that
crashed costs nothing worth measuring. The zygote reaps its children and reports each exit status.
It is single-threaded when it forks (the BLAS thread pools are pinned to one thread before numpy
loads), which is what makes forking safe.

Protocols (pickled tuples over :class:`multiprocessing.connection.Connection` sockets):

* runner → zygote: ``("fork", number, fault_log)`` followed by the worker's socket (SCM_RIGHTS);
  ``("stop",)``. zygote → runner: ``("ready", pid, model_label)``, ``("fatal", message)``,
  ``("forked", number, pid)``, ``("exited", pid, exit_code)`` (negative: killed by that signal).
* runner → worker: ``("chunk", chunk_id, [(seq, key, text, when, meta), ...])``, ``("stop",)``.
  worker → runner: ``("ready", pid, model_label, cpu)``, ``("parsed", chunk_id, cpu)``,
  ``("doc", seq, payload, cpu)``, ``("recycle", cpu)`` (exits after a chunk once its memory or
  its document count says a fresh fork is due). ``cpu`` is the worker's ``time.process_time()``:
  the runner measures each document's budget from it.

A worker parses its chunk (:func:`parley.extract.model.parse`), says ``parsed``, then per document
runs :func:`parley.extract.annotate_doc` and sends the rows as Arrow IPC bytes per table. A native
crash prints the Python stack to the worker's fault log (``faulthandler``), which the runner reads
to say where it happened. On Linux every process here dies with its parent
(``PR_SET_PDEATHSIG``): killing the task never leaves a worker behind.

``faults`` in the config (``PARLEY_FAULT_INJECTION``, tests only) makes a worker misbehave on
documents containing a marker: ``segfault``, ``abort``, ``exit``, ``raise``, ``spin`` (a native
CPU loop), ``sleep`` (a hang without CPU), ``memory`` (allocates until killed), during the rules;
prefixed ``parse-``, while its chunk is parsed.
"""

from __future__ import annotations

import faulthandler
import gc
import json
import os
import signal
import socket
import sys
import time
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from parley import schema

FAULT_KINDS = ("segfault", "abort", "exit", "raise", "spin", "sleep", "memory")


def to_ipc(table: pa.Table) -> bytes:
    """An Arrow table as IPC stream bytes (schema and batches)."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def from_ipc(data: bytes) -> pa.Table:
    """The Arrow table of :func:`to_ipc` bytes."""
    return pa.ipc.open_stream(pa.py_buffer(data)).read_all()


def parse_faults(spec: str) -> list[tuple[str, str, str]]:
    """``"segfault:MARK,parse-spin:OTHER"`` → ``[("rules", "segfault", "MARK"), ("parse", "spin",
    "OTHER")]``. Raises ``ValueError`` on an unknown kind or an empty marker."""
    out = []
    for item in filter(None, (s.strip() for s in spec.split(","))):
        kind, _, marker = item.partition(":")
        phase = "parse" if kind.startswith("parse-") else "rules"
        kind = kind.removeprefix("parse-")
        if kind not in FAULT_KINDS or not marker:
            raise ValueError(
                f"PARLEY_FAULT_INJECTION item {item!r}: expected KIND:MARKER, KIND in {FAULT_KINDS}"
            )
        out.append((phase, kind, marker))
    return out


def _misbehave(kind: str) -> None:
    """Fail the way ``kind`` says (the runner's isolation tests)."""
    if kind == "segfault":
        import ctypes

        ctypes.string_at(0)  # reads address 0: SIGSEGV inside C
    elif kind == "abort":
        os.abort()
    elif kind == "exit":
        os._exit(3)
    elif kind == "raise":
        raise RuntimeError("injected fault")
    elif kind == "spin":
        import re

        re.match(r"(a+)+$", "a" * 64 + "b")  # catastrophic backtracking inside C: for ages
    elif kind == "sleep":
        time.sleep(3600)
    elif kind == "memory":
        hog = []
        while True:  # ~320 MB/s: the runner's 0.25 s watch overshoots by < 100 MB
            hog.append(b"x" * (32 << 20))
            time.sleep(0.1)


def _strike(faults: list[tuple[str, str, str]], phase: str, texts: list[str]) -> None:
    for when, kind, marker in faults:
        if when == phase and any(marker in t for t in texts):
            _misbehave(kind)


def _die_with_parent(parent_pid: int) -> None:
    """Ask Linux to kill this process when its parent dies; exit now if it already has."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:
        os._exit(0)


@dataclass
class Loaded:
    """What the zygote loads once and every forked worker inherits."""

    nlp: Any
    label: str
    config: dict
    faults: list[tuple[str, str, str]]


WARM_UP = 'The minister said on Monday: "We will talk to Russia."'


def load(config: dict) -> Loaded:
    """The model, word lists and tables, warmed up on one document (:data:`WARM_UP`) through
    all of :func:`extract_one`: the rules, the rows and their Arrow IPC bytes. What the first
    document loads lazily (``pyarrow`` imports pandas the first time it builds a table: ~0.3
    CPU-s) is then loaded once here, in the zygote, not again in every forked worker; so is the
    class of invisible characters (:func:`parley.characters.warm_up`), whatever the warm-up
    document holds."""
    from parley import characters
    from parley.extract import actors, lexicon, model

    faults = parse_faults(config.get("faults") or "")
    nlp = model.load(config["model"])
    lexicon.load_all()
    actors.load_tables()  # the tables and the company library: once, in the zygote
    characters.warm_up()
    loaded = Loaded(nlp, model.model_label(nlp), config, [])
    warm = model.parse(nlp, [WARM_UP])[0]
    extract_one(loaded, warm, "warm-up", WARM_UP, None)
    loaded.faults = faults
    return loaded


def extract_one(
    loaded: Loaded, doc: Any, key: str, text: str, when: Any, meta: Any = None
) -> dict[str, Any]:
    """One parsed document → ``{"error", "warnings", "tables"}``; ``meta`` its
    :class:`~parley.extract.meta.ArticleMeta` (or None). A Python exception anywhere (a rule, a
    row the schema refuses) is that document's ``error``, never the worker's end."""
    from parley.extract import annotate_doc
    from parley.extract.rows import document_rows

    cfg = loaded.config
    try:
        _strike(loaded.faults, "rules", [text])
        ann = annotate_doc(doc, key, when, cfg["with_entities"], cfg["with_statements"], meta)
        if ann.error is not None:
            return {"error": ann.error, "warnings": ann.warnings}
        rows = document_rows(
            key, ann.quotes, ann.statements, ann.entities, ann.quote_speaker_countries, loaded.label
        )
        tables = {t: to_ipc(schema.to_arrow(t, rows[t])) for t in rows}
        return {"error": None, "warnings": ann.warnings, "tables": tables}
    except Exception as err:
        return {"error": f"{type(err).__name__}: {err}", "warnings": []}


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def serve(conn: Any, loaded: Loaded) -> int:
    """A worker's life: say ready, serve chunks until ``stop``, EOF or recycling."""
    from parley.extract import model

    cfg = loaded.config
    conn.send(("ready", os.getpid(), loaded.label, time.process_time()))
    done = 0
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return 0
        if msg[0] == "stop":
            return 0
        _, chunk_id, items = msg
        texts = [text for _, _, text, _, _ in items]
        _strike(loaded.faults, "parse", texts)
        docs = model.parse(loaded.nlp, texts, batch_size=max(1, len(texts)))
        conn.send(("parsed", chunk_id, time.process_time()))
        for (seq, key, text, when, meta), doc in zip(items, docs, strict=True):
            started = time.process_time()
            payload = extract_one(loaded, doc, key, text, when, meta)
            payload["rules_cpu"] = time.process_time() - started
            conn.send(("doc", seq, payload, time.process_time()))
        del docs
        done += len(items)
        if done >= cfg["recycle_docs"] or _rss_mb() > cfg["recycle_rss_mb"]:
            conn.send(("recycle", time.process_time()))
            return 0


def _reap(control: Any) -> None:
    """Report every child that has exited (``("exited", pid, code)``)."""
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        control.send(("exited", pid, os.waitstatus_to_exitcode(status)))


def _reap_all() -> None:
    """Wait for every remaining worker (the runner has told them to stop or killed them), so
    none outlives the zygote as an orphan and their CPU time is accounted to this process tree
    (``wait4``/``getrusage(RUSAGE_CHILDREN)`` of whoever waits for the zygote). A worker that does
    not stop is killed with the zygote (the runner kills it after a grace period; the workers die
    with it: ``PR_SET_PDEATHSIG``)."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return
        except InterruptedError:
            continue


def zygote(config: dict) -> int:
    """Load once, then fork a worker per request until ``stop`` or the runner goes away."""
    from multiprocessing.connection import Connection, wait

    sock = socket.socket(fileno=config["fd"])
    control = Connection(os.dup(config["fd"]))
    try:
        loaded = load(config)
    except Exception as err:  # a broken install: the runner fails the task, once, with this
        control.send(("fatal", f"{type(err).__name__}: {err}"))
        return 1
    if loaded.faults:
        print(
            f"parley extract zygote {os.getpid()}: FAULT INJECTION {loaded.faults}", file=sys.stderr
        )
    # what the model and tables allocated lives as long as the workers: out of the collector's
    # sight (no scans of it in every worker, fewer copy-on-write pages after the fork)
    gc.freeze()
    control.send(("ready", os.getpid(), loaded.label))
    me = os.getpid()
    while True:
        ready = wait([control], timeout=0.2)
        _reap(control)
        if not ready:
            continue
        try:
            msg = control.recv()
        except EOFError:  # the runner is gone: exit now, the workers die with us
            return 0
        if msg[0] == "stop":
            _reap_all()
            return 0
        _, number, fault_log = msg
        _, fds, _, _ = socket.recv_fds(sock, 1, 1)
        pid = os.fork()
        if pid == 0:  # the worker
            code = 1
            try:
                control.close()
                sock.close()
                _die_with_parent(me)
                faulthandler.enable(file=open(fault_log, "w", encoding="utf-8"))  # noqa: SIM115
                code = serve(Connection(fds[0]), loaded)
            finally:
                os._exit(code)
        os.close(fds[0])
        control.send(("forked", number, pid))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    config = json.loads(argv[0])
    _die_with_parent(config["parent_pid"])
    faulthandler.enable()  # a crash while loading shows on stderr
    return zygote(config)


if __name__ == "__main__":
    sys.exit(main())
