"""A press release's own first person ("We urge ...", "I welcome ...") is its issuer's: the
byline, title or source beside the text names whose voice it is (DocContext.issuer_voice). Real
spaCy model, real actor tables; the texts are written for these tests."""

from __future__ import annotations

import pytest

from parley import ids
from parley.extract import annotate_doc, quotes, statements
from parley.extract.meta import ArticleMeta

RELEASE = (
    "The United States condemns the seizure of the tanker in the Gulf of Oman. We urge Iran to "
    "release the vessel and its crew immediately. We also welcome Oman's offer to mediate."
)


def voiced(nlp, text: str, meta: ArticleMeta | None) -> list[tuple[str | None, str | None, str]]:
    """(speaker name, speaker country, statement type) of each statement of ``text``."""
    doc = nlp(ids.normalize_text(text))
    found, _ = statements.statements_for(doc, quotes.extract_quotes(doc), "2021-08-01", meta)
    return [
        (
            s.speaker.name if s.speaker else None,
            s.speaker.country if s.speaker else None,
            s.statement_type,
        )
        for s in found
    ]


@pytest.mark.parametrize(
    ("meta", "speaker"),
    [
        # the byline: a named official, his role after the comma
        (ArticleMeta(author="Antony J. Blinken, Secretary of State"), "Antony Blinken"),
        # a byline's "By", and a suffix after a comma, are the name's, no role
        (ArticleMeta(author="By Antony J. Blinken"), "Antony Blinken"),
        (ArticleMeta(author="Joseph R. Biden, Jr."), "Joe Biden"),
        # no placed byline ("Office of the Spokesperson"): the title's issuer
        (
            ArticleMeta(
                title="Statement by Secretary Antony J. Blinken on the Seizure of a Tanker",
                author="Office of the Spokesperson",
            ),
            "Antony Blinken",
        ),
        # neither: the source, when it names an organ of a state
        (
            ArticleMeta(
                title="Seizure of a Tanker in the Gulf of Oman",
                source="U.S. Department of State (Office of the Spokesperson press releases)",
            ),
            "U.S. Department of State",
        ),
    ],
)
def test_a_releases_we_is_its_issuers(nlp, meta, speaker):
    found = voiced(nlp, RELEASE, meta)
    assert ("United States", "US", "DISPUTE") in found  # the named subject keeps its own
    assert (speaker, "US", "APPEAL") in found  # "We urge Iran to release ..."
    assert (speaker, "US", "SUPPORT") in found  # "We also welcome Oman's offer"


@pytest.mark.parametrize(
    "meta",
    [
        None,
        ArticleMeta(author="Jane Doe", source="Reuters"),  # a reporter and a news agency
        ArticleMeta(title="Tanker seized in the Gulf of Oman", source="English Wikinews"),
        ArticleMeta(source="UN News"),  # an international organisation speaks for no state
    ],
)
def test_without_a_states_voice_the_first_person_stays_unattributed(nlp, meta):
    speakers = {name for name, _, _ in voiced(nlp, RELEASE, meta)}
    assert speakers == {"United States"}


def test_a_first_person_inside_a_quotation_is_the_quoted_speakers(nlp):
    text = (
        'Iran\'s foreign ministry spokesman said on Monday: "We will not release the tanker." '
        "We urge Iran to reconsider."
    )
    doc = nlp(ids.normalize_text(text))
    meta = ArticleMeta(author="Ned Price, Department Spokesperson")
    ann = annotate_doc(doc, "d1", "2021-08-01", with_entities=False, meta=meta)
    by_text = {q.text: q for q in ann.quotes}
    inside = by_text['"We will not release the tanker."']
    assert inside.speaker != "Ned Price"
    (urge,) = [q for q in ann.quotes if q.text.startswith("Iran to reconsider")]
    # the quotes table names the voice too, and keeps the pronoun as written
    assert (urge.speaker, urge.speaker_mention, urge.unattributed_reason) == (
        "Ned Price",
        "We",
        None,
    )


