"""Tier 3: the quality gate over real data. The seed article goes through the real stages and is
published; then a re-run of the same day is corrupted the way a real bug would corrupt it, and the
gate must keep it out: not published, the previous data still served, the failure named in the
error (the task log), in the Data Docs, in ``quality_runs`` and in ``parley quality``."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from parley import pipeline, quality, schema
from parley.dates import window_for_date
from parley.settings import get_settings
from parley.storage import lake, warehouse
from tests.conftest import count_pixels, png_rgb

DAY = "2025-02-25"
SEED_SOURCE = "NBC News"
PUBLISHED = ("articles", "entities", "quotes", "rejects")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> Path:
    """A data folder where DAY was ingested, extracted, validated and published from the seed."""
    from tests.conftest import SEED_SAMPLE

    root = tmp_path_factory.mktemp("quality-baseline")
    inbox = root / "inbox"
    inbox.mkdir()
    shutil.copy(SEED_SAMPLE, inbox / SEED_SAMPLE.name)
    settings = dataclasses.replace(get_settings(), inbox=inbox, data_dir=root / "data")
    window = window_for_date(DAY)
    pipeline.ingest(window, settings)
    pipeline.extract(window, settings=settings)
    pipeline.validate(window, settings)
    pipeline.publish(window, settings)
    return root


@pytest.fixture
def world(baseline, tmp_path, monkeypatch):
    """A private copy of the baseline (the warehouse rebuilt over the copy's own lake)."""
    root = tmp_path / "world"
    shutil.copytree(baseline, root)
    monkeypatch.setenv("PARLEY_INBOX", str(root / "inbox"))
    monkeypatch.setenv("PARLEY_DATA_DIR", str(root / "data"))
    settings = get_settings()
    warehouse.build(settings)
    return settings


def _published_bytes(settings) -> dict[str, bytes]:
    return {
        t: b"".join(Path(f).read_bytes() for f in lake.partition_files(t, settings, dates=[DAY]))
        for t in PUBLISHED
    }


def _digest(settings) -> list[tuple]:
    con = warehouse.connect(settings)
    try:
        return con.execute(
            "select statement_id, speaker, quote from daily_digest where dt = date '2025-02-25' "
            "order by statement_id"
        ).fetchall()
    finally:
        con.close()


def _rewrite_staged(settings, table: str, change) -> None:
    """Replace a staged table by ``change(rows)``, written as a buggy stage would write it."""
    folder = Path(lake.staging_dir(table, DAY, settings))
    data = lake.read_staging(table, DAY, settings, as_written=True)
    rows = change(data.to_pylist())
    for part in folder.glob("part-*.parquet"):
        part.unlink()
    pq.write_table(pa.Table.from_pylist(rows, schema=data.schema), folder / "part-0000.parquet")


def _offset_out_of_range(settings):
    text_len = len(lake.read_staging("articles", DAY, settings)["text"][0].as_py())

    def change(rows):
        rows[0]["quote_end"] = text_len + 25
        return rows

    _rewrite_staged(settings, "quotes", change)
    return "quotes", "quote_inside_article"


def _span_mismatch(settings):
    def change(rows):
        rows[3]["start_char"] += 1  # an off-by-one in the entity offsets
        rows[3]["end_char"] += 1
        return rows

    _rewrite_staged(settings, "entities", change)
    return "entities", "entity_matches_text"


def _duplicate_key(settings):
    _rewrite_staged(settings, "quotes", lambda rows: [*rows, dict(rows[2])])
    return "quotes", "key_unique"


def _invalid_label(settings):
    def change(rows):
        rows[5]["label"] = "PERSN"
        return rows

    _rewrite_staged(settings, "entities", change)
    return "entities", "label_allowed"


def _empty_source_day(settings):
    """The source published every day of the last week; today it delivered nothing."""
    history = lake.read_partition("articles", DAY, settings).to_pylist()[0]
    for back in range(1, 8):
        day = date.fromisoformat(DAY) - timedelta(days=back)
        row = dict(
            history,
            article_id=f"history-{back}",
            content_hash=f"history-{back}",
            ingested_at=datetime.combine(day, datetime.min.time(), tzinfo=UTC),
        )
        lake.publish_tables(
            day, {"articles": pa.Table.from_pylist([row], schema=schema.ARTICLES)}, settings
        )
    for table in PUBLISHED:
        _rewrite_staged(settings, table, lambda rows: [])
    return "source_completeness", "source_not_quiet"


CORRUPTIONS = {
    "offset out of range": _offset_out_of_range,
    "span mismatch": _span_mismatch,
    "duplicate key": _duplicate_key,
    "invalid label": _invalid_label,
    "empty source day": _empty_source_day,
}


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("bug", CORRUPTIONS)
def test_a_corrupted_partition_is_not_published(world, bug):
    settings = world
    window = window_for_date(DAY)
    before = _published_bytes(settings)
    digest_before = _digest(settings)
    assert digest_before, "the baseline day must have statements to protect"

    pipeline.ingest(window, settings)
    pipeline.extract(window, settings=settings)
    table, check = CORRUPTIONS[bug](settings)

    with pytest.raises(pipeline.QualityGateError) as failure:
        pipeline.validate(window, settings)
    message = str(failure.value)
    assert f"CRITICAL {table}.{check}" in message
    assert "NOT published" in message

    # publishing is refused, and what analysts saw before is exactly what they still see
    with pytest.raises(pipeline.QualityGateError):
        pipeline.publish(window, settings)
    assert _published_bytes(settings) == before
    assert _digest(settings) == digest_before

    # quality_runs (read in the warehouse, whose view sees the new record without a rebuild)
    con = warehouse.connect(settings)
    try:
        failed = con.execute(
            "select attempt, severity, unexpected_count, failing_rows from stg_quality_runs "
            "where run_date = date '2025-02-25' and table_name = $t and check_name = $c "
            "and not success",
            {"t": table, "c": check},
        ).fetchall()
        status = con.execute(
            "select status, passed_gate from quality_status "
            "where run_date = date '2025-02-25' and is_latest"
        ).fetchone()
    finally:
        con.close()
    assert len(failed) == 1 and failed[0][1] == "critical"
    attempt = failed[0][0]
    assert status == ("failed", False)

    # the quarantine keeps the failed partition and says why
    reason = (settings.quarantine_dir / f"dt={DAY}" / attempt / "REASON.txt").read_text()
    assert f"{table}.{check}" in reason

    # the Data Docs: the index lists the failed validation, its page names the check
    index = _text((settings.quality_docs_dir / "index.html").read_text())
    assert "Failed" in index and f"{DAY}-{attempt}" in index
    pages = list(
        (settings.quality_docs_dir / "validations" / f"parley_{table}" / f"{DAY}-{attempt}").rglob(
            "*.html"
        )
    )
    assert len(pages) == 1
    page = _text(pages[0].read_text())
    assert "Failed" in page and check in page

    # parley quality prints the verdict and the check, and exits 1
    out = subprocess.run(
        [sys.executable, "-m", "parley.cli", "quality", "--date", DAY],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1, out.stderr
    assert "FAILED" in out.stdout and f"{table}.{check}" in out.stdout


def test_the_dag_stops_at_validate_and_its_log_names_the_check(
    world, dagbag, monkeypatch, caplog, capfd, tmp_path
):
    """A real bug in the extraction code (quote offsets one character late) on a re-run of a
    published day: the DAG run fails at ``validate``, ``publish`` never runs, the task log names
    the table, the check and the failing quote, and the day's data is unchanged."""
    # extraction runs in worker processes: the bug goes where the code runs, into every Python
    # process the run starts (a sitecustomize module on PYTHONPATH patches the row builder)
    patch = tmp_path / "bug"
    patch.mkdir()
    (patch / "sitecustomize.py").write_text(
        "from parley.extract import rows as extraction\n"
        "real = extraction.quote_rows\n"
        "def off_by_one(article_id, found, model_label, *args, **kwargs):\n"
        "    rows = real(article_id, found, model_label, *args, **kwargs)\n"
        "    for row in rows[:2]:\n"
        "        row['quote_start'] += 1\n"
        "        row['quote_end'] += 1\n"
        "    return rows\n"
        "extraction.quote_rows = off_by_one\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join(filter(None, [str(patch), os.environ.get("PYTHONPATH")]))
    )
    # a real code change would change the pipeline version; this patch does not: no cached rows
    monkeypatch.setenv("PARLEY_EXTRACT_CACHE_DAYS", "0")
    settings = world
    before = _published_bytes(settings)

    run = dagbag.dags["news_daily"].test(logical_date=datetime(2025, 2, 25, tzinfo=UTC))

    assert str(run.state).endswith("failed")
    states = {ti.task_id: str(ti.state) for ti in run.get_task_instances()}
    assert states["validate"].endswith("failed")
    assert not states["publish"].endswith("success")
    log = caplog.text + "".join(capfd.readouterr())
    assert "CRITICAL quotes.quote_matches_text" in log
    assert re.search(r"quotes.quote_matches_text.*e.g. {\"quote_id\": \"\w+\"", log), log[-3000:]
    assert _published_bytes(settings) == before


def test_a_warning_only_run_publishes_and_says_so(world, caplog):
    """An article without a title is worth a warning, not a lost day (twice: the article, and
    the digest's statements that now have no article title)."""
    settings = world
    window = window_for_date(DAY)
    pipeline.ingest(window, settings)
    pipeline.extract(window, settings=settings)
    _rewrite_staged(settings, "articles", lambda rows: [dict(r, title=None) for r in rows])

    caplog.set_level("WARNING", logger="parley.pipeline")
    result = pipeline.validate(window, settings)
    assert result["passed"] and result["warnings"] == 2
    assert "publishes WITH 2 WARNING(S)" in caplog.text
    assert "WARNING articles.title_present" in caplog.text
    assert "WARNING marts.daily_digest.article_title_present" in caplog.text

    pipeline.publish(window, settings)
    published = lake.read_partition("articles", DAY, settings).to_pylist()
    assert [a["title"] for a in published] == [None]
    st = quality.verdict(DAY, settings)
    assert st["latest"]["status"] == "passed with warnings"
    assert {(f["table_name"], f["check_name"]) for f in st["failures"]} == {
        ("articles", "title_present"),
        ("marts.daily_digest", "article_title_present"),
    }
    assert len(st["earlier_attempts"]) == 1  # the baseline's clean attempt is kept on record


def test_data_docs_render_the_results_in_headless_chromium(world, chromium):
    """The index a browser shows lists every validation of the day, the failed one marked Failed
    and linked to its page, which shows the check and the failing value."""
    settings = world
    window = window_for_date(DAY)
    pipeline.ingest(window, settings)
    pipeline.extract(window, settings=settings)
    _invalid_label(settings)
    with pytest.raises(pipeline.QualityGateError):
        pipeline.validate(window, settings)
    st = quality.verdict(DAY, settings)
    failed, passed = st["latest"]["attempt"], st["earlier_attempts"][0]["attempt"]

    dom = chromium("--dump-dom", (settings.quality_docs_dir / "index.html").as_uri()).stdout
    rows = re.findall(r'<tr class="parley-result-row ([^"]*)"[^>]*>(.*?)</tr>', dom, re.S)
    by_run: dict[str, set[tuple[str, str]]] = {}
    for cls, cells in rows:
        run = re.search(rf"{DAY}-\w+", cells).group(0)
        status = _text(re.search(r'class="parley-status">(.*?)</span>', cells, re.S).group(1))
        status = status.strip()
        assert ("parley-failed" in cls) == (status == "Failed")  # failed rows are marked red
        asset = _text(re.findall(r'<td data-field="asset_name">(.*?)</td>', cells, re.S)[0])
        by_run.setdefault(run, set()).add((asset.strip(), status))
    suites = {
        "articles",
        "entities",
        "quotes",
        "rejects",
        "article_stats",
        "extraction",
        "source_days",
        "source_completeness",
        "statements",
    }
    # the marts whose .yml declares tests, checked as publishing would build them
    suites |= {
        f"marts_{m}"
        for m in ("daily_digest", "statements", "disputes", "actor_pairs", "speaker_timeline")
    }
    assert {a for a, _ in by_run[f"{DAY}-{passed}"]} == suites
    assert all(s == "Success" for _, s in by_run[f"{DAY}-{passed}"])
    assert ("entities", "Failed") in by_run[f"{DAY}-{failed}"]
    assert ("quotes", "Success") in by_run[f"{DAY}-{failed}"]

    link = re.search(
        rf'href="(validations/parley_entities/{DAY}-{failed}/[^"]+\.html)"', dom
    ).group(1)
    page = _text(chromium("--dump-dom", (settings.quality_docs_dir / link).as_uri()).stdout)
    assert "Failed" in page
    assert "label_allowed" in page and "PERSN" in page


def test_marts_are_checked_as_publishing_would_build_them(world):
    """``warehouse.preview`` builds the day's marts over the lake with the staged partition swapped
    in, without touching what is published; the marts' suite then judges those rows."""
    settings = world
    window = window_for_date(DAY)
    pipeline.ingest(window, settings)
    pipeline.extract(window, settings=settings)
    _rewrite_staged(  # the digest lists statements (typed, attributed quotations)
        settings, "statements", lambda rows: [dict(r, speaker="Someone Else") for r in rows[:1]]
    )
    before = _digest(settings)

    preview = warehouse.preview(DAY, ["daily_digest"], settings)["daily_digest"].to_pylist()
    assert [r["speaker"] for r in preview] == ["Someone Else"]
    assert _digest(settings) == before
    assert not list(settings.data_dir.glob(".as-if-published-*"))

    fanned_out = pa.Table.from_pylist(preview + preview)  # what a join fan-out would produce
    report = quality.validate(
        DAY, {"daily_digest": fanned_out}, settings, attempt="fanout", layer=quality.MARTS
    )
    assert [(r.table, r.check) for r in report.critical_failures] == [
        ("marts.daily_digest", "one_row_per_statement")
    ]


def test_data_docs_render_styled_offline_and_tell_warnings_from_failures(
    world, chromium, computed_style, tmp_path
):
    """With no network (the browser resolves no host), the index and a result page are styled
    by the stylesheets the site carries itself, and a partition that published with warnings
    reads "passed with warnings" — on the index's attempts table, its result rows and its
    result page — while the failed one reads "failed"."""
    settings = world
    window = window_for_date(DAY)
    pipeline.ingest(window, settings)
    pipeline.extract(window, settings=settings)
    _rewrite_staged(settings, "articles", lambda rows: [dict(r, title=None) for r in rows])
    warned = pipeline.validate(window, settings)["attempt"]
    pipeline.ingest(window, settings)
    pipeline.extract(window, settings=settings)
    _invalid_label(settings)
    with pytest.raises(pipeline.QualityGateError):
        pipeline.validate(window, settings)
    failed = quality.verdict(DAY, settings)["latest"]["attempt"]

    index = settings.quality_docs_dir / "index.html"
    source = index.read_text(encoding="utf-8")
    assert "https://" not in re.sub(r'<a [^>]*href="https://[^"]*"', "", source)  # nothing fetched

    dom = chromium("--dump-dom", index.as_uri()).stdout
    attempts = dict(
        re.findall(
            r'<tr class="parley-attempt" data-verdict="([^"]+)">\s*<td><span[^>]*>[^<]*</span></td>\s*<td>[^<]*</td>\s*<td>(?:<a [^>]*>)?(\w+)',
            dom,
        )
    )
    verdicts = {attempt: verdict for verdict, attempt in attempts.items()}
    assert verdicts.get(warned) == "passed with warnings", attempts
    assert verdicts.get(failed) == "failed", attempts
    rows = re.findall(r'<tr class="parley-result-row ([^"]*)"[^>]*>(.*?)</tr>', dom, re.S)
    articles_warned = [
        cls for cls, cells in rows if f"{DAY}-{warned}" in cells and ">articles<" in cells
    ]
    assert articles_warned == ["parley-warnings"]

    style = computed_style(
        index,
        {
            "nav.navbar": ["display"],
            ".container-fluid": ["padding-left"],
            "table.parley-static-table": ["width", "border-collapse"],
            "table.parley-static-table td": ["border-top-color"],
            ".fas": ["font-family"],
        },
    )
    assert style["nav.navbar"]["display"] == "flex"  # Bootstrap's navbar
    assert style[".container-fluid"]["padding-left"] == "48px"  # Bootstrap's pl-5 (3rem)
    assert style["table.parley-static-table td"]["border-top-color"] == "rgb(222, 226, 230)"
    assert "Font Awesome" in style[".fas"]["font-family"]

    shot = tmp_path / "index.png"
    chromium("--window-size=1280,1400", f"--screenshot={shot}", index.as_uri())
    img = png_rgb(shot)
    assert count_pixels(img, "#ffd54f") > 200  # the amber "passed with warnings" badges
    assert count_pixels(img, "#c62828") > 200  # the red "failed" ones
    assert count_pixels(img, "#dee2e6") > 500  # Bootstrap's table rules

    link = re.search(
        rf'href="(validations/parley_articles/{DAY}-{warned}/[^"]+\.html)"', dom
    ).group(1)
    page = settings.quality_docs_dir / link
    text = _text(chromium("--dump-dom", page.as_uri()).stdout)
    assert "Passed with warnings" in text and "title_present" in text
    assert "Data asset: articles" in text
    style = computed_style(
        page, {"nav.navbar": ["display"], ".alert-secondary": ["background-color"]}
    )
    assert style["nav.navbar"]["display"] == "flex"
    assert style[".alert-secondary"]["background-color"] == "rgb(226, 227, 229)"


def test_a_day_where_no_source_could_be_read_is_not_published(tmp_path):
    """Every configured source unreadable (here the one inbox folder does not exist: a misspelt
    PARLEY_INBOX) published an empty day that "passed with 1 warning". ``source_read`` is
    critical when no source at all was read: the gate stops the day and names the source."""
    settings = dataclasses.replace(
        get_settings(), inbox=tmp_path / "no-such-inbox", data_dir=tmp_path / "data"
    )
    window = window_for_date(DAY)
    pipeline.ingest(window, settings)
    pipeline.extract(window, settings=settings)
    with pytest.raises(pipeline.QualityGateError) as failure:
        pipeline.validate(window, settings)
    message = str(failure.value)
    assert "CRITICAL source_days.source_read" in message
    assert "NOT published" in message
    assert "inbox-missing" in message
    with pytest.raises(pipeline.QualityGateError):
        pipeline.publish(window, settings)
