"""Structured input: limits before the parser, an explicit schema after it, JSON Lines split on
``\\n`` only — and every failure a RecordError with a reason, never another exception."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.ingest import structured
from parley.ingest.structured import RecordError, jsonl_lines, loads, nesting_depth, validate


@pytest.mark.parametrize(
    ("doc", "reason", "words"),
    [
        ("[" * 2000 + "]" * 2000, "limit-exceeded", "2,000 levels"),
        ('{"a":' * 5000 + "1" + "}" * 5000, "limit-exceeded", "5,000 levels"),
        ("[" * 65 + "]" * 65, "limit-exceeded", "65 levels"),
        ('{"x": NaN}', "malformed-json", "NaN"),
        ('{"x": -Infinity}', "malformed-json", "Infinity"),
        ('{"text": "x",}', "malformed-json", "line 1 column"),
        ("", "empty", "empty"),
        (" \n\t ", "empty", "whitespace"),
    ],
)
def test_limits_and_syntax_are_checked_before_anything_is_built(doc, reason, words):
    with pytest.raises(RecordError) as err:
        loads(doc)
    assert err.value.reason == reason and words in err.value.detail


def test_a_long_number_costs_only_its_own_record_and_only_in_a_field_we_read():
    doc = json.dumps([{"text": "a"}, {"text": "b"}, {"text": "c"}])
    doc = doc.replace('"b"}', '"b", "published": ' + "9" * 5000 + "}")
    doc = doc.replace('"c"}', '"c", "extra": 1' + "0" * 60 + ".5}")
    first, second, third = loads(doc)
    assert validate(first).text == "a" and validate(third).text == "c"
    with pytest.raises(RecordError) as err:
        validate(second)
    assert err.value.reason == "limit-exceeded" and "5,000 characters" in err.value.detail
    with pytest.raises(RecordError) as err:
        validate(loads('{"body": ' + "7" * 50 + "}"), {"text": "body"})
    assert "'body' is a number of 50 characters" in err.value.detail


def test_depth_ignores_brackets_inside_strings_and_is_exact():
    assert nesting_depth('{"t": "[[[[{{{{", "a": [[1]]}') == 3
    assert nesting_depth("[" * 64 + "]" * 64) == 64
    assert loads("[" * 64 + "]" * 64) is not None  # the limit itself is allowed
    assert nesting_depth('"no brackets"') == 0


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ([1, 2, 3], "a JSON object, not an array"),
        (12345, "not a number"),
        ("text", "not a string"),
        (None, "not null"),
        ({"title": "x"}, "'text' is missing"),
        ({"text": 12345}, "'text' should be a string, not a number"),
        ({"text": ["a", "b"]}, "'text' should be a string, not an array"),
        ({"text": "ok", "title": {"a": 1}}, "'title' should be a string or null, not an object"),
        ({"text": "ok", "published": True}, "'published' should be a date string"),
        ({"text": "ok", "id": [1]}, "'id' should be a string, a number or null, not an array"),
        ({"text": "ok", "url": 5, "license": 6}, "'url' should be"),
    ],
)
def test_the_schema_names_what_is_wrong(value, words):
    with pytest.raises(RecordError) as err:
        validate(value)
    assert err.value.reason == "schema-invalid" and words in err.value.detail


def test_a_valid_record_with_extra_keys_and_a_field_mapping():
    rec = validate(
        {"body": "The envoy said.", "headline": "H", "extra": [1, {"x": 2}]},
        {
            "text": "body",
            "title": "headline",
        },
    )
    assert (rec.text, rec.title) == ("The envoy said.", "H")
    assert validate({"text": "t", "published": 1740650861, "id": 7}).published == 1740650861


def test_json_lines_split_on_newline_only():
    line = json.dumps({"text": "talks\u2028would\u2029resume\u0085next week"}, ensure_ascii=False)
    doc = line + "\r\n\n   \n" + line + "\u2028"  # a U+2028 after the last record is inside it
    lines = list(jsonl_lines(doc))
    assert [ln.number for ln in lines] == [1, 4]
    assert loads(lines[0].text)["text"] == "talks\u2028would\u2029resume\u0085next week"
    assert not list(jsonl_lines("")) and not list(jsonl_lines("\n  \n"))


@given(st.text(max_size=300))
@settings(max_examples=400, deadline=None)
def test_any_text_parses_or_gives_a_reason(doc):
    try:
        value = loads(doc)
    except RecordError as err:
        assert err.reason in structured.REASONS and err.detail
        return
    try:
        validate(value)
    except RecordError as err:
        assert err.reason == "schema-invalid"


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children),
    max_leaves=20,
)


@given(json_values)
@settings(max_examples=300, deadline=None)
def test_whatever_json_holds_the_record_is_valid_or_rejected_with_a_reason(value):
    doc = json.dumps(value)
    try:
        parsed = loads(doc)
    except RecordError as err:
        raise AssertionError(f"valid JSON refused: {err.detail}") from None
    try:
        rec = validate(parsed)
    except RecordError as err:
        assert err.reason in ("schema-invalid", "limit-exceeded")
    else:
        assert isinstance(rec.text, str)
