"""The quote rules on small hand-written sentences, through the real spaCy pipeline.

Each case names the shape of news speech it stands for (see issue 3). The sentences are invented
for these tests; none comes from PolNeAR or the research corpus.
"""

from __future__ import annotations

import pytest

from parley.extract.quotes import (
    ACT_RULE,
    Quote,
    extract_quotes_with_warnings,
)
from parley.extract.rows import contract_record
from tests.unit.extract.quotes.checked import one, quotes_of, speaker_of


@pytest.fixture(scope="module")
def parse(nlp):
    """Text → parsed ``Doc`` with the session's spaCy pipeline."""
    return nlp


def test_quote_then_inverted_cue_splits_role_from_name(parse):
    q = one(quotes_of(parse, '"We will not retreat," said Foreign Minister Anna Berg.'), "retreat")
    assert (q.kind, q.speaker, q.speaker_role, q.cue) == (
        "direct",
        "Anna Berg",
        "Foreign Minister",
        "said",
    )


def test_split_quote_both_fragments_to_the_speaker(parse):
    text = (
        "Foreign Minister Anna Berg met the press in Oslo.\n\n"
        '"The border stays closed," Berg said. "Nobody crosses it until the talks resume."'
    )
    found = quotes_of(parse, text)
    assert one(found, "stays closed").speaker == "Anna Berg"  # short name → full name
    assert one(found, "Nobody crosses").speaker == "Anna Berg"


def test_colon_introduces_the_quote(parse):
    q = one(quotes_of(parse, 'Tom Hale said: "We are ready to talk tomorrow."'), "ready")
    assert (q.kind, q.speaker) == ("direct", "Tom Hale")


def test_dash_attribution(parse):
    assert (
        speaker_of(parse, '"The talks are over for this year." \u2014 Tom Hale', "talks")
        == "Tom Hale"
    )


def test_quote_running_over_two_paragraphs_is_one_quote(parse):
    text = (
        'Tom Hale said: "The first part of the plan is a ceasefire.\n\n'
        '"The second part is an exchange of prisoners before winter."'
    )
    found = [q for q in quotes_of(parse, text) if q.kind == "direct"]
    assert len(found) == 1
    assert "first part" in found[0].text and "second part" in found[0].text
    assert found[0].speaker == "Tom Hale"


def test_indirect_speech_with_organisation_speaker(parse):
    text = "The Finnish border guard said in a statement that two boats had been stopped at sea."
    q = one(quotes_of(parse, text), "two boats")
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Finnish border guard", "said")
    assert not q.text.startswith("that")


def test_according_to(parse):
    q = one(
        quotes_of(parse, "The ceasefire will hold until March, according to a senior official."),
        "ceasefire",
    )
    assert q.kind == "indirect" and q.rule == "indirect:according-to"
    assert "official" in q.speaker


@pytest.mark.parametrize(
    ("text", "report", "source"),
    [
        (
            "The president told her that the deal was not that simple, according to an account "
            "she gave to a local paper.",
            "The president told her that the deal was not that simple",
            "account",
        ),
        (
            "The minister told aides that the talks had failed, according to two people in the "
            "room.",
            "The minister told aides that the talks had failed",
            "people in the room",
        ),
    ],
)
def test_according_to_closing_a_report_vouches_for_the_whole_report(parse, text, report, source):
    # the parser hangs the phrase on the reported clause's verb or on 'told': either way it
    # vouches for the report, 'X told her that A' is the source's; the phrase is in no quotation
    (q,) = quotes_of(parse, text)
    assert (q.text, q.rule) == (report, "indirect:according-to")
    assert source in q.speaker


def test_according_to_closing_a_said_clause_is_no_part_of_it(parse):
    # 'X said A, according to Y' stays X's report (house convention), without Y's phrase in it
    text = "The minister said that the talks had failed, according to the state news agency."
    (q,) = quotes_of(parse, text)
    assert (q.text, q.speaker, q.rule) == ("the talks had failed", "minister", "indirect:clause")


def test_quoted_as_saying(parse):
    text = "Prime Minister Tom Hale was quoted as saying the talks had failed completely."
    assert speaker_of(parse, text, "talks had failed") == "Tom Hale"


def test_partial_quote_inside_indirect_speech_is_mixed(parse):
    text = 'Tom Hale said the plan was "dead on arrival" and would be withdrawn.'
    found = quotes_of(parse, text)
    assert len(found) == 1
    q = found[0]
    assert q.kind == "indirect" and q.rule == "indirect:mixed"
    assert "dead on arrival" in q.text and "plan" in q.text
    assert q.speaker == "Tom Hale"


def test_pronoun_resolves_to_the_earlier_person(parse):
    text = "Anna Berg arrived in Oslo on Monday. She said the talks would resume next week."
    assert speaker_of(parse, text, "talks would resume") == "Anna Berg"


def test_pronoun_agrees_in_gender(parse):
    text = "Anna Berg met Tom Hale in Geneva. He said the deal was fair to both sides."
    assert speaker_of(parse, text, "deal was fair") == "Tom Hale"


def test_appositive_role(parse):
    text = "Ivan Sokol, the defence ministry spokesman, said the drills were over for the year."
    q = one(quotes_of(parse, text), "drills")
    assert q.speaker == "Ivan Sokol"
    assert "spokesman" in (q.speaker_role or "")


def test_object_frame_verbs(parse):
    text = "Tom Hale urged the council to lift the sanctions before the summit."
    q = one(quotes_of(parse, text), "lift the sanctions")
    assert (q.speaker, q.rule) == ("Tom Hale", "indirect:object")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "British Foreign Secretary David Lammy urged China on Tuesday to show restraint in "
            "the Taiwan Strait.",
            "to show restraint",
        ),
        (
            "Egypt's President Abdel Fattah al-Sisi urged Ethiopia last week to resume talks on "
            "the dam.",
            "to resume talks",
        ),
    ],
)
def test_a_time_between_the_object_and_its_infinitive_keeps_the_request(parse, text, content):
    # 'urged X on Tuesday to ...': the time phrase makes the parser hang the infinitive on the
    # verb as an adverbial clause (in these two sentences; most get ``xcomp``); it is still
    # what X was urged to do, the verb's report
    q = one(quotes_of(parse, text), content)
    assert q.rule == "indirect:object" and q.speaker in text


