"""Data quality as a contract: Great Expectations suites for every table, and their verdict.

**Suites are declarations.** :func:`suites` returns one :class:`TableSuite` per table; each is a
list of :class:`Check` (a GX expectation, its severity and one sentence saying what it protects),
composed from small builders:

* :func:`structure` — the table's columns and their types exactly as ``schema.py`` defines them,
  the key present and unique;
* :func:`allowed` / :func:`matches` / :func:`required` — allowed values (labels, kinds, ISO
  country codes), formats (:data:`CAMEO_CODE`) and columns that may not be null;
* :func:`span` — every offset pair lies inside its article and ``article.text[start:end]`` equals
  the stored text; :func:`article_exists` — every row's article is in the partition;
* :func:`plausible` — ranges learned from the corpus (:mod:`parley.plausibility`);
* the ``source_completeness`` suite — completeness: each source's articles today (from the staged
  ``source_days`` table, so a source that returned nothing is still listed) against its recent
  published history (:func:`source_history`); a source that went quiet is flagged.

Adding a table's suite is one entry in :func:`suites`: its ``structure`` plus the
``span``/``allowed``/``matches``/``required`` checks it needs (the ``statements`` entry is the
model to copy). A table ``schema.py`` defines without an entry still gets :func:`default_suite`
(its structure, and that its article exists): no staged table goes unchecked. Tables not
staged on a day are skipped. Checks GX cannot express on one column (a span must equal the
article text; a row's article must exist) declare a :class:`Derive` that computes a boolean
column next to the data (``_span_matches`` …), which GX then validates like any other column, so
the failing rows show in the Data Docs.

**Severity.** ``critical`` failures block publishing the partition (see ``pipeline.validate``);
``warning`` failures are reported (log, Data Docs, ``quality_runs``) and the partition publishes.

**Reports.** The GX project lives in ``<data>/gx`` (suites and every validation result, so the Data
Docs keep history); the Data Docs HTML is in ``<data>/reports/quality/``; every check's outcome
becomes a row of the ``quality_runs`` table (:meth:`ValidationReport.rows`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from parley import schema
from parley.settings import Settings, get_settings

if TYPE_CHECKING:
    import pandas as pd

    from parley.plausibility import Range

log = logging.getLogger(__name__)

CRITICAL = "critical"
WARNING = "warning"
DOCS_SITE = "quality"
DATASOURCE = "parley"
SAMPLE_ROWS = 3  # failing rows named in messages and in quality_runs.failing_rows

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

# ISO 3166-1 alpha-2 codes: CLDR's two-letter territories minus its non-ISO/exceptionally
# reserved ones. CLDR ships with Babel (an Airflow dependency), so no list is copied into the repo.
_NOT_ISO_3166 = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB"}
_NOT_ISO_3166 |= {"XK", "ZZ"}


def iso_country_codes() -> list[str]:
    """ISO 3166-1 alpha-2 country codes (from CLDR via Babel)."""
    from babel import Locale

    return sorted(
        code
        for code in Locale("en").territories
        if len(code) == 2 and code.isalpha() and code not in _NOT_ISO_3166
    )


# ---------------------------------------------------------------------------------------------
# declarations


def statement_country_codes() -> list[str]:
    """ISO codes a statement may carry: CLDR's current ones plus the former states and
    user-assigned codes the actor tables know (SU, DD, CS, XK: ``data/countries.csv``)."""
    from parley.actors import tables

    return sorted(set(iso_country_codes()) | set(tables().countries))


@dataclass
class Inputs:
    """What derivations and virtual tables may read: the day's frames, article texts, history."""

    ds: str
    tables: dict[str, pd.DataFrame]
    settings: Settings
    texts: dict[str, str] = field(default_factory=dict)
    history: pd.DataFrame | None = None  # source, dt, n (articles per source per published day)
    history_dates: list[str] = field(default_factory=list)
    n_extracted: int = 0  # articles that went through extraction today


# A derivation adds one or more boolean/number columns to a table's frame, by name.
Derive = Callable[["pd.DataFrame", Inputs], dict[str, Sequence[Any]]]


@dataclass(frozen=True)
class Check:
    """One expectation with its severity and what it protects, in one sentence."""

    name: str  # stable slug: messages, tests and quality_runs.check_name use it
    expectation: str  # GX expectation class name
    kwargs: Mapping[str, Any]
    severity: str
    says: str
    derive: Derive | None = None  # computes the column the check reads, when it is not stored
    show: tuple[str, ...] = ()  # columns shown with each failing row
    min_articles: int = 0  # day-level statistics: only on days with this many extracted articles


STAGING = "staging"  # validated on the staged partition
MARTS = "marts"  # validated on the day's rows of the marts as publishing would build them


@dataclass(frozen=True)
class TableSuite:
    table: str
    key: str  # failing rows are named by this column
    checks: tuple[Check, ...]
    build: Callable[[Inputs], pd.DataFrame] | None = None  # virtual tables, computed not stored
    layer: str = STAGING


