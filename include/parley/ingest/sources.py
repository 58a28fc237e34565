"""Sources as configuration: which outlets the daily run reads, and how carefully.

The configuration is one YAML file (default ``include/sources.yaml``, overridden by
``PARLEY_SOURCES``). Adding an outlet is one entry, no code::

    defaults:            # merged into every source (a source's own keys win)
      limits: {timeout_s: 20, retries: 2, max_bytes: 5000000, delay_s: 1.0, max_items: 300}
    sources:
      - name: bbc-world                      # unique, [a-z0-9_-]; becomes articles.source
        type: rss                            # rss | atom (a feed) | pages (page URLs) | folder
        url: https://feeds.bbci.co.uk/news/world/rss.xml
        country: GB                          # outlet metadata (ISO 3166 alpha-2, ISO 639-1)
        language: en
        fetch_pages: true                    # feeds: fetch each item's page for its full text
        allow_private: false                 # or networks you run servers in: [127.0.0.0/8]

A feed can be a local file: ``path: feeds/world.xml`` (relative to the YAML file) or
``url: file:///srv/feeds/world.xml`` instead of an http(s) ``url``. It is read from disk (no
server, ``allow_private`` or ``delay_s`` needed) and landed like a download. Its items' links
written relative to it resolve to ``file://`` addresses (kept as the articles' ``url``): a page
file in the feed's folder or below it is read like a fetched page (saved pages), any other file
is refused (``outside-folder``; a hidden one, ``hidden``) and the item keeps its summary; http(s)
links are fetched as usual.

Where a feed file may be: anywhere the YAML names it. A relative ``path`` (``../feeds/world.xml``
too) is resolved against the YAML file's folder, an absolute one or a ``file:`` URL is taken as
written; the operator who writes the YAML chooses the file, so a path outside the YAML's folder
is allowed. What the run opens is exactly the file named there: on each run it must exist and be
a regular file, else the source fails for the day with a reject (stage ``fetch``) that names the
path: ``not-found``, or ``unreadable`` (a folder, a FIFO, no permission, or a **symbolic link**:
never followed, so a link cannot move the feed — and the folder its saved pages are read from —
somewhere the YAML does not name). The feed's folder (what its saved pages must be inside) is the
folder the path names, with that folder's own links resolved: put a feed file in a folder of its
own, since every page file in that folder and below it can be read as a saved page.

``type: folder`` reads local files; without ``path`` it reads ``PARLEY_INBOX`` (default: the bundled
samples), so ``make run`` and the tests keep working with the default file. ``fields`` maps JSON keys
of a folder's ``.json``/``.jsonl`` records onto ours (``{text: body, title: headline}``).
A relative ``path`` is relative to the YAML file.
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from parley.settings import ConfigError, Settings

TYPES = ("rss", "atom", "pages", "folder")
FEED_TYPES = ("rss", "atom")
RECORD_FIELDS = (
    "text", "title", "published", "url", "source", "id", "license", "language", "author",
)  # fmt: skip
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


class SourceConfigError(ConfigError):
    """The sources file is not valid; the message names the entry and the key."""


@dataclass(frozen=True)
class Limits:
    """How much one source may cost: per request and per run."""

    timeout_s: float = 20.0  # connect and read timeout of one request
    retries: int = 2  # extra attempts after a timeout, connection error, 429 or 5xx
    backoff_s: float = 1.0  # first retry waits this long, then doubles
    max_bytes: int = 5_000_000  # body size cap (after decompression)
    delay_s: float = 1.0  # politeness: minimum gap between two requests to one host
    max_items: int = 300  # feed items (or page URLs) taken per run
    max_redirects: int = 5


@dataclass(frozen=True)
class Source:
    name: str
    type: str
    url: str | None = None  # feeds (a local feed file: its file:// URL)
    urls: tuple[str, ...] = ()  # pages
    path: Path | None = None  # folder; a feed read from a local file
    country: str | None = None
    language: str | None = None
    fetch_pages: bool = True
    allow_private: bool | tuple = False  # True, or a tuple of ipaddress networks
    fields: dict[str, str] = field(default_factory=dict)
    limits: Limits = field(default_factory=Limits)

    @property
    def source_type(self) -> str:
        """The value of ``articles.source_type`` for this source's articles."""
        return "file" if self.type == "folder" else self.type

    def field_name(self, ours: str) -> str:
        """The record key that holds our field ``ours`` (``fields`` mapping, else the same)."""
        return self.fields.get(ours, ours)


