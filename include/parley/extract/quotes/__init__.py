"""Quotation and speaker attribution over a parsed spaCy ``Doc``.

``extract_quotes(doc)`` is the entry point (used by :mod:`parley.extract`, so by the DAG and by
``parley extract-quotes``). The work is split by step:

* :mod:`.marks` — pairing quotation marks into quoted passages;
* :mod:`.mentions` — the speaker as written, its name split from its role;
* :mod:`.speakers` — pronoun and short-name resolution to a canonical speaker;
* :mod:`.engine` — direct, mixed and indirect speech, and which rule attributed each quote.

The word lists they read (cue verbs, titles, pronouns, names) are :mod:`parley.extract.lexicon`.
"""

from parley.extract.quotes.engine import (
    ACT_RULE,
    FINDING_RULE,
    NOT_QUOTATION_RULES,
    Quote,
    extract_quotes,
    extract_quotes_with_warnings,
)
from parley.extract.quotes.marks import find_quote_spans, pair_quote_marks

__all__ = [
    "ACT_RULE",
    "FINDING_RULE",
    "NOT_QUOTATION_RULES",
    "Quote",
    "extract_quotes",
    "extract_quotes_with_warnings",
    "find_quote_spans",
    "pair_quote_marks",
]
