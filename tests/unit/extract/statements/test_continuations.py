"""An uncued continuation of a denial (the next sentence inside the same quotation run) is typed
on its own words, and carries the denial on only when it says, as a fact, that something did
not happen or is not so (``statements._carry_denial``, ``acts.negated_account``); a participle
of saying goes on with the stance, rejection or denial it hangs on (``statements._carry_stance``,
``statements._carry_rejection``). Sentences
written for these tests (invented people; none from a corpus)."""

from __future__ import annotations

import pytest

from parley.extract import quotes, statements


def types_of(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    stmts, _ = statements.statements_for(doc, quotes.extract_quotes(doc), "2025-03-01")
    return [(s.statement_type, s.rule) for s in stmts]


@pytest.mark.parametrize(
    "text",
    [
        '"The reports are baseless," said Ivo Marek, a spokesman for the defence ministry. '
        '"The border was not crossed that night."',
        '"This story is a fabrication," the army spokesman Tomas Brandt said. '
        '"No shells were fired at the village that night."',
        '"These claims are false," said Ilse Varga, the interior ministry spokeswoman. '
        '"Nothing was taken from the campus."',
        '"These claims are false," said Ilse Varga, the interior ministry spokeswoman. '
        '"At no point was the convoy hit."',
    ],
)
def test_a_negated_fact_after_a_denial_carries_the_denial(nlp, text):
    got = types_of(nlp, text)
    assert got[0][0] == "DENY"
    assert got[1] == ("DENY", "act:denial-continued")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the next sentence of a denial says something else
        '"The reports are baseless," said Ivo Marek, a spokesman for the defence ministry. '
        '"The talks with the mission will resume on Monday."',
        '"These claims are false," said Ilse Varga, the interior ministry spokeswoman. '
        '"We do not know who spread them."',
        '"These claims are false," said Ilse Varga, the interior ministry spokeswoman. '
        '"The inquiry will not end before March."',
        # an unnamed party's doing, or people's silence, is a complaint, not the denial
        '"The reports are baseless," said Ivo Marek, a spokesman for the defence ministry. '
        '"The talks did not produce a result."',
        '"These claims are false," said Ilse Varga, the interior ministry spokeswoman. '
        '"No one from the government has called us."',
        # a negated fact after a stance that is no denial stays untyped
        '"We welcome the new border plan," said Ilse Varga, the interior ministry spokeswoman. '
        '"The police never entered the campus."',
    ],
)
def test_other_sentences_after_a_stance_keep_their_own_type(nlp, text):
    got = types_of(nlp, text)
    assert len(got) == 2
    assert got[1][1] != "act:denial-continued"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ana Ruiz welcomed the envoy's visit to Lima, noting that it would"
            " open a new chapter for the two countries.",
            "SUPPORT",
        ),
        (
            "The prime minister praised the mediators, saying their patience had kept the talks"
            " alive.",
            "SUPPORT",
        ),
        # a naming participle carries its own act, not the stance it hangs on
        (
            "The minister condemned the treaty, calling it fully compatible with international"
            " law.",
            "CLAIM",
        ),
    ],
)
def test_a_participle_of_saying_goes_on_with_the_stance_it_hangs_on(nlp, text, expected):
    # the second statement of each text is the participle's
    assert types_of(nlp, text)[-1][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle goes on with the denial and is aimed at the remarks' author, not at
        # the party its own words name as their subject
        (
            "China's foreign ministry rejected the British foreign secretary's remarks, saying"
            " Taiwan was an internal affair of China.",
            ("DENY", "GB", "act:rejection-continued"),
        ),
        (
            "Iran's foreign ministry spokesman rejected the French proposal on Monday, saying it"
            " ignored the interests of the region.",
            ("REJECT", "FR", "act:rejection-continued"),
        ),
        # near miss: a participle after a plain report keeps its own words' type and target
        (
            "China's foreign ministry repeated its position on Monday, saying Taiwan was an"
            " internal affair of China.",
            ("STATEMENT", "TW", "default"),
        ),
    ],
)
def test_a_participle_of_saying_goes_on_with_the_rejection_it_hangs_on(nlp, text, expected):
    doc = nlp(text)
    stmts, _ = statements.statements_for(doc, quotes.extract_quotes(doc), "2025-03-01")
    last = stmts[-1]  # the participle's statement
    country = last.target.country if last.target is not None else None
    assert (last.statement_type, country, last.rule) == expected


def _targets_of(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    stmts, _ = statements.statements_for(doc, quotes.extract_quotes(doc), "2025-03-01")
    return [(s.rule, s.target.name if s.target is not None else None) for s in stmts]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the participle's words name no party: the stance's target goes on with it
        (
            "Prime Minister Ivo Marek congratulated Anna Berg on her election as speaker, saying "
            'it was "a very great achievement."',
            "Anna Berg",
        ),
        # near miss: a party its own words name is its target
        (
            "Prime Minister Ivo Marek praised Anna Berg, saying Tomas Brandt had been "
            '"a wonderful partner."',
            "Tomas Brandt",
        ),
    ],
)
def test_a_participle_of_saying_goes_on_with_the_stances_target(nlp, text, target):
    got = _targets_of(nlp, text)
    assert got[-1] == ("act:stance-continued", target), got
