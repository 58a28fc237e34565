"""Score statement typing, speaker countries and targets: ``make eval-statements``.

``python -m tools.eval_statements [--split train|dev|all] [--details DIR] [--seed-rows] [--json]``

1. **statements_dev** (``../shared/eval/statements_dev.jsonl``, 50 articles annotated by hand,
   split by article into ``train`` and ``dev``): every article goes through the DAG's own code —
   the ingest normalisation and de-duplication (:func:`parley.ingest.articles.build_articles`),
   then :func:`parley.extract.annotate` (parse, quotations, statements, actors) and
   :func:`parley.extract.rows.statement_rows`, each statement scored by its own text
   (``statement_text``) — and each split is scored by the shared scorer
   (``../shared/eval/score_statements.py``, run unchanged): detection P/R/F1, speaker-country,
   type (strict, lenient) and target-country accuracy over matched quotations, macro-F1 and the
   per-label table. Tune on ``train``; ``dev`` is for reporting.
2. **The seed article** (``seed_gold.jsonl``), two views because typing sits on top of the quote
   engine:

   * **gold spans** — the classifier runs on the gold quotations (gold span, gold speaker, the
     gold cue word located in the text): it measures the statement layer alone;
   * **extracted** — the classifier runs on what ``quotes.extract_quotes`` found; each gold quote
     is matched to the extracted statement with the largest word overlap (its own text: one
     reported clause of a quotation that coordinates several; a quote that yields no statement
     by its text), ≥ 50% of the longer one, as in ``../shared/eval/score.py``; an unmatched gold
     quote counts as wrong.

   A target matches when the gold target's last word appears in the predicted target's name (both
   empty also matches), the way ``score.py`` matches speakers.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
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
        # extracted: every quote's text, a statement's own text (its clause) where it has one
        xq = quotes.extract_quotes(doc)
        x_found, x_ctx = statements.statements_for(doc, xq, when)
        per_quote: dict[int, list] = {}
        for s in x_found:
            per_quote.setdefault(s.quote_index, []).append(s)
        extracted = [
            (s.text, q, s) if s is not None else (q.text, q, None)
            for j, q in enumerate(xq)
            for s in per_quote.get(j, [None])
        ]
        used: set[int] = set()
        for i, g in enumerate(golds):
            s = by_index.get(i)
            best, best_ov = None, 0.5
            for j, (text, _, _) in enumerate(extracted):
                ov = _overlap(g["text"], text)
                if j not in used and ov >= best_ov:
                    best, best_ov = j, ov
            if best is not None:
                used.add(best)
            x = extracted[best][2] if best is not None else None
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
                    "x_speaker": extracted[best][1].speaker if best is not None else None,
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


SPLITS = ("train", "dev")


def _annotated(
    items: list[tuple[str, str]],
    model: str | None,
    dates: dict,
    parse_cache: Path | None,
    metas: dict | None = None,
) -> Iterator:
    """:func:`parley.extract.annotate` over ``(article_id, text)`` pairs; with ``parse_cache``
    (a folder) each parse is read from, or first written to, a spaCy ``DocBin`` file there
    (:func:`tools.parse_cache.parses`) and the same per-document extraction
    (:func:`parley.extract.annotate_doc`) runs on it. Parses are deterministic, so the numbers
    are the same either way; a second run of ``make train-statements`` or ``make
    eval-statements`` then spends seconds, not minutes, on the 50 articles (the loop for
    trying chooser and rule changes). ``metas``: article id → its
    :class:`~parley.extract.meta.ArticleMeta` (title, byline, source), where the input has them."""
    from parley.extract import annotate, annotate_doc

    metas = metas or {}
    if parse_cache is None:
        yield from annotate(items, model, with_entities=False, dates=dates, metas=metas)
        return
    from tools.parse_cache import parses

    docs = parses(nlp.load(model), (text for _, text in items), parse_cache)
    pairs = zip(items, docs, strict=True)
    for (doc_id, _), doc in pairs:
        yield annotate_doc(
            doc, doc_id, dates.get(doc_id), with_entities=False, meta=metas.get(doc_id)
        )


def corpus_predictions(
    gold_docs: list[dict], model: str | None = None, parse_cache: Path | None = None
) -> list[dict]:
    """Prediction lines for the shared scorer (``doc_id`` and ``statements``), one per
    gold article, made by the DAG's code path: ingest's normalisation and de-duplication, then
    extraction with the article's own date (an undated article resolves names without a role
    period); ``parse_cache``: a folder of cached parses (:func:`_annotated`). A document's
    optional ``title``, ``author`` and ``outlet`` (or ``source``) name its own voice as in the
    DAG (:class:`~parley.extract.meta.ArticleMeta`). Raises
    ``RuntimeError`` when ingest rejects an article (nothing is scored silently short)."""
    from parley.dates import window_for_date
    from parley.extract.meta import ArticleMeta
    from parley.extract.rows import statement_rows
    from parley.ingest.articles import PublishedIndex, build_articles
    from parley.ingest.records import RawArticle, parse_datetime

    raws = [
        RawArticle(
            source="statements_dev",
            source_type="folder",
            locator=d["doc_id"],
            text=d["text"],
            url=d.get("url") or None,
            published_at=parse_datetime(d.get("date") or None),
        )
        for d in gold_docs
    ]
    articles, rejects = build_articles(raws, window_for_date("2026-01-01"), PublishedIndex())
    if rejects:
        raise RuntimeError(f"ingest rejected {len(rejects)} gold articles: {rejects[0]['reason']}")
    doc_ids = {a["article_id"]: a["locator"] for a in articles}
    dates = {a["article_id"]: a["published_at"] for a in articles}
    # the record's title, byline and outlet as the DAG would have them beside the text (given
    # apart from it: ingest would drop a first line repeating the title, and the gold offsets
    # are on the text as given)
    given = {d["doc_id"]: d for d in gold_docs}
    metas = {
        a["article_id"]: ArticleMeta(
            given[a["locator"]].get("title") or None,
            given[a["locator"]].get("author") or None,
            given[a["locator"]].get("outlet") or given[a["locator"]].get("source") or None,
        )
        for a in articles
    }
    out = []
    items = ((a["article_id"], a["text"]) for a in articles)
    for result in _annotated(list(items), model, dates, parse_cache, metas):
        rows = statement_rows(result.doc_id, result.quotes, result.statements)
        found = [
            {
                "speaker": r["speaker_actor"] or r["speaker"],
                "speaker_country": r["speaker_country"],
                "speaker_org": r["speaker_org"],
                "statement_type": r["statement_type"],
                "cameo_code": r["cameo_code"],
                "target": r["target"],
                "target_country": r["target_country"],
                "text": r["statement_text"],
                "rule": r["rule"],
                "evidence": r["evidence"],
                "speaker_evidence": r["speaker_evidence"],
                # what make train-statements learns from (the scorer passes them through)
                "target_step": s.target_step,
                "target_candidates": [
                    [c, src, list(s.target_measures.get(c, (0.0, 0.0)))]
                    for c, src in s.target_candidates.items()
                ],
            }
            for s, r in zip(result.statements, rows, strict=True)
        ]
        out.append({"doc_id": doc_ids[result.doc_id], "statements": found})
    return out


def score_split(
    gold_docs: list[dict], preds: list[dict], split: str, scorer: Path, details: Path | None
) -> tuple[str, dict]:
    """Run the shared scorer on one split; returns (its printed report, its JSON summary)."""
    keep = {d["doc_id"] for d in gold_docs if d.get("split") == split or split == "all"}
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold_path.write_text(
            "".join(
                json.dumps(d, ensure_ascii=False) + "\n" for d in gold_docs if d["doc_id"] in keep
            ),
            encoding="utf-8",
        )
        pred_path.write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds if p["doc_id"] in keep),
            encoding="utf-8",
        )
        cmd = [sys.executable, str(scorer), str(gold_path), str(pred_path)]
        if details is not None:
            details.mkdir(parents=True, exist_ok=True)
            cmd += ["--details", str(details / f"details_{split}.jsonl")]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    report = done.stdout.rstrip("\n")
    return report, json.loads(report.splitlines()[-1])


def summary_line(split: str, s: dict) -> str:
    """One line with every headline number of a split."""
    d = s["detection"]
    return (
        f"{split:5}  detection F1 {d['f1']:.3f} (P {d['precision']:.3f} R {d['recall']:.3f})  "
        f"speaker country {s['speaker_country_accuracy']:.3f}  "
        f"type {s['statement_type_accuracy']:.3f} (lenient {s['statement_type_accuracy_lenient']:.3f})  "
        f"macro-F1 {s['statement_type_macro_f1']:.3f}  "
        f"target country {s['target_country_accuracy']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.eval_statements")
    parser.add_argument(
        "--gold",
        type=Path,
        default=None,
        help="statement gold (default: ../shared/eval/statements_dev.jsonl)",
    )
    parser.add_argument(
        "--seed", type=Path, default=None, help="default: ../shared/eval/seed_gold.jsonl"
    )
    parser.add_argument("--split", choices=(*SPLITS, "all", "none"), default=None)
    parser.add_argument("--details", type=Path, help="write the scorer's per-quote records here")
    parser.add_argument("--seed-rows", action="store_true", help="print the seed's per-quote table")
    parser.add_argument("--json", action="store_true", help="print the seed result as JSON")
    parser.add_argument(
        "--parse-cache",
        type=Path,
        help="a folder to keep the articles' spaCy parses in (reruns fast)",
    )
    args = parser.parse_args(argv)
    shared = get_settings().shared_dir / "eval"
    gold = args.gold or shared / "statements_dev.jsonl"
    seed = args.seed or shared / "seed_gold.jsonl"
    scorer = shared / "score_statements.py"
    for path in (gold, seed, scorer):
        if not path.exists():
            print(f"missing {path} (set PARLEY_SHARED_DIR)", file=sys.stderr)
            return 1
    summaries = {}
    if args.split != "none":
        gold_docs = [
            json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()
        ]
        started = time.perf_counter()
        preds = corpus_predictions(gold_docs, parse_cache=args.parse_cache)
        took = time.perf_counter() - started
        splits = SPLITS if args.split is None else (args.split,)
        for split in splits:
            report, summaries[split] = score_split(gold_docs, preds, split, scorer, args.details)
            print(f"===== {gold.name}: {split}")
            print(report)
            print()
        print(f"extraction over {len(gold_docs)} articles: {took:.1f} s")
        for split in splits:
            print(summary_line(split, summaries[split]))
    result = evaluate(seed)
    if args.json:
        print(json.dumps(result, indent=2))
    elif args.seed_rows:
        print(format_report(result))
    s = result["summary"]
    g, x = s["gold_spans"], s["extracted"]
    n = s["quotes"]
    print(
        f"seed   gold spans: type {g['type']}/{n}, speaker country {g['country']}/{n}, "
        f"target {g['target']}/{n} | extracted: matched {x['matched']}/{n}, type {x['type']}/{n}, "
        f"speaker country {x['country']}/{n}, target {x['target']}/{n}"
    )
    print(json.dumps({"seed": s, **summaries}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
