"""The spaCy model: loaded once per process, documents streamed through ``nlp.pipe``.

Line breaks are hard sentence boundaries: :func:`line_breaks` runs before the parser and starts a
sentence at every paragraph break (:data:`PARAGRAPH_BREAK`), so a headline, dateline or byline
without a final period is never parsed into the sentence after it ("TALKS COLLAPSE IN DOHA\n\n
Hamas said ..." gave the reporting verb the subject "COLLAPSE"). spaCy's parser keeps sentence
starts set before it runs. Abbreviated titles ('Capt.', 'Lt.', 'Col.') stay one token, so their
period ends no sentence (:func:`add_title_abbreviations`). After the entity recogniser,
:func:`table_names` sets an entity's span where the actor tables name a party or body otherwise
than the model cut it ("Liberal Democrats", which the model tags "Democrats", the US party's
name), so every layer reads the same entities.
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
VISIBLE_WORDS = "parley_visible_words"
TYPOGRAPHIC_APOSTROPHES = "parley_typographic_apostrophes"
# the apostrophe of typeset text (RIGHT SINGLE QUOTATION MARK) and the typewriter one spaCy's
# English models were trained on and whose forms their rules list ("'ve", "'s", "O'Malley")
TYPESET_APOSTROPHE, PLAIN_APOSTROPHE = "\u2019", "'"
TABLE_NAMES = "parley_table_names"


def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after every :data:`PARAGRAPH_BREAK` of ``doc`` (a spaCy
    pipeline component; it must run before the parser). A paragraph that opens with a person's
    title before a given name ('President Joe Biden met ...', after a headline line) does not
    end its sentence after the title: the parser, told a sentence starts there, otherwise reads
    the title as a sentence of its own and cuts it off the name (titles of
    ``data/quotes/titles.csv``, given names of ``data/quotes/given_names.csv``; not 'General
    Motors said'). Returns ``doc``."""
    from parley.extract import lexicon

    text = doc.text
    for m in PARAGRAPH_BREAK.finditer(text):
        if m.end() >= len(text):
            continue
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0 and span[0].idx >= m.end():
            first = span[0]
            first.is_sent_start = True
            if (
                first.i + 1 < len(doc)
                and first.is_alpha
                and first.text[:1].isupper()
                and lexicon.is_person_title(first.lower_)
                and doc[first.i + 1].lower_ in lexicon.given_names()
                and doc[first.i + 1].text[:1].isupper()
            ):
                doc[first.i + 1].is_sent_start = False
    return doc


# the kinds of table actor whose written name :func:`table_names` lets decide an entity's span
# (a country's name is also a person's: "Jordan", "Chad"; a party's or body's is not)
_NAMED_BODIES = {"party": "NORP", "institution": "ORG", "io": "ORG"}
_MAX_NAME_WORDS = 3  # words a cut-off name or a name run into a person's may add or hold
# letters of a one-word name in title case that is a word, not an acronym ("Tory"; "Eu" is not)
_MIN_NAME_WORD = 4


