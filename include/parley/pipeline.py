"""The stages of the daily run, as plain functions of a :class:`~parley.dates.RunWindow`.

The DAG's tasks are one call each; so are tests. Stages hand each other data through the staging
area of the lake and return small pointers (date, paths, row counts), never the data itself::

    ingest  → staging/articles, staging/rejects, staging/source_days (raw responses: raw/)
    extract → staging/entities, staging/quotes, staging/statements (one part per shard)
    validate→ GX over all staging tables; a failure quarantines the partition and raises
    publish → lake/<table>/dt=… (atomic swap) and a rebuilt warehouse
    digest  → the day's rows of the daily_digest mart, and its HTML report

Each stage's own code is its subpackage (:mod:`parley.ingest`, :mod:`parley.extract`,
:mod:`parley.quality`, :mod:`parley.storage`, :mod:`parley.digest`); this module only wires them.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import inspect
import logging
import types
from pathlib import Path

from parley.dates import RunWindow
from parley.quality.results import QualityGateError
from parley.settings import Settings, get_settings
from parley.storage import crash, lake
from parley.storage.lock import data_dir_lock
from parley.wording import plural

log = logging.getLogger(__name__)

STAGED_TABLES = ("articles", "entities", "quotes", "rejects", "source_days", "statements")
# the staged tables that carry the day's content (``source_days`` only counts what the sources
# delivered): a day with no row in any of them brought nothing new
CONTENT_TABLES = ("articles", "entities", "quotes", "rejects", "statements")


# what a stage must have grown the process by for its end to be worth a full garbage collection
_COLLECT_ABOVE_BYTES = 64 * 1024 * 1024


def _rss_bytes() -> int | None:
    """This process's resident set size in bytes (``/proc/self/statm``), None where unknown."""
    import os

    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def give_back_memory(since_rss: int | None = None) -> None:
    """Return the heap a stage has freed to the operating system (glibc's ``malloc_trim``, after
    a garbage collection), so that the next task of an in-process run (``airflow dags test``
    runs every task in one process) does not start at this stage's high-water mark. With
    ``since_rss`` (the resident set size in bytes when the stage started, :func:`_rss_bytes`),
    the full collection runs only when the process still holds more than 64 MiB above it after
    the trim: a full collection walks every live object of the process (Airflow's, GX's: ~0.4
    CPU-s or more each time), and a stage that left little behind (a day with nothing new) has
    nothing worth it. Without ``since_rss``, or where the size is unknown, it always runs.
    Arrow's memory pool is asked to release its unused pages too (``release_unused``).
    glibc's trim is a no-op where glibc is absent."""
    import gc

    def trim() -> None:
        import ctypes

        import pyarrow as pa

        pa.default_memory_pool().release_unused()  # Arrow's own allocator (mimalloc) keeps pages
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)

    if since_rss is not None:
        trim()
        now = _rss_bytes()
        if now is not None and now - since_rss <= _COLLECT_ABOVE_BYTES:
            return
    gc.collect()
    trim()


_frozen_by_a_task = False


def freeze_heap() -> None:
    """Once per process, at its first task: move every object the collector tracks (all live but
    a few: Airflow's, the DAG's, the modules imported so far) to its permanent generation
    (:func:`gc.freeze`), so that the automatic full collections the next imports and stages set
    off (GX's, DuckDB's, pandas') walk only what is newer. No collection first: at the first task
    of a ``dags test`` run a full collection walked ~665,000 tracked objects to free 65 (measured
    on the next day of the 3,335-article corpus: 0.9-1.3 CPU-s on the loaded machine, a tenth of
    that day's garbage-collection time); those few cycles, and any a reference cycle among the
    frozen objects forms, outlive the process, once (what was garbage at the first call).
    Frozen objects still die by reference count. For a task process (``airflow dags test`` runs
    every task of a run in one process; a worker runs one task per process); the DAG's tasks
    call it, the stages do not. A freeze before it (the DAG file freezes Airflow's start-up heap
    when it is parsed, ahead of the in-process execution API that the first task starts) does
    not count: the first task still freezes what was built since; later tasks do not (what an
    earlier task left behind would be pinned)."""
    import gc

    global _frozen_by_a_task
    if not _frozen_by_a_task:
        gc.freeze()
        _frozen_by_a_task = True


