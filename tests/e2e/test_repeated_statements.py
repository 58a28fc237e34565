"""Tier 3: an article that gives one statement many times counts it once in the marts.

One inbox file repeats one sentence 9 times (a passage pasted over and over, below what ingest
quarantines as ``repetitive``: ``articles.REPEAT_MIN_COPIES``); another is a real-shaped report
whose pull quote repeats a quotation given earlier. Both run through every
stage in-process; the statements mart keeps one row per (article, speaker, words) with the count
in `occurrences`, and the digest's pair counts follow the mart.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from parley import pipeline
from parley.dates import window_for_date

DAY = "2026-03-02"
LOOP = "Russian Foreign Minister Sergei Lavrov said Moscow was ready for talks with Washington. "
REPORT = """Kenya denies arming rebels

Kenyan Foreign Minister Musalia Mudavadi spoke to reporters in Nairobi on Monday.

"We have never armed anyone," Mudavadi said. "We want peace with Ethiopia."

Ethiopia's foreign ministry accused Kenya of harbouring fighters along the border.

"We have never armed anyone," Mudavadi said.
"""


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    """One in-process run of the two files; yields the warehouse path."""
    root = tmp_path_factory.mktemp("repeat")
    inbox, data = root / "inbox", root / "data"
    inbox.mkdir()
    (inbox / "loop.txt").write_text(LOOP * 9, encoding="utf-8")
    (inbox / "report.txt").write_text(REPORT, encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("PARLEY_INBOX", str(inbox))
    mp.setenv("PARLEY_DATA_DIR", str(data))
    try:
        pipeline.run_all(window_for_date(DAY))
        yield data / "warehouse.duckdb"
    finally:
        mp.undo()


def _rows(path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_a_repeated_statement_is_one_row_with_its_count(warehouse):
    # staging keeps every quotation as extracted: nothing is lost
    staged = _rows(
        warehouse,
        "select count(*) from stg_statements where statement_text like '%ready for talks%'",
    )
    assert staged == [(9,)]
    lavrov = _rows(
        warehouse,
        "select speaker_name, target_party, occurrences from statements "
        "where statement_text like '%ready for talks%'",
    )
    assert lavrov == [("Sergei Lavrov", "US", 9)]
    pair = _rows(
        warehouse,
        "select n_statements from actor_pairs where speaker_party = 'RU' and target_party = 'US'",
    )
    assert pair == [(1,)]


@pytest.mark.slow
def test_a_pull_quote_counts_once_and_the_first_occurrence_is_kept(warehouse):
    rows = _rows(
        warehouse,
        "select statement_text, occurrences, statement_start from statements "
        "where speaker_name = 'Musalia Mudavadi' order by statement_start",
    )
    texts = [r[0] for r in rows]
    assert texts == ['"We have never armed anyone,"', '"We want peace with Ethiopia."'], rows
    assert [r[1] for r in rows] == [2, 1]
    # the kept row is the first in the text, not the pull quote at the end
    assert rows[0][2] < REPORT.index("We want peace")
