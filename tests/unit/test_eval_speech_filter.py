"""``tools.eval_quotes``: the PolNeAR gold builder's speech filter applied to the predictions.

The builder (``../shared/eval/build_polnear_dev.py``) keeps a relation only if it has a direct
fragment or its cue passes ``is_speech_cue``; the eval shows the predictions under the same filter
beside the plain score. The filter here is a stand-in written for the test, not the builder's.
"""

from __future__ import annotations

import json
from pathlib import Path

from tools.eval_quotes import builder_speech_filter, filter_like_gold


def _speech(cue: str) -> bool:
    return cue.lower() in {"said", "according to"}


def test_only_indirect_quotations_with_a_filtered_cue_are_left_out(tmp_path: Path):
    pred = tmp_path / "pred.jsonl"
    quotes = [
        {"text": "the vote would go ahead", "kind": "indirect", "cue": "said"},
        {"text": "the plan had failed", "kind": "indirect", "cue": "stated"},
        {"text": '"We will win."', "kind": "direct", "cue": "stated"},
        {"text": "Budget deal collapses", "kind": "indirect", "cue": None},
    ]
    pred.write_text(json.dumps({"doc_id": "d1", "quotes": quotes}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert filter_like_gold(pred, out, _speech) == 1
    kept = json.loads(out.read_text(encoding="utf-8"))
    assert kept["doc_id"] == "d1"
    assert [q["text"] for q in kept["quotes"]] == [
        "the vote would go ahead",
        '"We will win."',
        "Budget deal collapses",
    ]


def test_no_builder_script_means_no_filter(tmp_path: Path):
    assert builder_speech_filter(tmp_path) is None


def test_the_builders_filter_is_read_from_its_script(tmp_path: Path):
    (tmp_path / "build_polnear_dev.py").write_text(
        "def is_speech_cue(cue_text):\n    return cue_text == 'said'\n", encoding="utf-8"
    )
    is_speech_cue = builder_speech_filter(tmp_path)
    assert is_speech_cue("said") and not is_speech_cue("stated")
