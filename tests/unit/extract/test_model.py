"""The spaCy pipeline as :mod:`parley.extract.model` loads it: its attribute ruler's patterns are
matched through an index (:class:`parley.extract.model.IndexedRulerMatch`) that must find exactly
what spaCy's own ``AttributeRuler.match`` finds, so every token gets the same POS, MORPH, LEMMA."""

from __future__ import annotations

import pytest

from parley.extract import model

# sentences of news shape that reach the ruler's exceptions: auxiliaries and negation, 'that' /
# 'whether' as subordinators, 'there is', object pronouns, contractions, determiners standing as
# pronouns, colloquial forms in quotations, and whitespace tokens between paragraphs
SENTENCES = [
    'Lavrov said that Moscow "ain\'t gonna" back down, and that it did not fear sanctions.',
    "There is no deal yet, but there're talks, a spokesman said on Monday.",
    "\"Let's be clear: y'all can't tell me what to do,\" the senator told them.",
    '"We got nothin\' from it," he said.\n\nWhether the talks resume is unclear.',
    "That was the plan. Those who did vote have to wait; she does not have it, I'm told.",
    "Officials haven't said if they'd agreed, though they gotta decide, c'mon.",
    "The minister, who's been in office since 2019, said he'd resign  if the bill failed.",
    # the typeset apostrophe: the ruler's copies of its exceptions
    "\u201cWe\u2019ve said it\u2019s done, and we won\u2019t wait,\u201d she said. \u201cI\u2019m sure "
    "they\u2019ll agree, y\u2019all.\u201d",
]


def _without_ruler(nlp, text: str):
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return nlp(text)


def test_the_pipeline_matches_its_attribute_ruler_through_the_index(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler").match, model.IndexedRulerMatch)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_index_finds_what_spacys_attribute_ruler_finds(nlp, text):
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler")
    doc = _without_ruler(nlp, text)
    expected = AttributeRuler.match(ruler, doc)
    assert expected  # the tag map matches every token
    assert model.IndexedRulerMatch(ruler)(doc) == expected


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_get_the_attributes_spacys_attribute_ruler_gives(nlp, text):
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler")
    indexed = ruler.match

    def attributes() -> list[tuple]:
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in nlp(text)]

    ruler.match = lambda doc: AttributeRuler.match(ruler, doc)
    try:
        expected = attributes()
    finally:
        ruler.match = indexed
    assert attributes() == expected


# --- a plural the tagger read as a name has the singular of the common noun ---------------------


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("Ministers", "minister"),  # the tagger's PROPN at a paragraph's start keeps its form
        ("ambassadors", "ambassador"),
        ("Bosses", "boss"),  # not 'bosse': '-es' after a sibilant
        ("Secretaries", "secretary"),  # '-ies'
        ("Spokesmen", "spokesman"),  # irregular
        # near misses: a singular stays as it is
        ("minister", "minister"),
        ("Envoy", "envoy"),
    ],
)
def test_a_noun_lemma_is_the_common_nouns_singular(nlp, word, singular):
    assert model.noun_lemma(nlp.vocab, word) == singular


def test_a_vocabulary_of_no_pipeline_gives_the_word_as_written(nlp):
    import spacy

    assert model.noun_lemma(spacy.blank("en").vocab, "Ministers") == "ministers"


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Secretary of State Antony Blin\u200bken said the talks would resume.", "\u200b"),
        ("Secretary of State Ant\u00adony Blinken said the talks would resume.", "\u00ad"),
        ("\u202bSergei Lavrov\u202c said Russia would respond to the sanctions.", "\u202b\u202c"),
        # a run of several in one word
        (
            "Secretary of State Antony Blin\u200b\u2060\u00adken said the talks would resume.",
            "\u200b\u2060\u00ad",
        ),
    ],
)
def test_an_invisible_character_does_not_change_the_parse(nlp, text, hidden):
    """The model reads a word with an invisible format character as the word it shows
    (:func:`parley.extract.model.visible_words`): the same tags, parse and entities as the
    text without it ("Blin\u200bken" gave the entity "State Antony Blin\u200bken"), while the
    text and every offset stay as written."""
    doc = nlp(text)
    shown = nlp(text.translate({ord(c): None for c in hidden}))
    assert doc.text == text
    assert [t.tag_ for t in doc] == [t.tag_ for t in shown]
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in shown]
    ents = [(e.label_, e.start, e.end) for e in doc.ents]
    assert ents == [(e.label_, e.start, e.end) for e in shown.ents]
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


