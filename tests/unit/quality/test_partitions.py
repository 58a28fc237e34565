"""A day cut into partitions by article reads the same rows whether each partition filters the
pieces as written or the pieces were first spilled into one file per partition (one read)."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from parley.quality import partitions
from parley.quality.partitions import DayPartitions


def _day(tmp_path, n_articles: int) -> dict[str, list]:
    """A mart keyed by article in two Parquet files (small row groups), the second with an extra
    column and a null id; one in memory; a small table without articles."""
    rows = [
        {"article_id": f"a{i % n_articles}", "statement_id": f"s{i}", "quote_text": "x" * (i % 50)}
        for i in range(300)
    ]
    first = pa.Table.from_pylist(rows[:170])
    second = pa.Table.from_pylist(
        [{**r, "weight": float(i)} for i, r in enumerate(rows[170:])]
        + [{"article_id": None, "statement_id": "s-none", "quote_text": "y", "weight": 0.0}]
    )
    for k, t in enumerate((first, second)):
        pq.write_table(t, tmp_path / f"statements-{k}.parquet", row_group_size=16)
    return {
        "statements": [pq.ParquetFile(tmp_path / f"statements-{k}.parquet") for k in (0, 1)],
        "disputes": [pa.Table.from_pylist(rows[::7])],
        "actor_pairs": [pa.Table.from_pylist([{"speaker_party": "RU", "target_party": "US"}])],
    }


@pytest.mark.parametrize("n", [1, 3, 7])
def test_a_spilled_day_reads_the_same_partitions(tmp_path, monkeypatch, n):
    monkeypatch.setattr(partitions, "SPILL_BUFFER_BYTES", 200)  # several row groups a file
    as_written = DayPartitions.of(_day(tmp_path, 40), n=n)
    spilled = DayPartitions.of(_day(tmp_path, 40), n=n).spill(tmp_path / "spill")
    for table in ("statements", "disputes", "actor_pairs"):
        for columns in (None, ["statement_id", "weight"], ["article_id"]):
            for i in [None, *range(n)] if as_written.keyed(table) else [None]:
                want = as_written.table(table, i, columns)
                got = spilled.table(table, i, columns)
                assert got.schema == want.schema and got.to_pylist() == want.to_pylist()
    total = sum(spilled.table("statements", i).num_rows for i in range(n))
    assert total == 301
    if n > 1:  # really cut, and each partition reads only its own files
        assert 0 < spilled.table("statements", 1).num_rows < 301
        assert len(list((tmp_path / "spill").glob("statements-*.parquet"))) <= 2 * n
        for piece in spilled.pieces["statements"]:
            piece.iter_batches = None  # a read of the file as written would raise
        assert sum(spilled.table("statements", i).num_rows for i in range(n)) == 301
    else:
        assert not (tmp_path / "spill").exists()


# rows of a whole-day uniqueness check: (values of the checked columns, an extra column)
KEYED_DAYS = {
    "entity ids, one repeated far apart": (
        ["entity_id"],
        [{"entity_id": f"e{i}", "article_id": f"a{i // 3}"} for i in range(60)]
        + [{"entity_id": "e7", "article_id": "a59"}],
    ),
    "quote ids with nulls": (
        ["quote_id"],
        [
            {"quote_id": None if i % 9 == 0 else f"q{i % 25}", "article_id": f"a{i}"}
            for i in range(50)
        ],
    ),
    "speaker and date, a combination repeated": (
        ["speaker", "statement_date"],
        [
            {"speaker": f"S{i % 6}", "statement_date": f"2025-02-{20 + i % 5:02d}", "n": i}
            for i in range(45)
        ],
    ),
}


@pytest.mark.parametrize("name", list(KEYED_DAYS))
@pytest.mark.parametrize("rows", [8, 1_000])
def test_a_whole_day_column_is_cut_by_value_into_buckets(tmp_path, name, rows):
    """A uniqueness check's narrow columns come in buckets of about ``rows`` rows: every row of
    the day exactly once, in the day's order within a bucket, and all rows sharing the checked
    values in one bucket (so a value repeated in the day is repeated in its bucket); a day that
    fits one bucket comes whole."""
    values, rows_of_day = KEYED_DAYS[name]
    day = [{"row": i, **r} for i, r in enumerate(rows_of_day)]  # "row": the day's order
    table = pa.Table.from_pylist(day)
    pq.write_table(table, tmp_path / "t.parquet", row_group_size=7)
    parts = DayPartitions.of({"t": [pq.ParquetFile(tmp_path / "t.parquet")]}, n=3)
    buckets = [b.to_pylist() for b in parts.by_value("t", values, table.schema.names, rows=rows)]
    if rows >= len(day):
        assert buckets == [day]
        return
    assert len(buckets) > 1 and max(map(len, buckets)) < len(day)
    assert sorted(r["row"] for b in buckets for r in b) == list(range(len(day)))
    home: dict[tuple, int] = {}
    for k, bucket in enumerate(buckets):
        assert [r["row"] for r in bucket] == sorted(r["row"] for r in bucket)
        for r in bucket:
            assert home.setdefault(tuple(r[v] for v in values), k) == k
