"""The terminal digest: the summary's numbers, the filters, the line budget, the plain output
when piped, and the CSV/JSON rows — on hand-made digest rows (no warehouse)."""

from __future__ import annotations

import csv
import io
import json
import random

import pytest

from parley import schema
from parley.digest import text
from parley.digest.text import Day


def row(speaker, sp, tp, stype="STATEMENT", weight=0.0, quote="words", **extra):
    base = {
        "pair": f"{sp or '?'} → {tp or '?'}",
        "speaker_party": sp,
        "target_party": tp,
        "speaker": speaker,
        "speaker_actor": extra.pop("actor", speaker),
        "speaker_role": extra.pop("role", None),
        "speaker_country": sp,
        "speaker_countries": [sp] if sp else [],
        "statement_type": stype,
        "cameo_code": "010",
        "weight": weight,
        "target": extra.pop("target", tp),
        "negated": False,
        "cue": "said",
        "kind": "direct",
        "quote": quote,
        "article_title": extra.pop("article", "A"),
        "confidence": 0.8,
        "quote_id": extra.pop("quote_id", f"q{random.random()}"),
    }
    base.update(extra)
    return base


ROWS = [
    row("Sergei Lavrov", "RU", "NATO", "REJECT", -4.0, role="foreign minister"),
    row("Sergei Lavrov", "RU", "NATO", "WARN", -3.0),
    row("Dmitry Peskov", "RU", "US", "DENY", -2.0),
    row("Donald Trump", "US", "RU", "CLAIM", 0.0),
    row("Donald Trump", "US", "RU", "SUPPORT", 3.4),
    row("Donald Trump", "US", "RU", "CLAIM", 0.0),
    row("Someone", None, None, "STATEMENT", 0.0),
    row("Emmanuel Macron", "FR", None, "APPEAL", 3.0),
]


def test_type_counts_follow_the_label_order():
    assert text.type_counts(ROWS) == [
        ("STATEMENT", 1),
        ("CLAIM", 2),
        ("DENY", 1),
        ("APPEAL", 1),
        ("WARN", 1),
        ("REJECT", 1),
        ("SUPPORT", 1),
    ]
    order = [t for t, _ in text.type_counts(ROWS)]
    assert order == [t for t in schema.STATEMENT_TYPES if t in order]


def test_pair_summaries_score_is_the_mean_weight_and_unknown_sides_are_left_out():
    pairs = {p.pair: p for p in text.pair_summaries(ROWS)}
    assert set(pairs) == {"RU → NATO", "RU → US", "US → RU"}
    assert pairs["RU → NATO"].score == -3.5
    assert (pairs["RU → NATO"].n_conflictual, pairs["RU → NATO"].n_cooperative) == (2, 0)
    assert pairs["US → RU"].n == 3 and pairs["US → RU"].score == round(3.4 / 3, 2)
    assert pairs["US → RU"].top_types == "CLAIM 2, SUPPORT 1"
    assert [p.pair for p in text.pair_summaries(ROWS)][0] == "US → RU"  # largest first


def test_top_speakers_rank_by_statements_and_use_the_resolved_actor():
    rows = [*ROWS, row("Lavrov", "RU", "UA", "WARN", -3.0, actor="Sergei Lavrov")]
    top = text.top_speakers(rows, n=2)
    assert [(s.speaker, s.n) for s in top] == [("Donald Trump", 3), ("Sergei Lavrov", 3)]
    assert top[1].role == "foreign minister" and top[1].country == "RU"


def test_top_speakers_keep_a_description_to_its_own_article_and_its_own_role():
    # "spokesman" in two articles is two people: neither lends the other its role or country;
    # a resolved person is one speaker across articles, described by its most frequent role
    rows = [
        row(
            "spokesman",
            "CN",
            "US",
            role="foreign ministry spokesman",
            speaker_kind="description",
            article_id="a1",
        ),
        row("spokesman", "CN", "US", speaker_kind="description", article_id="a1"),
        row(
            "spokesman",
            "RU",
            "UA",
            role="Kremlin spokesman",
            speaker_kind="description",
            article_id="a2",
        ),
        row("Wang Yi", "CN", "US", role="foreign minister", speaker_kind="person", article_id="a1"),
        row("Wang Yi", "CN", "US", role="minister", speaker_kind="person", article_id="a2"),
        row("Wang Yi", "CN", "US", role="foreign minister", speaker_kind="person", article_id="a3"),
        row("officials", None, None, speaker_kind=None, article_id="a1"),
        row("officials", None, None, speaker_kind=None, article_id="a2"),
    ]
    top = {(s.speaker, s.country): s for s in text.top_speakers(rows, n=10)}
    assert set(top) == {
        ("Wang Yi", "CN"),
        ("spokesman", "CN"),
        ("spokesman", "RU"),
        ("\u201cofficials\u201d", None),
    }
    assert (top["spokesman", "CN"].n, top["spokesman", "CN"].role) == (
        2,
        "foreign ministry spokesman",
    )
    assert (top["spokesman", "RU"].n, top["spokesman", "RU"].role) == (1, "Kremlin spokesman")
    assert (top["Wang Yi", "CN"].n, top["Wang Yi", "CN"].role) == (3, "foreign minister")
    assert len(text.top_speakers(rows, n=10)) == 5  # "officials" of a1 and of a2
    assert text.header(Day("2024-03-01", rows)).count("5 speakers") == 1


@pytest.mark.parametrize(
    "given, expected",
    [
        ("US-RU", ("US", "RU")),
        ("us→ru", ("US", "RU")),
        ("nato->ru", ("NATO", "RU")),
        ("European Union > RU", ("EUROPEAN UNION", "RU")),
        ("RU", ("RU", None)),
        ("?-?", ("?", "?")),
    ],
)
def test_parse_pair(given, expected):
    assert text.parse_pair(given) == expected


@pytest.mark.parametrize("bad", ["", "US-", "-RU", "A-B-C"])
def test_parse_pair_refuses_what_it_cannot_read(bad):
    with pytest.raises(ValueError):
        text.parse_pair(bad)


