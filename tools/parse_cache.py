"""Parses kept on disk for the evaluation loops (``--parse-cache DIR`` of ``tools.eval_quotes``
and ``tools.eval_statements``), so a second run spends its time on the rules, not the parser.

Each parse is a spaCy ``DocBin`` file ``<sha1 of model name, version and text>.spacy`` in the
folder. Parses are deterministic for one model version, so a cached parse is the parse the
pipeline would make: the numbers are the same either way (``tests/unit/test_parse_cache.py``
checks that extraction from a cached parse writes what ``parley extract-quotes`` writes).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def cache_path(pipeline: Language, text: str, folder: Path) -> Path:
    """Where the parse of ``text`` by ``pipeline`` is kept in ``folder``."""
    key = hashlib.sha1(
        f"{pipeline.meta.get('name')}-{pipeline.meta.get('version')}\n{text}".encode(
            "utf-8", "surrogatepass"
        )
    )
    return folder / f"{key.hexdigest()}.spacy"


def parses(pipeline: Language, texts: Iterable[str], folder: Path) -> Iterator[Doc]:
    """The parse of each text, in order: read from ``folder`` when kept there, else made by
    ``pipeline`` (:func:`parley.extract.model.load`) and written there first. Creates
    ``folder``; raises ``OSError`` when it cannot be written."""
    from spacy.tokens import DocBin

    folder.mkdir(parents=True, exist_ok=True)
    for text in texts:
        path = cache_path(pipeline, text, folder)
        if path.exists():
            yield next(DocBin().from_disk(path).get_docs(pipeline.vocab))
            continue
        doc = pipeline(text)
        DocBin(docs=[doc]).to_disk(path)
        yield doc
