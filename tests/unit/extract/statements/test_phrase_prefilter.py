"""The phrase rows a quotation's text is scanned with (:meth:`StatementRules.phrases_in`): every
row whose pattern matches somewhere in the text is kept, in the table's order."""

from __future__ import annotations

import pytest

from parley.extract.statements.rules import _anchor, rules


def _matching(text: str) -> list[str]:
    return [r.term for r in rules().phrases if r.pattern.search(text)]


@pytest.mark.parametrize(
    "text",
    [
        "We will not RULE OUT anything.",
        "That is out of the question, he said.",
        "There is No Way we accept this.",
        "Nothing at all of the kind here.",
        "",
    ],
)
def test_every_matching_row_is_kept_in_order(text: str) -> None:
    kept = rules().phrases_in(text)
    assert [r.term for r in kept if r.pattern.search(text)] == _matching(text)
    # kept rows stay in the table's order
    order = {id(r): k for k, r in enumerate(rules().phrases)}
    assert [order[id(r)] for r in kept] == sorted(order[id(r)] for r in kept)


def test_a_text_without_any_anchor_keeps_only_regex_rows() -> None:
    kept = rules().phrases_in("xyz")
    assert kept and all(r.match == "regex" for r in kept)


def test_a_character_ignorecase_folds_otherwise_keeps_every_row() -> None:
    # the long s "ſ" matches "s" under re.IGNORECASE but lower-cases to itself
    assert rules().phrases_in("it is out of the queſtion") == rules().phrases


def test_the_anchor_is_the_longest_word_of_letters() -> None:
    assert _anchor("out of the question") == "question"
    assert _anchor("can't comment") == "comment"
    assert _anchor("9/11") is None
