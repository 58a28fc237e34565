"""The quality suites as declarations: every table has one, the derived checks compute the right
verdicts on tiny inputs, and the completeness rule flags a quiet source (and only that)."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pyarrow as pa
import pytest

from parley import pipeline, quality, schema
from parley.quality import checks, completeness, gx, plausibility
from parley.quality import suites as suite_catalogue
from parley.settings import get_settings
from tools import learn_ranges

TEXT = "Peskov said: “No.” 🇺🇦 Kyiv replied “Yes”."  # a flag emoji: 2 code points, 1 glyph


def _inputs(**kw) -> checks.SuiteInputs:
    return checks.SuiteInputs(ds="2025-03-10", tables={}, settings=get_settings(), **kw)


def _span_flags(rows: list[dict], optional: bool = False) -> tuple[list[bool], list[bool]]:
    found = checks.span("x", "s", "e", "t", optional=optional)
    df = pd.DataFrame(rows, columns=["article_id", "s", "e", "t"])
    out = found[0].derive(df, _inputs(texts={"a1": TEXT}))
    return list(out["_x_inside_article"]), list(out["_x_matches_text"])


def test_every_staged_table_has_a_suite_and_every_suite_names_its_key():
    suites = suite_catalogue.suites(ranges={})
    assert set(pipeline.STAGED_TABLES) <= set(suites)
    for name, suite in suites.items():
        names = [c.name for c in suite.checks]
        assert len(names) == len(set(names)), f"{name}: check names must be unique"
        assert all(c.severity in (quality.CRITICAL, quality.WARNING) for c in suite.checks)
        if name in schema.TABLES:
            assert suite.key == schema.KEYS[name]


def test_a_table_without_a_declared_suite_still_gets_its_structure_checked(monkeypatch):
    statements = pa.schema([("statement_id", pa.string()), ("article_id", pa.string())])
    monkeypatch.setitem(schema.TABLES, "statements", statements)
    monkeypatch.setitem(schema.KEYS, "statements", "statement_id")
    suite = suite_catalogue.suites(ranges={})["statements"]
    names = {c.name for c in suite.checks}
    assert {"columns_match_schema", "key_unique", "type_statement_id", "article_exists"} <= names
    assert "quality_runs" not in suite_catalogue.suites(ranges={})


def test_structure_follows_schema_py_column_by_column():
    by_name = {c.name: c for c in checks.structure("quotes")}
    assert by_name["columns_match_schema"].kwargs["column_set"] == schema.QUOTES.names
    assert by_name["type_quote_start"].kwargs["type_"] == "int64"
    assert by_name["type_confidence"].kwargs["type_"] == "float64"
    assert by_name["type_quote_text"].kwargs["type_"] == "str"
    assert {f"type_{n}" for n in schema.QUOTES.names} <= set(by_name)
    assert all(c.severity == quality.CRITICAL for c in by_name.values())


@pytest.mark.parametrize(
    ("row", "inside", "matches"),
    [
        ({"s": 13, "e": 18, "t": "“No.”"}, True, True),
        ({"s": 22, "e": 26, "t": "Kyiv"}, True, True),  # after the 2-code-point flag
        ({"s": 23, "e": 27, "t": "Kyiv"}, True, False),  # off by one
        ({"s": 13, "e": 99, "t": "“No.”"}, False, False),  # past the end
        ({"s": -1, "e": 4, "t": "Pesk"}, False, False),
        ({"s": 5, "e": 5, "t": ""}, False, False),  # empty span
        ({"s": None, "e": None, "t": None}, False, False),  # required span missing
    ],
)
def test_span_checks_use_python_string_offsets(row, inside, matches):
    assert _span_flags([{"article_id": "a1", **row}]) == ([inside], [matches])


def test_span_of_an_unknown_article_fails_and_optional_spans_may_be_absent():
    assert _span_flags([{"article_id": "zz", "s": 0, "e": 6, "t": "Peskov"}]) == ([False], [False])
    assert _span_flags([{"article_id": "a1", "s": None, "e": None, "t": None}], True) == (
        [True],
        [True],
    )


def test_speaker_xor_reason():
    df = pd.DataFrame(
        {
            "speaker": ["Dmitry Peskov", None, None, "Sergei Lavrov"],
            "unattributed_reason": [None, "no-cue", None, "no-cue"],
        }
    )
    assert suite_catalogue._speaker_or_reason(df, _inputs())["_speaker_xor_reason"] == [
        True,
        True,
        False,
        False,
    ]


def _history(days: dict[str, list[int]]) -> tuple[pd.DataFrame, list[str]]:
    """{source: counts per history day, 0 = silent that day} → (history rows, dates)."""
    n_days = max(len(v) for v in days.values())
    dates = [f"2025-03-{d:02d}" for d in range(1, n_days + 1)]
    rows = [
        {"source": src, "dt": dates[i], "n": n}
        for src, counts in days.items()
        for i, n in enumerate(counts)
        if n
    ]
    return pd.DataFrame(rows, columns=["source", "dt", "n"]), dates


def _source_days(today: list[str], days: dict[str, list[int]], quiet_ok=()) -> pd.DataFrame:
    history, dates = _history(days)
    settings = dataclasses.replace(get_settings(), quiet_sources_ok=frozenset(quiet_ok))
    inputs = checks.SuiteInputs(
        ds="2025-03-10",
        tables={"articles": pd.DataFrame({"source": today})},
        settings=settings,
        history=history,
        history_dates=dates,
    )
    return completeness.source_completeness_table(inputs).set_index("source")


def test_a_daily_source_that_goes_silent_is_critical():
    out = _source_days(["Reuters"] * 9, {"Reuters": [9, 8, 10, 9, 9, 7], "BBC": [4] * 6})
    assert not out.loc["BBC", "_source_not_quiet"]
    assert not out.loc["BBC", "_source_volume_plausible"]
    assert out.loc["Reuters", "_source_not_quiet"]
    assert out.loc["Reuters", "_source_volume_plausible"]


def test_irregular_sources_new_sources_and_short_history_do_not_block():
    # a weekday-only source is silent 2 days in 7: its silence today is a warning at most
    weekdays = _source_days([], {"Gov": [3, 3, 3, 3, 3, 0, 0]})
    assert weekdays.loc["Gov", "_source_not_quiet"]
    assert not weekdays.loc["Gov", "_source_volume_plausible"]
    # a new source, and a history too short to judge
    assert _source_days(["New"], {"Old": [1, 1, 1, 1, 1]}).loc["New", "_source_not_quiet"]
    assert _source_days([], {"Old": [5, 5, 5]}).loc["Old", "_source_not_quiet"]


def test_a_source_known_to_have_stopped_is_only_a_warning():
    out = _source_days([], {"Retired": [5] * 7}, quiet_ok=["Retired"])
    assert out.loc["Retired", "_source_not_quiet"]
    assert not out.loc["Retired", "_source_volume_plausible"]


def test_low_volume_warns_against_the_median_of_active_days():
    out = _source_days(["A"] * 2, {"A": [10, 9, 11, 10, 12, 10]})  # 2 < 25% of 10
    assert out.loc["A", "_source_not_quiet"] and not out.loc["A", "_source_volume_plausible"]
    out = _source_days(["A"] * 3, {"A": [10, 9, 11, 10, 12, 10]})  # 3 >= 2.5
    assert out.loc["A", "_source_volume_plausible"]


def test_iso_country_codes_are_the_iso_3166_alpha_2_list():
    codes = checks.iso_country_codes()
    assert {"UA", "RU", "US", "FR", "GB", "PS", "SS"} <= set(codes)
    assert not {"EU", "UN", "ZZ", "XK", "001"} & set(codes)
    assert 240 <= len(codes) <= 250


def test_to_frame_keeps_integer_columns_integer_when_they_hold_nulls():
    t = pa.table({"n": pa.array([1, None], pa.int64()), "b": pa.array([True, None])})
    df = gx.to_frame(t)
    assert str(df["n"].dtype) == "Int64" and str(df["b"].dtype) == "boolean"


# ---------------------------------------------------------------------------------------------
# plausibility: the metrics and the learning method


def _corpus(n: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """n articles of 100 words; article i has i % 5 quotes (one unattributed when it has any)
    and 10 entities."""
    articles = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(n)],
            "source": "test",
            "text": [" ".join(["word"] * 100)] * n,
            "duplicate_of": [None] * n,
            "language": ["en"] * n,
        }
    )
    quotes = pd.DataFrame(
        [
            {
                "article_id": f"a{i}",
                "quote_text": "a b c",
                "speaker": None if j == 0 else "Someone",
            }
            for i in range(n)
            for j in range(i % 5)
        ]
    )
    entities = pd.DataFrame([{"article_id": f"a{i}"} for i in range(n) for _ in range(10)])
    return articles, entities, quotes


def test_article_stats_counts_what_the_checks_read():
    articles, entities, quotes = _corpus(10)
    articles.loc[9, "duplicate_of"] = "a0"  # duplicates are not extracted: not counted
    stats = plausibility.article_stats(articles, entities, quotes).set_index("article_id")
    assert len(stats) == 9
    assert stats.loc["a3", "n_quotes"] == 3 and stats.loc["a3", "n_unattributed"] == 1
    assert stats.loc["a0", "n_quotes"] == 0
    assert stats.loc["a1", "entities_per_1k_words"] == pytest.approx(100.0)


def test_learned_ranges_are_quantiles_of_the_corpus_and_round_trip(tmp_path):
    articles, entities, quotes = _corpus(200)
    ranges = {r.metric: r for r in learn_ranges.learn(articles, entities, quotes, "unit test")}
    per_article = ranges["quotes_per_article"]
    assert (per_article.low, per_article.median, per_article.high) == (0, 2, 4)
    assert ranges["quote_words"].low == ranges["quote_words"].high == 3
    day = ranges["mean_quotes_per_article"]
    assert day.level == "day" and day.min_articles == learn_ranges.DAY_SIZE
    assert day.low < 2.0 < day.high  # the true mean lies inside the simulated days' range
    share = ranges["unattributed_share"]
    assert share.low <= 160 / 400 <= share.high  # 160 unattributed of 400 quotes
    path = learn_ranges.write_ranges(list(ranges.values()), tmp_path / "r.csv")
    assert plausibility.load_ranges(path) == ranges


def test_a_kind_of_text_widens_the_ranges_of_what_it_holds_but_not_attribution():
    """Day-level quotations and names per article are a property of the kind of text: a corpus
    of another kind (here: twice the names, quotations in half the articles, none of them with
    a speaker) widens their range to cover its days; the share of quotations without a speaker
    stays the news corpus's, so a kind whose speakers extraction misses still warns."""
    articles, entities, quotes = _corpus(200)
    news = {r.metric: r for r in learn_ranges.learn(articles, entities, quotes, "unit test")}
    k_articles, k_entities, k_quotes = _corpus(200)
    k_entities = pd.concat([k_entities, k_entities])  # twice the names: 200 per 1,000 words
    k_quotes = k_quotes[k_quotes["article_id"].isin([f"a{i}" for i in range(0, 200, 2)])]
    k_quotes = k_quotes.assign(speaker=None)  # every quotation of this kind unattributed
    kind = learn_ranges.Corpus("statements", k_articles, k_entities, k_quotes)
    both = {
        r.metric: r
        for r in learn_ranges.learn(articles, entities, quotes, "unit test", kinds=[kind])
    }
    assert both["mean_entities_per_1k_words"].low == news["mean_entities_per_1k_words"].low == 100
    assert both["mean_entities_per_1k_words"].high == 200
    assert both["mean_quotes_per_article"].low < news["mean_quotes_per_article"].low
    assert "news and statements" in both["mean_quotes_per_article"].method
    assert both["unattributed_share"] == news["unattributed_share"]
    for metric in ("quotes_per_article", "entities_per_1k_words", "quote_words"):
        assert both[metric] == news[metric]  # article and quote level: news


def test_the_shipped_ranges_cover_every_metric_and_say_where_they_come_from():
    ranges = plausibility.load_ranges()
    assert set(ranges) == {
        "quotes_per_article",
        "entities_per_1k_words",
        "quote_words",
        "mean_quotes_per_article",
        "mean_entities_per_1k_words",
        "unattributed_share",
    }
    for r in ranges.values():
        assert r.low <= r.median <= r.high
        assert "python -m tools.learn_ranges" in r.source and r.sample_size > 1000
        assert "articles/" in r.source and "diplomatic/" in r.source


@pytest.mark.parametrize(
    ("code", "ok"),
    [("01", True), ("042", True), ("0421", True), ("20", True), ("190", True)]
    + [("00", False), ("21", False), ("4", False), ("04211", False), ("0a", False)],
)
def test_cameo_code_shape(code, ok):
    import re

    assert bool(re.match(checks.CAMEO_CODE, code)) is ok
