"""Entity rows: offsets slice the article's text, and the span is the name, not the clause
punctuation or invisible characters spaCy's tokenizer glued to its last token."""

from __future__ import annotations

import pytest

from parley.extract.entities import extract_entities


@pytest.mark.parametrize("glued", [":\u200e", ":\u200f", ",\u2060", "\u200e"])
def test_an_entity_span_leaves_out_punctuation_and_invisible_characters_at_its_end(nlp, glued):
    """'Ned Price:\\u200e' is one token to the tokenizer, so the PERSON span held the colon and
    the left-to-right mark, and the quality gate's mojibake check warned about the entity on
    every run of the bundled samples. The entity is the name; its offsets still slice the text."""
    text = f"Department Spokesperson Ned Price{glued} The United States condemns the attack."
    doc = nlp(text)
    rows = extract_entities(doc, "a1")
    person = next(r for r in rows if r["label"] == "PERSON")
    assert person["entity_text"].endswith("Ned Price")
    assert text[person["start_char"] : person["end_char"]] == person["entity_text"]
    for r in rows:
        assert text[r["start_char"] : r["end_char"]] == r["entity_text"]


def test_a_name_ending_in_a_period_keeps_it(nlp):
    text = "Martin Luther King Jr. spoke in Washington, D.C. on Monday."
    rows = extract_entities(nlp(text), "a2")
    assert any(r["entity_text"].endswith(".") for r in rows)  # "Jr." / "D.C." keep their period
    for r in rows:
        assert text[r["start_char"] : r["end_char"]] == r["entity_text"]
