"""The per-document lookups that replace a scan of every quotation per quotation give the
answers the scan gave: checked against the scan itself on generated spans and names."""

from __future__ import annotations

import random

import pytest

from parley.extract.names import split_name
from parley.extract.quotes.engine import Quote
from parley.extract.statements import _act_reported_inside, _report_reach
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
    reports = _report_reach(quotes)
    got = [_act_reported_inside(q, reports) for q in quotes]
    assert got == [_scan(quotes, i) for i in range(len(quotes))]


def test_an_act_is_inside_only_a_report_that_holds_its_speaker_and_end():
    report = Quote("indirect", 10, 80, "x", rule="indirect:said")
    inside = Quote("indirect", 30, 70, "x", speaker_start=20, rule="indirect:act")
    longer = Quote("indirect", 30, 90, "x", speaker_start=20, rule="indirect:act")
    before = Quote("indirect", 30, 70, "x", speaker_start=5, rule="indirect:act")
    reports = _report_reach([report, inside, longer, before])
    assert [_act_reported_inside(q, reports) for q in (inside, longer, before)] == [
        True,
        False,
        False,
    ]


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
