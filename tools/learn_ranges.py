"""``make quality-ranges``: learn the plausibility ranges of the quality checks from real news.

Runs the pipeline's own ingest and extract stages over ``../shared/corpus/articles`` (3,335 BBC,
Reuters and web articles) and takes quantiles of the very metrics the suites compute
(:func:`parley.quality.plausibility.article_stats`, :func:`~parley.quality.plausibility.quote_words`),
so a range and its check can never drift apart.

* **article / quote level** — the 1st and 99th percentile over all articles (quotes); the check
  passes when at least ``mostly`` of the day's rows lie inside, so one odd article does not warn
  but a day where many do (an extractor loop, a feed of tables) does.
* **day level** — days are simulated by drawing ``DAY_SIZE`` articles at random (without
  replacement, ``DRAWS`` times, fixed seed) and computing the day's mean or share; the range is the
  0.5th to 99.5th percentile of those simulated days. It is only applied to days with at least
  ``DAY_SIZE`` extracted articles: on a smaller day the statistic is noise.

Regenerate (about 5 minutes on 2 cores; it runs spaCy over the whole corpus)::

    python -m tools.learn_ranges            # writes include/parley/data/quality/plausibility.csv
    python -m tools.learn_ranges --data-dir D   # reuse the staging area of an earlier run in D
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import logging
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from parley.quality.plausibility import RANGES_FILE, Range, article_stats, quote_words
from parley.settings import Settings, get_settings

if TYPE_CHECKING:
    import pandas as pd

DAY_SIZE = 50


DRAWS = 2000


SEED = 20261125


LEARN_DATE = "2000-01-01"  # the partition date the learning run stages the corpus under


FIELDS = (
    "metric",
    "level",
    "low",
    "high",
    "mostly",
    "min_articles",
    "median",
    "sample_size",
    "method",
    "source",
)


def _quantiles(values, low: float, high: float) -> tuple[float, float, float]:
    import numpy as np

    arr = np.asarray(values, dtype=float)
    lo, med, hi = np.quantile(arr, [low, 0.5, high])
    return round(float(lo), 3), round(float(med), 3), round(float(hi), 3)


def learn(
    articles: pd.DataFrame,
    entities: pd.DataFrame,
    quotes: pd.DataFrame,
    source: str,
    day_size: int = DAY_SIZE,
    draws: int = DRAWS,
    seed: int = SEED,
) -> list[Range]:
    """Ranges from one extraction run over a corpus (see the module docstring for the method)."""
    import numpy as np

    stats = article_stats(articles, entities, quotes)
    if len(stats) < day_size:
        raise ValueError(f"need at least {day_size} extracted articles, got {len(stats)}")
    words = quote_words(quotes)
    rows: list[Range] = []

    def add(metric, level, values, lo_q, hi_q, mostly, min_articles, method):
        lo, med, hi = _quantiles(values, lo_q, hi_q)
        rows.append(
            Range(metric, level, lo, hi, mostly, min_articles, med, len(values), method, source)
        )

    per_article = "p1..p99 over articles; at least 90% of a day's articles inside"
    add("quotes_per_article", "article", stats["n_quotes"], 0.01, 0.99, 0.9, 1, per_article)
    add(
        "entities_per_1k_words",
        "article",
        stats["entities_per_1k_words"],
        0.01,
        0.99,
        0.9,
        1,
        per_article,
    )
    add(
        "quote_words",
        "quote",
        words,
        0.01,
        0.99,
        0.9,
        1,
        "p1..p99 over quotes; at least 90% of a day's quotes inside",
    )

    rng = np.random.default_rng(seed)
    n_quotes = stats["n_quotes"].to_numpy()
    n_unattr = stats["n_unattributed"].to_numpy()
    ents = stats["entities_per_1k_words"].to_numpy()
    days = [rng.choice(len(stats), size=day_size, replace=False) for _ in range(draws)]
    day_method = (
        f"p0.5..p99.5 of {draws} simulated days of {day_size} articles drawn without "
        f"replacement (seed {seed}); checked on days with >= {day_size} articles"
    )
    add(
        "mean_quotes_per_article",
        "day",
        [n_quotes[d].mean() for d in days],
        0.005,
        0.995,
        1.0,
        day_size,
        day_method,
    )
    add(
        "mean_entities_per_1k_words",
        "day",
        [ents[d].mean() for d in days],
        0.005,
        0.995,
        1.0,
        day_size,
        day_method,
    )
    add(
        "unattributed_share",
        "day",
        [n_unattr[d].sum() / max(1, n_quotes[d].sum()) for d in days],
        0.005,
        0.995,
        1.0,
        day_size,
        day_method + "; share = unattributed quotes / all quotes of the day",
    )
    return rows


def write_ranges(ranges: list[Range], path: Path = RANGES_FILE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        for r in ranges:
            writer.writerow(dataclasses.asdict(r))
    return path


def run_corpus(corpus: Path, data_dir: Path, settings: Settings) -> Settings:
    """Ingest and extract ``corpus`` with the pipeline's own stages into ``data_dir``'s staging."""
    from parley import pipeline
    from parley.dates import window_for_date

    run_settings = dataclasses.replace(settings, inbox=corpus, data_dir=data_dir)
    window = window_for_date(LEARN_DATE)
    pipeline.ingest(window, run_settings)
    for shard in range(run_settings.shards):
        pipeline.extract(window, shard, run_settings.shards, run_settings)
    return run_settings


def staged_frames(settings: Settings, ds: str = LEARN_DATE) -> dict[str, pd.DataFrame]:
    from parley.storage import lake

    return {
        t: lake.read_staging(t, ds, settings).to_pandas()
        for t in ("articles", "entities", "quotes")
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.learn_ranges", description=__doc__)
    parser.add_argument(
        "--corpus", type=Path, default=None, help="default: <PARLEY_SHARED_DIR>/corpus/articles"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="reuse (or keep) the staging area of a learning run here",
    )
    parser.add_argument("--out", type=Path, default=RANGES_FILE)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    corpus = (args.corpus or settings.shared_dir / "corpus" / "articles").resolve()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="parley-plausibility-"))
    run_settings = dataclasses.replace(settings, inbox=corpus, data_dir=data_dir.resolve())
    started = time.perf_counter()
    if not (run_settings.staging_dir / f"dt={LEARN_DATE}" / "quotes").exists():
        run_corpus(corpus, run_settings.data_dir, settings)
    frames = staged_frames(run_settings)
    files = sorted(p.name for p in corpus.glob("*.jsonl"))
    source = (
        f"learned by `python -m tools.learn_ranges` from {corpus.name}/ ({', '.join(files)}; "
        f"{len(frames['articles'])} articles) with {settings.spacy_model}, "
        f"{datetime.now(UTC).date().isoformat()}"
    )
    ranges = learn(frames["articles"], frames["entities"], frames["quotes"], source)
    path = write_ranges(ranges, args.out)
    for r in ranges:
        print(
            f"{r.metric:28} {r.level:8} [{r.low:g}, {r.high:g}] median {r.median:g} "
            f"(n={r.sample_size})"
        )
    print(f"wrote {path} in {time.perf_counter() - started:.0f} s (staging kept in {data_dir})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
