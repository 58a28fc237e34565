"""The Makefile's environment for the commands it runs (``make run``, ``make bench`` ...)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize("outside", ["1", "", None])  # exported by the shell, empty, absent
def test_python_writes_its_bytecode_whatever_the_shell_exports(tmp_path, outside):
    """A DAG run after the first imports the package's bytecode instead of compiling it again
    (~0.4 CPU-s of a day with nothing new): the Makefile's recipes never see
    ``PYTHONDONTWRITEBYTECODE``, even when the calling shell exports it."""
    probe = tmp_path / "probe.mk"
    probe.write_text(
        f'include {REPO / "Makefile"}\nprobe:\n\t@echo "[$${{PYTHONDONTWRITEBYTECODE-unset}}]"\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if outside is not None:
        env["PYTHONDONTWRITEBYTECODE"] = outside
    out = subprocess.run(
        ["make", "--no-print-directory", "-f", str(probe), "probe"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip().splitlines()[-1] == "[unset]"
