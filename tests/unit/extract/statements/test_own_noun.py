"""Whether a subject noun names the speaker's own body (:func:`parley.extract.statements.context
._own_noun`): the noun is a whole word of the speaker's name or role, not the start of another
word. Sentences and speakers written for this test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from parley.extract.statements.context import _own_noun


@pytest.mark.parametrize(
    ("text", "word", "speaker", "own"),
    [
        # the start of another word is no name of the body
        ("The union will strike again.", "union", "a unionist leader", False),
        ("The bank will raise its rates.", "bank", "bankers in the city", False),
        ("The state will pay the costs.", "state", "a statement by the union", False),
        # the whole word, its possessive or its plural still is
        ("The company will cut its prices.", "company", "the company's chief executive", True),
        ("The ministry will publish the figures.", "ministry", "a ministry spokesman", True),
        ("The bank will raise its rates.", "bank", "the bank", True),
        ("The union will strike again.", "union", "leaders of the unions", True),
    ],
)
def test_own_noun_is_a_whole_word_of_the_speaker(nlp, text, word, speaker, own):
    doc = nlp(text)
    subj = next(t for t in doc if t.text.lower() == word)
    q = SimpleNamespace(speaker=speaker, speaker_role=None)
    actor = SimpleNamespace(role=None, sector="non_state")
    assert _own_noun(subj, q, actor) is own
