"""The suites run by real Great Expectations on a hand-made partition: clean data passes every
check; structural bugs that casting to the schema would hide (a dropped column, floats where
offsets belong) and integrity bugs (an orphan row, a speaker-less quote without a reason) each fail
the check named for them, as critical."""

from __future__ import annotations

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
