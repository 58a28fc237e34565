"""Parses kept on disk for the evaluation loops (``--parse-cache DIR`` of ``tools.eval_quotes``
and ``tools.eval_statements``), so a second run spends its time on the rules, not the parser.

Each parse is a spaCy ``DocBin`` file in the folder, named by the SHA-1 of what makes the parse:
the model's name and version, spaCy's version, the pipeline's components, the source of
``parley/extract/model.py`` (which adds Parley's own components and tokenizer exceptions), the
actor table one of those components reads (``data/actors/institutions.csv``) and the text. A cached parse is then the parse the pipeline would make, so the numbers are the same
either way (``tests/e2e/test_eval_parse_cache.py`` checks that extraction from a cached parse
writes what ``parley extract-quotes`` writes). Texts are parsed as the extraction workers parse
them (:func:`parley.extract.model.parse`: a text over its piece limit in pieces).
"""

from __future__ import annotations

import functools
import hashlib
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@functools.cache
def _model_source() -> str:
    """The SHA-1 of ``parley/extract/model.py`` and of the actor table its entity component
    reads (:func:`parley.extract.model.table_names`: ``data/actors/institutions.csv``)."""
    from parley.datafiles import data_path
    from parley.extract import model

    digest = hashlib.sha1(Path(model.__file__).read_bytes())
    digest.update(data_path("actors/institutions.csv").read_bytes())
    return digest.hexdigest()


def cache_path(pipeline: Language, text: str, folder: Path) -> Path:
    """Where the parse of ``text`` by ``pipeline`` is kept in ``folder``. Raises
    ``UnicodeEncodeError`` for a text with a lone surrogate (which spaCy cannot parse either)."""
    import spacy

    made_by = "\n".join(
        (
            f"{pipeline.meta.get('name')}-{pipeline.meta.get('version')}",
            f"spacy-{spacy.__version__}",
            ",".join(pipeline.pipe_names),
            _model_source(),
        )
    )
    key = hashlib.sha1(made_by.encode() + b"\n" + text.encode())
    return folder / f"{key.hexdigest()}.spacy"


def parses(pipeline: Language, texts: Iterable[str], folder: Path) -> Iterator[Doc]:
    """The parse of each text, in order: read from ``folder`` when kept there, else made by
    ``pipeline`` (:func:`parley.extract.model.load`) as the workers make it and written there
    first, under a temporary name then renamed (an interrupted run leaves no truncated file).
    Creates ``folder``; raises ``OSError`` when it cannot be written."""
    from spacy.tokens import DocBin

    from parley.extract import model

    folder.mkdir(parents=True, exist_ok=True)
    for text in texts:
        path = cache_path(pipeline, text, folder)
        if path.exists():
            yield next(DocBin().from_disk(path).get_docs(pipeline.vocab))
            continue
        doc = model.parse(pipeline, [text])[0]
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
        try:
            DocBin(docs=[doc]).to_disk(tmp)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        yield doc
