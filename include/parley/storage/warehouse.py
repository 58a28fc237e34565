"""The DuckDB warehouse: a disposable layer of views and marts over the Parquet lake.

``sql/`` holds one model per file, in layers (``staging/`` → ``intermediate/`` → ``marts/``),
after the seeds ``sql/sources.yml`` declares (reference data from the package's data files, loaded
as tables). A model file is a single ``select``; its file name is the object it creates. The header
may say ``-- materialized: table`` or ``-- materialized: incremental`` with ``-- partition_by:`` or
``-- unique_key:`` (default: view; see :func:`build`). A ``<model>.yml`` beside a model documents its
grain and columns and declares its tests (:attr:`Model.spec`; the quality stage compiles the
marts' tests into GX suites). Models are created in dependency order (a model that names another
model is created after it).

Macros keep the SQL free of paths and vocabulary (and say what an incremental build limits):

* ``{{ lake('<table>') }}`` — the ``read_parquet`` scan of a lake table (:func:`parley.storage.lake.scan`,
  path and options from ``sql/sources.yml``), so views work from any working directory;
* ``{{ count_each('<column>', '<seed>') }}`` — one ``count(*) filter (where <column> = '<value>')
  as n_<value>`` per row of the seed, in the seed file's order (dbt_utils' ``pivot`` idea): a
  label added to the data file gets its column without editing SQL;
* ``{{ changed('<column>') }}``, ``{{ is_incremental() }}`` — which days a build recomputes
  (:class:`Scope`).

:func:`build` updates a copy of the database file — only the days whose manifest version changed
(incremental), or everything when the SQL or the lake changed — and renames it into place, so an
analyst's read-only connection never sees a half-built warehouse and the build never waits for
their lock. :func:`preview` runs the same build for a staged day on a copy, which publishing
that day adopts when nothing else changed in between (:func:`prepared_path`), so a day's marts
are computed once.

The warehouse is a per-host cache of the lake: the file records which lake it reflects (table
``_parley_state``: a digest of the lake URL, every current manifest's version and the SQL, see
:func:`lake_state`). :func:`connect` compares it with the lake's manifests and rebuilds first when
they differ — so a host that did not run ``publish`` (another Celery worker with its own data dir, a
fresh clone pointed at an S3 lake) reads the published days all the same.
"""

from __future__ import annotations

import ast
import contextlib
import copy
import dataclasses
import hashlib
import logging
import os
import re
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from parley import datafiles
from parley.settings import Settings, get_settings
from parley.storage import lake
from parley.storage.fs import register_duckdb
from parley.wording import plural

log = logging.getLogger(__name__)

LAYERS = ("seeds", "staging", "intermediate", "marts")
MATERIALIZATIONS = ("view", "table", "incremental")
STATE_TABLE = "_parley_state"
PARTITIONS_TABLE = "_parley_partitions"
PREPARED_TABLE = "_parley_prepared"  # what a kept preview reflects (see :func:`prepared_path`)
WORK_SCHEMA = "_parley_work"  # touched keys of a build in progress (dropped before the swap)
DELTA_SCHEMA = "delta"  # the inputs of one incremental model, bound to the changed days
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
    partition_by: tuple[str, ...] = ()  # incremental by day: the columns naming a row's days
    unique_key: tuple[str, ...] = ()  # incremental by key: the columns of a row's key

    @property
    def incremental(self) -> bool:
        return self.materialized == "incremental"


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


_SPECS: dict[str, object] = {}  # a <model>.yml's text -> the YAML it parses to


def _spec(path: Path) -> dict | None:
    """A model's ``<model>.yml`` parsed (None: no such file). A text is parsed once per process
    (a run loads the models several times: suites, preview, build, the digest's verdict, and
    YAML parsing was most of it); each call returns its own copy."""
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    if text not in _SPECS:
        _SPECS[text] = yaml.safe_load(text)
    return copy.deepcopy(_SPECS[text])


def load_models(sql_dir: Path) -> list[Model]:
    """The seeds and all models under ``sql_dir``, in an order where dependencies come first.
    Raises ``ValueError`` on a circular dependency."""
    found: dict[str, Model] = {m.name: m for m in _seed_models(sql_dir)}
    for layer in LAYERS[1:]:
        for path in sorted((sql_dir / layer).glob("*.sql")):
            text = path.read_text(encoding="utf-8")
            spec = _spec(path.with_suffix(".yml"))
            found[path.stem] = _model(path.stem, layer, path, text, spec)
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


def _header(text: str, key: str) -> str | None:
    m = re.search(rf"^--\s*{key}:\s*(.+?)\s*$", text, re.M)
    return m.group(1) if m else None


