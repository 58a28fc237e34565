"""The Parquet lake: every read and write of partition files goes through this module.

Layout (hive-style, so DuckDB prunes on ``dt``), under ``PARLEY_LAKE_URL`` (default
``<data>/lake``; or ``s3://bucket/prefix``, see :mod:`parley.storage.fs`)::

    <table>/dt=YYYY-MM-DD/part-<version>.parquet   published: one file per table and day version
    _manifests/dt=YYYY-MM-DD/<version>.json        the switch: which files make up the day
    quality_runs/dt=YYYY-MM-DD/attempt-<fp>.parquet every validation attempt (a log, kept)

and beside it (a local lake: ``<data>/staging``, ``<data>/quarantine``; an S3 lake: under the lake,
``_staging/`` and ``_quarantine/``, so workers on several machines need no shared disk)::

    staging/dt=YYYY-MM-DD/<table>/part-<n>.parquet a run's work before validation
    quarantine/dt=YYYY-MM-DD/<attempt>/<table>/    partitions that failed validation

The weekly marts (``pair_weeks``, ``speaker_weeks``, published by ``statements_weekly``; ``dt`` =
the week's Monday) are partition sets of their own: :func:`publish_partition` switches one mart's
week with a manifest in the mart's group (``_manifests/<mart>/dt=…/``), never the daily one.

**Publishing a day is one switch** (:func:`publish_day`): each staged table is streamed into a new
file named by a fresh version, then the day's manifest is written, last
(:mod:`parley.storage.manifest`). A reader that follows the manifests (:func:`published`,
:func:`scan`, the warehouse's views) sees every table of the day at the old version or every table
at the new one, never a mix, never a missing partition; a crash before the manifest leaves the old
day current and whole. Re-publishing a date replaces it, never appends. :func:`collect_garbage`
deletes what no current manifest names (superseded versions, files of killed publishes, temp
files) — after the warehouse has moved to the new files, so an analyst's connection keeps working.
At rest the lake folder holds exactly the current files, so a plain glob over
``<table>/dt=*/*.parquet`` still reads each row once; during a publish, read through the manifests.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import posixpath
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import yaml

from parley import schema
from parley.settings import Settings, get_settings
from parley.storage import manifest
from parley.storage.fs import ParquetSink, Store, open_store
from parley.wording import plural

if TYPE_CHECKING:
    import pyarrow.parquet as pq

log = logging.getLogger(__name__)

DAY_KEY = "dt"
LOG_TABLES = frozenset({"quality_runs"})  # append-only records, one file per attempt, no switch
VALIDATED_MARKER = "_VALIDATED.json"
READ_BUFFER_BYTES = 1 << 20  # iter_staging: bytes read from a Parquet file at a time
# rows per row group of a streamed staged part: what ingest (articles with their text) and each
# extraction shard (entities, quotes, statements) hold before writing; 65,536 articles were
# ~150 MB of text alone
STAGING_ROW_GROUP_ROWS = 8_192


def _ds(dt: date | str) -> str:
    return dt if isinstance(dt, str) else dt.isoformat()


def group_of(table: str) -> str:
    """The manifest group a table's partitions are switched in: "" (the daily set) for the tables
    news_daily publishes, the mart's own name for a weekly mart."""
    return table if table in schema.WEEKLY_TABLES else ""


# ---------------------------------------------------------------------------------------------
# where


@dataclass(frozen=True)
class Stores:
    """The three stores a data dir and lake URL give (:func:`stores`): the published lake (at
    ``PARLEY_LAKE_URL``), the staging area tasks hand each other a day's parts in, and the
    quarantine of documents extraction gave up on. With the default local lake
    (``<data dir>/lake``) staging and quarantine are ``<data dir>/staging`` and
    ``<data dir>/quarantine``; with any other lake URL (``s3://…``), ``_staging/`` and
    ``_quarantine/`` under it, so workers need no shared disk."""

    lake: Store  # published tables, manifests, quality_runs
    staging: Store
    quarantine: Store


def stores(settings: Settings | None = None) -> Stores:
    """The lake, staging and quarantine stores of these settings (filesystems are reused)."""
    s = settings or get_settings()
    return _stores(s.lake_url, s.lake_conn_id, str(s.data_dir))


