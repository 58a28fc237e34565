"""The Parquet lake: every read and write of partition files goes through this module.

Layout (hive-style, so DuckDB prunes on ``dt``)::

    <data>/lake/<table>/dt=YYYY-MM-DD/part-0.parquet        published, what analysts see
    <data>/staging/dt=YYYY-MM-DD/<table>/part-<n>.parquet   a run's work before validation
    <data>/quarantine/dt=YYYY-MM-DD/<attempt>/<table>/      partitions that failed validation
    <data>/lake/quality_runs/dt=YYYY-MM-DD/<attempt>.parquet every validation attempt (kept)

Publishing is atomic per partition: the new partition is written complete into a hidden sibling
directory (``.dt=…tmp-…``, which no reader globs), then swapped in with two renames; re-publishing a
date replaces it, never appends. A crash between the two renames leaves the old partition under
``.dt=…old-…``, and :func:`recover` puts it back before the next write.
Keeping paths here is what lets the lake move to object storage later without touching callers.
SQL reads the lake through :func:`scan` (the ``{{ lake('<table>') }}`` source of the models), whose
path pattern and ``read_parquet`` options are declared once, in ``sql/sources.yml``.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from parley import schema
from parley.settings import Settings, get_settings

PART = "part-0.parquet"


def _ds(dt: date | str) -> str:
    return dt if isinstance(dt, str) else dt.isoformat()


def table_dir(table: str, settings: Settings | None = None) -> Path:
    return (settings or get_settings()).lake_dir / table


def partition_dir(table: str, dt: date | str, settings: Settings | None = None) -> Path:
    return table_dir(table, settings) / f"dt={_ds(dt)}"


def staging_dir(table: str, dt: date | str, settings: Settings | None = None) -> Path:
    """A table's staged parts for one date: ``staging/dt=YYYY-MM-DD/<table>/``."""
    return (settings or get_settings()).staging_dir / f"dt={_ds(dt)}" / table


def glob_pattern(table: str, settings: Settings | None = None) -> str:
    """Absolute glob over a table's published partitions, for DuckDB's ``read_parquet``."""
    s = settings or get_settings()
    return str(s.lake_dir / lake_sources(s.sql_dir)["path"].format(table=table))


@functools.cache
def lake_sources(sql_dir: Path) -> dict:
    """The ``lake`` section of ``sql/sources.yml``: the partition path pattern, the
    ``read_parquet`` options and the tables with their descriptions."""
    with (sql_dir / "sources.yml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)["lake"]


def scan(table: str, settings: Settings | None = None) -> str:
    """The DuckDB expression that reads every published partition of ``table``
    (``read_parquet('<lake>/<table>/dt=*/*.parquet', hive_partitioning = true, ...)``), with the
    options ``sql/sources.yml`` declares. The SQL models' ``{{ lake('<table>') }}`` expands to it;
    Python's own scans use it too, so both read the lake alike. Raises ``KeyError`` for a table
    ``sources.yml`` does not declare."""
    s = settings or get_settings()
    sources = lake_sources(s.sql_dir)
    if table not in sources["tables"]:
        raise KeyError(
            f"{table!r} is not a lake table of sql/sources.yml: {sorted(sources['tables'])}"
        )
    if not published_dates(table, s):  # read_parquet fails on a glob that matches nothing
        return empty_select(table)
    path = glob_pattern(table, s).replace("'", "''")
    options = "".join(
        f", {k} = {str(v).lower() if isinstance(v, bool) else v}"
        for k, v in sources["read_parquet"].items()
    )
    return f"read_parquet('{path}'{options})"


def _duckdb_type(t: pa.DataType) -> str:
    if pa.types.is_list(t):
        return _duckdb_type(t.value_type) + "[]"
    if pa.types.is_timestamp(t):
        return "TIMESTAMPTZ" if t.tz else "TIMESTAMP"
    simple = {
        pa.string(): "VARCHAR",
        pa.large_string(): "VARCHAR",
        pa.int64(): "BIGINT",
        pa.int32(): "INTEGER",
        pa.float64(): "DOUBLE",
        pa.bool_(): "BOOLEAN",
        pa.date32(): "DATE",
    }
    if t not in simple:
        raise TypeError(f"no DuckDB type for {t}")
    return simple[t]


def empty_select(table: str) -> str:
    """A DuckDB subquery with the columns and types of ``table`` (and the ``dt`` partition
    column) and no rows: what :func:`scan` reads for a table nothing was published to yet (the
    weekly marts before the first weekly run)."""
    sch = schema.LAKE_TABLES[table]
    cols = [f"cast(null as {_duckdb_type(f.type)}) as {f.name}" for f in sch]
    cols.append("cast(null as DATE) as dt")
    return f"(select {', '.join(cols)} where false)"


def write_file(table: str, rows: pa.Table | list[dict], path: Path) -> int:
    """Write rows with the table's schema to one Parquet file, atomically; returns the row count."""
    data = rows if isinstance(rows, pa.Table) else schema.to_arrow(table, rows)
    data = data.select(schema.LAKE_TABLES[table].names).cast(schema.LAKE_TABLES[table])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(data, tmp, compression="zstd")
    os.replace(tmp, path)
    return data.num_rows


def read_files(table: str, paths: Iterable[Path]) -> pa.Table:
    """Concatenate Parquet files of one table (an empty typed table if there are none)."""
    parts = [pq.read_table(p, schema=schema.LAKE_TABLES[table]) for p in sorted(paths)]
    if not parts:
        return schema.empty(table)
    return pa.concat_tables(parts)


def reset_staging(dt: date | str, settings: Settings | None = None) -> Path:
    """Remove a date's staging area so that a re-run starts from nothing."""
    root = (settings or get_settings()).staging_dir / f"dt={_ds(dt)}"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True, exist_ok=True)
    return root