def _model(name: str, layer: str, path: Path, text: str, spec: dict | None) -> Model:
    """A model from its file: the header lines ``-- materialized: view|table|incremental`` and,
    for ``incremental``, ``-- partition_by: <column>[, <column>]`` or ``-- unique_key: <column>,
    …`` (see :func:`build`). Raises ``ValueError`` for anything else."""
    kind = _header(text, "materialized") or "view"
    if kind not in MATERIALIZATIONS:
        raise ValueError(f"{path}: materialized must be one of {MATERIALIZATIONS}, not {kind!r}")
    cols = {
        k: tuple(c.strip() for c in (_header(text, k) or "").split(",") if c.strip())
        for k in ("partition_by", "unique_key")
    }
    if kind == "incremental" and bool(cols["partition_by"]) == bool(cols["unique_key"]):
        raise ValueError(f"{path}: an incremental model names partition_by or unique_key (one)")
    if kind != "incremental" and (cols["partition_by"] or cols["unique_key"]):
        raise ValueError(f"{path}: partition_by / unique_key need materialized: incremental")
    return Model(name, layer, path, text, kind, spec, cols["partition_by"], cols["unique_key"])


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


@dataclass(frozen=True)
class Scope:
    """Which days a build computes: ``days`` None — every day (a full build); else the changed
    days, sorted (an incremental build). What ``{{ changed(...) }}`` and ``{{ is_incremental() }}``
    expand to."""

    days: tuple[str, ...] | None = None
    keys_of: Model | None = None  # while recomputing a mart's touched keys: that mart

    @property
    def incremental(self) -> bool:
        return self.days is not None

    def touched(self, *expressions: str) -> str:
        """SQL true for an input row of a mart incremental by key whose key (``expressions``,
        in the order of its ``unique_key``) this build recomputes: ``true`` except while the
        touched keys are recomputed, then a semi-join on them, so only those rows are
        aggregated."""
        model = self.keys_of
        if model is None:
            return "true"
        if len(expressions) != len(model.unique_key):
            raise ValueError(f"touched() in {model.name} needs one expression per unique_key")
        # the keys renamed, so that a bare column in an expression binds to the input row
        renamed = ", ".join(f"{k} as _parley_key_{i}" for i, k in enumerate(model.unique_key))
        match = " and ".join(
            f"t._parley_key_{i} is not distinct from {e}" for i, e in enumerate(expressions)
        )
        return (
            f"exists (select 1 from (select {renamed} from {WORK_SCHEMA}.{model.name}) as t "
            f"where {match})"
        )

    def changed(self, *columns: str) -> str:
        """SQL true for a row whose ``columns`` (any of them; day columns, never null) hold a
        changed day: ``true`` in a full build, ``(<c> in (date '…', …) or …)`` in an
        incremental one."""
        if self.days is None:
            return "true"
        listed = ", ".join(f"date '{d}'" for d in self.days) or "null"
        return "(" + " or ".join(f"{c} in ({listed})" for c in columns) + ")"


_FULL = Scope()


def render_macros(
    sql: str, settings: Settings, view: LakeView | None = None, scope: Scope = _FULL
) -> str:
    """``sql`` with its macros expanded; ``view`` decides which files ``lake()`` reads (default:
    the current manifests), ``scope`` which days ``changed()`` selects (default: all):

    * ``{{ lake('<table>') }}`` — the scan of a lake table;
    * ``{{ count_each('<column>', '<seed>') }}`` — one count column per label of a seed;
    * ``{{ changed('<column>'[, …]) }}`` — true for rows whose column holds a day the build
      recomputes (always true in a full build);
    * ``{{ is_incremental() }}`` — ``true`` in an incremental build, ``false`` in a full one;
    * ``{{ touched('<expression>', …) }}`` — in a mart incremental by key, true for the input rows
      of the keys being recomputed (the expressions that make its ``unique_key``, in order).

    Raises ``ValueError`` for an unknown macro, ``KeyError`` for an unknown table or seed."""
    view = view or LakeView()

    def expand(m: re.Match) -> str:
        name, args = m.group(1), ast.literal_eval(f"({m.group(2)},)") if m.group(2) else ()
        if name == "lake":
            return view.scan(*args, settings=settings)
        if name == "count_each":
            return _count_each(*args, sql_dir=settings.sql_dir)
        if name == "changed":
            return scope.changed(*args)
        if name == "is_incremental":
            return "true" if scope.incremental else "false"
        if name == "touched":
            return scope.touched(*args)
        raise ValueError(
            f"unknown macro {{{{ {name}(...) }}}} "
            "(known: lake, count_each, changed, is_incremental, touched)"
        )

    return _MACRO.sub(expand, sql)


def render_file(path: Path, settings: Settings) -> str:
    """The single ``select`` of a SQL file outside the warehouse's layers (``sql/weekly/``), with
    comments stripped and macros expanded, ready to run on a connection holding its inputs."""
    return render_macros(
        _strip_comments(path.read_text(encoding="utf-8")).strip().rstrip(";"), settings
    )


def body(
    model: Model, settings: Settings, view: LakeView | None = None, scope: Scope = _FULL
) -> str:
    """A model's ``select``, comments stripped and macros expanded."""
    return render_macros(_strip_comments(model.sql).strip().rstrip(";"), settings, view, scope)