def _merge(defaults: dict, entry: dict) -> dict:
    out = dict(defaults)
    for key, value in entry.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


def _limits(raw: Any, where: str) -> Limits:
    if raw is None:
        return Limits()
    if not isinstance(raw, dict):
        raise SourceConfigError(f"{where}: 'limits' must be a mapping")
    known = set(Limits.__dataclass_fields__)
    unknown = set(raw) - known
    if unknown:
        raise SourceConfigError(
            f"{where}: unknown limits {sorted(unknown)} (known: {sorted(known)})"
        )
    values: dict[str, Any] = {}
    for key, value in raw.items():
        kind = type(getattr(Limits(), key))
        try:
            values[key] = kind(value)
        except (TypeError, ValueError) as err:
            what = "an integer" if kind is int else "a number"
            raise SourceConfigError(f"{where}: limits.{key} must be {what}, not {value!r}") from err
        if values[key] < 0:
            raise SourceConfigError(f"{where}: limits.{key} must not be negative")
    return Limits(**values)


def _allowance(raw: Any, where: str) -> bool | tuple:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        raise SourceConfigError(f"{where}: 'allow_private' is true/false or a list of networks")
    try:
        return tuple(ipaddress.ip_network(str(n), strict=False) for n in raw)
    except ValueError as err:
        raise SourceConfigError(f"{where}: allow_private: {err}") from err


LOCAL_HOSTS = ("", "localhost")
"""The hosts a ``file:`` URL may name: none or ``localhost`` (RFC 8089: this machine); a file URL
naming another host is refused, never read from this machine's disk under that host's name."""


def _feed_location(
    url: Any, raw_path: Any, base_dir: Path, where: str, kind: str
) -> tuple[str, Path | None]:
    """(the feed's URL, its local file or None) from a feed source's ``url`` and ``path``: an
    http(s) URL is fetched; a local feed file (``path``, relative to the YAML file's folder
    ``base_dir`` or absolute, or a ``file:`` URL; its final component kept as named, not
    resolved through a symbolic link) is read from disk and named by its ``file://`` URL, which item links written
    relative to the feed resolve against. Raises :class:`SourceConfigError` for both keys, neither,
    or a ``file:`` URL naming another host (:data:`LOCAL_HOSTS`)."""
    if raw_path not in (None, "") and url is not None:
        raise SourceConfigError(f"{where}: give 'url' or 'path', not both")
    if isinstance(url, str) and urlsplit(url).scheme == "file":
        if urlsplit(url).netloc not in LOCAL_HOSTS:
            raise SourceConfigError(
                f"{where}: a file: URL names host {urlsplit(url).netloc!r}; only this machine's "
                "files are read (file:///path)"
            )
        raw_path = url2pathname(urlsplit(url).path)
    if raw_path not in (None, ""):
        # the file as named (its final component not resolved: a link is refused when read,
        # never followed to another folder), in its folder's real location
        named = Path(os.path.abspath(base_dir / str(raw_path)))
        path = named.parent.resolve() / named.name
        return path.as_uri(), path
    if not isinstance(url, str):
        raise SourceConfigError(
            f"{where}: a {kind} source needs 'url' (http, https or file:) or 'path' (a local "
            "feed file)"
        )
    return url, None


