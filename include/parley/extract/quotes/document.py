"""The document as the quote rules see it: :class:`DocIndex` (per-document lookups computed once:
the quotation holding each token, entities, sentences, paragraphs, reporting verbs) and the
helpers every rule shares — a reporting verb's speaker token (:func:`cue_subject`), the trimmed
span of a token run (:func:`span_of`), a paragraph's speaker label (:func:`speaker_label`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import IDX

from parley.extract import lexicon
from parley.extract.actors import lookup_place, names_a_feature, role_sector
from parley.extract.datelines import DATELINE
from parley.extract.doctext import doc_text
from parley.extract.model import PARAGRAPH_BREAK, lemmas_as
from parley.extract.quotes.mentions import PERSON, SpeakerMention
from parley.extract.quotes.speakers import head_class
from parley.extract.quotes.tree import ParseTree
from parley.extract.syntax import SUBJECT_DEPS, is_passive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from parley.extract.actors import Actor


MIN_CONTENT_WORDS = 3  # indirect content shorter than this is not a statement


MIN_FREE_DIRECT_WORDS = 4  # a quotation no cue governs needs this many words (else scare quotes)


WORD = re.compile(r"[^\W_]+")


# the rule of a speech act that reports no content: an object that is only what the act is about
# ('condemned the strike', 'declined to comment') or speech not yet made ('plans to call for
# talks', 'would not say whether'). It can carry a statement; it is no quotation.
ACT_RULE = "indirect:act"

# the rule of a finding or a shared belief put forward rather than said (cue frame ``finding``:
# 'the audit revealed that ...', 'the data indicate that ...', 'they agreed that ...'): PARC's
# evidential and belief attributions, which PolNeAR's speech relations leave out. It can carry a
# statement; it is no quotation.
FINDING_RULE = "indirect:finding"

# rules of rows of the ``quotes`` table that are no quotation of the ``parley extract-quotes``
# contract: the source of a statement only
NOT_QUOTATION_RULES = frozenset({ACT_RULE, FINDING_RULE})


OPEN_MARKS = "\"'\u201c\u2018\u00ab\u201e`"


# bounds that keep every rule linear in the text; each is far above what a real sentence needs
MAX_CLAUSE_TOKENS = 300  # a reported clause or object phrase: longer is not one statement
CUE_WINDOW = 120  # tokens either side of a quotation searched for its reporting verb
MAX_GAP_CHARS = 20  # whitespace between a quotation and an attribution sentence
MAX_LINE_CHARS = 300  # how far a headline check looks for the ends of a line


_LETTERS = re.compile(r"[^\W\d_]{2,}")

# a wire dateline with no dash, no date and no brackets ('WASHINGTON The United States ...',
# 'TAIPEI/WASHINGTON China has ...', 'BENGHAZI, Libya A government ...'): places in capitals
# (no abbreviation with full stops: 'U.S. officials said' is no dateline), maybe a region, one
# space, then the sentence. Only in the document's first paragraphs, and only when the tables
# know every place or the region (:func:`_bare_dateline`).
_BARE_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'\u2019-]{2,}(?:[ /][A-Z][A-Z'\u2019-]+){0,4})"
    r"(?:, (?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+)*))? (?=[A-Z0-9\"\u201c])"
)
DATELINE_PARAGRAPHS = 5  # the document's dateline opens one of its first paragraphs
_PLACE_KINDS = frozenset({"seat", "country"})


@dataclass(frozen=True)
class Dateline:
    """A news dateline: ``[start, end)`` is all of it with its dash and the spaces after (the
    text after it begins at ``end``); ``[place_start, place_end)`` is its place in capitals
    ('NEW DELHI' in 'NEW DELHI, May 3 (Reuters) - '), ``region_end`` where its place and region
    end ('BENGHAZI, Libya'). Character offsets into the document."""

    start: int
    end: int
    place_start: int
    place_end: int
    region_end: int = -1
    shape: str = "dash"  # "dash", or with no dash: "bare" ('WASHINGTON The'), "bare-region"

    def place(self, text: str) -> str:
        """The place as written ('NEW DELHI')."""
        return text[self.place_start : self.place_end]

    def places(self, text: str) -> str:
        """The place with its region as written ('BEIRUT/THE HAGUE', 'HANOVER, Germany')."""
        return text[self.place_start : max(self.region_end, self.place_end)]


def _place_named(words: str) -> Actor | None:
    """The place the actor tables know by ``words`` written in capitals or as a name
    ('WASHINGTON', 'NEW DELHI', 'Washington'): :func:`parley.extract.actors.lookup_place` of
    the words in title case, else as written; None when neither is known."""
    return lookup_place(words.title(), None) or lookup_place(words, None)


def _is_place(words: str, unknown: bool = False) -> bool:
    """Whether a dateline's capitals ('WASHINGTON', 'BEIRUT/THE HAGUE') are places: a label or
    kicker (``data/quotes/non_speaker_labels.csv``: 'BREAKING', 'UPDATE', 'FACTBOX') or an
    organisation the tables know ('NATO', 'UNICEF') is none; a part the tables know as a
    country or a seat is one; a part they do not know ('GENEVA', 'MOSUL': the tables hold
    countries and seats of government, not every city) counts only with ``unknown`` (a dash
    after it: 'GENEVA - '), not in a dateline with no dash."""
    if any(w.lower().strip(".'\u2019") in lexicon.non_speaker_labels() for w in words.split()):
        return False
    for part in words.split("/"):
        part = part.strip()
        known = _place_named(part)
        if known is None and unknown:
            continue
        if known is None or known.kind not in _PLACE_KINDS:
            return False
    return True


def _bare_dateline(text: str, start: int) -> Dateline | None:
    """A dateline with no dash, date or brackets at ``start`` (:data:`_BARE_DATELINE`): the
    longest run of its capital words the tables know ('HAVANA U.S. President' -> 'HAVANA'), or
    its places before a region the tables know as a country ('BENGHAZI, Libya ')."""
    m = _BARE_DATELINE.match(text, start)
    if m is None:
        return None
    if m["region"]:
        words = m["region"].split(" ")
        for n in range(1, len(words) + 1):
            region = " ".join(words[:n])
            known = lookup_place(region, None)
            if known is not None and known.kind == "country":
                end = m.start("region") + len(region)
                if text.startswith(" ", end) and _upper_next(text, end + 1):
                    return Dateline(start, end + 1, start, m.end("place"), end, "bare-region")
        return None
    words = m["place"].split(" ")
    for n in range(len(words), 0, -1):
        place = " ".join(words[:n])
        end = start + len(place)
        if _is_place(place) and _upper_next(text, end + 1):
            return Dateline(start, end + 1, start, end, end, "bare")
    return None


def _upper_next(text: str, pos: int) -> bool:
    """Whether a sentence in mixed case starts at ``pos`` ('The ...', 'A ...', 'U.S. ...', '43
    ...'): after an all-capital headline ('CHINA LIKELY TO JOIN GATT') a word in capitals follows."""
    word = text[pos : pos + 40].split(" ", 1)[0]
    if not word or not (word[0].isupper() or word[0].isdigit() or word[0] in '"\u201c'):
        return False
    return len(word) == 1 or "." in word or word[0].isdigit() or any(c.islower() for c in word)


def find_datelines(text: str, para_starts: list[int]) -> dict[int, Dateline]:
    """Every paragraph's opening dateline by the paragraph's start offset (the one detector both
    the quote rules, :meth:`DocIndex.datelines`, and the statements, :func:`doc_datelines`, use).
    A 'WORD - ' with no region, date or brackets counts unless its word is a label or an
    organisation (:func:`_is_place`: 'GENEVA - ', not 'NATO - ', 'BREAKING - ', 'FACTBOX - ');
    a dateline with no dash at all only when the tables know its places, and only in the first
    :data:`DATELINE_PARAGRAPHS` paragraphs."""
    found: dict[int, Dateline] = {}
    for k, start in enumerate(para_starts):
        m = DATELINE.match(text, start)
        if m and (m["region"] or m["date"] or m["source"] or _is_place(m["place"], True)):
            region_end = m.end("region") if m["region"] else m.end("place")
            found[start] = Dateline(
                m.start(), m.end(), m.start("place"), m.end("place"), region_end
            )
        elif k < DATELINE_PARAGRAPHS and (bare := _bare_dateline(text, start)) is not None:
            found[start] = bare
    return found


def doc_datelines(text: str) -> tuple[list[int], dict[int, Dateline]]:
    """The paragraph starts of ``text`` (:data:`~parley.extract.model.PARAGRAPH_BREAK`) and their
    datelines (:func:`find_datelines`), for a caller with no :class:`DocIndex`."""
    para_starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    return para_starts, find_datelines(text, para_starts)


def count_words(text: str) -> int:
    """Words (letter/digit runs) in ``text``."""
    return len(WORD.findall(text))


def fewer_words_than(text: str, n: int, start: int = 0, end: int | None = None) -> bool:
    """``count_words(text[start:end]) < n``, reading ``text`` only up to its ``n``-th word and
    without copying the slice (a word is a letter/digit run, which no character outside the
    slice can lengthen or cut)."""
    found = 0
    for _ in WORD.finditer(text, start, len(text) if end is None else end):
        found += 1
        if found >= n:
            return False
    return found < n


@dataclass
class DocIndex:
    """Per-document lookups computed once: the text, the parse as lists (:class:`.tree.ParseTree`),
    the quotation of each token, entities, sentences and their roots, paragraphs."""

    doc: Doc
    tree: ParseTree
    text: str
    spans: list[tuple[int, int]]
    tok_q: list[int]  # index into spans of the quotation holding the token, -1 outside
    ents: list[Span | None]
    sents: list[Span]
    sent_roots: list[Token]
    sent_starts: list[int]
    tok_sent: list[int]
    para_breaks: list[int]  # start of each paragraph break (model.PARAGRAPH_BREAK)
    para_starts: list[int]  # where each paragraph's text begins (after the run)
    cue_cache: dict[int, lexicon.Cue | None] = field(default_factory=dict)
    _datelines: dict[int, Dateline] | None = None
    _surnames: frozenset[str] | None = None

    def person_surnames(self) -> frozenset[str]:
        """The last words of the document's full person names (PERSON entities of two words or
        more, as written, a possessive's mark left out: 'Skelly' for 'Bill Skelly', 'Trump' for
        'Donald Trump’s'), read once: the words a tagger may read as
        an adverb or a modal where they stand alone ('said Skelly', '"...," Will wrote')."""
        if self._surnames is None:
            names = [
                e[:-1] if e[-1].dep_ == "case" else e  # 'Donald Trump’s': the possessive's mark
                for e in {id(e): e for e in self.ents if e is not None}.values()
                if e.label_ == PERSON
            ]
            self._surnames = frozenset(e[-1].text for e in names if len(e) > 1 and e[-1].is_title)
        return self._surnames

    def datelines(self) -> dict[int, Dateline]:
        """Every paragraph's opening dateline by the paragraph's start offset
        (:func:`find_datelines`)."""
        if self._datelines is None:
            self._datelines = find_datelines(self.text, self.para_starts)
        return self._datelines

    def dateline(self) -> Dateline | None:
        """The document's dateline: the first that opens one of its first
        :data:`DATELINE_PARAGRAPHS` paragraphs (the first paragraph may be a headline), or None.
        Where and from whom the report comes; never a speaker, never part of a quotation."""
        found = self.datelines()
        for start in self.para_starts[:DATELINE_PARAGRAPHS]:
            if start in found:
                return found[start]
        return None

    def dateline_end(self, pos: int) -> int | None:
        """Where the text after the dateline that holds character ``pos`` begins ('BERLIN, Nov 29
        (Reuters) - ', :meth:`datelines`), or None when ``pos`` is in no dateline. A dateline
        says where and from whom the story comes: it is no speaker and no part of a quotation."""
        start = self.para_starts[self.para(pos)] if self.para_starts else 0
        found = self.datelines().get(start)
        return found.end if found is not None and pos < found.end else None

    @classmethod
    def of(cls, doc: Doc, spans: list[tuple[int, int]]) -> DocIndex:
        tok_q = [-1] * len(doc)
        j = 0
        # each token's character offset, read in one array (iterating makes a Token per token)
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        for i, at in enumerate(starts):
            while j < len(spans) and spans[j][1] <= at:
                j += 1
            if j < len(spans) and spans[j][0] <= at < spans[j][1]:
                tok_q[i] = j
        tree = ParseTree(doc)
        sents = list(doc.sents)
        tok_sent = [0] * len(doc)
        roots: list[Token] = []
        for k, s in enumerate(sents):
            root = None
            for i in range(s.start, s.end):
                tok_sent[i] = k
                if root is None and tree.heads[i] == i:
                    root = doc[i]
            roots.append(root if root is not None else s.root)
        text = tree.text
        runs = list(PARAGRAPH_BREAK.finditer(text))
        return cls(
            doc,
            tree,
            text,
            spans,
            tok_q,
            tree.ents,
            sents,
            roots,
            [s.start_char for s in sents],
            tok_sent,
            [m.start() for m in runs],
            [0] + [m.end() for m in runs],
        )

    def para(self, pos: int) -> int:
        """Index of the paragraph holding character ``pos``."""
        return bisect.bisect_right(self.para_breaks, pos)

    def cue(self, tok: Token) -> lexicon.Cue | None:
        """The reporting verb ``tok`` is, if it is one (outside quotation marks)."""
        if tok.i in self.cue_cache:
            return self.cue_cache[tok.i]
        found = None
        if self.tok_q[tok.i] < 0 and tok.pos_ in ("VERB", "AUX"):
            c = lexicon.cues().get(tok.lemma_.lower())
            if (
                c is not None
                and (
                    c.particle is None
                    or any(
                        ch.dep_ == "prt" and ch.lower_ == c.particle
                        for ch in self.tree.children(tok)
                    )
                )
                and ("stance" not in c.frames or self._acts_on_an_act(tok))
                and ("feeling" not in c.frames or _voices_a_feeling(tok))
            ):
                found = c
        if found is not None and _connective_said(tok):
            found = None
        self.cue_cache[tok.i] = found
        return found

    def _acts_on_an_act(self, tok: Token) -> bool:
        """The object of ``tok`` names a party's act, decision, move or proposal
        (``data/quotes/act_nouns.csv``): a direct object (also after the particle 'on':
        'cheered on the move' parsed as a phrasal verb), or the object of the preposition 'on'
        right after it ('attacked the decision', 'cheered on the move'). What makes a verb of
        the ``stance`` frame a speech act; 'attacked the village' is none."""
        acts = lexicon.act_nouns()
        for ch in self.tree.children(tok):
            if ch.dep_ == "dobj" and ch.lemma_.lower() in acts:
                return True
            if (
                ch.dep_ == "prep"
                and ch.lower_ == "on"
                and ch.i == tok.i + 1
                and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in acts for o in self.tree.children(ch)
                )
            ):
                return True
        return False

    def children(self, tok: Token) -> list[Token]:
        """The token's children, left to right."""
        return self.tree.children(tok)

    def subtree(self, tok: Token, limit: int | None = MAX_CLAUSE_TOKENS) -> list[Token] | None:
        """``tok`` and its descendants in text order; None past ``limit`` tokens."""
        return self.tree.subtree(tok, limit)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand") if end > start else None
        return list(span) if span is not None else []