def _gx_type(t: pa.DataType) -> str:
    """The type name GX observes for a column of Arrow type ``t`` (see :func:`to_frame`)."""
    if pa.types.is_timestamp(t):
        return "Timestamp"
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "str"
    if pa.types.is_boolean(t):
        return "bool"
    return str(t.to_pandas_dtype().__name__ if hasattr(t, "to_pandas_dtype") else t)


def structure(table: str) -> list[Check]:
    """Columns exactly as ``schema.py`` declares them, each of its type; the key set and unique."""
    sch = schema.TABLES[table]
    key = schema.KEYS[table]
    checks = [
        Check(
            "columns_match_schema",
            "ExpectTableColumnsToMatchSet",
            {"column_set": sch.names, "exact_match": True},
            CRITICAL,
            f"{table} has exactly the columns schema.py defines",
        ),
        Check(
            "key_not_null",
            "ExpectColumnValuesToNotBeNull",
            {"column": key},
            CRITICAL,
            f"every {table} row has a {key}",
        ),
        Check(
            "key_unique",
            "ExpectColumnValuesToBeUnique",
            {"column": key},
            CRITICAL,
            f"{key} is unique: no row is stored twice",
        ),
    ]
    checks += [
        Check(
            f"type_{f.name}",
            "ExpectColumnValuesToBeOfType",
            {"column": f.name, "type_": _gx_type(f.type)},
            CRITICAL,
            f"{f.name} is of type {f.type}",
        )
        for f in sch
    ]
    return checks


def required(column: str, severity: str = CRITICAL, says: str = "", mostly: float = 1.0) -> Check:
    kwargs: dict[str, Any] = {"column": column}
    if mostly < 1.0:
        kwargs["mostly"] = mostly
    return Check(
        f"{column}_present",
        "ExpectColumnValuesToNotBeNull",
        kwargs,
        severity,
        says or f"{column} is never null",
        show=(column,),
    )


def allowed(column: str, values: Sequence[Any], says: str, severity: str = CRITICAL) -> Check:
    """Values of ``column`` (nulls aside) come from ``values``."""
    return Check(
        f"{column}_allowed",
        "ExpectColumnValuesToBeInSet",
        {"column": column, "value_set": sorted(values)},
        severity,
        says,
        show=(column,),
    )


# CAMEO event codes (Gerner et al., CAMEO manual 1.1b3): a two-digit root 01-20, refined by up to
# two more digits (e.g. "04", "042", "0421"). The shape is checked; the codebook is not copied.
CAMEO_CODE = r"^(?:0[1-9]|1[0-9]|20)[0-9]{0,2}$"


def matches(column: str, regex: str, says: str, severity: str = CRITICAL) -> Check:
    """Values of ``column`` (nulls aside) match ``regex`` (e.g. :data:`CAMEO_CODE`)."""
    return Check(
        f"{column}_format",
        "ExpectColumnValuesToMatchRegex",
        {"column": column, "regex": regex},
        severity,
        says,
        show=(column,),
    )


def between(
    name: str,
    column: str,
    says: str,
    low: float | None = None,
    high: float | None = None,
    show: tuple[str, ...] = (),
) -> Check:
    """Values of ``column`` lie in ``[low, high]`` (an open side when ``None``); critical."""
    bounds = {k: v for k, v in (("min_value", low), ("max_value", high)) if v is not None}
    return Check(
        name,
        "ExpectColumnValuesToBeBetween",
        {"column": column, **bounds},
        CRITICAL,
        says,
        show=show or (column,),
    )


def _flag(name: str, derive: Derive, says: str, severity: str = CRITICAL, show=()) -> Check:
    """A check that the derived boolean column ``_<name>`` is true on every row."""
    return Check(
        name,
        "ExpectColumnValuesToBeInSet",
        {"column": f"_{name}", "value_set": [True]},
        severity,
        says,
        derive=derive,
        show=tuple(show),
    )


def _isna(value: Any) -> bool:
    return value is None or value is pa.NA or (isinstance(value, float) and value != value)


def _na_safe(value: Any) -> Any:
    import pandas as pd

    return None if value is pd.NA or _isna(value) else value


