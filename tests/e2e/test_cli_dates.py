"""The ``parley`` commands that read one date, on a real lake (``pipeline.run_all``: real
ingest, spaCy, GX, Parquet, DuckDB): a date no run published is said to be one and exits 2; a
date that ran clean lists no rejects and exits 0; a query on a date no run published says so.
A bad inbox file is rejected on the first date that reads it and said to be already rejected on
the later ones, not quarantined again, every input of those days accounted for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from parley import pipeline
from parley.dates import window_for_date
from parley.storage import lake

PARLEY = Path(sys.executable).with_name("parley")
GOOD = (
    "Talks resume in Geneva\n"
    'The Norwegian foreign minister said on Monday: "Both delegations will return to the table '
    'next week." Officials in Oslo said the meeting had been planned for months.\n'
)


def parley(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(PARLEY), *args], capture_output=True, text=True, timeout=300)


def test_a_date_no_run_published_is_no_empty_day(inbox, data_dir):
    (inbox / "talks.txt").write_text(GOOD, encoding="utf-8")
    pipeline.run_all(window_for_date("2025-04-01"))

    clean = parley("rejects", "--date", "2025-04-01")
    assert clean.returncode == 0, clean.stderr
    assert clean.stdout.startswith("No input of 2025-04-01 was quarantined")
    for fmt, expected in (("csv", "stage,reason,source,locator,detail\n"), ("json", "")):
        rows = parley("rejects", "--date", "2025-04-01", "--format", fmt)
        assert rows.returncode == 0 and rows.stdout == expected

    for command in ("rejects", "digest", "report"):
        never = parley(command, "--date", "2025-04-09")
        assert never.returncode == 2, (command, never.stdout, never.stderr)
        assert never.stdout == ""
        assert f"parley {command}: no run for 2025-04-09" in never.stderr
        # a date with statements for the commands that show them, a published one for rejects
        pointer = (
            "the latest published date"
            if command == "rejects"
            else "the nearest date with statements"
        )
        assert f"{pointer} is 2025-04-01: parley {command} --date 2025-04-01" in never.stderr
    assert not (data_dir / "reports" / "digest" / "2025-04-09.html").exists()
    assert parley("digest", "--date", "2025-04-01").returncode == 0

    # a query filtered on a date no run published: no rows, and stderr says why
    query = "select title from stg_articles where dt = date '{}'"
    for fmt, header in (("table", "title"), ("csv", "title\n"), ("json", "")):
        empty = parley("sql", query.format("2025-04-09"), "--format", fmt)
        assert empty.returncode == 0, empty.stderr
        assert header in empty.stdout and "Talks resume" not in empty.stdout
        assert empty.stderr == (
            "parley sql: no rows: no run published 2025-04-09; "
            "the latest published date is 2025-04-01\n"
        )
    found = parley("sql", query.format("2025-04-01"), "--format", "csv")
    assert found.stdout == "title\nTalks resume in Geneva\n" and found.stderr == ""


BINARY = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4  # bytes no text encoding reads
GOOD_LINE = '{"text": "The Norwegian foreign minister said on Monday that talks would resume."}'


def _day(ds: str) -> tuple[list[dict], dict]:
    """(the rejects, the folder source's source_days row) published for ``ds``."""
    rejects = lake.read_partition("rejects", ds).to_pylist()
    (source_day,) = lake.read_partition("source_days", ds).to_pylist()
    return sorted(rejects, key=lambda r: r["locator"]), source_day


def test_a_bad_inbox_file_is_rejected_once_not_on_every_later_date(inbox, data_dir):
    """Day 1 rejects the bad inputs (a file that is not text, a broken JSON file, a bad line of
    a JSON Lines file); day 2 finds them unchanged and says they were already rejected, adding no
    reject; re-running day 2 gives the same. Near misses on day 3: a bad file whose bytes
    changed, and the same bad bytes under a new name, are new inputs and rejected again; the
    untouched ones still are not."""
    (inbox / "talks.txt").write_text(GOOD, encoding="utf-8")
    (inbox / "binary.txt").write_bytes(BINARY)
    (inbox / "broken.json").write_text('{"title": "x", "text": "unterminated', encoding="utf-8")
    (inbox / "feed.jsonl").write_text(GOOD_LINE + '\n{"text": 5\n', encoding="utf-8")

    pipeline.run_all(window_for_date("2025-04-01"))
    rejects, source_day = _day("2025-04-01")
    assert [(r["locator"], r["reason"]) for r in rejects] == [
        ("binary.txt", "undecodable"),
        ("broken.json", "malformed-json"),
        ("feed.jsonl#L2", "malformed-json"),
    ]
    assert all(len(r["input_hash"]) == 64 for r in rejects)
    assert source_day["rejects"] == 3 and source_day["already_rejected"] == 0

    for _ in range(2):  # day 2, and day 2 again: the same tables
        pipeline.run_all(window_for_date("2025-04-02"))
        rejects, source_day = _day("2025-04-02")
        assert rejects == []
        assert source_day["already_rejected"] == 3 and source_day["rejects"] == 0
        assert source_day["items"] == source_day["already_ingested"] + 3  # nothing vanished
        assert "3 inputs already rejected on 2025-04-01" in source_day["detail"]
    said = parley("rejects", "--date", "2025-04-02")
    assert said.returncode == 0 and said.stdout.startswith("No input of 2025-04-02")
    # every input of day 2 is accounted for, and no article is claimed that was not ingested
    assert "every input became an article" not in said.stdout
    assert (
        "5 inputs: 0 articles ingested · 2 already ingested on another date · 3 already "
        "rejected on another date, unchanged: not quarantined again" in said.stdout
    ), said.stdout
    assert "  inbox: 3 inputs already rejected on 2025-04-01" in said.stdout
    digest = parley("digest", "--date", "2025-04-02")
    printed = " ".join(digest.stdout.split())  # the line wraps at the width of the output
    assert "2 already ingested and 3 already rejected on another date, not again" in printed
    runs = lake.read_partition("quality_runs", "2025-04-02").to_pylist()
    assert [r["success"] for r in runs if r["check_name"] == "items_accounted"] == [True]

    (inbox / "broken.json").write_text('{"title": "y", "text": "still broken', encoding="utf-8")
    (inbox / "copy-of-binary.txt").write_bytes(BINARY)
    pipeline.run_all(window_for_date("2025-04-03"))
    rejects, source_day = _day("2025-04-03")
    assert [(r["locator"], r["reason"]) for r in rejects] == [
        ("broken.json", "malformed-json"),
        ("copy-of-binary.txt", "undecodable"),
    ]
    assert source_day["already_rejected"] == 2  # binary.txt and feed.jsonl#L2, unchanged


def test_with_nothing_published_a_date_is_no_run_and_says_what_to_do(data_dir):
    for command in ("rejects", "digest", "report"):
        said = parley(command, "--date", "2025-04-01")
        assert said.returncode == 2 and said.stdout == ""
        assert "nothing has been published yet: run `make run`" in said.stderr
    assert not (data_dir / "reports").exists()
