"""Completeness: did every source deliver today what it usually does?

Each source's articles today (from the staged ``source_days`` table, so a source that returned
nothing is still listed) are compared with its recent published history (:func:`source_history`);
the ``source_completeness`` suite flags a source that went quiet (critical) or brought far fewer
articles than usual (warning).

Policy: a source is *expected* on a day when, over the published days of the last
:data:`HISTORY_DAYS` calendar days (at least :data:`MIN_HISTORY_DAYS` of them), it had articles on
at least :data:`QUIET_ACTIVE_SHARE` of them. An expected source with no articles went quiet
(critical: the day would be published incomplete). A source active on at least
:data:`LOW_ACTIVE_SHARE` of the days that brings fewer than :data:`LOW_VOLUME_SHARE` of its usual
(median) count is a warning. A source known to have stopped is listed in
``PARLEY_QUIET_SOURCES_OK`` and downgraded to a warning, so a retired feed cannot block every day
that follows.
"""

from __future__ import annotations

import statistics
from datetime import date, timedelta
from typing import TYPE_CHECKING

from parley.quality.checks import SuiteInputs
from parley.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

# Completeness policy: a source is *expected* on a day when, over the published days of the last
# HISTORY_DAYS calendar days (at least MIN_HISTORY_DAYS of them), it had articles on at least
# QUIET_ACTIVE_SHARE of them. An expected source with no articles went quiet (critical: the day
# would be published incomplete). A source active on at least LOW_ACTIVE_SHARE of the days that
# brings fewer than LOW_VOLUME_SHARE of its usual (median) count is a warning. A source that is
# known to have stopped is listed in PARLEY_QUIET_SOURCES_OK and downgraded to a warning, so a
# retired feed cannot block every day that follows.
HISTORY_DAYS = 14


MIN_HISTORY_DAYS = 5


QUIET_ACTIVE_SHARE = 0.9


LOW_ACTIVE_SHARE = 0.5


LOW_VOLUME_SHARE = 0.25


def source_history(
    ds: str, settings: Settings, days: int = HISTORY_DAYS
) -> tuple[pd.DataFrame, list[str]]:
    """Articles per source per published day over the ``days`` calendar days before ``ds``, and the
    published days of that window (a day published with no articles counts as a day).

    This reads the published ``articles`` partitions; a per-source count table can replace the query
    here without touching the checks."""
    import pandas as pd

    from parley.storage import lake
    from parley.storage.warehouse import duckdb_connect

    first = (date.fromisoformat(ds) - timedelta(days=days)).isoformat()
    published = lake.published(settings)
    dates = [d for d, m in published.items() if first <= d < ds and "articles" in m.tables]
    if not dates:
        return pd.DataFrame({"source": [], "dt": [], "n": []}), []
    con = duckdb_connect(settings=settings)
    try:  # only the window's partitions are read
        counts = con.execute(
            "select source, cast(dt as varchar) as dt, count(*) as n "
            f"from {lake.scan('articles', settings, dates=dates, days=published)} group by all"
        ).df()
    finally:
        con.close()
    return counts, dates


def source_completeness_table(inputs: SuiteInputs) -> pd.DataFrame:
    """One row per source seen today or in the history window: today's article count against the
    source's history, and the verdicts ``_source_not_quiet`` / ``_source_volume_plausible``."""
    import pandas as pd

    today = inputs.tables["articles"]["source"].value_counts().to_dict()
    days = inputs.tables.get("source_days")
    if days is not None and len(days):
        # every configured source has a row, also the ones that gave nothing today
        today = {src: int(today.get(src, 0)) for src in days["source"]} | today
    hist = inputs.history if inputs.history is not None else pd.DataFrame(columns=["source", "n"])
    n_days = len(inputs.history_dates)
    rows = []
    for src in sorted(set(today) | set(hist["source"].dropna())):
        active = hist.loc[hist["source"] == src, "n"].astype(int).tolist()
        share = len(active) / n_days if n_days else 0.0
        median = float(statistics.median(active)) if active else 0.0
        n = int(today.get(src, 0))
        judged = n_days >= MIN_HISTORY_DAYS
        quiet = judged and share >= QUIET_ACTIVE_SHARE and n == 0
        waived = src in inputs.settings.quiet_sources_ok
        low = judged and share >= LOW_ACTIVE_SHARE and n < LOW_VOLUME_SHARE * median
        rows.append(
            {
                "source": src,
                "articles_today": n,
                "history_days": n_days,
                "active_days": len(active),
                "median_when_active": median,
                "_source_not_quiet": not (quiet and not waived),
                "_source_volume_plausible": not low,
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "source",
            "articles_today",
            "history_days",
            "active_days",
            "median_when_active",
            "_source_not_quiet",
            "_source_volume_plausible",
        ],
    )
