"""News outlets as sources (STATEMENTS_GUIDE.md): a background fact credited to an outlet
("according to <outlet>, ...") is not a statement; an outlet's own report ("<outlet> said"), and
state media, which speak for their state, are. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from parley.extract import actors


@pytest.mark.parametrize(
    "text",
    [
        "According to the BBC, the bridge was built in the 1930s by a British firm.",
        "According to CNN, the region has about two million displaced people.",
        "According to Reuters, the port handles most of the country's grain exports.",
        "According to CBS News, the airline will end its flights to the island in June.",
    ],
)
def test_according_to_a_news_outlet_is_background_not_a_statement(typed, text):
    assert [s for s in typed(text) if s.speaker and s.speaker.kind == "media"] == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("According to Xinhua, China will send a delegation to the talks in Geneva.", "Xinhua"),
        ("According to TASS, Russia has offered to host the next round of talks.", "TASS"),
        ("According to KCNA, the leader inspected a new missile factory.", "KCNA"),
    ],
)
def test_state_media_speak_for_their_state(typed, text, outlet):
    found = typed(text)
    assert [s.speaker.name for s in found if s.speaker is not None] == [outlet]


def test_an_outlets_own_report_stays_a_statement(typed):
    found = typed("The BBC said it would appeal against the fine imposed by the regulator.")
    assert {s.speaker.name for s in found if s.speaker is not None} == {"BBC"}


def test_the_state_media_table():
    assert {"Xinhua", "TASS", "KCNA"} <= actors.state_media()
    assert not {"BBC", "CNN", "Reuters"} & actors.state_media()


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Asked by the BBC whether Iran would back down, Zarif said it would not.", "Zarif"),
        (
            "A reporter asked whether the truce would hold. The minister said it would hold.",
            "minister",
        ),
        (
            '"How long will the truce hold?" a Reuters correspondent asked. The minister said it '
            "would hold for weeks.",
            "minister",
        ),
        ("Asked by CNN if the deal was dead, the minister said talks would go on.", "minister"),
        (
            "The newspaper asked why the ministry had hidden the report, and the ministry said it "
            "had hidden nothing.",
            "ministry",
        ),
    ],
)
def test_a_journalists_question_is_no_statement_the_answer_is(typed, text, answer):
    """STATEMENTS_GUIDE.md, "Not annotated": journalists' questions. The outlet or reporter
    asking is no speaker; whoever answers is."""
    speakers = [s.speaker.name for s in typed(text) if s.speaker is not None]
    assert len(speakers) == 1 and answer in speakers[0], speakers


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        ("Reporters asked the minister whether he would resign.", 0),
        ("Journalists asked the president why the talks had failed.", 0),
        ("Foreign correspondents asked the spokesman if the border would reopen.", 0),
        # a group that is no medium asking stays a statement
        ("Protesters asked why the government had not acted.", 1),
    ],
)
def test_a_question_of_reporters_in_the_plural_is_no_statement(typed, text, statements):
    """The media title matched by its lemma: "reporters", "journalists", "correspondents"
    resolve to no actor, and their question is still a journalists' question (review,
    session 9)."""
    assert len(typed(text)) == statements


def test_a_state_asking_a_question_still_speaks(typed):
    found = typed("China asked whether the United States would honour the deal.")
    assert [s.speaker.name for s in found if s.speaker is not None] == ["China"]
