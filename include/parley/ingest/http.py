"""The HTTP client: every byte Parley reads from the network comes through :class:`HttpClient`.

What it guarantees, per request (limits come from the source's configuration):

* only ``http``/``https``; the host is resolved once and **every** address it resolves to is
  checked: private, loopback, link-local, shared, reserved and multicast addresses are refused
  unless the source sets ``allow_private`` (multicast and unspecified never pass). The connection
  then goes to the checked address (the host name is only sent as ``Host``/SNI), so a DNS answer
  that changes between check and connect cannot smuggle a request inside;
* redirects are followed by hand, at most ``max_redirects``, each hop checked like the first;
* connect/read timeouts; bounded retries with exponential backoff on timeouts, connection errors,
  429 and 5xx (``Retry-After`` honoured up to :data:`MAX_RETRY_AFTER_S`);
* a size cap on the decoded body (``Content-Length`` is checked first, then the stream is cut),
  so neither a huge page nor a gzip bomb is read into memory;
* content-type checks per kind (a feed must look like XML or text, a page like HTML);
* a per-host politeness delay between requests;
* conditional GET: ``If-None-Match``/``If-Modified-Since`` from the validators of the last ``200``,
  so an unchanged feed answers ``304`` and costs nothing.

Failures never raise: they come back as a :class:`Response` whose ``error`` says why, in words a
person can act on; the ingest stage turns them into ``rejects`` rows.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from parley.ingest.sources import Limits

log = logging.getLogger(__name__)

USER_AGENT = "Parley/0.1 (news research pipeline; polite fetcher)"
MAX_RETRY_AFTER_S = 60.0
MAX_BACKOFF_S = 30.0
RETRY_STATUSES = {429, 500, 502, 503, 504}
REDIRECT_STATUSES = {301, 302, 303, 307, 308}

# media types accepted per kind of fetch ("" = the server sent none)
FEED_TYPES = ("xml", "rss", "atom", "rdf", "text/plain", "text/html", "application/octet-stream")
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class FetchError:
    reason: str  # machine-readable: blocked-address, too-large, timeout, http-error, ...
    detail: str  # what happened and what to do about it


@dataclass
class Response:
    """The outcome of one logical GET (after redirects and retries)."""

    url: str
    final_url: str
    status: int = 0  # 0 when no HTTP answer was received
    content_type: str = ""
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    error: FetchError | None = None
    attempts: int = 0  # requests actually sent (0 for a refused URL or a replay)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304


class _Refused(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.error = FetchError(reason, detail)


Allowance = bool | tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]


def check_address(ip: str, allow_private: Allowance) -> str | None:
    """Why ``ip`` may not be contacted (None = it may). Non-public addresses (private, loopback,
    link-local, shared, reserved) pass only with ``allow_private``: ``True`` for all of them, or
    a tuple of networks (``127.0.0.0/8``) for just those. Multicast and unspecified never pass."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if addr.is_multicast or addr.is_unspecified:
        return f"{addr} is a {'multicast' if addr.is_multicast else 'unspecified'} address"
    if addr.is_global:
        return None
    if allow_private is True or (
        isinstance(allow_private, tuple)
        and any(addr.version == net.version and addr in net for net in allow_private)
    ):
        return None
    kind = (
        "loopback"
        if addr.is_loopback
        else "link-local"
        if addr.is_link_local
        else "private"
        if addr.is_private
        else "non-public"
    )
    return f"{addr} is a {kind} address"


