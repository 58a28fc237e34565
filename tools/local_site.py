"""A local HTTP site on 127.0.0.1 for the ingestion tests and ``make fuzz``: routes added at run
time, conditional GET (ETag / Last-Modified answered with 304), every request logged.

``with serve_site() as site: url = site.add("/a.html", body)`` serves ``body`` until the block
ends. Used by the ``site`` and ``site_server`` fixtures of ``tests/conftest.py`` and by
:mod:`tools.fuzz`; sources that read it must allow private addresses (``allow_private``).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Response = tuple[int, dict[str, str], bytes]  # status, headers, body


class Site:
    """What the local server serves: ``routes`` (path without query -> :data:`Response`, or a
    callable taking the request's log entry and returning one), ``log`` (one dict per request:
    path, status, if_none_match, if_modified_since, host) and ``base`` (``http://127.0.0.1:PORT``)."""

    def __init__(self) -> None:
        self.routes: dict[str, Response | Callable[[dict], Response | None]] = {}
        self.log: list[dict] = []
        self.lock = threading.Lock()
        self.base = ""

    def add(
        self,
        path: str,
        body: bytes,
        content_type: str = "text/html",
        status: int = 200,
        headers: dict[str, str] | None = None,
        validators: bool = True,
    ) -> str:
        """Serve ``body`` at ``path`` with ``content_type`` (``""``: no Content-Type header) and,
        for a 200 with ``validators``, a strong ETag and a Last-Modified; ``headers`` are added
        (``"Content-Length": "omit"`` sends no length). Returns the URL."""
        h = {"Content-Type": content_type} if content_type else {}
        h.update(headers or {})
        if status == 200 and validators:
            h.setdefault("ETag", '"' + hashlib.sha256(body).hexdigest()[:16] + '"')
            h.setdefault("Last-Modified", "Mon, 18 Nov 2019 10:00:00 GMT")
        self.routes[path] = (status, h, body)
        return self.base + path

    def requests_to(self, path: str) -> list[dict]:
        """The log entries of the requests for ``path`` (with its query, as requested)."""
        return [r for r in self.log if r["path"] == path]


@contextlib.contextmanager
def serve_site() -> Iterator[Site]:
    """A threaded HTTP server on 127.0.0.1 (a free port) serving the :class:`Site` it yields, until
    the block ends. A route is looked up by the request's path without its query (like a site); an
    unknown path answers 404. A 200 whose ETag matches If-None-Match, or whose Last-Modified
    matches If-Modified-Since (without If-None-Match), answers 304 with no body."""
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep pytest output clean
            pass

        def do_GET(self):
            route = state.routes.get(self.path.split("?", 1)[0])  # like a site, ignore ?query
            entry = {
                "path": self.path,
                "if_none_match": self.headers.get("If-None-Match"),
                "if_modified_since": self.headers.get("If-Modified-Since"),
                "host": self.headers.get("Host"),
            }
            if callable(route):
                route = route(entry)
            if route is None:
                status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
            else:
                status, headers, body = route
            if status == 200 and (
                (entry["if_none_match"] and entry["if_none_match"] == headers.get("ETag"))
                or (
                    entry["if_modified_since"]
                    and entry["if_modified_since"] == headers.get("Last-Modified")
                    and not entry["if_none_match"]
                )
            ):
                status, body = 304, b""
            entry["status"] = status
            with state.lock:
                state.log.append(entry)
            self.send_response(status)
            for k, v in headers.items():
                if k.lower() != "content-length":
                    self.send_header(k, v)
            if "Content-Length" in headers:  # "omit": no length, the body ends when we close
                if headers["Content-Length"] != "omit":
                    self.send_header("Content-Length", headers["Content-Length"])
            elif status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
