"""`parley extract-quotes`: the evaluation contract, exercised through the console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
    assert "1 document not extracted" in proc.stderr
    crashed = [json.loads(x) for x in (tmp_path / "crash.jsonl").read_text("utf-8").splitlines()]
    run(tmp_path / "clean.jsonl", None)
    clean = [json.loads(x) for x in (tmp_path / "clean.jsonl").read_text("utf-8").splitlines()]
    assert [r["doc_id"] for r in crashed] == ["seed", "bomb", "short"]
    assert crashed[1]["doc_id"] == "bomb" and crashed[1]["quotes"] == [] and clean[1]["quotes"]
    assert crashed[1]["error"].startswith("extraction-crash") and "error" not in clean[1]
    assert crashed[0] == clean[0] and crashed[2] == clean[2] and clean[0]["quotes"]


def test_blank_and_malformed_lines_keep_their_own_output_line(tmp_path):
    """Line N out answers line N in, whatever line N holds: a blank line (empty, spaces, a lone
    CR), a JSON value that is no object, an object without text each get
    ``{"doc_id", "quotes": [], "error"}``, and the documents after them keep their place. A
    byte-order mark, CRLF endings and a last line without a newline are read as usual."""
    good_a = 'Ms Okafor said: "The border stays open."'
    good_b = 'The minister said: "We will sign the accord on Friday."'
    rows = [
        b"\xef\xbb\xbf" + json.dumps({"doc_id": "a", "text": good_a}).encode() + b"\r\n",
        b"\n",  # an empty line
        b"   \t\n",  # whitespace only
        b"\r\n",  # an empty line with a Windows ending
        b"[1, 2]\n",
        json.dumps({"doc_id": "no-text", "text": 5}).encode() + b"\n",
        json.dumps({"doc_id": "b", "text": good_b}).encode(),  # no newline at the end
    ]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b"".join(rows))
    proc = subprocess.run(
        [str(PARLEY), "extract-quotes", str(src), str(out), "--workers", "1"],
        capture_output=True,
        text=True,
        check=True,
    )
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(got) == len(rows)
    assert [g["doc_id"] for g in got] == ["a", None, None, None, None, "no-text", "b"]
    assert [g.get("error") for g in got] == [
        None,
        "blank line",
        "blank line",
        "blank line",
        "not a JSON object (a list)",
        "no string 'text'",
        None,
    ]
    assert all(g["quotes"] == [] for g in got[1:6])
    for rec, text, said in ((got[0], good_a, "The border stays open."), (got[6], good_b, "Friday")):
        assert len(rec["quotes"]) == 1 and said in rec["quotes"][0]["text"]
        assert text[rec["quotes"][0]["start"] : rec["quotes"][0]["end"]] == rec["quotes"][0]["text"]
    for n in (2, 3, 4, 5, 6):
        assert f"line {n}:" in proc.stderr
    assert "5 unreadable lines" in proc.stderr and "2 documents," in proc.stderr
    assert "0 lines with bytes not UTF-8" in proc.stderr


def test_a_line_with_bytes_not_utf8_is_extracted_and_counted_in_the_summary(tmp_path):
    # a UTF-8 file (Erdoğan, Türkiye) with one stray Latin-1 byte: UTF-8, the byte replaced
    text = 'Erdoğan of Türkiye said: "We will not move." Caf\u00e9 owners agreed.'
    line = json.dumps({"doc_id": "x", "text": text}, ensure_ascii=False).encode("utf-8")
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(line.replace("\u00e9".encode(), b"\xe9") + b"\n")  # a Latin-1 byte
    proc = subprocess.run(
        [str(PARLEY), "extract-quotes", str(src), str(out), "--workers", "1"],
        capture_output=True,
        text=True,
        check=True,
    )
    (rec,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rec["doc_id"] == "x" and len(rec["quotes"]) == 1
    assert "line 1: 1 byte not UTF-8" in proc.stderr
    assert "1 line with bytes not UTF-8" in proc.stderr


LEGACY = [
    'The minister said: "We will not move." Café owners in Zürich agreed.',
    'Sánchez said: "España will not sign." Müller, in Genève, disagreed.',
]


@pytest.mark.parametrize(
    ("codec", "said"),
    [
        ("utf-16", "utf-16-le (its byte-order mark)"),
        ("utf-16-le", "utf-16-le (no byte-order mark or declaration: utf-16-le detected)"),
        ("utf-32-be", "utf-32-be (no byte-order mark or declaration: utf-32-be detected)"),
        ("cp1252", "cp1252 (no byte-order mark or declaration: cp1252 detected)"),
        ("latin-1", "cp1252 (no byte-order mark or declaration: cp1252 detected)"),
    ],
)
def test_an_input_in_another_encoding_is_decoded_whole_and_the_codec_said(tmp_path, codec, said):
    lines = [json.dumps({"doc_id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(LEGACY)]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(("\n".join(lines) + "\n").encode(codec))
    proc = subprocess.run(
        [str(PARLEY), "extract-quotes", str(src), str(out), "--workers", "1"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"input read as {said}" in proc.stderr
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in recs] == [0, 1] and all(not r.get("error") for r in recs)
    for rec, text in zip(recs, LEGACY, strict=True):
        assert [q["text"] for q in rec["quotes"]] == [
            text[q["start"] : q["end"]] for q in rec["quotes"]
        ]
        assert any("will not" in q["text"] for q in rec["quotes"])
    assert [q["speaker"] for q in recs[1]["quotes"]] == ["Sánchez"]  # not "SÃ¡nchez", not "S?nchez"


def test_an_empty_input_gives_an_empty_output(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b"")
    proc = subprocess.run(
        [str(PARLEY), "extract-quotes", str(src), str(out), "--workers", "1"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.read_bytes() == b""
    assert "0 documents" in proc.stderr
    umask = os.umask(0)
    os.umask(umask)
    # written atomically, yet with the permissions of any new file (not a private temp file's)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_missing_input_file_is_an_error_not_an_empty_output(tmp_path):
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [str(PARLEY), "extract-quotes", str(tmp_path / "nope.jsonl"), str(out)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1 and "nope.jsonl" in proc.stderr
    assert not out.exists()


def test_files_that_cannot_be_used_are_errors_with_a_message_not_tracebacks(tmp_path):
    """A folder as input, an output in a missing folder: exit 1 naming the path; the input as
    its own output: exit 2, and the input is left as it was."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"doc_id": "a", "text": "He said it."}) + "\n", encoding="utf-8")
    before = src.read_bytes()
    cases = [
        ([str(tmp_path), str(tmp_path / "out.jsonl")], 1, str(tmp_path)),
        ([str(src), str(tmp_path / "missing" / "out.jsonl")], 1, "missing"),
        ([str(src), str(src)], 2, "is the input file"),
    ]
    for args, code, said in cases:
        proc = subprocess.run(
            [str(PARLEY), "extract-quotes", *args], capture_output=True, text=True
        )
        assert proc.returncode == code, (args, proc.stderr)
        assert said in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert src.read_bytes() == before


def test_an_empty_sql_query_is_an_error():
    proc = subprocess.run([str(PARLEY), "sql", "  "], capture_output=True, text=True)
    assert proc.returncode == 2 and "the query is empty" in proc.stderr
