"""The text of a parsed document, joined once per ``Doc``.

``Doc.text`` joins every token's text on each access (making a Token per token); the quotation
engine, the headline-verb retagger, the parse tree and the actor resolver each read it for the
same document. A Doc's text never changes once it is made (merging or splitting tokens keeps
it), so :func:`doc_text` keeps it per Doc object, weakly: a Doc its caller drops takes its
entry with it.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text`` (the verbatim text of the document), joined on the first call for ``doc``."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