def test_a_call_with_a_time_before_its_purpose_stays_a_telephone_call(parse):
    # 'called X on Monday to congratulate him': the infinitive is the call's purpose, no report
    # ('congratulate' is an act of its own: only 'called' must report nothing)
    text = "Tom Hale called the mayor on Monday to congratulate him on the result."
    assert [q.cue for q in quotes_of(parse, text) if q.cue == "called"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mara Voss called for the army to withdraw from the valley.", "the army to withdraw"),
        ("The bishops appealed for all sides to respect the truce.", "all sides to respect"),
    ],
)
def test_a_for_to_clause_is_the_object_of_an_appeal(parse, text, content):
    # 'called for X to do Y': the parser hangs the for-to clause on the verb as an adverbial
    # clause; it is what was called for, without the 'for'
    q = one(quotes_of(parse, text), content)
    assert q.rule == "indirect:object" and not q.text.startswith("for ")


def test_a_for_to_clause_after_other_verbs_is_no_quotation(parse):
    assert quotes_of(parse, "Ivo Brandt left early for his driver to take him home.") == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Ana Lopes condemned the missile strike on the harbour.", "the missile strike"),
        ("The foreign ministry praised the ceasefire deal.", "the ceasefire deal"),
        ("Oskar Lind rejected the proposal for a new border crossing.", "the proposal"),
        ("The embassy declined to comment on the arrests.", "to comment"),
        ("Mara Voss pledged support for the reconstruction fund.", "support"),
        ("The cabinet denounced the seizure of the tanker.", "the seizure"),
        ("The interior ministry deplored the violence at the border.", "the violence"),
        ("Ivo Brandt blamed the rebels for the shelling of the town.", "the rebels"),
        ("The government challenged the ruling of the trade panel.", "the ruling"),
        ("Ana Lopes expressed regret over the incident at sea.", "regret"),
        ("Tom Hale cited the second article of the treaty.", "the second article"),
        ("A defence official confirmed the deployment of the missiles.", "the deployment"),
        ("The envoy reiterated his call for a ceasefire.", "his call"),
    ],
)
def test_a_speech_act_without_content_is_a_statement_source_not_a_quotation(parse, text, act):
    # 'condemned X', 'praised X', 'declined to comment': the act carries a statement (its quote
    # row is what the statement points to), but it reports no content, so it is no quotation
    found = quotes_of(parse, text)
    q = one(found, act)
    assert q.rule == ACT_RULE and q.kind == "indirect"
    assert contract_record("d", found)["quotes"] == []


def test_a_speech_act_on_a_partly_quoted_object_is_still_no_quotation(parse):
    # a few quoted words inside the act's object ('condemned the "brazen" raid') do not make
    # the act report content: it stays a statement source, and the words are not a quotation
    text = 'Ana Lopes condemned the "brazen and reckless" raid on the harbour on Monday.'
    found = quotes_of(parse, text)
    q = one(found, "brazen and reckless")
    assert (q.speaker, q.rule) == ("Ana Lopes", ACT_RULE)
    assert contract_record("d", found)["quotes"] == []


def test_an_object_that_is_reported_content_stays_a_quotation(parse):
    text = "Lena Ruiz urged the council to lift the sanctions and accused Tom Hale of lying."
    found = quotes_of(parse, text)
    assert {q.rule for q in found} == {"indirect:object"}
    record = contract_record("d", found)["quotes"]
    assert len(record) == len(found) == 2


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mara Voss said the army would send new drones to patrol the border and ordered more "
            "tests of the fleet.",
            "the army would send new drones to patrol the border",
        ),
        (
            "Tom Hale urged the council to reconsider and spoke with the mayor about the budget.",
            "the council to reconsider",
        ),
    ],
)
def test_the_speakers_next_act_ends_the_reported_content(parse, text, content):
    # 'said A would do B and ordered C': a past tense cannot share the modal or an infinitive's
    # 'to', so it is the speaker's next act, which the parser hung on the clause's last verb
    q = one(quotes_of(parse, text), content)
    assert q.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ana Lopes said the rebels did not leave the town and shelled its market.",
            "did not leave the town and shelled its market",
        ),
        (
            "Ivo Brandt said the firm used a new system to track orders and never used paper "
            "records again.",
            "to track orders and never used paper records",
        ),
    ],
)
def test_a_past_tense_of_the_reported_clause_stays_in_it(parse, text, content):
    # after 'did', or after a past tense of the clause itself, the past verb is the clause's own
    one(quotes_of(parse, text), content)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The rebel army claimed to have captured the airport on Sunday.",
            "to have captured the airport on Sunday",
            "rebel army",
        ),
        (
            "A militia released a video claiming to have downed the drone near the coast.",
            "to have downed the drone near the coast",
            "militia",
        ),
        (
            "Ivo Brandt claims to be the lawful heir of the estate.",
            "to be the lawful heir",
            "Ivo Brandt",
        ),
    ],
)
def test_a_claimed_infinitive_is_the_reported_clause(parse, text, content, speaker):
    # 'claimed to have done X' asserts a fact as 'claimed that it had done X' would
    q = one(quotes_of(parse, text), content)
    assert q.text.startswith("to ") and q.rule == "indirect:clause"
    assert speaker in (q.speaker or "")


def test_a_claimed_plain_infinitive_is_no_quotation(parse):
    assert quotes_of(parse, "The rebels claimed to want a lasting peace in the valley.") == []


