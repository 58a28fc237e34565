"""The HTML digest of a big day is written streamed (a 100,000-article day has ~750,000
statements: as dicts in memory, gigabytes); the page is the same, byte for byte, as the page
rendered from the rows held in lists."""

from __future__ import annotations

import random
from datetime import date

import duckdb
import pyarrow as pa
import pytest

from parley import schema
from parley.digest import html, text

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
                "statement_start": i,
            }
        )
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
