"""Great Expectations plumbing: the GX context (generated fresh for every validation), the Data
Docs site, and the conversions between Parley's checks and GX's expectations and results.

Every validation result is kept under ``<data>/gx`` (so the Data Docs keep history); the Data Docs
HTML is in ``<data>/reports/quality/``. Both are written atomically; no project file is read.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from parley.quality.checks import Check, TableSuite, is_missing
from parley.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

DOCS_SITE = "quality"


DATASOURCE = "parley"


SAMPLE_ROWS = 3  # failing rows named in messages and in quality_runs.failing_rows


def imported():
    """The ``great_expectations`` module. The import that loads it in a process (~250,000
    objects: its modules, classes, expectation and metric registries, all alive as long as the
    process) ends with :func:`gc.freeze`, so that the full garbage collections a validation
    sets off walk only what is newer: on the 3,335-article corpus day they took 0.62-0.67 s of
    a 7 s staged-and-marts validation, 0.22 s with GX's import frozen
    (/work/notes/perf13/gcfreeze.py). No collection first (a full one is what this saves):
    cyclic garbage alive at that moment, if any, outlives the process, once, as with
    :func:`parley.pipeline.freeze_heap`; frozen objects still die by reference count. Later
    calls, or a process where something else imported GX first, freeze nothing."""
    import gc
    import sys

    first = "great_expectations" not in sys.modules
    import great_expectations

    if first:
        gc.freeze()
    return great_expectations


def to_frame(table: pa.Table) -> pd.DataFrame:
    """Arrow to pandas with nullable integer/bool/float columns, so a column's type is what the
    schema protects even when it holds nulls (plain ``to_pandas`` turns int64 with nulls into float)."""
    import pandas as pd

    mapping = {
        pa.int64(): pd.Int64Dtype(),
        pa.int32(): pd.Int32Dtype(),
        pa.bool_(): pd.BooleanDtype(),
        pa.float64(): pd.Float64Dtype(),
    }
    return table.to_pandas(types_mapper=mapping.get)


INDEX_LIMIT = 1000  # validation results listed on the Data Docs index (newest first)


VALIDATIONS_DIR = ("gx", "uncommitted", "validations")  # under <data>/gx: where GX kept them
INDEX_LINKS = "index_links.json"  # under <data>/gx: what the Data Docs index shows of each result


def skip_batch_fingerprint() -> None:
    """Turn off GX's fingerprint of each pandas batch (``batch_markers.pandas_data_fingerprint``
    in a stored result; set when the frame's shallow memory is under
    ``great_expectations.execution_engine.pandas_execution_engine.HASH_THRESHOLD``): pandas'
    hash fails on list columns (statements' ``target_countries``, ``subject_terms``, ``topics``)
    and GX then pickles the whole frame and hashes the bytes, ~1 CPU-s per statements frame of
    the 3,335-article corpus day, twice a validation (staged table and mart). No check reads
    it, and the data a result is about is named by the staged data's own fingerprint (the
    ``attempt`` of ``quality_runs`` and of each result's run name)."""
    from great_expectations.execution_engine import pandas_execution_engine

    pandas_execution_engine.HASH_THRESHOLD = 0  # "fingerprint frames smaller than 0 bytes"


def context(settings: Settings):
    """A Great Expectations context generated fresh for each validation: nothing is read from a
    project file, so a half-written file of a killed run can never break a later one. Suites and
    validation definitions live in memory (built from :mod:`parley.quality.suites` each time); the
    validation results (``<data>/gx/gx/uncommitted/validations``, where the file-backed project
    kept them, so the history stays) and the Data Docs site (``<data>/reports/quality``) are
    written through :class:`parley.quality.gx_store.AtomicFilesystemStoreBackend` (temp file +
    rename). The Data Docs site is configured by :func:`parley.quality.gx_docs_view.site_config`
    (pages that render offline; warnings told apart from failures), its index reading each stored
    result once (``<data>/gx/index_links.json``, :class:`parley.quality.gx_docs_view.LinkCache`). A result file that cannot be read is skipped by GX with a message, never fatal."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    from parley.quality import gx_docs_view

    skip_batch_fingerprint()
    backend = {
        "module_name": "parley.quality.gx_store",
        "class_name": "AtomicFilesystemStoreBackend",
    }
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
    )
    config.stores[config.validation_results_store_name] = {
        "class_name": "ValidationResultsStore",
        "store_backend": {
            **backend,
            "base_directory": str(settings.gx_dir.joinpath(*VALIDATIONS_DIR)),
        },
    }
    site = gx_docs_view.site_config(
        str(settings.quality_docs_dir), INDEX_LIMIT, str(settings.gx_dir / INDEX_LINKS)
    )
    site["store_backend"] = {**backend, "base_directory": str(settings.quality_docs_dir)}
    config.data_docs_sites = {DOCS_SITE: site}
    return gx.get_context(mode="ephemeral", project_config=config)


def plain(value: Any) -> Any:
    """numpy scalars and dicts of them to plain Python, for messages and JSON."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if is_missing(value):
        return None
    return value.item() if hasattr(value, "item") else value


def sample_rows(df: pd.DataFrame, suite: TableSuite, check: Check, index_list: list) -> list[dict]:
    """A few failing rows: the key and the columns the check shows (from GX's index list)."""
    keys = [i.get(suite.key) for i in index_list if isinstance(i, dict)][:SAMPLE_ROWS]
    if not keys:
        return []
    cols = [suite.key, *[c for c in check.sample_columns if c in df.columns and c != suite.key]]
    rows = df.loc[df[suite.key].isin(keys), cols].drop_duplicates(subset=[suite.key])
    out = []
    for row in rows.head(SAMPLE_ROWS).to_dict("records"):
        values = {k: plain(v) for k, v in row.items()}
        out.append(
            {
                k: (v[:80] + "…" if isinstance(v, str) and len(v) > 80 else v)
                for k, v in values.items()
            }
        )
    return out


def gx_expectations(checks: list[Check], derived: list[str]) -> list:
    """The GX expectations of ``checks`` (a table-columns check also allows the derived columns)."""
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
                description=f"[{check.severity}] {check.name}: {check.protects}",
                meta={"check": check.name, "severity": check.severity},
            )
        )
    return out


def validation_definition(ctx, table: str, batch_def, checks: list[Check], derived: list[str]):
    """The stored suite and validation definition of ``table``, rewritten only when the checks
    changed (GX's add_or_update compares expectation by expectation: seconds per run)."""
    import great_expectations as gx
    from great_expectations.exceptions import DataContextError

    name = f"parley_{table}"
    expectations = gx_expectations(checks, derived)
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
