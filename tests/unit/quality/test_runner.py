"""The suites run by real Great Expectations on a hand-made partition: clean data passes every
check; structural bugs that casting to the schema would hide (a dropped column, floats where
offsets belong) and integrity bugs (an orphan row, a speaker-less quote without a reason) each fail
the check named for them, as critical."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime

import pyarrow as pa
import pytest

from parley import quality, schema

TEXT = "Kremlin spokesman Dmitry Peskov said: “The minister has said everything.”"
T0 = datetime(2025, 2, 25, tzinfo=UTC)


def _clean() -> dict[str, pa.Table]:
    start = TEXT.index("“")
    article = {
        "article_id": "a1",
        "source": "NBC News",
        "source_type": "file",
        "locator": "seed.json",
        "title": "Kremlin disputes",
        "published_at": T0,  # a clean article has its source's date (published_given)
        "published_raw": T0.isoformat(),
        "ingested_at": T0,
        "text": TEXT,
        "content_hash": "h1",
        "summary_only": False,
        "n_chars": len(TEXT),
    }
    entity = {
        "entity_id": "e1",
        "article_id": "a1",
        "entity_text": "Dmitry Peskov",
        "label": "PERSON",
        "canonical_name": "Dmitry Peskov",
        "start_char": TEXT.index("Dmitry"),
        "end_char": TEXT.index("Dmitry") + len("Dmitry Peskov"),
        "sentence_index": 0,
    }
    quote = {
        "quote_id": "q1",
        "article_id": "a1",
        "kind": "direct",
        "quote_text": TEXT[start:],
        "quote_start": start,
        "quote_end": len(TEXT),
        "speaker": "Dmitry Peskov",
        "speaker_mention": "Dmitry Peskov",
        "speaker_start": entity["start_char"],
        "speaker_end": entity["end_char"],
        "speaker_country": "RU",
        "cue": "said",
        "cue_start": TEXT.index("said"),
        "cue_end": TEXT.index("said") + 4,
        "rule": "direct-cue",
        "confidence": 0.9,
    }
    reject = {
        "reject_id": "r1",
        "source": "NBC News",
        "locator": "bad.bin",
        "stage": "ingest",
        "reason": "unsupported-type",
        "rejected_at": T0,
    }
    return {
        "articles": schema.to_arrow("articles", [article]),
        "entities": schema.to_arrow("entities", [entity]),
        "quotes": schema.to_arrow("quotes", [quote]),
        "rejects": schema.to_arrow("rejects", [reject]),
    }


@pytest.fixture
def settings(data_dir):
    from parley.settings import get_settings

    return get_settings()


def _failed(report: quality.ValidationReport) -> set[tuple[str, str, str]]:
    return {(r.table, r.check, r.severity) for r in report.results if not r.success}


def test_clean_partition_passes_and_broken_one_fails_each_named_check(settings):
    clean = quality.validate("2025-02-25", _clean(), settings, attempt="clean", ranges={})
    assert _failed(clean) == set()
    assert clean.passed and len(clean.results) > 60

    broken = _clean()
    broken["rejects"] = broken["rejects"].drop_columns(["reason"])  # a writer forgot a column
    entities = broken["entities"].to_pylist()
    entities.append(dict(entities[0], entity_id="e2", article_id="a-missing"))
    broken["entities"] = pa.Table.from_pylist(entities, schema=schema.ENTITIES)
    quotes = broken["quotes"]
    quotes = quotes.set_column(  # offsets written as floats
        quotes.schema.get_field_index("quote_start"),
        "quote_start",
        quotes["quote_start"].cast(pa.float64()),
    )
    rows = quotes.to_pylist()
    rows[0]["speaker"] = None  # no speaker, and no reason given
    broken["quotes"] = pa.Table.from_pylist(rows, schema=quotes.schema)

    report = quality.validate("2025-02-25", broken, settings, attempt="broken", ranges={})
    assert not report.passed
    assert _failed(report) == {
        ("rejects", "columns_match_schema", "critical"),
        ("rejects", "type_reason", "critical"),
        ("rejects", "reason_present", "critical"),
        ("rejects", "no_extraction_quarantine", "warning"),  # cannot be checked without it
        ("entities", "article_exists", "critical"),
        ("entities", "entity_inside_article", "critical"),
        ("entities", "entity_matches_text", "critical"),
        ("quotes", "type_quote_start", "critical"),
        ("quotes", "speaker_xor_reason", "critical"),
    }
    orphan = next(r for r in report.results if r.check == "article_exists")
    assert orphan.unexpected_count == 1 and orphan.sample == [
        {"entity_id": "e2", "article_id": "a-missing"}
    ]
    typed = next(r for r in report.results if r.check == "type_quote_start")
    assert typed.observed == "float64"
    rows = {(r["table_name"], r["check_name"]): r for r in report.rows()}
    assert rows[("quotes", "speaker_xor_reason")]["failing_rows"].startswith('[{"quote_id": "q1"')
    assert all(r["partition_passed"] is False for r in rows.values())


@pytest.mark.parametrize("quarantined, blocks", [(10, False), (11, True)])
def test_extraction_quarantines_are_counted_and_a_broken_extractor_blocks(
    settings, quarantined, blocks
):
    tables = _clean()
    article = tables["articles"].to_pylist()[0]
    articles = [dict(article, article_id=f"a{i}", content_hash=f"h{i}") for i in range(1, 21)]
    rejects = [
        dict(
            tables["rejects"].to_pylist()[0],
            reject_id=f"x{i}",
            locator=f"a{i}.txt",
            stage="extract",
            reason="extraction-crash" if i % 2 else "extraction-timeout",
        )
        for i in range(quarantined)
    ]
    tables["articles"] = schema.to_arrow("articles", articles)
    tables["rejects"] = schema.to_arrow("rejects", rejects)
    report = quality.validate("2025-02-25", tables, settings, attempt="q", ranges={})
    counted = next(r for r in report.results if r.check == "no_extraction_quarantine")
    assert not counted.success and counted.severity == "warning"
    assert counted.unexpected_count == quarantined
    verdict = next(r for r in report.results if r.check == "extraction_mostly_ok")
    assert verdict.success is not blocks and report.passed is not blocks


def _day(n: int) -> dict[str, pa.Table]:
    """``n`` articles like the clean one, each with its entity and quote, and faults spread over
    several articles: an orphan entity, a span that does not match, one entity id used in two
    articles, a speaker-less quote without a reason, and titles missing on just over 10% of the
    articles (the ``mostly=0.9`` check fails on the day, not necessarily on every partition)."""
    base = _clean()
    article, entity, quote = (base[t].to_pylist()[0] for t in ("articles", "entities", "quotes"))
    articles, entities, quotes = [], [], []
    for i in range(n):
        aid = f"a{i}"
        articles.append(
            dict(article, article_id=aid, content_hash=f"h{i}", title=None if i % 8 == 3 else "T")
        )
        entities.append(dict(entity, entity_id=f"e{i}", article_id=aid))
        quotes.append(dict(quote, quote_id=f"q{i}", article_id=aid))
    entities.append(dict(entity, entity_id="e-orphan", article_id="a-missing"))
    entities[5]["end_char"] += 1
    entities[30]["entity_id"] = "e7"
    for i in (11, 41):
        quotes[i]["speaker"] = None
    return {
        "articles": schema.to_arrow("articles", articles),
        "entities": schema.to_arrow("entities", entities),
        "quotes": schema.to_arrow("quotes", quotes),
        "rejects": base["rejects"],
    }


@pytest.mark.parametrize("pieces", ["arrow", "parquet"])
def test_a_day_validated_in_partitions_gets_the_verdict_of_the_whole_day(
    settings, tmp_path, pieces
):
    """The partitioned path (a big day, in bounded memory) against GX over the whole frames:
    every check the same success, unexpected and element counts, and the same observed value
    (a day's mean within float rounding); failing rows still named. The pieces are tables in
    memory or Parquet files read piece by piece (as the staged day is)."""
    import pyarrow.parquet as pq

    from parley.quality.partitions import DayPartitions

    tables = _day(64)
    whole = quality.validate("2025-02-25", tables, settings, attempt="whole")
    given = dict(tables)
    if pieces == "parquet":  # two files per table, as two extraction shards would write
        given = {}
        for t, data in tables.items():
            half = data.num_rows // 2
            for k, rows in enumerate((data.slice(0, half), data.slice(half))):
                pq.write_table(rows, tmp_path / f"{t}-{k}.parquet")
            given[t] = [pq.ParquetFile(tmp_path / f"{t}-{k}.parquet") for k in (0, 1)]
    parts = DayPartitions.of(given, n=5)
    assert {t: parts.table(t, 1).num_rows for t in tables}["quotes"] < 64  # really split
    split = quality.validate("2025-02-25", parts, settings, attempt="split")

    def outcome(report):
        return {
            (r.table, r.check): (r.success, r.unexpected_count, r.element_count)
            for r in report.results
        }

    assert outcome(split) == outcome(whole)
    assert _failed(whole) >= {
        ("articles", "title_present", "warning"),
        ("entities", "article_exists", "critical"),
        ("entities", "entity_matches_text", "critical"),
        ("entities", "key_unique", "critical"),
        ("quotes", "speaker_xor_reason", "critical"),
    }
    observed = {(r.table, r.check): r.observed for r in whole.results}
    for r in split.results:
        if r.expectation == "expect_column_mean_to_be_between" and r.observed is not None:
            assert float(r.observed) == pytest.approx(float(observed[(r.table, r.check)]))
        else:
            assert r.observed == observed[(r.table, r.check)], r.check
    samples = {(r.table, r.check): r.sample for r in split.results}
    assert samples[("entities", "article_exists")] == [
        {"entity_id": "e-orphan", "article_id": "a-missing"}
    ]
    assert {s["entity_id"] for s in samples[("entities", "key_unique")]} == {"e7"}


def _counted(read, name: str, reads: list):
    """``read`` (a ParquetFile's ``iter_batches``) noting each call's table and columns."""

    def counted(*args, **kwargs):
        reads.append((name, kwargs.get("columns")))
        return read(*args, **kwargs)

    return counted


def _marts_day(n: int) -> dict[str, pa.Table]:
    """The daily marts of a day of ``n`` articles (a statement each, a dispute every third
    article; the small marts over keys), with faults spread over several articles, some that only
    the whole day shows: a statement id used in two articles (of the statements mart and of the digest), a disputes pair
    repeated in two articles, and titles missing on just over 10% of the digest's rows (a
    ``mostly=0.9`` warning); and per-row faults: a bad statement type, a weight out of range, a
    null quotation, a speaker-less digest row, a bad link; in the small marts a repeated pair and
    a pair without statements."""
    statements, digest, disputes = [], [], []
    for i in range(n):
        aid, sid, qid = f"a{i}", f"s{i}", f"q{i}"
        statements.append(
            {
                "statement_id": sid,
                "article_id": aid,
                "quote_id": qid,
                "statement_type": "CLAIM",
                "weight": -4.0,
                "quote_text": "“The minister has said everything.”",
                "statement_text": "“The minister has said everything.”",
                "statement_date_source": "published",  # as the mart writes every row
                "occurrences": 1,
            }
        )
        digest.append(
            {
                "dt": "2025-02-25",
                "speaker": "Dmitry Peskov",
                "speaker_name": "Dmitry Peskov",
                "speaker_kind": "person",
                "quote": "“The minister has said everything.”",
                "kind": "direct",
                "confidence": 0.9,
                "article_title": None if i % 8 == 3 else "T",
                "article_id": aid,
                "quote_id": qid,
                "statement_id": sid,
            }
        )
        if i % 3 == 0:
            disputes.append(
                {
                    "statement_id": sid,
                    "disputed_statement_id": f"s{i + 1}",
                    "link": "answers-quote",
                    "article_id": aid,
                }
            )
    statements[17]["statement_id"] = "s3"  # article a17's statement has a3's id
    statements[20]["statement_type"] = "NOT_A_LABEL"
    statements[25]["weight"] = 12.0
    statements[29]["quote_text"] = None
    digest[33]["statement_id"] = "s8"
    digest[40]["speaker"] = None
    disputes[4]["link"] = "by-chance"
    disputes.append({**disputes[2], "article_id": "a50"})  # the same pair from another article
    pairs = [
        {"speaker_party": p, "target_party": t, "n_statements": 3, "cooperation_conflict_score": 1}
        for p, t in [("RU", "US"), ("US", "RU"), ("UA", "RU")]
    ]
    pairs.append({**pairs[0], "n_statements": 0})
    timeline = [
        {
            "speaker": "Peskov",
            "statement_date": "2025-02-25",
            "n_statements": 2,
            "mean_weight": -4.0,
        },
        {
            "speaker": "Lavrov",
            "statement_date": "2025-02-25",
            "n_statements": 1,
            "mean_weight": 1.0,
        },
    ]
    return {
        "statements": pa.Table.from_pylist(statements),
        "daily_digest": pa.Table.from_pylist(digest),
        "disputes": pa.Table.from_pylist(disputes),
        "actor_pairs": pa.Table.from_pylist(pairs),
        "speaker_timeline": pa.Table.from_pylist(timeline),
    }


@pytest.mark.parametrize("spill", [False, True])
def test_the_marts_validated_in_partitions_get_the_verdict_of_the_whole_day(
    settings, tmp_path, spill
):
    """The marts layer of a big day is validated by article partition (the preview written to
    Parquet, as ``pipeline.validate_marts`` does): every check the same success, unexpected and
    element counts and observed value as GX over the whole mart frames, the uniqueness checks
    (of a column and of a combination) decided over the whole day, and failing rows named.
    ``spill``: the keyed marts first cut into one file per partition (as ``validate_marts``
    does), after which no partition reads the whole preview file again."""
    import pyarrow.parquet as pq

    from parley.quality.partitions import DayPartitions

    marts = _marts_day(60)
    whole = quality.validate("2025-02-25", marts, settings, attempt="whole", layer=quality.MARTS)
    files = {}
    for name, data in marts.items():
        pq.write_table(data, tmp_path / f"{name}.parquet", row_group_size=16)
        files[name] = [pq.ParquetFile(tmp_path / f"{name}.parquet")]
    parts = DayPartitions.of(files, n=4)
    assert parts.keyed("daily_digest") and parts.keyed("disputes")
    assert not parts.keyed("actor_pairs")  # no article: validated whole
    assert 0 < parts.table("daily_digest", 1).num_rows < 60  # really split
    reads = []
    if spill:
        parts.spill(tmp_path / "partitions")
        for name in ("statements", "daily_digest", "disputes"):
            piece = files[name][0]
            piece.iter_batches = _counted(piece.iter_batches, name, reads)
    split = quality.validate("2025-02-25", parts, settings, attempt="split", layer=quality.MARTS)
    # spilled: the preview files are read again only for the whole day's narrow key columns
    assert all(columns is not None and "quote_text" not in columns for _, columns in reads)

    def outcome(report):
        return {
            (r.table, r.check): (r.success, r.unexpected_count, r.element_count, r.observed)
            for r in report.results
        }

    assert outcome(split) == outcome(whole)
    assert _failed(whole) == {
        ("marts.statements", "statement_id_unique", "critical"),
        ("marts.statements", "statement_type_allowed", "critical"),
        ("marts.statements", "weight_in_range", "critical"),
        ("marts.statements", "quote_text_present", "critical"),
        ("marts.daily_digest", "one_row_per_statement", "critical"),
        ("marts.daily_digest", "speaker_present", "critical"),
        ("marts.daily_digest", "article_title_present", "warning"),
        ("marts.disputes", "one_row_per_pair", "critical"),
        ("marts.disputes", "link_allowed", "critical"),
        ("marts.actor_pairs", "one_row_per_pair", "critical"),
        ("marts.actor_pairs", "n_statements_positive", "critical"),
    }
    samples = {(r.table, r.check): r.sample for r in split.results}
    assert {s["statement_id"] for s in samples[("marts.statements", "statement_id_unique")]} == {
        "s3"
    }
    assert {
        s["statement_id"] for s in samples[("marts.daily_digest", "one_row_per_statement")]
    } == {"s8"}
    assert samples[("marts.daily_digest", "speaker_present")] == [
        {"statement_id": "s40", "speaker": None}
    ]


@pytest.mark.parametrize("layer", ["staged", "marts"])
def test_a_whole_day_uniqueness_check_sees_its_values_in_buckets(settings, monkeypatch, layer):
    """A uniqueness check over the whole day (a column's, a combination's) is given to GX a
    bucket of values at a time (:meth:`DayPartitions.by_value`; a 100,000-article day's 2.7
    million entity ids in one pandas frame cost ~1 GB): no GX run of it sees more than about
    ``KEY_BUCKET_ROWS`` rows, and every check's success, unexpected and element counts are the
    whole day's (a repeated id found across buckets of other values); failing rows named."""
    from parley.quality import partitions, runner
    from parley.quality.partitions import DayPartitions

    monkeypatch.setattr(partitions, "KEY_BUCKET_ROWS", 12)
    seen = []
    run = runner._partition_run

    def counted(source, name, suite, checks, df, *args):
        if any(runner._whole_day_check(c) for c in checks):
            seen.append((name, len(df)))
        return run(source, name, suite, checks, df, *args)

    monkeypatch.setattr(runner, "_partition_run", counted)
    if layer == "staged":
        tables, layer_name, key = _day(64), quality.STAGING, ("entities", "key_unique", "e7")
    else:
        tables, layer_name = _marts_day(60), quality.MARTS
        key = ("marts.statements", "statement_id_unique", "s3")
    whole = quality.validate("2025-02-25", tables, settings, attempt="w", layer=layer_name)
    split = quality.validate(
        "2025-02-25", DayPartitions.of(tables, n=4), settings, attempt="s", layer=layer_name
    )

    def outcome(report):
        return {
            (r.table, r.check): (r.success, r.unexpected_count, r.element_count)
            for r in report.results
        }

    assert outcome(split) == outcome(whole)
    assert seen and max(rows for _, rows in seen) < 40  # buckets, not the day's 60+ rows
    assert len({name for name, _ in seen}) < len(seen)  # a check over several buckets
    samples = {(r.table, r.check): r.sample for r in split.results}
    assert {next(iter(s.values())) for s in samples[key[:2]]} == {key[2]}


@pytest.mark.parametrize("n", [1, 4])
def test_no_frame_outlives_the_validation(settings, n):
    """When a validation returns, GX's pandas engine holds none of the frames it validated (it
    caches every asset's last batch while the context is current: through the marts preview of
    a big day, that was the day's whole-day key columns and a partition's frames)."""
    import gc

    import pandas as pd

    from parley.quality.partitions import DayPartitions

    report = quality.validate("2025-02-25", DayPartitions.of(_day(48), n=n), settings, attempt="f")
    assert report.results
    gc.collect()
    assert [len(o) for o in gc.get_objects() if isinstance(o, pd.DataFrame)] == []


def _nothing_new(**source_day) -> dict[str, pa.Table]:
    """A day whose sources delivered only what was already published: no content row, one
    ``source_days`` row (``source_day`` overrides its fields)."""
    day = schema.default_row(
        "source_days", source_day_id="sd1", source="wire", source_type="file", language="en",
        status="ok", items=12, already_ingested=10, already_rejected=2,
    ) | source_day  # fmt: skip
    tables = {t: schema.to_arrow(t, []) for t in ("articles", "entities", "quotes", "rejects")}
    tables["statements"] = schema.to_arrow("statements", [])
    tables["source_days"] = schema.to_arrow("source_days", [day])
    return tables


def test_a_day_with_nothing_new_runs_only_the_suites_with_rows(settings):
    report = quality.validate(
        "2025-02-26", _nothing_new(), settings, attempt="empty", ranges={}, skip_empty=True
    )
    assert report.passed
    assert {"articles", "entities", "quotes", "rejects", "statements"} <= set(report.unchecked)
    checked = {r.table for r in report.results}
    assert "source_days" in checked and "source_completeness" in checked
    # an empty table's row checks are not run; its columns still are
    for table in ("articles", "entities", "quotes", "rejects", "statements"):
        assert {r.check for r in report.results if r.table == table} == {"columns_match_schema"}
    assert (settings.quality_docs_dir / "index.html").exists()

    # near miss: without skip_empty the empty tables' suites run as before, and nothing is unchecked
    full = quality.validate("2025-02-26", _nothing_new(), settings, attempt="full", ranges={})
    assert full.passed and full.unchecked == []
    assert {"articles", "entities", "quotes", "rejects"} <= {r.table for r in full.results}
    assert {(r.table, r.check) for r in report.results} < {(r.table, r.check) for r in full.results}


def test_a_day_with_nothing_new_is_refused_when_an_empty_table_has_the_wrong_columns(settings):
    tables = _nothing_new()
    # staged by a writer of another schema: a column the schema does not have
    tables["quotes"] = tables["quotes"].append_column("stray", pa.array([], pa.string()))
    report = quality.validate(
        "2025-02-26", tables, settings, attempt="shape", ranges={}, skip_empty=True
    )
    assert not report.passed
    assert ("quotes", "columns_match_schema", "critical") in _failed(report)


@pytest.mark.parametrize(
    "bad, check",
    [
        ({"items": 12, "already_ingested": 3, "already_rejected": 2}, "items_accounted"),
        ({"status": "sideways"}, "status_allowed"),
        ({"articles": -1, "already_ingested": 11}, "counts_not_negative"),
    ],
)
def test_a_day_with_nothing_new_is_still_refused_when_its_source_rows_fail(settings, bad, check):
    report = quality.validate(
        "2025-02-26", _nothing_new(**bad), settings, attempt="bad", ranges={}, skip_empty=True
    )
    assert not report.passed
    assert ("source_days", check, "critical") in _failed(report)


def _reads(monkeypatch) -> list:
    """Every stored validation result GX reads from here on (one entry per read)."""
    from great_expectations.data_context.data_context.abstract_data_context import (
        AbstractDataContext,
    )

    reads: list = []
    real = AbstractDataContext.get_validation_result

    def counted(self, *args, **kwargs):
        reads.append(kwargs.get("run_id"))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(AbstractDataContext, "get_validation_result", counted)
    return reads


def test_two_layers_build_their_data_docs_once_with_every_result(settings, monkeypatch):
    from great_expectations.data_context.data_context.abstract_data_context import (
        AbstractDataContext,
    )

    builds: list = []
    real = AbstractDataContext.build_data_docs
    monkeypatch.setattr(
        AbstractDataContext,
        "build_data_docs",
        lambda self, *a, **k: builds.append(k) or real(self, *a, **k),
    )
    staged = quality.validate("2025-02-25", _clean(), settings, attempt="one", docs=False)
    broken = _clean()
    broken["rejects"] = broken["rejects"].drop_columns(["reason"])
    other = quality.validate("2025-02-25", broken, settings, attempt="one", docs=False)
    assert builds == [] and staged.docs_index is None and other.docs_index is None
    report = staged.merged(other)
    assert len(report.result_ids) == len(staged.result_ids) + len(other.result_ids) > 1
    index = quality.build_docs(settings, report.result_ids)
    assert len(builds) == 1 and index == str(settings.quality_docs_dir / "index.html")
    for rid in report.result_ids:  # a page per result of either layer
        *folders, batch = rid.to_tuple()
        assert settings.quality_docs_dir.joinpath("validations", *folders, f"{batch}.html").exists()
    html = (settings.quality_docs_dir / "index.html").read_text(encoding="utf-8")
    assert "2025-02-25-one" in html and "Failed" in html


def test_the_data_docs_index_reads_each_stored_result_once(settings, monkeypatch):
    from parley.quality import gx as gx_project

    first = quality.validate("2025-02-25", _clean(), settings, attempt="first", ranges={})
    broken = _clean()
    broken["rejects"] = broken["rejects"].drop_columns(["reason"])
    second = quality.validate("2025-02-25", broken, settings, attempt="second", ranges={})
    index = settings.quality_docs_dir / "index.html"
    with_cache = index.read_bytes()
    stored = len(first.result_ids) + len(second.result_ids)

    reads = _reads(monkeypatch)
    quality.build_docs(settings, second.result_ids[:1])
    assert reads == []  # every listed result's summary came from the cache
    assert index.read_bytes() == with_cache

    # a result rewritten under its key is read again
    links = settings.gx_dir / gx_project.INDEX_LINKS
    results = sorted(settings.gx_dir.rglob("*.json"))
    results = [p for p in results if p != links]
    assert len(results) == stored
    bumped = results[0].stat().st_mtime_ns + 10**9
    os.utime(results[0], ns=(bumped, bumped))
    quality.build_docs(settings, second.result_ids[:1])
    assert len(reads) == 1

    # without the cache every result is read, and the index is the same page
    links.unlink()
    reads.clear()
    quality.build_docs(settings, second.result_ids[:1])
    assert len(reads) == stored
    assert index.read_bytes() == with_cache


def test_no_batch_is_fingerprinted_by_pickling_its_frame(settings, monkeypatch):
    """GX's batch fingerprint (pickling the whole frame where a column holds lists, ~1 CPU-s a
    corpus day's statements) is off: no frame is hashed, no stored result carries one, the
    verdicts are the same."""
    from great_expectations.execution_engine import pandas_execution_engine

    hashed: list = []
    monkeypatch.setattr(pandas_execution_engine, "hash_pandas_dataframe", hashed.append)
    report = quality.validate("2025-02-25", _clean(), settings, attempt="fp", ranges={})
    assert report.passed and len(report.result_ids) >= 4
    assert hashed == []
    stored = list((settings.data_dir / "gx").rglob("*.json"))
    assert len(stored) >= len(report.result_ids)
    assert not [p for p in stored if "pandas_data_fingerprint" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize(
    ("second", "runs"),
    [
        (("2025-02-25", "same"), ["2025-02-25-same"]),  # the same inputs again: replaced
        (("2025-02-25", "other"), ["2025-02-25-other", "2025-02-25-same"]),  # changed inputs
        (("2025-02-26", "same"), ["2025-02-25-same", "2025-02-26-same"]),  # another date
        (("2025-02-24", "weekly-same"), ["2025-02-24-weekly-same", "2025-02-25-same"]),
    ],
)
def test_a_rerun_of_the_same_attempt_replaces_its_results_in_the_data_docs(settings, second, runs):
    """A second run of a date with the same inputs validates the same attempt (the staged data's
    fingerprint): the Data Docs index listed its suites twice and the attempt with twice its
    tables ("Tables 28", 14 checked). Forgetting the attempt before validating it replaces the
    stored results and their pages; another attempt or another date keeps its own."""
    from parley.quality.gx_docs_view import partition_attempts

    first = quality.validate("2025-02-25", _clean(), settings, attempt="same", ranges={})
    tables = len(first.result_ids)
    for ds, attempt in (("2025-02-25", "same"), second):
        quality.forget_attempt(ds, attempt, settings)
        quality.validate(ds, _clean(), settings, attempt=attempt, ranges={})
    stored = settings.gx_dir.joinpath("gx", "uncommitted", "validations")
    found = sorted(p.relative_to(stored).parts[1] for p in stored.rglob("*.json"))
    assert found == sorted(r for r in runs for _ in range(tables))
    pages = settings.quality_docs_dir / "validations"
    assert sorted(p.relative_to(pages).parts[1] for p in pages.rglob("*.html")) == found
    links = [
        {"run_name": p.relative_to(stored).parts[1], "asset_name": p.relative_to(stored).parts[0]}
        for p in stored.rglob("*.json")
    ]
    assert {a["run_name"]: len(a["tables"]) for a in partition_attempts(links)} == {
        r: tables for r in runs
    }
    html = (settings.quality_docs_dir / "index.html").read_text(encoding="utf-8")
    linked = set(re.findall(r'href="(validations/[^"]+)"', html))
    assert sorted(h.split("/")[2] for h in linked) == found  # each stored result, once


@pytest.mark.parametrize("n", [1, 2, 3])  # whole, and in partitions: a GX run per part
def test_the_datasource_declares_every_suites_asset_in_one_configuration_save(
    settings, monkeypatch, n
):
    """GX serialises the whole context configuration to YAML each time an asset or a batch
    definition is added (ephemeral context included): the datasource is declared with every
    suite's asset and batch definition at once, one save per validation, the same verdicts."""
    from great_expectations.data_context.data_context import abstract_data_context

    from parley.quality.partitions import DayPartitions

    saves: list = []
    real = abstract_data_context.AbstractDataContext._save_project_config
    monkeypatch.setattr(
        abstract_data_context.AbstractDataContext,
        "_save_project_config",
        lambda self: saves.append(1) or real(self),
    )
    parts = DayPartitions.of(_clean(), n=n)
    report = quality.validate("2025-02-25", parts, settings, attempt="ds", ranges={}, docs=False)
    assert report.passed and len(report.result_ids) >= 4
    assert len(saves) == 1
