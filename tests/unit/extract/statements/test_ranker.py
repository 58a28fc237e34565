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


_POSITIONAL = {
    "cur",
    "me",
    "top",
    "top_all",
    "win_most",
    "prev_last",
    "first_other",
    "head",
    "null",
}


def _positional(cands):
    """The candidates of the sources found by position in the document (the ones the
    bisections compute); the sources read from the quote and the speakers are left out."""
    out = {c: src & _POSITIONAL for c, src in cands.items()}
    return {c: src for c, src in out.items() if src}


def _candidates_by_reading_every_mention(ctx, current, speaker, sent):
    """The chooser's candidates as first written: every source read from the whole list of the
    document's state mentions (the reference the bisections must agree with)."""
    from collections import Counter

    me = speaker.country if speaker is not None else None
    ms = ctx.country_mentions()
    found = {
        "cur": current,
        "me": me,
        "top": ctx.top_country(exclude=me),
        "top_all": ctx.top_country(),
    }
    if len(sent):
        lo = sent.start
        for _ in range(3):
            if lo == 0:
                break
            lo = ctx.doc[lo - 1].sent.start
        window = [m.actor.country for m in ms if lo <= m.span.start < sent.end]
        window = [c for c in window if c != me]
        found["win_most"] = Counter(window).most_common(1)[0][0] if window else None
        before = [
            m.actor.country for m in ms if m.span.start < sent.start and m.actor.country != me
        ]
        found["prev_last"] = before[-1] if before else None
        others = [m.actor.country for m in ms if m.actor.country != me]
        found["first_other"] = others[0] if others else None
        newline = ctx.headline_end()
        head = [
            m.actor.country for m in ms if m.span.start_char < newline and m.actor.country != me
        ]
        found["head"] = head[0] if head else None
    out = {}
    for source, country in found.items():
        out.setdefault(country, set()).add(source)
    out.setdefault(None, set()).add("null")
    return out


@pytest.mark.parametrize(
    "text",
    [
        # runs of one state, the speaker's own state first and last, a headline line
        "France and France's allies met Germany\n"
        "French officials said Paris would act. Germany, Germany and Berlin disagreed. "
        "Russia warned Ukraine. The French president said France was ready. China said nothing. "
        "France, Paris and the French government said Russia was wrong.",
        # no headline line, one state only, then many
        "Japan said Japan would stay. Tokyo said Japan was patient. Britain and Japan met. "
        "The United States, Canada and Mexico signed. Japan said Canada had agreed.",
        # no state at all
        "The minister said the talks would go on. The delegation said nothing.",
    ],
)
def test_candidates_and_the_picked_mention_agree_with_reading_every_mention(nlp, text):
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    _, ctx = statements.statements_for(doc, found, "2025-02-25")
    ms = ctx.country_mentions()
    countries = sorted({m.actor.country for m in ms})
    speakers = [None, *{m.actor.country: m.actor for m in ms}.values()]
    spans = [*doc.sents, doc[0:0]]
    for sent in spans:
        for speaker in speakers:
            assert _positional(ranker.candidates(ctx, "XX", speaker, sent)) == (
                _candidates_by_reading_every_mention(ctx, "XX", speaker, sent)
            )
        for country in countries:
            limit = sent.end if len(sent) else len(doc)
            before = [m for m in ms if m.actor.country == country and m.span.start < limit]
            expected = before[-1] if before else ctx.first_mention_of(country)
            assert ranker.pick_mention(ctx, country, found[0] if found else None, sent) is expected
    assert ranker.pick_mention(ctx, "ZZ", None, spans[0]) is None


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
        s.quote_index,
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


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Indian Prime Minister Narendra Modi said that India would deepen its ties with the "
            "United Arab Emirates and that Pakistan must end cross-border terrorism.",
            ["AE", "PK"],
        ),
        (  # near miss: one clause, whose target is in its own words
            "Indian Prime Minister Narendra Modi said that India would deepen its ties with the "
            "United Arab Emirates.",
            ["AE"],
        ),
    ],
)
def test_the_rules_aim_each_coordinated_clause_at_its_own_words(nlp, rules_only, text, targets):
    """'said that A and that B' makes two statements: the rules look for A's target inside A,
    not in the clause B that the parse hangs under A's verb."""
    doc = nlp(text)
    found, _ = statements.statements_for(doc, quotes.extract_quotes(doc))
    assert [s.target.country if s.target else None for s in found] == targets


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "OSLO (Test) - Norwegian Foreign Minister Espen Eide said on Monday that Denmark must "
            "share the fishing data and that Finland should join the survey quickly.",
            ["DK", "FI"],
        ),
        (
            "HANOI (Test) - Vietnam's foreign ministry said that Cambodia had reopened the "
            "crossing and that Thailand had broken the river agreement.",
            ["KH", "TH"],
        ),
        (
            "NAIROBI (Test) - A Kenyan government spokesman said that Ethiopia had helped to "
            "settle the dispute and that Somalia must stop the cross-border raids.",
            ["ET", "SO"],
        ),
    ],
)
def test_each_clause_keeps_the_state_its_own_words_name(nlp, text, targets):
    """In a short document the document-level sources (the first other state, the most
    mentioned) all point at clause A's state; clause B's own words name another one, and the
    chooser keeps the rules' pick when it is the first other state the statement names."""
    assert ranker.enabled()
    doc = nlp(text)
    found, _ = statements.statements_for(doc, quotes.extract_quotes(doc))
    assert [s.target.country if s.target else None for s in found] == targets


