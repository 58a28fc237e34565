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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iranian military said it bore responsibility for the downing of the airliner.", True),
        ('"We failed to protect them," the Nigerian president said.', True),
        ('"We could have done more," the Canadian minister said.', True),
        ("The Israeli army said Hamas was responsible for the death of the journalist.", False),
        ('"They were wrong," the British prime minister said of the protesters.', False),
        ('"We could have more talks next week," the Canadian minister said.', False),
    ],
)
def test_the_speakers_side_owning_a_fault_concedes(nlp, text, expected):
    """ "bore responsibility", "failed to protect", "could have done more": the speaker's side admitting a point against itself; another party's fault or a could-have of plans does not."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("CONCEDE" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The North Korean foreign ministry said Washington would regret its actions.", True),
        ("The Iranian general said the attack would not go unpunished.", True),
        ('"This crime will not go unpunished," the Russian president said.', True),
        ('"Any attack will be answered with force," the Iranian general said.', True),
        ("The Chinese defence ministry said any provocation would be met with force.", True),
        ("The Swiss minister said the voters would regret nothing.", False),
    ],
)
def test_the_targets_regret_or_punishment_to_come_threatens(nlp, text, expected):
    """ "will regret its actions", "will not go unpunished", "will be answered with force": the speaker's side's answer announced through the target."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("THREATEN" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"There will be no talks with terrorists," the Israeli prime minister said.', True),
        ('"There will be no deal," the British prime minister said.', True),
        ('"This proposal is dead on arrival," the Israeli prime minister said.', True),
        ('"We will not take part in the arbitration," the Chinese foreign minister said.', True),
        ('"We will not participate in these talks," the Serbian president said.', True),
        ('"There will be talks next week," the British prime minister said.', False),
        ('"We will take part in the talks," the Serbian president said.', False),
    ],
)
def test_refusing_talks_or_proceedings_rejects(nlp, text, expected):
    """ "there will be no talks", "will not take part in the arbitration", "dead on arrival": talks, proceedings or a proposal refused."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("REJECT" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Indian minister said he was against the proposal.", True),
        ("The Chinese embassy said it had lodged a protest with the Japanese side.", True),
        ('"We are against any unilateral move," the Cypriot president said.', True),
        ("The French president said the decision was a step backwards.", True),
        ("The Mexican president said the wall was an insult to Mexico.", True),
        ('"We are against the clock," the Cypriot president said.', False),
    ],
)
def test_being_against_or_protesting_disputes(nlp, text, expected):
    """ "we are against the proposal", "lodged a protest", "a step backwards", "an insult": disapproval without a charge; "against the clock" is an idiom."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("DISPUTE" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russian defence ministry said no Russian troops were in Ukraine.", True),
        ('"No Iranian forces are in Yemen," the Iranian foreign minister said.', True),
        ('"No Iranian forces are in Yemen," the Saudi foreign minister said.', False),
    ],
)
def test_no_troops_of_the_speakers_side_denies_presence(nlp, text, expected):
    """ "no Russian troops are in Ukraine" said by Moscow denies; the same words from another state are a claim."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("DENY" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Stop the bombing now," the Ukrainian president said.', True),
        ('"Let the inspectors in," the American envoy said.', True),
        ('"Do not escalate this conflict," the UN secretary-general said.', True),
        ("The Qatari envoy said it was time for both sides to return to talks.", True),
        ('"It is high time that Russia withdrew its troops," the Finnish president said.', True),
        ('"Let me be clear: we want peace," the Swiss president said.', False),
        ('"Let\'s wait for the results," the Swiss president said.', False),
        ('"Look, the talks are complicated," the Swiss president said.', False),
        (
            "The Chinese minister said it was not the first time that Japan had sent ships to the islands.",
            False,
        ),
    ],
)
def test_an_imperative_or_time_for_appeals(nlp, text, expected):
    """an imperative opening a direct quote or "it is time for X to" addresses a party; "let me", "let's", "look" and "the first time that" do not."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("APPEAL" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ukrainian military said Russian forces had lost 300 tanks in the battle.", True),
        ("The Russian defence ministry said its forces had destroyed 12 Ukrainian tanks.", True),
        ("The Syrian army said it controlled most of the city.", True),
        ("The Israeli army said its air defences had shot down 20 drones.", True),
        ("The Ukrainian military said Russian forces would try to capture the city.", False),
    ],
)
def test_a_military_result_claims(nlp, text, expected):
    """counted losses inflicted or suffered and ground held are contestable facts (CLAIM); a plan to capture is not."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("CLAIM" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russian foreign minister said the deployment could lead to a new war.", True),
        ("The UN envoy said the decision could push the country into chaos.", True),
        ("The IMF chief said the crisis could push millions into poverty.", True),
        ('"This will end badly," the Russian foreign minister said.', True),
        ('"This will end on Friday," the Russian foreign minister said.', False),
    ],
)
def test_harm_led_to_or_pushed_into_warns(nlp, text, expected):
    """ "could lead to a new war", "push millions into poverty", "will end badly"."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("WARN" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Polish prime minister said Belarus was using migrants as a weapon.", True),
        ("The Israeli army said Hamas used civilians as human shields.", True),
        ("The Polish prime minister said Belarus was using the airport as a hub.", False),
    ],
)
def test_using_people_as_a_weapon_accuses(nlp, text, expected):
    """ "using migrants as a weapon", "civilians as human shields"; using an airport as a hub is no charge."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("ACCUSE" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"They are killing our people," the Palestinian president said.', True),
        ('"Russian jets bombed our ports," the Ukrainian navy spokesman said.', True),
        (
            '"Israeli forces opened fire on worshippers," the Palestinian foreign ministry said.',
            True,
        ),
        ("The Syrian opposition said regime aircraft dropped barrel bombs on a market.", True),
        ("The Armenian prime minister said Azerbaijani forces shelled Armenian villages.", True),
        ('"They are visiting our people," the Palestinian president said.', False),
        ("The Syrian opposition said regime aircraft dropped leaflets on the town.", False),
    ],
)
def test_force_on_the_speakers_own_side_or_munitions_on_protected_objects_accuses(
    nlp, text, expected
):
    """ "killing our people", "bombed our ports", "opened fire on worshippers", "dropped barrel bombs on a market"; visits and leaflets are no charge."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("ACCUSE" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Mistakes were made," the Australian prime minister said.', True),
        ('"Errors were committed in the planning," the Dutch defence minister said.', True),
        ('"Mistakes were made by the contractor," the Australian prime minister said.', False),
    ],
)
def test_mistakes_were_made_concedes(nlp, text, expected):
    """ "mistakes were made" without a doer named admits; "made by the contractor" blames another."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("CONCEDE" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Our response will be swift and decisive," the Israeli defence minister said.', True),
        ('"They will face the consequences," the Iranian general said of the attackers.', True),
        ('"We reserve the right to respond," the Russian foreign ministry said.', True),
        (
            '"We reserve the right to take countermeasures," the Chinese foreign ministry said.',
            True,
        ),
        ('"Our response will be ready next week," the Israeli defence minister said.', False),
        (
            '"We reserve the right to change the schedule," the Chinese foreign ministry said.',
            False,
        ),
    ],
)
def test_the_speakers_side_promising_an_answer_threatens(nlp, text, expected):
    """ "our response will be swift", "they will face the consequences", "we reserve the right to respond"."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("THREATEN" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"There are no Russian soldiers in Ukraine," the Russian foreign minister said.', True),
        (
            '"There are no Russian soldiers in Ukraine," the Ukrainian foreign minister said of the liberated town.',
            False,
        ),
    ],
)
def test_there_are_none_of_the_speakers_troops_denies(nlp, text, expected):
    """ "there are no Russian soldiers in Ukraine" from Moscow denies; from Kyiv it does not."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("DENY" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The region is on the brink of war," the Iraqi prime minister said.', True),
        ('"Millions of people will starve," the WFP chief said.', True),
        ('"Isolation will only make things worse," the Finnish president said.', True),
        ('"The team is on the brink of a title," the French sports minister said.', False),
    ],
)
def test_harm_at_hand_or_to_come_warns(nlp, text, expected):
    """ "on the brink of war", "will starve", "will make things worse"; "on the brink of a title" is no harm."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("WARN" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Crimea is Russian territory," the Russian foreign minister said.', True),
        (
            '"The islands are an integral part of Japan\'s territory," the Japanese foreign minister said.',
            True,
        ),
        ('"The talks are part of a long process," the Japanese foreign minister said.', False),
    ],
)
def test_a_place_said_to_be_a_states_territory_claims(nlp, text, expected):
    """ "Crimea is Russian territory", "an integral part of Japan's territory": legal positions (CLAIM)."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("CLAIM" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I cannot go into details," the French defence minister said.', True),
        ('"I won\'t get into details about the operation," the American general said.', True),
    ],
)
def test_not_going_into_details_declines(nlp, text, expected):
    """ "I cannot go into details": refusing to disclose."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("DECLINE_COMMENT" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We salute the courage of the Ukrainian people," the Lithuanian president said.', True),
    ],
)
def test_saluting_supports(nlp, text, expected):
    """ "we salute the courage of ...": praise."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("SUPPORT" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I appeal to the Taliban to reopen the schools," the UN chief said.', True),
        ('"We invite Iran to join the talks," the Omani foreign minister said.', True),
        ("The Jordanian foreign minister said he had asked Israel to allow aid into Gaza.", True),
        ('"We will press China to help find a solution," the American envoy said.', False),
        ('"We invite you to the reception," the Omani foreign minister said.', False),
    ],
)
def test_the_speakers_side_asking_a_party_to_act_appeals(nlp, text, expected):
    """ "I appeal to the Taliban to reopen", "we invite Iran to join"; announcing that one will press a party is an intention, an invitation to a reception asks no act."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("APPEAL" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Poland will always stand by Ukraine," the Polish president said.', True),
        ('"We stand behind our allies," the Estonian prime minister said.', True),
        ('"Thank you, Germany," the Ukrainian president said.', True),
        ('"We stand by our decision," the Estonian prime minister said.', False),
    ],
)
def test_standing_by_a_party_or_thanking_it_supports(nlp, text, expected):
    """ "stand by Ukraine", "stand behind our allies", "Thank you, Germany"; standing by a decision is no support of a party."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("SUPPORT" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The ICC has no jurisdiction over Israel," the Israeli prime minister said.', True),
        (
            '"This tribunal does not have jurisdiction in this case," the Chinese foreign ministry said.',
            True,
        ),
        ('"The ICC has jurisdiction over war crimes," the Dutch foreign minister said.', False),
    ],
)
def test_denying_a_courts_jurisdiction_rejects(nlp, text, expected):
    """ "has no jurisdiction over Israel" rejects the jurisdiction; stating one does not."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("REJECT" in types) is expected, types