def _voices_a_feeling(tok: Token) -> bool:
    """The direct object of ``tok`` (or a conjunct of it) is a feeling or attitude one voices
    (:func:`.lexicon.feeling_nouns`): what makes a verb of the ``feeling`` frame a speech act
    ('raised concerns about the tests', 'lodged a protest'; not 'raised taxes', 'lodged an
    appeal', 'extended the deadline'), the verb with a subject of its own. Such verbs are marked
    ``speaker`` as well: an event that gives rise to a feeling is no one's act ('the clashes,
    which raised concerns about ...')."""
    feelings = lexicon.feeling_nouns()
    if not any(
        (x.lemma_.lower() in feelings or x.lower_ in feelings) and not _no_feeling(x)
        for ch in tok.children
        if ch.dep_ == "dobj"
        for x in (ch, *ch.conjuncts)
    ):
        return False
    # a subject of its own, or of the verb it is coordinated with ('met the envoy and raised
    # concerns'): a participle hung on a clause tells what that clause's event gave rise to
    # ('their positions were shelled overnight, raising fears of a new offensive')
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head  # 'was suspended and has since lodged a complaint'
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


# the kinds of support that are aid given, not a feeling voiced ("extended financial support");
# general English usage
_AID_KINDS = frozenset(
    ("financial", "military", "economic", "material", "humanitarian", "technical", "logistical")
)


def _no_feeling(noun: Token) -> bool:
    """Whether a feeling noun names something else here: a protest that is an event ("aired
    the protest in Tahrir Square", "registered the protest with the police": 'the', not 'its'
    or 'a') or support that is aid ("extended financial support", "$2 billion in support")."""
    lemma = noun.lemma_.lower()
    if lemma == "protest":
        return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
    if lemma == "support":
        return any(
            (c.dep_ in ("amod", "compound") and c.lower_ in _AID_KINDS) or c.dep_ == "nummod"
            for c in noun.children
        )
    return False


# the words that open a connective with a participle of a reporting verb, by that participle
_CONNECTIVE_LEAD = {
    "said": (("that",), ("that", "being"), ("this",), ("this", "being")),
    "told": (("all",),),
}