def test_the_first_other_state_of_the_statement_is_marked(nlp):
    doc = nlp(
        "Canberra (Test) - Australian Foreign Minister Penny Wong said that Australia and Japan "
        "would sign the pact and that New Zealand and Fiji were welcome to join."
    )
    found, ctx = statements.statements_for(doc, quotes.extract_quotes(doc))
    assert len(found) == 2
    marks = []
    for s in found:
        content = ctx.span(s.start, s.end)
        cands = ranker.candidates(ctx, None, s.speaker, content.sent, content, s.quote_index)
        marks.append(sorted(c for c, src in cands.items() if ranker.QUOTE_FIRST in src))
    # the speaker's own state is never the mark; one state per statement, its first other one
    assert marks == [["JP"], ["NZ"]]
    assert ranker.QUOTE_FIRST not in ranker.SOURCES  # a rule for choose(), not a feature


def test_the_mark_alone_keeps_the_rules_pick():
    """The rules' pick named in the statement's own words against a state every document-level
    source proposes: with the mark the pick stays; near miss, the same candidates without it
    (the pick implied from elsewhere) are scored, and the document-level state wins. The mark is
    no feature: the scores of both are the same."""
    assert ranker.enabled()
    doc_level = {"top", "first_other", "win_most", "prev_last", "sent"}
    kept = {"DE": {"cur", "quote", ranker.QUOTE_FIRST}, "FR": doc_level, None: {"null"}}
    plain = {"DE": {"cur", "quote"}, "FR": doc_level, None: {"null"}}
    assert ranker.choose(kept, "find", "STATEMENT") == "DE"
    assert ranker.choose(plain, "find", "STATEMENT") == "FR"
    assert ranker.features(kept["DE"], "find", "STATEMENT") == ranker.features(
        plain["DE"], "find", "STATEMENT"
    )


@pytest.mark.parametrize(
    ("text", "organisation", "country"),
    [
        (
            "Armenia and Azerbaijan have argued over the border for years. Azerbaijan's "
            "foreign ministry rejected the ruling of the International Court of Justice.",
            "International Court of Justice",
            None,
        ),
        (
            "Moscow and Kyiv traded blame on Monday. Russian Foreign Minister Sergei Lavrov "
            "dismissed the judgment of the European Court of Human Rights.",
            "Council of Europe",
            None,
        ),
        (
            "Iran and Saudi Arabia restored ties last year. Iranian Foreign Minister Abbas "
            "Araghchi criticised the statement of the Gulf Cooperation Council.",
            "Gulf Cooperation Council",
            None,
        ),
        (  # near miss: a state's ruling, named the same way, is the state's
            "Armenia and Azerbaijan have argued over the border for years. Azerbaijan's "
            "foreign ministry rejected the claims of Armenia.",
            None,
            "AM",
        ),
    ],
)
def test_an_international_body_the_act_is_aimed_at_is_the_target(nlp, text, organisation, country):
    """A court or an international body named as what the act rejects or judges is the target:
    an organisation without a state, which the chooser never replaces by the document's states."""
    doc = nlp(text)
    found, _ = statements.statements_for(doc, quotes.extract_quotes(doc), "2024-05-01")
    s = found[-1]
    assert s.target is not None and s.target.country == country
    if organisation is not None:
        assert s.target.kind == "io" and s.target.organisation == organisation


