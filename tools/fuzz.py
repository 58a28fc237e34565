"""``make fuzz``: generated inputs through the real ingest and extract stages, checking that
nothing crashes, every input is accounted for, every offset slices its text, and a day re-runs to
the same tables.

    python -m tools.fuzz [--seed 20251130] [--ingest 10000] [--extract 1000] [--per-day 1000]
                         [--work DIR] [--json]

**Ingest.** The inputs (:mod:`tools.fuzz_inputs`) are spread over days of ``--per-day`` each:
about three quarters folder entries (files of every kind, links, FIFOs, odd names), the rest feeds
and pages served from a local HTTP server on 127.0.0.1. Each day runs the pipeline's own
``ingest`` stage (:func:`parley.pipeline.ingest`) into a throw-away data folder, then again, and
checks:

* nothing raised, and no reject says ``ingest-error`` or ``source-failed`` (the catch-alls that
  stand for a bug);
* every folder entry gave exactly the rows it must (an article or a reject per file and per
  record; a skip counted in ``source_days.skipped`` for hidden entries, notices and a JSON Lines
  file's blank lines); every page
  URL exactly one row; every source ``items = articles + rejects + already_ingested +
  already_rejected``;
* every string written is valid UTF-8 (the Parquet writer would have refused otherwise);
* the second run of the day staged the same ``articles``, ``rejects`` and ``source_days`` rows
  (feeds and pages replayed from the landing zone).

**Extraction.** ``--extract`` texts (marks and cue soups, repeated cues, nesting, one long
sentence, mutated corpus paragraphs read from ``../shared`` at run time) are ingested as one
JSON Lines file and extracted by the pipeline's own ``extract`` stage in a child process (so a
native crash is seen, not suffered), twice. Checks: the stage ends with exit code 0; every
extractable article was extracted or quarantined with a reason; every quotation's, speaker's,
cue's, entity's and target's offsets slice its article's text; both runs staged the same rows.

Every violation is printed with the seed and the input's index and kind (enough to regenerate
it); the exit code is 1 when there is any. The report gives the inputs by kind, the reject
reasons they produced and the wall time. ``make test`` runs a fixed-seed slice
(``tests/e2e/test_fuzz.py``).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from tools import fuzz_inputs as gen
from tools.local_site import Site, serve_site

DEFAULT_SEED = 20251130
FIRST_DAY = date(2025, 3, 1)
FOLDER_SHARE = 0.75  # of a day's inputs; the rest are feeds and pages, half and half
CRASH_REASONS = {"ingest-error", "source-failed"}
LIMITS = {"timeout_s": 5, "retries": 0, "backoff_s": 0.01, "delay_s": 0, "max_items": 50}


@dataclass
class Report:
    seed: int
    inputs: collections.Counter = field(default_factory=collections.Counter)  # by kind
    rows: collections.Counter = field(default_factory=collections.Counter)  # articles, rejects
    reasons: collections.Counter = field(default_factory=collections.Counter)  # reject reasons
    violations: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    extraction: dict = field(default_factory=dict)

    def fail(self, what: str) -> None:
        self.violations.append(what)

    @property
    def n_inputs(self) -> int:
        return sum(self.inputs.values())


# ---------------------------------------------------------------------------------------------
# ingest


def _staged(day: date) -> dict[str, list[dict]]:
    from parley.storage import lake

    return {
        t: lake.read_staging(t, day).to_pylist() for t in ("articles", "rejects", "source_days")
    }


def _key(row: dict) -> str:
    return json.dumps(row, sort_keys=True, default=str, ensure_ascii=False)


def _valid_utf8(rows: list[dict]) -> bool:
    try:
        for row in rows:
            for value in row.values():
                if isinstance(value, str):
                    value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def ingest_day(
    day: date, n: int, rng: random.Random, start: int, work: Path, site: Site, report: Report
) -> None:
    """Generate ``n`` inputs for ``day``, ingest them twice, check (see the module doc)."""
    from parley import pipeline
    from parley.dates import window_for_date

    inbox = work / f"inbox-{day}"
    inbox.mkdir(parents=True)
    n_folder = round(n * FOLDER_SHARE)
    n_pages = (n - n_folder) // 2
    expects: list[tuple[int, gen.Expect]] = []
    for i in range(start, start + n_folder):
        inp = gen.file_input(rng, i)
        report.inputs[inp.kind] += 1
        expects += [(i, e) for e in gen.materialize(inbox, inp)]
    page_urls: dict[str, tuple[int, str]] = {}
    for i in range(start + n_folder, start + n_folder + n_pages):
        page = gen.gen_page(rng, i)
        # served as generated: no ETag / Last-Modified, so never a 304
        site.add(page.path, page.body, page.content_type, page.status, validators=False)
        page_urls[site.base + page.path] = (i, page.kind)
        report.inputs[page.kind] += 1
    sources: list[dict] = [{"name": "inbox", "type": "folder", "path": str(inbox)}]
    if page_urls:
        sources.append(
            {
                "name": "pages",
                "type": "pages",
                "urls": list(page_urls),
                "limits": {"max_items": len(page_urls)},  # every URL an item: none skipped
            }
        )
    feed_of: dict[str, tuple[int, str]] = {}
    paths = [p for p in site.routes if p.startswith("/pages/")]
    for i in range(start + n_folder + n_pages, start + n):
        feed = gen.gen_feed(rng, i, site.base, paths)
        site.add(feed.path, feed.body, feed.content_type, feed.status, validators=False)
        name = f"feed-{i}"
        feed_of[name] = (i, feed.kind)
        sources.append(
            {
                "name": name,
                "type": "rss",
                "url": site.base + feed.path,
                "fetch_pages": rng.random() < 0.5,
            }
        )
        report.inputs[feed.kind] += 1
    config = {"defaults": {"limits": LIMITS, "allow_private": ["127.0.0.0/8"]}, "sources": sources}
    sources_file = work / f"sources-{day}.yaml"
    import yaml

    sources_file.write_text(yaml.safe_dump(config))
    os.environ["PARLEY_SOURCES"] = str(sources_file)
    window = window_for_date(day)
    runs = []
    for attempt in (1, 2):
        t0 = time.perf_counter()
        try:
            pipeline.ingest(window)
        except Exception as err:  # the stage itself must never raise for an input
            report.fail(
                f"seed {report.seed} day {day} run {attempt}: ingest raised {type(err).__name__}: {err}"
            )
            return
        report.seconds[f"ingest {day} run {attempt}"] = time.perf_counter() - t0
        runs.append(_staged(day))
    first, second = runs
    for table in first:
        if sorted(map(_key, first[table])) != sorted(map(_key, second[table])):
            report.fail(f"seed {report.seed} day {day}: {table} differ between two runs of the day")
        if not _valid_utf8(first[table]):
            report.fail(f"seed {report.seed} day {day}: {table} holds a string that is not UTF-8")
    arts, rejects, days = first["articles"], first["rejects"], first["source_days"]
    report.rows["articles"] += len(arts)
    report.rows["rejects"] += len(rejects)
    report.reasons.update(r["reason"] for r in rejects)
    for r in rejects:
        if r["reason"] in CRASH_REASONS:
            report.fail(
                f"seed {report.seed} day {day}: {r['reason']} at {r['source']} {r['locator']!r}: {r['detail'][:200]}"
            )
    by_loc: dict[str, int] = collections.Counter()  # a locator counts for itself and for each
    for row in [*arts, *rejects]:  # prefix before a '#' (a file's records: "f.jsonl#L3")
        loc = row["locator"]  # (a record may name its own source: rows are matched by locator)
        by_loc[loc] += 1
        for cut in (i for i, c in enumerate(loc) if c == "#"):
            by_loc[loc[:cut]] += 1
    inbox_day = next(d for d in days if d["source"] == "inbox")
    expected_skips = 0
    for i, e in expects:
        got = by_loc.get(e.locator, 0)
        expected_skips += e.blank_lines
        if e.skipped:
            expected_skips += 1
            if got:
                report.fail(
                    f"seed {report.seed} #{i} {e.kind}: {e.locator!r} was skipped yet gave {got} rows"
                )
        elif (e.rows is None and got < 1) or (e.rows is not None and got != e.rows):
            report.fail(
                f"seed {report.seed} #{i} {e.kind}: {e.locator!r} gave {got} rows, expected {e.rows or '>= 1'}"
            )
    if inbox_day["skipped"] != expected_skips:
        report.fail(
            f"seed {report.seed} day {day}: skipped {inbox_day['skipped']}, expected {expected_skips}"
        )
    for url, (i, kind) in page_urls.items():
        got = sum(
            1 for row in [*arts, *rejects] if row["source"] == "pages" and row["locator"] == url
        )
        if got != 1:
            report.fail(f"seed {report.seed} #{i} {kind}: page {url} gave {got} rows, expected 1")
    for d in days:
        if (
            d["items"]
            != d["articles"] + d["rejects"] + d["already_ingested"] + d["already_rejected"]
        ):
            i, kind = feed_of.get(d["source"], (None, d["source"]))
            report.fail(f"seed {report.seed} #{i} {kind}: source {d['source']} items {d['items']} != "
                        f"articles {d['articles']} + rejects {d['rejects']} + already {d['already_ingested']}")  # fmt: skip
    shutil.rmtree(inbox, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# extraction


def _corpus(settings) -> list[str]:
    paragraphs = []
    folder = settings.shared_dir / "corpus" / "articles"
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text") or ""
                paragraphs.append(text)
    return paragraphs


_EXTRACT = (
    "import json, sys; from parley import pipeline; from parley.dates import window_for_date; "
    "print(json.dumps(pipeline.extract(window_for_date(sys.argv[1])), default=str))"
)


def _extract_child(day: date) -> tuple[int, str, float]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _EXTRACT, day.isoformat()], capture_output=True, text=True
    )
    return (
        proc.returncode,
        proc.stdout.strip().splitlines()[-1:]
        and proc.stdout.strip().splitlines()[-1]
        or proc.stderr[-2000:],
        time.perf_counter() - t0,
    )


def _slices(table: str, rows: list[dict], texts: dict[str, str], report: Report) -> None:
    spans = {
        "quotes": [("quote_start", "quote_end", "quote_text"), ("speaker_start", "speaker_end", "speaker_mention"), ("cue_start", "cue_end", "cue")],
        "entities": [("start_char", "end_char", "entity_text")],
        "statements": [("statement_start", "statement_end", "statement_text"), ("target_start", "target_end", "target_mention")],
    }[table]  # fmt: skip
    for row in rows:
        text = texts.get(row["article_id"])
        for s, e, t in spans:
            if row.get(s) is None and row.get(e) is None:
                continue
            if (
                text is None
                or text[row[s] : row[e]] != row[t]
                or not 0 <= row[s] < row[e] <= len(text)
            ):
                report.fail(f"seed {report.seed} {table} {row.get('quote_id') or row.get('entity_id') or row.get('statement_id')}: "
                            f"[{row.get(s)}:{row.get(e)}] does not slice {row.get(t)!r}")  # fmt: skip


def extract_day(day: date, n: int, rng: random.Random, work: Path, report: Report) -> None:
    """``n`` generated texts ingested as one JSON Lines file, extracted twice in a child process."""
    from parley import pipeline
    from parley.dates import window_for_date
    from parley.ingest.articles import extractable
    from parley.settings import get_settings
    from parley.storage import lake

    corpus = _corpus(get_settings())
    inbox = work / f"extract-inbox-{day}"
    inbox.mkdir(parents=True)
    kinds = {}
    with (inbox / "texts.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(n):
            kind, text = gen.extract_text(rng, corpus)
            kinds[f"x{i}"] = kind
            report.inputs[f"extract.{kind.split('-')[0]}"] += 1
            fh.write(json.dumps({"id": f"x{i}", "text": text, "title": f"Text {i}"}) + "\n")
    import yaml

    sources_file = work / f"sources-{day}.yaml"
    sources_file.write_text(
        yaml.safe_dump({"sources": [{"name": "texts", "type": "folder", "path": str(inbox)}]})
    )
    os.environ["PARLEY_SOURCES"] = str(sources_file)
    pipeline.ingest(window_for_date(day))
    articles = lake.read_staging("articles", day).to_pylist()
    texts = {a["article_id"]: a["text"] for a in articles}
    n_extractable = sum(1 for a in articles if extractable(a))
    staged = []
    for attempt in (1, 2):
        code, out, seconds = _extract_child(day)
        report.seconds[f"extract {day} run {attempt}"] = seconds
        if code != 0:
            report.fail(
                f"seed {report.seed} day {day}: the extract stage ended with exit code {code}: {out[-500:]}"
            )
            return
        result = json.loads(out)
        tables = {
            t: lake.read_staging(t, day).to_pylist()
            for t in ("entities", "quotes", "statements", "rejects")
        }
        staged.append(tables)
        quarantined = [r for r in tables["rejects"] if r["stage"] == "extract"]
        if result.get("articles", 0) != n_extractable:
            report.fail(
                f"seed {report.seed} day {day}: {n_extractable} extractable articles, the stage took {result.get('articles')}"
            )
        report.extraction = {
            "texts": n,
            "articles": len(articles),
            "extractable": n_extractable,
            "quarantined": collections.Counter(r["reason"] for r in quarantined),
            "quotes": len(tables["quotes"]),
            "statements": len(tables["statements"]),
            "entities": len(tables["entities"]),
            "seconds": seconds,
        }
    for table in ("quotes", "entities", "statements"):
        _slices(table, staged[0][table], texts, report)
    for table in staged[0]:
        if sorted(map(_key, staged[0][table])) != sorted(map(_key, staged[1][table])):
            report.fail(
                f"seed {report.seed} day {day}: {table} differ between two extractions of the day"
            )


# ---------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _restored(saved: dict[str, str | None]):
    """Put the environment variables back as they were (a test's environment stays its own)."""
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run(seed: int, n_ingest: int, n_extract: int, per_day: int, work: Path) -> Report:
    """The whole fuzz in ``work`` (a data folder, inboxes and sources files are made there)."""
    rng = random.Random(seed)
    report = Report(seed)
    t0 = time.perf_counter()
    saved = {k: os.environ.get(k) for k in ("PARLEY_DATA_DIR", "PARLEY_SOURCES")}
    os.environ["PARLEY_DATA_DIR"] = str(work / "data")
    with serve_site() as site, _restored(saved):
        day, start = FIRST_DAY, 0
        while start < n_ingest:
            n = min(per_day, n_ingest - start)
            ingest_day(day, n, rng, start, work, site, report)
            start += n
            day += timedelta(days=1)
        if n_extract:
            extract_day(day, n_extract, rng, work, report)
    report.seconds["total"] = time.perf_counter() - t0
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--ingest", type=int, default=10_000, help="inputs through ingest")
    parser.add_argument("--extract", type=int, default=1_000, help="texts through extraction")
    parser.add_argument("--per-day", type=int, default=1_000, help="ingest inputs per day")
    parser.add_argument("--work", type=Path, default=None, help="default: a temporary folder")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="parley-fuzz-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        report = run(args.seed, args.ingest, args.extract, args.per_day, work)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(report.__dict__, indent=1, default=str))
    else:
        print_report(report)
    return 1 if report.violations else 0


def print_report(report: Report) -> None:
    n_ext = sum(v for k, v in report.inputs.items() if k.startswith("extract."))
    print(f"fuzz seed {report.seed}: {report.n_inputs - n_ext:,} inputs through ingest, "
          f"{n_ext:,} texts through extraction, {report.seconds.get('total', 0):.0f} s wall")  # fmt: skip
    families = collections.Counter()
    for kind, count in report.inputs.items():
        families[kind.split(".")[0]] += count
    print("inputs by family: " + ", ".join(f"{k} {v:,}" for k, v in families.most_common()))
    print(f"rows: {report.rows['articles']:,} articles, {report.rows['rejects']:,} rejects")
    print("reject reasons: " + ", ".join(f"{k} {v:,}" for k, v in report.reasons.most_common()))
    if report.extraction:
        x = report.extraction
        print(f"extraction: {x['extractable']:,} of {x['articles']:,} articles extracted in "
              f"{x['seconds']:.0f} s; {x['quotes']:,} quotes, {x['statements']:,} statements, "
              f"{x['entities']:,} entities; quarantined {dict(x['quarantined']) or 0}")  # fmt: skip
    slow = sorted(((v, k) for k, v in report.seconds.items() if k != "total"), reverse=True)[:3]
    print("slowest stages: " + ", ".join(f"{k} {v:.0f} s" for v, k in slow))
    print(f"violations: {len(report.violations)}")
    for line in report.violations[:40]:
        print("  " + line)


if __name__ == "__main__":
    sys.exit(main())
