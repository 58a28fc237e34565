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
import hashlib
import json
import logging

from parley.dates import RunWindow
from parley.settings import Settings, get_settings
from parley.storage import lake

log = logging.getLogger(__name__)

STAGED_TABLES = ("articles", "entities", "quotes", "rejects", "source_days", "statements")
VALIDATED_MARKER = "_VALIDATED.json"


class QualityGateError(RuntimeError):
    """A partition failed a critical expectation and was not published."""


# ---------------------------------------------------------------------------------------------
# ingest


def published_index(exclude_ds: str, settings: Settings):
    """Content hashes and canonical URLs already published under any date other than
    ``exclude_ds`` (what a run must not ingest again), as an ``ingest.PublishedIndex``."""
    import duckdb

    from parley.ingest import PublishedIndex

    if not lake.published_dates("articles", settings):
        return PublishedIndex()
    rows = duckdb.sql(
        "select distinct content_hash, canonical_url "
        f"from {lake.scan('articles', settings)} "
        "where cast(dt as varchar) <> $ds",
        params={"ds": exclude_ds},
    ).fetchall()
    return PublishedIndex(hashes={r[0] for r in rows}, urls={r[1] for r in rows if r[1]})


def ingest(window: RunWindow, settings: Settings | None = None) -> dict:
    """Read every configured source (``PARLEY_SOURCES``), keep what no other date has published,
    stage articles, rejects and the per-source counts of the day."""
    from parley.ingest import read_sources

    settings = settings or get_settings()
    lake.reset_staging(window.dt, settings)
    seen = published_index(window.ds, settings)
    result = read_sources(window, settings, seen)
    _, n_articles = lake.write_staging("articles", window.dt, result.articles, settings=settings)
    _, n_rejects = lake.write_staging(
        "rejects", window.dt, result.rejects, part="ingest", settings=settings
    )
    lake.write_staging("source_days", window.dt, result.source_days, settings=settings)
    originals = sum(1 for a in result.articles if a["duplicate_of"] is None)
    for day in result.source_days:
        log.info(
            "source %s: %s, %d items -> %d articles (%d duplicates), %d rejects, "
            "%d already ingested, %d requests",
            day["source"],
            day["status"],
            day["items"],
            day["articles"],
            day["duplicates"],
            day["rejects"],
            day["already_ingested"],
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
    "duplicate_of",
    "language",
    "source",
    "locator",
    "published_at",
]


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
    from parley.ingest.articles import extractable
    from parley.ingest.records import Reject, excerpt

    settings = settings or get_settings()

    def mine(columns: list[str]):
        for batch in lake.iter_staging("articles", window.dt, columns, settings):
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


def _staged(window: RunWindow, settings: Settings) -> dict:
    return {t: lake.read_staging(t, window.dt, settings) for t in STAGED_TABLES}


def _fingerprint(window: RunWindow, settings: Settings) -> str:
    h = hashlib.sha256()
    root = settings.staging_dir / f"dt={window.ds}"
    for path in sorted(root.rglob("*.parquet")):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def validate(window: RunWindow, settings: Settings | None = None) -> dict:
    """GX over every staged table (as written, not cast to the schema), then, if they pass, over
    the marts' rows for the day as publishing would build them (in memory, over the lake with this
    partition swapped in), so a SQL bug is caught before analysts see it too.

    Every check's outcome is written to ``quality_runs`` first, pass or fail (one file per attempt,
    named by the staged data's fingerprint, so re-validating the same data replaces its record and
    a changed partition adds one). On a critical failure the partition goes to quarantine and
    :class:`QualityGateError` names the table, the check and a few failing rows; otherwise the
    staging area is marked validated (publish refuses anything else) and warnings are logged."""
    from parley import quality
    from parley.quality.suites import suites
    from parley.storage import warehouse

    settings = settings or get_settings()
    marker = settings.staging_dir / f"dt={window.ds}" / VALIDATED_MARKER
    marker.unlink(missing_ok=True)
    fingerprint = _fingerprint(window, settings)
    attempt = fingerprint[:12]
    written = {t: lake.read_staging(t, window.dt, settings, as_written=True) for t in STAGED_TABLES}
    report = quality.validate(window.ds, written, settings, attempt=attempt)
    if report.passed:  # the marts as publishing would rebuild them, checked before publishing
        marts = [s.table for s in suites(settings=settings).values() if s.layer == quality.MARTS]
        preview = warehouse.preview(window.ds, marts, settings)
        report = report.merged(
            quality.validate(window.ds, preview, settings, attempt=attempt, layer=quality.MARTS)
        )
    runs_path, _ = lake.write_log_file(
        "quality_runs", window.dt, f"attempt-{attempt}", report.rows(), settings
    )
    if not report.passed:
        where = lake.quarantine(window.dt, written, report.describe(), settings, attempt=attempt)
        raise QualityGateError(
            f"partition dt={window.ds} failed {len(report.critical_failures)} critical "
            f"check(s) and was NOT published; what analysts saw before is unchanged "
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
    marker.write_text(
        json.dumps({"fingerprint": fingerprint, "warnings": len(report.warnings)}),
        encoding="utf-8",
    )
    return {
        "dt": window.ds,
        "passed": True,
        "attempt": attempt,
        "checks": len(report.results),
        "warnings": len(report.warnings),
        "docs": report.docs_index,
    }


def publish(window: RunWindow, settings: Settings | None = None) -> dict:
    """Swap the validated staging partition into the lake and rebuild the warehouse. Returns the
    date, rows per table, where each table's partition now is (``locations``, a URI), the marts'
    row counts and the warehouse's path (the DAG's publish task puts these in its asset events)."""
    from parley.storage import warehouse

    settings = settings or get_settings()
    marker = settings.staging_dir / f"dt={window.ds}" / VALIDATED_MARKER
    if not marker.exists():
        raise QualityGateError(f"dt={window.ds} has not passed validation: refusing to publish")
    if json.loads(marker.read_text())["fingerprint"] != _fingerprint(window, settings):
        raise QualityGateError(f"dt={window.ds} changed after validation: refusing to publish")
    staged = _staged(window, settings)
    counts, locations = {}, {}
    for table, data in staged.items():
        path, rows = lake.publish_partition(table, window.dt, data, settings)
        counts[table], locations[table] = rows, path.as_uri()
    marts = warehouse.build(settings)
    log.info("published dt=%s: %s; marts: %s", window.ds, counts, marts)
    return {
        "dt": window.ds,
        "tables": counts,
        "locations": locations,
        "marts": marts,
        "warehouse": str(settings.warehouse_path),
    }


def digest(window: RunWindow, settings: Settings | None = None) -> dict:
    """The day's HTML report, then the digest's summary (what ``parley digest`` prints) in the
    log; returns the statement count and the report's path."""
    import io

    from parley.digest.html import write_report
    from parley.digest.text import fetch_day, render

    settings = settings or get_settings()
    page = write_report(window.ds, settings)
    day = fetch_day(window.ds, settings)
    summary = io.StringIO()
    render(day, file=summary)
    log.info("digest for %s:\n%s", window.ds, summary.getvalue())
    return {"dt": window.ds, "statements": len(day.rows), "report": str(page)}


def run_all(window: RunWindow, settings: Settings | None = None) -> dict:
    """All stages in order, in this process (what the DAG does, without Airflow)."""
    settings = settings or get_settings()
    out = {"ingest": ingest(window, settings)}
    out["extract"] = [extract(window, s, settings.shards, settings) for s in range(settings.shards)]
    out["validate"] = validate(window, settings)
    out["publish"] = publish(window, settings)
    out["digest"] = digest(window, settings)
    return out
