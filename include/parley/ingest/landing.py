"""The raw landing zone: what every network source answered on a date, kept so re-runs replay it;
and the fetchers the readers ask (:class:`LiveFetcher` lands, :class:`ReplayFetcher` replays).

Conditional GET makes the network answer ``304 Not Modified`` the second time a feed is asked for,
so a re-run of a date cannot reproduce that date from the network. Instead the first run lands
every response (status, headers that matter, body, or the error) here, and a re-run of the same
date reads them back through :class:`Replay` — the same parsing code, the same rows::

    <data>/raw/dt=YYYY-MM-DD/<source>/manifest.jsonl     one line per URL fetched
    <data>/raw/dt=YYYY-MM-DD/<source>/bodies/<sha256>     the bodies, by content hash
    <data>/raw/validators.json                            ETag/Last-Modified per URL (last 200)

A source's folder is written complete into a hidden sibling and renamed into place
(:meth:`Landing.commit`), so a crash mid-fetch leaves no half-landed source: the next run fetches
that source again. Validators are saved only after the landing is committed.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import uuid
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit
from urllib.request import url2pathname

from parley.ingest.http import FetchError, HttpClient, Response
from parley.ingest.localfile import read_regular
from parley.ingest.sources import LOCAL_HOSTS
from parley.settings import Settings

if TYPE_CHECKING:
    from parley.ingest.sources import Source

MANIFEST = "manifest.jsonl"


def source_dir(settings: Settings, dt: date, source: str) -> Path:
    return settings.raw_dir / f"dt={dt.isoformat()}" / source


class Landing:
    """Collects one source's responses for one date; :meth:`commit` makes them the record."""

    def __init__(self, settings: Settings, dt: date, source: str) -> None:
        self.final = source_dir(settings, dt, source)
        self.tmp = self.final.with_name(f".{source}.tmp-{uuid.uuid4().hex[:8]}")
        (self.tmp / "bodies").mkdir(parents=True)
        self._manifest = (self.tmp / MANIFEST).open("w", encoding="utf-8")

    def record(self, resp: Response) -> None:
        body_name = None
        if resp.body:
            body_name = hashlib.sha256(resp.body).hexdigest()
            path = self.tmp / "bodies" / body_name
            if not path.exists():
                path.write_bytes(resp.body)
        line = {
            "url": resp.url,
            "final_url": resp.final_url,
            "status": resp.status,
            "content_type": resp.content_type,
            "etag": resp.etag,
            "last_modified": resp.last_modified,
            "error": asdict(resp.error) if resp.error else None,
            "attempts": resp.attempts,
            "body": body_name,
        }
        self._manifest.write(json.dumps(line, ensure_ascii=False) + "\n")

    def commit(self) -> Path:
        self._manifest.close()
        old = self.final.with_name(f".{self.final.name}.old-{uuid.uuid4().hex[:8]}")
        if self.final.exists():
            os.replace(self.final, old)
        os.replace(self.tmp, self.final)
        shutil.rmtree(old, ignore_errors=True)
        return self.final

    def abort(self) -> None:
        self._manifest.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