def render(
    model: Model, settings: Settings, view: LakeView | None = None, scope: Scope = _FULL
) -> str:
    """The ``create or replace view|table`` statement of a model (an incremental model: its
    whole table, as a full build makes it), macros expanded."""
    kind = "view" if model.materialized == "view" else "table"
    return f"create or replace {kind} {model.name} as\n{body(model, settings, view, scope)}"


def duckdb_connect(path: str = ":memory:", settings: Settings | None = None, read_only=False):
    """A DuckDB connection that can read the lake (on S3 through
    :func:`parley.storage.fs.register_duckdb`), in bounded memory: ``memory_limit`` is
    ``settings.duckdb_memory_mb`` (``PARLEY_DUCKDB_MEMORY_MB``; default
    :func:`parley.settings.auto_duckdb_memory_mb`) and what does not fit spills to
    ``settings.duckdb_temp_dir`` (under the data dir), so a set query over a big day (a
    100,000-article day's marts) spills instead of taking gigabytes."""
    import duckdb

    from parley.settings import auto_duckdb_memory_mb

    settings = settings or get_settings()
    limit = settings.duckdb_memory_mb or auto_duckdb_memory_mb()
    config = {"memory_limit": f"{limit}MB"}
    with contextlib.suppress(OSError):  # a read-only data dir: DuckDB keeps it all in memory
        settings.duckdb_temp_dir.mkdir(parents=True, exist_ok=True)
        config["temp_directory"] = str(settings.duckdb_temp_dir)
    con = duckdb.connect(path, read_only=read_only, config=config)
    con.execute("set enable_progress_bar = false")  # no progress bars in the task logs
    register_duckdb(con, lake.lake_store(settings))
    register_functions(con)
    return con


