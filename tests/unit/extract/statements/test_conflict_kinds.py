"""Conflict types (DISPUTE, ACCUSE, THREATEN...) a user judged wrong in the digest of the
bundled samples (issue 10, session 13), kind by kind: sentences of our own with the type and
target the guide (STATEMENTS_GUIDE.md) gives, and near misses that must not get the conflict
type."""

from __future__ import annotations

import pytest

# sympathy with a party a misfortune befell supports it, even beside a word of outrage;
# concern about a misfortune with no culprit (a disease, a disaster) disputes no one, while
# concern about what a party did still disapproves of it.
SYMPATHY = [
    "The Spanish king expressed his outrage, sadness and condolences over the death of the"
    " former Portuguese president.",
    "The Kenyan president expressed sadness over the earthquake in Turkey.",
    "The Pope expressed his grief and sympathy over the floods in Pakistan.",
]
MISFORTUNE_CONCERN = [
    "The Chilean president expressed concern about the outbreak of cholera in Haiti.",
    "The Canadian foreign minister expressed concern about the recent spread of the virus in Peru.",
    "The envoy voiced concern over the famine in Somalia.",
]
CONDUCT_CONCERN = [
    "The Dutch foreign minister expressed concern about the arrests of journalists in Minsk.",
    "The Swedish minister expressed deep concern over Beijing's detention of the activists.",
    "The Irish president expressed outrage at the army's shelling of the hospital.",
]


def _types(typed, text: str) -> list[str]:
    return [s.statement_type for s in typed(text)]


@pytest.mark.parametrize("text", SYMPATHY)
def test_expressed_sympathy_supports(typed, text):
    types = _types(typed, text)
    assert "SUPPORT" in types and "DISPUTE" not in types, types


@pytest.mark.parametrize("text", MISFORTUNE_CONCERN)
def test_concern_about_a_misfortune_disputes_no_one(typed, text):
    assert "DISPUTE" not in _types(typed, text)


@pytest.mark.parametrize("text", CONDUCT_CONCERN)
def test_concern_about_conduct_still_disputes(typed, text):
    assert "DISPUTE" in _types(typed, text)
