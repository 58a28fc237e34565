"""Dependency-parse helpers shared by the quote and statement rules: one home for what a clause's
subject, verb, negation and reporting verb are (spaCy's English dependency labels, as textacy keeps
its ``_NOMINAL_SUBJ_DEPS``).

Two questions look alike but are asked differently by the two stages, and merging them would
change outputs, so both live here side by side, documented:

* *is this verb passive?* — :func:`is_passive` (the quote engine: whose speech is it?) and
  :func:`reported_passively` (the statement layer: is the quote's speaker spoken about?);
* *is this token a reporting verb?* — the quote engine asks ``lexicon.cues()`` with the verb's
  required particle ("point out", :meth:`parley.extract.quotes.engine.DocIndex.cue`); the statement
  layer asks :func:`is_cue_verb` (any particle).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB

from parley.extract.lexicon import cue_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the subject relations of a clause: nominal, passive nominal, clausal
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Penn tags of a finite verb or modal
FINITE_VERB_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))

# the string-store ids (``Token.dep``, ``Token.lower``) of the words and relations
# :func:`negated` tests on every child of a token: compared as ids, the strings are never decoded
_NEG = get_string_id("neg")
_NEGATORS = frozenset(map(get_string_id, ("no", "never")))
_NEGATOR_DEPS = frozenset(map(get_string_id, ("det", "advmod", "neg")))
_FROM, _FAR = get_string_id("from"), get_string_id("far")
# what :func:`clause_verb` tests on every word: a verb or auxiliary that is no auxiliary of
# another verb; the relations a word climbs to its head by
_VERB_POS = frozenset((VERB, AUX))
_AUX_DEPS = frozenset(map(get_string_id, ("aux", "auxpass")))
_CLIMB_DEPS = frozenset(
    map(get_string_id, ("aux", "auxpass", "acomp", "attr", "dobj", "oprd", "pobj", "prep"))
)


def is_cue_verb(tok: Token) -> bool:
    """A verb (or auxiliary) whose lemma is a reporting verb of ``data/quotes/cue_verbs.csv``,
    whatever its particle."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in cue_lemmas()


def cue_token(doc: Doc, start: int | None, end: int | None) -> Token | None:
    """The token of a quote's cue from its character offsets ``[start, end)``: its first verb,
    else the span's root (None when the quote has no cue or the offsets match no token)."""
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    return verbs[0] if verbs else span.root


def denied_by_no(tok: Token, children: Iterable[Token] | None = None) -> bool:
    """Whether ``tok`` (a noun) carries the determiner "no" ("no attack", "no evidence"): a
    negation the clause does not show, since its verb is not negated. ``children`` are the
    token's children when the caller already has them (the quote engine's own parse tree,
    :meth:`parley.extract.quotes.document.DocIndex.children`); else spaCy's ``tok.children``.
    :func:`negated` asks this and more (also "never", and "no" as an adverb or negation)."""
    kids = tok.children if children is None else children
    return any(d.dep_ == "det" and d.lower_ == "no" for d in kids)


def negated(tok: Token, outside: tuple[int, int] | None = None) -> bool:
    """Negation on the token, its determiner ("no problem"), the verb it complements, or "far
    from" before it ("far from happy").
    ``outside`` (character offsets of the quote) ignores negators inside it: for the reporting
    verb, "'It's hard not to,' Suter acknowledged" is not a negated acknowledgement."""

    def neg_children(t: Token) -> bool:
        return any(
            (c.dep == _NEG or (c.lower in _NEGATORS and c.dep in _NEGATOR_DEPS))
            and not (outside is not None and outside[0] <= c.idx < outside[1])
            and not _named_not(c)
            for c in t.children
        )

    if neg_children(tok):
        return True
    # litotes: "far from happy", "far from over" say "not happy", "not over" (the parser hangs
    # the word on "from", and "from" on "far")
    head = tok.head
    if head.lower == _FROM and head.head.lower == _FAR and head.head.i != tok.i:
        return True
    if tok.dep_ in ("acomp", "attr", "dobj", "xcomp", "oprd") and neg_children(tok.head):
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and neg_children(tok.head.head)


def _named_not(tok: Token) -> bool:
    """A capitalised "Not" between capitalised words inside a sentence written in lower case is
    part of a name ("a Level 4 Do Not Travel warning", "the Do Not Call list"), no negation; in a
    headline set in title case ("Iran Will Not Attend Talks") it still negates."""
    if tok.text != "Not" or tok.is_sent_start or tok.i + 1 >= len(tok.doc):
        return False
    if not (tok.nbor(-1).is_title and tok.nbor(1).is_title):
        return False
    return any(t.is_lower and t.is_alpha and len(t) > 3 for t in tok.sent)


def clause_verb(tok: Token) -> Token:
    """The verb whose subject is the token's subject (adjectives and objects climb to it).
    Reads parts of speech and relations as ids (``Token.pos``, ``Token.dep``)."""
    t = tok
    for _ in range(3):
        dep = t.dep
        if t.pos in _VERB_POS and dep not in _AUX_DEPS:
            return t
        if dep in _CLIMB_DEPS:
            t = t.head
        else:
            break
    return t


