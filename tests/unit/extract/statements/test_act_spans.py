"""A speech act that reports no content clause ('condemned the strike', 'declined to comment',
'called for restraint', 'described X as Y') is a statement whose span holds its cue verb, as
``STATEMENTS_GUIDE.md`` spans it; a verb whose object is an addressee with a clause of its own
('urged X to ...') has that clause as its statement. Sentences written for these tests
(invented people; none from a corpus)."""

from __future__ import annotations

import pytest

from parley.extract import quotes, statements
from parley.extract.rows import contract_record


def extract(nlp, text: str):
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    stmts, _ = statements.statements_for(doc, found, "2025-03-01")
    return found, stmts


def test_noting_a_partys_act_is_the_speakers_statement_not_the_act(nlp):
    """'noted' reports what its object says ('noted Malta's support ...', ``cue_verbs.csv``
    frame ``object``): one statement of the envoy's, no condemnation the envoy made."""
    text = (
        "The envoy noted Malta's support for the assembly resolution condemning the invasion of"
        " the island."
    )
    _, stmts = extract(nlp, text)
    assert [(s.statement_type, s.text.split()[0]) for s in stmts] == [("STATEMENT", "noted")]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Ana Lopes condemned the missile strike on the harbour.",
            "condemned the missile strike on the harbour",
        ),
        ("The foreign ministry praised the ceasefire deal.", "praised the ceasefire deal"),
        (
            "Oskar Lind called for a swift return to order in the capital.",
            "called for a swift return to order in the capital",
        ),
        (
            "Mara Voss described the embargo as a relic of the past.",
            "described the embargo as a relic of the past",
        ),
        (
            "The embassy declined to comment on the arrests.",
            "declined to comment on the arrests",
        ),
        # act verbs of cue_verbs.csv with a noun-phrase object: voicing an attitude, backing
        # another party's proposal, mentioning an option
        (
            "Lena Kraus voiced support for the new sanctions on the regime.",
            "voiced support for the new sanctions on the regime",
        ),
        (
            "The Dutch government seconded the Belgian proposal for a joint naval patrol.",
            "seconded the Belgian proposal for a joint naval patrol",
        ),
        (
            "Oskar Lind mentioned a possible appeal to the supreme court.",
            "mentioned a possible appeal to the supreme court",
        ),
        # the purpose of a speech act that was made: the letter expressed it (a speech act made
        # through another is kept, spanned with its own cue)
        (
            "The premier wrote to her Peruvian counterpart to express regret over the border shooting.",
            "express regret over the border shooting",
        ),
        (
            "The foreign minister expressed regret over the border shooting.",
            "expressed regret over the border shooting",
        ),
    ],
)
def test_a_speech_act_without_a_content_clause_is_spanned_with_its_cue(nlp, text, statement):
    found, stmts = extract(nlp, text)
    assert [s.text for s in stmts] == [statement]
    s = stmts[0]
    assert text[s.start : s.end] == s.text
    # the quote (what the act is about) keeps its own span, without the cue
    assert found[s.quote_index].text != s.text and found[s.quote_index].text in s.text


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Ana Lopes urged the council to lift the sanctions on the port.",
            "the council to lift the sanctions on the port",
        ),
        (
            "The ministry called on the rebels to free the hostages.",
            "the rebels to free the hostages",
        ),
        ("Oskar Lind said the talks would resume on Monday.", "the talks would resume on Monday"),
    ],
)
def test_an_addressee_with_its_own_clause_or_a_reported_clause_has_no_cue(nlp, text, statement):
    _, stmts = extract(nlp, text)
    assert [s.text for s in stmts] == [statement]