def register_functions(con) -> None:
    """Register the Python functions the models call on ``con`` (DuckDB ``create_function``):

    * ``person_name_key(name VARCHAR) -> VARCHAR``: :func:`parley.extract.names.name_key`, the
      ``"surname|given names|initials|suffixes"`` key of a person's name (null for null, for a
      bare surname and for an aide named by whom they serve). The ``statements`` mart (a table:
      the function runs at build time, no view calls it) computes it for partitions written
      before extraction wrote ``statements.speaker_name_key``, so it matches their names by
      the same rule, which SQL never restates."""
    from duckdb.sqltypes import VARCHAR

    from parley.extract.names import name_key

    # "special": name_key itself answers null (for null and for a bare surname); DuckDB's default
    # rejects a UDF that returns null
    con.create_function("person_name_key", name_key, [VARCHAR], VARCHAR, null_handling="special")


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
    """sha256 (hex) of the SQL the warehouse is built from: each ``.sql``/``.yml`` file of
    ``sql_dir`` by its path relative to ``sql_dir`` and its bytes, and each seed by its name and
    the bytes of its CSV. Where the checkout lives plays no part: the same SQL moved to another
    folder (another clone, a container's mount) gives the same digest."""
    h = hashlib.sha256()
    named = sorted(
        (p.relative_to(sql_dir).as_posix(), p)
        for p in sql_dir.rglob("*")
        if p.is_file() and p.suffix in (".sql", ".yml")
    )
    named += sorted((f"seed:{m.name}", m.path) for m in _seed_models(sql_dir))
    for name, path in named:
        h.update(name.encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def build_key(settings: Settings | None = None) -> str:
    """sha256 of the lake's URL and the bytes of ``sql/`` and the seeds: a warehouse built under
    another key (other SQL, another lake) is rebuilt in full, never patched."""
    settings = settings or get_settings()
    h = hashlib.sha256(lake.lake_store(settings).url.encode())
    h.update(_sql_digest(settings.sql_dir).encode())
    return h.hexdigest()


@dataclass(frozen=True)
class _Recorded:
    state: str  # the lake_state() the file reflects
    key: str | None  # its build_key() (None: built before incremental builds)
    versions: dict[str, str]  # {dt: manifest version} of the days its tables hold


def _recorded(path: Path) -> _Recorded | None:
    """What a warehouse file records about the lake it reflects (None: no file, unreadable, or
    built before states were recorded)."""
    import duckdb

    if not path.exists():
        return None
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None
    try:
        row = con.execute(f"select * from {STATE_TABLE}").fetchone()
        names = [c[0] for c in con.description]
        got = dict(zip(names, row, strict=True)) if row else None
        if got is None:
            return None
        versions = {}
        if got.get("build_key"):
            versions = dict(con.execute(f"select dt, version from {PARTITIONS_TABLE}").fetchall())
        return _Recorded(got["state"], got.get("build_key"), versions)
    except duckdb.Error:
        return None
    finally:
        con.close()


def built_state(path: Path) -> str | None:
    """The :func:`lake_state` a warehouse file was built from (None: no file, or one built before
    states were recorded, or unreadable)."""
    found = _recorded(path)
    return found.state if found else None


def _start(target: Path, tmp: Path, key: str, versions: dict[str, str]) -> list[str] | None:
    """Begin a build in ``tmp``: when ``target`` was built under ``key``, copy it there and
    return the days to recompute — those whose version differs from the one it holds, and the
    days it holds that are no longer published (sorted); else None (a full build into an empty
    file)."""
    import shutil

    prior = _recorded(target)
    if prior is None or prior.key != key:
        return None
    shutil.copyfile(target, tmp)  # copy-on-write: readers keep the old file until the rename
    held = prior.versions
    return sorted(
        {d for d, v in versions.items() if held.get(d) != v} | (set(held) - set(versions))
    )


def _closure(model: Model, by_name: dict[str, Model]) -> list[Model]:
    """Every model ``model`` reads, directly or through views, in dependency order (a table —
    incremental, or a seed — is read as it is: what it is made from does not count)."""
    seen: set[str] = set()
    stack = [model]
    while stack:
        for ref in references(stack.pop().sql, set(by_name) - {model.name}):
            if ref not in seen:
                seen.add(ref)
                if by_name[ref].materialized == "view":
                    stack.append(by_name[ref])
    return [m for m in by_name.values() if m.name in seen]


class _Build:
    """One build of a warehouse file on an open connection (see :func:`build`)."""

    def __init__(self, con, models: list[Model], settings: Settings, view: LakeView, changed):
        self.con, self.models, self.settings, self.view = con, models, settings, view
        self.by_name = {m.name: m for m in models}
        self.scope = Scope(tuple(changed)) if changed is not None else _FULL
        days = view.days or {}
        self.delta_view = (
            LakeView(
                days={d: days[d] for d in changed if d in days},
                staged=view.staged if view.staged in (changed or ()) else None,
            )
            if changed is not None
            else view
        )

    def run(self) -> None:
        changed = self.scope.days
        if changed:
            self.con.execute(f"create schema if not exists {WORK_SCHEMA}")
            for model in self.models:  # the keys the changed days held before
                if model.incremental and model.unique_key:
                    self._touched(model, first=True)
        for model in self.models:
            try:
                if not model.incremental or not self.scope.incremental:
                    self.con.execute(render(model, self.settings, self.view))
                elif changed and model.partition_by:
                    self._update_days(model)
                elif changed:
                    self._update_keys(model)
            except Exception as err:  # duckdb.Error, or an OSError from the S3 filesystem
                raise RuntimeError(f"model {model.layer}/{model.name}.sql failed: {err}") from err

    def _bind(self, model: Model, inputs: bool) -> LakeView:
        """Create the ``delta`` schema for ``model`` and put it first on the search path:
        ``inputs`` — its day-partitioned inputs read only the changed days (incremental models
        filtered, lake views over the changed days' files); and in any case every view using
        ``changed()`` rendered for this build. Returns the lake view the model's own SQL uses."""
        con = self.con
        con.execute(f"drop schema if exists {DELTA_SCHEMA} cascade")
        con.execute(f"create schema {DELTA_SCHEMA}")
        view = self.delta_view if inputs else self.view
        shadowed: set[str] = set()
        for dep in _closure(model, self.by_name):
            if dep.incremental:
                if inputs:
                    if not dep.partition_by:
                        raise ValueError(
                            f"{model.name} reads {dep.name}, which is incremental by key: an "
                            "incremental model can read only models incremental by day"
                        )
                    con.execute(
                        f"create view {DELTA_SCHEMA}.{dep.name} as select * from main.{dep.name} "
                        f"where {self.scope.changed(*dep.partition_by)}"
                    )
                    shadowed.add(dep.name)
                continue
            if dep.layer == "seeds":
                continue
            macros = {m.group(1) for m in _MACRO.finditer(dep.sql)}
            if (
                (inputs and "lake" in macros)
                or macros & {"changed", "is_incremental"}
                or references(dep.sql, shadowed)
            ):
                con.execute(
                    f"create view {DELTA_SCHEMA}.{dep.name} as "
                    f"{body(dep, self.settings, view, self.scope)}"
                )
                shadowed.add(dep.name)
        con.execute(f"set search_path = '{DELTA_SCHEMA},main'")
        return view

    def _unbind(self) -> None:
        self.con.execute("reset search_path")
        self.con.execute(f"drop schema if exists {DELTA_SCHEMA} cascade")

    def _update_days(self, model: Model) -> None:
        """Replace the rows of the changed days: delete them, insert the select's rows for those
        days. A model with one day column reads only the changed days of its inputs; one with
        several (a row linking two days) reads everything and limits itself with ``changed()``."""
        view = self._bind(model, inputs=len(model.partition_by) == 1)
        try:
            where = self.scope.changed(*model.partition_by)
            self.con.execute(f"delete from main.{model.name} where {where}")
            self.con.execute(
                f"insert into main.{model.name} by name select * from "
                f"({body(model, self.settings, view, self.scope)}) where {where}"
            )
        finally:
            self._unbind()

    def _touched(self, model: Model, first: bool) -> None:
        """Record the keys of ``model`` that the changed days' rows of its inputs make (before the
        update: ``first``; after it: added)."""
        if any(
            not dep.incremental and "lake" in {m.group(1) for m in _MACRO.finditer(dep.sql)}
            for dep in _closure(model, self.by_name)
        ):  # its keys before the update could not be read from the lake's new files
            raise ValueError(
                f"{model.name} (unique_key) reads the lake directly: a mart incremental by key "
                "reads the lake only through models incremental by day"
            )
        view = self._bind(model, inputs=True)
        try:
            keys = ", ".join(model.unique_key)
            select = f"select distinct {keys} from ({body(model, self.settings, view, self.scope)})"
            if first:
                self.con.execute(f"create table {WORK_SCHEMA}.{model.name} as {select}")
            else:
                self.con.execute(f"insert into {WORK_SCHEMA}.{model.name} {select}")
        finally:
            self._unbind()

    def touched(self, model: Model, alias: str = "m") -> str:
        """SQL true for a row of ``model`` (as ``alias``) whose key this build touched."""
        match = " and ".join(f"t.{k} is not distinct from {alias}.{k}" for k in model.unique_key)
        return f"exists (select 1 from {WORK_SCHEMA}.{model.name} as t where {match})"

    def _update_keys(self, model: Model) -> None:
        """Recompute the rows of every key the changed days touched (before or after)."""
        self._touched(model, first=False)
        self.con.execute(f"delete from main.{model.name} as m where {self.touched(model)}")
        scope = dataclasses.replace(self.scope, keys_of=model)
        self.con.execute(
            f"insert into main.{model.name} by name select * from "
            f"({body(model, self.settings, self.view, scope)}) as m where {self.touched(model)}"
        )

    def record(self, state: str, key: str, versions: dict[str, str]) -> None:
        """Write what this file now reflects (:class:`_Recorded`) and drop the work schema."""
        con = self.con
        con.execute(f"drop schema if exists {WORK_SCHEMA} cascade")
        con.execute(f"drop table if exists {PREPARED_TABLE}")
        con.execute(
            f"create or replace table {STATE_TABLE} as "
            "select $state as state, $key as build_key, now() as built_at",
            {"state": state, "key": key},
        )
        # one statement for every day (executemany ran one insert per day: O(lake) round trips)
        con.execute(
            f"create or replace table {PARTITIONS_TABLE} as "
            "select unnest($dt::varchar[]) as dt, unnest($version::varchar[]) as version",
            {"dt": sorted(versions), "version": [versions[d] for d in sorted(versions)]},
        )


def _tmp_of(target: Path, what: str = "") -> Path:
    return target.with_name(f".{target.name}.{what}{uuid.uuid4().hex[:8]}.tmp")


def prepared_path(settings: Settings, ds: str, attempt: str) -> Path:
    """Where :func:`preview` keeps the warehouse it built for ``ds``'s staged data (``attempt``:
    the staging fingerprint's first 12 hex, so other staged data never finds it), for
    :func:`build` to adopt when that data is published (publish deletes it in any case). Not a
    ``.tmp`` file: it outlives validate's lock, which :func:`parley.storage.lake.sweep` would
    clear; :func:`discard_prepared` removes the ones of a date."""
    target = settings.warehouse_path
    return target.with_name(f".{target.name}.prepared-{ds}-{attempt}")


def discard_prepared(settings: Settings, ds: str) -> None:
    """Delete every warehouse :func:`preview` kept for ``ds`` (:func:`prepared_path`): before a
    new preview of the date, and when its data failed validation."""
    target = settings.warehouse_path
    for path in target.parent.glob(f".{target.name}.prepared-{ds}-*"):
        path.unlink(missing_ok=True)


def _adopt(prepared: Path, tmp: Path, key: str, versions: dict[str, str]) -> bool:
    """Move the warehouse :func:`preview` kept at ``prepared`` to ``tmp`` when its tables are
    those a build would make now: built from the same SQL and lake (``key``), over the lake's
    current versions but its previewed day's, which is published now (the staged data it read
    is what was published: the file is named by its fingerprint). Else delete it; False."""
    import duckdb

    try:
        os.replace(prepared, tmp)
    except FileNotFoundError:
        return False
    try:
        con = duckdb.connect(str(tmp), read_only=True)
        try:
            rows = con.execute(
                f"select ds, build_key, dt, version from {PREPARED_TABLE}"
            ).fetchall()
        finally:
            con.close()
    except duckdb.Error:
        rows = []
    ok = bool(rows) and rows[0][1] == key and rows[0][0] in versions
    if ok:
        ds = rows[0][0]
        previewed = {dt: v for _, _, dt, v in rows if dt != ds}
        ok = previewed == {d: v for d, v in versions.items() if d != ds}
    if not ok:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    return ok


def build(
    settings: Settings | None = None, state: str | None = None, prepared: Path | None = None
) -> dict[str, int]:
    """Bring the warehouse file up to date with one snapshot of the lake's manifests (the staging
    views name exactly the current files, so the warehouse shows every table of a day at one
    version), record the snapshot (its :func:`lake_state`; ``state``: one computed just before,
    and each day's version), and return row counts of the marts. Raises ``RuntimeError`` when
    nothing is published yet or a model fails.

    **Incremental.** When the current file was built from the same SQL over the same lake
    (:func:`build_key`), it is copied and only the *changed days* are recomputed: days whose
    manifest version differs from the one the file holds, and days no longer published. Views
    are re-made (they name the current files); ``materialized: incremental`` tables are updated:

    * ``partition_by: dt`` — the changed days' rows are deleted and the select's rows for them
      inserted, every day-partitioned input (lake views, other such tables) read for the changed
      days only; with two day columns (``partition_by: dt, disputed_dt``: a row linking two
      days) the select reads every day and limits itself with ``{{ changed(...) }}``, and rows
      with either day changed are replaced;
    * ``unique_key: a, b`` — a mart over all days: the keys the changed days' input rows make,
      before and after, are recomputed from the whole (native) input table.

    Otherwise — no file, other SQL, another lake — everything is built from scratch. Both give
    the same tables (tests/unit/storage/test_incremental.py). The new file is written beside the
    old one and renamed into place: an analyst's read-only connection never sees a half-built
    warehouse and the build never waits for their lock.

    **Prepared.** ``prepared``: the warehouse :func:`preview` kept for the day just published
    (:func:`prepared_path`). When its tables are the ones this build would make (:func:`_adopt`),
    it is the new file: only its views and plain tables are made again (they name the published
    files, not the staged ones) and the snapshot recorded, so the day's marts are computed once,
    by the preview that validated them, not again here."""
    from parley.storage import crash

    settings = settings or get_settings()
    state = state or lake_state(settings)
    days = lake.published(settings)
    if not days:
        raise RuntimeError("nothing published yet: run the DAG first")
    versions = {d: m.version for d, m in days.items()}
    key = build_key(settings)
    target = settings.warehouse_path
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_of(target)
    counts: dict[str, int] = {}
    try:
        adopted = prepared is not None and _adopt(prepared, tmp, key, versions)
        changed = [] if adopted else _start(target, tmp, key, versions)
        log.info(
            "warehouse: %s",
            "full build"
            if changed is None
            else "the preview's tables, views made again"
            if adopted
            else f"{plural(len(changed), 'changed day')} {changed[:5]}{' …' if len(changed) > 5 else ''}",
        )
        con = duckdb_connect(str(tmp), settings)
        try:
            models = load_models(settings.sql_dir)
            work = _Build(con, models, settings, LakeView(days=days), changed)
            work.run()
            for model in models:
                if model.layer == "marts":
                    counts[model.name] = con.execute(
                        f"select count(*) from {model.name}"
                    ).fetchone()[0]
            work.record(state, key, versions)
            con.execute("checkpoint")
        finally:
            con.close()
        crash.point("warehouse:built")
        os.replace(tmp, target)
        crash.point("warehouse:swapped")
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
        if prepared is not None:  # not adoptable: never left to be found again
            prepared.unlink(missing_ok=True)
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


STAGED_VERSION = "staged"  # the version a preview gives the day it previews: never a real one


PREVIEW_ROW_GROUP = 16_384  # rows per row group of a preview file: what a reader holds at once


def preview(
    ds: str,
    marts: list[str],
    settings: Settings | None = None,
    into: Path | None = None,
    keep: str | None = None,
) -> dict:
    """The named marts' rows that publishing ``ds``'s staged partition would write: the same
    build as :func:`build`, on a temporary copy of this host's warehouse, with ``ds`` (and any day
    the copy is behind on) as the changed days and ``ds``'s inputs read from its staged parts
    (:class:`LakeView`). So the cost is the day's, not the lake's, and the rows checked are
    exactly those publish makes. Per mart: an incremental one by day — its rows whose day column
    is ``ds``; by key — the rows of the keys the day touches (all rows when there was no warehouse
    to start from); any other — filtered on the ``partition_column`` its ``<model>.yml`` names
    (default ``dt``; ``null``: the whole mart). Returns Arrow tables by mart name, or with
    ``into`` (a folder) the path of a Parquet file per mart written there (``<mart>.parquet``,
    row groups of :data:`PREVIEW_ROW_GROUP` rows), so a big day's marts never sit in memory
    whole: DuckDB streams them to disk within its ``memory_limit``. The warehouse is left as it
    was. The copy is deleted, or with ``keep`` (the staging fingerprint's first 12 hex) kept at
    :func:`prepared_path` with what it reflects (table ``_parley_prepared``: the day, the
    :func:`build_key`, every day's version, ``ds``'s as :data:`STAGED_VERSION`), for
    :func:`build` to adopt when publishing this staged data. Raises ``RuntimeError`` if a model
    fails."""
    settings = settings or get_settings()
    days = lake.published(settings)
    versions = {d: m.version for d, m in days.items()} | {ds: STAGED_VERSION}
    target = settings.warehouse_path
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_of(target, "preview-")
    try:
        changed = _start(target, tmp, build_key(settings), versions)
        con = duckdb_connect(str(tmp), settings)
        try:
            models = load_models(settings.sql_dir)
            work = _Build(con, models, settings, LakeView(days=days, staged=ds), changed)
            work.run()
            out: dict = {}
            day = f"date '{date.fromisoformat(ds).isoformat()}'"
            for name in marts:
                model = work.by_name[name]
                if model.incremental and model.partition_by:
                    where = " or ".join(f"{c} = {day}" for c in model.partition_by)
                elif model.incremental:
                    where = work.touched(model) if changed is not None else "true"
                else:
                    column = (model.spec or {}).get("partition_column", "dt")
                    where = f"{column} = {day}" if column else "true"
                query = f"select * from {name} as m where {where}"
                if into is None:
                    out[name] = con.sql(query).to_arrow_table()
                    continue
                path = Path(into) / f"{name}.parquet"
                literal = str(path).replace("'", "''")
                con.execute(
                    f"copy ({query}) to '{literal}' "
                    f"(format parquet, row_group_size {PREVIEW_ROW_GROUP})"
                )
                out[name] = path
            if keep is not None:
                con.execute(
                    f"create or replace table {PREPARED_TABLE} as select $ds as ds, "
                    "$key as build_key, unnest($dt::varchar[]) as dt, "
                    "unnest($version::varchar[]) as version",
                    {
                        "ds": ds,
                        "key": build_key(settings),
                        "dt": sorted(versions),
                        "version": [versions[d] for d in sorted(versions)],
                    },
                )
        finally:
            con.close()
        if keep is not None:
            os.replace(tmp, prepared_path(settings, ds, keep))
        return out
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)