def test_speaker_label_paragraph(parse):
    text = "HALE: We have nothing to add to the statement of the ministry."
    q = one(quotes_of(parse, text), "nothing to add")
    assert q.speaker == "HALE" and q.rule == "indirect:label"


_BRIEFING = (
    "MS. HALE: Good afternoon. Joining us today is Deputy Adviser Omar Lind.\n\n"
    "MR. LIND: Thank you. The first tranche of sanctions targets the central bank.\n\n"
    "We have coordinated every measure with our partners in Europe and Asia.\n\n"
    "(Laughter.)\n\n"
    "The second tranche will follow if the troops cross the border.\n\n"
    "Q Omar, how long will the export controls stay in place?\n\n"
    "Will they cover the energy companies as well?\n\n"
    "MR. LIND: They stay until the troops withdraw from the border region.\n\n"
    "MS. HALE: Thanks, everyone. We will be back tomorrow at noon.\n\n"
    "Follow the briefing room on the website for the transcript tomorrow."
)


def test_a_transcript_turn_runs_on_to_the_next_turn(parse):
    """A briefer's turn holds the paragraphs after its label up to the next turn: each is a
    quotation of the briefer (rule ``indirect:turn``); a stage direction alone is skipped and
    does not end the turn; a reporter's "Q" ends it, and the question's paragraphs are nobody's
    turn."""
    found = quotes_of(parse, _BRIEFING)
    for content in ("We have coordinated every measure", "The second tranche will follow"):
        q = one(found, content)
        assert (q.rule, q.speaker) == ("indirect:turn", "Omar Lind")
        assert q.text.startswith(content)
    assert not [q for q in found if "Laughter" in q.text or "energy companies" in q.text]
    assert one(found, "They stay until").rule == "indirect:label"


def test_the_last_turn_of_a_transcript_is_its_labelled_paragraph_alone(parse):
    """After the last labelled turn the article's own words may follow (a sign-off, a link):
    no turn runs on into them."""
    found = quotes_of(parse, _BRIEFING)
    assert not [q for q in found if "Follow the briefing room" in q.text]


def test_a_turn_runs_on_past_a_colon_and_a_shouted_stage_direction(parse):
    """A sentence with a colon ("Let me be clear: ...") and a stage direction in capitals
    ("(LAUGHTER)") go on with the turn, a paragraph opening with a bracketed aside is cut after
    it, and another label in capitals ends the turn (one with a party tag too)."""
    text = (
        "JAKE TAPPER: Welcome back. Joining me now is the Secretary of State.\n\n"
        "SECRETARY LIND: Thank you, Jake. Good to be with you this morning.\n\n"
        "Let me be clear: the United States stands with its partners in Europe.\n\n"
        "(LAUGHTER)\n\n"
        "[inaudible] the second tranche of sanctions will follow next week.\n\n"
        "SEN. ANNA BERG (D-CT): Thanks for having me, Jake. It is good to be here.\n\n"
        "We will vote on the package before the recess in August.\n\n"
        "JAKE TAPPER: Thank you both for joining us this morning."
    )
    found = quotes_of(parse, text)
    assert one(found, "Let me be clear").speaker == one(found, "Good to be with you").speaker
    tranche = one(found, "second tranche")
    assert tranche.text.startswith("the second tranche") and tranche.rule == "indirect:turn"
    assert not [q for q in found if "LAUGHTER" in q.text]
    # the senator's label (its party tag makes it too long for the speaker rules) ends the turn
    assert not [q for q in found if "vote on the package" in q.text and q.speaker == "LIND"]


def test_a_clip_a_quotation_or_a_heading_ends_what_a_turn_says(parse):
    """A clip played ("(Begin video clip)") is not the host's words; a paragraph that holds a
    quotation is left to the direct rules (it may be another speaker's); a label in capitals
    that names no speaker ("WATCH:") and the end mark end the turns."""
    text = (
        "JAKE TAPPER: Welcome back. Here is what the president said on Friday.\n\n"
        "(Begin video clip)\n\n"
        "The Russians will pay a very heavy price for this, and we are ready.\n\n"
        "(End video clip)\n\n"
        "JAKE TAPPER: Senator, your reaction to what the president said?\n\n"
        '"We will not stand by," the Secretary said this morning, and he meant it.\n\n'
        "SEN. ANNA BERG: I think the president is right about this.\n\n"
        "WATCH: the full interview on our website this afternoon.\n\n"
        "JAKE TAPPER: Thank you, Senator, for joining us today.\n\n"
        "END 10:31 A.M. EST"
    )
    found = quotes_of(parse, text)
    assert not [q for q in found if q.rule == "indirect:turn"], [q.text for q in found]
    assert one(found, "We will not stand by").speaker == "Secretary"


def test_labelled_sections_of_a_news_article_run_on_into_nothing(parse):
    """Labels in title case over a news article's sections ("Hale: ...") are no transcript's
    speakers: the narration after them stays the reporter's, even between two labels."""
    text = (
        "Hale: The minister wants the border closed before the summit.\n\n"
        "The ministry published its figures on Monday after a week of delays.\n\n"
        "Lind: The adviser wants the sanctions tightened before winter.\n\n"
        "The adviser spent a decade at the central bank before joining the cabinet.\n\n"
        "Berg: The envoy wants talks with the rebels before the vote."
    )
    found = quotes_of(parse, text)
    assert not [q for q in found if q.rule == "indirect:turn"]
    assert not [q for q in found if "published its figures" in q.text]
    # headings in capitals are no transcript's speakers either
    capitals = text.replace("Hale:", "WHAT'S AT STAKE:").replace("Lind:", "THE NEW PLAN:")
    capitals = capitals.replace("Berg:", "WHAT'S NEXT:")
    assert not [q for q in quotes_of(parse, capitals) if q.rule == "indirect:turn"]


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "peace plan" was published on Monday.',
        'The band played "Summer Rain" at the rally.',
        "Editor's note: This story was updated on Tuesday.",
    ],
)
def test_scare_quotes_titles_and_labels_are_not_speech(parse, text):
    assert quotes_of(parse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "FACT SHEET: President Biden Announces New Steps to Hold Russia Accountable\n\n"
        "Today, the United States is imposing sanctions on Russian banks.",
        "Fact Sheet: The United States and Japan Expand Their Partnership\n\n"
        "The two governments will expand patrols in the region.",
        "Ukraine Aid Announced\n\n"
        "FACT SHEET: The United States will send $800 million in security assistance to Ukraine.",
        "FACT SHEET: U.S.-EU Trade and Technology Council Establishes Working Groups\n\n"
        "The Council will meet in Pittsburgh.",
    ],
)
def test_a_releases_document_label_is_not_its_speaker(parse, text):
    """ "FACT SHEET:" names the kind of document, as "Editor's note:" does: what follows it is
    not the label's quotation."""
    assert not any("sheet" in (q.speaker or "").lower() for q in quotes_of(parse, text))


