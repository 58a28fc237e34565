"""The ingest memo: which content hash an input's bytes built, so that a day whose sources
deliver what is already published does not decode and normalise it all again.

An entry is :func:`key` of ``(source, locator, input_hash)`` → ``content_hash``: the sha256
of the bytes read (``RawArticle.input_hash``: a file's, a JSON Lines line's, a response's) with
where they came from, and the
:func:`parley.ids.normalized_content_hash` the article builder made of them. The builder answers
"seen" for an input whose entry names a published content hash — the answer it would give after
normalising, since the same bytes through the same code give the same hash. The memo is keyed
by :func:`version` (the bytes of the ingest and id code and tables, the text libraries' versions
and the sources file): other code, other memo. It holds the inputs of the last run only (what
was built or recognised), so its size is a day's inputs, not the lake's; it is a cache: a missing or unreadable memo costs time, never a
row. File: ``<data dir>/cache/ingest/memo-<version>.parquet``, replaced atomically.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
from importlib import metadata
from pathlib import Path

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parents[1]  # include/parley


# the libraries between an input's bytes and its text: decoding, mojibake repair, HTML and feed
# extraction (a new version may turn the same bytes into other text)
_TEXT_LIBRARIES = ("ftfy", "trafilatura", "lxml", "feedparser", "charset-normalizer")


@functools.lru_cache(maxsize=8)
def version(config: bytes = b"") -> str:
    """16 hex of a sha256 over everything that turns an input's bytes into its content hash: the
    source of :mod:`parley.ingest`, :mod:`parley.ids` and :mod:`parley.schema` (by relative path
    and bytes), the ingest data tables (``data/ingest/*``), the versions of
    :data:`_TEXT_LIBRARIES` and ``config`` (the sources file's bytes: a source's options change
    what is read). Other code, tables, libraries or sources: another memo. Computed once per
    process and ``config`` (a run loads and saves its memo under one version; the code a
    process runs is the code it imported, whatever the files hold later)."""
    h = hashlib.sha256()
    files = sorted(
        [
            *(_PACKAGE / "ingest").glob("*.py"),
            *(_PACKAGE / "data" / "ingest").glob("*"),
            _PACKAGE / "ids.py",
            _PACKAGE / "schema.py",
        ]
    )
    for path in files:
        h.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    for dist in _TEXT_LIBRARIES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            h.update(f"{dist}={metadata.version(dist)}".encode() + b"\0")
    h.update(hashlib.sha256(config).digest())
    return h.hexdigest()[:16]


def key(source: str, locator: str, input_hash: str) -> str:
    """An input's memo key: 32 hex of a sha256 over its source, locator and bytes' hash (any
    string, lone surrogates too)."""
    raw = "\0".join((source, locator, input_hash)).encode("utf-8", "surrogatepass")
    return hashlib.sha256(raw).hexdigest()[:32]


def memo_path(folder: Path, config: bytes = b"") -> Path:
    """The memo file of this code and ``config`` (see :func:`version`) in ``folder``."""
    return folder / f"memo-{version(config)}.parquet"


def load(folder: Path, config: bytes = b"") -> dict[str, str]:
    """The memo for this code and ``config`` in ``folder`` (empty when there is none or it cannot
    be read)."""
    import pyarrow.parquet as pq

    path = memo_path(folder, config)
    if not path.exists():
        return {}
    try:
        t = pq.read_table(path).to_pydict()
    except Exception as err:  # a cache: a broken file costs time, not the run
        log.warning("ingest memo %s unreadable (%s): ignored", path, err)
        return {}
    return dict(zip(t["input_key"], t["content_hash"], strict=True))


def save(folder: Path, entries: dict[str, str], config: bytes = b"") -> Path:
    """Write ``entries`` as the memo for this code and ``config`` (atomically,
    :func:`parley.storage.fs.atomic_file`: an interrupted write leaves the old memo and no
    temporary file) and remove the memos of other versions. Returns the file's path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from parley.storage.fs import atomic_file

    folder.mkdir(parents=True, exist_ok=True)
    path = memo_path(folder, config)
    keys = sorted(entries)
    table = pa.table({"input_key": keys, "content_hash": [entries[k] for k in keys]})
    with atomic_file(path) as fh:
        pq.write_table(table, fh)
    for old in folder.glob("memo-*.parquet"):
        if old != path:
            old.unlink(missing_ok=True)
    return path
