"""Which words a report's quotation spans, for shapes found by bucketing PolNeAR train detection
errors (issue 11): a report closing its sentence with the subject after the verb, which the parser
coordinates with the reported clause. Every input is written for these tests (people and places
are invented); near misses that must not change stand beside each kind."""

from __future__ import annotations

import pytest

from tests.unit.extract.quotes.checked import quotes_of

# --- 'A, but B, said the chief executive': the coordinated clause before the verb is reported ---


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "In the old harbour town, the fish market is holding up, but it is under strong"
            " pressure from large chains, said the market's manager, Ole Berg.",
            "In the old harbour town, the fish market is holding up, but it is under strong"
            " pressure from large chains",
            "Ole Berg",
        ),
        (
            "In nearby Dalton, the old steel mill is hanging on, but it is under heavy pressure"
            " from cheap imports, said the company's chief executive, John Carver.",
            "In nearby Dalton, the old steel mill is hanging on, but it is under heavy pressure"
            " from cheap imports",
            "John Carver",
        ),
    ],
)
def test_a_closing_report_with_its_subject_after_it_reports_the_clauses_before(
    nlp, text, content, speaker
):
    found = quotes_of(nlp, text)
    assert [(q.text, q.speaker) for q in found] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # the subject before the verb and an object of its own: a second act, not a report
        ("The mayor resigned, and his deputy said nothing about it.", []),
        # no comma and no subject of its own: the speaker's next act, its own clause reported
        ("The council met on Friday and said the plan was dead.", ["the plan was dead"]),
    ],
)
def test_a_coordinated_verb_with_its_own_subject_first_or_none_is_no_closing_report(
    nlp, text, contents
):
    assert [q.text for q in quotes_of(nlp, text)] == contents
