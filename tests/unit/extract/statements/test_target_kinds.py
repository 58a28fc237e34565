"""Kinds of target the annotation standard (STATEMENTS_GUIDE, "Target") fixes and the rules of
:mod:`parley.extract.statements.targets` follow: sentences written for these tests, each with a
near miss that must keep its state. Real spaCy model, real tables."""

from __future__ import annotations

import pytest

from parley import ids
from parley.extract import quotes, statements


def targets_of(nlp, text: str) -> dict[str, str | None]:
    """Each statement's words (its quotation's text) and its target's country."""
    doc = nlp(ids.normalize_text(text))
    found = quotes.extract_quotes(doc)
    stmts, _ = statements.statements_for(doc, found, "2025-02-28")
    return {
        found[s.quote_index].text: (s.target.country if s.target is not None else None)
        for s in stmts
    }


def only_target(nlp, text: str) -> str | None:
    got = targets_of(nlp, text)
    assert len(got) == 1, got
    return next(iter(got.values()))


# --- an agreement named by a place or body that is no state is no state's ----------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Canada hosted the ministers on Monday. The US president said he was no friend of "
            "the Kyoto climate protocol.",
            None,
        ),
        (
            "Canada hosted the ministers on Monday. The US president said he would quit the "
            "Geneva arms convention.",
            None,
        ),
        # near miss: an agreement named by a state is that state's
        (
            "Canada hosted the ministers on Monday. The US president said he was no friend of "
            "the Iranian nuclear agreement.",
            "IR",
        ),
        # near miss: an agreement named by the speaker's own state and a group is between them
        (
            "Talks in Afghanistan resumed on Monday. The US envoy said he was no friend of "
            "the U.S.-Taliban agreement.",
            "AF",
        ),
        # near miss: the words name another state besides the agreement
        (
            "Canada hosted the ministers on Monday. The US president said the Kyoto climate "
            "protocol was unfair to Mexico.",
            "MX",
        ),
    ],
)
def test_an_agreement_named_by_no_state_is_no_states(nlp, text, country):
    assert only_target(nlp, text) == country


# --- a region's people or a bloc named by no state are no state's ------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Canada and Mexico signed the trade pact on Monday. Asians would hardly buy the "
            "idea, the Brazilian minister said.",
            None,
        ),
        (
            "Canada and Mexico signed the trade pact on Monday. Great powers must now help the "
            "talks, the Brazilian minister said.",
            None,
        ),
        # a bloc word before a group of parties that are no states ("Western media")
        (
            "Canada and Mexico signed the trade pact on Monday. Western media had distorted the "
            "talks, the Brazilian minister said.",
            None,
        ),
        (
            "Canada and Mexico signed the trade pact on Monday. Western governments must now back "
            "the talks, the Brazilian minister said.",
            None,
        ),
        # near miss: the media of a state are that state's
        (
            "Canada and Mexico signed the trade pact on Monday. Mexican media had distorted the "
            "talks, the Brazilian minister said.",
            "MX",
        ),
        # near miss: no bloc word before the noun ("social media")
        (
            "Canada and Mexico signed the trade pact on Monday. Social media had distorted the "
            "talks, the Brazilian minister said.",
            "CA",
        ),
        # near miss: a people named by its state is that state's
        (
            "Canada and Mexico signed the trade pact on Monday. Mexicans would hardly buy the "
            "idea, the Brazilian minister said.",
            "MX",
        ),
        # near miss: "powers" with no bloc word before it ("emergency powers") is no bloc
        (
            "Canada and Mexico signed the trade pact on Monday. Emergency powers must now help "
            "the talks, the Brazilian minister said.",
            "CA",
        ),
    ],
)
def test_a_regions_people_or_a_bloc_is_no_states(nlp, text, country):
    assert only_target(nlp, text) == country


# --- the speaker's own capital named as a place is no party spoken of ---------------------------