def test_select_filters_by_pair_either_side_speaker_and_type():
    assert {r["speaker"] for r in text.select(ROWS, pair="us-ru")} == {"Donald Trump"}
    assert {r["speaker"] for r in text.select(ROWS, pair="RU")} == {
        "Sergei Lavrov",
        "Dmitry Peskov",
        "Donald Trump",
    }
    assert [r["speaker"] for r in text.select(ROWS, pair="?-?")] == ["Someone"]
    assert [r["speaker"] for r in text.select(ROWS, pair="FR-?")] == ["Emmanuel Macron"]
    assert len(text.select(ROWS, speaker="LAVROV")) == 2
    assert [r["statement_type"] for r in text.select(ROWS, types=["deny", "REJECT"])] == [
        "REJECT",
        "DENY",
    ]
    assert text.select(ROWS, pair="US-RU", types=["SUPPORT"])[0]["weight"] == 3.4


def test_pair_argument_round_trips_through_parse_pair():
    for pair in ("RU → NATO", "? → ?", "European Union → RU", "Asia-Pacific → US"):
        arg = text.pair_argument(pair).strip("'")
        a, b = text.parse_pair(arg)
        assert f"{a} → {b}" == pair.upper()


def _big_day(n_rows: int = 2000) -> Day:
    rng = random.Random(7)
    parties = ["US", "RU", "UA", "FR", "DE", "CN", "NATO", None]
    rows = []
    for i in range(n_rows):
        sp, tp = rng.choice(parties[:-1]), rng.choice(parties)
        rows.append(
            row(
                f"Speaker {rng.randrange(300)}",
                sp,
                tp,
                rng.choice(schema.STATEMENT_TYPES),
                rng.choice([-4.0, 0.0, 3.4]),
                quote=" ".join(["word"] * rng.randrange(5, 120)),
                article=f"Article {i // 5}",
                quote_id=f"q{i}",
            )
        )
    return Day(
        ds="2025-06-01",
        rows=rows,
        disputes=[
            {
                "speaker": f"Speaker {i}",
                "speaker_country": "RU",
                "statement_type": "DENY",
                "disputed_speaker": "Speaker 0",
                "disputed_speaker_country": "US",
                "disputed_statement_type": "CLAIM",
                "subject": "troops",
                "link": "answers-quote",
            }
            for i in range(40)
        ],
        quality="Quality: passed with 2 warnings; 300 checks (parley quality --date 2025-06-01)",
    )


def test_the_default_view_keeps_to_its_line_budget_and_ends_with_the_reports(tmp_path):
    day = _big_day()
    html = tmp_path / "2025-06-01.html"
    html.write_text("x")
    day.reports = {"HTML digest": html, "Data Docs": tmp_path / "index.html"}
    out = io.StringIO()
    printed = text.render(day, file=out)
    lines = out.getvalue().splitlines()
    assert printed == len(lines) <= text.MAX_LINES
    assert lines[0].startswith("Parley digest 2025-06-01 · 2,000 statements")
    assert lines[1].startswith("Quality: passed with 2 warnings; 300 checks")
    assert lines[-2] == f"HTML digest:   {html.as_uri()}"
    assert lines[-1].startswith("Data Docs:")
    body = out.getvalue()
    assert "Top country pairs" in body and "Disputes (40)" in body and "… 35 more" in body
    assert "Most quoted speakers" in body
    assert "## " in body  # some statements are sampled
    assert "more pairs: parley digest --date 2025-06-01 --all" in body
    assert all(line == line.rstrip() for line in lines)  # piped output carries no padding
    assert "\x1b[" not in body  # and no colour codes


@pytest.mark.parametrize("budget", [40, 60, 100])
def test_any_budget_of_forty_lines_or_more_is_kept(budget):
    out = io.StringIO()
    assert text.render(_big_day(), file=out, max_lines=budget) <= budget
    assert len(out.getvalue().splitlines()) <= budget


def test_all_lists_every_statement_whole():
    day = _big_day(300)
    out = io.StringIO()
    text.render(day, everything=True, file=out)
    listed = [line for line in out.getvalue().splitlines() if line.startswith("- Speaker ")]
    assert len(listed) == 300
    assert "…" not in "".join(line for line in out.getvalue().splitlines() if "word" in line)


def test_a_filtered_view_lists_every_match():
    day = _big_day(300)
    shown = text.select(day.rows, pair="US-RU")
    out = io.StringIO()
    text.render(day, shown=shown, what="pair US → RU", file=out)
    body = out.getvalue()
    assert body.splitlines()[0].startswith(
        f"Parley digest 2025-06-01 · pair US → RU · {len(shown)} statement"
    )
    assert body.count("\n- Speaker ") == len(shown) > 0
    assert "## US → RU" in body and "## RU → US" not in body


def test_an_empty_day_says_so():
    out = io.StringIO()
    text.render(Day(ds="2025-01-01", rows=[]), file=out)
    assert out.getvalue().startswith("Parley digest for 2025-01-01: no attributed statements.")


def test_csv_and_json_rows_round_trip():
    rows = text.select(ROWS, pair="RU")
    out = io.StringIO()
    assert text.write_rows(rows, "csv", out) == len(rows)
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["speaker"] for r in parsed] == [r["speaker"] for r in rows]
    assert parsed[0]["weight"] == "-4.0" and list(parsed[0]) == list(text.COLUMNS)

    out = io.StringIO()
    text.write_rows(rows, "json", out)
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [o["statement_type"] for o in objects] == [r["statement_type"] for r in rows]
    assert objects[0]["negated"] is False and objects[0]["weight"] == -4.0


def _streamed(rows: list[dict]):
    """``rows`` as :class:`text.DayRows` over an in-memory DuckDB table, in the same order."""
    import duckdb
    import pyarrow as pa

    con = duckdb.connect()
    table = pa.Table.from_pylist([{**r, "_i": i} for i, r in enumerate(rows)])
    con.register("given", table)
    con.execute("create table digest_rows as select * from given")  # cursors see tables
    return con, text.DayRows(con, "select * exclude (_i) from digest_rows order by _i")


