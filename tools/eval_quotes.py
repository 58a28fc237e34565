"""``make eval``: score quote extraction on every gold file in ``../shared/eval``, beside a baseline.

For each gold file (``*.jsonl`` whose lines carry ``quotes``; PolNeAR's reserved test split is never
read) this runs the real command line, ``parley extract-quotes GOLD OUT`` (it ignores the gold keys
it does not need), scores ``OUT`` with the shared ``score.py``, and does the same for textacy 0.13's
``extract.triples.direct_quotations`` over the same spaCy pipeline as the baseline column. It
prints one table per file: quote detection and attribution P/R/F1, recall by kind, attribution
accuracy on matched quotes, and the prediction counts.

    python -m tools.eval_quotes                       # every gold file, with the baseline
    python -m tools.eval_quotes --files seed_gold     # one file
    python -m tools.eval_quotes --no-baseline --details data/reports/eval
    python -m tools.eval_quotes --files train_full --no-baseline --parse-cache data/parses

``--parse-cache DIR`` is the development loop: each document's parse is read from DIR (or made
and written there first, :mod:`tools.parse_cache`) and the per-document extraction the command
line runs (:func:`run_parley_cached`) writes the same lines; a second run spends its time on
the rules alone (PolNeAR dev, 84 documents, one process: 25 s the first time, 9 s after).
``make eval`` runs the command line itself.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from parley.settings import get_settings
from parley.storage.fs import atomic_file

SYSTEMS = ("parley", "textacy")


def gold_files(eval_dir: Path, only: list[str] | None = None) -> list[Path]:
    """Gold files in ``eval_dir``: JSON lines with a ``quotes`` list; never a test split."""
    out = []
    for path in sorted(eval_dir.glob("*.jsonl")):
        if "test" in path.stem.lower():
            continue  # PolNeAR's test split is reserved (../shared/eval/README.md)
        if only and not any(o in path.stem for o in only):
            continue
        with path.open(encoding="utf-8") as fh:
            first = fh.readline()
        try:
            if "quotes" in json.loads(first):
                out.append(path)
        except json.JSONDecodeError:
            continue
    return out


def run_parley(gold: Path, out: Path) -> float:
    """``parley extract-quotes GOLD OUT`` through the installed console script; wall seconds.
    On a terminal its progress bar (documents, rate, ETA) shows on stderr."""
    from parley.progress import enabled

    exe = Path(sys.executable).with_name("parley")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "parley.cli"]
    t0 = time.perf_counter()
    subprocess.run(
        [*cmd, "extract-quotes", str(gold), str(out)],
        check=True,
        stdout=subprocess.PIPE,
        stderr=None if enabled() else subprocess.PIPE,
    )
    return time.perf_counter() - t0


def run_parley_cached(gold: Path, out: Path, cache: Path, model: str | None = None) -> float:
    """What ``parley extract-quotes GOLD OUT`` writes for a clean gold file (one JSON object with
    ``doc_id`` and ``text`` per line), from parses kept in ``cache``
    (:func:`tools.parse_cache.parses`): the same per-document extraction as the command line's
    workers (:func:`parley.extract.annotate_doc` with statements, no entities, no date or
    metadata, as the contract's input has none) and the same record
    (:func:`parley.extract.rows.contract_record`; a document whose rules raise gets no quotes
    and the runner's ``error``, ``extraction-error: <exception>``). Blank lines are skipped (the
    command line writes an error line for each); a line without ``text`` raises ``KeyError``.
    Wall seconds."""
    from parley.extract import annotate_doc
    from parley.extract import model as nlp
    from parley.extract.rows import contract_record
    from parley.extract.runner import ERROR
    from parley.progress import track
    from tools.parse_cache import parses

    records = [json.loads(line) for line in gold.open(encoding="utf-8-sig") if line.strip()]
    t0 = time.perf_counter()
    docs = parses(nlp.load(model), (r["text"] for r in records), cache)
    with atomic_file(out, "w", encoding="utf-8") as fh:
        pairs = zip(records, docs, strict=True)
        for rec, doc in track(pairs, total=len(records), what=f"parley {gold.stem}"):
            ann = annotate_doc(doc, str(rec.get("doc_id")), None, with_entities=False)
            record = contract_record(rec.get("doc_id"), [] if ann.error else ann.quotes)
            if ann.error:
                record["error"] = f"{ERROR}: {ann.error}"  # as the runner words its failure
            fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    return time.perf_counter() - t0


def _textacy_quotes(doc, direct_quotations) -> tuple[list[dict], bool]:
    """textacy's quotations in ``doc``; when it raises on the whole document (odd number of
    quotation marks) it is given each paragraph on its own, so one stray mark costs it only that
    paragraph. Returns (quotes, raised)."""
    out: list[dict] = []

    def run(span_doc, offset: int) -> None:
        for speaker, cue, content in direct_quotations(span_doc):
            out.append(
                {
                    "speaker": " ".join(t.text for t in speaker) or None,
                    "text": content.text,
                    "start": offset + content.start_char,
                    "end": offset + content.end_char,
                    "kind": "direct",
                    "cue": " ".join(t.text for t in cue) or None,
                }
            )

    try:
        run(doc, 0)
        return out, False
    except ValueError:
        out.clear()
    start = 0
    for i, tok in enumerate(doc):
        if "\n" in tok.text or i == len(doc) - 1:
            para = doc[start : i + 1]
            if len(para):
                with contextlib.suppress(ValueError):  # it still bails out on this paragraph
                    run(para.as_doc(), para.start_char)
            start = i + 1
    return out, True


def run_textacy(gold: Path, out: Path, model: str | None = None) -> tuple[float, int]:
    """textacy's ``direct_quotations`` over the same pipeline; (wall seconds, documents on which
    it raised and was run paragraph by paragraph instead)."""
    from textacy.extract.triples import direct_quotations

    from parley.extract import model as nlp
    from parley.progress import track

    pipeline = nlp.load(model)
    records = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    raised = 0
    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        docs = pipeline.pipe((r.get("text") or "" for r in records), batch_size=nlp.BATCH_SIZE)
        pairs = zip(records, docs, strict=True)
        for rec, doc in track(pairs, total=len(records), what=f"textacy {gold.stem}"):
            quotes, failed = _textacy_quotes(doc, direct_quotations)
            raised += failed
            fh.write(json.dumps({"doc_id": rec.get("doc_id"), "quotes": quotes}) + "\n")
    return time.perf_counter() - t0, raised


def score(scorer: Path, gold: Path, pred: Path, details: Path | None = None) -> dict:
    """Run the shared ``score.py``; its last output line is the JSON summary."""
    cmd = [sys.executable, str(scorer), str(gold), str(pred)]
    if details is not None:
        cmd += ["--details", str(details)]
    proc = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def builder_speech_filter(eval_dir: Path):
    """The speech filter PolNeAR's gold was built with: ``is_speech_cue(cue_text) -> bool`` from
    ``build_polnear_dev.py`` beside the gold files, or None when that script is not there. The
    builder keeps a relation only if it has a direct fragment or its cue passes this filter, so
    an indirect quotation whose cue fails it ('stated', 'pointed out', 'emphasized',
    'criticizing') can never match a gold quote, whatever its text."""
    path = eval_dir / "build_polnear_dev.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("build_polnear_dev", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, "is_speech_cue", None)


def filter_like_gold(pred: Path, out: Path, is_speech_cue) -> int:
    """Write to ``out`` the predictions of ``pred`` the gold builder's filter would keep: every
    direct quotation, every quotation without a cue (a label or a headline), and an indirect one
    only when ``is_speech_cue`` passes its cue. Returns how many were left out."""
    dropped = 0
    with pred.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            rec = json.loads(line)
            kept = [
                q
                for q in rec.get("quotes", [])
                if q.get("kind") != "indirect" or not q.get("cue") or is_speech_cue(q["cue"])
            ]
            dropped += len(rec.get("quotes", [])) - len(kept)
            dst.write(json.dumps({**rec, "quotes": kept}) + "\n")
    return dropped


def _prf(d: dict) -> str:
    return f"{d['precision']:.3f} {d['recall']:.3f} {d['f1']:.3f}"


def table(name: str, results: dict[str, dict], extra: dict[str, str]) -> str:
    """One file's table: a row per measure, a column per system."""
    systems = [s for s in SYSTEMS if s in results]
    rows: list[tuple[str, list[str]]] = [
        ("quote detection P R F1", [_prf(results[s]["quote_detection"]) for s in systems]),
        ("attribution     P R F1", [_prf(results[s]["attribution"]) for s in systems]),
        (
            "direct only: detect F1",
            [f"{results[s]['direct_only']['quote_detection']['f1']:.3f}" for s in systems],
        ),
        (
            "direct only: attrib F1",
            [f"{results[s]['direct_only']['attribution']['f1']:.3f}" for s in systems],
        ),
    ]
    kinds = sorted(results[systems[0]]["gold_counts_by_kind"])
    for k in kinds:
        rows.append(
            (f"recall {k}", [f"{results[s]['recall_by_kind'].get(k, 0):.3f}" for s in systems])
        )
        rows.append(
            (
                f"attrib recall {k}",
                [f"{results[s]['attribution_recall_by_kind'].get(k, 0):.3f}" for s in systems],
            )
        )
    rows.append(
        (
            "attrib accuracy matched",
            [f"{results[s]['attribution_accuracy_on_matched']:.3f}" for s in systems],
        )
    )
    rows.append(
        (
            "found / attributed",
            [
                f"{results[s]['quote_detection']['tp']}/{results[s]['attribution']['tp']} "
                f"of {results[s]['quote_detection']['n_gold']}"
                for s in systems
            ],
        )
    )
    rows.append(
        ("predicted quotes", [str(results[s]["quote_detection"]["n_pred"]) for s in systems])
    )
    for label, key in (
        ("speech-filtered detect", "quote_detection"),
        ("speech-filtered attrib", "attribution"),
    ):
        if any("speech_filter" in results[s] for s in systems):
            rows.append(
                (
                    label,
                    [
                        _prf(results[s]["speech_filter"][key])
                        if "speech_filter" in results[s]
                        else ""
                        for s in systems
                    ],
                )
            )
    rows.append(("seconds", [extra.get(s, "") for s in systems]))
    counts = results[systems[0]]["gold_counts_by_kind"]
    head = f"== {name}: {results[systems[0]]['n_docs']} documents, gold " + ", ".join(
        f"{k} {v}" for k, v in counts.items()
    )
    width = max(len(r[0]) for r in rows)
    lines = [head, f"{'':{width}}  " + "  ".join(f"{s:>17}" for s in systems)]
    lines += [f"{label:{width}}  " + "  ".join(f"{c:>17}" for c in cells) for label, cells in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=None, help="the shared folder (default PARLEY_SHARED_DIR)"
    )
    parser.add_argument(
        "--files", nargs="*", help="only gold files whose name contains one of these"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the textacy column")
    parser.add_argument("--details", type=Path, help="keep predictions and score.py --details here")
    parser.add_argument("--json", type=Path, help="write every summary to this JSON file")
    parser.add_argument(
        "--parse-cache",
        type=Path,
        help="read parses from (or first write them to) this folder and run the command "
        "line's per-document extraction on them (the development loop; same output)",
    )
    args = parser.parse_args(argv)

    shared = args.shared or get_settings().shared_dir
    eval_dir, scorer = shared / "eval", shared / "eval" / "score.py"
    if not scorer.exists():
        print(f"evaluate: no score.py in {eval_dir} (set PARLEY_SHARED_DIR)", file=sys.stderr)
        return 1
    files = gold_files(eval_dir, args.files)
    if not files:
        print(f"evaluate: no gold files in {eval_dir}", file=sys.stderr)
        return 1
    is_speech_cue = builder_speech_filter(eval_dir)
    summary: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="parley-eval-") as tmp:
        work = args.details or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for gold in files:
            results: dict[str, dict] = {}
            extra: dict[str, str] = {}
            pred = work / f"{gold.stem}.parley.jsonl"
            if args.parse_cache is not None:
                seconds = run_parley_cached(gold, pred, args.parse_cache)
            else:
                seconds = run_parley(gold, pred)
            extra["parley"] = f"{seconds:.1f}"
            results["parley"] = score(
                scorer, gold, pred, work / f"{gold.stem}.parley.details.jsonl"
            )
            if is_speech_cue is not None and gold.stem.startswith("polnear"):
                # PolNeAR's gold went through the builder's speech filter: the same filter on
                # the predictions shows what is left once that gap between the two is closed
                filtered = work / f"{gold.stem}.parley.speech.jsonl"
                filter_like_gold(pred, filtered, is_speech_cue)
                results["parley"]["speech_filter"] = score(scorer, gold, filtered)
            if not args.no_baseline:
                pred = work / f"{gold.stem}.textacy.jsonl"
                seconds, failed = run_textacy(gold, pred)
                extra["textacy"] = f"{seconds:.1f} ({failed} raised)"
                results["textacy"] = score(
                    scorer, gold, pred, work / f"{gold.stem}.textacy.details.jsonl"
                )
            summary[gold.stem] = results
            print(table(gold.stem, results, extra), flush=True)
            print()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
