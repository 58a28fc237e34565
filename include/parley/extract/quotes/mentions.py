"""Speaker mentions: from the subject token of a reporting verb to the speaker as written, split
into name and role (after the Gender Gap Tracker's quote extractor and citron).

:func:`mention_of` reads the noun phrase of the subject token: ``Kremlin spokesperson Dmitry
Peskov`` → name ``Dmitry Peskov``, role ``Kremlin spokesperson``; ``Dmitry Peskov, the Kremlin
spokesperson,`` (apposition) the same; ``the Polish armed forces operational command`` is an
organisation or description kept whole; ``he``/``she``/``they`` are pronouns; ``who`` is replaced
by the noun its clause modifies. :mod:`.speakers` resolves the mention to a speaker. The parse is
read through :class:`.tree.ParseTree` (its children lists and bounded subtrees), so one mention
costs the same however long the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parley.extract import lexicon
from parley.extract.actors import written_as_abbreviation
from parley.extract.doctext import doc_text
from parley.extract.names import (
    HYPHENS,
    MAX_TAIL_NAME_TOKENS,
    POST_NOMINALS,
    hyphen_joined,
    is_title_word,
    name_tokens,
    post_nominal,
    title_gender,
    titled_name_start,
)
from parley.extract.syntax import SUBJECT_DEPS, is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from parley.extract.quotes.tree import ParseTree

PERSON = "PERSON"
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
PLACE_LABELS = ("GPE", "LOC", "FAC")  # a name the model calls a place is no person's
NAME_DEPS = {"compound", "flat", "flat:name"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "case", "nummod", "punct", "npadvmod", "det"}
# a time or place word the parser hangs on an unnamed source ('Clinton defenders today',
# 'proponents of the law here'): part of its description when it follows the noun directly
ADVERBIAL_DEPS = ("npadvmod", "advmod")
# the denominator of a share the parser hangs on its number ('two-thirds of voters': 'thirds' a
# quantmod of 'two'), and the adverbial words above: part of a description after its head
SHARE_DEPS = ("quantmod", *ADVERBIAL_DEPS)
MAX_DESCRIPTION_TAIL = 30  # tokens of 'of/for/who ...' kept after the head of an unnamed source (PolNeAR keeps the whole describing phrase)
# bounds that keep a mention's cost constant whatever the parse (far above real noun phrases)
MAX_MODIFIERS = 20  # title and role words before a name
MAX_NAME_TOKENS = 8  # proper nouns compounded into one name
MAX_PHRASE_TOKENS = 40  # an apposition or a describing phrase
MAX_CLAUSE_TOKENS = 300  # a noun phrase with its clauses
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_EDGE = " \t\n,;:.\"'\u2018\u2019\u201c\u201d()[]-\u2014\u2013"
# a word written as dotted initials ("U.S.", "U.N.", "U.K.", "D.C."): its last point is part of
# the word, not punctuation at the mention's edge
_DOTTED_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,}$")


@dataclass
class SpeakerMention:
    """A speaker as written, split into name and role."""

    text: str  # the name (or pronoun, or description) as written in the document
    start: int  # character offsets of ``text``
    end: int
    kind: str  # person | org | description | pronoun
    name: str  # ``text`` without titles, possessive or leading article
    role: str | None = None
    gender: str = ""  # m | f | "" (unknown)
    pronoun: str | None = None  # lower-cased pronoun for kind == "pronoun"
    plural: bool = False  # a person with others joined by 'and' ('Ann Lee and Tom Hale'): 'they'
    head: str = ""  # lower-cased lemma of the head noun of a description ("officials")
    head_pos: str = ""  # its coarse part of speech (NOUN, NUM, DET, ...)
    head_lower: bool = False  # the head is written in lower case (a common noun, not a name)
    # the gender the mention's own honorific or title words give ('Mr.', 'Mrs.', 'congresswoman'),
    # never a given name's: what tells 'Mr. Obama' from Michelle Obama (names.PersonNames.person)
    title_gender: str = ""
    # spaCy's entity label of the head token ("LAW" for "the United States Constitution", "LOC"
    # for "the Red Sea"), "" outside an entity: what tells a thing from someone
    label: str = ""


def _own_title(tokens: list[Token]) -> list[Token]:
    """The words of a role that are the named person's own: in a joint subject ("Secretary
    Blinken and Foreign Minister Wong") the words before the last "and" that joins in another
    person's name are that person's ("Secretary Blinken"), not a part of this one's title;
    "Minister of Foreign Affairs and Trade" keeps its "and" (no name before it)."""
    cut = max((k for k, t in enumerate(tokens) if t.dep_ == "cc"), default=None)
    if cut is None or not any(t.ent_type_ == PERSON for t in tokens[:cut]):
        return tokens
    return _strip_edges(tokens[cut + 1 :])


def _strip_edges(tokens: list[Token]) -> list[Token]:
    """``tokens`` without punctuation, determiners and case markers at their edges; a percent
    sign after a number is a share, not punctuation ('70% said': '70%', not '70')."""
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("det", "predet", "case")):
        tokens = tokens[1:]
    while tokens and (
        (tokens[-1].is_punct and not _percent(tokens[-1])) or tokens[-1].dep_ in ("case", "cc")
    ):
        tokens = tokens[:-1]
    return tokens


def _percent(tok: Token) -> bool:
    """A percent sign after a number ('70%')."""
    return tok.text == "%" and tok.i > 0 and tok.doc[tok.i - 1].like_num


def _text(doc: Doc, tokens: list[Token]) -> tuple[str, int, int] | None:
    """Text and character offsets of the contiguous run from the first to the last token."""
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    # the span's text, cut from the document's text read once (``Span.text`` joins its tokens)
    text = doc_text(doc)[start:end]
    # trim a possessive and edge punctuation, keeping offsets exact
    m = _POSSESSIVE.search(text)
    if m and len(text) > 2:
        end -= len(m.group(0))
        text = text[: m.start()]
    # the point that ends dotted initials is the word's own ("the U.S. opposed": "U.S.", not "U.S")
    last = tokens[-1].text
    own_point = _DOTTED_INITIALS.match(last) is not None
    while text and text[-1] in _EDGE and not (own_point and text.endswith(last)):
        text, end = text[:-1], end - 1
    while text and text[0] in _EDGE:
        text, start = text[1:], start + 1
    return (text, start, end) if text else None


def gender_of(words: list[str], name: str | None = None) -> str:
    """A gender from honorifics, titles or gendered role words among ``words``, else from the
    given name (the first word of ``name``; a surname such as 'Scott' says nothing), else ''.
    A role word in '-man' yields to a given name of a woman: news writing gives it to women too
    ('Government spokesman Anna Lind', 'chairman Janet Yellen'), while '-woman' and honorifics
    ('Mrs.', 'King') say who the holder is."""
    if found := title_gender(words, ("honorific", "title")):
        return found
    role = title_gender(words, ("role",))
    given = name.split()[0].lower() if name and name.split() else ""
    by_name = lexicon.given_names().get(given) or ""
    if role == "m" and by_name == "f":
        return by_name
    return role or by_name


# words that end a role's own words: a preposition or relative word after its head opens a phrase
# about someone or something else ('a surrogate for Mr. Sanders', 'the widow of Mr. Hale')
ROLE_TAIL_OPENERS = frozenset(
    ("for", "of", "at", "to", "in", "with", "from", "on", "by", "under", "who", "whose", "that")
)


def role_head_words(role: str | None) -> list[str]:
    """The words of ``role`` up to the first word of :data:`ROLE_TAIL_OPENERS` after its first
    word: the words that tell the role holder's own gender ('a prominent surrogate for Mr.
    Sanders' -> ['a', 'prominent', 'surrogate']; 'the chairwoman of the board' ->
    ['the', 'chairwoman']); [] for no role."""
    words = (role or "").split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in ROLE_TAIL_OPENERS), None)
    return words[:cut] if cut is not None else words


def _inverted_cue(tok: Token) -> bool:
    """A reporting verb (:func:`parley.extract.syntax.is_cue_verb`) right after a closing quote
    mark or comma: the cue of an inverted frame ('"…," tweeted Rubio spokesman Alex Conant'),
    which the parser may take for a modifier of the name; the role is 'Rubio spokesman'."""
    return (
        tok.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        and tok.i > 0
        and (tok.nbor(-1).is_quote or tok.nbor(-1).text == ",")
        and is_cue_verb(tok)
    )


def _left_modifiers(head: Token, stop: int, tree: ParseTree, floor: int = 0) -> list[Token]:
    """Contiguous modifiers left of ``stop`` in ``head``'s subtree (no comma crossing, no
    reporting verb of an inverted frame, :func:`_inverted_cue`), none that starts before
    character ``floor``."""
    doc = head.doc
    out: list[Token] = []
    i = stop - 1
    while i >= 0 and stop - i <= MAX_MODIFIERS and tree.descends(i, head.i):
        t = doc[i]
        if t.idx < floor:
            break
        if t.text in (",", ";", ":", "(", ")", "\u2014", "\u2013", "\n") or t.is_space:
            break
        if _inverted_cue(t):
            break
        out.append(t)
        i -= 1
    return _strip_edges(list(reversed(out)))


def _person_tokens(ent: Span) -> tuple[list[Token], list[Token]]:
    """(title tokens, name tokens) of a PERSON entity (its name repaired as
    :func:`parley.extract.names.name_tokens` does): leading title words
    (:func:`parley.extract.names.is_title_word`, as names split them) are split off."""
    toks = [t for t in name_tokens(ent) if not t.is_space]
    titles: list[Token] = []
    while len(toks) > 1 and is_title_word(toks[0].text):
        titles.append(toks.pop(0))
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "case"):
        toks.pop()
    return titles, toks


_REGNAL_NUMBER = re.compile(r"^[IVXL]+$")  # 'Charles III', 'Abdullah II'


def _given_name_title(name_toks: list[Token], before: list[Token]) -> Token | None:
    """The title among ``before`` written right before ``name_toks`` when it is a title written
    before a given name alone (``given_name`` column of ``data/quotes/titles.csv``: King, Pope,
    Sheikh, ...) and the name is that single given name, a regnal number allowed after it:
    'Pope Francis', 'King Charles III' are the person's name as news writes it, not a title and
    a bare 'Francis'. None otherwise ('Sheikh Mohammed bin Zayed': the name stands alone)."""
    words = [t for t in name_toks if not _REGNAL_NUMBER.match(t.text)]
    if len(words) != 1 or words[0].i != name_toks[0].i:
        return None
    prev = [t for t in before if t.i == name_toks[0].i - 1]
    if prev and prev[0].is_title and prev[0].lower_ in lexicon.given_name_titles():
        return prev[0]
    return None


def _propn_chain(tok: Token, floor: int = 0) -> list[Token]:
    """``tok`` and the proper nouns compounded to its left (``Foreign Minister Anna Berg``), none
    that starts before character ``floor``. A hyphen written without spaces between two proper
    nouns joins them into one word (``JEAN-PIERRE``, ``Kelleher-Vergantini``: the tokenizer
    splits a hyphenated surname in three), so the surname stays whole."""
    doc = tok.doc
    i = tok.i
    while i - 1 >= 0 and doc[i - 1].idx >= floor and tok.i - i < MAX_NAME_TOKENS:
        if hyphen_joined(doc, i):
            i -= 2
            continue
        if not (
            doc[i - 1].pos_ == "PROPN"
            and doc[i - 1].dep_ in NAME_DEPS
            and doc[i - 1].head.i <= tok.i
        ):
            break
        i -= 1
    return list(doc[i : tok.i + 1])


# what starts the phrase naming an organisation's branch or seat ('the ACLU of Ohio', 'the Court
# of Appeals for the 6th Circuit', 'the Red Cross in Geneva'), and the longest such phrase
BRANCH_PREPOSITIONS = ("of", "for", "in", "at")
MAX_BRANCH_TOKENS = 10


def _branch_of(name: list[Token], tree: ParseTree) -> list[Token]:
    """The phrase right after an organisation's name that says which branch or seat of it speaks
    ('the American Civil Liberties Union [of Ohio]', 'the U.S. Court of Appeals [for the 6th
    Circuit]', 'the Holocaust Memorial Museum [in Washington]'), as tokens; [] when there is none.
    The phrase is a preposition of :data:`BRANCH_PREPOSITIONS` hung on the name, whose words are
    all names, numbers or function words (no comma, at most :data:`MAX_BRANCH_TOKENS`):
    PolNeAR's Source span keeps it, and the scorer reads the span's last word."""
    doc = name[-1].doc
    if name[-1].i + 1 >= len(doc):
        return []
    prep = doc[name[-1].i + 1]
    if (
        prep.dep_ != "prep"
        or prep.lower_ not in BRANCH_PREPOSITIONS
        or not name[0].i <= prep.head.i <= name[-1].i
    ):
        return []
    sub = tree.subtree(prep, MAX_BRANCH_TOKENS)
    if not sub or sub[-1].i - prep.i + 1 != len(sub) or not any(t.pos_ == "PROPN" for t in sub):
        return []
    for t in sub[1:]:
        if t.is_punct and t.text not in (".", "'s", "\u2019s"):
            return []
        if t.is_alpha and t.text[:1].islower() and t.pos_ not in ("ADP", "DET", "CCONJ"):
            return []
    return sub


def _participle_after(name: list[Token], tree: ParseTree) -> list[Token]:
    """The past participle's phrase right after a named document ('a Gallup Poll [taken last
    week]', 'a Suffolk University Poll [released Sunday]') that says which one it is, as tokens,
    or []: hung on the name as ``acl``, tagged VBN, no comma, at most
    :data:`MAX_BRANCH_TOKENS` words. PolNeAR's Source span keeps it. The caller asks for it
    when the name's head is a document noun (``data/quotes/speaker_heads.csv`` class
    ``document``: poll, survey, report)."""
    doc = name[-1].doc
    if name[-1].i + 1 >= len(doc):
        return []
    verb = doc[name[-1].i + 1]
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not name[0].i <= verb.head.i <= name[-1].i:
        return []
    sub = tree.subtree(verb, MAX_BRANCH_TOKENS)
    if not sub or sub[0].i != verb.i or any(t.text in ",;:(" for t in sub):
        return []
    return sub


def _appos_person(tok: Token, tree: ParseTree) -> Token | None:
    """The person named in apposition to the description ``tok`` ('Russia's envoy, Ivan Sokol,'),
    as the root token of the name, or None. Two parses count: the name as an ``appos`` child of
    ``tok``; and a person set off by commas right after a clause that modifies ``tok`` ('The editor
    I spoke to, Tim Grieve, said'), which the parser hangs on that clause's verb; and, for a
    singular ``tok``, a name hung on the body after its first preposition ('A spokesman for the
    European Commission, Eric Mamer,'). A name hung on a person's noun or after a plural ('aides
    to the mayor, Tom Hale,') is that noun's, not the subject's."""
    ents = tree.ents
    appositions = [
        c for c in tree.children(tok) if c.dep_ == "appos" and not _colon_between(tok, c)
    ]
    for child in appositions:
        if ents[child.i] is not None and ents[child.i].label_ == PERSON:
            return child
    for child in appositions:
        if _appos_full_name(child, tree):
            return child
    if tok.tag_ in ("NN", "NNP"):
        # 'A spokesman for the European Commission, Eric Mamer,': the parser hangs the name on
        # the body after the preposition; a body is no person, so the name is the spokesman's
        # ('an aide to the mayor, Tom Hale,': Tom Hale is the mayor; 'aides': no one name)
        for prep in tree.rights(tok):
            if prep.dep_ != "prep":
                break
            for obj in tree.children(prep):
                if obj.dep_ != "pobj" or not _body(obj, tree):
                    continue
                for k in tree.children(obj):
                    if k.dep_ == "appos" and ents[k.i] is not None and ents[k.i].label_ == PERSON:
                        return k
            break
    doc = tok.doc
    if (found := _name_after_modifier(tok, tree)) is not None:
        return found
    for child in tree.rights(tok):
        if child.dep_ not in ("relcl", "acl"):
            continue
        for k in tree.children(child):
            ent = ents[k.i]
            if (
                ent is not None
                and ent.label_ == PERSON
                and k.i == ent.root.i
                and ent.start > 0
                and doc[ent.start - 1].text == ","
                and (ent.end >= len(doc) or doc[ent.end].text in (",", ")", "\u2014", "\u2013"))
            ):
                return k
    return None


def _named_body(tok: Token, tree: ParseTree) -> Token | None:
    """The name in apposition to an organisation's class noun ``tok`` ('the newspaper [Trouw]
    reported', 'the group [Human Rights Watch], said'), as the root token of the name, or None.
    ``tok`` must be a lower-case common noun whose kind in ``data/quotes/titles.csv`` is
    ``org_role`` (newspaper, group, agency, party, ...); the name is its ``appos`` child made of
    proper nouns and the words "of", "for", "and", "the" inside a name ('Partnership for
    Responsible Growth'). Two bodies joined in apposition ('the group Human Rights Watch and
    Amnesty International') are no one name: None, and the class noun keeps its description, as
    does a class noun alone ('the newspaper reported'). A person's noun ('the spokesman Tom
    Hale') is :func:`_appos_person`'s."""
    if tok.pos_ != "NOUN" or not tok.is_lower or lexicon.title_kind(tok.lower_) != "org_role":
        return None
    for child in tree.rights(tok):
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        if any(c.dep_ == "conj" for c in tree.rights(child)):
            return None
        phrase = tree.subtree(child, MAX_PHRASE_TOKENS)
        words = [t for t in phrase or () if not t.is_punct]
        if words and all(
            t.pos_ == "PROPN" or t.lower_ in ("of", "for", "and", "the") for t in words
        ):
            return child
    return None


def _colon_between(head: Token, child: Token) -> bool:
    """Whether a colon stands between the tokens ``head`` and ``child`` (either order): what
    follows a colon is a label's content, not an apposition to it nor part of its name. The
    parser hangs the first word of a transcript's turn on its speaker label ('MR PRICE: Said, the
    President ...', 'MS. JEAN-PIERRE: (Laughs.) These are ...'), and the model may tag a headline's
    label with the content's first words as one organisation ('De Blasio: Trust Bratton'); the
    word addressed, the stage direction or the content is not who speaks."""
    lo, hi = sorted((head.i, child.i))
    return any(t.text == ":" for t in head.doc[lo + 1 : hi])


def _appos_full_name(tok: Token, tree: ParseTree) -> bool:
    """``tok`` ends a person's full name in form that the model tagged as no person ('One
    Republican presidential hopeful, [Carly Fiorina]/ORG, says'): the proper nouns compounded
    into it are :func:`_full_name`, and the model does not call it a place (:data:`PLACE_LABELS`).
    Set off by commas after a description, such a name is who the description is."""
    ent = tree.ents[tok.i]
    if ent is not None and ent.label_ in PLACE_LABELS:
        return False
    chain = _propn_chain(tok)
    if ent is not None and (ent.start != chain[0].i or ent.end != tok.i + 1):
        return False  # the model's entity is longer or shorter than the name: not this shape
    return _full_name(chain)


def _name_after_modifier(tok: Token, tree: ParseTree) -> Token | None:
    """The person named, set off by commas, at the end of the singular description ``tok``'s
    phrase when the parser hung the name on a proper noun inside a phrase or clause that
    modifies ``tok`` ('One pastor supporting Mr. Lind, Tomas Hale of Grace Church, said'; 'One
    of Lind's former aides who backs Hale, former mayor Anna Berg, wrote'): two names in
    apposition are no one person, so the name is the description's. The name's phrase must
    close the subject (a comma, then the words after the subject). None otherwise; a name after
    a common noun stays that noun's ('an aide to the mayor, Tom Hale,': Tom Hale is the mayor)."""
    if tok.pos_ not in ("NOUN", "NUM") or tok.tag_ in ("NNS", "NNPS"):
        return None
    sub = tree.subtree(tok, MAX_CLAUSE_TOKENS)
    if not sub:
        return None
    inside = {t.i for t in sub}
    doc, ents = tok.doc, tree.ents
    for t in sub:
        ent = ents[t.i]
        if (
            t.dep_ != "appos"
            or ent is None
            or ent.label_ != PERSON
            or ent.root.i != t.i
            or t.head.i == tok.i
            or t.head.pos_ != "PROPN"
        ):
            continue
        phrase = tree.subtree(t, MAX_PHRASE_TOKENS)
        if not phrase or phrase[0].i < 1 or doc[phrase[0].i - 1].text != ",":
            continue
        end = phrase[-1].i + 1
        if (
            end < len(doc)
            and doc[end].text == ","
            and (end + 1 >= len(doc) or end + 1 not in inside)
        ):
            return t
    return None


def _title_end_person(tok: Token, tree: ParseTree) -> Token | None:
    """The person a title phrase headed by ``tok`` ends with, as the root token of the name,
    or None: the parser makes a long title ('Assistant Secretary of State for Democracy, Human
    Rights and Labor Uzra Zeya') the subject and hangs the name inside its portfolio. The name
    must end the phrase and follow a capitalised word of the title directly; after a
    preposition it is whom the bearer serves ('the spokesman for Uzra Zeya'), not the bearer.
    A name the model tags as a body or leaves untagged counts when it is a full name in form
    (:func:`.names.titled_name_start`, :func:`_full_name`: 'Ambassador to the United Nations
    [Nikki Haley]' ORG, '... and Nonproliferation Eliot Kang' untagged); the token returned is
    then the name's last. A name joined to the title by a conjunction ('The Secretary and King
    Abdullah II') is a second speaker of a joint subject, not the title's bearer: None."""
    if not lexicon.is_person_title(tok.text) or tok.lower_ == tok.text:
        return None
    sub = tree.subtree(tok, MAX_PHRASE_TOKENS)
    if not sub:
        return None
    while sub and (sub[-1].is_punct or sub[-1].is_space):
        sub = sub[:-1]
    ent = tree.ents[sub[-1].i] if sub else None
    if ent is not None and (ent.end - 1 != sub[-1].i or ent.start <= tok.i):
        return None
    if ent is not None and ent.label_ == PERSON:
        first = name_tokens(ent)[0].i
        if _lower_portfolio(tok, first):
            return ent.root  # 'Vice President for news and talk Dave Lund': a title in lower case
    if ent is not None and ent.root.dep_ == "conj" and ent.root.head.i == tok.i:
        return None  # 'The Secretary and King Abdullah II': a second speaker, not the bearer
    if ent is not None and ent.label_ == PERSON:
        first = name_tokens(ent)[0].i
    else:  # 'First Minister of [Scotland Nicola Sturgeon]': a name the model tagged otherwise
        # or left untagged ('... and Nonproliferation Eliot Kang'): the capitalised proper nouns
        # that end the phrase
        run = [t for t in ent if not t.is_space] if ent is not None else _capitalised_tail(sub)
        if not run or run[0].i <= tok.i:
            return None
        k = titled_name_start(run)
        if k is None and not _full_name(run):
            return None
        first = run[k or 0].i
    before = tok.doc[first - 1]
    if before.i <= tok.i or not (before.is_alpha and before.text[:1].isupper()):
        return None
    if before.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON"):
        return None
    return ent.root if ent is not None else run[-1]


PORTFOLIO_PREPS = ("for", "of")  # what opens a title's portfolio ('Vice President for news')
MAX_PORTFOLIO_TOKENS = 8  # 'for news, talk and sport': far above a real portfolio


def _lower_portfolio(title: Token, first: int) -> bool:
    """The words between the title word ``title`` and the name starting at token ``first`` are
    a portfolio written in lower case that the name ends ('Vice President for news and talk
    [Dave Lund]', 'Vice President of research and development [Anna Berg]'): 'for' or 'of'
    right after the title, then only lower-case words, 'and', '&' and commas, ending with a
    word; none a title or role word of ``data/quotes/titles.csv``, a determiner or a pronoun
    ('Secretary of State and [King Abdullah II]', 'Secretary for justice and his deputy [Anna
    Berg]' join a second person; 'the spokesman for [Uzra Zeya]' serves the person named)."""
    doc = title.doc
    run = doc[title.i + 1 : first]
    if not 2 <= len(run) <= MAX_PORTFOLIO_TOKENS or run[0].lower_ not in PORTFOLIO_PREPS:
        return False
    if not (run[-1].is_alpha and run[-1].is_lower):
        return False
    for t in run[1:]:
        if t.lower_ in ("and", "&", ","):
            continue
        if not (t.is_alpha and t.is_lower) or t.pos_ in ("DET", "PRON", "ADP"):
            return False
        if lexicon.is_person_title(t.text) or lexicon.title_kind(t.lower_) is not None:
            return False
    return True


def _capitalised_tail(toks: list[Token]) -> list[Token]:
    """The capitalised alphabetic proper nouns that end ``toks``, at most :data:`MAX_NAME_TOKENS`."""
    k = len(toks)
    while (
        k > 0
        and len(toks) - k < MAX_NAME_TOKENS
        and toks[k - 1].pos_ == "PROPN"
        and toks[k - 1].is_alpha
        and toks[k - 1].text[:1].isupper()
    ):
        k -= 1
    return toks[k:]


def _full_name(toks: list[Token]) -> bool:
    """``toks`` is a person's full name in form, whatever the model tagged it ('[Nikki Haley]'
    ORG after 'Ambassador to the United Nations'): two or three capitalised alphabetic proper
    nouns, not in capitals, the first a given name of ``data/quotes/given_names.csv`` and none a
    title word (:func:`name_in_form`, with a known given name)."""
    return (
        name_in_form(toks)
        and toks[0].lower_ in lexicon.given_names()
        and not any(lexicon.is_person_title(t.text) for t in toks)
    )


def name_in_form(toks: list[Token]) -> bool:
    """``toks`` has the form of a person's full name, whatever its given name: two or three
    capitalised alphabetic proper nouns, not in capitals, none a title word ('Maryam Violet';
    not 'New York Times' of four, not 'GOP')."""
    return 2 <= len(toks) <= MAX_TAIL_NAME_TOKENS and all(
        t.pos_ == "PROPN"
        and t.is_alpha
        and t.text[:1].isupper()
        and not t.is_upper
        and lexicon.title_kind(t.lower_) is None
        for t in toks
    )


def appos_person_role(tok: Token, tree: ParseTree) -> bool:
    """``tok`` has an apposition headed by a person's role or title word
    (``data/quotes/titles.csv``: 'Maryam Violet, an Iranian journalist,'; 'Tom Hale, the
    party chairman,'): what the name is set beside says it names a person, whatever the
    model tagged the name."""
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and lexicon.title_kind(c.lower_) in ("role", "title")
        for c in tree.children(tok)
    )


def _body(tok: Token, tree: ParseTree) -> bool:
    """``tok`` names an organisation or place, not a person: an ORG/GPE/NORP/FAC/LOC entity,
    or a common noun that is no title or role word ('the agency'; not 'the mayor')."""
    ent = tree.ents[tok.i]
    if ent is not None:
        return ent.label_ in ORG_LABELS
    return tok.pos_ == "NOUN" and lexicon.title_kind(tok.lower_) is None


AGE_LABELS = ("DATE", "CARDINAL")  # an apposition that is an age ('Tomas Lind, 58,') is no role


def _age(tok: Token, tree: ParseTree) -> bool:
    """``tok`` heads an age ('58', 'now 81 and retired'): a number or date with no 'of ...'
    after it ('one of the stars of the play' is a role)."""
    ent = tree.ents[tok.i]
    number = tok.tag_ == "CD" or (ent is not None and ent.label_ in AGE_LABELS)
    return number and not any(c.dep_ == "prep" for c in tree.children(tok))


def _appos_role(tok: Token, tree: ParseTree) -> str | None:
    """The role an apposition gives the name ``tok`` ('Tomas Lind, the envoy,' -> 'envoy'), or
    a relative clause set off by a comma that says what the person is or was ('Tomas Lind, who
    was the mayor's envoy,' -> 'the mayor's envoy'), or None: not another person, not an age
    (:func:`_age`)."""
    ents = tree.ents
    for child in tree.children(tok):
        if child.dep_ == "appos" and _age(child, tree):
            continue
        if (
            child.dep_ == "relcl"
            and child.lemma_ == "be"
            and child.i > tok.i + 1
            and tok.doc[tok.i + 1].text == ","
            and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in tree.children(child))
        ):
            child = next((c for c in tree.children(child) if c.dep_ == "attr"), child)
            if child.dep_ != "attr":
                continue
        if child.dep_ in ("appos", "attr") and not (
            ents[child.i] is not None and ents[child.i].label_ == PERSON
        ):
            toks = _strip_edges(tree.subtree(child, MAX_PHRASE_TOKENS) or [])
            if toks and len(toks) <= 12:
                found = _text(tok.doc, toks)
                if found:
                    return found[0]
    return None


def _noun_phrase_head(tok: Token, tree: ParseTree) -> Token:
    """The person a relative 'who' refers to when the parser hung its clause on the last noun of an
    apposition or a prepositional phrase ('Ann Lee, the director at Acme Books, who said ...' →
    Ann Lee, not Acme Books; 'the aunt of the pilot's friend, who said' → aunt): up through
    ``appos`` and ``noun prep pobj`` links to the first person the model names, else to the top
    of the noun phrase."""
    node = tok
    for _ in range(6):  # an apposition and two or three prepositional phrases at most
        ent = tree.ents[node.i]
        if ent is not None and ent.label_ == PERSON:
            return node
        if node.dep_ == "appos" and node.head.i != node.i:
            node = node.head
        elif (
            node.dep_ == "pobj"
            and node.head.dep_ == "prep"
            and node.head.head.pos_ in ("NOUN", "PROPN")
        ):
            node = node.head.head
        else:
            break
    return node


def _joined(head: Token, conj: Token, tree: ParseTree) -> bool:
    """``conj`` is joined to ``head`` by a conjunction right before it or before its modifiers
    ('doctors and medical experts', 'the senator and Republican candidate'): every token between
    the conjunction and ``conj`` modifies ``conj``."""
    doc = head.doc
    i = conj.i - 1
    while i > head.i and doc[i].dep_ != "cc":
        if doc[i].head.i != conj.i or doc[i].is_punct:
            return False
        i -= 1
    return i > head.i and doc[i].dep_ == "cc" and doc[i].head.i in (head.i, conj.i)


# the prepositions that name who put a document out ("a statement by ...", "a report from ...")
ISSUER_PREPS = ("by", "from")
# verbs of putting a document out, whose agent is its issuer ("a statement released by ...");
# "documents reported by The Post", "emails combed through by Vox" name who read them, not who
# wrote them. Written for Parley.
ISSUING_VERBS = ("release", "issue", "publish", "file", "post", "send", "write", "sign")
ISSUING_VERBS += ("submit", "put", "present", "prepare", "draft", "deliver", "conduct")


def _controller(verb: Token, tree: ParseTree) -> Token | None:
    """The subject of ``verb``: its own ``nsubj``, else, for a verb joined by 'and' to another
    ('Berg spoke and released ...') or a participle clause that hangs on another verb ('Berg
    showed no sign of retreat, releasing ...', an ``advcl`` in -ing or -ed), the subject of the
    verb it hangs on (English subject control of a shared or participial clause). None when
    there is none."""
    subject = next((c for c in tree.children(verb) if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    shared = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"))
    if not shared or verb.head.i == verb.i:
        return None
    return next((c for c in tree.children(verb.head) if c.dep_ == "nsubj"), None)


def _document_issuer(tok: Token, tree: ParseTree) -> Token | None:
    """The head token of the issuer a document speaker names in its own phrase, or None: ``tok``
    is a common noun of the ``document`` class of ``data/quotes/speaker_heads.csv`` ("statement",
    "tweet", "report") with a "by"/"from" phrase (:data:`ISSUER_PREPS`: "a tweet on Monday by
    Secretary Mike Pompeo", "a statement from the ministry") or a past participle's agent of
    :data:`ISSUING_VERBS` ("a statement released by Erdogan's office"), or the subject of such
    a verb the document is the object of ("They released a statement which said ...": a
    pronoun too, which the resolver takes to its antecedent): the document says what
    its issuer says, the issuer is the speaker (STATEMENTS_GUIDE, "Speaker"; PolNeAR's source
    span ends in the issuer's name there). A bare document ("the statement said") names none
    here, nor a possessor ("the GOP's complaint to the Board ..."): PolNeAR's source is then
    the document phrase itself."""
    if tok.pos_ != "NOUN" or not tok.is_lower:
        return None
    if lexicon.speaker_heads().get(tok.lemma_.lower()) != "document":
        return None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUING_VERBS:
        # 'They released a statement which said ...': the subject of the verb that put it out
        subject = _controller(tok.head, tree)
        if subject is not None:
            return subject
    for child in tree.children(tok):
        if child.dep_ == "prep" and child.lower_ in ISSUER_PREPS:
            obj = next((c for c in tree.children(child) if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in ISSUING_VERBS:
            for agent in tree.children(child):
                if agent.dep_ == "agent":
                    obj = next((c for c in tree.children(agent) if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    return None


def _numeral_alone(tok: Token) -> bool:
    """Whether ``tok`` is an ordinal standing alone for a noun ("the *second* accused him"):
    spaCy's ORDINAL entity with no modifier or phrase of its own. A cardinal or a share is no
    such word: "three-fourths said", "just over a quarter said" credit a share of the people
    asked (PolNeAR gold names them so), and a year or an amount is never a stand-in. Not a
    group word of ``data/quotes/group_words.csv``."""
    if tok.ent_type_ != "ORDINAL":
        return False
    if any(
        c.dep_ in ("prep", "quantmod", "advmod", "npadvmod")
        or (c.dep_ == "det" and c.lower_ in ("a", "an"))
        for c in tok.children
    ):
        return False
    return tok.lower_ not in lexicon.group_words()


def _numbered_noun(tok: Token, tree: ParseTree) -> Token | None:
    """The noun an ordinal standing alone (:func:`_numeral_alone`) stands for: the
    nearest noun before it, in its sentence or the one before, that a number or ordinal counts
    or orders ("the ministry issued *two statements* ... the second accused him"; "*the first
    letter* ... the second"). None when there is none."""
    sent = tok.sent
    lo = sent.start
    if lo > 0:
        lo = tok.doc[lo - 1].sent.start
    for t in reversed(tok.doc[lo : tok.i]):
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in tree.children(t):
            numeric = c.ent_type_ in ("ORDINAL", "CARDINAL") or c.like_num
            if c.dep_ in ("nummod", "amod") and numeric:
                return t
    return None


def _name_words(toks: list[Token], letters: Token, tree: ParseTree) -> bool:
    """``toks``, before the post-nominal ``letters``, read as a person's name: capitalised
    proper nouns of letters only ('Guy Mansfield'; not 'Mid-Bedfordshire'). After a
    legislator's role (MP, MEP) also the last of them in a PERSON entity or the first a given
    name of ``data/quotes/given_names.csv``, since a place can stand there ('Salford MP'); an
    honour or rank (QC, OBE: ``names.POST_NOMINALS``) follows only a person."""
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in toks):
        return False
    if letters.lower_ in POST_NOMINALS:
        return True
    ent = tree.ents[toks[-1].i]
    return (ent is not None and ent.label_ == PERSON) or toks[0].lower_ in lexicon.given_names()


def _can_issue(m: SpeakerMention) -> bool:
    """Whether the mention after a document's "by"/"from" can have put it out: a name (a person
    or organisation), or a description whose head is a body or a role (``body`` of
    ``data/quotes/speaker_heads.csv`` or a title word: "Erdogan's office", "the foreign
    ministry"); not "evidence from [trade]" nor "a statement by [the two]" (a group word, left to
    the document)."""
    if m.kind in ("person", "org"):
        return True
    return m.kind == "description" and (
        lexicon.speaker_heads().get(m.head) == "body" or lexicon.title_kind(m.head) is not None
    )


def joined_names(tok: Token, tree: ParseTree) -> bool:
    """``tok``, the head of a name, has another name joined to it by a conjunction ('Ann Lee
    and Tom Hale', 'Wilcox and Beruff argued' with surnames the model tags ORG or nothing): a
    person's entity, or a proper noun written in title case. Such a subject is what a later
    'they' stands for (:attr:`SpeakerMention.plural`)."""
    return any(
        c.dep_ == "conj"
        and (
            (tree.ents[c.i] is not None and tree.ents[c.i].label_ == PERSON)
            or (c.pos_ == "PROPN" and c.is_title)
        )
        for c in tree.rights(tok)
    )


def mention_of(tok: Token, tree: ParseTree, floor: int = 0) -> SpeakerMention | None:
    """The speaker mention whose head is the subject token ``tok`` (see the module docstring), or
    None when ``tok`` heads no noun phrase that can speak. No token that starts before character
    ``floor`` becomes part of it: the caller passes the end of the paragraph's dateline, which
    the parser may compound into a title ('LONDON, May 3 - British Foreign Secretary ...': role
    'British Foreign Secretary', not 'May 3 - British Foreign Secretary')."""
    doc = tok.doc
    low = tok.lower_
    # "US" in capitals is the country's short name, not the object pronoun "us"
    pron = None if written_as_abbreviation(tok.text) else lexicon.pronouns().get(low)
    if pron is not None and pron[0] == "rel":
        if tok.head.dep_ in ("relcl", "acl") and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "Smith, who said ..." → Smith
            if low in ("who", "whom", "whose"):
                tok = _noun_phrase_head(tok, tree)
            low = tok.lower_
            pron = lexicon.pronouns().get(low)
        else:
            return None
    if pron is not None and pron[0] != "rel":
        return SpeakerMention(
            tok.text, tok.idx, tok.idx + len(tok.text), "pronoun", tok.text, None, pron[2], low
        )

    if (
        tok.pos_ == "ADP"
        and tok.dep_ in SUBJECT_DEPS
        and tree.ents[tok.i] is None
        and any(c.dep_ == "pobj" for c in tree.rights(tok))
    ):
        # a preposition is never a speaker: the parser read a fronted topic ('Of Hale, Lund,
        # who ..., said') as the subject, with the speaker joined to the topic by a comma (a
        # name the tagger calls a preposition, 'Al From', 'From said', has no object)
        after = _fronted_topic_speaker(tok, tree)
        return mention_of(after, tree, floor) if after is not None else None

    if _numeral_alone(tok):
        # an ordinal is no speaker: the noun it orders is (a document
        # then by its issuer, as below), none when the text gives no such noun
        counted = _numbered_noun(tok, tree)
        return mention_of(counted, tree, floor) if counted is not None else None

    if (issuer := _document_issuer(tok, tree)) is not None:
        found = mention_of(issuer, tree, floor)
        if found is not None and (_can_issue(found) or found.kind == "pronoun"):
            return found

    # a role noun with a person in apposition: "Russia's envoy, Ivan Sokol, said"; a long title
    # that ends in the name: "Assistant Secretary of State for Democracy and Labor Uzra Zeya"
    ent = tree.ents[tok.i]
    appos = title_end = None
    if ent is None or ent.label_ != PERSON:
        appos = _appos_person(tok, tree)
        if appos is None:
            appos = title_end = _title_end_person(tok, tree)
    if appos is None:
        appos = _named_body(tok, tree)
    if appos is not None:
        person = mention_of(appos, tree, floor)
        if person is not None:
            if person.kind == "org" and (title_end is not None or _appos_full_name(appos, tree)):
                # 'Ambassador to the UN [Nikki Haley]', 'hopeful, [Carly Fiorina],' tagged ORG
                person.kind = "person"
            appos_ids = set(tree.subtree_ids(appos) or ())
            if title_end is not None:  # the title is everything before the name
                appos_ids = {i for i in appos_ids if doc[i].idx >= person.start}
            role_toks = _strip_edges(
                [
                    t
                    for t in tree.subtree(tok, MAX_CLAUSE_TOKENS) or []
                    if t.i < appos.i and t.i not in appos_ids and t.idx >= floor
                ]
            )
            role = _text(doc, role_toks)
            person.role = role[0] if role else person.role
            if not person.gender and role:
                person.gender = gender_of(role_head_words(role[0]))
            return person

    if post_nominal(tok) and tok.i > 0:
        # 'Paul Boateng MP said', 'former minister Frank Field MP said': the parser makes the
        # letters after the name its head; the person is the name before them, the words
        # before the name their role
        named = tree.ents[tok.i - 1]
        if named is not None and named.label_ == PERSON and named.end == tok.i:
            person = mention_of(named.root, tree, floor)
            if person is not None and person.kind == "person":
                if not person.role:
                    role = _text(doc, _strip_edges(_left_modifiers(tok, named.start, tree, floor)))
                    person.role = role[0] if role else tok.text  # 'MP': the role it names
                return person
    # a title the model tags as a name ('General' in 'Retired General Reveals') is a description
    title_only = all(lexicon.is_person_title(t.text) for t in (ent or [tok]) if t.is_alpha)
    if ent is not None and ent.label_ == PERSON and not title_only:
        titles, name_toks = _person_tokens(ent)
        titles = [t for t in titles if t.idx >= floor]
        found = _text(doc, name_toks)
        if not found:
            return None
        text, start, end = found
        first = min(t.i for t in titles + name_toks)
        role_toks = _left_modifiers(tok, first, tree, floor) if tok.i >= first else []
        # an honorific ('Mr.', 'Dr.') tells the gender, it is no role
        said = role_toks + titles
        if (title := _given_name_title(name_toks, said)) is not None and (
            named := _text(doc, [title, *name_toks])
        ):
            # 'Pope Francis': the title is part of the name, and still the role ('the pope said')
            text, start, end = named
        role_toks = _strip_edges(
            [t for t in said if lexicon.title_kind(t.lower_.rstrip(".")) != "honorific"]
        )
        role_toks = _own_title(sorted(role_toks, key=lambda t: t.i))
        role = _text(doc, role_toks)
        role_text = role[0] if role else _appos_role(tok, tree)
        words = [t.text for t in said] + role_head_words(role_text)
        joined = joined_names(tok, tree)
        return SpeakerMention(
            text,
            start,
            end,
            "person",
            text,
            role_text,
            gender_of(words, text),
            plural=joined,
            title_gender=gender_of(words),
        )

    # 'one Democrat familiar with the talks', 'House Republicans backing the bill': a member of a
    # party or nation is a person described, not the organisation (the model tags the word NORP)
    member = ent is not None and ent.label_ == "NORP" and ent.root.i == tok.i
    # a common noun in lower case the tagger calls a proper noun ('the Chinese foreign
    # [ministry]/PROPN said') heads a description, not a name
    propn = tok.pos_ == "PROPN" and not (tok.is_lower and tok.is_alpha)
    if not title_only and not member and (propn or (ent is not None and ent.label_ in ORG_LABELS)):
        beside_role = False
        if ent is not None and ent.label_ in ORG_LABELS:
            toks = _strip_edges(
                [t for t in ent if not t.is_space and t.idx >= floor and not _colon_between(t, tok)]
            )
            chain = _propn_chain(tok, floor)
            if ent.end == tok.i + 1 and name_in_form(chain) and appos_person_role(tok, tree):
                # 'Mina Crystal/ORG, an Iranian journalist,', 'Reince Priebus/ORG, the
                # party chairman,' (only the surname tagged): a person's name, whole
                toks, beside_role = chain, True
        else:
            toks = _propn_chain(tok, floor)
        titles: list[Token] = []
        while len(toks) > 1 and lexicon.is_person_title(toks[0].text):
            titles.append(toks.pop(0))
        while len(toks) > 2 and post_nominal(toks[-1]) and _name_words(toks[:-1], toks[-1], tree):
            # 'Paul Boateng MP said', 'Guy Mansfield QC warned' (tagged ORG): the parser makes
            # the letters the head; they follow a person's name and are no part of it
            toks.pop()
            beside_role = True
        if (k := titled_name_start(toks)) is not None:
            titles += toks[:k]  # 'Nonproliferation Eliot Kang': the title's end, then the name
            toks = toks[k:]
        found = _text(doc, toks)
        if not found:
            return None
        org = ent is not None and ent.label_ in ORG_LABELS and not titles and not beside_role
        kind = "org" if org else "person"
        extra = _branch_of(toks, tree) if kind == "org" else []
        if not extra and lexicon.speaker_heads().get(tok.lemma_.lower()) == "document":
            extra = _participle_after(toks, tree)  # 'a Gallup Poll taken last week'
        found = _text(doc, toks + extra) or found
        text, start, end = found
        left = _left_modifiers(tok, toks[0].i, tree, floor)
        if (title := _given_name_title(toks, left + titles)) is not None and (
            named := _text(doc, [title, *toks])
        ):
            text, start, end = named  # 'King Charles III': the title is part of the name
        role_toks = sorted(set(left + titles), key=lambda t: t.i)
        role = _text(doc, _strip_edges(role_toks))
        role_text = role[0] if role else _appos_role(tok, tree)
        words = [t.text for t in titles]
        gender = gender_of(words, text if kind == "person" else None)
        return SpeakerMention(
            text,
            start,
            end,
            kind,
            text,
            role_text,
            gender,
            plural=joined_names(tok, tree),
            title_gender=gender_of(words),
            label=tok.ent_type_,
        )

    if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or tok.dep_ in SUBJECT_DEPS:
        # a description: its modifiers, the head, and a short "of/for/at ..." phrase after it
        toks = _left_modifiers(tok, tok.i, tree, floor) + [tok]
        # an unnamed source is its description: keep the phrase after the head that says who it is
        # ('a senior official in Oslo', 'a source familiar with the talks', 'an aide who ...')
        end = tok.i
        for child in tree.rights(tok):
            if child.dep_ == "cc" and child.i == end + 1:
                continue  # 'RNC members and officials': the group is both
            if _hyphen_after(doc, end, child):
                continue  # 'two-thirds of voters': the share goes on after the hyphen
            if child.dep_ == "conj" and child.pos_ == "NOUN" and _joined(tok, child, tree):
                sub = tree.subtree(child, MAX_PHRASE_TOKENS)
                if (
                    sub is not None
                    and not any(t.text in ",;(" for t in sub)
                    and sub[-1].i - tok.i <= MAX_DESCRIPTION_TAIL
                ):
                    end = sub[-1].i
                    continue
                break
            if child.dep_ not in ("prep", "amod", "acl", "relcl", "compound", *SHARE_DEPS):
                break
            if child.dep_ == "prep" and _time_phrase(child, tree):
                break  # 'the 52-year-old on Tuesday said': when it was said, not who said it
            if (
                child.dep_ in ("acl", "relcl")
                and child.tag_ != "VBN"
                and child.lemma_.lower() in lexicon.cues()
            ):
                break  # 'a man who said ...' is the report itself ('polls reported by X' stays)
            sub = tree.subtree(child, MAX_PHRASE_TOKENS)
            if sub is None:
                break
            if child.dep_ in ADVERBIAL_DEPS and sub[0].i != end + 1:
                break  # 'Democrats, meanwhile, said': an aside, not part of the description
            stop = next((t.i for t in sub if t.text in ",;("), None)
            if stop is not None:  # 'an analysis by Lily Berg, a former aide': up to the comma
                if stop - 1 > end and stop - 1 - tok.i <= MAX_DESCRIPTION_TAIL and child.i < stop:
                    end = stop - 1
                break
            if sub[-1].i - tok.i > MAX_DESCRIPTION_TAIL:
                break
            if (
                child.dep_ == "relcl"
                and sub[-1].pos_ == "ADP"
                and sub[-1].i + 1 < len(doc)
                and doc[sub[-1].i + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
            ):
                # a relative clause the parser cut short, its preposition's object read as a
                # subject ('who ... because of [agency policy] said'); a preposition stranded
                # before the verb is the clause's own ('a woman who the police were looking for')
                break
            end = sub[-1].i
        toks += list(doc[tok.i + 1 : end + 1])
        toks = _strip_edges(toks)
        found = _text(doc, toks)
        if not found:
            return None
        text, start, end = found
        return SpeakerMention(
            text,
            start,
            end,
            "description",
            text,
            None,
            gender_of(text.split()),
            head=tok.lemma_.lower(),
            head_pos=tok.pos_,
            head_lower=tok.is_lower,
            label=tok.ent_type_,
        )
    return None


_WHEN_PREPS = frozenset(("on", "at"))  # 'on Tuesday', 'at noon'; 'a study from 2011' says which
# the words of a day or an hour something was said on: a weekday, a part of a day, a time
_WHEN_WORDS = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "tonight", "yesterday", "morning", "afternoon", "evening", "night", "noon", "midnight",
))  # fmt: skip


def _time_phrase(prep: Token, tree: ParseTree) -> bool:
    """Whether the prepositional phrase ``prep`` says when something was said ('on Tuesday',
    'at noon'): 'on' or 'at' with an object in a TIME entity of the model or in a DATE entity
    naming a day or a part of one (:data:`_WHEN_WORDS`), and nothing after it in the phrase or
    among its head's modifiers. The parser often hangs it on the subject noun instead of the
    verb ('The spokesman on Monday said'). 'A Pew study from 2011' and 'an employee of four
    years' say which one; 'an article on Monday about the visa' goes on to say what it is
    about; 'the commission on September 11' names its subject: all stay in the description."""
    if prep.lower_ not in _WHEN_PREPS:
        return False
    sub = tree.subtree(prep, MAX_PHRASE_TOKENS) or []
    if not sub or any(not c.is_punct for c in tree.rights(prep.head) if c.i > sub[-1].i):
        return False
    for obj in tree.children(prep):
        ent = tree.ents[obj.i]
        if obj.dep_ != "pobj" or ent is None or ent.end < sub[-1].i + 1:
            continue
        if ent.label_ == "TIME" or (
            ent.label_ == "DATE" and any(t.lower_ in _WHEN_WORDS for t in ent)
        ):
            return True
    return False


def _fronted_topic_speaker(prep: Token, tree: ParseTree) -> Token | None:
    """The speaker after a fronted topic the parser took for a verb's subject: ``prep`` is a
    preposition parsed as the subject ('Of' in 'Of Hale, Lund, who backs the party, said ...'),
    and its object has a proper noun or noun joined to it by a comma alone, no 'and' or 'or'
    before it ('Lund', parsed as a ``conj`` of 'Hale'): that noun. None when there is none
    (the preposition names nobody)."""
    for obj in tree.rights(prep):
        if obj.dep_ != "pobj":
            continue
        for c in tree.rights(obj):
            if c.dep_ != "conj" or c.pos_ not in ("PROPN", "NOUN"):
                continue
            between = prep.doc[obj.i + 1 : c.i]
            if any(t.dep_ == "cc" for t in between) or not any(t.text == "," for t in between):
                return None
            return c
    return None


def _hyphen_after(doc: Doc, end: int, child: Token) -> bool:
    """``child`` is a hyphen written right after token ``end`` with no space on either side
    ('two' '-' 'thirds': the tokenizer splits a hyphenated share or compound in three, and the
    parser hangs the hyphen and the word after it on the first part)."""
    return (
        child.i == end + 1
        and child.text in HYPHENS
        and not doc[end].whitespace_
        and not child.whitespace_
        and child.i + 1 < len(doc)
    )


def _is_titleish(tok: Token) -> bool:
    """A word that can be part of a title or role before a name ('U.N.', 'Secretary-General',
    'Foreign', 'of' in 'Secretary of State')."""
    word = tok.text.lstrip("-\u2010\u2011\u2013\u2014")  # '-Secretary' after a dash
    low = word.lower().strip(".")
    if lexicon.is_person_title(word) or lexicon.title_kind(low) is not None:
        return True
    return word[:1].isupper() or tok.text in ("-", "'s", "\u2019s") or tok.is_digit


# words that open an attribution line before the speaker ('And from ...', 'By ...', 'Via ...')
_LINE_OPENERS = {"and", "from", "by", "via", "the", "a", "an"}
MAX_NAME_LINE_TOKENS = 16  # an attribution line ('— U.N. Secretary-General António Guterres')


def _role_before(toks: list[Token], name_start: int) -> list[Token]:
    """The title and role words right before a name: everything back to a preposition,
    determiner, conjunction or punctuation ('EU foreign policy chief', 'U.N. Secretary-General'),
    with an 'of' kept between capitalised words ('Secretary of State'; not 'desk of NATO')."""
    before = [t for t in toks if t.i < name_start]
    out: list[Token] = []
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.lower_ == "of":
            prev = before[k - 1] if k > 0 else None
            if out and out[-1].text[:1].isupper() and prev is not None and prev.text[:1].isupper():
                out.append(t)
                continue
            break
        if t.is_punct and t.text not in ("-", "\u2010", "\u2011"):
            break
        if t.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON", "VERB", "AUX") and not _is_titleish(
            t
        ):
            break
        out.append(t)
    out.reverse()
    while out and (out[0].lower_ == "of" or out[0].is_punct):
        out = out[1:]
    return out


# parts of speech of a word that is no name word even when capitalised
_NOT_NAME_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "VERB", "INTJ"})


def mention_from_line(toks: list[Token], tree: ParseTree) -> SpeakerMention | None:
    """The speaker of an attribution line that has no verb: '— U.N. Secretary-General António
    Guterres', '-Commissioner Lena Vossberg', 'And from Australian Foreign Minister Penny Wong',
    'Sonya Herridge, a nurse in Phoenix'. The name is the last person named in the line before any
    comma (else its trailing run of capitalised words that are not title words); the title and
    role words before it are the role, or else the phrase after the comma. Parses of such fragments
    are unreliable, so this reads the tokens, not the tree. None when nothing in the line can be a
    speaker."""
    doc = tree.doc
    toks = [t for t in toks if not t.is_space]
    while toks and (
        toks[0].is_punct or toks[0].dep_ in ("det", "cc") or toks[0].lower_ in _LINE_OPENERS
    ):
        toks = toks[1:]
    if not toks:
        return None
    cut = next(
        (k for k, t in enumerate(toks) if t.text in (",", "(", ";", "\u2014", "\u2013")), None
    )
    head, tail = (toks[:cut], toks[cut + 1 :]) if cut is not None else (toks, [])
    head = _strip_edges(head)
    if not head or len(head) > MAX_NAME_LINE_TOKENS:
        return None
    ents = tree.ents
    persons = [ents[t.i] for t in head if ents[t.i] is not None and ents[t.i].label_ == PERSON]
    name_toks: list[Token] = []
    titles: list[Token] = []
    if persons:
        ent = persons[-1]
        titles, name_toks = _person_tokens(ent)
        name_toks = [t for t in name_toks if t.i in {h.i for h in head}] or name_toks
    if not name_toks or all(lexicon.is_person_title(t.text) for t in name_toks if t.is_alpha):
        # no person entity: the trailing run of capitalised words that are not title words
        run: list[Token] = []
        for t in reversed(head):
            if (
                t.text[:1].isupper()
                # a function word capitalised only because it opens the line ('Then, later
                # that month on CNN:', 'Here:') names no one
                and t.pos_ not in _NOT_NAME_POS
                and not lexicon.is_person_title(t.text)
                and (lexicon.title_kind(t.lower_.strip(".")) is None)
            ):
                run.append(t)
            else:
                break
        name_toks = list(reversed(run))
        titles = []
    if not name_toks:
        # no name: an organisation or a description ('the UN refugee agency')
        desc = _role_before(head, head[-1].i + 1)
        desc = _strip_edges(desc)
        if not desc or not any(t.pos_ in ("NOUN", "PROPN") for t in desc):
            return None
        found = _text(doc, desc)
        if not found:
            return None
        text, start, end = found
        kind = (
            "org"
            if all(ents[t.i] is not None and ents[t.i].label_ in ORG_LABELS for t in desc)
            else "description"
        )
        return SpeakerMention(text, start, end, kind, text, None, gender_of(text.split()))
    org = all(ents[t.i] is not None and ents[t.i].label_ in ORG_LABELS for t in name_toks)
    said = _role_before(head, name_toks[0].i) + titles
    if (title := _given_name_title(name_toks, said)) is not None:
        name_toks = [title, *name_toks]  # 'Pope Francis:' the title is also part of the name
    role_toks = _strip_edges(said)
    role_toks = sorted({t.i: t for t in role_toks}.values(), key=lambda t: t.i)
    role = _text(doc, role_toks) if role_toks else None
    role_text = role[0] if role else None
    if role_text is None and tail:
        tail = _strip_edges(tail)
        if tail and len(tail) <= 12 and not any(t.pos_ in ("VERB", "AUX") for t in tail):
            found_tail = _text(doc, tail)
            role_text = found_tail[0] if found_tail else None
    found = _text(doc, name_toks)
    if not found:
        return None
    text, start, end = found
    if org and not role_toks:
        return SpeakerMention(text, start, end, "org", text, role_text)
    words = [t.text for t in titles] + role_head_words(role_text)
    return SpeakerMention(text, start, end, "person", text, role_text, gender_of(words, text))
