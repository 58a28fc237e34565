"""The HTML digest of a big day is written streamed (a 100,000-article day has ~750,000
statements: as dicts in memory, gigabytes); the page is the same, byte for byte, as the page
rendered from the rows held in lists. It lists the first rows of the largest pairs and counts the
rest (a 100,000-article day listed whole is a 400 MB page), with every row exported as CSV."""

from __future__ import annotations

import csv
import dataclasses
import random
from collections import Counter
from datetime import date

import duckdb
import pyarrow as pa
import pytest

from parley import schema
from parley.digest import html, text
from parley.settings import get_settings

DS = "2025-06-01"


def _tables(n: int) -> dict[str, pa.Table]:
    """The day's ``statements`` and ``disputes`` mart rows (the columns the page reads), with
    unknown and empty parties, pairs of equal size, and a row of another day."""
    rng = random.Random(11)
    parties = ["US", "RU", "UA", "FR", "NATO", "", None]
    statements = []
    for i in range(n):
        statements.append(
            {
                "dt": date.fromisoformat(DS) if i else date(2025, 5, 31),
                "statement_id": f"s{i}",
                "speaker": f"Speaker {rng.randrange(40)}",
                "speaker_actor": rng.choice([None, f"Actor {rng.randrange(20)}"]),
                "speaker_role": rng.choice([None, "minister"]),
                "speaker_country": rng.choice([None, "RU", "US"]),
                "speaker_party": rng.choice(parties),
                "target": rng.choice([None, "NATO", "Kyiv"]),
                "target_party": rng.choice(parties),
                "statement_type": rng.choice(schema.STATEMENT_TYPES),
                "cameo_code": "010",
                "plover_category": rng.choice([None, "AGREE"]),
                "weight": rng.choice([None, -4.0, 0.0, 3.4]),
                "negated": rng.random() < 0.1,
                "statement_text": " ".join(["word"] * rng.randrange(3, 30)) + f" <{i}>",
                "cue": "said",
                "article_title": f"Article {rng.randrange(max(1, n // 4))} & co",
                "statement_date": date(2025, 5, rng.randrange(1, 32)),
                "quote_start": i,
                "article_id": f"a{i % max(1, n // 3)}",  # no draw: the random rows stay as they were
                "statement_start": i,
            }
        )
    for s in statements:  # as the mart gives it: the speaker's states, speaker_country first
        s["speaker_countries"] = [s["speaker_country"]] if s["speaker_country"] else []
    disputes = [
        {
            "dt": date.fromisoformat(DS),
            "statement_id": f"s{i}",
            "disputed_statement_id": f"s{i + 1}",
            "statement_date": date(2025, 5, 20),
            "speaker": f"Speaker {i % 7}",
            "speaker_country": "RU",
            "statement_type": "DENY",
            "disputed_speaker": "Speaker 0",
            "disputed_speaker_country": None,
            "disputed_statement_type": "CLAIM",
            "subject": "troops",
            "link": "answers-quote",
            "quote_text": f"no <{i}>",
            "disputed_quote_text": "yes",
        }
        for i in range(0, n, 9)
    ]
    # the mart's name to print: here the speaker as written (no draw: the rows stay as they were)
    for r in statements:
        r["speaker_name"], r["speaker_kind"] = r["speaker"], "person"
    for d in disputes:
        d["speaker_name"], d["disputed_speaker_name"] = d["speaker"], d["disputed_speaker"]
        d["speaker_kind"], d["disputed_speaker_kind"] = "person", "person"  # as the mart has them
    return {
        "statements": pa.Table.from_pylist(statements),
        "disputes": pa.Table.from_pylist(disputes),
    }


@pytest.mark.parametrize("n", [1, 400])  # 1: only a row of another day
def test_the_streamed_page_is_the_page_of_the_rows_in_memory(n, monkeypatch):
    monkeypatch.setattr(text, "READ_BATCH", 13)
    con = duckdb.connect()
    try:
        for name, data in _tables(n).items():
            con.register("given", data)
            con.execute(f"create table {name} as select * from given")
            con.unregister("given")
        params = {"ds": DS}
        common = {"ds": DS, "timeline": [], "quality": "passed", "links": []}
        in_memory = {
            **common,
            "statements": [dict(r) for r in _rows(con, html.STATEMENTS_SQL, params)],
            "disputes": [dict(r) for r in _rows(con, html.DISPUTES_SQL, params)],
        }
        streamed = {
            **common,
            "statements": text.DayRows(con, html.STATEMENTS_SQL, params),
            "statements_by_pair": text.DayRows(con, html.STATEMENTS_BY_PAIR_SQL, params),
            "disputes": text.DayRows(con, html.DISPUTES_SQL, params),
        }
        page = html.render(in_memory)
        assert "\n".join(html.render_lines(streamed)) == page
        if n > 1:
            assert page.count("<h3>") > 5 and "<h3>? → ?" in page and "&lt;13&gt;" in page
    finally:
        con.close()


