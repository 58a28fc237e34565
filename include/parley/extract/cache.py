"""Content-addressed reuse of extraction results: work done for an article's content under the
same pipeline is not done again (a re-run of a date, a retried task).

**Key** of a document: SHA-256 of the :func:`pipeline_version`, the document's key (the article_id,
from which every row id derives), the SHA-256 of its exact text and the date that bounds its actor
roles — everything that shapes its rows.

**Pipeline version**: SHA-256 over every file of the installed ``parley`` package (code, rules, word
lists, actor tables), the spaCy model's name, version, ``meta.json`` and ``config.cfg``, and the
versions of spaCy, thinc, numpy and Python. Any change to the package invalidates the cache: a
deploy costs one full extraction, never a stale row.

**Store**: one SQLite file per shard of a run, ``<data>/cache/extract/dt=YYYY-MM-DD/
shard-<i>-of-<n>.sqlite``, rows ``(key, meta JSON, entities, quotes, statements)`` where the blobs are
the worker's Arrow IPC bytes (typed; nothing is unpickled from disk). A run writes a new file
beside the old one and renames it into place when the task commits (:meth:`ResultCache.commit`),
so a killed run leaves no half-written cache (its temp file is removed by the next run). Lookups
read every file of the date, so a re-run with another shard count still finds its results; the
cost of a lookup does not grow with the lake. The most recent ``keep_days`` dates are kept (by
date, never the clock).

A quarantined document is cached too, so a re-run reproduces the partition exactly, but a cached
timeout, crash or memory overrun counts only under the same budget, memory limit and fault
injection (:meth:`parley.extract.runner.RunnerOptions.signature`): raise the budget and the
document is tried again.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import platform
import shutil
import sqlite3
import uuid
from pathlib import Path

from parley.extract.runner import ERROR, Document, Failure, Outcome
from parley.extract.worker import from_ipc

log = logging.getLogger(__name__)

TABLES = ("entities", "quotes", "statements")
_SCHEMA = (
    "create table results (key text primary key, meta text not null, "
    + ", ".join(f"{t} blob" for t in TABLES)
    + ")"
)


def _version_of(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def _model_files(model: str) -> list[Path]:
    """``meta.json`` and ``config.cfg`` of an installed model package (or a model directory)."""
    path = Path(model)
    if not path.is_dir():
        spec = importlib.util.find_spec(model)
        locations = list(spec.submodule_search_locations or []) if spec else []
        path = Path(locations[0]) if locations else path
    if not path.is_dir():
        return []
    return sorted(p for p in path.rglob("*") if p.name in ("meta.json", "config.cfg"))


def tree_version(root: Path) -> str:
    """SHA-256 over the relative paths and bytes of every file under ``root`` (bytecode aside)."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


@functools.cache
def pipeline_version(model: str) -> str:
    """A 16-hex-digit fingerprint of everything that shapes extraction output (see the module
    docstring). Computed without importing spaCy."""
    import parley

    h = hashlib.sha256(tree_version(Path(parley.__file__).resolve().parent).encode())
    h.update(model.encode())
    for path in _model_files(model):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    for dist in ("spacy", "thinc", "numpy", model):
        h.update(f"{dist}={_version_of(dist)}".encode())
    h.update(platform.python_version().encode())
    return h.hexdigest()[:16]


def document_key(version: str, doc: Document) -> str:
    text_hash = hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
    when = "" if doc.when is None else str(doc.when)
    meta = doc.meta.key() if doc.meta is not None else ""
    return hashlib.sha256(
        "\x1f".join((version, doc.key, text_hash, when, meta)).encode()
    ).hexdigest()


