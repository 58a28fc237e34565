"""The DuckDB warehouse: a disposable layer of views and marts over the Parquet lake.

``sql/`` holds one model per file, in layers (``staging/`` → ``intermediate/`` → ``marts/``),
after the seeds ``sql/sources.yml`` declares (reference data from the package's data files, loaded
as tables). A model file is a single ``select``; its file name is the object it creates. The header
may say ``-- materialized: table`` (default: view). A ``<model>.yml`` beside a model documents its
grain and columns and declares its tests (:attr:`Model.spec`; the quality stage compiles the
marts' tests into GX suites). Models are created in dependency order (a model that names another
model is created after it).

Two macros keep the SQL free of paths and vocabulary:

* ``{{ lake('<table>') }}`` — the ``read_parquet`` scan of a lake table (:func:`parley.storage.lake.scan`,
  path and options from ``sql/sources.yml``), so views work from any working directory;
* ``{{ count_each('<column>', '<seed>') }}`` — one ``count(*) filter (where <column> = '<value>')
  as n_<value>`` per row of the seed, in the seed file's order (dbt_utils' ``pivot`` idea): a
  label added to the data file gets its column without editing SQL.

:func:`build` writes a new database file next to the old one and renames it into place, so an
analyst's read-only connection never sees a half-built warehouse and the build never waits for
their lock.

The warehouse is a per-host cache of the lake: the file records which lake it reflects (table
``_parley_state``: a digest of the lake URL, every current manifest's version and the SQL, see
:func:`lake_state`). :func:`connect` compares it with the lake's manifests and rebuilds first when
they differ — so a host that did not run ``publish`` (another Celery worker with its own data dir, a
fresh clone pointed at an S3 lake) reads the published days all the same.
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import logging
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import yaml

from parley import datafiles
from parley.settings import Settings, get_settings
from parley.storage import lake
from parley.storage.fs import register_duckdb

log = logging.getLogger(__name__)

LAYERS = ("seeds", "staging", "intermediate", "marts")
STATE_TABLE = "_parley_state"
_MACRO = re.compile(r"\{\{\s*(\w+)\s*\((.*?)\)\s*\}\}")


@dataclass(frozen=True)
class Model:
    """One model: ``name`` is the object it creates; ``spec`` is its ``<model>.yml`` (or None)."""

    name: str
    layer: str
    path: Path
    sql: str
    materialized: str
    spec: dict | None = None


def _seed_models(sql_dir: Path) -> list[Model]:
    """The seeds of ``sources.yml`` as table models reading their CSV file (every column text)."""
    with (sql_dir / "sources.yml").open(encoding="utf-8") as fh:
        seeds = yaml.safe_load(fh).get("seeds") or {}
    out = []
    for name, seed in seeds.items():
        path = datafiles.data_path(seed["file"])
        sql = (
            f"-- {name}: {seed['description']} (seed: data/{seed['file']})\n"
            f"select * from read_csv('{str(path).replace(chr(39), chr(39) * 2)}', "
            "header = true, all_varchar = true)"
        )
        out.append(Model(name, "seeds", path, sql, "table"))
    return out


def load_models(sql_dir: Path) -> list[Model]:
    """The seeds and all models under ``sql_dir``, in an order where dependencies come first.
    Raises ``ValueError`` on a circular dependency."""
    found: dict[str, Model] = {m.name: m for m in _seed_models(sql_dir)}
    for layer in LAYERS[1:]:
        for path in sorted((sql_dir / layer).glob("*.sql")):
            text = path.read_text(encoding="utf-8")
            m = re.search(r"^--\s*materialized:\s*(view|table)\s*$", text, re.M)
            spec_path = path.with_suffix(".yml")
            spec = (
                yaml.safe_load(spec_path.read_text(encoding="utf-8"))
                if spec_path.exists()
                else None
            )
            found[path.stem] = Model(
                path.stem, layer, path, text, m.group(1) if m else "view", spec
            )
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
    (so ``{{ lake('statements') }}`` is not a reference to the ``statements`` model)."""
    code = re.sub(r"'(?:[^']|'')*'", "''", _strip_comments(sql))
    return {n for n in names if re.search(rf"\b{re.escape(n)}\b", code)}


def _count_each(column: str, seed: str, sql_dir: Path) -> str:
    with (sql_dir / "sources.yml").open(encoding="utf-8") as fh:
        seed_file = yaml.safe_load(fh)["seeds"][seed]["file"]
    values = [next(iter(row.values())) for row in datafiles.rows(seed_file)]
    return ",\n    ".join(
        f"count(*) filter (where {column} = '{v.replace(chr(39), chr(39) * 2)}') "
        f"as n_{re.sub(r'[^a-z0-9]+', '_', v.lower())}"
        for v in values
    )