@pytest.mark.parametrize(
    ("text", "containing", "speaker"),
    [
        (
            "The Latest: Mayor Anna Berg tells voters the bridge will reopen\n\n"
            "The mayor spoke in Leeds on Monday.",
            "bridge will reopen",
            "Anna Berg",
        ),
        (
            "The Latest: Farmers say the drought is the worst in decades\n\n"
            "Rain is not expected before October.",
            "the drought",
            "Farmers",
        ),
        ("The Latest: Tom Hale to visit Oslo next week\n\nHe will meet the king.", "Oslo", None),
    ],
)
def test_a_running_story_slug_is_not_its_speaker(parse, text, containing, speaker):
    """AP's "The Latest:" names a running story, as "Editor's note:" names a note: the speaker
    is the one the headline's own report names, if any, never "Latest"."""
    found = [q for q in quotes_of(parse, text) if containing in q.text]
    assert [q.speaker for q in found] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        'He said "we will win. Then he left the hall.',
        "\u201c\u201c\u201d\u201d \u2019 '' `` \" \u00ab\u00bb",
        "Plain text with no speech at all, only a long description of the weather in Oslo.",
        "\u0627\u0644\u0633\u0644\u0627\u0645 \u05e9\u05dc\u05d5\u05dd \U0001f600 \u200b\u200d caf\u00e9 said \u201cok\u201d",
    ],
)
def test_odd_documents_never_crash(parse, text):
    quotes_of(parse, text)


def test_unbalanced_marks_yield_a_warning_and_what_can_be_found(parse):
    text = 'Anna Berg said "we will win. Then she left.\n\nTom Hale said: "The talks failed."'
    found, warnings = extract_quotes_with_warnings(parse(text))
    assert any("unpaired" in w for w in warnings)
    assert one(found, "talks failed").speaker == "Tom Hale"


# ---------------------------------------------------------------------------------------------
# short quotations: a word or two is not a statement by itself, unless it is an utterance of its
# own a cue governs ('"Never," the minister replied')


def test_a_quoted_label_is_read_with_what_it_labels(parse):
    text = 'In Oslo, Anna Berg described the tariff plan as "a disgrace" for the region.'
    q = one(quotes_of(parse, text), "disgrace")
    assert q.kind == "indirect" and q.rule == "indirect:mixed"
    assert "tariff plan" in q.text and q.speaker == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            'Anna Berg called the new tariff "an attack on our farmers," but she met the envoy.',
            'the new tariff "an attack on our farmers,"',
        ),
        (
            'Tom Hale described the border plan as "reckless, cruel and a betrayal of the region."',
            'the border plan as "reckless, cruel and a betrayal of the region."',
        ),
        # the parser hangs the object's name on the quoted words ('Merkel' an nmod of
        # 'Chancellor'), or the quoted judgement on the object's clause
        (
            "Lind called Merkel \u201cThe Chancellor of the Free World.\u201d Lind credited "
            "Merkel with holding the continent together.",
            "Merkel \u201cThe Chancellor of the Free World.\u201d",
        ),
        # ... or hangs the quoted words inside the object's phrase, with more of it after them
        (
            "Former governor Anna Berg, an early supporter of Hale, calls the issue of farm "
            'security "a priority" for women.',
            'the issue of farm security "a priority" for women',
        ),
        (
            "Hale called the idea that Berg had anything to prove a \u201cridiculous "
            "proposition.\u201d",
            "the idea that Berg had anything to prove a \u201cridiculous proposition.\u201d",
        ),
    ],
)
def test_a_quotation_that_names_a_verbs_object_keeps_the_object(parse, text, said):
    # 'called X "Y"': the quoted words are most of the object phrase, yet X is what they name;
    # the quotation is mixed speech over both, not the quoted words alone
    (q,) = quotes_of(parse, text)
    assert (q.text, q.kind, q.rule) == (said, "indirect", "indirect:mixed")


@pytest.mark.parametrize(
    "text",
    [
        'Berg called the "Morning Farm" host on Friday.',
        'Berg called the head of "Operation Farm Rescue" on Friday to thank him.',
    ],
)
def test_a_quoted_name_inside_a_called_object_is_no_naming(parse, text):
    # near misses: a show's or a programme's name inside the object of a telephone call names
    # nothing it was called
    assert quotes_of(parse, text) == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            'Anna Berg said the aim was not to "make the state great again" but to "make the '
            'state whole again."',
            "the aim",
            "whole again",
        ),
        (
            "Tom Hale says that voters want a leader to fight crime, but instead the mayor is "
            'giving them "lectures and more distractions from the real problem."',
            "voters",
            "real problem",
        ),
    ],
)
def test_quoted_words_in_the_rest_of_a_reported_clause_are_part_of_it(parse, text, first, last):
    # the parser hangs the clause's second half on the reporting verb: its quoted words are more
    # of the same report, one mixed quotation, not a direct quotation of their own
    (q,) = quotes_of(parse, text)
    assert (q.kind, q.rule) == ("indirect", "indirect:mixed")
    assert q.text.startswith(first) and last in q.text


