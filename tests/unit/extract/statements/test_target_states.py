"""Which state a statement is aimed at when its words or its context name several (issue #10):
sentences written for these tests, each kind with a near miss that must keep its answer. Real
spaCy model, real tables."""

from __future__ import annotations

import pytest

from parley.extract import quotes, statements
from parley.extract.actors import Actor
from parley.extract.statements import ranker

# --- who speaks for the state's government (the chooser's me_official mark) --------------------


@pytest.mark.parametrize(
    ("sector", "role", "official"),
    [
        ("diplomatic", "US Ambassador to the United Nations", True),
        ("government", "Foreign Minister", True),
        ("diplomatic", "Former US Ambassador to the United Nations", False),
        ("government", "Shadow Europe minister", False),
        ("government", "Senator", False),
        ("government", "campaign adviser", False),
        # near miss: a word inside another word is no sign ("Exchequer", "Deputy")
        ("government", "Chancellor of the Exchequer", True),
        ("other", "analyst", False),
    ],
)
def test_a_former_office_holder_or_a_legislator_is_no_official_voice(sector, role, official):
    speaker = Actor(name="A. Person", kind="person", country="US", role=role, sector=sector)
    assert ranker.official_voice(speaker) is official


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        (
            "Turkey closed the border. Former Foreign Minister Ali Kaya said the decision was a "
            "mistake.",
            "me_other",
        ),
        # near miss: the minister in office speaks for the government
        (
            "Turkey closed the border. Foreign Minister Mevlut Cavusoglu said the decision was "
            "right.",
            "me_official",
        ),
    ],
)
def test_the_own_state_mark_of_a_former_minister(nlp, text, mark):
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    stmts, ctx = statements.statements_for(doc, found, "2020-01-01")
    s = stmts[-1]
    assert s.speaker is not None and s.speaker.country == "TR"
    cands = ranker.candidates(ctx, None, s.speaker, doc[-3].sent)
    assert mark in cands["TR"] and not ({"me_official", "me_other"} - {mark}) & cands["TR"]
