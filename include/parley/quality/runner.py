"""The validation run: one date's tables of one layer through their GX suites.

:func:`validate` reads like the method: build the suites' inputs (frames, article texts, the
sources' history) → for each suite of the layer, frame the table with its derived columns and run
it in GX → collect one :class:`~parley.quality.results.CheckResult` per check → build the Data Docs.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parley.quality import gx as gx_project
from parley.quality.checks import STAGING, Check, SuiteInputs, TableSuite
from parley.quality.completeness import source_history
from parley.quality.partitions import DayPartitions
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


def suite_inputs(
    ds: str,
    tables: Mapping[str, pa.Table],
    settings: Settings,
    layer: str,
    day: SuiteInputs | None = None,
):
    """What derivations and virtual tables read: the frames (nullable dtypes), the article texts
    by id, the sources' published history (staging layer only) and the extracted-article count.
    With ``day`` (a partition's inputs), the history and the extracted-article count are the
    whole day's, from ``day``."""
    from parley.quality.plausibility import extracted_articles

    frames = {t: gx_project.to_frame(data) for t, data in tables.items()}
    articles = frames.get("articles")
    if day is not None:
        history, history_dates = day.history, day.history_dates
    else:
        history, history_dates = source_history(ds, settings) if layer == STAGING else (None, [])
    texts = {}
    if articles is not None and "text" in articles.columns:
        texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    return SuiteInputs(
        ds=ds,
        tables=frames,
        settings=settings,
        texts=texts,
        history=history,
        history_dates=history_dates,
        n_extracted=day.n_extracted
        if day is not None
        else (len(extracted_articles(articles)) if articles is not None else 0),
    )


DAY_ARTICLE_COLUMNS = ["article_id", "source", "duplicate_of", "language"]


def day_inputs(ds: str, parts: DayPartitions, settings: Settings, layer: str) -> SuiteInputs:
    """The whole day's inputs without the article-keyed tables' rows: the tables without
    articles whole, and of ``articles`` only the columns day-level suites read
    (:data:`DAY_ARTICLE_COLUMNS`): what ``extraction`` and ``source_completeness`` are built from."""
    tables = {t: parts.table(t) for t in parts.pieces if not parts.keyed(t)}
    if "articles" in parts.pieces:
        tables["articles"] = parts.table("articles", columns=DAY_ARTICLE_COLUMNS)
    return suite_inputs(ds, tables, settings, layer)


def _applicable(name: str, suite: TableSuite, inputs: SuiteInputs, df: pd.DataFrame) -> list:
    """The suite's checks that apply today (day-level statistics need enough articles), each
    with its severity on ``df``, the day's frame of the suite (:attr:`Check.severity_of`)."""
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
    return [
        dataclasses.replace(c, severity=c.severity_of(df)) if c.severity_of else c for c in checks
    ]


def _batch_definition(source, name: str):
    """The whole-dataframe batch definition of the GX asset ``name``, declared with the
    datasource (:func:`parley.quality.gx.datasource`)."""
    return source.get_asset(name).get_batch_definition(gx_project.BATCH)


def _results(
    name: str, checks: list[Check], run, sample: Callable[[Check, dict], list]
) -> list[CheckResult]:
    """One :class:`CheckResult` per expectation result of a GX suite run (a whole frame's, or the
    partitions' merged by :class:`_Merged`), matched to its check by ``meta["check"]``;
    ``sample(check, result)`` gives a failing check's rows from the GX ``result`` dict. An
    expectation that raised in GX is logged (its result is a failure)."""
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
                sample=[] if r.success else sample(check, res),
                protects=check.protects,
            )
        )
        if r.exception_info and r.exception_info.get("raised_exception"):
            log.error(
                "%s.%s raised: %s", name, check.name, r.exception_info.get("exception_message")
            )
    return out


WHOLE_DAY_EXPECTATIONS = ("ExpectColumnValuesToBeUnique", "ExpectCompoundColumnsToBeUnique")


