"""Manifests: which files make up each published partition — the switch that publishes a day.

A **partition set** is the group of tables published together for one key: the daily set is every
staged table for one ``dt`` (articles, entities, quotes, rejects, source_days, statements). Each
publish of a set writes its tables under a new **version** and then, last, one manifest object::

    <lake>/_manifests/dt=2025-02-25/20251130T101500123456Z-3fa9c2d1.json
    {"format": 1, "key": "dt", "value": "2025-02-25", "version": "20251130T…-3fa9c2d1",
     "published_at": "2025-11-30T10:15:00.123456+00:00",
     "tables": {"articles": {"path": "articles/dt=2025-02-25/part-20251130T…-3fa9c2d1.parquet",
                             "rows": 3335, "bytes": 9123456}, …}}

Writing that one object is the switch: before it, readers use the previous version of the set (all
its tables); after it, the new one (all its tables). Readers take, for each partition, the manifest
with the **greatest version** (versions sort by time and a new version is always made greater than
the current one). Manifests of different partitions are different objects, so publishing two dates
at once cannot lose either, and two publishes of the same date end with one of them, whole: no
compare-and-swap is needed (S3 through pyarrow offers none). Superseded versions are deleted by
:func:`parley.storage.lake.collect_garbage` once nothing current names them.
"""

from __future__ import annotations

import re
import secrets
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

from parley.storage.fs import Store

FORMAT = 1
PREFIX = "_manifests"
_VERSION = re.compile(r"^\d{8}T\d{12}Z-[0-9a-f]{8}$")
_NAME = re.compile(r"^(?P<key>[a-z_]+)=(?P<value>[^/]+)/(?P<version>[^/]+)\.json$")


@dataclass(frozen=True)
class TableFile:
    path: str  # relative to the lake root
    rows: int
    bytes: int


@dataclass(frozen=True)
class Manifest:
    key: str  # the partition column: "dt"
    value: str  # "2025-02-25"
    version: str
    published_at: str
    tables: dict[str, TableFile] = field(default_factory=dict)

    @property
    def rel(self) -> str:
        return manifest_path(self.key, self.value, self.version)

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "key": self.key,
            "value": self.value,
            "version": self.version,
            "published_at": self.published_at,
            "tables": {
                t: {"path": f.path, "rows": f.rows, "bytes": f.bytes}
                for t, f in sorted(self.tables.items())
            },
        }

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown manifest format {data.get('format')!r}")
        return cls(
            key=data["key"],
            value=data["value"],
            version=data["version"],
            published_at=data["published_at"],
            tables={t: TableFile(**f) for t, f in data["tables"].items()},
        )


def manifest_path(key: str, value: str, version: str) -> str:
    return f"{PREFIX}/{key}={value}/{version}.json"


def new_version(after: str | None = None, now: datetime | None = None) -> str:
    """A fresh version id, ``YYYYMMDDTHHMMSSffffffZ-<8 hex>``, greater than ``after``."""
    now = now or datetime.now(UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    if after is not None and stamp <= after[: len(stamp)]:
        stamp = _bump(after[: len(stamp)])
    return f"{stamp}-{secrets.token_hex(4)}"


def _bump(stamp: str) -> str:
    """The stamp one microsecond later (when the clock is behind the current version)."""
    t = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ")
    from datetime import timedelta

    return (t + timedelta(microseconds=1)).strftime("%Y%m%dT%H%M%S%fZ")


def is_version(text: str) -> bool:
    return bool(_VERSION.match(text))


def listing(lake: Store, key: str | None = None) -> dict[tuple[str, str], list[str]]:
    """Every committed manifest by (key, value): its versions, oldest first (one LIST)."""
    out: dict[tuple[str, str], list[str]] = {}
    for rel in lake.files(PREFIX):
        m = _NAME.match(rel[len(PREFIX) + 1 :])
        if not m or not is_version(m["version"]) or (key and m["key"] != key):
            continue  # temp files of an interrupted write, foreign files
        out.setdefault((m["key"], m["value"]), []).append(m["version"])
    for versions in out.values():
        versions.sort()
    return out


def current(lake: Store, key: str = "dt") -> dict[str, Manifest]:
    """The current manifest of every partition of ``key``, by value (sorted): one LIST, then the
    manifests not read before by this process (they never change), 8 at a time."""
    latest = sorted((value, versions[-1]) for (_, value), versions in listing(lake, key).items())
    with ThreadPoolExecutor(max_workers=8) as pool:
        found = pool.map(lambda vv: read(lake, key, vv[0], vv[1]), latest)
        return {value: m for (value, _), m in zip(latest, found, strict=True)}


def current_of(lake: Store, key: str, value: str) -> Manifest | None:
    versions = lake.files(f"{PREFIX}/{key}={value}", recursive=False)
    names = sorted(
        v[:-5]
        for v in (r.rsplit("/", 1)[-1] for r in versions)
        if v.endswith(".json") and is_version(v[:-5])
    )
    return read(lake, key, value, names[-1]) if names else None


_READ: dict[tuple[str, str], Manifest] = {}


def read(lake: Store, key: str, value: str, version: str) -> Manifest:
    """One manifest (cached per process: a committed manifest never changes)."""
    rel = manifest_path(key, value, version)
    cached = _READ.get((lake.url, rel))
    if cached is None:
        cached = _READ[(lake.url, rel)] = Manifest.from_json(lake.read_json(rel))
    return cached


def commit(lake: Store, manifest: Manifest) -> str:
    """Write the manifest: the switch. Returns its URI."""
    lake.write_json(manifest.rel, manifest.to_json(), durable=True)
    return lake.uri(manifest.rel)