def _rows(con, sql, params):
    from parley.storage import warehouse

    return warehouse.rows(con, sql, params)


def test_the_inputs_section_lists_quarantined_inputs_by_stage_and_reason():
    intake = text.Intake(
        articles=9,
        duplicates=1,
        rejects=(("ingest", "invalid-json", 2), ("extract", "extraction-crash", 1)),
    )
    page = "\n".join(html.intake_section(intake, DS))
    assert "9 articles ingested (1 duplicate)" in page
    assert "3 inputs quarantined with a reason" in page
    assert f"parley rejects --date {DS}" in page
    assert "<td>ingest</td><td>invalid-json</td><td>2</td>" in page
    assert "<td>extract</td><td>extraction-crash</td><td>1</td>" in page
    undated = "\n".join(html.intake_section(text.Intake(articles=4, undated=2), DS))
    assert f"2 undated: their statements are dated {DS}, the ingestion date" in undated
    quiet = "\n".join(html.intake_section(text.Intake(articles=4), DS))
    assert "4 articles ingested; no input was rejected." in quiet


@pytest.mark.parametrize(
    "ingested, rejected, says, never",
    [
        (2, 4, ["Not ingested again: 2 inputs", "Not quarantined again: 4 inputs"], []),
        (1, 0, ["Not ingested again: 1 input whose"], ["Not quarantined again"]),
        (0, 3, ["Not quarantined again: 3 inputs"], ["Not ingested again"]),
    ],
)
def test_the_inputs_section_counts_inputs_an_earlier_date_took(ingested, rejected, says, never):
    # a re-run inbox: nothing new, every input counted as taken by another date
    intake = text.Intake(already_ingested=ingested, already_rejected=rejected)
    page = "\n".join(html.intake_section(intake, DS))
    assert "0 articles ingested; no input was rejected." in page
    assert all(s in page for s in says) and not any(s in page for s in never)


def test_the_page_counts_articles_by_id():
    rows = [
        {**r, "statement_id": f"s{i}", "article_id": aid, "article_title": "Same headline"}
        for i, (r, aid) in enumerate(
            zip(_tables(3)["statements"].to_pylist(), ["a1", "a2", "a2"], strict=True)
        )
    ]
    data = {"ds": DS, "timeline": [], "quality": "passed", "links": [], "disputes": []}
    page = html.render({**data, "statements": rows})
    assert "speakers in 2 articles;" in page


def test_a_day_of_one_of_each_is_counted_in_the_singular():
    """One statement by one speaker in one article, one pair, one dispute, one input rejected:
    no "1 articles", no "input(s)"; two of each take the plural."""
    (one,) = _tables(2)["statements"].to_pylist()[1:]
    (dispute,) = _tables(1)["disputes"].to_pylist()
    data = {"ds": DS, "timeline": [], "quality": "passed", "links": []}
    page = html.render({**data, "statements": [one], "disputes": [dispute]})
    assert "1 statement by 1 speaker in 1 article; 1 country pair; 1 dispute.</p>" in page
    other = {"statement_id": "s9", "speaker": "B", "speaker_actor": "B", "speaker_name": "B"}
    other["article_id"] = "a9"
    two = [one, {**one, **other}]
    page = html.render({**data, "statements": two, "disputes": [dispute, dispute]})
    assert "2 statements by 2 speakers in 2 articles; 1 country pair; 2 disputes.</p>" in page
    inputs = "\n".join(
        html.intake_section(text.Intake(articles=1, rejects=(("ingest", "empty", 1),)), DS)
    )
    assert "1 article ingested;" in inputs and "1 input quarantined with a reason" in inputs
    for page_text in (page, inputs):
        assert "(s)" not in page_text and not any(
            f" 1 {w}s" in page_text for w in ("article", "statement", "speaker", "dispute")
        )


