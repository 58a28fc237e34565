"""The incremental warehouse equals a warehouse built from scratch, table by table.

A lake of synthetic days (statements of a few speakers about each other, with disputes that link
statements of different days, replies within an article, publication dates that straddle days)
is published day by day with an incremental build after each; then a day is re-published with
other content, two days are published while the warehouse is not updated (a crash after the
switch), a build is killed before its rename, and the validation preview of a staged day is taken.
After each step every table of the warehouse has the same rows (an order-independent content hash)
as a build of the same lake into an empty data dir.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import random
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from parley import schema
from parley.settings import REPO_ROOT, get_settings
from parley.storage import lake, warehouse

SPEAKERS = [  # (actor, kind, country)
    ("Sergei Lavrov", "person", "RU"),
    ("Antony Blinken", "person", "US"),
    ("Russia", "country", "RU"),
    ("United States", "country", "US"),
    ("Volodymyr Zelenskyy", "person", "UA"),
    ("Ukraine", "country", "UA"),
    ("NATO", "io", None),
]
TYPES = ["CLAIM", "ACCUSE", "DENY", "DISPUTE", "REJECT", "SUPPORT", "STATEMENT", "WARN"]
TOPICS = ["sanctions", "grain", "ceasefire", "nuclear", "troops"]
TERMS = ["deal", "corridor", "talks", "army", "border", "plant"]


def synthetic_day(ds: str, seed: int, n_articles: int = 6) -> dict:
    """Articles, quotes and statements of one day: a few quotations per article by speakers
    who target each other, some answering an earlier quotation of the same article; publication
    times up to 4 days before the ingestion date (so disputes link statements of different
    days)."""
    rng = random.Random(seed)
    day = date.fromisoformat(ds)
    articles, quotes, statements = [], [], []
    for a in range(n_articles):
        article_id = f"a-{ds}-{seed}-{a}"
        published = datetime(day.year, day.month, day.day, 9, tzinfo=UTC) - timedelta(
            days=rng.randint(0, 4), hours=rng.randint(0, 20)
        )
        articles.append(
            _row(
                "articles",
                article_id=article_id,
                content_hash=f"h-{article_id}",
                source=rng.choice(["wire", "paper"]),
                title=f"Story {a} of {ds}",
                url=f"https://example.org/{article_id}",
                canonical_url=f"https://example.org/{article_id}",
                text="x" * 400,
                minhash=hashlib.sha256(article_id.encode()).digest() * 16,  # 512 bytes
                parties=[f"state:{a:02d}", "person:someone"],
                published_at=published if rng.random() > 0.1 else None,
                ingested_at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
            )
        )
        earlier: list[tuple[str, str]] = []  # (quote_id, speaker) of this article
        for q in range(rng.randint(2, 6)):
            start = 20 + q * 50
            quote_id = f"q-{article_id}-{q}"
            speaker, kind, country = rng.choice(SPEAKERS)
            target, target_kind, target_country = rng.choice(SPEAKERS)
            label = rng.choice(TYPES)
            responds = rng.choice(earlier) if earlier and rng.random() < 0.4 else None
            quotes.append(
                _row(
                    "quotes",
                    quote_id=quote_id,
                    article_id=article_id,
                    kind=rng.choice(["direct", "indirect"]),
                    quote_text=f"words {q} of {article_id}",
                    quote_start=start,
                    quote_end=start + 30,
                    speaker=speaker,
                    cue="said",
                    confidence=0.9,
                )
            )
            statements.append(
                _row(
                    "statements",
                    statement_id=f"s-{quote_id}",
                    article_id=article_id,
                    quote_id=quote_id,
                    speaker=speaker,
                    speaker_actor=speaker if rng.random() > 0.2 else None,
                    speaker_kind=kind,
                    speaker_country=country,
                    speaker_org="NATO" if kind == "io" else None,
                    speaker_role=rng.choice(["minister", "spokesperson", None]),
                    speaker_sector=rng.choice(["government", "diplomatic", None]),
                    statement_type=label,
                    cameo_code="010",
                    weight=rng.choice([-7.0, -4.0, -2.0, 0.0, 1.0, 3.4, 4.0]),
                    negated=False,
                    target=target,
                    target_kind=target_kind,
                    target_country=target_country,
                    topics=rng.sample(TOPICS, rng.randint(0, 2)),
                    subject_terms=rng.sample(TERMS, rng.randint(0, 3)),
                    subject=rng.choice([None, "the deal"]),
                    responds_to=responds[1] if responds and rng.random() < 0.5 else None,
                    responds_to_quote_id=responds[0] if responds else None,
                    confidence=0.8,
                )
            )
            earlier.append((quote_id, speaker))
    return {
        "articles": schema.to_arrow("articles", articles),
        "quotes": schema.to_arrow("quotes", quotes),
        "statements": schema.to_arrow("statements", statements),
    }


_row = schema.default_row


table_hashes = warehouse.table_fingerprints


def from_scratch(settings, root: Path) -> dict[str, tuple[int, str]]:
    """The tables of a warehouse built from the same lake into an empty data dir."""
    other = dataclasses.replace(settings, data_dir=root, lake_url_setting=settings.lake_url)
    warehouse.build(other)
    return table_hashes(other.warehouse_path)


@pytest.fixture
def grown(data_dir):
    """A lake of six days, published one by one, the warehouse updated after each."""
    s = get_settings()
    for i in range(6):
        ds = (date(2025, 3, 1) + timedelta(days=i)).isoformat()
        lake.publish_tables(ds, synthetic_day(ds, seed=i), s)
        warehouse.build(s)
    return s


def test_incremental_builds_equal_a_build_from_scratch(grown, tmp_path):
    s = grown
    built = table_hashes(s.warehouse_path)
    assert built["disputes"][0] > 0 and built["actor_pairs"][0] > 0  # the data exercises them
    con = duckdb.connect(str(s.warehouse_path), read_only=True)
    across = con.execute("select count(*) from disputes where dt <> disputed_dt").fetchall()[0][0]
    con.close()
    assert across > 0  # disputes that link two days: the case an incremental build can get wrong
    assert built == from_scratch(s, tmp_path / "scratch-1")

    # a re-run of a day with other content replaces exactly that day's rows
    lake.publish_tables("2025-03-03", synthetic_day("2025-03-03", seed=99), s)
    warehouse.build(s)
    assert table_hashes(s.warehouse_path) == from_scratch(s, tmp_path / "scratch-2")

    # two days switched in the lake while the warehouse was not updated (publish killed after
    # the manifest): the next build catches up both
    lake.publish_tables("2025-03-02", synthetic_day("2025-03-02", seed=7, n_articles=3), s)
    lake.publish_tables("2025-03-08", synthetic_day("2025-03-08", seed=8), s)
    warehouse.build(s)
    assert table_hashes(s.warehouse_path) == from_scratch(s, tmp_path / "scratch-3")


@pytest.mark.parametrize(
    ("gap_days", "changed"),
    [
        (9, "2025-03-19"),  # neighbours 9 days apart: pairs across days up to 7 days apart
        (12, "2025-03-25"),  # a day beyond the reach of all but its neighbours
        (20, "2025-04-10"),  # days out of each other's reach: only the day itself is read
        (3, "2025-03-07"),  # days within each other's reach, several buckets deep
        (7, "2025-03-15"),  # days max_days_apart apart: the edge of the reach, re-published
        (8, "2025-03-13"),  # days just beyond it; a new day between two published ones
    ],
)
def test_an_incremental_build_reads_the_statements_within_reach_and_misses_no_dispute(
    data_dir, tmp_path, gap_days, changed
):
    """The disputes of a changed day are looked for among the statements within reach (its own
    and those dated at most max_days_apart days from one of its statements), not the whole
    lake: days spread out, one re-published or added, give what a build from scratch gives."""
    s = get_settings()
    for i in range(5):
        ds = (date(2025, 3, 1) + timedelta(days=i * gap_days)).isoformat()
        lake.publish_tables(ds, synthetic_day(ds, seed=i, n_articles=10), s)
        warehouse.build(s)
    lake.publish_tables(changed, synthetic_day(changed, seed=77, n_articles=10), s)
    warehouse.build(s)
    built = table_hashes(s.warehouse_path)
    assert built["disputes"][0] > 0
    assert built == from_scratch(s, tmp_path / "scratch")


def test_a_build_killed_before_its_rename_leaves_the_old_warehouse_and_the_next_catches_up(
    grown, tmp_path
):
    s = grown
    before = table_hashes(s.warehouse_path)
    lake.publish_tables("2025-03-04", synthetic_day("2025-03-04", seed=42), s)
    code = "from parley.storage import warehouse; warehouse.build()"
    env = os.environ | {"PARLEY_CRASH_AT": "warehouse:built", "PYTHONPATH": str(REPO_ROOT)}
    killed = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO_ROOT)
    assert killed.returncode == -9
    assert table_hashes(s.warehouse_path) == before  # readers still see the old, whole file
    warehouse.build(s)
    assert table_hashes(s.warehouse_path) == from_scratch(s, tmp_path / "scratch")


def _staged_day(s, ds: str) -> dict:
    """Stage a synthetic day ``ds`` (seed 123) in ``s``'s staging area; returns its tables."""
    day = synthetic_day(ds, seed=123)
    lake.reset_staging(ds, s)
    for table, data in day.items():
        lake.write_staging(table, ds, data, settings=s)
    return day


