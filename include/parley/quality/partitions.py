"""A day's tables split by article, so that validation holds one slice of the day at a time.

Validating a 100,000-article day as whole pandas frames would need gigabytes (the texts, and
about 25 entities, 8 quotes and 7 statements an article). The checks that read an article's text
(spans, anchoring) or its other rows (``article_exists``, ``quote_exists``, ``article_stats``)
only ever look inside one article, so the day is cut by article: partition ``i`` holds the rows of
every article-keyed table (those with an ``article_id`` column) whose article falls in ``i``
(CRC-32 of the id modulo the partition count), and the texts of those articles. Each partition is
validated by GX on its own and the outcomes are added up (:mod:`parley.quality.runner`). Tables
without an article (``rejects``, ``source_days``) are small and read whole, once.

The day's marts (``storage.warehouse.preview`` written to Parquet) are cut the same way: a mart
with an ``article_id`` column (statements, daily_digest, disputes) by article, the marts over
keys (actor_pairs, speaker_timeline: no article) whole.

Great Expectations 1.24 cannot validate the staged Parquet in place through DuckDB: its SQL
datasources go through SQLAlchemy, and DuckDB's dialect is not supported (metric bundles fail,
great_expectations issue #10738); a pandas batch per partition keeps GX itself as the gate.

Reading: a partition's rows are filtered out of every piece of its table, so validating ``n``
partitions reads each piece ``n`` times (at 100,000 articles, 20 partitions: the marts preview's
~750,000 statements decoded 20 times over). :meth:`DayPartitions.spill` cuts the pieces once into
one Parquet file per partition (a single read of each piece); each partition then reads only its
own files. The rows of a partition, and their order, are the same either way.

Memory: one partition's rows (``ARTICLES_PER_PARTITION`` articles and their rows), plus the day's
narrow columns for checks over the whole day (the key of each table for uniqueness; the source,
duplicate link and language of each article for the day-level virtual tables): a few bytes per row
as Arrow. A uniqueness check over the whole day is not given to GX as one frame: pandas and GX
need about 350 bytes a row to decide it (2.7 million entity ids of a 100,000-article day: +940 MB
on top of the 110 MB of Arrow strings, measured), so :meth:`DayPartitions.by_value` cuts the
day's narrow columns into buckets by the checked values (equal values, one bucket:
:func:`bucket_of`) of at most :data:`KEY_BUCKET_ROWS` rows, and the buckets' outcomes are added
up like the partitions': a value is repeated in the day exactly when it is repeated in its bucket.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from parley import schema
from parley.settings import Settings

ARTICLES_PER_PARTITION = 5_000  # ~15 MB of text and ~200,000 extracted rows per partition
ROWS_PER_ARTICLE = 8  # a mart's rows per article at most, to size partitions without articles
ARTICLE_KEY = "article_id"
READ_BATCH_ROWS = 8_192
SPILL_BUFFER_BYTES = 4 << 20  # rows a partition's spill file gathers before a row group is written
# rows of a whole-day uniqueness check GX sees at once (about a partition's entities: 5,000
# articles x ~27 entities), see the module doc
KEY_BUCKET_ROWS = 150_000


def partition_of(article_id: object, n: int) -> int:
    """The partition of an article id among ``n`` (a null or non-string id: partition 0)."""
    if n <= 1 or not isinstance(article_id, str):
        return 0
    return zlib.crc32(article_id.encode("utf-8", "surrogatepass")) % n


def bucket_of(values: tuple, n: int) -> int:
    """The bucket among ``n`` of a row by the values of its checked columns (a tuple: one value
    per column): CRC-32 of their ``repr``, so equal values (nulls included) share a bucket."""
    if n <= 1:
        return 0
    return zlib.crc32(repr(values).encode("utf-8", "surrogatepass")) % n


def _piece_rows(piece: pa.Table | pq.ParquetFile) -> int:
    return piece.num_rows if isinstance(piece, pa.Table) else piece.metadata.num_rows


def _piece_columns(piece: pa.Table | pq.ParquetFile) -> list[str]:
    return list(piece.schema.names) if isinstance(piece, pa.Table) else piece.schema_arrow.names


def _batches(piece: pa.Table | pq.ParquetFile, columns: Sequence[str] | None) -> Iterator:
    cols = None if columns is None else [c for c in columns if c in _piece_columns(piece)]
    if isinstance(piece, pa.Table):
        yield from (piece if cols is None else piece.select(cols)).to_batches(READ_BATCH_ROWS)
    else:
        yield from piece.iter_batches(batch_size=READ_BATCH_ROWS, columns=cols, use_threads=False)


@dataclass
class DayPartitions:
    """A day's tables as pieces (Parquet files as written, or in-memory Arrow tables), cut into
    ``n`` partitions by article. ``pieces``: table name → its pieces in order."""

    pieces: dict[str, list[pa.Table | pq.ParquetFile]]
    n: int = 1
    _where: dict[tuple[str, int], np.ndarray] = field(default_factory=dict)
    # (table, piece) -> partition -> its rows of the piece, spilled (:meth:`spill`); none: no rows
    _spilled: dict[tuple[str, int], dict[int, Path]] = field(default_factory=dict)

    @classmethod
    def staged(
        cls, dt: date | str, tables: Sequence[str], settings: Settings, per: int | None = None
    ) -> DayPartitions:
        """The staged tables of ``dt`` (``storage.lake.open_staged``: as written), in as many
        partitions as ``per`` articles a partition needs (default :data:`ARTICLES_PER_PARTITION`)."""
        from parley.storage import lake

        pieces = {t: lake.open_staged(t, dt, settings) for t in tables}
        return cls.of(pieces, per=per)

    @classmethod
    def of(
        cls,
        pieces: Mapping[str, pa.Table | Sequence[pa.Table | pq.ParquetFile]],
        n: int | None = None,
        per: int | None = None,
    ) -> DayPartitions:
        """Partitions of the given tables: ``n`` of them, or as many as ``per`` articles each
        (the rows of ``articles``; without that table — a day's marts — the rows of the largest
        table over :data:`ROWS_PER_ARTICLE` rows an article)."""
        lists = {t: [p] if isinstance(p, pa.Table) else list(p) for t, p in pieces.items()}
        if n is None:
            if "articles" in lists:
                articles = sum(_piece_rows(p) for p in lists["articles"])
            else:
                rows = max((sum(map(_piece_rows, ps)) for ps in lists.values()), default=0)
                articles = math.ceil(rows / ROWS_PER_ARTICLE)
            n = max(1, math.ceil(articles / (per or ARTICLES_PER_PARTITION)))
        return cls(lists, n)

    def rows(self, table: str) -> int:
        """The table's row count over all its pieces (0: no piece), from the Parquet footers."""
        return sum(_piece_rows(p) for p in self.pieces.get(table, []))

    def keyed(self, table: str) -> bool:
        """Whether the table's rows are split by article: a staged table whose schema has an
        ``article_id`` column (a broken part lacking it still counts: its rows go to partition
        0), any other (a mart) when its pieces have one."""
        if table in schema.TABLES:
            return ARTICLE_KEY in schema.TABLES[table].names
        pieces = self.pieces.get(table, [])
        return bool(pieces) and all(ARTICLE_KEY in _piece_columns(p) for p in pieces)

    def _partition_numbers(self, table: str, k: int) -> np.ndarray:
        """Partition number of every row of piece ``k`` of ``table`` (computed once)."""
        key = (table, k)
        if key not in self._where:
            piece = self.pieces[table][k]
            if ARTICLE_KEY not in _piece_columns(piece):  # a broken part: all in partition 0
                where = np.zeros(_piece_rows(piece), dtype=np.int32)
            else:
                where = np.fromiter(
                    (
                        partition_of(a, self.n)
                        for b in _batches(piece, [ARTICLE_KEY])
                        for a in b.column(0).to_pylist()
                    ),
                    dtype=np.int32,
                    count=_piece_rows(piece),
                )
            self._where[key] = where
        return self._where[key]

    def spill(self, folder: Path) -> DayPartitions:
        """Cut every piece of the article-keyed tables into one Parquet file per partition under
        ``folder`` (created; the caller removes it), reading each piece once; from then on
        :meth:`table` reads partition ``i`` from its own files only. The files keep each piece's
        schema as written and its rows in their order. A day in one partition: nothing to cut.
        Memory: a few megabytes per partition (:data:`SPILL_BUFFER_BYTES`), whatever the day's
        size. Returns ``self``."""
        if self.n == 1:
            return self
        folder.mkdir(parents=True, exist_ok=True)
        for table, pieces in self.pieces.items():
            if not self.keyed(table):
                continue
            for k, piece in enumerate(pieces):
                if (table, k) not in self._spilled:
                    self._spilled[(table, k)] = self._spill_piece(table, k, piece, folder)
        return self

    def _spill_piece(self, table: str, k: int, piece, folder: Path) -> dict[int, Path]:
        where = self._partition_numbers(table, k)
        schema_of = piece.schema if isinstance(piece, pa.Table) else piece.schema_arrow
        writers: dict[int, pq.ParquetWriter] = {}
        buffers: dict[int, list[pa.RecordBatch]] = {}
        paths: dict[int, Path] = {}

        def flush(i: int) -> None:
            if i not in writers:
                paths[i] = folder / f"{table}-{k}-{i}.parquet"
                writers[i] = pq.ParquetWriter(paths[i], schema_of)
            writers[i].write_table(pa.Table.from_batches(buffers.pop(i), schema=schema_of))

        try:
            offset = 0
            for batch in _batches(piece, None):
                mine = where[offset : offset + batch.num_rows]
                offset += batch.num_rows
                for i in np.unique(mine).tolist():
                    buffers.setdefault(i, []).append(batch.filter(pa.array(mine == i)))
                    if sum(b.nbytes for b in buffers[i]) >= SPILL_BUFFER_BYTES:
                        flush(i)
            for i in list(buffers):
                flush(i)
        finally:
            for w in writers.values():
                w.close()
        return paths

    def by_value(
        self, table: str, values: Sequence[str], columns: Sequence[str], rows: int | None = None
    ) -> Iterator[pa.Table]:
        """The whole day's ``columns`` of ``table`` (read once, as Arrow) in buckets of at most
        about ``rows`` rows (default :data:`KEY_BUCKET_ROWS`) by the ``values`` columns
        (:func:`bucket_of`): rows with equal values are in the same bucket, each bucket keeps the
        day's row order. A day that fits one bucket (or lacks a ``values`` column: the check
        then sees the table as it is) is yielded whole; empty buckets are skipped, but at least
        one table is always yielded."""
        whole = self.table(table, columns=columns)
        n = max(1, math.ceil(whole.num_rows / (rows or KEY_BUCKET_ROWS)))
        if n == 1 or any(v not in whole.schema.names for v in values):
            yield whole
            return
        keys = whole.select(list(values))
        where = np.fromiter(
            (
                bucket_of(row, n)
                for batch in keys.to_batches(READ_BATCH_ROWS)
                for row in zip(*(c.to_pylist() for c in batch.columns), strict=True)
            ),
            dtype=np.int32,
            count=whole.num_rows,
        )
        del keys
        for i in np.unique(where).tolist():
            yield whole.filter(pa.array(where == i))

    def table(self, table: str, i: int | None = None, columns: Sequence[str] | None = None):
        """A table's rows as written (pieces concatenated like ``lake.read_staging(as_written)``):
        those of partition ``i`` for an article-keyed table (``None``: the whole day), only
        ``columns`` when given (those a piece has). An empty typed table when nothing is staged."""
        pieces = self.pieces.get(table, [])
        if not pieces:
            out = schema.empty(table)
            return out if columns is None else out.select([c for c in columns if c in out.names])
        parts = []
        for k, piece in enumerate(pieces):
            if i is None or self.n == 1 or not self.keyed(table):
                if i not in (None, 0) and not self.keyed(table):
                    continue  # a table without articles lives in partition 0
                if isinstance(piece, pa.Table):
                    parts.append(piece if columns is None else _select(piece, columns))
                else:
                    parts.append(
                        pa.Table.from_batches(
                            list(_batches(piece, columns)), schema=_file_schema(piece, columns)
                        )
                    )
                continue
            schema_of = (
                _select(piece, columns).schema
                if isinstance(piece, pa.Table)
                else _file_schema(piece, columns)
            )
            spilled = self._spilled.get((table, k))
            if spilled is not None:  # partition i's own file: read it alone
                path = spilled.get(i)
                parts.append(
                    pq.ParquetFile(path).read(columns=schema_of.names, use_threads=False)
                    if path is not None
                    else schema_of.empty_table()
                )
                continue
            where = self._partition_numbers(table, k)
            offset, mine = 0, []
            for batch in _batches(piece, columns):
                mask = where[offset : offset + batch.num_rows] == i
                offset += batch.num_rows
                if mask.any():
                    mine.append(batch.filter(pa.array(mask)))
            parts.append(pa.Table.from_batches(mine, schema=schema_of))
        if not parts:
            return schema.empty(table)
        return pa.concat_tables(parts, promote_options="permissive")


def _select(t: pa.Table, columns: Sequence[str] | None) -> pa.Table:
    return t if columns is None else t.select([c for c in columns if c in t.schema.names])


def _file_schema(piece: pq.ParquetFile, columns: Sequence[str] | None) -> pa.Schema:
    s = piece.schema_arrow
    if columns is None:
        return s
    return pa.schema([s.field(c) for c in columns if c in s.names])
