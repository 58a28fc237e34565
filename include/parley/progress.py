"""Progress of long work on a terminal: items done, rate, elapsed time and ETA — and nothing when
nobody is watching.

Two ways in, both drawn on **stderr** by `rich.progress <https://rich.readthedocs.io>`_ only when
stderr is a terminal (so Airflow task logs, CI output and pipes stay clean, and stdout stays free
for results)::

    from parley.progress import track, progress

    for doc in track(docs, total=len(docs), what="documents"):   # wraps any iterable
        ...

    with progress(total=n_days, what="days") as advance:         # when there is no iterable
        ...
        advance()            # one done (advance(k) for k)

``PARLEY_PROGRESS`` overrides the terminal test: ``never`` (or ``0``) hides the bar everywhere,
``always`` (or ``1``) draws it even into a pipe (rich then prints only the final state).
``total=None`` shows a count and a rate without a bar or ETA.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


def enabled(stream=None) -> bool:
    """Whether a bar is drawn on ``stream`` (default stderr): ``PARLEY_PROGRESS`` if set, else
    whether the stream is a terminal."""
    setting = os.environ.get("PARLEY_PROGRESS", "").strip().lower()
    if setting in ("never", "0", "no", "off", "false"):
        return False
    if setting in ("always", "1", "yes", "on", "true"):
        return True
    stream = stream if stream is not None else sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)())


def rate(completed: float, elapsed: float | None, speed: float | None = None) -> float | None:
    """Items per second: rich's windowed ``speed`` when it has one (it needs two updates within
    its 30-second window), else the average since the start (items that take minutes each, like
    the days of a backfill). None before the first item is done."""
    if speed:
        return speed
    if completed and elapsed:
        return completed / elapsed
    return None


def format_rate(per_second: float | None) -> str:
    """``"13.0/s"`` for fast work, ``"3.2 min each"`` / ``"45 s each"`` for slow work."""
    if per_second is None:
        return "–/s"
    if per_second >= 1:
        return f"{per_second:,.1f}/s"
    each = 1 / per_second
    return f"{each / 60:,.1f} min each" if each >= 90 else f"{each:,.0f} s each"


def _bar(what: str, total: int | None):
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.text import Text

    def task_rate(task) -> float | None:
        return rate(task.completed, task.elapsed, task.finished_speed or task.speed)

    class Rate(ProgressColumn):
        """Items per second (or seconds per item when slow)."""

        def render(self, task) -> Text:
            return Text(format_rate(task_rate(task)), style="progress.data.speed")

    class Eta(ProgressColumn):
        """Time left at the current rate."""

        def render(self, task) -> Text:
            per_second = task_rate(task)
            if task.finished:
                left = 0.0
            elif per_second is None or task.total is None:
                return Text("ETA -:--:--", style="progress.remaining")
            else:
                left = max(task.total - task.completed, 0) / per_second
            minutes, seconds = divmod(int(left), 60)
            hours, minutes = divmod(minutes, 60)
            return Text(f"ETA {hours}:{minutes:02d}:{seconds:02d}", style="progress.remaining")

    columns: list = [TextColumn("[progress.description]{task.description}")]
    if total is not None:
        columns.append(BarColumn())
    columns += [MofNCompleteColumn() if total is not None else TextColumn("{task.completed:,}")]
    columns += [Rate(), TimeElapsedColumn()]
    if total is not None:
        columns.append(Eta())
    console = Console(file=sys.stderr, force_terminal=None)
    return Progress(*columns, console=console, transient=False)


@contextmanager
def progress(total: int | None, what: str = "items") -> Iterator[Callable[[int], None]]:
    """A bar for ``total`` items (None: unknown) labelled ``what``; yields ``advance(n=1)``.
    A no-op when :func:`enabled` is false."""
    if not enabled():
        yield lambda n=1: None
        return
    with _bar(what, total) as bar:
        task = bar.add_task(what, total=total)
        yield lambda n=1: bar.advance(task, n)


def track(items: Iterable[T], total: int | None = None, what: str = "items") -> Iterator[T]:
    """Yield ``items`` unchanged while a bar counts them; ``total`` defaults to ``len(items)`` when
    it has one. A plain pass-through when :func:`enabled` is false."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    if not enabled():
        yield from items
        return
    with progress(total, what) as advance:
        for item in items:
            yield item
            advance(1)