# modules Great Expectations imports at its own import for expectations no Parley suite declares
# (ExpectColumnKLDivergenceToBeLessThan and the KS-test metrics: ``from scipy import stats``,
# ``import altair``; great_expectations/expectations/core/expect_column_kl_divergence_to_be_less_than.py
# and expectations/metrics/column_aggregate_metrics/*ks_test_p_value.py, GX 1.24): ~0.8 CPU-s of
# GX's ~2 CPU-s import (python -X importtime), loaded by the validate task only when first used
DEFERRED_BY_GX = ("scipy.stats", "altair")


class _Deferred(types.ModuleType):
    """A stand-in for module ``name`` in ``sys.modules`` until an attribute of it is first read:
    then the real module is imported (the stand-in leaves ``sys.modules`` first) and its names
    are copied into the stand-in, so code holding either sees the same objects from then on.
    ``import name`` and ``from name import x`` work on it as on the real module (``x``, as any
    attribute read, imports it)."""

    def __init__(self, name: str) -> None:
        import importlib.machinery

        super().__init__(name)
        self.__spec__ = importlib.machinery.ModuleSpec(name, None)  # not initialising

    def __getattr__(self, attr: str):
        import importlib
        import sys

        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = importlib.import_module(name)
        self.__dict__.update(real.__dict__)
        return getattr(real, attr)


def load_great_expectations() -> None:
    """Once per process, for the validate task: import Great Expectations (what the quality
    checks run on: ~1.5 s and ~100 MB of module objects) with the automatic garbage collections
    paused, then freeze what the process holds (:func:`gc.freeze`, as :func:`freeze_heap` does
    at the first task). Without it, the
    import set off three full collections and the stage two more (one in the checks, one in
    :func:`give_back_memory`), each walking GX's module objects, which live as long as the
    process: 5 collections, ~0.4 CPU-s of the next day with nothing new of the 3,335-article
    corpus (measured in one process, nice 0). The few cycles an earlier task left unreachable
    at that moment outlive the process, as at the first task's freeze. The modules of
    :data:`DEFERRED_BY_GX` (scipy.stats, altair: only expectations Parley never declares use
    them) are stood in for by :class:`_Deferred` during the import (GX's modules keep the
    stand-in; later imports get the real module), so they load only if such an expectation ever
    runs; the ones the process had already imported stay as they are. A no-op
    when GX is already imported or after the first call; for a task process (the DAG's validate
    task calls it, the stages do not)."""
    import gc
    import importlib.util
    import sys

    if "great_expectations" in sys.modules:  # imported before, or by the first call
        return
    deferred = {
        name: _Deferred(name)
        for name in DEFERRED_BY_GX
        if name not in sys.modules and importlib.util.find_spec(name) is not None
    }
    sys.modules.update(deferred)
    # as parley.quality.runner.validate sets it, before the import: GX's import logs ~210 INFO
    # lines of its API-docs registry ("Skipping registering function ..."), two thirds of a
    # nothing-new day's task log, each rendered by Airflow's log handlers
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    paused = gc.isenabled()
    gc.disable()
    try:
        import great_expectations  # noqa: F401
    finally:
        if paused:
            gc.enable()
        for name, stand_in in deferred.items():  # later imports get the real module
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    gc.freeze()


