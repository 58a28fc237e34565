"""The directive, commissive and evaluative family (issue 10): APPEAL, WARN, THREATEN, REJECT,
SUPPORT and INTENT, each kind in several wordings written for these tests (none is from the
annotated corpus), and the near misses that must keep another label."""

from __future__ import annotations

import pytest

from tests.unit.extract.statements.typed import all_types, first_type


@pytest.mark.parametrize(
    "text",
    [
        # a state of affairs judged good: an assertion about the world, praise of no one
        "One diplomat said the country's prospects were good.",
        '"In Europe the general view is that open trade is good," the commissioner said.',
        "An analyst said the outlook for the economy was excellent.",
        # a negative judgement negated gives no praise ("not bad" is no endorsement)
        '"Our exporters will not be treated worse than anyone else," the minister said.',
    ],
)
def test_a_state_of_affairs_judged_good_is_no_support(nlp, text):
    assert first_type(nlp, text) != "SUPPORT"


@pytest.mark.parametrize(
    "text",
    [
        # what a party did or put forward, or the party itself, judged good: praise (SUPPORT)
        'The minister said the agreement was "excellent."',
        '"The deal is good for both our countries," the president said.',
        '"President Macron has been excellent," the chancellor said.',
        '"He has been helpful," the envoy said.',
        # a party named by the noun of its role or body, not by a name: praise all the same
        '"The government has been very helpful," the minister said.',
        '"Our partners have been excellent," the minister said.',
        '"The foreign minister was very constructive," the envoy said.',
        '"The police were very helpful," the mayor said.',
        # a good word on the predicate noun of an act or thing put forward (judged_act)
        '"It is a good agreement for both our peoples," the Spanish prime minister said.',
        '"This was the right decision," the Dutch foreign minister said.',
        "The senator said the proposals were a step in the right direction.",
    ],
)
def test_an_act_or_a_party_judged_good_is_support(nlp, text):
    assert first_type(nlp, text) == "SUPPORT"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the good word negated: the act or thing disapproved (STATEMENTS_GUIDE: DISPUTE)
        ('"It is not a good idea to close the border," the Austrian chancellor said.', "DISPUTE"),
        ('"This is not the right approach," the Czech foreign minister said.', "DISPUTE"),
        # a bare means negated: the act judged no answer (remedy words)
        ('"Closing the border is not the answer," the Austrian chancellor said.', "DISPUTE"),
        ('"Tariffs are not the way forward," the Czech foreign minister said.', "DISPUTE"),
        # ... an infinitive says what it is no means to, still a means judged
        ('"This is not the way to treat an ally," the Czech foreign minister said.', "DISPUTE"),
        # a modified means ("the only option") or a person judges no act
        ('"Force is not the only solution," the Czech foreign minister said.', "STATEMENT"),
        # ... nor one a relative clause describes: what someone wanted, no means judged
        (
            '"The result was not the answer the farmers wanted," the Czech farm minister said.',
            "STATEMENT",
        ),
        # a good word on no act ("the right time") or a quantity ("a great deal of") judges none
        ('"It is the right time to talk," the Swedish foreign minister said.', "STATEMENT"),
        ('"There was a great deal of argument," the Irish foreign minister said.', "STATEMENT"),
    ],
)
def test_a_predicate_noun_judges_an_act_by_a_good_word_or_a_bare_means(nlp, text, label):
    assert first_type(nlp, text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the speaker's side "in favour of" a thing backs it (SUPPORT), as "against" disapproves
        ('"We are in favour of a ceasefire," the Finnish foreign minister said.', "SUPPORT"),
        (
            "The Indian finance minister said he was in favour of floating exchange rates.",
            "SUPPORT",
        ),
        # not in favour: disapproval, like "cannot support" (DISPUTE)
        ('"We are not in favour of new sanctions," the Greek prime minister said.', "DISPUTE"),
    ],
)
def test_the_speakers_side_in_favour_of_a_thing_backs_it(nlp, text, label):
    assert first_type(nlp, text) == label


@pytest.mark.parametrize(
    "text",
    [
        # the second verb of "would A and B" is under the same "would": the harm it foresees
        # is a warning (STATEMENTS_GUIDE: WARN) as much as the first verb's
        "The minister said such a move would violate the treaty and put the whole region at risk.",
        "The company said a strike would halt production and put thousands of jobs at risk.",
        "The ministry said the new tariffs would breach trade rules and hurt farmers on both sides.",
        "The envoy said the plan would anger Moscow and endanger the ceasefire.",
    ],
)
def test_a_coordinated_verb_shares_the_first_verbs_modal(nlp, text):
    assert first_type(nlp, text) == "WARN"


