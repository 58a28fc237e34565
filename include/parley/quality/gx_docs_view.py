"""Parley's Data Docs: GX's site, readable offline, with warnings told apart from failures.

GX 1.24 builds Data Docs pages that load every stylesheet and script from CDNs (Bootstrap,
bootstrap-table, jQuery, Font Awesome, vega) and its logo from a web server with the data
context's id appended; offline (CI, an air-gapped analyst, a headless browser, a zipped report)
they render as unstyled text. And GX marks a suite's result failed when any expectation fails,
whatever its severity, so a partition that published with warnings was listed "Failed" next to
the real failures.

Everything here goes through GX's own extension points: the site config (:func:`site_config`)
names these classes and GX imports and instantiates them.

* **Views** (:class:`OfflinePageView` for suite and result pages, :class:`OfflineIndexPageView`):
  GX's Jinja views with Parley's templates (``templates/gx_views``) looked up before GX's. They
  load Bootstrap 4, jQuery and Font Awesome from ``<site>/static/vendor/`` (copied there by
  :func:`install_assets` from the pinned ``xstatic-*`` packages), write the index's tables into the
  HTML (no bootstrap-table script), use the logo GX itself copies into ``<site>/static/images/``,
  and leave out GX's newsletter footer. Not loaded: vega (GX draws charts only for distribution
  expectations, which Parley's suites do not use) and the table filter/date-picker plugins.
* **Verdicts**: :class:`ParleySiteIndexBuilder` adds each failed result's worst severity
  (``ExpectationSuiteValidationResult.get_max_severity_failure``, GX 1.24) to its index link;
  :class:`ParleyIndexPageRenderer` then lists a result as Success, Passed with warnings or Failed,
  and puts a table of partition attempts first (one validation run of a partition, GX's run
  name ``<date>-<attempt>``) with the attempt's verdict — the same rule as the ``quality_status``
  mart: any critical failure fails it, otherwise any warning makes it "passed with warnings";
  :class:`ParleyValidationResultsPageRenderer` says the same in each result page's header and
  names the table (GX prints "Data asset: None" for dataframe assets).
"""

from __future__ import annotations

import filecmp
import functools
import importlib.metadata
import re
import shutil
from collections import OrderedDict
from pathlib import Path
from typing import Any

from great_expectations.render.components import RenderedComponentContent
from great_expectations.render.renderer import SiteIndexPageRenderer
from great_expectations.render.renderer.page_renderer import ValidationResultsPageRenderer
from great_expectations.render.renderer.site_builder import DefaultSiteIndexBuilder
from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView
from jinja2 import ChoiceLoader, FileSystemLoader

VIEWS = Path(__file__).resolve().parent / "templates" / "gx_views"
MODULE = __name__

SUCCESS, WARNINGS, FAILED = "Success", "Passed with warnings", "Failed"
ATTEMPTS_LISTED = 30  # partition attempts in the index's summary table (newest first)

# What the pages load, from the pinned xstatic packages (PyPI): (distribution, file in it, where it
# goes under <site>/static/vendor/). Bootstrap 4.5 and Font Awesome 6.2 stand in for the 4.3 and
# 6.6 GX links (same classes and icon names); jQuery is the 3.7.1 GX asks for.
ASSETS = (
    (
        "XStatic-Bootstrap",
        "xstatic/pkg/bootstrap/data/css/bootstrap.min.css",
        "css/bootstrap.min.css",
    ),
    (
        "XStatic-Bootstrap",
        "xstatic/pkg/bootstrap/data/js/bootstrap.bundle.min.js",
        "js/bootstrap.bundle.min.js",
    ),
    ("XStatic-jQuery", "xstatic/pkg/jquery/data/jquery.min.js", "js/jquery.min.js"),
    (
        "XStatic-Font-Awesome",
        "xstatic/pkg/font_awesome/data/css/all.min.css",
        "css/fontawesome.all.min.css",
    ),
    (
        "XStatic-Font-Awesome",
        "xstatic/pkg/font_awesome/data/webfonts/fa-solid-900.woff2",
        "webfonts/fa-solid-900.woff2",
    ),
    (
        "XStatic-Font-Awesome",
        "xstatic/pkg/font_awesome/data/webfonts/fa-regular-400.woff2",
        "webfonts/fa-regular-400.woff2",
    ),
    (
        "XStatic-Font-Awesome",
        "xstatic/pkg/font_awesome/data/LICENSE.txt",
        "LICENSE-font-awesome.txt",
    ),
)