DECLINES = True  # the statement is a DECLINE_COMMENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare refusal to speak declines comment: a speech act, no quotation
        ("The foreign minister declined to comment.", [("declined to comment", DECLINES)]),
        (
            "A spokeswoman for the airline refused to comment.",
            [("refused to comment", DECLINES)],
        ),
        ("The embassy declined to say.", [("declined to say", DECLINES)]),
        # declining to say more is still a statement, with what was not said
        (
            "The envoy declined to be drawn on when the embassy would reopen.",
            [("declined to be drawn on when the embassy would reopen", DECLINES)],
        ),
        (
            "The ministry declined to name the suspects.",
            [("declined to name the suspects", DECLINES)],
        ),
        # near misses: short acts that are no refusal to speak make no new statement
        (  # an act, not speech: a refusal, but no DECLINE_COMMENT
            "The government refused to repatriate the fighters.",
            [("refused to repatriate the fighters", not DECLINES)],
        ),
        ("The airline could decline to comment.", []),  # not done yet
        ("The minister rejected it.", []),  # a pronoun alone
        # a source asking not to be named says nothing (STATEMENTS_GUIDE: "declined to be named"
        # is not annotated: it says who the source is), and what it does say is kept
        ("A militia officer asked not to be identified because he feared reprisals.", []),
        ("The official declined to be named because the inquiry was still under way.", []),
        (
            "A shipping executive, who asked not to be quoted by name, said the port would reopen.",
            [("the port would reopen", not DECLINES)],
        ),
    ],
)
def test_refusals_to_speak_and_requests_not_to_be_named(nlp, text, expected):
    found, stmts = extract(nlp, text)
    assert [(s.text, s.statement_type == "DECLINE_COMMENT") for s in stmts] == expected
    assert all(text[s.start : s.end] == s.text for s in stmts)
    if expected and all(declines for _, declines in expected):
        assert contract_record("d", found)["quotes"] == []  # a speech act, no quotation


@pytest.mark.parametrize(
    "text",
    [
        "Mara Voss was seconded to the trade ministry in 2019.",  # a posting, not support
        "The second round of talks opened in Oslo on Monday.",  # the ordinal
        "The minister voiced concern.",  # a short noun object (see _short_act)
        # a readout's verbs with a thing or an event as their subject (stop 60)
        "The attack underscored the fragility of the ceasefire in the region.",
        "Tuesday's vote underscored the deep divisions in the ruling party.",
        "The crisis has stressed the country's banking system.",
        # a place the model does not tag; 'affirm' a nomination (to confirm it), no act
        "Bucha underscored the brutality of the war against Ukraine.",
        "The Senate affirmed the nomination of the new ambassador.",
    ],
)
def test_near_misses_of_the_act_verbs_make_no_statement(nlp, text):
    _, stmts = extract(nlp, text)
    assert stmts == []


def test_mentioning_a_clause_still_reports_the_clause_without_the_cue(nlp):
    _, stmts = extract(nlp, "Oskar Lind mentioned that the talks would resume on Monday.")
    assert [s.text for s in stmts] == ["the talks would resume on Monday"]


def test_a_refused_speech_act_is_one_statement_the_refusal(nlp):
    _, stmts = extract(nlp, "The ministry declined to confirm the arrest of the reporter.")
    assert [(s.statement_type, s.text) for s in stmts] == [
        ("DECLINE_COMMENT", "declined to confirm the arrest of the reporter")
    ]


@pytest.mark.parametrize(
    ("text", "statement", "statement_type"),
    [
        (
            "The Chilean embassy had no immediate comment.",
            "had no immediate comment",
            "DECLINE_COMMENT",
        ),
        (
            "A spokesman for the ministry gave no further details.",
            "gave no further details",
            "DECLINE_COMMENT",
        ),
        (
            "The two envoys made a joint call for restraint.",
            "made a joint call for restraint",
            "APPEAL",
        ),
        (
            "The council issued an appeal for restraint on both sides.",
            "issued an appeal for restraint on both sides",
            "APPEAL",
        ),
    ],
)
def test_a_light_verb_with_a_speech_noun_is_a_speech_act(nlp, text, statement, statement_type):
    found, stmts = extract(nlp, text)
    assert [(s.text, s.statement_type) for s in stmts] == [(statement, statement_type)]
    assert contract_record("d", found)["quotes"] == []  # a speech act, no quotation


@pytest.mark.parametrize(
    "text",
    [
        "The president made a phone call to his Turkish counterpart.",  # no 'for': not an appeal
        "The spokesman made the comment at a news conference on Monday.",  # not refused
        "The minister gave details of the new budget on Tuesday.",  # not refused
        "The company had no immediate plans to close the plant.",  # no speech noun
        "Officials could make a call for new elections next year.",  # not made yet
    ],
)
def test_light_verbs_without_a_speech_act_make_no_statement(nlp, text):
    _, stmts = extract(nlp, text)
    assert stmts == []