@pytest.mark.parametrize(
    ("text", "others"),
    [
        (
            "SHANGHAI (Test) - Chinese Foreign Ministry spokesman Lin Jian said on Tuesday that "
            "Manila was provoking tensions in the South China Sea. Texas Governor Greg Abbott "
            "said the state would send emergency crews to towns hit by the floods.",
            {"CN", "PH"},
        ),
        (
            "Kremlin spokesman Dmitry Peskov said Moscow saw no reason to resume talks with Kyiv. "
            "German Chancellor Friedrich Merz warned that the economy faces a difficult winter.",
            {"RU", "UA"},
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva said Argentina should lower its "
            "tariffs. Indian Prime Minister Narendra Modi said the monsoon rains had damaged the "
            "rice harvest.",
            {"BR", "AR"},
        ),
    ],
)
def test_a_state_only_another_speaker_brings_in_is_not_the_target(nlp, text, others):
    """A short article of two unrelated speakers: the first speaker's state and the states of
    his words are the document's "most mentioned", "last named" and "other side", but the second
    statement neither names them nor shares a word with their sentences: they are marked
    :data:`ranker.OTHERS_ONLY` and never chosen (the rules alone would pick one of them)."""
    assert ranker.enabled()
    doc = nlp(text)
    found, _ = statements.statements_for(doc, quotes.extract_quotes(doc))
    last = found[-1]
    assert sorted(c for c, src in last.target_candidates.items() if ranker.OTHERS_ONLY in src) == (
        sorted(others)
    )
    assert (last.target.country if last.target else None) not in others
    # the first statement names its target itself: untouched
    assert found[0].target is not None and found[0].target.country in others


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the second statement shares a word ("sanctions") with the sentence naming Iran
        (
            "Iranian Foreign Minister Abbas Araghchi said Washington had imposed new sanctions "
            "on Iranian oil. The European Union's foreign policy chief said the sanctions would "
            "hurt ordinary people.",
            "IR",
        ),
        # the narrative, not another speaker, names the United States
        (
            "Washington imposed new export controls on chips on Monday. Chinese Commerce Ministry "
            "spokesman He Yadong said Beijing would study its options.",
            "US",
        ),
    ],
)
def test_a_state_the_narrative_or_shared_words_tie_to_the_statement_stays(nlp, text, kept):
    """Near misses of the mark: a state tied to the statement by a shared word, or named by the
    article itself rather than inside another quotation, is not marked and stays the target."""
    assert ranker.enabled()
    doc = nlp(text)
    found, _ = statements.statements_for(doc, quotes.extract_quotes(doc))
    last = found[-1]
    assert not any(ranker.OTHERS_ONLY in src for src in last.target_candidates.values())
    assert last.target is not None and last.target.country == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the speaker's own earlier act names the state, not another speaker's words
        (
            "French Foreign Minister Jean-Noel Barrot on Monday condemned the Russian missile "
            'strikes on Kyiv. "These attacks on civilians are a war crime," Barrot told '
            "reporters in Paris.",
            "RU",
        ),
        # the same person named again by the name in use, an inner word of the full name
        (
            "Brazil's President Luiz Inácio Lula da Silva criticised the United States on "
            "Tuesday. “Tariffs are not the way to treat a partner,” Lula said in "
            "Brasília.",
            "US",
        ),
    ],
)
def test_a_state_the_same_speaker_named_before_is_not_others_only(nlp, text, kept):
    doc = nlp(text)
    found, _ = statements.statements_for(doc, quotes.extract_quotes(doc))
    last = found[-1]
    assert not any(ranker.OTHERS_ONLY in src for src in last.target_candidates.values())
    assert last.target is not None and last.target.country == kept