def span(prefix: str, start: str, end: str, text: str, optional: bool = False) -> list[Check]:
    """Offsets ``[start, end)`` lie inside the row's article and slice exactly ``text`` out of it.

    With ``optional`` a row whose offsets and text are all null passes (no speaker, no cue)."""

    def derive(df: pd.DataFrame, inputs: Inputs) -> dict[str, list[bool]]:
        inside: list[bool] = []
        matches: list[bool] = []
        for aid, s, e, t in zip(
            df["article_id"].tolist(),
            df[start].tolist(),
            df[end].tolist(),
            df[text].tolist(),
            strict=True,
        ):
            s, e, t = _na_safe(s), _na_safe(e), _na_safe(t)
            if optional and s is None and e is None:
                inside.append(True)
                matches.append(True)
                continue
            body = inputs.texts.get(aid)
            ok = body is not None and s is not None and e is not None and 0 <= s < e <= len(body)
            inside.append(bool(ok))
            matches.append(bool(ok and body[int(s) : int(e)] == t))
        return {f"_{prefix}_inside_article": inside, f"_{prefix}_matches_text": matches}

    return [
        _flag(
            f"{prefix}_inside_article",
            derive,
            f"0 <= {start} < {end} <= length of the article text",
            show=(start, end),
        ),
        _flag(
            f"{prefix}_matches_text",
            derive,
            f"article.text[{start}:{end}] equals {text}",
            show=(start, end, text),
        ),
    ]


def _quote_exists(df: pd.DataFrame, inputs: Inputs) -> dict[str, list[bool]]:
    quotes = inputs.tables.get("quotes")
    ids = set(quotes["quote_id"].tolist()) if quotes is not None else set()
    return {"_quote_exists": [q in ids for q in df["quote_id"].tolist()]}


def _article_exists(df: pd.DataFrame, inputs: Inputs) -> dict[str, list[bool]]:
    return {"_article_exists": [aid in inputs.texts for aid in df["article_id"].tolist()]}


def article_exists() -> Check:
    return _flag(
        "article_exists",
        _article_exists,
        "the row's article_id is an article of the same partition",
        show=("article_id",),
    )


def _speaker_or_reason(df: pd.DataFrame, inputs: Inputs) -> dict[str, list[bool]]:
    return {
        "_speaker_xor_reason": (df["speaker"].notna() ^ df["unattributed_reason"].notna()).tolist()
    }


def _unattributed(df: pd.DataFrame, inputs: Inputs) -> dict[str, list[float]]:
    return {"_unattributed": df["speaker"].isna().astype(float).tolist()}


def _quote_words(df: pd.DataFrame, inputs: Inputs) -> dict[str, list[int]]:
    from parley.plausibility import quote_words

    return {"_quote_words": quote_words(df).tolist()}


def plausible(column: str, r: Range | None, says: str, derive: Derive | None = None) -> list[Check]:
    """A learned range (warning): per row with ``mostly``, or the day's mean for day-level ranges."""
    if r is None:
        return []
    if r.level == "day":
        return [
            Check(
                r.metric,
                "ExpectColumnMeanToBeBetween",
                {"column": column, "min_value": r.low, "max_value": r.high},
                WARNING,
                f"{says} lies in [{r.low:g}, {r.high:g}] (learned: {r.method})",
                derive=derive,
                min_articles=r.min_articles,
            )
        ]
    return [
        Check(
            r.metric,
            "ExpectColumnValuesToBeBetween",
            {"column": column, "min_value": r.low, "max_value": r.high, "mostly": r.mostly},
            WARNING,
            f"{says} lies in [{r.low:g}, {r.high:g}] for at least {r.mostly:.0%} of rows "
            f"(learned: {r.method})",
            derive=derive,
            show=(column,),
            min_articles=r.min_articles,
        )
    ]


# ---------------------------------------------------------------------------------------------
# virtual tables


def article_stats_table(inputs: Inputs) -> pd.DataFrame:
    from parley.plausibility import article_stats

    t = inputs.tables
    return article_stats(t["articles"], t["entities"], t["quotes"])


def source_history(
    ds: str, settings: Settings, days: int = HISTORY_DAYS
) -> tuple[pd.DataFrame, list[str]]:
    """Articles per source per published day over the ``days`` calendar days before ``ds``, and the
    published days of that window (a day published with no articles counts as a day).

    This reads the published ``articles`` partitions; a per-source count table can replace the query
    here without touching the checks."""
    import duckdb
    import pandas as pd

    from parley import lake

    first = (date.fromisoformat(ds) - timedelta(days=days)).isoformat()
    dates = [d for d in lake.published_dates("articles", settings) if first <= d < ds]
    if not dates:
        return pd.DataFrame({"source": [], "dt": [], "n": []}), []
    counts = duckdb.sql(
        "select source, cast(dt as varchar) as dt, count(*) as n "
        "from read_parquet($glob, hive_partitioning = true) "
        "where cast(dt as varchar) >= $first and cast(dt as varchar) < $ds group by all",
        params={"glob": lake.glob_pattern("articles", settings), "first": first, "ds": ds},
    ).df()
    return counts, dates


def source_completeness_table(inputs: Inputs) -> pd.DataFrame:
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


# ---------------------------------------------------------------------------------------------
# the suites


SOURCE_DAY_STATUSES = ("ok", "empty", "not-modified", "failed")  # source_days.status
DIGEST_COLUMNS = ("dt", "speaker", "quote", "kind", "confidence", "article_id", "quote_id")


