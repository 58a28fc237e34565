"""Extraction (the DAG task ``extract``): texts in, entities, quotations and statements out — the
one code path behind both the DAG's extract task and ``parley extract-quotes``.

Texts stream through ``nlp.pipe`` (:mod:`.model`: the model is loaded once per process);
:func:`annotate` runs, per document, the quote engine (:mod:`.quotes`), the statement layer
(:mod:`.statements`, which resolves speakers and targets to actors with :mod:`.actor_resolver` over
the tables of :mod:`.actors`) and the entities (:mod:`.entities`); :mod:`.rows` turns the result
into lake rows. Parse helpers shared by the rules are :mod:`.syntax`, their word lists
:mod:`.lexicon`. One document that makes a rule raise is logged and yields no rows, never failing
the batch.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parley.extract import actors, entities, lexicon, model, quotes, statements
from parley.extract.quotes import Quote
from parley.extract.statements import Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from parley.extract.meta import ArticleMeta

log = logging.getLogger(__name__)


@dataclass
class DocAnnotations:
    """What one document yielded: its quotations (in text order), their statements, its entity
    rows, and per quotation the resolved speaker's country (``quote_speaker_countries``, aligned with
    ``quotes``); ``error`` when a rule raised (then nothing else is kept)."""

    doc_id: str
    quotes: list[Quote] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    quote_speaker_countries: list[str | None] = field(default_factory=list)  # one per quote
    error: str | None = None
    warnings: list[str] = field(default_factory=list)  # e.g. unpaired quotation marks


def annotate_doc(
    doc: Doc,
    doc_id: str,
    when: object = None,
    with_entities: bool = True,
    with_statements: bool = True,
    meta: ArticleMeta | None = None,
) -> DocAnnotations:
    """Quotations, statements (and entities) of one parsed document. ``when`` is the article's
    date, which date-bounded actor roles need (``None`` resolves names without a role period);
    ``meta`` its title, byline and source, which name whose the document's own "we" is (with
    statements only: a press release's "We condemn ..." gets its issuer as speaker,
    :meth:`~parley.extract.statements.context.DocContext.issuer_voice`). A rule that raises
    yields a :class:`DocAnnotations` with ``error`` set and nothing else kept."""
    result = DocAnnotations(doc_id=doc_id)
    try:
        result.quotes, result.warnings = quotes.extract_quotes_with_warnings(doc)
        for warning in result.warnings:
            log.info("quotes in %s: %s", doc_id, warning)
        if with_statements:
            found, ctx = statements.statements_for(doc, result.quotes, when, meta)
            result.quotes = ctx.quotes  # the document's own first person given its voice
            result.statements = found
            result.quote_speaker_countries = [a.country if a else None for a in ctx.speakers]
        if with_entities:
            result.entities = entities.extract_entities(doc, doc_id)
    except Exception as err:  # one bad document must not fail the batch
        log.warning("extraction failed for %s: %s: %s", doc_id, type(err).__name__, err)
        result.quotes, result.entities, result.statements = [], [], []
        result.quote_speaker_countries = []
        result.error = f"{type(err).__name__}: {err}"
    return result


def annotate(
    items: Iterable[tuple[str, str]],
    model_name: str | None = None,
    with_entities: bool = True,
    dates: Mapping[str, object] | None = None,
    with_statements: bool = True,
    metas: Mapping[str, ArticleMeta] | None = None,
) -> Iterator[DocAnnotations]:
    """Parse ``(doc_id, text)`` pairs in this process and extract quotes, statements (and
    entities); yields in input order. ``dates`` maps doc_id to the article's date, which
    date-bounded actor roles need (unknown dates resolve names without a role period);
    ``metas`` doc_id to its title, byline and source (:func:`annotate_doc`).

    No isolation: a document that crashes the interpreter takes the caller with it. The DAG and
    ``parley extract-quotes`` go through :mod:`parley.extract.runner`, whose worker processes run
    :func:`annotate_doc` on every core and quarantine such documents; this generator is for
    tests and notebooks."""
    nlp = model.load(model_name)
    lexicon.load_all()  # word lists load before the batch: a broken install fails loudly, once
    actors.load_tables()
    for doc, doc_id in model.pipe(((text, doc_id) for doc_id, text in items), nlp):
        when = dates.get(doc_id) if dates else None
        meta = metas.get(doc_id) if metas else None
        yield annotate_doc(doc, doc_id, when, with_entities, with_statements, meta)