@pytest.mark.parametrize(
    ("text", "statement", "speaker"),
    [
        (
            "Plans to close the border have been condemned by aid groups and the opposition.",
            "Plans to close the border have been condemned",
            "aid groups and the opposition",
        ),
        (
            "The Dutch proposal was quickly seconded by Belgium.",
            "The Dutch proposal was quickly seconded",
            "Belgium",
        ),
        ("The new trade deal was welcomed by Tokyo.", "The new trade deal was welcomed", "Tokyo"),
    ],
)
def test_a_passive_speech_act_is_its_agents_statement(nlp, text, statement, speaker):
    found, stmts = extract(nlp, text)
    assert [s.text for s in stmts] == [statement]
    assert found[stmts[0].quote_index].speaker == speaker
    assert contract_record("d", found)["quotes"] == []  # a speech act, no quotation


@pytest.mark.parametrize(
    "text",
    [
        "The plan could be condemned by the council next week.",  # not made
        "The ceasefire was violated by both sides.",  # no speech act
        "The senator was condemned for his remarks.",  # no agent: whoever condemned him is unsaid
    ],
)
def test_a_passive_without_a_made_speech_act_by_an_agent_makes_no_statement(nlp, text):
    _, stmts = extract(nlp, text)
    assert stmts == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an act reported inside another quotation is that quotation's statement, not a second one
        (
            "Foreign Secretary Ana Lopes said Portugal condemned the attack on the port.",
            ["Ana Lopes"],
        ),
        (
            "The spokesman Oskar Lind said the government praised the truce in the north.",
            ["Oskar Lind"],
        ),
        # near miss: the act in a sentence of its own stays a statement of its own
        (
            "Portugal condemned the attack on the port. Ana Lopes said talks would go on.",
            ["Portugal", "Ana Lopes"],
        ),
    ],
)
def test_an_act_reported_inside_a_quotation_is_not_counted_twice(nlp, text, speakers):
    _, stmts = extract(nlp, text)
    assert [s.speaker.name for s in stmts] == speakers


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # denying or rejecting another party's account is a statement however short
        ("The ministry denied the report.", ("DENY", "denied the report")),
        ("The Kremlin denied the allegations on Monday.", ("DENY", "denied the allegations")),
        (
            "Officials in Lima rejected the claims as baseless.",
            ("DENY", "rejected the claims as baseless"),
        ),
        # another party's words and criticism are answered as its claims are
        ("The Chinese spokesman rejected the remarks.", ("DENY", "rejected the remarks")),
        ("The Indian ministry dismissed the comments.", ("DENY", "dismissed the comments")),
        ("The Turkish ministry rejected the criticism.", ("REJECT", "rejected the criticism")),
    ],
)
def test_a_denied_claim_is_a_denial(nlp, text, statement):
    _, stmts = extract(nlp, text)
    assert [(s.statement_type, s.text) for s in stmts] == [statement]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a short object that is no account of another party stays no statement
        "The court rejected the appeal.",
        "The board denied the request.",
    ],
)
def test_a_short_rejection_of_something_else_is_no_statement(nlp, text):
    _, stmts = extract(nlp, text)
    assert stmts == []


