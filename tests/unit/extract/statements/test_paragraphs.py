"""A direct quotation run over paragraphs in news style (each paragraph opens with a quotation
mark, only the last closes) yields one statement per paragraph, as STATEMENTS_GUIDE.md
annotates it (``statements.paragraph_spans``). Sentences written for these tests (invented
people; none from a corpus)."""

from __future__ import annotations

import pytest

from parley.extract import quotes, statements

RUN = (
    "Defence Minister Ivo Marek said: \u201cThe rioters are criminals. They will face the "
    "consequences of their acts.\n\n\u201cOther than coming out, I do not see any option left "
    "for them.\u201d"
)


def test_a_quotation_over_two_paragraphs_is_two_statements_by_the_same_speaker(nlp):
    doc = nlp(RUN)
    stmts, _ = statements.statements_for(doc, quotes.extract_quotes(doc), "2025-03-01")
    assert [s.text for s in stmts] == [
        "\u201cThe rioters are criminals. They will face the consequences of their acts.",
        "\u201cOther than coming out, I do not see any option left for them.\u201d",
    ]
    assert len({s.speaker.name for s in stmts if s.speaker is not None}) == 1


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("\u201cOne two three four.\n\n\u201cFive six seven eight.\u201d", 2),
        ("\u201cOne two three four.\n  \n\u201cFive six seven.\n\n\u201cNine ten eleven.\u201d", 3),
        ("\u201cOne two three four five six.\u201d", 1),
        # a paragraph too short to stand as a statement: the quotation stays whole
        ("\u201cOne two three four.\n\n\u201cYes.\u201d", 1),
        # a single line break is no paragraph break
        ("\u201cOne two three four.\n\u201cFive six seven eight.\u201d", 1),
    ],
)
def test_paragraph_spans_cut_at_paragraph_breaks_only(text, pieces):
    spans = statements.paragraph_spans(text, (0, len(text)))
    assert len(spans) == pieces
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all("\n\n" not in text[a:b] for a, b in spans) or pieces == 1