def test_the_preview_of_a_staged_day_is_what_publishing_it_writes(grown, tmp_path):
    s = grown
    ds = "2025-03-07"
    day = _staged_day(s, ds)
    marts = ["statements", "daily_digest", "disputes", "actor_pairs", "speaker_timeline"]
    before = table_hashes(s.warehouse_path)
    seen = warehouse.preview(ds, marts, s)
    assert table_hashes(s.warehouse_path) == before  # the preview changes nothing
    lake.publish_tables(ds, day, s)
    warehouse.build(s)
    con = duckdb.connect(str(s.warehouse_path), read_only=True)
    try:
        for name, where in [
            ("statements", "dt = date '2025-03-07'"),
            ("daily_digest", "dt = date '2025-03-07'"),
            ("disputes", "dt = date '2025-03-07' or disputed_dt = date '2025-03-07'"),
        ]:
            assert _same_rows(con, seen[name], f"select * from {name} where {where}"), name
        assert seen["disputes"].num_rows > 0
        # the pairs and speaker days the new day touches, as the published marts hold them
        for name, keys in [
            ("actor_pairs", ("speaker_party", "target_party")),
            ("speaker_timeline", ("speaker", "statement_date")),
        ]:
            assert seen[name].num_rows > 0, name
            con.register("keys", seen[name].select(list(keys)))
            on = " and ".join(f"k.{k} = m.{k}" for k in keys)
            sql = f"select m.* from {name} as m semi join keys as k on {on}"
            assert _same_rows(con, seen[name], sql), name
            total = con.execute(f"select count(*) from {name}").fetchall()[0][0]
            assert seen[name].num_rows < total  # only what the day touches, not the whole mart
    finally:
        con.close()
    assert table_hashes(s.warehouse_path) == from_scratch(s, tmp_path / "scratch")


