"""One statement per coordinated reported clause (issue #10): 'X said A and that B' and 'X said A
and B' (B with its own subject) are one quotation of the quote engine (PolNeAR keeps them as one
content) but two statements, each typed, targeted and keyed on its own clause. A coordinated verb
phrase sharing the first clause's subject, or a coordinated noun, stays one statement. Sentences
written for these tests (invented or public figures; none from a corpus)."""

from __future__ import annotations

import pytest

from parley import ids
from parley.extract import quotes, statements
from parley.extract.rows import contract_record, quote_rows, statement_rows


def extract(nlp, text: str):
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    stmts, _ = statements.statements_for(doc, found, "2025-03-01")
    return doc, found, stmts


def the_quote(found, containing: str):
    hits = [q for q in found if containing in q.text]
    assert len(hits) == 1, [(q.text, q.clauses) for q in found]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (  # 'and that': the second clause with its own complementiser
            "Finance Minister Anna Keller said the budget would be balanced next year and that "
            "taxes on fuel would not rise.",
            ["the budget would be balanced next year", "taxes on fuel would not rise"],
        ),
        (  # each clause with its own subject, no 'that'
            "Government officials said Japan would request emergency talks next week and the two "
            "sides would probably meet the week after.",
            [
                "Japan would request emergency talks next week",
                "the two sides would probably meet the week after",
            ],
        ),
        (  # 'that A and B': the first 'that' governs both, the second has its own subject
            "The rebel commander said that his fighters had withdrawn from the town and the army "
            "was shelling the villages around it.",
            [
                "his fighters had withdrawn from the town",
                "the army was shelling the villages around it",
            ],
        ),
    ],
)
def test_coordinated_reported_clauses_are_one_quote_and_one_statement_each(nlp, text, clauses):
    doc, found, stmts = extract(nlp, text)
    q = the_quote(found, clauses[0])
    assert [text[s:e] for s, e in q.clauses] == clauses
    assert q.start <= q.clauses[0][0] and q.clauses[-1][1] <= q.end  # inside the quotation
    mine = [s for s in stmts if found[s.quote_index] is q]
    assert [s.text for s in mine] == clauses
    assert all(text[s.start : s.end] == s.text for s in mine)
    assert {s.speaker.name if s.speaker else None for s in mine} == {
        stmts[0].speaker.name if stmts[0].speaker else None
    }
    # the quotation contract and the quotes table are unchanged: one quotation over both clauses
    record = contract_record("d1", found)
    assert [x["text"] for x in record["quotes"] if clauses[0] in x["text"]] == [q.text]
    assert len(quote_rows("a1", found, "m")) == len(found)
    # statement rows: one per clause, each with its own id and offsets, all typing the same quote
    rows = [r for r in statement_rows("a1", found, stmts) if r["quote_id"] == ids.quote_id(
        "a1", q.start, q.end
    )]  # fmt: skip
    assert [r["statement_text"] for r in rows] == clauses
    assert len({r["statement_id"] for r in rows}) == len(clauses)
    assert all(
        r["statement_id"] == ids.statement_id("a1", r["statement_start"], r["statement_end"])
        for r in rows
    )


@pytest.mark.parametrize(
    "text",
    [
        # a coordinated verb phrase sharing the first clause's subject: one clause
        "The defence minister said the army had advanced and taken the town after heavy fighting.",
        "The ministry said the convoy was attacked near the border and lost two of its trucks.",
        # 'said A and B' where B is a noun phrase: one clause
        "The minister said Russia and China were the main suppliers of weapons to the region.",
        "The envoy said talks with the rebels and the government would resume in Geneva.",
        # a single reported clause
        "The spokeswoman said the embassy would stay open throughout the holiday period.",
    ],
)
def test_what_is_one_reported_clause_stays_one_statement_keyed_like_its_quote(nlp, text):
    doc, found, stmts = extract(nlp, text)
    assert found and all(not q.clauses for q in found), [(q.text, q.clauses) for q in found]
    assert len(stmts) == len([q for q in found if statements.attributed(q.speaker)])
    for s in stmts:
        q = found[s.quote_index]
        assert (s.start, s.end, s.text) == (q.start, q.end, q.text)
    for r, s in zip(statement_rows("a1", found, stmts), stmts, strict=True):
        q = found[s.quote_index]
        # unchanged data keeps today's id: the statement is keyed by its quote's own span
        assert r["statement_id"] == ids.statement_id("a1", q.start, q.end)
        assert r["statement_text"] == q.text