def test_a_state_marked_others_only_is_never_chosen():
    """The mark removes a candidate from the choice whatever its score; it is no feature."""
    assert ranker.enabled()
    doc_level = {"top", "top_all", "first_other", "win_most", "prev_last", "other_speakers"}
    plain = {"FR": {"cur", *doc_level}, "DE": {"me", "me_official"}, None: {"null"}}
    marked = {**plain, "FR": {"cur", ranker.OTHERS_ONLY, *doc_level}}
    assert ranker.choose(plain, "imp-prev", "STATEMENT") == "FR"
    assert ranker.choose(marked, "imp-prev", "STATEMENT") != "FR"
    assert ranker.OTHERS_ONLY not in ranker.SOURCES
    assert ranker.features(marked["FR"], "imp-prev", "STATEMENT") == ranker.features(
        plain["FR"], "imp-prev", "STATEMENT"
    )


def _measures_by_reading_every_mention(ctx, country, span):
    """(share, nearness) of a state as :func:`ranker.measures` defines them, read from every
    mention of the document (the reference the bisections must agree with)."""
    ms = ctx.country_mentions()
    own = [m for m in ms if m.actor.country == country]
    if not own or not len(span):
        return ranker.NO_MEASURE
    gaps = [
        0
        if span.start <= m.span.start < span.end
        else (span.start - m.span.start if m.span.start < span.start else m.span.start - span.end)
        for m in own
    ]
    return len(own) / len(ms), 1.0 / (1.0 + min(gaps) / ranker.NEAR_TOKENS)


@pytest.mark.parametrize(
    "text",
    [
        # the quote's target named once inside it, the speaker's state often around it
        "Japan and Britain argued over chips. Japanese officials met British envoys in Tokyo. "
        "Japan said Japan would wait. Nigel Lawson said a trade war with Japan would hurt.",
        # a state named only at the start, another only after the quote, one never
        "Turkey closed its border with Syria on Monday. Aid groups said thousands were stuck. "
        "The minister said the crossing would reopen soon. Greece said it was watching.",
        # a headline line, runs of one state, a state named only in the quote
        "France warns Russia\nFrench officials said Paris would act. Russia, Russia and Moscow "
        "disagreed. The French president said Ukraine was ready.",
    ],
)
def test_measures_give_each_state_its_share_and_nearness(nlp, text):
    """Every candidate of every statement gets its share of the document's state mentions and
    the nearness of its nearest mention to the statement's words; no state and a state the
    document never names get nothing."""
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    stmts, ctx = statements.statements_for(doc, found, "2020-01-01")
    assert stmts
    for s in stmts:
        content = ctx.span(s.start, s.end)
        sent, inside = content.sent, range(content.start, content.end)
        cands = ranker.candidates(ctx, None, s.speaker, sent, content, s.quote_index)
        cands.setdefault("ZZ", {"answers"})  # a state the document never names
        got = ranker.measures(ctx, cands, sent, content)
        assert got[None] == got["ZZ"] == ranker.NO_MEASURE
        for country in cands:
            if country is not None:
                share, near = _measures_by_reading_every_mention(ctx, country, content)
                assert got[country] == pytest.approx((share, near))
                assert 0.0 <= near <= 1.0 and 0.0 <= share <= 1.0
        named = {m.actor.country for m in ctx.country_mentions() if m.span.start in inside}
        assert all(got[c][1] == 1.0 for c in named)


