"""Stable ids and the normalised text offsets refer to."""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_every_table_has_its_own_id_prefix():
    """One letter per table: a source day's id no longer shares statements' ``s``."""
    h = ids.content_hash("text")
    made = {
        "articles": ids.article_id("inbox", "a.txt", h),
        "entities": ids.entity_id("a1", 0, 5, "PERSON"),
        "quotes": ids.quote_id("a1", 0, 10),
        "statements": ids.statement_id("a1", 0, 10),
        "rejects": ids.reject_id("inbox", "a.txt", "empty"),
        "source_days": ids.source_day_id("inbox", date(2025, 2, 25)),
    }
    assert {t: i[0] for t, i in made.items()} == {
        "articles": "a",
        "entities": "e",
        "quotes": "q",
        "statements": "s",
        "rejects": "r",
        "source_days": "d",
    }
    assert all(len(i) == 16 for i in made.values())
    assert ids.source_day_id("inbox", date(2025, 2, 25)) != ids.source_day_id(
        "inbox", date(2025, 2, 26)
    )


def test_a_repeated_reject_gets_a_new_id_derived_from_the_first():
    first = ids.reject_id("feed", "https://x/1", "empty")
    second, third = (ids.repeated_reject_id(first, n) for n in (2, 3))
    assert len({first, second, third}) == 3
    assert second.startswith("r") and second == ids.repeated_reject_id(first, 2)


@given(
    st.text(
        alphabet=st.characters(codec="utf-8")
        | st.sampled_from(
            "\r\n\t \u00a0\u2000\u2028\u2029\u0085\ufeff\x01\x7f\u0301\u0308\u1100\u1161"
        )
    )
)
@settings(max_examples=500, deadline=None)
def test_normalize_text_is_idempotent_whatever_it_removes(text):
    """A control character or BOM removed between a letter and its combining mark must not leave
    a text that a second pass changes: the builder hashes the stored text without normalising it
    again (``normalized_content_hash``)."""
    once = ids.normalize_text(text)
    assert ids.normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert ids.normalized_content_hash(once) == ids.content_hash(text)


def test_a_control_character_between_a_letter_and_its_accent_still_gives_nfc():
    assert ids.normalize_text("Jose\x01\u0301 said") == "José said"


_WHITESPACE_MIX = st.text(
    alphabet=st.sampled_from(
        list(" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2000\u2009\u2028\u2029\u202f\u3000ab.")
    ),
    max_size=40,
)


@given(_WHITESPACE_MIX)
@settings(max_examples=500)
def test_whitespace_folded_for_the_hash_as_a_regular_expression_would(text):
    # the content hash's folding is str.split's; it must equal re.sub(r"\s+", " ") on any text,
    # leading, trailing and all-whitespace texts included, or published hashes would change
    import re

    assert ids._fold_whitespace(text) == re.sub(r"\s+", " ", text)


@given(_WHITESPACE_MIX)
@settings(max_examples=500)
def test_unicode_line_separators_become_line_ends(text):
    # U+2028 and U+0085 are a line end, U+2029 a blank line, wherever they stand
    once = ids.normalize_text(text)
    assert "\u2028" not in once and "\u2029" not in once and "\x85" not in once
    assert ids.normalize_text("a\u2028b\x85c\u2029d") == "a\nb\nc\n\nd"
