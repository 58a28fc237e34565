"""The learned target-country chooser (parley.extract.statements.ranker): its features, the
shipped weights, and how it sits on top of the rules. Texts are written for these tests."""

from __future__ import annotations

import json

import pytest

from parley.extract import quotes, statements
from parley.extract.statements import ranker


@pytest.fixture
def rules_only(monkeypatch):
    monkeypatch.setenv("PARLEY_TARGET_RANKER", "off")
    ranker._weights.cache_clear()
    yield
    ranker._weights.cache_clear()


def test_features_match_their_names():
    f = ranker.features({"cur", "top"}, "imp-prev", "CLAIM")
    assert len(f) == len(ranker.feature_names())
    names = dict(zip(ranker.feature_names(), f, strict=True))
    assert names["src:cur"] == names["src:top"] == 1.0 and names["src:null"] == 0.0
    assert names["cur-step:imp-prev"] == 1.0 and names["cur-step:find"] == 0.0


def test_the_shipped_weights_beat_the_rules_they_were_trained_on():
    model = json.loads(ranker.WEIGHTS.read_text(encoding="utf-8"))
    assert model["features"] == ranker.feature_names()
    assert len(model["coef"]) == len(model["features"])
    s = model["scores"]
    assert s["train_cv"] > s["train_rules"] and s["dev"] > s["dev_rules"]
    # weights and scores only: no article text in the artefact
    assert set(model) == {"model", "seed", "features", "coef", "intercept", "scores"}


def test_without_weights_the_rules_decide(rules_only):
    cands = {"US": {"cur", "top"}, "CN": {"me"}, None: {"null"}}
    assert not ranker.enabled()
    assert ranker.choose(cands, "imp-top", "STATEMENT") == "US"


def test_candidates_offer_the_speakers_state_and_no_state(nlp):
    text = (
        "Japan and Britain argued over chips. Japanese officials met British envoys in Tokyo. "
        "Nigel Lawson said a trade war would hurt the British economy."
    )
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    stmts, ctx = statements.statements_for(doc, found, "1987-04-01")
    s = stmts[-1]
    cands = ranker.candidates(ctx, "JP", s.speaker, doc[-3].sent)
    assert "null" in cands[None]
    assert "me" in cands[s.speaker.country]
    assert "cur" in cands["JP"]


def test_a_named_international_organisation_stays_the_target(nlp):
    text = (
        "Russia and the United States met in Riyadh. The United States wants a ceasefire. "
        "Sergei Lavrov said the deployment of troops from NATO countries was unacceptable."
    )
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    stmts, _ = statements.statements_for(doc, found, "2025-02-18")
    s = stmts[-1]
    assert s.target is not None and "NATO" in (s.target.name + (s.target.organisation or ""))