@pytest.mark.parametrize(
    ("between", "adopted"),
    [
        ([], True),  # publish right after the preview: its warehouse is the new one
        (["2025-03-08"], False),  # another day published in between: built as usual
        (["2025-03-02"], False),  # an earlier day re-published in between: built as usual
    ],
)
def test_publishing_adopts_the_warehouse_its_preview_built_when_still_current(
    grown, tmp_path, monkeypatch, between, adopted
):
    """``preview(keep=…)`` keeps the warehouse it built for the staged day; ``build(prepared=…)``
    after publishing that day makes only its views again when nothing else changed in the lake,
    else builds as usual. Either way the tables are a build from scratch's, and the kept file is
    gone."""
    s = grown
    ds = "2025-03-07"
    day = _staged_day(s, ds)
    warehouse.preview(ds, ["statements", "disputes"], s, keep="abc123")
    prepared = warehouse.prepared_path(s, ds, "abc123")
    assert prepared.exists()
    for i, other in enumerate(between):
        lake.publish_tables(other, synthetic_day(other, seed=300 + i), s)
    lake.publish_tables(ds, day, s)
    updated: list[str] = []
    update_days = warehouse._Build._update_days
    monkeypatch.setattr(
        warehouse._Build,
        "_update_days",
        lambda self, model: updated.append(model.name) or update_days(self, model),
    )
    warehouse.build(s, prepared=prepared)
    assert (not updated) == adopted
    assert not prepared.exists()
    assert warehouse.built_state(s.warehouse_path) == warehouse.lake_state(s)
    assert table_hashes(s.warehouse_path) == from_scratch(s, tmp_path / "scratch")