def write_staging(
    table: str,
    dt: date | str,
    rows: pa.Table | list[dict],
    part: str = "0",
    settings: Settings | None = None,
) -> tuple[Path, int]:
    """Write one part of a staged table for a date; returns its path and row count."""
    path = staging_dir(table, dt, settings) / f"part-{part}.parquet"
    return path, write_file(table, rows, path)


class PartWriter:
    """Rows of one table streamed into one Parquet file (see :func:`staging_writer`)."""

    ROW_GROUP = 65_536

    def __init__(self, table: str, path: Path) -> None:
        self.table, self.path = table, path
        self.schema = schema.TABLES[table]
        self.tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
        self.buffer: list[pa.Table] = []
        self.buffered = 0
        self.rows = 0
        self.writer: pq.ParquetWriter | None = None

    def write(self, data: pa.Table | pa.RecordBatch | list[dict]) -> None:
        """Append rows (cast to the table's schema); written out a row group at a time."""
        if isinstance(data, list):
            data = schema.to_arrow(self.table, data)
        elif isinstance(data, pa.RecordBatch):
            data = pa.Table.from_batches([data])
        if not data.num_rows:
            return
        self.buffer.append(data.select(self.schema.names).cast(self.schema))
        self.buffered += data.num_rows
        if self.buffered >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        if self.buffer:
            self.writer.write_table(pa.concat_tables(self.buffer), row_group_size=self.ROW_GROUP)
        self.rows += self.buffered
        self.buffer, self.buffered = [], 0

    def commit(self) -> int:
        """Finish the file and move it into place; returns its row count."""
        self._flush()
        assert self.writer is not None
        self.writer.close()
        os.replace(self.tmp, self.path)
        return self.rows

    def discard(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.tmp.unlink(missing_ok=True)


@contextmanager
def staging_writer(
    table: str, dt: date | str, part: str = "0", settings: Settings | None = None
) -> Iterator[PartWriter]:
    """Stream rows into the staged part ``staging/dt=…/<table>/part-<part>.parquet``: rows are
    written a row group (65,536 rows) at a time, so a day's table never sits in memory; the part
    appears only when the block exits normally (temp file, then rename) and is discarded if it
    raises. An empty part is still written (a typed, empty table)."""
    writer = PartWriter(table, staging_dir(table, dt, settings) / f"part-{part}.parquet")
    try:
        yield writer
    except BaseException:
        writer.discard()
        raise
    writer.commit()


def iter_staging(
    table: str,
    dt: date | str,
    columns: list[str],
    settings: Settings | None = None,
    batch_rows: int = 1024,
) -> Iterator[pa.RecordBatch]:
    """The staged rows of ``table`` (only ``columns``), a batch at a time, parts in name order."""
    for path in sorted(staging_dir(table, dt, settings).glob("part-*.parquet")):
        yield from pq.ParquetFile(path).iter_batches(batch_size=batch_rows, columns=columns)


def read_staging(
    table: str, dt: date | str, settings: Settings | None = None, as_written: bool = False
) -> pa.Table:
    """A staged table, cast to its schema; with ``as_written`` the files' own columns and types
    (what validation must see: casting would turn a missing column into nulls)."""
    paths = sorted(staging_dir(table, dt, settings).glob("part-*.parquet"))
    if not as_written:
        return read_files(table, paths)
    parts = [pq.read_table(p) for p in paths]
    if not parts:
        return schema.empty(table)
    return pa.concat_tables(parts, promote_options="permissive")


def recover(table: str, settings: Settings | None = None) -> list[str]:
    """Undo a crash in the middle of :func:`publish_partition`: restore orphaned old partitions and
    drop half-written new ones. Returns what it did."""
    root = table_dir(table, settings)
    done: list[str] = []
    if not root.exists():
        return done
    for hidden in sorted(root.glob(".dt=*")):
        name = hidden.name[1:]
        ds, _, state = name.partition(".")
        final = root / ds
        if state.startswith("old-") and not final.exists():
            os.replace(hidden, final)
            done.append(f"restored {final}")
        else:
            shutil.rmtree(hidden, ignore_errors=True)
            done.append(f"removed {hidden}")
    return done


def publish_partition(
    table: str, dt: date | str, data: pa.Table, settings: Settings | None = None
) -> tuple[Path, int]:
    """Replace the published partition ``table/dt=…`` with ``data``, atomically."""
    root = table_dir(table, settings)
    root.mkdir(parents=True, exist_ok=True)
    recover(table, settings)
    final = partition_dir(table, dt, settings)
    token = uuid.uuid4().hex[:8]
    tmp = root / f".{final.name}.tmp-{token}"
    tmp.mkdir()
    rows = write_file(table, data, tmp / PART)
    old = root / f".{final.name}.old-{token}"
    if final.exists():
        os.replace(final, old)
    os.replace(tmp, final)
    shutil.rmtree(old, ignore_errors=True)
    return final, rows


def read_partition(table: str, dt: date | str, settings: Settings | None = None) -> pa.Table:
    return read_files(table, partition_dir(table, dt, settings).glob("*.parquet"))


def published_dates(table: str, settings: Settings | None = None) -> list[str]:
    root = table_dir(table, settings)
    if not root.exists():
        return []
    return sorted(p.name[3:] for p in root.glob("dt=*") if p.is_dir())


@contextmanager
def as_if_published(dt: date | str, settings: Settings | None = None) -> Iterator[Settings]:
    """Settings whose lake is the published lake with ``dt``'s staged partition in place of its
    published one: what the lake will look like once ``dt`` is published, built from symlinks in a
    hidden folder of the data dir and removed on exit. Lets the marts be built and validated
    before anything is published."""
    s = settings or get_settings()
    ds = _ds(dt)
    root = Path(tempfile.mkdtemp(prefix=".as-if-published-", dir=s.data_dir))
    view = dataclasses.replace(s, data_dir=root)
    try:
        for table in schema.TABLES:
            target = table_dir(table, view)
            target.mkdir(parents=True)
            for part in published_dates(table, s):
                if part != ds:
                    (target / f"dt={part}").symlink_to(partition_dir(table, part, s))
            staged = staging_dir(table, ds, s)
            if staged.is_dir():
                (target / f"dt={ds}").symlink_to(staged)
            elif partition_dir(table, ds, s).is_dir():  # not staged (quality_runs): as it is
                (target / f"dt={ds}").symlink_to(partition_dir(table, ds, s))
        yield view
    finally:
        shutil.rmtree(root, ignore_errors=True)


def write_log_file(
    table: str,
    dt: date | str,
    name: str,
    rows: pa.Table | list[dict],
    settings: Settings | None = None,
) -> tuple[Path, int]:
    """Write (or atomically replace) one named file in a published partition, beside the others.

    For append-only record tables such as ``quality_runs``, where every validation attempt of a
    date is kept (one file per attempt) instead of replacing the partition."""
    path = partition_dir(table, dt, settings) / f"{name}.parquet"
    return path, write_file(table, rows, path)


def quarantine(
    dt: date | str,
    tables: dict[str, pa.Table],
    reason: str,
    settings: Settings | None = None,
    attempt: str | None = None,
) -> Path:
    """Keep a failed partition for inspection; it is never read by the warehouse."""
    s = settings or get_settings()
    root = s.quarantine_dir / f"dt={_ds(dt)}" / (attempt or uuid.uuid4().hex[:8])
    shutil.rmtree(root, ignore_errors=True)
    for table, data in tables.items():
        write_file(table, data, root / table / PART)
    (root / "REASON.txt").write_text(reason, encoding="utf-8")
    return root