def conj_head(tok: Token) -> Token:
    """The first conjunct of the coordination ``tok`` stands in ("Pakistani and Bangladeshi":
    "Pakistani"), whose dependency says what role the whole coordination plays; ``tok`` itself
    when it is no conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def subject_of(tok: Token) -> tuple[Token | None, bool]:
    """(subject token, passive?) of the clause the token predicates."""
    verb = clause_verb(tok)
    for _ in range(3):
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS:
                return c, c.dep_ == "nsubjpass"
        if verb.dep_ in ("xcomp", "conj") and verb.head != verb:
            verb = verb.head
        else:
            break
    return None, False


def fronted_clause_subjects(tok: Token) -> list[Token]:
    """The subjects (``nsubj``, ``nsubjpass``) of the main clause that the adverbial clause
    holding ``tok`` is written before, those after that clause, in order ("Before his
    spokesperson dismissed the idea, Putin told a reporter ..." → [Putin]); [] when ``tok``'s
    clause is no adverbial clause or comes after its main clause's verb. What a possessive
    pronoun in such a clause refers ahead to: the speaker it names
    (:mod:`parley.extract.quotes.speakers`) and that speaker's country
    (:mod:`parley.extract.statements.context`) read it alike."""
    t = tok
    while t.dep_ not in ("advcl", "ROOT") and t.head.i != t.i:
        t = t.head
    main = t.head
    if t.dep_ != "advcl" or main.i < t.i:
        return []
    return [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= t.i]


def binding_subject(tok: Token) -> Token | None:
    """The subject of the clause a possessive pronoun ``tok`` stands in, written before it,
    when ``tok`` is in that clause's object or adjunct and not in its subject ("Scott's
    relatives watched the videos, according to *their* attorneys" → relatives; "Anna Berg
    thanked *her* hosts" → Berg): the nearest antecedent a reflexive-like possessive is bound
    to (English binding). None when ``tok`` is part of that subject ("*His* lawyer said ...",
    "Berg and *her* deputy"), or the clause has no subject before it."""
    t = tok
    while t.head.i != t.i:
        child, t = t, t.head
        # a participle used as a preposition ('according to', 'including') opens no clause
        if t.pos_ in ("VERB", "AUX") and child.dep_ not in ("aux", "auxpass") and t.dep_ != "prep":
            if child.dep_ in SUBJECT_DEPS:
                return None
            return next(
                (c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i),
                None,
            )
    return None


def reported_passively(cue: Token | None) -> bool:
    """The statement layer's passive: the reporting verb has a passive auxiliary ("is accused",
    "have been asked"), or is a bare participle hung on a noun or clause ("individuals accused
    of ...", "Asked about ..., he said") with no auxiliary or subject of its own."""
    if cue is None:
        return False
    if any(c.dep_ == "auxpass" for c in cue.children):
        return True
    return (
        cue.tag_ == "VBN"
        and cue.dep_ in ("acl", "advcl", "amod")
        and not any(c.dep_ in ("aux", "nsubj") for c in cue.children)
    )


def _opens_clause(verb: Token, kids: list[Token]) -> bool:
    """Whether ``verb`` (children ``kids``) opens its clause the way a participle does: after a
    subordinator of its own ('when asked what he would do', 'if asked': a ``mark`` or a
    wh-adverb, tag WRB) or right after the sentence start or a punctuation mark ('Asked what it
    might look like, she said'; ', asked about ...'), with nothing else of its clause before it.
    The small model often tags such a participle as a past tense (VBD); a past form right after
    a noun ('Donald Trump called for ...' with the subject hung elsewhere) or after an adverb of
    sequence ('The minister arrived in Brussels, then called for talks': the subject's second
    act) is no participle."""
    before = [c for c in kids if c.i < verb.i]
    if any(c.dep_ != "mark" and c.tag_ != "WRB" for c in before):
        return False
    if before:
        return True
    # is_sent_start, not verb.sent.start: Token.sent walks the whole sentence each call (quadratic
    # over a 50,000-token run of 'said', issue 16's stress document)
    return verb.i == 0 or bool(verb.is_sent_start) or verb.doc[verb.i - 1].is_punct


def is_passive(verb: Token, children: Callable[[Token], Iterable[Token]] | None = None) -> bool:
    """The quote engine's passive: 'was accused', 'has been told', 'Asked about X, Smith said' —
    a passive auxiliary (but not "who's called for": 's = has) or a passive subject, a past
    participle in an absolute 'with' clause ('with Iran accused of stalling', whatever the
    tagger makes of it), or a bare past participle hung on another clause with no auxiliary or
    subject. ``children`` replaces ``Token.children`` (the quote engine passes its precomputed
    lists: spaCy's property scans the token's whole subtree range on every call)."""
    kids = list(children(verb) if children is not None else verb.children)
    aux = [c for c in kids if c.dep_ == "auxpass"]
    if aux and all(a.lower_ in ("'s", "\u2019s") for a in aux):
        return False
    if aux or any(c.dep_ == "nsubjpass" for c in kids):
        return True
    if (
        verb.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in kids)
        and not any(c.dep_ == "aux" for c in kids)
    ):
        # an absolute 'with' clause holds no finite verb: 'with Gary Neville criticised for
        # ...', 'with Iran accused of stalling' — its subject is the one acted on
        return True
    return (
        (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and _opens_clause(verb, kids)))
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("aux", *SUBJECT_DEPS) for c in kids)
    )


def finite_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a finite clause: a past or present tense form or a modal, or a
    finite auxiliary or modal beside it ('was', 'smiled', 'has left', 'will meet'; not
    'standing' of 'with Weaver standing', nor 'to meet')."""
    return verb.tag_ in FINITE_VERB_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_VERB_TAGS for c in verb.children
    )
