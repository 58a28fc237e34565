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
import json
import logging
import os
import re
import shutil
import uuid
from collections import OrderedDict
from pathlib import Path
from typing import Any

from great_expectations.core.expectation_validation_result import (
    ExpectationSuiteValidationResult,
)
from great_expectations.render.components import RenderedComponentContent
from great_expectations.render.renderer import SiteIndexPageRenderer
from great_expectations.render.renderer.page_renderer import ValidationResultsPageRenderer
from great_expectations.render.renderer.site_builder import (
    FALSEY_YAML_STRINGS,
    DefaultSiteIndexBuilder,
    _resolve_asset_name,
)
from great_expectations.render.util import resource_key_passes_run_name_filter
from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView
from jinja2 import ChoiceLoader, FileSystemBytecodeCache, FileSystemLoader

logger = logging.getLogger(__name__)

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


def _templates_first(view, bytecode_cache: str | None) -> None:
    """Parley's templates before GX's; with ``bytecode_cache`` (a folder), the templates'
    compiled code kept there (:class:`jinja2.FileSystemBytecodeCache`: one file per template,
    written through a temp file and renamed, used only while the template's source checksum and
    the Python/Jinja bytecode version match), so a build does not compile GX's ~40 templates
    again in each view and each run (~0.2 CPU-s of every validation, a day with nothing new
    included; measured with cProfile on the next day of the 3,335-article corpus)."""
    view.env.loader = ChoiceLoader([FileSystemLoader(str(VIEWS)), view.env.loader])
    if bytecode_cache:
        Path(bytecode_cache).mkdir(parents=True, exist_ok=True)
        # ".<key>.bytecode"; a killed write leaves ".<key>.bytecode<random>.tmp", which
        # parley.storage.lake.sweep removes
        view.env.bytecode_cache = FileSystemBytecodeCache(bytecode_cache, ".%s.bytecode")


class OfflinePageView(DefaultJinjaPageView):
    """GX's view of suite and validation-result pages, with Parley's templates first
    (``bytecode_cache``: see :func:`_templates_first`)."""

    def __init__(
        self, custom_styles_directory=None, custom_views_directory=None, bytecode_cache=None
    ) -> None:
        super().__init__(custom_styles_directory, custom_views_directory)
        _templates_first(self, bytecode_cache)


class OfflineIndexPageView(DefaultJinjaIndexPageView):
    """GX's view of the index page, with Parley's templates first (``bytecode_cache``: see
    :func:`_templates_first`)."""

    def __init__(
        self, custom_styles_directory=None, custom_views_directory=None, bytecode_cache=None
    ) -> None:
        super().__init__(custom_styles_directory, custom_views_directory)
        _templates_first(self, bytecode_cache)


# ---------------------------------------------------------------------------------------------
# verdicts


class ParleySiteIndexBuilder(DefaultSiteIndexBuilder):
    """GX's index builder; every validation link also carries ``max_severity`` (None when the
    result passed).

    What a link needs from a stored result — its success, asset name, batch kwargs and spec, and
    the worst severity among its failed expectations — is kept in ``links_cache`` (a JSON file,
    :class:`LinkCache`), so each result is read once: GX's own builder reads and deserialises
    every result it lists (up to ``validation_results_limit``, about 10 ms each) every time the
    index is built, which made a day's validation cost grow with the days of history. Without
    ``links_cache`` every result is read, as GX does."""

    def __init__(  # GX passes what the signature names (instantiate_class_from_config)
        self,
        name,
        site_name,
        data_context,
        target_store,
        site_section_builders_config,
        custom_styles_directory=None,
        custom_views_directory=None,
        show_how_to_buttons=True,
        validation_results_limit=None,
        renderer=None,
        view=None,
        data_context_id=None,
        source_stores=None,
        links_cache: str | None = None,
        **kwargs,
    ) -> None:
        super().__init__(
            name,
            site_name,
            data_context,
            target_store,
            site_section_builders_config,
            custom_styles_directory=custom_styles_directory,
            custom_views_directory=custom_views_directory,
            show_how_to_buttons=show_how_to_buttons,
            validation_results_limit=validation_results_limit,
            renderer=renderer,
            view=view,
            data_context_id=data_context_id,
            source_stores=source_stores,
            **kwargs,
        )
        self.links_cache = Path(links_cache) if links_cache else None

    def _add_validations_to_index_links(self, index_links_dict, keys) -> None:
        # GX 1.24's DefaultSiteIndexBuilder._add_validations_to_index_links, each result's
        # summary read through the cache
        validations = self.site_section_builders_config.get("validations", "None")
        if not validations or validations in FALSEY_YAML_STRINGS:
            return
        run_filter = self.site_section_builders_config["validations"]["run_name_filter"]
        keys = sorted(
            (k for k in keys if resource_key_passes_run_name_filter(k, run_filter)),
            key=lambda k: k.run_id.run_time,
            reverse=True,
        )
        if self.validation_results_limit:
            keys = keys[: self.validation_results_limit]
        store_name = self.source_stores.get("validations")
        store = self.data_context.stores[
            store_name or self.data_context.validation_results_store_name
        ]
        cache = LinkCache(self.links_cache, store)
        for key in keys:
            try:
                summary = cache.get(key)
                if summary is None:
                    summary = self._summary(key, store_name)
                    if summary is None:
                        logger.warning("Validation result not found: %s - skipping", key.to_tuple())
                        continue
                    cache.put(key, summary)
                self.add_resource_info_to_index_links_dict(
                    index_links_dict=index_links_dict,
                    expectation_suite_name=key.expectation_suite_identifier.name,
                    section_name="validations",
                    batch_identifier=key.batch_identifier,
                    run_id=key.run_id,
                    validation_success=summary["success"],
                    run_time=key.run_id.run_time,
                    run_name=key.run_id.run_name,
                    asset_name=summary["asset_name"],
                    batch_kwargs=summary["batch_kwargs"],
                    batch_spec=summary["batch_spec"],
                )
                index_links_dict["validations_links"][-1]["max_severity"] = summary["max_severity"]
            except Exception:  # as GX: an unreadable result is left off the index
                logger.warning("Validation result not found: %s - skipping", key.to_tuple())
        cache.save(keys)

    def _summary(self, key, store_name: str | None) -> dict | None:
        """What the index shows of the result ``key`` (None: there is no such result)."""
        result = self.data_context.get_validation_result(
            batch_identifier=key.batch_identifier,
            expectation_suite_name=key.expectation_suite_identifier.name,
            run_id=key.run_id,
            validation_results_store_name=store_name,
        )
        if not isinstance(result, ExpectationSuiteValidationResult):
            return None
        return {
            "success": result.success,
            "asset_name": _resolve_asset_name(result),
            "batch_kwargs": result.meta.get("batch_kwargs", {}),
            "batch_spec": result.meta.get("batch_spec", {}),
            "max_severity": None if result.success else _severity(result),
        }


