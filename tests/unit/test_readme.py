"""The README's claims about inputs hold against the code: the size limits it names are the
ones ingest applies, and what it says ``articles.encoding`` and ``ingest_notes`` hold for an
inbox file in another encoding is what decoding gives (a new user read "named in
``ingest_notes``" and found the note empty for a UTF-16 file with a byte-order mark)."""

from __future__ import annotations

import codecs

import pytest

from parley.ingest.articles import MAX_ARTICLE_CHARS, MAX_RUN_CHARS
from parley.ingest.decode import DETECT, decode
from parley.ingest.folder import MAX_FILE_BYTES
from parley.ingest.sources import Limits
from tests.conftest import REPO

README = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
NAMES = "Ministers Erdoğan, Sánchez and Müller met in Zürich; «Ça va», said Wałęsa."


@pytest.mark.parametrize(
    "limit",
    [
        f"text over {MAX_ARTICLE_CHARS:,} characters",
        f"file over 20 MiB ({MAX_FILE_BYTES:,} bytes)",
        f"`limits.max_bytes` (default {Limits().max_bytes:,} bytes)",
        f"more than {MAX_RUN_CHARS:,} characters without a sentence end or a line break",
    ],
)
def test_the_readme_names_the_size_limits_ingest_applies(limit):
    assert limit in README


@pytest.mark.parametrize(
    "body, encoding, note",
    [
        # a byte-order mark is a declaration: the codec is named, nothing is noted
        (codecs.BOM_UTF16_LE + NAMES.encode("utf-16-le"), "utf-16-le", None),
        (codecs.BOM_UTF16_BE + NAMES.encode("utf-16-be"), "utf-16-be", None),
        (codecs.BOM_UTF8 + NAMES.encode("utf-8"), "utf-8", None),
        # no mark, no declaration: detected, and the note says so in the README's words
        (
            "Sánchez, Müller, España, Ça va.".encode("cp1252"),
            "cp1252",
            "no byte-order mark or declaration: cp1252 detected",
        ),
    ],
)
def test_the_readme_says_where_an_inbox_file_encoding_is_named(body, encoding, note):
    got = decode(body, "", fallback=DETECT)
    assert (got.encoding, got.note) == (encoding, note)
    assert "`articles.encoding` names the codec every article was read with" in README
    assert "a UTF-16 file with one has no note" in README
    if note:
        assert f'("{note}")' in README


def _selected_columns(model: str) -> set[str]:
    """The column names a staging model's final ``renamed`` select lists (its SQL file)."""
    import re

    sql = (REPO / "sql" / "staging" / f"{model}.sql").read_text(encoding="utf-8")
    body = sql.split("renamed as (", 1)[1].split("from source", 1)[0]
    return set(re.findall(r"(\w+)\s*,?\s*$", body, flags=re.M)) - {"select"}


def test_the_readme_names_the_date_column_each_staging_view_has():
    """A new user read "stg_quality_runs … every date, with dt" and found no ``dt``: each
    staging row of the README's model table names the date column its views select."""
    import re

    rows = re.findall(r"\| ((?:`stg_\w+`(?:, )?)+) \| [^|]*?every date, with `(\w+)`", README)
    claims = {m: col for names, col in rows for m in re.findall(r"`(stg_\w+)`", names)}
    assert {"stg_articles", "stg_quality_runs"} <= claims.keys()
    for model, column in claims.items():
        assert column in _selected_columns(model), (model, column)


def _readme_commands() -> list[str]:
    """Every ``parley`` command the README gives as written: the lines of its shell blocks that
    run ``.venv/bin/parley`` (comments dropped) and its inline ``parley extract-quotes`` usage."""
    import re

    text = (REPO / "README.md").read_text(encoding="utf-8")
    lines = [
        re.sub(r"\s+#.*$", "", line).strip()
        for block in re.findall(r"```bash\n(.*?)```", text, flags=re.S)
        for line in block.splitlines()
        if line.startswith(".venv/bin/parley ")
    ]
    lines += re.findall(r"`(parley extract-quotes [^`]+)`", text)
    return lines


def test_every_parley_command_in_the_readme_parses_as_written():
    """A new user runs the README's commands as written (`D=2026-12-01`): each names a
    subcommand and options the CLI has (argparse exits 2 on one it does not). What they print on
    a real day is checked by hand against the README (fix16: the bundled samples' day, every
    command of its Querying block and `parley extract-quotes IN.jsonl OUT.jsonl`)."""
    import shlex

    from parley.cli import build_parser

    def argv(command: str) -> list[str]:  # as the shell passes it: $D set, no redirection
        return shlex.split(command.split(" > ", 1)[0].replace("$D", "2026-12-01"))[1:]

    commands = _readme_commands()
    assert {"extract-quotes", "digest", "report", "quality", "rejects", "sql", "weekly", "run"} <= {
        argv(c)[0] for c in commands
    }
    for command in commands:
        args = build_parser().parse_args(argv(command))
        assert callable(args.func), command


def _readme_repo_paths() -> list[str]:
    """Every repository path the README names in backquotes (`include/…`, `parley/…` = the
    package, `tools/…`, `sql/…`, …), a `{a,b}` list expanded; names with a placeholder (`<model>`,
    `*`, `YYYY`) are left out."""
    import re

    roots = (
        "include/",
        "parley/",
        "tools/",
        "docs/",
        "sql/",
        "dags/",
        "tests/",
        ".ci/",
        "plugins/",
    )
    paths = []
    for token in set(re.findall(r"`([^`\s]+)`", README)):
        if not token.startswith(roots) or re.search(r"[<>*…]|YYYY", token):
            continue
        brace = re.search(r"\{([^}]*)\}", token)
        for alt in brace.group(1).split(",") if brace else [""]:
            path = token[: brace.start()] + alt + token[brace.end() :] if brace else token
            paths.append(re.sub(r"^parley/", "include/parley/", path))
    return sorted(paths)


def test_every_repository_path_the_readme_names_exists():
    """A new user looked for `parley/quality/gx_views` and `parley/characters.py` by the README:
    the first was not where it said, the second was not in its list of the shared core. Every
    path the README names is in the repository (a `tools/` module may be named without `.py`)."""
    paths = _readme_repo_paths()
    assert "include/parley/wording.py" in paths and "docs/target_ranker.md" in paths
    missing = [p for p in paths if not (REPO / p).exists() and not (REPO / f"{p}.py").exists()]
    assert missing == []


def test_the_readme_lists_every_module_of_the_shared_core():
    """The README's layer diagram and its "shared core" row name the modules of the core layer
    of `[tool.importlinter]` (pyproject.toml), which the import contract enforces."""
    import re
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    layers = config["tool"]["importlinter"]["contracts"][0]["layers"]
    core = {m.strip() for m in layers[-1].split(":")}
    text = (REPO / "README.md").read_text(encoding="utf-8")
    diagram = re.search(r"^(settings :[^\n]*)$", text, flags=re.M).group(1)
    assert {m.strip() for m in diagram.split(":")} == core
    row = re.search(r"`include/parley/\{([^}]*)\}\.py` \| the shared core", text).group(1)
    assert set(row.split(",")) == core
