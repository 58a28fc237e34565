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