def test_the_statement_records_the_measures_it_was_chosen_by(nlp):
    text = (
        "China and Japan argued over the islands on Monday. Chinese officials said Japan had "
        "provoked the crisis. Japanese Foreign Minister Taro Kono said Vietnam was watching."
    )
    doc = nlp(text)
    stmts, _ = statements.statements_for(doc, quotes.extract_quotes(doc), "2018-06-01")
    s = stmts[-1]
    assert set(s.target_measures) == set(s.target_candidates)
    assert s.target_measures["VN"][1] == 1.0  # named in the statement's own words
    # China, Chinese of 7 (China, Japan, Chinese, Japan, Japanese, Taro Kono, Vietnam)
    assert s.target_measures["CN"][0] == pytest.approx(2 / 7)


@pytest.mark.parametrize(
    ("sources", "step", "kind"),
    [
        # two document-level states proposed by the same sources
        ({"top_all"}, "imp-top", "STATEMENT"),
        ({"prev_speaker", "other_speakers"}, "imp-prev", "CLAIM"),
        ({"sent"}, "imp-sent", "DISPUTE"),
        ({"win_most"}, "imp-prev", "APPEAL"),
    ],
)
def test_of_two_states_with_the_same_sources_the_nearer_and_more_named_wins(sources, step, kind):
    """Two states that the same sources propose (the marks say only *whether*): the one the
    document names more often and nearer to the statement is chosen, in either order of the
    candidates (with the marks alone the first listed would win the tie). *No state* is left
    out: the question is the order of the two states."""
    assert ranker.enabled()
    cands = {"FR": set(sources), "DE": set(sources)}
    far = {"FR": (0.1, 0.2), "DE": (0.5, 1.0)}
    near = {"FR": (0.5, 1.0), "DE": (0.1, 0.2)}
    assert ranker.choose(cands, step, kind, far) == "DE"
    assert ranker.choose(cands, step, kind, near) == "FR"


def _training_rows(share_unit: float, near_unit: float) -> list:
    """Rows as ``make train-statements`` builds them (:func:`tools.train_statements._rows`): per
    statement the rules' pick, the speaker's state and *no state*, the measures given in units
    of ``share_unit`` and ``near_unit``; the more-named, nearer state is mostly the right one."""
    rows = []
    for i in range(60):
        near, far = (0.3 + (i % 5) * 0.1, 0.9), (0.05 + (i % 3) * 0.05, 0.2 + (i % 4) * 0.1)
        cur_right = i % 4 != 0
        cands = [
            ({"cur", "top"}, near if cur_right else far),
            ({"me", "me_official", "top_all"}, far if cur_right else near),
            ({"null"}, ranker.NO_MEASURE),
        ]
        X = [
            ranker.features(src, "imp-prev", "STATEMENT", (m[0] * share_unit, m[1] * near_unit))
            for src, m in cands
        ]
        y = [1, 0, 0] if cur_right else [0, 1, 0]
        rows.append((f"doc{i % 10}", X, y, 0, None, [True, True, True]))
    return rows


@pytest.mark.parametrize(
    ("share_unit", "near_unit"),
    [(0.1, 1.0), (1.0, 0.1), (0.25, 0.4), (10.0, 3.0)],
)
def test_the_chooser_does_not_depend_on_the_units_of_its_measures(share_unit, near_unit):
    """The fit (:func:`tools.train_statements._fit`) weighs the two measures per unit of their
    spread: the same statements with a measure in other units (a share in tenths, a nearness
    over a wider reach) give the same scores, not a measure held back by the penalty because
    its numbers are small."""
    import numpy as np

    from tools.train_statements import _fit

    base, scaled = _training_rows(1.0, 1.0), _training_rows(share_unit, near_unit)
    a, b = _fit(base, 0.1), _fit(scaled, 0.1)
    for (_, xa, *_), (_, xb, *_) in zip(base, scaled, strict=True):
        assert b.decision_function(np.array(xb)) == pytest.approx(
            a.decision_function(np.array(xa)), abs=1e-4
        )


