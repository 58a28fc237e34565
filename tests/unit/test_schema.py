"""The table schemas' row builder: a row names only the columns it means, the rest take their
type's default, and a misspelt column is an error (not a silent extra field)."""

from __future__ import annotations

import pytest

from parley import schema


def test_a_default_row_fills_every_column_by_its_type():
    row = schema.default_row("source_days", source="wire", items=3)
    assert list(row) == schema.LAKE_TABLES["source_days"].names
    assert (row["source"], row["items"], row["already_rejected"], row["detail"]) == (
        "wire",
        3,
        0,
        None,
    )
    typed = schema.default_row("statements")
    assert (typed["negated"], typed["topics"], typed["weight"]) == (False, [], 0.0)
    # the row goes into the table as it is
    assert schema.to_arrow("source_days", [row]).num_rows == 1


def test_a_default_row_refuses_a_column_the_table_does_not_have():
    with pytest.raises(ValueError, match="itemz"):
        schema.default_row("source_days", itemz=3)
    with pytest.raises(KeyError):
        schema.default_row("source_dayz")
