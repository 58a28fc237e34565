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


@pytest.mark.parametrize(
    "view_class, template",
    [
        (view.OfflinePageView, "page.j2"),  # suite and result pages
        (view.OfflineIndexPageView, "index_page.j2"),  # the site's index
        (view.OfflinePageView, "top_navbar.j2"),  # one of Parley's own templates
    ],
)
def test_views_keep_compiled_templates_for_the_next_view(
    tmp_path, monkeypatch, view_class, template
):
    from jinja2 import Environment

    cache = tmp_path / "templates"
    first = view_class(bytecode_cache=str(cache))
    first.env.get_template(template)
    assert any(cache.glob(".*.bytecode"))  # hidden files; a killed write's temp is swept
    compiled = []
    real = Environment.compile
    monkeypatch.setattr(
        Environment, "compile", lambda self, *a, **k: compiled.append(a) or real(self, *a, **k)
    )
    view_class(bytecode_cache=str(cache)).env.get_template(template)  # a later run's view
    assert compiled == []
    view_class().env.get_template(template)  # without a cache folder: compiled, as GX does
    assert compiled


def test_the_site_config_gives_every_view_the_bytecode_cache(tmp_path):
    config = view.site_config(str(tmp_path), 10, bytecode_cache=str(tmp_path / "c"))
    views = [
        config["site_index_builder"]["view"],
        config["site_section_builders"]["expectations"]["view"],
        config["site_section_builders"]["validations"]["view"],
    ]
    assert [v["bytecode_cache"] for v in views] == [str(tmp_path / "c")] * 3
    assert "bytecode_cache" not in view.site_config(str(tmp_path), 10)["site_index_builder"]["view"]
