"""Check builders: one :class:`Check` is a GX expectation, its severity and one sentence saying what
it protects; a :class:`TableSuite` is a table's list of checks.

* :func:`structure` — the table's columns and their types exactly as ``schema.py`` defines them,
  the key present and unique;
* :func:`allowed` / :func:`matches` / :func:`required` / :func:`between` — allowed values (labels,
  kinds, ISO country codes), formats (:data:`CAMEO_CODE`), columns that may not be null, ranges;
* :func:`span` — every offset pair lies inside its article and ``article.text[start:end]`` equals
  the stored text; :func:`article_exists` — every row's article is in the partition;
* :func:`plausible` — ranges learned from the corpus (:mod:`parley.quality.plausibility`).

Checks GX cannot express on one column (a span must equal the article text; a row's article must
exist) declare a :data:`Derive` that computes a boolean column next to the data (``_span_matches``
…), which GX then validates like any other column, so the failing rows sample_columns in the Data Docs.

**Severity.** ``critical`` failures block publishing the partition (see ``pipeline.validate``);
``warning`` failures are reported (log, Data Docs, ``quality_runs``) and the partition publishes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from parley import schema
from parley.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

    from parley.quality.plausibility import Range

CRITICAL = "critical"


WARNING = "warning"


# ISO 3166-1 alpha-2 codes: CLDR's two-letter territories minus its non-ISO/exceptionally
# reserved ones. CLDR ships with Babel (an Airflow dependency), so no list is copied into the repo.
_NOT_ISO_3166 = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB"}


_NOT_ISO_3166 |= {"XK", "ZZ"}


def iso_country_codes() -> list[str]:
    """ISO 3166-1 alpha-2 country codes (from CLDR via Babel)."""
    return list(_iso_country_codes())


@functools.cache  # CLDR's data is read once per process (the suites are built several times a run)
def _iso_country_codes() -> tuple[str, ...]:
    from babel import Locale

    return tuple(
        sorted(
            code
            for code in Locale("en").territories
            if len(code) == 2 and code.isalpha() and code not in _NOT_ISO_3166
        )
    )


def statement_country_codes() -> list[str]:
    """ISO codes a statement may carry: CLDR's current ones plus the former states and
    user-assigned codes the actor tables know (SU, DD, CS, XK: ``data/actors/countries.csv``)."""
    from parley.extract.actors import country_codes

    return sorted(set(iso_country_codes()) | country_codes())


@dataclass
class SuiteInputs:
    """What derivations and virtual tables may read: the day's frames, article texts, history."""

    ds: str
    tables: dict[str, pd.DataFrame]
    settings: Settings
    texts: dict[str, str] = field(default_factory=dict)
    history: pd.DataFrame | None = None  # source, dt, n (articles per source per published day)
    history_dates: list[str] = field(default_factory=list)
    n_extracted: int = 0  # articles that went through extraction today


# A derivation adds one or more boolean/number columns to a table's frame, by name.
Derive = Callable[["pd.DataFrame", SuiteInputs], dict[str, Sequence[Any]]]


@dataclass(frozen=True)
class Check:
    """One expectation with its severity and what it protects, in one sentence."""

    name: str  # stable slug: messages, tests and quality_runs.check_name use it
    expectation: str  # GX expectation class name
    kwargs: Mapping[str, Any]
    severity: str
    protects: str
    derive: Derive | None = None  # computes the column the check reads, when it is not stored
    sample_columns: tuple[str, ...] = ()  # columns shown with each failing row
    min_articles: int = 0  # day-level statistics: only on days with this many extracted articles
    # the severity on the day's frame, when it depends on the day (default: ``severity``); only
    # for suites validated over their whole frame, never partition by partition
    severity_of: Callable[[pd.DataFrame], str] | None = None


STAGING = "staging"  # validated on the staged partition


MARTS = "marts"  # validated on the day's rows of the marts as publishing would build them


DAILY = "daily"  # a mart checked by news_daily's gate, before the day is published


WEEKLY = "weekly"  # a weekly mart, checked by statements_weekly before a week is published

GATES = (DAILY, WEEKLY)


@dataclass(frozen=True)
class TableSuite:
    table: str
    key: str  # failing rows are named by this column
    checks: tuple[Check, ...]
    build: Callable[[SuiteInputs], pd.DataFrame] | None = (
        None  # virtual tables, computed not stored
    )
    layer: str = STAGING
    gate: str = DAILY  # which DAG's gate runs a marts-layer suite (its ``<model>.yml`` ``gate``)
    # a virtual table built from the whole day's totals: never split by article (see partitions)
    per_day: bool = False


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