def suites(ranges: Mapping[str, Range] | None = None) -> dict[str, TableSuite]:
    """Every table's suite, by table name. ``ranges``: learned plausibility ranges (default: the
    package's ``plausibility.csv``). A mart's suite (``layer=MARTS``) names a model in
    ``sql/marts`` and sees that mart's rows for the day, built over the lake as it would be once
    the staged partition is published (``warehouse.preview``)."""
    from parley.entities import KEEP_LABELS
    from parley.plausibility import load_ranges

    r = load_ranges() if ranges is None else ranges
    countries = statement_country_codes()
    declared = {
        "articles": TableSuite(
            "articles",
            "article_id",
            (
                *structure("articles"),
                required("text"),
                required("content_hash"),
                required("source"),
                between(
                    "text_not_empty", "n_chars", "n_chars >= 1: no empty article is published", 1
                ),
                allowed(
                    "source_type", schema.SOURCE_TYPES, "source_type is a known kind of source"
                ),
                required("title", WARNING, "articles have a title", mostly=0.9),
            ),
        ),
        "entities": TableSuite(
            "entities",
            "entity_id",
            (
                *structure("entities"),
                article_exists(),
                *span("entity", "start_char", "end_char", "entity_text"),
                allowed("label", KEEP_LABELS, "label is one of the entity labels Parley keeps"),
                required("canonical_name"),
            ),
        ),
        "quotes": TableSuite(
            "quotes",
            "quote_id",
            (
                *structure("quotes"),
                article_exists(),
                *span("quote", "quote_start", "quote_end", "quote_text"),
                *span("speaker", "speaker_start", "speaker_end", "speaker_mention", optional=True),
                *span("cue", "cue_start", "cue_end", "cue", optional=True),
                allowed("kind", schema.QUOTE_KINDS, "kind is direct or indirect"),
                allowed(
                    "speaker_country",
                    countries,  # the actor tables' codes, as in statements (SU in 1987 news)
                    "speaker_country is an ISO 3166 alpha-2 code",
                ),
                between(
                    "confidence_in_unit_range", "confidence", "confidence lies in [0, 1]", 0.0, 1.0
                ),
                required("rule", says="every quote names the rule that produced it"),
                _flag(
                    "speaker_xor_reason",
                    _speaker_or_reason,
                    "a quote has a speaker or, when it has none, an unattributed_reason (not both)",
                    show=("speaker", "unattributed_reason"),
                ),
                *plausible(
                    "_quote_words", r.get("quote_words"), "quote length in words", _quote_words
                ),
                *plausible(
                    "_unattributed",
                    r.get("unattributed_share"),
                    "the day's share of quotes without a speaker",
                    _unattributed,
                ),
            ),
        ),
        "statements": TableSuite(
            "statements",
            "statement_id",
            (
                *structure("statements"),
                article_exists(),
                _flag(
                    "quote_exists",
                    _quote_exists,
                    "every statement types a quote of the same partition",
                    show=("quote_id",),
                ),
                allowed("statement_type", schema.STATEMENT_TYPES, "one of the 13 statement labels"),
                matches("cameo_code", CAMEO_CODE, "cameo_code is a CAMEO event code"),
                allowed(
                    "plover_category",
                    schema.PLOVER_CATEGORIES,
                    "plover_category is a PLOVER category (null where PLOVER has none)",
                ),
                allowed(
                    "speaker_country", countries, "speaker_country is an ISO 3166 alpha-2 code"
                ),
                allowed("target_country", countries, "target_country is an ISO 3166 alpha-2 code"),
                between(
                    "weight_in_range",
                    "weight",
                    "the cooperation-conflict weight lies in [-10, 10]",
                    -10.0,
                    10.0,
                ),
                between(
                    "statement_confidence_in_unit_range",
                    "confidence",
                    "confidence lies in [0, 1]",
                    0.0,
                    1.0,
                ),
                *span("target", "target_start", "target_end", "target_mention", optional=True),
                required(
                    "speaker_country",
                    WARNING,
                    "most statements resolve to a speaker country; a drop means actor "
                    "resolution broke",
                    mostly=0.2,
                ),
            ),
        ),
        "rejects": TableSuite(
            "rejects",
            "reject_id",
            (
                *structure("rejects"),
                required("reason", says="every reject says why"),
                required("source"),
                allowed("stage", schema.REJECT_STAGES, "stage is ingest, fetch or extract"),
            ),
        ),
        "article_stats": TableSuite(
            "article_stats",
            "article_id",
            (
                *plausible("n_quotes", r.get("quotes_per_article"), "quotes per article"),
                *plausible(
                    "entities_per_1k_words",
                    r.get("entities_per_1k_words"),
                    "entities per 1,000 words",
                ),
                *plausible(
                    "n_quotes", r.get("mean_quotes_per_article"), "the day's mean quotes/article"
                ),
                *plausible(
                    "entities_per_1k_words",
                    r.get("mean_entities_per_1k_words"),
                    "the day's mean entities per 1,000 words",
                ),
            ),
            build=article_stats_table,
        ),
        "source_days": TableSuite(
            "source_days",
            "source_day_id",
            (
                *structure("source_days"),
                required("source"),
                allowed(
                    "status", SOURCE_DAY_STATUSES, "status is ok, empty, not-modified or failed"
                ),
                between(
                    "counts_not_negative",
                    "articles",
                    "article counts per source are counts",
                    0,
                    show=("source", "articles"),
                ),
            ),
        ),
        "source_completeness": TableSuite(
            "source_completeness",
            "source",
            (
                Check(
                    "source_not_quiet",
                    "ExpectColumnValuesToBeInSet",
                    {"column": "_source_not_quiet", "value_set": [True]},
                    CRITICAL,
                    f"no source that had articles on >= {QUIET_ACTIVE_SHARE:.0%} of its last "
                    f"published days ({HISTORY_DAYS}-day window) is silent today",
                    show=("articles_today", "active_days", "history_days"),
                ),
                Check(
                    "source_volume_plausible",
                    "ExpectColumnValuesToBeInSet",
                    {"column": "_source_volume_plausible", "value_set": [True]},
                    WARNING,
                    f"a regular source brings >= {LOW_VOLUME_SHARE:.0%} of its median daily count",
                    show=("articles_today", "median_when_active", "active_days"),
                ),
            ),
            build=source_completeness_table,
        ),
        "daily_digest": TableSuite(
            "daily_digest",
            "quote_id",
            (
                Check(
                    "columns_present",
                    "ExpectTableColumnsToMatchSet",
                    {"column_set": list(DIGEST_COLUMNS), "exact_match": False},
                    CRITICAL,
                    "daily_digest has the columns the digest and analysts read",
                ),
                required("quote_id"),
                Check(
                    "one_row_per_quote",
                    "ExpectColumnValuesToBeUnique",
                    {"column": "quote_id"},
                    CRITICAL,
                    "one row per quotation: a join that fans out (an article listed twice) "
                    "would repeat statements",
                ),
                required("speaker", says="the digest lists attributed quotations only"),
                required("quote"),
                allowed("kind", schema.QUOTE_KINDS, "kind is direct or indirect"),
                between(
                    "confidence_in_unit_range", "confidence", "confidence lies in [0, 1]", 0.0, 1.0
                ),
                required(
                    "article_title",
                    WARNING,
                    "statements carry their article's title",
                    mostly=0.9,
                ),
            ),
            layer=MARTS,
        ),
    }
    # a table schema.py knows but no entry above names still gets its structure checked
    defaults = {
        t: default_suite(t)
        for t in schema.TABLES
        if t not in declared and t not in UNCHECKED and t in schema.KEYS
    }
    return {**declared, **defaults}


