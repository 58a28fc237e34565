"""What ``make run`` / ``make weekly`` print when their ``airflow dags test`` fails.

``python -m tools.run_failure WHAT LOG STATUS`` prints, for the failed run ``WHAT`` (e.g.
``"news_daily 2025-03-06"``) whose output went to ``LOG`` and whose exit status was ``STATUS``:
the log's error lines (a task's exception, a quality gate's verdict), else its last lines when it
names no error, else — an empty or missing log — that the process ended before writing
anything, with what its status means (128 + N: killed by signal N; 137 is SIGKILL, what the
kernel's out-of-memory killer sends). Before, a killed run printed
"news_daily failed; last lines of …log:" followed by nothing.
"""

from __future__ import annotations

import re
import signal
import sys
from pathlib import Path

# "error:" is how a command line refuses its arguments (argparse: "airflow dags test: error:
# argument logical_date: invalid parse value: '2026-02-30'", after its usage text)
ERROR_LINES = re.compile(r"ERROR|Error|QualityGate|failed|: error:")
# a count of none is no failure: "0 failed", "0 checks failed", "no task failed", "failed=0"
_NONE_FAILED = re.compile(r"\b(?:0|no) (?:[a-z]+ )?failed\b|\bfailed\s*[=:]\s*0\b", re.I)
SHOWN = 30  # lines of the log shown


def error_lines(lines: list[str]) -> list[str]:
    """The lines of ``lines`` that report a failure (:data:`ERROR_LINES`), in order; a line that
    holds "failed" only in a count of none ("238 checks run, 0 failed", "failed=0") is not one."""
    return [line for line in lines if ERROR_LINES.search(_NONE_FAILED.sub("", line))]


def status_meaning(status: int) -> str:
    """``status`` in words: ``137`` → "killed by SIGKILL (signal 9; the out-of-memory killer
    sends it)"; a status above 128 is the shell's 128 + signal number; others as they are."""
    if status > 128:
        number = status - 128
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        why = "; the out-of-memory killer sends it" if number == signal.SIGKILL else ""
        return f"killed by {name} (signal {number}{why})"
    return f"exit status {status}"


def failure_report(what: str, log: Path, status: int) -> str:
    """The lines to print for the failed run ``what`` (e.g. ``news_daily 2025-03-06``) whose
    output is in ``log`` and whose exit status was ``status``; never empty."""
    text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
    lines = text.splitlines()
    head = f"{what} failed: {status_meaning(status)}"
    if not text.strip():
        state = "is empty" if log.is_file() else "was not written"
        return (
            f"{head}.\nIts log {log} {state}: the process ended before it wrote anything "
            "(killed, or it could not start). Run it again; if it dies again, watch its memory."
        )
    errors = error_lines(lines)
    if errors:
        return f"{head}; the log's error lines ({log}):\n" + "\n".join(errors[-SHOWN:])
    return f"{head}; the log names no error; its last lines ({log}):\n" + "\n".join(lines[-SHOWN:])


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        print("usage: python -m tools.run_failure WHAT LOG STATUS", file=sys.stderr)
        return 2
    print(failure_report(args[0], Path(args[1]), int(args[2])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
