"""The one loader of Parley's data files: word lists, rule tables, actor tables and learned ranges
in ``include/parley/data/<consumer>/*.csv`` (``data/README.md`` says what each file holds, where
its rows come from and which module reads it).

Every file is UTF-8 CSV with a header row; values are read as strings and each consumer parses
them into its own frozen lookups (and caches them once per process).
"""

from __future__ import annotations

import csv
from pathlib import Path

from parley.settings import PACKAGE_DATA


def data_path(name: str) -> Path:
    """The absolute path of a data file, ``name`` relative to the package's ``data/`` folder
    (``"statements/statement_types.csv"``)."""
    return PACKAGE_DATA / name


def rows(name: str | Path) -> list[dict[str, str]]:
    """The rows of a CSV data file as dicts (column name → string value), in file order.

    ``name`` is relative to the package's ``data/`` folder, or an absolute path. Raises
    ``FileNotFoundError`` when the file is missing (a broken install fails loudly)."""
    path = Path(name) if Path(name).is_absolute() else data_path(str(name))
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