def verdict(success: bool, worst_severity: str | None) -> str:
    """Success, Passed with warnings or Failed, from GX's ``success`` flag and the worst severity
    among the failed expectations (``"critical"``, ``"warning"``, ``"info"`` or None: GX counts
    an expectation without a severity as critical)."""
    if success:
        return SUCCESS
    return WARNINGS if worst_severity in ("warning", "info") else FAILED


def _severity(result) -> str | None:
    worst = result.get_max_severity_failure()
    return getattr(worst, "value", worst)


# ---------------------------------------------------------------------------------------------
# views


def _templates_first(view) -> None:
    view.env.loader = ChoiceLoader([FileSystemLoader(str(VIEWS)), view.env.loader])


class OfflinePageView(DefaultJinjaPageView):
    """GX's view of suite and validation-result pages, with Parley's templates first."""

    def __init__(self, custom_styles_directory=None, custom_views_directory=None) -> None:
        super().__init__(custom_styles_directory, custom_views_directory)
        _templates_first(self)


class OfflineIndexPageView(DefaultJinjaIndexPageView):
    """GX's view of the index page, with Parley's templates first."""

    def __init__(self, custom_styles_directory=None, custom_views_directory=None) -> None:
        super().__init__(custom_styles_directory, custom_views_directory)
        _templates_first(self)


# ---------------------------------------------------------------------------------------------
# verdicts


class ParleySiteIndexBuilder(DefaultSiteIndexBuilder):
    """GX's index builder; every validation link also carries ``max_severity`` (None when the
    result passed). Only failed results are read a second time."""

    def _add_validations_to_index_links(self, index_links_dict, keys) -> None:
        super()._add_validations_to_index_links(index_links_dict, keys)
        for link in index_links_dict.get("validations_links", []):
            link["max_severity"] = None
            if link.get("validation_success"):
                continue
            result = self.data_context.get_validation_result(
                batch_identifier=link["batch_identifier"],
                expectation_suite_name=link["expectation_suite_name"],
                run_id=link["run_id"],
                validation_results_store_name=self.source_stores.get("validations"),
            )
            link["max_severity"] = _severity(result) if result else "critical"


class PartitionAttempts(RenderedComponentContent):
    """The index's first table: one row per partition attempt (rendered by
    ``templates/gx_views/parley_attempts.j2``)."""

    def __init__(self, attempts: list[dict]) -> None:
        super().__init__(content_block_type="parley_attempts", styling={"classes": ["col-12"]})
        self.attempts = attempts

    def to_json_dict(self) -> dict[str, Any]:
        out = super().to_json_dict()
        out["attempts"] = self.attempts
        return out


def partition_attempts(links: list[dict]) -> list[dict]:
    """Group the index's validation links by run name (``<date>-<attempt>``): per attempt its
    date, attempt id, newest run time, the tables checked, those with warnings and those failed,
    the verdict, and the link of its first failed (else first) result page. Newest first."""
    runs: OrderedDict[str, dict] = OrderedDict()
    for link in links:
        name = str(link.get("run_name") or "")
        run = runs.setdefault(
            name,
            {
                "run_name": name,
                "date": name[:10] if re.match(r"\d{4}-\d{2}-\d{2}-", name) else "",
                "attempt": name[11:] if re.match(r"\d{4}-\d{2}-\d{2}-", name) else name,
                "run_time": link.get("run_time"),
                "tables": [],
                "warnings": [],
                "failed": [],
                "pages": [],
                "_stamp": -1.0,
            },
        )
        table = str(link.get("asset_name") or link.get("expectation_suite_name"))
        run["tables"].append(table)
        status = verdict(bool(link.get("validation_success")), link.get("max_severity"))
        if status != SUCCESS:
            run["warnings" if status == WARNINGS else "failed"].append(table)
        run["pages"].append((status, link.get("filepath")))
        stamp = SiteIndexPageRenderer._get_timestamp(link.get("run_time")) or 0.0
        if stamp >= run["_stamp"]:
            run["run_time"], run["_stamp"] = link.get("run_time"), stamp
    out = []
    for run in runs.values():
        run["verdict"] = (
            "failed" if run["failed"] else "passed with warnings" if run["warnings"] else "passed"
        )
        pages = run.pop("pages")
        run["href"] = next(
            (href for want in (FAILED, WARNINGS, SUCCESS) for st, href in pages if st == want), None
        )
        run["run_time"] = SiteIndexPageRenderer._get_formatted_datetime(run["run_time"])
        out.append(run)
    out.sort(key=lambda r: r.pop("_stamp"), reverse=True)
    return out


