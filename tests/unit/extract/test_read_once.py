"""Values read once per document or clause for speed give the answers of the slow path they
replace: :func:`parley.extract.doctext.doc_text` is ``Doc.text``, ``Clause.children``
(:func:`parley.extract.statements.acts.clause_of`) is the clause verb's ``children``, and the
array-read title-case proper nouns of ``speakers._title_proper_nouns`` are the tokens the
Token attributes name."""

from __future__ import annotations

import pytest

from parley.extract.doctext import doc_text
from parley.extract.quotes.speakers import _title_proper_nouns
from parley.extract.statements.acts import clause_of

SENTENCES = [
    "The minister said on Friday that the harbour would stay closed.",
    "  Two spaces lead, a tab\tsits here,\n\nand a paragraph break follows.  ",
    "We will not accept any deal that hurts our farmers, she told reporters.",
    "If the talks fail, the union says, its members must strike in May.",
    "Harbour Watch and Mr. Okafor met O'Neill, McDonald and NATO in New Delhi on Monday.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_doc_text_is_doc_text(nlp, text):
    doc = nlp(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) == doc.text  # the kept text, asked again


def test_doc_text_is_per_doc(nlp):
    first, second = nlp("The council met."), nlp("The council met again today.")
    assert doc_text(first) == "The council met."
    assert doc_text(second) == "The council met again today."


@pytest.mark.parametrize("text", SENTENCES[:5])
def test_clause_children_are_the_verbs_children(nlp, text):
    doc = nlp(text)
    for tok in doc:
        c = clause_of(tok)
        assert [t.i for t in c.children] == [t.i for t in c.verb.children]


@pytest.mark.parametrize("text", SENTENCES)
def test_title_proper_nouns_are_the_tokens(nlp, text):
    doc = nlp(text)
    slow = [t.i for t in doc if t.pos_ == "PROPN" and t.is_title and t.is_alpha]
    assert _title_proper_nouns(doc) == slow