UNCHECKED = {"quality_runs"}  # the record of the checks themselves: written, never gated


def default_suite(table: str) -> TableSuite:
    """The suite of a table without a declared one: its structure (columns, types, key) and, when
    it has an ``article_id``, that the article exists. Never unchecked; declare more in suites()."""
    checks = [*structure(table)]
    if "article_id" in schema.TABLES[table].names and table != "articles":
        checks.append(article_exists())
    return TableSuite(table, schema.KEYS[table], tuple(checks))


# ---------------------------------------------------------------------------------------------
# results


@dataclass
class CheckResult:
    table: str
    check: str
    expectation: str  # GX expectation type, e.g. expect_column_values_to_be_unique
    column: str | None
    severity: str
    success: bool
    unexpected_count: int
    element_count: int | None = None
    observed: str | None = None
    sample: list[dict] = field(default_factory=list)
    says: str = ""


@dataclass
class ValidationReport:
    ds: str
    attempt: str
    results: list[CheckResult]
    docs_index: str | None = None
    validated_at: datetime | None = None

    @property
    def critical_failures(self) -> list[CheckResult]:
        return [r for r in self.results if not r.success and r.severity == CRITICAL]

    @property
    def warnings(self) -> list[CheckResult]:
        return [r for r in self.results if not r.success and r.severity == WARNING]

    @property
    def passed(self) -> bool:
        return not self.critical_failures

    def describe(self, failures: list[CheckResult] | None = None) -> str:
        """One line per failed check: severity, table.check, what it protects, count, rows."""
        lines = []
        for r in failures if failures is not None else self.critical_failures + self.warnings:
            count = (
                f"{r.unexpected_count} of {r.element_count} row(s)"
                if r.element_count is not None
                else f"observed {r.observed}"
            )
            rows = "; ".join(json.dumps(s, default=str, ensure_ascii=False) for s in r.sample)
            lines.append(
                f"{r.severity.upper()} {r.table}.{r.check} ({r.expectation}) failed: {r.says}"
                f" — {count}" + (f"; e.g. {rows}" if rows else "")
            )
        return "\n".join(lines)

    def merged(self, other: ValidationReport) -> ValidationReport:
        """This report and another layer's of the same attempt, as one."""
        return ValidationReport(
            self.ds,
            self.attempt,
            [*self.results, *other.results],
            other.docs_index or self.docs_index,
            self.validated_at,
        )

    def rows(self) -> list[dict]:
        """The ``quality_runs`` rows of this validation (one per check)."""
        day = date.fromisoformat(self.ds)
        return [
            {
                "run_date": day,
                "attempt": self.attempt,
                "validated_at": self.validated_at,
                "table_name": r.table,
                "check_name": r.check,
                "expectation": r.expectation,
                "column_name": r.column,
                "severity": r.severity,
                "success": r.success,
                "unexpected_count": r.unexpected_count,
                "element_count": r.element_count,
                "observed_value": r.observed,
                "failing_rows": json.dumps(r.sample, default=str, ensure_ascii=False)
                if r.sample
                else None,
                "description": r.says,
                "partition_passed": self.passed,
            }
            for r in self.results
        ]