@pytest.mark.parametrize("view", ["summary", "per-pair-1", "all"])
def test_the_digest_of_streamed_rows_is_the_digest_of_the_rows_in_memory(view, monkeypatch):
    """A pipeline run prints the summary of a day read from the warehouse a batch at a time
    (``text.streamed_day``: a 100,000-article day's rows never all in memory); it is the same,
    line for line, as the summary of the same rows held in a list."""
    monkeypatch.setattr(text, "READ_BATCH", 7)  # many batches
    day = _big_day(500)
    for i, r in enumerate(day.rows):  # roles and countries: the speakers table shows the first
        r["speaker_role"] = f"role {i % 5}" if i % 3 == 0 else None
        r["speaker_country"] = r["speaker_country"] if i % 4 else None
        r["speaker_countries"] = [r["speaker_country"]] if r["speaker_country"] else []
    con, rows = _streamed(day.rows)
    try:
        assert len(rows) == 500 and rows[3] == day.rows[3] and rows[5:8] == day.rows[5:8]
        streamed = Day(ds=day.ds, rows=rows, disputes=day.disputes, quality=day.quality)
        options = {"summary": {}, "per-pair-1": {"per_pair": 1}, "all": {"everything": True}}
        outs = []
        for d in (day, streamed):
            out = io.StringIO()
            text.render(d, file=out, **options[view])
            outs.append(out.getvalue())
        assert outs[0] == outs[1] and "## " in outs[0]
    finally:
        con.close()


@pytest.mark.parametrize(
    "columns",
    [
        ("statement_type",),
        ("speaker_party", "target_party"),
        ("speaker_party", "target_party", "statement_type", "weight"),
        ("speaker_actor", "speaker", "speaker_role", "speaker_country", "statement_type"),
    ],
)
def test_streamed_rows_narrowed_to_a_few_columns_are_the_same_rows_in_the_same_order(
    columns, monkeypatch
):
    """A summary pass that reads a few columns gets the same rows, in the same order (ties in
    the speakers' first role and the pairs' top types depend on it), holding only those."""
    monkeypatch.setattr(text, "READ_BATCH", 7)
    day = _big_day(200)
    con, rows = _streamed(day.rows)
    try:
        only = rows.only(*columns)
        assert len(only) == 200
        assert list(only) == [{c: r[c] for c in columns} for r in day.rows]
        assert text.narrowed(day.rows, *columns) is day.rows  # rows in memory: as they are
    finally:
        con.close()


def test_the_summary_of_streamed_rows_converts_whole_rows_only_for_the_rows_it_shows(
    monkeypatch,
):
    """The summary's counting passes (header, types, pairs, speakers, unknown sides) read the
    columns they count, not the day's whole rows: only the pass that picks the statements shown
    under each pair converts every column (a pass over every column cost three times as much
    on the corpus day)."""
    passes: list = []
    iterate = text.DayRows.__iter__

    def spy(self):
        passes.append(self.columns)
        return iterate(self)

    monkeypatch.setattr(text.DayRows, "__iter__", spy)
    day = _big_day(300)
    con, rows = _streamed(day.rows)
    try:
        text.render(Day(ds=day.ds, rows=rows, disputes=[], quality=day.quality), file=io.StringIO())
    finally:
        con.close()
    assert len(passes) >= 6
    assert passes.count(None) == 1  # the rows shown per pair
    assert all(p is not None and len(p) <= 7 for p in passes if p is not None)


# what came in: the inputs line never lets a quarantined input go unmentioned

INTAKE = text.Intake(
    articles=12,
    duplicates=2,
    not_english=1,
    rejects=(
        ("ingest", "invalid-json", 3),
        ("extract", "extraction-timeout", 2),
        ("fetch", "http-error", 1),
        ("ingest", "empty-text", 1),
        ("ingest", "too-large", 1),
        ("ingest", "not-a-regular-file", 1),
    ),
)


def test_the_inputs_line_counts_rejects_by_stage_and_reason_and_says_where_they_are():
    line = text.intake_line(INTAKE, "2025-06-01")
    assert line.startswith("Inputs: 12 articles ingested (2 duplicates, 1 not English)")
    assert "9 rejected: ingest invalid-json 3, extract extraction-timeout 2" in line
    assert ", 2 more reasons" in line  # only the largest TOP_REASONS are named, the rest counted
    assert line.endswith("(parley rejects --date 2025-06-01)")
    assert INTAKE.rejected == 9


@pytest.mark.parametrize(
    ("intake", "said"),
    [
        (text.Intake(articles=8, undated=5), "(5 undated: dated 2025-06-01, the ingestion date)"),
        (
            text.Intake(articles=28, duplicates=25, undated=1),
            "(25 duplicates, 1 undated: dated 2025-06-01, the ingestion date)",
        ),
        (text.Intake(articles=3), "Inputs: 3 articles ingested · none rejected"),
    ],
)
def test_the_inputs_line_says_how_many_articles_are_dated_by_ingestion(intake, said):
    """fresh12: five undated articles had their statements dated by the run and nothing said so."""
    assert said in text.intake_line(intake, "2025-06-01")


def test_a_day_without_rejects_says_none_were_rejected():
    line = text.intake_line(text.Intake(articles=1), "2025-06-01")
    assert line == "Inputs: 1 article ingested · none rejected"


@pytest.mark.parametrize(
    "intake, tail",
    [
        # a bad inbox run again the next day: 2 good files, 4 bad ones, all met before
        (
            text.Intake(already_ingested=2, already_rejected=4),
            "· none rejected · 2 already ingested and 4 already rejected on another date, "
            "not again",
        ),
        # a folder of articles published yesterday, run again: nothing new at all
        (
            text.Intake(already_ingested=40),
            "· none rejected · 40 already ingested on another date, not again",
        ),
        (
            text.Intake(already_rejected=3),
            "· none rejected · 3 already rejected on another date, not again",
        ),
        # new articles and rejects beside old ones
        (
            text.Intake(articles=5, rejects=(("ingest", "empty", 1),), already_ingested=7),
            "(parley rejects --date 2025-06-01) · 7 already ingested on another date, not again",
        ),
    ],
)
def test_the_inputs_line_counts_inputs_an_earlier_date_took(intake, tail):
    assert text.intake_line(intake, "2025-06-01").endswith(tail)


DS = "2025-03-04"
REJECT = {"stage": "ingest", "reason": "empty", "source": "inbox", "locator": "a.txt"}
EXTRACT_REJECT = {**REJECT, "stage": "extract", "reason": "extraction-timeout"}
AGAIN = "4 inputs already rejected on 2025-03-03, unchanged: not quarantined again (parley rejects --date 2025-03-03)"


