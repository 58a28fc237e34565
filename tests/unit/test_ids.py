"""Stable ids and the normalised text offsets refer to."""

from __future__ import annotations

from parley import ids


def test_normalize_text_folds_line_ends_spaces_and_controls():
    raw = "\ufeffTitle\r\n\r\n\r\n\r\nBody  with\u00a0 spaces\x07\r\nend  "
    assert ids.normalize_text(raw) == "Title\n\nBody with spaces\nend"


def test_normalize_text_is_idempotent():
    raw = "A  b\r\n\n\n\nc\t d"
    once = ids.normalize_text(raw)
    assert ids.normalize_text(once) == once


def test_content_hash_ignores_case_and_whitespace_only():
    a = ids.content_hash("Putin said  no.\n\nThe end.")
    assert a == ids.content_hash("putin said no. the end.")
    assert a != ids.content_hash("Putin said yes. The end.")


def test_ids_are_stable_and_distinct():
    h = ids.content_hash("text")
    assert ids.article_id("inbox", "a.txt", h) == ids.article_id("inbox", "a.txt", h)
    assert ids.article_id("inbox", "a.txt", h) != ids.article_id("inbox", "b.txt", h)
    assert ids.quote_id("a1", 0, 10) != ids.quote_id("a1", 0, 11)
    assert ids.quote_id("a1", 0, 10).startswith("q") and len(ids.quote_id("a1", 0, 10)) == 16
