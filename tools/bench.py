"""``make bench``: speed and memory numbers, as a list of named sections.

    python -m tools.bench                         # every section
    python -m tools.bench extraction-overhead     # one section by name
    python -m tools.bench validation              # the DAG's stages over the corpus as one day
    python -m tools.bench --list

A section is a function ``(args) -> dict`` registered with :func:`section`; it prints its own
lines and returns its numbers (``--json PATH`` collects them). Each measured phase runs in a fresh
child process so that its peak RSS is its own, and phases are interleaved and repeated (the best
run counts) so that a busy shared machine skews them alike.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing as mp
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from parley.progress import track
from parley.settings import REPO_ROOT, Settings, get_settings

SECTIONS: dict[str, Callable[[argparse.Namespace], dict]] = {}


def section(name: str) -> Callable:
    """Register a benchmark section under ``name``."""

    def register(fn: Callable[[argparse.Namespace], dict]) -> Callable:
        SECTIONS[name] = fn
        return fn

    return register


def news_texts(n: int) -> tuple[list[str], str]:
    """``n`` real news texts: the research corpus beside the repo (every k-th article of each
    file, deterministic), else the bundled samples. Returns (texts, where they came from)."""
    articles = get_settings().shared_dir / "corpus" / "articles"
    texts: list[str] = []
    files = sorted(articles.glob("*.jsonl")) if articles.is_dir() else []
    if files:
        pools = []
        for path in files:
            with path.open(encoding="utf-8") as fh:
                pools.append([t for line in fh if (t := json.loads(line).get("text"))])
        per_file = max(1, n // len(pools))
        for pool in pools:
            step = max(1, len(pool) // per_file)
            texts += pool[::step][:per_file]
        return texts[:n], f"{articles} ({len(files)} files)"
    samples = REPO_ROOT / "include" / "samples"
    for path in sorted(samples.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts += [t for line in fh if (t := json.loads(line).get("text"))]
    return texts[:n], str(samples)


def _words(texts: list[str]) -> int:
    return sum(len(re.findall(r"\S+", t)) for t in texts)


# ---------------------------------------------------------------------------------------------
# extraction overhead


def _phase(mode: str, texts: list[str], model: str | None, queue: mp.Queue) -> None:
    """One measured pass in a child process: parse only (``plain``), parse and quotes
    (``quotes``), or everything the DAG's extract task does per document (``full``: quotes,
    statements, entities)."""
    from parley.extract import entities, quotes, statements
    from parley.extract import model as nlp

    pipeline = nlp.load(model)
    list(pipeline.pipe(texts[:4]))  # warm-up: first-call allocations are not the steady state
    n_quotes = 0
    extract_s = 0.0
    t0 = time.perf_counter()
    for i, doc in enumerate(pipeline.pipe(texts, batch_size=nlp.BATCH_SIZE)):
        if mode == "plain":
            continue
        t1 = time.perf_counter()
        found = quotes.extract_quotes(doc)
        if mode == "full":
            statements.statements_for(doc, found, None)
            entities.extract_entities(doc, str(i))
        extract_s += time.perf_counter() - t1
        n_quotes += len(found)
    wall = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put({"wall_s": wall, "extract_s": extract_s, "quotes": n_quotes, "peak_rss_mb": rss_mb})


def _run_phase(mode: str, texts: list[str], model: str | None) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_phase, args=(mode, texts, model, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


@section("extraction-overhead")
def extraction_overhead(args: argparse.Namespace) -> dict:
    """Plain ``nlp.pipe`` against ``nlp.pipe`` + quote extraction (and + statements + entities,
    the DAG's extract step) on the same texts: words/s, the extraction's share, peak RSS."""
    texts, where = news_texts(args.docs)
    words = _words(texts)
    print(f"texts: {len(texts)} articles, {words} words, from {where}")
    best: dict[str, dict] = {}
    for _ in range(args.repeat):
        for mode in ("plain", "quotes", "full"):
            r = _run_phase(mode, texts, args.model)
            if mode not in best or r["wall_s"] < best[mode]["wall_s"]:
                best[mode] = r
    plain = best["plain"]["wall_s"]
    print(
        f"{'pass':34} {'wall s':>7} {'words/s':>8} {'extract s':>9} {'vs plain':>8} {'RSS MB':>7}"
    )
    rows = {}
    for mode, label in (
        ("plain", "nlp.pipe"),
        ("quotes", "nlp.pipe + extract_quotes"),
        ("full", "nlp.pipe + quotes+statements+entities"),
    ):
        r = best[mode]
        share = r["extract_s"] / (r["wall_s"] - r["extract_s"]) if mode != "plain" else 0.0
        rows[mode] = {
            **r,
            "words_per_s": words / r["wall_s"],
            "overhead_vs_plain": r["wall_s"] / plain - 1,
            "extract_share_of_parse": share,
        }
        print(
            f"{label:34} {r['wall_s']:7.2f} {words / r['wall_s']:8.0f} {r['extract_s']:9.2f} "
            f"{r['wall_s'] / plain - 1:+8.1%} {r['peak_rss_mb']:7.0f}"
        )
    q, f = rows["quotes"], rows["full"]
    print(
        f"quote extraction adds {q['extract_share_of_parse']:.1%} to the parse time of the same "
        f"run (timed per document), {q['overhead_vs_plain']:+.1%} wall against the plain pass; "
        f"the DAG's whole extract step adds {f['extract_share_of_parse']:.1%} "
        f"({f['overhead_vs_plain']:+.1%} wall); {q['quotes']} quotes (best of {args.repeat})"
    )
    return {"texts": len(texts), "words": words, "source": where, "passes": rows}


BENCH_DATE = "2025-06-01"  # on or after the DAG's start_date


def _corpus(settings: Settings, root: Path) -> Path:
    """The corpus folder, or a copy of its first PARLEY_BENCH_LIMIT lines per file."""
    import os

    corpus = settings.shared_dir / "corpus" / "articles"
    if not corpus.is_dir():
        raise SystemExit(f"bench: no corpus at {corpus} (set PARLEY_SHARED_DIR)")
    limit = int(os.environ.get("PARLEY_BENCH_LIMIT", "0") or 0)
    if not limit:
        return corpus
    small = root / "corpus"
    small.mkdir()
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as src, (small / path.name).open("w") as dst:
            for i, line in enumerate(src):
                if i >= limit:
                    break
                dst.write(line)
    return small


def _timed(label: str, fn: Callable[[], object], times: dict[str, float]) -> object:
    started = time.perf_counter()
    out = fn()
    times[label] = time.perf_counter() - started
    return out


@section("validation")
def bench_validation(args: argparse.Namespace) -> dict:
    """The daily run's stages over the corpus as one day (what the DAG's tasks call, in order),
    timed one by one: validation's share of the run. ``validate`` includes importing Great
    Expectations, as a fresh Airflow task process would."""
    from parley import pipeline
    from parley.dates import window_for_date

    settings = get_settings()

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        root = Path(tmp)
        run = dataclasses.replace(settings, inbox=_corpus(settings, root), data_dir=root / "data")
        window = window_for_date(BENCH_DATE)
        times: dict[str, float] = {}
        ingested = _timed("ingest", lambda: pipeline.ingest(window, run), times)
        extracted = _timed(
            "extract",
            lambda: [pipeline.extract(window, s, run.shards, run) for s in range(run.shards)],
            times,
        )
        validated = _timed("validate", lambda: pipeline.validate(window, run), times)
        _timed("publish", lambda: pipeline.publish(window, run), times)
        _timed("digest", lambda: pipeline.digest(window, run), times)
        # the same data validated again: a warm process, suites already stored
        _timed("validate_again", lambda: pipeline.validate(window, run), times)
    total = sum(v for k, v in times.items() if k != "validate_again")
    result = {
        "articles": ingested["articles"],
        "entities": sum(e["entities"] for e in extracted),
        "quotes": sum(e["quotes"] for e in extracted),
        "checks": validated["checks"],
        "warnings": validated["warnings"],
        "seconds": {k: round(v, 2) for k, v in times.items()},
        "run_seconds": round(total, 2),
        "validation_share": round(times["validate"] / total, 4),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(
        f"validation: {result['articles']} articles, {result['entities']} entities, "
        f"{result['quotes']} quotes; {result['checks']} checks, {result['warnings']} warnings\n"
        f"  stages (s): "
        + ", ".join(f"{k} {v:.1f}" for k, v in times.items() if k != "validate_again")
        + f"\n  validate = {times['validate']:.1f} s of a {total:.1f} s run "
        f"= {100 * result['validation_share']:.1f}% (target <= 10%); "
        f"again, warm: {times['validate_again']:.1f} s; peak RSS {result['peak_rss_mb']} MB"
    )
    return result


@section("statements")
def bench_statements(args: argparse.Namespace) -> dict:
    """The statement layer alone (actors, typing, targets) against the quote engine's time."""
    from tools import bench_statements

    corpus = get_settings().shared_dir / "corpus" / "articles" / "bbc_news_2004_2005.jsonl"
    result = bench_statements.run(corpus, args.docs)
    print(json.dumps(result))
    return result


# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sections", nargs="*", help="section names (default: all)")
    parser.add_argument("--list", action="store_true", help="list the sections and exit")
    parser.add_argument("--docs", type=int, default=200, help="articles per pass (default 200)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per pass; the best counts")
    parser.add_argument(
        "--model", default=None, help="spaCy pipeline (default: PARLEY_SPACY_MODEL)"
    )
    parser.add_argument("--json", type=Path, help="write every section's numbers to this file")
    args = parser.parse_args(argv)
    if args.list:
        for name, fn in SECTIONS.items():
            print(f"{name}\t{(fn.__doc__ or '').strip().splitlines()[0]}")
        return 0
    unknown = [s for s in args.sections if s not in SECTIONS]
    if unknown:
        print(f"bench: unknown section(s) {unknown}; known: {sorted(SECTIONS)}", file=sys.stderr)
        return 2
    results = {}
    for name in track(args.sections or list(SECTIONS), what="bench sections"):
        print(f"== {name}")
        results[name] = SECTIONS[name](args)
        print()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