def test_a_second_report_joined_to_the_verb_keeps_its_own_quotation(parse):
    text = 'Tom Hale said the talks had failed, and the crowd chanted "shame on you" for an hour.'
    found = quotes_of(parse, text)
    assert one(found, "talks").text == "the talks had failed"
    assert "chanted" not in one(found, "talks").text


def test_a_word_or_two_in_quotation_marks_alone_is_no_quote(parse):
    text = 'The tour was sold as a "grand adventure" by the agency.'
    assert not [q for q in quotes_of(parse, text) if q.kind == "direct"]


def test_a_one_word_answer_with_its_cue_is_a_quote(parse):
    # an answer of one word is an utterance of its own (a refusal is news): it is quoted
    text = '"Never," Tom Hale said when he was asked about the plan.'
    (q,) = [q for q in quotes_of(parse, text) if q.kind == "direct"]
    assert (q.text, q.speaker) == ('"Never,"', "Tom Hale")


def test_a_warning_in_one_quoted_word_stands_as_given(parse):
    text = 'Anna Berg warned Tom Hale to be "careful" in his talks with the envoy.'
    q = one(quotes_of(parse, text), "careful")
    assert (q.text, q.kind, q.speaker) == ('"careful"', "direct", "Anna Berg")


def test_a_surname_that_is_also_a_given_name_carries_no_gender(parse):
    text = (
        "Police met Marisol Scott at the house on Monday. Scott was calm. "
        "She said the officers had been kind to her family."
    )
    assert speaker_of(parse, text, "officers") == "Marisol Scott"


def test_coordinated_clauses_are_one_statement_unless_each_says_that(parse):
    text = "Tom Hale said the border was calm and that the talks would go on next week."
    assert [q.text for q in quotes_of(parse, text)] == [
        "the border was calm and that the talks would go on next week"
    ]
    text = "Tom Hale said that the border was calm and that the talks would go on next week."
    assert [q.text for q in quotes_of(parse, text)] == [
        "the border was calm",
        "the talks would go on next week",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg said she would order a review of the contracts and warned against any delay.",
        "Anna Berg said she did not believe the rules had failed the farmers, arguing that the "
        "prices were the bigger problem.",
    ],
)
def test_a_second_report_of_the_same_speaker_is_not_part_of_the_first(parse, text):
    first = one(quotes_of(parse, text), "she ")
    assert first.speaker == "Anna Berg"
    assert "warned" not in first.text and "arguing" not in first.text


def test_a_clause_of_several_quoted_pieces_is_one_mixed_quote(parse):
    text = 'Tom Hale said the plan was "dead on arrival" and "a waste of money".'
    found = quotes_of(parse, text)
    assert [(q.kind, q.rule) for q in found] == [("indirect", "indirect:mixed")]
    assert "plan" in found[0].text and "waste of money" in found[0].text


def test_a_bare_surname_means_the_person_the_article_names_most(parse):
    text = (
        "Senator Tom Hale spoke in Oslo. Tom Hale has led the committee since 2019. "
        "His wife, Mira Hale, sat in the front row. "
        "Hale said the committee would publish its report in the spring."
    )
    assert speaker_of(parse, text, "publish its report") == "Tom Hale"


def test_a_title_tagged_as_a_name_is_not_a_person(parse):
    from spacy.tokens import Span

    from parley.extract.quotes.mentions import mention_of
    from parley.extract.quotes.tree import ParseTree

    doc = parse("The General said the base would close in May.")
    doc.ents = [Span(doc, 1, 2, label="PERSON")]  # the small model's mistake, made on purpose
    m = mention_of(doc[1], ParseTree(doc))
    assert m is not None and m.kind == "description"


def test_a_passive_report_is_not_said_by_its_subject(parse):
    q = one(quotes_of(parse, "Tom Hale was accused of hiding the funds abroad."), "hiding")
    assert q.speaker is None and q.unattributed_reason
    text = "Tom Hale was told by the auditors that the funds were missing."
    assert speaker_of(parse, text, "funds") == "auditors"


@pytest.mark.parametrize(
    ("text", "containing", "speaker"),
    [
        # an absolute 'with' clause holds no finite verb: its participle is a passive, whatever
        # the tagger makes of it (here VBD), and its subject the one criticised
        (
            "Local papers attacked the club, with Tom Hale criticised for continuing the feud.",
            "feud",
            None,
        ),
        # near miss: an active participle in the same clause is its subject's report
        (
            "The vote went ahead, with Senator Dale Brandt saying the bill was flawed.",
            "bill",
            "Dale Brandt",
        ),
    ],
)
def test_the_subject_of_a_participle_after_with_speaks_only_in_the_active(
    parse, text, containing, speaker
):
    assert speaker_of(parse, text, containing) == speaker


def test_the_question_put_to_a_speaker_is_not_the_speakers_statement(parse):
    text = "Asked about the budget cuts in the north, Tom Hale said the ministry would wait."
    found = quotes_of(parse, text)
    assert one(found, "ministry would wait").speaker == "Tom Hale"
    assert all(q.speaker is None for q in found if "budget" in q.text)


