"""The HTTP client against a real local server: refusals, caps, retries, redirects, 304s."""

from __future__ import annotations

import gzip

import pytest

from parley.ingest.http import HttpClient, check_address
from parley.ingest.sources import Limits

FAST = Limits(timeout_s=2, retries=2, backoff_s=0.01, delay_s=0, max_bytes=10_000)
PAGE = b"<html><body><article><p>Hello.</p></article></body></html>"


@pytest.fixture
def client():
    c = HttpClient()
    yield c
    c.close()


@pytest.mark.parametrize(
    ("url", "what"),
    [
        ("http://10.1.2.3/feed.xml", "private"),
        ("http://192.168.0.10/feed.xml", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]/feed.xml", "loopback"),
        ("http://0.0.0.0/feed.xml", "unspecified"),
    ],
)
def test_private_addresses_are_refused_before_any_connection(client, url, what):
    resp = client.get(url, "feed", FAST)
    assert resp.error.reason == "blocked-address"
    assert what in resp.error.detail and "allow_private" in resp.error.detail
    assert resp.attempts == 0 and client.requests_sent == 0


def test_loopback_needs_the_sources_allowance(client, site):
    url = site.add("/p.html", PAGE)
    refused = client.get(url, "page", FAST)
    assert refused.error.reason == "blocked-address" and "loopback" in refused.error.detail
    assert site.log == []  # the server never saw a request
    allowed = client.get(url, "page", FAST, allow_private=True)
    assert allowed.ok and allowed.body == PAGE


def test_unspecified_and_multicast_never_pass_even_when_private_is_allowed():
    assert check_address("0.0.0.0", allow_private=True)
    assert check_address("224.0.0.1", allow_private=True)
    assert check_address("127.0.0.1", allow_private=True) is None
    assert check_address("8.8.8.8", allow_private=False) is None
    assert "private" in check_address("::ffff:10.0.0.1", allow_private=False)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_only_http_and_https(client, url):
    resp = client.get(url, "page", FAST)
    assert resp.error.reason == "bad-scheme" and resp.attempts == 0


def test_oversized_body_is_refused_by_content_length_and_by_stream(client, site):
    big = b"<html>" + b"x" * 50_000 + b"</html>"
    declared = site.add("/big.html", big)
    resp = client.get(declared, "page", FAST, allow_private=True)
    assert resp.error.reason == "too-large" and "Content-Length" in resp.error.detail
    # a server that sends no length is cut off while reading
    unknown = site.add("/unknown.html", big, headers={"Content-Length": "omit"})
    resp = client.get(unknown, "page", FAST, allow_private=True)
    assert resp.error.reason == "too-large" and "while reading" in resp.error.detail
    assert not resp.body


def test_gzip_bomb_is_cut_at_the_decoded_size(client, site):
    bomb = gzip.compress(b"<html>" + b"a" * 5_000_000)
    assert len(bomb) < FAST.max_bytes  # small on the wire, huge decoded
    url = site.add("/bomb.html", bomb, headers={"Content-Encoding": "gzip"})
    resp = client.get(url, "page", FAST, allow_private=True)
    assert resp.error.reason == "too-large" and "while reading" in resp.error.detail


def test_content_type_is_checked(client, site):
    url = site.add("/x.png", b"\x89PNG....", content_type="image/png")
    resp = client.get(url, "page", FAST, allow_private=True)
    assert resp.error.reason == "bad-content-type" and "image/png" in resp.error.detail


def test_retries_are_bounded_and_recover(client, site):
    calls = []

    def flaky(entry):
        calls.append(entry)
        if len(calls) < 3:
            return 503, {"Content-Type": "text/plain"}, b"busy"
        return 200, {"Content-Type": "text/html"}, PAGE

    site.routes["/flaky.html"] = flaky
    resp = client.get(site.base + "/flaky.html", "page", FAST, allow_private=True)
    assert resp.ok and resp.attempts == 3

    site.routes["/down.html"] = lambda e: (503, {"Content-Type": "text/plain"}, b"down")
    resp = client.get(site.base + "/down.html", "page", FAST, allow_private=True)
    assert resp.error.reason == "http-error" and "503" in resp.error.detail
    assert len(site.requests_to("/down.html")) == FAST.retries + 1


def test_redirects_are_followed_and_rechecked(client, site):
    target = site.add("/final.html", PAGE)
    site.add("/moved", b"", status=301, headers={"Location": "/final.html"})
    resp = client.get(site.base + "/moved", "page", FAST, allow_private=True)
    assert resp.ok and resp.final_url == target

    site.add("/to-meta", b"", status=302, headers={"Location": "http://0.0.0.0/admin"})
    resp = client.get(site.base + "/to-meta", "page", FAST, allow_private=True)
    assert resp.error.reason == "blocked-address"

    site.add("/to-file", b"", status=302, headers={"Location": "file:///etc/passwd"})
    resp = client.get(site.base + "/to-file", "page", FAST, allow_private=True)
    assert resp.error.reason == "bad-scheme"

    site.add("/loop", b"", status=302, headers={"Location": "/loop"})
    resp = client.get(site.base + "/loop", "page", FAST, allow_private=True)
    assert resp.error.reason == "too-many-redirects"
    assert len(site.requests_to("/loop")) == FAST.max_redirects + 1


def test_conditional_get_turns_an_unchanged_feed_into_a_304(client, site):
    url = site.add("/feed.xml", b"<rss/>", content_type="application/rss+xml")
    first = client.get(url, "feed", FAST, allow_private=True)
    assert first.ok and first.etag and first.last_modified
    again = client.get(
        url,
        "feed",
        FAST,
        allow_private=True,
        validators={"etag": first.etag, "last_modified": first.last_modified},
    )
    assert again.not_modified and again.body == b""
    assert site.log[-1]["if_none_match"] == first.etag


def test_timeouts_end_as_a_reason_not_a_hang(client, site):
    import time

    def slow(entry):
        time.sleep(1.0)
        return 200, {"Content-Type": "text/html"}, PAGE

    site.routes["/slow.html"] = slow
    limits = Limits(timeout_s=0.2, retries=1, backoff_s=0.01, delay_s=0)
    resp = client.get(site.base + "/slow.html", "page", limits, allow_private=True)
    assert resp.error.reason == "timeout" and "2 tries" in resp.error.detail


def test_politeness_delay_between_requests_to_one_host(site):
    slept: list[float] = []
    now = [100.0]
    client = HttpClient(clock=lambda: now[0], sleep=slept.append)
    url = site.add("/a.html", PAGE)
    limits = Limits(delay_s=1.5, retries=0)
    client.get(url, "page", limits, allow_private=True)
    now[0] += 0.5
    client.get(url, "page", limits, allow_private=True)
    client.close()
    assert slept == [pytest.approx(1.0)]  # waited the rest of the 1.5 s gap