def _same_rows(con, table, sql: str) -> bool:
    """Whether the Arrow ``table`` and the query's result hold the same rows (as multisets)."""
    con.register("seen", table)
    cols = ", ".join(table.column_names)
    n = con.execute(f"select count(*) from ({sql})").fetchall()[0][0]
    extra = con.execute(
        f"select count(*) from (select {cols} from seen except all select {cols} from ({sql}))"
    ).fetchall()[0][0]
    return n == table.num_rows and extra == 0


def test_a_warehouse_built_by_other_sql_is_rebuilt_in_full(grown, monkeypatch):
    s = grown
    before = table_hashes(s.warehouse_path)
    monkeypatch.setattr(warehouse, "build_key", lambda settings=None: "other sql")
    warehouse.build(s)  # no changed day, but another key: everything is rebuilt
    assert table_hashes(s.warehouse_path) == before
    assert warehouse._recorded(s.warehouse_path).key == "other sql"


def test_the_published_content_index_reads_the_warehouse_and_the_days_it_lacks(grown):
    s = grown
    lake.publish_tables("2025-03-09", synthetic_day("2025-03-09", seed=9), s)  # not built
    days = lake.published(s)
    con = warehouse.duckdb_connect(settings=s)
    expected = set(
        con.execute(
            "select distinct content_hash, canonical_url from "
            + lake.scan("articles", s, dates=[d for d in days if d != "2025-03-02"], days=days)
        ).fetchall()
    )
    con.close()
    got = warehouse.published_content("2025-03-02", s)
    assert set(got) == expected and len(got) == len(expected)
    assert any(h.startswith("h-a-2025-03-09") for h, _ in got)  # the day the warehouse lacks
    assert not any(h.startswith("h-a-2025-03-02") for h, _ in got)  # the excluded day