class PublishedReader:
    """What dates other than ``exclude_ds`` published, read over one DuckDB connection: the
    lake's manifests listed once, this host's warehouse attached once (read-only, as ``wh``)
    and its held versions read once, for the three reads of ingest's published index
    (:meth:`content`, :meth:`signatures`, :meth:`rejects`; each was a connection, a listing
    and an attach of its own: ~0.1 CPU-s of a day with nothing new). Days whose version the
    warehouse holds, built from this SQL (:func:`build_key`), are read from its compact models;
    any other day from the lake's files, so the cost does not grow with the lake and a stale
    warehouse never hides a published day. A context manager; the connection is opened at the
    first read that has a day to read and closed on exit."""

    def __init__(self, exclude_ds: str, settings: Settings | None = None) -> None:
        self.exclude_ds = exclude_ds
        self.settings = settings or get_settings()
        self.days = lake.published(self.settings)
        self._con = None
        self._versions: dict | None = None

    def __enter__(self) -> PublishedReader:
        return self

    def __exit__(self, *exc) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def content(self) -> list[tuple]:
        """``(content_hash, canonical_url)`` of every article row published under a date other
        than ``exclude_ds`` (what a run of that date must not ingest again), distinct (the
        warehouse's ``int_published_content``, the lake's ``articles`` files)."""
        return self._rows(
            "articles",
            "int_published_content",
            "content_hash, canonical_url",
            "select distinct * from ({rows})",
        )

    def signatures(self) -> list[tuple]:
        """``(article_id, minhash, parties)`` of every original article (``duplicate_of`` null)
        with a MinHash signature (``articles.minhash``, 512 bytes; ``parties``: the list of
        states and persons its text names, null in partitions written before that column)
        published under a date other than ``exclude_ds`` and at most
        :data:`NEAR_DUPLICATE_WINDOW_DAYS` days from it, ordered by date and id: what a run of
        that date links its near-duplicates to; partitions written before ``minhash`` existed
        have none."""
        return self._rows(
            "articles",
            "int_published_content",
            "dt, article_id, duplicate_of, minhash, parties",
            "select article_id, minhash, parties from ({rows}) where duplicate_of is null "
            "and minhash is not null order by dt, article_id",
            within_days=NEAR_DUPLICATE_WINDOW_DAYS,
        )

    def rejects(self) -> list[tuple]:
        """``(source, locator, input_hash, first date)`` of every input rejected under a date
        other than ``exclude_ds`` whose bytes were read (``input_hash`` not null), one row per
        input: what a run of that date says is already rejected instead of quarantining it
        again (the warehouse's ``int_published_rejects``, the lake's ``rejects`` files);
        partitions written before ``input_hash`` existed count as rejects nothing can
        recognise."""
        return self._rows(
            "rejects",
            "int_published_rejects",
            "source, locator, input_hash, dt",
            "select source, locator, input_hash, strftime(min(dt), '%Y-%m-%d') from ({rows}) "
            "where input_hash is not null group by all",  # old files: hash null
        )

    def _connection(self):
        if self._con is None:
            self._con = duckdb_connect(settings=self.settings)
            self._versions = self._held_versions(self._con)
        return self._con

    def _held_versions(self, con) -> dict:
        """``{dt: version}`` this host's warehouse holds, attached to ``con`` as ``wh``; {}
        when there is no such warehouse (none, unreadable, built from other SQL)."""
        import duckdb

        if not self.settings.warehouse_path.exists():
            return {}
        path = str(self.settings.warehouse_path).replace("'", "''")
        try:
            con.execute(f"attach '{path}' as wh (read_only)")
            key = con.execute(f"select build_key from wh.{STATE_TABLE}").fetchall()
            if not key or key[0][0] != build_key(self.settings):  # built from other SQL
                return {}
            return dict(con.execute(f"select dt, version from wh.{PARTITIONS_TABLE}").fetchall())
        except duckdb.Error as err:  # unreadable, or from before incremental builds
            log.info("published index: not reading the warehouse (%s)", err)
            return {}

    def held(self, table: str) -> list[str]:
        """The dates other than ``exclude_ds`` that published ``table`` whose published version
        this host's warehouse holds (read from its compact models), sorted."""
        return self._split(table)[0]

    def _split(self, table: str, within_days: int | None = None) -> tuple[list[str], list[str]]:
        """(held, rest): the dates other than ``exclude_ds`` that published ``table`` (at most
        ``within_days`` days from it, when given) whose version the warehouse holds, sorted,
        and the others."""
        from datetime import date

        others = {d: m for d, m in self.days.items() if d != self.exclude_ds and table in m.tables}
        if within_days is not None:
            run = date.fromisoformat(self.exclude_ds)
            others = {
                d: m
                for d, m in others.items()
                if abs((date.fromisoformat(d) - run).days) <= within_days
            }
        if not others:
            return [], []
        self._connection()
        held = sorted(d for d, m in others.items() if self._versions.get(d) == m.version)
        return held, [d for d in others if d not in set(held)]

    def _rows(
        self, table: str, compact: str, columns: str, query: str, within_days: int | None = None
    ) -> list[tuple]:
        """``query`` (its ``{rows}`` the union of ``columns``) over ``table``'s rows published
        under every date but ``exclude_ds`` (only those at most ``within_days`` days from it,
        when given): the days whose version the warehouse holds from its compact ``compact``
        model, any other day from the lake's ``table`` files. [] when no other date published
        ``table``."""
        held, rest = self._split(table, within_days)
        if not held and not rest:
            return []
        parts = []
        if held:
            listed = ", ".join(f"date '{d}'" for d in held)
            parts.append(f"select {columns} from wh.{compact} where dt in ({listed})")
        if rest:
            scan = lake.scan(table, self.settings, dates=rest, days=self.days)
            parts.append(f"select {columns} from {scan}")
        return self._con.execute(query.format(rows=" union all ".join(parts))).fetchall()


