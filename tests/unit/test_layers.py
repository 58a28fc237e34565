"""The layer contract (``[tool.importlinter]`` in pyproject.toml): imports point down only —
cli → pipeline → digest → quality → ingest | extract → storage → the shared core — deferred
(function-level) imports included, and no module cycles inside any package.

The second test shows the check is not vacuous: on a tiny package written here, a deferred upward
import and a cycle each break the same kind of contract, and ``lint-imports`` says where.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(config: Path, cwd: Path, pythonpath: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    return subprocess.run(
        [str(LINT), "--config", str(config), "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_parley_keeps_its_layers_and_has_no_cycles():
    out = _lint(REPO / "pyproject.toml", REPO, REPO / "include")
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "Contracts: 2 kept, 0 broken." in out.stdout


def test_a_deferred_upward_import_and_a_cycle_break_the_contract(tmp_path):
    pkg = tmp_path / "toy"
    files = {
        "__init__.py": "",
        "top.py": "from toy import low\n",
        "low/__init__.py": "",
        # an upward import hidden inside a function, like the one that made parley's old cycle
        "low/a.py": "def f():\n    from toy import top\n    return top\n",
        # a cycle between two siblings
        "low/b.py": "from toy.low import c\n",
        "low/c.py": "def g():\n    from toy.low import b\n    return b\n",
    }
    for name, text in files.items():
        (pkg / name).parent.mkdir(parents=True, exist_ok=True)
        (pkg / name).write_text(text)
    config = tmp_path / "pyproject.toml"
    config.write_text(
        textwrap.dedent(
            """
            [tool.importlinter]
            root_packages = ["toy"]

            [[tool.importlinter.contracts]]
            name = "layers"
            type = "layers"
            containers = ["toy"]
            layers = ["top", "low"]

            [[tool.importlinter.contracts]]
            name = "acyclic"
            type = "acyclic_siblings"
            ancestors = ["toy"]
            """
        )
    )
    out = _lint(config, tmp_path, tmp_path)
    assert out.returncode != 0
    assert "Contracts: 0 kept, 2 broken." in out.stdout
    assert "toy.low.a -> toy.top" in out.stdout  # the deferred upward import, named
    assert "No cycles are allowed in toy.low" in out.stdout
