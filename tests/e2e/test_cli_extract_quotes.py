"""`parley extract-quotes`: the evaluation contract, exercised through the console script."""

from __future__ import annotations

import json
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