class ResultCache:
    """The extraction results of one date, for one shard of a run (see the module docstring).
    ``signature``: what, besides the pipeline, decides that a document fails (budget, memory
    limit, fault injection). Use as a context manager; :meth:`commit` makes this run's results the
    cache of its shard, leaving without it discards them."""

    def __init__(
        self, root: Path, ds: str, shard: int, n_shards: int, version: str, signature: str
    ) -> None:
        self.dir = root / f"dt={ds}"
        self.version, self.signature = version, signature
        self.final = self.dir / f"shard-{shard}-of-{n_shards}.sqlite"
        self.tmp = self.dir / f".{self.final.name}.{uuid.uuid4().hex[:8]}.tmp"
        self.readers: list[sqlite3.Connection] = []
        self.writer: sqlite3.Connection | None = None
        self._held: int | None = None  # the tmp file's descriptor, flock'ed while we write it
        self.hits = self.misses = 0
        self._unsaved = 0

    def __enter__(self) -> ResultCache:
        self.dir.mkdir(parents=True, exist_ok=True)
        leftovers = [*self.dir.glob(f".{self.final.name}.*.tmp"), *self.dir.glob(".creating-*")]
        for stale in leftovers:  # a killed run's leftovers
            if not _in_use(stale):  # not another run's of the same date, still extracting
                stale.unlink(missing_ok=True)
        for path in sorted(self.dir.glob("shard-*.sqlite")):
            try:
                con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
                con.execute("select count(*) from results").fetchone()
                self.readers.append(con)
            except sqlite3.DatabaseError as err:
                log.warning("extract cache: ignoring unreadable %s (%s)", path, err)
        # created under a name the leftover sweep does not match, locked, then renamed into place:
        # another run's sweep never sees this file unlocked (the lock stays with the inode)
        creating = self.dir / f".creating-{uuid.uuid4().hex}"
        self._held = os.open(creating, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        fcntl.flock(self._held, fcntl.LOCK_EX)  # in use until closed (or the process dies)
        os.replace(creating, self.tmp)
        self.writer = sqlite3.connect(self.tmp)
        self.writer.execute("pragma journal_mode = off")
        self.writer.execute("pragma synchronous = off")
        self.writer.execute(_SCHEMA)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, doc: Document) -> Outcome | None:
        """The cached outcome of ``doc`` (also kept for this run's file), or ``None``."""
        key = document_key(self.version, doc)
        for con in self.readers:
            row = con.execute(
                f"select meta, {', '.join(TABLES)} from results where key = ?", (key,)
            ).fetchone()
            if row is None:
                continue
            meta = json.loads(row[0])
            if meta.get("reason") not in (None, ERROR) and meta.get("signature") != self.signature:
                continue  # a timeout/crash/memory verdict under other limits: try again
            blobs = {t: b for t, b in zip(TABLES, row[1:], strict=True) if b is not None}
            out = Outcome(
                doc,
                tables={t: from_ipc(b) for t, b in blobs.items()},
                blobs=blobs,
                failure=Failure(meta["reason"], meta["detail"]) if meta.get("reason") else None,
                warnings=meta.get("warnings", []),
                cached=True,
            )
            self._save(key, meta, blobs)
            self.hits += 1
            return out
        self.misses += 1
        return None

    def put(self, outcome: Outcome) -> None:
        """Keep a freshly extracted outcome in this run's file."""
        meta = {
            "reason": outcome.failure.reason if outcome.failure else None,
            "detail": outcome.failure.detail if outcome.failure else None,
            "warnings": outcome.warnings,
            "cpu_s": round(outcome.cpu_s, 4),
            "signature": self.signature,
        }
        self._save(document_key(self.version, outcome.document), meta, outcome.blobs)

    def _save(self, key: str, meta: dict, blobs: dict[str, bytes]) -> None:
        assert self.writer is not None
        self.writer.execute(
            f"insert or replace into results values (?, ?, {', '.join('?' for _ in TABLES)})",
            (key, json.dumps(meta), *(blobs.get(t) for t in TABLES)),
        )
        self._unsaved += 1
        if self._unsaved >= 500:
            self.writer.commit()
            self._unsaved = 0

    def commit(self) -> None:
        """Make this run's results the cache of its shard (atomic rename)."""
        assert self.writer is not None
        self.writer.commit()
        self.writer.close()
        self.writer = None
        os.replace(self.tmp, self.final)

    def close(self) -> None:
        for con in self.readers:
            con.close()
        self.readers.clear()
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        self.tmp.unlink(missing_ok=True)
        if self._held is not None:
            os.close(self._held)
            self._held = None


def _in_use(path: Path) -> bool:
    """Whether another process still writes this cache file (it holds an exclusive ``flock`` on
    it; a killed process's lock is gone with it). Two runs of one date may extract at the same
    time (extraction holds the data dir's lock shared): neither may delete the other's file."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return True  # gone already
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def prune(root: Path, keep_days: int, current: str) -> list[str]:
    """Remove cached dates beyond the ``keep_days`` most recent ones (by date; ``current`` is
    always kept). Returns the removed dates."""
    dates = sorted((p.name[3:] for p in root.glob("dt=*") if p.is_dir()), reverse=True)
    keep = set(dates[:keep_days]) | {current}
    removed = [d for d in dates if d not in keep]
    for d in removed:
        shutil.rmtree(root / f"dt={d}", ignore_errors=True)
    return removed
