"""Data quality as a contract: Great Expectations suites for every table, and their verdict.

The DAG's ``validate`` task calls :func:`validate` twice: on the staged tables of the day, then on
the day's rows of the marts as publishing would build them; then :func:`build_docs` once for both. The package is split by job:

* :mod:`.checks` — the check builders (structure, required, allowed, matches, between, span, …);
* :mod:`.suites` — which checks each table gets (``suites.suites()``: staging declarations;
  mart suites compiled from the ``<model>.yml`` files beside the models by :mod:`.mart_tests`);
* :mod:`.plausibility` and :mod:`.completeness` — the learned ranges and the per-source history
  the checks compare a day with;
* :mod:`.runner` — :func:`validate`: frames, GX runs, results;
* :mod:`.results` — :class:`ValidationReport` (the ``quality_runs`` rows) and the verdict analysts
  read; :mod:`.gx` and :mod:`.gx_docs_view` — the GX project and its offline Data Docs index.
"""

from parley.quality.checks import (
    CRITICAL,
    DAILY,
    MARTS,
    STAGING,
    WARNING,
    WEEKLY,
    Check,
    TableSuite,
)
from parley.quality.results import (
    CheckResult,
    QualityGateError,
    ValidationReport,
    format_verdict,
    status_line,
    verdict,
)
from parley.quality.runner import build_docs, forget_attempt, validate

__all__ = [
    "CRITICAL",
    "DAILY",
    "MARTS",
    "STAGING",
    "WARNING",
    "WEEKLY",
    "Check",
    "CheckResult",
    "QualityGateError",
    "TableSuite",
    "ValidationReport",
    "build_docs",
    "forget_attempt",
    "format_verdict",
    "status_line",
    "validate",
    "verdict",
]
