"""Score statement typing, speaker countries and targets against the seed gold.

``python -m tools.eval_statements [--gold PATH] [--json]``

Two views, because statement typing sits on top of the quote engine:

* **gold spans** — the classifier runs on the gold quotations (gold span, gold speaker, the gold
  cue word located in the text): it measures the statement layer alone;
* **extracted** — the classifier runs on what ``quotes.extract_quotes`` found; each gold quote is
  matched to the extracted quote with the largest word overlap (≥ 50% of the longer one, as in
  ``../shared/eval/score.py``); an unmatched gold quote counts as wrong.

A target matches when the gold target's last word appears in the predicted target's name (both
empty also matches), the way ``score.py`` matches speakers.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from parley.extract import model as nlp
from parley.extract import quotes, statements
from parley.extract.quotes import Quote
from parley.progress import track
from parley.settings import get_settings

_WORDS = re.compile(r"[^\W_]+")


def _tokens(text: str) -> Counter:
    return Counter(w.lower() for w in _WORDS.findall(text))


def _overlap(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    longer = max(sum(ta.values()), sum(tb.values())) or 1
    return sum((ta & tb).values()) / longer


def gold_quote(doc, g: dict) -> Quote:
    """A Quote for a gold record: its span and speaker, and the gold cue word nearest the span."""
    q = Quote(
        kind=g["kind"],
        start=g["start"],
        end=g["end"],
        text=g["text"],
        speaker=g["speaker"],
        rule="gold",
        confidence=1.0,
    )
    cue = (g.get("cue") or "").lower()
    span = doc.char_span(g["start"], g["end"], alignment_mode="expand")
    if cue and span is not None:
        lo = span[0].sent.start - 1 if span[0].sent.start else 0
        window = doc[max(lo, 0) : min(span[-1].sent.end + 1, len(doc))]
        cands = [t for t in window if t.lower_ == cue and not (g["start"] <= t.idx < g["end"])]
        if cands:
            best = min(cands, key=lambda t: min(abs(t.idx - g["start"]), abs(t.idx - g["end"])))
            q.cue, q.cue_start, q.cue_end = best.text, best.idx, best.idx + len(best)
    return q


def _target_ok(gold: str | None, pred: str | None) -> bool:
    if not gold:
        return not pred
    if not pred:
        return False
    last = _WORDS.findall(gold.lower())[-1]
    return last in {w.lower() for w in _WORDS.findall(pred)}


def evaluate(gold_path: Path, model: str | None = None) -> dict:
    """Scores for every document of a gold file that carries statement labels."""
    pipeline = nlp.load(model)
    rows: list[dict] = []
    lines = [line for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for line in track(lines, what="documents"):
        rec = json.loads(line)
        golds = [g for g in rec["quotes"] if g.get("statement_type")]
        if not golds:
            continue
        doc = pipeline(rec["text"])
        when = rec.get("published") or _date_from_source(rec.get("source", ""))
        # gold spans
        gq = [gold_quote(doc, g) for g in golds]
        g_found, g_ctx = statements.statements_for(doc, gq, when)
        by_index = {s.quote_index: s for s in g_found}
        # extracted
        xq = quotes.extract_quotes(doc)
        x_found, x_ctx = statements.statements_for(doc, xq, when)
        x_by_index = {s.quote_index: s for s in x_found}
        used: set[int] = set()
        for i, g in enumerate(golds):
            s = by_index.get(i)
            best, best_ov = None, 0.5
            for j, q in enumerate(xq):
                ov = _overlap(g["text"], q.text)
                if j not in used and ov >= best_ov:
                    best, best_ov = j, ov
            if best is not None:
                used.add(best)
            x = x_by_index.get(best) if best is not None else None
            rows.append(
                {
                    "doc_id": rec["doc_id"],
                    "text": g["text"],
                    "gold_type": g["statement_type"],
                    "gold_country": g.get("speaker_country"),
                    "gold_target": g.get("target"),
                    "span_type": s.statement_type if s else None,
                    "span_country": s.speaker.country if s and s.speaker else None,
                    "span_target": s.target.name if s and s.target else None,
                    "span_rule": s.rule if s else None,
                    "x_matched": best is not None,
                    "x_speaker": xq[best].speaker if best is not None else None,
                    "x_type": x.statement_type if x else None,
                    "x_country": x.speaker.country if x and x.speaker else None,
                    "x_target": x.target.name if x and x.target else None,
                }
            )
    n = len(rows)

    def count(pred) -> int:
        return sum(1 for r in rows if pred(r))

    summary = {
        "quotes": n,
        "gold_spans": {
            "type": count(lambda r: r["span_type"] == r["gold_type"]),
            "country": count(lambda r: r["span_country"] == r["gold_country"]),
            "target": count(lambda r: _target_ok(r["gold_target"], r["span_target"])),
        },
        "extracted": {
            "matched": count(lambda r: r["x_matched"]),
            "type": count(lambda r: r["x_type"] == r["gold_type"]),
            "country": count(lambda r: r["x_country"] == r["gold_country"]),
            "target": count(lambda r: _target_ok(r["gold_target"], r["x_target"])),
        },
    }
    return {"summary": summary, "rows": rows}


def _date_from_source(source: str) -> str | None:
    m = re.search(r"\d{4}-\d{2}-\d{2}", source)
    return m.group(0) if m else None


def format_report(result: dict) -> str:
    """A table: one line per gold quote, then the totals."""
    out = []
    for r in result["rows"]:
        mark = "ok " if r["span_type"] == r["gold_type"] else "XX "
        out.append(
            f"{mark}{r['gold_type']:15} span:{str(r['span_type']):15} extr:{str(r['x_type']):15} "
            f"{str(r['gold_country']):3}/{str(r['span_country']):4}/{str(r['x_country']):4} "
            f"target {str(r['gold_target'])[:16]:16} span:{str(r['span_target'])[:16]:16} "
            f"| {r['text'][:50]}"
        )
    s = result["summary"]
    n = s["quotes"]
    g, x = s["gold_spans"], s["extracted"]
    out.append("")
    out.append(
        f"gold spans : type {g['type']}/{n}, speaker country {g['country']}/{n}, "
        f"target {g['target']}/{n}"
    )
    out.append(
        f"extracted  : matched {x['matched']}/{n}, type {x['type']}/{n}, "
        f"speaker country {x['country']}/{n}, target {x['target']}/{n}"
    )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.eval_statements")
    parser.add_argument(
        "--gold", type=Path, default=None, help="default: ../shared/eval/seed_gold.jsonl"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    gold = args.gold or get_settings().shared_dir / "eval" / "seed_gold.jsonl"
    if not gold.exists():
        print(f"no gold file at {gold} (set PARLEY_SHARED_DIR)", file=sys.stderr)
        return 1
    result = evaluate(gold)
    print(json.dumps(result, indent=2) if args.json else format_report(result))
    print(json.dumps(result["summary"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
