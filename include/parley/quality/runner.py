"""The validation run: one date's tables of one layer through their GX suites.

:func:`validate` reads like the method: build the suites' inputs (frames, article texts, the
sources' history) → for each suite of the layer, frame the table with its derived columns and run
it in GX → collect one :class:`~parley.quality.results.CheckResult` per check → build the Data Docs.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from parley.quality import gx as gx_project
from parley.quality.checks import STAGING, SuiteInputs, TableSuite
from parley.quality.completeness import source_history
from parley.quality.results import CheckResult, ValidationReport
from parley.quality.suites import suites
from parley.settings import Settings, get_settings

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from parley.quality.plausibility import Range

log = logging.getLogger(__name__)


def frame_for(suite: TableSuite, inputs: SuiteInputs) -> tuple[pd.DataFrame | None, list[str]]:
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


def suite_inputs(ds: str, tables: Mapping[str, pa.Table], settings: Settings, layer: str):
    """What derivations and virtual tables read: the frames (nullable dtypes), the article texts
    by id, the sources' published history (staging layer only) and the extracted-article count."""
    from parley.quality.plausibility import extracted_articles

    frames = {t: gx_project.to_frame(data) for t, data in tables.items()}
    articles = frames.get("articles")
    history, history_dates = source_history(ds, settings) if layer == STAGING else (None, [])
    return SuiteInputs(
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


def _applicable(name: str, suite: TableSuite, inputs: SuiteInputs) -> list:
    """The suite's checks that apply today (day-level statistics need enough articles)."""
    checks = [c for c in suite.checks if inputs.n_extracted >= c.min_articles]
    for c in suite.checks:
        if c not in checks:
            log.info(
                "%s.%s not checked: %d extracted articles < %d",
                name,
                c.name,
                inputs.n_extracted,
                c.min_articles,
            )
    return checks


def _batch_definition(source, name: str):
    """The whole-dataframe batch definition of the GX asset ``name`` (created once)."""
    try:
        asset = source.get_asset(name)
    except LookupError:
        asset = source.add_dataframe_asset(name)
    try:
        return asset.get_batch_definition("whole")
    except (KeyError, LookupError):
        return asset.add_batch_definition_whole_dataframe("whole")


def _results(name: str, suite: TableSuite, checks: list, run, df: pd.DataFrame) -> list:
    """One :class:`CheckResult` per expectation result of a GX run (a few failing rows each)."""
    by_name = {c.name: c for c in checks}
    out = []
    for r in run.results:
        cfg = r.expectation_config
        check = by_name[cfg.meta["check"]]
        res = r.result or {}
        observed = res.get("observed_value")
        out.append(
            CheckResult(
                table=name,
                check=check.name,
                expectation=cfg.type,
                column=cfg.kwargs.get("column"),
                severity=check.severity,
                success=bool(r.success),
                unexpected_count=int(res.get("unexpected_count") or 0),
                element_count=res.get("element_count"),
                observed=None if observed is None else str(gx_project.plain(observed)),
                sample=[]
                if r.success
                else gx_project.sample_rows(
                    df, suite, check, res.get("partial_unexpected_index_list") or []
                ),
                protects=check.protects,
            )
        )
        if r.exception_info and r.exception_info.get("raised_exception"):
            log.error(
                "%s.%s raised: %s", name, check.name, r.exception_info.get("exception_message")
            )
    return out


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
    a missing column or a wrong type is seen), by table name; for the marts layer, the marts'
    rows of the day, by model name. ``attempt`` names this validation in the Data Docs and
    ``quality_runs``. Suites whose table is not in ``tables`` are skipped.
    """
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    logging.getLogger("great_expectations").setLevel(logging.WARNING)  # its INFO drowns task logs
    import great_expectations as gx
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    settings = settings or get_settings()
    inputs = suite_inputs(ds, tables, settings, layer)
    ctx = gx_project.context(settings)
    source = ctx.data_sources.add_or_update_pandas(gx_project.DATASOURCE)
    run_id = gx.RunIdentifier(run_name=f"{ds}-{attempt}")
    results: list[CheckResult] = []
    result_ids: list[ValidationResultIdentifier] = []
    for name, suite in suites(ranges, settings).items():
        if suite.layer != layer:
            continue
        df, derived = frame_for(suite, inputs)
        checks = _applicable(name, suite, inputs) if df is not None else []
        if not checks:
            continue
        gx_name = name.replace(".", "_")  # marts.daily_digest -> GX suite parley_marts_daily_digest
        batch = _batch_definition(source, gx_name)
        vd = gx_project.validation_definition(ctx, gx_name, batch, checks, derived)
        run = vd.run(
            batch_parameters={"dataframe": df},
            run_id=run_id,
            result_format={
                "result_format": "SUMMARY",
                "unexpected_index_column_names": [suite.key],
                "partial_unexpected_count": 20,
            },
        )
        result_ids.append(
            ValidationResultIdentifier(
                expectation_suite_identifier=ExpectationSuiteIdentifier(name=vd.suite.name),
                run_id=run_id,
                batch_identifier=run.batch_id,
            )
        )
        results += _results(name, suite, checks, run, df)
    from parley.quality import gx_docs_view

    try:
        ctx.build_data_docs(site_names=[gx_project.DOCS_SITE], resource_identifiers=result_ids)
        gx_docs_view.install_assets(settings.quality_docs_dir)  # what the pages load, offline
    except Exception as err:  # the docs are a report: never let rendering hide the verdict
        log.warning("could not build the Data Docs: %s: %s", type(err).__name__, err)
    index = settings.quality_docs_dir / "index.html"
    return ValidationReport(
        ds=ds,
        attempt=attempt,
        results=results,
        docs_index=str(index) if index.exists() else None,
        validated_at=run_id.run_time,
    )