# --- entities the actor tables name otherwise than the model cut them (model.table_names) --------


def _ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_the_pipeline_runs_the_table_names_component_after_the_recogniser(nlp):
    names = nlp.pipe_names
    assert names.index(model.TABLE_NAMES) == names.index("ner") + 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the model tags only "Democrats", which the tables read as the US party
        ("The Liberal Democrats welcomed the move in Britain.", ("Liberal Democrats", "NORP")),
        # the state named by one of its people or subdivisions
        (
            "The Liberal Democrats said Tony Blair had misled Parliament over Iraq.",
            ("Liberal Democrats", "NORP"),
        ),
        ("The Liberal Democrats said Scotland must decide.", ("Liberal Democrats", "NORP")),
        (
            "But Liberal Democrat spokesman Mark Oaten said the UK must act.",
            ("Liberal Democrat", "NORP"),
        ),
        ("The Free Democrats joined the coalition in Berlin.", ("Free Democrats", "NORP")),
    ],
)
def test_a_party_name_cut_short_grows_to_the_tables_name(nlp, text, name):
    assert name in _ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one PERSON for the party, the title and the name
        (
            'Lib Dem MP Lembit Opik said the plan for Britain was "a disgrace".',
            [("Lib Dem", "NORP"), ("MP Lembit Opik", "PERSON"), ("Britain", "GPE")],
        ),
        # the party run into the name splits off in any text (no other party reads so)
        (
            'Lib Dem MP Lembit Opik said the plan was "a disgrace".',
            [("Lib Dem", "NORP"), ("MP Lembit Opik", "PERSON")],
        ),
        # a word before the party leaves both entities
        (
            "Fellow Lib Dem Norman Baker said the UK plan was a scandal.",
            [("Lib Dem", "NORP"), ("Norman Baker", "PERSON"), ("UK", "GPE")],
        ),
        # a party's one-word name that is a word, not an acronym
        (
            "Tory David Heathcoat-Amory said the UK plan was wrong.",
            [("Tory", "NORP"), ("David Heathcoat-Amory", "PERSON"), ("UK", "GPE")],
        ),
        # the party alone, tagged a person
        (
            "Lib Dems leader Charles Kennedy said so in London.",
            [("Lib Dems", "NORP"), ("Charles Kennedy", "PERSON"), ("London", "GPE")],
        ),
    ],
)
def test_a_party_run_into_a_persons_name_is_split_off(nlp, text, expected):
    assert _ents(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Senate" is an entity of its own, not part of a party's name: both stay as they are
        ("Senate Democrats blocked the bill.", [("Senate", "ORG"), ("Democrats", "NORP")]),
        # no table name in the words before the entity ("The" is no word of a name)
        ("The Democrats said so.", [("Democrats", "NORP")]),
        # a person's name that is no table party or body stays whole
        ("Labour MP Diane Abbott said so.", [("Diane Abbott", "PERSON")]),
        # a first name a table holds in one word ("Tory", "Eu") is still the person's
        ("Tory Burch said China was a key market.", [("Tory Burch", "PERSON"), ("China", "GPE")]),
        # a party's name in a text that names no entity of its state does not grow
        (
            "Senator Joe Manchin said Liberal Democrats were wrong.",
            [("Joe Manchin", "PERSON"), ("Democrats", "NORP")],
        ),
    ],
)
def test_entities_no_table_names_otherwise_stay_as_the_model_cut_them(nlp, text, expected):
    assert _ents(nlp, text) == expected


# --- a typeset apostrophe reads as the typewriter one (model.typographic_apostrophes) ----------


