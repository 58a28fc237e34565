"""Tier 1: every DAG imports cleanly and follows the house policy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DAGS = Path(__file__).resolve().parents[2] / "dags"
DAG_FILES = sorted(p for p in DAGS.glob("*.py") if not p.name.startswith("_"))


def test_dags_import_without_errors(dagbag):
    assert dagbag.import_errors == {}, dagbag.import_errors
    assert {"news_daily", "statements_weekly"} <= set(dagbag.dags)


@pytest.mark.parametrize("path", DAG_FILES, ids=lambda p: p.name)
def test_dag_files_set_catchup_explicitly_and_import_nothing_heavy(path):
    tree = ast.parse(path.read_text())
    dag_calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and getattr(n.func, "id", getattr(n.func, "attr", None)) in ("dag", "DAG")
    ]
    assert dag_calls, f"{path.name} defines no DAG"
    for call in dag_calls:
        assert "catchup" in {k.arg for k in call.keywords}, (
            f"{path.name}: catchup not set explicitly"
        )
    top_imports = {
        a.name.split(".")[0] for n in tree.body if isinstance(n, ast.Import) for a in n.names
    }
    top_imports |= {
        n.module.split(".")[0] for n in tree.body if isinstance(n, ast.ImportFrom) and n.module
    }
    heavy = top_imports & {"spacy", "pandas", "great_expectations", "duckdb", "pyarrow", "parley"}
    assert not heavy, f"{path.name} imports {heavy} at parse time; import inside tasks"


def test_every_dag_follows_policy(dagbag):
    for dag_id, dag in dagbag.dags.items():
        assert dag.tags, f"{dag_id} has no tags"
        assert dag.doc_md and len(dag.doc_md) > 100, f"{dag_id} has no doc_md"
        assert dag.max_active_runs == 1, f"{dag_id}: max_active_runs must be 1"
        for t in dag.tasks:
            if t.task_id != "validate":  # a failed quality gate is not retried
                assert t.retries >= 1, f"{dag_id}.{t.task_id} has no retries"


def test_news_daily_is_daily_and_ordered(dagbag):
    dag = dagbag.dags["news_daily"]
    assert dag.timetable.summary in ("@daily", "0 0 * * *")
    assert dag.catchup is False
    order = ["ingest", "plan_shards", "extract", "validate", "publish", "digest"]
    for upstream, downstream in zip(order, order[1:], strict=False):
        assert downstream in dag.get_task(upstream).downstream_task_ids


def test_news_daily_publish_emits_an_asset_per_published_table(dagbag):
    publish = dagbag.dags["news_daily"].get_task("publish")
    uris = {a.uri for a in publish.outlets}
    assert uris == {
        f"x-parley://lake/{t}"
        for t in ("articles", "entities", "quotes", "statements", "rejects", "source_days")
    }
    assert not dagbag.dags["news_daily"].get_task("digest").outlets


def test_statements_weekly_runs_on_the_statements_asset_or_weekly(dagbag):
    from airflow.sdk import Asset, AssetOrTimeSchedule

    dag = dagbag.dags["statements_weekly"]
    assert isinstance(dag.timetable, AssetOrTimeSchedule)
    assert dag.timetable.asset_condition == Asset(
        name="parley.statements", uri="x-parley://lake/statements", group="parley"
    )
    assert dag.timetable.timetable.summary == "0 6 * * 1"  # Mondays, 06:00 UTC
    assert dag.catchup is False
    order = ["plan", "build", "report"]
    for upstream, downstream in zip(order, order[1:], strict=False):
        assert downstream in dag.get_task(upstream).downstream_task_ids
    assert {a.uri for a in dag.get_task("build").outlets} == {
        "x-parley://lake/pair_weeks",
        "x-parley://lake/speaker_weeks",
    }


@pytest.mark.parametrize(
    "value, valid",
    [
        ("2025-02-26", True),
        (None, True),  # empty: the run's own weeks
        ("26/02/2025", False),
        ("2025-02-30", False),
        ("next week", False),
    ],
)
def test_statements_weekly_validates_its_week_of_param(dagbag, value, valid):
    from airflow.sdk.exceptions import ParamValidationError

    param = dagbag.dags["statements_weekly"].params.get_param("week_of")
    if valid:
        assert param.resolve(value) == value
    else:
        with pytest.raises(ParamValidationError):
            param.resolve(value)


@pytest.mark.parametrize(
    ("raised", "at_once"),
    [("QualityGateError", True), ("ConfigError", True), ("OSError", False)],
)
def test_statements_weekly_build_fails_at_once_on_a_verdict_and_retries_the_rest(
    dagbag, monkeypatch, raised, at_once
):
    """A failed weekly gate (QualityGateError) and a configuration error fail ``build`` without
    Airflow's retries (AirflowFailException, the error's class and message kept): the same
    rows fail the same checks again. Any other error (a full disk) keeps the retries."""
    from airflow.sdk.exceptions import AirflowFailException

    from parley.digest import weekly
    from parley.quality import QualityGateError
    from parley.settings import ConfigError

    error = {"QualityGateError": QualityGateError, "ConfigError": ConfigError}.get(raised, OSError)

    def fails(weeks, settings=None):
        raise error(f"week {weeks[0]} failed: week_days.week_has_a_published_day")

    monkeypatch.setattr(weekly, "build", fails)
    build = dagbag.dags["statements_weekly"].get_task("build").python_callable
    expected = AirflowFailException if at_once else OSError
    with pytest.raises(expected) as failure:
        build(["2025-03-03"])
    said = "week 2025-03-03 failed: week_days.week_has_a_published_day"
    assert str(failure.value) == (f"{raised}: {said}" if at_once else said)