@pytest.mark.parametrize(
    ("text", "question", "answer", "speaker"),
    [
        # the small model tags these clause-opening participles as past tense (VBD)
        (
            "Anna Berg has led the union since 2019. Asked what a deal might look like, she "
            'said: "We will know it when we see it."',
            "deal might",
            "know it",
            "Anna Berg",
        ),
        (
            "Tom Hale spoke to reporters in Oslo. Asked what might surprise voters about him, he "
            "said he still plays football every week.",
            "surprise voters",
            "football",
            "Tom Hale",
        ),
        (
            "Maria Lopez runs the clinic in Lima. Asked what the new rules would change, she "
            'said: "Almost nothing at all, to be honest."',
            "new rules",
            "Almost nothing",
            "Maria Lopez",
        ),
        # the same shapes tagged as participles (VBN) already were
        (
            "Anna Berg toured the port. When asked how the strike would end, she said it was up "
            "to the owners.",
            "strike would end",
            "owners",
            "Anna Berg",
        ),
        (
            "Tom Hale met farmers on Tuesday. Asked whether the tax would rise, he said the "
            "budget was not finished.",
            "tax would rise",
            "budget",
            "Tom Hale",
        ),
    ],
)
def test_a_question_put_to_a_speaker_has_no_speaker_however_tagged(
    parse, text, question, answer, speaker
):
    found = quotes_of(parse, text)
    assert one(found, question).speaker is None
    assert one(found, answer).speaker == speaker


@pytest.mark.parametrize(
    ("text", "asked_for", "answer", "speaker"),
    [
        (
            "Asked to comment, the ministry said it would review the report.",
            "to comment",
            "review the report",
            "ministry",
        ),
        (
            "Anna Berg was at the port on Monday. Asked to comment on the strike, she said the "
            "owners had to decide.",
            "to comment",
            "owners had to decide",
            "Anna Berg",
        ),
        (
            "Asked to comment further, the embassy said it had nothing to add.",
            "to comment",
            "nothing to add",
            "embassy",
        ),
        (
            "Asked to respond to the charges, the company said it had followed the rules.",
            "to respond",
            "followed the rules",
            "company",
        ),
    ],
)
def test_a_request_for_comment_put_to_a_speaker_is_no_quotation(
    parse, text, asked_for, answer, speaker
):
    """'Asked to comment, X said ...': the participle clause says that someone asked X for words;
    its infinitive reports nothing anyone said (fix13: was the quotation 'to comment', cue
    'Asked', no speaker)."""
    found = quotes_of(parse, text)
    assert not [q for q in found if asked_for in q.text]
    assert one(found, answer).speaker == speaker


@pytest.mark.parametrize(
    ("text", "asked_for", "speaker"),
    [
        # an infinitive with content of its own: PolNeAR's quotation with no speaker
        (
            "Asked to describe the device, officials said it was made from a pressure cooker.",
            "to describe the device",
            None,
        ),
        # a named asker: PolNeAR gives the request to the asker
        (
            "Asked by the host to respond, Maria Lopez said the plan was sound.",
            "to respond",
            "host",
        ),
    ],
)
def test_a_request_with_content_or_a_named_asker_stays_a_quotation(parse, text, asked_for, speaker):
    assert speaker_of(parse, text, asked_for) == speaker


def test_a_past_verb_after_its_name_keeps_the_name(parse):
    # a past form right after a name is the name's verb, not a participle opening a clause
    text = "Donald Trump called on Tuesday for the minister to resign over the contract."
    assert speaker_of(parse, text, "resign") == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The plan is dead," said Anna Berg, the union leader.\n\nWhat comes next is unclear, '
            "since Berg spoke only in general terms during the interview.\n\n"
            '"We have to start again from the beginning, and we have to do it together."',
            "Anna Berg",
        ),
        (
            '"We were never told about the cuts," Ivan Sokol said.\n\nSokol has led the miners\' '
            "union for twelve years and knows the owners well.\n\n"
            '"They will come back to the table when the winter comes, as they always do."',
            "Ivan Sokol",
        ),
        (
            'Maria Lopez told the council: "The budget is too small."\n\nLopez, who trained as a '
            "nurse, has run the clinic since 2015.\n\n"
            '"Every winter we run out of beds, and every winter we are told to wait."',
            "Maria Lopez",
        ),
        # near misses: the paragraph between names the speaker only as an object; two
        # paragraphs between
        (
            '"The plan is dead," said Anna Berg, the union leader.\n\nVoters aimed their anger '
            "at Berg after the vote on Friday.\n\n"
            '"We have to start again from the beginning, and we have to do it together."',
            None,
        ),
        (
            '"We were never told about the cuts," Ivan Sokol said.\n\nSokol has led the union '
            "for twelve years.\n\nThe mine closed in 1998 and reopened in 2004 under new owners."
            '\n\n"They will come back to the table when the winter comes, as they always do."',
            None,
        ),
    ],
)
def test_a_free_quotation_after_a_paragraph_about_its_speaker_is_theirs(parse, text, speaker):
    last = quotes_of(parse, text)[-1]
    assert last.text.startswith('"') and last.text.endswith('."')
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "The minister arrived in Brussels on Monday, then called for talks with the rebels.",
            "talks with the rebels",
            "minister",
        ),
        (
            "The envoy flew to Cairo on Sunday, then called for an end to the fighting.",
            "end to the fighting",
            "envoy",
        ),
        (
            "The senator met the farmers, later called for a new tax on imports.",
            "new tax",
            "senator",
        ),
    ],
)
def test_a_past_verb_after_an_adverb_of_sequence_keeps_its_subject(parse, text, said, speaker):
    # "..., then called for": the subject's second act, tagged past (VBD) and hung as an
    # adverbial clause; not a participle opening its clause ("When asked ..."), so not passive
    assert speaker_of(parse, text, said) == speaker


def test_a_name_given_to_a_thing_is_not_a_statement(parse):
    text = "Tom Hale founded a new group called the Coalition for Fair Votes in the spring."
    assert quotes_of(parse, text) == []


def test_an_unnamed_source_keeps_who_made_it_up_to_the_comma(parse):
    text = (
        "Farm incomes would fall under the plan, according to an analysis by Lily Berg, "
        "a former ministry economist."
    )
    # the document speaks for its issuer (mentions._document_issuer), the apposition stays out
    assert speaker_of(parse, text, "Farm incomes") == "Lily Berg"


def test_a_group_joined_by_and_is_one_speaker(parse):
    text = "Farmers and traders said the new tariffs would ruin the spring market."
    assert speaker_of(parse, text, "tariffs") == "Farmers and traders"