def table_names(doc: Doc) -> Doc:
    """Entities cut where the actor tables name a party or body otherwise (a spaCy pipeline
    component; it must run after the entity recogniser). The small English model cuts names of
    parties it rarely saw: "The Liberal Democrats" becomes "Democrats" (NORP), which the tables
    read as the US party, and "Lib Dem MP Lembit Opik" one PERSON, which names a person "Lib Dem
    MP Lembit Opik". Every layer (entities, speakers, statement targets) reads ``doc.ents``, so
    the span is set once, here:

    - an entity grows leftwards over up to :data:`_MAX_NAME_WORDS` capitalised words that no
      other entity holds when the longer phrase is a party's, institution's or international
      organisation's name or alias in ``data/actors/institutions.csv`` (via
      :func:`parley.extract.actors.lookup_place`) and the entity alone is not that actor:
      "Liberal" + "Democrats" -> "Liberal Democrats";
    - a PERSON entity that opens (at its first or second word) with such a name is split: the
      name becomes an entity of its own (NORP for a party, ORG for a body), the rest, of two
      words or more, stays PERSON ("Lib Dem" + "MP Lembit Opik"; "Fellow Lib Dem Norman Baker"
      -> "Lib Dem" + "Norman Baker", the word before out of both);
    - a PERSON entity that is such a name whole ("Lib Dems") is relabelled.

    A name of one word counts written in capitals ("EU", "NATO") or as a word of at least
    :data:`_MIN_NAME_WORD` letters ("Tory David Heathcoat-Amory"), and a person split off keeps
    two words at least: "Tory Burch", "Eu Yan Sang" and "Un Chan" are people whose first name a
    table also holds. An entity grows into a party or body of one state only in a document
    that names that state in another entity (its name, a demonym, a seat, one of its bodies
    or subdivisions, one of its people: :func:`_state_of`): "Liberal Democrats" in an American
    text about liberal Democrats is left as the model cut it. The tables are read without a
    date (a name's words do not change with it). Returns ``doc``; raises nothing."""
    from spacy.tokens import Span

    from parley.extract.actors import lookup_place

    ents = list(doc.ents)
    named_states: list[str | None] | None = None

    def named_elsewhere(country: str, current: int) -> bool:
        """Whether an entity of the document other than the ``current``-th names ``country``
        (:func:`_state_of`; read once, and only when a candidate asks)."""
        nonlocal named_states
        if named_states is None:
            named_states = [_state_of(e.text) for e in ents]
        return any(country in c for j, c in enumerate(named_states) if j != current)

    def body(start: int, end: int, current: int | None) -> str | None:
        """The entity label of the party or body ``doc[start:end]`` names, or None; with
        ``current``, only in a document that names its state outside that entity."""
        words = doc[start:end]
        if not all(t.is_alpha and (t.is_title or t.is_upper) and t.pos_ != "DET" for t in words):
            return None
        if len(words) == 1 and not (
            (words[0].is_upper and len(words[0]) > 1) or len(words[0]) >= _MIN_NAME_WORD
        ):
            return None  # "Eu Yan Sang", "Un Chan": an acronym written as a first name
        hit = lookup_place(words.text, None)
        label = _NAMED_BODIES.get(hit.kind) if hit is not None else None
        if label is None or (
            current is not None
            and hit.country is not None
            and not named_elsewhere(hit.country, current)
        ):
            return None
        return label

    out: list[Span] = []
    changed = False
    for n, ent in enumerate(ents):
        floor = out[-1].end if out else 0
        grown = None
        for k in range(ent.start - 1, max(floor, ent.start - _MAX_NAME_WORDS) - 1, -1):
            if body(k, ent.end, n) is not None:
                grown = k
        if grown is not None and lookup_place(ent.text, None) != lookup_place(
            doc[grown : ent.end].text, None
        ):
            out.append(Span(doc, grown, ent.end, label=ent.label))
            changed = True
            continue
        if ent.label_ == "PERSON":
            # a one-word PERSON the tables also hold is a first name unless in capitals
            whole = body(ent.start, ent.end, None) if len(ent) > 1 or ent[0].is_upper else None
            if whole is not None:
                out.append(Span(doc, ent.start, ent.end, label=whole))
                changed = True
                continue
            split = next(
                (
                    (a, b, label)
                    for a in (ent.start, ent.start + 1)
                    for b in range(min(ent.end - 2, a + _MAX_NAME_WORDS), a, -1)
                    if (label := body(a, b, None)) is not None
                ),
                None,
            )
            if split is not None:
                a, b, label = split
                out += [Span(doc, a, b, label=label), Span(doc, b, ent.end, label=ent.label)]
                changed = True
                continue
        out.append(ent)
    if changed:
        doc.ents = out
    return doc


def _state_of(name: str) -> frozenset[str]:
    """The states an entity's text names for :func:`table_names`: a country, seat, body or
    demonym of the actor tables (:func:`parley.extract.actors.lookup_place`,
    :func:`~parley.extract.actors.lookup_demonym`), a person the actor tables know ("Tony
    Blair" -> GB: :func:`~parley.extract.actors.lookup_person`), else the states whose
    first-order subdivision it names (pycountry:
    :func:`parley.extract.countries.subdivision_parents`, "Scotland" -> GB). Empty when none."""
    from parley.extract.actors import lookup_demonym, lookup_person, lookup_place
    from parley.extract.countries import subdivision_parents

    actor = lookup_place(name, None) or lookup_demonym(name, None) or lookup_person(name, None)
    if actor is not None and actor.country:
        return frozenset((actor.country,))
    return subdivision_parents(name)