# ---------------------------------------------------------------------------------------------
# running


def to_frame(table: pa.Table) -> pd.DataFrame:
    """Arrow to pandas with nullable integer/bool/float columns, so a column's type is what the
    schema says even when it holds nulls (plain ``to_pandas`` turns int64 with nulls into float)."""
    import pandas as pd

    mapping = {
        pa.int64(): pd.Int64Dtype(),
        pa.int32(): pd.Int32Dtype(),
        pa.bool_(): pd.BooleanDtype(),
        pa.float64(): pd.Float64Dtype(),
    }
    return table.to_pandas(types_mapper=mapping.get)


INDEX_LIMIT = 1000  # validation results listed on the Data Docs index (newest first)


def _context(settings: Settings):
    """The file-backed GX project in ``<data>/gx`` with the Data Docs site in
    ``<data>/reports/quality``, whose index uses :class:`parley.quality_docs.OfflineIndexPageView`
    (GX's own index table is drawn by scripts from CDNs and stays empty without network)."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    settings.gx_dir.mkdir(parents=True, exist_ok=True)
    ctx = gx.get_context(mode="file", project_root_dir=str(settings.gx_dir))
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    site = {
        "class_name": "SiteBuilder",
        "site_index_builder": {
            "class_name": "DefaultSiteIndexBuilder",
            "validation_results_limit": INDEX_LIMIT,
            "view": {"module_name": "parley.quality_docs", "class_name": "OfflineIndexPageView"},
        },
        "show_how_to_buttons": False,
        "store_backend": {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": str(settings.quality_docs_dir),
        },
    }
    sites = ctx.get_config().data_docs_sites or {}
    if DOCS_SITE not in sites:
        ctx.add_data_docs_site(DOCS_SITE, site_config=site)
    elif sites[DOCS_SITE] != site:  # the data folder moved, or the site settings changed
        ctx.update_data_docs_site(DOCS_SITE, site_config=site)
    return ctx


def frame_for(suite: TableSuite, inputs: Inputs) -> tuple[pd.DataFrame | None, list[str]]:
    """The frame a suite validates with the derived columns its checks read, and their names
    (None: the table is not part of this run)."""
    if suite.build is not None:
        df = suite.build(inputs)
    elif suite.table in inputs.tables:
        df = inputs.tables[suite.table]
    else:
        return None, []
    df = df.copy()
    derived: list[str] = []
    done: set[int] = set()
    for check in suite.checks:
        if check.derive is not None and id(check.derive) not in done:
            for name, values in check.derive(df, inputs).items():
                df[name] = list(values)
                derived.append(name)
            done.add(id(check.derive))
    return df, derived


def _plain(value: Any) -> Any:
    """numpy scalars and dicts of them to plain Python, for messages and JSON."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if _isna(value):
        return None
    return value.item() if hasattr(value, "item") else value


def _sample(df: pd.DataFrame, suite: TableSuite, check: Check, index_list: list) -> list[dict]:
    """A few failing rows: the key and the columns the check shows (from GX's index list)."""
    keys = [i.get(suite.key) for i in index_list if isinstance(i, dict)][:SAMPLE_ROWS]
    if not keys:
        return []
    cols = [suite.key, *[c for c in check.show if c in df.columns and c != suite.key]]
    rows = df.loc[df[suite.key].isin(keys), cols].drop_duplicates(subset=[suite.key])
    out = []
    for row in rows.head(SAMPLE_ROWS).to_dict("records"):
        plain = {k: _plain(v) for k, v in row.items()}
        out.append(
            {
                k: (v[:80] + "…" if isinstance(v, str) and len(v) > 80 else v)
                for k, v in plain.items()
            }
        )
    return out


