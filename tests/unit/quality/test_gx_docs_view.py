"""The Data Docs verdicts: a result whose failures are all warnings passed with warnings; an
attempt's verdict follows the quality_status mart's rule."""

from __future__ import annotations

import pytest

from parley.quality import gx_docs_view as view


@pytest.mark.parametrize(
    "success, worst, expected",
    [
        (True, None, "Success"),
        (False, "warning", "Passed with warnings"),
        (False, "info", "Passed with warnings"),
        (False, "critical", "Failed"),
        (False, None, "Failed"),  # GX counts an expectation without a severity as critical
    ],
)
def test_verdict(success, worst, expected):
    assert view.verdict(success, worst) == expected


def _link(run, table, success, worst=None, time="2025-02-25T10:00:00+00:00"):
    return {
        "run_name": run,
        "asset_name": table,
        "validation_success": success,
        "max_severity": worst,
        "run_time": time,
        "filepath": f"validations/parley_{table}/{run}/x.html",
    }


def test_partition_attempts_group_results_and_take_the_worst():
    links = [
        _link("2025-02-25-aaa", "articles", True),
        _link("2025-02-25-aaa", "quotes", False, "warning"),
        _link("2025-02-25-bbb", "articles", False, "warning", "2025-02-25T11:00:00+00:00"),
        _link("2025-02-25-bbb", "entities", False, "critical", "2025-02-25T11:00:00+00:00"),
        _link("2025-02-24-ccc", "articles", True, time="2025-02-24T10:00:00+00:00"),
    ]
    attempts = view.partition_attempts(links)
    assert [(a["attempt"], a["verdict"]) for a in attempts] == [
        ("bbb", "failed"),
        ("aaa", "passed with warnings"),
        ("ccc", "passed"),
    ]
    failed = attempts[0]
    assert failed["date"] == "2025-02-25"
    assert failed["failed"] == ["entities"] and failed["warnings"] == ["articles"]
    assert failed["href"] == "validations/parley_entities/2025-02-25-bbb/x.html"
    assert attempts[1]["href"] == "validations/parley_quotes/2025-02-25-aaa/x.html"
    assert attempts[2]["tables"] == ["articles"]


def test_the_site_config_names_parleys_classes_and_assets_exist(tmp_path):
    config = view.site_config(str(tmp_path), 10)
    assert config["site_index_builder"]["class_name"] == "ParleySiteIndexBuilder"
    assert config["site_index_builder"]["validation_results_limit"] == 10
    vendor = view.install_assets(tmp_path)
    for _, _, target in view.ASSETS:
        assert (vendor / target).stat().st_size > 0
    mtime = (vendor / "css/bootstrap.min.css").stat().st_mtime_ns
    view.install_assets(tmp_path)  # unchanged files are left alone
    assert (vendor / "css/bootstrap.min.css").stat().st_mtime_ns == mtime
