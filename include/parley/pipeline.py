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

import functools
import hashlib
import inspect
import logging

from parley.dates import RunWindow
from parley.settings import Settings, get_settings
from parley.storage import crash, lake
from parley.storage.lock import data_dir_lock

log = logging.getLogger(__name__)

STAGED_TABLES = ("articles", "entities", "quotes", "rejects", "source_days", "statements")


def _locked(what: str, shared: bool = False):
    """Run the stage holding the data dir's lock (:mod:`parley.storage.lock`): exclusively, or
    ``shared`` for extraction shards, which only add their own parts. A second run on the same data
    dir waits, then stops with ``DataDirBusy`` naming the holder. An exclusive stage first removes
    what killed runs left behind (:func:`parley.storage.lake.sweep`: nobody else is writing)."""

    def wrap(stage):
        signature = inspect.signature(stage)

        @functools.wraps(stage)
        def run(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            settings = bound.arguments.get("settings") or get_settings()
            bound.arguments["settings"] = settings
            window = bound.arguments["window"]
            with data_dir_lock(settings, f"{what} {window.ds}", shared=shared):
                if not shared:
                    lake.sweep(settings)
                return stage(*bound.args, **bound.kwargs)

        return run

    return wrap


class QualityGateError(RuntimeError):
    """A partition failed a critical expectation and was not published."""


# ---------------------------------------------------------------------------------------------
# ingest


def published_index(exclude_ds: str, settings: Settings):
    """Content hashes and canonical URLs already published under any date other than
    ``exclude_ds`` (what a run must not ingest again), as an ``ingest.PublishedIndex``."""
    from parley.ingest import PublishedIndex
    from parley.storage.warehouse import duckdb_connect

    days = lake.published(settings)
    others = [d for d, m in days.items() if d != exclude_ds and "articles" in m.tables]
    if not others:
        return PublishedIndex()
    con = duckdb_connect(settings=settings)
    try:
        rows = con.execute(
            "select distinct content_hash, canonical_url "
            f"from {lake.scan('articles', settings, dates=others, days=days)}"
        ).fetchall()
    finally:
        con.close()
    return PublishedIndex(hashes={r[0] for r in rows}, urls={r[1] for r in rows if r[1]})


@_locked("ingest")
def ingest(window: RunWindow, settings: Settings | None = None) -> dict:
    """Read every configured source (``PARLEY_SOURCES``), keep what no other date has published,
    stage articles, rejects and the per-source counts of the day. First removes what killed runs
    left behind (:func:`parley.storage.lake.sweep`)."""
    from parley.ingest import read_sources

    settings = settings or get_settings()
    lake.adopt_unversioned(settings)
    lake.reset_staging(window.dt, settings)
    seen = published_index(window.ds, settings)
    result = read_sources(window, settings, seen)
    _, n_articles = lake.write_staging("articles", window.dt, result.articles, settings=settings)
    _, n_rejects = lake.write_staging(
        "rejects", window.dt, result.rejects, part="ingest", settings=settings
    )
    lake.write_staging("source_days", window.dt, result.source_days, settings=settings)
    crash.point("ingest:staged")
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


@_locked("extract", shared=True)
def extract(
    window: RunWindow, shard: int = 0, n_shards: int = 1, settings: Settings | None = None
) -> dict:
    """Run NLP over this shard's staged articles; stage its entities, quotes and statements (and
    a reject per article a rule failed on)."""
    from parley.extract import annotate, model
    from parley.extract.rows import quote_rows, statement_rows
    from parley.ingest.articles import extractable
    from parley.ingest.records import Reject

    settings = settings or get_settings()
    articles = (
        lake.read_staging("articles", window.dt, settings)
        .select(
            ["article_id", "text", "duplicate_of", "language", "source", "locator", "published_at"]
        )
        .to_pylist()
    )
    mine = [a for a in articles if extractable(a) and shard_of(a["article_id"], n_shards) == shard]
    by_id = {a["article_id"]: a for a in mine}
    label = model.model_label(model.load(settings.spacy_model))
    entities: list[dict] = []
    quotes: list[dict] = []
    statements: list[dict] = []
    rejects: list[dict] = []
    # the article's own date bounds actor roles; undated articles fall back to the run's date
    dates = {a["article_id"]: a["published_at"] or window.start for a in mine}
    for result in annotate(
        ((a["article_id"], a["text"]) for a in mine), settings.spacy_model, dates=dates
    ):
        if result.error:
            a = by_id[result.doc_id]
            rejects.append(
                Reject(
                    a["source"], a["locator"], "extraction-error", result.error, stage="extract"
                ).row(window.start)
            )
        entities.extend(result.entities)
        quotes.extend(
            quote_rows(result.doc_id, result.quotes, label, result.speaker_countries or None)
        )
        statements.extend(statement_rows(result.doc_id, result.quotes, result.statements))
    part = f"{shard:04d}"
    lake.write_staging("entities", window.dt, entities, part=part, settings=settings)
    lake.write_staging("quotes", window.dt, quotes, part=part, settings=settings)
    lake.write_staging("statements", window.dt, statements, part=part, settings=settings)
    lake.write_staging("rejects", window.dt, rejects, part=f"extract-{part}", settings=settings)
    crash.point("extract:staged")
    lake.mark_extracted(window.dt, shard, n_shards, settings)
    log.info(
        "extract %s shard %d/%d: %d articles, %d entities, %d quotes, %d statements",
        window.ds,
        shard,
        n_shards,
        len(mine),
        len(entities),
        len(quotes),
        len(statements),
    )
    return {
        "dt": window.ds,
        "shard": shard,
        "articles": len(mine),
        "entities": len(entities),
        "quotes": len(quotes),
        "statements": len(statements),
    }


# ---------------------------------------------------------------------------------------------
# validate and publish


@_locked("validate")
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
    lake.clear_validated(window.dt, settings)
    missing = lake.missing_shards(window.dt, settings)
    if missing:  # e.g. another run of the date reset the staging area after this run extracted
        raise QualityGateError(
            f"dt={window.ds}: extraction has not staged {', '.join(missing)} since the staging "
            "area was last reset (by this run's ingest or another run's): nothing validated or "
            "published; re-run the day"
        )
    fingerprint = lake.staging_fingerprint(window.dt, settings)
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
    crash.point("validate:recorded")
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
    tables (:func:`parley.storage.lake.publish_day`) — then bring the warehouse to it and delete
    what no current manifest names. Raises :class:`QualityGateError` when the staged data has not
    passed validation or changed since.

    Returns ``{"dt", "version", "manifest" (its URI), "tables": {table: rows}, "marts": {mart:
    rows}, "warehouse"}`` (what the DAG's publish task hands on, e.g. as Asset event extras)."""
    from parley.storage import warehouse

    settings = settings or get_settings()
    marker = lake.validated(window.dt, settings)
    if marker is None:
        raise QualityGateError(f"dt={window.ds} has not passed validation: refusing to publish")
    if marker["fingerprint"] != lake.staging_fingerprint(window.dt, settings):
        raise QualityGateError(f"dt={window.ds} changed after validation: refusing to publish")
    day = lake.publish_day(window.dt, STAGED_TABLES, settings)
    marts = warehouse.build(settings)
    lake.collect_garbage(settings)
    crash.point("publish:cleaned")
    counts = {table: f.rows for table, f in day.tables.items()}
    log.info("published dt=%s version %s: %s; marts: %s", window.ds, day.version, counts, marts)
    return {
        "dt": window.ds,
        "version": day.version,
        "manifest": lake.lake_store(settings).uri(day.rel),
        "tables": counts,
        "marts": marts,
        "warehouse": str(settings.warehouse_path),
    }


def digest(window: RunWindow, settings: Settings | None = None) -> dict:
    """The day's digest rows, logged as a table, and the day's HTML report; returns the count
    and the report's path."""
    from parley.digest.html import write_report
    from parley.digest.text import fetch_digest, format_digest
    from parley.quality import status_line

    settings = settings or get_settings()
    rows = fetch_digest(window.ds, settings)
    log.info(
        "digest for %s:\n%s\n%s",
        window.ds,
        format_digest(rows, window.ds),
        status_line(window.ds, settings),
    )
    page = write_report(window.ds, settings)
    return {"dt": window.ds, "statements": len(rows), "report": str(page)}


def run_all(window: RunWindow, settings: Settings | None = None) -> dict:
    """All stages in order, in this process (what the DAG does, without Airflow)."""
    settings = settings or get_settings()
    out = {"ingest": ingest(window, settings)}
    out["extract"] = [extract(window, s, settings.shards, settings) for s in range(settings.shards)]
    out["validate"] = validate(window, settings)
    out["publish"] = publish(window, settings)
    out["digest"] = digest(window, settings)
    return out