def _expectations(checks: list[Check], derived: list[str]) -> list:
    import great_expectations as gx

    out = []
    for check in checks:
        kwargs = dict(check.kwargs)
        if check.expectation == "ExpectTableColumnsToMatchSet":
            kwargs["column_set"] = [*kwargs["column_set"], *derived]  # ours, not the data's
        out.append(
            getattr(gx.expectations, check.expectation)(
                **kwargs,
                severity=check.severity,
                description=f"[{check.severity}] {check.name}: {check.says}",
                meta={"check": check.name, "severity": check.severity},
            )
        )
    return out


def _validation_definition(ctx, table: str, batch_def, checks: list[Check], derived: list[str]):
    """The stored suite and validation definition of ``table``, rewritten only when the checks
    changed (GX's add_or_update compares expectation by expectation: seconds per run)."""
    import great_expectations as gx
    from great_expectations.exceptions import DataContextError

    name = f"parley_{table}"
    expectations = _expectations(checks, derived)
    spec = hashlib.sha256(
        json.dumps(
            [e.configuration.to_json_dict() for e in expectations], sort_keys=True, default=str
        ).encode()
    ).hexdigest()[:16]
    try:
        vd = ctx.validation_definitions.get(name)
        if (vd.suite.meta or {}).get("spec") == spec:
            return vd
        ctx.validation_definitions.delete(name)
    except (DataContextError, KeyError, ValueError):
        pass
    with contextlib.suppress(DataContextError, KeyError, ValueError):
        ctx.suites.delete(name)
    suite = ctx.suites.add(
        gx.ExpectationSuite(name=name, expectations=expectations, meta={"spec": spec})
    )
    return ctx.validation_definitions.add(
        gx.ValidationDefinition(name=name, data=batch_def, suite=suite)
    )


def validate(
    ds: str,
    tables: Mapping[str, pa.Table],
    settings: Settings | None = None,
    attempt: str = "manual",
    ranges: Mapping[str, Range] | None = None,
    layer: str = STAGING,
) -> ValidationReport:
    """Validate one date's tables of one layer with GX; store the results; update the Data Docs.

    For the staging layer ``tables`` are the staged tables as written (not cast to the schema, so
    a missing column or a wrong type is seen); for the marts layer, the marts' rows of the day.
    ``attempt`` names this validation in the Data Docs and quality_runs.
    """
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    logging.getLogger("great_expectations").setLevel(logging.WARNING)  # its INFO drowns task logs
    import great_expectations as gx
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    from parley.plausibility import extracted_articles

    settings = settings or get_settings()
    frames = {t: to_frame(data) for t, data in tables.items()}
    articles = frames.get("articles")
    history, history_dates = source_history(ds, settings) if layer == STAGING else (None, [])
    inputs = Inputs(
        ds=ds,
        tables=frames,
        settings=settings,
        texts=dict(zip(articles["article_id"], articles["text"], strict=True))
        if articles is not None
        else {},
        history=history,
        history_dates=history_dates,
        n_extracted=len(extracted_articles(articles)) if articles is not None else 0,
    )
    ctx = _context(settings)
    source = ctx.data_sources.add_or_update_pandas(DATASOURCE)
    run_id = gx.RunIdentifier(run_name=f"{ds}-{attempt}")
    validated_at = run_id.run_time
    results: list[CheckResult] = []
    result_ids: list[ValidationResultIdentifier] = []
    for table, suite_def in suites(ranges).items():
        if suite_def.layer != layer:
            continue
        df, derived = frame_for(suite_def, inputs)
        if df is None:
            continue
        checks = [c for c in suite_def.checks if inputs.n_extracted >= c.min_articles]
        for c in suite_def.checks:
            if c not in checks:
                log.info(
                    "%s.%s not checked: %d extracted articles < %d",
                    table,
                    c.name,
                    inputs.n_extracted,
                    c.min_articles,
                )
        if not checks:
            continue
        try:
            asset = source.get_asset(table)
        except LookupError:
            asset = source.add_dataframe_asset(table)
        try:
            batch_def = asset.get_batch_definition("whole")
        except (KeyError, LookupError):
            batch_def = asset.add_batch_definition_whole_dataframe("whole")
        by_name = {c.name: c for c in checks}
        vd = _validation_definition(ctx, table, batch_def, checks, derived)
        suite = vd.suite
        run = vd.run(
            batch_parameters={"dataframe": df},
            run_id=run_id,
            result_format={
                "result_format": "SUMMARY",
                "unexpected_index_column_names": [suite_def.key],
                "partial_unexpected_count": 20,
            },
        )
        result_ids.append(
            ValidationResultIdentifier(
                expectation_suite_identifier=ExpectationSuiteIdentifier(name=suite.name),
                run_id=run_id,
                batch_identifier=run.batch_id,
            )
        )
        for r in run.results:
            cfg = r.expectation_config
            check = by_name[cfg.meta["check"]]
            res = r.result or {}
            observed = res.get("observed_value")
            results.append(
                CheckResult(
                    table=table,
                    check=check.name,
                    expectation=cfg.type,
                    column=cfg.kwargs.get("column"),
                    severity=check.severity,
                    success=bool(r.success),
                    unexpected_count=int(res.get("unexpected_count") or 0),
                    element_count=res.get("element_count"),
                    observed=None if observed is None else str(_plain(observed)),
                    sample=[]
                    if r.success
                    else _sample(
                        df, suite_def, check, res.get("partial_unexpected_index_list") or []
                    ),
                    says=check.says,
                )
            )
            if r.exception_info and r.exception_info.get("raised_exception"):
                log.error(
                    "%s.%s raised: %s", table, check.name, r.exception_info.get("exception_message")
                )
    try:
        ctx.build_data_docs(site_names=[DOCS_SITE], resource_identifiers=result_ids)
    except Exception as err:  # the docs are a report: never let rendering hide the verdict
        log.warning("could not build the Data Docs: %s: %s", type(err).__name__, err)
    index = settings.quality_docs_dir / "index.html"
    return ValidationReport(
        ds=ds,
        attempt=attempt,
        results=results,
        docs_index=str(index) if index.exists() else None,
        validated_at=validated_at,
    )