def _whole_day_check(check: Check) -> bool:
    """A check GX must see the whole day's column(s) for (no partition can decide it alone):
    uniqueness of a column or of a combination of columns."""
    return check.expectation in WHOLE_DAY_EXPECTATIONS


def _whole_day_columns(suite: TableSuite, check: Check) -> list[str]:
    """The columns a whole-day check reads: its own, the suite's key and the columns its failing
    rows show (a few bytes a row: the day's narrow columns, never its texts)."""
    own = check.kwargs.get("column_list") or [check.kwargs["column"]]
    return list(dict.fromkeys([*own, suite.key, *check.sample_columns]))


@dataclass
class _Merged:
    """One suite's GX outcomes over the partitions, added up (see the module doc)."""

    suite: TableSuite
    checks: list[Check]
    template: object = None  # the first partition's ExpectationSuiteValidationResult
    batch_id: str | None = None
    results: dict[str, object] = field(default_factory=dict)  # check → merged GX result
    sums: dict[str, dict] = field(default_factory=dict)
    samples: dict[str, list] = field(default_factory=dict)

    def add(self, run, df: pd.DataFrame) -> None:
        import copy

        if self.template is None:
            self.template = run
        for r in run.results:
            name = r.expectation_config.meta["check"]
            res = r.result or {}
            acc = self.sums.setdefault(
                name,
                {"element": 0, "unexpected": 0, "considered": 0, "mean_sum": 0.0, "mean_n": 0},
            )
            acc["element"] += int(res.get("element_count") or 0)
            acc["unexpected"] += int(res.get("unexpected_count") or 0)
            if r.expectation_config.type == "expect_column_values_to_not_be_null":
                acc["considered"] += int(res.get("element_count") or 0)
            else:
                acc["considered"] += int(res.get("element_count") or 0) - int(
                    res.get("missing_count") or 0
                )
            column = r.expectation_config.kwargs.get("column")
            if r.expectation_config.type == "expect_column_mean_to_be_between":
                n = int(df[column].notna().sum()) if column in df.columns else 0
                if n and res.get("observed_value") is not None:
                    acc["mean_sum"] += float(res["observed_value"]) * n
                    acc["mean_n"] += n
            first = self.results.get(name)
            if first is None or (first.success and not r.success):
                self.results[name] = copy.deepcopy(r)  # keep a failing one's details
            if not r.success and len(self.samples.get(name, [])) < gx_project.SAMPLE_ROWS:
                check = next(c for c in self.checks if c.name == name)
                self.samples.setdefault(name, []).extend(
                    gx_project.sample_rows(
                        df, self.suite, check, res.get("partial_unexpected_index_list") or []
                    )
                )
            acc["success"] = acc.get("success", True) and bool(r.success)

    def merged(self):
        """The suite's merged ExpectationSuiteValidationResult, in the suite's check order."""
        from great_expectations.validator.validator import calc_validation_statistics

        out = []
        for check in self.checks:
            r = self.results.get(check.name)
            if r is None:
                continue
            acc = self.sums[check.name]
            res = dict(r.result or {})
            kwargs = r.expectation_config.kwargs
            kind = r.expectation_config.type
            if kind == "expect_column_mean_to_be_between":
                mean = acc["mean_sum"] / acc["mean_n"] if acc["mean_n"] else None
                low, high = kwargs.get("min_value"), kwargs.get("max_value")
                r.success = mean is not None and (low is None or mean >= low)
                r.success = r.success and (high is None or mean <= high)
                res["observed_value"] = mean
            elif "element_count" in res:
                res["element_count"] = acc["element"]
                res["unexpected_count"] = acc["unexpected"]
                if acc["element"]:
                    res["unexpected_percent"] = (
                        100.0 * acc["unexpected"] / max(acc["considered"], 1)
                    )
                mostly = kwargs.get("mostly")
                if mostly is not None and not _whole_day_check(check):
                    considered = acc["considered"]
                    r.success = considered == 0 or (
                        (considered - acc["unexpected"]) / considered >= mostly
                    )
                else:
                    r.success = acc["success"]
            else:
                r.success = acc["success"]
            r.result = res
            out.append(r)
        stats = calc_validation_statistics(out)
        t = self.template
        t.results = out
        t.success = stats.success
        t.statistics = {
            "evaluated_expectations": stats.evaluated_expectations,
            "successful_expectations": stats.successful_expectations,
            "unsuccessful_expectations": stats.unsuccessful_expectations,
            "success_percent": stats.success_percent,
        }
        return t


