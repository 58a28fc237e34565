"""Bare answers ('"Never," the minister replied', 'asked whether ..., he said: "No."'): the
quotation is typed from the question or proposal it answers (answers.py). Sentences written for
these tests, none from the annotated corpus."""

from __future__ import annotations

import pytest

from parley.extract.statements.answers import answer_polarity
from tests.unit.extract.statements.typed import all_types


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a "no" to what the speaker's side is asked to do is a refusal
        (
            'Asked whether his government would lift the embargo, Pavel Dorn said: "Never."',
            "REJECT",
        ),
        ('"Absolutely not," Foreign Minister Lena Holt said.', "REJECT"),
        (
            'Asked if Norway would sign the accord, the spokesman said, "No."',
            "REJECT",
        ),
        # a "no" to a question of fact is a denial
        (
            'Asked whether Moscow was behind the attack on the pipeline, Ivan Sorokin said: "No."',
            "DENY",
        ),
        (
            '"Absolutely not," the spokeswoman said when asked if Iran had supplied the drones.',
            "DENY",
        ),
        # a "yes" to what the speaker will do is an intention
        (
            'Asked whether he would meet the Cuban president, Carlos Vega replied, "Absolutely."',
            "INTENT",
        ),
    ],
)
def test_a_bare_answer_takes_its_type_from_what_it_answers(nlp, text, label):
    assert label in all_types(nlp, text)


def test_a_yes_about_another_party_is_no_intention(nlp):
    text = 'Asked whether Turkey would join the talks, Carlos Vega replied, "Certainly."'
    assert "INTENT" not in all_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ('"No,"', "no"),
        ("\u201cOf course not.\u201d", "no"),
        ('"Absolutely."', "yes"),
        ('"No comment."', None),
        ('"Never again,"', None),
        ('"Nonsense,"', None),
    ],
)
def test_answer_polarity_is_the_whole_answer_only(text, polarity):
    assert answer_polarity(text) == polarity


def test_a_charge_said_not_to_be_so_is_denied(nlp):
    """What another state's speaker charged ("accused U.S. forces of preventing civilians from
    leaving") said by the other side not to happen is a denial (STATEMENTS_GUIDE: DENY), though
    no denying word is used."""
    text = (
        "The Russian defence ministry accused U.S. forces of preventing civilians from leaving"
        ' the camp. A Pentagon spokesman said: "The United States is not preventing people'
        ' from leaving the camp."'
    )
    assert all_types(nlp, text) == ["ACCUSE", "DENY"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a report of the speaker's own side, words said as no charge or claim, a
        # negation of another act
        "The U.S. State Department accused Veloria of preventing civilians from leaving the camp."
        ' A Pentagon spokesman said: "The United States is not preventing people from leaving'
        ' the camp."',
        "The Russian defence ministry said U.S. forces were preventing civilians from leaving the"
        ' camp. A Pentagon spokesman said: "The United States is not preventing people from'
        ' leaving the camp."',
        "The Russian defence ministry accused U.S. forces of preventing civilians from leaving"
        ' the camp. A Pentagon spokesman said: "The United States is not sending more troops."',
        # the charge was about another party than the one said not to have done it
        "The U.S. State Department accused Russia of violating the treaty. India's foreign"
        " secretary said China had not violated the border agreement.",
    ],
)
def test_a_negation_that_answers_no_charge_is_no_denial(nlp, text):
    assert all_types(nlp, text)[-1] != "DENY"
