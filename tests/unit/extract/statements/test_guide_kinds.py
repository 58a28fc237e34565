"""Statement types completed kind by kind from STATEMENTS_GUIDE.md's definitions (issue 10,
session 5): each label's criteria written out as sentences of our own (none is from the
annotated corpus), with near misses that must not get the label."""

from __future__ import annotations

import pytest

from parley.extract import quotes, statements


def types_of(nlp, text: str) -> list[str]:
    doc = nlp(text)
    found, _ = statements.statements_for(doc, quotes.extract_quotes(doc), "2020-01-01")
    return [s.statement_type for s in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chinese commerce minister said a trade war would hurt everyone.", True),
        ("The French finance minister said the tariffs would damage the global economy.", True),
        ('"This plan will undermine the peace process," the Norwegian mediator said.', True),
        ("The UN envoy said any invasion would be a catastrophe for the region.", True),
        (
            "The German chancellor said the escalation would push the region to the brink of war.",
            True,
        ),
        ("The Egyptian foreign ministry said the move risks plunging the region into chaos.", True),
        ("The Jordanian king said the settlement plan risked igniting a wider conflict.", True),
        ("The Chinese commerce minister said the talks would be difficult.", False),
        ("The Italian minister said the new bridge would help the economy.", False),
        (
            "The U.S. official said the system, which would pose a threat to aircraft, arrived last week.",
            False,
        ),
        ("The Indian minister said the project will cost $5 billion.", False),
    ],
)
def test_bad_consequences_foreseen_warn(nlp, text, expected):
    """future harm ("would hurt", "will undermine", "a catastrophe") and risking harm ("risks plunging into chaos") warn; a forecast without harm, a relative clause describing a thing, or a cost do not."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("WARN" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia said none of its fighters were involved in the attack.", True),
        ("The Russian defence ministry said at no point did its troops enter the village.", True),
        ('"None of our soldiers took part in the raid," the Israeli army said.', True),
        ('"At no time did our forces fire on the crowd," the Syrian army said.', True),
        ("The militia said none of the rebels were involved in the talks.", False),
        ("The Russian defence ministry said its troops entered the village at noon.", False),
    ],
)
def test_a_negative_quantifier_over_the_speakers_side_denies(nlp, text, expected):
    """ "none of its fighters", "at no point did its troops": the speaker's side denying a part in a reported act."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("DENY" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ukrainian foreign ministry said Russian troops executed civilians in the town.",
            True,
        ),
        ("The Syrian opposition said government forces fired rockets at residential areas.", True),
        ("The Ukrainian president said Russia's army had deliberately targeted a hospital.", True),
        ("The Lebanese health ministry said Israeli jets struck a school in the south.", True),
        ("Amnesty International said the soldiers detained journalists and aid workers.", True),
        ("The Ukrainian military said a maternity hospital was shelled by Russian forces.", True),
        (
            "The Venezuelan president said the opposition was trying to overthrow the government.",
            True,
        ),
        ("The Ukrainian military said Russian troops withdrew from the town.", False),
        ("The Syrian opposition said government forces fired rockets at rebel positions.", False),
        (
            "The Russian defence ministry said it was unclear why the tank had fired on the reporters.",
            False,
        ),
        ("The Ukrainian foreign ministry said Russian troops arrived in the capital.", False),
    ],
)
def test_force_on_protected_persons_or_objects_accuses(nlp, text, expected):
    """force used on persons or objects protected in armed conflict (civilians, hospitals, journalists) is a specific charge; military objects, movements and indirect questions are not."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("ACCUSE" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian President Hassan Rouhani said Israel would pay dearly for the attack.", True),
        ('"They will pay a heavy price," the North Korean general said.', True),
        (
            "Iranian President Hassan Rouhani said any aggression against Iran would be met with a crushing response.",
            True,
        ),
        ("The Chinese defence ministry said any provocation would be met with force.", True),
        ("The Indian minister said farmers would pay higher taxes next year.", False),
        (
            "The Chinese defence ministry said the delegation would be met with a welcome ceremony.",
            False,
        ),
    ],
)
def test_what_the_target_will_suffer_is_a_threat(nlp, text, expected):
    """ "will pay dearly", "will be met with a crushing response": the speaker's side's answer announced through the target."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("THREATEN" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese Foreign Ministry spokesman Wang Wenbin said China would ignore the ruling.",
            True,
        ),
        ('"We will disregard this ultimatum," the Serbian prime minister said.', True),
        ("Russian Foreign Minister Sergei Lavrov said Russia would not respect the verdict.", True),
        ('"We will not abide by the court\'s decision," the Israeli prime minister said.', True),
        ('"We will respect the verdict," the Serbian prime minister said.', False),
        (
            "Russian Foreign Minister Sergei Lavrov said Russia would not ignore the concerns of its neighbours.",
            False,
        ),
    ],
)
def test_ignoring_or_not_honouring_a_ruling_rejects(nlp, text, expected):
    """ "will ignore the ruling", "will not respect the verdict": rejecting what binds the speaker's side."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("REJECT" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korean President Moon Jae-in said he hoped China would use its influence on North Korea.",
            True,
        ),
        (
            '"We hope Iran will return to the negotiating table," the French foreign minister said.',
            True,
        ),
        ("South Korean President Moon Jae-in said he hoped the talks would succeed.", False),
        ('"We hope it will rain," the Indian agriculture minister said.', False),
    ],
)
def test_hoping_a_named_party_will_act_appeals(nlp, text, expected):
    """ "we hope Iran will return to the table" is addressed to Iran; hoping for a thing names no party."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("APPEAL" in types) is expected, types
