"""Lake writes: atomic partitions, replace on re-publish, recovery after a crash."""

from __future__ import annotations

import os

import pyarrow.parquet as pq
import pytest

from parley import schema
from parley.settings import get_settings
from parley.storage import lake


def _reject(i: int) -> dict:
    return {
        "reject_id": f"r{i}",
        "source": "s",
        "locator": f"f{i}",
        "stage": "ingest",
        "reason": "empty",
        "detail": "d",
        "excerpt": "",
        "rejected_at": None,
    }


def test_publish_replaces_never_appends(data_dir):
    s = get_settings()
    lake.publish_partition(
        "rejects", "2025-02-25", schema.to_arrow("rejects", [_reject(1), _reject(2)]), s
    )
    lake.publish_partition("rejects", "2025-02-25", schema.to_arrow("rejects", [_reject(3)]), s)
    got = lake.read_partition("rejects", "2025-02-25", s)
    assert got.column("reject_id").to_pylist() == ["r3"]
    assert [p.name for p in (data_dir / "lake" / "rejects").iterdir()] == ["dt=2025-02-25"]


def test_empty_partition_keeps_the_schema(data_dir):
    path, rows = lake.publish_partition("quotes", "2025-02-25", schema.empty("quotes"))
    assert rows == 0
    assert pq.read_schema(path / lake.PART).names == schema.QUOTES.names


def test_crash_between_renames_is_recovered(data_dir):
    s = get_settings()
    lake.publish_partition("rejects", "2025-02-25", schema.to_arrow("rejects", [_reject(1)]), s)
    final = lake.partition_dir("rejects", "2025-02-25", s)
    # simulate a crash after the old partition was moved aside, before the new one was moved in
    os.replace(final, final.with_name(".dt=2025-02-25.old-deadbeef"))
    (final.parent / ".dt=2025-02-25.tmp-deadbeef").mkdir()
    assert lake.published_dates("rejects", s) == []
    actions = lake.recover("rejects", s)
    assert any("restored" in a for a in actions)
    assert lake.read_partition("rejects", "2025-02-25", s).column("reject_id").to_pylist() == ["r1"]
    assert not list(final.parent.glob(".dt=*"))


def test_unknown_columns_are_refused():
    with pytest.raises(ValueError, match="unknown columns"):
        schema.to_arrow("rejects", [{**_reject(1), "surprise": 1}])
