"""The statement layer's word tables, loaded once per process: the speech-act word classes of
``data/statements/speech_acts.csv`` (:func:`act_words`, :func:`class_words`) and the speaker and
place words of ``data/statements/context_words.csv`` (:func:`context_words`).

Every row of both tables has a ``source`` column saying where it came from (``data/README.md``).
This module sits below every other module of :mod:`parley.extract.statements` and imports none of
them, so each (``acts``, ``context``, ...) reads the tables from here without an import cycle.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parley.datafiles import rows

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class ActWords:
    """The word classes of ``speech_acts.csv``: single words by class, phrases by class."""

    words: dict[str, frozenset[str]]  # word → its classes
    phrases: dict[str, re.Pattern]  # class → one alternation of its phrases
    # (lemma hash, lower-case form hash) → classes: filled by :meth:`token_classes`
    _by_hash: dict[tuple[int, int], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def token_classes(self, tok: Token) -> frozenset[str]:
        """The classes of a token's lemma (lower-cased) and of its lower-case form together.
        Kept by the two spaCy string hashes (``Token.lemma``, ``Token.lower``): the rule layer
        asks this tens of thousands of times per batch, and reading ``lemma_``/``lower_`` decodes
        a new string from the vocabulary on each access."""
        key = (tok.lemma, tok.lower)
        found = self._by_hash.get(key)
        if found is None:
            empty: frozenset[str] = frozenset()
            found = self.words.get(tok.lemma_.lower(), empty) | self.words.get(tok.lower_, empty)
            self._by_hash[key] = found
        return found


@functools.cache
def act_words() -> ActWords:
    """Load ``data/statements/speech_acts.csv`` once per process: each single word (lower case)
    → its classes; each class with terms of several tokens ("non-negotiable", "no comment") →
    one compiled alternation of them, longest first, bounded by non-word characters."""
    words: dict[str, set[str]] = {}
    phrases: dict[str, list[str]] = {}
    for r in rows("statements/speech_acts.csv"):
        term = r["term"].strip().casefold()
        if " " in term or "-" in term:
            # the tokenizer splits "non-negotiable" into three tokens: matched as a phrase
            phrases.setdefault(r["class"], []).append(term)
        if " " not in term:
            words.setdefault(term, set()).add(r["class"])
    compiled = {
        cls: re.compile(
            r"(?<!\w)(?:"
            # a straight apostrophe in a term also matches the typographic one ("can’t accept")
            + "|".join(re.escape(t).replace("'", "['’]") for t in sorted(ts, key=len, reverse=True))
            + r")(?!\w)"
        )
        for cls, ts in phrases.items()
    }
    return ActWords({k: frozenset(v) for k, v in words.items()}, compiled)


@functools.cache
def class_words(cls: str) -> frozenset[str]:
    """The single words (lower case) of one class of ``speech_acts.csv``, read once per process;
    an empty set for a class with no single-word rows."""
    return frozenset(w for w, classes in act_words().words.items() if cls in classes)


def context_words(cls: str) -> frozenset[str]:
    """Every term (lower case, as written: a term of several words is one string, "yet
    another") of one class of ``data/statements/context_words.csv``, the words the speaker and
    place rules of :mod:`.context` test membership in; the table is read once per process.
    Raises ``KeyError`` for a class the table does not have (a misspelt class must not read as
    an empty list)."""
    return _context_table()[cls]


@functools.cache
def _context_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for r in rows("statements/context_words.csv"):
        table.setdefault(r["class"], set()).add(r["term"].strip().casefold())
    return {cls: frozenset(terms) for cls, terms in table.items()}
