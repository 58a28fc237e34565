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


# --- 'A, the principal said, especially for B': words hung on the interjected verb after its ---
# --- closing comma go on with the clause it interrupts, so they are said too ---------------------


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "The school needs new teachers, the principal said, especially for science and"
            " languages.",
            ["The school needs new teachers", "especially for science and languages"],
        ),
        (
            "The emails covered many topics, the newspaper said, including speeches, meetings"
            " and interviews.",
            ["The emails covered many topics", "including speeches, meetings and interviews"],
        ),
    ],
)
def test_the_words_after_an_interjected_report_are_said_too(nlp, text, contents):
    assert [q.text for q in quotes_of(nlp, text)] == contents


# --- 'A, Hale said, and the mayor replied that B': the other side of the frame, another report --


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a coordinated clause whose verb reports a clause of its own: the mayor's report
        (
            "The harbour will reopen in May, Hale said, and the mayor replied that it was too"
            " late.",
            [("The harbour will reopen in May", "Hale"), ("it was too late", "mayor")],
        ),
        # a coordinated clause that reports nothing stays the speaker's words
        (
            "The economy is recovering, the finance minister said, and exports continued to"
            " grow in March.",
            [
                ("The economy is recovering", "finance minister"),
                ("exports continued to grow in March", "finance minister"),
            ],
        ),
    ],
)
def test_a_report_coordinated_past_an_interjected_frame_keeps_its_own_speaker(
    nlp, text, contents
):
    assert [(q.text, q.speaker) for q in quotes_of(nlp, text)] == contents


def test_the_narrative_after_a_quotation_and_its_frame_is_no_quotation(nlp):
    text = (
        "\u201cThe harbour will reopen in May,\u201d Hale said, and her deputy left the room"
        " before the vote."
    )
    assert [q.kind for q in quotes_of(nlp, text)] == ["direct"]


# --- 'X said. Instead, "..."': a quotation after connectives goes on with the speaker ---------


@pytest.mark.parametrize(
    "text",
    [
        # past the frame of a report whose content stands before it
        "The harbour will reopen in May, Hale said, but \u201cthe new cranes will not arrive"
        " before the autumn.\u201d",
        # a sentence opening with a connective only, right after the speaker's quotation
        "\u201cThe harbour will reopen in May,\u201d Hale said. Instead, \u201cthe new cranes"
        " will arrive before the summer.\u201d",
        "\u201cThe harbour will reopen in May,\u201d Hale said. But \u201cthe new cranes will"
        " arrive before the summer.\u201d",
    ],
)
def test_a_quotation_past_a_frame_or_a_connective_goes_on_with_the_speaker(nlp, text):
    found = quotes_of(nlp, text)
    assert [(q.rule, q.speaker) for q in found][-1] == ("direct:continuation", "Hale")
    assert found[-1].text.startswith("\u201c") and "cranes" in found[-1].text


@pytest.mark.parametrize(
    "text",
    [
        # another source named in the sentence between
        "Hale said the harbour deal was done. Her rival, Tom Berg, disagreed. But \u201cnothing"
        " is final until the ink is dry.\u201d",
        # a turn to another matter
        "Hale said the army would hold its positions. Meanwhile, \u201cthe humanitarian"
        " situation in the city is catastrophic.\u201d",
        # another paragraph
        "Hale said talks would continue next week.\n\nStill, \u201cnobody in this building"
        " expects a deal before the summer.\u201d",
    ],
)
def test_a_quotation_after_connectives_away_from_the_speakers_words_is_not_theirs(nlp, text):
    assert not any(q.kind == "direct" for q in quotes_of(nlp, text))


# --- 'reported spending $6 million': a gerund phrase a verb of reporting reports ---------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The harbour fund reported spending $2 million on new cranes last year.",
            "spending $2 million on new cranes last year",
            "harbour fund",
        ),
        (
            "Ana Lopes admitted taking money from the harbour fund before the vote.",
            "taking money from the harbour fund before the vote",
            "Ana Lopes",
        ),
    ],
)
def test_a_gerund_phrase_a_verb_of_reporting_reports_is_its_content(nlp, text, content, speaker):
    found = quotes_of(nlp, text)
    assert [(q.text, q.speaker) for q in found] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # an act proposed, not an account given
        "Ana Lopes suggested holding a referendum on the harbour deal next spring.",
        # a phrase of manner the parser takes for the verb's complement
        "The defendant testified wearing a gray suit and a neck brace.",
        # not a verb of saying
        "Ana Lopes kept meeting the mayor in Porto before the vote.",
    ],
)
def test_a_gerund_phrase_of_a_proposal_or_of_manner_is_no_content(nlp, text):
    assert quotes_of(nlp, text) == []