def implied_of(nlp, text: str) -> tuple[str, str | None] | None:
    """The implied target (:func:`targets.implied_target`) of the text's only statement, as
    (mention text, country), or None."""
    from parley.extract.statements import targets

    doc = nlp(ids.normalize_text(text))
    found = quotes.extract_quotes(doc)
    stmts, ctx = statements.statements_for(doc, found, "2025-02-28")
    assert len(stmts) == 1, [s.text for s in stmts]
    q = found[stmts[0].quote_index]
    cue = statements.cue_token(doc, q.cue_start, q.cue_end)
    m = targets.implied_target(
        ctx, q, ctx.span(q.start, q.end), cue.sent, ctx.speakers[0], stmts[0].statement_type
    )
    return (m.span.text, m.actor.country) if m is not None else None


@pytest.mark.parametrize(
    ("text", "implied"),
    [
        (
            "Kenya's cabinet met on Monday. A Kenyan police spokesman said the situation in "
            "Nairobi had calmed by Sunday.",
            None,
        ),
        (
            "Nepal's government met on Monday. A Nepali aviation official said one of the "
            "plane's engines had caught fire after take-off from Kathmandu.",
            None,
        ),
        (
            "Nepal's government met on Monday. A Nepali aviation official said the airline's "
            "managers had been barred from entering Kathmandu airport.",
            None,
        ),
        # near miss: another state's capital as a place still implies that state
        (
            "Kenya's cabinet met on Monday. A Kenyan police spokesman said the situation in "
            "Kampala had calmed by Sunday.",
            ("Kampala", "UG"),
        ),
        # near miss: the own capital as an actor's possessor stands for its government
        (
            "Kenya's cabinet met on Monday. A Kenyan police spokesman said the decision would "
            "hurt Nairobi's standing.",
            ("Nairobi", "KE"),
        ),
    ],
)
def test_the_speakers_own_capital_as_a_place_is_no_party(nlp, text, implied):
    assert implied_of(nlp, text) == implied


def test_the_own_capital_as_a_place_leaves_the_statement_without_own_state(nlp):
    text = (
        "A Qatari plane landed safely on Monday. Nepal's government met on Monday. A Nepali "
        "aviation official said the airline's managers had been barred from entering Kathmandu "
        "airport."
    )
    assert only_target(nlp, text) != "NP"


@pytest.mark.parametrize(
    ("words", "aimed_at"),
    [
        ("one of the plane's engines had caught fire after take-off from Kathmandu", None),
        ("the crew had been barred from Kathmandu airport", None),
        # near miss: the capital as an actor stands for its government
        ("Kathmandu would answer the airline's account soon", ("Kathmandu", "NP")),
    ],
)
def test_the_own_capital_as_a_place_is_no_core_party(nlp, words, aimed_at):
    """A speaker whose state only the article gives (no demonym in his phrase) and who is no
    official voice of it (an analyst; an official is its side: ``targets.target_side``) is not
    the state's own side, so the rules may aim at his state's capital: never at it as a place."""
    from parley.extract.statements import targets

    text = (
        "Nepal's aviation authority opened an inquiry on Monday. Aviation analyst Ram Thapa "
        f"said {words}."
    )
    doc = nlp(ids.normalize_text(text))
    found = quotes.extract_quotes(doc)
    _, ctx = statements.statements_for(doc, found, "2025-02-28")
    assert len(found) == 1 and ctx.speakers[0].country == "NP"
    m = targets.core_actor(ctx, ctx.span(found[0].start, found[0].end), ctx.speakers[0])
    assert ((m.span.text, m.actor.country) if m is not None else None) == aimed_at


# --- a charge whose subject is an act of the speaker's own office is aimed at that state -------


@pytest.mark.parametrize(
    ("words", "country"),
    [
        (
            "This reckless decision by the president was a grave mistake. Iran will gain the most",
            "US",
        ),
        ("The president's reckless withdrawal was a grave mistake. Iran will gain the most", "US"),
        # near miss: the office of another state is that state's
        (
            "This reckless decision by the Turkish president was a grave mistake. Iran will gain "
            "the most",
            "TR",
        ),
        # near miss: the office only after the words' first sentence
        (
            "Iran will gain the most. This reckless decision by the president was a grave mistake",
            "IR",
        ),
    ],
)
def test_a_charge_against_an_act_of_the_own_office_is_aimed_at_the_own_state(nlp, words, country):
    text = f'Turkish troops crossed the border on Monday. "{words}," an American senator said.'
    assert only_target(nlp, text) == country


