"""The per-document lookups that replace a scan of every quotation per quotation give the
answers the scan gave: checked against the scan itself on generated spans and names."""

from __future__ import annotations

import random

import pytest

from parley.extract.names import split_name
from parley.extract.quotes.engine import Quote
from parley.extract.statements import _act_reported_inside, _cue_order, _report_reach
from parley.extract.statements.context import _NameIndex, _same_name


def _scan(quotes: list[Quote], index: int) -> bool:
    """The definition, one quotation against every other."""
    q = quotes[index]
    if q.rule != "indirect:act" or q.speaker_start is None:
        return False
    begin = min(q.speaker_start, q.start)
    return any(
        j != index and o.rule != "indirect:act" and o.start <= begin and q.end <= o.end
        for j, o in enumerate(quotes)
    )


@pytest.mark.parametrize("seed", range(20))
def test_an_act_inside_a_report_is_found_by_bisection_as_by_the_scan(seed):
    rnd = random.Random(seed)
    quotes = []
    for _ in range(rnd.randint(0, 25)):
        start = rnd.randint(0, 300)
        end = start + rnd.randint(1, 120)
        speaker_start = rnd.choice([None, max(0, start - rnd.randint(0, 40)), start + 2])
        rule = rnd.choice(["indirect:act", "indirect:act", "direct:said", "indirect:said"])
        quotes.append(Quote("indirect", start, end, "x", speaker_start=speaker_start, rule=rule))
    # text without commas: no statement span is cut (_before_nested), the scan's definition
    reports = _report_reach("x" * 500, quotes, _cue_order(quotes))
    got = [_act_reported_inside(q, reports) for q in quotes]
    assert got == [_scan(quotes, i) for i in range(len(quotes))]


def test_an_act_is_inside_only_a_report_that_holds_its_speaker_and_end():
    report = Quote("indirect", 10, 80, "x", rule="indirect:said")
    inside = Quote("indirect", 30, 70, "x", speaker_start=20, rule="indirect:act")
    longer = Quote("indirect", 30, 90, "x", speaker_start=20, rule="indirect:act")
    before = Quote("indirect", 30, 70, "x", speaker_start=5, rule="indirect:act")
    quotes = [report, inside, longer, before]
    reports = _report_reach("x" * 100, quotes, _cue_order(quotes))
    assert [_act_reported_inside(q, reports) for q in (inside, longer, before)] == [
        True,
        False,
        False,
    ]


def _quote(text: str, content: str, cue: str, speaker: str, rule: str) -> Quote:
    start, cue_start, speaker_start = text.index(content), text.index(cue), text.index(speaker)
    return Quote(
        "indirect",
        start,
        start + len(content),
        content,
        speaker=speaker,
        speaker_start=speaker_start,
        speaker_end=speaker_start + len(speaker),
        cue=cue,
        cue_start=cue_start,
        cue_end=cue_start + len(cue),
        rule=rule,
    )


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # the report's statement is cut at the comma before the act's cue: two statements
        (
            "The UN stressed the decision would not change the law, while the League condemned "
            "the move.",
            False,
        ),
        # no comma to cut at: the act is part of what the UN said
        (
            "The UN stressed the decision would not change the law and the League condemned "
            "the move.",
            True,
        ),
    ],
)
def test_an_act_after_the_cut_of_a_report_is_not_held_by_it(text, held):
    report = _quote(
        text,
        text[text.index("the decision") : text.index("the move.") + 8],
        "stressed",
        "UN",
        "indirect:clause",
    )
    act = _quote(text, "the move", "condemned", "League", "indirect:act")
    quotes = [report, act]
    assert _act_reported_inside(act, _report_reach(text, quotes, _cue_order(quotes))) is held


NAMES = [
    "Wendy Sherman",
    "Wendy R. Sherman",
    "Brad Sherman",
    "Sherman",
    "John Kerry",
    "John F. Kerry",
    "Kerry",
    "Luiz Inacio Lula da Silva",
    "Lula",
    "Silva",
    "Kim Jong Un",
    "Kim Yo Jong",
    "Jong",
    "Kim",
    "Ana Maria Vergara Soto",
    "Vergara",
    "spokeswoman for David Cameron",
    "the ministry",
]


def test_the_name_index_offers_every_name_the_scan_would_accept():
    forms = [split_name(n) for n in NAMES] + [None]
    index = _NameIndex.of(forms)
    for name in NAMES:
        form = split_name(name)
        if not form.key:
            continue
        offered = set(index.candidates(form))
        accepted = {k for k, f in enumerate(forms) if f is not None and _same_name(form, f)}
        assert accepted <= offered, name
        assert len(forms) - 1 in offered  # a name known only at lookup time is always read
    assert set(index.candidates(split_name("Lula"))) >= {NAMES.index("Luiz Inacio Lula da Silva")}
    assert NAMES.index("Brad Sherman") in index.candidates(split_name("Wendy Sherman"))
    assert NAMES.index("John Kerry") not in index.candidates(split_name("Brad Sherman"))


# --- the word-class and content-rule lookups kept by spaCy's string hashes (lexicon.ActWords,
# rules.StatementRules) give what the lookup by the decoded strings gives, token by token

_SENTENCES = [
    "The ministry warned that the sanctions would hurt ordinary farmers.",
    "We are worried about the attacks and we condemn them.",
    "Officials said the convoy was never attacked and denied any losses.",
    # one form, two lemmas: "saw" as a verb ("see") and as a noun ("saw")
    "She saw the saw that the workers had left near the border post.",
    "They refused to accept the proposal, calling it a reckless idea.",
]


def _classes_by_string(words: dict[str, frozenset[str]], tok) -> frozenset[str]:
    """The definition: the classes of the lower-cased lemma and of the lower-case form."""
    return words.get(tok.lemma_.lower(), frozenset()) | words.get(tok.lower_, frozenset())


@pytest.mark.parametrize("text", _SENTENCES)
def test_token_classes_by_hash_are_the_classes_by_string(nlp, text):
    from parley.extract.statements.lexicon import act_words

    table = act_words()
    for _ in range(2):  # the first pass fills the cache, the second reads it
        for tok in nlp(text):
            assert table.token_classes(tok) == _classes_by_string(table.words, tok), tok.text


@pytest.mark.parametrize("text", _SENTENCES)
def test_content_keys_by_hash_are_the_lemma_then_form_with_rules(nlp, text):
    from parley.extract.statements.rules import rules

    lex = rules()
    for _ in range(2):
        for tok in nlp(text):
            want = [k for k in dict.fromkeys((tok.lemma_.lower(), tok.lower_)) if k in lex.content]
            assert list(lex.content_keys(tok)) == want, tok.text


@pytest.mark.parametrize(
    ("text", "word", "cls", "expected"),
    [
        ("The blockade is illegal.", "illegal", "wrongful_adj", True),
        ("The blockade is legal.", "legal", "wrongful_adj", False),  # near miss: not wrongful
        ("The strikes would hurt farmers.", "hurt", "harm", True),
        ("The strikes would help farmers.", "help", "harm", False),  # near miss
    ],
)
def test_has_class_rows(nlp, text, word, cls, expected):
    from parley.extract.statements.acts import has_class

    tok = next(t for t in nlp(text) if t.lower_ == word)
    assert has_class(tok, cls) is expected
