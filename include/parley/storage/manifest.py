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

A partition set other than the daily one lives in its own **group** (a folder under
``_manifests/``): each weekly mart is published on its own, one partition per week
(``_manifests/pair_weeks/dt=2025-02-24/<version>.json``), so a weekly publish never touches the
daily manifest of the same date.
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
_NAME = re.compile(
    r"^(?:(?P<group>[a-z_]+)/)?(?P<key>[a-z_]+)=(?P<value>[^/]+)/(?P<version>[^/]+)\.json$"
)


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
    group: str = ""  # "" = the daily set; else a folder under _manifests/ (a weekly mart)

    @property
    def rel(self) -> str:
        return manifest_path(self.key, self.value, self.version, self.group)

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            **({"group": self.group} if self.group else {}),
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
            group=data.get("group", ""),
        )


def manifest_path(key: str, value: str, version: str, group: str = "") -> str:
    return f"{PREFIX}/{group + '/' if group else ''}{key}={value}/{version}.json"


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


def listing(
    lake: Store, key: str | None = None, group: str | None = ""
) -> dict[tuple[str, str], list[str]]:
    """Every committed manifest of ``group`` (``None``: of every group) by (key, value): its
    versions, oldest first (one LIST)."""
    return {
        (k, v): versions
        for (g, k, v), versions in _listing(lake, group).items()
        if not key or k == key
    }


def _listing(lake: Store, group: str | None) -> dict[tuple[str, str, str], list[str]]:
    out: dict[tuple[str, str, str], list[str]] = {}
    root = f"{PREFIX}/{group}" if group else PREFIX
    for rel in lake.files(root):
        m = _NAME.match(rel[len(PREFIX) + 1 :])
        if not m or not is_version(m["version"]):
            continue  # temp files of an interrupted write, foreign files
        g = m["group"] or ""
        if group is not None and g != group:
            continue
        out.setdefault((g, m["key"], m["value"]), []).append(m["version"])
    for versions in out.values():
        versions.sort()
    return out


def current(lake: Store, key: str = "dt", group: str = "") -> dict[str, Manifest]:
    """The current manifest of every partition of ``key`` in ``group``, by value (sorted): one
    LIST, then the manifests not read before by this process (they never change), 8 at a time."""
    latest = sorted(
        (value, versions[-1]) for (_, value), versions in listing(lake, key, group).items()
    )
    with ThreadPoolExecutor(max_workers=8) as pool:
        found = pool.map(lambda vv: read(lake, key, vv[0], vv[1], group), latest)
        return {value: m for (value, _), m in zip(latest, found, strict=True)}


def current_everywhere(lake: Store) -> list[Manifest]:
    """The current manifest of every partition of every group (what garbage collection keeps)."""
    latest = [(g, k, v, vs[-1]) for (g, k, v), vs in sorted(_listing(lake, None).items())]
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda t: read(lake, t[1], t[2], t[3], t[0]), latest))


def current_of(lake: Store, key: str, value: str, group: str = "") -> Manifest | None:
    folder = f"{PREFIX}/{group + '/' if group else ''}{key}={value}"
    versions = lake.files(folder, recursive=False)
    names = sorted(
        v[:-5]
        for v in (r.rsplit("/", 1)[-1] for r in versions)
        if v.endswith(".json") and is_version(v[:-5])
    )
    return read(lake, key, value, names[-1], group) if names else None


_READ: dict[tuple[str, str], Manifest] = {}


def read(lake: Store, key: str, value: str, version: str, group: str = "") -> Manifest:
    """One manifest (cached per process: a committed manifest never changes)."""
    rel = manifest_path(key, value, version, group)
    cached = _READ.get((lake.url, rel))
    if cached is None:
        cached = _READ[(lake.url, rel)] = Manifest.from_json(lake.read_json(rel))
    return cached


def commit(lake: Store, manifest: Manifest) -> str:
    """Write the manifest: the switch. Returns its URI."""
    lake.write_json(manifest.rel, manifest.to_json(), durable=True)
    return lake.uri(manifest.rel)
