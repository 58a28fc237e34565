"""Speakers: from the subject of a reporting verb to a named, canonical speaker.

Two steps, after the pipeline of the Gender Gap Tracker and citron (rules over a dependency parse and
named entities, no coreference model):

1. :func:`~.mentions.mention_of` reads the noun phrase of the subject token and splits it into the name and the
   role: ``Kremlin spokesperson Dmitry Peskov`` → name ``Dmitry Peskov``, role ``Kremlin
   spokesperson``; ``Dmitry Peskov, the Kremlin spokesperson,`` (apposition) the same;
   ``the Polish armed forces operational command`` is an organisation or description kept whole;
   ``he``/``she``/``they`` are pronouns; ``who`` is replaced by the noun its clause modifies.
2. :class:`SpeakerResolver` turns a mention into the speaker, left to right through the document:
   names become the person's canonical name, the fullest form the article uses, through the one
   resolver entities and actors use too (:mod:`parley.extract.names`: ``Peskov`` → ``Dmitry
   Peskov``, ``Mr. Trump`` → ``Donald J. Trump``, ``J. Blinken`` → ``Antony J. Blinken``; a
   surname several people share means the one named most often so far);
   pronouns take the most salient earlier person of a compatible gender (the last speaker quoted,
   else the last person who was a subject, else the last person named) within a few sentences,
   where gender comes from titles and given names, never from a surname; a person named inside
   quotation marks is talked about: never a main-clause subject for this salience, and never
   the person of a pronoun that attributes the very quotation naming them; 'they'/'it' take the last
   group or organisation quoted, else a plural or organisation subject of the sentence before;
   role descriptions (``the spokesman``) take the last person introduced with that role.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import DEP, IS_ALPHA, IS_TITLE, POS
from spacy.symbols import NOUN, PROPN

from parley.datafiles import rows
from parley.extract import lexicon
from parley.extract.actors import lookup_place, names_a_feature
from parley.extract.model import noun_lemma
from parley.extract.names import PersonNames, other_office
from parley.extract.quotes.mentions import (
    ORG_LABELS,
    PERSON,
    SpeakerMention,
    appos_person_role,
    gender_of,
    joined_names,
    mention_of,
    name_in_form,
    role_head_words,
)
from parley.extract.syntax import (
    SUBJECT_DEPS,
    binding_subject,
    finite_clause,
    fronted_clause_subjects,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from parley.extract.quotes.tree import ParseTree

PRONOUN_WINDOW_SENTS = 4  # how far back a pronoun looks for its person
# endings of abstract nouns (states, acts, qualities): a described speaker whose head ends so is
# no one who speaks ("corruption", "engagement", "activities") unless speaker_heads.csv lists it
# as a body ("administration", "commission", "authority")
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ity", "ness", "ance", "ence", "ancy", "ency", "ism")
ABSTRACT_ENDINGS += ("ship", "hood", "acy")
NAME_LABELS = (
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "FAC",
    "LOC",
)  # entities that name someone or a place
MIN_STEM = (
    4  # letters before an abstract ending: "agree-ment" is abstract, "com-ment" is not judged
)
# possessive determiners and the personal pronoun each stands for (English grammar): 'his
# spokesperson' is the spokesperson of whom 'he' would be
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# determiners of an indefinite noun phrase: 'a spokesman' introduces someone, 'the spokesman'
# is someone the reader knows (English grammar)
INDEFINITES = ("a", "an", "one", "another", "some", "any")
# word classes that may stand before a pronoun that still opens its sentence ('And they ...',
# 'But then they ...')
OPENER_POS = frozenset(("CCONJ", "ADV", "PUNCT", "SPACE"))
DEMONSTRATIVES = ("this", "that")  # alone as a subject they stand for a thing ("This will deny")


@functools.cache
def state_nouns() -> frozenset[str]:
    """Common nouns that stand for a state named before ("the *country's* air force", "the
    *nation's* army"): the ``state_noun`` class of ``data/statements/context_words.csv``, the
    table the statements layer places such speakers by."""
    return frozenset(
        r["term"] for r in rows("statements/context_words.csv") if r["class"] == "state_noun"
    )


def role_words(description: str) -> list[str]:
    """The words of a role description up to its head, without the phrase after it that says
    where or of what ("China's ambassador to Britain" → ["China's", "ambassador"]; "the
    spokesman for the ministry" → ["the", "spokesman"]): the first word of
    :data:`WHOSE_PREPS` or "to"/"in" ends it. A description that opens with one is kept whole."""
    words = description.split()
    cut = next(
        (i for i, w in enumerate(words) if i and w.lower() in (*WHOSE_PREPS, "to", "in")), None
    )
    return words[:cut] if cut is not None else words


def possessive(owner: str) -> str:
    """The English possessive of ``owner``: "Anna Berg" → "Anna Berg's", a common plural in
    -s only takes the apostrophe ("rebels" → "rebels'", "Scott's relatives" → "Scott's
    relatives'"), and so does a plural name written with "the" ("the United States" → "the
    United States'", "the Philippines'"); a name in -s keeps "'s" ("Charles's")."""
    last = owner.split()[-1] if owner.split() else owner
    plural = last.endswith("s") and (last[:1].islower() or owner[:4].lower() == "the ")
    return f"{owner}'" if plural else f"{owner}'s"


def not_a_speaker(m: SpeakerMention) -> str | None:
    """Why a described speaker names no one who speaks, or None when it may: the one check of
    speaker validity at the quotation layer. A speaker is a person, a body, a group of people or
    an anonymous source ("officials", "a diplomat", "the ministry"), or a source the text credits
    (a poll, a report, "24 percent": PolNeAR annotates them as sources; the statements layer
    gives them no statement, :func:`parley.extract.statements.credited_source`). A description
    whose head is an abstract noun listed in ``data/quotes/speaker_heads.csv`` (a state, act or
    quality: "the welfare of ...", "activities that threaten") or a singular demonstrative
    standing alone ("this will deny ...") is not: the quotation stays, without a speaker. Names, pronouns and organisations are
    not judged here. ``m``: a mention from :func:`.mentions.mention_of`; returns the reason as it
    goes into ``unattributed_reason``."""
    if m.kind != "description" or not m.head:
        return None
    if m.head in DEMONSTRATIVES and " " not in m.text.strip():
        return f"'{m.text}' is a demonstrative, not a speaker"
    if lexicon.speaker_heads().get(m.head) == "abstract":
        return f"'{m.text}' is an abstract noun, not a speaker"
    return None


# spaCy (OntoNotes 5) entity labels of things no one is: a law, and a geographic place of two or
# more words ("the Red Sea", "the Strait of Hormuz"). The small model's other labels are too loose
# to decide alone ("the Panel of Experts" WORK_OF_ART, "the Blue House" FAC, "the North" LOC for
# North Korea): a one-word place and a facility stay speakers. Labels: spaCy's en_core_web_sm
# glossary; measured on statements_dev train (see the commit).
THING_LABELS = ("LAW",)
PLACE_THING_LABELS = ("LOC",)
# the last word of the name of a law or treaty ("the United States Constitution", "Republic Act
# No. 11469", "the Open Skies Air Transport Agreement"), which the small model often tags ORG;
# STATEMENTS_GUIDE.md: court rulings and laws are not annotated. Written for Parley.
LAW_NAMES = ("constitution", "act", "treaty", "accord", "accords", "convention", "charter")
LAW_NAMES += ("protocol", "agreement", "pact", "amendment", "statute", "code", "law")


def a_thing(m: SpeakerMention) -> str | None:
    """Why a mention names a thing rather than someone who speaks (a person, a body, a state),
    or None: a name ending in a word of :data:`LAW_NAMES` ("the United States Constitution
    states", "Republic Act No. 11469 provides"; not a person's name that opens with a given name
    of ``data/quotes/given_names.csv``: "Steven Law said"), a head inside an entity spaCy labels a law
    (:data:`THING_LABELS`), or a geographic place of two or more words the actor tables do not
    know ("the Red Sea has become"; "the North" for North Korea stays a speaker). Pronouns are not judged. Returns the reason
    as it goes into ``unattributed_reason``."""
    if m.kind == "pronoun":
        return None
    words = [w for w in m.name.split() if not re.fullmatch(r"No\.?|\d[\d/-]*", w)]
    # a one-word name only outside a PERSON entity ("the Treaty of Lisbon", not "Law said")
    named = m.kind != "description" and bool(words) and words[-1].istitle()
    named = named and (len(words) > 1 or m.label != "PERSON")
    # a person's full name whose surname is such a word ('Steven Law', 'Bonar Law') is a person
    named = named and not (
        (m.label == "PERSON" or m.kind == "person") and words[0].lower() in lexicon.given_names()
    )
    if (named and words[-1].casefold() in LAW_NAMES) or (
        m.kind == "description" and m.head in LAW_NAMES and not m.head_lower
    ):  # "the Treaty of Lisbon says"
        return f"'{m.text}' is a law or treaty, not a speaker"
    if m.label in THING_LABELS:
        return f"'{m.text}' is a {m.label.lower()}, not a speaker"
    if (names_a_feature(m.name) and _head_names_it(m)) or (
        m.label in PLACE_THING_LABELS
        and len(words) > 1
        and lookup_place(re.sub(r"^the\s+", "", m.name, flags=re.I), None) is None
    ):
        return f"'{m.text}' is a place ({m.label}), not a speaker"
    return None


def _head_names_it(m: SpeakerMention) -> bool:
    """Whether the head of ``m`` is the word that makes its name a place (the last word, or the
    first before 'of': 'the Red Sea', 'Strait of Hormuz'), not a person noun the place only
    qualifies ('a spokesman for Platte River', 'residents along the Red Sea')."""
    words = m.name.split()
    if not m.head or not words:
        return True
    key = words[0] if len(words) > 2 and words[1].casefold() == "of" else words[-1]
    return m.head.casefold() == key.casefold()


def head_class(lemma: str, lower: bool = True) -> str | None:
    """The class of a described speaker's head noun (lower-cased ``lemma``; ``lower``: written in
    lower case): ``quantity``, ``abstract``, ``document`` or ``body`` as
    ``data/quotes/speaker_heads.csv`` lists it; a person's title or role word is ``body``; an
    unlisted common noun with an abstract ending (:data:`ABSTRACT_ENDINGS`) after a stem of at
    least :data:`MIN_STEM` letters ("discussion", "projection", "enforcement"; not "comment",
    "element") is ``abstract`` (a state, an act or its record, never someone); else None (a noun that may name people: "officials",
    "residents")."""
    cls = lexicon.speaker_heads().get(lemma)
    if cls is not None:
        return cls
    if lexicon.title_kind(lemma) is not None:
        return "body"
    ending = next((e for e in ABSTRACT_ENDINGS if lemma.endswith(e)), None)
    if lower and ending is not None and len(lemma) - len(ending) >= MIN_STEM:
        return "abstract"
    return None


# quantifiers that stand for a noun phrase whose noun the text has just named ('One diplomat
# said ... Another said'), each with whether it takes the plural; English grammar (Quirk et
# al. 1985, 5.33 on ellipsis after determiners), not from any corpus sentence
ELIDED_HEADS = {
    "another": False,
    "one": False,
    "some": True,
    "several": True,
    "many": True,
    "most": True,
}
# words that count a noun rather than describe it ('Many Israeli officials' -> 'some Israeli
# officials'); English grammar's quantifiers (Quirk et al. 1985, 5.23-5.26)
QUANTIFIERS = frozenset((*ELIDED_HEADS, "all", "both", "few", "fewer", "more", "numerous"))
# dependents that point at or count a noun rather than describe it
_POINTING_DEPS = frozenset(("det", "predet", "nummod", "quantmod"))
_COUNTING_DEPS = frozenset(("nummod", "quantmod"))
# the parts of speech of a subject that may name the speakers an elided noun leaves out
_SUBJECT_POS = frozenset(("NOUN", "PROPN", "NUM", "PRON"))
LOOKBACK = 200  # earlier speakers or persons a pronoun or role scan looks at, at most
# the prepositions of a role's phrase that say whose role it is ("spokeswoman for ...")
WHOSE_PREPS = ("for", "of", "at")


def _name_key(name: str) -> list[str]:
    """Lower-cased name words without honorifics."""
    words = [w.strip(".,") for w in name.split()]
    return [w.lower() for w in words if w and lexicon.title_kind(w) != "honorific"]


# the longest run of quoted words read as a phrase the writer mentions (''we assess'', "lock her
# up"), not as someone's quotation
MAX_QUOTED_PHRASE = 6
MAX_CONJ_CLIMB = 8  # verbs joined by 'and' in one series, at most (far above real sentences)


def _main_subject(tok: Token) -> bool:
    """The subject of a clause that is not itself reported, relative or adverbial ('Smith said
    Jones ...': Smith yes, Jones no; 'Smith left after Jones spoke': Smith yes, Jones no) — the
    people a following 'he'/'she' most likely means. The subject of a preposition's complement
    is none ('spoke with [Duque to express ...]': the object of 'with'); nor is the subject of a
    verb joined by 'and' to such a clause ('Hale claimed that taxes rose and that Berg is to
    blame': Berg is reported, not the main clause's subject)."""
    if tok.dep_ not in SUBJECT_DEPS:
        return False
    verb = tok.head
    for _ in range(MAX_CONJ_CLIMB):
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.dep_ not in EMBEDDED_CLAUSE_DEPS


# the dependencies of a verb heading a clause inside another: reported, relative, adverbial,
# a preposition's complement, and a clause the parser reads as an object ('said he never saw
# Mateen "interact" with ...': 'interact' as the object of 'saw', Mateen no main subject)
EMBEDDED_CLAUSE_DEPS = ("ccomp", "relcl", "acl", "pcomp", "advcl", "dobj", "xcomp", "pobj", "oprd")


def _own_gender(m: SpeakerMention, name: str) -> str:
    """The gender a name mention itself carries: a lone surname that stands for a longer name
    ('Scott' for 'Rakeyia Scott') carries only what its honorific or title says ('Ms. Scott'),
    not a given name's gender."""
    if name != m.name and len(_name_key(m.name)) == 1:
        return m.title_gender or gender_of(role_head_words(m.role))
    return m.gender


# how many sentences whose subject is the same 'they' / 'it' a group subject is followed back
GROUP_CHAIN = 2
MAX_MISTAGGED_NAME_TOKENS = 3  # 'Ivanka Trump', 'Mary Ann Berg'
PLACE_LABELS = ("GPE", "LOC", "FAC")  # a given name that opens a place's name is no person's


def _given_name_gender(ent: Span) -> str | None:
    """The gender ('m', 'f' or '') of the given name that opens ``ent`` when ``ent`` is a full
    name in form: two or three capitalised proper nouns, the first a given name of
    ``data/quotes/given_names.csv``, not tagged as a place (:data:`PLACE_LABELS`); None
    otherwise."""
    toks = list(ent)
    if ent.label_ in PLACE_LABELS or not 2 <= len(toks) <= MAX_MISTAGGED_NAME_TOKENS:
        return None  # 'the Rose Garden', 'Virginia Beach' are places
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.is_alpha for t in toks):
        return None
    return lexicon.given_names().get(toks[0].lower_)


PLACE_TAGS = 3  # place tags that outweigh a PERSON tag of the same text (:func:`_place_names`)


def _place_names(ents: tuple[Span, ...]) -> frozenset[str]:
    """Texts the model tags PERSON somewhere in a document but as a place (GPE, LOC, FAC) at
    least :data:`PLACE_TAGS` times and more than twice as often as a person ("Clarkston" eight
    times GPE, once PERSON, in a story about that town): a place, never a person a pronoun may
    stand for. A name tagged a place twice beside one PERSON tag ("Rihanna") stays a person."""
    person: Counter[str] = Counter()
    place: Counter[str] = Counter()
    for ent in ents:
        if ent.label_ == PERSON:
            person[ent.text] += 1
        elif ent.label_ in PLACE_LABELS:
            place[ent.text] += 1
    return frozenset(t for t, n in person.items() if place[t] >= PLACE_TAGS and place[t] > 2 * n)


@dataclass
class _Seen:
    char: int  # character offset
    sent: int
    name: str
    kind: str
    gender: str
    subject: bool
    plural: bool = False  # persons joined by 'and': what a later 'they' can stand for
    quoted: bool = False  # named inside quotation marks: talked about, not the narrative's
    introduced: bool = False  # a described speaker brought in indefinite: 'a Labour spokesman'


def _subordinate_speaker(quoted: _Seen, subject: _Seen, near: list[_Seen]) -> bool:
    """The person last quoted was named in the same sentence as ``subject``, a main clause's
    subject, but as the subject of an adverbial, relative or reported clause ('Tom Hale
    cancelled the visit after Ivan Sokol criticised the deal. He said ...': Sokol's act is
    background to what Hale did), so the main subject stays the more salient person for a
    following pronoun. ``near``: the persons named before the pronoun (the timeline)."""
    if quoted.sent != subject.sent:
        return False
    named = [s for s in near if s.char == quoted.char]
    return bool(named) and not any(s.subject for s in named)


def _title_proper_nouns(doc: Doc) -> list[int]:
    """The indices of the tokens of ``doc`` that are proper nouns written in title case and in
    letters only (``pos_ == "PROPN"``, ``is_title``, ``is_alpha``), and of the common nouns so
    written that are a clause's subject (``NOUN`` with a dependency of
    :data:`~parley.extract.syntax.SUBJECT_DEPS`: a surname the model reads as a plural noun at
    a sentence's start, 'Sanders initially defended his vote'), read from one array: the
    candidates of :meth:`SpeakerResolver._lone_surnames`, found without making a Token per token."""
    if not len(doc):
        return []
    pos, title, alpha, dep = doc.to_array([POS, IS_TITLE, IS_ALPHA, DEP]).T
    # column by column: a list per token (``tolist`` of the table) costs more than the test; one
    # comparison per subject relation (``numpy.isin`` sorts, which costs more on a document)
    subject = numpy.zeros(len(doc), dtype=bool)
    for d in SUBJECT_DEPS:
        subject |= dep == doc.vocab.strings[d]
    wanted = (title != 0) & (alpha != 0) & ((pos == PROPN) | ((pos == NOUN) & subject))
    return numpy.flatnonzero(wanted).tolist()


def _honorific_surname(name: str) -> bool:
    """``name`` is honorifics and one name word ("MS JOHNSTONE", "Mr. Hood"): an honorific of
    ``data/quotes/titles.csv`` (kind ``honorific``) before a capitalised word that is no title."""
    words = name.split()
    return (
        len(words) >= 2
        and all(lexicon.title_kind(w.lower()) == "honorific" for w in words[:-1])
        and words[-1][:1].isupper()
        and words[-1].replace("-", "").isalpha()
        and not lexicon.is_person_title(words[-1])
    )


def _of_object(tok: Token) -> Token | None:
    """The common noun of ``tok``'s 'of' phrase ('dozens of [refugees]', 'one of the
    [envoys]'), or None."""
    return next(
        (
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN"
        ),
        None,
    )


def _a_count(tok: Token) -> bool:
    """``tok`` is a number or a quantity noun ('three', 'dozens', 'a number'): with an 'of'
    phrase it counts that phrase's noun."""
    lemma = tok.lemma_.lower()
    return tok.like_num or tok.vocab[lemma].like_num or head_class(lemma) == "quantity"


def _counted(noun: Token) -> bool:
    """``noun`` is counted or taken as one of several: a number, a quantifier or an indefinite
    article before it ('two defendants', 'several senators', 'a diplomat', 'one official'), or
    itself a count with an 'of' phrase ('dozens of refugees')."""
    if any(
        c.dep_ in ("det", "nummod", "amod")
        and (c.lower_ in INDEFINITES or c.lower_ in QUANTIFIERS or c.like_num)
        for c in noun.children
    ):
        return True
    return _a_count(noun) and _of_object(noun) is not None


_AGE = re.compile(r"\d+[- ]years?[- ]old", re.IGNORECASE)
# people news introduces without a name ('pardoned a teenager', 'his young striker'), besides the
# titles and roles of data/quotes/titles.csv: written for Parley from general English usage
_PERSON_NOUNS = frozenset((
    "man", "woman", "boy", "girl", "teenager", "youngster", "child", "rival", "challenger",
    "successor", "predecessor", "assistant", "colleague", "striker", "player", "athlete", "victim",
    "suspect", "student", "mother", "father", "son", "daughter", "wife", "husband", "brother",
    "sister", "widow", "newcomer", "winner", "driver", "pilot", "worker", "actor", "actress",
    "singer", "star",
))  # fmt: skip


def _person_noun(tok: Token) -> bool:
    """Whether ``tok`` is a common noun in the singular for a person: a title or role of
    ``data/quotes/titles.csv`` ('minister', 'envoy') or one of :data:`_PERSON_NOUNS`. A plural
    ('called for all athletes to be banned') names a group, which no age epithet stands for."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    lemma = tok.lemma_.lower()
    return lemma in _PERSON_NOUNS or lexicon.title_kind(lemma) in ("role", "title")


def _whose(description: str) -> bool:
    """A described speaker says whose role it is by a phrase after its head ("spokeswoman for
    David Cameron", "chairman of the committee": a word of :data:`WHOSE_PREPS`)."""
    return any(w in WHOSE_PREPS for w in description.split()[1:])


def _one_person(description: str) -> bool:
    """Whether a described speaker ('senior IMF official', 'the spokeswoman for the ministry')
    is one person: its head word, the last before a phrase of :data:`.mentions.ROLE_TAIL_OPENERS`,
    is a title or role of ``data/quotes/titles.csv`` or one of :data:`_PERSON_NOUNS`, all
    singular ('officials' is no title)."""
    words = role_head_words(description)
    head = words[-1].lower() if words else ""
    return head in _PERSON_NOUNS or lexicon.title_kind(head) in ("role", "title")


def _person_in_apposition(m: SpeakerMention, name: str) -> bool:
    """Whether a speaker the model tagged a body or a place ('Nefzi' GPE, 'Sanborn' ORG) is a
    person by the role in apposition to it: one name word or two, a role whose first noun is a
    person's ('Nefzi, a chemistry professor and a member of the board, said': a title or role
    of ``data/quotes/titles.csv`` or a person noun such as 'student'), and no body or place the
    actor tables know by that name ('Hamas, the militant group' is no person, nor is 'Iran,
    the host'); not a name tagged ORG, whose role in apposition is a firm's trade ('BlackRock,
    the world's largest asset manager')."""
    role = (m.role or "").lower().split(" and ")[0].split(" of ")[0].split()
    if not role or not 1 <= len(name.split()) <= 2 or lookup_place(name, None) is not None:
        return False
    if m.label == "ORG":
        return False  # 'BlackRock, the world's largest asset manager': a firm and its trade
    head = role[-1]
    return head in _PERSON_NOUNS or lexicon.title_kind(head) in ("role", "title")


def _age_epithet(description: str) -> bool:
    """Whether ``description`` (a described speaker's words, article left out) names a person by
    age: the age alone ('52-year-old') or the age before a person's noun, a title or role of
    ``data/quotes/titles.csv`` or a gendered word ('47-year-old director', '34-year-old mother
    of three'). A thing's age ('the 150-year-old bank') is no person."""
    found = _AGE.match(description)
    if found is None:
        return False
    rest = description[found.end() :].split()
    if not rest:
        return True
    head = rest[0].lower()
    return lexicon.title_kind(head) in ("role", "title") or bool(gender_of([head]))


def _no_one_or_anyone(tok: Token) -> bool:
    """'one' as no one's or anyone's: 'No one said ...' (nobody), 'One could argue ...' (a
    generic one before a modal): no speaker of a group the text counts."""
    if tok.lower_ != "one":
        return False
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ in ("no", "any", "every", "each", "some"):
        return True
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.head.children)


@dataclass
class SpeakerResolver:
    """Per-document speaker resolution (see the module docstring). Feed quotes left to right."""

    tree: ParseTree
    sents: list[Span]
    sent_starts: list[int]  # character start of every sentence
    names: PersonNames = field(default_factory=PersonNames)
    genders: dict[str, str] = field(default_factory=dict)
    # (pos, role words, person, the mention is a main clause's subject)
    roles: list[tuple[int, str, str, bool]] = field(default_factory=list)
    # person -> (pos, role as written) of every mention that gives them a role, in text order
    role_of: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    timeline: list[_Seen] = field(default_factory=list)
    timeline_chars: list[int] = field(default_factory=list)
    speakers: list[_Seen] = field(default_factory=list)
    # per token, whether it stands inside quotation marks (a person named there is talked about)
    quoted: list[bool] = field(default_factory=list)
    _groups: dict[tuple[int, bool], str | None] = field(default_factory=dict)

    @property
    def doc(self) -> Doc:
        return self.tree.doc

    @property
    def ents(self) -> list[Span | None]:
        return self.tree.ents

    @classmethod
    def for_doc(
        cls,
        tree: ParseTree,
        sents: list[Span],
        floor: Callable[[int], int] | None = None,
        quoted: list[bool] | None = None,
    ) -> SpeakerResolver:
        """The resolver of one document: its people (:class:`parley.extract.names.PersonNames`,
        shared with entities and actors), their genders and roles, and who is named where.
        ``floor(pos)``: the first character a mention at character ``pos`` may take into its
        role (the end of its paragraph's dateline, :func:`.mentions.mention_of`); 0 if omitted.
        ``quoted``: per token of the document, whether it stands inside quotation marks (a person
        named there is no main-clause subject a pronoun prefers); none if omitted."""
        doc = tree.doc
        r = cls(tree, sents, [s.start_char for s in sents], PersonNames.for_doc(doc))
        r.quoted = quoted if quoted is not None else [False] * len(doc)
        persons: list[tuple[Span, SpeakerMention]] = []
        ents = tree.ent_spans  # ``doc.ents``, read once by the parse tree
        places = _place_names(ents)
        for ent in ents:
            if ent.label_ != PERSON or ent.text in places:
                continue
            low = floor(ent.root.idx) if floor is not None else 0
            m = mention_of(ent.root, tree, low)
            if m is None or m.kind != "person":
                continue
            if ent.root.dep_ == "appos":
                # 'China's ambassador to Britain Liu Xiaoming': the name is in apposition to
                # its role, which the mention of the role's noun carries, as when it speaks
                outer = mention_of(ent.root.head, tree, low)
                if outer is not None and outer.kind == "person" and outer.start == m.start:
                    m = outer
            persons.append((ent, m))
        persons += r._named_beside_a_role(floor)
        for ent, m in persons:
            name = r.canonical(m.name, m.start, m.title_gender, m.role or "")
            gender = _own_gender(m, name)
            if gender and not r.genders.get(name):
                r.genders[name] = gender
            role = r.own_role(m.role, m.start, name)
            if role and any(lexicon.title_kind(w) in ("role", "title") for w in role.split()):
                r.roles.append((m.start, role.lower(), name, _main_subject(ent.root)))
                r.role_of.setdefault(name, []).append((m.start, role))
            r._see_person(m.start, name, gender, ent.root)
        # surnames the small model tags as ORG/GPE ("Trump") are people when the article names them
        for ent in ents:
            if ent.label_ in ORG_LABELS and len(ent) == 1 and r.names.is_person(ent.text):
                name = r.canonical(ent.text, ent.start_char)
                r._see_person(ent.start_char, name, r.genders.get(name, ""), ent.root)
        # a full name the model tags as something else ('Ivanka Trump'/PRODUCT): a given name
        # of data/quotes/given_names.csv followed by proper nouns is a person a pronoun can mean
        surnames: dict[str, str] = {}  # the surname of every such name -> the name's gender
        for ent in ents:
            if ent.label_ == PERSON or (gender := _given_name_gender(ent)) is None:
                continue
            name = r.canonical(ent.text, ent.start_char)
            r._see_person(ent.start_char, name, r.genders.get(name) or gender, ent.root)
            surnames.setdefault(ent[-1].lower_, gender)
        r._lone_surnames(surnames)
        r.timeline.sort(key=lambda s: s.char)
        r.timeline_chars = [s.char for s in r.timeline]
        return r

    def _named_beside_a_role(
        self, floor: Callable[[int], int] | None
    ) -> list[tuple[Span, SpeakerMention]]:
        """The people named in full whom the model tags as no person, found by the apposition
        beside the name: a role or title word ('Maryam Violet/ORG, an Iranian journalist,';
        'Reince Priebus, the party chairman,' untagged), each as (the name's tokens, its
        mention), for the timeline a pronoun reads (:func:`.mentions.appos_person_role`)."""
        doc = self.doc
        if not len(doc):
            return []
        appos = doc.vocab.strings["appos"]
        found: list[tuple[Span, SpeakerMention]] = []
        for i, dep in enumerate(doc.to_array([DEP]).tolist()):
            if dep != appos:
                continue
            tok = doc[i].head
            ent = self.ents[tok.i]
            if tok.pos != PROPN or (ent is not None and ent.label_ not in ORG_LABELS):
                continue
            if not appos_person_role(tok, self.tree):
                continue
            low = floor(tok.idx) if floor is not None else 0
            m = mention_of(tok, self.tree, low)
            if m is None or m.kind != "person" or len(m.name.split()) < 2:
                continue
            span = doc.char_span(m.start, m.end)
            if span is not None and name_in_form(list(span)):
                found.append((span, m))
        return found

    def _lone_surnames(self, surnames: dict[str, str]) -> None:
        """Add to the timeline every proper noun standing alone (no proper noun beside it, no
        longer entity around it) that is a person's surname in this document, however the model
        tags it ('Fiorina'/GPE or untagged after 'Carly Fiorina'/ORG; a capitalised subject read
        as a common noun, 'Sanders initially defended ...'/NNS): the surname of a full
        name the model tags as no person (``surnames``: surname -> the given name's gender), or
        of a person :class:`PersonNames` knows (its one-word ORG/GPE/NORP/FAC/LOC entities are
        in the timeline already)."""
        ents = self.ents
        doc = self.doc
        for i in _title_proper_nouns(doc):
            ent = ents[i]
            if ent is not None and (len(ent) > 1 or ent.label_ == PERSON):
                continue
            if any(0 <= k < len(doc) and doc[k].pos_ == "PROPN" for k in (i - 1, i + 1)):
                continue  # part of a longer name ('Wall Street'), not a surname alone
            tok = doc[i]
            known = self.names.is_person(tok.text)
            if ent is not None and ent.label_ in ORG_LABELS and known:
                continue  # taken with the ORG/GPE surnames in for_doc
            gender = surnames.get(tok.lower_)
            if gender is None and not known:
                continue
            name = self.canonical(tok.text, tok.idx)
            self._see_person(tok.idx, name, self.genders.get(name) or gender or "", tok)

    def _see_person(self, char: int, name: str, gender: str, token: Token) -> None:
        """Put person ``name`` on the timeline at character ``char`` (its sentence from
        :meth:`sent_of`), with ``gender`` ("" when unknown) and whether ``token`` heads the main
        clause's subject (:func:`_main_subject`)."""
        quoted = self.quoted[token.i]
        subject = (_main_subject(token) or self._under_quoted_word(token)) and not quoted
        self.timeline.append(
            _Seen(char, self.sent_of(char), name, "person", gender, subject, quoted=quoted)
        )

    def _under_quoted_word(self, tok: Token) -> bool:
        """``tok`` is the subject of a clause the parser hung on a word inside quotation marks
        later in the sentence ('Mr. Comey couched his concern by repeating the phrase - ''we
        assess'' - four times': 'assess' read as the sentence's root, 'couched' as its
        ``ccomp``). Words the writer quotes as a phrase govern no clause of the narrative, so
        ``tok`` is the sentence's main subject all the same. A longer quotation is what someone
        said, with ``tok`` the subject of its frame ('"A," Axelrod tweeted, "B"'): left to the
        usual rule (:func:`_main_subject`)."""
        if tok.dep_ not in SUBJECT_DEPS:
            return False
        verb = tok.head
        if verb.dep_ != "ccomp" or verb.head.i < verb.i or self.quoted[verb.i]:
            return False
        at, quoted = verb.head.i, self.quoted
        if not quoted[at]:
            return False
        lo, hi = at, at
        while lo > 0 and quoted[lo - 1] and hi - lo < MAX_QUOTED_PHRASE:
            lo -= 1
        while hi + 1 < len(quoted) and quoted[hi + 1] and hi - lo < MAX_QUOTED_PHRASE:
            hi += 1
        return hi - lo < MAX_QUOTED_PHRASE

    def sent_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def is_person_name(self, name: str) -> bool:
        """Some person of the document carries this name (a surname the model tagged ORG)."""
        return self.names.is_person(name)

    def _named_person(self, m: SpeakerMention, name: str) -> bool:
        """An organisation or one-word description that is a person's name in this document (the
        model tags surnames such as 'Trump' ORG, 'Cuban' NORP)."""
        if m.kind == "org" or (m.kind == "description" and len(m.name.split()) == 1):
            return self.is_person_name(name)
        if m.kind == "description" and _honorific_surname(m.name):
            # a transcript's label in capitals ("MS JOHNSTONE:") that the model tags no person:
            # the person the article names in full ("Dr. Kari Johnstone"), when it names one
            return self.is_person_name(name)
        return False

    def canonical(self, name: str, pos: int, gender: str = "", role: str = "") -> str:
        """The person's canonical name at character ``pos`` (:mod:`parley.extract.names`), of
        ``gender`` when the mention gives one ('Mr.', 'Mrs.', a gendered title), after the
        mention's ``role`` words ('King' of 'King Charles')."""
        return self.names.canonical(name, pos, gender, role)

    def own_role(self, role: str | None, pos: int, name: str) -> str | None:
        """The part of ``role`` (the words before person ``name`` at character ``pos``) that is
        ``name``'s own. In 'the Secretary and Foreign Minister Lind' the words before the last
        'and' are a title the article already gave another person ('Secretary of State Anna
        Berg' earlier): that person joins the subject, Lind's role is 'Foreign Minister'. A
        title nobody else holds yet stays whole, one person's double office ('State Councilor
        and Foreign Minister Wang Yi', 'Minister of Foreign Affairs and Trade')."""
        if not role or " and " not in role:
            return role
        first, own = role.split(" and ")[0], role.rsplit(" and ", 1)[1]
        if lexicon.title_kind(first.split()[-1].lower()) not in ("role", "title"):
            return role
        holder = self._role_person(first, pos)
        return own if holder is not None and holder != name else role

    def _role_person(self, description: str, pos: int, ahead: bool = False) -> str | None:
        """The person the role ``description`` names: its head word, and every modifier it has
        ('the Democratic nominee' needs 'Democratic' in the role too). Of several people who
        hold the role, the last one who was the subject of a main clause ('President Biden
        spoke with President Duque. The President reaffirmed ...': Biden), else the last one
        introduced with it. ``ahead``: when nobody holds it before character ``pos``, the one
        person the article introduces with it further on (a definite role, 'the ambassador'),
        None when none or several do."""
        words = [w.lower() for w in description.split()]
        head, mods = words[-1], [w for w in words[:-1] if w not in ("the", "a", "an")]
        holders = [
            (p, name, subject)
            for p, role, name, subject in self.roles[-LOOKBACK:]
            if head in role.split()
            and all(m in role.split() for m in mods)
            and not other_office(role.split(), head, mods)
        ]
        before = [(name, subject) for p, name, subject in holders if p < pos]
        if not before and not ahead:
            return None
        if not before:
            # named in that role only further on ("China's ambassador accused ... China's
            # ambassador Liu Xiaoming said"): the one person the article gives the role, in
            # the same words up to its head ('the presidential nominee' is not the 'vice
            # presidential nominee')
            after = {
                name
                for p, role, name, _ in self.roles[-LOOKBACK:]
                if p >= pos and role_words(role) == [*mods, head]
            }
            return next(iter(after)) if len(after) == 1 else None
        return next((n for n, subject in reversed(before) if subject), before[-1][0])

    def resolve(
        self, m: SpeakerMention, said: tuple[int, int] | None = None, remember: bool = True
    ) -> tuple[str | None, str | None, str | None]:
        """(speaker, role, reason-if-unresolved) for a mention; remembers the speaker as the
        last one quoted unless ``remember`` is False (a report a noun names inside someone
        else's sentence: 'The prime minister shrugged off claims from Michael Howard that ...
        He said ...' - 'he' is still the prime minister). ``said``: the ``(start, end)``
        character span of the quotation the mention attributes; a pronoun never stands for a
        person named inside it."""
        # what a pronoun stands for: a person, or the group or organisation a 'they'/'it' takes
        # (the kind and number the next 'they'/'it' looks for)
        antecedent = ("person", False)
        if m.kind == "pronoun":
            speaker, reason, antecedent = self._pronoun(m, said)
            role = self._role_before(speaker, m.start) if speaker else None
        elif (why := a_thing(m)) is not None and not (
            m.kind == "person" and self.is_person_name(m.name)
        ):  # 'Law said' after 'Steven Law' is the person, not a law
            return None, None, why
        elif m.kind == "person" and (group := self._group_named(m)):
            # 'Ministers said' after 'EC ministers': the group, as a description is
            speaker, reason, role = group, None, None
            antecedent = ("description", True)
        elif m.kind == "person" or self._named_person(m, m.name):
            speaker = self.canonical(m.name, m.start, m.title_gender, m.role or "")
            reason, role = None, self.own_role(m.role, m.start, speaker)
        elif (why := not_a_speaker(m)) is not None:
            return None, None, why
        elif (
            m.kind == "description"
            and lexicon.group_words().get(m.name.lower(), False)
            and (group := self._people_together(m))
        ):
            speaker, reason, role = group, None, None
        elif m.kind == "description" and (elided := self._elided_noun(m)) is not None:
            # 'One diplomat said ... Another said ...': another diplomat
            speaker, reason, role = elided, None, None
        elif m.kind == "description":
            # 'the Ohio senator and Republican candidate': one person, named by the first role;
            # 'her advisers and allies': a plural head joins groups, the speaker is all of them
            first = m.name.split(" and ")[0]
            last = first.split()[-1].lower()
            if m.head and last not in (m.head, m.head + "'s") and last.endswith("s"):
                first = m.name
            # 'his spokesperson', 'the country's air force': whose role or body it is
            possessor = self._possessor(m)
            owned = first[possessor[1] :].strip() if possessor is not None else first
            # the role is its words up to its head ("China's ambassador" of "China's ambassador
            # to Britain"): the phrase after the head says where, the holder's role may not
            words = role_words(first)
            # 'a spokesman for the ministry' introduces someone: only a definite role with a
            # phrase after it ('the ambassador to Britain') is a person named in that role
            definite = not self._indefinite(m)
            speaker = None
            if (
                lexicon.title_kind(words[-1].lower()) in ("role", "title")
                and len(words) <= 4
                and (definite or len(words) == len(first.split()))
            ):
                speaker = self._role_person(" ".join(role_words(owned)), m.start, ahead=definite)
            role = m.name if speaker else None
            if speaker is not None and possessor is not None:
                role = self._role_before(speaker, m.start) or owned
            if speaker is None and possessor is not None and owned:
                owner = self._owner(possessor[0], said)
                speaker = f"{possessive(owner)} {owned}" if owner else None
            if speaker is None and definite and _age_epithet(first):
                speaker = self._aged_person(m, first)
                role = (_AGE.sub("", first, count=1).strip() or None) if speaker else None
            if speaker is None:
                speaker = self._group_named(m) or m.name
            reason = None
        else:
            speaker, reason, role = m.name, None, m.role
        if speaker and remember:
            kind, plural = "person" if self._named_person(m, speaker) else m.kind, m.plural
            if m.kind == "description" and role:
                kind = "person"
            if m.kind == "org" and _person_in_apposition(m, speaker):
                kind = "person"
            if m.kind == "pronoun" or antecedent[0] != "person":
                kind, plural = antecedent
            self.speakers.append(
                _Seen(
                    m.start,
                    self.sent_of(m.start),
                    speaker,
                    kind,
                    (m.gender if m.kind == "pronoun" else _own_gender(m, speaker))
                    or self.genders.get(speaker, ""),
                    True,
                    plural,
                    introduced=kind == "description" and self._indefinite(m),
                )
            )
        return speaker, role, reason

    def _aged_person(self, m: SpeakerMention, description: str) -> str | None:
        """The person a definite description by age (:func:`_age_epithet`, ``description`` its
        words) stands for: the nearest main subject of its sentence or the two before ('Paula
        Radcliffe has called for ... The marathon record holder believes ... "...," the
        30-year-old told the paper'), else the speaker of a quotation in the sentence before,
        when no one else comes in between. None, the epithet kept as written, when a wrong
        name is likely: another person named in between outside quotation marks ('Miller told
        reporters ... The younger stars were represented by Emma Watson. The 14-year-old
        said'), or one introduced without a name (:func:`_person_noun`: 'pardoned a teenager
        convicted of theft. The 17-year-old said'); an age the article gives the person that
        is another ('Tom Hale, 70, ... The 45-year-old'); a role after the age that the article
        never gives the person ('hosted the visiting envoy. ... the 70-year-old ambassador')."""
        here = self.sent_of(m.start)
        upto = bisect.bisect_left(self.timeline_chars, m.start)
        between: set[str] = set()
        found: _Seen | None = None
        for s in reversed(self.timeline[max(0, upto - LOOKBACK) : upto]):
            if s.sent < here - 2:
                break
            if s.quoted:
                continue
            if s.subject and s.kind == "person":
                found = s if between <= {s.name} else None
                break
            between.add(s.name)
        if found is None:
            last = self.speakers[-1] if self.speakers else None
            if (
                last is None
                or last.kind != "person"
                or last.char >= m.start
                or last.sent < here - 1
                or not between <= {last.name}
            ):
                return None
            found = last
        if self._unnamed_person_between(found.char, m.start):
            return None
        age = int(re.match(r"\d+", description).group())  # type: ignore[union-attr]
        if self._stated_age(found.name) not in (None, age):
            return None
        role = _AGE.sub("", description, count=1).split()
        if role and not any(
            n == found.name and role[0].lower() in r.lower().split() for _, r, n, _ in self.roles
        ):
            return None
        return found.name

    def _unnamed_person_between(self, lo: int, hi: int) -> bool:
        """Whether a person is introduced without a name between characters ``lo`` and ``hi``
        (:func:`_person_noun`), outside quotation marks and outside a name's own phrase (its
        title, 'Prime Minister Ivo Marek', or apposition, 'Tom Hale, the coach,')."""
        doc = self.doc
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return False
        for t in span:
            if t.idx <= lo or self.quoted[t.i] or not _person_noun(t):
                continue
            if t.dep_ in ("appos", "compound") or t.head.pos_ == "PROPN":
                continue
            return True
        return False

    def _stated_age(self, name: str) -> int | None:
        """The age the article gives person ``name`` in apposition ('Tom Hale, 70,'), else
        None."""
        surname = name.split()[-1] if name.split() else ""
        if not surname:
            return None
        found = re.search(rf"\b{re.escape(surname)},\s+(\d{{1,3}}),", self.doc.text)
        return int(found.group(1)) if found else None

    def _elided_noun(self, m: SpeakerMention) -> str | None:
        """The described speaker a bare quantifier (``m``: 'Another', 'one', 'some' of
        :data:`ELIDED_HEADS`) stands for, its noun left out as the text has just named it:
        the quantifier with the noun of the nearest main-clause subject before it
        (:func:`_main_subject`), within its sentence and the two before, when that subject is a
        described speaker quoted there, counted (:func:`_counted`: 'One Russian diplomat',
        'Several Republican senators', 'Two of his aides', 'Hundreds of protesters') and a noun
        that may name people (:func:`head_class`), with the noun's own words but what counts it
        ('One Russian diplomat said ... Another said' -> 'another Russian diplomat'; 'Two of
        his aides said ... One said' -> 'one of his aides'). None when the quantifier says who
        it is itself ('Another, a U.S. official,'), is no one's ('No one said', 'One could
        argue'), follows a named person, a body ('the army said'), one person ('The president
        said' before 'One said'), a bare plural ('Prosecutors said the two defendants ...': whom
        'one' counts is not said), or when others were counted in between; a plural quantifier
        needs a plural noun."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return None
        word = span[0].lower_
        plural = ELIDED_HEADS.get(word)
        if plural is None or _no_one_or_anyone(span[0]):
            return None
        if any(c.dep_ == "appos" for c in span[0].children) or (
            span.end < len(self.doc) and self.doc[span.end].text == ","
        ):
            return None  # 'Another, a U.S. official, said': it says who it is itself
        lo = self.sents[max(0, self.sent_of(m.start) - 2)].start
        described = [
            (s.char, s.char + len(s.name))
            for s in self.speakers[-LOOKBACK:]
            if s.kind == "description" and s.char >= self.doc[lo].idx
        ]
        for tok in reversed(self.doc[lo : span.start]):
            if tok.pos_ not in _SUBJECT_POS or self.quoted[tok.i] or not _main_subject(tok):
                continue
            counted = _of_object(tok)
            if tok.pos_ in ("NUM", "PRON") and counted is None:
                continue  # 'They said ...', an earlier 'One said ...': the noun is further back
            if tok.pos_ == "PROPN" or (
                counted is None and (tok.lower_ in QUANTIFIERS or tok.lower_ == "others")
            ):
                return None  # 'Senator Lee said ... Another said': of no kind the text names
            if not any(a <= tok.idx < b for a, b in described):
                return None  # 'The talks stalled. Another said ...': no speaker it leaves out
            if counted is not None and (tok.pos_ in ("NUM", "PRON") or _a_count(tok)):
                tok = counted  # 'Hundreds of protesters said', 'One of the envoys said': them
            lemma = tok.lemma_.lower()
            if head_class(lemma) is not None and lexicon.title_kind(lemma) not in ("role", "title"):
                return None  # 'Two bills passed', 'the army said': no people to count one of
            if plural and tok.tag_ != "NNS":
                return None
            if not (counted is not None and tok.i == counted.i) and not _counted(tok):
                # 'The president said ... One said': one person, no kind of many; 'Prosecutors
                # said the two defendants had met. One said ...': a bare plural says too little
                # to be the people the next 'one' counts
                return None
            if tok.tag_ != "NNS" and word != "another":
                return None  # 'A police spokesman said ... One said': one of one
            start = self.sents[self.sent_of(tok.idx)].start
            if any(
                _counted(t) and not self.quoted[t.i]
                for t in self.doc[start : span.start]
                if t.pos_ == "NOUN" and t.i != tok.i and not tok.left_edge.i <= t.i <= tok.i
            ):
                # others counted in its sentence or since ('had treated 40 patients. Most said
                # ...'; 'Two men were arrested, a police spokesman said. One said ...')
                return None
            # its words before it but what counts it ('Several Republican senators' ->
            # 'Republican'), none past a comma; whose they are stays, with 'of' ('The ministry's
            # two spokesmen' -> 'one of the ministry's spokesmen'; 'his aides' -> 'one of his
            # aides'), or goes when one of one is named ('Russia's envoy said ... Another said')
            mods = list(self.doc[tok.left_edge.i : tok.i])
            if any(t.is_punct for t in mods):
                mods = []
            owned = any(t.dep_ == "poss" and t.head.i == tok.i for t in mods)
            if owned:
                mods = [
                    t
                    for t in mods
                    if not (
                        t.head.i == tok.i and (t.dep_ in _COUNTING_DEPS or t.lower_ in QUANTIFIERS)
                    )
                ]
            else:
                while mods and (mods[0].dep_ in _POINTING_DEPS or mods[0].lower_ in QUANTIFIERS):
                    mods = mods[1:]
            words = "".join(t.text_with_ws for t in mods).strip()
            if mods and mods[0].is_sent_start and mods[0].tag_ in ("DT", "PRP$"):
                words = words[:1].lower() + words[1:]  # 'The ministry's ...': 'the ministry's'
            if owned:
                return f"{word} of {words} {tok.text}" if tok.tag_ == "NNS" else None
            noun = tok.text if plural else tok.lemma_
            return " ".join([word, *([words] if words else []), noun])
        return None

    def _group_named(self, m: SpeakerMention) -> str | None:
        """The group a bare plural role noun continues ('Ministers also said ...', 'the
        ministers said' after 'EC foreign ministers meeting here issued ...'): the last
        described speaker before it whose words hold that noun with words that say whose
        (its organisation or state), as a definite role is the person named in it. None when
        ``m`` has modifiers of its own, is no plural of a role or title word
        (``data/quotes/titles.csv``), or no such speaker came before."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) != 1 or self.is_person_name(m.name):
            return None
        word = span.root.lower_
        # the singular: the lemma, else (a capitalised 'Ministers' the tagger calls a name,
        # whose lemma is the word) the lemma of the word read as a common noun
        lemma = span.root.lemma_.lower()
        one = lemma if lemma != word else noun_lemma(self.doc.vocab, word)
        if one == word or lexicon.title_kind(one) not in ("role", "title"):
            return None
        for s in reversed(self.speakers[-LOOKBACK:]):
            words = [w.lower() for w in s.name.split()]
            if s.char < m.start and s.kind == "description" and len(words) > 1 and word in words:
                return s.name if self._org_named(s.char, s.char + len(s.name)) else None
        return None

    def _org_named(self, start: int, end: int) -> bool:
        """Whether the characters ``start``-``end`` hold an organisation's name (an ORG entity:
        'EC' of 'EC foreign ministers'), the body a group of office holders speaks for; a
        state's name or demonym ('Japanese officials') is no organisation."""
        return any(
            e.label_ == "ORG" and start <= e.start_char and e.end_char <= end
            for e in self.tree.ent_spans
        )

    def _indefinite(self, m: SpeakerMention) -> bool:
        """Whether the described speaker ``m`` is an indefinite noun phrase: its head has a
        determiner of :data:`INDEFINITES` ('a spokesman for the ministry', the article is not
        part of ``m.name``)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        return any(c.dep_ == "det" and c.lower_ in INDEFINITES for c in span.root.children)

    def _possessor(self, m: SpeakerMention) -> tuple[Token, int] | None:
        """The possessor that opens the described speaker ``m`` ("his spokesperson": 'his';
        "the country's air force": 'country') and the character offset into ``m.name`` where
        the possessed words start, or None when ``m.name`` opens with no possessive pronoun
        (:data:`POSSESSIVE_PRONOUNS`) or no common noun of a state (:func:`state_nouns`) with
        "'s". Proper-noun possessors ("Russia's envoy") are names already and not taken."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        first = span[0]
        if not m.name.lower().startswith(first.lower_):
            return None  # the name does not open with the span's first word
        if first.lower_ in POSSESSIVE_PRONOUNS and first.dep_ == "poss":
            return first, len(first.text)
        if len(span) > 2 and first.lower_ in state_nouns() and span[1].lower_ in ("'s", "\u2019s"):
            return first, span[2].idx - m.start
        return None

    def _owner(self, possessor: Token, said: tuple[int, int] | None) -> str | None:
        """Who the ``possessor`` of a described speaker is: a possessive pronoun's person or
        organisation (the person its clause, written before its main clause, refers ahead to:
        :meth:`_fronted_owner`; else as the pronoun it stands for resolves, :meth:`_pronoun`), a
        state noun's country (the last country named before it, :meth:`_last_country`); None
        when unknown."""
        if possessor.lower_ in state_nouns():
            return self._last_country(possessor.idx)
        if possessor.lower_ in ("his", "her") and (ahead := self._fronted_owner(possessor)):
            return ahead
        if (bound := self._bound_owner(possessor)) is not None:
            return bound
        pron = POSSESSIVE_PRONOUNS[possessor.lower_]
        _, _, gender = lexicon.pronouns().get(pron, ("3", "", ""))
        as_pronoun = SpeakerMention(
            possessor.text,
            possessor.idx,
            possessor.idx + len(possessor.text),
            "pronoun",
            possessor.text,
            None,
            gender if gender in ("m", "f") else "",
            pron,
        )
        owner, _, _ = self._pronoun(as_pronoun, said)
        if owner is not None and gender in ("m", "f") and self._contested(owner, possessor, gender):
            return None
        return owner

    def _bound_owner(self, possessor: Token) -> str | None:
        """The owner a possessive pronoun is bound to by its own clause (:func:`binding_subject`:
        "Scott's relatives watched the videos, according to their attorneys" → "Scott's
        relatives") when that subject agrees with it: 'his'/'her' a person of that gender or
        of none known (the timeline's person, canonical), 'their' a plural noun or subjects
        joined by 'and', 'its' a singular noun that names no person. None otherwise."""
        sub = binding_subject(possessor)
        if sub is None or sub.lower_ in lexicon.pronouns():
            return None
        ent = self.ents[sub.i]
        person = (ent is not None and ent.label_ == PERSON) or self.is_person_name(sub.text)
        pron = possessor.lower_
        if pron in ("his", "her"):
            at = bisect.bisect_right(self.timeline_chars, sub.idx) - 1
            if not person or at < 0 or self.timeline[at].char < sub.left_edge.idx:
                return None
            seen = self.timeline[at]
            known = seen.gender or self.genders.get(seen.name, "")
            return seen.name if known in ("", "m" if pron == "his" else "f") else None
        plural = sub.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in sub.children)
        if plural != (pron == "their") or (person and pron == "its"):
            return None
        found = mention_of(sub, self.tree)
        return found.name if found is not None else None

    def _contested(self, owner: str, possessor: Token, gender: str) -> bool:
        """Whether a person other than ``owner`` who may be what 'his'/'her' (``gender``) means
        is named, outside quotation marks, after ``owner``'s last mention (by name, or as a
        speaker a pronoun stood for) and within the possessor's sentence or the one before
        ("Jordan said ... The panel held Pagliano in contempt. His lawyer said ...": Jordan or
        Pagliano), while ``owner`` is no main clause's subject or speaker there ("Navalny is a
        critic of Putin, and his associates said": Navalny): the owner is a guess, and the
        phrase stays as written."""
        here = self.sent_of(possessor.idx)
        pos = possessor.idx
        last = max(
            (s.char for s in self.speakers[-LOOKBACK:] if s.name == owner and s.char < pos),
            default=-1,
        )
        upto = bisect.bisect_left(self.timeline_chars, pos)
        near = [s for s in self.timeline[max(0, upto - LOOKBACK) : upto] if s.sent >= here - 1]
        spoke = [s for s in self.speakers[-LOOKBACK:] if s.char < pos and s.sent >= here - 1]
        if any(s.name == owner and s.subject for s in near + spoke):
            return False  # a speaker is its clause's subject ("He has denied ...")
        last = max([last, *(s.char for s in near if s.name == owner)])
        return any(
            s.char > last
            and s.name != owner
            and not s.quoted
            and (s.gender or self.genders.get(s.name, "")) in ("", gender)
            for s in near
        )

    def _fronted_owner(self, possessor: Token) -> str | None:
        """The person a possessive pronoun refers ahead to when its clause is written before its
        main clause ("Before his spokesperson dismissed the idea, Putin told a reporter ..." →
        Putin): the main clause's subject, a person's name (canonical), else None. The same
        reading as the statements layer's country of such a speaker
        (:meth:`parley.extract.statements.context.DocContext._cataphoric_owner`)."""
        for c in fronted_clause_subjects(possessor):
            ent = self.ents[c.i]
            if ent is not None and ent.label_ == PERSON:
                return self.canonical(ent.text, ent.start_char)
            if self.is_person_name(c.text):
                return self.canonical(c.text, c.idx)
        return None

    def _last_country(self, pos: int) -> str | None:
        """The name of the last country named (a place entity, :func:`lookup_place`) before
        character ``pos`` within :data:`PRONOUN_WINDOW_SENTS` sentences, as the tables name it;
        None when there is none."""
        lo = self.sent_of(pos) - PRONOUN_WINDOW_SENTS
        for ent in reversed(self.tree.ent_spans):
            if ent.start_char >= pos or ent.label_ != "GPE":
                continue
            if self.sent_of(ent.start_char) < lo:
                break
            place = lookup_place(ent.text, None)
            if place is not None and place.kind == "country":
                return place.name
        return None

    def _role_before(self, person: str, pos: int) -> str | None:
        """The role the text last gave ``person`` before character ``pos`` ("Foreign Minister"
        of "Foreign Minister Ana Lopes ... she said"), or None: a pronoun's quotation carries
        its person's role as a named one does."""
        return next((role for p, role in reversed(self.role_of.get(person, ())) if p < pos), None)

    def _people_together(self, m: SpeakerMention) -> str | None:
        """The people a group word ('the leaders', 'the two', 'both sides') stands for, named by
        the first of them as 'they' is: the last speaker quoted with others joined by 'and'
        ('Anna Berg and Tom Hale said ...'), else the last sentence within
        :data:`PRONOUN_WINDOW_SENTS` that names two or more people ('Berg met Hale in Oslo'), by
        its first main-clause subject, else by the first person it names. None when no such
        people come before ``m``."""
        here = self.sent_of(m.start)
        lo = here - PRONOUN_WINDOW_SENTS
        for s in reversed(self.speakers[-LOOKBACK:]):
            if s.sent < lo:
                break
            if s.char < m.start and s.plural and s.kind == "person":
                return s.name
        upto = bisect.bisect_left(self.timeline_chars, m.start)
        by_sent: dict[int, list[_Seen]] = {}
        for s in reversed(self.timeline[max(0, upto - LOOKBACK) : upto]):
            if s.sent < lo:
                break
            by_sent.setdefault(s.sent, []).insert(0, s)
        for sent in sorted(by_sent, reverse=True):
            people = by_sent[sent]
            if len({p.name for p in people}) >= 2:
                return next((p.name for p in people if p.subject), people[0].name)
        return None

    def _adverbial_subject(self, m: SpeakerMention) -> Token | None:
        """The token of the one-word mention ``m`` when it is the subject of an adverbial clause
        that hangs on another clause of its sentence ('... was wrong when *he* said'); else None."""
        toks = self.doc.char_span(m.start, m.end)
        if toks is None or len(toks) != 1:
            return None
        tok = toks[0]
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head.i == verb.i:
            return None
        return tok

    def _main_clause_subject(self, m: SpeakerMention, plural: bool) -> str | None:
        """What the pronoun ``m`` ('they' when ``plural``, else 'it') stands for when it is the
        subject of an adverbial clause of its own sentence whose main clause has a subject of
        the same number before it ('Dozens of farmers were fined because they criticized the
        tax': the farmers; 'The union was fined after it denounced the law'): the pronoun is
        bound there, not to the last group quoted. A person's name as that subject is left to
        the person rules (a 'they' then means someone else). None otherwise."""
        tok = self._adverbial_subject(m)
        if tok is None:
            return None
        verb = tok.head
        for sub in verb.head.children:
            if (
                sub.dep_ not in ("nsubj", "nsubjpass")
                or sub.i > tok.i
                or sub.lower_ in lexicon.pronouns()
            ):
                continue
            ent = self.ents[sub.i]
            if ent is not None and ent.label_ == PERSON:
                return None
            fits = sub.tag_ in ("NNS", "NNPS") if plural else sub.tag_ in ("NN", "NNP")
            found = mention_of(sub, self.tree) if fits else None
            return found.name if found is not None else None
        return None

    def _clause_subject_person(self, m: SpeakerMention) -> _Seen | None:
        """The person the pronoun ``m`` ('he'/'she') is bound to when it is the subject of an
        adverbial clause ('when', 'as', 'after', 'because') of its own sentence whose governing
        clause has a person's name as subject before it: 'President Anna Berg was wrong when
        she said ...', 'Tom Hale smiled as he said ...' (the timeline's person in that subject),
        whether or not that clause is itself reported ('..., officials said'). The same binding
        :meth:`_main_clause_subject` makes for 'they'/'it'. None otherwise (the caller checks
        gender)."""
        tok = self._adverbial_subject(m)
        if tok is None:
            return None
        verb = tok.head
        if not finite_clause(verb.head):
            return None  # 'with Weaver standing behind him as he urged ...': no clause's subject
        for sub in verb.head.children:
            if sub.dep_ not in ("nsubj", "nsubjpass") or sub.i > tok.i:
                continue
            # the person the timeline has last in the subject up to its head word ('Prime
            # Minister Anna Berg'), none of its relative clause or apposition
            at = bisect.bisect_right(self.timeline_chars, sub.idx) - 1
            if at >= 0 and self.timeline[at].char >= sub.left_edge.idx:
                return self.timeline[at]
            return None
        return None

    def _joined_subject(self, m: SpeakerMention) -> str | None:
        """The people a 'they' (``m``) stands for when no group was quoted or is the previous
        sentence's main subject: the nearest subject before it, in its own sentence or the one
        before, that joins names by 'and' ('As Anna Berg and Tom Hale toured the region, ...,
        they said'; 'Berg and Hale, a Sarasota Republican, argued ...'), named as 'they' names
        such people, by the first (canonical). None when there is no such subject."""
        here = self.sent_of(m.start)
        lo = self.sents[here - 1].start if here >= 1 else self.sents[here].start
        doc = self.doc
        for tok in reversed(doc[lo : self.sents[here].end]):
            if tok.idx >= m.start or tok.dep_ not in SUBJECT_DEPS or self.quoted[tok.i]:
                continue
            if not joined_names(tok, self.tree):
                continue
            found = mention_of(tok, self.tree)
            if (
                found is None
                or found.kind != "person"
                and not self._named_person(found, found.name)
            ):
                continue
            return self.canonical(found.name, found.start, found.title_gender, found.role or "")
        return None

    def _opens_sentence(self, m: SpeakerMention) -> bool:
        """The one-word mention ``m`` opens its sentence: only conjunctions, adverbs and
        punctuation stand before it ('And they insisted', 'They also said'; not 'Within
        marriages, they said, ...')."""
        toks = self.doc.char_span(m.start, m.end)
        if toks is None or len(toks) != 1:
            return False
        tok = toks[0]
        return all(t.pos_ in OPENER_POS for t in self.doc[tok.sent.start : tok.i])

    def _group_subject(self, m: SpeakerMention, plural: bool) -> tuple[str, int, bool] | None:
        """The subject of the previous sentence's main clause when it can be what 'they' (a plural
        noun, a group) or 'it' (an organisation) stands for: 'Twenty states sued. They argue ...'.
        When that subject is the same pronoun, what it stands for, up to :data:`GROUP_CHAIN`
        sentences back. Returns (its name, its character offset, whether it may speak:
        :func:`not_a_speaker` finds no reason against it), or None."""
        here = self.sent_of(m.start)
        if (here, plural) not in self._groups:
            self._groups[here, plural] = self._find_group_subject(here, plural)
        return self._groups[here, plural]

    def _find_group_subject(
        self, here: int, plural: bool, chained: int = 0
    ) -> tuple[str, int, bool] | None:
        sents = self.sents
        if here < 1 or here >= len(sents):
            return None
        for tok in sents[here - 1]:
            if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
                continue
            if tok.lower_ in lexicon.pronouns():
                if tok.lower_ == ("they" if plural else "it") and chained < GROUP_CHAIN:
                    # 'Critics ... see it as a chance. They sent a letter ... "...," they
                    # wrote': the same pronoun as the sentence's subject before continues
                    # what that one stands for
                    return self._find_group_subject(here - 1, plural, chained + 1)
                continue
            ent = self.ents[tok.i]
            if ent is not None and ent.label_ == PERSON:
                return None
            fits = tok.tag_ in ("NNS", "NNPS") if plural else tok.tag_ in ("NN", "NNP")
            if ent is not None and ent.label_ in ("ORG", "NORP", "GPE"):
                fits = fits or not plural or ent.label_ == "NORP"
            if plural and tok.pos_ == "NOUN" and any(c.dep_ == "conj" for c in tok.children):
                fits = True  # 'His family, friends and employees talked ...': nouns joined
            found = mention_of(tok, self.tree) if fits else None
            if found is None:
                return None
            return found.name, found.start, not_a_speaker(found) is None
        return None

    @staticmethod
    def _gendered_description(s: _Seen, gender: str) -> bool:
        """Whether a described speaker is a person of ``gender`` a pronoun can continue: its
        role word gives that gender (:func:`.mentions.gender_of`: "spokeswoman", "chairman")
        and a phrase after it says whose ("spokeswoman for David Cameron", "chairman of the
        committee", "spokesman at the embassy") or an indefinite article brought the person in
        ("A Labour spokesman denied ..."). A definite role alone ("the businessman", "the
        longtime adviser") is often a named person's second mention, not a new person."""
        return (
            s.kind == "description"
            and bool(gender)
            and s.gender == gender
            and (s.introduced or _whose(s.name))
        )

    def _pronoun(
        self, m: SpeakerMention, said: tuple[int, int] | None = None
    ) -> tuple[str | None, str | None, tuple[str, bool]]:
        """(speaker, reason-if-unresolved, (kind, plural) of what it stands for) of the pronoun
        mention ``m``: 'he'/'she' stand for a person; 'they'/'it' for the group, organisation or
        persons joined by 'and' they take, so that a following 'they'/'it' takes it again ('It
        said ... It added ...')."""
        pron = m.pronoun or m.name.lower()
        person, number, gender = lexicon.pronouns().get(pron, ("3", "", ""))
        none = ("person", False)
        if person == "1":
            return None, f"first-person '{m.text}': the writer or an unnamed speaker", none
        if person == "2":
            return None, f"second-person '{m.text}'", none
        here = self.sent_of(m.start)
        lo = here - PRONOUN_WINDOW_SENTS
        if number == "pl" or gender == "n":
            bound = self._main_clause_subject(m, plural=number == "pl")
            if bound is not None:
                return bound, None, ("description", number == "pl")
            group = self._group_subject(m, plural=number == "pl")
            # 'they': the nearest speaker before it in the text, not the last one found: a
            # report nested in another ('Britain called for a debate, diplomats said') is found
            # after the one it is nested in, though its speaker is written first. 'it' keeps
            # the order found, whose last body is the one that spoke ('The government said it
            # would ..., analysts said. It would also ..., it said': the government)
            seen = self.speakers[-LOOKBACK:]
            if number == "pl":
                seen = sorted(seen, key=lambda s: s.char)
            for s in reversed(seen):
                if (
                    s.char < m.start
                    and s.sent >= lo
                    and (s.kind in ("org", "description") or (s.plural and number == "pl"))
                ):
                    if (
                        group is not None
                        and group[2]
                        and group[1] > s.char
                        and self._opens_sentence(m)
                    ):
                        # 'Verizon said ... Workers objected to the move. They also said ...';
                        # 'The witness said ... The report also gave details. It said ...': a
                        # 'they'/'it' that opens its sentence continues the subject of the
                        # sentence before when it was named after the last group quoted (a
                        # 'they said' set inside what is said continues the source quoted)
                        return group[0], None, ("description", number == "pl")
                    return s.name, None, (s.kind, s.plural)
            if group is not None:
                return group[0], None, ("description", False)
            if number == "pl" and (people := self._joined_subject(m)) is not None:
                return people, None, ("person", True)
            return None, f"'{m.text}' has no group or organisation speaker before it", none

        def ok(s: _Seen) -> bool:
            g = s.gender or self.genders.get(s.name, "")
            return s.char < m.start and s.sent >= lo and (not g or not gender or g == gender)

        # the persons named before the pronoun within the window, nearest first
        upto = bisect.bisect_left(self.timeline_chars, m.start)
        near: list[_Seen] = []
        for s in reversed(self.timeline[max(0, upto - LOOKBACK) : upto]):
            if s.sent < lo:
                break
            if not (s.quoted and said is not None and said[0] <= s.char < said[1]):
                near.append(s)
        # salience: a person who was the subject of this or the previous sentence, after the last
        # speaker was named; else the last person quoted; else the last subject; else anyone named
        # a described speaker whose own words give the pronoun's gender and say who they are
        # ("A spokeswoman for David Cameron said ... she told reporters") is a person too: the
        # one the pronoun continues; a bare epithet ("the businessman replied") is a named
        # person's second mention, not a new person
        last_quoted = next(
            (
                s
                for s in reversed(self.speakers[-LOOKBACK:])
                if ok(s)
                and (
                    s.kind == "person"
                    # one brought in indefinite, only from the sentence before and with no
                    # person named after it: someone else may come in ('A government spokesman
                    # said ... The opposition leader disagreed. "...," he said'; 'A police
                    # spokesman said ..., although organiser John Pike disputed ...')
                    or (
                        self._gendered_description(s, gender)
                        and (
                            not s.introduced
                            or _whose(s.name)
                            or (s.sent >= here - 1 and not any(p.char > s.char for p in near))
                        )
                    )
                )
            ),
            None,
        )
        # bound: the subject of the clause the pronoun's adverbial clause belongs to, unless its
        # gender is unknown and another person of the sentence has the pronoun's ('Chris Lund
        # called Anna Berg a disgrace after she ...')
        bound = self._clause_subject_person(m)
        if bound is not None and ok(bound):
            known = bound.gender or self.genders.get(bound.name, "")
            if (
                known
                or not gender
                or not any(
                    s.sent == here
                    and s.name != bound.name
                    and (s.gender or self.genders.get(s.name, "")) == gender
                    for s in near
                )
            ):
                return bound.name, None, none
        for s in near:
            if s.subject and ok(s) and s.sent >= here - 1:
                if last_quoted is None or s.char > last_quoted.char:
                    return s.name, None, none
                if _subordinate_speaker(last_quoted, s, near):
                    return s.name, None, none
                break
        if last_quoted is not None:
            return last_quoted.name, None, none
        for s in near:
            if s.subject and ok(s):
                return s.name, None, none
        for s in near:
            if ok(s):
                return s.name, None, none
        # nobody within the window: the article's last person quoted, however far back
        for s in reversed(self.speakers[-LOOKBACK:]):
            g = s.gender or self.genders.get(s.name, "")
            if s.kind == "person" and s.char < m.start and (not g or not gender or g == gender):
                return s.name, None, none
        # no person named at all: one person described, not named, quoted in the pronoun's
        # sentence or the one before ('A senior IMF official said ... The official said ...
        # "...," he said'); not across a sentence between, where someone else may come in ('The
        # opposition leader disagreed'), nor one a pronoun of the other gender already took;
        # a body or group quoted in between ('the fund would warn') is no person it skips
        for s in reversed(self.speakers[-LOOKBACK:]):
            if s.char >= m.start or s.sent < here - 1:
                continue
            if s.kind != "description" or s.plural or not _one_person(s.name):
                if s.kind == "person":
                    break
                continue
            if ok(s) and not (
                gender
                and any(o.name == s.name and o.gender not in ("", gender) for o in self.speakers)
            ):
                return s.name, None, none
            break
        return None, f"pronoun '{m.text}' has no person before it", none