def test_a_coordinated_verb_under_a_past_verb_stays_past(nlp):
    # "hit ... and killed": no modal to share, a past casualty report, no warning
    text = "The agency said the drought hit the north and killed thousands of cattle."
    assert first_type(nlp, text) != "WARN"


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's side disposed to act against a party: a threat (STATEMENTS_GUIDE:
        # THREATEN "the speaker's side will act against the target"), not an offer
        "The Italian minister said Italy was prepared to veto any bid to reduce its quota.",
        "The French minister said France was prepared to veto any deal that hurt its farmers.",
        "The German chancellor said Germany was ready to impose sanctions on the firms.",
        "The Dutch prime minister said the Netherlands was prepared to veto any plan to raise the levy.",
        "Seoul said it was ready to retaliate against any further provocation.",
    ],
)
def test_disposed_to_a_punitive_act_is_a_threat(nlp, text):
    assert first_type(nlp, text) == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        # an easing or a cooperative act the side is disposed to stays an intention
        "The president said he was prepared to lift the sanctions once the prisoners were freed.",
        '"We are ready to send more aid," the minister said.',
    ],
)
def test_disposed_to_an_easing_or_help_is_an_intention(nlp, text):
    assert first_type(nlp, text) == "INTENT"


@pytest.mark.parametrize(
    "text",
    [
        # an expressed disposition to act (expressed_feelings.csv): intent, intention, resolve
        "The chancellor expressed his firm intent to deepen cooperation with the Baltic states.",
        "The premier expressed the intention to reopen the consulate in Lviv next year.",
        "The foreign ministry expressed its resolve to expand trade with the neighbouring states.",
    ],
)
def test_an_expressed_intention_is_an_intention(nlp, text):
    assert first_type(nlp, text) == "INTENT"


@pytest.mark.parametrize(
    "text",
    [
        # what the speaker's side is owed, or another branch of its own state called on: a
        # demand (STATEMENTS_GUIDE: APPEAL "'should/must' addressed to a party")
        "The Polish minister said Poland must be compensated for its losses.",
        '"Our sovereignty must be respected," the Iranian foreign minister said.',
        "Trump said Congress should act now to end the practice.",
        '"The Japanese fishermen must be released at once," the Japanese foreign minister said.',
    ],
)
def test_a_deontic_on_what_the_speakers_side_is_owed_is_an_appeal(nlp, text):
    assert first_type(nlp, text) == "APPEAL"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the speaker's side binding itself stays its own commitment; a judgement asks no one
        ('"We must improve our accounting practices," the Chinese trade minister said.', "INTENT"),
        (
            '"The decision should be judged by its results," the German chancellor said.',
            "STATEMENT",
        ),
    ],
)
def test_a_deontic_binding_the_speaker_or_judging_is_no_appeal(nlp, text, label):
    assert first_type(nlp, text) == label