class ParleyIndexPageRenderer(SiteIndexPageRenderer):
    """GX's index renderer: three verdicts per result, and the partition attempts first."""

    @classmethod
    def _generate_validation_results_link_table(cls, index_links_dict):
        table = super()._generate_validation_results_link_table(index_links_dict)
        links = index_links_dict.get("validations_links", [])
        for row, link in zip(table.table_data, links, strict=True):
            row["_validation_success_text"] = verdict(
                bool(link.get("validation_success")), link.get("max_severity")
            )
        return table

    @classmethod
    def render(cls, index_links_dict):
        attempts = partition_attempts(index_links_dict.get("validations_links", []))
        document = super().render(index_links_dict)
        if attempts and document is not None and document.sections:
            blocks = document.sections[0].content_blocks
            blocks.insert(1, PartitionAttempts(attempts[:ATTEMPTS_LISTED]))
        return document


class ParleyValidationResultsPageRenderer(ValidationResultsPageRenderer):
    """GX's result page; its header says "Passed with warnings" when only warnings failed and
    names the table the result is about."""

    @classmethod
    def _render_validation_header(cls, validation_results):
        header = super()._render_validation_header(validation_results)
        params = header.subheader.string_template["params"]
        if validation_results.asset_name:
            params["data_asset_name"] = validation_results.asset_name
        status = verdict(bool(validation_results.success), _severity(validation_results))
        if status == WARNINGS:
            params["success"] = status
            params["html_success_icon"] = (
                '<i class="fas fa-exclamation-triangle text-warning" aria-hidden="true"></i>'
            )
        return header


# ---------------------------------------------------------------------------------------------
# the site


@functools.cache  # the installed packages do not change while a process runs
def _installed(dist: str, member: str) -> Path:
    for f in importlib.metadata.files(dist) or ():
        if str(f) == member:
            return Path(str(f.locate()))
    raise FileNotFoundError(f"{member} is not in the installed {dist} (requirements.txt pins it)")


def install_assets(site_dir: Path) -> Path:
    """Copy the stylesheets, scripts and fonts the pages load into ``<site_dir>/static/vendor/``
    (files already there and identical are left alone; each copy is written beside its target
    and renamed into place). Returns that folder. Raises ``FileNotFoundError`` when an
    ``xstatic-*`` package is missing."""
    vendor = site_dir / "static" / "vendor"
    for dist, member, target in ASSETS:
        src, dst = _installed(dist, member), vendor / target
        if dst.exists() and filecmp.cmp(src, dst, shallow=False):
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        tmp = dst.with_name(f".{dst.name}.tmp")
        shutil.copyfile(src, tmp)
        tmp.replace(dst)
    return vendor


def site_config(base_directory: str, validation_results_limit: int) -> dict:
    """GX's Data Docs site config with Parley's builder, renderers and views, writing to
    ``base_directory`` (an absolute folder) and listing at most ``validation_results_limit``
    results on the index (newest first)."""
    return {
        "class_name": "SiteBuilder",
        "site_index_builder": {
            "class_name": "ParleySiteIndexBuilder",
            "module_name": MODULE,
            "validation_results_limit": validation_results_limit,
            "renderer": {"module_name": MODULE, "class_name": "ParleyIndexPageRenderer"},
            "view": {"module_name": MODULE, "class_name": "OfflineIndexPageView"},
        },
        "site_section_builders": {
            "expectations": {"view": {"module_name": MODULE, "class_name": "OfflinePageView"}},
            "validations": {
                "renderer": {
                    "module_name": MODULE,
                    "class_name": "ParleyValidationResultsPageRenderer",
                },
                "view": {"module_name": MODULE, "class_name": "OfflinePageView"},
            },
        },
        "show_how_to_buttons": False,
        "store_backend": {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": base_directory,
        },
    }