def test_the_published_signatures_are_the_other_dates_originals_from_warehouse_and_lake(grown):
    """The near-duplicate index ingest starts from: ``(article_id, minhash, parties)`` of every
    original with a signature published under another date, from the warehouse's compact table
    for the days it holds and from the lake for a day it lacks; copies and short texts are left
    out; a row written before ``parties`` existed reads it as null."""
    s = grown
    day = synthetic_day("2025-03-09", seed=9)
    rows = day["articles"].to_pylist()
    rows[1]["duplicate_of"] = rows[0]["article_id"]  # a linked copy: not an original
    rows[2]["minhash"] = None  # a text too short for a signature
    rows[3]["parties"] = None  # as in a partition written before the column
    day["articles"] = pa.Table.from_pylist(rows, schema=day["articles"].schema)
    lake.publish_tables("2025-03-09", day, s)  # not built into the warehouse
    got = warehouse.published_signatures("2025-03-02", s)
    ids = [a for a, *_ in got]
    assert ids == sorted(ids, key=lambda a: (a.split("-", 1)[1][:10], a))  # by date, then id
    assert not any("2025-03-02" in a for a in ids)  # the excluded day
    assert rows[0]["article_id"] in ids  # the day the warehouse lacks
    assert rows[1]["article_id"] not in ids and rows[2]["article_id"] not in ids
    assert len(ids) == 5 * 6 + 6 - 2
    assert all(sig == hashlib.sha256(a.encode()).digest() * 16 for a, sig, _ in got)
    parties = {a: p for a, _, p in got}
    assert parties[rows[0]["article_id"]] == ["state:00", "person:someone"]  # from the lake
    assert parties[rows[3]["article_id"]] is None
    held = next(a for a in ids if "2025-03-01" in a)  # from the warehouse's compact table
    assert parties[held][1] == "person:someone"


def test_the_published_signatures_are_read_within_the_near_duplicate_window(grown, monkeypatch):
    """A run compares its articles with originals at most ``NEAR_DUPLICATE_WINDOW_DAYS`` days
    from its date (either side): the signatures a day loads do not grow with the whole history."""
    s = grown
    everything = warehouse.published_signatures("2025-03-02", s)
    monkeypatch.setattr(warehouse, "NEAR_DUPLICATE_WINDOW_DAYS", 2)
    near = warehouse.published_signatures("2025-03-02", s)
    days = {a.split("-", 1)[1][:10] for a, *_ in near}
    assert days and all(abs(int(d[-2:]) - 2) <= 2 for d in days), days
    assert len(near) < len(everything)
    assert {a for a, *_ in near} <= {a for a, *_ in everything}


def _with_rejects(ds: str, seed: int, inputs: list[tuple[str, str | None]]) -> dict:
    """A synthetic day with a reject per ``(locator, input_hash)`` (None: bytes never read)."""
    rows = [
        {
            "reject_id": f"r-{ds}-{i}",
            "source": "wire",
            "locator": locator,
            "stage": "ingest",
            "reason": "schema-invalid",
            "rejected_at": datetime.fromisoformat(ds).replace(tzinfo=UTC),
            "input_hash": digest,
        }
        for i, (locator, digest) in enumerate(inputs)
    ]
    return synthetic_day(ds, seed=seed) | {"rejects": schema.to_arrow("rejects", rows)}


def test_the_already_rejected_index_reads_the_warehouse_and_the_days_it_lacks(grown):
    s = grown
    lake.publish_tables(
        "2025-03-09", _with_rejects("2025-03-09", 9, [("a.jsonl", "x1"), ("b", None)]), s
    )
    warehouse.build(s)  # 03-09 is held by the warehouse's int_published_rejects
    lake.publish_tables(  # 03-10 is not: read from the lake
        "2025-03-10", _with_rejects("2025-03-10", 10, [("a.jsonl", "x1"), ("c", "x3")]), s
    )
    with warehouse.PublishedReader("2025-03-02", s) as reader:
        held = reader.held("rejects")
    assert "2025-03-09" in held and "2025-03-10" not in held
    got = sorted(warehouse.published_rejects("2025-03-02", s))
    assert got == [
        ("wire", "a.jsonl", "x1", "2025-03-09"),  # the first day that rejected it
        ("wire", "c", "x3", "2025-03-10"),
    ]
    assert warehouse.published_rejects("2025-03-10", s) == [("wire", "a.jsonl", "x1", "2025-03-09")]
    assert sorted(warehouse.published_rejects("2025-03-09", s)) == [
        ("wire", "a.jsonl", "x1", "2025-03-10"),
        ("wire", "c", "x3", "2025-03-10"),
    ]


def _rows(table) -> list[str]:
    """A table's rows in a canonical order (each row as sorted JSON), to compare row sets."""
    import json

    return sorted(json.dumps(r, sort_keys=True, default=str) for r in table.to_pylist())