def _connective_said(tok: Token) -> bool:
    """Whether ``tok`` is the participle of a connective that reports nothing: 'That said,' /
    'That being said,' (= nonetheless) or 'All told,' (= in total). The lead words alone open
    the clause (after the sentence start, a punctuation mark or a conjunction) and a comma
    follows. The parser reads 'That' or 'All' as the subject and the next clause as what was
    said ('That said, Millennials say they believe ...', 'All told, the group raised $4
    million')."""
    doc = tok.doc
    leads = _CONNECTIVE_LEAD.get(tok.lower_)
    if leads is None or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    for lead in leads:
        start = tok.i - len(lead)
        if start < 0 or tuple(t.lower_ for t in doc[start : tok.i]) != lead:
            continue
        before = doc[start - 1] if start > 0 else None
        if (
            before is None
            or doc[start].is_sent_start
            or before.is_punct
            or before.is_space
            or before.dep_ == "cc"
        ):
            return True
    return False


def headline_words(index: DocIndex, start: int, end: int) -> bool:
    """The characters ``[start, end)`` lie on a line written in capitals, a headline or kicker
    ('TALKS COLLAPSE IN DOHA'): at least two words there and every one upper-case."""
    text = index.text
    ls = text.rfind("\n", max(0, start - MAX_LINE_CHARS), start) + 1
    le = text.find("\n", end, end + MAX_LINE_CHARS)
    le = min(len(text), end + MAX_LINE_CHARS) if le < 0 else le
    # read word by word: the first word with a lower-case letter ends it (most lines)
    words = 0
    for m in _LETTERS.finditer(text, ls, le):
        if not m.group().isupper():
            return False
        words += 1
    return words >= 2


def same_line(index: DocIndex, a: int, b: int) -> bool:
    """Characters ``a`` and ``b`` are on one line."""
    lo, hi = min(a, b), max(a, b)
    return hi - lo <= MAX_LINE_CHARS and "\n" not in index.text[lo:hi]


def that_clause(verb: Token, index: DocIndex) -> bool:
    """Whether the clause headed by ``verb`` opens with the conjunction 'that' (a ``mark``
    child: 'said [that the talks failed]')."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in index.children(verb))


def is_according(tok: Token, index: DocIndex) -> Token | None:
    """The speaker (head noun after 'to') when ``tok`` is 'according' of 'according to X'."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.nbor(1).lower_ != "to":
        return None
    to = tok.nbor(1)
    for child in index.children(to):
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "pcomp":  # 'according to show insiders' parsed as a verb phrase
            nouns = [t for t in index.subtree(child) or [] if t.pos_ in ("NOUN", "PROPN")]
            return nouns[-1] if nouns else child
    nouns = []
    for t in tok.doc[to.i + 1 : min(len(tok.doc), to.i + 8)]:
        if t.is_punct:
            break
        if t.pos_ in ("NOUN", "PROPN"):
            nouns.append(t)
    return nouns[-1] if nouns else None


# heads climbed from a subjectless reporting verb to the clause whose subject speaks ('fired back
# a response [saying A and suggesting B]': suggesting -> A's verb -> saying -> response -> fired)
MAX_SUBJECT_CLIMB = 6
# the links a reporting verb with no subject of its own climbs to the verb whose subject speaks;
# 'acomp': the adjective of 'X is likely to say', 'X was quick to add' (the cue is its xcomp)
CLIMB_DEPS = ("conj", "xcomp", "advcl", "pcomp", "prep", "acl", "dobj", "pobj", "acomp")


# conjunctions that open an adverbial clause (a reason, a time, a contrast): the clause's subject
# is not the one a participle hung on it speaks for
_ADVERBIAL_MARKS = frozenset(
    {"as", "because", "since", "while", "although", "though", "if", "when", "whereas", "after"}
)


def _participle_after_comma(verb: Token) -> bool:
    """``verb`` is a present participle opening an adjunct set off by a comma or dash
    ('..., saying ...', '... — saying ...'): ``VBG`` with an ``advcl`` or ``xcomp`` link."""
    doc = verb.doc
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp")
        and verb.i > 0
        and doc[verb.i - 1].text in (",", "\u2014", "\u2013", "-", "--")
    )


def _noun_clause(node: Token, index: DocIndex) -> bool:
    """``node`` heads a clause that completes or describes a noun: a relative clause, or a
    clause the noun takes with 'that' ('the idea that ...', 'accusations that ...')."""
    if node.head.pos_ not in ("NOUN", "PROPN") or node.head.i >= node.i:
        return False
    if node.dep_ == "relcl":
        return True
    return node.dep_ == "acl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in index.children(node)
    )


def _adverbial_clause(node: Token, index: DocIndex) -> Token | None:
    """The adverbial clause ``node`` is (or is coordinated in) when a conjunction of
    :data:`_ADVERBIAL_MARKS` opens it: the parser hangs a participle ('..., while noting that
    ...') on the last clause before it, but it goes with the main clause's subject ('experts
    called this dubious, as the market is saturated and margins are thin, while noting ...':
    the experts note, not the margins) when that clause's subject is a thing
    (:func:`_may_speak`); a party or a person there speaks itself ('as the party left the
    government, saying ...'). None when ``node`` is no such clause."""
    clause = node.head if node.dep_ == "conj" and node.head.i != node.i else node
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    marks = [c for c in index.children(clause) if c.dep_ == "mark"]
    return clause if any(c.lower_ in _ADVERBIAL_MARKS for c in marks) else None


SERIES_TAGS = ("VBD", "VBZ", "VBP")  # the tense forms of the predicates of one subject's series


def _series_subject(verb: Token, cue: Token, index: DocIndex) -> Token | None:
    """The subject of a series of predicates the parser split at its first link ('He pledged
    to be the greatest jobs president and cast doubt on the rate, suggested that ...'; 'Trump
    summed up Clinton as "terrible," denounced her record and said ...'): ``verb``, a finite
    verb with no subject of its own (the top of the cue's climb), has as a complement, written
    before it, a finite clause outside quotation marks with no subordinator of its own whose
    subject (before it, outside quotation marks, one that may speak: :func:`_may_speak`) then
    opens the series; a comma or quotation mark stands right before ``verb``. That clause is
    the series' first predicate, not what was said. Only when the reporting verb ``cue`` is
    another link of the series (``cue`` is not ``verb``), or its report opens with 'that' after
    it, or opens right after it while the clause before is a report of its own (a reporting
    verb: 'Trump also called for a renegotiation of the accord, said he disapproved of ...'):
    a clause before a bare cue is what it reports, its speaker misparsed after it ('He had a
    voice in it, said a former spokesman, ...'). None otherwise."""
    doc = verb.doc
    if verb.tag_ not in SERIES_TAGS or verb.i == 0 or not doc[verb.i - 1].is_punct:
        return None
    reports = [c for c in index.children(cue) if c.dep_ == "ccomp" and c.i > cue.i]
    bare = cue.i == verb.i and not any(that_clause(c, index) for c in reports)
    if bare and not any(
        c.left_edge.i == cue.i + 1 and c.tag_ in SERIES_TAGS + ("MD",) for c in reports
    ):
        return None  # nor 'Hale rejected the claims, said people close to him' ('close')
    for clause in index.children(verb):
        if clause.i > verb.i:
            break
        if (
            clause.dep_ != "ccomp"
            or clause.tag_ not in SERIES_TAGS
            or index.tok_q[clause.i] >= 0
            or any(k.dep_ == "mark" for k in index.children(clause))
            or (bare and index.cue(clause) is None)
        ):
            continue
        subs = [k for k in index.children(clause) if k.dep_ == "nsubj" and k.i < clause.i]
        if subs and index.tok_q[subs[0].i] < 0 and _speaks_in_series(subs[0], index):
            return subs[0]
    return None


def _speaks_in_series(tok: Token, index: DocIndex) -> bool:
    """:func:`_may_speak`, or the surname of a person the article names in full that the tagger
    read as a common noun ('Trump further summed up ...')."""
    return _may_speak(tok, index) or (tok.is_title and tok.text in index.person_surnames())


# Penn Treebank tags of a finite verb (Marcus et al. 1993, "Building a large annotated corpus of
# English: the Penn Treebank"): VBZ 'places', VBD 'placed', VBP 'place'
_FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP"})


def clause_as_subject(tok: Token, index: DocIndex) -> bool:
    """``tok``, a nominal subject of some verb, is a finite verb outside any entity: the parser
    read a clause as a noun phrase, mostly the verb of a reduced relative clause on the noun
    before it ('reiterated the importance [the United States places on ties], affirmed ...':
    'places' the subject of 'affirmed'). A verb is nobody who speaks, and the words it heads
    are no speaker's name: no speaker. (On PolNeAR train_full such subjects gave 3 speakers,
    none right.)"""
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and tok.tag_ in _FINITE_VERB_TAGS
        and index.ents[tok.i] is None
    )


def _may_speak(tok: Token, index: DocIndex) -> bool:
    """``tok`` can be someone who speaks: a name (any entity), a pronoun, or a common noun that
    :func:`.speakers.head_class` counts as people or a body ('officials', 'the party'); not a
    thing ('margins', 'prices')."""
    if tok.pos_ != "NOUN" or index.ents[tok.i] is not None:
        return True
    return head_class(tok.lemma_.lower()) == "body"