# the lemmatizer of each pipeline :func:`load` returned, by its vocabulary (which every Doc the
# pipeline parses, or a DocBin restores with it, carries): :func:`lemmas_as`
_LEMMATIZERS: dict[Any, Any] = {}


def visible_words(doc: Doc) -> Doc:
    """Let the model read a word with an invisible format character as the word it shows (a
    spaCy pipeline component; it must run first): the lexeme of every token whose text holds
    one (:func:`parley.characters.invisible_at`: "Blin\u200bken", "Ant\u00adony") takes the
    norm, prefix, suffix, shape and flags of its visible form (:func:`visible_name`:
    "Blinken"), the features the model's embeddings read, so the tagger, parser and entity
    recogniser see "Antony Blinken" where the text holds the zero-width space. The token's
    ``text`` and ``lower_``, which Parley's rules read, still hold the character: the names the
    rules derive lose it in :func:`parley.extract.names.clean`. The text, the tokens and every offset stay as written. Returns ``doc``."""
    from parley.characters import invisible_at, visible_name

    if invisible_at(doc.text) is None:  # one regex search of the text, not one per token
        return doc
    vocab = doc.vocab
    for tok in doc:
        if invisible_at(tok.text) is None:
            continue
        shown = visible_name(tok.text)
        if not shown:
            continue
        lex, seen = vocab[tok.orth], vocab[shown]
        _read_as(lex, seen)
        lex.norm = seen.norm
        tok.norm_ = seen.norm_
    return doc


def _read_as(lex: Any, seen: Any) -> None:
    """Give the lexeme ``lex`` the prefix, suffix, shape and flags of the lexeme ``seen``: the
    features besides the norm that the model's embeddings read, so it reads one word as the
    other (:func:`visible_words`, :func:`typographic_apostrophes`)."""
    lex.prefix, lex.suffix, lex.shape, lex.flags = seen.prefix, seen.suffix, seen.shape, seen.flags


def _typeset_clitic(text: str) -> bool:
    """A clitic the tokenizer splits off with the typeset apostrophe: "’s", "’ve", "’re", "’m",
    "’ll", "’d" (it opens the token, a letter follows) or "n’t"."""
    return (
        len(text) > 1 and text[0] == TYPESET_APOSTROPHE and text[1].isalpha()
    ) or text.lower() == "n\u2019t"


def typographic_apostrophes(doc: Doc) -> Doc:
    """Let the model read a clitic written with the typeset apostrophe (U+2019: the "’ve" of
    "We’ve", the "’s" of "it’s" and "Iran’s", "n’t"; :func:`_typeset_clitic`) as the same clitic
    with the typewriter one its English training text holds (a spaCy pipeline component; it
    runs after :func:`visible_words`, before the tagger): the clitic's lexeme takes the prefix,
    suffix, shape and flags of its plain form ("'ve"), the features the model's embeddings
    read, and the token the plain form's norm where the tokenizer gave it none of its own
    (spaCy's tokenizer exceptions already give "’ve" the norm "have"); so the tagger, parser and
    entity recogniser read "It’s done" as "It's done" ("’s" a present tense, VBZ, not a past).
    Other words with the apostrophe inside ("O’Malley", "Sana’a", "Qur’an") and a lone quotation
    mark are left as they are: the model reads a transliterated name no better in the plain
    spelling. The change is to the clitic's vocabulary entry, the same for every document. Token
    text and offsets stay as written; :func:`load` gives the attribute ruler the typeset forms
    of its exceptions too (:func:`typeset_ruler_patterns`: lemma "have" for "’ve"). Returns
    ``doc``."""
    if TYPESET_APOSTROPHE not in doc.text:
        return doc
    vocab = doc.vocab
    for tok in doc:
        text = tok.text
        if not _typeset_clitic(text):
            continue
        seen = vocab[text.replace(TYPESET_APOSTROPHE, PLAIN_APOSTROPHE)]
        _read_as(vocab[tok.orth], seen)
        if tok.norm_ == tok.lower_:
            tok.norm_ = seen.norm_
    return doc


