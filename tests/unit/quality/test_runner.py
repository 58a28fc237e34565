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
