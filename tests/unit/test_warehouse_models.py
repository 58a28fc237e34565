"""The SQL models: every file loads, dependencies come first, names are unique."""

from __future__ import annotations

from parley.settings import REPO_ROOT
from parley.warehouse import load_models


def test_models_load_in_dependency_order():
    models = load_models(REPO_ROOT / "sql")
    names = [m.name for m in models]
    assert len(names) == len(set(names))
    position = {n: i for i, n in enumerate(names)}
    for m in models:
        for other in names:
            if other != m.name and other in m.sql.replace("{{ lake }}", ""):
                assert position[other] < position[m.name], f"{m.name} needs {other} first"
    assert {"stg_articles", "stg_quotes", "daily_digest"} <= set(names)


def test_every_model_documents_its_grain():
    for m in load_models(REPO_ROOT / "sql"):
        assert m.sql.lstrip().startswith("--"), f"{m.path} has no header comment"
