"""Quotation and speaker attribution over a parsed spaCy ``Doc``.

``extract_quotes(doc)`` is the entry point (used by :mod:`parley.extract`, so by the DAG and by
``parley extract-quotes``). The work is split by step:

* :mod:`.marks` — pairing quotation marks into quoted passages;
* :mod:`.lexicon` — the word lists in ``include/parley/data/`` (cue verbs, titles, pronouns, names);
* :mod:`.speakers` — speaker mentions, name/role split, pronoun and short-name resolution;
* :mod:`.engine` — direct, mixed and indirect speech, and which rule attributed each quote.
"""

from parley.quotes.engine import Quote, extract_quotes, extract_quotes_with_warnings
from parley.quotes.lexicon import cue_lemmas, cues, load_all
from parley.quotes.marks import find_quote_spans, pair_quote_marks

__all__ = [
    "Quote",
    "cue_lemmas",
    "cues",
    "extract_quotes",
    "extract_quotes_with_warnings",
    "find_quote_spans",
    "load_all",
    "pair_quote_marks",
]
