"""The SQL models: every file loads, dependencies come first, names are unique."""

from __future__ import annotations

from parley.settings import REPO_ROOT
from parley.storage.warehouse import load_models, references


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
