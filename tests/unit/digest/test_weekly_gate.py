"""The weekly marts' gate: the tests of ``sql/marts/pair_weeks.yml`` and ``speaker_weeks.yml`` run
in GX on each week's rows before ``weekly.build`` publishes it, and a week that fails a critical
test is never published (the weeks that pass still are)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pyarrow as pa
import pytest

from parley import quality, schema
from parley.digest import weekly
from parley.quality.suites import mart_suites, suites
from parley.settings import get_settings
from parley.storage import lake

GOOD, BAD = "2025-02-17", "2025-02-24"


@pytest.fixture
def settings(tmp_path):
    return dataclasses.replace(get_settings(), data_dir=tmp_path)


def _pair(week: str, speaker: str, target: str, **kw) -> dict:
    row = {
        "week_start": date.fromisoformat(week),
        "iso_week": weekly.iso_week(week),
        "speaker_party": speaker,
        "target_party": target,
        "is_domestic": speaker == target,
        "n_statements": 3,
        "cooperation_conflict_score": -1.5,
        "n_conflictual": 2,
        "n_cooperative": 1,
        "is_new_pair": True,
        "n_disputes": 1,
        "n_new_disputes": 1,
        "n_speakers": 2,
        "n_articles": 1,
    }
    return {**row, **kw}


def _speaker(week: str, speaker: str, **kw) -> dict:
    row = {
        "week_start": date.fromisoformat(week),
        "iso_week": weekly.iso_week(week),
        "speaker": speaker,
        "speaker_country": "RU",
        "n_statements": 2,
        "cooperation_conflict_score": 0.5,
        "n_conflictual": 0,
        "n_cooperative": 1,
        "n_disputes": 0,
        "n_new_disputes": 0,
        "n_disputed": 1,
        "targets": "NATO 2",
        "n_articles": 1,
    }
    return {**row, **kw}


def _marts(pairs: list[dict], speakers: list[dict]) -> dict[str, pa.Table]:
    return {
        "pair_weeks": pa.Table.from_pylist(pairs, schema=schema.PAIR_WEEKS),
        "speaker_weeks": pa.Table.from_pylist(speakers, schema=schema.SPEAKER_WEEKS),
    }


def test_the_weekly_marts_have_weekly_suites_and_the_daily_gate_skips_them():
    marts = mart_suites()
    for mart in ("pair_weeks", "speaker_weeks"):
        suite = marts[f"marts.{mart}"]
        assert suite.gate == quality.WEEKLY and suite.layer == quality.MARTS
        names = {c.name for c in suite.checks}
        assert {"score_in_range", "n_statements_positive", "iso_week_format"} <= names
    daily = {s.table for s in suites().values() if s.layer == quality.MARTS and s.gate == "daily"}
    assert "daily_digest" in daily and not daily & {"pair_weeks", "speaker_weeks"}


def test_a_clean_week_passes_and_each_kind_of_violation_fails_its_check(settings):
    _publish_day("2025-02-18", settings)  # each week has a published day (the week's own check)
    _publish_day("2025-02-25", settings)
    good = _marts(
        [_pair(GOOD, "US", "RU"), _pair(GOOD, "RU", "US", prev_score=2.0, change_score=-3.5)],
        [_speaker(GOOD, "Sergei Lavrov"), _speaker(GOOD, "Marco Rubio")],
    )
    assert weekly.check_week(GOOD, good, settings).passed

    bad = _marts(
        [
            _pair(BAD, "US", "RU"),
            _pair(BAD, "US", "RU"),  # the same pair twice in one week
            _pair(BAD, "FR", "US", cooperation_conflict_score=12.0),  # off the scale
            _pair(BAD, "UA", "RU", n_new_disputes=3),  # more new disputes than disputes
            _pair(BAD, "DE", None),  # a pair needs two parties
        ],
        [_speaker(BAD, "Sergei Lavrov", iso_week="2025-9", n_statements=0)],
    )
    report = weekly.check_week(BAD, bad, settings)
    assert not report.passed
    failed = {(r.table, r.check) for r in report.critical_failures}
    assert failed == {
        ("marts.pair_weeks", "one_row_per_pair_week"),
        ("marts.pair_weeks", "score_in_range"),
        ("marts.pair_weeks", "new_disputes_within_disputes"),
        ("marts.pair_weeks", "target_party_present"),
        ("marts.speaker_weeks", "iso_week_format"),
        ("marts.speaker_weeks", "n_statements_positive"),
    }
    score = next(r for r in report.critical_failures if r.check == "score_in_range")
    assert score.unexpected_count == 1 and score.sample[0]["speaker_party"] == "FR"


def test_a_failing_week_is_never_published_and_the_passing_ones_are(settings, monkeypatch):
    _publish_day("2025-02-18", settings)  # each week has a published day (the week's own check)
    _publish_day("2025-02-25", settings)
    # what analysts saw for the bad week before this run
    before = _marts([_pair(BAD, "US", "RU")], [_speaker(BAD, "Sergei Lavrov")])
    for mart, table in before.items():
        lake.publish_partition(mart, BAD, table, settings)
    # the Monday of the bad week was also a day of news_daily, which passed
    day = quality.ValidationReport(
        BAD,
        "d4a1",
        [
            quality.CheckResult(
                "articles", "article_id_unique", "expect_column_values_to_be_unique",
                "article_id", quality.CRITICAL, True, 0, 5,
            )
        ],
        validated_at=datetime(2025, 2, 25, 3, 0, tzinfo=UTC),
    )  # fmt: skip
    lake.write_log_file("quality_runs", BAD, "attempt-d4a1", day.rows(), settings)
    computed = _marts(
        [_pair(GOOD, "US", "RU"), _pair(BAD, "US", "RU", cooperation_conflict_score=-11.0)],
        [_speaker(GOOD, "Sergei Lavrov"), _speaker(BAD, "Sergei Lavrov")],
    )
    # the SQL's output is the input here: a bug in it is what the gate is for
    monkeypatch.setattr(weekly, "compute", lambda weeks, settings=None: computed)

    with pytest.raises(quality.QualityGateError, match=r"week 2025-02-24 \(2025-W09\).*NOT"):
        weekly.build([GOOD, BAD], settings)

    assert lake.published_dates("pair_weeks", settings) == [GOOD, BAD]
    assert lake.read_partition("pair_weeks", BAD, settings).to_pylist() == (
        before["pair_weeks"].to_pylist()
    )
    assert lake.read_partition("pair_weeks", GOOD, settings)["speaker_party"].to_pylist() == ["US"]
    assert lake.read_partition("speaker_weeks", GOOD, settings).num_rows == 1

    # both weeks' checks are on record (quality_runs -> quality_status), the failed one too, and
    # apart from the day's: the Monday's daily verdict is still the day's own
    good = quality.verdict(GOOD, settings, gate=quality.WEEKLY)
    assert good["latest"]["status"] == "passed" and good["latest"]["attempt"].startswith("weekly-")
    assert quality.verdict(GOOD, settings) is None  # no day of news_daily validated then
    bad = quality.verdict(BAD, settings, gate=quality.WEEKLY)
    assert bad["latest"]["status"] == "failed" and not bad["latest"]["passed_gate"]
    assert "score_in_range" in {f["check_name"] for f in bad["failures"]}
    assert {f["table_name"] for f in bad["failures"]} == {"marts.pair_weeks"}
    daily = quality.verdict(BAD, settings)
    assert daily["latest"]["attempt"] == "d4a1" and daily["latest"]["status"] == "passed"
    assert quality.verdict(None, settings)["ds"] == BAD  # the latest *day* validated


def _publish_day(ds: str, settings, statements: list[dict] | None = None) -> None:
    """A day news_daily published (its daily tables in the lake), with ``statements``."""
    from tests.unit.storage.days import day_of_statements

    lake.publish_tables(ds, day_of_statements(ds, statements or []), settings)


def test_a_week_with_no_published_day_fails_the_weekly_gate_and_is_not_published(settings):
    """`make weekly DATE=D` for a week no day of which was published (never run, or every day
    failed the daily gate) passed the weekly gate with 0 rows, published empty marts and wrote a
    report as if the week had been quiet. It fails the gate's `week_has_a_published_day` check,
    publishes nothing and says why; a week with a published day but no statement still passes
    (a quiet week was measured)."""
    empty, quiet = "2025-03-03", "2025-03-10"
    _publish_day("2025-03-12", settings)  # a day of the quiet week, with no statement

    with pytest.raises(quality.QualityGateError) as gate:
        weekly.build([empty, quiet], settings)
    said = str(gate.value)
    assert "week 2025-03-03 (2025-W10) failed 1 critical check and was NOT published" in said
    assert "week_has_a_published_day" in said and "2025-W11" not in said
    assert lake.published_dates("pair_weeks", settings) == [quiet]
    assert lake.published_dates("speaker_weeks", settings) == [quiet]

    failed = quality.verdict(empty, settings, gate=quality.WEEKLY)
    assert failed["latest"]["status"] == "failed"
    assert {(f["table_name"], f["check_name"]) for f in failed["failures"]} == {
        ("week_days", "week_has_a_published_day")
    }
    assert quality.verdict(quiet, settings, gate=quality.WEEKLY)["latest"]["status"] == "passed"
    # what `parley weekly` (the end of `make weekly`) says instead of an empty summary
    assert weekly.gate_failed(empty, settings) == "week_days.week_has_a_published_day"
    assert "failed the weekly quality gate" in weekly.not_built("2025-03-05", settings)

    days = weekly.week_days("2025-03-14", settings).to_pylist()
    assert days == [
        {"week_start": date(2025, 3, 10), "iso_week": "2025-W11", "days_published": 1,
         "days": "2025-03-12"}
    ]  # fmt: skip
