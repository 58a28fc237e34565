"""The word tables the act rules read (``data/statements/speech_acts.csv`` and
``expressed_feelings.csv``): every row carries its source, every class the code reads has rows,
and the tables agree with each other."""

from __future__ import annotations

import pytest

from parley.datafiles import rows
from parley.extract.statements.acts import class_words, expressed_feelings
from parley.extract.statements.lexicon import context_words

TYPES = {r["statement_type"] for r in rows("statements/statement_types.csv")}
READ_CLASSES = (
    "legitimacy",
    "blame",
    "circumstance",
    "measure_verb",
    "imposed_measure",
    "taking_verb",
    "body",
    "not_accept",
    "other_government",
    "force",
    "own_organisation",
    "ruling",
    "invalid",
    "peril",
    "intending",
    "not_tolerate",
    "pursuing",
    "waging",
    "deliberating",
    "wanting",
    "disapproving",
    "necessary",
    "mental",
    "regretted",
    "afraid",
    "weak_punitive",
    "expressing",
    "judged",
    "plans",
    "withheld",
    "refusal_verb",
    "issued_by",
    "word_acts",
    "territory",
    "result_verb",
    "held_place",
    "weak_harm",
    "ignoring",
    "honouring",
    "rejectable",
    "hoping",
    "hoped_form",
    "involved",
    "attacking",
    "refusing",
    "granting",
    "asked",
    "fault",
    "owning",
    "idiomatic",
    "protest_noun",
    "not_addressed",
    "weapon_use",
    "proceedings",
    "retribution",
    "munitions",
    "brink",
    "resolute",
    "asking_verb",
    "sided_party",
    "countering",
    "naming",
    "holding",
    "announcing",
    "allegation",
    "joint_party",
    "disposed",
    "offered",
    "neg_raising",
    "prospect",
    "agreeing_party",
    "consensus",
    "disclosing",
    "disclosed",
    "reply_cue",
    "equating",
    "response_head",
    "domestic_power",
    "state_office",
    "job_praise",
    "job_task",
)


def test_every_row_has_a_source():
    for name in ("statements/speech_acts.csv", "statements/expressed_feelings.csv"):
        missing = [r for r in rows(name) if not (r.get("source") or "").strip()]
        assert not missing, (name, missing[:3])


def test_every_class_the_rules_read_has_words():
    empty = [c for c in READ_CLASSES if not class_words(c)]
    assert not empty
    assert {"committee", "panel"} <= class_words("body")


def test_expressed_feelings_name_known_types():
    feelings = expressed_feelings()
    assert feelings["regret"] == "DISPUTE"
    assert feelings["gratitude"] == "SUPPORT"
    assert set(feelings.values()) <= TYPES


def test_regret_is_disapproval_in_both_tables():
    """STATEMENTS_GUIDE lists regret under DISPUTE: the word table must not also make "regret"
    an admission marker (only regret over harm done concedes, a rule of its own)."""
    words = {(r["term"], r["class"]) for r in rows("statements/speech_acts.csv")}
    assert ("regret", "neg_eval") in words
    assert not {("regret", "concede_word"), ("we regret", "concede_phrase")} & words
    assert expressed_feelings()["regret"] == "DISPUTE"


def test_moved_classes_keep_their_words():
    """The lists that were constants in the rule modules read the same words from the table."""
    assert class_words("issued_by") == {"by", "for", "from"}
    assert class_words("refusal_verb") == {"decline", "refuse"}
    assert {"tolerate", "hesitate"} <= class_words("not_tolerate")
    assert "visa" in class_words("withheld")
    assert "access" not in class_words("mental")
    assert {"démarche", "protest"} <= class_words("protest_noun")
    assert "against" in class_words("countering")


def test_context_words_have_sources_and_keep_phrases_whole():
    """The speaker and place word lists of ``context.py`` are data with a source per row; a term
    of several words ("yet another") is one member, not split or turned into a pattern."""
    missing = [r for r in rows("statements/context_words.csv") if not r["source"].strip()]
    assert not missing
    assert {"another", "yet another", "some others"} <= context_words("elliptic")
    assert "yet" not in context_words("elliptic")
    assert "embassy" in context_words("mission")
    assert {"accord", "talks"} <= context_words("event_noun")
    assert "country" in context_words("state_noun")


def test_context_words_refuse_an_unknown_class():
    with pytest.raises(KeyError):
        context_words("elliptics")
