"""Results of a validation: one :class:`CheckResult` per check, a :class:`ValidationReport` per
attempt (the ``quality_runs`` rows), and the verdict analysts read (``parley quality``, the
digest's quality line) from the ``quality_status`` and ``stg_quality_runs`` models.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date, datetime

from parley.quality.checks import CRITICAL, DAILY, WARNING
from parley.settings import Settings, get_settings
from parley.wording import plural


class QualityGateError(RuntimeError):
    """A partition (a day of news_daily, a week of statements_weekly) failed a critical
    expectation and was not published."""


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
    protects: str = ""


@dataclass
class ValidationReport:
    ds: str
    attempt: str
    results: list[CheckResult]
    docs_index: str | None = None
    validated_at: datetime | None = None
    # suites whose row checks were not run because their table had no rows today (only the
    # table's columns were checked: ``validate(skip_empty=True)``)
    unchecked: list[str] = field(default_factory=list)
    # the GX ValidationResultIdentifiers of the results stored (what the Data Docs render)
    result_ids: list = field(default_factory=list)

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
                f"{r.unexpected_count} of {plural(r.element_count, 'row')}"
                if r.element_count is not None
                else f"observed {observed_text(r.observed)}"
            )
            rows = "; ".join(json.dumps(s, default=str, ensure_ascii=False) for s in r.sample)
            lines.append(
                f"{r.severity.upper()} {r.table}.{r.check} ({r.expectation}) failed: {r.protects}"
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
            [*self.unchecked, *other.unchecked],
            [*self.result_ids, *other.result_ids],
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
                "description": r.protects,
                "partition_passed": self.passed,
            }
            for r in self.results
        ]


def verdict(ds: str | None, settings: Settings | None = None, gate: str = DAILY) -> dict | None:
    """The quality verdict of one date (default: the latest validated date) from the
    ``quality_status`` and ``stg_quality_runs`` models, read live over the lake (it works before
    the first warehouse build and after a failed run): the latest attempt, its failed checks and
    the number of earlier attempts. ``gate``: whose attempts (``DAILY``: the day's, ``WEEKLY``:
    the week's starting on ``ds``; a Monday has both). None when the date was never validated."""
    from parley.storage import lake, warehouse

    settings = settings or get_settings()
    if not lake.published_dates("quality_runs", settings):
        return None
    con = warehouse.in_memory(["quality_status"], settings)
    try:
        if ds is None:
            row = con.execute(
                "select max(run_date) from quality_status where gate = $gate", {"gate": gate}
            ).fetchone()
            if not row or row[0] is None:
                return None
            ds = row[0].isoformat()
        attempts = warehouse.rows(
            con,
            "select * from quality_status where run_date = cast($ds as date) and gate = $gate "
            "order by validated_at desc",
            {"ds": ds, "gate": gate},
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
    """One line for the digest: the day's quality verdict and where to read more; the sources
    that could not be read at all (check ``source_days.source_read``) are counted and the first
    few named (the check's sample of failing rows)."""
    return verdict_line(verdict(ds, settings), ds)


def verdict_line(st: dict | None, ds: str) -> str:
    """:func:`status_line` of the verdict ``st`` (:func:`verdict`'s dict, None: never validated)
    of the date ``ds``."""
    if st is None:
        return f"Quality: {ds} has not been validated."
    latest = st["latest"]
    said = {
        "failed": "FAILED its latest validation (not published; earlier data still served)",
        "passed with warnings": f"passed with {plural(latest['warnings'], 'warning')}",
        "passed": "passed",
    }[latest["status"]]
    quarantined = sum(
        f["unexpected_count"] or 0
        for f in st["failures"]
        if f["table_name"] == "rejects" and f["check_name"] == "no_extraction_quarantine"
    )
    extra = f"; {plural(quarantined, 'article')} quarantined by extraction" if quarantined else ""
    for f in st["failures"]:
        if f["table_name"] != "source_days" or f["check_name"] != "source_read":
            continue
        # a misspelt PARLEY_INBOX or a dead feed: said here, not only in the warnings. The
        # failing rows are a sample (SAMPLE_ROWS of parley.quality.gx): the count is the check's
        named = sorted({row.get("source") or "?" for row in json.loads(f["failing_rows"] or "[]")})
        n = max(int(f["unexpected_count"] or 0), len(named))
        more = f" and {n - len(named):,} more" if n > len(named) else ""
        extra += f"; {plural(n, 'source')} not read: {', '.join(named)}{more}"
    return (
        f"Quality: {said}; {plural(latest['checks'], 'check')}{extra} (parley quality --date {ds})"
    )


def observed_text(value: object) -> str:
    """A check's observed value (stored as text) as a reader takes it in: a number with at most
    three decimals, as the learned ranges it is held against are written ("110.594" in
    [63.305, 87.026], not "110.5941411625383"); anything else ("float64") as it is."""
    try:
        x = float(str(value))
    except ValueError:
        return str(value)
    if x.is_integer():
        return str(int(x))
    if not math.isfinite(x):
        return str(value)
    shown = f"{x:.3f}".rstrip("0").rstrip(".")
    return "0" if shown == "-0" else shown


def format_verdict(st: dict | None, ds: str | None) -> str:
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
        f"  {plural(latest['checks'], 'check')}, "
        f"{plural(latest['critical_failures'], 'critical failure')}, "
        f"{plural(latest['warnings'], 'warning')}",
    ]
    for f in st["failures"]:
        count = (
            f"{f['unexpected_count']} of {plural(f['element_count'], 'row')}"
            if f["element_count"] is not None
            else f"observed {observed_text(f['observed_value'])}"
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
