"""Named crash points, for the crash-safety tests: ``PARLEY_CRASH_AT=<point>`` makes the process
kill itself with SIGKILL (what ``kill -9`` does: no ``finally``, no atexit, no flush) the first time
it reaches ``<point>``. Unset (always, outside tests) it costs one environment lookup.

Points: ``ingest:staged``, ``extract:staged``, ``validate:recorded``, ``publish:table-written``,
``publish:tables-written``, ``publish:manifest-written``, ``warehouse:built`` (the new file complete,
before the rename), ``warehouse:swapped``, ``publish:cleaned`` — the moments where a kill leaves
different things on disk.
"""

from __future__ import annotations

import os
import signal


def point(name: str) -> None:
    """SIGKILL this process if ``PARLEY_CRASH_AT`` names ``name``."""
    if os.environ.get("PARLEY_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