@pytest.mark.parametrize(
    ("share_unit", "near_unit", "C"),
    [(1.0, 1.0, 0.1), (0.1, 1.0, 0.3), (10.0, 3.0, 1.0), (0.25, 0.4, 3.0)],
)
def test_the_weight_table_scores_as_the_fitted_pipeline(share_unit, near_unit, C):
    """The artefact's weights (:func:`tools.train_statements.raw_weights`: the scaler folded into
    the measures' weights) give every candidate the score the fitted scikit-learn pipeline gives
    it, so :func:`ranker.choose` reads raw measures without scikit-learn."""
    import numpy as np

    from tools.train_statements import _fit, raw_weights

    rows = _training_rows(share_unit, near_unit)
    model = _fit(rows, C)
    coef, intercept = raw_weights(model)
    assert coef.shape == (len(ranker.feature_names()),)
    for _, xs, *_ in rows:
        X = np.array(xs)
        assert X @ coef + intercept == pytest.approx(model.decision_function(X), abs=1e-9)


def test_training_rows_take_a_statement_whose_rules_pick_was_a_co_speaker(tmp_path):
    """A joint speaker's other state is dropped from the candidates ("Moscow and Damascus said
    ...": never the target), even when the rules picked it; ``make train-statements``
    (:func:`tools.train_statements._rows`) then keeps the statement with no rules' pick (None),
    the chooser deciding among the rest and the rules counting as wrong, instead of failing."""
    from tools.train_statements import _rows

    gold = {"d#q1": {"id": "d#q1", "target_country": None}}
    pred = {
        "target_step": "imp-top",
        "statement_type": "INTENT",
        "target_candidates": [["RU", ["me", "me_official"], [0.25, 0.7]], [None, ["null"], [0, 0]]],
    }
    line = {"status": "match", "doc_id": "d", "gold": {"id": "d#q1"}, "pred": pred}
    details = tmp_path / "details_train.jsonl"
    details.write_text(json.dumps(line) + "\n", encoding="utf-8")
    [(doc, X, y, cur, forced, eligible)] = _rows(details, gold)
    assert (doc, y, cur, forced, eligible) == ("d", [0, 1], None, None, [True, True])
    assert len(X) == 2


@pytest.mark.parametrize(
    ("null_marks", "forced"),
    [(["null", "no_state_near"], 0), (["null"], None)],
)
def test_training_rows_choose_a_divided_state_as_the_chooser_does(tmp_path, null_marks, forced):
    """``make train-statements`` (:func:`tools.train_statements._rows`) counts a civil war's
    side as :func:`ranker.choose` picks it: its own state when *no state* carries
    ``no_state_near``, the scores otherwise."""
    from tools.train_statements import _rows

    gold = {"d#q1": {"id": "d#q1", "target_country": "SY"}}
    pred = {
        "target_step": "imp-prev",
        "statement_type": "STATEMENT",
        "target_candidates": [
            ["SY", ["me", "me_official", ranker.DIVIDED], [0.3, 0.7]],
            [None, ["cur", *null_marks], [0, 0]],
        ],
    }
    line = {"status": "match", "doc_id": "d", "gold": {"id": "d#q1"}, "pred": pred}
    details = tmp_path / "details_train.jsonl"
    details.write_text(json.dumps(line) + "\n", encoding="utf-8")
    [(_, _, y, cur, got, _)] = _rows(details, gold)
    assert (y, cur, got) == ([1, 0], 1, forced)