def _partition_run(source, name: str, suite: TableSuite, checks: list, df, derived, result_format):
    """GX over one partition's frame: the suite's ``checks`` in an unsaved suite (nothing stored)."""
    import great_expectations as gx
    from great_expectations.validator.v1_validator import Validator

    gx_name = gx_project.asset_name(name)
    batch = _batch_definition(source, gx_name)
    expectations = gx_project.gx_expectations(checks, derived)
    validator = Validator(
        batch_definition=batch, batch_parameters={"dataframe": df}, result_format=result_format
    )
    run = validator.validate_expectation_suite(
        gx.ExpectationSuite(name=f"parley_{gx_name}", expectations=expectations)
    )
    return run, validator.active_batch_id


def validate(
    ds: str,
    tables: Mapping[str, pa.Table] | DayPartitions,
    settings: Settings | None = None,
    attempt: str = "manual",
    ranges: Mapping[str, Range] | None = None,
    layer: str = STAGING,
    skip_empty: bool = False,
    docs: bool = True,
) -> ValidationReport:
    """Validate one date's tables of one layer with GX; store the results; update the Data Docs.

    For the staging layer ``tables`` are the staged tables as written (not cast to the schema, so
    a missing column or a wrong type is seen), by table name, or a :class:`DayPartitions` (the
    staged files of a day, validated one partition of articles at a time when it has more than
    one); for the marts layer, the marts' rows of the day, by model name. ``attempt`` names this
    validation in the Data Docs and ``quality_runs``. Suites whose table is not in ``tables`` are
    skipped. With ``skip_empty`` (a day that brought nothing new: ``parley.pipeline.validate``),
    a suite whose frame has no rows runs only its table-shape checks (:data:`TABLE_SHAPE`: the
    columns as the schema declares them) — there is no row for the others to pass or fail — and
    is named in the report's ``unchecked`` (its row checks were not run); the suites with rows
    (a source's day, the day-level verdicts) are run as always.

    Returns a :class:`ValidationReport`: one :class:`CheckResult` per check run (a failed check
    is a result, not an exception: the caller decides on ``critical_failures`` and
    ``warnings``), the Data Docs index path (None when there is none: a failure to build the
    docs is logged, never raised), the stored results' ids (``result_ids``) and the run's time
    (``validated_at``). With ``docs=False`` the Data Docs are not built (``docs_index`` None):
    a caller validating several layers of one attempt builds them once for all,
    :func:`build_docs` over the merged report's ``result_ids`` (the index reads every result
    it lists: one build, not one per layer).
    """
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    logging.getLogger("great_expectations").setLevel(logging.WARNING)  # its INFO drowns task logs
    import great_expectations as gx

    settings = settings or get_settings()
    parts = tables if isinstance(tables, DayPartitions) else DayPartitions.of(tables, n=1)
    ctx = gx_project.context(settings)
    run_id = gx.RunIdentifier(run_name=f"{ds}-{attempt}")
    catalogue = {n: s for n, s in suites(ranges, settings).items() if s.layer == layer}
    source = gx_project.datasource(ctx, list(catalogue))
    results: list[CheckResult] = []
    result_ids: list = []
    unchecked: list[str] = []
    if parts.n == 1:
        inputs = suite_inputs(ds, {t: parts.table(t) for t in parts.pieces}, settings, layer)
        for name, suite in catalogue.items():
            if skip_empty:
                df, _ = frame_for(suite, inputs)
                if df is not None and not len(df):
                    # no row to pass or fail, but the table's shape is still checked: an empty
                    # part staged with the wrong columns must not be published
                    shape = tuple(c for c in suite.checks if c.expectation in TABLE_SHAPE)
                    if shape:
                        empty = dataclasses.replace(suite, checks=shape)
                        _run_whole(ctx, source, run_id, name, empty, inputs, results, result_ids)
                    unchecked.append(name)
                    continue
            _run_whole(ctx, source, run_id, name, suite, inputs, results, result_ids)
        if unchecked:
            log.info("%s: no rows today, only the columns checked: %s", ds, ", ".join(unchecked))
    else:
        _validate_partitions(
            ctx, source, run_id, ds, parts, catalogue, settings, layer, results, result_ids
        )
    _drop_batches(source)
    return ValidationReport(
        ds=ds,
        attempt=attempt,
        results=results,
        docs_index=build_docs(settings, result_ids, ctx) if docs else None,
        validated_at=run_id.run_time,
        unchecked=unchecked,
        result_ids=result_ids,
    )