# ---------------------------------------------------------------------------------------------
# the summary analysts read (``parley quality``)


def status(ds: str | None, settings: Settings | None = None) -> dict | None:
    """The quality verdict of one date (default: the latest validated date) from the
    ``quality_status`` and ``stg_quality_runs`` models, read live over the lake (it works before
    the first warehouse build and after a failed run): the latest attempt, its failed checks and
    the number of earlier attempts. None when the date was never validated."""
    from parley import lake, warehouse

    settings = settings or get_settings()
    if not lake.published_dates("quality_runs", settings):
        return None
    con = warehouse.scratch(["quality_status"], settings)
    try:
        if ds is None:
            row = con.execute("select max(run_date) from quality_status").fetchone()
            if not row or row[0] is None:
                return None
            ds = row[0].isoformat()
        attempts = warehouse.rows(
            con,
            "select * from quality_status where run_date = cast($ds as date) "
            "order by validated_at desc",
            {"ds": ds},
        )
        if not attempts:
            return None
        latest = attempts[0]
        failures = warehouse.rows(
            con,
            "select table_name, check_name, severity, unexpected_count, element_count, "
            "observed_value, failing_rows, description from stg_quality_runs "
            "where run_date = cast($ds as date) and attempt = $attempt and not success "
            "order by severity, table_name, check_name",
            {"ds": ds, "attempt": latest["attempt"]},
        )
    finally:
        con.close()
    index = settings.quality_docs_dir / "index.html"
    return {
        "ds": ds,
        "latest": latest,
        "failures": failures,
        "earlier_attempts": attempts[1:],
        "docs_index": str(index) if index.exists() else None,
    }


def status_line(ds: str, settings: Settings | None = None) -> str:
    """One line for the digest: the day's quality verdict and where to read more."""
    st = status(ds, settings)
    if st is None:
        return f"Quality: {ds} has not been validated."
    latest = st["latest"]
    verdict = {
        "failed": "FAILED its latest validation (not published; earlier data still served)",
        "passed with warnings": f"passed with {latest['warnings']} warning(s)",
        "passed": "passed",
    }[latest["status"]]
    return f"Quality: {verdict}; {latest['checks']} checks (parley quality --date {ds})"


def format_status(st: dict | None, ds: str | None) -> str:
    """``parley quality`` output: the verdict, then one block per failed check."""
    if st is None:
        return f"No quality checks recorded for {ds or 'any date'}."
    latest = st["latest"]
    verdict = {
        "failed": "FAILED: not published, the previous data is still served",
        "passed with warnings": "PASSED WITH WARNINGS: cleared for publishing",
        "passed": "PASSED: cleared for publishing",
    }[latest["status"]]
    when = latest["validated_at"]
    out = [
        f"Quality for {st['ds']} (attempt {latest['attempt']}, validated "
        f"{when:%Y-%m-%d %H:%M} UTC): {verdict}",
        f"  {latest['checks']} checks, {latest['critical_failures']} critical failure(s), "
        f"{latest['warnings']} warning(s)",
    ]
    for f in st["failures"]:
        count = (
            f"{f['unexpected_count']} of {f['element_count']} rows"
            if f["element_count"] is not None
            else f"observed {f['observed_value']}"
        )
        out.append(f"  {f['severity'].upper():8} {f['table_name']}.{f['check_name']}: {count}")
        out.append(f"           {f['description']}")
        if f["failing_rows"]:
            for row in json.loads(f["failing_rows"]):
                out.append(f"           e.g. {json.dumps(row, ensure_ascii=False)}")
    earlier = st["earlier_attempts"]
    if earlier:
        failed = sum(1 for a in earlier if a["status"] == "failed")
        out.append(f"  earlier attempts for this date: {len(earlier)} ({failed} failed)")
    if st["docs_index"]:
        out.append(f"  Data Docs: file://{st['docs_index']}")
    return "\n".join(out)