@dataclass(frozen=True)
class LakeView:
    """What ``{{ lake('<table>') }}`` reads: the published days of one snapshot of the manifests
    (``days``; None: read them now), optionally with one date's staged parts in place of its
    published partition (``staged``: a preview of publishing it)."""

    days: dict | None = None
    staged: str | None = None

    def scan(self, table: str, settings: Settings) -> str:
        if self.staged is None:
            return lake.scan(table, settings, days=self.days)
        days = {d: m for d, m in (self.days or {}).items() if d != self.staged}
        if table in lake.LOG_TABLES:
            return lake.scan(table, settings)
        return lake.scan(
            table, settings, days=days, extra=lake.staged_parts(table, self.staged, settings)
        )


def render_macros(sql: str, settings: Settings, view: LakeView | None = None) -> str:
    """``sql`` with its ``{{ lake(...) }}`` and ``{{ count_each(...) }}`` macros expanded;
    ``view`` decides which files ``lake()`` reads (default: the current manifests).
    Raises ``ValueError`` for an unknown macro, ``KeyError`` for an unknown table or seed."""
    view = view or LakeView()

    def expand(m: re.Match) -> str:
        name, args = m.group(1), ast.literal_eval(f"({m.group(2)},)")
        if name == "lake":
            return view.scan(*args, settings=settings)
        if name == "count_each":
            return _count_each(*args, sql_dir=settings.sql_dir)
        raise ValueError(f"unknown macro {{{{ {name}(...) }}}} (known: lake, count_each)")

    return _MACRO.sub(expand, sql)


def render_file(path: Path, settings: Settings) -> str:
    """The single ``select`` of a SQL file outside the warehouse's layers (``sql/weekly/``), with
    comments stripped and macros expanded, ready to run on a connection holding its inputs."""
    return render_macros(
        _strip_comments(path.read_text(encoding="utf-8")).strip().rstrip(";"), settings
    )


def render(model: Model, settings: Settings, view: LakeView | None = None) -> str:
    """The ``create or replace view|table`` statement of a model, macros expanded."""
    body = render_macros(_strip_comments(model.sql).strip().rstrip(";"), settings, view)
    kind = "table" if model.materialized == "table" else "view"
    return f"create or replace {kind} {model.name} as\n{body}"


def duckdb_connect(path: str = ":memory:", settings: Settings | None = None, read_only=False):
    """A DuckDB connection that can read the lake (on S3 through
    :func:`parley.storage.fs.register_duckdb`)."""
    import duckdb

    con = duckdb.connect(path, read_only=read_only)
    register_duckdb(con, lake.lake_store(settings))
    return con


def lake_state(settings: Settings | None = None) -> str:
    """What a warehouse built now would reflect, as a sha256 hex digest of: the lake's URL, the
    current version of every partition of every manifest group (one LIST of ``_manifests/``), and
    the bytes of ``sql/`` and the seed files. Two warehouses with the same state have the same
    views and tables."""
    from parley.storage import manifest

    settings = settings or get_settings()
    store = lake.lake_store(settings)
    h = hashlib.sha256(store.url.encode())
    for (group, key, value), versions in sorted(manifest._listing(store, None).items()):
        h.update(f"\n{group}/{key}={value}/{versions[-1]}".encode())
    h.update(_sql_digest(settings.sql_dir).encode())
    return h.hexdigest()


