"""The statement rules, loaded once from the data files (every row with its source; see
``data/README.md``): the lexicon of cue and content words and phrases (``statement_lexicon.csv``),
object classes and what a trigger × object class means (``object_classes.csv``,
``statement_objects.csv``), the 13 labels (``statement_types.csv``), the CAMEO codes with their
PLOVER category and weight (``cameo_codes.csv``), intent verbs, the coercive measures that
recode an INTENT (``coercive_measures.csv``), attitude words, topics and generic nouns.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parley import schema
from parley.datafiles import rows

if TYPE_CHECKING:
    from spacy.tokens import Token

LABELS = schema.STATEMENT_TYPES


@dataclass(frozen=True)
class Rule:
    """One row of ``statement_lexicon.csv``: a cue or content word, phrase or regex and the label
    and CAMEO code it gives (``negated_type`` when negated), narrowed by part of speech, governing
    lemma and dependency relation."""

    term: str
    match: str  # lemma | phrase | regex
    scope: str  # cue | content | both
    subject: str  # self | other | any
    statement_type: str
    cameo_code: str
    negated_type: str
    pos_tag: str = ""  # VERB | ADJ | NOUN; empty = any part of speech
    heads: frozenset[str] = frozenset()  # the word must depend on one of these lemmas
    deps: frozenset[str] = frozenset()  # ... with one of these relations ("acomp": predicative)
    pattern: re.Pattern | None = None
    # a word of letters ``a``-``z`` (lower case) that any text the ``phrase`` pattern matches
    # holds, lower-cased (:meth:`StatementRules.phrases_in`); None for a regex row
    anchor: str | None = None


# the only characters that ``re.IGNORECASE`` lets stand for a letter ``a``-``z`` while
# ``str.lower`` does not make them that letter: "İ" (U+0130, matches "i"), the dotless "ı"
# (U+0131, "i") and the long "ſ" (U+017F, "s"); found by testing every code point against
# ``[a-z]`` under ``re.I`` (the Kelvin sign "K" lowers to "k" and needs no guard)
_FOLD_EXCEPTIONS = frozenset("\u0130\u0131\u017f")


def _anchor(term: str) -> str | None:
    """The longest word of ``term`` (a ``phrase`` row) written in letters ``a``-``z`` alone,
    lower-cased; None when it has none ("9/11")."""
    words = [w for w in re.split(r"[^A-Za-z]+", term) if w]
    return max(words, key=len).lower() if words else None


@dataclass
class StatementRules:
    """All statement rule tables, indexed for lookup (see the module docstring)."""

    cue: dict[str, Rule]
    content: dict[str, list[Rule]]
    phrases: list[Rule]
    # the phrases of plain words by their first word, with all their words: matched on the
    # tokens' lemmas too, so that "calls on", "called for", "ruled out" take the row of "call
    # on", "call for", "rule out" (:func:`~.matching.content_matches`)
    phrase_lemmas: dict[str, list[tuple[Rule, tuple[str, ...]]]]
    objects: dict[tuple[str, str], tuple[str, str]]
    object_classes: dict[str, list[str]]
    types: dict[str, dict]
    codes: dict[str, dict]
    intent_verbs: dict[str, str]
    coercive: list[tuple[str, frozenset[str], str]]  # (word, with-words, code), first match wins
    attitude: frozenset[str]
    topics: dict[str, str]
    generic: frozenset[str]
    # (lemma hash, lower-case form hash) → content keys: filled by :meth:`content_keys`
    _content_keys: dict[tuple[int, int], tuple[str, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def phrases_in(self, text: str) -> list[Rule]:
        """The rows of :attr:`phrases`, in their order, whose pattern may match in ``text``: every
        ``regex`` row, and each ``phrase`` row whose :attr:`Rule.anchor` is in the lower-cased
        text. A phrase pattern (case-insensitive) can match only where its anchor's letters
        stand in ``text`` in either case, which lower-casing turns into the anchor itself, so no
        row that would match is left out; a text with a character ``re.IGNORECASE`` folds
        otherwise (:data:`_FOLD_EXCEPTIONS`) gets every row. Saves scanning each quotation
        with every phrase pattern (most quotations hold none of them)."""
        if _FOLD_EXCEPTIONS.intersection(text):
            return self.phrases
        low = text.lower()
        return [r for r in self.phrases if r.anchor is None or r.anchor in low]

    def content_keys(self, tok: Token) -> tuple[str, ...]:
        """The token's lower-cased lemma, then its lower-case form (once when they are the
        same), keeping those that have rows in :attr:`content`; empty for most tokens. Kept by
        the two spaCy string hashes (``Token.lemma``, ``Token.lower``): every token of every
        quotation is asked, and reading ``lemma_``/``lower_`` decodes a new string each time."""
        key = (tok.lemma, tok.lower)
        found = self._content_keys.get(key)
        if found is None:
            forms = dict.fromkeys((tok.lemma_.lower(), tok.lower_))
            found = tuple(k for k in forms if k in self.content)
            self._content_keys[key] = found
        return found


@functools.cache
def rules() -> StatementRules:
    """The statement rules, loaded once per process. Raises ``FileNotFoundError`` when a data file
    is missing."""
    cue: dict[str, Rule] = {}
    content: dict[str, list[Rule]] = {}
    phrases: list[Rule] = []
    for r in rows("statements/statement_lexicon.csv"):
        pattern = None
        if r["match"] == "regex":
            pattern = re.compile(r["term"], re.I)
        elif r["match"] == "phrase":
            # a straight apostrophe in a row also matches the typographic one ("can’t comment")
            written = re.escape(r["term"]).replace("'", "['’]")
            pattern = re.compile(rf"(?<!\w){written}(?!\w)", re.I)
        rule = Rule(
            r["term"],
            r["match"],
            r["scope"],
            r["subject"],
            r["statement_type"],
            r["cameo_code"],
            r["negated_type"],
            pos_tag=r["pos"],
            heads=frozenset(filter(None, r["head"].split("|"))),
            deps=frozenset(filter(None, r["dep"].split("|"))),
            pattern=pattern,
            anchor=_anchor(r["term"]) if r["match"] == "phrase" else None,
        )
        if rule.match == "lemma":
            if rule.scope in ("cue", "both"):
                cue[rule.term] = rule
            if rule.scope in ("content", "both"):
                content.setdefault(rule.term, []).append(rule)
        elif rule.scope in ("content", "both"):
            phrases.append(rule)
    classes: dict[str, list[str]] = {}
    for r in rows("statements/object_classes.csv"):
        classes.setdefault(r["lemma"], []).append(r["object_class"])
    phrase_lemmas: dict[str, list[tuple[Rule, tuple[str, ...]]]] = {}
    for rule in phrases:
        words = tuple(rule.term.lower().split())
        if rule.match == "phrase" and len(words) > 1 and all(w.isalpha() for w in words):
            phrase_lemmas.setdefault(words[0], []).append((rule, words))
    return StatementRules(
        cue=cue,
        content=content,
        phrases=phrases,
        phrase_lemmas=phrase_lemmas,
        objects={
            (r["trigger"], r["object_class"]): (r["statement_type"], r["cameo_code"])
            for r in rows("statements/statement_objects.csv")
        },
        object_classes=classes,
        types={r["statement_type"]: r for r in rows("statements/statement_types.csv")},
        codes={r["cameo_code"]: r for r in rows("statements/cameo_codes.csv")},
        intent_verbs={r["lemma"]: r["cameo_code"] for r in rows("statements/intent_verbs.csv")},
        coercive=[
            (r["word"], frozenset(filter(None, r["with"].split("|"))), r["cameo_code"])
            for r in rows("statements/coercive_measures.csv")
        ],
        attitude=frozenset(r["lemma"] for r in rows("statements/attitude_words.csv")),
        topics={r["term"]: r["topic"] for r in rows("statements/subject_topics.csv")},
        generic=frozenset(r["lemma"] for r in rows("statements/generic_nouns.csv")),
    )


def plover(code: str) -> str | None:
    """The PLOVER category of a CAMEO code (None where PLOVER has no such category)."""
    return rules().codes[code]["plover_category"] or None


def weight(code: str) -> float:
    """The Goldstein-like cooperation (+) / conflict (−) weight of a CAMEO code."""
    return float(rules().codes[code]["weight"])