@pytest.mark.parametrize(
    ("text", "statement_type"),
    [
        (
            '"We intend to file a complaint at the WTO," the Chinese commerce ministry said.',
            "INTENT",
        ),
        ('"We have filed a complaint at the WTO," the Chinese commerce ministry said.', "DISPUTE"),
    ],
)
def test_a_protest_lodged_disputes_and_one_intended_is_an_intention(nlp, text, statement_type):
    """Lodging a complaint disapproves; announcing one is the speaker's intention."""
    assert types_of(nlp, text) == [statement_type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Washington has no right to lecture us," the Chinese foreign ministry said.', True),
        (
            '"They do not have the right to interfere," the Iranian foreign minister said of the Europeans.',
            True,
        ),
        ('"Their policy makes no sense," the German finance minister said.', True),
        ('"This does not make sense," the Spanish prime minister said of the tariffs.', True),
        ('"We are very unhappy with the decision," the Japanese trade minister said.', True),
        ('"This is a betrayal of our trust," the Australian prime minister said.', True),
        ('"The delegation has the right to speak first," the Austrian chair said.', False),
        ('"It makes sense to meet in Vienna," the Austrian chair said.', False),
    ],
)
def test_denying_a_right_or_sense_and_unhappiness_dispute(nlp, text, expected):
    """\"has no right to lecture us\", \"makes no sense\", \"very unhappy with\", \"a betrayal\": criticism without a charge; a right granted or sense made is none."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert ("DISPUTE" in types) is expected, types