def parse(config: Any, base_dir: Path, settings: Settings) -> list[Source]:
    """Validate a parsed YAML document and build the sources (order kept: it decides which copy of
    a duplicate is the original)."""
    if not isinstance(config, dict) or not isinstance(config.get("sources"), list):
        raise SourceConfigError("the sources file needs a top-level 'sources:' list")
    defaults = config.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise SourceConfigError("'defaults' must be a mapping")
    out: list[Source] = []
    seen: set[str] = set()
    for i, entry in enumerate(config["sources"]):
        if not isinstance(entry, dict):
            raise SourceConfigError(f"sources[{i}] is not a mapping")
        merged = _merge(defaults, entry)
        name = str(merged.get("name") or "")
        where = f"source '{name}'" if name else f"sources[{i}]"
        if not _NAME.match(name):
            raise SourceConfigError(f"{where}: 'name' must match {_NAME.pattern}")
        if name in seen:
            raise SourceConfigError(f"{where}: duplicate name")
        seen.add(name)
        known = {
            "name",
            "type",
            "url",
            "urls",
            "path",
            "country",
            "language",
            "fetch_pages",
            "allow_private",
            "fields",
            "limits",
        }
        unknown = set(merged) - known
        if unknown:
            raise SourceConfigError(f"{where}: unknown keys {sorted(unknown)}")
        # after the unknown keys: a misspelt "type" key is named, not reported as a missing type
        kind = merged.get("type")
        if kind not in TYPES:
            raise SourceConfigError(f"{where}: 'type' must be one of {', '.join(TYPES)}")
        url, urls, path = merged.get("url"), merged.get("urls") or [], None
        if kind in FEED_TYPES:
            url, path = _feed_location(url, merged.get("path"), base_dir, where, kind)
        if kind == "pages" and (
            not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls)
        ):
            raise SourceConfigError(f"{where}: a pages source needs a non-empty 'urls' list")
        if kind == "folder":
            raw_path = merged.get("path")
            path = (base_dir / raw_path).resolve() if raw_path else settings.inbox
        fields = merged.get("fields") or {}
        if not isinstance(fields, dict) or set(fields) - set(RECORD_FIELDS):
            raise SourceConfigError(f"{where}: 'fields' maps some of {RECORD_FIELDS} to keys")
        out.append(
            Source(
                name=name,
                type=kind,
                url=url if kind in FEED_TYPES else None,
                urls=tuple(urls) if kind == "pages" else (),
                path=path,
                country=merged.get("country"),
                language=merged.get("language"),
                fetch_pages=bool(merged.get("fetch_pages", True)),
                allow_private=_allowance(merged.get("allow_private", False), where),
                fields={str(k): str(v) for k, v in fields.items()},
                limits=_limits(merged.get("limits"), where),
            )
        )
    return out


def load(settings: Settings) -> list[Source]:
    """The configured sources (``PARLEY_SOURCES`` or ``include/sources.yaml``)."""
    import yaml

    path = settings.sources_path
    if not path.is_file():
        raise SourceConfigError(f"sources file {path} does not exist (set PARLEY_SOURCES)")
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise SourceConfigError(f"{path}: not valid YAML: {err}") from err
    try:
        return parse(config, path.parent, settings)
    except SourceConfigError as err:
        raise SourceConfigError(f"{path}: {err}") from None


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it lies inside it, else as it is."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def describe(settings: Settings) -> str:
    """One line naming the sources a run reads: the configuration file (``PARLEY_SOURCES``)
    and, per source, its type and where it reads (a folder's path — ``PARLEY_INBOX`` for the
    folder source that names none —, a feed's address or local file, a page list's size),
    e.g. ``include/sources.yaml: folder include/samples``. A configuration that cannot be read
    is named with its error (the run itself then stops on it)."""
    where = _shown(settings.sources_path)
    try:
        sources = load(settings)
    except ConfigError as err:
        return f"{where} (cannot be read: {err})"
    parts = []
    for s in sources:
        if s.type == "folder" and s.path is not None:
            parts.append(f"folder {_shown(s.path)}")
        elif s.type == "pages":
            parts.append(f"pages ({len(s.urls)})")
        elif s.url and s.url.startswith("file:") and s.path is not None:
            parts.append(f"{s.type} {_shown(s.path)}")
        else:
            parts.append(f"{s.type} {s.url}")
    return f"{where}: {', '.join(parts) if parts else 'no sources'}"
