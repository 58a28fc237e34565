"""One dateline detector (:func:`parley.extract.quotes.document.find_datelines`) for the quote
rules (:meth:`DocIndex.datelines`) and the statements (:func:`statements.context.datelines_of`):
the shapes of wire datelines, and the capitalised words before a dash that are no place. Every
text is written for these tests."""

from __future__ import annotations

import pytest

from parley.extract.quotes.document import DocIndex, doc_datelines
from parley.extract.statements.context import datelines_of

HEADLINE = "Allies agree on new aid corridor\n\n"
BODY = "Norway will double its aid to Sudan, the foreign ministry said on Monday."


def _first(text: str):
    _, found = doc_datelines(text)
    return found.get(0)


@pytest.mark.parametrize(
    ("dateline", "places", "shape"),
    [
        ("OSLO, Nov 29 (Parley test) - ", "OSLO", "dash"),
        ("NAIROBI, Kenya (AP) \u2014 ", "NAIROBI, Kenya", "dash"),
        # two or three places joined by a slash
        ("LIMA/THE HAGUE, March 7 (Parley test) - ", "LIMA/THE HAGUE", "dash"),
        ("OSLO/STOCKHOLM - ", "OSLO/STOCKHOLM", "dash"),
        # a city the tables do not know, before a dash ('GENEVA - ')
        ("TROMSO - ", "TROMSO", "dash"),
        # an em or en dash needs no space around it
        ("WASHINGTON\u2014", "WASHINGTON", "dash"),
        ("OSLO \u2013", "OSLO", "dash"),
        # the agency's brackets and no dash
        ("OSLO, Nov 29 (Parley test) ", "OSLO", "dash"),
        # wire datelines with no dash, date or brackets: known places, or a known country after
        ("OSLO ", "OSLO", "bare"),
        ("LIMA/QUITO ", "LIMA/QUITO", "bare"),
        ("TROMSO, Norway ", "TROMSO, Norway", "bare-region"),
    ],
)
def test_a_wire_dateline_is_found_in_each_shape(dateline, places, shape):
    text = dateline + BODY
    found = _first(text)
    assert found is not None
    assert text[found.start : found.end] == dateline
    assert found.places(text) == places
    assert found.shape == shape
    assert text[found.end :] == BODY


@pytest.mark.parametrize(
    "text",
    [
        # a kicker, label or organisation before a dash is no place
        "NATO - Allies will meet again in March, the alliance said.",
        "BREAKING - Allies will meet again in March, the alliance said.",
        "FACTBOX - Allies will meet again in March, the alliance said.",
        "INSIGHT - Allies will meet again in March, the alliance said.",
        # a word the tables do not know needs a dash, a date or brackets
        "TROMSO Allies will meet again in March, the alliance said.",
        # a hyphen with no space after it is a headline's kicker
        "EXCLUSIVE-Norway to double aid to Sudan",
        # a headline in capitals; an abbreviation with full stops opens a sentence
        "NORWAY TO DOUBLE AID TO SUDAN, OFFICIALS SAY",
        "U.S. officials said Norway would double its aid.",
        # a region the tables do not know as a country
        "TROMSO, Finnmark Allies will meet again in March, the alliance said.",
    ],
)
def test_a_capitalised_word_that_is_no_place_opens_no_dateline(text):
    assert _first(text) is None


def test_a_dateline_with_no_dash_opens_only_the_first_paragraphs():
    paragraphs = ["Allies agree on new aid corridor"] + [BODY] * 5 + ["OSLO " + BODY]
    _, found = doc_datelines("\n\n".join(paragraphs))
    assert found == {}
    _, found = doc_datelines("\n\n".join(paragraphs[:-1] + ["OSLO - " + BODY]))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("dateline", "body"),
    [
        ("OSLO, Nov 29 (Parley test) - ", "OSLO"),
        ("LIMA/THE HAGUE, March 7 (Parley test) - ", "LIMA/THE HAGUE"),
        ("WASHINGTON\u2014", "WASHINGTON"),
        ("NAIROBI, Kenya (AP) \u2014 ", "NAIROBI, Kenya"),
        # no dash: the quote rules' bounds, no filing place for the statements
        ("OSLO ", None),
        ("TROMSO, Norway ", None),
        # near misses: no dateline on either side
        ("NATO - ", None),
        ("FACTBOX - ", None),
    ],
)
def test_both_sides_read_the_same_dateline(nlp, dateline, body):
    doc = nlp(HEADLINE + dateline + BODY)
    index = DocIndex.of(doc, [])
    found = index.dateline()
    statements = datelines_of(doc)
    if body is None:
        assert statements.body is None
    else:
        assert found is not None and found.places(index.text) == body
        assert statements.body is not None and statements.body[1] == body
        assert statements.opening == statements.body
    if dateline.startswith(("NATO", "FACTBOX")):
        assert found is None
    else:
        assert found is not None and index.text[found.end :].startswith("Norway will")