@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        # the speaker's state as the doer of the statement and in the speaker's phrase
        (
            "“Britain will send two more warships to the Red Sea next month,” the British "
            "defence secretary said.",
            "GB",
            None,
        ),
        ("The French defence minister said France's troops would leave Mali by June.", "FR", "ML"),
        (
            "Russian Foreign Ministry spokeswoman Maria Zakharova said Russia's diplomats had "
            "met Turkish officials.",
            "RU",
            "TR",
        ),
    ],
)
def test_the_speakers_side_naming_itself_is_not_measured(nlp, text, own, other):
    """The speaker's own state named as the speaker ("the British defence secretary said") or
    as the doer of the statement ("Britain will send ...", "France's troops would leave") is the
    speaker's side, not a party spoken of: it adds nothing to that state's share and nearness;
    the state the statement acts on keeps its measures."""
    doc = nlp(text)
    (s,), ctx = statements.statements_for(doc, quotes.extract_quotes(doc), "2020-01-01")
    assert s.speaker.country == own
    skipped = ranker.own_side_mentions(ctx, s.speaker, ctx.span(s.start, s.end), s.quote_index)
    assert {m.actor.country for m in ctx.country_mentions() if m.span.start in skipped} == {own}
    content = ctx.span(s.start, s.end)
    cands = ranker.candidates(ctx, None, s.speaker, content.sent, content, s.quote_index)
    got = ranker.measures(ctx, cands, content.sent, content, skipped)
    assert got[own] == ranker.NO_MEASURE
    if other is not None:
        assert got[other][0] > 0 and got[other][1] == 1.0


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # the speaker's state as an object or in a prepositional phrase: a party spoken of
        ("The British foreign secretary said the sanctions against Britain were unlawful.", "GB"),
        ("Chinese officials said the United States had insulted China.", "CN"),
    ],
)
def test_the_speakers_state_acted_on_is_measured(nlp, text, own):
    doc = nlp(text)
    (s,), ctx = statements.statements_for(doc, quotes.extract_quotes(doc), "2020-01-01")
    assert s.speaker.country == own
    assert s.target_measures.get(own, ranker.NO_MEASURE)[1] == 1.0


@pytest.mark.parametrize(
    ("text", "no_party"),
    [
        # event reports and claims about things: the words name no party
        ("The airline said the ferry reached port after the engine was checked.", True),
        ("Rights groups said the guidelines had no force in law.", True),
        ("The ministry said the storm had destroyed 300 houses in the north.", True),
        # a state, a person, or a plural pronoun standing for a party
        ("The minister said Russia had violated the treaty.", False),
        ("The French minister said Angela Merkel would attend the summit.", False),
        ("The spokesman said they must withdraw their troops at once.", False),
        ("The Chinese foreign ministry said we will respond firmly to provocations.", False),
    ],
)
def test_no_state_is_marked_when_the_statement_names_no_party(nlp, text, no_party):
    """*No state* carries the ``no_party`` mark when the statement's words name no actor and
    no "we" or "they": the annotators give such statements no target state."""
    doc = nlp(text)
    (s,), ctx = statements.statements_for(doc, quotes.extract_quotes(doc), "2020-01-01")
    content = ctx.span(s.start, s.end)
    cands = ranker.candidates(ctx, None, s.speaker, content.sent, content, s.quote_index)
    assert ("no_party" in cands[None]) is no_party


@pytest.mark.parametrize(
    ("text", "io_near", "no_state_near"),
    [
        # a party without a state in the sentence or the one before, outside the quote
        (
            "NATO leaders met in Brussels on Monday. The Turkish president said the allies must "
            "stand by Ankara.",
            True,
            True,
        ),
        (
            "The British minister told the European Union summit that the rebate was set in stone.",
            True,
            True,
        ),
        # the speaker's own organisation is the speaker's side, not a party spoken of
        (
            "The UN envoy said an emergency meeting of the donor states was badly needed.",
            False,
            True,
        ),
        # event reports; the speaker's own state named in the quote is no other state
        (
            "A Syrian military source said the plane crashed due to a technical malfunction.",
            False,
            True,
        ),
        (
            "Japan and Britain argued over chips. Nigel Lawson said a trade war would hurt the "
            "British economy.",
            False,
            True,
        ),
        # another state named in the quote or in the reporting sentence
        ("The French minister said the embargo on China was wrong.", False, False),
        ("After talks with Japan, the French minister said the deal was fair.", False, False),
        ("The Chinese foreign ministry said Washington must stop its provocations.", False, False),
    ],
)
def test_no_state_is_marked_by_what_the_sentence_names(nlp, text, io_near, no_state_near):
    """*No state* carries ``io_near`` when the reporting sentence or the one before names a
    party without a state outside the quote and the speaker's phrase (the guide: an organisation
    as the target has no state), and ``no_state_near`` when neither the statement's words nor
    its sentence name a state other than the speaker's."""
    doc = nlp(text)
    (s,), ctx = statements.statements_for(doc, quotes.extract_quotes(doc), "2020-01-01")
    content = ctx.span(s.start, s.end)
    cands = ranker.candidates(ctx, None, s.speaker, content.sent, content, s.quote_index)
    assert ("io_near" in cands[None]) is io_near
    assert ("no_state_near" in cands[None]) is no_state_near


