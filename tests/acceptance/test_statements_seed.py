"""The issue's bar on the hand-annotated seed article (../shared/eval/seed_gold.jsonl).

The seed is development data (the rules were written looking at it), so this guards against
regressions; the honest precision estimate is the corpus sample in the issue's closing note.
"""

from __future__ import annotations

from tools import eval_statements as statements_eval


def test_seed_gold_types_countries_and_lavrov(shared_dir):
    result = statements_eval.evaluate(shared_dir / "eval" / "seed_gold.jsonl")
    s = result["summary"]
    assert s["quotes"] == 15
    # on the gold quotation spans (the statement layer alone)
    assert s["gold_spans"]["type"] >= 12
    assert s["gold_spans"]["country"] >= 14
    lavrov = next(r for r in result["rows"] if "unacceptable to us" in r["text"])
    assert lavrov["span_type"] == "REJECT" and lavrov["span_target"] == "NATO"
    # on what the quote engine extracts, Lavrov's quote is typed and aimed the same way
    assert lavrov["x_type"] == "REJECT" and lavrov["x_target"] == "NATO"