@pytest.mark.parametrize(
    "account, rejects, lines",
    [
        # a bad inbox run again the next day: nothing ingested, nothing quarantined, all met before
        (
            text.InputAccount(
                sources=1,
                inputs=6,
                already_ingested=2,
                already_rejected=4,
                notes=(("inbox", AGAIN),),
            ),
            [],
            [
                f"No input of {DS} was quarantined.",
                "6 inputs: 0 articles ingested · 2 already ingested on another date · "
                "4 already rejected on another date, unchanged: not quarantined again",
                f"  inbox: {AGAIN}",
            ],
        ),
        # a clean day: the only day the short claim holds
        (
            text.InputAccount(sources=1, inputs=3, articles=3),
            [],
            [
                f"No input of {DS} was quarantined: every input became an article.",
                "3 inputs: 3 articles ingested",
            ],
        ),
        # feed items whose URLs were published yesterday beside new articles
        (
            text.InputAccount(sources=2, inputs=10, articles=7, already_ingested=3),
            [],
            [
                f"No input of {DS} was quarantined.",
                "10 inputs: 7 articles ingested · 3 already ingested on another date",
            ],
        ),
        # an empty inbox, and a source that could not be read at all
        (
            text.InputAccount(sources=1),
            [],
            [
                f"No input of {DS} was quarantined: no source delivered an input that day.",
                "0 inputs: 0 articles ingested",
            ],
        ),
        (
            text.InputAccount(
                sources=2, inputs=1, articles=1, source_errors=1, notes=(("feed", "HTTP 503"),)
            ),
            [],
            [
                f"No input of {DS} was quarantined.",
                "1 input: 1 article ingested · 1 source error",
                "  feed: HTTP 503",
            ],
        ),
        # rejects of the day: ingest's and extraction's, and hidden files skipped
        (
            text.InputAccount(sources=1, inputs=4, articles=3, rejects=1, skipped=2),
            [REJECT, EXTRACT_REJECT],
            [
                f"2 inputs of {DS} quarantined with a reason",
                "4 inputs: 3 articles ingested (1 of them then quarantined by extraction) · "
                "1 rejected by ingest or fetch · 2 skipped entries that are not inputs",
            ],
        ),
        # one entry skipped is said in the singular
        (
            text.InputAccount(sources=1, inputs=2, articles=2, skipped=1),
            [],
            [
                f"No input of {DS} was quarantined: every input became an article.",
                "2 inputs: 2 articles ingested · 1 skipped entry that is not an input",
            ],
        ),
        # a lake with no source day for the date: no account is made up
        (
            text.InputAccount(),
            [],
            [f"No input of {DS} was quarantined; no source recorded what it read that day."],
        ),
    ],
)
def test_parley_rejects_accounts_for_every_input_of_the_day(account, rejects, lines):
    assert text.account_lines(account, DS, rejects) == lines


def test_the_summary_and_an_empty_day_show_what_was_quarantined():
    out = io.StringIO()
    text.render(Day(ds="2025-06-01", rows=ROWS, intake=INTAKE), file=out)
    lines = out.getvalue().splitlines()
    assert lines[2].startswith("Inputs: 12 articles ingested")
    assert "9 rejected" in out.getvalue()
    # every input quarantined, no statement: the reasons are still there
    out = io.StringIO()
    only = text.Intake(rejects=(("extract", "extraction-crash", 4),))
    text.render(Day(ds="2025-06-02", rows=[], intake=only), file=out)
    assert "4 rejected: extract extraction-crash 4" in out.getvalue()


def test_the_header_counts_articles_by_id_not_by_title():
    # two wire copies under one headline are two articles; one article quoted twice is one
    rows = [
        row("Ann Vale", "GB", "FR", article="Talks resume", article_id="a1"),
        row("Ann Vale", "GB", "FR", article="Talks resume", article_id="a1"),
        row("Bo Lind", "SE", "FI", article="Talks resume", article_id="a2"),
        row("Cy Oduya", "KE", "UG", article="Border reopens", article_id="a3"),
    ]
    first = text.header(Day(ds="2025-06-01", rows=rows))
    assert "· 3 articles with statements ·" in first
    assert "· 4 statements ·" in first and "· 3 speakers ·" in first


