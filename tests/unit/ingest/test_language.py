"""Language: detected offline when the text says enough, else the declared language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.ingest.language import identify, normalise_code

EN = "The foreign minister said on Tuesday that talks with the delegation would resume next week."
DE = "Der Außenminister sagte am Dienstag, die Gespräche mit der Delegation würden nächste Woche fortgesetzt."
PT = "O ministro das Relações Exteriores disse na terça-feira que as negociações serão retomadas na próxima semana."


@pytest.mark.parametrize(("text", "code"), [(EN, "en"), (DE, "de"), (PT, "pt")])
def test_detects_the_language_of_a_sentence(text, code):
    lang = identify(text, "en")  # a confident detection beats a (wrong) declaration
    assert (lang.code, lang.method) == (code, "detected") and lang.confidence >= 0.8


def test_short_text_keeps_the_declared_language():
    assert identify("Ukraine says", "en-GB", "fr").code == "en"
    assert identify("Ukraine says", None, "fr").method == "declared"
    assert identify("Ukraine says").code is None


@pytest.mark.parametrize(
    ("raw", "code"), [("en-US", "en"), ("pt_BR", "pt"), ("EN", "en"), ("", None), ("1", None)]
)
def test_normalise_code(raw, code):
    assert normalise_code(raw) == code


def test_one_rule_says_what_is_english_and_what_is_extracted():
    from parley.ingest.articles import extractable
    from parley.ingest.language import is_english

    assert [is_english(c) for c in ("en", None, "", "de", "fr")] == [True, True, True, False, False]
    original = {"duplicate_of": None, "language": None}
    assert extractable(original)
    assert not extractable(dict(original, language="de"))
    assert not extractable(dict(original, duplicate_of="a123"))


def _stock():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.fixture(scope="module")
def stock():
    return _stock()


def _library_counts(stock, data: bytes):
    from py3langid.langid import visit_counts

    found = visit_counts(stock.tk_nextmove, stock._rowbase, stock.tk_output, data)
    return None if found is None else list(found.items())


def _our_counts(data: bytes):
    from parley.ingest.language import _model

    found = _model().counts(data)
    return None if found is None else list(zip(found[0].tolist(), found[1].tolist(), strict=True))


@given(st.text(max_size=300) | st.binary(max_size=300).map(lambda b: b.decode("latin-1")))
@settings(max_examples=300, deadline=None)
def test_the_vectorised_walk_counts_what_the_library_walk_counts(stock, text):
    """Same features, same counts, same order of first occurrence (the score sums them in that
    order), on any text, including the first bytes of a text (shorter than the trie's depth)."""
    data = stock._encode(text)
    assert _our_counts(data) == _library_counts(stock, data)


def test_the_same_languages_and_confidences_as_py3langid_on_the_corpus(stock, shared_dir):
    """Every corpus article (read at run time): the identifier gives exactly the library's
    (language, confidence) on the sample identify() classifies."""
    import json

    from parley.ingest.language import SAMPLE_CHARS, _model

    texts = []
    for path in sorted((shared_dir / "corpus" / "articles").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    assert len(texts) > 3000
    ours = _model()
    for text in texts:
        sample = text[:SAMPLE_CHARS]
        assert ours.classify(sample) == stock.classify(sample)


def _automaton(features: list[str]):
    """The goto table of a trie over ``features`` in py3langid's layout (a row of 256 next
    states per state, ``rowbase[s] = 256 * s``); missing moves go back to the root, as a walk
    that matches nothing does."""
    import numpy as np

    children: list[dict[int, int]] = [{}]
    for feature in features:
        state = 0
        for byte in feature.encode():
            if byte not in children[state]:
                children.append({})
                children[state][byte] = len(children) - 1
            state = children[state][byte]
    nextmove = np.zeros(256 * len(children), dtype=np.int32)
    for state, moves in enumerate(children):
        for byte, child in moves.items():
            nextmove[256 * state + byte] = child
    return nextmove, np.arange(len(children), dtype=np.int64) * 256


@pytest.mark.parametrize(
    "features, depth",
    [
        ([], 0),
        (["a"], 1),
        (["ab", "abc", "b"], 3),
        (["the ", "then", "ment", "é"], 4),  # "é" is two bytes in UTF-8
        (["x", "abcdef", "abd"], 6),
    ],
)
def test_the_trie_depth_is_the_longest_feature_in_bytes(features, depth):
    from parley.ingest.language import _trie_depth

    assert _trie_depth(*_automaton(features)) == depth


def test_the_shipped_models_trie_is_six_bytes_deep(stock):
    import numpy as np

    from parley.ingest.language import _trie_depth

    nextmove = np.frombuffer(stock.tk_nextmove, dtype=f"i{stock.tk_nextmove.itemsize}")
    assert _trie_depth(nextmove, np.asarray(stock._rowbase, dtype=np.int64)) == 6