def _object_of_with(verb: Token, index: DocIndex) -> bool:
    """``verb`` is an infinitive the parser made the complement of a preposition other than
    'for', with the preposition's object as its subject ('spoke with [President Duque to
    express] support'): the infinitive is the purpose of the verb before the preposition, and
    its subject is that verb's ('for Duque to express' keeps Duque)."""
    head = verb.head
    return (
        verb.dep_ == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ != "for"
        and head.head.i != head.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in index.children(verb))
    )


def control_kind(verb: Token, prep: Token) -> str | None:
    """The kind of control verb ``verb`` is with preposition ``prep`` (``judgment``: 'criticized
    X for'; ``report``: 'quoted X as'; :func:`parley.extract.lexicon.control_verbs`), matched by
    any of its lemmas (:func:`_forms`), or None when the pair is not listed."""
    listed = lexicon.control_verbs()
    return next(
        (k for form in _forms(verb) if (k := listed.get((form, prep.lower_))) is not None), None
    )


def judging_phrase(participle: Token) -> tuple[Token, Token, str] | None:
    """``(verb, preposition, kind)``: the control verb, its preposition whose phrase the
    present participle ``participle`` completes, directly or coordinated with the participle
    that does (a judgment verb's 'for' or 'of': 'criticized Trump for [saying] ...', 'accused
    Clinton of [claiming] ...'; a reporting verb's 'as': 'quoted Deng as [saying] ...';
    ``data/quotes/control_verbs.csv``), and the verb's kind there (:func:`control_kind`:
    ``judgment`` or ``report``), or None. Reads the parse only (:func:`object_controller` and
    the statements layer share it)."""
    node = participle
    while node.dep_ == "conj" and node.head.i != node.i and node.head.tag_ == "VBG":
        node = node.head
    if participle.tag_ != "VBG" or node.tag_ != "VBG" or node.dep_ != "pcomp":
        return None
    prep = node.head
    governor = prep.head
    if prep.dep_ != "prep" or governor.i == prep.i or governor.pos_ != "VERB":
        return None
    kind = control_kind(governor, prep)
    return (governor, prep, kind) if kind is not None else None


def quoted_as_saying(verb: Token, index: DocIndex) -> bool:
    """Whether ``verb`` is a reporting control verb whose direct object a speech participle in
    its 'as' phrase makes the speaker ('Reuters cited an official as saying ...':
    :func:`_reported_speaker`): the verb reports no act of its own (a cue of the ``act`` frame,
    'cite', would make 'an official as saying ...' Reuters' act), the participle's quotation is
    the object's (:func:`object_controller`)."""
    for c in index.children(verb):
        if c.dep_ != "prep" or c.lower_ != "as" or control_kind(verb, c) != "report":
            continue
        for p in index.children(c):
            if p.dep_ == "pcomp" and p.tag_ == "VBG" and _reported_speaker(verb, p, index):
                return True
    return False


def _reported_speaker(verb: Token, participle: Token, index: DocIndex) -> bool:
    """Whether the report verb ``verb`` ('quoted', 'cited') hands its object the words of
    ``participle``: the participle is a reporting verb of speech (a cue, not one of findings:
    'cited the tests as posing a threat', 'as proving that ...' are the citer's argument); the
    one quoting is no person nor a personal pronoun for one ('Zelensky quoted Churchill as
    saying ...' are Zelensky's words, a source quoted inside a quote not split out,
    STATEMENTS_GUIDE), unless a spokesperson relaying ('Kremlin spokesman Dmitry Peskov quoted
    Putin as saying'); an outlet, a statement, sources, 'it', 'they' or 'which' for an outlet
    quote; and the object is someone, or a document only an outlet cites ('Reuters cited a
    statement from the ministry as saying': the ministry's; 'the ministry cited a UN report as
    saying ...' is the ministry's argument)."""
    cue = index.cue(participle)
    if cue is None or "finding" in cue.frames:
        return False
    objects = [c for c in index.children(verb) if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    subjects = [c for c in index.children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    outlet = False
    for subject in subjects:
        phrase = index.doc[subject.left_edge.i : subject.right_edge.i + 1].text
        ent = index.ents[subject.i]
        if (
            (ent is not None and ent.label_ == "PERSON") or subject.lower_ in _PERSONAL
        ) and not lexicon.relays(phrase):
            return False
        place = lookup_place(ent.text, None) if ent is not None else None
        outlet = outlet or (place is not None and place.kind == "media")
        outlet = outlet or role_sector(subject.lemma_.lower()) == "media"
    return outlet or head_class(objects[0].lemma_.lower()) != "document"


# personal pronouns that stand for a person quoting ('he quoted Lincoln as saying')
_PERSONAL = frozenset({"he", "she", "i", "we", "you"})


def _forms(verb: Token) -> set[str]:
    """The lemma spaCy gave ``verb`` and every lemma its rule lemmatizer offers for the written
    form read as a verb (:func:`parley.extract.model.lemmas_as`): the tagger lemmatises some
    verbs wrongly ('fined' -> 'fin', 'shamed' -> 'sham', 'forgave' -> 'forgave'), so a listed
    verb is also matched by the lemmas of its written form ('fine', 'shame', 'forgive')."""
    return {verb.lemma_.lower(), *lemmas_as(verb.doc.vocab, verb.lower_, "VERB")}


def object_controller(verb: Token, index: DocIndex) -> Token | None:
    """The speaker of a present-participle cue that completes the 'for' or 'of' phrase of a
    judgment verb, or the 'as' phrase of a reporting verb, with a direct object
    (``data/quotes/control_verbs.csv``: Levin's 1993 judgment verbs and verbs of punishment,
    'quote' and 'cite', each with its preposition): that object, who does what the participle
    says ('Clinton criticized Trump for saying that ...': Trump says it; 'thanked Kuleba for
    condemning the attack': Kuleba condemns; 'accused Clinton of claiming ...'; 'KCNA quoted
    Kim as saying ...': Kim says it; a participle coordinated with it when the parser hangs it
    on the first). English object
    control (Huddleston & Pullum 2002, *The Cambridge Grammar of the English Language*, ch.
    14). Other verbs keep their subject ('fled Russia for reporting ...', 'left the party for
    saying ...', 'took credit for saying ...'), and so does a judgment verb whose object is no
    one (:func:`_may_act`: 'criticized the decision for ...'). None when ``verb`` is no such
    participle, the verb has no such object, or the object is inside quotation marks."""
    if (phrase := judging_phrase(verb)) is None:
        return None
    governor, prep, kind = phrase
    if kind == "report" and not _reported_speaker(governor, verb, index):
        return None
    objects = [c for c in index.children(governor) if c.dep_ == "dobj" and c.i < prep.i]
    if len(objects) != 1 or index.tok_q[objects[0].i] >= 0 or not _may_act(objects[0], index):
        return None
    return objects[0]


# entity labels of a name that may do what a participle says: a person, a body, a state, a people
_ACTOR_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP"))


def _may_act(tok: Token, index: DocIndex) -> bool:
    """``tok`` names someone who may do what a participle after it says (:func:`object_controller`):
    a name of :data:`_ACTOR_LABELS` or a proper noun the entity tagger missed ('accused Kyiv of
    claiming'), or a common noun that :func:`.speakers.head_class` does not call a quantity or
    an abstract thing (a body, a document, or a noun that may name people: 'the network', 'the
    report', 'reporters'); not a decision ('criticized the decision for ignoring ...'). Not a
    pronoun: the pronoun resolver does not know that an object pronoun never stands for its
    own clause's subject ('Clinton criticized him for saying ...' would be Clinton's again)."""
    ent = index.ents[tok.i]
    if ent is not None:
        return ent.label_ in _ACTOR_LABELS
    if tok.pos_ == "PROPN":
        return True
    return tok.pos_ == "NOUN" and head_class(tok.lemma_.lower()) not in ("quantity", "abstract")


# the links from a 'that' clause up to the verb that reports it: a clause or adjective complement
# ('said the warning was indicative that ...'), a noun's clause and the noun as complement of
# 'be' ('said the remark was a sign that ...')
REPORTED_CLAUSE_DEPS = ("ccomp", "acomp", "acl", "attr")


def _reporter_of_joined_report(verb: Token, index: DocIndex) -> Token | None:
    """The subject of the reporting verb whose 'that' clause ``verb`` was joined to by ', and'
    ('Lind said the warning showed that the minister did not know the facts, and accused the
    ministry of ...'): the parser hangs the second predicate on the reported clause's verb,
    but a comma before 'and' and no subject of its own make it the reporter's next act. Only
    for a verb with no subject, joined by 'and' right after a comma to a verb with a 'that'
    mark, whose chain of complements (:data:`REPORTED_CLAUSE_DEPS`: 'was indicative that',
    'was a sign that'; at most :data:`MAX_SUBJECT_CLIMB`) reaches a reporting verb with a
    subject. None otherwise."""
    doc = verb.doc
    head = verb.head
    if (
        verb.dep_ != "conj"
        or head.i >= verb.i
        or any(c.dep_ in SUBJECT_DEPS for c in index.children(verb))
        or verb.i < 2
        or doc[verb.i - 1].dep_ != "cc"
        or doc[verb.i - 2].text != ","
        or not that_clause(head, index)
    ):
        return None
    node = head
    for _ in range(MAX_SUBJECT_CLIMB):
        if node.dep_ not in REPORTED_CLAUSE_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if index.cue(node) is not None:
            subs = [c for c in index.children(node) if c.dep_ in SUBJECT_DEPS]
            return subs[0] if subs and index.tok_q[subs[0].i] < 0 else None
    return None


def _degree_infinitive(node: Token, verb: Token, index: DocIndex) -> bool:
    """``node`` is an adverb of degree a reporting infinitive hangs on, itself modifying a verb
    ('went so [far] as to say', 'went as [far] as to suggest'): the reporting verb ``verb`` has
    'to' as its auxiliary and ``node`` as its head, and ``node`` is an adverb (``advmod``) of a
    verb, whose subject then speaks, as it does for 'X went on to say' (an ``xcomp``)."""
    return (
        node.i == verb.head.i != verb.i
        and node.pos_ == "ADV"
        and node.dep_ == "advmod"
        and node.head.i != node.i
        and node.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in index.children(verb))
    )


# prepositions whose object a present participle written right after it takes as its subject
# ('the talk ended with Berg asking ...', 'a question about Berg calling ...', 'a video of Berg
# saying ...', 'anger over Berg saying ...'); English 'with'-absolutes and gerunds with a
# subject. 'to'/'for' are not among them: 'he wrote to voters saying ...' is his.
PARTICIPLE_SUBJECT_PREPS = frozenset({"with", "about", "of", "over"})
# entity labels of a name that may be the subject of a participle after a preposition
_SPEAKING_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def participle_subject(verb: Token, index: DocIndex) -> Token | None:
    """The subject a present-participle cue takes from the name written right before it with
    no comma or other mark between (English 'X doing', in which X is the participle's own
    subject): ``verb`` (``VBG``, no subject of its own, outside quotation marks) is the ``acl``
    of a person's name ('a clip of Berg saying ...'), or the noun is the object of a
    preposition of :data:`PARTICIPLE_SUBJECT_PREPS` ('ended with Berg asking ...', 'a question
    about Pope Leo calling ...'; the parser hangs the participle on the verb before as
    ``advcl``, or as its ``xcomp``: 'uses footage of Clinton asking') and is a PERSON, ORG or
    NORP name; a role or body noun that 'of' hangs the
    name on is the subject itself ('the head of the agency testifying ...'). A common noun
    stays out: a document or a thing ('a statement saying ...', 'ads calling ...', 'his
    remarks calling ...') says what the one who put it out says, a share ('the share of
    voters saying') keeps its phrase, and 'with officials saying' keeps the country of the
    clause's subject for its unnamed officials; so does the object of another preposition
    ('wrote to voters saying ...'). A name the parser hung on a preposition's participle as
    its compound ('any reaction to former President Trump calling ...': a gerund with its own
    subject) is that subject after any preposition. Returns the noun's (or role's) token, or
    None."""
    if verb.tag_ == "VBG" and verb.i > 0 and verb.dep_ == "pcomp":
        noun = verb.doc[verb.i - 1]
        ent = index.ents[noun.i]
        if (
            noun.dep_ == "compound"
            and noun.head.i == verb.i
            and ent is not None
            and ent.label_ in _SPEAKING_LABELS
            and index.tok_q[noun.i] < 0
        ):
            return noun
        return None
    if verb.tag_ != "VBG" or verb.i == 0 or verb.dep_ not in ("acl", "advcl", "xcomp"):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in index.children(verb)):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("compound", "flat"):
        return None
    if index.tok_q[noun.i] >= 0 or index.tok_q[verb.i] >= 0:
        return None
    ent = index.ents[noun.i]
    if noun.dep_ != "pobj" and verb.dep_ == "xcomp":
        return None  # 'kept asking', 'began saying': the participle of its verb's subject
    if noun.dep_ != "pobj":
        named = ent is not None and ent.label_ == PERSON
        return noun if named and verb.dep_ == "acl" and verb.head.i == noun.i else None
    prep = noun.head
    if prep.lower_ not in PARTICIPLE_SUBJECT_PREPS or (
        prep.head.pos_ == "NOUN" and head_class(prep.head.lemma_.lower()) == "quantity"
    ):
        return None
    # the preposition of a name ('the Court of Arbitration challenging') is no such one
    if ent is None or ent.label_ not in _SPEAKING_LABELS or ent.start <= prep.i:
        return None
    owner = prep.head
    if prep.lower_ == "of" and owner.pos_ == "NOUN" and head_class(owner.lemma_.lower()) == "body":
        return owner  # 'the head of the agency testifying ...': the head testifies
    return noun