def test_according_to_between_two_clauses_gives_each_its_own_quote(parse):
    text = (
        "The top tenth of farms got half of the subsidies in 2020, according to the audit "
        "office, and the smallest farms got almost nothing."
    )
    found = quotes_of(parse, text)
    assert [q.text for q in found] == [
        "The top tenth of farms got half of the subsidies in 2020",
        "the smallest farms got almost nothing",
    ]
    assert {q.speaker for q in found} == {"audit office"}


@pytest.mark.parametrize(
    ("text", "contents", "speaker"),
    [
        # an adverbial phrase before the source and the clause after it: one span each, the
        # source phrase between them in neither
        (
            "Over the coming decade, according to the budget office, the deficit will rise by"
            " a third.",
            ["Over the coming decade", "the deficit will rise by a third"],
            "budget office",
        ),
        (
            "At the root of the dispute, according to two former aides, was a quarrel over the"
            " harbour contract.",
            ["At the root of the dispute", "was a quarrel over the harbour contract"],
            "two former aides",
        ),
        # a subject before the source stays with its verb: one clause
        (
            "Tax receipts from the harbour, according to the treasurer, have grown every month"
            " since March.",
            [
                "Tax receipts from the harbour, according to the treasurer, have grown every"
                " month since March"
            ],
            "treasurer",
        ),
    ],
)
def test_according_to_after_an_adverbial_phrase_splits_the_content_around_it(
    parse, text, contents, speaker
):
    found = quotes_of(parse, text)
    assert [q.text for q in found] == contents
    assert {q.speaker for q in found} == {speaker}


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the parser reads the clause's subject as an apposition to the source
        (
            "According to Rep. Tom Hale, congressional probing of the contract was at least"
            " partly responsible for the audit.",
            "congressional probing of the contract was at least partly responsible for the audit",
            "Tom Hale",
        ),
        # near miss: an apposition to the source, the clause with its own subject
        (
            "According to Sen. Ana Lopes, a member of the committee, the bill will pass.",
            "the bill will pass",
            "Ana Lopes",
        ),
    ],
)
def test_according_to_first_reports_the_clause_whose_subject_the_parse_hung_on_the_source(
    parse, text, content, speaker
):
    assert [(q.text, q.speaker) for q in quotes_of(parse, text)] == [(content, speaker)]


def test_they_can_be_the_group_the_previous_sentence_is_about(parse):
    text = (
        "Twelve coastal states sued the agency on Monday. "
        "They argue that the new rules exceed its authority under the law."
    )
    assert speaker_of(parse, text, "new rules") == "Twelve coastal states"


@pytest.mark.parametrize(
    "text",
    [
        'Tom Hale told "Meet the Voters" on Sunday that the budget would pass.',
        '"A Fair Deal for Farmers," Tom Hale said on Monday.',
    ],
)
def test_a_title_in_quotation_marks_is_not_speech(parse, text):
    assert not [q for q in quotes_of(parse, text) if q.kind == "direct"]


def test_the_same_span_from_two_rules_is_one_quote():
    """Two rules may reach the same clause (a cue verb and an 'according to' phrase); the quote
    id is made from the span, so a second copy would be a duplicate key in the quotes table."""
    from parley.extract.quotes.engine import one_per_span

    text = "the talks would resume"
    weak = Quote(kind="indirect", start=10, end=32, text=text, speaker="plan", confidence=0.4)
    strong = Quote(kind="indirect", start=10, end=32, text=text, speaker="Wang", confidence=0.6)
    other = Quote(kind="direct", start=40, end=50, text="x", speaker=None, confidence=0.9)
    assert one_per_span([weak, other, strong]) == [other, strong]
    assert one_per_span([strong, weak]) == [strong]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The plan was backed by Anna Berg, the head of research at Westfield Press, who said "
            "the book would be late.",
            "Anna Berg",
        ),
        (
            "The first call went to Karl Meyer, a cousin of the governor's closest aide, who said "
            "the roads were closed.",
            "Karl Meyer",
        ),
        (
            "The talks were led by Rosa Diaz, chair of the committee on trade, who told reporters "
            "that a deal was near.",
            "Rosa Diaz",
        ),
    ],
)
def test_who_after_an_apposition_is_the_person_not_the_last_noun(parse, text, speaker):
    (q,) = quotes_of(parse, text)
    assert q.kind == "indirect" and q.speaker == speaker


def test_which_after_a_prepositional_phrase_stays_with_its_noun(parse):
    text = "The warning came from the port authority of the city, which said the docks would close."
    (q,) = quotes_of(parse, text)
    assert q.speaker == "port authority of the city"


@pytest.mark.parametrize(
    "text",
    [
        '"Prices matter," Tom Kelly said. "Look at the harvest figures for the last ten years."',
        '"We won," said Anna Berg. "The count is done and the result will stand in every district."',
    ],
)
def test_a_short_quoted_sentence_gives_its_speaker_to_the_quotation_after_it(parse, text):
    found = quotes_of(parse, text)
    # two words that are an utterance of their own are a quotation of their own ...
    short, long = found
    assert len(short.text.split()) == 2 and short.kind == "direct"
    # ... and the quotation that continues them is theirs too
    assert long.kind == "direct" and long.speaker in ("Tom Kelly", "Anna Berg")
    assert short.speaker == long.speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # '"X," NP V'
        ('"Absolutely not," Foreign Minister Lena Holt said.', '"Absolutely not,"', "Lena Holt"),
        ('"Never," the defence minister replied.', '"Never,"', "defence minister"),
        (
            '"No," said Omar Haddad when asked about a second round of talks.',
            '"No,"',
            "Omar Haddad",
        ),
        # 'NP V: "X."'
        (
            'Asked whether his government would lift the embargo, Pavel Dorn said: "Never."',
            '"Never."',
            "Pavel Dorn",
        ),
        # 'NP V, "X."'
        (
            'Asked if she would attend the summit, Maria Lind replied, "Certainly."',
            '"Certainly."',
            "Maria Lind",
        ),
    ],
)
def test_a_one_or_two_word_utterance_a_cue_governs_is_a_quotation(parse, text, quoted, speaker):
    q = one(quotes_of(parse, text), quoted.strip('",.'))
    assert (q.text, q.kind, q.speaker) == (quoted, "direct", speaker)