@pytest.mark.parametrize(
    "text",
    [
        # a speech act that was not made (statements.unmade_act): nobody said it
        "Officials fear the drones could be used by the militia to threaten shipping in the strait.",
        "Farmers gathered outside parliament to express their anger over the new import rules.",
        "The council plans to condemn the strike on the harbour at its next session.",
        "The union has yet to say whether it will join the wage talks.",
        # an act verb that only narrates (clauses.narrated_act): something withheld from someone
        "The guards denied the journalists entry.",
        "Border officials denied the aid convoy access to the camp.",
        "Hungary denied Ukraine membership of the energy forum.",
        "The authorities denied the opposition leader a passport.",
        # ... or a capacity to act withheld: the object takes its own "to"-infinitive
        "The sanctions are denying the airlines the ability to lease new aircraft.",
        "The junta denied the exiles the right to return.",
        # ... a telephone call: "call" with proper names as its only objects
        "President Varga called Prime Minister Ito of Japan this morning.",
        "The foreign minister called Special Envoy Marta Lind on Tuesday.",
        # ... hosting: a guest welcomed to a place, people taken in
        "President Varga welcomed Chancellor Ilse Brandt of Austria to the palace.",
        "The small republic has welcomed over 200,000 refugees from the war.",
        "Portugal welcomed more than 40,000 migrants last year.",
        # ... the act of a noun the sentence only mentions (statements._describes_a_noun)
        "The envoy recalled Malta's support for the assembly resolution condemning the invasion of"
        " the island.",
        # ... what something is said to do: the reporting verb is passive
        "Red notices are declared to ask police forces across the world to arrest a wanted person.",
    ],
)
def test_an_act_the_engine_finds_but_nobody_made_is_no_statement(nlp, text):
    found, stmts = extract(nlp, text)
    assert found  # the engine still finds the act verb's object ...
    assert stmts == []  # ... but no statement was made


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # the act an appeal asks its addressee to make (statements._asked_of_addressee): only
        # the appeal was made
        (
            "The envoy urged the Chinese foreign minister to condemn the rocket tests.",
            "the Chinese foreign minister to condemn the rocket tests",
        ),
        (
            "Ambassador Lind called upon Beijing to join Washington in publicly condemning the"
            " rocket launches.",
            "to join Washington in publicly condemning the rocket launches",
        ),
        (
            "The minister called on the council to denounce the attack on the convoy.",
            "the council to denounce the attack on the convoy",
        ),
    ],
)
def test_an_act_an_appeal_asks_for_is_no_statement_of_its_own(nlp, text, statement):
    _, stmts = extract(nlp, text)
    assert [(s.statement_type, s.text) for s in stmts] == [("APPEAL", statement)]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # the act of a party the speaker praises or thanks (statements._owned_gerund): only the
        # praise was made (fresh15: 'commended the Peruvian government for its leadership in
        # condemning Russia's actions' gave the speaker an ACCUSE of Russia)
        (
            "Deputy Secretary Lena Holm commended the Chilean government for its leadership in"
            " condemning Russia's actions.",
            "commended the Chilean government for its leadership in condemning Russia's actions",
        ),
        (
            "The minister thanked Norway for its role in condemning the blockade of the strait.",
            "thanked Norway for its role in condemning the blockade of the strait",
        ),
        (
            "The envoy praised the council for its efforts in denouncing the attacks on aid"
            " workers.",
            "praised the council for its efforts in denouncing the attacks on aid workers",
        ),
    ],
)
def test_an_act_of_the_party_praised_is_no_statement_of_the_speaker(nlp, text, statement):
    _, stmts = extract(nlp, text)
    assert [(s.statement_type, s.text) for s in stmts] == [("SUPPORT", statement)]


@pytest.mark.parametrize(
    ("text", "statement_type"),
    [
        # near misses: the same verbs as speech acts keep their statement
        ("The ministry denied any involvement in the blast.", "DENY"),
        ("The embassy denied the reports of a secret deal.", "DENY"),
        ("The ministry denied the claim that its jets had been sent to help.", "DENY"),
        ("The minister threatened sanctions against the importers.", "THREATEN"),
        # "call" naming something, "welcome" approving, "appeal" asking
        ("The minister called the embargo a grave mistake.", "DISPUTE"),
        ("The minister welcomed the ceasefire agreement.", "SUPPORT"),
        ("Ana Lopes welcomed the decision by Hungary to lift its veto.", "SUPPORT"),
        ("The ministry appealed to both sides to show restraint.", "APPEAL"),
        # a participle on the medium the speaker issues is the speaker's act
        ("The senator issued a statement condemning the attack on the embassy.", "DISPUTE"),
        ("The activist released a documentary film accusing the governor of torture.", "ACCUSE"),
        (
            "The United States led a joint statement on behalf of 22 countries expressing deep"
            " concern about the open-ended inquiry.",
            "DISPUTE",
        ),
    ],
)
def test_an_act_verb_that_speaks_keeps_its_statement(nlp, text, statement_type):
    _, stmts = extract(nlp, text)
    assert [s.statement_type for s in stmts] == [statement_type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that takes a stance on a short noun-phrase object: a statement spanned with its
        # cue (STATEMENTS_GUIDE: "welcome X, condemn X"), typed by the verb's class
        ("The minister welcomed the agreement.", ("welcomed the agreement", "SUPPORT")),
        ("Senator Ruiz welcomed his release.", ("welcomed his release", "SUPPORT")),
        (
            "A spokesman for the government strongly condemned the attack.",
            ("condemned the attack", "DISPUTE"),
        ),
        ("The opposition leader criticised the decision.", ("criticised the decision", "DISPUTE")),
        ("The foreign ministry praised the ruling.", ("praised the ruling", "SUPPORT")),
        ("The Iraqi cabinet denounced the strikes.", ("denounced the strikes", "DISPUTE")),
        # verbs of praise and disapproval that take only a noun-phrase object (cue_verbs.csv,
        # frame act): a statement with the verb's type
        ("The Kurdish militia opposed the withdrawal.", ("opposed the withdrawal", "DISPUTE")),
        (
            "Omar Reyes thanked his lawyers for their support.",
            ("thanked his lawyers for their support", "SUPPORT"),
        ),
        (
            "The president congratulated the new prime minister.",
            ("congratulated the new prime minister", "SUPPORT"),
        ),
        ("The envoy lamented the loss of life.", ("lamented the loss of life", "DISPUTE")),
        ("Rights groups decried the verdict.", ("decried the verdict", "DISPUTE")),
        # "second" (cue_verbs.csv, class support): backing another party's proposal endorses it
        (
            "The Italian premier seconded the German proposal.",
            ("seconded the German proposal", "SUPPORT"),
        ),
    ],
)
def test_a_stance_on_a_short_noun_object_is_a_statement(nlp, text, expected):
    found, stmts = extract(nlp, text)
    assert [(s.text, s.statement_type) for s in stmts] == [expected]
    assert contract_record("d", found)["quotes"] == []  # a speech act, no quotation


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a short object of a verb that reports or refuses, or a pronoun alone
        "The minister announced the plan.",
        "The court rejected the appeal.",
        "The board denied the request.",
        "The minister welcomed them.",
        "The ministry, which is opposed to the plan, said nothing.",  # an attitude, no act
        # 'question' stays a verb of clauses only: its noun object is mostly an interrogation
        "Two detainees were questioned by the police before their release.",
        # ... or a stance taken again and again: a habitual report (STATEMENTS_GUIDE: "regularly
        # accuse each other" is not annotated), whatever its object
        "The opposition has often condemned the government's foreign policy.",
        "Spain and Italy have repeatedly called for the ban to be lifted.",
        "Moscow has repeatedly denied any involvement in the attack.",
        "The ministry has long argued that the border should stay closed.",
        "Rebel leaders regularly accuse the army of shelling villages.",
    ],
)
def test_no_statement_for_a_short_report_or_a_habitual_one(nlp, text):
    _, stmts = extract(nlp, text)
    assert stmts == []