@pytest.mark.parametrize(
    ("text", "country", "mention"),
    [
        (  # the state named before the speaker
            'Britain left the talks on Monday. Prime Minister Boris Johnson said: "We are not '
            'going to wait before getting on with our plans."',
            "GB",
            "Britain",
        ),
        (  # the state named only after the statement
            "Chancellor Olaf Scholz said the coalition would hold until the spring. Germany's "
            "budget is tight.",
            "DE",
            "Germany",
        ),
        (  # the speaker is his state's only mention: the state's own row
            "President Alberto Fernandez of Argentina said a present state must protect its "
            "citizens.",
            "AR",
            None,
        ),
    ],
)
def test_the_picked_mention_of_the_speakers_state_is_never_the_speaker(nlp, text, country, mention):
    """When the chooser picks the speaker's own state, its mention is another mention of the
    state, never the speaker himself (a target "Boris Johnson" for Boris Johnson)."""
    doc = nlp(text)
    found = quotes.extract_quotes(doc)
    stmts, ctx = statements.statements_for(doc, found)
    s = stmts[0]
    assert s.speaker is not None and s.speaker.country == country
    sent = doc.char_span(found[0].start, found[0].end, alignment_mode="expand").sent
    m = ranker.pick_mention(ctx, country, found[s.quote_index], sent, s.speaker)
    assert m is not None and m.actor.name != s.speaker.name
    assert m.actor.country == country and m.actor.kind == "country"
    if mention is not None:
        assert m.span.text == mention


_CIVIL_WAR = (
    "Fighting continued around the northern city on Saturday. Colombian President Juan Manuel "
    "Santos said the army would hold its positions. A {side} said the war had not stopped."
)


@pytest.mark.parametrize(
    ("side", "divided", "target"),
    [
        # a rebel and his state's president both speak: a civil war, whose sides speak of it
        ("rebel commander", {"CO"}, "CO"),
        # near miss: the unarmed opposition and the government disagree, no war between them
        ("opposition leader", set(), None),
    ],
)
def test_a_civil_wars_sides_speak_of_their_own_state(nlp, side, divided, target):
    """A document where a state's government and a side fighting it with arms both speak
    (:func:`ranker.divided_states`): the president's statement naming no other state is about
    his own state; with the unarmed opposition instead, the chooser's own pick (no state)
    stands."""
    assert ranker.enabled()
    doc = nlp(_CIVIL_WAR.format(side=side))
    found, ctx = statements.statements_for(doc, quotes.extract_quotes(doc))
    assert ranker.divided_states(ctx) == divided
    president = next(s for s in found if s.speaker is not None and "Santos" in s.speaker.name)
    assert (president.target.country if president.target else None) == target


def test_a_divided_state_is_chosen_only_when_no_other_state_is_near():
    """The :data:`ranker.DIVIDED` mark on the speaker's state overrides the scores when *no
    state* carries ``no_state_near``; when the words or the sentence name another state it does
    not. It is no feature: the scores with and without it are the same."""
    assert ranker.enabled()
    nothing_near = {"null", "no_party", "no_state_near", "top", "first_other", "win_most"}
    plain = {"SY": {"me", "me_official", "top_all"}, None: {"cur", *nothing_near}}
    marked = {**plain, "SY": {"me", "me_official", "top_all", ranker.DIVIDED}}
    assert ranker.choose(plain, "imp-prev", "STATEMENT") is None
    assert ranker.choose(marked, "imp-prev", "STATEMENT") == "SY"
    other_near = {**marked, None: {"cur", "null", "top"}, "FR": {"sent", "win_most"}}
    assert ranker.choose(other_near, "imp-prev", "STATEMENT") != "SY"
    assert ranker.DIVIDED not in ranker.SOURCES
    assert ranker.features(marked["SY"], "imp-prev", "STATEMENT") == ranker.features(
        plain["SY"], "imp-prev", "STATEMENT"
    )
