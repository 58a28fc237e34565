"""The spaCy model: loaded once per process, documents streamed through ``nlp.pipe``."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

BATCH_SIZE = 32
MAX_LENGTH = 2_000_000  # characters; the ingest cap (1M) keeps articles below it


@functools.cache
def load(model: str | None = None) -> Language:
    """The spaCy pipeline ``model`` (default: ``PARLEY_SPACY_MODEL``), loaded once per process
    (the cache key is the model name). Raises ``OSError`` when the model is not installed."""
    import spacy

    from parley.settings import get_settings

    name = model or get_settings().spacy_model
    log.info("loading spaCy pipeline %s", name)
    nlp = spacy.load(name)
    nlp.max_length = MAX_LENGTH
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