@pytest.mark.parametrize(
    "text",
    [
        # a disposition the speaker's side must be in ("prepared", "committed": ``disposed``
        # words) is owed to no one: it binds the side itself, it asks no other party to act
        '"We must be prepared for a long winter," the Finnish defence minister said.',
        '"Our people must be committed to the reforms," the Indonesian president said.',
        '"Our armed forces must be prepared for any attack," the Lithuanian defence minister said.',
    ],
)
def test_a_disposition_the_speakers_side_must_have_is_no_appeal(nlp, text):
    assert first_type(nlp, text) != "APPEAL"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a good word on what the speaker's side is ready, planning or going to do: an offer
        # (INTENT), no praise
        (
            '"We are ready to take more positive steps towards our neighbours," '
            "the Turkish president said.",
            "INTENT",
        ),
        (
            '"We will take constructive steps to ease the tension," the Indian foreign minister said.',
            "INTENT",
        ),
        (
            "The Chinese foreign minister said Beijing planned to make a positive contribution "
            "to the talks.",
            "INTENT",
        ),
        # a good word on what was done or held: praise (SUPPORT)
        (
            '"The talks have yielded positive results," the Russian foreign minister said.',
            "SUPPORT",
        ),
        ("The French president said the meeting had been a positive step.", "SUPPORT"),
    ],
)
def test_a_good_word_on_an_act_to_come_is_no_praise(nlp, text, label):
    assert first_type(nlp, text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a conditioned act of the speaker's side against no one: a conditional promise or
        # plan (INTENT); STATEMENTS_GUIDE: THREATEN is the speaker's side acting against a party
        ('"If they agree, we will sign the deal next week," the Polish president said.', "INTENT"),
        ("The Greek minister said Greece would send more aid if the situation worsened.", "INTENT"),
        (
            '"If the weather allows, we will hold the talks in Geneva," the Swiss foreign minister said.',
            "INTENT",
        ),
        # a conditioned punitive act, or answering the condition: a threat
        (
            '"If they cross the border, we will strike their bases," the Indian defence minister said.',
            "THREATEN",
        ),
        (
            "The Japanese minister said Japan would take appropriate measures if Washington "
            "imposed the tariffs.",
            "THREATEN",
        ),
        (
            '"If the embargo goes ahead, we will respond," the Russian foreign minister said.',
            "THREATEN",
        ),
        # the general verbs of answering ("will act", "will react") under a condition set on
        # another party answer it: a threat as much as "will respond"
        ('"If they cross the line, we will act," the Israeli defence minister said.', "THREATEN"),
        (
            '"If Washington imposes the tariffs, we will react," the Chinese commerce minister said.',
            "THREATEN",
        ),
    ],
)
def test_a_conditioned_act_is_a_threat_only_against_a_party(nlp, text, label):
    assert first_type(nlp, text) == label


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        # "it" far into a body's reported speech, subject of a verb of wanting: the body itself
        (
            "Poland says U.S. sanctions have cost its economy 15 billion dollars and has made "
            "clear it wants Washington to take a lead in repairing the damage.",
            True,
        ),
        # the same "it" with no verb of wanting is a thing, not the speaker
        (
            "Poland says U.S. sanctions have cost its economy 15 billion dollars and has made "
            "clear it takes Washington years to repair the damage.",
            False,
        ),
    ],
)
def test_a_body_that_wants_another_party_to_act_appeals_to_it(nlp, text, appeal):
    assert ("APPEAL" in all_types(nlp, text)) is appeal


@pytest.mark.parametrize(
    ("text", "support"),
    [
        # the speaker's side pleased with a thing or glad of what happened: it welcomes it
        ('"We are very pleased with the outcome of the talks," the negotiator said.', True),
        ('"I am delighted with the result," the envoy said.', True),
        ('"We are glad that the talks succeeded," the minister said.', True),
        # a good word on the speaker's side with nothing it is about welcomes nothing
        ('"We are strong and united," the minister said.', False),
    ],
)
def test_the_speakers_side_pleased_with_a_thing_supports_it(nlp, text, support):
    assert (first_type(nlp, text) == "SUPPORT") is support


@pytest.mark.parametrize(
    ("text", "statement_type"),
    [
        # what the addressee is warned against is its own act, dissuaded: a warning, not the
        # speaker's threat of force (STATEMENTS_GUIDE: THREATEN is the speaker's side acting)
        (
            "NATO Secretary General Mark Rutte warned Russia on Sunday against any attack on "
            "allied territory.",
            "WARN",
        ),
        ("The Finnish president cautioned Moscow against military action in the Baltic.", "WARN"),
        # near miss: force warned *of*, the speaker's side's action, stays a threat
        ("Russia warned Ukraine of an attack on its capital.", "THREATEN"),
    ],
)
def test_force_warned_against_is_the_addressees_act(nlp, text, statement_type):
    assert first_type(nlp, text) == statement_type


@pytest.mark.parametrize(
    "text",
    [
        # what must exist is asked for (unseen 2004-05 BBC and 1987 Reuters: 22 such statements
        # typed STATEMENT or CLAIM)
        '"There should be a full investigation into his conduct," a Labour spokesman said.',
        "Jack Straw said there needs to be much greater fiscal action by the United States.",
        "The union said there has to be a fair and firm asylum system.",
        '"There must be an effective public investigation," the Law Society said.',
    ],
)
def test_there_must_be_asks_for_what_must_exist(nlp, text):
    assert first_type(nlp, text) == "APPEAL"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: asserted, asked about, or denied existence
        "Jack Straw said there must be a reason for the delay.",
        "Jack Straw said the question of whether there should be an inquiry was controversial.",
        "Jack Straw said there should be no emergency reserve.",
        "Jack Straw said there were many reasons for the delay.",
    ],
)
def test_there_is_or_there_must_be_a_reason_asks_for_nothing(nlp, text):
    assert first_type(nlp, text) != "APPEAL"


# --- kinds from the session-49 audits of unseen news (sentences written for these tests) -------


