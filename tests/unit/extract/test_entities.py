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


def test_a_dateline_the_model_reads_into_an_entity_is_no_part_of_it(nlp):
    """A helper's test text: 'CLEVELAND - Donald Trump' was one ORG row and 'HAVANA - Castro'
    one PERSON row with that canonical name. The rows are the name after the dateline, a person
    when the article names one; offsets slice it."""
    text = (
        "CLEVELAND - Donald Trump painted a dark picture on Thursday. His daughter Ivanka Trump "
        'introduced him. "I am your voice," Trump said. Donald Trump left.'
    )
    doc = nlp(text)
    assert doc.ents[0].text == "CLEVELAND - Donald Trump"  # the model's reading this is about
    rows = extract_entities(doc, "a1")
    assert not any("CLEVELAND" in r["entity_text"] for r in rows)
    (first,) = [r for r in rows if r["start_char"] < 30 and r["label"] == "PERSON"]
    assert first["entity_text"] == "Donald Trump" == first["canonical_name"]
    assert text[first["start_char"] : first["end_char"]] == "Donald Trump"
    # near miss: a body after the dateline keeps its label; its row is its own words
    doc = nlp("WASHINGTON - Goldman Sachs said on Thursday it would cut 3,000 jobs.")
    assert doc.ents[0].text == "WASHINGTON - Goldman Sachs"
    (bank,) = [r for r in extract_entities(doc, "a2") if r["start_char"] < 30]
    assert (bank["entity_text"], bank["label"]) == ("Goldman Sachs", "ORG")
