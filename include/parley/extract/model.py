"""The spaCy model: loaded once per process, documents streamed through ``nlp.pipe``.

Line breaks are hard sentence boundaries: :func:`line_breaks` runs before the parser and starts a
sentence at every paragraph break (:data:`PARAGRAPH_BREAK`), so a headline, dateline or byline
without a final period is never parsed into the sentence after it ("TALKS COLLAPSE IN DOHA\n\n
Hamas said ..." gave the reporting verb the subject "COLLAPSE"). spaCy's parser keeps sentence
starts set before it runs. Abbreviated titles ('Capt.', 'Lt.', 'Col.') stay one token, so their
period ends no sentence (:func:`add_title_abbreviations`).
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
    add_title_abbreviations(nlp)
    return nlp


def add_title_abbreviations(nlp: Language) -> None:
    """Keep abbreviated titles one token with their period ('Capt.', 'Lt.', 'Col.', 'Sgt.'), as
    spaCy already does for 'Gen.', 'Sen.' or 'Dr.': split off, the period ends the sentence
    before the name ('said Navy Capt. | Jeff Davis.') and the speaker becomes 'Navy Capt'. The
    abbreviations are the title words ending in a period in ``data/quotes/titles.csv``."""
    from spacy.symbols import ORTH

    from parley.extract import lexicon

    for word in lexicon.titles():
        if word.endswith(".") and len(word) > 2:
            form = word[:1].upper() + word[1:]
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def model_label(nlp: Language) -> str:
    """``name==version`` of a loaded pipeline, stored with every extracted row."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}=={nlp.meta.get('version', '?')}"


def pipe(
    texts: Iterable[tuple[str, Any]], nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Doc, Any]]:
    """Stream ``(text, context)`` pairs through ``nlp.pipe``; yields ``(doc, context)``."""
    nlp = nlp or load()
    yield from nlp.pipe(texts, as_tuples=True, batch_size=batch_size)


PIECE_CHARS = 100_000  # parse memory grows ~2.8 MB per 1,000 characters of one Doc: bound it


def pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``limit`` characters that concatenate to
    exactly ``text``: after a blank line where there is one in the last half of the window, else
    after a line break, else after any whitespace, else at ``limit`` (a run without whitespace)."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n", " ", "\t"):
            i = window.rfind(sep, limit // 2)
            if i >= 0:
                cut = i + len(sep)
                break
        cut = cut if cut > 0 else limit
        out.append(window[:cut])
        start += cut
    out.append(text[start:])
    return out


def parse(
    nlp: Language, texts: list[str], batch_size: int = BATCH_SIZE, piece_chars: int = PIECE_CHARS
) -> list[Doc]:
    """Parse ``texts`` (in order) with ``nlp.pipe``. A text longer than :data:`PIECE_CHARS` is
    parsed in :func:`pieces` joined with ``Doc.from_docs``, so its parse memory stays bounded
    whatever its length; the joined Doc's text is exactly the input (checked), its sentences and
    entities never cross a cut. No article of the research corpus is that long (longest: 25,450
    characters), so its parses are those of whole documents."""
    from spacy.tokens import Doc

    short = [(i, t) for i, t in enumerate(texts) if len(t) <= piece_chars]
    docs: list[Doc | None] = [None] * len(texts)
    for doc, i in nlp.pipe(((t, i) for i, t in short), as_tuples=True, batch_size=batch_size):
        docs[i] = doc
    for i, text in enumerate(texts):
        if docs[i] is None:
            parts = list(nlp.pipe(pieces(text, piece_chars), batch_size=1))
            joined = Doc.from_docs(parts, ensure_whitespace=False)
            if joined.text != text:  # never expected: cuts keep every character
                raise ValueError("a long document's pieces do not rebuild its text")
            docs[i] = joined
    return docs  # type: ignore[return-value]
