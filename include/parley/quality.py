"""Data quality: Great Expectations suites for every table, the publishing gate, Data Docs.

Each expectation carries ``meta.severity``: ``critical`` failures block publishing the partition,
``warning`` failures are reported. Checks that GX cannot express on one column (a span must equal
``article.text[start:end]``; a row's article must exist) are computed as boolean columns next to
the data (``_span_ok``, ``_article_ok``) and validated like any other column, so they appear in the
Data Docs with the failing rows.

The GX project lives in ``<data>/gx`` (suites and validation results, so Data Docs keep history);
the Data Docs HTML is written to ``<data>/reports/quality/``.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from parley import schema
from parley.settings import Settings, get_settings

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

CRITICAL = "critical"
WARNING = "warning"
DOCS_SITE = "quality"
DATASOURCE = "parley"


@dataclass
class CheckResult:
    table: str
    expectation: str
    column: str | None
    severity: str
    success: bool
    unexpected_count: int
    sample: list[Any] = field(default_factory=list)


@dataclass
class ValidationReport:
    ds: str
    results: list[CheckResult]
    docs_index: str | None = None

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
        """One line per failed expectation: table, expectation, column, count, sample rows."""
        lines = []
        for r in failures if failures is not None else self.critical_failures + self.warnings:
            col = f"[{r.column}]" if r.column else ""
            lines.append(
                f"{r.severity.upper()} {r.table}: {r.expectation}{col} failed for "
                f"{r.unexpected_count} row(s); e.g. {r.sample[:3]}"
            )
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# suites


def _suite_specs(table: str, key: str) -> list[tuple[str, dict, str]]:
    """(expectation class name, kwargs, severity) for one table."""
    cols = schema.TABLES[table].names
    specs: list[tuple[str, dict, str]] = [
        ("ExpectTableColumnsToMatchSet", {"column_set": cols, "exact_match": False}, CRITICAL),
        ("ExpectColumnValuesToNotBeNull", {"column": key}, CRITICAL),
        ("ExpectColumnValuesToBeUnique", {"column": key}, CRITICAL),
    ]
    if table == "articles":
        specs += [
            ("ExpectColumnValuesToNotBeNull", {"column": "text"}, CRITICAL),
            ("ExpectColumnValuesToNotBeNull", {"column": "content_hash"}, CRITICAL),
            ("ExpectColumnValuesToBeBetween", {"column": "n_chars", "min_value": 1}, CRITICAL),
            ("ExpectColumnValuesToNotBeNull", {"column": "title", "mostly": 0.9}, WARNING),
        ]
    elif table == "entities":
        specs += [
            (
                "ExpectColumnValuesToBeInSet",
                {"column": "_article_ok", "value_set": [True]},
                CRITICAL,
            ),
            ("ExpectColumnValuesToBeInSet", {"column": "_span_ok", "value_set": [True]}, CRITICAL),
            ("ExpectColumnValuesToNotBeNull", {"column": "canonical_name"}, CRITICAL),
        ]
    elif table == "quotes":
        specs += [
            (
                "ExpectColumnValuesToBeInSet",
                {"column": "kind", "value_set": list(schema.QUOTE_KINDS)},
                CRITICAL,
            ),
            (
                "ExpectColumnValuesToBeInSet",
                {"column": "_article_ok", "value_set": [True]},
                CRITICAL,
            ),
            ("ExpectColumnValuesToBeInSet", {"column": "_span_ok", "value_set": [True]}, CRITICAL),
            (
                "ExpectColumnValuesToBeBetween",
                {"column": "confidence", "min_value": 0.0, "max_value": 1.0},
                CRITICAL,
            ),
            ("ExpectColumnValuesToNotBeNull", {"column": "rule"}, CRITICAL),
            # a null speaker must say why
            (
                "ExpectColumnValuesToBeInSet",
                {"column": "_speaker_or_reason", "value_set": [True]},
                CRITICAL,
            ),
        ]
    elif table == "statements":
        countries = sorted(_country_codes())
        specs += [
            (
                "ExpectColumnValuesToBeInSet",
                {"column": "statement_type", "value_set": list(schema.STATEMENT_TYPES)},
                CRITICAL,
            ),
            (
                "ExpectColumnValuesToMatchRegex",
                {"column": "cameo_code", "regex": r"^[0-2][0-9]{2}[0-9]?$"},
                CRITICAL,
            ),
            (
                "ExpectColumnValuesToBeInSet",
                {"column": "plover_category", "value_set": list(schema.PLOVER_CATEGORIES)},
                CRITICAL,
            ),
            (
                "ExpectColumnValuesToBeInSet",
                {"column": "speaker_country", "value_set": countries},
                CRITICAL,
            ),
            (
                "ExpectColumnValuesToBeInSet",
                {"column": "target_country", "value_set": countries},
                CRITICAL,
            ),
            (
                "ExpectColumnValuesToBeBetween",
                {"column": "weight", "min_value": -10.0, "max_value": 10.0},
                CRITICAL,
            ),
            (
                "ExpectColumnValuesToBeBetween",
                {"column": "confidence", "min_value": 0.0, "max_value": 1.0},
                CRITICAL,
            ),
            ("ExpectColumnValuesToBeInSet", {"column": "_quote_ok", "value_set": [True]}, CRITICAL),
            (
                "ExpectColumnValuesToBeInSet",
                {"column": "_target_span_ok", "value_set": [True]},
                CRITICAL,
            ),
            # most statements should name a speaker country; a drop means actor resolution broke
            (
                "ExpectColumnValuesToNotBeNull",
                {"column": "speaker_country", "mostly": 0.3},
                WARNING,
            ),
        ]
    elif table == "rejects":
        specs += [
            ("ExpectColumnValuesToNotBeNull", {"column": "reason"}, CRITICAL),
            ("ExpectColumnValuesToNotBeNull", {"column": "source"}, CRITICAL),
        ]
    return specs


def _country_codes() -> set[str]:
    """ISO 3166 alpha-2 codes the actor tables can produce (``data/countries.csv``)."""
    from parley.actors import tables

    return set(tables().countries)


def _spans_ok(
    df: pd.DataFrame, texts: dict[str, str], text_col: str | None, start: str, end: str
) -> list[bool]:
    out = []
    for row in df.itertuples(index=False):
        text = texts.get(row.article_id)
        s, e = getattr(row, start), getattr(row, end)
        ok = text is not None and s is not None and e is not None and 0 <= s < e <= len(text)
        if ok and text_col is not None:
            ok = text[int(s) : int(e)] == getattr(row, text_col)
        out.append(bool(ok))
    return out


def prepare(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Add the derived check columns (``_span_ok``, ``_article_ok``, ...) used by the suites."""
    articles = tables.get("articles")
    texts = (
        dict(zip(articles["article_id"], articles["text"], strict=True))
        if articles is not None
        else {}
    )
    out = dict(tables)
    if "entities" in tables:
        df = tables["entities"].copy()
        df["_article_ok"] = df["article_id"].isin(texts.keys()).astype(bool)
        df["_span_ok"] = _spans_ok(df, texts, "entity_text", "start_char", "end_char")
        out["entities"] = df
    if "quotes" in tables:
        df = tables["quotes"].copy()
        df["_article_ok"] = df["article_id"].isin(texts.keys()).astype(bool)
        df["_span_ok"] = _spans_ok(df, texts, "quote_text", "quote_start", "quote_end")
        df["_speaker_or_reason"] = (
            df["speaker"].notna() | df["unattributed_reason"].notna()
        ).astype(bool)
        out["quotes"] = df
    if "statements" in tables:
        df = tables["statements"].copy()
        quote_ids = set(tables["quotes"]["quote_id"]) if "quotes" in tables else set()
        df["_quote_ok"] = df["quote_id"].isin(quote_ids).astype(bool)
        # an inferred target has no mention; a written one must slice the article text exactly
        has_span = df["target_start"].notna()
        checked = _spans_ok(df[has_span], texts, "target_mention", "target_start", "target_end")
        ok = [True] * len(df)
        for pos, value in zip(has_span[has_span].index, checked, strict=True):
            ok[df.index.get_loc(pos)] = value
        df["_target_span_ok"] = ok
        out["statements"] = df
    return out


