"""The DuckDB warehouse: a disposable layer of views and marts over the Parquet lake.

``sql/`` holds one model per file, in layers (``staging/`` → ``marts/``). A model file is a single
``select``; its file name is the object it creates. The header may say ``-- materialized: table``
(default: view). ``{{ lake }}`` expands to the lake's absolute path, so the views work from any
working directory. Models are created in dependency order (a model that names another model is
created after it).

:func:`build` writes a new database file next to the old one and renames it into place, so an
analyst's read-only connection never sees a half-built warehouse and the build never waits for
their lock.
"""

from __future__ import annotations

import dataclasses
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from parley import lake, schema
from parley.settings import Settings, get_settings

LAYERS = ("staging", "intermediate", "marts")


@dataclass(frozen=True)
class Model:
    name: str
    layer: str
    path: Path
    sql: str
    materialized: str


def load_models(sql_dir: Path) -> list[Model]:
    """All models under ``sql_dir``, in an order where dependencies come first."""
    found: dict[str, Model] = {}
    for layer in LAYERS:
        for path in sorted((sql_dir / layer).glob("*.sql")):
            text = path.read_text(encoding="utf-8")
            m = re.search(r"^--\s*materialized:\s*(view|table)\s*$", text, re.M)
            found[path.stem] = Model(path.stem, layer, path, text, m.group(1) if m else "view")
    deps = {name: references(model.sql, set(found) - {name}) for name, model in found.items()}
    ordered: list[Model] = []
    done: set[str] = set()

    def visit(name: str, stack: tuple[str, ...] = ()) -> None:
        if name in done:
            return
        if name in stack:
            raise ValueError(f"circular model dependency: {' -> '.join((*stack, name))}")
        for dep in sorted(deps[name]):
            visit(dep, (*stack, name))
        done.add(name)
        ordered.append(found[name])

    for name in found:
        visit(name)
    return ordered


def _strip_comments(sql: str) -> str:
    return re.sub(r"--[^\n]*", "", sql)


def references(sql: str, names: set[str]) -> set[str]:
    """The model names a model's SQL refers to: whole words outside comments and string literals
    (so a lake path like ``'{{ lake }}/statements/...'`` is not a reference to ``statements``)."""
    code = re.sub(r"'(?:[^']|'')*'", "''", _strip_comments(sql))
    return {n for n in names if re.search(rf"\b{re.escape(n)}\b", code)}


def render(model: Model, settings: Settings) -> str:
    body = _strip_comments(model.sql).strip().rstrip(";")
    body = body.replace("{{ lake }}", str(settings.lake_dir).replace("'", "''"))
    kind = "table" if model.materialized == "table" else "view"
    return f"create or replace {kind} {model.name} as\n{body}"


def build(settings: Settings | None = None) -> dict[str, int]:
    """Rebuild the warehouse file from ``sql/``; returns row counts of the marts."""
    import duckdb

    settings = settings or get_settings()
    for table in schema.TABLES:
        if not lake.published_dates(table, settings):
            raise RuntimeError(f"nothing published yet for table '{table}': run the DAG first")
    target = settings.warehouse_path
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    counts: dict[str, int] = {}
    try:
        con = duckdb.connect(str(tmp))
        try:
            for model in load_models(settings.sql_dir):
                try:
                    con.execute(render(model, settings))
                except duckdb.Error as err:
                    raise RuntimeError(
                        f"model {model.layer}/{model.name}.sql failed: {err}"
                    ) from err
                if model.layer == "marts":
                    counts[model.name] = con.execute(
                        f"select count(*) from {model.name}"
                    ).fetchone()[0]
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    return counts


def scratch(names: list[str], settings: Settings | None = None):
    """An in-memory DuckDB connection holding only the named models (and the models they read),
    all as views over the live lake: for commands that must answer before the first build, or
    after a failed run that did not rebuild the warehouse (``parley quality``), and for
    :func:`preview`."""
    import duckdb

    settings = settings or get_settings()
    models = load_models(settings.sql_dir)
    needed = set(names)
    for model in reversed(models):  # dependents come after their dependencies
        if model.name in needed:
            body = _strip_comments(model.sql)
            needed |= {m.name for m in models if re.search(rf"\b{re.escape(m.name)}\b", body)}
    con = duckdb.connect()
    for model in models:
        if model.name in needed:  # all as views: a query for one day reads only that day
            con.execute(render(dataclasses.replace(model, materialized="view"), settings))
    return con


def preview(ds: str, marts: list[str], settings: Settings | None = None) -> dict:
    """The named marts' rows for ``ds`` as publishing the staged partition would make them: the
    models are built in memory over :func:`parley.lake.shadow` (published lake, ``ds`` staged).
    Returns Arrow tables by mart name; nothing on disk changes."""
    settings = settings or get_settings()
    with lake.shadow(ds, settings) as view:
        con = scratch(marts, view)
        try:
            return {
                name: con.sql(
                    f"select * from {name} where dt = cast($ds as date)", params={"ds": ds}
                ).to_arrow_table()
                for name in marts
            }
        finally:
            con.close()


def rows(con, sql: str, params: dict | None = None) -> list[dict]:
    """Run ``sql`` on a DuckDB connection and return its rows as dicts (column name → value)."""
    cur = con.execute(sql, params or {})
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def connect(settings: Settings | None = None):
    """A read-only connection to the warehouse (many may be open at once)."""
    import duckdb

    settings = settings or get_settings()
    if not settings.warehouse_path.exists():
        raise FileNotFoundError(
            f"no warehouse at {settings.warehouse_path}: run `make run` (or the news_daily DAG) first"
        )
    return duckdb.connect(str(settings.warehouse_path), read_only=True)
