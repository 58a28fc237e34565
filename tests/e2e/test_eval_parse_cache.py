"""``tools.eval_quotes --parse-cache``: extraction from kept parses writes what the command line
writes, and a second run reads the parses instead of making them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tools.eval_quotes import run_parley_cached
from tools.parse_cache import cache_path, parses

PARLEY = Path(sys.executable).with_name("parley")

TEXTS = {
    "label": "Anna Berg: 'We will not sign this deal.'\nThe talks ended on Friday.",
    "report": (
        'The minister said the talks had failed. "We tried everything," she added. '
        "According to officials, a new round is planned for March."
    ),
    "none": "Prices rose by two percent in May.",
    # the statement layer names a transcript's speaker label from the actor tables (PSAKI ->
    # Jen Psaki): extraction without it would write another line
    "transcript": "PSAKI: The president told me that he would sign the bill.\nQ: When?",
}


def _gold(tmp_path: Path) -> Path:
    gold = tmp_path / "gold.jsonl"
    lines = [json.dumps({"doc_id": k, "text": t, "quotes": []}) for k, t in TEXTS.items()]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold


def test_cached_extraction_writes_what_the_command_line_writes(tmp_path):
    gold = _gold(tmp_path)
    by_cli, by_cache = tmp_path / "cli.jsonl", tmp_path / "cached.jsonl"
    subprocess.run(
        [str(PARLEY), "extract-quotes", str(gold), str(by_cli), "--workers", "1"],
        capture_output=True,
        check=True,
    )
    cache = tmp_path / "parses"
    run_parley_cached(gold, by_cache, cache)
    cli = by_cli.read_text(encoding="utf-8").splitlines()
    assert by_cache.read_text(encoding="utf-8").splitlines() == cli
    assert sum(len(json.loads(line)["quotes"]) for line in cli) >= 3  # something to compare
    kept = {p: p.stat().st_mtime_ns for p in cache.glob("*.spacy")}
    assert len(kept) == len(TEXTS)
    # the second run reads the kept parses (none written again) and writes the same lines
    run_parley_cached(gold, by_cache, cache)
    assert {p: p.stat().st_mtime_ns for p in cache.glob("*.spacy")} == kept
    assert by_cache.read_text(encoding="utf-8").splitlines() == cli


def test_a_kept_parse_is_read_back_not_made_again(tmp_path):
    from parley.extract import model

    nlp = model.load()
    text = TEXTS["report"]
    fresh = next(parses(nlp, [text], tmp_path))
    path = cache_path(nlp, text, tmp_path)
    assert path.exists()
    stamp = path.stat().st_mtime_ns
    kept = next(parses(nlp, [text], tmp_path))
    assert path.stat().st_mtime_ns == stamp  # read, not written again
    assert [(t.text, t.head.i, t.dep_, t.ent_type_) for t in kept] == [
        (t.text, t.head.i, t.dep_, t.ent_type_) for t in fresh
    ]
    assert cache_path(nlp, text + " ", tmp_path) != path  # another text, another file


def test_a_document_whose_rules_raise_gets_the_runners_error_and_no_quotes(tmp_path, monkeypatch):
    import parley.extract as extract
    from parley.extract.runner import ERROR

    gold = _gold(tmp_path)
    real = extract.quotes.extract_quotes_with_warnings

    def failing(doc):
        if "minister" in doc.text:
            raise ValueError("a rule broke")
        return real(doc)

    monkeypatch.setattr(extract.quotes, "extract_quotes_with_warnings", failing)
    out = tmp_path / "cached.jsonl"
    run_parley_cached(gold, out, tmp_path / "parses")
    got = {r["doc_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert got["report"] == {
        "doc_id": "report",
        "quotes": [],
        "error": f"{ERROR}: ValueError: a rule broke",
    }
    assert got["label"]["quotes"] and "error" not in got["label"]