@pytest.mark.parametrize(
    ("text", "statement_type"),
    [
        # near misses of the habitual reports: one report, or a direct quotation (said once)
        ("Moscow denied any involvement in the attack on Monday.", "DENY"),
        ("Germany and France on Tuesday called for the embargo to be lifted.", "APPEAL"),
        ('"We will never accept this border," the minister has repeatedly said.', "REJECT"),
    ],
)
def test_one_report_is_no_habitual_report(nlp, text, statement_type):
    _, stmts = extract(nlp, text)
    assert [s.statement_type for s in stmts] == [statement_type]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a short stance inside another speaker's reported clause is part of that quotation:
        # no speech act of its own beside it
        ("The spokesman Li Wei said that Beijing opposes the sanctions.", "Li Wei"),
        ("Ana Lopes said the government welcomed the move.", "Ana Lopes"),
        ("The envoy Omar Reyes told reporters that Paris condemned the raid.", "Omar Reyes"),
    ],
)
def test_a_short_stance_inside_a_reported_clause_is_no_act_of_its_own(nlp, text, speaker):
    found, stmts = extract(nlp, text)
    assert [q.speaker for q in found] == [speaker]
    assert [s.speaker.name for s in stmts] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # "appeal" in the court sense (clauses.speaks_act): no request is made of anyone
        "According to the broadcaster, a spokesman for the premier expressed disappointment and"
        " that the premier's office intends to appeal; \"The ruling is a setback for the country."
        ' The judges have overstepped their role."',
        "According to the broadcaster, a spokesman for the premier expressed disappointment and"
        ' that the government intends to appeal; "We are disappointed by the ruling. The judges'
        ' have overstepped their role."',
    ],
)
def test_an_appeal_to_a_court_is_no_appeal(nlp, text):
    _, stmts = extract(nlp, text)
    assert stmts and "APPEAL" not in [s.statement_type for s in stmts]