def _resolve(host: str, port: int, allow_private: Allowance) -> str:
    """The address to connect to, after checking every address ``host`` resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise _Refused("dns-error", f"cannot resolve host '{host}': {err}") from err
    addrs = list(dict.fromkeys(info[4][0] for info in infos))
    for ip in addrs:
        why = check_address(ip, allow_private)
        if why:
            raise _Refused(
                "blocked-address",
                f"refused to fetch from '{host}': {why}; only public addresses are fetched "
                "unless the source allows it (allow_private: true, or a list of networks)",
            )
    return addrs[0]


def _check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path?query) of an http(s) URL, or :class:`_Refused`."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as err:
        raise _Refused("bad-url", f"not a valid URL: {err}") from err
    if parts.scheme not in ("http", "https"):
        raise _Refused(
            "bad-scheme", f"only http and https URLs are fetched, not '{parts.scheme or '?'}:'"
        )
    if not parts.hostname:
        raise _Refused("bad-url", "the URL has no host")
    port = port or (443 if parts.scheme == "https" else 80)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, parts.hostname, port, target


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def content_type_ok(content_type: str, kind: str) -> bool:
    """Whether a response of this Content-Type may be read as ``kind`` ("feed" or "page")."""
    media = _media_type(content_type)
    if not media:
        return True
    allowed = FEED_TYPES if kind == "feed" else PAGE_TYPES
    return any(a in media for a in allowed)


@dataclass
class HttpClient:
    """One per run: shares connection pools and the per-host politeness clock across sources."""

    clock: object = time.monotonic
    sleep: object = time.sleep
    _last: dict[str, float] = field(default_factory=dict)
    _pools: dict[tuple, object] = field(default_factory=dict)
    requests_sent: int = 0

    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()
        self._pools.clear()

    def _wait_turn(self, host: str, delay: float) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = last + delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _pool(self, scheme: str, host: str, ip: str, port: int, timeout: float):
        import certifi
        import urllib3

        key = (scheme, host, ip, port)
        pool = self._pools.get(key)
        if pool is None:
            kw = {
                "host": ip,
                "port": port,
                "timeout": urllib3.Timeout(connect=timeout, read=timeout),
                "retries": False,
                "maxsize": 1,
            }
            if scheme == "https":
                pool = urllib3.HTTPSConnectionPool(
                    **kw,
                    server_hostname=host,
                    assert_hostname=host,
                    cert_reqs="CERT_REQUIRED",
                    ca_certs=certifi.where(),
                )
            else:
                pool = urllib3.HTTPConnectionPool(**kw)
            self._pools[key] = pool
        return pool

    def _once(
        self,
        url: str,
        kind: str,
        limits: Limits,
        allow_private: Allowance,
        headers: dict[str, str],
    ) -> tuple[int, dict, bytes]:
        """One request to one URL (no redirects, no retries): (status, headers, body)."""
        import urllib3

        scheme, host, port, target = _check_url(url)
        ip = _resolve(host, port, allow_private)
        self._wait_turn(host, limits.delay_s)
        pool = self._pool(scheme, host, ip, port, limits.timeout_s)
        default_port = 443 if scheme == "https" else 80
        host_header = host if port == default_port else f"{host}:{port}"
        if ":" in host and not host.startswith("["):
            host_header = f"[{host}]" if port == default_port else f"[{host}]:{port}"
        self.requests_sent += 1
        try:
            resp = pool.urlopen(
                "GET",
                target,
                headers={
                    "Host": host_header,
                    "User-Agent": USER_AGENT,
                    "Accept-Encoding": "gzip, deflate",
                    "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                    "text/xml;q=0.9, */*;q=0.5"
                    if kind == "feed"
                    else "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
                    **headers,
                },
                redirect=False,
                retries=False,
                preload_content=False,
                decode_content=True,
                assert_same_host=False,
            )
        except urllib3.exceptions.TimeoutError as err:
            raise _Refused("timeout", f"no answer within {limits.timeout_s:g} s: {err}") from err
        except urllib3.exceptions.SSLError as err:
            raise _Refused("tls-error", f"TLS handshake failed: {err}") from err
        except urllib3.exceptions.HTTPError as err:
            raise _Refused("connection-error", f"connection failed: {err}") from err
        complete = False
        try:
            status = resp.status
            hdrs = {k.lower(): v for k, v in resp.headers.items()}
            if status != 200:
                return status, hdrs, b""
            body = self._read_body(resp, hdrs, kind, limits)
            complete = True
            return status, hdrs, body
        finally:
            if not complete:  # never read an unwanted or oversized body to reuse the connection
                resp.close()
            resp.release_conn()

    @staticmethod
    def _read_body(resp, hdrs: dict, kind: str, limits: Limits) -> bytes:
        import urllib3

        ctype = hdrs.get("content-type", "")
        if not content_type_ok(ctype, kind):
            raise _Refused(
                "bad-content-type",
                f"expected {'a feed (XML)' if kind == 'feed' else 'an HTML page'}, "
                f"got Content-Type '{_media_type(ctype)}'",
            )
        declared = hdrs.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_bytes:
            raise _Refused(
                "too-large",
                f"Content-Length {int(declared):,} bytes is over the source's cap of "
                f"{limits.max_bytes:,} bytes (limits.max_bytes); not downloaded",
            )
        body = bytearray()
        try:
            for chunk in resp.stream(64 * 1024, decode_content=True):
                body += chunk
                if len(body) > limits.max_bytes:
                    raise _Refused(
                        "too-large",
                        f"body exceeded the source's cap of {limits.max_bytes:,} bytes "
                        "(limits.max_bytes) while reading; download stopped",
                    )
        except urllib3.exceptions.TimeoutError as err:
            raise _Refused("timeout", f"body not received within {limits.timeout_s:g} s") from err
        except urllib3.exceptions.HTTPError as err:
            raise _Refused("connection-error", f"body could not be read: {err}") from err
        return bytes(body)

    def get(
        self,
        url: str,
        kind: str,
        limits: Limits,
        allow_private: Allowance = False,
        validators: dict[str, str] | None = None,
    ) -> Response:
        """GET ``url`` as ``kind`` ("feed" or "page") under the source's limits; never raises."""
        out = Response(url=url, final_url=url)
        headers: dict[str, str] = {}
        if validators:
            if validators.get("etag"):
                headers["If-None-Match"] = validators["etag"]
            if validators.get("last_modified"):
                headers["If-Modified-Since"] = validators["last_modified"]
        current, hops = url, 0
        attempt = 0
        while True:
            try:
                status, hdrs, body = self._once(current, kind, limits, allow_private, headers)
                out.attempts += 1
            except _Refused as refused:
                retryable = refused.error.reason in ("timeout", "connection-error")
                if refused.error.reason not in ("bad-url", "bad-scheme", "blocked-address"):
                    out.attempts += 1
                if retryable and attempt < limits.retries:
                    self.sleep(min(limits.backoff_s * 2**attempt, MAX_BACKOFF_S))
                    attempt += 1
                    continue
                out.error = refused.error
                if retryable and attempt:
                    out.error = FetchError(
                        refused.error.reason, f"{refused.error.detail} (after {attempt + 1} tries)"
                    )
                return out
            if status in RETRY_STATUSES and attempt < limits.retries:
                wait = limits.backoff_s * 2**attempt
                after = hdrs.get("retry-after", "")
                if after.isdigit():
                    wait = max(wait, min(float(after), MAX_RETRY_AFTER_S))
                self.sleep(min(wait, MAX_RETRY_AFTER_S))
                attempt += 1
                continue
            if status in REDIRECT_STATUSES:
                location = hdrs.get("location")
                if not location:
                    out.error = FetchError("http-error", f"HTTP {status} without a Location")
                    return out
                hops += 1
                if hops > limits.max_redirects:
                    out.error = FetchError(
                        "too-many-redirects",
                        f"more than {limits.max_redirects} redirects (limits.max_redirects)",
                    )
                    return out
                current = urljoin(current, location)
                out.final_url = current
                headers = {}  # validators belong to the URL they were given for
                continue
            out.status = status
            if status == 304:
                return out
            if status != 200:
                out.error = FetchError(
                    "http-error",
                    f"HTTP {status} from {current}"
                    + (f" (after {attempt + 1} tries)" if attempt else ""),
                )
                return out
            out.body = body
            out.content_type = hdrs.get("content-type", "")
            out.etag = hdrs.get("etag")
            out.last_modified = hdrs.get("last-modified")
            return out
