"""The lake on a local folder and on a real S3 server (SeaweedFS): a day is published as one
switch, re-publishing replaces, a crash before the switch leaves the previous day whole, and what
nothing names is collected."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pyarrow as pa
import pytest

from parley import schema
from parley.settings import get_settings
from parley.storage import lake, manifest, warehouse

DAY = "2025-02-25"


def _reject(i: int, reason: str = "empty") -> dict:
    return {
        "reject_id": f"r{i}",
        "source": "s",
        "locator": f"f{i}",
        "stage": "ingest",
        "reason": reason,
        "detail": "d",
        "excerpt": "",
        "rejected_at": None,
    }


def _source_day(n: int) -> dict:
    return schema.default_row(
        "source_days", source_day_id=f"d{n}", source="s", status="ok", articles=n
    )


def _day(n: int) -> dict[str, pa.Table]:
    """Two tables whose rows both say which version of the day they belong to (n)."""
    return {
        "rejects": schema.to_arrow("rejects", [_reject(i, f"v{n}") for i in range(n)]),
        "source_days": schema.to_arrow("source_days", [_source_day(n)]),
    }


@pytest.fixture(params=["local", "s3"])
def lake_url(request, data_dir):
    """Each test runs on the default local lake and on an S3 bucket of the session's server."""
    if request.param == "s3":
        return request.getfixturevalue("s3_lake")
    return str(data_dir / "lake")


def _seen(settings) -> dict[str, set]:
    """What a reader following the manifests sees: per table, the versions its rows carry."""
    out = {}
    for table in ("rejects", "source_days"):
        rows = lake.read_partition(table, DAY, settings).to_pylist()
        out[table] = (
            {r["reason"] for r in rows} if table == "rejects" else {r["articles"] for r in rows}
        )
    return out


def test_publish_replaces_never_appends(lake_url):
    s = get_settings()
    assert s.lake_url == lake_url
    lake.publish_tables(DAY, _day(2), s)
    first = lake.published(s)[DAY]
    lake.publish_tables(DAY, _day(3), s)
    second = lake.published(s)[DAY]
    assert second.version > first.version
    assert lake.read_partition("rejects", DAY, s).column("reason").to_pylist() == ["v3"] * 3
    lake.collect_garbage(s)
    store = lake.lake_store(s)
    assert store.files("rejects") == [second.tables["rejects"].path]
    assert store.files(manifest.PREFIX) == [second.rel]


