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


def _bar(what: str, total: int | None):
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        """Items per second, from rich's smoothed speed."""

        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("–/s" if speed is None else f"{speed:,.1f}/s", style="progress.data.speed")

    columns: list = [TextColumn("[progress.description]{task.description}")]
    if total is not None:
        columns.append(BarColumn())
    columns += [MofNCompleteColumn() if total is not None else TextColumn("{task.completed:,}")]
    columns += [Rate(), TimeElapsedColumn()]
    if total is not None:
        columns += [TextColumn("ETA"), TimeRemainingColumn()]
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
