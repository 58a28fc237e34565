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
        # act verbs of cue_verbs.csv with a noun-phrase object: voicing an attitude, backing
        # another party's proposal, mentioning an option
        (
            "Lena Kraus voiced support for the new sanctions on the regime.",
            "voiced support for the new sanctions on the regime",
        ),
        (
            "The Dutch government seconded the Belgian proposal for a joint naval patrol.",
            "seconded the Belgian proposal for a joint naval patrol",
        ),
        (
            "Oskar Lind mentioned a possible appeal to the supreme court.",
            "mentioned a possible appeal to the supreme court",
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


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister declined to comment.",
        "A spokeswoman for the airline refused to comment.",
        "The embassy declined to say.",
    ],
)
def test_a_bare_refusal_to_speak_declines_comment(nlp, text):
    found, stmts = extract(nlp, text)
    assert len(stmts) == 1
    s = stmts[0]
    assert s.statement_type == "DECLINE_COMMENT"
    assert s.text.startswith(("declined to", "refused to")) and text[s.start : s.end] == s.text
    assert contract_record("d", found)["quotes"] == []  # a speech act, no quotation


@pytest.mark.parametrize(
    "text",
    [
        "The government refused to repatriate the fighters.",  # an act, not speech
        "The airline could decline to comment.",  # not done yet
        "The minister rejected it.",  # a pronoun alone
        "The minister welcomed the agreement.",  # a short noun object: left out (see _short_act)
    ],
)
def test_short_acts_that_are_no_refusal_to_speak_make_no_new_statement(nlp, text):
    _, stmts = extract(nlp, text)
    assert not any(s.statement_type == "DECLINE_COMMENT" for s in stmts)
    assert not any(len(s.text.split()) <= 3 for s in stmts)


@pytest.mark.parametrize(
    "text",
    [
        "A militia officer asked not to be identified because he feared reprisals.",
        "The official declined to be named because the inquiry was still under way.",
        "A shipping executive, who asked not to be quoted by name, said the port would reopen.",
    ],
)
def test_a_source_asking_not_to_be_named_says_nothing(nlp, text):
    # STATEMENTS_GUIDE: "declined to be named" is not annotated (it says who the source is)
    _, stmts = extract(nlp, text)
    assert not any("named" in s.text or "identified" in s.text or "quoted" in s.text for s in stmts)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The envoy declined to be drawn on when the embassy would reopen.",
            "declined to be drawn on when the embassy would reopen",
        ),
        ("The ministry declined to name the suspects.", "declined to name the suspects"),
    ],
)
def test_declining_to_say_more_is_still_a_statement(nlp, text, statement):
    _, stmts = extract(nlp, text)
    assert [(s.text, s.statement_type) for s in stmts] == [(statement, "DECLINE_COMMENT")]


@pytest.mark.parametrize(
    "text",
    [
        "Research published on Monday says the reef has shrunk by a third.",
        "The data indicate that the outbreak has peaked.",
    ],
)
def test_recorded_evidence_with_no_issuer_makes_no_statement(nlp, text):
    # STATEMENTS_GUIDE: background credited to data sources ("figures show") is not annotated
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    assert found  # the quotation layer keeps its source (PolNeAR annotates them)
    assert statements.statements_for(doc, found, "2025-03-01")[0] == []


@pytest.mark.parametrize(
    "text",
    [
        # a document its issuer wrote, and evidence its issuer released, stay statements
        "The ministry's report said the dam had been built without permits.",
        "A video released by the rebels showed the captured pilot saying he had been well treated.",
    ],
)
def test_a_document_or_evidence_with_its_issuer_is_still_a_statement(nlp, text):
    _, stmts = extract(nlp, text)
    assert len(stmts) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Mara Voss was seconded to the trade ministry in 2019.",  # a posting, not support
        "The second round of talks opened in Oslo on Monday.",  # the ordinal
        "The minister voiced concern.",  # a short noun object (see _short_act)
    ],
)
def test_near_misses_of_the_act_verbs_make_no_statement(nlp, text):
    _, stmts = extract(nlp, text)
    assert stmts == []


def test_mentioning_a_clause_still_reports_the_clause_without_the_cue(nlp):
    _, stmts = extract(nlp, "Oskar Lind mentioned that the talks would resume on Monday.")
    assert [s.text for s in stmts] == ["the talks would resume on Monday"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials fear the drones could be used by the militia to threaten shipping in the strait.",
        "Farmers gathered outside parliament to express their anger over the new import rules.",
        "The council plans to condemn the strike on the harbour at its next session.",
        "The opposition has yet to say whether it will take part in the vote.",
    ],
)
def test_a_speech_act_that_was_not_made_is_no_statement(nlp, text):
    found, stmts = extract(nlp, text)
    assert found  # the engine still finds the act's object ...
    assert stmts == []  # ... but nobody said it (statements.unmade_act)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # the purpose of a speech act that was made: the letter expressed it
        (
            "The president wrote to his Chilean counterpart to express regret over the incident.",
            "express regret over the incident",
        ),
        (
            "The foreign minister expressed regret over the incident.",
            "expressed regret over the incident",
        ),
    ],
)
def test_a_speech_act_made_through_another_is_kept(nlp, text, statement):
    _, stmts = extract(nlp, text)
    assert [s.text for s in stmts] == [statement]


def test_a_refused_speech_act_is_one_statement_the_refusal(nlp):
    _, stmts = extract(nlp, "The embassy declined to confirm the death of the consul.")
    assert [(s.statement_type, s.text) for s in stmts] == [
        ("DECLINE_COMMENT", "declined to confirm the death of the consul")
    ]