def _sql_digest(sql_dir: Path) -> str:
    h = hashlib.sha256()
    paths = sorted(p for p in sql_dir.rglob("*") if p.is_file() and p.suffix in (".sql", ".yml"))
    paths += sorted(m.path for m in _seed_models(sql_dir))
    for path in paths:
        h.update(str(path.relative_to(path.anchor)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def built_state(path: Path) -> str | None:
    """The :func:`lake_state` a warehouse file was built from (None: no file, or one built before
    states were recorded, or unreadable)."""
    import duckdb

    if not path.exists():
        return None
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None
    try:
        row = con.execute(f"select state from {STATE_TABLE}").fetchone()
        return row[0] if row else None
    except duckdb.Error:
        return None
    finally:
        con.close()


def build(settings: Settings | None = None, state: str | None = None) -> dict[str, int]:
    """Rebuild the warehouse file from ``sql/`` over one snapshot of the lake's manifests (the
    staging views name exactly the current files, so the warehouse shows every table of a day at
    one version) and record the snapshot's :func:`lake_state` in it (``state``: one computed just
    before); returns row counts of the marts. Raises ``RuntimeError`` when nothing is published
    yet or a model fails."""
    from parley.storage import crash

    settings = settings or get_settings()
    state = state or lake_state(settings)
    days = lake.published(settings)
    if not days:
        raise RuntimeError("nothing published yet: run the DAG first")
    view = LakeView(days=days)
    target = settings.warehouse_path
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    counts: dict[str, int] = {}
    try:
        con = duckdb_connect(str(tmp), settings)
        try:
            for model in load_models(settings.sql_dir):
                try:
                    con.execute(render(model, settings, view))
                except Exception as err:  # duckdb.Error, or an OSError from the S3 filesystem
                    raise RuntimeError(
                        f"model {model.layer}/{model.name}.sql failed: {err}"
                    ) from err
                if model.layer == "marts":
                    counts[model.name] = con.execute(
                        f"select count(*) from {model.name}"
                    ).fetchone()[0]
            con.execute(
                f"create table {STATE_TABLE} as select $state as state, now() as built_at",
                {"state": state},
            )
            con.execute("checkpoint")
        finally:
            con.close()
        crash.point("warehouse:built")
        os.replace(tmp, target)
        crash.point("warehouse:swapped")
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    return counts


def in_memory(names: list[str], settings: Settings | None = None, view: LakeView | None = None):
    """An in-memory DuckDB connection holding only the named models (and the models they read),
    models as views over the lake (``view``; default: the current manifests; seeds as tables): for
    commands that must answer before the first build, or after a failed run that did not rebuild
    the warehouse (``parley quality``), and for :func:`preview`."""
    settings = settings or get_settings()
    models = load_models(settings.sql_dir)
    all_names = {m.name for m in models}
    needed = set(names)
    for model in reversed(models):  # dependents come after their dependencies
        if model.name in needed:
            needed |= references(model.sql, all_names - {model.name})
    view = view or LakeView(days=lake.published(settings))
    con = duckdb_connect(settings=settings)
    for model in models:
        if model.name in needed:  # views: a query for one day reads only that day
            kind = "table" if model.layer == "seeds" else "view"
            con.execute(render(dataclasses.replace(model, materialized=kind), settings, view))
    return con


def preview(ds: str, marts: list[str], settings: Settings | None = None) -> dict:
    """The named marts' rows for ``ds`` as publishing the staged partition would make them: the
    models are built in memory over the published lake with ``ds``'s staged parts in place of its
    published partition (:class:`LakeView`). A mart is filtered on the column its ``<model>.yml``
    names as ``partition_column`` (default ``dt``; ``null``: the whole mart, for marts over all
    dates). Returns Arrow tables by mart name; nothing on disk changes."""
    settings = settings or get_settings()
    specs = {m.name: m.spec or {} for m in load_models(settings.sql_dir)}
    con = in_memory(marts, settings, LakeView(days=lake.published(settings), staged=ds))
    try:
        out = {}
        for name in marts:
            column = specs[name].get("partition_column", "dt")
            where = f" where {column} = cast($ds as date)" if column else ""
            params = {"ds": ds} if column else {}
            out[name] = con.sql(f"select * from {name}{where}", params=params).to_arrow_table()
        return out
    finally:
        con.close()


def rows(con, sql: str, params: dict | None = None) -> list[dict]:
    """Run ``sql`` on a DuckDB connection and return its rows as dicts (column name → value)."""
    cur = con.execute(sql, params or {})
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def refresh(settings: Settings | None = None) -> bool:
    """Bring this host's warehouse up to date with the lake: rebuild it (:func:`build`) when the
    state it records differs from :func:`lake_state` — it is missing, another host published,
    ``sql/`` changed. Returns whether it rebuilt. Nothing published yet: no build, False. A build
    that fails while an older warehouse file exists is logged and the old file kept (False); with
    no file, its error is raised."""
    settings = settings or get_settings()
    want = lake_state(settings)
    if built_state(settings.warehouse_path) == want:
        return False
    if not lake.published(settings):
        return False
    log.info("warehouse %s is behind the lake: rebuilding it", settings.warehouse_path)
    try:
        build(settings, state=want)
    except Exception as err:  # an unreachable store, a failing model: keep what there is
        if not settings.warehouse_path.exists():
            raise
        log.warning(
            "could not bring the warehouse up to date (%s: %s); reading the one built before",
            type(err).__name__,
            err,
        )
        return False
    return True


def connect(settings: Settings | None = None, refresh_first: bool = True):
    """A read-only connection to the warehouse (many may be open at once), first brought up to
    date with the lake's manifests (:func:`refresh`; ``refresh_first=False`` skips that); with an
    S3 lake it can also read the staging views. Raises ``FileNotFoundError`` when nothing has
    been published to the lake yet (and no warehouse file exists)."""
    settings = settings or get_settings()
    if refresh_first:
        refresh(settings)
    if not settings.warehouse_path.exists():
        raise FileNotFoundError(
            f"no warehouse at {settings.warehouse_path} and nothing published to the lake "
            f"({lake.lake_store(settings).url}): run `make run` (or the news_daily DAG) first"
        )
    return duckdb_connect(str(settings.warehouse_path), settings, read_only=True)
