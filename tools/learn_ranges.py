"""``make quality-ranges``: learn the plausibility ranges of the quality checks from real text.

Runs the pipeline's own ingest and extract stages over ``../shared/corpus/articles`` (3,335 BBC,
Reuters and web articles: news) and ``../shared/corpus/diplomatic`` (445 government press
statements, readouts, joint statements, briefing transcripts and Wikinews diplomacy articles:
the kind of text Parley ships as its samples and is built to read) and takes quantiles of the
very metrics the suites compute (:func:`parley.quality.plausibility.article_stats`,
:func:`~parley.quality.plausibility.quote_words`), so a range and its check can never drift apart.

* **article / quote level** — the 1st and 99th percentile over all news articles (quotes); the
  check passes when at least ``mostly`` of the day's rows lie inside, so one odd article does not
  warn but a day where many do (an extractor loop, a feed of tables) does.
* **day level** — days are simulated by drawing ``DAY_SIZE`` articles of one corpus at random
  (without replacement, ``DRAWS`` times, fixed seed) and computing the day's mean or share; the
  range is the 0.5th to 99.5th percentile of those simulated days. It is only applied to days
  with at least ``DAY_SIZE`` extracted articles: on a smaller day the statistic is noise.
  How many quotations and names an article holds is a property of its kind of text
  (:data:`KIND_METRICS`: a readout has three quotations an article and 110 names per 1,000
  words, a news article eight and 75): their range is the widest of the corpora's, so a day of
  press statements is as plausible as a day of news. The share of quotations left without a
  speaker measures attribution, not the text: its range is learned on news alone, where every
  speaker is in the text, and a day above it is a day whose speakers extraction did not find
  (a press statement's first-person "we", whose speaker is the issuing office, is one).

Regenerate (about 6 minutes on 2 cores; it runs spaCy over both corpora)::

    python -m tools.learn_ranges            # writes include/parley/data/quality/plausibility.csv
    python -m tools.learn_ranges --data-dir D   # reuse the staging areas of an earlier run in D
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
    from collections.abc import Sequence

    import pandas as pd

DAY_SIZE = 50


DRAWS = 2000


SEED = 20261125


LEARN_DATE = "2000-01-01"  # the partition date the learning run stages the corpus under


# day-level metrics that describe the kind of text (how many quotations and names it holds),
# learned as the widest range of the corpora; the others are learned on the news corpus alone
KIND_METRICS = frozenset({"mean_quotes_per_article", "mean_entities_per_1k_words"})


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


@dataclasses.dataclass(frozen=True)
class Corpus:
    """One corpus's extraction: its ``name`` (a folder of ``../shared/corpus``) and the staged
    ``articles``, ``entities`` and ``quotes`` frames of a learning run over it."""

    name: str
    articles: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame


def _simulated_days(stats: pd.DataFrame, day_size: int, draws: int, seed: int) -> dict[str, list]:
    """The three day statistics of ``draws`` days of ``day_size`` articles of ``stats`` drawn
    without replacement (fixed ``seed``)."""
    import numpy as np

    if len(stats) < day_size:
        raise ValueError(f"need at least {day_size} extracted articles, got {len(stats)}")
    rng = np.random.default_rng(seed)
    n_quotes = stats["n_quotes"].to_numpy()
    n_unattr = stats["n_unattributed"].to_numpy()
    ents = stats["entities_per_1k_words"].to_numpy()
    days = [rng.choice(len(stats), size=day_size, replace=False) for _ in range(draws)]
    return {
        "mean_quotes_per_article": [n_quotes[d].mean() for d in days],
        "mean_entities_per_1k_words": [ents[d].mean() for d in days],
        "unattributed_share": [n_unattr[d].sum() / max(1, n_quotes[d].sum()) for d in days],
    }


def learn(
    articles: pd.DataFrame,
    entities: pd.DataFrame,
    quotes: pd.DataFrame,
    source: str,
    day_size: int = DAY_SIZE,
    draws: int = DRAWS,
    seed: int = SEED,
    kinds: Sequence[Corpus] = (),
) -> list[Range]:
    """Ranges from one extraction run over the news corpus (``articles``, ``entities``,
    ``quotes``) and, for the day-level :data:`KIND_METRICS`, over each corpus of another kind of
    text in ``kinds`` too: the widest range of them all (see the module docstring for the
    method). Raises ValueError when a corpus has fewer than ``day_size`` extracted articles."""
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

    per_article = "p1..p99 over news articles; at least 90% of a day's articles inside"
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
        "p1..p99 over the quotes of news articles; at least 90% of a day's quotes inside",
    )

    news_days = _simulated_days(stats, day_size, draws, seed)
    kind_days = [
        (
            c.name,
            _simulated_days(article_stats(c.articles, c.entities, c.quotes), day_size, draws, seed),
        )
        for c in kinds
    ]
    day_method = (
        f"p0.5..p99.5 of {draws} simulated days of {day_size} articles drawn without "
        f"replacement (seed {seed}); checked on days with >= {day_size} articles"
    )
    for metric in ("mean_quotes_per_article", "mean_entities_per_1k_words", "unattributed_share"):
        lo, med, hi = _quantiles(news_days[metric], 0.005, 0.995)
        if metric in KIND_METRICS and kind_days:
            for _, days in kind_days:
                k_lo, _, k_hi = _quantiles(days[metric], 0.005, 0.995)
                lo, hi = min(lo, k_lo), max(hi, k_hi)
            names = " and ".join(["news", *(name for name, _ in kind_days)])
            method = f"{day_method}; the widest of the ranges of days of {names} texts"
        else:
            method = f"{day_method}; days of news articles"
        if metric == "unattributed_share":
            method += "; share = unattributed quotes / all quotes of the day"
        rows.append(Range(metric, "day", lo, hi, 1.0, day_size, med, draws, method, source))
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


def _run(corpus: Path, data_dir: Path, settings: Settings) -> Corpus:
    """The staged frames of a learning run over ``corpus`` in ``data_dir`` (run first unless
    ``data_dir`` already holds one)."""
    run_settings = dataclasses.replace(settings, inbox=corpus, data_dir=data_dir.resolve())
    if not (run_settings.staging_dir / f"dt={LEARN_DATE}" / "quotes").exists():
        run_corpus(corpus, run_settings.data_dir, settings)
    frames = staged_frames(run_settings)
    return Corpus(corpus.name, frames["articles"], frames["entities"], frames["quotes"])


def _files(corpus: Path) -> str:
    return ", ".join(sorted(str(p.relative_to(corpus)) for p in corpus.rglob("*.jsonl")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.learn_ranges", description=__doc__)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="news: default <PARLEY_SHARED_DIR>/corpus/articles",
    )
    parser.add_argument(
        "--kind-corpus",
        type=Path,
        action="append",
        default=None,
        help="another kind of text Parley reads (repeatable): default "
        "<PARLEY_SHARED_DIR>/corpus/diplomatic",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="reuse (or keep) the staging areas of a learning run here (one folder per corpus)",
    )
    parser.add_argument("--out", type=Path, default=RANGES_FILE)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    corpus = (args.corpus or settings.shared_dir / "corpus" / "articles").resolve()
    kinds = [
        p.resolve() for p in (args.kind_corpus or [settings.shared_dir / "corpus" / "diplomatic"])
    ]
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="parley-plausibility-"))
    started = time.perf_counter()
    news = _run(corpus, data_dir / corpus.name, settings)
    others = [_run(k, data_dir / k.name, settings) for k in kinds]
    parts = [
        f"{c.name}/ ({_files(path)}; {len(c.articles)} articles)"
        for c, path in zip([news, *others], [corpus, *kinds], strict=True)
    ]
    source = (
        f"learned by `python -m tools.learn_ranges` from {' and '.join(parts)} with "
        f"{settings.spacy_model}, {datetime.now(UTC).date().isoformat()}"
    )
    ranges = learn(news.articles, news.entities, news.quotes, source, kinds=others)
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