# --- an agreement named by its states is about the speaker's partner -----------------------------


@pytest.mark.parametrize(
    ("words", "speaker", "country"),
    [
        (
            "The Russian-American agreement, which the UN Security Council backed, was highly "
            "praised",
            "the Kremlin",
            "US",
        ),
        ("The Russian-American agreement was a good start", "the Kremlin", "US"),
        # near miss: an agreement named by one state only keeps the rules' party
        (
            "The Russian agreement, which the UN Security Council backed, was highly praised",
            "the American envoy",
            None,
        ),
        # near miss: an agreement named by a place that is no state is no state's
        (
            "The Paris climate agreement, which the UN Security Council backed, was highly praised",
            "the Kremlin",
            None,
        ),
    ],
)
def test_an_agreement_named_by_its_states_is_about_the_partner(nlp, words, speaker, country):
    text = f'Talks in Geneva ended on Monday. "{words}," {speaker} said.'
    assert only_target(nlp, text) == country


# --- a reply to another party's account or charge is aimed at its author -------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Asked to comment on Germany's preliminary findings in May, the Russian army said: "
            '"We do not target civilians."',
            "DE",
        ),
        (
            "A week after the Reuters investigation was published, the Saudi ministry said the "
            "strike had hit a military site.",
            "GB",
        ),
    ],
)
def test_a_reply_to_an_account_is_aimed_at_its_author(nlp, text, country):
    assert only_target(nlp, text) == country


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Asked to comment on Germany's preliminary findings in May, the Russian army said: "
            '"We do not target civilians."',
            "DE",
        ),
        # near miss: a state modifying the account is what it is about, not its author
        ("Asked about the Ukraine report, the Saudi ministry said the strike hit a depot.", None),
        # near miss: a remark of the speaker's own state explained is no remark answered
        (
            "Japanese officials later sought to play down Japanese Prime Minister Shinzo Abe's "
            "remark and said the two sides needed to talk urgently.",
            None,
        ),
    ],
)
def test_the_author_of_an_account_answered(nlp, text, author):
    from parley.extract.statements.targets import account_answered

    doc = nlp(ids.normalize_text(text))
    found = quotes.extract_quotes(doc)
    _, ctx = statements.statements_for(doc, found, "2025-02-28")
    assert len(found) == 1
    q = found[0]
    content = ctx.span(q.start, q.end)
    m = account_answered(ctx, q, content, content.sent, ctx.speakers[0])
    assert (m.actor.country if m is not None else None) == author


# --- the speaker's own forces or weapons acting on no party named are no state's ---------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("North Korea said the country had miniaturized nuclear warheads.", None),
        ("North Korea said it had tested a hydrogen bomb.", None),
        ("North Korea claimed to have tested a hydrogen bomb.", None),
        ("North Korean state media said Kim Jong Un had inspected a new ballistic missile.", None),
        ("Syrian state media said the Syrian army had entered two towns near the border.", None),
        ("Syrian state media said government forces had begun deploying near the border.", None),
        # near miss: the words name another state, the party the weapon reaches
        ("North Korea said the country had tested a missile that could reach Japan.", "JP"),
        # near miss: neither armed forces nor a weapon: the rules' implied party
        ("North Korea said the country had signed a trade deal.", "KR"),
        # near miss: "nuclear" names no weapon here
        ("North Korea said the country was ready for nuclear talks.", "KR"),
        # near miss: a third-person pronoun stands for another party
        ("Syrian state media said the army had arrested his supporters.", "TR"),
        # near miss: civil agents are no armed forces
        ("Syrian state media said government officials had begun talks near the border.", "TR"),
        # near miss: another state's weapons, reported by a third state
        ("A South Korean official said North Korea had tested a hydrogen bomb.", "KP"),
        # near miss: a threat is aimed at the party threatened
        ("The Syrian army will crush any aggressor, Syrian state media said.", "TR"),
        # near miss: the opposition's "the army" is its state's, not its own side
        ("A Syrian opposition leader said the army had entered two towns near the border.", "SY"),
    ],
)
def test_the_speakers_own_forces_acting_on_no_party_are_no_states(nlp, text, country):
    before = (
        "Turkey and Russia held talks in Sochi on Monday. "
        if "Syria" in text
        else "South Korea and Japan held talks in Seoul on Monday. "
    )
    assert only_target(nlp, before + text) == country