def typeset_ruler_patterns(patterns: list[dict]) -> list[dict]:
    """The attribute ruler's patterns (``AttributeRuler.patterns``: dicts of ``patterns``,
    ``attrs``, ``index``) that test a word with the typewriter apostrophe ("'ve" → lemma
    "have", "'s" tagged VBZ → "be"), rewritten for the typeset one: each ``LOWER``/``ORTH``
    value, set member (``IN``) or ``REGEX`` holding "'" gets "’" instead, a set keeps only its
    members that hold one (the plain words it lists are the original's), and a pattern with no
    such value is left out. The model's own exceptions, so no hand list of English
    contractions; in the original order, so their precedence among themselves is the
    original's. Input is not changed."""
    out: list[dict] = []
    for entry in patterns:
        rewritten = []
        for pattern in entry["patterns"]:
            tokens, changed = [dict(spec) for spec in pattern], False
            for spec in tokens:
                for key in ("LOWER", "ORTH"):
                    typed = _typeset_test(spec.get(key))
                    if typed is not None:
                        spec[key], changed = typed, True
            if changed:
                rewritten.append(tokens)
        if rewritten:
            out.append({"patterns": rewritten, "attrs": entry["attrs"], "index": entry["index"]})
    return out


def _typeset_test(value: Any) -> Any:
    """The typeset form of an attribute-ruler token test (a string, or a dict of ``IN`` and
    ``REGEX`` tests) that holds the typewriter apostrophe (:func:`typeset_ruler_patterns`), or
    None when it holds none; a set keeps only the members it adds."""
    if isinstance(value, str):
        return (
            value.replace(PLAIN_APOSTROPHE, TYPESET_APOSTROPHE)
            if PLAIN_APOSTROPHE in value
            else None
        )
    if not isinstance(value, dict):
        return None
    typed, changed = dict(value), False
    members = [
        v.replace(PLAIN_APOSTROPHE, TYPESET_APOSTROPHE)
        for v in value.get("IN", ())
        if PLAIN_APOSTROPHE in v
    ]
    members = [v for v in members if v not in value.get("IN", ())]
    if members:
        typed["IN"], changed = members, True
    if PLAIN_APOSTROPHE in value.get("REGEX", ""):
        typed["REGEX"], changed = value["REGEX"].replace(PLAIN_APOSTROPHE, TYPESET_APOSTROPHE), True
    return typed if changed else None


@functools.cache
def load(model: str | None = None) -> Language:
    """The spaCy pipeline ``model`` (default: ``PARLEY_SPACY_MODEL``), loaded once per process
    (the cache key is the model name), with :func:`visible_words` and
    :func:`typographic_apostrophes` first, :func:`line_breaks` before its parser,
    :func:`table_names` after its entity recogniser, and its attribute ruler given the typeset
    forms of its exceptions (:func:`typeset_ruler_patterns`) and matched through
    :class:`IndexedRulerMatch` (the same annotations, faster).
    Raises ``OSError`` when the model is not installed."""
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
    if not spacy.language.Language.has_factory(VISIBLE_WORDS):
        spacy.language.Language.component(VISIBLE_WORDS, func=visible_words)
    if VISIBLE_WORDS not in nlp.pipe_names:
        nlp.add_pipe(VISIBLE_WORDS, first=True)
    if not spacy.language.Language.has_factory(TYPOGRAPHIC_APOSTROPHES):
        spacy.language.Language.component(TYPOGRAPHIC_APOSTROPHES, func=typographic_apostrophes)
    if TYPOGRAPHIC_APOSTROPHES not in nlp.pipe_names:
        nlp.add_pipe(TYPOGRAPHIC_APOSTROPHES, after=VISIBLE_WORDS)
    if not spacy.language.Language.has_factory(TABLE_NAMES):
        spacy.language.Language.component(TABLE_NAMES, func=table_names)
    if "ner" in nlp.pipe_names and TABLE_NAMES not in nlp.pipe_names:
        nlp.add_pipe(TABLE_NAMES, after="ner")
    add_title_abbreviations(nlp)
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.add_patterns(typeset_ruler_patterns(ruler.patterns))
        ruler.match = IndexedRulerMatch(ruler)  # type: ignore[method-assign]
    if "lemmatizer" in nlp.pipe_names:
        _LEMMATIZERS[nlp.vocab] = nlp.get_pipe("lemmatizer")
    return nlp


