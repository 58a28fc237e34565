"""A speech act that reports no content clause ('condemned the strike', 'declined to comment',
'called for restraint', 'described X as Y') is a statement whose span holds its cue verb, as
``STATEMENTS_GUIDE.md`` spans it; a verb whose object is an addressee with a clause of its own
('urged X to ...') has that clause as its statement. Sentences written for these tests
(invented people; none from a corpus)."""

from __future__ import annotations

import pytest

from parley.extract import quotes, statements
from parley.extract.rows import contract_record


def extract(nlp, text: str):
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    stmts, _ = statements.statements_for(doc, found, "2025-03-01")
    return found, stmts


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Ana Lopes condemned the missile strike on the harbour.",
            "condemned the missile strike on the harbour",
        ),
        ("The foreign ministry praised the ceasefire deal.", "praised the ceasefire deal"),
        (
            "Oskar Lind called for a swift return to order in the capital.",
            "called for a swift return to order in the capital",
        ),
        (
            "Mara Voss described the embargo as a relic of the past.",
            "described the embargo as a relic of the past",
        ),
        (
            "The embassy declined to comment on the arrests.",
            "declined to comment on the arrests",
        ),
    ],
)
def test_a_speech_act_without_a_content_clause_is_spanned_with_its_cue(nlp, text, statement):
    found, stmts = extract(nlp, text)
    assert [s.text for s in stmts] == [statement]
    s = stmts[0]
    assert text[s.start : s.end] == s.text
    # the quote (what the act is about) keeps its own span, without the cue
    assert found[s.quote_index].text != s.text and found[s.quote_index].text in s.text


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Ana Lopes urged the council to lift the sanctions on the port.",
            "the council to lift the sanctions on the port",
        ),
        (
            "The ministry called on the rebels to free the hostages.",
            "the rebels to free the hostages",
        ),
        ("Oskar Lind said the talks would resume on Monday.", "the talks would resume on Monday"),
    ],
)
def test_an_addressee_with_its_own_clause_or_a_reported_clause_has_no_cue(nlp, text, statement):
    _, stmts = extract(nlp, text)
    assert [s.text for s in stmts] == [statement]


DECLINES = True  # the statement is a DECLINE_COMMENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare refusal to speak declines comment: a speech act, no quotation
        ("The foreign minister declined to comment.", [("declined to comment", DECLINES)]),
        (
            "A spokeswoman for the airline refused to comment.",
            [("refused to comment", DECLINES)],
        ),
        ("The embassy declined to say.", [("declined to say", DECLINES)]),
        # declining to say more is still a statement, with what was not said
        (
            "The envoy declined to be drawn on when the embassy would reopen.",
            [("declined to be drawn on when the embassy would reopen", DECLINES)],
        ),
        (
            "The ministry declined to name the suspects.",
            [("declined to name the suspects", DECLINES)],
        ),
        # near misses: short acts that are no refusal to speak make no new statement
        (  # an act, not speech: a refusal, but no DECLINE_COMMENT
            "The government refused to repatriate the fighters.",
            [("refused to repatriate the fighters", not DECLINES)],
        ),
        ("The airline could decline to comment.", []),  # not done yet
        ("The minister rejected it.", []),  # a pronoun alone
        ("The minister welcomed the agreement.", []),  # a short noun object (see _short_act)
        # a source asking not to be named says nothing (STATEMENTS_GUIDE: "declined to be named"
        # is not annotated: it says who the source is), and what it does say is kept
        ("A militia officer asked not to be identified because he feared reprisals.", []),
        ("The official declined to be named because the inquiry was still under way.", []),
        (
            "A shipping executive, who asked not to be quoted by name, said the port would reopen.",
            [("the port would reopen", not DECLINES)],
        ),
    ],
)
def test_refusals_to_speak_and_requests_not_to_be_named(nlp, text, expected):
    found, stmts = extract(nlp, text)
    assert [(s.text, s.statement_type == "DECLINE_COMMENT") for s in stmts] == expected
    assert all(text[s.start : s.end] == s.text for s in stmts)
    if expected and all(declines for _, declines in expected):
        assert contract_record("d", found)["quotes"] == []  # a speech act, no quotation