@pytest.mark.parametrize(
    "text",
    [
        # "have got to" is the present "have to" of spoken English: an obligation put on a party
        '"The failure of the talks means Veloria has got to rethink its position," a trader said.',
        '"They\'ve got to stop the shelling of our villages," the Ardenian minister said.',
        # "you" told to a party, a verb of saying asked of a named party (review of session 49)
        '"You have to stop the shelling of our villages," the minister told the rebels.',
        '"Veloria has to say clearly whether it will join," the minister said.',
    ],
)
def test_have_got_to_on_another_party_appeals(nlp, text):
    assert first_type(nlp, text) == "APPEAL"


@pytest.mark.parametrize(
    "text",
    [
        # a generic subject or a verb of the mind binds no party (break-test of session 49)
        '"One has got to remember that the talks failed," the envoy said.',
        '"One has to say the talks were brave," the envoy said.',
        '"You have to hand it to the negotiators," the minister said.',
    ],
)
def test_have_to_of_no_one_in_particular_asks_nothing(nlp, text):
    assert first_type(nlp, text) != "APPEAL"


@pytest.mark.parametrize(
    "text",
    [
        # a course of action that could or would bring a harm, whatever the harm's word
        "The central banker said a further large fall of the dollar could be counterproductive"
        " for world growth.",
        '"Relying on a weaker currency alone would risk renewed inflation," the governor said.',
    ],
)
def test_a_harm_a_course_could_bring_is_a_warning(nlp, text):
    assert first_type(nlp, text) == "WARN"


@pytest.mark.parametrize(
    "text",
    [
        "The activist said he would risk his life for the cause.",
        "The minister said a leader that would risk his life for the cause deserves respect.",
    ],
)
def test_what_a_person_would_risk_is_no_warning(nlp, text):
    assert first_type(nlp, text) != "WARN"


def test_a_measure_judged_counterproductive_now_is_disapproval(nlp):
    text = '"The sanctions are counterproductive," the Ardenian envoy said.'
    assert first_type(nlp, text) == "DISPUTE"


@pytest.mark.parametrize(
    "text",
    [
        # another party's shortfall: too little, too lax, a duty not done properly
        "The committee said regulations meant to make buildings save energy are too lax.",
        "The report said there was far too little attention paid to water supplies.",
        "The committee said issues like energy needs and transport were not properly addressed.",
        # an opinion verb of the first person does not make the judged rules its own
        '"I think the rules are too lax," the minister said.',
    ],
)
def test_another_partys_shortfall_judged_is_disapproval(nlp, text):
    assert first_type(nlp, text) == "DISPUTE"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the speaker's own side owning the shortfall concedes it
        ('"We were too slow to react," the minister said.', "CONCEDE"),
        # "too early to say" holds back a view, it judges nothing
        (
            '"It is too early to say whether the truce will hold," the envoy said.',
            "DECLINE_COMMENT",
        ),
    ],
)
def test_a_shortfall_of_ones_own_or_a_view_held_back_is_no_disapproval(nlp, text, label):
    assert first_type(nlp, text) == label


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own state's shortfall, a time clause, knowledge, a task still to come
        "The Iranian foreign minister said Tehran's response had been too slow.",
        "The minister said the talks must resume before it is too late.",
        "The minister said too little is known about the virus.",
        "The agency said the victims had not yet been properly identified.",
        # what could not be done is no duty done badly
        "The agency said the damage could not be properly assessed.",
    ],
)
def test_a_shortfall_that_judges_no_other_party_is_no_disapproval(nlp, text):
    assert first_type(nlp, text) != "DISPUTE"


