"""Extraction: texts in, entity, quote and statement rows out — the one code path behind both the
DAG's extract task and ``parley extract-quotes``.

Texts stream through ``nlp.pipe`` (the model is loaded once per process); one document that makes
a rule raise is logged and yields no rows, never failing the batch.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from parley import entities, ids, nlp, quotes, statements

log = logging.getLogger(__name__)


@dataclass
class Extraction:
    """What one document yielded."""

    doc_id: str
    quotes: list[quotes.Quote] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    statements: list[statements.Statement] = field(default_factory=list)
    speaker_countries: list[str | None] = field(default_factory=list)  # one per quote
    error: str | None = None
    warnings: list[str] = field(default_factory=list)  # e.g. unpaired quotation marks


def extract(
    items: Iterable[tuple[str, str]],
    model: str | None = None,
    with_entities: bool = True,
    dates: Mapping[str, object] | None = None,
    with_statements: bool = True,
) -> Iterator[Extraction]:
    """Parse ``(doc_id, text)`` pairs and extract quotes, statements (and entities); yields in
    input order. ``dates`` maps doc_id to the article's date, which date-bounded actor roles need
    (unknown dates resolve names without a role period)."""
    pipeline = nlp.load(model)
    quotes.load_all()  # word lists load before the batch: a broken install fails loudly, once
    for doc, doc_id in nlp.pipe(((text, doc_id) for doc_id, text in items), pipeline):
        result = Extraction(doc_id=doc_id)
        try:
            result.quotes, result.warnings = quotes.extract_quotes_with_warnings(doc)
            for warning in result.warnings:
                log.info("quotes in %s: %s", doc_id, warning)
            if with_statements:
                when = dates.get(doc_id) if dates else None
                found, ctx = statements.statements_for(doc, result.quotes, when)
                result.statements = found
                result.speaker_countries = [a.country if a else None for a in ctx.speakers]
            if with_entities:
                result.entities = entities.extract_entities(doc, doc_id)
        except Exception as err:  # one bad document must not fail the batch
            log.warning("extraction failed for %s: %s: %s", doc_id, type(err).__name__, err)
            result.quotes, result.entities, result.statements = [], [], []
            result.speaker_countries = []
            result.error = f"{type(err).__name__}: {err}"
        yield result


def quote_rows(
    article_id: str,
    found: list[quotes.Quote],
    model_label: str,
    speaker_countries: list[str | None] | None = None,
) -> list[dict]:
    """Quote rows (schema ``quotes``) for one article; ``speaker_countries`` (one per quote, from
    actor resolution) fills ``speaker_country``."""
    countries = speaker_countries or [None] * len(found)
    return [
        {
            "quote_id": ids.quote_id(article_id, q.start, q.end),
            "article_id": article_id,
            "kind": q.kind,
            "quote_text": q.text,
            "quote_start": q.start,
            "quote_end": q.end,
            "speaker": q.speaker,
            "speaker_mention": q.speaker_mention,
            "speaker_start": q.speaker_start,
            "speaker_end": q.speaker_end,
            "speaker_role": q.speaker_role,
            "speaker_country": country,
            "unattributed_reason": q.unattributed_reason,
            "cue": q.cue,
            "cue_start": q.cue_start,
            "cue_end": q.cue_end,
            "sentence_index": q.sentence_index,
            "rule": q.rule,
            "confidence": q.confidence,
            "model": model_label,
        }
        for q, country in zip(found, countries, strict=True)
    ]


def contract_record(doc_id: object, found: list[quotes.Quote]) -> dict:
    """One output line of ``parley extract-quotes`` (the evaluation contract)."""
    return {
        "doc_id": doc_id,
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "cue": q.cue,
            }
            for q in found
        ],
    }
