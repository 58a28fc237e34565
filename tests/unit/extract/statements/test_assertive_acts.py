"""Assertive speech acts (issue 10): accusations carried by the content, each kind in several
wordings written for these tests (none is from the annotated corpus), and the near misses that
must keep another label."""

from __future__ import annotations

import pytest

from tests.unit.extract.statements.typed import first_type


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the journalist had been tortured in custody.",
        "Doctors said the prisoners had been beaten and starved.",
        '"Their homes were looted and burned," the governor said.',
        "The committee said the detainees were systematically abused.",
    ],
)
def test_a_wrong_done_to_someone_in_the_passive_is_an_accusation(nlp, text):
    # STATEMENTS_GUIDE, ACCUSE: "attributes a specific wrongful act"; the passive auxiliary
    # ("were", "had been") is no modal and keeps the charge asserted
    assert first_type(nlp, text) == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "The State Department said the Wagner Group runs operations including kidnappings and torture.",
        "The ministry said the Reconnaissance General Bureau runs overseas operations, including assassinations.",
        "The embassy said Mahan Air flies weapons to militias in support of a brutal war.",
        "The ministry said the Al-Nusra Front conducts raids involving torture of prisoners.",
    ],
)
def test_conduct_of_a_named_party_no_table_knows_charged_with_a_wrong(nlp, text):
    # a proper name tagged as an organisation is another party even when the actor tables do
    # not list it, as for the owner of a wrong ("violations by Islamic State")
    assert first_type(nlp, text) == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "The army said the village could be attacked at any time.",
        "The minister said the Red Cross runs programmes against kidnappings.",
        "The ministry said the suspects would be tortured if they were extradited.",
        # "could have" is counterfactual, a possible state is no act
        "The ministry said the rebels could have attacked the convoy but did not.",
        "The senator said the minister might have been abroad at the time.",
    ],
)
def test_near_misses_are_no_accusation(nlp, text):
    assert first_type(nlp, text) != "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        '"There have been no Russian soldiers in Ukraine," Kremlin spokesman Dmitry Peskov said.',
        '"No Russian troops have been in Ukraine," Kremlin spokesman Dmitry Peskov said.',
        '"There had been no Chinese warships in the area," the Chinese defence ministry said.',
    ],
)
def test_the_sides_presence_denied_in_the_perfect_is_a_denial(nlp, text):
    # "have been" is an auxiliary, not a modal: the presence is denied as in "there are no
    # Russian soldiers in Ukraine" (STATEMENTS_GUIDE: DENY)
    assert first_type(nlp, text) == "DENY"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reporting verbs the quote engine knows by their act (quotes/cue_verbs.csv, classes
        # claim and accuse) type the statement the same way (statement_lexicon.csv)
        ("The ministry predicted that exports would fall by 5 percent this year.", "CLAIM"),
        ("Pyongyang boasted that it had built a hydrogen bomb.", "CLAIM"),
        ("The envoy suggested that the rebels had received fresh weapons.", "CLAIM"),
        ("Kyiv charged that Moscow had moved troops to the border.", "ACCUSE"),
        # the content's own act still wins over a claim cue
        ("The envoy suggested that both sides should return to the table.", "APPEAL"),
    ],
)
def test_a_claim_or_charge_cue_types_its_report(nlp, text, expected):
    # STATEMENTS_GUIDE: CLAIM "predictions stated as fact by a party", "assertion of a
    # contestable fact"; ACCUSE "attributes a specific wrongful act"
    assert first_type(nlp, text) == expected


# a proper noun is a name, never a stance word: towns named "Tell ..." (Arabic "hill") in Syria
# and Iraq were read as the attitude verb "tell" of another party (a CLAIM, rule claim:tell)
TELL_TOWNS = [
    '"The Syrian Army entered Tell Tamer on Sunday," the Kurdish spokesman said.',
    '"Turkish troops shelled Tell Abyad overnight," a Kurdish commander said.',
    '"Rebels have withdrawn from Tell Rifaat," the Russian ministry said.',
]


@pytest.mark.parametrize("text", TELL_TOWNS)
def test_a_place_name_is_never_an_attitude_word(typed, text):
    """A token tagged PROPN whose lemma is an attitude word ("Tell" of a town) gives no
    ``claim:`` match (:func:`parley.extract.statements.matching.claim_about_other`)."""
    found = typed(text)
    assert found, "the quotation itself is found"
    assert all(s.rule != "claim:tell" for s in found)