@pytest.mark.parametrize(
    "text",
    [
        # a verb of asking whose clause is in the mandative subjunctive (the bare base form)
        # asks that clause's subject to act (STATEMENTS_GUIDE: APPEAL)
        "The doctor suggested that the President change his diet.",
        "Merkel insisted that Greece implement the reforms.",
        "The senators insisted that the vote be delayed until March.",
        "The trade commissioner insisted that Veloria abandon its quotas by April.",
        "The ambassador suggested that the government boost imports.",
    ],
)
def test_a_clause_in_the_mandative_subjunctive_is_an_appeal(nlp, text):
    assert first_type(nlp, text) == "APPEAL"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the indicative, a modal of possibility, a plural subject after a present
        # cue (its verb may be indicative)
        "Merkel insisted that Greece had implemented the reforms.",
        "Analysts suggested that the bank could raise rates next month.",
        "The papers suggest ministers believe the government could benefit from a bounce.",
        "The minister insisted that the talks are going well.",
        "The research suggested 81% of young voters feel strongly about the issues.",
        "The poll suggested a majority of voters believe the economy is doing well.",
        # a verb of wanting or of the mind in the base form after a collective subject is a
        # state said to hold, not an act asked for
        "Lavrov insists that the West want to destroy Russia.",
    ],
)
def test_an_indicative_clause_of_a_verb_of_asking_is_no_appeal(nlp, text):
    assert first_type(nlp, text) != "APPEAL"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a party praised for how it did its task (STATEMENTS_GUIDE: SUPPORT "praise"), and
        # criticised when the praise is negated (DISPUTE)
        ('"Governor Lena Kraus has done a wonderful job," the president wrote.', "SUPPORT"),
        ("The minister said the mediators did a fantastic job.", "SUPPORT"),
        ('"Tom Hale is doing a tremendous job," the chairman said.', "SUPPORT"),
        ('"The referees did not do a good job," the coach said.', "DISPUTE"),
    ],
)
def test_a_party_praised_for_a_job_well_done_is_support(nlp, text, label):
    assert first_type(nlp, text) == label


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a task done, no praise; the speaker's side praising itself
        '"Our troops did the job," the general said.',
        '"We have done a great job," the minister said.',
        # irony: the job of a wrong; and a question
        '"Russia has done a great job of destroying its own economy," the minister said.',
        '"Did the army do a good job? Absolutely not," the commander said.',
    ],
)
def test_a_job_done_without_praise_of_another_is_no_support(nlp, text):
    assert first_type(nlp, text) != "SUPPORT"


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's side promising not to stay idle promises to act (STATEMENTS_GUIDE:
        # THREATEN), as "will not tolerate" does
        "China's foreign ministry said Beijing would not stand idly by if its neighbour armed the"
        " rebels.",
        '"We will not sit idly by," the Veloria president said.',
        "A Veloria official said the central government would not sit on its hands if the unrest"
        " continued.",
        '"We will not remain indifferent to the attacks on our citizens," the minister said.',
    ],
)
def test_a_promise_not_to_stay_idle_is_a_threat(nlp, text):
    assert first_type(nlp, text) == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: sitting and standing that picture no idleness
        '"We will not sit down with terrorists," the minister said.',
        '"We will not stand for re-election," the minister said.',
        '"I will not stand for a third term," the president said.',
        '"We will not stand by the statement we made yesterday," the spokesman said.',
        # a thing, not a party, staying idle
        '"Our reserves will not stay idle," the oil minister said.',
    ],
)
def test_sitting_or_standing_without_idleness_is_no_threat(nlp, text):
    assert first_type(nlp, text) != "THREATEN"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a phrase with "no" negates its clause ("At no time", "Under no circumstances", "in no
        # way"): a denial of the speaker's side's act, a refusal of a proposal
        (
            '"At no time did our forces enter Syrian territory," the Turkish defence minister said.',
            "DENY",
        ),
        (
            '"In no way did we interfere in the election," the Russian foreign minister said.',
            "DENY",
        ),
        (
            '"Under no circumstances will we accept foreign troops on our soil," the minister said.',
            "REJECT",
        ),
        # "no way" alone still refuses
        ('"There is no way we will accept this deal," the minister said.', "REJECT"),
    ],
)
def test_a_negative_phrase_negates_its_clause(nlp, text, label):
    assert first_type(nlp, text) == label


# --- kinds from the session-51 audits of unseen news (sentences written for these tests) -------


@pytest.mark.parametrize(
    "text",
    [
        # "ought to", which the parser makes the head of the infinitive
        "The Ardenian minister said Veloria ought to cut its budget deficit.",
        # "need to" asks even for a state; "must" or "has to" asks for a change of state
        "The Ardenian minister said Veloria needs to be more transparent about its programme.",
        "The Ardenian minister said Veloria has to become more competitive.",
        "The Ardenian minister said Veloria must become more competitive.",
    ],
)
def test_an_obligation_laid_on_another_party_appeals(nlp, text):
    assert first_type(nlp, text) == "APPEAL"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the "must" of an inference, a necessity foreseen, a foreseen "should"
        "The Ardenian minister said the report must be a mistake.",
        "The Ardenian minister said Veloria's companies will have to shed thousands of jobs.",
        "The Ardenian minister said the outcome should become clear next week.",
        # "ought" as "should": a forecast on a thing, a past act judged (break round)
        "The Ardenian minister said the weather ought to improve by Sunday.",
        "The Ardenian minister said Veloria ought not to have fired on the ship.",
    ],
)
def test_an_inferred_or_foreseen_state_asks_nothing(nlp, text):
    assert first_type(nlp, text) != "APPEAL"
