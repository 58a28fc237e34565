"""Sources as configuration: the default file, overrides, and clear errors for bad entries."""

from __future__ import annotations

import ipaddress

import pytest

from parley.ingest import sources
from parley.settings import REPO_ROOT, get_settings


def test_default_file_reads_the_bundled_samples_or_the_inbox(monkeypatch, tmp_path):
    monkeypatch.delenv("PARLEY_SOURCES", raising=False)
    monkeypatch.delenv("PARLEY_INBOX", raising=False)
    (only,) = sources.load(get_settings())
    assert (only.name, only.type, only.path) == (
        "inbox",
        "folder",
        REPO_ROOT / "include" / "samples",
    )
    monkeypatch.setenv("PARLEY_INBOX", str(tmp_path))
    assert sources.load(get_settings())[0].path == tmp_path


def test_an_outlet_is_one_entry(tmp_path, monkeypatch):
    cfg = tmp_path / "s.yaml"
    cfg.write_text(
        "defaults: {limits: {delay_s: 2}}\n"
        "sources:\n"
        "  - {name: bbc-world, type: rss, url: 'https://feeds.example.org/world.rss',"
        " country: GB, language: en, limits: {max_items: 50}}\n"
        "  - {name: local, type: pages, urls: ['http://127.0.0.1:8000/a.html'],"
        " allow_private: [127.0.0.0/8]}\n"
        "  - {name: press, type: folder, path: press, fields: {text: body}}\n"
    )
    monkeypatch.setenv("PARLEY_SOURCES", str(cfg))
    bbc, local, press = sources.load(get_settings())
    assert bbc.limits.delay_s == 2 and bbc.limits.max_items == 50 and bbc.country == "GB"
    assert local.allow_private == (ipaddress.ip_network("127.0.0.0/8"),)
    assert press.path == tmp_path / "press" and press.field_name("text") == "body"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "x", "type": "gopher"}, "'type' must be one of"),
        ({"name": "x", "type": "rss"}, "needs 'url'"),
        ({"name": "x", "type": "atom", "path": "a.xml", "url": "https://e.org/a"}, "not both"),
        ({"name": "x", "type": "rss", "path": "a.xml", "url": "file:///srv/a.xml"}, "not both"),
        ({"name": "x", "type": "rss", "path": ""}, "needs 'url'"),
        ({"name": "x", "type": "rss", "url": "file://otherhost/srv/a.xml"}, "names host"),
        ({"name": "x", "type": "atom", "url": "file://10.0.0.7/feeds/a.xml"}, "names host"),
        ({"name": "x", "type": "pages", "urls": []}, "non-empty 'urls'"),
        ({"name": "Bad Name", "type": "folder"}, "'name' must match"),
        ({"name": "x", "type": "folder", "colour": "red"}, "unknown keys"),
        ({"name": "x", "tpye": "folder"}, r"unknown keys \['tpye'\]"),
        ({"name": "x", "type": "folder", "limits": {"max_bytes": -1}}, "must not be negative"),
        ({"name": "x", "type": "folder", "limits": {"speed": 1}}, "unknown limits"),
        (
            {"name": "x", "type": "rss", "path": "a.xml", "limits": {"max_items": "many"}},
            "limits.max_items must be an integer, not 'many'",
        ),
        (
            {"name": "x", "type": "rss", "path": "a.xml", "limits": {"timeout_s": "soon"}},
            "limits.timeout_s must be a number, not 'soon'",
        ),
        ({"name": "x", "type": "folder", "allow_private": ["not-a-net"]}, "allow_private"),
        ({"name": "x", "type": "folder", "fields": {"body": "text"}}, "'fields' maps"),
    ],
)
def test_bad_entries_say_what_is_wrong(entry, message):
    with pytest.raises(sources.SourceConfigError, match=message):
        sources.parse({"sources": [entry]}, REPO_ROOT, get_settings())


def test_names_are_unique():
    entry = {"name": "x", "type": "folder"}
    with pytest.raises(sources.SourceConfigError, match="duplicate name"):
        sources.parse({"sources": [entry, entry]}, REPO_ROOT, get_settings())


@pytest.mark.parametrize(
    ("entry", "path"),
    [
        ({"path": "feeds/world.xml"}, "feeds/world.xml"),
        ({"path": "/srv/feeds/world.xml"}, "/srv/feeds/world.xml"),
        ({"url": "file:///srv/feeds/world.xml"}, "/srv/feeds/world.xml"),
        ({"url": "file:///srv/feeds/caf%C3%A9.xml"}, "/srv/feeds/café.xml"),
        ({"url": "file://localhost/srv/feeds/world.xml"}, "/srv/feeds/world.xml"),
    ],
)
def test_a_feed_can_be_a_local_file(tmp_path, entry, path):
    """``path`` (relative to the YAML file) or a ``file:`` URL: the source reads that file, named
    by its ``file://`` URL (what relative item links resolve against)."""
    (feed,) = sources.parse(
        {"sources": [{"name": "x", "type": "rss", **entry}]}, tmp_path, get_settings()
    )
    assert feed.path == (tmp_path / path).resolve() and feed.url == feed.path.as_uri()
