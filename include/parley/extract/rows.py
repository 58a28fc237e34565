"""Rows: what one document yielded, as rows of the lake tables ``quotes`` and ``statements``
(schema.py), and as a line of the ``parley extract-quotes`` contract. Entity rows are made by
:func:`parley.extract.entities.extract_entities`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley import ids
from parley.extract.actor_resolver import meaningful_role
from parley.extract.actors import as_written
from parley.extract.names import name_key
from parley.extract.quotes.engine import NOT_QUOTATION_RULES

if TYPE_CHECKING:
    import pyarrow as pa

    from parley.extract.quotes import Quote
    from parley.extract.statements import Statement


def _shown(actor, written: str | None) -> str | None:
    """The name a row shows for ``actor``: its canonical name in the spelling the article wrote
    (:func:`~parley.extract.actors.as_written`: "Recep Tayyip Erdoğan" where the table has
    "Erdogan"), None for none."""
    return as_written(actor.name, written) if actor is not None else None


def statement_rows(article_id: str, quotes: list[Quote], found: list[Statement]) -> list[dict]:
    """Rows (schema ``statements``) for one article: one per statement of ``found`` (a quote of
    coordinated reported clauses gives several, each with its own id, offsets and text)."""
    rows = []
    for s in found:
        q = quotes[s.quote_index]
        sp, tg = s.speaker, s.target
        responds = quotes[s.responds_to_index] if s.responds_to_index is not None else None
        rows.append(
            {
                "statement_id": ids.statement_id(article_id, s.start, s.end),
                "article_id": article_id,
                "quote_id": ids.quote_id(article_id, q.start, q.end),
                "statement_start": s.start,
                "statement_end": s.end,
                "statement_text": s.text,
                "speaker": q.speaker,
                # the canonical name with the accents the article wrote ("Erdoğan"); the
                # name key stays the canonical one's, so the marts match them as before
                "speaker_actor": _shown(sp, q.speaker),
                "speaker_kind": sp.kind if sp else None,
                "speaker_name_key": name_key(sp.name) if sp and sp.kind == "person" else None,
                "speaker_role": (sp.role if sp and sp.role else meaningful_role(q.speaker_role)),
                "speaker_country": sp.country if sp else None,
                "speaker_org": sp.organisation if sp else None,
                "speaker_sector": sp.sector if sp else None,
                "speaker_qid": sp.qid if sp else None,
                "speaker_evidence": sp.evidence if sp else None,
                "statement_type": s.statement_type,
                "cameo_code": s.cameo_code,
                "plover_category": s.plover_category,
                "weight": s.weight,
                "negated": s.negated,
                "target": _shown(tg, s.target_mention),
                "target_kind": tg.kind if tg else None,
                "target_country": tg.country if tg else None,
                "target_countries": list(tg.members or [tg.country]) if tg and tg.country else [],
                "target_org": tg.organisation if tg else None,
                "target_qid": tg.qid if tg else None,
                "target_mention": s.target_mention,
                "target_start": s.target_start,
                "target_end": s.target_end,
                "subject": s.subject,
                "subject_terms": s.subject_terms,
                "topics": s.topics,
                "responds_to": (
                    as_written(s.responds_to, responds.speaker)
                    if s.responds_to and responds is not None
                    else s.responds_to
                ),
                "responds_to_quote_id": (
                    ids.quote_id(article_id, responds.start, responds.end) if responds else None
                ),
                "cue_lemma": s.cue_lemma,
                "rule": s.rule,
                "evidence": s.evidence,
                "confidence": s.confidence,
                "speaker_countries": (
                    list(sp.members or [sp.country]) if sp and sp.country else []
                ),
            }
        )
    return rows


def quote_rows(
    article_id: str,
    found: list[Quote],
    model_label: str,
    quote_speaker_countries: list[str | None] | None = None,
) -> list[dict]:
    """Quote rows (schema ``quotes``) for one article; ``quote_speaker_countries`` (one per quote, from
    actor resolution) fills ``speaker_country``."""
    countries = quote_speaker_countries or [None] * len(found)
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


def contract_record(doc_id: object, found: list[Quote]) -> dict:
    """One output line of ``parley extract-quotes`` (the evaluation contract): the quotations of
    ``found``; speech acts that report no content (rule :data:`~parley.extract.quotes.ACT_RULE`,
    "X condemned the strike") and findings put forward rather than said (rule
    :data:`~parley.extract.quotes.FINDING_RULE`, "the audit revealed that ...") are rows of the
    ``quotes`` table, which their statements point to, but no quotation."""
    found = [q for q in found if q.rule not in NOT_QUOTATION_RULES]
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


def document_rows(
    article_id: str,
    found: list[Quote],
    statements: list[Statement],
    entities: list[dict],
    quote_speaker_countries: list[str | None] | None,
    model_label: str,
) -> dict[str, list[dict]]:
    """Every row one document yields, by lake table (``entities``, ``quotes``, ``statements``)."""
    return {
        "entities": entities,
        "quotes": quote_rows(article_id, found, model_label, quote_speaker_countries or None),
        "statements": statement_rows(article_id, found, statements),
    }


def contract_record_from_rows(doc_id: object, quotes: pa.Table | None) -> dict:
    """:func:`contract_record` from a document's ``quotes`` rows (what extraction workers send);
    speech-act and finding rows (rules :data:`~parley.extract.quotes.NOT_QUOTATION_RULES`) left
    out as there."""
    rows = quotes.to_pylist() if quotes is not None else []
    rows = [r for r in rows if r["rule"] not in NOT_QUOTATION_RULES]
    return {
        "doc_id": doc_id,
        "quotes": [
            {
                "speaker": r["speaker"],
                "text": r["quote_text"],
                "start": r["quote_start"],
                "end": r["quote_end"],
                "kind": r["kind"],
                "cue": r["cue"],
            }
            for r in rows
        ],
    }
