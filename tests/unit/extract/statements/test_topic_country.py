"""Speakers the article's topic state must not claim (issue #10, the independent audit's kind
"SC-topic"): a body an international organisation set up or runs ("a U.N.-backed panel")
speaks for no state, not for the state the article is about; a former state's demonym places its
officials; a relative clause does not place a description. Sentences written for these tests;
real spaCy model, real tables."""

from __future__ import annotations

import pytest

from parley import ids
from parley.extract import quotes, statements
from parley.extract.actor_resolver import ActorResolver
from parley.extract.statements.context import names_io


def speakers_of(nlp, text: str, when: str = "2021-06-01") -> dict[str, str | None]:
    """speaker -> speaker country of the statements, in text order."""
    doc = nlp(ids.normalize_text(text))
    found = quotes.extract_quotes(doc)
    stmts, ctx = statements.statements_for(doc, found, when)
    return {
        found[s.quote_index].speaker: getattr(ctx.speakers[s.quote_index], "country", None)
        for s in stmts
    }


@pytest.mark.parametrize(
    ("text", "io"),
    [
        ("a U.N.-backed panel", True),
        ("the UN-backed tribunal", True),
        ("the NATO-led mission", True),
        ("U.S.-backed rebels", False),  # a state's backing makes no one speak for it
        ("the Saudi-led coalition", False),
        ("Iran-backed militias", False),
        ("a state-run newspaper", False),
    ],
)
def test_a_body_an_international_organisation_made_is_that_organisations(text, io):
    assert names_io(text) is io


def test_an_io_backed_panel_does_not_take_the_articles_state(nlp):
    text = (
        "Syrian government forces shelled Aleppo on Monday, and Syria's army said it had taken "
        "two villages near Aleppo. Syria's foreign minister said Syria would fight on. "
        "A U.N.-backed panel said the shelling of the hospitals in Syria was a war crime."
    )
    found = speakers_of(nlp, text)
    panel = [s for s in found if s and "panel" in s]
    assert panel, found
    assert found[panel[0]] is None
    # the same article's own officials still speak for Syria
    assert "SY" in found.values()


@pytest.mark.parametrize(
    ("text", "when", "state"),
    [
        (
            "PARIS, March 30 - France and Yugoslavia signed a trade accord in Paris on Monday. "
            "French officials said the accord was good for France. "
            "Yugoslav officials said the accord would help Yugoslavia's exports.",
            "1987-03-30",
            "YU",
        ),
        (
            "PARIS, March 30 - France and the Soviet Union signed a trade accord in Paris. "
            "French officials said the accord was good for France. "
            "Soviet officials said the accord would help exports.",
            "1987-03-30",
            "SU",
        ),
    ],
)
def test_a_former_states_demonym_places_its_officials(nlp, text, when, state):
    # a demonym of a state that no longer exists (ISO 3166-3) is that state at the article's
    # date, not the article's topic or dateline state
    found = speakers_of(nlp, text, when)
    placed = [c for s, c in found.items() if s and s.split()[0] in ("Yugoslav", "Soviet")]
    assert placed == [state], found


@pytest.mark.parametrize(
    ("speaker", "state"),
    [
        ("Western economists who follow Chinese financial affairs", None),
        ("analysts who follow Russian politics", None),
        ("Chinese officials who attended the talks", "CN"),  # the noun phrase still places them
    ],
)
def test_a_relative_clause_does_not_place_a_description(nlp, speaker, state):
    resolver = ActorResolver(nlp("China and Russia held talks on Monday."), "2019-03-01")
    found = resolver.speaker(speaker)
    assert getattr(found, "country", None) == state