def required(
    column: str, severity: str = CRITICAL, protects: str = "", mostly: float = 1.0
) -> Check:
    kwargs: dict[str, Any] = {"column": column}
    if mostly < 1.0:
        kwargs["mostly"] = mostly
    return Check(
        f"{column}_present",
        "ExpectColumnValuesToNotBeNull",
        kwargs,
        severity,
        protects or f"{column} is never null",
        sample_columns=(column,),
    )


def allowed(column: str, values: Sequence[Any], protects: str, severity: str = CRITICAL) -> Check:
    """Values of ``column`` (nulls aside) come from ``values``."""
    return Check(
        f"{column}_allowed",
        "ExpectColumnValuesToBeInSet",
        {"column": column, "value_set": sorted(values)},
        severity,
        protects,
        sample_columns=(column,),
    )


# CAMEO event codes (Gerner et al., CAMEO manual 1.1b3): a two-digit root 01-20, refined by up to
# two more digits (e.g. "04", "042", "0421"). The shape is checked; the codebook is not copied.
CAMEO_CODE = r"^(?:0[1-9]|1[0-9]|20)[0-9]{0,2}$"


def matches(column: str, regex: str, protects: str, severity: str = CRITICAL) -> Check:
    """Values of ``column`` (nulls aside) match ``regex`` (e.g. :data:`CAMEO_CODE`)."""
    return Check(
        f"{column}_format",
        "ExpectColumnValuesToMatchRegex",
        {"column": column, "regex": regex},
        severity,
        protects,
        sample_columns=(column,),
    )


def between(
    name: str,
    column: str,
    protects: str,
    low: float | None = None,
    high: float | None = None,
    sample_columns: tuple[str, ...] = (),
) -> Check:
    """Values of ``column`` lie in ``[low, high]`` (an open side when ``None``); critical."""
    bounds = {k: v for k, v in (("min_value", low), ("max_value", high)) if v is not None}
    return Check(
        name,
        "ExpectColumnValuesToBeBetween",
        {"column": column, **bounds},
        CRITICAL,
        protects,
        sample_columns=sample_columns or (column,),
    )


def _flag(
    name: str, derive: Derive, protects: str, severity: str = CRITICAL, sample_columns=()
) -> Check:
    """A check that the derived boolean column ``_<name>`` is true on every row."""
    return Check(
        name,
        "ExpectColumnValuesToBeInSet",
        {"column": f"_{name}", "value_set": [True]},
        severity,
        protects,
        derive=derive,
        sample_columns=tuple(sample_columns),
    )


def is_missing(value: Any) -> bool:
    """None, NA or NaN."""
    return value is None or value is pa.NA or (isinstance(value, float) and value != value)


_NEVER_MISSING = frozenset({str, int, bool})  # types whose values are never NA, None or NaN


def _na_safe(value: Any) -> Any:
    """``value``, or None for None, NA or NaN (read per cell by the derivations: plain strings
    and integers, most cells, return at once)."""
    if type(value) in _NEVER_MISSING:
        return value
    import pandas as pd

    return None if value is pd.NA or is_missing(value) else value


def span(prefix: str, start: str, end: str, text: str, optional: bool = False) -> list[Check]:
    """Offsets ``[start, end)`` lie inside the row's article and slice exactly ``text`` out of it.

    With ``optional`` a row whose offsets and text are all null passes (no speaker, no cue)."""

    def derive(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list[bool]]:
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
            sample_columns=(start, end),
        ),
        _flag(
            f"{prefix}_matches_text",
            derive,
            f"article.text[{start}:{end}] equals {text}",
            sample_columns=(start, end, text),
        ),
    ]


def _article_exists(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list[bool]]:
    return {"_article_exists": [aid in inputs.texts for aid in df["article_id"].tolist()]}


def article_exists() -> Check:
    return _flag(
        "article_exists",
        _article_exists,
        "the row's article_id is an article of the same partition",
        sample_columns=("article_id",),
    )


def plausible(
    column: str, r: Range | None, protects: str, derive: Derive | None = None
) -> list[Check]:
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
                f"{protects} lies in [{r.low:g}, {r.high:g}] (learned: {r.method})",
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
            f"{protects} lies in [{r.low:g}, {r.high:g}] for at least {r.mostly:.0%} of rows "
            f"(learned: {r.method})",
            derive=derive,
            sample_columns=(column,),
            min_articles=r.min_articles,
        )
    ]
