"""Helpers the statement-typing tests share: the statement types the real pipeline gives a text
(quotations by :func:`parley.extract.quotes.extract_quotes`, statements by
:func:`parley.extract.statements.statements_for`, dated 2020-01-01)."""

from __future__ import annotations

from parley.extract import quotes, statements


def all_types(nlp, text: str) -> list[str]:
    """The statement type of each statement found in ``text``, in order."""
    doc = nlp(text)
    found, _ = statements.statements_for(doc, quotes.extract_quotes(doc), "2020-01-01")
    return [s.statement_type for s in found]


def first_type(nlp, text: str) -> str | None:
    """The first statement's type in ``text`` (None: no statement)."""
    found = all_types(nlp, text)
    return found[0] if found else None
