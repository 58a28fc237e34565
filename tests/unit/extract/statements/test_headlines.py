"""A wire headline that credits its words to a source after a colon or a dash ('Bombers were
foreigners: Turkish official', 'Rebate unjustified - Chirac') is a statement of that source
(``STATEMENTS_GUIDE.md``: headlines with an explicit speech cue are annotated). Headlines
written for these tests (invented events; none from a corpus)."""

from __future__ import annotations

import pytest

from parley.extract import quotes, statements

BODY = "\n\nThe talks in Geneva resumed on Monday after a week-long break, officials said."


def headline_statements(nlp, headline: str):
    doc = nlp(headline + BODY)
    found = quotes.extract_quotes(doc)
    stmts, _ = statements.statements_for(doc, found, "2025-03-01")
    return [
        (s.text, s.speaker.name if s.speaker else None) for s in stmts if s.end <= len(headline)
    ]


@pytest.mark.parametrize(
    ("headline", "text", "speaker"),
    [
        (
            "Rebels shelled border town overnight: Turkish army",
            "Rebels shelled border town overnight",
            "Turkish army",
        ),
        (
            "Port of Tripoli to reopen next week - Libyan minister",
            "Port of Tripoli to reopen next week",
            "Libyan minister",
        ),
        (  # a speech act in the headline is the source's own news
            "U.S. rejected ceasefire offer before the vote: State Department",
            "U.S. rejected ceasefire offer before the vote",
            "State Department",
        ),
        (
            "Oil exports to resume within days: State Department",
            "Oil exports to resume within days",
            "State Department",
        ),
    ],
)
def test_a_headline_credited_after_a_colon_or_dash_is_its_sources_statement(
    nlp, headline, text, speaker
):
    found = headline_statements(nlp, headline)
    assert len(found) == 1
    assert found[0][0] == text
    assert found[0][1] is not None and speaker.split()[-1] in found[0][1]


@pytest.mark.parametrize(
    "headline",
    [
        "Brexit talks: what happens next",  # a topic and a question, no source
        "Ceasefire holds in the north - for now",  # a dash before an aside
        "Iran says talks will resume: state media",  # the headline's own reporting verb speaks
        "Markets rally as oil prices fall.",  # no separator
    ],
)
def test_a_headline_without_a_credited_source_is_no_headline_statement(nlp, headline):
    doc = nlp(headline + BODY)
    found = [q for q in quotes.extract_quotes(doc) if q.rule == "indirect:headline"]
    assert found == []


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the tagger reads the headline's reporting verb as a noun (quotes.indirect
        # retag_headline_verb): the act is still the headline's statement, spanned with its verb
        (
            "Athens summit denounces Turkish maritime border deal",
            ("denounces Turkish maritime border deal", "DISPUTE"),
        ),
        (  # capitals: every word a proper noun to the tagger
            "EU WARNS CHINA AND INDIA ON STEEL QUOTAS",
            ("WARNS CHINA AND INDIA ON STEEL QUOTAS", "WARN"),
        ),
    ],
)
def test_a_headline_verb_tagged_as_a_noun_is_still_a_speech_act(nlp, headline, expected):
    doc = nlp(headline + BODY)
    found = quotes.extract_quotes(doc)
    stmts, _ = statements.statements_for(doc, found, "2025-03-01")
    assert [(s.text, s.statement_type) for s in stmts if s.end <= len(headline)] == [expected]


@pytest.mark.parametrize(
    "headline",
    [
        "Peace talks in Geneva",  # 'talk' is no reporting verb
        "Border claims in the South China Sea",  # a plural noun before a place
    ],
)
def test_a_plural_noun_in_a_headline_is_no_speech_act(nlp, headline):
    assert headline_statements(nlp, headline) == []
