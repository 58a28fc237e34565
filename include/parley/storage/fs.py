"""Where the lake's files live — a local folder or an S3 prefix — and the few operations the lake
needs on either, through one code path: pyarrow's filesystems (:mod:`pyarrow.fs`).

A :class:`Store` is a root (``/abs/data/lake`` or ``s3://bucket/prefix``) and the
``pyarrow.fs.FileSystem`` that reaches it. Paths given to its methods are relative to the root, with
``/`` separators. What a store guarantees:

* :meth:`Store.write_bytes` and :meth:`Store.write_parquet` are **atomic**: a reader sees the old
  object or the whole new one, never a part. Locally: a hidden temp file in the same folder
  (``.<name>.<token>.tmp``), then a rename. On S3: one object (PUT, or a multipart upload that
  becomes visible only when it completes; a killed upload leaves no object).
* Listing is strongly consistent (local folders; S3 since 2020, SeaweedFS).
* There is no rename on S3 and no compare-and-swap through pyarrow: the lake never needs either
  (:mod:`parley.storage.manifest` publishes by writing one new object last).

DuckDB reaches an S3 store through :func:`register_duckdb` (DuckDB's ``httpfs`` extension cannot be
installed here): the same pyarrow filesystem, wrapped as an fsspec filesystem
(``fsspec.implementations.arrow.ArrowFSWrapper``) and registered on the connection, so
``read_parquet('s3://…')`` goes through pyarrow. Local stores need nothing.

Credentials for S3 (first that applies): the Airflow Connection ``PARLEY_LAKE_CONN_ID`` (default
``parley_lake``; type ``aws``: login = access key id, password = secret key, extra ``endpoint_url``
and ``region_name``), else the standard variables ``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``,
``AWS_SESSION_TOKEN``, ``AWS_ENDPOINT_URL_S3`` / ``AWS_ENDPOINT_URL``, ``AWS_REGION`` /
``AWS_DEFAULT_REGION``, else pyarrow's default AWS chain (config files, instance metadata). Empty
values count as unset.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import posixpath
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO, Literal
from urllib.parse import urlsplit

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

log = logging.getLogger(__name__)

PARQUET_OPTIONS = {"compression": "zstd"}
ROW_GROUP_ROWS = 65_536  # rows per Parquet row group when streaming


@dataclass(frozen=True)
class S3Options:
    """How to reach an S3-compatible store (None: let pyarrow's default chain decide)."""

    access_key: str | None = None
    secret_key: str | None = None
    session_token: str | None = None
    endpoint_url: str | None = None
    region: str | None = None


_BUCKETS: set[tuple[int, str]] = set()  # (filesystem, bucket) known to exist, this process


@contextlib.contextmanager
def atomic_file(
    path: str | os.PathLike,
    mode: Literal["wb", "w"] = "wb",
    *,
    encoding: str | None = None,
    durable: bool = False,
) -> Iterator[IO]:
    """A local file open for writing (``mode`` ``"wb"``, or ``"w"`` with ``encoding``) under a
    hidden temporary name in ``path``'s folder (``.<name>.<token>.tmp``, created exclusively),
    that replaces ``path`` (``os.replace``: atomic on one file system) only when the block ends
    without an exception. On an exception the temporary file is removed and ``path`` is left as
    it was: an interrupted write never leaves a truncated file that looks finished. ``durable``:
    also fsync the file before the rename and the folder after it (a power cut must not leave
    an empty file). The one atomic local write of Parley (:meth:`Store.open_atomic`, the CLI's
    outputs). Raises ``OSError`` (e.g. ``FileNotFoundError``, ``PermissionError``) when the
    folder is missing or cannot be written; the folder is not created."""
    if mode not in ("wb", "w"):
        raise ValueError(f"atomic_file writes 'wb' or 'w', not {mode!r}")
    folder, name = os.path.split(os.path.abspath(path))
    tmp = os.path.join(folder, f".{name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        with open(tmp, mode.replace("w", "x"), encoding=encoding) as fh:
            yield fh
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
        if durable:
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


@dataclass(frozen=True)
class Store:
    """A root folder (local) or prefix (S3) and the filesystem that reaches it.

    ``root`` is the path inside ``fs`` (``/abs/dir`` or ``bucket/prefix``); ``url`` is how people
    and DuckDB name it (``/abs/dir`` or ``s3://bucket/prefix``)."""

    fs: pafs.FileSystem
    root: str
    url: str

    @property
    def is_local(self) -> bool:
        return isinstance(self.fs, pafs.LocalFileSystem)

    def path(self, rel: str = "") -> str:
        """The filesystem path of ``rel`` (relative to the root)."""
        return posixpath.join(self.root, rel) if rel else self.root

    def uri(self, rel: str = "") -> str:
        """``rel`` as DuckDB and messages name it: an absolute local path or ``s3://…``."""
        return posixpath.join(self.url, rel) if rel else self.url

    def location(self, rel: str = "") -> str:
        """``rel`` as a URL for the world outside DuckDB (Airflow Asset events, reports):
        ``file:///…`` for a local store, ``s3://…`` for S3."""
        uri = self.uri(rel)
        return Path(uri).as_uri() if self.is_local else uri

    def child(self, rel: str) -> Store:
        """The store rooted at ``rel`` inside this one."""
        return Store(self.fs, self.path(rel), self.uri(rel))

    # reading ----------------------------------------------------------------------------------

    def exists(self, rel: str) -> bool:
        return self.fs.get_file_info(self.path(rel)).type != pafs.FileType.NotFound

    def read_bytes(self, rel: str) -> bytes:
        """The object's bytes; ``FileNotFoundError`` if there is none."""
        with self.fs.open_input_stream(self.path(rel)) as fh:
            return fh.read()

    def read_json(self, rel: str):
        return json.loads(self.read_bytes(rel))

    def files(self, rel: str = "", recursive: bool = True) -> list[str]:
        """Paths (relative to the root, sorted) of the files under ``rel``; [] when it is
        missing. Hidden names are included: callers decide what they mean."""
        base = self.path(rel)
        try:
            infos = self.fs.get_file_info(pafs.FileSelector(base, recursive=recursive))
        except FileNotFoundError:
            return []
        except OSError:
            if not self.is_local and not self._bucket_exists():
                return []  # a store nothing was written to yet (the bucket comes with the first write)
            raise
        prefix = self.root.rstrip("/") + "/"
        return sorted(
            i.path[len(prefix) :] if i.path.startswith(prefix) else i.path
            for i in infos
            if i.type == pafs.FileType.File
        )

    def parquet_file(self, rel: str) -> pq.ParquetFile:
        """An open Parquet file (footer read; row groups read on demand)."""
        return pq.ParquetFile(self.fs.open_input_file(self.path(rel)))

    def read_parquet(self, rel: str, schema: pa.Schema | None = None) -> pa.Table:
        return pq.read_table(self.path(rel), filesystem=self.fs, schema=schema)

    def size(self, rel: str) -> int:
        return self.fs.get_file_info(self.path(rel)).size or 0

    # writing ----------------------------------------------------------------------------------

    @property
    def bucket(self) -> str:
        """The S3 bucket of this store (the first part of the root)."""
        return self.root.split("/", 1)[0]

    def _bucket_exists(self) -> bool:
        return self.fs.get_file_info(self.bucket).type != pafs.FileType.NotFound

    def ensure_bucket(self) -> None:
        """Create this store's S3 bucket if it does not exist yet (once per process and bucket;
        nothing to do locally): a fresh object store needs no setup step before the first
        publish."""
        if self.is_local or (id(self.fs), self.bucket) in _BUCKETS:
            return
        if not self._bucket_exists():
            log.info("creating the bucket %s", self.bucket)
            self.fs.create_dir(self.bucket)
        _BUCKETS.add((id(self.fs), self.bucket))

    @contextlib.contextmanager
    def open_atomic(self, rel: str) -> Iterator[BinaryIO | pa.NativeFile]:
        """A writable binary stream that becomes ``rel`` only when the block ends without an
        exception (atomic, see the module doc; locally :func:`atomic_file`). On an exception
        nothing is left behind (locally; on S3 the partial object is deleted, best effort)."""
        final = self.path(rel)
        if self.is_local:
            self.fs.create_dir(posixpath.dirname(final), recursive=True)
            with atomic_file(final) as fh:
                yield fh
            return
        self.ensure_bucket()
        ok = False
        try:
            with self.fs.open_output_stream(final) as fh:
                yield fh
            ok = True
        finally:
            if not ok:
                with contextlib.suppress(OSError):
                    self.fs.delete_file(final)

    def write_bytes(self, rel: str, data: bytes, durable: bool = False) -> None:
        """Write ``data`` to ``rel`` atomically. ``durable``: locally, also fsync the file and its
        folder (for the manifests: a power cut must not leave an empty switch)."""
        if self.is_local and durable:
            final = self.path(rel)
            os.makedirs(os.path.dirname(final), exist_ok=True)
            with atomic_file(final, durable=True) as fh:
                fh.write(data)
            return
        with self.open_atomic(rel) as fh:
            fh.write(data)

    def write_json(self, rel: str, value, durable: bool = False) -> None:
        text = json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False)
        self.write_bytes(rel, text.encode("utf-8"), durable=durable)

    @contextlib.contextmanager
    def parquet_writer(
        self, rel: str, schema: pa.Schema, row_group_rows: int = ROW_GROUP_ROWS
    ) -> Iterator[ParquetSink]:
        """Stream record batches into one Parquet file at ``rel``, atomically (see
        :meth:`open_atomic`): ``with store.parquet_writer(rel, schema) as sink: sink.write(b)``.
        Rows are buffered into row groups of ``row_group_rows`` (default
        :data:`ROW_GROUP_ROWS`; memory: one row group), so the file is the same whatever the
        batch sizes were."""
        with self.open_atomic(rel) as fh:
            sink = ParquetSink(
                pq.ParquetWriter(fh, schema, **PARQUET_OPTIONS), schema, row_group_rows
            )
            try:
                yield sink
                sink.flush()
            finally:
                sink.writer.close()

    def write_parquet(self, rel: str, data: pa.Table) -> int:
        """Write a whole table to ``rel`` atomically; returns its row count."""
        with self.parquet_writer(rel, data.schema) as sink:
            sink.write(data)
        return data.num_rows

    # deleting ---------------------------------------------------------------------------------

    def delete(self, rel: str) -> bool:
        """Delete one file; False if it was not there."""
        try:
            self.fs.delete_file(self.path(rel))
            return True
        except FileNotFoundError:
            return False

    def delete_tree(self, rel: str) -> None:
        """Delete a folder (prefix) and everything under it, if present. A prefix that vanishes
        meanwhile, or that the store lists but cannot delete because nothing is under it
        (SeaweedFS's filer keeps empty folder entries: ``get_file_info`` finds the folder,
        ``delete_dir`` then raises ``FileNotFoundError``), counts as deleted; an ``OSError``
        that leaves files under the prefix is raised."""
        path = self.path(rel)
        if self.fs.get_file_info(path).type == pafs.FileType.NotFound:
            return
        try:
            self.fs.delete_dir(path)
        except FileNotFoundError:
            return
        except OSError:
            if self.files(rel):
                raise


class ParquetSink:
    """Buffers batches into row groups of ``row_group_rows`` rows for a ``pq.ParquetWriter``."""

    def __init__(
        self, writer: pq.ParquetWriter, schema: pa.Schema, row_group_rows: int = ROW_GROUP_ROWS
    ):
        self.writer = writer
        self.schema = schema
        self.row_group_rows = row_group_rows
        self.pending: list[pa.RecordBatch] = []
        self.pending_rows = 0
        self.rows = 0

    def write(self, data: pa.Table | pa.RecordBatch) -> None:
        batches = data.to_batches() if isinstance(data, pa.Table) else [data]
        for batch in batches:
            if batch.num_rows:
                self.pending.append(batch)
                self.pending_rows += batch.num_rows
                self.rows += batch.num_rows
        size = self.row_group_rows
        while self.pending_rows >= size:
            table = pa.Table.from_batches(self.pending, schema=self.schema)
            self.writer.write_table(table.slice(0, size), row_group_size=size)
            rest = table.slice(size)
            self.pending = rest.to_batches()
            self.pending_rows = rest.num_rows

    def flush(self) -> None:
        if self.pending_rows or self.rows == 0:
            table = pa.Table.from_batches(self.pending, schema=self.schema)
            self.writer.write_table(table, row_group_size=self.row_group_rows)
        self.pending, self.pending_rows = [], 0


# ---------------------------------------------------------------------------------------------
# opening stores


def _env(name: str) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or None


def s3_options(conn_id: str | None) -> S3Options:
    """Credentials and endpoint for S3: the Airflow Connection ``conn_id`` when it exists, else
    the standard AWS variables (empty = unset), else pyarrow's default chain (all None)."""
    conn = _airflow_connection(conn_id) if conn_id else None
    if conn is not None:
        extra = conn.extra_dejson or {}
        return S3Options(
            access_key=conn.login or None,
            secret_key=conn.password or None,
            session_token=extra.get("aws_session_token") or None,
            endpoint_url=extra.get("endpoint_url") or None,
            region=extra.get("region_name") or None,
        )
    return S3Options(
        access_key=_env("AWS_ACCESS_KEY_ID"),
        secret_key=_env("AWS_SECRET_ACCESS_KEY"),
        session_token=_env("AWS_SESSION_TOKEN"),
        endpoint_url=_env("AWS_ENDPOINT_URL_S3") or _env("AWS_ENDPOINT_URL"),
        region=_env("AWS_REGION") or _env("AWS_DEFAULT_REGION"),
    )


def _airflow_connection(conn_id: str):
    """The Airflow Connection ``conn_id``, or None when Airflow is not installed or the
    connection is not defined (inside a task: any secrets backend or the metadata DB; outside,
    e.g. the ``parley`` CLI: ``AIRFLOW_CONN_*`` variables)."""
    import sys

    root = logging.getLogger()
    saved = None if "airflow" in sys.modules else (root.handlers[:], root.level)
    try:
        from airflow.sdk import Connection
    except ImportError:
        return None
    finally:
        if saved is not None:  # importing airflow reconfigures logging (stdout): not in a CLI
            root.handlers[:], _ = saved
            root.setLevel(saved[1])
    try:
        return Connection.get(conn_id)
    except Exception as err:  # AirflowNotFoundException and friends: the connection is optional
        log.debug("no Airflow connection %r: %s", conn_id, err)
        return None


@functools.lru_cache(maxsize=8)
def _s3_filesystem(options: S3Options) -> pafs.S3FileSystem:
    endpoint, scheme = None, None
    if options.endpoint_url:
        parts = urlsplit(
            options.endpoint_url
            if "://" in options.endpoint_url
            else f"https://{options.endpoint_url}"
        )
        endpoint, scheme = parts.netloc, parts.scheme
    return pafs.S3FileSystem(
        access_key=options.access_key,
        secret_key=options.secret_key,
        session_token=options.session_token,
        region=options.region or "us-east-1",
        endpoint_override=endpoint,
        scheme=scheme,
        allow_bucket_creation=True,
        request_timeout=60,
        connect_timeout=10,
    )


def open_store(url: str, conn_id: str | None = None) -> Store:
    """The store at ``url``: a local path (absolute, or ``file://…``) or ``s3://bucket/prefix``.
    Raises ``ValueError`` for another scheme."""
    parts = urlsplit(url)
    if parts.scheme in ("", "file"):
        path = Path(parts.path if parts.scheme else url).expanduser().resolve()
        return Store(pafs.LocalFileSystem(), str(path), str(path))
    if parts.scheme in ("s3", "s3a"):
        root = f"{parts.netloc}{parts.path}".rstrip("/")
        return Store(_s3_filesystem(s3_options(conn_id)), root, f"s3://{root}")
    raise ValueError(f"unsupported lake URL {url!r}: use a local path or s3://bucket/prefix")


# ---------------------------------------------------------------------------------------------
# DuckDB


def register_duckdb(con, store: Store) -> None:
    """Let the DuckDB connection ``con`` read ``store``'s ``s3://`` paths (nothing to do for a
    local store): pyarrow's filesystem, wrapped for fsspec, registered as the ``s3`` protocol."""
    if store.is_local:
        return
    con.register_filesystem(_fsspec_wrapper(store.fs))


_WRAPPERS: dict[int, tuple[pafs.FileSystem, object]] = {}


def _fsspec_wrapper(fs: pafs.FileSystem):
    """One fsspec wrapper per pyarrow filesystem (pyarrow filesystems are not hashable)."""
    found = _WRAPPERS.get(id(fs))
    if found is None or found[0] is not fs:
        found = _WRAPPERS[id(fs)] = (fs, _make_wrapper(fs))
    return found[1]


def _make_wrapper(fs: pafs.FileSystem):
    from fsspec.implementations.arrow import ArrowFSWrapper

    class S3ViaArrow(ArrowFSWrapper):
        protocol = ("s3", "s3a")
        root_marker = ""

        @classmethod
        def _strip_protocol(cls, path):
            path = path[0] if isinstance(path, list) else path
            for p in ("s3://", "s3a://"):
                if path.startswith(p):
                    path = path[len(p) :]
            return path.rstrip("/")

    return S3ViaArrow(fs)