def test_a_transcripts_first_persons_are_its_speakers_not_the_publishers(nlp):
    # a reporter's "I wanted to ask" and the briefer's own "I would say" inside his turn
    text = (
        "MR PRICE: Good afternoon. We urge Iran to release the tanker.\n\n"
        "QUESTION: Thank you. I wanted to ask whether the crew is safe.\n\n"
        "MR PRICE: We have been in touch with Oman.\n\n"
        "QUESTION: Will you say that Iran broke the law?\n\n"
        "MR PRICE: I would say that the seizure is unacceptable."
    )
    meta = ArticleMeta(
        source="U.S. Department of State (Office of the Spokesperson press releases)"
    )
    ann = annotate_doc(nlp(text), "t1", "2021-08-01", with_entities=False, meta=meta)
    first_persons = [q for q in ann.quotes if q.speaker_mention in ("I", "We")]
    assert len(first_persons) == 2
    assert all(q.speaker is None for q in first_persons)
    assert all(s.speaker is None or s.speaker.name == "Ned Price" for s in ann.statements)


_QUESTIONS = (
    "Press Briefing by Press Secretary Jen Psaki\n\n"
    "MS. PSAKI: Good afternoon, everyone. I have two things at the top.\n\n"
    "Q Thank you. {question}\n\n"
    "MS. PSAKI: We are watching the markets closely, and the President is focused on prices.\n\n"
    "Q And on the sanctions?\n\n"
    "MS. PSAKI: I don't have anything new on the sanctions today."
)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # what the side the question is put to has said: the briefer who answers
        ("And broadly, you guys have said that you're not following market swings.", "Jen Psaki"),
        # near misses: a question asked, and a bare "you" (mostly asked about, not reported)
        ("Are you guys saying that the markets will recover?", "you guys"),
        ("And you said last week that the sanctions would be lifted soon.", None),
    ],
)
def test_what_a_question_says_you_guys_said_is_the_briefers(nlp, question, speaker):
    """In a briefing's question, "you guys have said that ..." reports the side of the briefer
    it is put to: the quotation is the next labelled turn's speaker's."""
    text = _QUESTIONS.format(question=question)
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    _, ctx = statements.statements_for(doc, found, "2022-03-01")
    start, end = text.index("Q Thank"), text.index("MS. PSAKI: We")
    said = [q for q in ctx.quotes if start < q.start and q.end < end]
    assert said, "the question's report is a quotation"
    assert {q.speaker for q in said} == {speaker}


_BRIEFING = (
    "MR PRICE: Good afternoon, everyone. We urge Iran to release the tanker and its crew.\n\n"
    "QUESTION: Thank you. Is the crew safe?\n\n"
    "MR PRICE: {answer}\n\n"
    "QUESTION: And on the talks in Vienna?\n\n"
    "MR PRICE: The talks resume on Monday, and we expect Iran to negotiate in good faith."
)


@pytest.mark.parametrize(
    ("answer", "stated"),
    [
        # running the briefing: greetings, thanks, the floor given to a reporter
        ("Go ahead, Karen.", False),
        ("Thank you all very much.", False),
        ("Daphne, last question.", False),
        ("Your line is open.", False),
        ("Yeah, sorry. We'll follow up.", False),
        # judged sentence by sentence, names aside; what the briefer could not hear
        ("Okay. Let's go to the line of Laura Kelly, please.", False),
        ("Thank you for joining us. Appreciate it.", False),
        ("I'm sorry. I didn't hear.", False),
        ("I’m sorry. I didn’t hear.", False),  # typographic apostrophes
        # broken off: nothing said whole; the transcriber's note
        ("Matt, it's \u2014", False),
        ("I'm not going to \u2014", False),
        ("Thank you. (Applause.)", False),
        # the briefer's short question to the room
        ("Sorry, could you repeat that?", False),
        ("Okay. What was your other question?", False),
        # a short answer with words of its own is a statement
        ("Journalism is not a crime, Matt.", True),
        ("All options are on the table.", True),
        ("Oman has our thanks.", True),
        # a person spoken about is no one addressed; "open" and "follow" beyond the briefing's
        ("Putin is happy.", True),
        ("They will go ahead.", True),
        ("We are open to that.", True),
        ("Thanks, Jen. We're following it closely.", True),
        ("We will not go ahead.", True),
        ("They didn't hear us.", True),
        ("We appreciate Oman's help.", True),
        ("Thank you. Russia must end this war now.", True),
        ("We condemn the strikes on Kyiv and \u2014", True),
        ("Why is Russia shelling hospitals?", True),
        ("How does this war help anyone achieve any of these things?", True),
        # broken off, yet saying something; a dash that opens the next sentence
        ("Putin is lying \u2014", True),
        ("They are committing genocide \u2014", True),
        ("We have no comment \u2014", True),
        ("We condemn them. \u2014 That's all.", True),
        # a question that asks no one in the room, and the briefer's own answer to it
        ("Why is Putin lying?", True),
        ("Is that a violation of international law? It is.", True),
        # "get" declining, and the turn-taking words in another use
        ("I won't get into that.", True),
        ("We will leave.", True),
        ("We'll join them.", True),
        ("We will move forward.", True),
        ("Thank you. (Russia must withdraw.)", True),
    ],
)
def test_a_turn_that_only_runs_the_briefing_is_no_statement(nlp, answer, stated):
    """A transcript turn that only greets, thanks or gives the floor says nothing about anyone:
    its quotation stays, no statement is made of it; the turns around it are statements."""
    text = _BRIEFING.format(answer=answer)
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    made, _ = statements.statements_for(doc, found, "2021-08-01")
    start = text.index(answer)
    assert [q for q in found if q.start == start], "the turn is a quotation"
    assert any(s.start == start for s in made) == stated
    assert any("release the tanker" in s.text for s in made)
    assert any("talks resume" in s.text for s in made)