@pytest.mark.parametrize(
    "text",
    [
        "“We’ve restricted Russia’s ability to seek funding,” the minister said.",
        "“It’s done, and we’re not going back,” she said. “I’m sure they’ll agree.”",
        "He’d gone before the minister said he’d resign if the bill failed.",
        "“We don’t know yet. Let’s wait,” the spokesman told reporters.",
    ],
)
def test_a_typeset_apostrophe_reads_as_the_typewriter_one(nlp, text):
    """The model's training text writes "'ve", "'s", "O'Malley"; typeset news writes "’": the
    same tags, parse, entities and lemmas ("’ve" → "have", "’s" before a participle a present
    "be", not a past), with the text and every offset as written."""
    doc = nlp(text)
    plain = nlp(text.replace("\u2019", "'"))
    assert doc.text == text
    assert [t.tag_ for t in doc] == [t.tag_ for t in plain]
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in plain]
    assert [(e.label_, e.start, e.end) for e in doc.ents] == [
        (e.label_, e.start, e.end) for e in plain.ents
    ]
    assert [t.lemma_.replace("\u2019", "'") for t in doc] == [t.lemma_ for t in plain]
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_a_lone_typeset_quotation_mark_keeps_its_own_features(nlp):
    # near miss: no letter beside it, a closing single quotation mark, not an apostrophe
    doc = nlp("He called the report ‘fake news’ on Monday.")
    mark = next(t for t in doc if t.text == "\u2019")
    assert mark.shape_ == "\u2019" and mark.is_punct


def test_typeset_ruler_patterns_rewrite_only_what_holds_an_apostrophe():
    patterns = [
        {
            "patterns": [[{"TAG": "VBP", "LOWER": {"IN": ["have", "'ve"]}}]],
            "attrs": {"LEMMA": "have"},
            "index": 0,
        },
        {"patterns": [[{"LOWER": "'ll"}]], "attrs": {"LEMMA": "will"}, "index": 0},
        {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "not"}, "index": 0},
        {"patterns": [[{"TAG": "NN", "LOWER": "someone"}]], "attrs": {"POS": "PRON"}, "index": 0},
        # already lists the typeset form: nothing to add
        {
            "patterns": [[{"LOWER": {"IN": ["n't", "n\u2019t"]}}]],
            "attrs": {"LEMMA": "not"},
            "index": 0,
        },
    ]
    assert model.typeset_ruler_patterns(patterns) == [
        {
            "patterns": [[{"TAG": "VBP", "LOWER": {"IN": ["\u2019ve"]}}]],
            "attrs": {"LEMMA": "have"},
            "index": 0,
        },
        {"patterns": [[{"LOWER": "\u2019ll"}]], "attrs": {"LEMMA": "will"}, "index": 0},
        {
            "patterns": [[{"LOWER": {"REGEX": "^n\u2019?t$"}}]],
            "attrs": {"LEMMA": "not"},
            "index": 0,
        },
    ]
    assert patterns[0]["patterns"][0][0]["LOWER"]["IN"] == ["have", "'ve"]  # input unchanged


@pytest.mark.parametrize("word", ["Sana\u2019a", "O\u2019Malley", "Qur\u2019an"])
def test_a_name_with_the_apostrophe_inside_keeps_its_own_features(nlp, word):
    # near miss: only the clitics ("’s", "’ve", "n’t") read as their typewriter forms; the model
    # reads a transliterated name no better in the plain spelling
    doc = nlp(f"Officials in {word} said the talks would resume.")
    tok = next(t for t in doc if t.text == word)
    assert "\u2019" in tok.shape_


# --- a paragraph that opens with a title keeps it with the name (stop 60) -----------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Readout of the Meeting with the Prime Minister of Norway\n\nPresident Joe Biden met "
            "today with the Prime Minister of Norway at the White House.",
            "President",
        ),
        ("Talks on the Arctic\n\nSecretary Anna Berg spoke today with Ivan Sokol.", "Secretary"),
    ],
)
def test_a_title_opening_a_paragraph_stays_in_the_sentence_of_the_name(nlp, text, title):
    """After a headline line the parser read the title as a sentence of its own ('President' |
    'Joe Biden met ...'), so the name lost its title and 'The President' later named no one."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == title and t.idx > text.index("\n"))
    assert tok.is_sent_start
    assert tok.sent.end > tok.i + 1  # the name is in the title's sentence
    assert not doc[tok.i + 1].is_sent_start


def test_a_paragraph_still_starts_a_sentence_after_its_first_word_when_no_title_opens_it(nlp):
    # near miss: a paragraph of one word ('Yes.'), then the next sentence
    doc = nlp("Did the talks fail?\n\nYes. Ministers left early.")
    assert [s.text.strip() for s in doc.sents][-2:] == ["Yes.", "Ministers left early."]
