"""Helpers shared by the quote-shape tests: quotations whose offsets are checked against the text,
and the one quotation holding a given passage."""

from __future__ import annotations

from parley.extract.quotes import Quote, extract_quotes


def quotes_of(nlp, text: str) -> list[Quote]:
    """The quotations of ``text``, each asserted to slice the text exactly (quote and speaker)."""
    found = extract_quotes(nlp(text))
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    return found


def one(found: list[Quote], containing: str) -> Quote:
    """The single quotation whose text holds ``containing`` (asserts there is exactly one)."""
    hits = [q for q in found if containing in q.text]
    assert len(hits) == 1, [(q.text, q.speaker) for q in found]
    return hits[0]
