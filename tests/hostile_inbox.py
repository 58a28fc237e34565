"""The hostile inbox the folder-source tests read: the reliability cases of
``../shared/cases/reliability`` (made at run time by its ``make_cases.py``; never copied into the
repository), optionally with generated variants of every kind beside them (``generated/``, from
:mod:`tools.fuzz_inputs` with a fixed seed), and what each case must become.

Used by ``tests/unit/ingest/test_folder.py`` (the folder reader alone) and
``tests/e2e/test_every_input_accounted.py`` (the whole DAG), so both hold the inbox to the same
expectations.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from tools import fuzz_inputs

# locator -> reject reason, for every case that must be refused
CASE_REJECTS = {
    "bigint_date.json": "limit-exceeded",
    "dangling_link.txt": "dangling-link",
    "empty.jsonl": "empty",
    "empty_list.json": "empty",
    "link_outside_inbox.txt": "outside-source-folder",
    "nested_2000.json": "limit-exceeded",
    "nested_obj_5000.jsonl#L1": "limit-exceeded",
    "text_is_list.jsonl#t2": "schema-invalid",
    "text_is_number.json": "schema-invalid",
    "top_level_list.json#0": "schema-invalid",
    "top_level_list.json#1": "schema-invalid",
    "top_level_list.json#2": "schema-invalid",
    "whitespace_only.jsonl": "empty",
}
# the locators of the cases that must become articles
CASE_ARTICLES = [
    "caf\\xe9_latin1_name.txt",  # the name made valid UTF-8, still distinct
    "good.json",
    "lone_surrogate.json",
    "u2028_inside_string.jsonl#t5",  # one record, not two malformed halves
]
GOOD_TITLE = "Envoy says talks will resume"  # good.json's title
# what link_outside_inbox.txt points to: its text must never appear in a row
OUTSIDE_FILE = Path("/etc/hostname")


def build(
    shared_dir: Path, root: Path, variants: int = 0, seed: int = 1603
) -> tuple[Path, list[fuzz_inputs.Expect]]:
    """Make the reliability inbox under ``root`` (``root/rel/inbox``) and, when ``variants`` > 0,
    that many generated inputs (``fuzz_inputs.file_input`` with ``seed``) in its ``generated/``
    folder. Returns the inbox and what each generated entry must give (locators relative to
    ``generated/``). Raises ``CalledProcessError`` when ``make_cases.py`` fails."""
    out = root / "rel"
    subprocess.run(
        [sys.executable, str(shared_dir / "cases" / "reliability" / "make_cases.py"), str(out)],
        check=True,
        capture_output=True,
    )
    inbox = out / "inbox"
    rng = random.Random(seed)
    expects: list[fuzz_inputs.Expect] = []
    for i in range(variants):
        expects += fuzz_inputs.materialize(inbox / "generated", fuzz_inputs.file_input(rng, i))
    return inbox, expects


def outside_text() -> str:
    """The stripped text of :data:`OUTSIDE_FILE`, or "" when this machine has none (nothing to
    look for then)."""
    return OUTSIDE_FILE.read_text().strip() if OUTSIDE_FILE.exists() else ""