# --- a speech act recalled by a definite noun is aimed at whoever made it -----------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "On Monday, Spanish Prime Minister Pedro Sanchez called for talks on the drought. "
            "The Italian foreign minister said the call was welcome.",
            "ES",
        ),
        (
            "Iran tested a missile on Friday, claiming it could reach Europe. "
            "The German defence minister said the claim was exaggerated.",
            "IR",
        ),
        # near miss: an act of the speaker's own state recalled is no party answered
        (
            "On Monday, Italian Prime Minister Giorgia Meloni called for talks on the drought. "
            "The Italian foreign minister said the call was welcome.",
            None,
        ),
        # near miss: no earlier act of that name: nothing recalled
        (
            "Spanish Prime Minister Pedro Sanchez visited Rome on Monday. "
            "The Italian foreign minister said the call was welcome.",
            None,
        ),
    ],
)
def test_the_maker_of_a_speech_act_recalled(nlp, text, country):
    from parley.extract.statements.targets import account_recalled

    doc = nlp(ids.normalize_text(text))
    found = quotes.extract_quotes(doc)
    _, ctx = statements.statements_for(doc, found, "2025-02-28")
    q = next(q for q in found if "welcome" in q.text or "exaggerated" in q.text)
    i = found.index(q)
    content = ctx.span(q.start, q.end)
    m = account_recalled(ctx, q, content, content.sent, ctx.speakers[i])
    assert (m.actor.country if m is not None else None) == country


# --- an answer is aimed at the party its question is about --------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Syrian forces shelled Aleppo on Monday and Syria's army took two villages. Asked how "
            "Erdogan had responded, a spokeswoman for the German chancellor said there had been "
            "no detailed discussion.",
            "TR",
        ),
        (
            "Syria's army took two villages near Aleppo on Monday. Asked whether he would meet "
            'the Iranian president, the French president replied: "Absolutely."',
            "IR",
        ),
        # near miss: a question about the speaker's own state names no other party
        (
            "Asked whether Berlin would respond, a spokeswoman for the German chancellor said there "
            "was no decision yet.",
            None,
        ),
        # near miss: the asker is no party the answer is about
        (
            "Asked by the BBC how the talks went, the German chancellor said there was no "
            "decision yet.",
            None,
        ),
    ],
)
def test_an_answer_is_aimed_at_the_party_asked_about(nlp, text, country):
    assert only_target(nlp, text) == country


# --- "him" after an office named by its state stands for that state's office holder -------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Trump praised Russian President Vladimir Putin on Monday. He said he would deal with "
            'North Korea and was open to talking to its leader. "I would have no problem speaking '
            'to him," Trump said.',
            "KP",
        ),
        (
            "Trump praised Russian President Vladimir Putin on Monday. He said he would meet the "
            'North Korean leader. "I would have no problem speaking to him," Trump said.',
            "KP",
        ),
        # near miss: an office of the speaker's own state is no party of another state
        (
            "Trump praised Russian President Vladimir Putin on Monday. He said he would meet the "
            'American president. "I would have no problem speaking to him," Trump said.',
            None,
        ),
    ],
)
def test_a_pronoun_for_an_office_named_by_its_state(nlp, text, country):
    from parley.extract.statements.targets import pronoun_antecedent

    doc = nlp(ids.normalize_text(text))
    found = quotes.extract_quotes(doc)
    _, ctx = statements.statements_for(doc, found, "2025-02-28")
    i = next(k for k, q in enumerate(found) if "no problem" in q.text)
    q = found[i]
    content = ctx.span(q.start, q.end)
    m = pronoun_antecedent(ctx, q, content, ctx.speakers[i])
    assert (m.actor.country if m is not None else None) == country