# the links a parenthetical frame ('Lund added,', 'the source recalled,') has besides the
# participle or clause hung on it: its subject, auxiliaries, a negation, adverbs, punctuation
_FRAME_DEPS = frozenset({"nsubj", "aux", "neg", "advmod", "punct", "cc", "advcl", "conj"})


def _bare_frame(node: Token, index: DocIndex) -> bool:
    """``node`` is a reporting verb with nothing but its subject, auxiliaries, adverbs and the
    clauses hung after it (no object, reported clause, complement or phrase: 'Lund added',
    'the source recalled' set off by commas), the frame of a parenthetical attribution the
    parser hung on the verb before as its reported clause; words inside quotation marks and
    the 'that' of the clause it interrupts, which the parser may hang on it, do not count."""
    return index.cue(node) is not None and all(
        c.dep_ in _FRAME_DEPS or c.dep_ == "mark" or index.tok_q[c.i] >= 0
        for c in index.children(node)
    )


def relative_subject(tok: Token) -> bool:
    """Whether ``tok`` is a relative pronoun ('which', 'that', 'who': Penn ``WDT``/``WP``) as
    a subject."""
    return tok.tag_ in ("WDT", "WP") and tok.dep_ in SUBJECT_DEPS


def joined_past_relative(verb: Token, index: DocIndex) -> Token | None:
    """The main verb whose second act ``verb`` is when the parser joined it by "and" to a
    relative clause of another tense: 'Biden commended the role Jordan plays in the region and
    welcomed the summit' ('welcomed' hung on 'plays'). ``verb`` is in the past (``VBD``) with no
    subject or auxiliary of its own, the relative clause's verb in the present (``VBZ``/``VBP``),
    and the verb governing the clause's noun (its object) in the past: a past tense cannot
    continue a present-tense description, so it continues the past-tense verb. The relative
    clause must have a subject of its own, the noun being its object ('the role [Jordan] plays');
    a clause whose subject is the relative pronoun describes a person who may act in the past
    too ('met the prime minister, who leads the mediation and warned last week that ...'). None
    otherwise (a clause of the same tense keeps the parse: 'met the envoy who praised the plan
    and welcomed the deal'). Penn tags of spaCy's tagger."""
    rel = verb.head
    if not (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and rel.dep_ == "relcl"
        and rel.tag_ in ("VBZ", "VBP")
        and rel.head.dep_ in ("dobj", "attr")
        and rel.head.head.tag_ == "VBD"
        and rel.head.head.pos_ == "VERB"
        and any(c.dep_ in SUBJECT_DEPS and not relative_subject(c) for c in index.children(rel))
        and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in index.children(verb)
        )
    ):
        return None
    return rel.head.head


def _relative_cut_short(subs: list[Token], verb: Token, index: DocIndex) -> list[Token]:
    """Of several subjects of ``verb``, the one a relative clause modifies when another of the
    subjects stands between that clause and the verb right after a preposition the parser left
    without its object ('A spokesperson [who did not wish to be named because of] agency policy
    said': 'agency policy' is the preposition's, cut off from the clause), as a one-item list;
    empty when there is none such. A subject with no such preposition before it is a reporting
    clause of its own ('Companies that pollute the river the governor said will pay fines'),
    and an inverted subject after the verb is the verb's ('The only parts that would keep
    going, said the operators, were ...')."""
    doc = verb.doc
    for sub in subs:
        for clause in index.children(sub):
            if clause.dep_ == "relcl" and any(
                sub.i < clause.i < other.left_edge.i < verb.i
                and _objectless_preposition(doc[other.left_edge.i - 1], index)
                for other in subs
                if other is not sub
            ):
                return [sub]
    return []


def _objectless_preposition(tok: Token, index: DocIndex) -> bool:
    """``tok`` is a preposition with no object of its own ('because of', 'on behalf of')."""
    return tok.pos_ == "ADP" and not any(c.dep_ in ("pobj", "pcomp") for c in index.children(tok))


# adverbs of exception whose phrase tells an act that was done ('aside from saying ...'); the
# phrase of 'short of', 'far from', 'instead of' tells one that was not, no one's report
EXCEPTION_ADVERBS = frozenset(("aside", "apart"))