class Replay:
    """A landed source read back: :meth:`get` answers what the network answered that day."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.responses: dict[str, Response] = {}
        with (folder / MANIFEST).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                body = (folder / "bodies" / rec["body"]).read_bytes() if rec["body"] else b""
                self.responses[rec["url"]] = Response(
                    url=rec["url"],
                    final_url=rec["final_url"],
                    status=rec["status"],
                    content_type=rec["content_type"],
                    body=body,
                    etag=rec["etag"],
                    last_modified=rec["last_modified"],
                    error=FetchError(**rec["error"]) if rec["error"] else None,
                    attempts=rec["attempts"],  # what the first run spent, so counts reproduce
                )

    def get(self, url: str) -> Response:
        resp = self.responses.get(url)
        if resp is None:
            return Response(
                url=url,
                final_url=url,
                error=FetchError(
                    "not-landed",
                    "the date is being replayed from the landing zone and this URL was not "
                    "fetched on the first run; delete the date's raw folder to fetch again",
                ),
            )
        return resp


def replay(settings: Settings, dt: date, source: str) -> Replay | None:
    """The landed record of ``source`` on ``dt``, or None if it was never (completely) landed."""
    folder = source_dir(settings, dt, source)
    return Replay(folder) if (folder / MANIFEST).is_file() else None


# ---------------------------------------------------------------------------------------------
# conditional GET validators


def _validators_path(settings: Settings) -> Path:
    return settings.raw_dir / "validators.json"


def load_validators(settings: Settings) -> dict[str, dict[str, str]]:
    path = _validators_path(settings)
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}  # a damaged cache only costs a full fetch


def save_validators(settings: Settings, validators: dict[str, dict[str, str]]) -> None:
    path = _validators_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.write_text(json.dumps(validators, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


class Fetcher(Protocol):
    """What a reader asks for a URL: :class:`LiveFetcher` (the network, landed) or
    :class:`ReplayFetcher` (the landing zone of the date's first run)."""

    replayed: bool
    requests: int  # HTTP requests this source cost (as spent by the first run when replayed)
    new_validators: dict[str, dict[str, str]]

    def get(self, url: str, kind: str, conditional: bool = False) -> Response:
        """The response for ``url`` (``kind`` is ``feed`` or ``page``); conditional GET when
        asked and a validator is known."""
        ...


def file_response(path: Path, url: str, max_bytes: int) -> Response:
    """A local file (a feed file, or a saved page in its folder) as the response a download of
    it would be: status 200 and its bytes (no Content-Type: the file's own declaration decides
    its charset), or an error ``not-found``, ``unreadable`` (not a regular file, a symbolic link, no
    permission)
    or ``too-large`` (over ``max_bytes``, the source's ``limits.max_bytes``). Read with :func:`~parley.ingest.localfile.read_regular`, as
    inbox files are (no final symbolic link followed, nothing but a regular file opened)."""
    try:
        body, size = read_regular(path, max_bytes)
    except FileNotFoundError:
        return Response(url, url, error=FetchError("not-found", f"no file at {path}"))
    except OSError as err:
        if err.errno == errno.ELOOP:  # O_NOFOLLOW met a link as the final component
            detail = f"{path} is a symbolic link: not followed (name the file itself)"
            return Response(url, url, error=FetchError("unreadable", detail))
        detail = f"cannot read {path}: {err.strerror or err}"
        return Response(url, url, error=FetchError("unreadable", detail))
    if size > max_bytes or len(body) > max_bytes:
        detail = f"{path} has {size} bytes, over the cap limits.max_bytes = {max_bytes}"
        return Response(url, url, error=FetchError("too-large", detail))
    return Response(url, url, status=200, body=body)


class LiveFetcher:
    """Fetches through the shared client, lands every response, remembers new validators."""

    def __init__(
        self,
        client: HttpClient,
        source: Source,
        land: Landing,
        validators: dict[str, dict[str, str]],
    ) -> None:
        self.client, self.source, self.land, self.validators = client, source, land, validators
        self.replayed = False
        self.new_validators: dict[str, dict[str, str]] = {}
        self._memo: dict[str, Response] = {}
        self.requests = 0

    def get(self, url: str, kind: str, conditional: bool = False) -> Response:
        if url in self._memo:
            return self._memo[url]
        if self.source.path is not None and urlsplit(url).scheme == "file":
            resp = self._local(url, kind)
        else:
            resp = self.client.get(
                url,
                kind,
                self.source.limits,
                allow_private=self.source.allow_private,
                validators=self.validators.get(url) if conditional else None,
            )
        self.requests += resp.attempts
        self.land.record(resp)
        if conditional and resp.ok and (resp.etag or resp.last_modified):
            self.new_validators[url] = {
                k: v for k, v in (("etag", resp.etag), ("last_modified", resp.last_modified)) if v
            }
        self._memo[url] = resp
        return resp

    def _local(self, url: str, kind: str) -> Response:
        """A ``file:`` URL of a source that reads a local feed file: the feed itself, or a page
        file in the feed's folder or below it (saved pages its items link to); any other file is
        refused (``outside-folder``), as a folder source opens nothing outside its folder, and so
        is a hidden file or one in a hidden folder (``hidden``: ``.env``, ``.git/config``), which
        a folder source skips too, and a ``file:`` URL naming another host (``outside-folder``:
        :data:`~parley.ingest.sources.LOCAL_HOSTS`)."""
        limit = self.source.limits.max_bytes
        if kind == "feed" and url == self.source.url:
            return file_response(self.source.path, url, limit)
        folder = self.source.path.parent
        if urlsplit(url).netloc not in LOCAL_HOSTS:
            detail = (
                f"{url} names host {urlsplit(url).netloc!r}: only this machine's files are read"
            )
            return Response(url, url, error=FetchError("outside-folder", detail))
        written = Path(os.path.normpath(url2pathname(urlsplit(url).path)))
        path = written.resolve()
        if kind != "page" or not path.is_relative_to(folder):
            detail = f"{path} is outside the feed file's folder {folder}: not opened"
            return Response(url, url, error=FetchError("outside-folder", detail))
        named = [path.relative_to(folder)]
        if written.is_relative_to(folder):
            named.append(written.relative_to(folder))
        if any(part.startswith(".") for rel in named for part in rel.parts):
            detail = f"{written} is a hidden file (or in a hidden folder): not opened"
            return Response(url, url, error=FetchError("hidden", detail))
        return file_response(path, url, limit)


class ReplayFetcher:
    """Answers from the landing zone: what the network said on the date's first run."""

    def __init__(self, replay: Replay) -> None:
        self.replay = replay
        self.replayed = True
        self.new_validators: dict[str, dict[str, str]] = {}
        self.requests = 0  # as spent by the first run, so source_days reproduces exactly
        self._served: set[str] = set()

    def get(self, url: str, kind: str, conditional: bool = False) -> Response:
        resp = self.replay.get(url)
        if url not in self._served:
            self._served.add(url)
            self.requests += resp.attempts
        return resp