# --- a state along whose border a thing lies is a place, no party (session 44) ------------------


@pytest.mark.parametrize(
    ("words", "aimed_at"),
    [
        ("Congress must fund a wall along the border with Mexico", None),
        # near miss: the state as the object of the act is the party
        ("Congress must put pressure on Mexico", ("Mexico", "MX")),
    ],
)
def test_a_state_along_a_border_is_no_core_party(nlp, words, aimed_at):
    from parley.extract.statements import targets

    text = f"President Ann Lee of the United States said {words}."
    doc = nlp(ids.normalize_text(text))
    found = quotes.extract_quotes(doc)
    _, ctx = statements.statements_for(doc, found, "2025-02-28")
    m = targets.core_actor(ctx, ctx.span(found[0].start, found[0].end), ctx.speakers[0])
    got = (m.span.text, m.actor.country) if m is not None and m.actor.country != "US" else None
    assert got == aimed_at


# --- the words a "saying" clause gives for an act are aimed at the party it was done to --------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the object of the act the participle explains (bbc-politics: "backed UKIP, saying ...")
        # (another state named before it, which the fallback would take)
        (
            "After talks with Italy, the German chancellor thanked France, saying the aid had "
            "saved many lives.",
            "FR",
        ),
        (
            "Spain hosted the summit. The Dutch prime minister congratulated Norway, saying the "
            "deal was a fine result.",
            "NO",
        ),
        # near misses: the words name a party of their own; the act has no object naming a
        # party; the object is the media, no party
        ("Kyiv thanked Washington, saying Russian forces had shelled a hospital.", "RU"),
        ("The Dutch prime minister left the talks, saying they had achieved very little.", None),
        ("The Dutch prime minister attacked the press, saying the coverage was unfair.", None),
    ],
)
def test_a_saying_clause_is_aimed_at_the_object_of_the_act_it_explains(nlp, text, country):
    assert only_target(nlp, text) == country


# --- a demonym of family origin names no state ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # people of a state's own population, named by where their families come from
        (
            "The minister said those of Pakistani and Bangladeshi origin faced the highest "
            "unemployment.",
            None,
        ),
        ("The council said British Muslims of Somali descent had been targeted.", None),
        # near misses: a demonym of a state's forces is that state; things of an origin are
        # that state's
        ("Pakistan said Indian troops had crossed the line of control.", "IN"),
        ("The Ukrainian air force said the drones that hit Kyiv were of Iranian origin.", "IR"),
    ],
)
def test_a_demonym_of_family_origin_names_no_state(nlp, text, country):
    assert only_target(nlp, text) == country


# --- an appeal's own party outranks the one the message is said to ---------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the subject of the appeal's modal is the party asked (STATEMENTS_GUIDE: for appeals, the
        # party appealed to), not the party the cue or the act it goes on with addresses
        ("Britain reassured Ukraine on Monday, saying Russia must withdraw its troops.", "RU"),
        ("The French foreign minister told Iran that Israel should stop the strikes.", "IL"),
        # near misses: the modal's subject is no party, or the speaker's own side: the one told
        ("The French foreign minister told Iran that the talks should go on.", "IR"),
        ("The French foreign minister told Iran that France must be patient.", "IR"),
        # what a party must have or get is asked of the one told
        ("Blinken told Lavrov that Ukraine must have the right to join NATO.", "RU"),
    ],
)
def test_an_appeal_is_aimed_at_the_party_its_words_ask(nlp, text, country):
    assert only_target(nlp, text) == country


# --- an intergovernmental body named after a city is no state's --------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "Paris" owns no "Club": the creditors' body is no French one
        (
            "Kenya's finance minister said Kenya was still considering the offer by the Paris Club.",
            None,
        ),
        # near miss: a state's own body keeps its owner ("Pakistan's Foreign Office")
        ("The Kenyan finance minister said Pakistan's Foreign Office had misled the talks.", "PK"),
    ],
)
def test_an_intergovernmental_body_named_after_a_city_is_no_states(nlp, text, country):
    assert only_target(nlp, text) == country