class LinkCache:
    """The index's summaries of stored validation results, by result key, in a JSON file
    (``{"<key as a JSON list>": {"stat": [size, mtime_ns], "success", "asset_name",
    "batch_kwargs", "batch_spec", "max_severity"}}``), each valid while the result's file keeps
    the size and modification time it had when it was read (a result rewritten under its key is
    read again). A missing or unreadable cache file, or a store that is not a local folder,
    means every result is read. :meth:`save` keeps the entries of the results listed and writes
    the file atomically (temp file + rename), and only when something changed."""

    def __init__(self, path: Path | None, store) -> None:
        backend = getattr(store, "store_backend", None)
        self.base = getattr(backend, "full_base_directory", None)
        self.path = path if path is not None and self.base is not None else None
        self.store, self.backend = store, backend
        self.entries: dict[str, dict] = {}
        self.changed = False
        if self.path is not None and self.path.is_file():
            try:
                self.entries = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.entries = {}
            if not isinstance(self.entries, dict):
                self.entries = {}

    @staticmethod
    def _name(key) -> str:
        return json.dumps([str(part) for part in key.to_tuple()])

    def _stat(self, key) -> list[int] | None:
        try:
            rel = self.backend._convert_key_to_filepath(self.store.key_to_tuple(key))
            st = os.stat(os.path.join(self.base, rel))
        except (OSError, AttributeError, TypeError, ValueError):
            return None
        return [st.st_size, st.st_mtime_ns]

    def get(self, key) -> dict | None:
        if self.path is None:
            return None
        entry = self.entries.get(self._name(key))
        if not isinstance(entry, dict) or entry.get("stat") != self._stat(key):
            return None
        return entry

    def put(self, key, summary: dict) -> None:
        if self.path is None:
            return
        stat = self._stat(key)
        if stat is None:
            return
        entry = {**summary, "stat": stat}
        try:  # kept only if it reads back as it is: what the next build would see
            entry = json.loads(json.dumps(entry))
        except (TypeError, ValueError):
            return
        self.entries[self._name(key)] = entry
        self.changed = True

    def save(self, listed) -> None:
        if self.path is None:
            return
        names = {self._name(k) for k in listed}
        kept = {n: e for n, e in self.entries.items() if n in names}
        if not self.changed and len(kept) == len(self.entries):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex[:12]}.tmp")
        try:
            tmp.write_text(json.dumps(kept, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as err:  # a cache: failing to write it costs time next build, not docs
            logger.warning("could not write the Data Docs links cache %s: %s", self.path, err)
        finally:
            tmp.unlink(missing_ok=True)


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


def site_config(
    base_directory: str,
    validation_results_limit: int,
    links_cache: str | None = None,
    bytecode_cache: str | None = None,
) -> dict:
    """GX's Data Docs site config with Parley's builder, renderers and views, writing to
    ``base_directory`` (an absolute folder) and listing at most ``validation_results_limit``
    results on the index (newest first); ``links_cache``: the file where the index keeps what
    it shows of each result (:class:`LinkCache`; None: every result is read each build);
    ``bytecode_cache``: the folder where the views keep their templates' compiled code
    (:func:`_templates_first`; None: compiled by each view)."""
    page_view = {"module_name": MODULE, "class_name": "OfflinePageView"}
    index_view = {"module_name": MODULE, "class_name": "OfflineIndexPageView"}
    if bytecode_cache:
        page_view["bytecode_cache"] = index_view["bytecode_cache"] = bytecode_cache
    return {
        "class_name": "SiteBuilder",
        "site_index_builder": {
            "class_name": "ParleySiteIndexBuilder",
            "module_name": MODULE,
            "validation_results_limit": validation_results_limit,
            "links_cache": links_cache,
            "renderer": {"module_name": MODULE, "class_name": "ParleyIndexPageRenderer"},
            "view": dict(index_view),
        },
        "site_section_builders": {
            "expectations": {"view": dict(page_view)},
            "validations": {
                "renderer": {
                    "module_name": MODULE,
                    "class_name": "ParleyValidationResultsPageRenderer",
                },
                "view": dict(page_view),
            },
        },
        "show_how_to_buttons": False,
        "store_backend": {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": base_directory,
        },
    }