def _drop_batches(source) -> None:
    """Let go of the frames GX's pandas engine keeps after a run: it caches the data of the last
    batch of every asset (one per suite: a partition's frames, the last bucket of a whole-day
    check) for as long as the context lives, and GX keeps the context current until the next one
    is made, i.e. through the marts preview of ``parley.pipeline.validate``."""
    manager = source.get_execution_engine().batch_manager
    manager.batch_data_cache.clear()
    manager.reset_batch_cache()


def forget_attempt(ds: str, attempt: str, settings: Settings | None = None) -> int:
    """Remove what an earlier validation of attempt ``attempt`` of ``ds`` (YYYY-MM-DD) stored:
    its GX validation results (``<data>/gx/gx/uncommitted/validations/<suite>/<ds>-<attempt>/``)
    and their Data Docs pages (``<data>/reports/quality/validations/<suite>/<ds>-<attempt>/``),
    every suite of either layer. An attempt is named by the staged data's fingerprint, so a
    re-run of a date with the same inputs validates the same attempt: called before it, the
    re-run replaces the earlier results instead of adding a second set (the Data Docs index
    listed each suite twice and the attempt with twice its tables), as ``quality_runs``
    replaces its ``attempt-<attempt>`` file. Returns how many result folders were removed;
    OSError is raised when one cannot be."""
    import shutil

    settings = settings or get_settings()
    run_name = f"{ds}-{attempt}"
    stored = settings.gx_dir.joinpath(*gx_project.VALIDATIONS_DIR)
    removed = 0
    for root in (stored, settings.quality_docs_dir / "validations"):
        for folder in root.glob(f"*/{run_name}") if root.is_dir() else ():
            shutil.rmtree(folder)
            removed += root == stored
    return removed


def build_docs(settings: Settings, result_ids: list, ctx=None) -> str | None:
    """Render the Data Docs pages of the stored validation results ``result_ids`` (a
    :class:`ValidationReport`'s ``result_ids``: GX ``ValidationResultIdentifier`` objects) and the
    site's index, with the assets the pages load offline; ``ctx``: the GX context that stored
    them (default: a fresh one, :func:`parley.quality.gx.context`). Returns the index's path
    (None when there is none). A failure to build is logged, never raised: the docs are a
    report, and rendering must never hide the verdict."""
    from parley.quality import gx_docs_view

    try:
        ctx = ctx or gx_project.context(settings)
        ctx.build_data_docs(site_names=[gx_project.DOCS_SITE], resource_identifiers=result_ids)
        gx_docs_view.install_assets(settings.quality_docs_dir)  # what the pages load, offline
    except Exception as err:
        log.warning("could not build the Data Docs: %s: %s", type(err).__name__, err)
    index = settings.quality_docs_dir / "index.html"
    return str(index) if index.exists() else None


# the expectations about a table's shape rather than its rows: run on an empty frame too
TABLE_SHAPE = frozenset({"ExpectTableColumnsToMatchSet"})

RESULT_FORMAT = {"result_format": "SUMMARY", "partial_unexpected_count": 20}


def _result_format(suite: TableSuite) -> dict:
    return {**RESULT_FORMAT, "unexpected_index_column_names": [suite.key]}


def _result_id(vd, run_id, batch_id):
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    return ValidationResultIdentifier(
        expectation_suite_identifier=ExpectationSuiteIdentifier(name=vd.suite.name),
        run_id=run_id,
        batch_identifier=batch_id,
    )


