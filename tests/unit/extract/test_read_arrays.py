"""Readings made from arrays or lists read once per document give what the Token-by-Token
readings give: sentence look-back (:meth:`DocContext.sentences_back`), negation
(:func:`parley.extract.syntax.negated`), the indirect-speech candidates of words that are no
verb (:func:`parley.extract.quotes.indirect.indirect_candidates`)."""

from __future__ import annotations

from parley.extract.quotes.document import DocIndex
from parley.extract.quotes.indirect import indirect_candidates
from parley.extract.statements.context import DocContext, sentences_back
from parley.extract.syntax import negated

TEXT = (
    "The minister spoke on Monday. She said the talks had failed. According to officials, "
    "no deal is near. Far from happy, the envoy never replied. Talks resume today."
)


def test_sentences_back_matches_the_token_walk(nlp) -> None:
    doc = nlp(TEXT)
    ctx = DocContext(doc, [])
    starts = [s.start for s in doc.sents]
    assert len(starts) >= 4
    for start in starts:
        for n in range(5):
            # the module's token walk (``Token.sent`` back n times) is the reference
            assert ctx.sentences_back(start, n) == sentences_back(doc, start, n)
    assert ctx.sentences_back(starts[2], 1) == starts[1]
    assert ctx.sentences_back(starts[2], 9) == 0


def test_negation_is_read_from_the_children(nlp) -> None:
    doc = nlp("The envoy never replied. No deal is near. The envoy replied.")
    replied = [t for t in doc if t.lower_ == "replied"]
    assert negated(replied[0]) and not negated(replied[1])
    assert negated(next(t for t in doc if t.lower_ == "deal"))


def test_according_to_and_reporting_verbs_open_candidates(nlp) -> None:
    doc = nlp(TEXT)
    rules = {c.rule for c in indirect_candidates(DocIndex.of(doc, []))}
    assert "indirect:according-to" in rules
    assert "indirect:clause" in rules


def test_word_forms_and_body_names_match_the_tokens(nlp) -> None:
    doc = nlp("The Syrian Observatory for Human Rights said Turkish officials were wrong.")
    ctx = DocContext(doc, [])
    lower, lemma, pos = ctx.word_forms()
    assert [doc.vocab.strings[k] for k in lower] == [t.lower_ for t in doc]
    assert [doc.vocab.strings[k] for k in lemma] == [t.lemma_ for t in doc]
    assert pos == [t.pos for t in doc]
    assert [ctx.lemma_lower(t.i) for t in doc] == [t.lemma_.lower() for t in doc]
    assert [ctx.pos_of(t.i) for t in doc] == [t.pos for t in doc]
    bodies = ctx._body_names()
    assert [b[0].text for b in bodies] == [
        e.text for e in doc.ents if e.label_ in ("ORG", "FAC", "NORP", "GPE")
    ]
    for _ent, text, folded in bodies:
        assert not text.lower().startswith("the ") and folded == text.casefold()


def test_fewer_words_than_counts_as_count_words() -> None:
    from parley.extract.quotes.document import count_words, fewer_words_than

    text = "He said: the talks, in Doha, failed -- 3 times."
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 4):
            for n in range(0, 6):
                assert fewer_words_than(text, n, start, end) == (count_words(text[start:end]) < n)
    assert fewer_words_than(text, 12) and not fewer_words_than(text, 3)


def test_clause_verb_climbs_from_objects_and_auxiliaries(nlp) -> None:
    from parley.extract.syntax import clause_verb

    doc = nlp("The minister will sign the deal.")
    words = {t.lower_: t for t in doc}
    assert clause_verb(words["deal"]).lower_ == "sign"  # an object climbs to its verb
    assert clause_verb(words["will"]).lower_ == "sign"  # an auxiliary to the verb it serves
    assert clause_verb(words["sign"]).lower_ == "sign"


def test_words_with_a_lemma_and_part_of_speech(nlp) -> None:
    from spacy.symbols import NOUN, PROPN, VERB

    doc = nlp("The Government said the governments visited Paris. He visits Rome on a visit.")
    ctx = DocContext(doc, [])
    for lemmas, parts, names in (
        (("government",), (NOUN, PROPN), ("NOUN", "PROPN")),
        (("visit",), (VERB, NOUN, PROPN), ("VERB", "NOUN", "PROPN")),
    ):
        assert ctx._words_with(lemmas, parts) == [
            t.i for t in doc if t.lemma_.casefold() in lemmas and t.pos_ in names
        ]
    assert ctx._words_with(("visit",), (VERB,))  # "visited", "visits"