def test_the_preview_written_to_files_holds_the_rows_of_the_preview_in_memory(grown, tmp_path):
    """``preview(into=folder)`` (what the validate stage uses, so a big day's marts never sit in
    memory whole) writes one Parquet file per mart with exactly the rows ``preview()`` returns
    (as a multiset: a mart's query sets no row order, and DuckDB's parallel scans may return the
    rows of two runs in different orders)."""
    import pyarrow.parquet as pq

    s = grown
    ds = "2025-03-07"
    lake.reset_staging(ds, s)
    for table, data in synthetic_day(ds, seed=321).items():
        lake.write_staging(table, ds, data, settings=s)
    marts = ["statements", "daily_digest", "disputes", "actor_pairs", "speaker_timeline"]
    in_memory = warehouse.preview(ds, marts, s)
    files = warehouse.preview(ds, marts, s, into=tmp_path)
    assert set(files) == set(marts)
    for name in marts:
        written = pq.read_table(files[name])
        assert written.num_rows == in_memory[name].num_rows > 0, name
        assert _rows(written) == _rows(in_memory[name]), name


def test_duckdb_connections_have_a_bounded_memory_limit_and_spill_under_the_data_dir(data_dir):
    """Every connection the pipeline opens is capped (``PARLEY_DUCKDB_MEMORY_MB``, default a
    share of the machine between 256 MB and 1 GB) and spills to ``<data>/tmp/duckdb``."""
    from parley.settings import auto_duckdb_memory_mb

    assert auto_duckdb_memory_mb(24 * 1024) == 512
    assert auto_duckdb_memory_mb(4 * 1024) == 256 and auto_duckdb_memory_mb(96 * 1024) == 1024
    s = dataclasses.replace(get_settings(), duckdb_memory_mb=300)
    con = warehouse.duckdb_connect(settings=s)
    try:
        limit = con.execute("select current_setting('memory_limit')").fetchone()[0]
        temp = con.execute("select current_setting('temp_directory')").fetchone()[0]
    finally:
        con.close()
    assert limit == "286.1 MiB"  # DuckDB shows 300 MB (10^6 bytes) in MiB
    assert Path(temp) == s.data_dir / "tmp" / "duckdb"


@pytest.mark.parametrize(
    "ds",
    [
        "2025-03-02",  # a day the warehouse holds: the others from it and the lake
        "2025-03-09",  # the day held by the warehouse with rejects
        "2025-03-10",  # the day it lacks
        "2025-04-30",  # a new date: every published day is another date's
    ],
)
def test_the_published_index_reads_everything_over_one_connection(grown, monkeypatch, ds):
    """Ingest's published index (content, near-duplicate signatures, rejected inputs) is read
    over one DuckDB connection, with the same rows as each read over its own."""
    from parley import pipeline

    s = grown
    lake.publish_tables("2025-03-09", _with_rejects("2025-03-09", 9, [("a.jsonl", "x1")]), s)
    warehouse.build(s)
    lake.publish_tables("2025-03-10", _with_rejects("2025-03-10", 10, [("c", "x3")]), s)
    content = warehouse.published_content(ds, s)
    signatures = warehouse.published_signatures(ds, s)
    rejects = warehouse.published_rejects(ds, s)
    opened = []
    real = warehouse.duckdb_connect
    monkeypatch.setattr(
        warehouse, "duckdb_connect", lambda *a, **k: opened.append(1) or real(*a, **k)
    )
    index = pipeline.published_index(ds, s)
    assert len(opened) == 1
    assert index.hashes == {h for h, _ in content} and index.hashes
    assert index.urls == {u for _, u in content if u}
    assert index.near_ids == [a for a, *_ in signatures]
    assert index.near_parties == [frozenset(p) for *_, p in signatures]
    assert index.rejected == {(r[0], r[1], r[2]): r[3] for r in rejects}