def _adverb_of_phrase(node: Token) -> bool:
    """Whether ``node`` is an adverb of exception (:data:`EXCEPTION_ADVERBS`) that governs a
    prepositional phrase and follows the verb it modifies: a reporting verb in that phrase
    ('refuses to discuss appointees, aside from saying he wants ...') is said by that verb's
    subject. A phrase set before its verb ('Aside from the minister saying ..., no official
    commented') is left to the parse."""
    return (
        node.dep_ == "advmod"
        and node.lower_ in EXCEPTION_ADVERBS
        and node.head.i != node.i
        and node.head.i < node.i
        and node.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "prep" for c in node.children)
    )


def cue_subject(verb: Token, index: DocIndex) -> Token | None:
    """The speaker token of a reporting verb: its subject, or that of the verb it hangs from
    ('..., adding that', 'X was quoted as saying', 'a statement saying')."""
    if (obj := is_according(verb, index)) is not None:
        return obj
    if (reporter := _reporter_of_joined_report(verb, index)) is not None:
        return reporter
    if is_passive(verb, index.children):
        # 'X was accused of ...', 'X has been told that ...': X is not the speaker; the agent is
        for child in index.children(verb):
            if child.dep_ == "agent":
                objs = [c for c in index.children(child) if c.dep_ == "pobj"]
                return objs[0] if objs else None
        return None
    if (subject := participle_subject(verb, index)) is not None:
        return subject  # 'ended with Berg asking ...', 'about Pope Leo calling ...'
    if (controller := object_controller(verb, index)) is not None:
        return controller  # 'criticized Trump for saying ...': Trump says it
    node = verb
    reported = False  # climbed once from a reported clause to the verb that reports it
    for _ in range(MAX_SUBJECT_CLIMB):
        subs = [
            c
            for c in index.children(node)
            if c.dep_ in SUBJECT_DEPS and index.tok_q[c.i] < 0 and not clause_as_subject(c, index)
        ]
        if subs and _object_of_with(node, index):
            node = node.head.head  # 'X spoke with Y to express ...': Y is no subject of 'express'
            continue
        if (
            subs
            and node.i == verb.head.i != verb.i
            and verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and (clause := _adverbial_clause(node, index)) is not None
            and not any(_may_speak(sub, index) for sub in subs)
        ):
            node = clause.head  # 'X called it dubious, as margins are thin, while noting ...'
            continue
        if (
            subs
            and not reported
            and verb.dep_ == "conj"
            and node.i == verb.head.i
            and node.dep_ == "ccomp"
            and node.head.pos_ in ("VERB", "AUX")
            and not any(_may_speak(sub, index) for sub in subs)
        ):
            # 'X highlighted that the effects of the pandemic have had impacts ... and voiced
            # support': a speech verb the parser joined to the verb of a clause complement, whose
            # subject is a thing that speaks for no one, is the main subject's second act
            node, reported = node.head, True
            continue
        if not reported and node.i == verb.i and (main := joined_past_relative(verb, index)):
            node, reported = main, True  # 'commended the role Jordan plays ... and welcomed'
            continue
        if (
            node.i == verb.head.i != verb.i
            and _participle_after_comma(verb)
            and _noun_clause(node, index)
            and node.head.head.i != node.head.i
            and node.head.head.pos_ in ("VERB", "AUX")
        ):
            # 'X rejected the idea that the developer would be a drag, saying ...': a
            # participle set off at the end is X's, not that of the clause the parser hung it
            # on, a clause that completes or describes a noun ('the idea that ...', 'the
            # accusations that ...', 'the plan, which ...')
            node = node.head.head
            continue
        if (
            not reported
            and node.i != verb.i
            and node.dep_ == "ccomp"
            and index.cue(node.head) is not None
            and not (subs and _bare_frame(node, index))
        ):
            # '..., before later saying' hung on the reported clause; also a reported clause
            # with no subject of its own outside quotation marks ('X said there are two ...,
            # but said ...', 'X stressed that "the way ...," suggesting ...'): the report is
            # the reporting verb's subject's. Once only: that verb's own subject is the nearest
            # speaker, even when its clause is reported in turn ('Officials said Lind warned
            # that "...," suggesting ...': Lind suggests). A reporting verb with a subject of
            # its own and nothing it reports is no such clause: the parser hangs a
            # parenthetical frame on the verb before ('Berg cannot say that "...," Lund
            # added, saying ...': Lund says)
            node, reported = node.head, True
            continue
        if len(subs) > 1:
            # 'Tom Hale: Anna Berg said ...': the parser hangs a label before a colon on the verb
            # after it as a second subject; the label speaks the line, Berg the report
            after = [s for s in subs if not any(t.text == ":" for t in node.doc[s.i : node.i])]
            subs = after or subs
            # 'A spokesperson who did not wish to be named because of agency policy said': the
            # parser cut the relative clause short and read its last noun as a second subject;
            # the noun the relative clause modifies is the speaker
            subs = _relative_cut_short(subs, node, index) or subs
        if subs:
            persons = [
                s
                for s in subs
                if index.ents[s.i] is not None and index.ents[s.i].label_ == "PERSON"
            ]
            return persons[0] if persons else min(subs, key=lambda s: abs(s.i - verb.i))
        if node.dep_ in CLIMB_DEPS and node.head.i != node.i:
            node = node.head
            continue
        if _adverb_of_phrase(node):
            node = node.head  # 'refuses to discuss them, aside from saying ...'
            continue
        if _degree_infinitive(node, verb, index):
            node = node.head  # 'X went so far as to say': the infinitive hangs on 'far'
            continue
        if (first := _series_subject(node, verb, index)) is not None:
            return first
        break
    # 'Under Secretary Zeya said': the parser reads the title's 'Under' as a preposition and the
    # name as its object
    for child in index.children(verb):
        if child.i > verb.i:
            break
        if child.dep_ == "prep" and child.lower_ == "under" and child.i + 1 < verb.i:
            nxt = verb.doc[child.i + 1]
            objs = [c for c in index.children(child) if c.dep_ == "pobj"]
            ent = index.ents[objs[0].i] if objs else None
            if lexicon.is_person_title(nxt.text) and ent is not None and ent.label_ == "PERSON":
                return objs[0]
    # a surname read as the verb's modal ('"…," Will urged the electorate to ...'): the subject
    if (before := named_modal(verb, index)) is not None:
        return before
    if (hung := _subject_of_auxiliary(node, index)) is not None:
        return hung
    if (opening := _subject_in_opening_phrase(node, index)) is not None:
        return opening
    # inverted order the parser missed: 'said Mr. Dale' → a person right after the verb; right
    # after a quotation the noun phrase there is the subject ('"Not again," muttered one delegate')
    doc = verb.doc
    after_quote = cue_after_quotation(verb, index)
    for tok in doc[verb.i + 1 : min(len(doc), verb.i + 5)]:
        ent = index.ents[tok.i]
        if index.tok_q[tok.i] >= 0:
            break
        if ent is not None and ent.label_ == "PERSON":
            if _anothers_part(ent.root, verb) or (
                not after_quote and _addressee(ent.root, verb, index)
            ):
                break
            return ent.root
        if (
            after_quote
            and tok.pos_ in ("NOUN", "PROPN")
            and verb.i in (tok.head.i, tok.head.head.i)
            and not _anothers_part(tok, verb)
        ):
            # the noun phrase itself, never the clause a subject of its own heads ('"...," -
            # noted that the company offers ...': 'company' is what is reported)
            head = tok
            while head.head.i not in (verb.i, head.i) and head.head.i > verb.i:
                head = head.head
            return head
        if tok.is_punct and tok.text not in ".":
            break
    return None


