"""Words given to the wrong speaker (issues 10 and 11), each fault as a kind: a person named right
after the cue who has a part in what is reported (the possessor of the cue's object, the subject
of the reported clause) is not its speaker; a definite title ("the Secretary") takes the person
named earlier with that title, not the nearest person. Every input is written for these tests
(people are invented); near misses that must not change stand beside each kind."""

from __future__ import annotations

import pytest

from tests.unit.extract.quotes.checked import one, quotes_of

# --- a person after the cue who is part of what is reported does not speak it ------------------


@pytest.mark.parametrize(
    ("text", "containing", "not_speaker"),
    [
        # the possessor of the cue's object
        (
            "Norway and Iceland have been leaders in condemning President Ivan Sokol's blockade "
            "of the strait.",
            "blockade",
            "Ivan Sokol",
        ),
        (
            "The two farmers' groups were the first in criticizing Minister Tomas Lind's plan to "
            "cut subsidies.",
            "subsidies",
            "Tomas Lind",
        ),
        # the subject of the reported clause, after a cue whose own subject is no name
        (
            'In the clip a voice clearly says Anna Berg "will never win the northern districts '
            'again."',
            "northern districts",
            "Anna Berg",
        ),
    ],
)
def test_a_person_inside_the_report_is_not_its_speaker(nlp, text, containing, not_speaker):
    q = one(quotes_of(nlp, text), containing)
    assert q.speaker != not_speaker


@pytest.mark.parametrize(
    ("text", "containing", "speaker"),
    [
        # near misses: a person right after the cue who is its inverted subject still speaks
        (
            '"The border stays open until spring," said Tomas Lind, the mayor.',
            "border",
            "Tomas Lind",
        ),
        (
            '"We expect a long winter of talks," warned Anna Berg on Monday.',
            "winter",
            "Anna Berg",
        ),
    ],
)
def test_a_person_right_after_the_cue_still_speaks(nlp, text, containing, speaker):
    q = one(quotes_of(nlp, text), containing)
    assert q.speaker == speaker