def test_each_clause_is_typed_and_targeted_on_its_own_words(nlp):
    text = (
        "Foreign Minister Lena Varga said Hungary supported the new trade agreement with Japan "
        "and that Serbia had violated the ceasefire in the north."
    )
    doc, found, stmts = extract(nlp, text)
    q = the_quote(found, "supported")
    mine = [s for s in stmts if found[s.quote_index] is q]
    assert len(mine) == 2
    first, second = mine
    assert "supported" in first.text and "Serbia" not in first.text
    assert "violated" in second.text and "Japan" not in second.text
    # the second clause's target is the party it names, not the first clause's
    assert second.target is not None and second.target.country == "RS"
    assert first.target is None or first.target.country != "RS"


def test_mixed_speech_clauses_cover_the_quoted_words(nlp):
    text = (
        "The president said the sanctions were \u201ca declaration of economic war\u201d and "
        "his government would answer them within days."
    )
    doc, found, stmts = extract(nlp, text)
    q = the_quote(found, "sanctions")
    assert q.kind == "indirect" and q.rule == "indirect:mixed"
    assert q.clauses[0][0] == q.start and q.clauses[-1][1] == q.end
    opening, closing = text.index("\u201c"), text.index("\u201d") + 1
    # the quoted words lie whole inside the first clause
    assert q.clauses[0][0] <= opening and closing <= q.clauses[0][1] <= q.clauses[1][0]
    assert [s.text for s in stmts if found[s.quote_index] is q] == [text[s:e] for s, e in q.clauses]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (  # a non-restrictive relative clause after a comma: the reporter's background
            "The interior ministry said the bomber was from Dagestan, which borders Chechnya.",
            "the bomber was from Dagestan",
        ),
        (  # a participle clause after a comma: what the report led to, not what was said
            "Rebel commanders said their positions were shelled overnight, raising fears of a "
            "new offensive.",
            "their positions were shelled overnight",
        ),
    ],
)
def test_background_after_a_comma_is_not_part_of_the_statement(nlp, text, statement):
    doc, found, stmts = extract(nlp, text)
    q = the_quote(found, statement)
    assert q.text != statement  # the quotation keeps its span (the contract is unchanged)
    assert [text[s:e] for s, e in q.clauses] == [statement]
    (s,) = [s for s in stmts if found[s.quote_index] is q]
    assert s.text == statement and text[s.start : s.end] == statement


@pytest.mark.parametrize(
    "text",
    [
        # a restrictive relative clause (no comma) says which farmers: the speaker's words
        "The minister said the plan would hurt farmers who depend on exports.",
        # quoted words after the comma are the speaker's own
        "The minister said the plan would hurt Poland, which \u201ccannot afford another "
        "crisis\u201d.",
        # a relative clause inside the clause, not at its end
        "The minister said the talks, which began on Monday, would go on.",
    ],
)
def test_what_the_speaker_said_after_a_comma_stays_in_the_statement(nlp, text):
    doc, found, stmts = extract(nlp, text)
    assert found and all(not q.clauses for q in found), [(q.text, q.clauses) for q in found]
    assert [s.text for s in stmts] == [found[s.quote_index].text for s in stmts]