def test_the_act_of_a_document_another_act_is_about_is_not_the_speakers(nlp):
    """'praised the report criticizing the police': the report criticizes; the minister's
    statement is the praise alone (statements._describes_a_noun)."""
    _, stmts = extract(
        nlp, "The minister praised the report criticizing the police handling of the protest."
    )
    assert [s.statement_type for s in stmts] == ["SUPPORT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of the stance frame (cue_verbs.csv: attack, cheer) speak only about a party's act,
        # decision, move or proposal (act_nouns.csv), direct object or 'on' object
        ("Opposition leaders attacked the decision.", ("attacked the decision", "DISPUTE")),
        (
            "The Greek premier attacked the new maritime agreement.",
            ("attacked the new maritime agreement", "DISPUTE"),
        ),
        (
            "The prime minister cheered on the historic move.",
            ("cheered on the historic move", "SUPPORT"),
        ),
        ("Lena Kraus cheered the announcement.", ("cheered the announcement", "SUPPORT")),
        # refusing another party's proposal or demand rejects it (STATEMENTS_GUIDE: REJECT)
        ("The embassy declined the request.", ("declined the request", "REJECT")),
        ("The rebels refused the offer.", ("refused the offer", "REJECT")),
    ],
)
def test_a_stance_on_a_partys_act_or_proposal_is_a_statement(nlp, text, expected):
    found, stmts = extract(nlp, text)
    assert [(s.text, s.statement_type) for s in stmts] == [expected]
    assert contract_record("d", found)["quotes"] == []  # a speech act, no quotation


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the same verbs on anything but an act are no speech at all
        "Rebels attacked the village on Monday.",
        "Two gunmen attacked the convoy near the border.",
        "The crowd cheered the team.",
        "Fans cheered on the runners in the rain.",
    ],
)
def test_a_stance_verb_on_no_act_is_no_speech(nlp, text):
    found, stmts = extract(nlp, text)
    assert found == [] and stmts == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of the feeling frame (cue_verbs.csv: raise, register, lodge, air, convey, extend)
        # voice a feeling or attitude only with one as their object (expressed_feelings.csv)
        (
            "Foreign Minister Lena Kraus raised concerns about Veloria's naval drills.",
            ("raised concerns about Veloria's naval drills", "DISPUTE"),
        ),
        (
            "The Veloria foreign ministry lodged a protest over the arrest of its diplomat.",
            ("lodged a protest over the arrest of its diplomat", "DISPUTE"),
        ),
        (
            "The embassy registered its strong objection to the remarks.",
            ("registered its strong objection to the remarks", "DISPUTE"),
        ),
        (
            "Prime Minister Tom Hale conveyed his condolences to the victims' families.",
            ("conveyed his condolences to the victims' families", "SUPPORT"),
        ),
        (
            "Ana Lopes extended her congratulations to the new president.",
            ("extended her congratulations to the new president", "SUPPORT"),
        ),
    ],
)
def test_a_verb_voicing_a_feeling_is_a_statement(nlp, text, expected):
    _, stmts = extract(nlp, text)
    assert [(s.text, s.statement_type) for s in stmts] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the same verbs on anything but a feeling, and a feeling an event gives
        # rise to, are no speech at all
        "The government raised taxes on fuel last year.",
        "The company lodged an appeal against the ruling.",
        "The council extended the deadline for the talks by a week.",
        "Election officials registered two million new voters.",
        "The clashes, which erupted on Sunday, raised concerns about a return to war.",
        "There were new clashes on Sunday, which raised concerns about a return to war.",
        "Fighting erupted in the capital on Sunday, raising fears of a slide back into war.",
        "The report raised concerns about the treatment of detainees.",
        # a protest that is an event, support that is aid
        "Al Jazeera aired the protest in Tahrir Square live on Friday.",
        "Japan extended financial support to Sri Lanka.",
    ],
)
def test_a_feeling_verb_on_no_feeling_or_without_a_voice_is_no_speech(nlp, text):
    found, stmts = extract(nlp, text)
    assert found == [] and stmts == []


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("Tom Hale thanked the Security Council for condemning the attack.", "condemning"),
        ("Anna Berg criticized Tom Hale for claiming that the tax was fair.", "claiming"),
    ],
)
def test_what_someone_is_judged_for_is_no_statement_of_theirs(nlp, text, judged):
    """'Hale thanked the Security Council for condemning the attack': the condemnation is the
    Council's (object control), but it is what Hale thanks it for, inside Hale's quotation;
    the guide does not split a source out of a quotation, so Hale's statement is the only one
    (before, "Council DISPUTE -> Hale")."""
    _, stmts = extract(nlp, text)
    assert stmts, "the judging verb's own statement stays"
    assert not any(s.cue_lemma == judged.removesuffix("ing") for s in stmts)
    assert not any(s.speaker is not None and s.speaker.name != stmts[0].speaker.name for s in stmts)


