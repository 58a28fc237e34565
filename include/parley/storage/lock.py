"""The data-dir lock: one writer at a time on a data dir, and a clear message for the second.

``with data_dir_lock(settings, "publish 2025-02-25"):`` takes an exclusive ``flock`` on
``<data>/.parley.lock`` (``shared=True``: a shared one, for extraction shards, which only add their
own parts). Ingest, validate and publish hold it exclusively for the whole task, so a second run on
the same data dir waits for them — and after ``PARLEY_LOCK_TIMEOUT`` seconds (default 600) stops
with :class:`DataDirBusy`, naming who holds it (pid, host, what, since: written into the lock file
by each exclusive holder). The kernel releases the lock when its process dies, ``kill -9``
included: no stale lock files to clean up. The lock covers one host; runs on several hosts share
the lake's manifests instead (see :mod:`parley.storage.manifest`), and Airflow's
``max_active_runs=1`` keeps news_daily runs apart.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

from parley.settings import Settings, get_settings

log = logging.getLogger(__name__)

LOCK_FILE = ".parley.lock"
_held = threading.local()


class DataDirBusy(RuntimeError):
    """Another run holds the data dir's lock for longer than this run will wait."""


@contextlib.contextmanager
def data_dir_lock(
    settings: Settings | None = None,
    what: str = "",
    shared: bool = False,
    timeout: float | None = None,
) -> Iterator[None]:
    """Hold the data dir's lock for the block (re-entrant within a thread: an inner call while
    the lock is held is a no-op). Raises :class:`DataDirBusy` after ``timeout`` seconds
    (default ``PARLEY_LOCK_TIMEOUT``, :attr:`Settings.lock_timeout`)."""
    s = settings or get_settings()
    key = str(s.data_dir)
    depth = getattr(_held, key, 0)
    if depth:
        setattr(_held, key, depth + 1)
        try:
            yield
        finally:
            setattr(_held, key, depth)
        return
    s.data_dir.mkdir(parents=True, exist_ok=True)
    path = s.data_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, path, what, shared, s.lock_timeout if timeout is None else timeout)
        if not shared:
            holder = {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "what": what,
                "since": datetime.now(UTC).isoformat(timespec="seconds"),
            }
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(holder).encode(), 0)
        setattr(_held, key, 1)
        try:
            yield
        finally:
            setattr(_held, key, 0)
            if not shared:
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, path, what: str, shared: bool, timeout: float) -> None:
    mode = (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB
    deadline = time.monotonic() + timeout
    told = False
    while True:
        try:
            fcntl.flock(fd, mode)
            return
        except BlockingIOError:
            holder = _holder(path)
            if time.monotonic() >= deadline:
                raise DataDirBusy(
                    f"{path.parent} is in use by another Parley run ({holder}); {what or 'this run'} "
                    f"waited {timeout:.0f}s and stops. Wait for that run to finish (or raise "
                    "PARLEY_LOCK_TIMEOUT); a killed run releases the lock by itself."
                ) from None
            if not told:
                log.warning("waiting for the data dir lock on %s, held by %s", path.parent, holder)
                told = True
            time.sleep(0.2)


def _holder(path) -> str:
    try:
        info = json.loads(path.read_text() or "{}")
    except (OSError, ValueError):
        info = {}
    if not info:
        return "extraction shards (shared)"
    return f"pid {info.get('pid')} on {info.get('host')}, {info.get('what') or '?'}, since {info.get('since')}"
