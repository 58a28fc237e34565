"""Statement types completed kind by kind from STATEMENTS_GUIDE.md's definitions (issue 10,
sessions 5-6): each label's criteria written out as sentences of our own (none is from the
annotated corpus), with near misses that must not get the label. One table of kinds, one test."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from parley.extract import quotes, statements


def types_of(nlp, text: str) -> list[str]:
    doc = nlp(text)
    found, _ = statements.statements_for(doc, quotes.extract_quotes(doc), "2020-01-01")
    return [s.statement_type for s in found]


class Kind(NamedTuple):
    """One kind of a label's criteria: sentences that must get ``label`` among their statement
    types, and near misses that must not."""

    name: str
    label: str
    positives: list[str]
    near_misses: list[str]


KINDS = [
    # the speaker's side refusing to approve, ratify, sign or endorse what another party put
    # forward rejects it; promising to approve, or not to do a thing of its own, does not.
    Kind(
        "refusing_to_approve_what_another_proposed_rejects",
        "REJECT",
        [
            "The Hungarian prime minister said Budapest would not ratify the accession protocol"
            " this year.",
            "The Slovak president said Bratislava will not approve the new sanctions package.",
            "The Polish president said Warsaw will not sign the migration pact.",
        ],
        [
            "The Danish minister said the government would approve the budget next week.",
            "The finance minister said the government will not raise the retirement age.",
        ],
    ),
    # "there will be / can be no talks / deal" refuses them; "there can be a deal" does not.
    Kind(
        "there_can_be_no_deal_rejects",
        "REJECT",
        [
            '"There can be no deal that does not protect our fishermen," the Norwegian minister'
            " said.",
            "The Israeli prime minister said there will be no talks with the militants.",
        ],
        ["The Norwegian minister said there can be a deal by Friday."],
    ),
    # a measure of the speaker's side announced as done, in the perfect ("has suspended
    # flights", "had set up a committee to investigate", "we have decided to withdraw") is an
    # announced measure; another party's measure, a plain event or a denial is not (session 6).
    Kind(
        "a_measure_taken_by_the_speakers_side_is_an_intention",
        "INTENT",
        [
            "The Chilean transport agency said it had formed a panel of engineers to examine"
            " the crash.",
            "The Peruvian government said it has halted all rail services to the province.",
            "The Indian ministry said it had imposed a ban on imports of the chemicals.",
            '"We have decided to withdraw our ambassador," the Moroccan foreign minister said.',
            "The Canadian ministry said it had frozen the assets of three companies.",
        ],
        [
            "The Nepalese ministry said it had received the letter on Monday.",
            "The Nepalese ministry said the plane had landed safely.",
            "The Dutch government said Russia has expelled two Dutch diplomats.",
            "The Dutch government said it had not suspended any flights.",
        ],
    ),
    # the same measure announced as under way, in the progressive ("is blacklisting two
    # entities", "was suspending flights"), is an announced measure too; another party's
    # measure under way, a negated one or a plain activity of the speaker's side is not
    # (session 17).
    Kind(
        "a_measure_under_way_by_the_speakers_side_is_an_intention",
        "INTENT",
        [
            "The Canadian ministry said it is freezing the assets of three companies.",
            "The Peruvian government said it was suspending all rail services to the province.",
            "The Indian ministry said it is imposing a ban on imports of the chemicals.",
        ],
        [
            "The Dutch government said Russia is expelling two Dutch diplomats.",
            "The Nepalese ministry said it was receiving letters from the families.",
            "The Dutch government said it was not suspending any flights.",
        ],
    ),
    # what a party will undergo, told in the future passive by a government voice with no
    # doer named ("the Britons will be flown home", "they will be compensated"), is the
    # speaking authority announcing its act; a doer named, a judgement, a negation or a
    # speaker who speaks for no state is not (session 17).
    Kind(
        "a_party_that_will_undergo_an_act_told_by_the_government_is_an_intention",
        "INTENT",
        [
            "The Spanish interior ministry said the four Britons will be flown home on Friday.",
            '"They will be compensated for every lost day," the Spanish labour minister said.',
            "The Greek coast guard said Ahmet Yilmaz will be handed over on Monday.",
        ],
        [
            "The Spanish interior ministry said the four Britons will be flown home by a"
            " British airline.",
            '"They will be judged by their results," the Spanish labour minister said.',
            "Local residents said the four Britons will be flown home on Friday.",
            "The Spanish interior ministry said the four Britons will not be flown home.",
        ],
    ),
    # a wrongful act named as what a thing "constitutes", "represents" or "amounts to" charges
    # it as "is a theft" does (the equated object stands as a predicate noun); a neutral
    # object does not (session 17).
    Kind(
        "a_wrong_a_thing_constitutes_is_an_accusation",
        "ACCUSE",
        [
            '"This amounts to blackmail," the Lithuanian foreign minister said.',
            '"This constitutes fraud," the Estonian finance minister said.',
        ],
        [
            '"That represents a compromise we can live with," the Greek minister said.',
            '"This amounts to a good start," the Lithuanian foreign minister said.',
        ],
    ),
    # the speaker's side promising not to go after a goal of its own ("will not seek a third
    # term", "would never seek hegemony") states its intention (a promise), as "will not
    # raise the retirement age" does; refusing talks with a party still rejects (session 15).
    Kind(
        "promising_not_to_seek_a_goal_is_an_intention",
        "INTENT",
        [
            "The Chinese ministry said Beijing would never seek hegemony in the region.",
            "The Saudi oil minister said Riyadh will not seek to push oil prices higher.",
            "The Mexican president said he would not seek a second term.",
        ],
        [
            "The Greek minister said Athens will not negotiate with Ankara.",
            "The Chinese ministry said Beijing will not talk to the separatists.",
        ],
    ),
    # the speaker's side preparing to act ("is preparing to send", "was preparing to open")
    # announces its own coming act, as "plans to" and "is prepared to" do; another party
    # preparing, or preparing for an event, is not the speaker's intention (session 15).
    Kind(
        "the_speakers_side_preparing_to_act_is_an_intention",
        "INTENT",
        [
            "The Indian ministry said it is preparing to send a team of inspectors to the border.",
            "The Austrian chancellor said Vienna was preparing to open a consulate in Erbil.",
        ],
        [
            "The Indian ministry said the army was preparing for the parade.",
            "The Austrian chancellor said the opposition was preparing to challenge the law.",
        ],
    ),
    # the same measure told in the perfect passive by a government voice, its agent unnamed or
    # the speaker's own side ("have been sanctioned by the Treasury", "had been barred from
    # entering"), is the speaker's side announcing it; the speaker's own people undergoing it,
    # another party as agent, a plain past or a modal is not (session 9).
    Kind(
        "a_measure_undergone_told_by_the_government_is_an_intention",
        "INTENT",
        [
            "A U.S. Treasury official said the five companies have been sanctioned by the U.S."
            " Treasury.",
            "The Nepalese aviation ministry said the airline's managers had been barred from"
            " entering the airport.",
            "The Canadian ministry said three Russian diplomats have been expelled.",
            "The Indian ministry said imports of the chemicals have been banned.",
            "The Japanese foreign ministry said the Chinese ambassador had been summoned.",
            "The U.S. Treasury said the three shipping firms have been blacklisted.",
        ],
        [
            "The Dutch government said our diplomats have been expelled.",
            "The Dutch government said two Dutch diplomats have been expelled.",
            "The Dutch government said two Dutch diplomats have been expelled by Russia.",
            "The Dutch government said two Russian diplomats were expelled.",
            "The Canadian ministry said the accounts could be frozen.",
            "Local residents said the road had been closed.",
            # another party's forces acting: nothing imposed on the subject (review, session 9)
            "Ukrainian officials said Russian troops had been deployed to the border.",
            "The Pentagon said Chinese warships have been deployed near Taiwan.",
            "The Japanese defence ministry said Russian bombers had been dispatched over the"
            " Sea of Japan.",
            "The Israeli military said rockets had been launched from Gaza overnight.",
            "South Korean officials said two ballistic missiles had been launched toward the sea.",
            # the speaker's own people undergoing the measure
            "The British Foreign Office said two of our diplomats had been expelled.",
            "The Polish foreign ministry said three of our consular staff have been expelled.",
            # a measure taken for itself, for a cause that is no party
            "A Pentagon spokesman said the drills have been suspended because of the storm.",
            "The Greek shipping ministry said all ferry services have been cancelled because"
            " of the gales.",
        ],
    ),
    # an expressing cue takes the act its object noun names ("expressed regret over the
    # decision" disputes, "expressed regret over the accident" admits, "expressed concern that
    # it could spread" warns, "expressed support" supports); "expressed the hope" names none.
    Kind(
        "an_expressed_feeling_names_the_act_dispute",
        "DISPUTE",
        [
            "The Japanese prime minister expressed regret over Washington's decision to impose"
            " tariffs.",
            "The White House expressed concern that Russia had moved artillery near the city.",
            "The Irish president expressed disappointment with the court ruling.",
        ],
        [
            "The Canadian prime minister expressed regret over the accident in a call with Beijing.",
            "The UN chief expressed concern that the fighting could spread to neighbouring"
            " countries.",
            "The minister expressed the hope that talks would resume soon.",
        ],
    ),
    Kind(
        "an_expressed_feeling_names_the_act_other",
        "CONCEDE",
        ["The Canadian prime minister expressed regret over the accident in a call with Beijing."],
        ["The Japanese prime minister expressed regret over the decision to impose tariffs."],
    ),
    Kind(
        "an_expressed_fear_warns",
        "WARN",
        [
            "The UN chief expressed concern that the fighting could spread to neighbouring"
            " countries."
        ],
        ["The White House expressed concern that Russia had moved artillery near the city."],
    ),
    Kind(
        "expressed_support_supports",
        "SUPPORT",
        ["The Brazilian president expressed support for the ceasefire proposal."],
        ["The Brazilian president expressed concern about the ceasefire proposal."],
    ),
    # a word of legitimacy negated ("can no longer be justified", "is not legitimate") judges
    # against a thing or act; the speaker's side sceptical or not a fan disapproves (session 6).
    Kind(
        "denied_legitimacy_or_distrust_disputes",
        "DISPUTE",
        [
            "The Italian premier said the fishing quota could no longer be justified.",
            '"This blockade cannot be justified," the Turkish foreign minister said.',
            "The Spanish foreign minister said the referendum was not legitimate.",
            "The US president said he had always been skeptical about Moscow's motives.",
            "The Australian prime minister said she was not a great fan of the tariff plan.",
        ],
        [
            "The German chancellor said the decision was justified.",
            "The Dutch minister said the sanctions would remain in place.",
        ],
    ),
    # a wrong (or the blame for one) owned by another named party, through a possessive, a
    # modifier or a "by" phrase ("violations by the regime", "Moscow's responsibility for the
    # attack"), is a specific charge; denied, foreseen or fought wrongs are not (session 6).
    Kind(
        "a_wrong_owned_by_another_party_accuses",
        "ACCUSE",
        [
            "The militia leader said abuses by the junta had forced villagers to flee the valley.",
            "The Ukrainian foreign minister said attacks by Russian forces had continued overnight.",
            "The security minister said the inquiry pointed to Boko Haram responsibility.",
            "The French foreign minister said Moscow's responsibility for the attack was clear.",
        ],
        [
            "The Ukrainian foreign minister said there had been no violations by either side.",
            "The Polish president said Poland had helped Ukraine fight Russian attacks.",
            "The Polish army said air defences had been activated due to Russian attacks near"
            " the border.",
            "The airline said flights were cancelled after attacks by rebel forces on the airport.",
            "The Lithuanian ministry said schools stayed closed amid Russian attacks on the power"
            " grid.",
            "The German minister said Germany had investigated the attacks by unknown gunmen.",
            "The Estonian minister said the drills could be followed by Russian attacks.",
            "The Ukrainian minister said nobody knew whether the attacks by Russian forces would"
            " continue.",
            "The French foreign minister said France would take responsibility for the talks.",
        ],
    ),
    # "deny" is the speech act when a claim is denied; withholding something from someone
    # ("denied them access", "was denied entry") is a narrated act, no denial (session 6).
    Kind(
        "denying_a_claim_not_withholding_a_thing",
        "DENY",
        [
            "The Kremlin denied any involvement in the poisoning.",
            "The army denied responsibility for the blast.",
            "The minister denied having met the lobbyist.",
            "Beijing denied that it was building military bases on the islands.",
        ],
        [
            "The ministry said the guards denied them access to the compound.",
            "The interior minister said officials had denied the activists permission to march.",
            '"We were denied entry at the border," the delegation leader said.',
            "The lawyer said his client had been denied bail.",
        ],
    ),
    # refusing a party a role ("rejected a role for the IMF") rejects an arrangement put
    # forward; rejecting or denying a role *in* an act denies involvement (audit of unseen
    # Reuters 1987 news, issue #10).
    Kind(
        "refusing_a_role_for_a_party_rejects",
        "REJECT",
        [
            "The finance minister rejected any role for the IMF in the debt talks.",
            "The Greek government has rejected a bigger role for NATO in managing the crisis.",
        ],
        [
            "The Kremlin rejected any role in the poisoning.",
            "Iran rejected any role in the attack on the tanker.",
        ],
    ),
    # "threaten" is the speech act when it says what the threatener will do (to-infinitive,
    # that-clause, "with" a measure, a punitive object, a party addressed); an event or force
    # endangering a thing ("the floods threaten the harvest") threatens nobody (session 6).
    Kind(
        "threatening_a_party_not_endangering_a_thing",
        "THREATEN",
        [
            "The minister threatened to expel the diplomats.",
            "North Korea threatened the United States with a nuclear strike.",
            "The president threatened sanctions against any country that buys the oil.",
            "Turkey threatened to launch a new offensive unless the militia withdrew.",
        ],
        [
            "The agriculture minister said the floods threaten the harvest.",
            "The minister said the drought threatened food supplies in the north.",
            "The foreign minister said the dispute threatens the stability of the whole region.",
            '"Inflation threatens the recovery," the central bank governor said.',
            "The UN said the fighting threatened to derail the peace talks.",
        ],
    ),
    # a war or conflict no side wins ("nobody wins a trade war", the guide's own WARN example;
    # "there are no winners in a trade war") warns of a loss for all; an election or a lottery
    # without a winner warns of nothing (session 15).
    Kind(
        "nobody_wins_a_war_warns",
        "WARN",
        [
            "The Chinese commerce ministry said nobody wins a trade war.",
            "The Chinese commerce ministry said there are no winners in a trade war.",
            "The Mexican economy minister said there would be no winner in a conflict between"
            " the two neighbours.",
        ],
        [
            "The party treasurer said the party could not win the election.",
            "The lottery operator said there was no winner in the draw.",
            # one named party's defeat foretold is no loss for every side
            "The Ukrainian president said Russia will not win the war.",
            "The Estonian minister said Moscow would never win the war in Ukraine.",
        ],
    ),
    # a coercive measure of coercive_measures.csv (downgrading relations, recalling the
    # ambassador, freezing assets) that the speaker's side will take on a condition threatens
    # (STATEMENTS_GUIDE: "will impose sanctions" is INTENT only "when announced as decided, not
    # conditional"); the same measure decided, or an easing on a condition ("would lift the
    # sanctions if ..."), is an intention (session 15).
    Kind(
        "a_coercive_measure_on_a_condition_threatens",
        "THREATEN",
        [
            "The Chinese ministry said China would downgrade relations with Lithuania if it"
            " opened the office.",
            "The Canadian ministry said Ottawa would recall its ambassador if the trial went"
            " ahead.",
            "The Canadian ministry said Ottawa would freeze the assets of the officials unless"
            " the prisoners were released.",
            "The Russian ministry said Moscow would cut gas supplies to Ukraine unless Kyiv paid"
            " its debts.",
            "The Turkish president said Turkey would launch a new offensive if the militia did"
            " not withdraw.",
        ],
        [
            "The Canadian ministry said Ottawa would recall its ambassador.",
            "The Saudi minister said Riyadh would cut oil output if prices fell.",
            "The Canadian ministry said Ottawa would lift the sanctions if the prisoners were"
            " released.",
            # a verb that acts on force rather than carrying it out ("condemn", "investigate")
            "The German minister said Berlin would condemn any attacks if they happened.",
            "The German minister said Berlin will investigate the attacks if the evidence holds.",
        ],
    ),
    # "need to" / "has to" inside a relative clause describes its noun ("the points that need
    # to be corrected"), it addresses no party; said of the thing itself it asks for the act
    # (session 15).
    Kind(
        "a_deontic_in_a_relative_clause_describes_its_noun",
        "APPEAL",
        ["The Japanese minister said the points need to be corrected."],
        [
            "The Japanese minister said Japan wants to resolve the issue by correcting the"
            " points that need to be corrected.",
            "The Korean minister said Seoul will rebuild the bridges that have to be replaced.",
        ],
    ),
    # a warning cue whose content is the speaker's side refusing a proposal or demand ("warned
    # that France would reject the reforms") rejects it: WARN is "not framed as the speaker's
    # own action"; another party's refusal or a harm warned of stays a warning (session 15).
    Kind(
        "warning_that_the_speakers_side_will_refuse_rejects",
        "REJECT",
        [
            "The French farm minister warned that France would flatly reject the proposed reforms.",
            "The Greek minister warned that Athens would not accept the plan.",
            "The Polish president warned that Warsaw would reject the migration pact.",
        ],
        [
            "The US envoy warned that Iran would reject any deal.",
            "The Greek minister warned that Turkey would not accept the plan.",
            "The Chinese ministry warned that the move would harm relations.",
        ],
    ),
    # a measure the speaker's side will impose on another party or its goods, conditioned on
    # that party's conduct, threatens it whatever the measure is called ("taxes", "quotas":
    # STATEMENTS_GUIDE "will impose tariffs if ..."); the same measure announced as decided, or
    # a conditioned measure that falls on no party, is an intention (session 15).
    Kind(
        "a_measure_imposed_on_a_party_if_it_acts_threatens",
        "THREATEN",
        [
            'The Belgian minister said that if Congress passed the bill, "we will impose taxes'
            ' on a lot of American goods."',
            "The French minister said France would impose new taxes on American wine if the"
            " Senate approved the quotas.",
            "The Thai commerce minister said that if the ban stayed, Thailand would introduce"
            " quotas on Malaysian rubber.",
        ],
        [
            "The French minister said France will impose taxes on American goods.",
            "The French minister said that if parliament agrees, the government will impose a"
            " curfew.",
            "The French minister said that if the talks succeed, France will introduce a new tax"
            " credit for farmers.",
        ],
    ),
    # future harm ("would hurt", "will undermine", "a catastrophe") and risking harm ("risks
    # plunging into chaos") warn; a forecast without harm, a relative clause describing a
    # thing, or a cost do not.
    Kind(
        "bad_consequences_foreseen_warn",
        "WARN",
        [
            "The Chinese commerce minister said a trade war would hurt everyone.",
            "The French finance minister said the tariffs would damage the global economy.",
            '"This plan will undermine the peace process," the Norwegian mediator said.',
            "The UN envoy said any invasion would be a catastrophe for the region.",
            "The German chancellor said the escalation would push the region to the brink of war.",
            "The Egyptian foreign ministry said the move risks plunging the region into chaos.",
            "The Jordanian king said the settlement plan risked igniting a wider conflict.",
            # tension as a harm foreseen (session 15)
            "The Japanese minister said the decision would only fuel tensions in the region.",
            "The Japanese minister said the drills could raise tensions with Beijing.",
        ],
        [
            "The Chinese commerce minister said the talks would be difficult.",
            "The Italian minister said the new bridge would help the economy.",
            "The U.S. official said the system, which would pose a threat to aircraft, arrived last week.",
            "The Indian minister said the project will cost $5 billion.",
            # a harm as the object of a verb that ends, prevents or eases it (session 15)
            "The Qatari mediator said the deal would end the war.",
            "The Qatari mediator said the talks would ease the crisis.",
            "The Qatari mediator said the agreement would prevent a new conflict.",
            "The Qatari mediator said the talks would ease tensions.",
            "The Qatari mediator said tensions remained high.",
        ],
    ),
    # "none of its fighters", "at no point did its troops": the speaker's side denying a part
    # in a reported act.
    Kind(
        "a_negative_quantifier_over_the_speakers_side_denies",
        "DENY",
        [
            "The militia said none of its fighters were involved in the attack.",
            "The Russian defence ministry said at no point did its troops enter the village.",
            '"None of our soldiers took part in the raid," the Israeli army said.',
            '"At no time did our forces fire on the crowd," the Syrian army said.',
        ],
        [
            "The militia said none of the rebels were involved in the talks.",
            "The Russian defence ministry said its troops entered the village at noon.",
        ],
    ),
    # force used on persons or objects protected in armed conflict (civilians, hospitals,
    # journalists) is a specific charge; military objects, movements and indirect questions
    # are not.
    Kind(
        "force_on_protected_persons_or_objects_accuses",
        "ACCUSE",
        [
            "The Ukrainian foreign ministry said Russian troops executed civilians in the town.",
            "The Syrian opposition said government forces fired rockets at residential areas.",
            "The Ukrainian president said Russia's army had deliberately targeted a hospital.",
            "The Lebanese health ministry said Israeli jets struck a school in the south.",
            "Amnesty International said the soldiers detained journalists and aid workers.",
            "The Ukrainian military said a maternity hospital was shelled by Russian forces.",
            "The Venezuelan president said the opposition was trying to overthrow the government.",
        ],
        [
            "The Ukrainian military said Russian troops withdrew from the town.",
            "The Syrian opposition said government forces fired rockets at rebel positions.",
            "The Russian defence ministry said it was unclear why the tank had fired on the reporters.",
            "The Ukrainian foreign ministry said Russian troops arrived in the capital.",
        ],
    ),
    # "will pay dearly", "will be met with a crushing response": the speaker's side's answer
    # announced through the target.
    Kind(
        "what_the_target_will_suffer_is_a_threat",
        "THREATEN",
        [
            "Iranian President Hassan Rouhani said Israel would pay dearly for the attack.",
            '"They will pay a heavy price," the North Korean general said.',
            "Iranian President Hassan Rouhani said any aggression against Iran would be met with a crushing response.",
            "The Chinese defence ministry said any provocation would be met with force.",
            # "bear the consequences" as "face the consequences" (session 15)
            "The Chinese foreign ministry said Washington would bear all the consequences.",
        ],
        [
            "The Indian minister said farmers would pay higher taxes next year.",
            "The Chinese defence ministry said the delegation would be met with a welcome ceremony.",
            "The Indian minister said Washington will pay the cost of the repairs.",
        ],
    ),
    # "will ignore the ruling", "will not respect the verdict": rejecting what binds the
    # speaker's side.
    Kind(
        "ignoring_or_not_honouring_a_ruling_rejects",
        "REJECT",
        [
            "Chinese Foreign Ministry spokesman Wang Wenbin said China would ignore the ruling.",
            '"We will disregard this ultimatum," the Serbian prime minister said.',
            "Russian Foreign Minister Sergei Lavrov said Russia would not respect the verdict.",
            '"We will not abide by the court\'s decision," the Israeli prime minister said.',
        ],
        [
            '"We will respect the verdict," the Serbian prime minister said.',
            "Russian Foreign Minister Sergei Lavrov said Russia would not ignore the concerns of its neighbours.",
        ],
    ),
    # "we hope Iran will return to the table" is addressed to Iran; hoping for a thing names
    # no party.
    Kind(
        "hoping_a_named_party_will_act_appeals",
        "APPEAL",
        [
            "South Korean President Moon Jae-in said he hoped China would use its influence on North Korea.",
            '"We hope Iran will return to the negotiating table," the French foreign minister said.',
        ],
        [
            "South Korean President Moon Jae-in said he hoped the talks would succeed.",
            '"We hope it will rain," the Indian agriculture minister said.',
        ],
    ),
    # "bore responsibility", "failed to protect", "could have done more": the speaker's side
    # admitting a point against itself; another party's fault or a could-have of plans does
    # not.
    Kind(
        "the_speakers_side_owning_a_fault_concedes",
        "CONCEDE",
        [
            "The Iranian military said it bore responsibility for the downing of the airliner.",
            '"We failed to protect them," the Nigerian president said.',
            '"We could have done more," the Canadian minister said.',
        ],
        [
            "The Israeli army said Hamas was responsible for the death of the journalist.",
            '"They were wrong," the British prime minister said of the protesters.',
            '"We could have more talks next week," the Canadian minister said.',
        ],
    ),
    # "will regret its actions", "will not go unpunished", "will be answered with force": the
    # speaker's side's answer announced through the target.
    Kind(
        "the_targets_regret_or_punishment_to_come_threatens",
        "THREATEN",
        [
            "The North Korean foreign ministry said Washington would regret its actions.",
            "The Iranian general said the attack would not go unpunished.",
            '"This crime will not go unpunished," the Russian president said.',
            '"Any attack will be answered with force," the Iranian general said.',
            "The Chinese defence ministry said any provocation would be met with force.",
        ],
        [
            "The Swiss minister said the voters would regret nothing.",
        ],
    ),
    # "there will be no talks", "will not take part in the arbitration", "dead on arrival":
    # talks, proceedings or a proposal refused.
    Kind(
        "refusing_talks_or_proceedings_rejects",
        "REJECT",
        [
            '"There will be no talks with terrorists," the Israeli prime minister said.',
            '"There will be no deal," the British prime minister said.',
            '"This proposal is dead on arrival," the Israeli prime minister said.',
            '"We will not take part in the arbitration," the Chinese foreign minister said.',
            '"We will not participate in these talks," the Serbian president said.',
            # holding, entering or returning to talks refused (session 15)
            "The Iranian ministry said Tehran will not hold talks with Washington.",
            "The Iranian ministry said Tehran will not return to the negotiating table.",
        ],
        [
            '"There will be talks next week," the British prime minister said.',
            '"We will take part in the talks," the Serbian president said.',
            "The Iranian ministry said Tehran will not hold a referendum.",
            "The Iranian ministry said Tehran will hold talks with Washington.",
        ],
    ),
    # "we are against the proposal", "lodged a protest", "a step backwards", "an insult":
    # disapproval without a charge; "against the clock" is an idiom.
    Kind(
        "being_against_or_protesting_disputes",
        "DISPUTE",
        [
            "The Indian minister said he was against the proposal.",
            "The Chinese embassy said it had lodged a protest with the Japanese side.",
            '"We are against any unilateral move," the Cypriot president said.',
            "The French president said the decision was a step backwards.",
            "The Mexican president said the wall was an insult to Mexico.",
        ],
        [
            '"We are against the clock," the Cypriot president said.',
        ],
    ),
    # "no Russian troops are in Ukraine" said by Moscow denies; the same words from another
    # state are a claim.
    Kind(
        "no_troops_of_the_speakers_side_denies_presence",
        "DENY",
        [
            "The Russian defence ministry said no Russian troops were in Ukraine.",
            '"No Iranian forces are in Yemen," the Iranian foreign minister said.',
        ],
        [
            '"No Iranian forces are in Yemen," the Saudi foreign minister said.',
        ],
    ),
    # an imperative opening a direct quote or "it is time for X to" addresses a party; "let
    # me", "let's", "look" and "the first time that" do not.
    Kind(
        "an_imperative_or_time_for_appeals",
        "APPEAL",
        [
            '"Stop the bombing now," the Ukrainian president said.',
            '"Let the inspectors in," the American envoy said.',
            '"Do not escalate this conflict," the UN secretary-general said.',
            "The Qatari envoy said it was time for both sides to return to talks.",
            '"It is high time that Russia withdrew its troops," the Finnish president said.',
        ],
        [
            '"Let me be clear: we want peace," the Swiss president said.',
            '"Let\'s wait for the results," the Swiss president said.',
            '"Look, the talks are complicated," the Swiss president said.',
            "The Chinese minister said it was not the first time that Japan had sent ships to the islands.",
        ],
    ),
    # counted losses inflicted or suffered and ground held are contestable facts (CLAIM); a
    # plan to capture is not.
    Kind(
        "a_military_result_claims",
        "CLAIM",
        [
            "The Ukrainian military said Russian forces had lost 300 tanks in the battle.",
            "The Russian defence ministry said its forces had destroyed 12 Ukrainian tanks.",
            "The Syrian army said it controlled most of the city.",
            "The Israeli army said its air defences had shot down 20 drones.",
        ],
        [
            "The Ukrainian military said Russian forces would try to capture the city.",
        ],
    ),
    # a weapon system held, moved, developed or tested is a military capability put forward,
    # a contestable fact (CLAIM); a weapon as a topic, one that is not there, one still to come,
    # or an act only named ("talks on removing missiles") is not.
    Kind(
        "a_military_capability_claims",
        "CLAIM",
        [
            "The South Korean military said the North had deployed new missile launchers near the"
            " border.",
            "Pyongyang's state media said the country had developed a hydrogen bomb.",
            "The Pentagon said Iran has moved ballistic missiles to the coast.",
            "The think tank said the country possessed 40 nuclear warheads.",
            "The Japanese defence ministry said the missile batteries had been installed on the"
            " island.",
            "The Japanese ministry said the North conducted a missile test on Sunday.",
        ],
        [
            "The official said the ministers discussed missile defence at the meeting.",
            "The French minister said the talks on removing nuclear missiles from Europe would"
            " resume on Monday.",
            "The spokesman said the missile had not been deployed.",
            "The defence minister said the army would deploy missiles next year.",
        ],
    ),
    # "could lead to a new war", "push millions into poverty", "will end badly".
    Kind(
        "harm_led_to_or_pushed_into_warns",
        "WARN",
        [
            "The Russian foreign minister said the deployment could lead to a new war.",
            "The UN envoy said the decision could push the country into chaos.",
            "The IMF chief said the crisis could push millions into poverty.",
            '"This will end badly," the Russian foreign minister said.',
        ],
        [
            '"This will end on Friday," the Russian foreign minister said.',
        ],
    ),
    # "using migrants as a weapon", "civilians as human shields"; using an airport as a hub is
    # no charge.
    Kind(
        "using_people_as_a_weapon_accuses",
        "ACCUSE",
        [
            "The Polish prime minister said Belarus was using migrants as a weapon.",
            "The Israeli army said Hamas used civilians as human shields.",
        ],
        [
            "The Polish prime minister said Belarus was using the airport as a hub.",
        ],
    ),
    # "killing our people", "bombed our ports", "opened fire on worshippers", "dropped barrel
    # bombs on a market"; visits and leaflets are no charge.
    Kind(
        "force_on_the_speakers_own_side_or_munitions_on_protected_objects_accuses",
        "ACCUSE",
        [
            '"They are killing our people," the Palestinian president said.',
            '"Russian jets bombed our ports," the Ukrainian navy spokesman said.',
            '"Israeli forces opened fire on worshippers," the Palestinian foreign ministry said.',
            "The Syrian opposition said regime aircraft dropped barrel bombs on a market.",
            "The Armenian prime minister said Azerbaijani forces shelled Armenian villages.",
        ],
        [
            '"They are visiting our people," the Palestinian president said.',
            "The Syrian opposition said regime aircraft dropped leaflets on the town.",
        ],
    ),
    # "mistakes were made" without a doer named admits; "made by the contractor" blames
    # another.
    Kind(
        "mistakes_were_made_concedes",
        "CONCEDE",
        [
            '"Mistakes were made," the Australian prime minister said.',
            '"Errors were committed in the planning," the Dutch defence minister said.',
        ],
        [
            '"Mistakes were made by the contractor," the Australian prime minister said.',
        ],
    ),
    # "our response will be swift", "they will face the consequences", "we reserve the right
    # to respond".
    Kind(
        "the_speakers_side_promising_an_answer_threatens",
        "THREATEN",
        [
            '"Our response will be swift and decisive," the Israeli defence minister said.',
            '"They will face the consequences," the Iranian general said of the attackers.',
            '"We reserve the right to respond," the Russian foreign ministry said.',
            '"We reserve the right to take countermeasures," the Chinese foreign ministry said.',
        ],
        [
            '"Our response will be ready next week," the Israeli defence minister said.',
            '"We reserve the right to change the schedule," the Chinese foreign ministry said.',
        ],
    ),
    # "there are no Russian soldiers in Ukraine" from Moscow denies; from Kyiv it does not.
    Kind(
        "there_are_none_of_the_speakers_troops_denies",
        "DENY",
        [
            '"There are no Russian soldiers in Ukraine," the Russian foreign minister said.',
        ],
        [
            '"There are no Russian soldiers in Ukraine," the Ukrainian foreign minister said of the liberated town.',
        ],
    ),
    # "on the brink of war", "will starve", "will make things worse"; "on the brink of a
    # title" is no harm.
    Kind(
        "harm_at_hand_or_to_come_warns",
        "WARN",
        [
            '"The region is on the brink of war," the Iraqi prime minister said.',
            '"Millions of people will starve," the WFP chief said.',
            '"Isolation will only make things worse," the Finnish president said.',
        ],
        [
            '"The team is on the brink of a title," the French sports minister said.',
        ],
    ),
    # "Crimea is Russian territory", "an integral part of Japan's territory": legal positions
    # (CLAIM).
    Kind(
        "a_place_said_to_be_a_states_territory_claims",
        "CLAIM",
        [
            '"Crimea is Russian territory," the Russian foreign minister said.',
            '"The islands are an integral part of Japan\'s territory," the Japanese foreign minister said.',
        ],
        [
            '"The talks are part of a long process," the Japanese foreign minister said.',
        ],
    ),
    # "I cannot go into details": refusing to disclose.
    Kind(
        "not_going_into_details_declines",
        "DECLINE_COMMENT",
        [
            '"I cannot go into details," the French defence minister said.',
            '"I won\'t get into details about the operation," the American general said.',
        ],
        [],
    ),
    # "we salute the courage of ...": praise.
    Kind(
        "saluting_supports",
        "SUPPORT",
        [
            '"We salute the courage of the Ukrainian people," the Lithuanian president said.',
        ],
        [],
    ),
    # "I appeal to the Taliban to reopen", "we invite Iran to join"; announcing that one will
    # press a party is an intention, an invitation to a reception asks no act.
    Kind(
        "the_speakers_side_asking_a_party_to_act_appeals",
        "APPEAL",
        [
            '"I appeal to the Taliban to reopen the schools," the UN chief said.',
            '"We invite Iran to join the talks," the Omani foreign minister said.',
            "The Jordanian foreign minister said he had asked Israel to allow aid into Gaza.",
        ],
        [
            '"We will press China to help find a solution," the American envoy said.',
            '"We invite you to the reception," the Omani foreign minister said.',
        ],
    ),
    # "stand by Ukraine", "stand behind our allies", "Thank you, Germany"; standing by a
    # decision is no support of a party.
    Kind(
        "standing_by_a_party_or_thanking_it_supports",
        "SUPPORT",
        [
            '"Poland will always stand by Ukraine," the Polish president said.',
            '"We stand behind our allies," the Estonian prime minister said.',
            '"Thank you, Germany," the Ukrainian president said.',
        ],
        [
            '"We stand by our decision," the Estonian prime minister said.',
        ],
    ),
    # "has no jurisdiction over Israel" rejects the jurisdiction; stating one does not.
    Kind(
        "denying_a_courts_jurisdiction_rejects",
        "REJECT",
        [
            '"The ICC has no jurisdiction over Israel," the Israeli prime minister said.',
            '"This tribunal does not have jurisdiction in this case," the Chinese foreign ministry said.',
        ],
        [
            '"The ICC has jurisdiction over war crimes," the Dutch foreign minister said.',
        ],
    ),
    # "has no right to lecture us", "makes no sense", "very unhappy with", "a betrayal":
    # criticism without a charge; a right granted or sense made is none.
    Kind(
        "denying_a_right_or_sense_and_unhappiness_dispute",
        "DISPUTE",
        [
            '"Washington has no right to lecture us," the Chinese foreign ministry said.',
            '"They do not have the right to interfere," the Iranian foreign minister said of the Europeans.',
            '"Their policy makes no sense," the German finance minister said.',
            '"This does not make sense," the Spanish prime minister said of the tariffs.',
            '"We are very unhappy with the decision," the Japanese trade minister said.',
            '"This is a betrayal of our trust," the Australian prime minister said.',
        ],
        [
            '"The delegation has the right to speak first," the Austrian chair said.',
            '"It makes sense to meet in Vienna," the Austrian chair said.',
        ],
    ),
    # regret (STATEMENTS_GUIDE: DISPUTE lists "regret"): regretting another party's act
    # disapproves of it; only regret over harm done admits (CONCEDE), so "we regret" alone is
    # no admission (the word table and the expressed-feeling table agree on it).
    Kind(
        "regretting_another_partys_act_disputes",
        "DISPUTE",
        [
            "The Canadian foreign minister said Ottawa regrets the decision by Beijing to expel"
            " its diplomats.",
            '"We regret the decision of the Brazilian court," the Argentine minister said.',
            "The Dutch minister expressed regret over the new Hungarian media law.",
        ],
        ['"We regret the loss of life in the accident," the Turkish defence ministry said.'],
    ),
    Kind(
        "regret_alone_admits_nothing",
        "CONCEDE",
        ['"We regret the loss of life in the accident," the Turkish defence ministry said.'],
        [
            '"We regret the decision of the Brazilian court," the Argentine minister said.',
            "The Canadian foreign minister said Ottawa regrets the decision by Beijing to expel"
            " its diplomats.",
        ],
    ),
    # a body the speaker's side has set up to act, one word or a compound ("a task force", "a
    # working group"), is an announced measure; another party's body is not.
    Kind(
        "setting_up_a_body_is_a_measure",
        "INTENT",
        [
            "The Kenyan interior minister said the government has set up a task force to"
            " investigate the killings.",
            "The Chilean minister said the cabinet had formed a working group to draft the reform.",
        ],
        ["The Chilean minister said the rebels had formed a working group."],
    ),
    # no plan of a hostile or wrongful act ("no plans to attack", "no intention of invading")
    # denies the intent ascribed to the speaker's side; no plan of an ordinary act is still
    # an intention, and a conditional one ("unless attacked first") denies nothing.
    Kind(
        "no_plans_of_a_hostile_act_denies",
        "DENY",
        [
            "The Russian president said Moscow had no plans to attack NATO.",
            "The Chinese defence ministry said Beijing has no intention of invading Taiwan.",
            '"We have no plans to attack anyone," the Iranian foreign minister said.',
        ],
        [
            "The consul told the judge he had no plans to leave the city.",
            "The Russian president said Moscow had no plans to attack NATO unless it was attacked"
            " first.",
        ],
    ),
    Kind(
        "no_plans_of_an_ordinary_act_is_an_intention",
        "INTENT",
        ["The consul told the judge he had no plans to leave the city."],
        ["The Chinese defence ministry said Beijing has no intention of invading Taiwan."],
    ),
    # an organisation's speaker naming it by its kind ("the bloc", "the alliance") speaks for
    # the speaker's side: refusing to recognise a vote or result rejects it; a government's
    # speaker saying "the alliance" reports a third party.
    Kind(
        "the_bloc_refusing_to_recognise_rejects",
        "REJECT",
        [
            "An EU spokesman said the bloc would not recognise the vote in the occupied regions.",
            "The NATO secretary general said the alliance will not recognise the result of the"
            " referendum.",
        ],
        [
            "An EU spokesman said the bloc would recognise the new government soon.",
            "The Hungarian foreign minister said the alliance will not recognise the result of"
            " the referendum.",
        ],
    ),
    # "called for X to <act>" asks X to act (the parser hangs "for" on the infinitive).
    Kind(
        "called_for_a_party_to_act_appeals",
        "APPEAL",
        [
            "The Chinese foreign minister called for the DPRK to engage in talks with Washington.",
            "The UN chief called for both sides to return to the negotiating table.",
        ],
        ["The Chinese foreign minister called the talks a success."],
    ),
    # a ruling held invalid by the speaker's side ("called the court ruling illegitimate", "the
    # verdict was illegal") rejects it; a law or an act called illegal is no ruling, and a
    # ruling judged fair is not rejected.
    Kind(
        "a_ruling_held_invalid_is_rejected",
        "REJECT",
        [
            "Beijing called the court ruling illegitimate.",
            "The foreign ministry said the court ruling was illegitimate.",
            "The Kenyan government said the judgment of the regional court was illegal and would"
            " not be enforced.",
        ],
        [
            "The foreign ministry called the new Russian law illegitimate.",
            "The foreign minister said the annexation was illegal.",
            "The foreign ministry said the court ruling was fair.",
        ],
    ),
    # what is asked, refused in a passive future with no agent ("requests would be refused",
    # "permission will not be granted"), is the speaking authority's refusal; refused by a
    # named other body, or merely processed, it is not.
    Kind(
        "a_request_that_will_be_refused_rejects",
        "REJECT",
        [
            "The port authority said any requests to dock would be refused.",
            "The Egyptian authorities said permission for the convoy would not be granted.",
            "The ministry said visa applications from the region would be rejected.",
        ],
        [
            "The opposition said the request would be rejected by parliament.",
            "The ministry said all visa applications would be processed within a week.",
        ],
    ),
    # foreseen harm by a phrasal verb ("would set back", "would wipe out") or by putting
    # something at risk or in danger; a plan put to a vote or a body set up is no harm.
    Kind(
        "setting_back_or_putting_at_risk_warns",
        "WARN",
        [
            "The economist said the tariffs would set back the recovery of the car industry.",
            "The farmers' union said the drought would wipe out half of the wheat harvest.",
            "The stock exchange chairman said sanctions against Japanese banks would put"
            " London's future as a financial centre at risk.",
        ],
        [
            "The minister said the government would put the plan to a vote.",
            "The minister said the government would set up a new agency.",
        ],
    ),
    # a government saying "there will be no <measure>" promises not to take it; no growth is
    # no measure, and "there was no devaluation" reports the past.
    Kind(
        "there_will_be_no_measure_promises",
        "INTENT",
        [
            "The finance ministry said there would be no devaluation of the currency this year.",
            "The Greek government said there will be no new taxes on pensions.",
        ],
        [
            "The finance ministry said there would be no growth this year.",
            "The finance ministry said there was no devaluation last year.",
        ],
    ),
    # the speaker's side holding doubts, reservations or questions *about* something disagrees
    # with it; questions *for* someone, or no doubts, do not.
    Kind(
        "holding_doubts_about_a_thing_disputes",
        "DISPUTE",
        [
            "The UN panel said it had serious questions about the efficacy of the sanctions.",
            "The German finance minister said Berlin has strong doubts about the plan.",
            "The German finance minister said Berlin had reservations about the French proposal.",
        ],
        [
            "The German finance minister said Berlin had questions for the French delegation on"
            " Monday.",
            "The German finance minister said Berlin had no doubts about the plan.",
        ],
    ),
    # an economic force, unrest or a hazard as the subject of "threaten" endangers; it is no
    # speaker's threat.
    Kind(
        "a_force_threatening_is_no_threat",
        "THREATEN",
        ["The Iranian commander said Tehran threatened to close the strait if attacked."],
        [
            "The Egyptian minister said rising prices threaten the recovery of the tourism sector.",
            "The UN envoy said the unrest threatens the fragile truce in the region.",
        ],
    ),
    # the speaker's side wanting or hoping for a course of events (a deal, talks, an end to a
    # measure) backs it: SUPPORT (session 8); wanting a party to act is an APPEAL, and an
    # outcome to be averted ("we hope it can be avoided") or a party as subject is no support.
    Kind(
        "wanting_or_hoping_for_an_outcome_supports_it",
        "SUPPORT",
        [
            "The Irish foreign minister said he also wanted it to end.",
            "The Chilean trade minister said she hoped the agreement would be signed this year.",
            "The Kenyan president said he hoped the talks would succeed.",
            "The Norwegian envoy said he wanted the ceasefire to hold.",
        ],
        [
            "The Irish foreign minister said he wanted Russia to end the blockade.",
            "The Kenyan president said he hoped the rebels would lay down their arms.",
            "The Chilean trade minister said they hope that can be avoided.",
            "The Norwegian envoy said she hoped it could be prevented.",
            "The Kenyan president said the agreement had been signed.",
            "The Kenyan president said he hoped the talks would fail.",
            "The Norwegian envoy said he wanted the truce to collapse.",
        ],
    ),
    # a reported wrongful act said not to have happened denies the report (DENY "denial of an
    # allegation or report", session 18): "there was no attack", "the incident never took
    # place"; a meeting that did not take place, a tally over a period, a future "there will be
    # no ...", an act that did take place and a bare "it" (which may stand for anything) do not.
    Kind(
        "a_reported_act_said_not_to_have_happened_denies",
        "DENY",
        [
            '"There was no attack on the convoy," the Syrian army spokesman said.',
            "The Syrian army said there had been no shelling of the village.",
            "The Russian spokesman said the incident never took place.",
            "The Russian spokesman said the incident did not take place.",
            '"There have been no air strikes on the town," the Russian defence ministry said.',
            # "over" and "for" with a place or a party are no period (session 18 review)
            '"There were no air strikes over the city," the Russian defence ministry said.',
        ],
        [
            "The UN envoy said there had been no significant violations in the past 24 hours.",
            "The UN envoy said there had been no violations over the weekend.",
            "The Norwegian minister said the meeting did not take place.",
            "The Norwegian minister said there was no agreement on the budget.",
            "The Israeli minister said there will be no attack on the town.",
            "The Russian spokesman said the attack took place at night.",
            '"Everyone said it would slow down," the Dutch minister said. "It hasn\'t happened."',
        ],
    ),
    # "US" folds to the pronoun "us" but names the country (session 18): "the US should ..."
    # said by Beijing or Tehran addresses another party (APPEAL); the US's own envoy saying
    # "the US must protect its allies" binds its own side, no appeal.
    Kind(
        "the_us_is_another_party_not_the_pronoun_us",
        "APPEAL",
        [
            "The Chinese spokesman said the US should respect China's sovereignty.",
            '"The US should return to the negotiating table," the Iranian foreign minister said.',
        ],
        ["The American envoy said the US must protect its allies."],
    ),
    # an expressed feeling of displeasure disapproves (DISPUTE "disapproval", session 18):
    # "expressed strong dissatisfaction with", "voiced its discontent over"; an expressed
    # feeling of approval does not.
    Kind(
        "an_expressed_displeasure_disputes",
        "DISPUTE",
        [
            "The Chinese spokesman expressed strong dissatisfaction with the decision.",
            "The Chinese ministry voiced its discontent over the sanctions.",
        ],
        ["The Chinese spokesman expressed satisfaction with the talks."],
    ),
    # an expressed condemnation or criticism disapproves (DISPUTE "criticism ... condemnation",
    # session 24): "reiterated their condemnation of", "voiced criticism of"; a condemnation
    # reported as another's is no cue of the speaker's own.
    Kind(
        "an_expressed_condemnation_disputes",
        "DISPUTE",
        [
            "The Nordic ministers reiterated their condemnation of the army's seizure of power.",
            "The Austrian chancellor voiced sharp criticism of the new border fees.",
        ],
        ["The Austrian chancellor said the new border fees drew criticism at home."],
    ),
    # a harm said to be in no one's interest is a loss foreseen for every side, the kin of
    # "nobody wins a trade war" (WARN, session 24); a plan so judged is no harm foreseen, and a
    # war in one party's interest warns of nothing.
    Kind(
        "a_harm_in_no_ones_interest_warns",
        "WARN",
        [
            "The Swiss envoy said a tariff war would not be in anybody's interest.",
            "The Egyptian minister said further escalation in Sudan serves no one's interests.",
        ],
        [
            "The Swiss envoy said the new pension plan is not in anyone's interest.",
            "The Egyptian minister said the blockade is in Ethiopia's interest.",
        ],
    ),
    # an act done to someone in a wrongful manner charges its doer (ACCUSE, session 24):
    # "were unjustly detained", "illegally seized by"; a lawful manner or a possibility does
    # not.
    Kind(
        "an_act_done_wrongfully_accuses",
        "ACCUSE",
        [
            "The Danish ministry said its two reporters were arbitrarily arrested in Minsk.",
            "The family said the teacher was wrongfully imprisoned by the authorities.",
        ],
        ["The Danish ministry said its two reporters could be arbitrarily arrested in Minsk."],
    ),
    # another party readying armed force is charged with a hostile intent (ACCUSE, session
    # 24): "is mobilising troops", "has amassed forces", "is preparing for an assault";
    # mobilised money or one's own mobilisation charges no one.
    Kind(
        "another_party_readying_force_accuses",
        "ACCUSE",
        [
            "The Armenian ministry said Azerbaijan had amassed troops along the border.",
            "The rebel spokesman said the junta was mobilising soldiers near the airport.",
            "The Kurdish commander said the militia is preparing for an assault on the dam.",
        ],
        [
            "The Red Cross said donors mobilised funds for the flood victims.",
            'The Armenian minister said: "We are mobilising our reservists."',
        ],
    ),
    # rebels or insurgents do not speak for their state's government (session 25): "the
    # government" in their words is the party they fight, so its readying force accuses it;
    # the same words from the government's own spokesman charge no one.
    Kind(
        "an_insurgent_speakers_government_is_the_other_side",
        "ACCUSE",
        ["A major Libyan insurgent group said the government was mobilising troops near the port."],
        ["A Libyan government spokesman said the government was mobilising troops near the port."],
    ),
    # another party facing proceedings for a named wrong is charged with it (ACCUSE, session
    # 25): "must face murder charges", "will stand trial for the killing of"; a trial with no
    # wrong named, or proceedings the party does not face, charges no one.
    Kind(
        "another_party_facing_charges_for_a_wrong_accuses",
        "ACCUSE",
        [
            "The Iraqi prosecutor said the nine guards must face torture charges.",
            "The Dutch ministry said the two officers would stand trial for the killing of the pilot.",
        ],
        [
            "The Dutch ministry said the two officers would face trial next month.",
            "The Dutch ministry said the two officers faced a difficult choice over the killing.",
        ],
    ),
    # another party described by a predicate whose gerund names a wrong does that wrong
    # (ACCUSE, session 25): "has been effective in evading sanctions", "is guilty of
    # violating"; "innocent of", or a gerund that fights the wrong, charges no one.
    Kind(
        "another_party_whose_predicate_names_a_wrong_accuses",
        "ACCUSE",
        [
            "The UN monitors said Eritrea had been skilful in evading the arms embargo.",
            "The Latvian ministry said Belarus was guilty of violating its airspace.",
        ],
        [
            "The Latvian ministry said Belarus was innocent of violating its airspace.",
            "The Latvian ministry said Belarus was effective in fighting smuggling.",
        ],
    ),
    # a decision or act judged impulsive or rash is disapproved (DISPUTE, session 25); the
    # same act described without the judgement is told.
    Kind(
        "an_act_judged_impulsive_disputes",
        "DISPUTE",
        [
            "The Danish senator said the premier's impulsive withdrawal had emptied the bases.",
            "The Danish senator said it was a rash move by the coalition.",
        ],
        ["The Danish senator said the premier's planned withdrawal had emptied the bases."],
    ),
    # another named party's stance or proposal reported by the speaker is a claim about its
    # position (CLAIM, session 25: "proposed", "is reluctant to", "will recognize that"); the
    # speaker's own side proposing announces, and a thing has no stance.
    Kind(
        "another_partys_stance_reported_is_a_claim",
        "CLAIM",
        [
            "The Irish minister said Moscow had proposed talks on the border.",
            "The Irish minister said Washington was reluctant to lift the ban.",
            "The Irish minister said the Kremlin would eventually recognize that the war was lost.",
        ],
        [
            "The Irish minister said Ireland had proposed talks on the border.",
            "The Irish minister said the weather was reluctant to improve.",
        ],
    ),
    # "no way" refuses when what it governs is the speaker's side's act; governing another
    # subject's clause it judges a fact impossible, no refusal (REJECT, session 25).
    Kind(
        "no_way_over_another_subject_is_no_refusal",
        "REJECT",
        ['"There is no way we will sign this treaty," the Peruvian minister said.'],
        [
            '"There is no way the drought can explain these fires," the Peruvian minister said.',
            '"There is no way Chile can sign this treaty," the Peruvian minister said.',
        ],
    ),
    # an amount put forward as possible is a contestable estimate (CLAIM, session 25): "might
    # be as high as 40 pct", "could number up to 5,000"; the speaker's side's own possible act,
    # a date, or a permission to "you" estimate nothing.
    Kind(
        "an_amount_put_forward_as_possible_is_a_claim",
        "CLAIM",
        [
            "A Chilean official said the copper subsidies might be as high as 40 pct.",
            "The Kurdish commander said the militants could number up to 5,000.",
        ],
        [
            '"We may send 200 engineers," the Polish minister said.',
            "The Chilean ministry said the talks could resume in 2025.",
            '"You may submit 3 questions each," the Chilean spokesman said.',
        ],
    ),
    # "it" feeling outraged or dismayed in reported speech is the speaking body (DISPUTE,
    # session 25): only a body feels; "it" with no feeling may be a thing.
    Kind(
        "it_outraged_in_reported_speech_is_the_speaker_disapproving",
        "DISPUTE",
        ['The U.N. mission UNMOK said it was "outraged at the shelling of the camps" in May.'],
        ['The U.N. mission UNMOK said it was "closed for the holiday" in May.'],
    ),
    # a condemnation that names the charge through "as" accuses ("If a condemnation also
    # states the charge, ACCUSE wins", session 24): "condemned the test as a violation of",
    # "denounced the vote as illegal"; a plain judgement disapproves.
    Kind(
        "a_condemnation_naming_the_charge_accuses",
        "ACCUSE",
        [
            "The Korean ministers condemned the satellite launch as a breach of the armistice.",
            "The Georgian minister denounced the separatist referendum as illegal.",
        ],
        ["The Korean ministers condemned the satellite launch as deeply unhelpful."],
    ),
    # the speaker reiterating the importance of a course urges it (APPEAL, session 24):
    # "reiterated the importance of refraining from escalation"; the importance of a
    # relationship is valued, not urged.
    Kind(
        "a_course_reiterated_as_important_appeals",
        "APPEAL",
        [
            "The Norwegian envoy reiterated the importance of reopening the border crossings.",
            "The Norwegian envoy reiterated the need for an independent inquiry.",
        ],
        ["The Norwegian envoy reiterated the importance of the partnership with Oslo."],
    ),
    # the speaker's side owning an act of its own force as an error concedes (CONCEDE "made a
    # mistake", session 24): "its air raid was a mistake" from the army that struck, "the
    # strike on the convoy was a tragic error" from the military; another party's strike
    # called a mistake is a judgement of it.
    Kind(
        "an_own_act_called_a_mistake_concedes",
        "CONCEDE",
        [
            "The Nigerian army said its air raid on the village was a mistake.",
            "The Pentagon said the strike on the aid convoy was a tragic error.",
        ],
        [
            "The Ukrainian army said Russia's strike on the market was a mistake.",
            "The opposition leader said the pension reform was a mistake.",
        ],
    ),
    # a spokesperson with nothing to share, no update, or who cannot speak to a matter declines
    # to comment (DECLINE_COMMENT, session 24, press-briefing usage); a fact not known is no
    # refusal.
    Kind(
        "nothing_to_share_declines",
        "DECLINE_COMMENT",
        [
            '"I do not have any update on the consular visit," the Dutch spokeswoman said.',
            '"We have nothing further to share about the envoy\'s travel," the spokesman said.',
            '"I cannot speak to the details of that extradition request," the spokesman said.',
        ],
        ["The Dutch ministry said it had no information about the missing crew members."],
    ),
    # the speaker's side regarding a party's plan as good endorses it, as a threat or as
    # unacceptable disapproves it (SUPPORT / DISPUTE, session 24); another party's view of a
    # third is reported, and a neutral "as" judges nothing.
    Kind(
        "regarding_a_plan_as_good_supports",
        "SUPPORT",
        [
            "The Spanish envoy said Madrid continues to view Rabat's proposal as serious and "
            "credible.",
            '"We regard the ceasefire plan as a good basis for talks," the Irish minister said.',
        ],
        ['"We see this as a matter for the courts," the Irish minister said.'],
    ),
    Kind(
        "regarding_a_plan_as_a_threat_disputes",
        "DISPUTE",
        [
            '"We see the new missile shield as a threat to our security," the Belarusian minister said.'
        ],
        ["The Irish minister said Minsk views the missile shield as a threat."],
    ),
    # an expressed desire or interest of the speaker's side to act is an intention (INTENT,
    # session 24), beside readiness and willingness.
    Kind(
        "an_expressed_desire_is_an_intention",
        "INTENT",
        [
            "The Chilean minister expressed a desire for closer cooperation on lithium mining.",
            "The Chilean minister expressed strong interest in deepening trade with Vietnam.",
        ],
        ["The Chilean minister said the lithium deal drew strong interest from investors."],
    ),
    # getting round sanctions or controls is a charge, the kin of evading them (ACCUSE,
    # session 24); the speaker urging another party not to do it denies nothing and charges
    # no one.
    Kind(
        "circumventing_sanctions_accuses",
        "ACCUSE",
        [
            "The Lithuanian ministry said the shipping firm had circumvented EU sanctions on Belarus."
        ],
        ['"We urge Minsk not to circumvent the sanctions," the Lithuanian minister said.'],
    ),
    # a thing said to be in jeopardy, at risk or in trouble is put in harm's way (WARN,
    # session 24); "in no danger" reassures, a past state narrated foresees nothing.
    Kind(
        "a_thing_in_peril_warns",
        "WARN",
        [
            "The Kenyan envoy said the peace process in Sudan is in jeopardy.",
            "The Kenyan envoy said thousands of refugees are at risk this winter.",
        ],
        [
            "The Kenyan envoy said the crew were in no danger.",
            "The Kenyan envoy said the peace process was in jeopardy in 2019.",
        ],
    ),
    # a wrongful act only risked is a harm foreseen, not a charge (WARN over ACCUSE, session
    # 24): "the drills risk provoking a crisis"; drills that are provoking one are charged.
    Kind(
        "a_wrong_risked_warns",
        "WARN",
        ["The Cuban ministry said the naval drills risk provoking a dangerous standoff."],
        ["The Cuban ministry said the naval drills are provoking a dangerous standoff."],
    ),
    # "playing with fire" warns of danger (WARN, session 18); fire itself does not.
    Kind(
        "playing_with_fire_warns",
        "WARN",
        [
            'The Chinese spokesman said the US "is playing with fire".',
            '"Those who play with fire will perish by it," the Chinese spokesman said.',
        ],
        ["The minister said the firefighters were dealing with fire in the hills."],
    ),
    # the speaker's side waging an armed operation under a condition acts against a party
    # (THREATEN "usually conditionally", session 18): "would launch an operation if the
    # militants did not withdraw"; a rescue operation or an awareness campaign under a
    # condition is a conditional plan, and an operation announced without a condition is an
    # intention.
    Kind(
        "a_conditional_armed_operation_threatens",
        "THREATEN",
        [
            "The Turkish president said Turkey would launch an operation if the militants did"
            " not withdraw.",
            '"We will launch a military operation if they do not leave the border," the Turkish'
            " defence minister said.",
            "The Turkish president said Turkey would mount a campaign against the militants if"
            " they did not withdraw.",
        ],
        [
            "The Turkish minister said Turkey would launch a rescue operation if the weather"
            " allowed.",
            "The Turkish minister said Turkey would launch an awareness campaign if the virus"
            " spread.",
            "The Turkish minister said Turkey would launch an operation next week.",
        ],
    ),
    # a party asked to stop a wrongful act is appealed to (APPEAL "should/must addressed to a
    # party", session 18), with a gerund as with a noun ("must cease threats"); a stop reported
    # as done is no appeal.
    Kind(
        "asked_to_stop_a_wrongful_act_appeals",
        "APPEAL",
        [
            "The Chinese spokesman said Washington should stop interfering in China's internal"
            " affairs.",
            "The Chinese spokesman said the US should stop its provocations.",
            # force on protected persons asked to stop is asked, not charged (session 19)
            '"Russia must stop shelling civilians," the Ukrainian foreign minister said.',
            "The Ukrainian minister said the army must stop bombing hospitals.",
        ],
        [
            "The Ukrainian minister said Russia had stopped shelling the city.",
            '"Russian troops shelled civilians in Kharkiv," the Ukrainian minister said.',
        ],
    ),
    # a party's share measured against another party's ("spends three times more on defence
    # than South Korea", "more refugees than France") or a party ranked by a superlative ("one
    # of the largest donors") is a contestable fact (CLAIM, session 19); an amount compared
    # over time, a thing ranked and a plan compared with expectation measure no party.
    Kind(
        "a_party_measured_against_another_party_claims",
        "CLAIM",
        [
            '"Japan spends three times more on defence than South Korea," the Polish minister'
            " said.",
            "The Polish minister said Poland takes in more refugees than France.",
            "The Polish minister said Germany is one of the largest donors to the fund.",
        ],
        [
            "The Polish minister said there were 40% more visitors in 2023 than in 2022.",
            '"It is one of the hardest questions," the Polish minister said.',
            "The Polish minister said the talks took longer than expected.",
        ],
    ),
    # the same act charged outright stays a charge (the near miss above is no appeal)
    Kind(
        "force_on_protected_persons_reported_accuses",
        "ACCUSE",
        ['"Russian troops shelled civilians in Kharkiv," the Ukrainian minister said.'],
        ['"Russia must stop shelling civilians," the Ukrainian foreign minister said.'],
    ),
    # the speaker's side owning a shortfall of its own act ("we did not do enough", "have not
    # acted quickly enough") or granting a fact of its own as true against itself, with a fault
    # in it or a "but" after it ("it is true that we made mistakes", "it is true that we sold
    # ..., but ...") admits a point against itself (CONCEDE, session 19), no denial; another
    # party's shortfall, an act of its own denied outright and a fact called untrue are no
    # admission, nor is too little received or held (a complaint, an appeal) or a success
    # granted as true (a boast; session 19 review).
    Kind(
        "the_speakers_side_falling_short_or_granting_a_point_concedes",
        "CONCEDE",
        [
            '"We did not do enough to protect the refugees," the Swedish minister said.',
            "The Swedish minister said the government had not acted quickly enough.",
            '"It is true that we sold the weapons to them, but they were used only for defence,"'
            " the Swedish minister said.",
            '"It is true that we made mistakes in the talks," the Swedish minister said.',
            # "secure" guards here, it receives nothing (review19b: it was listed as receiving)
            '"We did not secure our borders adequately," the Swedish minister said.',
            # "get" with a participle gets a thing done, it receives nothing (mends20 #6)
            '"We did not get enough done this year," the Swedish minister said.',
            '"We have not got nearly enough done on housing," the Swedish minister said.',
            '"We did not get enough of our work done before winter," the Swedish minister said.',
        ],
        [
            "The Swedish minister said Russia did not do enough to stop the attacks.",
            '"We did not fire a single shell," the Swedish minister said.',
            '"It is not true that we sold the weapons," the Swedish minister said.',
            '"It is true that Russia sold the weapons," the Swedish minister said.',
            '"We did not receive enough support from the European Union," the Swedish minister'
            " said.",
            '"We do not have enough weapons to hold the line," the Swedish minister said.',
            '"We did not get enough support from our allies," the Swedish minister said.',
            '"We did not get enough votes in parliament," the Swedish minister said.',
            '"It is true that we have made great progress in the talks," the Swedish minister'
            " said.",
        ],
    ),
    # a hostile act said to be coming threatens; the same act promised not to come ("there
    # will be no attack", "no retaliation will follow") is the side's promise not to act
    # (INTENT "promise", session 19), the kin of "we will not send troops".
    Kind(
        "no_hostile_act_will_come_promises",
        "INTENT",
        [
            "The Israeli minister said there will be no attack on the town.",
            '"No retaliation will follow," the Iranian general said.',
        ],
        [
            '"There will be retaliation," the Iranian general said.',
            '"Other attacks will follow," the Iranian general said.',
        ],
    ),
    # ... and what the US will do, said by another state, is no intention of the speaker's side
    Kind(
        "the_us_acting_is_the_speakers_intention_only_from_the_us",
        "INTENT",
        ["The American envoy said the US will send more troops to the region."],
        ["The Iranian minister said the US will send more troops to the region."],
    ),
    # a report, statement or account called inaccurate, incorrect or bogus is denied, like
    # one called false (session 28, issue 10); a report called accurate is not
    Kind(
        "a_report_called_inaccurate_is_denied",
        "DENY",
        [
            "The Finnish ministry said the Swedish report was inaccurate.",
            "The Estonian spokesman said the Latvian figures were incorrect.",
            "The Danish ministry said the story was bogus.",
        ],
        ["The Finnish ministry said the Swedish report was accurate."],
    ),
    # "all options are on the table" and its variants keep force in reserve (THREATEN); a
    # single option being discussed is none
    Kind(
        "every_option_on_the_table_threatens",
        "THREATEN",
        [
            "The Dutch minister said every option remained on the table.",
            '"No option is off the table," the Belgian minister said.',
        ],
        ['"The option of a new loan is on the table," the Belgian minister said.'],
    ),
    # a thing or event threatening or endangering something warns (WARN); a party
    # threatening another reports a threat, and a harm under way is told
    Kind(
        "a_thing_endangering_something_warns",
        "WARN",
        [
            "The Austrian chancellor said the dispute threatened regional stability.",
            "The Swiss envoy said the escalation endangers millions of lives.",
        ],
        [
            "The Austrian chancellor said Hungary threatened Slovakia.",
            "The Swiss envoy said the shortages are endangering jobs.",
        ],
    ),
    # a duty or responsibility put on another party with an act to do asks it to act (APPEAL);
    # the duty denied ("has no obligation") asks nothing
    Kind(
        "a_duty_put_on_another_party_appeals",
        "APPEAL",
        [
            "The Irish minister said Belgrade had a responsibility to stop the violence.",
            "The Irish minister said it was Pristina's duty to protect the minorities.",
        ],
        ["The Irish minister said Belgrade had no obligation to comply."],
    ),
    # reported speech shifts "has to" into "had to" after a past cue: on another named party
    # it asks that party to act (APPEAL); in a direct quote it tells what happened
    Kind(
        "a_backshifted_had_to_on_another_party_appeals",
        "APPEAL",
        ["The Irish minister said Belgrade had to withdraw its police from the border."],
        ['"We had to withdraw our police from the border," the Serbian minister said.'],
    ),
    # a feeling of encouragement, confidence or enthusiasm expressed about another party's
    # act supports it (SUPPORT), like expressed appreciation
    Kind(
        "expressed_encouragement_supports",
        "SUPPORT",
        [
            "The Norwegian minister expressed his encouragement for the talks between Kyiv and"
            " Chisinau.",
            "The Norwegian minister expressed confidence that Iceland's membership would help"
            " the alliance.",
        ],
        ["The Norwegian minister expressed the view that the talks would take time."],
    ),
    # another party breaking a law, pledge or truce is charged with a violation (ACCUSE);
    # breaking a record, or the speaker's side promising not to break its word, is not
    Kind(
        "another_party_breaking_a_law_or_truce_is_accused",
        "ACCUSE",
        [
            "The Armenian minister said Baku broke the ceasefire overnight.",
            "The Armenian minister said Azerbaijan was breaking international law.",
        ],
        [
            "The Armenian minister said Azerbaijan broke the export record.",
            "The Azerbaijani minister said Baku would never break its word.",
        ],
    ),
    # the speaker's side telling a measure it took, in the simple past as in the perfect
    # ("expelled two diplomats", "imposed sanctions on two officials"), announces it
    # (INTENT), no threat; the same measure still to come on a condition threatens
    Kind(
        "a_measure_taken_in_the_simple_past_is_announced",
        "INTENT",
        [
            "The Lithuanian ministry said Vilnius expelled two Belarusian diplomats.",
            "The Lithuanian ministry said Vilnius imposed sanctions on two Belarusian officials.",
        ],
        ["The Lithuanian ministry said Vilnius would impose sanctions if Minsk refused."],
    ),
    # a peril posed to a party or thing ("poses a grave threat to the region") warns (WARN);
    # a risk assessment presented poses nothing
    Kind(
        "a_peril_posed_warns",
        "WARN",
        [
            "The Bulgarian minister said the missile tests posed a grave threat to the region.",
            "The Bulgarian minister said the dam represents a danger to the valley.",
        ],
        ["The Bulgarian minister said the company presented a new risk assessment."],
    ),
    # ... and the speaker's side posing none denies the hostile intent charged to it (DENY)
    Kind(
        "our_side_posing_no_threat_denies",
        "DENY",
        ['"Our exercises pose no threat to anyone," the Romanian minister said.'],
        ['"Their exercises pose a threat to everyone," the Romanian minister said.'],
    ),
    # the speaker's side "too slow", "too late" owns a shortfall (CONCEDE); "never too late"
    # owns nothing
    Kind(
        "our_side_too_slow_concedes",
        "CONCEDE",
        [
            '"We were too slow to react," the Slovenian minister said.',
            '"Our response was too slow," the Slovenian minister said.',
        ],
        ['"It is never too late for peace," the Slovenian minister said.'],
    ),
    # what an attacker will receive or what price there will be to pay is the speaker's
    # side's retaliation announced (THREATEN)
    Kind(
        "a_crushing_response_received_or_a_price_to_pay_threatens",
        "THREATEN",
        [
            '"Any aggression will receive a crushing response," the Croatian general said.',
            '"There will be a heavy price to pay," the Croatian general said.',
        ],
        ['"Our farmers will receive a generous subsidy," the Croatian minister said.'],
    ),
    # "any attack on our soil will be answered" answers a hypothetical act (THREATEN)
    Kind(
        "any_attack_will_be_answered_threatens",
        "THREATEN",
        ["The Maltese minister said any attack on Maltese ships would be answered."],
        ["The Maltese minister said the letter would be answered next week."],
    ),
    # a vow or pledge of retaliation or revenge is a threat made as a promise (STATEMENTS_GUIDE:
    # THREATEN, the speaker's side acting against the target); a vow to rebuild, aid pledged or
    # a reply promised stay intentions
    Kind(
        "a_vow_of_revenge_or_retaliation_threatens",
        "THREATEN",
        [
            "The Lebanese militia vowed to avenge the death of its commander.",
            "The Kurdish commander vowed revenge against the attackers.",
            "The Iraqi militia pledged to retaliate against any further strikes.",
        ],
        [
            "The Maltese minister vowed to rebuild the damaged port.",
            "The prime minister pledged aid to the flood victims.",
            "The Slovenian minister promised a response to the letter within a week.",
        ],
    ),
    # a harm a thing or act may bring, named by a verb or noun of harm ("disrupt",
    # "repercussions", "threaten peace"): a warning (STATEMENTS_GUIDE: WARN); a harm the act
    # ends, or one told as past, warns of nothing
    Kind(
        "a_possible_disruption_or_repercussion_warns",
        "WARN",
        [
            "The Dutch minister said the new tariffs could disrupt trade across the continent.",
            "The Dutch minister said a default would have serious repercussions for the region.",
            "The Dutch minister said the blockade could threaten peace in the region.",
        ],
        [
            "The Dutch minister said the agreement would end the clashes along the border.",
            "The Dutch minister said the storm had caused some disruption to flights.",
        ],
    ),
    # a report or charge named a lie, propaganda or "not accurate" is denied (STATEMENTS_GUIDE:
    # DENY); an act named a wrong is still charged (ACCUSE)
    Kind(
        "a_report_named_a_lie_or_propaganda_is_denied",
        "DENY",
        [
            'The Estonian minister called the report "a lie".',
            'The Estonian ministry dismissed the accusations as "hostile propaganda".',
            'The Estonian ministry said the report was "not accurate".',
        ],
        [
            'The Estonian minister called the shelling "a war crime".',
            "The Estonian ministry dismissed the sanctions as useless.",
        ],
    ),
    # the speaker's side promising to make a party answer for an act ("will hold X
    # accountable", "will be held responsible") threatens it (STATEMENTS_GUIDE: THREATEN);
    # blame already laid ("held Moscow responsible for the attack") accuses
    Kind(
        "holding_a_party_to_account_to_come_threatens",
        "THREATEN",
        [
            "The Latvian minister said Riga would hold Minsk responsible for any harm to its"
            " citizens.",
            '"Those behind the attack will be held accountable," the Latvian minister said.',
        ],
        ["The Latvian minister said Riga held Minsk responsible for the border incident."],
    ),
    # force or sanctions not ruled out are kept open against a party (STATEMENTS_GUIDE:
    # THREATEN "there may be retaliation"); not ruling out talks threatens no one, and a
    # refusal negated is no refusal and no denial
    Kind(
        "force_or_sanctions_not_ruled_out_threaten",
        "THREATEN",
        [
            "The Finnish minister said Helsinki would not rule out military action.",
            "The Finnish minister said Helsinki did not rule out new sanctions against Minsk.",
        ],
        ["The Finnish minister said Helsinki would not rule out new talks with Minsk."],
    ),
    Kind(
        "a_refusal_negated_refuses_and_denies_nothing",
        "REJECT",
        ["The Finnish minister said Helsinki ruled out new talks with Minsk."],
        [
            "The Finnish minister said Helsinki would not rule out new talks with Minsk.",
            "The Finnish minister said Helsinki did not rule out new sanctions against Minsk.",
        ],
    ),
    # an act of the speaker's side on an "unless" condition, or answering an attack or
    # provocation ("if attacked"), is coercive (STATEMENTS_GUIDE: THREATEN "usually
    # conditionally"); one on a party's agreement, or a feeling on a negated condition, is not
    Kind(
        "an_act_on_an_unless_or_if_attacked_condition_threatens",
        "THREATEN",
        [
            "The Cypriot minister said Nicosia would reduce its cooperation with the mission"
            " unless Ankara withdrew.",
            "The Cypriot minister said Nicosia would turn the harbour into a graveyard for any"
            " ship if attacked.",
            "The Cypriot minister said Nicosia was ready to use its missiles if provoked.",
        ],
        [
            "The Cypriot minister said Nicosia would sign the accord if Ankara agreed to the"
            " terms.",
            '"If Ankara doesn\'t send its ships, we will be relieved," the Cypriot minister said.',
            "The Cypriot minister said Nicosia was ready to use its ports to help the evacuation.",
        ],
    ),
    # "we have to admit that ...", "I must concede": a point granted (CONCEDE), neither a
    # commitment to act (INTENT) nor, for a failure owned, a denial
    Kind(
        "a_point_one_must_admit_is_conceded",
        "CONCEDE",
        [
            '"We have to admit that our strategy has not worked," the Cypriot minister said.',
            '"I must concede that we were slow," the Cypriot minister said.',
        ],
        ['"We must rebuild the port quickly," the Cypriot minister said.'],
    ),
    # an intensifier is no judgement: "deeply grateful" thanks (SUPPORT), "deeply regret"
    # still disapproves (DISPUTE, by the verb)
    Kind(
        "deeply_grateful_thanks",
        "SUPPORT",
        ['"We are deeply grateful for the help of our neighbours," the Moldovan minister said.'],
        ['"We deeply regret this decision," the Moldovan minister said.'],
    ),
    # turning a thing into a weapon charges a hostile use (STATEMENTS_GUIDE: ACCUSE)
    Kind(
        "weaponising_a_thing_accuses",
        "ACCUSE",
        ['"Moscow is weaponising gas supplies," the Moldovan minister said.'],
        ['"Moscow is increasing gas supplies," the Moldovan minister said.'],
    ),
    # "we have nothing to hide" denies a wrong suspected of the speaker's side (DENY)
    Kind(
        "nothing_to_hide_denies",
        "DENY",
        ['"We have nothing to hide," the Moldovan minister said of the inquiry.'],
        ['"We have nothing to add," the Moldovan minister said of the inquiry.'],
    ),
    # the speaker's side stating its own aim ("our goal is to ...") is an intention (INTENT);
    # another party's aim, or an aim to say or be something, is none
    Kind(
        "our_goal_is_to_act_is_an_intention",
        "INTENT",
        ['"Our goal is to join the union by 2030," the Moldovan minister said.'],
        [
            '"Their goal is to join the union by 2030," the Moldovan minister said of the'
            " Georgians.",
            '"Our goal is to be clear about the figures," the Moldovan minister said.',
        ],
    ),
    # hoping every party at once will act ("all sides", "both parties", "the international
    # community") is addressed to them (STATEMENTS_GUIDE: APPEAL), as hoping a named party will;
    # hoping for an outcome names no addressee
    Kind(
        "hoping_all_sides_will_act_appeals",
        "APPEAL",
        [
            '"We hope that all sides will exercise restraint," the Norwegian minister said.',
            "The Norwegian minister said he hoped both parties would return to the table.",
            '"We hope the international community will step up its support," the Somali'
            " president said.",
        ],
        [
            '"We hope the talks will succeed," the Norwegian minister said.',
            '"All sides have suffered in this war," the Norwegian minister said.',
        ],
    ),
    # an abuse charged to the authorities said by a state's voice to have been done to nobody
    # ("nobody has been arrested for their views") denies it (STATEMENTS_GUIDE: DENY); a toll of
    # none is a casualty report
    Kind(
        "nobody_wronged_by_the_state_denies",
        "DENY",
        [
            '"Nobody has been arrested for their political views," the Egyptian interior'
            " minister said.",
            '"No journalist was detained in connection with the protests," the Egyptian'
            " interior minister said.",
        ],
        ['"No one was killed in the attack," the Egyptian interior minister said.'],
    ),
    # the speaker's side denying words reported of it ("I never said that") denies a report
    Kind(
        "never_said_that_denies",
        "DENY",
        [
            '"I never said that," the Turkish president told reporters.',
            '"We did not promise anything of the kind," the Turkish foreign minister said.',
        ],
        ['"I did not say when the talks would resume," the Turkish foreign minister said.'],
    ),
    # the speaker's side prizing a relation or a party's part ("values its ties", "the Chinese
    # side highly appreciates ...": "the X side" is X in the diplomatic register) praises it
    # (STATEMENTS_GUIDE: SUPPORT); a thing valued at a sum praises nothing
    Kind(
        "prizing_a_relation_supports",
        "SUPPORT",
        [
            "The Japanese foreign ministry said Tokyo highly values its relationship with Delhi.",
            '"We cherish our friendship with the Korean people," the Japanese minister said.',
            '"The Chinese side highly appreciates Pakistan\'s efforts," the Chinese foreign'
            " ministry spokesman said.",
        ],
        ["The Japanese foreign ministry said the deal was valued at two billion yen."],
    ),
    # remarks, rhetoric or behaviour called unacceptable are disapproved (STATEMENTS_GUIDE:
    # DISPUTE), a proposal, condition or deployment called so is refused (REJECT)
    Kind(
        "conduct_called_unacceptable_disputes",
        "DISPUTE",
        [
            '"Such behaviour is unacceptable," the Australian minister said of the intercept.',
            "The Irish minister said the ambassador's remarks were unacceptable.",
            "The Kenyan government said the travel ban was discriminatory.",
        ],
        ['"These conditions are unacceptable," the Palestinian negotiator said.'],
    ),
    Kind(
        "a_proposal_called_unacceptable_is_rejected",
        "REJECT",
        [
            '"These conditions are unacceptable," the Palestinian negotiator said.',
            '"The deployment of foreign troops is unacceptable to us," the Kremlin spokesman said.',
        ],
        ['"Such behaviour is unacceptable," the Australian minister said of the intercept.'],
    ),
    # the speaker's side weighing a coercive measure it has not decided ("is considering
    # sanctions") holds it over a party (STATEMENTS_GUIDE: THREATEN "there may be
    # retaliation"); weighing an easing or aid, or a past deliberation, threatens no one
    Kind(
        "weighing_a_coercive_measure_threatens",
        "THREATEN",
        [
            '"We are considering sanctions against those responsible," the Swiss minister said.',
            "The Russian minister said Moscow would consider cutting gas supplies to countries"
            " that refused to pay.",
        ],
        [
            '"We are considering lifting the sanctions," the Swiss minister said.',
            '"We considered sanctions last year," the Swiss minister said.',
        ],
    ),
    # a peril said to exist ("there is a real risk of famine") or a harm approached ("the
    # region is heading towards war") warns (STATEMENTS_GUIDE: WARN); no risk, a good end
    # approached or a mere chance warn of nothing
    Kind(
        "a_peril_that_exists_or_is_approached_warns",
        "WARN",
        [
            '"There is a real risk of famine in the coming months," the aid agency chief said.',
            "The Jordanian foreign minister said there was a risk that the truce would collapse.",
            "The Jordanian defence minister said the region was heading towards a major war.",
        ],
        [
            '"There is no risk of a shortage," the Jordanian energy minister said.',
            '"We are heading towards an agreement," the Jordanian foreign minister said.',
            "The Jordanian foreign minister said there was a chance of rain at the summit.",
        ],
    ),
    # a thing put forward called good news is welcomed (STATEMENTS_GUIDE: SUPPORT)
    Kind(
        "good_news_welcomes",
        "SUPPORT",
        [
            'The Mexican foreign minister said the accord was "good news" for both countries.',
            '"This is excellent news for the region," the Qatari foreign minister said.',
        ],
        ['"The news came late on Friday," the Qatari foreign minister said.'],
    ),
]

CASES = [
    pytest.param(k.label, text, expected, id=f"{k.name}-{'pos' if expected else 'near'}{i}")
    for k in KINDS
    for expected, texts in ((True, k.positives), (False, k.near_misses))
    for i, text in enumerate(texts)
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES)
def test_guide_kind(nlp, label, text, expected):
    """A kind's sentence gets its label among the statement types; a near miss does not."""
    types = types_of(nlp, text)
    assert types, "no statement found"
    assert (label in types) is expected, types


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
    ("text", "statement_type"),
    [
        ("The Slovak minister denied calling for sanctions on Budapest.", "DENY"),
        ("The Slovak ministry denied the request for emergency aid.", "REJECT"),
    ],
)
def test_a_denied_gerund_act_is_a_denial_and_a_denied_request_a_refusal(nlp, text, statement_type):
    """Denying having called for something denies one's own act; denying a request refuses it."""
    assert types_of(nlp, text)[0] == statement_type


def test_an_infinitive_urged_on_another_party_is_no_denial_of_ours(nlp):
    """'We urge X not to do it' asks X; the speaker's side denies no act of its own."""
    types = types_of(
        nlp, '"We urge Minsk not to circumvent the sanctions," the Lithuanian minister said.'
    )
    assert "DENY" not in types and "APPEAL" in types, types


@pytest.mark.parametrize(
    ("text", "statement_type"),
    [
        # a wrong put as a hypothesis ("any interference") is opposed, nobody charged with it
        (
            "The Mongolian minister said Ulaanbaatar opposes any interference in its affairs.",
            "DISPUTE",
        ),
        # ... a wrong charged to a party is still an accusation
        (
            "The Mongolian minister said Beijing was guilty of interference in its affairs.",
            "ACCUSE",
        ),
    ],
)
def test_a_wrong_put_as_a_hypothesis_charges_no_one(nlp, text, statement_type):
    assert types_of(nlp, text)[0] == statement_type