def _locked(what: str, shared: bool = False):
    """Run the stage holding the data dir's lock (:mod:`parley.storage.lock`): exclusively, or
    ``shared`` for extraction shards, which only add their own parts. A second run on the same data
    dir waits, then stops with ``DataDirBusy`` naming the holder. An exclusive stage first removes
    what killed runs left behind (:func:`parley.storage.lake.sweep`: nobody else is writing).
    When the stage ends, what it freed goes back to the OS (:func:`give_back_memory`, with a
    full garbage collection only when the stage grew the process)."""

    def wrap(stage):
        signature = inspect.signature(stage)

        @functools.wraps(stage)
        def run(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            settings = bound.arguments.get("settings") or get_settings()
            bound.arguments["settings"] = settings
            window = bound.arguments["window"]
            rss = _rss_bytes()
            try:
                with data_dir_lock(settings, f"{what} {window.ds}", shared=shared):
                    if not shared:
                        lake.sweep(settings)
                    return stage(*bound.args, **bound.kwargs)
            finally:
                give_back_memory(rss)

        return run

    return wrap


# ---------------------------------------------------------------------------------------------
# ingest


def published_index(exclude_ds: str, settings: Settings):
    """Content hashes and canonical URLs already published under any date other than
    ``exclude_ds`` (what a run must not ingest again), the MinHash signatures of those dates'
    originals (what a near-duplicate is linked to), and the inputs those dates rejected (what it
    must not quarantine again), as an ``ingest.PublishedIndex``, read over one connection
    (:class:`parley.storage.warehouse.PublishedReader`: the warehouse's compact index, the lake
    for days it does not hold)."""
    from parley.ingest import PublishedIndex, dedup
    from parley.storage.warehouse import PublishedReader

    with PublishedReader(exclude_ds, settings) as reader:
        rows = reader.content()
        rejected = {(r[0], r[1], r[2]): r[3] for r in reader.rejects()}
        near = reader.signatures()
    return PublishedIndex(
        hashes={r[0] for r in rows},
        urls={r[1] for r in rows if r[1]},
        rejected=rejected,
        near_ids=[r[0] for r in near],
        near_signatures=dedup.unpack([bytes(r[1]) for r in near]),
        near_parties=[None if r[2] is None else frozenset(r[2]) for r in near],
    )


class _BatchedSink:
    """An ``ingest.IngestSink`` that streams article and reject rows to two staging writers in
    batches of ``size`` rows (memory: one batch, whatever the size of the day)."""

    def __init__(self, articles, rejects, size: int = 1000) -> None:
        self.writers = {"articles": articles, "rejects": rejects}
        self.pending: dict[str, list[dict]] = {"articles": [], "rejects": []}
        self.size = size

    def _add(self, table: str, row: dict) -> None:
        rows = self.pending[table]
        rows.append(row)
        if len(rows) >= self.size:
            self.writers[table].write(rows)
            self.pending[table] = []

    def article(self, row: dict) -> None:
        self._add("articles", row)

    def reject(self, row: dict) -> None:
        self._add("rejects", row)

    def flush(self) -> None:
        for table, rows in self.pending.items():
            if rows:
                self.writers[table].write(rows)
            self.pending[table] = []


@_locked("ingest")
def ingest(window: RunWindow, settings: Settings | None = None) -> dict:
    """Read every configured source (``PARLEY_SOURCES``), keep what no other date has published,
    stage articles, rejects and the per-source counts of the day. First removes what killed runs
    left behind (:func:`parley.storage.lake.sweep`). An input whose bytes built content that is
    published is recognised from the ingest memo (:mod:`parley.ingest.memo`) without being
    normalised again; the memo then holds this run's inputs."""
    from parley.ingest import memo, read_sources

    settings = settings or get_settings()
    lake.adopt_unversioned(settings)
    lake.reset_staging(window.dt, settings)
    seen = published_index(window.ds, settings)
    memo_dir = settings.data_dir / "cache" / "ingest"
    sources_config = settings.sources_path.read_bytes() if settings.sources_path.is_file() else b""
    seen.built = memo.load(memo_dir, sources_config)
    with (
        lake.staging_writer("articles", window.dt, "0", settings) as articles,
        lake.staging_writer("rejects", window.dt, "ingest", settings) as rejects,
    ):
        sink = _BatchedSink(articles, rejects)
        result = read_sources(window, settings, seen, sink)
        sink.flush()
    n_articles, n_rejects, originals = result.n_articles, result.n_rejects, result.n_originals
    lake.write_staging("source_days", window.dt, result.source_days, settings=settings)
    memo.save(memo_dir, seen.learned, sources_config)
    crash.point("ingest:staged")
    for day in result.source_days:
        log.info(
            "source %s: %s, %d items -> %d articles (%d duplicates), %d rejects, "
            "%d already ingested, %d already rejected, %d requests",
            day["source"],
            day["status"],
            day["items"],
            day["articles"],
            day["duplicates"],
            day["rejects"],
            day["already_ingested"],
            day["already_rejected"],
            day["requests"],
        )
    log.info(
        "ingest %s: %d articles (%d originals), %d rejects from %d sources",
        window.ds,
        n_articles,
        originals,
        n_rejects,
        len(result.source_days),
    )
    return {
        "dt": window.ds,
        "articles": n_articles,
        "originals": originals,
        "rejects": n_rejects,
        "sources": {d["source"]: d["status"] for d in result.source_days},
        "replayed": result.replayed,
    }


# ---------------------------------------------------------------------------------------------
# extract


def shard_of(article_id: str, n_shards: int) -> int:
    """Deterministic shard of an article (its id is a hex digest)."""
    return int(hashlib.sha256(article_id.encode()).hexdigest()[:8], 16) % n_shards


EXTRACTED_TABLES = ("entities", "quotes", "statements")
ARTICLE_COLUMNS = [
    "article_id",
    "text",
    "title",
    "author",
    "duplicate_of",
    "language",
    "source",
    "locator",
    "published_at",
]


@_locked("extract", shared=True)
def extract(
    window: RunWindow, shard: int = 0, n_shards: int = 1, settings: Settings | None = None
) -> dict:
    """Extract this shard's staged articles on every core (:mod:`parley.extract.runner`) and
    stage their entities, quotes and statements, streamed in article order, plus a reject per
    article that could not be extracted (``stage = extract``; reasons ``extraction-error``,
    ``-timeout``, ``-crash``, ``-memory``): the rest of the day goes on. Results of articles
    already extracted under the same pipeline version for this date come from the cache
    (:mod:`parley.extract.cache`); a day with nothing to extract starts no process at all."""
    from parley.extract import cache as result_cache
    from parley.extract import runner
    from parley.extract.meta import ArticleMeta
    from parley.ingest.articles import extractable
    from parley.ingest.records import Reject, excerpt

    settings = settings or get_settings()

    def mine(columns: list[str]):
        for batch in lake.iter_staging("articles", window.dt, settings, columns=columns):
            for a in batch.to_pylist():
                if extractable(a) and shard_of(a["article_id"], n_shards) == shard:
                    yield a

    n_mine = sum(1 for _ in mine(["article_id", "duplicate_of", "language"]))
    # the article's own date bounds actor roles; undated articles fall back to the run's date
    documents = (
        runner.Document(
            a["article_id"],
            a["text"],
            a["published_at"] or window.start,
            (a["source"], a["locator"]),
            ArticleMeta(a["title"], a["author"], a["source"]),
        )
        for a in mine(ARTICLE_COLUMNS)
    )
    options = runner.RunnerOptions.from_settings(settings)
    stats = runner.RunStats()
    part = f"{shard:04d}"
    cache_root = settings.data_dir / "cache" / "extract"
    with contextlib.ExitStack() as stack:
        cache = None
        if settings.extract_cache_days > 0:
            result_cache.prune(cache_root, settings.extract_cache_days, window.ds)
            cache = stack.enter_context(
                result_cache.ResultCache(
                    cache_root,
                    window.ds,
                    shard,
                    n_shards,
                    result_cache.pipeline_version(options.model),
                    options.signature(),
                )
            )
        writers = {
            t: stack.enter_context(lake.staging_writer(t, window.dt, part, settings))
            for t in EXTRACTED_TABLES
        }
        rejects = stack.enter_context(
            lake.staging_writer("rejects", window.dt, f"extract-{part}", settings)
        )
        for out in runner.run(documents, options, cache, expected=n_mine, stats=stats):
            for table, data in out.tables.items():
                writers[table].write(data)
            if out.failure:
                source, locator = out.document.origin
                rejects.write(
                    [
                        Reject(
                            source,
                            locator,
                            out.failure.reason,
                            out.failure.detail,
                            excerpt=excerpt(out.document.text),
                            stage="extract",
                        ).row(window.start)
                    ]
                )
        if cache is not None:
            cache.commit()
    counts = {t: w.rows for t, w in writers.items()}
    summary = stats.as_dict()
    crash.point("extract:staged")
    lake.mark_extracted(window.dt, shard, n_shards, settings)
    log.info(
        "extract %s shard %d/%d: %d articles (%d from the cache), %d entities, %d quotes, "
        "%d statements; quarantined %s; %d worker(s), %d replaced; %s CPU-s per 1,000 "
        "characters; slowest %s",
        window.ds,
        shard,
        n_shards,
        n_mine,
        stats.cached,
        counts["entities"],
        counts["quotes"],
        counts["statements"],
        dict(stats.failed) or "none",
        stats.workers if stats.started else 0,
        stats.restarts,
        summary["cpu_s_per_1k_chars"],
        summary["slowest"][:1],
    )
    return {
        "dt": window.ds,
        "shard": shard,
        "articles": n_mine,
        **counts,
        "cached": stats.cached,
        "quarantined": sum(stats.failed.values()),
        "workers": stats.workers if stats.started else 0,
    }


# ---------------------------------------------------------------------------------------------
# validate and publish


def validate_marts(
    ds: str,
    marts: list[str],
    settings: Settings,
    attempt: str,
    n: int = 1,
    docs: bool = True,
    keep: bool = False,
):
    """GX over the marts' rows of ``ds`` as publishing would build them
    (:func:`parley.storage.warehouse.preview`), in bounded memory: the preview is written to
    Parquet files in a temporary folder of the data dir (``.marts-preview-*``; a killed run's is
    removed by :func:`parley.storage.lake.sweep`), then validated in ``n`` partitions by article
    (the staged day's count; :class:`parley.quality.partitions.DayPartitions`): the article-keyed
    marts (statements, daily_digest, disputes) one slice at a time, the small ones whole, outcomes
    merged as for the staged tables; the article-keyed marts are first cut into one file per
    partition in a single read (:meth:`~parley.quality.partitions.DayPartitions.spill`), so each
    partition reads only its own rows. ``keep``: the warehouse the preview built is kept for
    publish to adopt (:func:`parley.storage.warehouse.prepared_path`, by ``attempt``). Returns
    the marts layer's
    :class:`~parley.quality.results.ValidationReport` (``docs=False``: its Data Docs not built,
    see :func:`parley.quality.validate`)."""
    import shutil
    import tempfile

    import pyarrow.parquet as pq

    from parley import quality
    from parley.quality.partitions import DayPartitions
    from parley.storage import warehouse

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    folder = tempfile.mkdtemp(prefix=".marts-preview-", dir=settings.data_dir)
    try:
        files = warehouse.preview(
            ds, marts, settings, into=Path(folder), keep=attempt if keep else None
        )
        parts = DayPartitions.of({m: [pq.ParquetFile(p)] for m, p in files.items()}, n=n)
        parts.spill(Path(folder) / "partitions")
        return quality.validate(
            ds, parts, settings, attempt=attempt, layer=quality.MARTS, docs=docs
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _marts_unchanged(ds: str, settings: Settings) -> bool:
    """Whether publishing a day with no content row leaves every mart as it is: this host's
    warehouse reflects the lake exactly (:func:`parley.storage.warehouse.built_state` equals
    :func:`~parley.storage.warehouse.lake_state`: same manifests, same SQL), so its marts are the
    ones validated before they were published, and ``ds`` holds no published content row that the
    new version would remove."""
    from parley.storage import warehouse

    held = lake.published(settings).get(ds)
    if held is not None and any(f.rows for t, f in held.tables.items() if t in CONTENT_TABLES):
        return False
    built = warehouse.built_state(settings.warehouse_path)
    return built is not None and built == warehouse.lake_state(settings)


@_locked("validate")
def validate(window: RunWindow, settings: Settings | None = None) -> dict:
    """GX over every staged table (as written, not cast to the schema), then, if they pass, over
    the marts' rows for the day as publishing would build them (in memory, over the lake with this
    partition swapped in), so a SQL bug is caught before analysts see it too.

    Every check's outcome is written to ``quality_runs`` first, pass or fail (one file per attempt,
    named by the staged data's fingerprint, so re-validating the same data replaces its record,
    its GX results and their Data Docs pages (:func:`parley.quality.forget_attempt`), and a
    changed partition adds one). On a critical failure the partition goes to quarantine and
    :class:`QualityGateError` names the table, the check and a few failing rows; otherwise the
    staging area is marked validated (publish refuses anything else) and warnings are logged. The
    warehouse the marts' preview built is kept for publish, named by the staged data's
    fingerprint (:func:`parley.storage.warehouse.prepared_path`; deleted on a failure)."""
    import shutil
    import tempfile

    from parley import quality
    from parley.quality.partitions import DayPartitions
    from parley.quality.suites import suites
    from parley.storage import warehouse

    settings = settings or get_settings()
    lake.clear_validated(window.dt, settings)
    warehouse.discard_prepared(settings, window.ds)  # an earlier attempt's
    missing = lake.missing_shards(window.dt, settings)
    if missing:  # e.g. another run of the date reset the staging area after this run extracted
        raise QualityGateError(
            f"dt={window.ds}: extraction has not staged {', '.join(missing)} since the staging "
            "area was last reset (by this run's ingest or another run's): nothing validated or "
            "published; re-run the day"
        )
    fingerprint = lake.staging_fingerprint(window.dt, settings)
    attempt = fingerprint[:12]
    quality.forget_attempt(window.ds, attempt, settings)  # a re-run replaces, never adds
    # the staged files as written, validated in partitions of articles (bounded memory), each
    # file cut once into the partitions' own files (a temporary .partitions-* folder of the data
    # dir; a killed run's is removed by lake.sweep) rather than filtered again for each partition
    written = DayPartitions.staged(window.dt, STAGED_TABLES, settings)
    nothing_new = not any(written.rows(t) for t in CONTENT_TABLES)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    folder = tempfile.mkdtemp(prefix=".partitions-", dir=settings.data_dir)
    try:
        written.spill(Path(folder))
        report = quality.validate(
            window.ds, written, settings, attempt=attempt, skip_empty=nothing_new, docs=False
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if report.passed and nothing_new and _marts_unchanged(window.ds, settings):
        log.info(
            "dt=%s brought nothing new: the marts publishing rebuilds are the ones already "
            "validated and published (the warehouse reflects the lake), not previewed again",
            window.ds,
        )
        report.unchecked.append("marts")
    elif report.passed:  # the marts as publishing would rebuild them, checked before publishing
        give_back_memory()  # what the staged layer freed, before DuckDB's preview takes its share
        marts = [
            s.table
            for s in suites(settings=settings).values()
            if s.layer == quality.MARTS and s.gate == quality.DAILY
        ]
        report = report.merged(
            validate_marts(window.ds, marts, settings, attempt, n=written.n, docs=False, keep=True)
        )
    # the Data Docs of both layers in one build (its index reads every result it lists)
    report.docs_index = quality.build_docs(settings, report.result_ids)
    runs_path, _ = lake.write_log_file(
        "quality_runs", window.dt, f"attempt-{attempt}", report.rows(), settings
    )
    crash.point("validate:recorded")
    if not report.passed:  # nothing of this data is published: its prepared warehouse neither
        warehouse.discard_prepared(settings, window.ds)
        where = lake.quarantine_staged(
            window.dt, STAGED_TABLES, report.describe(), settings, attempt=attempt
        )
        raise QualityGateError(
            f"partition dt={window.ds} failed "
            f"{plural(len(report.critical_failures), 'critical check')} and was NOT published; "
            "what analysts saw before is unchanged "
            f"(kept in {where}; Data Docs: {report.docs_index}; quality_runs: {runs_path}):\n"
            f"{report.describe(report.critical_failures)}"
        )
    if report.warnings:
        log.warning(
            "dt=%s passed every critical check and publishes WITH %d WARNING(S):\n%s",
            window.ds,
            len(report.warnings),
            report.describe(report.warnings),
        )
    else:
        log.info("dt=%s passed all %d checks", window.ds, len(report.results))
    lake.mark_validated(
        window.dt, {"fingerprint": fingerprint, "warnings": len(report.warnings)}, settings
    )
    return {
        "dt": window.ds,
        "passed": True,
        "attempt": attempt,
        "checks": len(report.results),
        "warnings": len(report.warnings),
        "docs": report.docs_index,
    }


@_locked("publish")
def publish(window: RunWindow, settings: Settings | None = None) -> dict:
    """Publish the validated staging partition as the day's new version — one switch for all its
    tables (:func:`parley.storage.lake.publish_day`) — then bring the warehouse to it (adopting
    the one validate's preview built from this staged data when nothing else was published in
    between: :func:`parley.storage.warehouse.build`) and delete
    what no current manifest names. Raises :class:`QualityGateError` when the staged data has not
    passed validation or changed since.

    Returns ``{"dt", "version", "manifest" (its URI), "tables": {table: rows}, "locations":
    {table: URL of its partition file: file:// or s3://}, "marts": {mart: rows}, "warehouse"}`` (the DAG's publish
    task puts these in its asset events)."""
    from parley.storage import warehouse

    settings = settings or get_settings()
    marker = lake.validated(window.dt, settings)
    if marker is None:
        raise QualityGateError(f"dt={window.ds} has not passed validation: refusing to publish")
    if marker["fingerprint"] != lake.staging_fingerprint(window.dt, settings):
        raise QualityGateError(f"dt={window.ds} changed after validation: refusing to publish")
    day = lake.publish_day(window.dt, STAGED_TABLES, settings)
    # the warehouse validate's preview built from this staged data, adopted when still current
    prepared = warehouse.prepared_path(settings, window.ds, marker["fingerprint"][:12])
    marts = warehouse.build(settings, prepared=prepared)
    lake.collect_garbage(settings)
    crash.point("publish:cleaned")
    counts = {table: f.rows for table, f in day.tables.items()}
    store = lake.lake_store(settings)
    locations = {table: store.location(f.path) for table, f in day.tables.items()}
    log.info("published dt=%s version %s: %s; marts: %s", window.ds, day.version, counts, marts)
    return {
        "dt": window.ds,
        "version": day.version,
        "manifest": store.location(day.rel),
        "tables": counts,
        "locations": locations,
        "marts": marts,
        "warehouse": str(settings.warehouse_path),
    }


@_locked("digest", shared=True)
def digest(window: RunWindow, settings: Settings | None = None) -> dict:
    """The day's HTML report, then the digest's summary (what ``parley digest`` prints) in the
    log; returns the statement count and the report's path. Both read the day's rows from the
    warehouse a batch at a time (a day of any size in bounded memory). Holds the data dir's lock
    shared: the report is written through a temp file in the data dir, which another run's
    exclusive stage would take for a leftover and sweep (two runs of one date started together
    lost a report that way). What it freed goes back to the OS at the end (as for the other
    stages: a full collection only when the digest grew the process; an unconditional one walked
    the whole task process's heap, GX's included, on every day). Raises ``DataDirBusy`` when
    another run holds the lock exclusively past ``PARLEY_LOCK_TIMEOUT``."""
    import io

    from parley.digest.html import write_report
    from parley.digest.text import render, streamed_day

    settings = settings or get_settings()
    page = write_report(window.ds, settings)
    summary = io.StringIO()
    with streamed_day(window.ds, settings) as day:
        render(day, file=summary)
        statements = len(day.rows)
    log.info("digest for %s:\n%s", window.ds, summary.getvalue())
    return {"dt": window.ds, "statements": statements, "report": str(page)}


def run_all(window: RunWindow, settings: Settings | None = None) -> dict:
    """All stages in order, in this process (what the DAG does, without Airflow)."""
    settings = settings or get_settings()
    out = {"ingest": ingest(window, settings)}
    out["extract"] = [extract(window, s, settings.shards, settings) for s in range(settings.shards)]
    out["validate"] = validate(window, settings)
    out["publish"] = publish(window, settings)
    out["digest"] = digest(window, settings)
    return out