def _warehouse(path, n: int):
    con = duckdb.connect(str(path))
    for name, data in _tables(n).items():
        con.register("given", data)
        con.execute(f"create table {name} as select * from given")
        con.unregister("given")
    # what the page's Inputs section reads: the day's articles, rejects, sources (none here)
    con.execute(
        "create table stg_articles (dt date, is_duplicate boolean, is_english boolean, "
        "published_at timestamptz); "
        "create table stg_rejects (dt date, stage varchar, reason varchar, source varchar, "
        "locator varchar, detail varchar); "
        "create table stg_source_days (dt date, already_ingested bigint, already_rejected bigint)"
    )
    return con


def _section(page: str) -> str:
    return page.split("<h2>Statements by country pair</h2>", 1)[1]


@pytest.mark.parametrize("rows, pairs", [(3, 5), (1, 100), (1000, 2)])
def test_a_page_lists_the_first_rows_of_the_largest_pairs_and_counts_the_rest(rows, pairs):
    con = _warehouse(":memory:", 400)
    try:
        params = {"ds": DS}
        everything = [dict(r) for r in _rows(con, html.STATEMENTS_SQL, params)]
        disputes = [dict(r) for r in _rows(con, html.DISPUTES_SQL, params)]
        limits = {"report_rows": rows, "report_pairs": pairs}
        common = {"ds": DS, "timeline": [], "quality": "passed", "links": [], **limits}
        page = html.render({**common, "statements": everything, "disputes": disputes})
        # the cut made in SQL (what write_report streams) is the cut made over the rows in memory
        listed = text.DayRows(
            con, html.STATEMENTS_LISTED_SQL, {**params, "rows": rows, "pairs": pairs}
        )
        streamed = {
            **common,
            "statements": text.DayRows(con, html.STATEMENTS_SQL, params),
            "statements_by_pair": listed,
            "disputes": text.DayRows(con, html.DISPUTES_SQL, params),
        }
        assert "\n".join(html.render_lines(streamed)) == page
    finally:
        con.close()
    sizes = Counter(html._pair(s) for s in everything)
    ranked = sorted(sizes, key=lambda p: (-sizes[p], p))
    body = _section(page)
    shown = ranked[:pairs]
    assert [h.split(" (")[0] for h in body.split("<h3>")[1:]] == [html.escape(p) for p in shown]
    assert body.count("<tr>") == sum(min(sizes[p], rows) for p in shown)
    for p in shown:  # each listed pair: its first rows in page order, then how many are left
        first = [s["statement_id"] for s in everything if html._pair(s) == p][:rows]
        block = body.split(f"<h3>{html.escape(p)} (")[1].split("<h3>")[0]
        assert block.count("<tr>") == len(first)
        for sid in first:
            assert f"&lt;{sid[1:]}&gt;" in block
        left = f"… and {sizes[p] - rows:,} more {html.escape(p)} statements"
        assert (left in block) == (sizes[p] > rows)
    rest = ranked[pairs:]
    assert (f"… and {len(rest):,} more country pairs" in body) == bool(rest)
    if rest:
        assert f"({sum(sizes[p] for p in rest):,} statements)" in body
    assert page.count("<tr><td>Speaker") - body.count("<tr>") == min(len(disputes), rows)
    assert (f"… and {len(disputes) - rows:,} more disputes" in page) == (len(disputes) > rows)


def test_a_day_within_the_limits_renders_as_without_limits():
    con = _warehouse(":memory:", 400)
    try:
        params = {"ds": DS}
        common = {
            "ds": DS,
            "timeline": [],
            "quality": "passed",
            "links": [],
            "statements": [dict(r) for r in _rows(con, html.STATEMENTS_SQL, params)],
            "disputes": [dict(r) for r in _rows(con, html.DISPUTES_SQL, params)],
        }
    finally:
        con.close()
    sizes = Counter(html._pair(s) for s in common["statements"])
    longest = max(*sizes.values(), len(common["disputes"]))
    within = {"report_rows": longest, "report_pairs": len(sizes)}
    unlimited = html.render({**common, "report_rows": 10**9, "report_pairs": 10**9})
    assert html.render({**common, **within}) == unlimited
    assert "… and" not in unlimited
    for limits in ({"report_rows": longest - 1}, {"report_pairs": len(sizes) - 1}):
        cut = html.render({**common, **limits})
        assert cut != unlimited and "… and 1 more" in cut