def test_what_someone_is_punished_for_is_no_statement_against_the_punisher(nlp):
    """'The United States sanctioned Judge Tom Hale for calling the protesters traitors':
    the words are Hale's quotation, but no statement of his is made of them (its target would
    be drawn to the sanctioning state, a dispute nobody reported)."""
    text = "The United States sanctioned Judge Tom Hale for calling the protesters traitors."
    found, stmts = extract(nlp, text)
    assert any(q.speaker == "Tom Hale" and q.cue == "calling" for q in found)
    assert not any(s.speaker is not None and s.speaker.name == "Tom Hale" for s in stmts)


def test_words_someone_is_quoted_as_saying_are_a_statement_of_theirs(nlp):
    """Near miss of the judged-for rule: 'quoted X as saying' reports X's words, X's statement
    (the guide: "KCNA quoted Kim as saying" is Kim Jong Un's CLAIM)."""
    _, stmts = extract(
        nlp, "The People's Daily quoted Deng Xiaoping as saying that the reforms had failed."
    )
    assert [(s.speaker.name, s.speaker.country) for s in stmts] == [("Deng Xiaoping", "CN")]


@pytest.mark.parametrize(
    ("text", "statement_type"),
    [
        # a participle that is no speech ("posing", "proving") is the citer's argument
        ("The State Department cited Iran's missile tests as posing a threat.", "WARN"),
        ("Ukraine cited the troop build-up as proving that Russia planned to invade.", "ACCUSE"),
    ],
)
def test_citing_a_thing_as_doing_something_is_the_citers_statement(nlp, text, statement_type):
    _, stmts = extract(nlp, text)
    assert [s.statement_type for s in stmts] == [statement_type]


def test_a_participle_after_a_verb_that_judges_no_one_is_a_statement(nlp):
    """Near miss: 'fled Russia for reporting' judges no one; the journalist's report is a
    statement of the journalist's."""
    _, stmts = extract(
        nlp, "The journalist fled Russia for reporting that soldiers had looted homes."
    )
    assert any(s.speaker is not None and s.speaker.name == "journalist" for s in stmts)


# --- a readout's reaffirmed, underscored, stressed: acts when someone does them (stop 60) -------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The Secretary emphasized the importance of working with our allies to impose "
            "severe costs on any further aggression.",
            "emphasized",
        ),
        ("President Tom Hale reaffirmed his commitment to a free and open region.", "reaffirmed"),
        (
            "Hani Amer, a political analyst, spoke from Gaza City. Amer, in Gaza, stressed the "
            "importance of diplomacy before military strength.",
            "stressed",
        ),
    ],
)
def test_a_readout_verb_with_a_noun_object_is_a_statement_with_its_cue(nlp, text, cue):
    found, stmts = extract(nlp, text)
    assert [s.text.split()[0] for s in stmts] == [cue]
    assert contract_record("d", found)["quotes"] == []  # a speech act, no quotation


def test_a_feeling_voiced_by_the_subject_of_a_coordinated_verb_is_a_statement(nlp):
    """'Ms Kraus was suspended and has since lodged a complaint': the subject the two verbs share
    voices it; a participle hung on a clause does not ('..., raising fears of ...')."""
    _, stmts = extract(
        nlp, "Lena Kraus was suspended in May and has since lodged a complaint with the tribunal."
    )
    assert [(s.text, s.statement_type) for s in stmts] == [
        ("lodged a complaint with the tribunal", "DISPUTE")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # what no one said is no one's statement: a negative subject of the cue
        "No European government has raised objections to the plan.",
        "No government has condemned the strike so far.",
        "Neither Washington nor London expressed concern about the vote.",
        "Nobody has criticised the plan publicly.",
        "None of the ministers welcomed the deal.",
    ],
)
def test_speech_no_one_made_is_no_statement(nlp, text):
    found, stmts = extract(nlp, text)
    assert found == [] and stmts == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: Downing Street's "No 10", and a surname
        ("No 10 said the threat was real.", "10"),
        ("David Noone said the operators should provide the service.", "David Noone"),
    ],
)
def test_a_subject_that_only_looks_negative_still_speaks(nlp, text, speaker):
    found, _ = extract(nlp, text)
    assert [q.speaker for q in found] == [speaker]
