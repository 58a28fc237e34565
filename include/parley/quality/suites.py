"""The suite catalogue: which checks every table and mart gets.

:func:`suites` returns one :class:`~parley.quality.checks.TableSuite` per table of a layer. Staging
suites are declared here, composed from the builders in :mod:`parley.quality.checks` (the
``statements`` entry is the model to copy); a table ``schema.py`` defines without an entry still
gets :func:`default_suite` (its structure, and that its article exists): no staged table goes
unchecked. Mart suites are read from the ``<model>.yml`` file beside each model in ``sql/marts``
(:mod:`parley.quality.mart_tests`). Two suites check virtual tables computed from the day's data:
``article_stats`` (:mod:`parley.quality.plausibility`) and ``source_completeness``
(:mod:`parley.quality.completeness`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from parley import schema
from parley.quality.checks import (
    CAMEO_CODE,
    CRITICAL,
    MARTS,
    WARNING,
    WEEKLY,
    Check,
    SuiteInputs,
    TableSuite,
    _flag,
    allowed,
    article_exists,
    between,
    matches,
    plausible,
    required,
    span,
    statement_country_codes,
    structure,
)
from parley.quality.completeness import (
    HISTORY_DAYS,
    LOW_VOLUME_SHARE,
    QUIET_ACTIVE_SHARE,
    source_completeness_table,
)
from parley.quality.fidelity import (
    items_accounted,
    lede_not_missing,
    mojibake_free,
    published_checks,
    statement_anchored,
)
from parley.quality.mart_tests import compile_spec
from parley.settings import Settings, get_settings

if TYPE_CHECKING:
    import pandas as pd

    from parley.quality.plausibility import Range


def _quote_exists(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list[bool]]:
    quotes = inputs.tables.get("quotes")
    ids = set(quotes["quote_id"].tolist()) if quotes is not None else set()
    return {"_quote_exists": [q in ids for q in df["quote_id"].tolist()]}


def _speaker_or_reason(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list[bool]]:
    return {
        "_speaker_xor_reason": (df["speaker"].notna() ^ df["unattributed_reason"].notna()).tolist()
    }


# names.name_key: "surname|given names|initials|suffixes" (some parts empty, never a "|" inside)
PERSON_NAME_KEY = r"^[^|]*\|[^|]*\|[^|]*\|[^|]*$"


def _name_key_of_person(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list[bool]]:
    """``speaker_name_key`` is null unless ``speaker_kind`` is ``person``."""
    keyed = df["speaker_name_key"].notna()
    person = df["speaker_kind"].eq("person").fillna(False).astype(bool)
    return {"_speaker_name_key_of_person": (~keyed | person).tolist()}


def _unattributed(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list[float]]:
    return {"_unattributed": df["speaker"].isna().astype(float).tolist()}


def _quote_words(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list[int]]:
    from parley.quality.plausibility import quote_words

    return {"_quote_words": quote_words(df).tolist()}


def _source_read_severity(df: pd.DataFrame) -> str:
    """``source_read``'s severity on the day's ``source_days``: a warning while some source was
    read (one dead feed of several leaves a day worth publishing), critical when every
    configured source failed to read (every path or feed missing: the day would publish empty,
    "passed with 1 warning"). A day without source rows keeps the warning (nothing failed)."""
    failed = df["status"].eq("failed")
    return CRITICAL if len(df) and bool(failed.all()) else WARNING


def article_stats_table(inputs: SuiteInputs) -> pd.DataFrame:
    """The virtual ``article_stats`` table: one row per extracted article with its counts."""
    from parley.quality.plausibility import article_stats

    t = inputs.tables
    return article_stats(t["articles"], t["entities"], t["quotes"])


MIN_ARTICLES_EXTRACTION_VERDICT = 20


def extraction_table(inputs: SuiteInputs) -> pd.DataFrame:
    """One row for the day: articles that went through extraction, how many it quarantined, and
    the verdict ``_extraction_mostly_ok``."""
    import pandas as pd

    rejects = inputs.tables.get("rejects")
    quarantined = 0
    if rejects is not None and len(rejects) and {"stage", "reason"} <= set(rejects.columns):
        quarantined = int(
            (
                (rejects["stage"] == "extract")
                & rejects["reason"].isin(list(schema.EXTRACTION_FAILURES))
            ).sum()
        )
    n = inputs.n_extracted
    ok = n < MIN_ARTICLES_EXTRACTION_VERDICT or 2 * quarantined <= n
    return pd.DataFrame(
        [{"dt": inputs.ds, "extracted": n, "quarantined": quarantined, "_extraction_mostly_ok": ok}]
    )


def suites(
    ranges: Mapping[str, Range] | None = None, settings: Settings | None = None
) -> dict[str, TableSuite]:
    """Every suite, by name: staged tables by table name, marts as ``marts.<model>``
    (:func:`mart_suites`). ``ranges``: learned plausibility ranges (default: the package's
    ``data/quality/plausibility.csv``)."""
    from parley.quality.plausibility import load_ranges

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
                mojibake_free(("title", "text"), "article titles and texts", body=("text",)),
                *published_checks(),
                lede_not_missing(),
            ),
        ),
        "entities": TableSuite(
            "entities",
            "entity_id",
            (
                *structure("entities"),
                article_exists(),
                *span("entity", "start_char", "end_char", "entity_text"),
                allowed(
                    "label", schema.ENTITY_LABELS, "label is one of the entity labels Parley keeps"
                ),
                required("canonical_name"),
                mojibake_free(("entity_text", "canonical_name"), "entity names"),
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
                required("rule", protects="every quote names the rule that produced it"),
                _flag(
                    "speaker_xor_reason",
                    _speaker_or_reason,
                    "a quote has a speaker or, when it has none, an unattributed_reason (not both)",
                    sample_columns=("speaker", "unattributed_reason"),
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
                mojibake_free(("speaker", "speaker_mention", "speaker_role"), "speakers and roles"),
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
                    sample_columns=("quote_id",),
                ),
                *span("statement", "statement_start", "statement_end", "statement_text"),
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
                matches(
                    "speaker_name_key",
                    PERSON_NAME_KEY,
                    "speaker_name_key is names.name_key's four '|'-separated parts (surname, "
                    "given names, initials, suffixes), which the statements mart compares",
                ),
                _flag(
                    "speaker_name_key_of_person",
                    _name_key_of_person,
                    "speaker_name_key is null unless the speaker is a person",
                    sample_columns=("speaker_name_key", "speaker_kind"),
                ),
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
                mojibake_free(
                    ("speaker", "speaker_actor", "speaker_role", "target"),
                    "statement speakers, roles and targets",
                ),
                statement_anchored(),
            ),
        ),
        "rejects": TableSuite(
            "rejects",
            "reject_id",
            (
                *structure("rejects"),
                required("reason", protects="every reject says why"),
                required("source"),
                allowed("stage", schema.REJECT_STAGES, "stage is ingest, fetch or extract"),
                Check(
                    "no_extraction_quarantine",
                    "ExpectColumnValuesToNotBeInSet",
                    {"column": "reason", "value_set": list(schema.EXTRACTION_FAILURES)},
                    WARNING,
                    "no article was quarantined by extraction (a rule raised, it overran its "
                    "CPU-time budget, crashed its worker or ran out of memory); each one that was "
                    "is counted here, published without quotes, and its reject says why",
                    sample_columns=("source", "locator", "reason", "detail"),
                ),
            ),
        ),
        "extraction": TableSuite(
            "extraction",
            "dt",
            (
                Check(
                    "extraction_mostly_ok",
                    "ExpectColumnValuesToBeInSet",
                    {"column": "_extraction_mostly_ok", "value_set": [True]},
                    CRITICAL,
                    f"extraction quarantined at most half of the day's extracted articles (on "
                    f"days with >= {MIN_ARTICLES_EXTRACTION_VERDICT}): beyond that the extractor "
                    f"is broken, not the documents",
                    sample_columns=("extracted", "quarantined"),
                ),
            ),
            build=extraction_table,
            per_day=True,
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
                    "status",
                    schema.SOURCE_DAY_STATUSES,
                    "status is ok, empty, not-modified or failed",
                ),
                between(
                    "counts_not_negative",
                    "articles",
                    "article counts per source are counts",
                    0,
                    sample_columns=("source", "articles"),
                ),
                items_accounted(),
                Check(
                    "source_read",
                    "ExpectColumnValuesToNotBeInSet",
                    {"column": "status", "value_set": ["failed"]},
                    WARNING,
                    "every configured source could be read: a source folder that does not exist "
                    "(a misspelt PARLEY_INBOX), a feed or page that could not be fetched or "
                    "parsed is a warning, so the day's verdict says so and not just 'passed'; "
                    "critical when no source at all could be read (nothing to publish but an "
                    "empty day)",
                    sample_columns=("source", "status", "detail"),
                    severity_of=_source_read_severity,
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
                    sample_columns=("articles_today", "active_days", "history_days"),
                ),
                Check(
                    "source_volume_plausible",
                    "ExpectColumnValuesToBeInSet",
                    {"column": "_source_volume_plausible", "value_set": [True]},
                    WARNING,
                    f"a regular source brings >= {LOW_VOLUME_SHARE:.0%} of its median daily count",
                    sample_columns=("articles_today", "median_when_active", "active_days"),
                ),
            ),
            build=source_completeness_table,
            per_day=True,
        ),
        # statements_weekly's gate on the week itself (one row, parley.digest.weekly.week_days):
        # a week no day of which is published has no statement to report, and empty weekly marts
        # "passed" would say a quiet week was measured; fails like a day whose every source failed
        WEEK_DAYS: TableSuite(
            WEEK_DAYS,
            "iso_week",
            (
                between(
                    "week_has_a_published_day",
                    "days_published",
                    "a week has at least one day news_daily published (make run DATE=... for its "
                    "days first): with none (never run, or every day failed the daily gate) its "
                    "weekly marts and report would be empty and say nothing was said",
                    1,
                    sample_columns=("iso_week", "days_published"),
                ),
            ),
            layer=MARTS,
            gate=WEEKLY,
        ),
    }
    # a table schema.py knows but no entry above names still gets its structure checked
    defaults = {
        t: default_suite(t)
        for t in schema.TABLES
        if t not in declared and t not in UNCHECKED and t in schema.KEYS
    }
    return {**declared, **defaults, **mart_suites(settings)}


WEEK_DAYS = "week_days"  # the week's published days, one row per week checked (weekly gate)


UNCHECKED = {"quality_runs"}  # the record of the checks themselves: written, never gated


def default_suite(table: str) -> TableSuite:
    """The suite of a table without a declared one: its structure (columns, types, key) and, when
    it has an ``article_id``, that the article exists. Never unchecked; declare more in suites()."""
    checks = [*structure(table)]
    if "article_id" in schema.TABLES[table].names and table != "articles":
        checks.append(article_exists())
    return TableSuite(table, schema.KEYS[table], tuple(checks))


def mart_suites(settings: Settings | None = None) -> dict[str, TableSuite]:
    """The marts-layer suites, keyed ``marts.<model>``: one per model in ``sql/marts`` whose
    ``<model>.yml`` declares tests (:mod:`parley.quality.mart_tests`). Each sees the mart's rows
    for the day (or the whole mart, for marts over all dates) as publishing would build them
    (``storage.warehouse.preview``)."""
    from parley.storage.warehouse import load_models

    settings = settings or get_settings()
    out = {}
    for model in load_models(settings.sql_dir):
        if model.layer == "marts" and model.spec:
            suite = compile_spec(model.name, model.spec)
            if suite is not None:
                out[f"{MARTS}.{model.name}"] = suite
    return out
