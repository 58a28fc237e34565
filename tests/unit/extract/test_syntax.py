"""The shared parse helpers, on small invented sentences through the real spaCy model."""

from __future__ import annotations

import pytest

from parley.extract import syntax


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_cue_token_is_the_first_verb_of_the_cue_offsets_or_none(nlp):
    doc = nlp("The minister told reporters that talks would resume.")
    start = doc.text.index("told")
    assert syntax.cue_token(doc, start, start + 4).text == "told"
    assert syntax.cue_token(doc, None, None) is None


def test_subject_of_climbs_from_a_predicate_to_its_clause_subject(nlp):
    doc = nlp("Russia said the deployment is unacceptable.")
    subject, passive = syntax.subject_of(_token(doc, "unacceptable"))
    assert subject.text == "deployment" and not passive


def test_negation_on_the_word_or_its_determiner(nlp):
    doc = nlp("We have no problem with it, but the plan is not acceptable.")
    assert syntax.negated(_token(doc, "problem"))
    assert syntax.negated(_token(doc, "acceptable"))
    assert not syntax.negated(_token(doc, "plan"))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("There will be no attack on the city, he said.", "attack", True),
        ("We found no evidence of a plot.", "evidence", True),
        ("There will not be an attack on the city.", "attack", False),  # the verb's negation
        ("The attack will never come.", "attack", False),  # "never" is no determiner
        ("We found some evidence of a plot.", "evidence", False),
    ],
)
def test_denied_by_no_is_the_determiner_no_on_the_noun(nlp, text, word, expected):
    doc = nlp(text)
    tok = _token(doc, word)
    assert syntax.denied_by_no(tok) is expected
    assert syntax.denied_by_no(tok, list(tok.children)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("We would be far from happy if we were forced to do it.", "happy", True),
        ("The talks would be far from successful if they went on.", "successful", True),
        ("The war is far from over, the general said.", "over", True),
        ("She was happy to be far from home.", "happy", False),
        ("They came from far away and were happy.", "happy", False),
    ],
)
def test_far_from_negates_the_word_after_it(nlp, text, word, expected):
    doc = nlp(text)
    assert syntax.negated(_token(doc, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a capitalised "Not" inside a name in a lower-case sentence negates nothing
        (
            "The ministry has issued a Level 3 Do Not Travel warning to its citizens bound for"
            " the islands.",
            "warning",
            False,
        ),
        ("The ministry said it would not issue a travel warning to its citizens.", "issue", True),
        ("Iran Will Not Attend Talks In Vienna", "Attend", True),
    ],
)
def test_a_not_inside_a_name_negates_nothing(nlp, text, word, expected):
    doc = nlp(text)
    assert syntax.negated(_token(doc, word)) is expected


def test_the_two_passive_tests_agree_on_a_passive_report(nlp):
    doc = nlp("Knight is accused of misleading parliament, the committee said.")
    verb = _token(doc, "accused")
    assert syntax.is_passive(verb) and syntax.reported_passively(verb)
    said = _token(doc, "said")
    assert not syntax.is_passive(said) and not syntax.reported_passively(said)


def test_a_reporting_verb_lemma_counts_whatever_its_particle(nlp):
    doc = nlp("She pointed out that the vote was close.")
    assert syntax.is_cue_verb(_token(doc, "pointed"))
    assert not syntax.is_cue_verb(_token(doc, "vote"))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a clause written before its main clause: the main clause's subject after it
        ("Before his spokesperson dismissed the idea, Putin told a reporter.", "his", ["Putin"]),
        ("When her aide spoke, the minister was angry.", "aide", ["minister"]),
        # written after its main clause, or no adverbial clause at all: none
        ("Putin told a reporter before his spokesperson dismissed the idea.", "his", []),
        ("His spokesperson dismissed the idea on Monday.", "His", []),
    ],
)
def test_the_subjects_a_fronted_clause_refers_ahead_to(nlp, text, word, expected):
    """One reading for the speaker a fronted clause's possessive names (quotes.speakers) and
    that speaker's country (statements.context)."""
    found = syntax.fronted_clause_subjects(_token(nlp(text), word))
    assert [t.text for t in found] == expected
