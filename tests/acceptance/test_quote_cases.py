"""The quotation cases of ``../shared/cases`` (issue 11): small inputs in the shape of public problem
reports from people who extract quotations, each with the result a correct system returns (see the
cases' README). They are read from the shared folder at run time, never copied here; the general
rule behind each one is tested on invented inputs of the same kind in
``tests/unit/extract/quotes/test_news_shapes.py``."""

from __future__ import annotations

import json

import pytest

from parley.extract.quotes import ACT_RULE, Quote
from tests.unit.extract.quotes.checked import quotes_of


@pytest.fixture(scope="module")
def cases(shared_dir) -> dict[str, str]:
    """doc_id → text of every quotation case (the ``.jsonl`` files and case 07's ``.json``)."""
    out: dict[str, str] = {}
    for path in sorted((shared_dir / "cases").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out[rec["doc_id"]] = rec["text"]
    rec = json.loads((shared_dir / "cases" / "07-capital-metonymy.json").read_text("utf-8"))
    out["07"] = rec["text"]
    return out


def run(nlp, cases, doc_id: str) -> list[Quote]:
    """The quotations of a case: speech acts that report no content ('the ministry gave no
    further details', rule ``indirect:act``) are rows a statement points to, not quotations."""
    return [q for q in quotes_of(nlp, cases[doc_id]) if q.rule != ACT_RULE]


def speakers(found: list[Quote]) -> list[str | None]:
    return [q.speaker for q in found]


@pytest.mark.parametrize(
    ("doc_id", "speaker"), [("10a", "Hamas"), ("10b", "Seoul"), ("10c", "Kremlin")]
)
def test_10_a_headline_line_is_never_the_speaker(nlp, cases, doc_id, speaker):
    found = run(nlp, cases, doc_id)
    assert found and all(q.speaker == speaker for q in found), [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("01a", "António Guterres", "Secretary-General"),
        ("01b", "Marco Rubio", "Secretary of State"),
        ("01c", "António Guterres", "U.N. Secretary-General"),
        ("01d", "Lena Vossberg", "Commissioner"),
    ],
)
def test_01_a_dash_line_names_the_speaker_and_the_title_is_the_role(
    nlp, cases, doc_id, speaker, role
):
    found = run(nlp, cases, doc_id)
    assert [(q.kind, q.speaker, q.speaker_role) for q in found] == [("direct", speaker, role)]


@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("02a", "Penny Wong", "Australian Foreign Minister"),
        ("02b", "Mark Rutte", "NATO Secretary General"),
        ("02c", "Penny Wong", "Australian Foreign Minister"),
    ],
)
def test_02_a_lead_in_paragraph_ending_in_a_colon_names_the_speaker(
    nlp, cases, doc_id, speaker, role
):
    found = [q for q in run(nlp, cases, doc_id) if q.kind == "direct"]
    assert [(q.speaker, q.speaker_role) for q in found] == [(speaker, role)]


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("04a", ["Andrii Sybiha", "Andrii Sybiha"]),
        ("04b", ["Olena Marchuk"]),
        ("04c", ["European diplomats"]),
        ("04d", ["one European diplomat"]),
    ],
)
def test_04_the_frame_quote_then_np_v_attributes_with_any_verb(nlp, cases, doc_id, expected):
    found = run(nlp, cases, doc_id)
    assert [q.kind for q in found] == ["direct"] * len(expected)
    assert speakers(found) == expected


def test_05_a_mixed_quotation_keeps_its_reported_subject(nlp, cases):
    (q,) = run(nlp, cases, "05a")
    assert (q.kind, q.speaker) == ("indirect", "David Lammy")
    assert q.text.startswith("the allies") and q.text.endswith("of the mission")


def test_05_a_misdirected_apostrophe_does_not_disturb_pairing(nlp, cases):
    (q,) = run(nlp, cases, "05b")
    assert (q.kind, q.speaker) == ("indirect", "Dmitry Peskov") and "“" in q.text
    found = run(nlp, cases, "05c")
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Anna Berg")] * 2


def test_03_and_06_keep_passing(nlp, cases):
    found = run(nlp, cases, "03a")
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Anna Berg")] * 2
    assert found[1].text.endswith("close the border again.”")
    (q,) = run(nlp, cases, "06a")
    assert (q.speaker, q.cue) == ("Li Qiang", "told")
    (q,) = run(nlp, cases, "06b")
    assert (q.speaker, q.speaker_role) == ("Omar Haddad", "Sgt")


def test_07_a_reported_clause_the_parser_splits_keeps_its_predicate(nlp, cases):
    found = run(nlp, cases, "07")
    pyongyang = [q for q in found if q.speaker == "Pyongyang"]
    assert [q.text for q in pyongyang] == [
        "the joint drills staged by Seoul and Washington were a rehearsal for an invasion"
    ]