def test_the_day_switches_as_a_whole_when_the_manifest_is_written(lake_url):
    s = get_settings()
    lake.publish_tables(DAY, _day(2), s)
    assert _seen(s) == {"rejects": {"v2"}, "source_days": {2}}
    # a publish killed after writing its tables, before its manifest: nothing changed for readers
    env = {**os.environ, "PARLEY_CRASH_AT": "publish:tables-written"}
    code = (
        "from parley.storage import lake; from parley import schema; "
        "rows = [dict(reject_id='x', source='s', locator='l', stage='ingest', reason='v5', "
        "detail='', excerpt='', rejected_at=None)]; "
        f"lake.publish_tables('{DAY}', {{'rejects': schema.to_arrow('rejects', rows)}})"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == -9, out.stderr[-2000:]
    assert _seen(s) == {"rejects": {"v2"}, "source_days": {2}}
    store = lake.lake_store(s)
    assert len(store.files("rejects")) == 2  # the killed publish's file, named by nobody
    # the next publish goes through and collects what the killed one left
    lake.publish_tables(DAY, _day(3), s)
    assert _seen(s) == {"rejects": {"v3"}, "source_days": {3}}
    lake.collect_garbage(s)
    current = lake.published(s)[DAY]
    assert store.files("rejects") == [current.tables["rejects"].path]


def test_newest_version_wins_whatever_the_commit_order(lake_url):
    s = get_settings()
    store = lake.lake_store(s)
    older = manifest.new_version()
    newer = manifest.new_version(after=older)
    for version, n in ((newer, 4), (older, 7)):  # the older version commits last
        files = {}
        for table, data in _day(n).items():
            rel = f"{table}/dt={DAY}/part-{version}.parquet"
            store.write_parquet(rel, data)
            files[table] = manifest.TableFile(rel, data.num_rows, store.size(rel))
        manifest.commit(store, manifest.Manifest("dt", DAY, version, "now", files))
    assert lake.published(s)[DAY].version == newer
    assert _seen(s) == {"rejects": {"v4"}, "source_days": {4}}


def test_new_versions_sort_after_the_current_one_even_when_the_clock_is_behind():
    from datetime import UTC, datetime

    ahead = "20991231T235959999999Z-00000000"
    assert manifest.new_version(after=ahead) > ahead
    assert manifest.new_version(now=datetime(2025, 1, 1, tzinfo=UTC)) < ahead


def test_views_read_one_snapshot_and_an_empty_table_reads_as_no_rows(lake_url):
    s = get_settings()
    lake.publish_tables(DAY, _day(2), s)
    con = warehouse.duckdb_connect(settings=s)
    try:
        n = con.execute(f"select count(*), min(dt) from {lake.scan('rejects', s)}").fetchone()
        assert n[0] == 2 and str(n[1]) == DAY
        # quotes were never published: typed columns, no rows, no "No files found"
        cols = con.execute(f"select * from {lake.scan('quotes', s)}").description
        assert [c[0] for c in cols][: len(schema.QUOTES.names)] == schema.QUOTES.names
        assert con.execute(f"select count(*) from {lake.scan('quotes', s)}").fetchone() == (0,)
    finally:
        con.close()


def test_staging_streams_and_fingerprints_the_same_everywhere(lake_url):
    s = get_settings()
    with lake.staging_writer("rejects", DAY, "0000", s) as sink:
        sink.write([_reject(1)])
        sink.write(schema.to_arrow("rejects", [_reject(2)]))
    lake.write_staging("rejects", DAY, [_reject(3)], part="ingest", settings=s)
    staged = lake.read_staging("rejects", DAY, s)
    assert staged.column("reject_id").to_pylist() == ["r1", "r2", "r3"]
    batches = list(lake.iter_staging("rejects", DAY, s, columns=["reject_id"], batch_size=1))
    assert [b.column(0)[0].as_py() for b in batches] == ["r1", "r2", "r3"]
    assert len(lake.staging_fingerprint(DAY, s)) == 64
    day = lake.publish_day(DAY, ["rejects"], s)
    assert day.tables["rejects"].rows == 3
    assert lake.read_partition("rejects", DAY, s).column("reject_id").to_pylist() == [
        "r1",
        "r2",
        "r3",
    ]


def test_staged_rows_stream_in_batches_cast_to_the_schema_with_missing_columns_as_nulls(lake_url):
    s = get_settings()
    rows = [{**_reject(i), "input_hash": f"h{i}"} for i in range(10)]
    full = schema.to_arrow("rejects", rows)
    # a part written before a column existed, with other physical types than the schema's
    # (large strings): read as the schema says, the missing column as nulls
    old = full.drop_columns(["input_hash"])
    for i, f in enumerate(old.schema):
        if pa.types.is_string(f.type):
            old = old.set_column(i, f.name, old.column(i).cast(pa.large_string()))
    st = lake.stores(s).staging
    st.write_parquet(f"{lake.staging_rel('rejects', DAY)}/part-0000.parquet", old.slice(0, 7))
    lake.write_staging("rejects", DAY, rows[7:], part="ingest", settings=s)
    batches = list(lake.iter_staging("rejects", DAY, s, batch_size=3))
    assert [b.num_rows for b in batches] == [3, 3, 1, 3]  # per part, at most batch_size rows
    assert all(b.schema == schema.LAKE_TABLES["rejects"] for b in batches)
    got = pa.Table.from_batches(batches)
    assert got.column("reject_id").to_pylist() == [f"r{i}" for i in range(10)]
    assert got.column("input_hash").to_pylist()[:7] == [None] * 7
    assert got.column("input_hash").to_pylist()[7:] == ["h7", "h8", "h9"]
    assert got.drop_columns(["input_hash"]).equals(full.drop_columns(["input_hash"]))
    picked = list(lake.iter_staging("rejects", DAY, s, columns=["input_hash", "reject_id"]))
    assert [b.schema.names for b in picked] == [["input_hash", "reject_id"]] * 2


@pytest.mark.parametrize(
    "shape",
    ["the schema", "rows as dicts", "columns reordered", "large strings", "no metadata"],
)
def test_a_staged_part_holds_the_table_schema_whatever_shape_it_was_given(lake_url, shape):
    """A staging writer writes what is already the table's schema as it is and casts the rest
    (other column order, other physical types, a schema without its metadata): the part reads
    back with the table's schema and the same rows either way."""
    s = get_settings()
    rows = [{**_reject(i), "input_hash": f"h{i}"} for i in range(4)]
    full = schema.to_arrow("rejects", rows)
    given = {
        "the schema": full,
        "rows as dicts": rows,
        "columns reordered": full.select(list(reversed(full.schema.names))),
        "large strings": pa.table(
            [c.cast(pa.large_string()) if pa.types.is_string(c.type) else c for c in full.columns],
            names=full.schema.names,
        ),
        "no metadata": full.replace_schema_metadata(None),
    }[shape]
    with lake.staging_writer("rejects", DAY, "0000", s) as sink:
        sink.write(given)
    [part] = lake.open_staged("rejects", DAY, s)
    assert part.schema_arrow.equals(schema.LAKE_TABLES["rejects"], check_metadata=True)
    assert lake.read_staging("rejects", DAY, s, as_written=True).equals(full)


def test_a_staged_part_that_fails_to_write_is_not_left_behind(lake_url):
    s = get_settings()
    with pytest.raises(RuntimeError), lake.staging_writer("rejects", DAY, "0000", s) as sink:
        sink.write([_reject(1)])
        raise RuntimeError("a rule failed mid-shard")
    assert lake.staged_parts("rejects", DAY, s) == []


def test_unknown_columns_are_refused():
    with pytest.raises(ValueError, match="unknown columns"):
        schema.to_arrow("rejects", [{**_reject(1), "surprise": 1}])


def test_a_lake_from_before_manifests_is_adopted_not_lost(data_dir):
    s = get_settings()
    old = data_dir / "lake" / "rejects" / f"dt={DAY}" / "part-0.parquet"
    lake.write_file("rejects", [_reject(1)], old)
    assert lake.published(s) == {}
    assert lake.adopt_unversioned(s) == [DAY]
    assert lake.read_partition("rejects", DAY, s).column("reject_id").to_pylist() == ["r1"]
    lake.collect_garbage(s)
    assert old.exists()
    assert lake.adopt_unversioned(s) == []


def test_s3_credentials_are_required(s3_server, s3_lake, monkeypatch):
    s = get_settings()
    lake.publish_tables(DAY, _day(1), s)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-the-secret")
    from parley.storage import fs

    wrong = fs.open_store(s3_lake)
    with pytest.raises(OSError):
        wrong.files(manifest.PREFIX)


def test_a_weekly_mart_week_is_switched_in_its_own_group_beside_the_day(lake_url):
    """A weekly mart's week (dt = its Monday) is published on its own: the daily manifest of the
    same date is untouched, re-publishing the week replaces it, and collection keeps both."""
    s = get_settings()
    monday = "2025-02-24"
    lake.publish_tables(monday, _day(2), s)
    day = lake.published(s)[monday]
    empty = schema.empty("pair_weeks")
    first, _ = lake.publish_partition("pair_weeks", monday, empty, s)
    second, n = lake.publish_partition("pair_weeks", monday, empty, s)
    assert n == 0 and first != second
    assert lake.published(s)[monday] == day
    assert lake.published_dates("pair_weeks", s) == [monday]
    assert lake.published_dates("rejects", s) == [monday]
    lake.collect_garbage(s)
    store = lake.lake_store(s)
    assert [store.uri(r) for r in store.files("pair_weeks")] == [second]
    assert store.files("rejects") == [day.tables["rejects"].path]
    assert lake.read_partition("pair_weeks", monday, s).num_rows == 0


def test_a_host_that_did_not_publish_brings_its_warehouse_up_to_date_when_it_reads(
    lake_url, tmp_path
):
    """Each host keeps its own warehouse (data dir) over the shared lake: one that never ran
    publish builds it on first read, and rebuilds it when another host publishes a new version."""
    import dataclasses

    publisher = get_settings()
    lake.publish_tables(DAY, _day(2), publisher)
    reader = dataclasses.replace(publisher, data_dir=tmp_path / "other-host")
    if lake_url.startswith("s3://"):
        assert reader.lake_url == publisher.lake_url
    else:  # the default lake is <data>/lake: point the other host at the publisher's
        reader = dataclasses.replace(reader, lake_url_setting=lake_url)
    assert not reader.warehouse_path.exists()

    def reasons() -> set[str]:
        con = warehouse.connect(reader)
        try:
            return {r[0] for r in con.execute("select reason from stg_rejects").fetchall()}
        finally:
            con.close()

    assert reasons() == {"v2"}
    state = warehouse.built_state(reader.warehouse_path)
    assert state == warehouse.lake_state(reader)
    assert warehouse.refresh(reader) is False  # up to date: nothing rebuilt
    lake.publish_tables(DAY, _day(3), publisher)  # "another host" publishes a new version
    assert reasons() == {"v3"}
    assert warehouse.built_state(reader.warehouse_path) != state


def test_a_warehouse_read_before_anything_is_published_says_so(data_dir):
    with pytest.raises(FileNotFoundError, match="nothing published"):
        warehouse.connect(get_settings())


def test_resetting_staging_after_its_prefix_was_deleted_works_on_s3(s3_server, s3_lake):
    """SeaweedFS keeps empty folder entries after a prefix is deleted: the folder is still found,
    deleting it then raises FileNotFoundError; a reset of staging must not fail on it."""
    import pyarrow.fs as pafs

    s = get_settings()
    for _ in range(2):
        lake.write_staging("rejects", DAY, [_reject(1)], settings=s)
        lake.mark_extracted(DAY, 0, 1, s)
    store = lake.stores(s).staging
    fs = store.fs
    fs.delete_dir(lake.lake_store(s).path())  # what a test or an operator wiping the lake does
    found = fs.get_file_info(store.path(f"dt={DAY}")).type
    assert found == pafs.FileType.Directory  # the server's quirk this test is about
    lake.reset_staging(DAY, s)
    lake.reset_staging(DAY, s)
    assert lake.read_staging("rejects", DAY, s).num_rows == 0
    lake.write_staging("rejects", DAY, [_reject(2)], settings=s)
    assert lake.read_staging("rejects", DAY, s).column("reject_id").to_pylist() == ["r2"]


def test_the_first_publish_to_a_bucket_that_does_not_exist_yet_creates_it(
    s3_server, s3_lake, monkeypatch
):
    """A fresh object store: the lake's bucket is made on first write, not refused with
    NoSuchBucket; reading a lake whose bucket does not exist yet reads nothing published."""
    url = f"s3://parley-new-{os.getpid()}-{uuid.uuid4().hex[:6]}/lake"
    monkeypatch.setenv("PARLEY_LAKE_URL", url)
    s = get_settings()
    assert lake.published(s) == {}
    lake.publish_tables(DAY, _day(1), s)
    assert list(lake.published(s)) == [DAY]
    assert lake.read_partition("rejects", DAY, s).num_rows == _day(1)["rejects"].num_rows


def test_sweep_removes_the_duckdb_spill_files_of_dead_processes_only(data_dir):
    """A run killed while DuckDB spilled leaves ``duckdb_temp_<pid>_*`` files in the data dir's
    temp folder; the next exclusive stage removes them, never a live connection's."""
    import os
    import subprocess
    import sys

    from parley.settings import get_settings
    from parley.storage import lake

    s = get_settings()
    s.duckdb_temp_dir.mkdir(parents=True)
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = int(gone.stdout)
    files = {
        "dead": s.duckdb_temp_dir / f"duckdb_temp_{dead}_0_storage_DEFAULT-0.tmp",
        "live": s.duckdb_temp_dir / f"duckdb_temp_{os.getpid()}_0_storage_DEFAULT-0.tmp",
        "other": s.duckdb_temp_dir / "notes.txt",
    }
    for path in files.values():
        path.write_bytes(b"x")
    removed = lake.sweep(s)
    assert str(files["dead"]) in removed
    assert not files["dead"].exists() and files["live"].exists() and files["other"].exists()


def test_sweep_removes_the_temporary_folders_a_killed_validation_left(data_dir):
    """A validate stage killed midway leaves its marts preview and its partition files in
    ``.marts-preview-*`` / ``.partitions-*`` folders of the data dir; the next exclusive stage
    removes them and nothing else."""
    from parley.settings import get_settings
    from parley.storage import lake

    s = get_settings()
    left = [s.data_dir / ".marts-preview-ab12", s.data_dir / ".partitions-cd34"]
    kept = s.data_dir / "partitions-notes"
    for folder in (*left, kept):
        folder.mkdir(parents=True)
        (folder / "statements-0-1.parquet").write_bytes(b"x")
    removed = lake.sweep(s)
    assert set(removed) >= {str(f) for f in left}
    assert not any(f.exists() for f in left) and kept.exists()