def noun_lemma(vocab: Any, word: str) -> str:
    """The lemma spaCy's lemmatizer gives ``word`` (lower-cased) read as a common noun: the
    singular of a plural ("Ministers" -> "minister", "bosses" -> "boss", "spokesmen" ->
    "spokesman"), for a word the tagger read as something else (a capitalised plural it calls a
    proper name keeps itself as its lemma). ``vocab``: the vocabulary of the Doc the word is
    from; the lemmatizer is that of the pipeline :func:`load` gave it (its rule tables: the
    model's ``lemma_rules``, ``lemma_exc``, ``lemma_index``), the first lemma it offers. Returns
    the lower-cased word when that pipeline has no lemmatizer (or the Doc came from none).
    Raises nothing."""
    lemmas = lemmas_as(vocab, word, "NOUN")
    return lemmas[0] if lemmas else word.lower()


def lemmas_as(vocab: Any, word: str, pos: str) -> list[str]:
    """Every lemma spaCy's rule lemmatizer offers for ``word`` (lower-cased) read as part of
    speech ``pos`` ("NOUN", "VERB"), in its order: "fined" read as a verb -> ["fin", "fine"],
    "forgave" -> ["forgive"] (the tagger may have read the word otherwise and given it a wrong
    lemma: "fined" -> "fin"). ``vocab`` and the lemmatizer as for :func:`noun_lemma`. Empty
    when that pipeline has no lemmatizer or ``word`` is empty. Raises nothing."""
    from spacy.tokens import Doc

    word = word.lower()
    lemmatizer = _LEMMATIZERS.get(vocab)
    if lemmatizer is None or not word:
        return []
    return list(lemmatizer.rule_lemmatize(Doc(vocab, words=[word], pos=[pos])[0]))


# token attributes an attribute-ruler pattern may test that the index reads from ``Doc.to_array``
# (the values spaCy's Matcher compares: lexeme or token attribute ids)
_INDEXED_ATTRS = ("ORTH", "LOWER", "TAG", "DEP", "IS_SPACE")
_EQ, _IN, _NOT_IN, _REGEX = 0, 1, 2, 3


