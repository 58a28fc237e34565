"""Speed and memory numbers (``make bench``): named sections, each a function that prints its own.

    python -m parley.bench                 every section
    python -m parley.bench validation      one section (names: see SECTIONS)

Sections run on the real corpus in ``<PARLEY_SHARED_DIR>/corpus/articles`` in a throw-away data
folder; ``PARLEY_BENCH_LIMIT=N`` takes the first N articles of each file (for a quick look; the
numbers to quote are from the whole corpus).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from parley.settings import Settings, get_settings

BENCH_DATE = "2000-01-01"


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


def bench_validation(settings: Settings) -> dict:
    """The daily run's stages over the corpus as one day (what the DAG's tasks call, in order),
    timed one by one: validation's share of the run. ``validate`` includes importing Great
    Expectations, as a fresh Airflow task process would."""
    from parley import pipeline
    from parley.dates import window_for_date

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


SECTIONS: dict[str, Callable[[Settings], dict]] = {
    "validation": bench_validation,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m parley.bench", description=__doc__)
    parser.add_argument("sections", nargs="*", help=f"default: all ({', '.join(SECTIONS)})")
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = parser.parse_args(argv)
    unknown = [s for s in args.sections if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {unknown}; known: {', '.join(SECTIONS)}")
    settings = get_settings()
    results = {name: SECTIONS[name](settings) for name in args.sections or SECTIONS}
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