@pytest.mark.parametrize(
    ("text", "when", "speaker"),
    [
        # one person, one name: the quotes table names the speaker as the statements do
        (
            "MR. PRICE: We urge Iran to release the tanker and its crew today.\n\n"
            "QUESTION: Thank you.\n\nMR. PRICE: We are in touch with Oman about the crew.\n\n"
            "QUESTION: And Iraq?\n\nMR. PRICE: We have nothing to add on Iraq today.",
            "2021-08-01",
            "Ned Price",
        ),
        (
            '"We will never accept interference in our affairs," President Xi said in Beijing.',
            "2023-05-01",
            "Xi Jinping",
        ),
        # the accents the article writes stay
        (
            '"We will not allow a terror corridor on our border," Erdoğan said in Ankara.',
            "2023-05-01",
            "Recep Tayyip Erdoğan",
        ),
        # a title the statements resolve to someone stays what the text says
        (
            '"We will not allow it," the president said in Ankara.',
            "2023-05-01",
            "president",
        ),
    ],
)
def test_a_quotation_names_its_speaker_as_the_statements_do(nlp, text, when, speaker):
    ann = annotate_doc(nlp(text), "t1", when, with_entities=False)
    assert ann.quotes and ann.quotes[0].speaker == speaker


_CALL = (
    "MR PRICE: Good afternoon, everyone. We urge Iran to release the tanker and its crew.\n\n"
    "{label}: {turn}\n\n"
    "QUESTION: And on the talks in Vienna?\n\n"
    "MR PRICE: The talks resume on Monday, and we expect Iran to negotiate in good faith."
)


@pytest.mark.parametrize(
    ("label", "stated", "country"),
    [
        # the call's operator runs the call, however long the turn, and speaks for no state
        ("OPERATOR", False, None),
        # the moderator of a State Department call too, though he speaks for the Department
        ("MODERATOR", False, "US"),
        # near miss: the same words from the briefer are his own
        ("MR PRICE", True, "US"),
    ],
)
def test_a_turn_of_the_calls_operator_is_no_statement(nlp, label, stated, country):
    """ "OPERATOR: Ladies and gentlemen, if you wish to ask a question, please press 1 then 0
    on your telephone keypad" (US government call transcripts) says nothing about anyone: its
    quotation stays, no statement is made of it (before, "? → ?" rows in the digest)."""
    turn = (
        "Ladies and gentlemen, if you wish to ask a question, please press 1 then 0 on your "
        "telephone keypad, and the line of Mr. Szuba is open next."
    )
    text = _CALL.format(label=label, turn=turn)
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    made, ctx = statements.statements_for(doc, found, "2021-08-01")
    start = text.index(turn)
    (i,) = [i for i, q in enumerate(ctx.quotes) if q.start == start]  # the turn is a quotation
    assert any(s.start == start for s in made) == stated
    assert any("release the tanker" in s.text for s in made)
    # the operator's quotation speaks for no state; the moderator's and the briefer's for theirs
    speaker = ctx.speakers[i]
    assert (speaker.country if speaker else None) == country