NEAR_DUPLICATE_WINDOW_DAYS = 30
"""How many days before or after a run's date its articles are compared with published originals
for near-duplicates (exact copies are caught at any distance by :meth:`PublishedReader.content`):
a wire story's re-publications and rewrites come within days, and a window keeps the signatures
a day loads, and so its cost and memory, flat as the lake grows (issue #13), instead of growing
with the whole history (~550 bytes an article)."""


def published_content(exclude_ds: str, settings: Settings | None = None) -> list[tuple]:
    """:meth:`PublishedReader.content` over a connection of its own."""
    with PublishedReader(exclude_ds, settings) as reader:
        return reader.content()


def published_signatures(exclude_ds: str, settings: Settings | None = None) -> list[tuple]:
    """:meth:`PublishedReader.signatures` over a connection of its own."""
    with PublishedReader(exclude_ds, settings) as reader:
        return reader.signatures()


def published_rejects(exclude_ds: str, settings: Settings | None = None) -> list[tuple]:
    """:meth:`PublishedReader.rejects` over a connection of its own."""
    with PublishedReader(exclude_ds, settings) as reader:
        return reader.rejects()


def table_fingerprints(path: Path) -> dict[str, tuple[int, str]]:
    """Row count and an order-independent content hash (16 hex of a sha256 over the column names
    and the sorted rows, as JSON) of every table of a warehouse file, its own ``_parley_*``
    records left out: two warehouses with equal fingerprints hold the same tables."""
    import json

    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "select table_name from duckdb_tables() where schema_name = 'main' "
                "and not starts_with(table_name, '_parley') order by 1"
            ).fetchall()
        ]
        out = {}
        for name in names:
            cur = con.execute(f"select * from {name}")
            cols = [c[0] for c in cur.description]
            lines = sorted(json.dumps(r, default=str) for r in cur.fetchall())
            h = hashlib.sha256("\n".join([json.dumps(cols), *lines]).encode()).hexdigest()
            out[name] = (len(lines), h[:16])
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
