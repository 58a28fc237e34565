"""Mart tests: the ``tests`` a ``sql/marts/<model>.yml`` declares, compiled into the marts-layer
:class:`~parley.quality.checks.TableSuite` of that model (dbt's schema-test idea, run by GX).

A test is written under a column (``columns: <name>: tests: [...]``) or for the whole model
(``tests: [...]``), as a bare name or a name with options::

    columns:
      quote_id:
        tests:
          - not_null
          - unique: {name: one_row_per_quote, description: one row per quotation}
      kind:
        tests:
          - accepted_values: {vocabulary: QUOTE_KINDS}     # or values: [direct, indirect]
      confidence:
        tests:
          - between: {min: 0.0, max: 1.0, severity: warning, mostly: 0.95}
      iso_week:
        tests:
          - matches: {regex: '^\\d{4}-W\\d{2}$'}               # values (nulls aside) match
    tests:
      - columns_present: {columns: [dt, quote_id]}
      - unique_combination: {columns: [speaker, statement_date]}
      - not_less_than: {column: n_disputes, than: n_new_disputes}   # row by row, a >= b

A model's ``gate`` says which DAG checks it before publishing: ``daily`` (the default: news_daily's
validate task, on the day's rows as publishing would build them) or ``weekly`` (the weekly marts
statements_weekly publishes, one week at a time: :func:`parley.digest.weekly.build`).

Every test takes ``name`` (the check's name in ``quality_runs``), ``description`` (what it
protects), ``severity`` (``critical``, the default, or ``warning``) and, for per-row tests,
``mostly``. ``vocabulary`` names a tuple of :mod:`parley.schema`, so a label list has one home.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from parley import schema
from parley.quality.checks import (
    CRITICAL,
    DAILY,
    GATES,
    MARTS,
    Check,
    TableSuite,
    allowed,
    between,
    matches,
    required,
)

TABLE_TESTS = ("columns_present", "unique_combination", "not_less_than")
COLUMN_TESTS = ("not_null", "unique", "accepted_values", "between", "matches")


def _parse(test: str | dict) -> tuple[str, dict[str, Any]]:
    if isinstance(test, str):
        return test, {}
    ((kind, options),) = test.items()
    return kind, dict(options or {})


def _column_check(column: str, kind: str, o: dict[str, Any]) -> Check:
    severity = o.get("severity", CRITICAL)
    text = o.get("description")
    if kind == "not_null":
        check = required(column, severity, text or "", o.get("mostly", 1.0))
    elif kind == "unique":
        check = Check(
            o.get("name", f"{column}_unique"),
            "ExpectColumnValuesToBeUnique",
            {"column": column},
            severity,
            text or f"{column} is unique",
            sample_columns=(column,),
        )
    elif kind == "accepted_values":
        values = getattr(schema, o["vocabulary"]) if "vocabulary" in o else o["values"]
        check = allowed(column, values, text or f"{column} is one of {sorted(values)}", severity)
    elif kind == "between":
        low, high = o.get("min"), o.get("max")
        check = between(
            o.get("name", f"{column}_in_range"),
            column,
            text or f"{column} lies in [{low}, {high}]",
            low,
            high,
        )
        check = replace(check, severity=severity)
    elif kind == "matches":
        check = matches(column, o["regex"], text or f"{column} matches {o['regex']}", severity)
    else:
        raise ValueError(f"unknown column test {kind!r} on {column} (known: {COLUMN_TESTS})")
    if "name" in o and check.name != o["name"]:
        check = replace(check, name=o["name"])
    return check


def _table_check(kind: str, o: dict[str, Any], model: str) -> Check:
    severity = o.get("severity", CRITICAL)
    if kind == "not_less_than":
        return _pair_check(o, model)
    columns = list(o["columns"])
    if kind == "columns_present":
        return Check(
            o.get("name", "columns_present"),
            "ExpectTableColumnsToMatchSet",
            {"column_set": columns, "exact_match": False},
            severity,
            o.get("description", f"{model} has the columns {columns}"),
        )
    if kind == "unique_combination":
        return Check(
            o.get("name", "unique_combination"),
            "ExpectCompoundColumnsToBeUnique",
            {"column_list": columns},
            severity,
            o.get("description", f"one row per {', '.join(columns)}"),
            sample_columns=tuple(columns),
        )
    raise ValueError(f"unknown model test {kind!r} on {model} (known: {TABLE_TESTS})")


def _pair_check(o: dict[str, Any], model: str) -> Check:
    """``not_less_than: {column: a, than: b}``: on every row a >= b (rows where both are null
    pass)."""
    a, b = o["column"], o["than"]
    return Check(
        o.get("name", f"{a}_not_less_than_{b}"),
        "ExpectColumnPairValuesAToBeGreaterThanB",
        {"column_A": a, "column_B": b, "or_equal": True},
        o.get("severity", CRITICAL),
        o.get("description", f"{a} >= {b} on every row of {model}"),
        sample_columns=(a, b),
    )


def compile_spec(model: str, spec: dict) -> TableSuite | None:
    """The marts-layer suite a model's ``.yml`` declares (None when it declares no tests), gated
    by the DAG its ``gate`` names. Raises ``ValueError`` for an unknown test or gate,
    ``KeyError`` for a missing option."""
    gate = spec.get("gate", DAILY)
    if gate not in GATES:
        raise ValueError(f"unknown gate {gate!r} in {model}.yml (known: {GATES})")
    checks = [_table_check(*_parse(t), model) for t in spec.get("tests") or []]
    for column, col in (spec.get("columns") or {}).items():
        for test in (col or {}).get("tests") or []:
            checks.append(_column_check(column, *_parse(test)))
    if not checks:
        return None
    return TableSuite(model, spec["key"], tuple(checks), layer=MARTS, gate=gate)