@pytest.mark.parametrize(
    "text",
    [
        # a scare quote inside the reporter's sentence
        'The army sent so-called "Peacekeepers" into the valley, the governor said.',
        # a one-word title
        'The envoy told "Nightline," in an interview that the ceasefire would hold.',
        # a one-word title right after the cue
        'The president told "Nightline."',
        # a nickname
        'The colonel, known as "Hammer," said the garrison would stay.',
        '"Hammer," as the troops call the colonel, said the garrison would stay.',
        # a label the reporter names a group with
        'The "Quartet" met in Cairo on Monday, diplomats said.',
        # the opening words of a sentence the frame interrupts
        '"Hopefully," the envoy said, "the border will reopen before the harvest."',
        '"Frankly," Mr. Dorn said, "I expect the border to reopen before the harvest."',
        # a capitalised word the cue governs but that sits inside the sentence
        'The minister said "Yes" to the proposal and then left the meeting.',
    ],
)
def test_a_short_label_title_or_nickname_is_no_quotation(parse, text):
    found = quotes_of(parse, text)
    assert all(len(q.text.strip('",. ').split()) > 2 for q in found)


def test_a_short_scare_quote_gives_no_speaker_to_what_follows(parse):
    text = (
        # a scare quote with no reporting verb ('called the plan "a disgrace"' is the mayor's
        # words, a mixed quotation: test_news_shapes)
        'The mayor signed the "emergency" order and left. '
        '"Nobody will ever build a bridge like that here again."'
    )
    found = quotes_of(parse, text)
    assert all(q.speaker is None for q in found if "bridge" in q.text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The minister added new clauses to the draft in March, according to two officials.",
            "The minister added new clauses to the draft in March",
            "two officials",
        ),
        (
            "The firm posted its figures a week early, according to the regulator.",
            "The firm posted its figures a week early",
            "regulator",
        ),
    ],
)
def test_according_to_on_a_cue_verb_that_reports_nothing_reports_its_clause(
    parse, text, content, speaker
):
    (q,) = quotes_of(parse, text)
    assert (q.text, q.rule, q.speaker) == (content, "indirect:according-to", speaker)


def test_according_to_on_a_reporting_verb_leaves_the_verb_its_report(parse):
    text = "Tom Hale said the talks had failed, according to two people in the room."
    found = quotes_of(parse, text)
    assert not any(q.text.startswith("Tom Hale") for q in found)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a pronoun's quotation carries the role its person was last given
        (
            'Foreign Minister Anna Berg met the envoy on Monday. "We will not retreat," she said.',
            "Foreign Minister",
        ),
        # near miss: a person named without a role gives the pronoun none
        ('Anna Berg met the envoy on Monday. "We will not retreat," she said.', None),
    ],
)
def test_a_pronoun_speaker_carries_the_role_of_its_person(parse, text, role):
    q = one(quotes_of(parse, text), "retreat")
    assert (q.speaker, q.speaker_role) == ("Anna Berg", role)


@pytest.mark.parametrize(
    "dateline",
    ["OSLO, May 3 - ", "OSLO, May 3 (Parley test) - ", "OSLO - ", "TROMSO - ", "LONDON, May 3 - "],
)
def test_a_dateline_is_no_part_of_the_speakers_role(parse, dateline):
    text = dateline + "Norwegian Foreign Minister Anna Berg said the talks would resume next week."
    q = one(quotes_of(parse, text), "talks")
    assert (q.speaker, q.speaker_role) == ("Anna Berg", "Norwegian Foreign Minister")


@pytest.mark.parametrize("dateline", ["LONDON, May 3 - ", "OSLO, Nov 29 (Parley test) - "])
def test_a_pronoun_speaker_takes_no_dateline_words_from_its_persons_role(parse, dateline):
    # the role a pronoun carries comes from where its person was named: after the dateline
    text = (
        dateline + "British Foreign Secretary Anna Berg met the envoy on Monday.\n\n"
        '"We will not retreat," she said.'
    )
    q = one(quotes_of(parse, text), "retreat")
    assert (q.speaker, q.speaker_role) == ("Anna Berg", "British Foreign Secretary")


@pytest.mark.parametrize(
    ("text", "name", "reporters"),
    [
        # a White House reporter's turn: the mark "Q", alone or with the briefer it addresses
        ("MS. HALE: Hello.\n\nQ Karine, the governor said it would end today.", "Q Karine", True),
        ("MS. HALE: Hello.\n\nQ Thank you. Will it end today?", "Q", True),
        # a name that only starts with Q, and a "Q" inside a sentence, are no turn mark
        ("MS. HALE: Hello.\n\nQuentin Karine said it would end today.", "Quentin Karine", False),
        ("MS. HALE: Hello.\n\nThe agent, Q Karine, said it would end today.", "Q Karine", False),
    ],
)
def test_a_reporters_turn_mark_and_vocative_name_no_speaker(parse, text, name, reporters):
    """'Q Karine, the governor said ...': the parser reads the turn mark and the briefer the
    question addresses as a name; the engine never takes it for the speaker
    (engine._reporters_turn)."""
    from parley.extract.quotes.document import DocIndex
    from parley.extract.quotes.engine import _reporters_turn
    from parley.extract.quotes.marks import pair_quote_marks
    from parley.extract.quotes.mentions import SpeakerMention

    index = DocIndex.of(parse(text), pair_quote_marks(text).spans)
    start = text.index(name)
    m = SpeakerMention(name, start, start + len(name), "person", name)
    assert _reporters_turn(m, index) == reporters
