"""Issue 3's bar on the seed article: all 15 gold quotations found, at least 14 with the right
speaker — scored with the shared scorer's own matching rules."""

from __future__ import annotations

import importlib.util
import json

import pytest

from parley.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def scorer(shared_dir):
    spec = importlib.util.spec_from_file_location("score", shared_dir / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_gold(shared_dir):
    line = (shared_dir / "eval" / "seed_gold.jsonl").read_text(encoding="utf-8").splitlines()[0]
    return json.loads(line)


def test_seed_all_found_and_attributed(nlp, seed_text, seed_gold, scorer):
    assert seed_gold["text"] == seed_text
    found = extract_quotes(nlp(seed_text))
    # score.py's matching: one-to-one, greedy by descending token overlap, threshold 0.5
    gold = seed_gold["quotes"]
    pairs = sorted(
        (-scorer.overlap(scorer.norm_text_tokens(q.text), scorer.norm_text_tokens(g["text"])), i, j)
        for i, q in enumerate(found)
        for j, g in enumerate(gold)
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = attributed = 0
    for neg, i, j in pairs:
        if -neg < 0.5 or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched += 1
        attributed += scorer.speaker_match(found[i].speaker, gold[j])
    assert matched == len(seed_gold["quotes"]) == 15
    assert attributed >= 14


def test_seed_roles_are_split_from_names(nlp, seed_text):
    found = extract_quotes(nlp(seed_text))
    peskov = next(q for q in found if q.speaker == "Dmitry Peskov")
    assert peskov.speaker_role == "Kremlin spokesperson"
    assert peskov.speaker_mention == "Dmitry Peskov"
