"""Plausibility: what a normal day of extraction looks like, and the metrics that say so.

The quality suites warn when a day's numbers leave the ranges in ``data/quality/plausibility.csv``:
quotes per article, quote length, entities per 1,000 words (per article or quote, with GX's
``mostly``) and the day's means and share of unattributed quotes (per day). The ranges are learned
by ``make quality-ranges`` (``tools/learn_ranges.py``), which runs the pipeline over
``../shared/corpus/articles`` (news) and ``../shared/corpus/diplomatic`` (press statements,
readouts, transcripts: a day of them is as plausible as a day of news for the metrics that
describe the kind of text, not for the share of unattributed quotes) and takes quantiles of the
very metrics defined here
(:func:`article_stats`, :func:`quote_words`), so a range and its check cannot drift apart; the
file's ``method`` and ``source`` columns record how each row was made.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from parley.datafiles import data_path, rows
from parley.ingest.articles import extractable

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

RANGES_FILE = data_path("quality/plausibility.csv")


@dataclass(frozen=True)
class Range:
    """One learned range (a row of ``plausibility.csv``)."""

    metric: str
    level: str  # article | quote | day
    low: float
    high: float
    mostly: float  # share of rows that must lie inside (1.0 for day-level statistics)
    min_articles: int  # the check applies to days with at least this many extracted articles
    median: float
    sample_size: int
    method: str
    source: str


def load_ranges(path: Path = RANGES_FILE) -> dict[str, Range]:
    """The learned ranges by metric name (empty if the file has not been generated)."""
    if not path.exists():
        log.warning("no plausibility ranges at %s: plausibility checks are skipped", path)
        return {}
    return {
        row["metric"]: Range(
            metric=row["metric"],
            level=row["level"],
            low=float(row["low"]),
            high=float(row["high"]),
            mostly=float(row["mostly"]),
            min_articles=int(row["min_articles"]),
            median=float(row["median"]),
            sample_size=int(row["sample_size"]),
            method=row["method"],
            source=row["source"],
        )
        for row in rows(path)
    }


def extracted_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles that went through extraction (originals in English or of unknown language)."""
    import pandas as pd

    if articles.empty:
        return articles

    def plain(value):
        return None if pd.isna(value) else value

    keep = [
        extractable({"duplicate_of": plain(d), "language": plain(lang)})
        for d, lang in zip(articles["duplicate_of"], articles["language"], strict=True)
    ]
    return articles[keep]


def article_stats(
    articles: pd.DataFrame, entities: pd.DataFrame, quotes: pd.DataFrame
) -> pd.DataFrame:
    """One row per extracted article: ``n_words`` (whitespace tokens of the text), ``n_quotes``,
    ``n_unattributed`` (quotes without a speaker), ``n_entities`` and ``entities_per_1k_words``."""
    import pandas as pd

    base = extracted_articles(articles)
    out = pd.DataFrame(
        {
            "article_id": base["article_id"].astype(str).to_numpy(),
            "source": base["source"].astype(str).to_numpy(),
            "n_words": [len(str(t).split()) for t in base["text"]],
        }
    )
    n_quotes = quotes.groupby("article_id").size() if not quotes.empty else pd.Series(dtype=int)
    unattributed = (
        quotes[quotes["speaker"].isna()].groupby("article_id").size()
        if not quotes.empty
        else pd.Series(dtype=int)
    )
    n_entities = (
        entities.groupby("article_id").size() if not entities.empty else pd.Series(dtype=int)
    )
    ids = out["article_id"]
    out["n_quotes"] = ids.map(n_quotes).fillna(0).astype("int64")
    out["n_unattributed"] = ids.map(unattributed).fillna(0).astype("int64")
    out["n_entities"] = ids.map(n_entities).fillna(0).astype("int64")
    words = out["n_words"].where(out["n_words"] > 0)
    out["entities_per_1k_words"] = (1000.0 * out["n_entities"] / words).fillna(0.0)
    return out


def quote_words(quotes: pd.DataFrame) -> pd.Series:
    """Length of each quote in words (whitespace tokens of ``quote_text``)."""
    import pandas as pd

    return pd.Series(
        [len(str(t).split()) if t is not None else 0 for t in quotes["quote_text"]],
        index=quotes.index,
        dtype="int64",
    )