def test_write_report_exports_every_row_of_a_cut_section_beside_the_page(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    _warehouse(data / "warehouse.duckdb", 400).close()
    base = dataclasses.replace(get_settings(), data_dir=data)
    cut = dataclasses.replace(base, report_rows=3, report_pairs=5)
    page = html.write_report(DS, cut)
    folder = page.parent
    statements_csv = folder / f"{DS}-statements.csv"
    disputes_csv = folder / f"{DS}-disputes.csv"
    exported = list(csv.DictReader(statements_csv.open(encoding="utf-8")))
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        everything = _rows(con, html.STATEMENTS_SQL, {"ds": DS})
        disputes = _rows(con, html.DISPUTES_SQL, {"ds": DS})
    finally:
        con.close()
    # every statement of the day, in page order (largest pair first), with its pair
    sizes = Counter(html._pair(s) for s in everything)
    assert len(exported) == len(everything)
    assert [r["pair"] for r in exported] == sorted(
        (html._pair(s) for s in everything), key=lambda p: (-sizes[p], p)
    )
    assert {r["statement_id"] for r in exported} == {s["statement_id"] for s in everything}
    assert {r["statement_text"] for r in exported} == {s["statement_text"] for s in everything}
    assert len(list(csv.DictReader(disputes_csv.open(encoding="utf-8")))) == len(disputes)
    listing = page.read_text(encoding="utf-8")
    assert (
        f'<a href="{DS}-statements.csv">' in listing and f'<a href="{DS}-disputes.csv">' in listing
    )
    # the same day within the limits: no export, and a stale one is removed
    page = html.write_report(DS, base)
    assert not statements_csv.exists() and not disputes_csv.exists()
    assert ".csv" not in page.read_text(encoding="utf-8")
    assert not list(folder.glob(".*.tmp"))


def test_a_page_that_fails_midway_leaves_the_old_page_and_no_temporary_file(tmp_path):
    from parley.digest.page import write_atomic, write_atomic_lines

    path = tmp_path / "reports" / "day.html"
    write_atomic(path, "<p>old</p>")  # creates the folder
    assert path.read_text(encoding="utf-8") == "<p>old</p>"

    def lines():
        yield "<p>new"
        raise RuntimeError("the page could not be built")

    with pytest.raises(RuntimeError):
        write_atomic_lines(path, lines())
    assert path.read_text(encoding="utf-8") == "<p>old</p>"
    assert [p.name for p in path.parent.iterdir()] == ["day.html"]
    with pytest.raises(UnicodeEncodeError):  # a lone surrogate cannot be written as UTF-8
        write_atomic(path, "<p>\ud800</p>")
    assert path.read_text(encoding="utf-8") == "<p>old</p>"
    assert [p.name for p in path.parent.iterdir()] == ["day.html"]
    write_atomic_lines(path, ["<p>new", "</p>"])
    assert path.read_text(encoding="utf-8") == "<p>new\n</p>"


def test_a_statement_row_shows_the_canonical_name_and_quotes_an_unresolved_speaker():
    """``speaker_name`` (the day's canonical actor), not the article's form; a speaker that
    resolved to no actor is quoted as the article's phrase."""
    tables = _tables(40)
    rows = tables["statements"].to_pylist()
    for r in rows:
        r["speaker"] = "Joseph R. Biden Jr." if r["speaker_actor"] else "two leaders"
        r["speaker_name"] = "Joe Biden" if r["speaker_actor"] else "two leaders"
        r["speaker_kind"] = "person" if r["speaker_actor"] else None
    page = html.render(
        {"ds": DS, "timeline": [], "quality": "passed", "links": [], "disputes": [],
         "statements": [r for r in rows if r["dt"] == date.fromisoformat(DS)]}
    )  # fmt: skip
    assert "<tr><td>Joe Biden<br>" in page and "<tr><td>\u201ctwo leaders\u201d<br>" in page
    assert "Joseph R. Biden" not in page


@pytest.mark.parametrize(
    ("label", "cameo", "plover", "negated", "shown"),
    [
        # PLOVER's category shares a word with the labels: named, it is not a second label
        ("DISPUTE", "111", "ACCUSE", False, "CAMEO 111 · PLOVER ACCUSE</small>"),
        ("REJECT", "120", "REJECT", False, "CAMEO 120 · PLOVER REJECT</small>"),
        ("SUPPORT", "051", "SUPPORT", False, "CAMEO 051 · PLOVER SUPPORT</small>"),
        ("CLAIM", "010", None, True, "CAMEO 010 · negated</small>"),
    ],
)
def test_a_statement_row_names_the_plover_category_as_plover(label, cameo, plover, negated, shown):
    """The code line under a statement's label: the CAMEO code, PLOVER's category named as
    PLOVER's ("DISPUTE · CAMEO 111 · ACCUSE" read as two labels of ours), and "negated"."""
    rows = [r for r in _tables(2)["statements"].to_pylist() if r["dt"] == date.fromisoformat(DS)]
    rows[0] |= {
        "statement_type": label,
        "cameo_code": cameo,
        "plover_category": plover,
        "negated": negated,
    }
    page = html.render(
        {"ds": DS, "timeline": [], "quality": "passed", "links": [], "disputes": [],
         "statements": rows}
    )  # fmt: skip
    assert shown in page


def test_the_country_pairs_chart_has_a_colour_key():
    """The matrix's colours are the pairs' mean cooperation–conflict weight: a key names the
    colours of −5 and below, 0 and +5 and above (a reader had only the title to go by)."""
    from parley.digest import page as html_page

    rows = [r for r in _tables(40)["statements"].to_pylist() if r["dt"] == date.fromisoformat(DS)]
    page = html.render(
        {"ds": DS, "timeline": [], "quality": "passed", "links": [], "disputes": [],
         "statements": rows}
    )  # fmt: skip
    chart = page.split("Country pairs (colour: mean cooperation–conflict weight)</h3>", 1)[1]
    key = chart.split('<p class="legend">', 1)[1].split("</p>", 1)[0]
    for score, said in (
        (-5.0, "−5 or below: conflict"),
        (0.0, "0: neutral"),
        (5.0, "+5 or above: cooperation"),
    ):
        assert f"background:{html_page.tone_colour(score)};" in key and said in key


def test_the_page_counts_a_description_once_per_article_as_the_terminal_digest_does():
    """ "spokesman" quoted in two articles is two speakers (text.speaker_key), on the page too."""
    (one,) = _tables(2)["statements"].to_pylist()[1:]
    spokesman = {**one, "speaker": "spokesman", "speaker_actor": "spokesman"}
    spokesman.update(speaker_name="spokesman", speaker_kind="description")
    two = [spokesman, {**spokesman, "statement_id": "s9", "article_id": "a9"}]
    data = {"ds": DS, "timeline": [], "quality": "passed", "links": [], "disputes": []}
    page = html.render({**data, "statements": two})
    assert "2 statements by 2 speakers in 2 articles" in page
    page = html.render({**data, "statements": [spokesman, {**spokesman, "statement_id": "s9"}]})
    assert "2 statements by 1 speaker in 1 article" in page


def test_a_joint_speaker_is_shown_with_every_state_it_speaks_for():
    (one,) = _tables(2)["statements"].to_pylist()[1:]
    joint = {**one, "speaker_role": None, "speaker_country": "FR"}
    joint["speaker_countries"] = ["FR", "DE"]
    data = {"ds": DS, "timeline": [], "quality": "passed", "links": [], "disputes": []}
    assert "<small>FR + DE</small>" in html.render({**data, "statements": [joint]})


def test_the_country_pairs_chart_gathers_the_parties_beyond_its_size_and_says_so():
    """Fresh-user report: a speaker whose only target was not among the columns shown got an
    empty row, and the page did not say that cells were left out. Beyond MAX_PAIRS parties the
    smallest are gathered in an "others" row or column, named in its tooltip and counted in a
    note: every statement with both parties known stays in the matrix."""
    (one,) = _tables(2)["statements"].to_pylist()[1:]
    rows = []
    # 13 target states, target i given 20 - i statements by RU; then PL's one statement at BY
    targets = ["UA", "US", "DE", "FR", "GB", "CN", "JP", "IN", "TR", "IR", "IL", "EG", "SA"]
    for i, t in enumerate(targets):
        for k in range(20 - i):
            rows.append(
                {**one, "statement_id": f"s{t}{k}", "speaker_party": "RU", "target_party": t}
            )
    rows.append({**one, "statement_id": "sPL", "speaker_party": "PL", "target_party": "BY"})
    chart = html.pairs_chart(rows)
    assert html.MAX_PAIRS == 12  # the numbers below assume 11 parties shown + "others"
    # PL's only statement is in the others column of its row, not dropped
    assert "<title>PL → others: 1 statement, mean weight" in chart
    assert "<title>others: BY, EG, SA</title>" in chart
    note = chart.split('id="chart-pairs-others">', 1)[1].split("</p>", 1)[0]
    # EG: 9, SA: 8, BY: 1
    assert note == (
        "Top 11 parties per axis shown; 3 target parties with fewer statements are gathered in "
        '"others" (18 statements).'
    )
    # a day that fits the matrix has no others row, column or note
    small = html.pairs_chart(rows[:30])
    assert "others" not in small and "chart-pairs-others" not in small