# ---------------------------------------------------------------------------------------------
# running


def _context(settings: Settings):
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    settings.gx_dir.mkdir(parents=True, exist_ok=True)
    ctx = gx.get_context(mode="file", project_root_dir=str(settings.gx_dir))
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    if DOCS_SITE not in (ctx.get_config().data_docs_sites or {}):
        ctx.add_data_docs_site(
            DOCS_SITE,
            site_config={
                "class_name": "SiteBuilder",
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(settings.quality_docs_dir),
                },
            },
        )
    return ctx


def validate(
    ds: str, tables: dict[str, pd.DataFrame], settings: Settings | None = None
) -> ValidationReport:
    """Validate one date's tables with GX, store the results and rebuild the Data Docs."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx

    settings = settings or get_settings()
    ctx = _context(settings)
    source = ctx.data_sources.add_or_update_pandas(DATASOURCE)
    prepared = prepare(tables)
    results: list[CheckResult] = []
    for table, df in prepared.items():
        key = schema.KEYS[table]
        try:
            asset = source.get_asset(table)
        except LookupError:
            asset = source.add_dataframe_asset(table)
        try:
            batch_def = asset.get_batch_definition("whole")
        except (KeyError, LookupError):
            batch_def = asset.add_batch_definition_whole_dataframe("whole")
        suite = gx.ExpectationSuite(name=f"parley_{table}")
        for cls_name, kwargs, severity in _suite_specs(table, key):
            cls = getattr(gx.expectations, cls_name)
            suite.add_expectation(cls(**kwargs, meta={"severity": severity}))
        suite = ctx.suites.add_or_update(suite)
        vd = ctx.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=f"parley_{table}", data=batch_def, suite=suite)
        )
        checkpoint = ctx.checkpoints.add_or_update(
            gx.Checkpoint(
                name=f"parley_{table}",
                validation_definitions=[vd],
                actions=[gx.checkpoint.UpdateDataDocsAction(name="docs", site_names=[DOCS_SITE])],
                result_format={
                    "result_format": "COMPLETE",
                    "unexpected_index_column_names": [key],
                    "partial_unexpected_count": 5,
                },
            )
        )
        run = checkpoint.run(
            batch_parameters={"dataframe": df}, run_id=gx.RunIdentifier(run_name=f"{ds}-{table}")
        )
        for vr in run.run_results.values():
            for r in vr.results:
                cfg = r.expectation_config
                res = r.result or {}
                sample = (
                    res.get("unexpected_index_list") or res.get("partial_unexpected_list") or []
                )
                results.append(
                    CheckResult(
                        table=table,
                        expectation=cfg.type,
                        column=cfg.kwargs.get("column"),
                        severity=(cfg.meta or {}).get("severity", CRITICAL),
                        success=bool(r.success),
                        unexpected_count=int(res.get("unexpected_count") or 0),
                        sample=[_plain(s) for s in sample[:5]],
                    )
                )
    index = settings.quality_docs_dir / "index.html"
    return ValidationReport(
        ds=ds, results=results, docs_index=str(index) if index.exists() else None
    )


def _plain(value: Any) -> Any:
    """numpy scalars and dicts of them to plain Python, for messages."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value.item() if hasattr(value, "item") else value
