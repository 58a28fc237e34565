"""The ``parley`` command's help says what an analyst needs to read it right."""

from __future__ import annotations

import pytest

from parley import cli


@pytest.mark.parametrize("command", ["digest", "report", "rejects"])
def test_date_is_said_to_be_the_ingestion_date_not_the_articles(command, capsys):
    """Every command reads the ingestion date a run published (the README's "Querying"); an
    analyst who gave an article's publication date found nothing and was not told why."""
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "the ingestion date a run published" in said
    assert "not the articles' publication dates" in said


def test_pair_help_names_the_codes_the_digest_prints(capsys):
    with pytest.raises(SystemExit):
        cli.main(["digest", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "ISO codes, GB not UK" in said and "its parties are listed, exit 2" in said


@pytest.mark.parametrize(
    ("argv", "verbose"),
    [
        (["extract-quotes", "-v", "in.jsonl", "out.jsonl"], True),
        (["extract-quotes", "in.jsonl", "out.jsonl", "--verbose"], True),
        (["-v", "extract-quotes", "in.jsonl", "out.jsonl"], True),
        (["extract-quotes", "in.jsonl", "out.jsonl"], False),
        (["digest", "-v", "--date", "2026-11-02"], True),
        (["-v", "digest", "--date", "2026-11-02"], True),
        (["rejects", "--verbose"], True),
        (["quality"], False),
    ],
)
def test_verbose_is_taken_before_or_after_the_command(argv, verbose):
    """extract-quotes' summary says "(-v lists them)" and a user puts -v after the command:
    every subcommand takes -v/--verbose as the top level does, and one given before the
    command is not reset by a subcommand without it."""
    assert cli.build_parser().parse_args(argv).verbose is verbose


@pytest.mark.parametrize(
    ("ds", "days", "nearest"),
    [
        ("2026-11-15", ["2026-12-01", "2026-12-02", "2026-12-06"], "2026-12-01"),
        ("2026-12-04", ["2026-12-01", "2026-12-02", "2026-12-07"], "2026-12-02"),
        ("2026-12-04", ["2026-12-02", "2026-12-06"], "2026-12-06"),  # as near: the later one
        ("2026-12-30", ["2026-12-01", "2026-12-06"], "2026-12-06"),
        ("2026-12-02", ["2026-12-02"], None),  # only the date itself
        ("2026-12-02", [], None),
    ],
)
def test_a_date_without_statements_points_to_the_nearest_date_with_some(ds, days, nearest):
    """`parley digest --date 2026-11-15` (no run) pointed to the latest published date, which
    had no statements either: the pointer is the nearest date that has statements."""
    from parley.digest import text

    assert text.closest_date(ds, days) == nearest


@pytest.mark.parametrize(
    ("nearest", "said"),
    [
        ("2026-12-01", "the nearest date with statements is 2026-12-01: parley digest --date "),
        (None, "no published date has statements"),
    ],
)
def test_a_date_no_run_published_names_the_nearest_date_with_statements(monkeypatch, nearest, said):
    from parley.digest import text
    from parley.storage import lake

    monkeypatch.setattr(lake, "published", lambda: ["2026-12-01", "2026-12-04"])
    monkeypatch.setattr("parley.quality.verdict", lambda ds: None)
    monkeypatch.setattr(text, "nearest_date", lambda ds: nearest)
    message = cli._no_run("2026-11-15", "digest")
    assert message.startswith("parley digest: no run for 2026-11-15: no run published that date")
    assert said in message
    assert "2026-12-04" not in message  # the latest published date, which has no statements


@pytest.mark.parametrize(
    ("argv", "latest", "said"),
    [
        (
            ["quality", "--date", "2026-11-30"],
            {"ds": "2026-12-01"},
            "No quality checks recorded for 2026-11-30. The latest date checked is 2026-12-01: "
            "parley quality --date 2026-12-01",
        ),
        (
            ["quality", "--date", "2026-11-30"],
            None,
            "No quality checks recorded for 2026-11-30. Nothing has been checked yet: run "
            "`make run` (or the news_daily DAG) first.",
        ),
        (
            ["quality"],
            None,
            "No quality checks recorded for any date. Nothing has been checked yet: run "
            "`make run` (or the news_daily DAG) first.",
        ),
    ],
)
def test_quality_on_a_date_never_checked_names_the_latest_date_checked(
    monkeypatch, capsys, argv, latest, said
):
    """`parley quality --date D` for a date never validated exits 2 and points to the latest
    date that was (as `digest` points to the latest published one), or says nothing was."""
    monkeypatch.setattr("parley.quality.verdict", lambda ds: None if ds else latest)
    assert cli.main(argv) == 2
    assert capsys.readouterr().out.strip() == said


@pytest.mark.parametrize(
    ("line", "problem", "bad"),
    [
        # break18: a binary file gave "invalid JSON" on every line and "0 lines with bytes not
        # UTF-8" in the summary
        (
            b"\x9c\xff\x00\x81garbage",
            "invalid JSON (Expecting value: line 1 column 1 (char 0)); 3 bytes not UTF-8",
            3,
        ),
        (b'[1, "\xe9"]', "not a JSON object (a list); 1 byte not UTF-8", 1),
        (b'{"doc_id": "d", "title": "Caf\xe9"}', "no string 'text'; 1 byte not UTF-8", 1),
        # what is UTF-8 keeps its problem as it was, and a readable line its count
        (
            b"{not json",
            "invalid JSON (Expecting property name enclosed in double quotes: line 1 "
            "column 2 (char 1))",
            0,
        ),
        (b'{"doc_id": "d", "text": "Caf\xe9 talks"}', None, 1),
    ],
)
def test_a_line_not_read_says_which_bytes_are_not_utf8(tmp_path, line, problem, bad):
    src = tmp_path / "in.jsonl"
    # a UTF-8 first line keeps the file UTF-8 read line by line (not one legacy codec)
    src.write_bytes('{"doc_id": "u", "text": "Erdoğan said so."}\n'.encode() + line + b"\n")
    first, (lineno, _, _, got_problem, got_bad) = list(cli._contract_lines(str(src)))
    assert first[3:] == (None, 0)
    assert (lineno, got_problem, got_bad) == (2, problem, bad)


def test_a_line_in_no_sure_encoding_gets_the_dags_quarantine_reason_not_replacements(tmp_path):
    """A short Latin-1 file is one the DAG quarantines (``uncertain-encoding``: no codec reads
    it with confidence): the CLI decodes it with the same function and gives the line the
    quarantine's reason as its error, never a text with U+FFFD (it was read as UTF-8 with 4 of
    them); the doc_id, ASCII, is kept, and every line keeps its own answer."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"doc_id": "l1", "text": "\\"x\\" \xc7a va, said Erdogan \xe0 Ankara, d\xe9j\xe0."}\n'
    )
    got = list(cli._contract_lines(str(src)))
    assert [g[0] for g in got] == [1]
    lineno, doc_id, text, problem, bad = got[0]
    assert (doc_id, text, bad) == ("l1", None, 0)
    assert problem.startswith("uncertain-encoding: ") and "re-encode" in problem


def test_a_legacy_file_the_decoder_is_sure_of_is_still_read_in_its_codec(tmp_path):
    src = tmp_path / "in.jsonl"
    line = '{"doc_id": "w", "text": "\u201cWe will not back down,\u201d said Jos\u00e9 Manuel Albares in M\u00e1laga on Friday, after the talks with the French minister."}\n'
    src.write_bytes((line * 3).encode("cp1252"))
    got = list(cli._contract_lines(str(src)))
    assert [g[3] for g in got] == [None, None, None]
    assert got[0][2].startswith("\u201cWe will not back down") and got[0][4] == 0


def test_sources_names_what_parley_sources_points_at(monkeypatch, tmp_path, capsys):
    """`make run` printed "inbox: include/samples" whatever PARLEY_SOURCES said; it now prints
    `parley sources`: the configuration file and each of its sources' places."""
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "world.xml").write_text("<rss/>", encoding="utf-8")
    cfg = tmp_path / "sources.yaml"
    cfg.write_text(
        "sources:\n"
        "  - {name: world, type: rss, path: feeds/world.xml}\n"
        f"  - {{name: desk, type: folder, path: {tmp_path / 'desk'}}}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PARLEY_SOURCES", str(cfg))
    assert cli.main(["sources"]) == 0
    said = capsys.readouterr().out.strip()
    assert said == f"{cfg}: rss {tmp_path / 'feeds' / 'world.xml'}, folder {tmp_path / 'desk'}"
    assert "samples" not in said


def test_sources_by_default_is_the_bundled_samples_folder(monkeypatch, capsys):
    monkeypatch.delenv("PARLEY_SOURCES", raising=False)
    monkeypatch.delenv("PARLEY_INBOX", raising=False)
    monkeypatch.chdir(cli_repo_root())
    assert cli.main(["sources"]) == 0
    assert capsys.readouterr().out.strip() == "include/sources.yaml: folder include/samples"


def cli_repo_root():
    from parley.settings import REPO_ROOT

    return REPO_ROOT


@pytest.mark.parametrize(
    ("command", "env", "value"),
    [
        (["digest", "--date", "2025-02-25"], "PARLEY_SHARDS", "abc"),
        (["run", "--date", "2025-02-25"], "PARLEY_SHARDS", "two"),
        (["report", "--date", "2025-02-25"], "PARLEY_DUCKDB_MEMORY_MB", "lots"),
    ],
)
def test_a_wrong_setting_is_one_line_naming_it_not_a_traceback(
    monkeypatch, tmp_path, capsys, command, env, value
):
    """A mistyped ``PARLEY_*`` value is the user's configuration, not a bug: every command says
    which setting and value in one line and exits 2 (as ``parley sources`` does), where it
    printed a Python traceback ending in ``parley.settings.ConfigError``."""
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv(env, value)
    assert cli.main(command) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("parley: ") and f"{env}={value!r}" in err
    assert "Traceback" not in err and len(err.splitlines()) == 1