def _run_whole(ctx, source, run_id, name, suite, inputs, results, result_ids) -> None:
    """One suite over its whole frame: one GX validation run, stored."""
    df, derived = frame_for(suite, inputs)
    checks = _applicable(name, suite, inputs, df) if df is not None else []
    if not checks:
        return
    gx_name = gx_project.asset_name(name)  # GX suite parley_marts_daily_digest
    batch = _batch_definition(source, gx_name)
    vd = gx_project.validation_definition(ctx, gx_name, batch, checks, derived)
    run = vd.run(
        batch_parameters={"dataframe": df}, run_id=run_id, result_format=_result_format(suite)
    )
    result_ids.append(_result_id(vd, run_id, run.batch_id))
    results += _results(
        name,
        checks,
        run,
        lambda check, res: gx_project.sample_rows(
            df, suite, check, res.get("partial_unexpected_index_list") or []
        ),
    )


def _validate_partitions(
    ctx, source, run_id, ds, parts, catalogue, settings, layer, results, result_ids
) -> None:
    """The suites over a day in partitions (see the module doc): tables without articles and
    day-level virtual tables whole, once; article-keyed ones partition by partition, merged."""
    day = day_inputs(ds, parts, settings, layer)

    def keyed(suite: TableSuite) -> bool:
        if suite.build is not None:
            return not suite.per_day
        return parts.keyed(suite.table) and suite.table in parts.pieces

    merged: dict[str, _Merged] = {}
    derived_of: dict[str, list[str]] = {}
    for i in range(parts.n):
        frames = {t: parts.table(t, i) for t in parts.pieces if parts.keyed(t)}
        inputs = suite_inputs(ds, frames, settings, layer, day=day)
        frames.clear()  # the pandas frames are what is validated
        for name, suite in catalogue.items():
            if not keyed(suite):
                continue
            df, derived = frame_for(suite, inputs)
            checks = _applicable(name, suite, inputs, df) if df is not None else []
            if not checks or (i > 0 and not len(df)):
                continue
            derived_of[name] = derived
            m = merged.setdefault(name, _Merged(suite, checks))
            per_partition = [c for c in checks if not _whole_day_check(c)]
            run, m.batch_id = _partition_run(
                source, name, suite, per_partition, df, derived, _result_format(suite)
            )
            m.add(run, df)
        del inputs
    for name, suite in catalogue.items():
        if not keyed(suite):
            _run_whole(ctx, source, run_id, name, suite, day, results, result_ids)
            continue
        m = merged.get(name)
        if m is None:
            continue
        for check in (c for c in m.checks if _whole_day_check(c)):
            own = check.kwargs.get("column_list") or [check.kwargs["column"]]
            for bucket in parts.by_value(suite.table, own, _whole_day_columns(suite, check)):
                df = gx_project.to_frame(bucket)  # one bucket of values at a time: bounded
                run, _ = _partition_run(source, name, suite, [check], df, [], _result_format(suite))
                m.add(run, df)
        gx_name = gx_project.asset_name(name)
        batch = _batch_definition(source, gx_name)
        vd = gx_project.validation_definition(ctx, gx_name, batch, m.checks, derived_of[name])
        run = m.merged()
        run.meta["validation_id"] = vd.id
        run.meta["checkpoint_id"] = None
        run.meta["run_id"] = run_id
        run.meta["validation_time"] = run_id.run_time
        run.meta["batch_parameters"] = {"dataframe": "<DATAFRAME>", "partitions": parts.n}
        rid = _result_id(vd, run_id, m.batch_id)
        ctx.validation_results_store.store_validation_results(
            suite_validation_result=run,
            suite_validation_result_identifier=rid,
            expectation_suite_identifier=rid.expectation_suite_identifier,
        )
        result_ids.append(rid)
        results += _results(
            name,
            m.checks,
            run,
            lambda check, _res, m=m: m.samples.get(check.name, [])[: gx_project.SAMPLE_ROWS],
        )