class IndexedRulerMatch:
    """spaCy's ``AttributeRuler.match`` (the model's tag-map and exception patterns: 179 in
    ``en_core_web_sm`` 3.8, and their typeset copies), computed through an index on token attributes; the same list, so
    the ruler sets the same POS, MORPH and LEMMA.

    Why: spaCy's ``Matcher`` tries every pattern at every token, ~10 ms per news article of ~700
    tokens, 14 % of the parse. Its patterns test ``TAG``/``LOWER``/``DEP``/``IS_SPACE``/``ORTH``
    of a token or two for a value, a set of values (``IN``, ``NOT_IN``: the Matcher's set
    predicates on attribute ids) or a ``REGEX`` (searched in the attribute's string, as the
    Matcher does); a pattern is indexed by its first tested value (or each value of its first
    ``IN`` set), so a dict lookup per token finds the few patterns worth checking; one with no
    value or set to index (only ``NOT_IN``/``REGEX``: one in the model) is checked at every
    token. A pattern with any other test (another attribute, an operator, a predicate such as
    ``FUZZY``) stays with a spaCy ``Matcher`` of its own (none in the model). Built from
    ``ruler.patterns`` when installed (:func:`load`): patterns added to the ruler afterwards
    are not seen.

    Returns, like ``AttributeRuler.match``, ``[(pattern_number, match_id, start, end), ...]``
    sorted (later patterns take precedence), token offsets, each match once."""

    def __init__(self, ruler: Any) -> None:
        from spacy import attrs
        from spacy.matcher import Matcher

        strings = ruler.vocab.strings
        self.columns = [attrs.IDS[a] for a in _INDEXED_ATTRS]
        self.residual = Matcher(ruler.vocab, validate=False)
        # per attribute: value id -> [(pattern_number, match_id, offset, length, tests)], the
        # patterns whose token at ``offset`` tests that attribute for that value (or a set
        # holding it); tests: every (token offset, column, kind, value) of the pattern
        self.by_value: list[dict[int, list]] = [{} for _ in _INDEXED_ATTRS]
        self.everywhere: list[tuple] = []  # (pattern_number, match_id, 0, length, tests)
        for number, entry in enumerate(ruler.patterns):
            match_id = strings[str(number)]
            for pattern in entry["patterns"]:
                per_token = [self._tests(k, spec, strings) for k, spec in enumerate(pattern)]
                if not pattern or None in per_token:
                    self.residual.add(match_id, [pattern])
                    continue
                tests = tuple(t for token_tests in per_token for t in token_tests)  # type: ignore[union-attr]
                keys = self._keys(tests)
                if not keys:
                    self.everywhere.append((number, match_id, 0, len(pattern), tests))
                for offset, column, value in keys:
                    self.by_value[column].setdefault(value, []).append(
                        (number, match_id, offset, len(pattern), tests)
                    )

    @staticmethod
    def _keys(tests: tuple) -> list[tuple[int, int, int]]:
        """Where a pattern with ``tests`` is indexed: ``(token offset, column, value id)`` of
        its first equality test, else one per value of its first ``IN`` test, else none."""
        for offset, column, kind, value in tests:
            if kind == _EQ:
                return [(offset, column, value)]
        for offset, column, kind, value in tests:
            if kind == _IN:
                return [(offset, column, v) for v in value]
        return []

    @staticmethod
    def _tests(offset: int, spec: dict, strings: Any) -> list[tuple] | None:
        """``[(offset, column, kind, value), ...]`` of one token's spec (value: an id, a
        frozenset of ids, a compiled regex), or None when it tests something else than
        :data:`_INDEXED_ATTRS` for a value, ``IN``, ``NOT_IN`` or ``REGEX`` (or nothing)."""

        def as_id(value: object) -> int | None:
            if isinstance(value, bool):
                return int(value)
            return strings.add(value) if isinstance(value, str) else None

        tests = []
        for key, value in spec.items():
            key = "ORTH" if key == "TEXT" else key
            if key not in _INDEXED_ATTRS:
                return None
            column = _INDEXED_ATTRS.index(key)
            if isinstance(value, dict):
                if len(value) != 1 or not value.keys() <= {"IN", "NOT_IN", "REGEX"}:
                    return None
                ((op, values),) = value.items()
                if op == "REGEX":
                    if not isinstance(values, str):
                        return None
                    tests.append((offset, column, _REGEX, re.compile(values)))
                    continue
                ids = [as_id(v) for v in values]
                if any(i is None for i in ids):
                    return None
                tests.append((offset, column, _IN if op == "IN" else _NOT_IN, frozenset(ids)))
            elif (i := as_id(value)) is not None:
                tests.append((offset, column, _EQ, i))
            else:
                return None
        return tests or None

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = doc.to_array(self.columns).tolist() if len(doc) else []
        strings = doc.vocab.strings
        n = len(rows)
        found = set()

        def check(candidates: Iterable[tuple], j: int) -> None:
            for number, match_id, offset, length, tests in candidates:
                i = j - offset
                if i < 0 or i + length > n:
                    continue
                for k, c, kind, v in tests:
                    got = rows[i + k][c]
                    if kind == _EQ:
                        holds = got == v
                    elif kind == _IN:
                        holds = got in v
                    elif kind == _NOT_IN:
                        holds = got not in v
                    else:
                        holds = v.search(strings[got]) is not None
                    if not holds:
                        break
                else:
                    found.add((number, match_id, i, i + length))

        for j, row in enumerate(rows):
            for column, index in enumerate(self.by_value):
                if row[column] in index:
                    check(index[row[column]], j)
            if self.everywhere:
                check(self.everywhere, j)
        if len(self.residual):  # an empty Matcher warns on every call
            for match_id, start, end in self.residual(doc, allow_missing=True, as_spans=False):
                found.add((int(strings[match_id]), match_id, start, end))
        return sorted(found)


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


# a sentence's end: its closing mark, any closing quotation marks or brackets, then whitespace before
# what can open the next sentence (a capital, a digit, an opening quotation mark or bracket)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[A-Z0-9])")


def pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``limit`` characters that concatenate to
    exactly ``text``. Each cut falls in the last half of the window, at the first of these that
    exists there: after a blank line, after a line break, after a sentence's end (``.``, ``?`` or
    ``!`` with its closing quotation marks, then whitespace before a capital, digit or opening
    mark), after any whitespace, else at ``limit`` (a run without whitespace). A piece is parsed
    on its own, so a cut inside a sentence would split it in two: one-line texts (a feed's body
    with its breaks stripped) are cut between sentences, not between words of one."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n"):
            i = window.rfind(sep, limit // 2)
            if i >= 0:
                cut = i + len(sep)
                break
        if cut < 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 2)]
            cut = ends[-1] if ends else -1
        if cut < 0:
            i = max(window.rfind(" ", limit // 2), window.rfind("\t", limit // 2))
            cut = i + 1 if i >= 0 else -1
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
