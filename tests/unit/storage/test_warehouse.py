"""The SQL models: every file loads, dependencies come first, names are unique."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime

import pytest

from parley import schema
from parley.datafiles import rows
from parley.settings import REPO_ROOT, get_settings
from parley.storage import lake
from parley.storage.warehouse import load_models, references, render_macros
from tests.unit.storage.days import day_of_statements


def test_models_load_in_dependency_order():
    models = load_models(REPO_ROOT / "sql")
    names = [m.name for m in models]
    assert len(names) == len(set(names))
    position = {n: i for i, n in enumerate(names)}
    for m in models:
        for other in references(m.sql, set(names) - {m.name}):
            assert position[other] < position[m.name], f"{m.name} needs {other} first"
    assert {"stg_articles", "stg_quotes", "daily_digest"} <= set(names)


def test_references_ignore_comments_and_string_literals():
    sql = "-- reads statements\nselect * from read_parquet('/lake/statements/*.parquet') join stg_x"
    assert references(sql, {"statements", "stg_x", "stg"}) == {"stg_x"}


def test_every_model_documents_its_grain():
    for m in load_models(REPO_ROOT / "sql"):
        assert m.sql.lstrip().startswith("--"), f"{m.path} has no header comment"


def test_the_lake_macro_reads_the_current_files_with_the_options_of_sources_yml(tmp_path):
    from parley import schema
    from parley.storage import lake

    settings = dataclasses.replace(get_settings(), data_dir=tmp_path)
    assert render_macros("select * from {{ lake('quotes') }}", settings).startswith(
        "select * from (select cast(null as varchar) as quote_id"
    )  # nothing published yet: no rows, the table's columns
    day = lake.publish_tables("2025-02-25", {"quotes": schema.empty("quotes")}, settings)
    sql = render_macros("select * from {{ lake('quotes') }}", settings)
    path = str(tmp_path / "lake" / day.tables["quotes"].path)
    read = f"read_parquet(['{path}'], hive_partitioning = true, union_by_name = true)"
    assert sql == (
        f"select * from (select * from {lake.empty_relation('quotes')} "
        f"union all by name select * from {read})"
    )
    with pytest.raises(KeyError, match="not a lake table"):
        render_macros("select * from {{ lake('nope') }}", settings)
    with pytest.raises(ValueError, match="unknown macro"):
        render_macros("{{ ref('x') }}", settings)


def _old_shape(path, dropped: list[str]) -> None:
    """Rewrite a published Parquet file as a writer from before ``dropped`` existed made it."""
    import pyarrow.parquet as pq

    pq.write_table(pq.read_table(path).drop_columns(dropped), path)


@pytest.mark.parametrize("table", sorted(set(schema.LAKE_TABLES) - set(lake.LOG_TABLES)))
def test_partitions_written_before_a_column_existed_read_it_as_null(tmp_path, table):
    """A lake written by an older Parley (every partition lacks a column added since) reads with
    every current column, the missing one null, and every other value kept."""
    import duckdb

    settings = dataclasses.replace(get_settings(), data_dir=tmp_path)
    fields = schema.LAKE_TABLES[table]
    row = {f.name: _value(f.type) for f in fields}
    uri, _ = lake.publish_partition(table, "2025-02-24", [row], settings)  # a Monday
    newest = fields.names[-1]
    _old_shape(uri, [newest])
    sql = render_macros(f"select * from {{{{ lake('{table}') }}}}", settings)
    got = duckdb.connect().sql(sql).to_arrow_table().to_pylist()
    assert len(got) == 1
    assert list(got[0]) == [*fields.names, *(["dt"] if "dt" not in fields.names else [])]
    assert got[0][newest] is None
    kept = {k: v for k, v in got[0].items() if k not in (newest, "dt")}
    assert kept == {k: v for k, v in row.items() if k != newest}


def _value(t):
    import datetime as dt

    import pyarrow as pa

    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return [_value(t.value_type)]
    if pa.types.is_timestamp(t):
        return dt.datetime(2025, 2, 25, 9, tzinfo=dt.UTC) if t.tz else dt.datetime(2025, 2, 25, 9)
    if pa.types.is_date(t):
        return dt.date(2025, 2, 25)
    if pa.types.is_boolean(t):
        return True
    if pa.types.is_integer(t):
        return 7
    if pa.types.is_floating(t):
        return 0.5
    if pa.types.is_binary(t) or pa.types.is_large_binary(t):
        return b"x"
    return "x"


@pytest.mark.parametrize("table", sorted(schema.LAKE_TABLES))
def test_a_table_with_nothing_published_reads_as_empty_with_its_columns(tmp_path, table):
    """The weekly marts exist only after the first weekly run: until then the warehouse's views
    over them read no rows but have every column, typed as the lake will have it."""
    import duckdb
    import pyarrow as pa

    settings = dataclasses.replace(get_settings(), data_dir=tmp_path)
    sql = render_macros(f"select * from {{{{ lake('{table}') }}}}", settings)
    got = duckdb.connect().sql(sql).to_arrow_table()
    assert got.num_rows == 0
    expected = schema.LAKE_TABLES[table].append(pa.field("dt", pa.date32()))
    assert got.schema.names == expected.names
    for field in expected:
        have = got.schema.field(field.name).type
        if pa.types.is_timestamp(field.type):  # DuckDB names the session's zone ("Etc/UTC")
            assert pa.types.is_timestamp(have) and bool(have.tz) == bool(field.type.tz)
        else:
            assert have == field.type, field.name


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Wendy Sherman", "Wendy R. Sherman"),
        ("John Kerry", "John F. Kerry"),
        ("Martin Luther King", "Martin Luther King Jr."),
        ("Kamala Harris", "Kamala D. Harris"),
    ],
)
def test_a_partition_written_before_speaker_name_key_still_merges_a_persons_names(
    tmp_path, short, full
):
    """Partitions published before extraction wrote ``statements.speaker_name_key`` (their
    Parquet files have no such column; the lake reads it as null) are matched by the same rule:
    the ``statements`` mart takes the key from ``person_name_key`` (names.name_key registered
    in DuckDB by the warehouse), so a rebuild over an old lake still merges one person's two
    names, as it does for new partitions."""
    import duckdb
    import pyarrow.parquet as pq

    from parley.storage import lake, warehouse

    def s(id_, speaker):
        return dict(statement_id=id_, speaker=speaker, speaker_kind="person",
                    speaker_country="US", statement_type="STATEMENT")  # fmt: skip

    settings = dataclasses.replace(get_settings(), data_dir=tmp_path)
    day = day_of_statements("2025-03-01", [s("s1", short), s("s2", full)])
    lake.publish_tables("2025-03-01", day, settings)
    files = list((tmp_path / "lake" / "statements").rglob("*.parquet"))
    assert files
    for f in files:  # as an older extraction wrote the day: no speaker_name_key column
        pq.write_table(pq.read_table(f).drop_columns(["speaker_name_key"]), f)
    warehouse.build(settings)
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        names = dict(con.execute("select statement_id, speaker_actor from statements").fetchall())
        # no view calls person_name_key: the warehouse file reads without Parley's functions
        (n,) = con.execute("select count(*) from stg_statements").fetchone()
    finally:
        con.close()
    assert names == {"s1": full, "s2": full}
    assert n == 2


@pytest.mark.parametrize("old", [True, False], ids=["before-the-column", "written-with-it"])
def test_speaker_countries_is_the_speakers_state_alone_in_a_partition_written_before_it(
    tmp_path, old
):
    """``statements.speaker_countries`` (every state of a joint speaker) of a partition written
    before extraction wrote it reads as the speaker's country alone, and as [] for a speaker with
    no state: the same values extraction writes for one speaker (rows.statement_rows), so the
    digest counts an old day as it counts a new one."""
    import duckdb
    import pyarrow.parquet as pq

    from parley.storage import lake, warehouse

    def s(id_, country, countries):
        return dict(statement_id=id_, speaker=f"speaker {id_}", speaker_kind="person",
                    speaker_country=country, speaker_countries=countries,
                    statement_type="STATEMENT")  # fmt: skip

    settings = dataclasses.replace(get_settings(), data_dir=tmp_path)
    day = day_of_statements("2025-03-01", [s("s1", "FR", ["FR"]), s("s2", None, [])])
    lake.publish_tables("2025-03-01", day, settings)
    for f in (tmp_path / "lake" / "statements").rglob("*.parquet") if old else ():
        pq.write_table(pq.read_table(f).drop_columns(["speaker_countries"]), f)
    warehouse.build(settings)
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        # the staging view too: it read null for an old partition while the mart read [] (one
        # convention, the column doc's, wherever the column is read)
        got = {
            model: dict(
                con.execute(f"select statement_id, speaker_countries from {model}").fetchall()
            )
            for model in ("stg_statements", "statements", "daily_digest")
        }
    finally:
        con.close()
    assert got == dict.fromkeys(
        ("stg_statements", "statements", "daily_digest"), {"s1": ["FR"], "s2": []}
    )


def test_count_each_makes_one_column_per_label_of_the_seed_in_file_order():
    sql = render_macros("{{ count_each('statement_type', 'statement_types') }}", get_settings())
    labels = [r["statement_type"] for r in rows("statements/statement_types.csv")]
    assert sql.split(",\n    ") == [
        f"count(*) filter (where statement_type = '{lab}') as n_{lab.lower()}" for lab in labels
    ]
    assert set(labels) == set(schema.STATEMENT_TYPES)


def test_every_mart_has_a_spec_with_its_grain_and_no_order_by():
    for m in load_models(REPO_ROOT / "sql"):
        if m.layer != "marts":
            continue
        assert m.spec and m.spec["grain"] and m.spec["columns"], f"{m.name}.yml is missing"
        assert not re.search(r"^order by", m.sql, re.M | re.I), f"{m.name} orders its rows"


def test_a_dispute_is_aimed_at_the_claimant_by_name_or_between_states_by_country(tmp_path):
    """aimed-at-claimant (int_dispute_links): the target names the claimant, or both are states
    (country, seat, institution) of one country; a person of that country is not the state's
    claim, and a pair linked both by name and by country is one link."""
    import duckdb

    from parley.storage import lake, warehouse

    def s(id_, speaker, kind, country, label, target=None, target_kind=None, target_country=None):
        return dict(statement_id=id_, speaker=speaker, speaker_kind=kind, speaker_country=country,
                    statement_type=label, target=target, target_kind=target_kind,
                    target_country=target_country)  # fmt: skip

    day = [
        s("lavrov-claims", "Sergei Lavrov", "person", "RU", "CLAIM"),
        s("russia-claims", "Russia", "country", "RU", "WARN"),
        s("by-name", "Antony Blinken", "person", "US", "DENY", "Sergei Lavrov", "person", "RU"),
        s("by-country", "United States", "country", "US", "REJECT", "Kremlin", "seat", "RU"),
        s("by-both", "Ukraine", "country", "UA", "DISPUTE", "Russia", "country", "RU"),
        s("at-a-person", "Ukraine", "country", "UA", "DENY", "Vladimir Putin", "person", "RU"),
    ]
    settings = dataclasses.replace(get_settings(), data_dir=tmp_path)
    lake.publish_tables("2025-03-01", day_of_statements("2025-03-01", day), settings)
    warehouse.build(settings)
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        links = con.execute(
            "select statement_id, disputed_statement_id from int_dispute_links "
            "where link = 'aimed-at-claimant' order by all"
        ).fetchall()
        # disputes carries both sides' speaker_kind (the digest quotes an unresolved side)
        kinds = con.execute(
            "select statement_id, speaker_kind, disputed_speaker_kind from disputes "
            "where link = 'aimed-at-claimant' order by all"
        ).fetchall()
    finally:
        con.close()
    assert links == [
        ("by-both", "russia-claims"),
        ("by-country", "russia-claims"),
        ("by-name", "lavrov-claims"),
    ]
    assert kinds == [
        ("by-both", "country", "country"),
        ("by-country", "country", "country"),
        ("by-name", "person", "person"),
    ]


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        # asked about Trump's remarks, Peskov has "nothing to add": to the remark put to him,
        # the last Trump made before it in the article ("Trump said that A and that B": the two
        # claims of one reporting verb), not to each of his claims
        ("DECLINE_COMMENT", ["trump-2", "trump-3"]),
        # a denial of someone's remarks disputes each of them
        ("DENY", ["trump-1", "trump-2", "trump-3"]),
        ("REJECT", ["trump-1", "trump-2", "trump-3"]),
    ],
)
def test_a_declined_comment_answers_the_claim_put_to_it_not_every_claim(tmp_path, answer, answered):
    """answers-speaker (int_dispute_links): a statement that answers an actor's remarks in an
    article is linked to that actor's earlier claims there; a declined comment (disputing only
    as an answer) to the latest remark alone, the claims of the latest reporting verb. Claims
    after the answer, in another article or by another speaker are never linked."""
    import duckdb

    from parley.storage import lake, warehouse

    def s(id_, speaker, country, label, start, article="seed", **more):
        return dict(statement_id=id_, speaker=speaker, speaker_kind="person",
                    speaker_country=country, statement_type=label, article=article,
                    quote_start=start, **more)  # fmt: skip

    day = [
        s("trump-1", "Donald Trump", "US", "CLAIM", 10, cue_start=60),
        s("macron", "Emmanuel Macron", "FR", "CLAIM", 80, cue_start=110),
        # one remark: "Trump said [cue 150] that A [160] and that B [250]"
        s("trump-2", "Donald Trump", "US", "CLAIM", 160, cue_start=150),
        s("trump-3", "Donald Trump", "US", "CLAIM", 250, cue_start=150),
        s("answer", "Dmitry Peskov", "RU", answer, 400, responds_to="Donald Trump"),
        s("trump-later", "Donald Trump", "US", "CLAIM", 600),
        s("trump-elsewhere", "Donald Trump", "US", "CLAIM", 300, article="other"),
    ]
    settings = dataclasses.replace(get_settings(), data_dir=tmp_path)
    lake.publish_tables("2025-02-25", day_of_statements("2025-02-25", day), settings)
    warehouse.build(settings)
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        got = con.execute(
            "select disputed_statement_id, link from disputes where statement_id = 'answer' "
            "order by all"
        ).fetchall()
    finally:
        con.close()
    assert got == [(a, "answers-speaker") for a in answered]


def test_one_person_named_two_ways_in_a_days_articles_is_one_speaker(tmp_path):
    """statements mart: a person's name as two articles of one day write it ("Wendy Sherman",
    "Wendy R. Sherman") becomes the fullest form that agrees with it (same surname and given
    names, middle initials optional, no other country on record), so the speaker marts count one
    speaker. Near misses keep their names: another given name, another last word, another
    country, a bare surname, a name agreeing with two forms that disagree, another day."""
    import duckdb

    from parley.storage import lake, warehouse

    def s(id_, speaker, country, kind="person", label="STATEMENT", **target):
        return dict(statement_id=id_, speaker=speaker, speaker_kind=kind,
                    speaker_country=country, statement_type=label, **target)  # fmt: skip

    day = [
        s("ws1", "Wendy Sherman", "US", label="CLAIM"),
        # a dispute aimed at her by the name one article gives still finds her claim
        s(
            "sl",
            "Sergei Lavrov",
            "RU",
            label="DENY",
            target="Wendy Sherman",
            target_kind="person",
            target_country="US",
        ),
        s("ws2", "Wendy R. Sherman", "US"),
        s("ws3", "Wendy Sherman", None),
        s("bs", "Brad Sherman", "US"),
        s("sh", "Sherman", "US"),
        s("jk1", "John Kerry", "US"),
        s("jk2", "John F. Kerry", "US"),
        s("kju", "Kim Jong Un", "KP"),
        s("kyj", "Kim Yo Jong", "KP"),
        s("ac1", "Ana Costa", "BR"),
        s("ac2", "Ana M. Costa", "PT"),
        s("dl", "David Lee", "SG"),
        s("dla", "David A. Lee", "SG"),
        s("dlb", "David B. Lee", "SG"),
        s("us", "United States", "US", kind="country"),
        # father and son: initials that differ keep two people apart, and a name without
        # initials beside both keeps its own
        s("gb", "George Bush", "US"),
        s("gwb", "George W. Bush", "US"),
        s("ghwb", "George H. W. Bush", "US"),
        # a generational suffix is no surname (names.SUFFIXES); two suffixes are two people
        s("mlk1", "Martin Luther King Jr.", "US"),
        s("mlk2", "Martin Luther King", "US"),
        s("hw1", "Hank Williams Jr.", "US"),
        s("hw2", "Hank Williams Sr.", "US"),
        s("hw3", "Hank Williams", "US"),
        # a fuller form only in a duplicate article (not in the mart) renames nobody
        s("la1", "Lloyd Austin", "US"),
        s("la2", "Lloyd J. Austin", "US", duplicate_of="a0"),
        # a person target takes the day's name only when its country is not another one
        s("rl1", "Rui Lopes", "PT"),
        s("rl2", "Rui M. Lopes", "PT"),
        s(
            "at-pt",
            "Ana Costa",
            "BR",
            target="Rui Lopes",
            target_kind="person",
            target_country="PT",
        ),
        s(
            "at-br",
            "Ana Costa",
            "BR",
            target="Rui Lopes",
            target_kind="person",
            target_country="BR",
        ),
        # responds_to takes the name its answered quote's person speaker took (ws1 is q0),
        # not a name that only spells the same as a person's
        s("re-ws", "Sergei Lavrov", "RU", responds_to="Wendy Sherman", responds_to_quote_id="q0"),
        s("re-us", "Sergei Lavrov", "RU", responds_to="Wendy Sherman", responds_to_quote_id="q15"),
    ]
    assert day[0]["statement_id"] == "ws1" and day[15]["statement_id"] == "us"
    settings = dataclasses.replace(get_settings(), data_dir=tmp_path)
    lake.publish_tables("2025-03-01", day_of_statements("2025-03-01", day), settings)
    lake.publish_tables(
        "2025-03-02",
        day_of_statements("2025-03-02", [s("next", "Wendy Sherman", "US")]),
        settings,
    )
    warehouse.build(settings)
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        names = dict(con.execute("select statement_id, speaker_actor from statements").fetchall())
        links = con.execute(
            "select statement_id, disputed_statement_id from int_dispute_links "
            "where link = 'aimed-at-claimant'"
        ).fetchall()
        targets = dict(
            con.execute(
                "select statement_id, target from statements where statement_id in "
                "('sl', 'at-pt', 'at-br')"
            ).fetchall()
        )
        answered = dict(
            con.execute(
                "select statement_id, responds_to from statements where responds_to is not null"
            ).fetchall()
        )
        timeline = con.execute(
            "select speaker, n_statements from speaker_timeline "
            "where speaker like '%Sherman' order by all"
        ).fetchall()
    finally:
        con.close()
    assert names == {
        "ws1": "Wendy R. Sherman",
        "ws2": "Wendy R. Sherman",
        "ws3": "Wendy R. Sherman",
        "bs": "Brad Sherman",
        "sh": "Sherman",
        "jk1": "John F. Kerry",
        "jk2": "John F. Kerry",
        "kju": "Kim Jong Un",
        "kyj": "Kim Yo Jong",
        "ac1": "Ana Costa",
        "ac2": "Ana M. Costa",
        "dl": "David Lee",
        "dla": "David A. Lee",
        "dlb": "David B. Lee",
        "us": "United States",
        "next": "Wendy Sherman",
        "sl": "Sergei Lavrov",
        "gb": "George Bush",
        "gwb": "George W. Bush",
        "ghwb": "George H. W. Bush",
        "mlk1": "Martin Luther King Jr.",
        "mlk2": "Martin Luther King Jr.",
        "hw1": "Hank Williams Jr.",
        "hw2": "Hank Williams Sr.",
        "hw3": "Hank Williams",
        "la1": "Lloyd Austin",
        "rl1": "Rui M. Lopes",
        "rl2": "Rui M. Lopes",
        "at-pt": "Ana Costa",
        "at-br": "Ana Costa",
        "re-ws": "Sergei Lavrov",
        "re-us": "Sergei Lavrov",
    }
    assert targets == {"sl": "Wendy R. Sherman", "at-pt": "Rui M. Lopes", "at-br": "Rui Lopes"}
    assert answered == {"re-ws": "Wendy R. Sherman", "re-us": "Wendy Sherman"}
    assert links == [("sl", "ws1")]
    # statements_date falls back to dt here (no published_at): one row per speaker and day
    assert timeline == [
        ("Brad Sherman", 1),
        ("Sherman", 1),
        ("Wendy R. Sherman", 3),
        ("Wendy Sherman", 1),
    ]


@pytest.mark.parametrize(
    ("published_at", "date", "source"),
    [
        (datetime(2025, 2, 27, 9, 30, tzinfo=UTC), "2025-02-27", "published"),
        # 23:30 in New York on the 27th is the 28th in UTC, as every date in Parley
        (datetime(2025, 2, 28, 4, 30, tzinfo=UTC), "2025-02-28", "published"),
        (None, "2025-03-01", "ingested"),  # undated (published_problem missing): dt, said so
    ],
)
def test_statement_date_says_whether_it_is_the_publication_or_the_ingestion_date(
    tmp_path, published_at, date, source
):
    """fresh12: undated articles' statements took the run's date as statement_date and nothing
    said so; statement_date_source tells the two apart."""
    import duckdb

    from parley.storage import lake, warehouse

    settings = dataclasses.replace(get_settings(), data_dir=tmp_path)
    day = [dict(statement_id="s1", speaker="William Ruto", speaker_kind="person",
                speaker_country="KE", statement_type="STATEMENT", published_at=published_at)]  # fmt: skip
    lake.publish_tables("2025-03-01", day_of_statements("2025-03-01", day), settings)
    warehouse.build(settings)
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        got = con.execute(
            "select strftime(statement_date, '%Y-%m-%d'), statement_date_source from statements"
        ).fetchall()
    finally:
        con.close()
    assert got == [(date, source)]


def test_the_sql_digest_names_files_relative_to_the_sql_folder(tmp_path):
    """The build key must not change when the checkout moves (another clone, a container's
    mount): the digest reads file names relative to sql/ and their contents. A changed file, a
    renamed file, an added file each change it."""
    import shutil

    from parley.storage.warehouse import _sql_digest

    sql = get_settings().sql_dir
    here, there = tmp_path / "a" / "sql", tmp_path / "elsewhere" / "deeper" / "sql"
    shutil.copytree(sql, here)
    shutil.copytree(sql, there)
    assert _sql_digest(here) == _sql_digest(there) == _sql_digest(sql)

    model = next(here.glob("staging/*.sql"))
    model.write_text(model.read_text(encoding="utf-8") + "\n-- a comment\n", encoding="utf-8")
    assert _sql_digest(here) != _sql_digest(there)
    renamed = next(there.glob("staging/*.sql"))
    renamed.rename(renamed.with_name("zz_" + renamed.name))
    moved = _sql_digest(there)
    assert moved != _sql_digest(sql)
    (there / "marts" / "notes.yml").write_text("x: 1\n", encoding="utf-8")
    assert _sql_digest(there) != moved