def _finite(verb: Token, index: DocIndex) -> bool:
    """Whether ``verb`` heads a finite clause: a past or present tense form or a modal
    (:data:`FINITE_TAGS`), or an auxiliary or modal of one ('had said', 'will say'); not a
    participle or an infinitive alone."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in index.children(verb)
    )


def _subject_of_auxiliary(verb: Token, index: DocIndex) -> Token | None:
    """The subject the parser hung on an auxiliary of ``verb`` instead of on the verb ('Trump
    wasn't so much saying that ...': 'Trump' the subject of 'was'), else None; none when that
    auxiliary is negated, so that nothing was reported ('The United States had not, as of
    yesterday, announced any plans')."""
    for aux in index.children(verb):
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:
            if any(c.dep_ == "neg" for c in index.children(aux)):
                return None  # 'The United States had not, as of yesterday, announced ...'
            for c in index.children(aux):
                if c.dep_ in ("nsubj", "nsubjpass") and index.tok_q[c.i] < 0:
                    return c
    return None


def _subject_in_opening_phrase(verb: Token, index: DocIndex) -> Token | None:
    """The subject the parser read as the last object of an opening prepositional phrase with
    no comma after it ('At a rally in Ohio 62-year-old Brenda Johnson railed against ...', 'In
    a meeting with the editorial board of the Washington Post Trump said that ...'): for a
    finite ``verb`` with no subject, a person (a PERSON entity's last word, or a word tagged no
    entity that is the surname of a full name the article gives,
    :meth:`DocIndex.person_surnames`) that ends a prepositional
    phrase of the verb right before it, only adverbs or auxiliaries between; else None."""
    if not _finite(verb, index):
        return None
    for prep in index.children(verb):
        if prep.i > verb.i:
            break
        if prep.dep_ != "prep":
            continue
        last = prep.right_edge
        if last.dep_ != "pobj" or last.pos_ != "PROPN" or index.tok_q[last.i] >= 0:
            continue
        between = verb.doc[last.i + 1 : verb.i]
        if any(t.dep_ not in ("advmod", "aux", "auxpass", "neg") or t.is_punct for t in between):
            continue
        ent = index.ents[last.i]
        if ent is None:
            if last.text in index.person_surnames():
                return last
        elif ent.label_ == PERSON and ent.end == last.i + 1:
            return last
    return None


def named_modal(verb: Token, index: DocIndex) -> Token | None:
    """The word right before ``verb`` when the tagger read it as the verb's modal but it is the
    surname of a person the article names in full (:meth:`DocIndex.person_surnames`: 'Will
    wrote', 'Will urged' for the columnist George Will), else None."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if (
        before.dep_ == "aux"
        and before.head.i == verb.i
        and before.is_title
        and index.tok_q[before.i] < 0
        and before.text in index.person_surnames()
    ):
        return before
    return None


def _anothers_part(tok: Token, verb: Token) -> bool:
    """Whether the person ``tok`` right after the reporting ``verb`` has a part in what is
    reported rather than saying it: the possessor of the verb's object ('condemning President
    Vale's attack': Vale does not condemn) or the subject of a clause of its own ('says Vale
    "has no plan"': the reported clause's subject), so no inverted subject ('said Mr. Dale')."""
    return tok.head.i != verb.i and tok.dep_ in ("poss", "nsubj", "nsubjpass")


def cue_after_quotation(verb: Token, index: DocIndex) -> bool:
    """Whether ``verb`` directly follows a quotation's closing mark, a comma allowed between
    ('"...," urged Lind'; '"...", said Lind'): the order in which a name after the verb is its
    subject. A quoted phrase earlier in the clause ('dismissing them as the "cartel" and
    calling Lind ...') does not count."""
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    return k >= 0 and index.tok_q[k] >= 0 and doc[k].is_quote


def _addressee(tok: Token, verb: Token, index: DocIndex) -> bool:
    """Whether the person ``tok`` right after ``verb`` is its object, the one the act is aimed
    at ('also accused Sanders of ...', 'calling Senate Majority Leader Mitch McConnell a ...'):
    ``tok`` is the verb's direct object or dative, and the verb is a cue that takes an object
    (frame ``object`` or ``act`` in ``data/quotes/cue_verbs.csv``: accuse, call, urge, praise,
    ...). Only away from a quotation: right after one, a name after the verb is its inverted
    subject ('"Vote," urged Senator Lind')."""
    cue = index.cue(verb)
    return (
        cue is not None
        and bool(cue.frames & {"object", "act"})
        and tok.dep_ in ("dobj", "dative")
        and tok.head.i == verb.i
    )


def trim(toks: list[Token]) -> list[Token]:
    """Drop a leading 'that'/conjunction/punctuation and trailing punctuation (not quote marks)."""
    while toks and (
        toks[0].dep_ in ("mark", "cc", "prep")
        and toks[0].lower_ in ("that", "and", "but", "as")
        or (toks[0].is_punct and toks[0].text not in OPEN_MARKS)
        or toks[0].is_space
    ):
        toks = toks[1:]
    while toks and (
        (toks[-1].is_punct and toks[-1].text not in "\"'\u201d\u2019\u00bb")
        or toks[-1].is_space
        or toks[-1].dep_ == "cc"
    ):
        toks = toks[:-1]
    return toks


def span_of(toks: list[Token], min_words: int = MIN_CONTENT_WORDS) -> tuple[int, int] | None:
    """Character offsets ``(start, end)`` of a token run, trimmed of leading 'that'/conjunctions
    and edge punctuation; None when fewer than ``min_words`` words remain."""
    toks = trim(sorted(toks, key=lambda t: t.i))
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    # the run's text is the document's text between those offsets (read once per document)
    if fewer_words_than(doc_text(toks[0].doc), min_words, start, end):
        return None
    return start, end


def local_tokens(toks: list[Token], anchor: Token, index: DocIndex) -> list[Token]:
    """The tokens in ``anchor``'s sentence and paragraph (a parse can run across both)."""
    sent, para = index.tok_sent[anchor.i], index.para(anchor.idx)
    return [t for t in toks if index.tok_sent[t.i] == sent and index.para(t.idx) == para]


def token_runs(toks: list[Token]) -> list[list[Token]]:
    """Split token lists at gaps into contiguous runs."""
    runs: list[list[Token]] = []
    for t in sorted(toks, key=lambda t: t.i):
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


@dataclass
class Candidate:
    """A quotation found by a rule, before attribution: kind, offsets, rule, cue and speaker.
    ``anchor_only``: too short to be a quotation of its own, but its speaker carries on to the
    quotations that continue it ('"We won," she said. "The rest ..."')."""

    kind: str
    start: int
    end: int
    rule: str
    cue: Token | None = None
    speaker_tok: Token | None = None
    speaker: SpeakerMention | None = None
    anchor_only: bool = False
    # the coordinated reported clauses the content is made of, ``(start, end)`` each, in text
    # order; empty when it is one clause (see :attr:`parley.extract.quotes.Quote.clauses`)
    clauses: list[tuple[int, int]] = field(default_factory=list)


def quote_tokens(index: DocIndex, q: int) -> list[Token]:
    """The tokens inside quoted passage ``q`` (index into ``index.spans``)."""
    s, e = index.spans[q]
    span = index.doc.char_span(s, e, alignment_mode="expand")
    return [t for t in span if index.tok_q[t.i] == q] if span is not None else []


def speaker_label(index: DocIndex, para_start: int) -> Token | None:
    """The speaker of a paragraph opening with a short label and a colon ('PENCE: ...',
    'Poll: ...'): the label's head token, or None. A label whose head is an abstract noun
    (:func:`.speakers.head_class`: 'Cybersecurity Cooperation:', 'Energy Security:') is a topic
    heading, as are topics joined by "and" with an abstract one ('Stronger Deterrence and
    Defense:'), a place of two or more words the actor tables do not know ('Red Sea:') and the
    words of ``data/quotes/non_speaker_labels.csv`` (unless the actor tables know the whole
    label: 'Human Rights Watch:'), and a label with a digit ('NATO at 75:'). A headline's
    audience or venue after the speaker's name is no part of the label
    (:func:`_speaker_before_audience`: 'Anna Berg to Farmers Union:' → 'Berg')."""
    text = index.text
    colon = text.find(":", para_start, para_start + 60)
    if colon < 0 or "\n" in text[para_start:colon]:
        return None
    before = text[para_start:colon]
    if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
        return None  # '(Graphic: ...)', 'Home Depot (ticker: HD)': a colon inside brackets
    label = index.tokens_between(para_start, colon)
    words = [t for t in label if not (t.is_punct or t.is_space)]
    if any(ch.isdigit() for t in words for ch in t.text):
        return None  # 'NATO at 75:', 'Biden at 80:': an anniversary or an age, a heading
    if bisect.bisect_right(index.para_starts, para_start) <= DATELINE_PARAGRAPHS and _place_line(
        index, words, before
    ):
        return None  # 'NEW DELHI: Their ...', 'Washington, DC, United States: ...': a dateline
    label = _speaker_before_audience(index, words)
    if not 1 <= len(label) <= 4 or index.tok_q[label[0].i] >= 0:
        return None
    if not label[0].text[:1].isupper():
        return None
    skip = lexicon.non_speaker_labels()
    if any(t.lower_.strip("'’s") in skip or t.lower_ in skip for t in label) and (
        len(label) < 2 or lookup_place(" ".join(t.text for t in label), None) is None
    ):
        return None  # 'WATCH:', 'Photo Credit:'; a body the actor tables know speaks
    if any(t.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ") and not t.is_upper for t in label):
        return None
    if _opens_with_gerund(label):
        return None  # an action heading ('Confronting Global Challenges:', 'Building Trust:')
    last = label[-1]
    ent = index.ents[last.i]
    if (
        not last.is_upper
        and (ent is None or ent.label_ != "PERSON")
        and head_class(last.lower_) == "abstract"
    ):
        return None  # a topic heading ('Cybersecurity Cooperation:', 'Energy Security:')
    if any(t.lower_ == "and" for t in label) and any(
        head_class(t.lower_) == "abstract" for t in label if not t.is_upper
    ):
        return None  # topics joined ('Stronger Deterrence and Defense:')
    if names_a_feature(" ".join(t.text for t in label)):
        return None  # a place's section ('Red Sea:', 'Strait of Hormuz:'), no one speaking
    if _subject_repeats_label(index, colon, label):
        return None  # a body's entry in a list ('Forest Service (USFS): USFS works with ...')
    if (
        para_start > 0  # the document's first line is its headline ('Trey Gowdy: ...')
        and len(label) > 1
        and all(t.text[:1].isupper() for t in label)
        and not _names_someone(label)
        and _own_subject_after(index, colon)
    ):
        return None  # a fact-sheet heading over a report ('Safer Borders: Both governments ...')
    return last


def _place_line(index: DocIndex, words: list[Token], label: str) -> bool:
    """Whether a paragraph's label before its colon (``words``, no punctuation; ``label`` as
    written) is a dateline (the caller reads only the document's first
    :data:`DATELINE_PARAGRAPHS` paragraphs): every word a place (in a GPE or LOC entity, or a
    place the actor tables know), the first not a country, and the label in capitals ('NEW
    DELHI:', the style of South Asian wires) or a place with its region ('Washington, DC,
    United States:'). A country speaks: 'JORDAN:' in a hearing's transcript, 'US, UK: Iran must
    halt ...' over a joint statement; so may a place in title case alone ('Moscow: ...'), and
    both stay labels."""
    if not words or not (label.isupper() or "," in label):
        return False
    known = _place_named(label.split(",")[0].strip())
    if known is not None and known.kind == "country":
        return False
    known = _place_named(" ".join(t.text for t in words))
    if known is not None and known.kind in _PLACE_KINDS:
        return True
    for t in words:
        ent = index.ents[t.i]
        if ent is not None and ent.label_ in ("GPE", "LOC"):
            continue
        known = _place_named(t.text)
        if known is None or known.kind not in _PLACE_KINDS:
            return False
    return True


# prepositions of a headline's label that name the speaker's audience or venue after the
# speaker ('Clinton to Planned Parenthood: ...', 'Former AG Mukasey at RNC: ...')
_AUDIENCE_PREPS = frozenset(("to", "at"))


def _speaker_before_audience(index: DocIndex, label: list[Token]) -> list[Token]:
    """The words of a label (tokens before its colon, no punctuation) that name its speaker,
    without the audience or venue a headline adds after a person's or organisation's name that
    the entity recogniser found ('Clinton to Planned Parenthood' → 'Clinton'; 'Former AG Mukasey
    at RNC' → 'Former AG Mukasey') when the words after the preposition name an audience or a
    venue too (:func:`_names_a_party_or_place`). The whole label otherwise ('Putin at War'; a
    name the recogniser ran on over the preposition is left whole too)."""
    for k, t in enumerate(label[1:], start=1):
        if t.lower_ in _AUDIENCE_PREPS and t.pos_ == "ADP":
            ent = index.ents[label[k - 1].i]
            if (
                ent is not None
                and ent.label_ in ("PERSON", "ORG")
                and ent.end == t.i  # the name ends before the preposition
                and all(w.text[:1].isupper() for w in label[:k])
                and (named := [w for w in label[k + 1 :] if w.pos_ != "DET"])
                and all(_names_a_party_or_place(index, w) for w in named)
            ):
                return label[:k]
            break
    return label


# entity labels of an audience or a venue after a headline's speaker ('to Planned Parenthood',
# 'at RNC', 'to Asians', 'at Davos')
_AUDIENCE_LABELS = frozenset(("ORG", "GPE", "NORP", "FAC", "EVENT", "LOC", "PERSON"))


def _names_a_party_or_place(index: DocIndex, tok: Token) -> bool:
    """Whether ``tok`` is a word of a name the entity recogniser found of an audience or a venue
    (:data:`_AUDIENCE_LABELS`); 'Putin at War:' names none, it is a heading."""
    ent = index.ents[tok.i]
    return ent is not None and ent.label_ in _AUDIENCE_LABELS


def _subject_repeats_label(index: DocIndex, colon: int, label: list[Token]) -> bool:
    """The prose after the colon at ``colon`` opens (after a determiner) with a name word of the
    label before it ('Coast Guard (USCG): The USCG patrols ...',
    'USAID: USAID provides ...'): the prose tells what the labelled body does, in the third
    person, so the label is an entry's heading (README: headings before a colon are never
    speakers); someone a label gives the floor ('PENCE: We said ...') is not named again as
    the subject of his own turn."""
    names = {t.text for t in label if t.is_alpha and t.text[:1].isupper()}
    end = index.text.find("\n", colon)
    end = len(index.text) if end < 0 else end
    after = [t for t in index.tokens_between(colon + 1, end) if t.idx > colon and not t.is_space]
    if after and after[0].pos_ == "DET":
        after = after[1:]
    # the parse of a heading run into its prose is unreliable ('NPS cooperates' as a plural
    # noun): the prose opening with the label's name is enough
    return bool(after) and after[0].text in names


MAX_LEAD_TOKENS = 8  # an opening phrase before the subject ('In 2019,', 'Since its founding,')
MAX_SUBJECT_TOKENS = 6  # the noun phrase of a subject read from parts of speech
FINITE_TAGS = ("VBZ", "VBD", "VBP", "MD")  # Penn tags of a finite verb or modal


def _prose_subject(index: DocIndex, colon: int) -> list[Token]:
    """The subject noun phrase of the prose after the colon at ``colon``, read from parts of
    speech, not the parse (the parser joins a heading and its prose into one sentence and hangs
    'USAID launched' or 'NPS cooperates' on the heading): after an opening phrase up to its
    comma ('In 2019,'), determiners, adjectives, numbers and nouns (at most
    :data:`MAX_SUBJECT_TOKENS`) followed by a finite verb or modal (:data:`FINITE_TAGS`). A
    pronoun is no such phrase. Returns the phrase's tokens, or [] when there is none."""
    end = index.text.find("\n", colon)
    end = len(index.text) if end < 0 else end
    after = [t for t in index.tokens_between(colon + 1, end) if t.idx > colon and not t.is_space]
    if after and after[0].pos_ in ("ADP", "ADV", "SCONJ"):
        comma = next((k for k, t in enumerate(after[:MAX_LEAD_TOKENS]) if t.text == ","), None)
        after = after[comma + 1 :] if comma is not None else []
    phrase: list[Token] = []
    for t in after[: MAX_SUBJECT_TOKENS + 1]:
        if t.tag_ in FINITE_TAGS and phrase:
            return phrase
        if t.pos_ not in ("DET", "ADJ", "NUM", "NOUN", "PROPN") and index.ents[t.i] is None:
            return []  # a name the tagger got wrong stays a noun ('In 2019, [USAID] launched')
        phrase.append(t)
    return []


MIN_GERUND_CHARS = 6  # 'King', 'Wing', 'Ming' end in -ing and are no gerund


def _opens_with_gerund(label: list[Token]) -> bool:
    """A label of several words opening with an -ing form in Title Case ('Confronting Global
    Challenges', 'Strengthening Economic Ties'): an action, a fact sheet's section heading, never
    someone (README: headings are never speakers). A given name (``given_names.csv``) or a
    title (``titles.csv``) opening the label is no gerund ('Sterling Brown', 'King Abdullah')."""
    first = label[0]
    word = first.lower_
    return (
        len(label) > 1
        and len(word) >= MIN_GERUND_CHARS
        and word.endswith("ing")
        and not first.is_upper
        and word not in lexicon.given_names()
        and not lexicon.is_person_title(first.text)
        and lexicon.title_kind(word) is None
    )


def _names_someone(label: list[Token]) -> bool:
    """A label's words name a person or a body: a name in capitals ('PENCE'), a title or role
    word or an organisation's role noun ('Spokesperson Price', 'State Department':
    ``data/quotes/titles.csv``) or a given name (``data/quotes/given_names.csv``). The model's
    entities are not asked: it tags Title Case headings as names ('Safer Borders' PERSON); nor
    is a group noun enough ('Stronger Communities')."""
    given = lexicon.given_names()
    return (
        any(t.is_upper and len(t.text) > 1 for t in label)
        or any(lexicon.title_kind(t.lower_.rstrip(".")) is not None for t in label)
        or any(t.lower_ in given for t in label)
    )


def _own_subject_after(index: DocIndex, colon: int) -> bool:
    """The prose after the colon at ``colon`` (its line ends a sentence: a headline such as
    'Clinton camp: Trump's plan threatens security' does not) opens with a clause with a subject
    of its own that is no pronoun ('...: Both governments will expand patrols.'): it names who
    acts, so the label before the colon is a heading over it, not its speaker ('PENCE: We said
    ...' has only 'we')."""
    end = index.text.find("\n", colon)
    end = len(index.text) if end < 0 else end
    if not index.text[colon:end].rstrip().rstrip("\"'\u201d\u2019)").endswith((".", "!", "?")):
        return False
    after = index.tokens_between(colon + 1, end)
    after = [t for t in after if t.idx > colon]
    if not after:
        return False
    if _prose_subject(index, colon):
        return True
    sent = index.tok_sent[after[0].i]
    return any(
        t.dep_ in SUBJECT_DEPS
        and t.pos_ != "PRON"
        and t.head.idx > colon
        and index.tok_q[t.i] < 0
        and index.tok_sent[t.head.i] == sent
        for t in after
        if index.tok_sent[t.i] == sent
    )