def test_the_digest_reads_a_lake_written_before_the_reject_columns(data_dir, capsys):
    """A lake whose every rejects/source_days partition predates rejects.input_hash and
    source_days.already_rejected: `parley digest` and `parley rejects` read it as it is (the new
    columns null), no new run needed first."""
    import pyarrow.parquet as pq

    from parley import cli
    from parley.settings import get_settings
    from parley.storage import lake

    def row(table: str, **values) -> dict:
        return {**dict.fromkeys(schema.TABLES[table].names), **values}

    rejects = [
        row("rejects", reject_id=f"r{i}", source="inbox", locator=f"{i}.txt", stage="ingest")
        | {"reason": reason, "detail": "d"}
        for i, reason in enumerate(["empty", "empty", "not-utf8"])
    ]
    day = lake.publish_tables(
        "2025-02-25",
        {
            "rejects": schema.to_arrow("rejects", rejects),
            "source_days": schema.to_arrow(
                "source_days", [row("source_days", source_day_id="sd", source="inbox", items=3)]
            ),
        },
        get_settings(),
    )
    for table, added in (("rejects", "input_hash"), ("source_days", "already_rejected")):
        path = data_dir / "lake" / day.tables[table].path
        pq.write_table(pq.read_table(path).drop_columns([added]), path)

    assert cli.main(["digest", "--date", "2025-02-25"]) == 0
    out = capsys.readouterr().out
    assert "3 rejected: ingest empty 2, ingest not-utf8 1" in out
    assert cli.main(["rejects", "--date", "2025-02-25", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "stage,reason,source,locator,detail" and len(lines) == 4


# (speaker as written, speaker_name from the mart, speaker_kind, what the statement line shows)
NAMED = [
    ("Joseph R. Biden Jr.", "Joe Biden", "person", "Joe Biden (President, US)"),
    ("Biden", "Joe Biden", "person", "Joe Biden (President, US)"),
    ("Antony J. Blinken", "Antony Blinken", "person", "Antony Blinken (President, US)"),
    ("Department of State", "State Department", "institution", "State Department (President, US)"),
    ("Erdoğan", "Recep Tayyip Erdoğan", "person", "Recep Tayyip Erdoğan (President, US)"),
    ("two leaders", "two leaders", None, "\u201ctwo leaders\u201d (President, US)"),
    ("Experts", "Experts", None, "\u201cExperts\u201d (President, US)"),
]


@pytest.mark.parametrize(("speaker", "name", "kind", "shown"), NAMED)
def test_a_statement_line_names_the_canonical_speaker_and_marks_an_unresolved_one(
    speaker, name, kind, shown
):
    """The day's canonical name (``daily_digest.speaker_name``), never the article's short or
    long form; a speaker that resolved to no actor is quoted as the article's phrase."""
    r = row(speaker, "US", "RU", role="President", speaker_name=name, speaker_kind=kind)
    out = io.StringIO()
    text.render(Day(ds="2025-06-01", rows=[r]), everything=True, file=out)
    (line,) = [x for x in out.getvalue().splitlines() if x.startswith("- ")]
    assert line.startswith(f"- {shown} STATEMENT")
    if speaker != name:
        assert speaker not in line.replace(name, "")


def test_a_dispute_names_both_speakers_by_their_canonical_names():
    d = {
        "speaker": "Peskov",
        "speaker_name": "Dmitry Peskov",
        "speaker_country": "RU",
        "statement_type": "DENY",
        "disputed_speaker": "Joseph R. Biden Jr.",
        "disputed_speaker_name": "Joe Biden",
        "disputed_speaker_country": "US",
        "disputed_statement_type": "CLAIM",
        "subject": "troops",
        "link": "answers-quote",
    }
    assert text.speaker_label(d) == "Dmitry Peskov"
    assert text.speaker_label(d, "disputed_") == "Joe Biden"
    out = io.StringIO()
    day = Day(
        ds="2025-06-01", rows=[row("Peskov", "RU", "US", actor="Dmitry Peskov")], disputes=[d]
    )
    text.render(day, file=out)
    assert "Dmitry Peskov (RU) DENY" in out.getvalue() and "Joe Biden (US) CLAIM" in out.getvalue()
    assert "Joseph R. Biden" not in out.getvalue()


@pytest.mark.parametrize(
    ("kind", "disputed_kind", "shown", "disputed_shown"),
    [
        ("person", "person", "Dmitry Peskov", "Joe Biden"),
        ("person", None, "Dmitry Peskov", "\u201cJoe Biden\u201d"),
        (None, "country", "\u201cDmitry Peskov\u201d", "Joe Biden"),
        (None, None, "\u201cDmitry Peskov\u201d", "\u201cJoe Biden\u201d"),
        ("io", "description", "Dmitry Peskov", "Joe Biden"),
    ],
)
def test_a_disputes_unresolved_side_is_quoted_like_a_statements(
    kind, disputed_kind, shown, disputed_shown
):
    """disputes carries both sides' ``speaker_kind``: a side that resolved to no actor (kind
    null) prints as the article wrote it, in quotation marks, on either side of the dispute."""
    d = {
        "speaker": "Peskov",
        "speaker_name": "Dmitry Peskov",
        "speaker_kind": kind,
        "disputed_speaker": "Joseph R. Biden Jr.",
        "disputed_speaker_name": "Joe Biden",
        "disputed_speaker_kind": disputed_kind,
    }
    assert text.speaker_label(d) == shown
    assert text.speaker_label(d, "disputed_") == disputed_shown


@pytest.mark.parametrize(
    ("pair", "code", "said"),
    [
        ("XX-YY", 2, "no statement of 2025-02-25 has XX or YY on either side (--pair XX-YY)."),
        ("RUS", 2, "Did you mean RU?"),  # ISO alpha-3
        ("Russia-US", 2, "Did you mean RU?"),  # a country's name
        ("US-Britain", 2, "has BRITAIN on either side"),  # an alias of a party the day lacks
        ("NAT0-RU", 2, "Did you mean NATO?"),  # a misspelt organisation
        ("Rusia-US", 2, "Did you mean RU?"),  # a misspelt country name
        ("US-Russsia", 2, "Did you mean RU?"),
        ("Untied States-RU", 2, "Did you mean US?"),
        ("Frnace", 2, "Did you mean FR?"),
        ("US-RU", 0, ""),
        ("FR-US", 0, ""),  # both parties known, no statement between them: the filtered view
        ("?-?", 0, ""),
    ],
)
def test_a_pair_naming_a_party_the_day_lacks_says_which_parties_it_has(
    monkeypatch, capsys, pair, code, said
):
    """`parley digest --pair` with a party on neither side of any of the day's statements (a
    misspelt code, a name, an alpha-3 code) exits 2, as for any argument that names nothing,
    and says on stderr which parties the day has, the one it may have meant and a command that
    works; a known party prints the filtered view (exit 0)."""
    from parley import cli

    monkeypatch.setattr(cli, "_no_run", lambda ds, command: None)
    monkeypatch.setattr(text, "fetch_day", lambda ds: Day(ds=ds, rows=ROWS))
    assert cli.main(["digest", "--date", "2025-02-25", "--pair", pair]) == code
    out, err = capsys.readouterr()
    if code:
        assert out == "" and said in err
        assert "5 parties that day (? is an unknown side): FR, NATO, RU, US, ?" in err
        assert "The most quoted one, either side: parley digest --date 2025-02-25 --pair" in err
    else:
        assert err == "" and out.startswith("Parley digest 2025-02-25")


@pytest.mark.parametrize("insert_order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_the_days_disputes_come_in_one_order_whatever_the_marts_row_order(insert_order):
    """Two disputes between the same speakers (a spokesman declining two of one leader's claims)
    print in the order of their statement keys, not in the order the warehouse build left them."""
    import duckdb

    con = duckdb.connect()
    columns = ", ".join(f"{c} varchar" for c in text.DISPUTE_COLUMNS)
    con.execute(
        f"create table disputes (dt date, statement_id varchar, disputed_statement_id varchar, "
        f"{columns})"
    )
    rows = [
        ("s1", "d2", "Peskov", "Trump"),
        ("s1", "d1", "Peskov", "Trump"),
        ("s0", "d9", "Macron", "Trump"),
    ]
    for i in insert_order:
        sid, did, speaker, disputed = rows[i]
        values = {c: None for c in text.DISPUTE_COLUMNS}
        values |= {"speaker": speaker, "disputed_speaker": disputed, "subject": did}
        con.execute(
            f"insert into disputes values (date '2025-02-25', ?, ?, "
            f"{', '.join('?' for _ in text.DISPUTE_COLUMNS)})",
            [sid, did, *values.values()],
        )
    got = con.execute(text.DISPUTES_SQL, {"ds": "2025-02-25"}).fetchall()
    subject = text.DISPUTE_COLUMNS.index("subject")
    assert [r[subject] for r in got] == ["d9", "d1", "d2"]


def test_a_joint_speaker_shows_every_state_it_speaks_for():
    """ "France and Germany said": speaker_country FR, speaker_countries FR, DE — the digest
    prints both, in the statement line and in the most quoted speakers."""
    joint = row("France", "FR", "RU", "WARN", -3.0, speaker_countries=["FR", "DE"])
    alone = row("France", "FR", "RU", "CLAIM", 0.0, speaker_countries=["FR"])
    assert text.speaker_states(joint) == "FR + DE"
    assert text.speaker_states(alone) == text.speaker_states(row("France", "FR", "RU")) == "FR"
    assert text.speaker_states(row("Someone", None, None, speaker_countries=[])) is None
    (top,) = text.top_speakers([joint, joint, alone])
    assert top.country == "FR + DE"
    assert "- France (FR + DE) WARN" in text._statement(joint, 100, None)
    out = io.StringIO()
    text.write_rows([joint], "csv", out)
    (line,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert line["speaker_countries"] == '["FR","DE"]' and line["speaker_country"] == "FR"


@pytest.mark.parametrize("width", [40, 55, 64, 72, 100])
def test_a_command_the_digest_suggests_is_never_split_across_lines(width):
    quality = "Quality: passed with 1 warning; 238 checks; 1 source not read: inbox (parley quality --date 2025-06-01)"
    rows = [*ROWS, row("Someone else", "RU", None, "CLAIM", 0.0)]
    for day in (
        Day(ds="2025-06-01", rows=[], quality=quality, intake=INTAKE),
        Day(ds="2025-06-01", rows=rows, quality=quality, intake=INTAKE),
    ):
        out = io.StringIO()
        text.render(day, file=out, width=width)
        printed = out.getvalue()
        for command in (
            "parley quality --date 2025-06-01",
            "parley rejects --date 2025-06-01",
            *(["parley digest --date 2025-06-01 --pair '?'"] if day.rows else []),
        ):
            assert any(command in line for line in printed.splitlines()), (command, printed)
        # the words around a command still wrap at the width
        assert all(len(line) <= width for line in printed.splitlines() if "parley" not in line)


def test_a_long_pair_label_shortens_itself_not_the_headers_of_the_number_columns():
    long_pair = [
        row("Sergei Lavrov", "RU", "European Union External Action Service", "REJECT", -4.0)
    ] * 3
    out = io.StringIO()
    text.render(Day(ds="2025-06-01", rows=[*ROWS, *long_pair]), file=out, width=100)
    header = next(line for line in out.getvalue().splitlines() if line.startswith("pair"))
    assert header.split() == [
        "pair",
        "statements",
        "score",
        "conflictual",
        "cooperative",
        "most",
        "frequent",
        "types",
    ]


def test_every_csv_parley_writes_joins_a_list_column_the_same_way(tmp_path, monkeypatch, capsys):
    """A joint speaker's speaker_countries came out as FR|DE from `parley digest --format csv`,
    ['FR', 'DE'] from `parley sql --format csv` and [FR, DE] in the HTML digest's CSV export:
    every CSV writes a list as its JSON array (items joined by "|" were ambiguous when an item
    holds a "|": ops18), an empty list as []."""

    from parley.settings import get_settings
    from parley.storage import lake
    from tests.unit.storage.days import day_of_statements

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    settings = get_settings()
    day = [
        dict(statement_id=f"s{i}", speaker=f"Minister {i}", speaker_kind="person",
             speaker_country=states[0] if states else None, speaker_countries=states,
             target="Person 2", target_kind="person", target_country="RU", article=f"a{i}",
             quote_start=10, statement_type="CLAIM")
        for i, states in enumerate((["FR", "DE"], ["FR"], [], ["A|B", 'C, "D"']))
    ]  # fmt: skip
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", day), settings)
    expected = {"s0": '["FR","DE"]', "s1": '["FR"]', "s2": "[]", "s3": r'["A|B","C, \"D\""]'}

    for written in _every_csv_of(column="speaker_countries", settings=settings, capsys=capsys):
        assert written == expected


def test_every_csv_parley_writes_a_boolean_the_same_way(tmp_path, monkeypatch, capsys):
    """`negated` came out as True/False from `parley digest --format csv` and `parley sql
    --format csv` (Python's csv module) and as true/false from the HTML digest's CSV export
    (DuckDB's COPY): every CSV writes a boolean as true / false, a null one as the empty field."""

    from parley.settings import get_settings
    from parley.storage import lake
    from tests.unit.storage.days import day_of_statements

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    settings = get_settings()
    day = [
        dict(statement_id=f"s{i}", speaker=f"Minister {i}", speaker_kind="person",
             speaker_country="FR", target="Person 2", target_kind="person", target_country="RU",
             article=f"a{i}", quote_start=10, statement_type="DENY", negated=negated)
        for i, negated in enumerate((True, False))
    ]  # fmt: skip
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", day), settings)
    expected = {"s0": "true", "s1": "false"}

    for written in _every_csv_of(column="negated", settings=settings, capsys=capsys):
        assert written == expected


def test_every_csv_parley_writes_reads_as_duckdbs_own_copy(tmp_path, monkeypatch, capsys):
    """`parley sql --format csv` wrote values with Python's csv module: a TIMESTAMPTZ as
    "2025-03-04 10:30:00.250000+00:00" where DuckDB's own `COPY ... TO (FORMAT csv)` of the same
    query writes "2025-03-04 10:30:00.25+00", a REAL 0.1 as 0.10000000149011612, CRLF line ends:
    an analyst diffing the two saw different values. Every CSV Parley writes (`sql`, `digest`,
    `rejects` with --format csv) is now written by DuckDB: the same bytes as its COPY (lists aside,
    JSON arrays by contract)."""
    import duckdb

    from parley import cli
    from parley.settings import get_settings
    from parley.storage import lake, warehouse
    from tests.unit.storage.days import day_of_statements

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    settings = get_settings()
    day = [
        dict(statement_id=f"s{i}", speaker=f"Minister {i}", speaker_kind="person",
             speaker_country="FR", target="Person 2", target_kind="person", target_country="RU",
             article=f"a{i}", quote_start=10, statement_type="DENY", weight=weight,
             negated=bool(i), speaker_countries=["FR", "DE"][: i + 1])
        for i, weight in enumerate((-4.0, 0.1))
    ]  # fmt: skip
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", day), settings)

    def copied(query: str) -> str:
        """What DuckDB's own COPY writes for ``query``, on a warehouse connection."""
        out = tmp_path / "copy.csv"
        con = warehouse.connect(settings)
        try:
            con.execute(f"copy ({query}) to '{out}' (format csv, header)")
        finally:
            con.close()
        return out.read_text(encoding="utf-8")

    query = (
        "select statement_id, dt, cast(dt as timestamp) + interval 90 minutes as ts, "
        "cast(dt as timestamp) + interval '10 hours 30 minutes 250 milliseconds' as ts_ms, "
        "cast(cast(dt as timestamp) + interval 10 hours as timestamptz) as tstz, "
        "cast(weight as real) as weight_real, weight, negated, null::date as no_date, "
        "'' as empty_text, 'a \"quoted\", line\nbreak' as awkward from statements order by all"
    )
    assert cli.main(["sql", query, "--format", "csv"]) == 0
    printed = capsys.readouterr().out
    assert printed == copied(query)
    assert "+00:00" not in printed and "\r\n" not in printed and "2025-03-04 01:30:00" in printed

    # the digest's rows and the day's rejects: the same values DuckDB's COPY writes for them
    columns = ", ".join(
        "cast(to_json(speaker_countries) as varchar) as speaker_countries"
        if c == "speaker_countries"
        else c
        for c in text.COLUMNS
    )
    assert cli.main(["digest", "--date", "2025-03-04", "--format", "csv"]) == 0
    digest = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    expected = list(csv.DictReader(io.StringIO(copied(
        f"select {columns} from daily_digest where dt = date '2025-03-04'"
    ))))  # fmt: skip
    key = "statement_id"
    assert sorted(digest, key=lambda r: r[key]) == sorted(expected, key=lambda r: r[key])
    assert {r["weight"] for r in digest} == {"-4.0", "0.1"}

    # the same writer takes rows that did not come from the warehouse: nothing written but the
    # header for no row, and a Python float as DuckDB writes a DOUBLE
    out = io.StringIO()
    assert text.write_csv_rows([], ("a", "b"), out) == 0 and out.getvalue() == "a,b\n"
    out = io.StringIO()
    text.write_csv_rows([{"a": 1e-07, "b": None, "c": True}], ("a", "b", "c"), out)
    own = tmp_path / "own.csv"
    duckdb.sql(
        f"copy (select 1e-07::double as a, null as b, true as c) to '{own}' (format csv, header)"
    )
    assert out.getvalue() == own.read_text(encoding="utf-8")


def test_a_csv_written_to_a_text_file_keeps_every_character_whole():
    """``copy_csv`` to a file with no byte buffer (a StringIO, a file opened as text) decoded
    DuckDB's CSV 64 KiB at a time: a character whose UTF-8 bytes straddled two chunks raised
    UnicodeDecodeError. Rows of accented, CJK and emoji text, long enough to cross chunks at
    every offset of a 2-, 3- and 4-byte character, come out whole, LF line ends kept."""
    rows = [{"text": "x" * pad + "é中😀" * 30_000} for pad in range(4)]
    out = io.StringIO(newline="")
    assert text.write_csv_rows(rows, ("text",), out) == 4
    assert out.getvalue() == "text\n" + "".join(r["text"] + "\n" for r in rows)


def test_sql_keeps_two_columns_of_one_name_in_csv_and_json(tmp_path, monkeypatch, capsys):
    """break16: a self-join's list columns (``select a.speaker_countries, b.speaker_countries``)
    failed `parley sql --format csv` with DuckDB's 'Duplicate entry "speaker_countries" in
    REPLACE list', and --format json printed one key of the two (a dict keeps the last). Both
    now keep every column, the second named as DuckDB's own COPY names it (``_1``); a
    fixed-size ARRAY is a JSON array like a LIST."""
    from parley import cli
    from parley.settings import get_settings
    from parley.storage import lake
    from tests.unit.storage.days import day_of_statements

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    day = [
        dict(statement_id=f"s{i}", speaker=f"Minister {i}", speaker_kind="person",
             speaker_country="FR", target="Person 2", target_kind="person", target_country="RU",
             article=f"a{i}", quote_start=10, statement_type="DENY", weight=1.0,
             negated=False, speaker_countries=["FR", "DE"][: i + 1])
        for i in range(2)
    ]  # fmt: skip
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", day), get_settings())
    query = (
        "select a.statement_id, a.speaker_countries, b.speaker_countries, "
        "[1, 2]::int[2] as fixed from daily_digest a join daily_digest b "
        "on a.statement_id < b.statement_id"
    )
    assert cli.main(["sql", query, "--format", "csv"]) == 0
    assert capsys.readouterr().out == (
        'statement_id,speaker_countries,speaker_countries_1,fixed\ns0,"[""FR""]","[""FR"",""DE""]","[1,2]"\n'
    )
    assert cli.main(["sql", query, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "statement_id": "s0", "speaker_countries": ["FR"], "speaker_countries_1": ["FR", "DE"],
        "fixed": [1, 2],
    }  # fmt: skip


def test_sql_writes_a_time_with_a_zone_in_utc_on_any_machine(tmp_path, monkeypatch, capsys):
    """break16: on a machine in Tokyo `parley sql --format csv|json` wrote a TIMESTAMPTZ in the
    machine's zone ("2026-11-30 19:30:00+09") where the README promises "... 10:30:00+00" and
    every Parley time is UTC; the session is UTC now (as a digest CSV's own connection)."""
    import time
    from datetime import UTC, datetime

    from parley import cli
    from parley.settings import get_settings
    from parley.storage import lake
    from tests.unit.storage.days import day_of_statements

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", []), get_settings())
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        query = "select timestamptz '2026-11-30 10:30:00+00' as t"
        assert cli.main(["sql", query, "--format", "csv"]) == 0
        assert capsys.readouterr().out == "t\n2026-11-30 10:30:00+00\n"
        assert cli.main(["sql", query, "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out) == {"t": "2026-11-30 10:30:00+00"}
        out = io.StringIO()
        text.write_csv_rows([{"t": datetime(2026, 11, 30, 10, 30, tzinfo=UTC)}], ("t",), out)
        assert out.getvalue() == "t\n2026-11-30 10:30:00+00\n"
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize("width", [50, 64, 80])
def test_the_more_pairs_line_and_the_report_paths_are_never_broken(tmp_path, width):
    day = _big_day()
    deep = tmp_path / "a-data-folder-with-a-long-name" / "reports" / "digest"
    day.reports = {"HTML digest": deep / "2025-06-01.html"}
    out = io.StringIO()
    text.render(day, file=out, width=width)
    lines = out.getvalue().splitlines()
    assert any("parley digest --date 2025-06-01 --all" in line for line in lines), lines[-12:]
    assert any(line.endswith((deep / "2025-06-01.html").as_uri()) for line in lines), lines[-4:]


@pytest.mark.parametrize("width", [64, 80])
def test_short_pair_labels_stay_whole_when_the_line_is_narrow(width):
    out = io.StringIO()
    text.render(Day(ds="2025-06-01", rows=ROWS), file=out, width=width)
    table = out.getvalue().split("Top country pairs")[1].splitlines()[3:6]
    assert [line.split("  ")[0].strip() for line in table] == ["US → RU", "RU → NATO", "RU → US"]


def _every_csv_of(column: str, settings, capsys) -> list[dict]:
    """``{statement_id: column's CSV field}`` of 2025-03-04's statements as each CSV Parley writes
    them: ``parley digest --format csv``, ``parley sql --format csv`` and the HTML digest's export."""
    import duckdb

    from parley import cli
    from parley.digest import html

    def by_id(text_: str) -> dict:
        return {r["statement_id"]: r[column] for r in csv.DictReader(io.StringIO(text_))}

    written = []
    assert cli.main(["digest", "--date", "2025-03-04", "--format", "csv"]) == 0
    written.append(by_id(capsys.readouterr().out))
    query = f"select statement_id, {column} from statements order by all"
    assert cli.main(["sql", query, "--format", "csv"]) == 0
    written.append(by_id(capsys.readouterr().out))
    exported = settings.data_dir / "export.csv"
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        html.export_csv(con, query, {}, exported)
    finally:
        con.close()
    written.append(by_id(exported.read_text(encoding="utf-8")))
    return written


# a NaN or infinite float wherever a JSON line can hold one: alone, in a list, a struct, a map
NON_FINITE = (
    "select 'nan'::double as x, 'inf'::real as y, -1.5::double as z, "
    "[1.0, 'nan'::double, '-inf'::double] as xs, {'w': 'nan'::double, 's': 'NaN'} as st, "
    "map {'k': 'nan'::double} as m, [{'v': 'inf'::double}] as nested"
)
FINITE = {
    "x": None, "y": None, "z": -1.5, "xs": [1.0, None, None], "st": {"w": None, "s": "NaN"},
    "m": {"k": None}, "nested": [{"v": None}],
}  # fmt: skip


def _strict_json(line: str):
    """``line`` read as JSON proper: Python's reader takes NaN and Infinity, no other does."""

    def refuse(constant: str):
        raise ValueError(f"{constant} is not JSON")

    return json.loads(line, parse_constant=refuse)


def test_every_json_line_parley_writes_has_null_for_a_missing_float(tmp_path, monkeypatch, capsys):
    """ops18: `parley sql --format json` printed NaN for a missing float (Python's json.dumps;
    DuckDB's own to_json does the same), which no JSON reader but Python's takes. A NaN or
    infinite float is null now, at any depth, in `sql`, `digest` and `rejects` JSON lines; the
    string "NaN" stays a string."""
    from parley import cli
    from parley.settings import get_settings
    from parley.storage import lake
    from tests.unit.storage.days import day_of_statements

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    lake.publish_tables("2025-03-04", day_of_statements("2025-03-04", []), get_settings())
    assert cli.main(["sql", NON_FINITE, "--format", "json"]) == 0
    assert _strict_json(capsys.readouterr().out) == FINITE

    out = io.StringIO()  # the digest's and the rejects' rows: dicts from the warehouse
    given = [{"weight": float("nan"), "speaker_countries": ["FR"], "negated": False}]
    assert text.write_json_rows(given, ("weight", "speaker_countries", "negated"), out) == 1
    assert _strict_json(out.getvalue()) == {
        "weight": None, "speaker_countries": ["FR"], "negated": False
    }  # fmt: skip
    out = io.StringIO()
    text.write_rows([row("France", "FR", "RU", "WARN", float("inf"))], "json", out)
    line = _strict_json(out.getvalue())
    assert line["weight"] is None and list(line) == list(text.COLUMNS)


def test_a_list_in_a_csv_reads_back_whole_whatever_its_items_hold():
    """ops18: a list column was written to CSV as its items joined by "|", so ["A|B"] and
    ["A", "B"] wrote the same field. It is its JSON array now: every item back, whatever it
    holds ("|", comma, quote, bracket, a line break); [] for an empty list, the empty field for
    a null one, a NaN item null."""
    items = [["A|B"], ["A", "B"], ['C, "D"', "[E]", "F\nG"], [], None]
    out = io.StringIO()
    rows = [{"i": i, "xs": xs} for i, xs in enumerate(items)]
    assert text.write_csv_rows(rows, ("i", "xs"), out) == len(items)
    read = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [json.loads(r["xs"]) if r["xs"] else None for r in read] == items
    assert read[-1]["xs"] == "" and read[-2]["xs"] == "[]"
    out = io.StringIO()
    text.write_csv_rows([{"xs": [1.0, float("nan")]}], ("xs",), out)
    assert _strict_json(next(csv.DictReader(io.StringIO(out.getvalue())))["xs"]) == [1.0, None]


def test_the_sample_shows_a_statement_two_articles_carry_once():
    # two readouts of one call carry the same words: counted twice, shown once
    same = "Russia's disregard for the law demands a response"
    rows = [
        row("Wendy Sherman", "US", "RU", "CLAIM", quote=same, article="Readout 1"),
        row("Wendy Sherman", "US", "RU", "CLAIM", quote=same, article="Readout 2"),
        row("Wendy Sherman", "US", "RU", "DISPUTE", quote="condemned the decision"),
        row("Antony Blinken", "US", "RU", "CLAIM", quote=same),
    ]
    count, shown = text.pair_heads(rows, 3)["US → RU"]
    assert count == 4
    assert [(r["speaker"], r["statement_type"]) for r in shown] == [
        ("Wendy Sherman", "CLAIM"),
        ("Wendy Sherman", "DISPUTE"),
        ("Antony Blinken", "CLAIM"),
    ]
    out = io.StringIO()
    text.render(Day(ds="2025-06-01", rows=rows), file=out, width=100)
    assert out.getvalue().count("demands a response") == 2  # Sherman's once, Blinken's once
    assert "US → RU  (4 statements)" in out.getvalue()
