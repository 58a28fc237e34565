"""The spaCy model: loaded once per process, documents streamed through ``nlp.pipe``.

Line breaks are hard sentence boundaries: :func:`line_breaks` runs before the parser and starts a
sentence at every paragraph break (:data:`PARAGRAPH_BREAK`), so a headline, dateline or byline
without a final period is never parsed into the sentence after it ("TALKS COLLAPSE IN DOHA\n\n
Hamas said ..." gave the reporting verb the subject "COLLAPSE"). spaCy's parser keeps sentence
starts set before it runs.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

BATCH_SIZE = 32
MAX_LENGTH = 2_000_000  # characters; the ingest cap (1M) keeps articles below it

# A paragraph break: a blank line, or a line break not followed by a lower-case letter (a
# hard-wrapped line that goes on in lower case continues its sentence). One definition for the
# sentence starts set here and the paragraphs the quote rules read (parley.extract.quotes).
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\u00a0]*\n\s*|\n\s*+(?![a-z\u00df-\u00f6\u00f8-\u00ff])")
LINE_BREAKS = "parley_line_breaks"


def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after every :data:`PARAGRAPH_BREAK` of ``doc`` (a spaCy
    pipeline component; it must run before the parser). Returns ``doc``."""
    text = doc.text
    for m in PARAGRAPH_BREAK.finditer(text):
        if m.end() >= len(text):
            continue
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0 and span[0].idx >= m.end():
            span[0].is_sent_start = True
    return doc


@functools.cache
def load(model: str | None = None) -> Language:
    """The spaCy pipeline ``model`` (default: ``PARLEY_SPACY_MODEL``), loaded once per process
    (the cache key is the model name), with :func:`line_breaks` before its parser. Raises
    ``OSError`` when the model is not installed."""
    import spacy

    from parley.settings import get_settings

    name = model or get_settings().spacy_model
    log.info("loading spaCy pipeline %s", name)
    nlp = spacy.load(name)
    nlp.max_length = MAX_LENGTH
    if not spacy.language.Language.has_factory(LINE_BREAKS):
        spacy.language.Language.component(LINE_BREAKS, func=line_breaks)
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


def model_label(nlp: Language) -> str:
    """``name==version`` of a loaded pipeline, stored with every extracted row."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}=={nlp.meta.get('version', '?')}"


def pipe(
    texts: Iterable[tuple[str, Any]], nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Doc, Any]]:
    """Stream ``(text, context)`` pairs through ``nlp.pipe``; yields ``(doc, context)``."""
    nlp = nlp or load()
    yield from nlp.pipe(texts, as_tuples=True, batch_size=batch_size)
