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


def test_candidates_read_the_quote_its_sentence_and_the_other_speakers(nlp):
    text = (
        "China and Japan argued over the islands on Monday. Chinese officials said Japan had "
        "provoked the crisis. In Tokyo, with Vietnam watching, Japanese Foreign Minister Taro "
        "Kono said the European Union should stay neutral and that Japan would not back down."
    )
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    stmts, ctx = statements.statements_for(doc, found, "2018-06-01")
    s = stmts[-1]
    assert s.speaker is not None and s.speaker.country == "JP"
    cands = ranker.candidates(
        ctx, None, s.speaker, doc[-3].sent, ctx.span(found[-1].start, found[-1].end),
        len(stmts) - 1,
    )  # fmt: skip
    assert "quote" in cands.get("JP", set())  # the speaker's own state, named in the quote
    assert "sent" in cands.get("VN", set())  # another state in the sentence, outside the quote
    assert "prev_speaker" in cands.get("CN", set())  # the other side of the exchange
    assert "other_speakers" in cands.get("CN", set())
    assert "io" in cands[None]  # the quote names a party without a state


def test_without_context_the_new_sources_are_left_out(nlp):
    doc = nlp("Russia and Turkey met. Sergei Lavrov said Turkey had broken its word.")
    found = quotes.extract_quotes(doc)
    stmts, ctx = statements.statements_for(doc, found, "2020-01-01")
    cands = ranker.candidates(ctx, "TR", stmts[-1].speaker, doc[-3].sent)
    sources = set().union(*cands.values())
    assert not sources & {"quote", "prev_speaker", "other_speakers", "answers", "io"}


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Turkey closed the border. Foreign Minister Mevlut Cavusoglu said it would reopen.", "me_official"),
        ("Turkey closed the border. Turkish analyst Ali Kaya said trade had collapsed.", "me_other"),
    ],
)  # fmt: skip
def test_the_speakers_own_state_says_whether_the_speaker_is_an_official(nlp, text, mark):
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    stmts, ctx = statements.statements_for(doc, found, "2020-01-01")
    s = stmts[-1]
    assert s.speaker is not None and s.speaker.country == "TR"
    cands = ranker.candidates(ctx, None, s.speaker, doc[-3].sent)
    other = {"me_official", "me_other"} - {mark}
    assert mark in cands["TR"] and not other & cands["TR"]
