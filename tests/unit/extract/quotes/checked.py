"""The harness every quote test shares: quotations checked against their text as they are found,
the one quotation holding a given passage and its speaker (test_engine, test_news_shapes,
test_speaker_shapes, test_wrong_speaker, test_role_names, test_attribution_frames,
test_speaker_names, test_speaker_validity, test_things_that_speak), and a parse with some words re-attached (:func:`with_parse`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.quotes import Quote, extract_quotes

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc


def quotes_of(nlp, text: str) -> list[Quote]:
    """The quotations of ``text`` (``nlp``: the session's spaCy pipeline), each asserted to hold
    the invariants of every quotation: its text, speaker mention and cue slice the text exactly;
    a rule, a kind (direct or indirect) and a confidence in [0, 1]."""
    found = extract_quotes(nlp(text))
    for q in found:
        assert text[q.start : q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0 and q.rule
        assert q.kind in ("direct", "indirect")
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
        if q.cue_start is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
    return found


def one(found: list[Quote], containing: str) -> Quote:
    """The single quotation whose text holds ``containing`` (asserts there is exactly one)."""
    hits = [q for q in found if containing in q.text]
    assert len(hits) == 1, [(q.text, q.speaker) for q in found]
    return hits[0]


def speaker_of(nlp, text: str, containing: str) -> str | None:
    """The speaker of the single quotation of ``text`` holding ``containing``: the table harness of
    the speaker tests (:func:`quotes_of`, then :func:`one`)."""
    return one(quotes_of(nlp, text), containing).speaker


def with_parse(doc: Doc, heads: Sequence[int], deps: Sequence[str]) -> Doc:
    """A copy of ``doc`` (its words, spaces, tags, parts of speech, lemmas and entities) whose
    tokens hang on ``heads`` (token indices) as ``deps``: the parse a test gives the extractor
    in place of the model's, to show a rule on the parse the model gives other sentences."""
    from spacy.tokens import Doc

    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        heads=list(heads),
        deps=list(deps),
        ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in doc],
    )
