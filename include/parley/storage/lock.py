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

``with run_lock(settings, "news_daily 2026-11-27"):`` is the lock of one DAG run Parley starts
itself (``make run``/``weekly``, ``parley backfill``: ``airflow dags test``), a file of its own per
run (``<data>/.parley-run-news_daily-2026-11-27.lock``, so the stages' lock above stays free for
the tasks inside) and the same file in the Airflow home, both removed when the run ends. Two ``airflow dags test`` of one DAG and
date share their run in Airflow's database: the second crashed inside Airflow ("Task Instance not
found", an sqlite ``IntegrityError``), also from another data dir with the same ``AIRFLOW_HOME``,
and on one data dir both wrote one log (also with two Airflow homes). The second now stops before
Airflow starts, at once, with :class:`RunInProgress`, naming the one running and where. ``python -m parley.storage.lock WHAT LOG CMD...`` runs ``CMD`` under it
(the Makefile's way).
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
from pathlib import Path

from parley.settings import Settings, get_settings

log = logging.getLogger(__name__)

LOCK_FILE = ".parley.lock"
_held = threading.local()


class DataDirBusy(RuntimeError):
    """Another run holds the data dir's lock for longer than this run will wait."""


class RunInProgress(RuntimeError):
    """Another process is running the same DAG run (same DAG, same date) on this data dir."""

    EXIT_STATUS = 75  # EX_TEMPFAIL: what ``python -m parley.storage.lock`` exits with


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
            _write_holder(fd, what)
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


def airflow_home() -> Path:
    """The Airflow home ``airflow`` commands started from here use: ``AIRFLOW_HOME``, else
    Airflow's own default ``~/airflow``; absolute."""
    return Path(os.environ.get("AIRFLOW_HOME") or Path.home() / "airflow").expanduser().resolve()


@contextlib.contextmanager
def run_lock(
    settings: Settings | None = None, what: str = "", home: Path | str | None = None
) -> Iterator[None]:
    """Hold the lock of the DAG run ``what`` (``"<dag_id> <YYYY-MM-DD>"``) for the block, in both
    places two runs of it collide: the data dir (its data and its log,
    ``<data>/.parley-run-<dag_id>-<date>.lock``) and the Airflow home ``home`` (default
    :func:`airflow_home`), whose metadata database holds one run of a DAG and date (two
    ``airflow dags test`` of it from two data dirs crashed there: "Task Instance not found", an
    sqlite ``IntegrityError``; ``<home>/.parley-run-<dag_id>-<date>.lock``). Each is an exclusive
    ``flock`` with its holder (pid, host, what, since, data dir) written into it, and the file is
    removed when the block ends (a holder killed first leaves it; the next run of that DAG and
    date takes it over and removes it). Never waits:
    raises :class:`RunInProgress` (one line: "another run of news_daily 2026-11-27 is in
    progress (pid ...) on <data dir>", or "... in the Airflow home <home> ...: use another
    AIRFLOW_HOME") when another process holds either. Not re-entrant. Yields the locks' file
    descriptors: a command started under the lock gets them (``subprocess``'s ``pass_fds``) and
    so holds the lock as long as it runs, also when whoever started it is killed first (``kill``
    of ``make``'s ``python -m parley.storage.lock`` left ``airflow dags test`` running, unlocked,
    and a second run collided with it); :func:`run_holding` runs one so."""
    s = settings or get_settings()
    home = Path(home).expanduser().resolve() if home is not None else airflow_home()
    name = f".parley-run-{'-'.join(what.split())}.lock"
    data = s.data_dir.resolve()
    data.mkdir(parents=True, exist_ok=True)
    home.mkdir(parents=True, exist_ok=True)
    where = {  # one lock when both are one folder
        data / name: f"on {s.data_dir}; wait for it to finish",
        home / name: (
            f"in the Airflow home {home}, whose database holds one run of a DAG and date; wait "
            "for it to finish or give this run its own AIRFLOW_HOME"
        ),
    }
    fds = []
    with contextlib.ExitStack() as held:
        for path, said in where.items():
            fd = _lock_run_file(path)
            if fd is None:
                raise RunInProgress(
                    f"another run of {what} is in progress ({_holder(path)}) {said} (the lock is "
                    "free once that run and its command have ended, killed or not)"
                )
            held.callback(os.close, fd)
            held.callback(fcntl.flock, fd, fcntl.LOCK_UN)
            held.callback(_remove_run_file, path, fd)  # before the unlock: see _lock_run_file
            _write_holder(fd, what, data_dir=str(s.data_dir))
            fds.append(fd)
        yield tuple(fds)


def _lock_run_file(path: Path) -> int | None:
    """An open descriptor of ``path`` holding its exclusive ``flock``, or None when another
    process holds it. A holder removes its file on release, still holding the lock
    (:func:`_remove_run_file`), so the run-lock files do not pile up, one per DAG and date. A
    process that opened the file just before its removal then gets the lock of a file no longer
    there, while the next run creates and locks a new one: two holders. So the lock counts only
    while ``path`` still names the locked file (same device and inode); otherwise open it again."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        if _names(path, fd):
            return fd
        os.close(fd)  # removed (or replaced) under us: its holder has gone; try the new one


def _names(path: Path, fd: int) -> bool:
    """Whether ``path`` is the file open as ``fd`` (same device and inode)."""
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)


def _remove_run_file(path: Path, fd: int) -> None:
    """Remove the run-lock file ``path`` held as ``fd``, only while it is still that file (a file
    someone replaced by hand is left to its holder). A holder killed before it releases leaves
    its file behind; the next run of that DAG and date takes it over and removes it."""
    if _names(path, fd):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def run_holding(fds: tuple[int, ...], command: list[str], out) -> int:
    """Run ``command`` (stdout and stderr to the open file ``out``) holding the locks ``fds`` of
    :func:`run_lock` with it (``pass_fds``): the lock stays taken while the command runs, also
    when this process is killed first. Its pid is added to the holder the lock files name
    (a second run names it: "its command pid N"). Returns the command's exit status (negative:
    killed by that signal); on an exception here (Ctrl-C) the command is killed and waited for
    first, as :func:`subprocess.run` does, so the lock is never released under it."""
    import subprocess

    with subprocess.Popen(command, stdout=out, stderr=out, pass_fds=fds) as child:
        try:
            for fd in fds:
                try:
                    info = json.loads(os.pread(fd, 4096, 0).decode() or "{}")
                except (OSError, ValueError):
                    info = {}
                info["command_pid"] = child.pid
                os.ftruncate(fd, 0)
                os.pwrite(fd, json.dumps(info).encode(), 0)
            return child.wait()
        except BaseException:
            child.kill()
            raise


def _write_holder(fd: int, what: str, **more: str) -> None:
    holder = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "what": what,
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
        **more,
    }
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(holder).encode(), 0)


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
    said = f"pid {info.get('pid')} on {info.get('host')}, {info.get('what') or '?'}, since {info.get('since')}"
    if info.get("command_pid"):
        said += f", its command pid {info['command_pid']}"
    return f"{said}, data dir {info['data_dir']}" if info.get("data_dir") else said


def main(argv: list[str] | None = None) -> int:
    """``python -m parley.storage.lock WHAT LOG CMD [ARG...]``: under :func:`run_lock` of
    ``WHAT`` (``"news_daily 2026-11-27"``), run ``CMD`` with its stdout and stderr written to the
    file ``LOG`` (opened only once the lock is held, so a second run never truncates the first
    one's log) and exit with its status (128 + N when signal N killed it). When the run is in
    progress elsewhere, print the one-line reason to stdout and exit
    :attr:`RunInProgress.EXIT_STATUS` (75) without starting ``CMD``. A ``CMD`` that cannot be
    started (no such file, not executable) is named in ``LOG`` and on stderr, exit 127 / 126 as
    a shell's; fewer than three arguments: the usage line, exit 2."""
    import sys

    args = argv if argv is not None else sys.argv[1:]
    if len(args) < 3:
        print("usage: python -m parley.storage.lock WHAT LOG CMD [ARG...]", file=sys.stderr)
        return 2
    what, log_path, *command = args
    try:
        with run_lock(get_settings(), what) as fds, open(log_path, "w", encoding="utf-8") as fh:
            try:
                status = run_holding(fds, command, fh)
            except OSError as err:  # the shell's 127 (not found) and 126 (cannot execute)
                said = f"{what}: error: cannot start {command[0]}: {err.strerror}"
                print(said, file=fh)
                print(said, file=sys.stderr)
                return 127 if isinstance(err, FileNotFoundError) else 126
    except RunInProgress as busy:
        print(busy, flush=True)
        return RunInProgress.EXIT_STATUS
    return 128 - status if status < 0 else status  # killed by signal N: 128 + N, as a shell says


if __name__ == "__main__":
    raise SystemExit(main())
