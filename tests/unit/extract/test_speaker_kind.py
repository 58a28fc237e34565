"""Every attributed statement row has a ``speaker_kind`` (the break18/break19 analysts' kind:
40 of a real day's 631 statements had none). A speaker the quote engine found but no actor
table, title or place resolved - people described, not named: analysts, anonymous sources,
observers - is a ``description``, the kind a described speaker with a known state already has;
named people, states and bodies keep the kind their actor has. Sentences written for these
tests; real spaCy model, real tables."""

from __future__ import annotations

import pytest

from parley import ids
from parley.extract import quotes, statements
from parley.extract.rows import statement_rows


def kinds_of(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker as written, speaker_actor, speaker_kind) of each statement row, in text order."""
    doc = nlp(ids.normalize_text(text))
    found = quotes.extract_quotes(doc)
    stmts, _ = statements.statements_for(doc, found, "2021-06-01")
    return [
        (r["speaker"], r["speaker_actor"], r["speaker_kind"])
        for r in statement_rows("a1", found, stmts)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the sanctions would hurt the economy for years.",
        "A source said the talks had stalled over the question of prisoners.",
        "Middle East observers said the truce was unlikely to hold.",
        "People familiar with the talks said a deal was close.",
        "Economists said the new tariffs would raise prices for consumers.",
        "Critics said the agreement gave away too much.",
    ],
)
def test_a_described_speaker_no_table_resolves_is_a_description(nlp, text):
    found = kinds_of(nlp, text)
    assert found, text
    speaker, actor, kind = found[0]
    assert speaker is not None
    # the case this test is for: nothing resolved the speaker to an actor
    assert actor is None, (text, found)
    assert kind == "description", (text, found)


# near misses: a speaker that resolved keeps its actor's kind
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russian Foreign Minister Sergei Lavrov said the talks had stalled.", "person"),
        ("Russia said on Monday that the talks had stalled.", "country"),
        ("A Kremlin spokesman said the talks had stalled.", "role"),
    ],
)
def test_a_resolved_speaker_keeps_its_actors_kind(nlp, text, kind):
    found = kinds_of(nlp, text)
    assert found, text
    speaker, actor, got = found[0]
    assert actor is not None, (text, found)
    assert got == kind, (text, found)