@functools.lru_cache(maxsize=16)
def _stores(lake_url: str, conn_id: str, data_dir: str) -> Stores:
    lake = open_store(lake_url, conn_id)
    if lake.is_local and Path(lake.root) == Path(data_dir) / "lake":
        data = open_store(data_dir)
        return Stores(lake, data.child("staging"), data.child("quarantine"))
    return Stores(lake, lake.child("_staging"), lake.child("_quarantine"))


def lake_store(settings: Settings | None = None) -> Store:
    """The published lake's store (``PARLEY_LAKE_URL``: a local folder or ``s3://…``)."""
    return stores(settings).lake


def staging_rel(table: str, dt: date | str) -> str:
    """A table's staging folder for one date, relative to the staging store:
    ``dt=YYYY-MM-DD/<table>`` (its parts are ``part-<name>.parquet`` inside)."""
    return f"dt={_ds(dt)}/{table}"


def staging_dir(table: str, dt: date | str, settings: Settings | None = None) -> str:
    """Where a table's staged parts for one date live (a local path or an ``s3://`` URI)."""
    return stores(settings).staging.uri(staging_rel(table, dt))


@functools.cache
def lake_sources(sql_dir: Path) -> dict:
    """The ``lake`` section of ``sql/sources.yml``: the partition path pattern, the
    ``read_parquet`` options and the tables with their descriptions."""
    with (sql_dir / "sources.yml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)["lake"]


# ---------------------------------------------------------------------------------------------
# staging


def write_file(
    table: str, rows: pa.Table | list[dict], path: str | Path, store: Store | None = None
) -> int:
    """Write rows with the table's schema to one Parquet file, atomically; returns the row count.
    ``path`` is relative to ``store`` (default: an absolute local path)."""
    data = rows if isinstance(rows, pa.Table) else schema.to_arrow(table, rows)
    data = data.select(schema.LAKE_TABLES[table].names).cast(schema.LAKE_TABLES[table])
    if store is None:
        store = open_store(str(Path(path).parent))
        path = Path(path).name
    return store.write_parquet(str(path), data)


def read_files(table: str, paths: Iterable[str | Path]) -> pa.Table:
    """Concatenate local Parquet files of one table, cast to its schema (an empty typed table if
    there are none)."""
    import pyarrow.parquet as pq

    parts = [pq.read_table(p, schema=schema.LAKE_TABLES[table]) for p in sorted(map(str, paths))]
    return pa.concat_tables(parts) if parts else schema.empty(table)


def reset_staging(dt: date | str, settings: Settings | None = None) -> str:
    """Remove a date's staging area so that a re-run starts from nothing; returns its URI."""
    st = stores(settings).staging
    st.delete_tree(f"dt={_ds(dt)}")
    return st.uri(f"dt={_ds(dt)}")


def write_staging(
    table: str,
    dt: date | str,
    rows: pa.Table | list[dict],
    part: str = "0",
    settings: Settings | None = None,
) -> tuple[str, int]:
    """Stage one part of a table for a date (replacing a part of the same name); returns its
    URI and row count."""
    st = stores(settings).staging
    rel = f"{staging_rel(table, dt)}/part-{part}.parquet"
    return st.uri(rel), write_file(table, rows, rel, st)


@contextmanager
def staging_writer(
    table: str, dt: date | str, part: str = "0", settings: Settings | None = None
) -> Iterator[ParquetSink]:
    """Stream one staged part: ``with staging_writer(t, dt, part) as sink: sink.write(batch)``.
    Batches are cast to the table's schema; the part appears whole when the block ends (atomic),
    and not at all if it raises. Rows are buffered into row groups of
    :data:`STAGING_ROW_GROUP_ROWS` (memory: one row group per open part, whatever the day's size;
    publishing rewrites the rows into the lake's own row groups)."""
    st = stores(settings).staging
    target = schema.LAKE_TABLES[table]
    rel = f"{staging_rel(table, dt)}/part-{part}.parquet"
    with st.parquet_writer(rel, target, STAGING_ROW_GROUP_ROWS) as sink:
        yield _CastingSink(table, sink)


class _CastingSink:
    """A :class:`ParquetSink` that casts what it is given to the table's schema (rows as dicts
    go through :func:`parley.schema.to_arrow`, which refuses unknown columns)."""

    def __init__(self, table: str, sink: ParquetSink):
        self.table, self.sink, self.target = table, sink, schema.LAKE_TABLES[table]

    @property
    def rows(self) -> int:
        return self.sink.rows

    def write(self, data: pa.Table | pa.RecordBatch | list[dict]) -> None:
        if isinstance(data, list):
            data = schema.to_arrow(self.table, data)
        # what is already the table's schema (metadata included: rows through to_arrow, an
        # extraction worker's tables) is written as it is: the select and the cast of every
        # column cost the extract task's main process ~0.5 CPU-s a corpus day, 3 tables x
        # 3,335 documents, while its workers parse
        if not data.schema.equals(self.target, check_metadata=True):
            data = data.select(self.target.names).cast(self.target)
        self.sink.write(data)


def staged_parts(table: str, dt: date | str, settings: Settings | None = None) -> list[str]:
    """The staged parts of a table for a date, as URIs (local paths or ``s3://``), in part
    order."""
    st = stores(settings).staging
    return [st.uri(r) for r in _staged_rels(table, dt, st)]


def _staged_rels(table: str, dt: date | str, st: Store) -> list[str]:
    return [
        r
        for r in st.files(staging_rel(table, dt), recursive=False)
        if posixpath.basename(r).startswith("part-") and r.endswith(".parquet")
    ]


def read_staging(
    table: str, dt: date | str, settings: Settings | None = None, as_written: bool = False
) -> pa.Table:
    """A staged table, cast to its schema; with ``as_written`` the files' own columns and types
    (what validation must see: casting would turn a missing column into nulls)."""
    st = stores(settings).staging
    rels = _staged_rels(table, dt, st)
    if not rels:
        return schema.empty(table)
    if as_written:
        parts = [st.read_parquet(r) for r in rels]
        return pa.concat_tables(parts, promote_options="permissive")
    return pa.concat_tables([st.read_parquet(r, schema=schema.LAKE_TABLES[table]) for r in rels])


def open_staged(
    table: str, dt: date | str, settings: Settings | None = None
) -> list[pq.ParquetFile]:
    """The staged parts of a table for a date opened as written (their own columns and types, not
    cast), in part order, for reading them piece by piece (``iter_batches``, ``metadata``)."""
    st = stores(settings).staging
    return [st.parquet_file(r) for r in _staged_rels(table, dt, st)]


def iter_staging(
    table: str,
    dt: date | str,
    settings: Settings | None = None,
    columns: Sequence[str] | None = None,
    batch_size: int = 1024,
) -> Iterator[pa.RecordBatch]:
    """A staged table's rows as record batches of at most ``batch_size`` rows, cast to its
    schema (``columns``: those only, in that order; a column a part lacks comes as nulls), in
    part order, without reading the whole table into memory: each part is read through a
    buffered stream of :data:`READ_BUFFER_BYTES`, a batch at a time (memory: about one batch and
    the buffer, whatever the row groups' size; a dataset scanner decoded a whole 65,536-row group
    and read batches ahead: 590 MB to read 100,000 staged articles, now 170 MB)."""
    import pyarrow.parquet as pq

    st = stores(settings).staging
    target = schema.LAKE_TABLES[table]
    wanted = pa.schema([target.field(c) for c in columns]) if columns else target
    for rel in _staged_rels(table, dt, st):
        part = pq.ParquetFile(st.fs.open_input_file(st.path(rel)), buffer_size=READ_BUFFER_BYTES)
        present = set(part.schema_arrow.names)
        for batch in part.iter_batches(
            batch_size=batch_size,
            columns=[c for c in wanted.names if c in present],
            use_threads=False,
        ):
            yield pa.RecordBatch.from_arrays(
                [
                    batch.column(f.name).cast(f.type)
                    if f.name in present
                    else pa.nulls(batch.num_rows, f.type)
                    for f in wanted
                ],
                schema=wanted,
            )


def staging_fingerprint(dt: date | str, settings: Settings | None = None) -> str:
    """sha256 over the relative names and bytes of every staged file of a date (the same on a
    local disk and on S3): what validation saw is what publish may publish."""
    st = stores(settings).staging
    root = f"dt={_ds(dt)}"
    h = hashlib.sha256()
    for rel in st.files(root):
        if not rel.endswith(".parquet") or posixpath.basename(rel).startswith("."):
            continue
        h.update(rel[len(root) + 1 :].encode())
        with st.fs.open_input_stream(st.path(rel)) as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    return h.hexdigest()


def mark_extracted(dt: date | str, shard: int, n_shards: int, settings: Settings | None = None):
    """Record that extraction shard ``shard`` of ``n_shards`` staged its parts for ``dt``."""
    stores(settings).staging.write_json(
        f"dt={_ds(dt)}/_extracted/shard-{shard:04d}-of-{n_shards:04d}.json",
        {"shard": shard, "n_shards": n_shards, "at": datetime.now(UTC).isoformat()},
    )


def missing_shards(dt: date | str, settings: Settings | None = None) -> list[str]:
    """What extraction has not staged for ``dt`` yet: [] when every shard of the latest shard
    count recorded its parts since the staging area was last reset; else what is missing."""
    st = stores(settings).staging
    marks = [st.read_json(r) for r in st.files(f"dt={_ds(dt)}/_extracted") if r.endswith(".json")]
    if not marks:
        return ["every shard (none recorded its parts)"]
    n = max(marks, key=lambda m: m["at"])["n_shards"]
    done = {m["shard"] for m in marks if m["n_shards"] == n}
    return [f"shard {i} of {n}" for i in range(n) if i not in done]


def mark_validated(dt: date | str, record: dict, settings: Settings | None = None) -> None:
    """Record that the staged day ``dt`` passed validation: ``record`` (JSON-serialisable; the
    pipeline writes ``{"fingerprint": staging_fingerprint(dt), "warnings": n}``) goes to
    ``dt=YYYY-MM-DD/_VALIDATED.json`` in the staging store, atomically, replacing any earlier one.
    Publishing reads it back (:func:`validated`) and refuses a day without it."""
    stores(settings).staging.write_json(f"dt={_ds(dt)}/{VALIDATED_MARKER}", record)


def clear_validated(dt: date | str, settings: Settings | None = None) -> None:
    """Remove ``dt``'s validation record (a new validation starts); no error when there is none."""
    stores(settings).staging.delete(f"dt={_ds(dt)}/{VALIDATED_MARKER}")


def validated(dt: date | str, settings: Settings | None = None) -> dict | None:
    """The record :func:`mark_validated` wrote for ``dt``, or None when there is none (not
    validated yet, a new validation under way, or the staging area reset since)."""
    try:
        return stores(settings).staging.read_json(f"dt={_ds(dt)}/{VALIDATED_MARKER}")
    except FileNotFoundError:
        return None


# ---------------------------------------------------------------------------------------------
# publishing


def publish_day(
    dt: date | str, tables: Sequence[str], settings: Settings | None = None
) -> manifest.Manifest:
    """Publish the staged ``tables`` of ``dt`` as the day's new version, as one switch (see the
    module doc): stream each staged table into ``<table>/dt=…/part-<version>.parquet`` (record
    batches, never the whole table in memory), then commit the manifest. Returns the committed
    manifest. Nothing a reader sees changes until the manifest is written; superseded files stay
    until :func:`collect_garbage`."""
    s = settings or get_settings()
    return _publish(
        _ds(dt), {t: (lambda t=t: iter_staging(t, dt, s, batch_size=65_536)) for t in tables}, s
    )


def publish_tables(
    dt: date | str, data: dict[str, pa.Table], settings: Settings | None = None
) -> manifest.Manifest:
    """Publish the given tables (cast to their schemas) as ``dt``'s new version, as one switch:
    what :func:`publish_day` does with staged data, for tools and tests that make a lake."""
    s = settings or get_settings()
    batches = {
        t: (
            lambda d=d, t=t: (
                d.select(schema.LAKE_TABLES[t].names).cast(schema.LAKE_TABLES[t]).to_batches()
            )
        )
        for t, d in data.items()
    }
    return _publish(_ds(dt), batches, s)


def publish_partition(
    table: str, dt: date | str, data: pa.Table | list[dict], settings: Settings | None = None
) -> tuple[str, int]:
    """Replace one table's partition for ``dt`` (a weekly mart's week: ``dt`` is its Monday), as
    one switch in the table's manifest group (:func:`group_of`); a table of the daily set keeps
    the day's other tables as they are. Returns the new file's URI and its row count."""
    s = settings or get_settings()
    ds = _ds(dt)
    rows = data if isinstance(data, pa.Table) else schema.to_arrow(table, data)
    target = schema.LAKE_TABLES[table]
    rows = rows.select(target.names).cast(target)
    group = group_of(table)
    keep = {}
    if not group:
        previous = manifest.current_of(lake_store(s), DAY_KEY, ds)
        keep = {t: f for t, f in (previous.tables if previous else {}).items() if t != table}
    day = _publish(ds, {table: lambda: rows.to_batches()}, s, group=group, keep=keep)
    return lake_store(s).uri(day.tables[table].path), rows.num_rows


def _publish(
    ds: str, sources: dict, s: Settings, group: str = "", keep: dict | None = None
) -> manifest.Manifest:
    from parley.storage import crash

    lake = lake_store(s)
    previous = manifest.current_of(lake, DAY_KEY, ds, group)
    version = manifest.new_version(after=previous.version if previous else None)
    files: dict[str, manifest.TableFile] = dict(keep or {})
    for table, batches in sources.items():
        rel = f"{table}/{DAY_KEY}={ds}/part-{version}.parquet"
        with lake.parquet_writer(rel, schema.LAKE_TABLES[table]) as sink:
            for batch in batches():
                sink.write(batch)
        files[table] = manifest.TableFile(rel, sink.rows, lake.size(rel))
        crash.point("publish:table-written")
    crash.point("publish:tables-written")
    day = manifest.Manifest(
        key=DAY_KEY,
        value=ds,
        version=version,
        published_at=datetime.now(UTC).isoformat(),
        tables=files,
        group=group,
    )
    manifest.commit(lake, day)
    crash.point("publish:manifest-written")
    return day


def published(settings: Settings | None = None) -> dict[str, manifest.Manifest]:
    """The current manifest of every published day, by date (sorted)."""
    return manifest.current(lake_store(settings), DAY_KEY)


def published_dates(table: str, settings: Settings | None = None) -> list[str]:
    """The dates with a published partition of ``table``, sorted."""
    if table in LOG_TABLES:
        lake = lake_store(settings)
        return sorted({_day_of(r) for r in lake.files(table) if _visible(r)})
    if group_of(table):
        return list(manifest.current(lake_store(settings), DAY_KEY, group_of(table)))
    return [ds for ds, m in published(settings).items() if table in m.tables]


def _visible(rel: str) -> bool:
    return rel.endswith(".parquet") and not any(p.startswith(".") for p in rel.split("/"))


def _day_of(rel: str) -> str:
    """The date (``YYYY-MM-DD``) of a partition file ``<table>/dt=<date>/<file>`` of the lake."""
    return rel.split("/")[1][len(DAY_KEY) + 1 :]


def partition_files(
    table: str,
    settings: Settings | None = None,
    dates: Iterable[str] | None = None,
    days: dict[str, manifest.Manifest] | None = None,
) -> list[str]:
    """URIs of the current files of ``table`` (for ``dates`` only, if given), by date."""
    lake = lake_store(settings)
    wanted = set(dates) if dates is not None else None
    if table in LOG_TABLES:
        return [
            lake.uri(r)
            for r in lake.files(table)
            if _visible(r) and (wanted is None or _day_of(r) in wanted)
        ]
    if group_of(table):  # a weekly mart: its own manifests (not in a daily snapshot)
        days = manifest.current(lake, DAY_KEY, group_of(table))
    days = days if days is not None else published(settings)
    return [
        lake.uri(m.tables[table].path)
        for ds, m in days.items()
        if table in m.tables and (wanted is None or ds in wanted)
    ]


def read_partition(
    table: str,
    dt: date | str,
    settings: Settings | None = None,
    days: dict[str, manifest.Manifest] | None = None,
) -> pa.Table:
    """The published rows of one table for one date (an empty typed table if none); ``days``:
    a snapshot of :func:`published` to read from (read several tables from one snapshot to see
    them at one version)."""
    lake = lake_store(settings)
    uris = partition_files(table, settings, dates=[_ds(dt)], days=days)
    if not uris:
        return schema.empty(table)
    prefix = lake.url.rstrip("/") + "/"
    return pa.concat_tables(
        [lake.read_parquet(u[len(prefix) :], schema=schema.LAKE_TABLES[table]) for u in uris]
    )


def scan(
    table: str,
    settings: Settings | None = None,
    dates: Iterable[str] | None = None,
    days: dict[str, manifest.Manifest] | None = None,
    extra: Sequence[str] = (),
) -> str:
    """The DuckDB expression that reads the current partitions of ``table`` (only ``dates``, if
    given; plus the files ``extra`` — URIs of staged parts, for a preview): a subquery over
    ``read_parquet([…], hive_partitioning = true, …)`` with the options ``sql/sources.yml``
    declares that has every column of the table's current schema (older partitions read a newer
    column as null), or an empty relation of the table's columns when there are no files. A log table (``quality_runs``) is
    read through the glob of ``sources.yml``, so its views see records added after they were
    made. The SQL models' ``{{ lake('<table>')
    }}`` expands to it; Python's own scans use it too. A connection reading an ``s3://`` lake needs
    :func:`parley.storage.fs.register_duckdb`. Raises ``KeyError`` for a table ``sources.yml``
    does not declare."""
    s = settings or get_settings()
    sources = lake_sources(s.sql_dir)
    if table not in sources["tables"]:
        raise KeyError(
            f"{table!r} is not a lake table of sql/sources.yml: {sorted(sources['tables'])}"
        )
    files = [*partition_files(table, s, dates, days), *extra]
    if not files:
        return empty_relation(table)
    options = "".join(
        f", {k} = {str(v).lower() if isinstance(v, bool) else v}"
        for k, v in sources["read_parquet"].items()
    )
    if table in LOG_TABLES and dates is None and not extra:
        # a log is read live (a glob, not a list): a new record shows without a rebuild
        glob = lake_store(s).uri(sources["path"].format(table=table)).replace("'", "''")
        return _with_every_column(table, f"read_parquet('{glob}'{options})")
    listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
    return _with_every_column(table, f"read_parquet([{listed}]{options})")


def _with_every_column(table: str, read: str) -> str:
    """``read`` with every column of the table's current schema: partitions written before a
    column was added (``rejects.input_hash``, ``source_days.already_rejected``) read it as null
    even when no file has it yet — ``union_by_name`` alone only unites the files' own columns.
    A column the files have and the schema no longer names is kept, after the others."""
    return f"(select * from {empty_relation(table)} union all by name select * from {read})"


_DUCKDB_TYPES = {
    pa.string(): "varchar",
    pa.large_string(): "varchar",
    pa.int64(): "bigint",
    pa.int32(): "integer",
    pa.float64(): "double",
    pa.bool_(): "boolean",
    pa.date32(): "date",
    pa.binary(): "blob",
}


def _duckdb_type(t: pa.DataType) -> str:
    if t in _DUCKDB_TYPES:
        return _DUCKDB_TYPES[t]
    if pa.types.is_timestamp(t):
        return "timestamptz" if t.tz else "timestamp"
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return _duckdb_type(t.value_type) + "[]"
    raise TypeError(f"no DuckDB type for {t}")


def empty_select(table: str) -> str:
    """The same as :func:`empty_relation` (the name the weekly marts' code uses)."""
    return empty_relation(table)


def empty_relation(table: str) -> str:
    """A subquery with the table's columns (and ``dt``) and no rows: what :func:`scan` gives for
    a table nothing has been published to yet."""
    cols = [f"cast(null as {_duckdb_type(f.type)}) as {f.name}" for f in schema.LAKE_TABLES[table]]
    if DAY_KEY not in schema.LAKE_TABLES[table].names:
        cols.append(f"cast(null as date) as {DAY_KEY}")
    return f"(select {', '.join(cols)} where false)"


# ---------------------------------------------------------------------------------------------
# logs and quarantine


def write_log_file(
    table: str,
    dt: date | str,
    name: str,
    rows: pa.Table | list[dict],
    settings: Settings | None = None,
) -> tuple[str, int]:
    """Write (or atomically replace) one named file of a log table's partition, beside the others.

    For append-only record tables such as ``quality_runs``, where every validation attempt of a
    date is kept (one file per attempt) instead of replacing the partition."""
    lake = lake_store(settings)
    rel = f"{table}/{DAY_KEY}={_ds(dt)}/{name}.parquet"
    return lake.uri(rel), write_file(table, rows, rel, lake)


def quarantine(
    dt: date | str,
    tables: dict[str, pa.Table],
    reason: str,
    settings: Settings | None = None,
    attempt: str | None = None,
) -> str:
    """Keep a failed partition for inspection (never read by the warehouse); returns its URI."""
    q = stores(settings).quarantine
    root = f"dt={_ds(dt)}/{attempt or uuid.uuid4().hex[:8]}"
    q.delete_tree(root)
    for table, data in tables.items():
        write_file(table, data, f"{root}/{table}/part-0.parquet", q)
    q.write_bytes(f"{root}/REASON.txt", reason.encode("utf-8"))
    return q.uri(root)


def quarantine_staged(
    dt: date | str,
    tables: Sequence[str],
    reason: str,
    settings: Settings | None = None,
    attempt: str | None = None,
) -> str:
    """Keep a failed staged partition for inspection, as :func:`quarantine` does, by copying the
    staged part files of ``tables`` as they are (byte for byte, in 1 MiB chunks: a day of any
    size, and parts whose columns are broken, are kept exactly as validation saw them); returns
    its URI."""
    st, q = stores(settings).staging, stores(settings).quarantine
    root = f"dt={_ds(dt)}/{attempt or uuid.uuid4().hex[:8]}"
    q.delete_tree(root)
    for table in tables:
        for rel in _staged_rels(table, dt, st):
            target = f"{root}/{table}/{posixpath.basename(rel)}"
            with st.fs.open_input_stream(st.path(rel)) as src, q.open_atomic(target) as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
    q.write_bytes(f"{root}/REASON.txt", reason.encode("utf-8"))
    return q.uri(root)


# ---------------------------------------------------------------------------------------------
# housekeeping


def collect_garbage(settings: Settings | None = None, keep: Iterable[str] = ()) -> list[str]:
    """Delete every file under the lake's day-versioned tables and ``_manifests/`` that no current
    manifest names (superseded versions, files and manifests of killed publishes, temp files), and
    temp files of the log tables; ``keep``: more relative paths to spare. Returns the deleted
    paths. Call it only while holding the data-dir lock, after the warehouse moved to the current
    files (:func:`parley.storage.warehouse.build`)."""
    lake = lake_store(settings)
    referenced = set(keep)
    for m in manifest.current_everywhere(lake):
        referenced.add(m.rel)
        referenced.update(f.path for f in m.tables.values())
    deleted = []
    for rel in lake.files():
        top = rel.split("/", 1)[0]
        if top.startswith("_") and top != manifest.PREFIX:
            continue  # _staging, _quarantine of a remote lake
        if top in LOG_TABLES:
            if posixpath.basename(rel).startswith("."):  # a temp file of a killed write
                lake.delete(rel)
                deleted.append(rel)
            continue
        if rel not in referenced:
            lake.delete(rel)
            deleted.append(rel)
    if lake.is_local:  # folders left empty (S3 has none)
        _remove_empty_dirs(Path(lake.root))
    if deleted:
        log.info("lake: removed %s", plural(len(deleted), "unreferenced file"))
    return deleted


def _remove_empty_dirs(root: Path) -> None:
    for path in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def adopt_unversioned(settings: Settings | None = None) -> list[str]:
    """Give a lake written before manifests existed (``<table>/dt=…/part-0.parquet``, no
    ``_manifests/``) a manifest per date (and per weekly mart and week, in the mart's group)
    naming the files found, so nothing published is lost or garbage-collected. Returns the dates
    adopted. Idempotent; call it under the data-dir lock."""
    lake = lake_store(settings)
    known = {(g, value) for (g, _, value) in manifest._listing(lake, None)}
    found: dict[tuple[str, str], dict[str, list[str]]] = {}
    for rel in lake.files():
        parts = rel.split("/")
        if (
            len(parts) == 3
            and parts[0] in schema.LAKE_TABLES
            and parts[0] not in LOG_TABLES
            and parts[1].startswith(f"{DAY_KEY}=")
            and _visible(rel)
        ):
            ds = _day_of(rel)
            if (group_of(parts[0]), ds) not in known:
                found.setdefault((group_of(parts[0]), ds), {}).setdefault(parts[0], []).append(rel)
    adopted = []
    for (group, ds), tables in sorted(found.items()):
        files = {}
        for table, rels in tables.items():
            if len(rels) != 1:
                raise RuntimeError(
                    f"cannot adopt {table}/dt={ds}: {plural(len(rels), 'file')} and no manifest ({rels})"
                )
            files[table] = manifest.TableFile(
                rels[0], lake.parquet_file(rels[0]).metadata.num_rows, lake.size(rels[0])
            )
        manifest.commit(
            lake,
            manifest.Manifest(
                DAY_KEY, ds, manifest.new_version(), datetime.now(UTC).isoformat(), files, group
            ),
        )
        adopted.append(f"{group}/{ds}" if group else ds)
    if adopted:
        log.warning(
            "lake: adopted %s published before manifests: %s", plural(len(adopted), "date"), adopted
        )
    return adopted


def sweep(settings: Settings | None = None) -> list[str]:
    """Remove what killed runs left behind in the data dir and a local lake: temp files
    (``.<name>.<token>.tmp``: a half-written Parquet part, quality_runs attempt, warehouse, report
    or GX result, and a warehouse temp's ``.wal``), the symlink folders of old previews and the
    marts-preview and partition folders of the validate stage (``.marts-preview-*``,
    ``.partitions-*``) and the spill files of
    DuckDB connections whose process is gone (``data/tmp/duckdb``). The raw
    landing zone is ingest's and is not walked. Call it holding the data-dir lock exclusively (so no
    live writer's temp is taken). Returns the removed paths."""
    import shutil

    s = settings or get_settings()
    removed: list[str] = []
    roots = [s.data_dir / "reports", s.gx_dir, s.staging_dir, s.quarantine_dir]
    lake = lake_store(s)
    if lake.is_local:
        roots.append(Path(lake.root))
    candidates = [p for p in s.data_dir.glob(".*") if p.is_file()] if s.data_dir.is_dir() else []
    for root in roots:
        if root.is_dir():
            candidates.extend(p for p in root.rglob(".*.tmp") if p.is_file())
    for path in candidates:
        name = path.name
        if name.endswith(".tmp") or (name.endswith(".tmp.wal")):
            path.unlink(missing_ok=True)
            removed.append(str(path))
    if s.data_dir.is_dir():
        for folder in (
            *s.data_dir.glob(".as-if-published-*"),
            *s.data_dir.glob(".shadow-*"),
            *s.data_dir.glob(".marts-preview-*"),
            *s.data_dir.glob(".partitions-*"),
        ):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(str(folder))
    removed += _dead_duckdb_spills(s.duckdb_temp_dir)
    if removed:
        log.info(
            "removed %s of interrupted runs: %s", plural(len(removed), "leftover"), removed[:5]
        )
    return removed


def _dead_duckdb_spills(folder: Path) -> list[str]:
    """DuckDB's spill files (``duckdb_temp_<pid>_…``) in ``folder`` whose process is gone (a
    killed run's; a live connection's, an analyst's included, are left alone)."""
    out = []
    for path in folder.glob("duckdb_temp_*") if folder.is_dir() else []:
        m = re.match(r"duckdb_temp_(\d+)_", path.name)
        if m is None or not path.is_file():
            continue
        try:
            os.kill(int(m.group(1)), 0)
        except ProcessLookupError:
            path.unlink(missing_ok=True)
            out.append(str(path))
        except (PermissionError, OverflowError, ValueError):
            continue  # alive under another user, or not a pid: not ours to judge
    return out
