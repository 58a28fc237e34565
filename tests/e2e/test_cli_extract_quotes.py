"""`parley extract-quotes`: the evaluation contract, exercised through the console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PARLEY = Path(sys.executable).with_name("parley")


def test_one_line_out_per_line_in_same_order_offsets_exact(tmp_path, seed_text):
    lines = [
        json.dumps({"doc_id": "seed", "text": seed_text, "extra": [1, 2]}),
        "{this is not json",
        json.dumps({"doc_id": 7, "text": ""}),
        json.dumps({"doc_id": "no-text"}),
        json.dumps({"doc_id": "odd-marks", "text": 'He said "one "two" three. "Four.'}),
        json.dumps({"doc_id": "short", "text": 'Mr Smith said: "We will not move."'}),
    ]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.run(
        [str(PARLEY), "extract-quotes", str(src), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "line 2" in proc.stderr  # the bad line is reported, not fatal
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [g["doc_id"] for g in got] == ["seed", None, 7, "no-text", "odd-marks", "short"]
    texts = {
        "seed": seed_text,
        "odd-marks": json.loads(lines[4])["text"],
        "short": json.loads(lines[5])["text"],
    }
    for rec in got:
        for q in rec["quotes"]:
            assert set(q) == {"speaker", "text", "start", "end", "kind", "cue"}
            assert q["kind"] in ("direct", "indirect")
            assert texts[rec["doc_id"]][q["start"] : q["end"]] == q["text"]
    seed = {q["speaker"] for q in got[0]["quotes"]}
    assert {"Dmitry Peskov", "Sergei Lavrov", "Emmanuel Macron", "Mikhail Ulyanov"} <= seed
    short = got[5]["quotes"]
    assert [(q["speaker"], q["kind"]) for q in short] == [("Smith", "direct")] or [
        (q["speaker"], q["kind"]) for q in short
    ] == [("Mr Smith", "direct")]


def test_a_document_that_crashes_its_worker_gets_no_quotes_and_the_rest_is_kept(
    tmp_path, seed_text
):
    """The contract holds when a document kills its worker natively (injected SIGSEGV): that line
    gets no quotes and a warning, every other line exactly what a run without it gives."""
    short = 'Mr Smith said: "We will not move." Then he left.'
    lines = [
        json.dumps({"doc_id": "seed", "text": seed_text}),
        json.dumps({"doc_id": "bomb", "text": 'Mr Lee said: "We will wait and see." CRASH_HERE'}),
        json.dumps({"doc_id": "short", "text": short}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def run(out, faults: str | None) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items() if k != "PARLEY_FAULT_INJECTION"}
        if faults:
            env["PARLEY_FAULT_INJECTION"] = faults
        return subprocess.run(
            [str(PARLEY), "extract-quotes", str(src), str(out), "--workers", "2"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )

    proc = run(tmp_path / "crash.jsonl", "segfault:CRASH_HERE")
    assert "line 2: extraction-crash" in proc.stderr and "SIGSEGV" in proc.stderr
    assert "1 documents not extracted" in proc.stderr
    crashed = [json.loads(x) for x in (tmp_path / "crash.jsonl").read_text("utf-8").splitlines()]
    run(tmp_path / "clean.jsonl", None)
    clean = [json.loads(x) for x in (tmp_path / "clean.jsonl").read_text("utf-8").splitlines()]
    assert [r["doc_id"] for r in crashed] == ["seed", "bomb", "short"]
    assert crashed[1] == {"doc_id": "bomb", "quotes": []} and clean[1]["quotes"]
    assert crashed[0] == clean[0] and crashed[2] == clean[2] and clean[0]["quotes"]
