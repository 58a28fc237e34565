"""Fixtures of the extract tests: the real spaCy pipeline (``nlp``, from tests/conftest.py) and
the real rules, no stand-ins."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from parley.extract import quotes, statements

TypedFn = Callable[..., list[statements.Statement]]


@pytest.fixture(scope="session")
def typed(nlp) -> TypedFn:
    """``typed(text, when="2024-03-01")``: the statements the extract stage types in ``text``
    (quotations by :func:`parley.extract.quotes.extract_quotes`, then
    :func:`parley.extract.statements.statements_for` dated ``when``, ``YYYY-MM-DD``)."""

    def run(text: str, when: str = "2024-03-01") -> list[statements.Statement]:
        doc = nlp(text)
        found, _ = statements.statements_for(doc, quotes.extract_quotes(doc), when)
        return found

    return run