@pytest.mark.parametrize(
    ("text", "speaker", "own", "not_own"),
    [
        (  # another party's report the parser hangs on the cue as a second complement
            "Governor Mark Ellison said the state was ready to compete and Governor Rita Vance "
            'explained "Chip shortages are hurting our workers."',
            "Mark Ellison",
            "the state was ready to compete",
            "Rita Vance",
        ),
        (  # coordinated with its own reporting verb and subject
            "The minister said the talks had failed and officials added that the army would stay.",
            "minister",
            "the talks had failed",
            "army",
        ),
    ],
)
def test_a_coordinated_report_by_another_party_is_not_the_speakers_statement(
    nlp, text, speaker, own, not_own
):
    doc, found, stmts = extract(nlp, text)
    theirs = [s for s in stmts if s.speaker is not None and speaker in s.speaker.name]
    assert [s.text for s in theirs] == [own]
    assert not any(not_own in s.text for s in theirs)


def test_a_coordinated_clause_of_a_direct_only_cue_is_still_the_speakers_content(nlp):
    # 'continue' reports direct quotes only: 'forces continued to commit ...' is a reported clause
    text = (
        "A United Nations panel said war crimes were widespread, and government forces and "
        "militants continued to commit abuses against civilians."
    )
    doc, found, stmts = extract(nlp, text)
    assert [s.text for s in stmts] == [
        "war crimes were widespread",
        "government forces and militants continued to commit abuses against civilians",
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The army command said drones had entered its airspace overnight, before later "
            "saying that military activity had ceased.",
            "drones had entered its airspace overnight",
            "military activity had ceased",
        ),
        (
            "The coastguard said two boats had been stopped near the port; later adding that "
            "the crews had been released.",
            "two boats had been stopped near the port",
            "the crews had been released",
        ),
    ],
)
def test_a_statement_ends_before_a_later_report_of_its_own(nlp, text, first, second):
    # 'said A, before later saying B': B is a quotation of its own; A's statement must not hold it
    doc, found, stmts = extract(nlp, text)
    assert [s.text for s in stmts] == [first, second]
    spans = sorted((s.start, s.end) for s in stmts)
    # no statement inside another
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (  # three 'that'-clauses: the parser hangs the second on the first as a complement
            "The coast guard said that the port was closed, that two tankers had collided and "
            "that divers would search the wreck.",
            ["the port was closed", "two tankers had collided", "divers would search the wreck"],
        ),
        (  # four, parsed as a chain of adverbial and coordinated clauses
            "Finance Minister Anna Keller said that prices would rise, that wages would fall, "
            "that taxes would go up and that the deficit would grow.",
            [
                "prices would rise",
                "wages would fall",
                "taxes would go up",
                "the deficit would grow",
            ],
        ),
    ],
)
def test_a_list_of_that_clauses_is_one_statement_each(nlp, text, clauses):
    # 'said that A, that B and that C' is split like 'said that A and that B': every item of
    # the list opens with its own 'that'
    _, _, stmts = extract(nlp, text)
    assert [s.text for s in stmts] == clauses


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (  # a 'that' under a reporting verb inside the complement is that verb's own content:
            # 'that Britain wanted no part of it' stays inside the one statement
            'Lawyer Ana Lopes said: "They should have told the ministry at once that the camp was '
            "illegal and that Britain wanted no part of it.",
            "They should have told the ministry at once that the camp was illegal and that "
            "Britain wanted no part of it",
        ),
        (  # a 'that' after a noun ('the claim that') is no item of a list: 'that one had
            # sunk, was false' stays inside the one statement
            "The coast guard said that the claim that two tankers had collided, and that one had "
            "sunk, was false.",
            "the claim that two tankers had collided, and that one had sunk, was false",
        ),
    ],
)
def test_a_that_clause_that_is_no_item_of_the_speakers_list_is_not_cut_off(nlp, text, statement):
    _, _, stmts = extract(nlp, text)
    assert [s.text for s in stmts] == [statement]  # one statement, the whole complement
