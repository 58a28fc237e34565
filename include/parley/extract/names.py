"""One way to name a person in a document: the canonical-name resolver shared by entities,
speakers, statement actors and targets.

A document names a person in several forms: "Antony J. Blinken", "Secretary Blinken", "Mr.
Blinken", "Blinken", "J. Blinken" (a model that drops the first name). :class:`PersonNames` is
built once per document from its PERSON entities (and one-word ORG/GPE mentions that are the
surname of a person named in full, which the small model mistags: "Trump"/ORG) and answers, for
any form at any position, which person it means and that person's **canonical name: the fullest
form the article uses** (most words, then most characters).

How forms match (rules over the words, no model):

* a form is split into titles and roles (``data/quotes/titles.csv``: "Secretary", "Sen.",
  "Mr."), the name, and generational suffixes ("Jr.", "III"), which stay in the name but are not
  its surname; a possessive "'s" is dropped;
* two forms name the same person when their surnames agree and every other word of the shorter
  form matches a word of the longer one, in order, as the same word or as its initial ("J." ~
  "John", "Antony Blinken" ~ "Antony J. Blinken", "J. Blinken" ~ "Antony J. Blinken");
  "Bill Clinton" and "Hillary Clinton" are two people;
* a description of an aide by whom they serve ("spokeswoman for David Cameron", "an adviser to
  Vladimir Putin") names nobody (the person after "for"/"to" is the principal); a portfolio after
  "for" stays in the title ("Minister for Foreign Affairs Penny Wong");
* a news dateline the model read into the entity ("HAVANA - Castro" labelled PERSON,
  "CLEVELAND - Donald Trump" labelled ORG) is no part of the name (:func:`dateline_cut`);
* a bare surname (or "Mr. Clinton") shared by several people means the one the article has
  named most often up to that point, the first one named on a tie (without a position: in the
  whole article);
* one name word that is nobody's surname names the person whose full name begins with it: the
  family name written first ("Wang" of "Wang Wenbin", "Kim" of "Kim Jong Un"; Chinese, Korean,
  Vietnamese and Hungarian order) or a given name used alone ("Hillary"), unless the word names
  a country, capital, demonym or subdivision (pycountry, countryinfo: "Jordan" beside "Jordan
  Bardella" stays the country); any other name nobody in the article carries stays as written.

Method: within-document name clustering as entity-linking and coreference systems do it (a
person's representative mention is the most complete proper-name mention, as in Stanford
CoreNLP's coreference chains), written for Parley as rules over name words; no model.
"""

from __future__ import annotations

import bisect
import functools
import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import ENT_IOB, IS_ALPHA, LOWER, ORTH
from spacy.lang.en.lex_attrs import like_num

from parley.characters import visible_name
from parley.extract import lexicon
from parley.extract.datelines import DATELINE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
# parts of speech that are never the first or last word of a name
_NOT_NAME_POS = frozenset({"ADV", "DET", "ADP", "PRON", "VERB", "AUX", "CCONJ", "SCONJ", "INTJ"})
_NOT_NAME_POS |= {"PART", "PUNCT", "SPACE", "SYM", "NUM"}
MAX_PEOPLE_PER_SURNAME = 50  # keeps each lookup bounded whatever the text
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# honorifics written before a person's given name, never before a surname alone: Spanish "don",
# "doña" (Real Academia Española, Diccionario panhispánico de dudas, 2005, s.v. "don":
# "tratamiento de respeto que se antepone a los nombres de pila"), Portuguese "dom", "dona"
# (Academia Brasileira de Letras, Vocabulário Ortográfico da Língua Portuguesa). Each is also an
# English given name or its short form ("Don Bacon", "Dom Phillips", "Dona Shalala"), so
# :func:`split_name` reads it as a title only before two or more name words: "Don José Manuel
# Albares" is José Manuel Albares, "Don Bacon" stays Don Bacon. The honorifics before a surname
# ("Sr.", "Sra.", "Signor", "Mme", "Herr", ...) are rows of ``data/quotes/titles.csv``.
GIVEN_NAME_HONORIFICS = frozenset({"don", "doña", "dona", "dom"})
# the Arabic definite article joined to a family name ("Bashar al-Assad", "Abdel Fattah
# el-Sisi"), which English news copy drops on later mentions ("Assad", "Sisi"): the surname
# is compared without it
ARTICLE_PREFIX = re.compile(r"^(?:al|el)[-‐‑]", re.I)
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
# what a name never begins or ends with: white space, punctuation, brackets, dashes and the
# quotation marks of English and European copy (guillemets, the low-9 mark)
_EDGE = " \t\n,;:.\"'\u2018\u2019\u201c\u201d\u00ab\u00bb\u201e()[]-\u2014\u2013"
# words of a portfolio after "of" in a title ("Secretary of State", "Minister of Foreign Affairs",
# "Chancellor of the Exchequer"): part of the title, never of the name (written for Parley from
# the cabinet titles of English-language governments)
PORTFOLIO_WORDS = frozenset(
    [
        "the",
        "state",
        "defense",
        "defence",
        "foreign",
        "affairs",
        "external",
        "justice",
        "treasury",
        "commerce",
        "trade",
        "interior",
        "home",
        "homeland",
        "security",
        "health",
        "energy",
        "labor",
        "labour",
        "education",
        "agriculture",
        "finance",
        "economy",
        "transportation",
        "transport",
        "staff",
        "exchequer",
        "war",
        "navy",
        "army",
        "public",
        "works",
        "veterans",
    ]
)


def close_bracket(text: str) -> str:
    """``text`` with a bracket it opens and never closes mended: spaCy's entity spans end before
    the closing bracket of an acronym defined after a name ("the United States Commission on
    International Religious Freedom (USCIRF" for "... (USCIRF)"), so a name would keep half a
    bracket. One word after the bracket (the acronym) gets its closing bracket back, as the
    source wrote it; more words are dropped from the bracket on (a span cut inside an aside).
    Balanced brackets ("Alternative for Germany (AfD)") and a bracket opening the text stay."""
    opened = text.rfind("(")
    if opened <= 0 or ")" in text[opened:]:
        return text
    inside = text[opened + 1 :].strip()
    if inside and len(inside.split()) == 1:
        return f"{text[:opened].rstrip()} ({inside})"
    return text[:opened].rstrip()


@functools.lru_cache(maxsize=65536)  # the same names are cleaned over and over per document
def clean(text: str) -> str:
    """The one cleaner of a name derived from a text (the entity, speaker and actor names and the
    quotation's speaker and role all pass through it). Input: a name as a span gives it. Output:
    the name without invisible format characters (:func:`parley.characters.visible_name`),
    surrounding quotation marks, punctuation and dashes, a possessive ("'s", "’s", "'") or extra
    spaces, a trailing bracket it opens and never closes mended (:func:`close_bracket`: the edge
    strip takes a final ")" too, which this gives back to a bracketed acronym); a final "." stays
    ("Jr."). Empty when nothing of a name is left. Raises nothing."""
    text = " ".join(visible_name(text).split()).strip(_EDGE.replace(".", ""))
    text = _POSSESSIVE.sub("", text).strip(_EDGE.replace(".", ""))
    return close_bracket(text.rstrip(",;:"))


# a role has a word: two letters or more ("MP", "Sen"); "£644m", "10,276" and "2" have none
_ROLE_WORD = re.compile(r"[^\W\d_]{2,}")


def clean_role(text: str | None) -> str | None:
    """The one cleaner of a speaker's role (the title or description a quotation's speaker is
    given: "chairman of the Commons treasury committee", "MP"). Input: the role as the mention
    or the resolver gives it, or None. Output: the role through :func:`clean`; None when what is
    left holds no word of two letters or more (an amount the parse hung on the name after it:
    "... cases worth £644m. Edward Leigh, chairman ..." gave Leigh the role "£644m"; "10,276",
    "2"), or only number words (a count the parse took for a title: "Two Democratic
    Representatives, Collin Peterson and Jeff Van Drew, opposed" gave "Two": :func:`is_count`);
    an empty or None input is returned as it is. Raises nothing."""
    if not text:
        return text
    role = clean(text)
    return None if role and (not _ROLE_WORD.search(role) or is_count(role)) else role


def is_count(role: str) -> bool:
    """Whether a role is only a number ("Two", "twenty-one", "third", "3"): every word is one
    spaCy's English ``like_num`` reads as a number (cardinals, ordinals, digits). Input: a role
    (any string); output: True when it has words and every word is a number. Raises nothing."""
    words = [w for w in re.split(r"[\s\-\u2010\u2011]+", role.strip()) if w]
    return bool(words) and all(like_num(w) for w in words)


MAX_NAME_EXTENSION = 3  # given names the model left out before a PERSON entity
# a word right before capitalised words that joins them to what comes before: they continue a
# title's portfolio or a list ('Secretary for Democracy, Human Rights', '... and Pacific Affairs'),
# they are no given names the model left out
_CONTINUES_TITLE = frozenset({"and", "&", ",", "of", "for"})
MAX_TITLE_WALK = 12  # tokens looked back over for the title a joining word continues


MAX_TAIL_NAME_TOKENS = 3  # 'Eliot Kang', 'Mary Ann Berg': a full name at the end of a title
TITLE_JOINERS = ("of", "for", "and", "the", ",")  # words inside a long title ('Secretary of State')


def titled_name_start(toks: list[Token]) -> int | None:
    """Where a person's full name starts inside a run ``toks`` that the model tagged as one
    organisation or name ('[Nonproliferation Eliot Kang]', '[Scotland Nicola Sturgeon]'), or
    None: the name is a given name of ``data/quotes/given_names.csv`` and one or two more
    capitalised proper nouns ending the run, after another word, and the words right before it
    walk back (capitalised words and :data:`TITLE_JOINERS`) to a person's title
    (``data/quotes/titles.csv``: 'Assistant Secretary of State for International Security and
    Nonproliferation', 'First Minister of Scotland'). A given name the table lacks falls back to
    the shape of a name (:func:`_name_shaped`: two capitalised proper nouns ending the run right
    after a portfolio word or a word a joiner ties to the title). A long title is split from the
    name it ends with (README); an organisation's name with a given name in it and no title
    before ('JP Morgan Chase') stays whole. Returns the index into ``toks``."""
    given = lexicon.given_names()
    for k in range(1, len(toks) - 1):
        tail = toks[k:]
        if len(tail) > MAX_TAIL_NAME_TOKENS or toks[k].lower_ not in given:
            continue
        if toks[k - 1].lower_ in given or any(
            t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() for t in tail
        ):
            continue
        if _after_title(toks[k]):
            return k
    # a given name the table lacks ('Eliot'): the shape of a name instead, two capitalised proper
    # nouns ending the run right after a portfolio's last word, one that a joining word or the
    # portfolio list ties to the title ('... Security and [Nonproliferation Eliot Kang]'), so
    # that no given name of a longer name ('Minister [Mohammad Javad Zarif]') is cut off
    k = len(toks) - 2
    if k >= 1 and all(_name_shaped(t) for t in toks[k:]):
        last = toks[k - 1]
        doc = last.doc
        joined = last.i > 0 and doc[last.i - 1].lower_ in _CONTINUES_TITLE
        if (joined or _is_portfolio(last.text)) and _after_title(toks[k]):
            return k
    return None


def _name_shaped(tok: Token) -> bool:
    """A word shaped like a name word: a capitalised alphabetic proper noun, not in capitals, and
    no title, role or portfolio word."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.is_upper
        and not _is_portfolio(tok.text)
        and not lexicon.is_person_title(tok.text)
        and lexicon.title_kind(tok.lower_) is None
    )


def _after_title(tok: Token) -> bool:
    """The words right before ``tok`` walk back (capitalised words and :data:`TITLE_JOINERS`) to
    a person's title (``data/quotes/titles.csv``) that can end in a place or portfolio word. An
    honorific ("Dr.", "Mr.", kind ``honorific``) takes none: the words after it are all the
    name's ("Dr. Owen [John] Dempsey" is no title "Dr. Owen")."""
    doc = tok.doc
    j = tok.i - 1
    while j >= 0 and (doc[j].text[:1].isupper() or doc[j].lower_ in TITLE_JOINERS):
        if lexicon.is_person_title(doc[j].text):
            return lexicon.title_kind(doc[j].lower_) != "honorific"
        j -= 1
    return False


HYPHENS = ("-", "\u2010", "\u2011")  # hyphen-minus, hyphen, non-breaking hyphen


def hyphen_joined(doc: Doc, i: int) -> bool:
    """``doc[i]`` is the second half of a hyphenated name word: the token before it is a hyphen
    with no space on either side, and the one before that and ``doc[i]`` are capitalised words
    ('Jean' '-' 'Pierre', 'JEAN' '-' 'PIERRE': the tokenizer splits a hyphenated surname in
    three, and the model may leave its second half out of the PERSON entity)."""
    return (
        2 <= i < len(doc)
        and doc[i - 1].text in HYPHENS
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
        and doc[i].is_alpha
        and doc[i - 2].text[:1].isupper()
        and doc[i].text[:1].isupper()
    )


# spaces that never break a line: typeset copy puts them between a given name and a surname
# ("Stu\u00a0Burguiere"), where spaCy's tokenizer makes them a token of their own (Unicode's
# no-break space, narrow no-break space and figure space)
NO_BREAK_SPACES = frozenset("\u00a0\u202f\u2007")


def space_joined(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a name word written after the word before it with only a no-break space
    between them (:data:`NO_BREAK_SPACES`): the token before it is that space alone, the one
    before that and ``doc[i]`` are capitalised words, and ``doc[i]`` is a proper noun in no other
    entity ('Stu' '\u00a0' 'Burguiere': the tokenizer makes the space a token, and the model may
    leave the surname after it out of the PERSON entity)."""
    if not 2 <= i < len(doc):
        return False
    gap, before, word = doc[i - 1], doc[i - 2], doc[i]
    return (
        bool(gap.text)
        and all(c in NO_BREAK_SPACES for c in gap.text)
        and not gap.whitespace_
        and not before.whitespace_
        and before.is_alpha
        and word.is_alpha
        and word.pos_ == "PROPN"
        and word.ent_iob_ == "O"
        and before.text[:1].isupper()
        and word.text[:1].isupper()
    )


def _opens_line(tok: Token) -> bool:
    """``tok`` is the document's first word or the first after a line break."""
    if tok.i == 0:
        return True
    before = tok.doc[tok.i - 1]
    return before.is_space and "\n" in before.text


def dateline_cut(toks: list[Token]) -> list[Token]:
    """The tokens after a news dateline that opens ``toks`` (an entity's tokens): places in
    capitals and a dash (:data:`parley.extract.datelines.DATELINE`, with no region, date or
    agency), then a capitalised word. The model reads a dateline and the name after it as one
    entity ('CLEVELAND - Donald Trump' labelled ORG in PolNeAR train, 'HAVANA - Castro'
    labelled PERSON in a helper's test text), and the whole became the person's fullest form:
    every later 'Castro' was 'HAVANA - Castro'. A dateline with a region, date or agency
    ('KYIV, Ukraine (AP) —') is not cut, and only one at the start of a line, where a dateline
    stands: 'RSS - Really Simple Syndication' inside a sentence is an entity of its own.
    ``toks`` unchanged when there is no such dateline."""
    if not toks or not _opens_line(toks[0]):
        return toks
    found = DATELINE.match(toks[0].doc.text, toks[0].idx)
    if found is None or any(found.group(g) for g in ("region", "date", "source")):
        return toks
    after = [t for t in toks if t.idx >= found.end()]
    if not after or len(after) == len(toks) or not after[0].text[:1].isupper():
        return toks
    return after


def name_tokens(ent: Span) -> list[Token]:
    """The tokens of the name a PERSON entity marks, repaired: words of another part of speech at
    its edges are dropped ('Certainly Donald Trump'), and proper nouns right before it that the
    model left out of every entity and that are no title are taken in ('Secretary of State
    Antony [J. Blinken]' → 'Antony J. Blinken'; 'State' is tagged ORG, 'Secretary' a title).
    Portfolio words ('Affairs', 'Labor') and words joined to the title before them by 'and', 'of',
    'for' or a comma are the title's, not the name's ('Assistant Secretary for Democracy, Human
    Rights and Labor [Uzra Zeya]' → 'Uzra Zeya'), and so are an entity's words before a full
    name a title ends with (:func:`titled_name_start`: 'First Minister of [Wales Hannah
    Blythyn]' → 'Hannah Blythyn'). The second half of a hyphenated surname
    (:func:`hyphen_joined`) and a surname after a no-break space (:func:`space_joined`: '[Stu]
    Burguiere') that the model left out are taken in after it; the no-break space token stays
    among the tokens returned (callers that want words drop ``is_space`` tokens). A dateline the
    model took into the entity is no part of the name (:func:`dateline_cut`: '[HAVANA - Castro]'
    → 'Castro')."""
    doc = ent.doc
    toks = dateline_cut(list(ent))
    while len(toks) > 1 and toks[0].pos_ in _NOT_NAME_POS:
        toks = toks[1:]
    while len(toks) > 1 and toks[-1].pos_ in _NOT_NAME_POS:
        toks = toks[:-1]
    toks = toks[_after_abbreviation(toks) :]
    while len(toks) > 2 and post_nominal(toks[-1]):
        toks = toks[:-1]  # 'Guy Mansfield QC', 'Paul Boateng MP': letters after the name
    given = lexicon.given_names()
    # a run that opens with a given name (``data/quotes/given_names.csv``) and a surname after
    # it is the whole name: a capitalised word before it is a role the title table lacks
    # ('[Rival] Hillary Clinton', 'NFL [Insider] Jason La Canfora'), unless it is a given name
    # too ('Mary [Ann Smith]'); a given name the list lacks is lost ('Billie [Jean King]')
    opens_with_given = len(toks) > 1 and toks[0].lower_ in given
    i = toks[0].i
    for _ in range(MAX_NAME_EXTENSION):
        if i == 0:
            break
        prev = doc[i - 1]
        if opens_with_given and prev.lower_ not in given:
            break
        if _abbreviation(prev):
            # 'MEP', 'GOP': no name; the words taken in after a body of three letters or more
            # are of its phrase, a title the table lacks ('RNC [Committeeman] Curly Haugland'),
            # unless a given name opens them ('NDP [Dana] Whitfield')
            if _abbreviation(prev, 3) and doc[i].lower_ not in given:
                i = toks[0].i
            break
        if (
            prev.pos_ != "PROPN"
            or prev.ent_iob_ != "O"
            or not prev.text[:1].isupper()
            or prev.dep_ not in ("compound", "flat", "nmod")
            or lexicon.is_person_title(prev.text)
            or lexicon.title_kind(prev.lower_.rstrip(".")) is not None
        ):
            break
        if _is_portfolio(prev.text):  # 'Public Advocate [Trish James]': the run is a title
            i = toks[0].i
            break
        i -= 1
    if i < toks[0].i and i > 0 and _title_goes_on(doc, i - 1):
        i = toks[0].i  # 'for Democracy, Human Rights and Labor [Uzra Zeya]': the title goes on
    # a hyphenated surname stays whole: 'Marta [Silva]-Lindqvist' → 'Marta Silva-Lindqvist';
    # so does a name whose surname follows a no-break space: '[Stu]\u00a0Burguiere'
    end = toks[-1].i
    while hyphen_joined(doc, end + 2) or space_joined(doc, end + 2):
        end += 2
    toks += list(doc[toks[-1].i + 1 : end + 1])
    if i == toks[0].i and (k := titled_name_start(toks)) is not None:
        return toks[k:]  # 'First Minister of [Wales Hannah Blythyn]': the title's end is no name
    return list(doc[i : toks[0].i]) + toks


def _after_abbreviation(toks: list[Token]) -> int:
    """Where a person's name starts inside an entity run that the model let open with a team,
    position or body written as an abbreviation ('[NFL] Sheldon Richardson', '[NRA] Wayne
    LaPierre'): after the last word in capitals (three or more letters, no dots: two may be a
    person's initials, 'KR Ravi Shankar', 'J.R. Smith') that two or more name-shaped words
    (:func:`_name_shaped`) follow. 0 when there is none. Returns an index into ``toks``."""
    start = 0
    for k, tok in enumerate(toks[:-2]):
        if tok.is_alpha and _abbreviation(tok, 3) and all(_name_shaped(t) for t in toks[k + 1 :]):
            start = k + 1
    return start


# letters written after a person's name for a rank or an honour, never part of it: Queen's and
# King's Counsel, the five grades of the Order of the British Empire (UK Cabinet Office, "Types
# of honours and awards")
POST_NOMINALS = frozenset(("qc", "kc", "gbe", "kbe", "dbe", "cbe", "obe", "mbe"))
# a legislator's letters after the name: Member of Parliament, of the European Parliament, of
# the Scottish Parliament, of a Legislative Assembly, and the Irish Teachta Dala (a closed list
# of the parliaments' own styles; not any role in capitals: 'the John Lewis CEO' is a firm's)
LEGISLATOR_LETTERS = frozenset(("mp", "mep", "msp", "mla", "td"))


def post_nominal(tok: Token) -> bool:
    """``tok`` is letters in capitals written after a name: an honour or rank of
    :data:`POST_NOMINALS` or a legislator's letters of :data:`LEGISLATOR_LETTERS`."""
    return tok.text.isupper() and (tok.lower_ in POST_NOMINALS or tok.lower_ in LEGISLATOR_LETTERS)


def _abbreviation(tok: Token, letters: int = 2) -> bool:
    """A word written in capitals, ``letters`` or more letters without its dots ('MEP', 'GOP',
    'U.N.'): a body, party or position, never a surname. Two letters may also be a person's
    initials written without dots ('KR Ravi Shankar'), so the rules that cut a name after such
    a word ask for three."""
    return tok.text.isupper() and len(tok.text.rstrip(".")) >= letters


# words before a title that make it another office than the bare title ('Vice President' is no
# 'president', 'former President' is no 'the president', the opposition's 'shadow chancellor' is
# no 'the chancellor'); English usage
OFFICE_PREFIXES = frozenset(
    ("vice", "deputy", "assistant", "former", "ex", "acting", "under", "shadow")
)


def other_office(role: list[str], head: str, mods: list[str]) -> bool:
    """The holder's ``role`` words (lower case) put a word of :data:`OFFICE_PREFIXES` before
    ``head`` that the description's own modifiers ``mods`` lack: 'the president' does not name
    'Vice President Joseph Biden' or 'former President Bill Clinton', nor 'the chancellor'
    'shadow chancellor Oliver Letwin'."""
    before = role[: role.index(head)] if head in role else role
    return any(w.rstrip("-") in OFFICE_PREFIXES and w not in mods for w in before)


def _title_goes_on(doc: Doc, joiner: int) -> bool:
    """Whether the joining word at token index ``joiner`` ('and', 'of', 'for', a comma) continues
    a title's portfolio ('Secretary of State for Democracy, Human Rights **and** Labor') rather than
    a list of people ('Angela Merkel **and** Emmanuel Macron'): walking back over capitalised words
    and joiners, a title or portfolio word comes before any person's name."""
    if doc[joiner].lower_ not in _CONTINUES_TITLE:
        return False
    start = max(doc[joiner].sent.start, joiner - MAX_TITLE_WALK)
    for k in range(joiner - 1, start - 1, -1):
        tok = doc[k]
        if tok.ent_type_ == "PERSON":
            return False
        if (
            lexicon.is_person_title(tok.text)
            or lexicon.title_kind(tok.lower_.rstrip(".")) is not None
            or _is_portfolio(tok.text)
        ):
            return True
        if not (tok.lower_ in _CONTINUES_TITLE or tok.lower_ == "the" or tok.text[:1].isupper()):
            return False
    return False


@dataclass(frozen=True)
class NameForm:
    """A name as written, split: ``titles`` before it, the ``words`` of the name (suffix
    included), and the lower-cased ``key`` words that are compared (honorifics, titles and
    suffixes left out; the last key word is the surname). A description of someone who serves
    another ("spokeswoman for David Cameron", "an adviser to Vladimir Putin") names nobody: its
    ``words`` and ``key`` are empty and ``principal`` holds the words after "for"/"to"."""

    titles: tuple[str, ...]
    words: tuple[str, ...]
    key: tuple[str, ...]
    principal: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return " ".join(self.words)

    @property
    def surname(self) -> str:
        """The last key word, without an Arabic article joined to it (:data:`ARTICLE_PREFIX`:
        "al-assad" → "assad"), so "Assad" names the "Bashar al-Assad" of the same article."""
        last = self.key[-1] if self.key else ""
        bare = ARTICLE_PREFIX.sub("", last)
        return bare if len(bare) >= 2 else last


def _is_portfolio(word: str) -> bool:
    return word.lower() in PORTFOLIO_WORDS


# "for"/"to" before a capitalised word: a portfolio goes on ("Minister for Foreign Affairs"); a
# name or body is whom the bearer serves ("spokeswoman for David Cameron")
_FOR_TO = frozenset({"for", "to"})


def _serves_at(words: list[str]) -> int | None:
    """Index of the "for"/"to" in ``words`` after which a capitalised word that is no portfolio
    word names the one the bearer serves (an aide's principal: "spokeswoman for David
    Cameron", "adviser to the President"), or None."""
    for i, w in enumerate(words[:-1]):
        if w.lower() not in _FOR_TO:
            continue
        j = i + 1
        if words[j].lower() == "the" and j + 1 < len(words):
            j += 1
        if words[j][:1].isupper() and not _is_portfolio(words[j]):
            return i
    return None


@functools.lru_cache(maxsize=4096)
def split_name(text: str) -> NameForm:
    """Titles, name words and comparison key of a person's name as written ("Secretary of State
    Antony J. Blinken's" → titles ("Secretary", "of", "State"), words ("Antony", "J.",
    "Blinken")). An aide named by whom they serve ("spokeswoman for David Cameron", "an adviser
    to Vladimir Putin") is no name of that person: empty ``words`` and ``key``, the words
    after "for"/"to" in ``principal``."""
    words = clean(text).split()
    serves = _serves_at(words)
    if serves is not None:
        return NameForm(tuple(words[:serves]), (), (), tuple(words[serves + 1 :]))
    titles: list[str] = []
    if _qualifies_title(words):
        titles.append(words.pop(0))
    while len(words) > 1 and (
        is_title_word(words[0])
        or _given_name_honorific(words)
        or (titles and words[0].lower() in ("of", "for"))
        or (titles and titles[-1].lower() in ("of", "for", "the") and _is_portfolio(words[0]))
        or (titles and _is_portfolio(titles[-1]) and _is_portfolio(words[0]))
    ):
        titles.append(words.pop(0))
    key = [w.lower().strip(".,") for w in words]
    key = [k for k in key if k and k not in SUFFIXES and lexicon.title_kind(k) != "honorific"]
    if not key and words:
        key = [words[-1].lower().strip(".,")]
    return NameForm(tuple(titles), tuple(words), tuple(key))


def _given_name_honorific(words: list[str]) -> bool:
    """The first of ``words`` is an honorific of :data:`GIVEN_NAME_HONORIFICS` ("Don", "Doña")
    with at least two name words after it that are no generational suffix: a given name and a
    surname ("Don José Manuel Albares", "Doña Margarita Robles"); one word after it is a name
    of its own ("Don Bacon")."""
    return (
        words[0].lower() in GIVEN_NAME_HONORIFICS
        and words[0][:1].isupper()
        and sum(w.lower().strip(".,") not in SUFFIXES for w in words[1:]) >= 2
    )


def _qualifies_title(words: list[str]) -> bool:
    """The first of ``words`` is a capitalised word that opens a title with the person's title
    or role word after it, and a name follows: "Special Envoy Lenderking", "Foreign Minister
    Wang Yi", "Supreme Leader Ali Khamenei" (it qualifies the office; no name word). Not a
    given name of ``data/quotes/given_names.csv`` ("Mark Judge Smith"), nor a title word itself
    (the title loop of :func:`split_name` takes those)."""
    return (
        len(words) > 2
        and words[0][:1].isupper()
        and words[0].isalpha()
        and not lexicon.is_person_title(words[0])
        and words[0].lower() not in lexicon.given_names()
        and lexicon.is_person_title(words[1])
    )


def _word_match(a: str, b: str) -> bool:
    """The same name word, or one is the initial of the other ('j' ~ 'john', 'j' ~ 'j')."""
    a, b = a.strip("."), b.strip(".")
    if a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _initials(form: NameForm) -> frozenset[str]:
    """The lower-cased key words of ``form`` written as initials: one capital letter, with or
    without a period ("W.", "H"). A one-letter particle in lower case ("Ortega y Gasset") is no
    initial."""
    return frozenset(
        w.strip(".").lower()
        for w in form.words
        if len(w.strip(".")) == 1 and w.strip(".").isupper()
    )


def _suffix_words(form: NameForm) -> list[str]:
    """The generational suffixes of :data:`SUFFIXES` among ``form``'s words, in order, lower-cased
    without "." or "," ("Jr." → "jr"): one reading for :func:`same_person` and :func:`name_key`."""
    return [w.lower().strip(".,") for w in form.words if w.lower().strip(".,") in SUFFIXES]


def _suffixes(form: NameForm) -> frozenset[str]:
    """The set of :func:`_suffix_words` of ``form``."""
    return frozenset(_suffix_words(form))


def same_person(short: NameForm, long: NameForm) -> bool:
    """``short`` can name the person ``long`` names: same surname, and every other word of
    ``short`` matches a word of ``long`` in order (same word or initial). A generational suffix
    of ``short`` that ``long`` lacks makes another person, a son beside his father ("Donald
    Trump Jr." is not "Donald J. Trump"; "Joseph Biden" may still be "Joseph R. Biden Jr.", and
    :func:`_same_suffixes` prefers the person without one). Different middle
    initials on both sides are different people: when ``short`` has a middle initial (an
    initial after its first word), no initial of ``long`` may be passed over once ``short``'s
    first word has matched ("George W. Bush" is not "George H. W. Bush"; "George Bush",
    "H. W. Bush" and "George H. Bush" still name him)."""
    if not short.key or not long.key or short.surname != long.surname:
        return False
    if _suffixes(short) - _suffixes(long):
        return False  # "Donald Trump Jr." is not "Donald J. Trump": a son, a father
    long_initials, short_initials = _initials(long), _initials(short)
    strict = any(w in short_initials for w in short.key[1:-1])
    rest = list(long.key[:-1])
    for n, w in enumerate(short.key[:-1]):
        while rest and not _word_match(w, rest[0]):
            if strict and n > 0 and rest[0] in long_initials:
                return False
            rest.pop(0)
        if not rest:
            return False
        rest.pop(0)
    return True


def name_key(name: str | None) -> str | None:
    """The key on which the ``statements`` mart matches one person's names across a day's
    articles: ``"surname|given names|initials|suffixes"``, each part's words lower-cased and
    space-separated, from :func:`split_name` (titles and honorifics left out, "." and ","
    stripped, generational suffixes of :data:`SUFFIXES` not the surname): "Wendy R. Sherman" →
    ``"sherman|wendy|r|"``, "Martin Luther King Jr." → ``"king|martin luther||jr"``, "George H.
    W. Bush" → ``"bush|george|h w|"``. None for a name of fewer than two key words (a bare
    surname is nobody's) and for an aide named by whom they serve.

    One rule, one place: SQL compares these parts and never splits or normalises a name itself
    (``sql/marts/statements.sql``, ``person_names``)."""
    if not name:
        return None
    form = split_name(name)
    if len(form.key) < 2:
        return None
    given = " ".join(w for w in form.key[:-1] if len(w) > 1)
    initials = " ".join(w for w in form.key[:-1] if len(w) == 1)
    return "|".join((form.surname, given, initials, " ".join(_suffix_words(form))))


def is_title_word(word: str) -> bool:
    """``word`` may stand before a person's name as their title: an honorific, title or role of
    ``data/quotes/titles.csv`` ("Mr.", "Sen", "Secretary", "spokeswoman"), its abbreviation point
    optional, or such a title in the plural before the names of several people ("State
    Secretaries Otto Schlecht and Hans Tietmeyer", :func:`parley.extract.lexicon.is_plural_title`).
    The one test of a leading title word, for written names (:func:`split_name`) and for PERSON
    entities (``quotes.mentions``)."""
    return (
        lexicon.is_person_title(word)
        or lexicon.is_person_title(word.rstrip("."))
        or lexicon.is_plural_title(word)
    )


def title_gender(words: Iterable[str], kinds: tuple[str, ...] | None = None) -> str:
    """``m``/``f`` from the first gendered word of ``data/quotes/titles.csv`` among ``words``
    ("Mrs.", "congresswoman", "chairman"), of ``kinds`` only when given (``("honorific",)``:
    "Mr.", "Ms."), else ''. Words are compared lower-cased, as written (no point stripped)."""
    table = lexicon.titles()
    for w in words:
        kind, gender = table.get(w.lower(), ("", ""))
        if gender and (kinds is None or kind in kinds):
            return gender
    return ""


def honorific_gender(titles: tuple[str, ...] | list[str]) -> str:
    """``m``/``f`` from the first gendered honorific among ``titles`` ("Mr.", "Mrs.", "Ms.";
    ``data/quotes/titles.csv``), else ''."""
    return title_gender(titles, ("honorific",))


def _person_gender(person: _Person) -> str:
    """A person's gender as the article gives it: an honorific in one of their full forms
    ("Mrs. Anna Berg"), else their given name (``data/quotes/given_names.csv``), else ''."""
    for form in (person.canonical, *person.forms):
        found = honorific_gender(form.titles)
        if found:
            return found
    return given_name_gender(person.canonical.key)


def given_name_gender(words: Sequence[str]) -> str:
    """``m``/``f`` of a full name's given name: its first word when two or more are written and
    ``data/quotes/given_names.csv`` gives that name a gender ("Bill Clinton" → ``m``), else ''
    (a surname alone, a name given to men and women, a name the list lacks)."""
    return lexicon.given_names().get(words[0].lower(), "") if len(words) >= 2 else ""


@dataclass
class _Person:
    canonical: NameForm
    forms: list[NameForm] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # where its full (2+ word) forms occur


@dataclass
class PersonNames:
    """The people of one document and their canonical names (see the module docstring)."""

    people: list[_Person] = field(default_factory=list)
    by_surname: dict[str, list[int]] = field(default_factory=dict)
    by_first: dict[str, list[int]] = field(default_factory=dict)  # first name word -> people
    # a word inside a full name (neither first nor last) -> people ("Lula" of "Luiz Inácio Lula
    # da Silva": a familiar name the article later uses alone)
    by_inner: dict[str, list[int]] = field(default_factory=dict)
    # name as written → :meth:`is_person`, filled on first ask (the people are fixed by then)
    _is_person: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    # (text, pos, gender, role) → :meth:`person`, filled on first ask (the people are fixed)
    _person: dict[tuple[str, int | None, str, str], str | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def for_doc(cls, doc: Doc) -> PersonNames:
        """The document's people, built once per ``Doc`` and shared by every stage that names
        them (entities, quotes, actors), so they all answer the same for the same mention."""
        found = _BY_DOC.get(doc)
        if found is None:
            found = _BY_DOC[doc] = cls.of(doc)
        return found

    @classmethod
    def of(cls, doc: Doc) -> PersonNames:
        """Built from ``doc.ents`` in one pass (linear in the entities): the PERSON entities,
        and names of two or more capitalised words the model labelled otherwise right after a
        person's title or role ('U.N. envoy Staffan de Mistura' tagged ORG) or in apposition with
        one ('the president of Namibia, Hage Geingob', 'Gáspár Maróth, the government
        commissioner', both tagged ORG: :func:`_apposed_to_role`), or opening with a one-word
        PERSON mention of the article, the family name written first ('Akiba Takeo' tagged ORG
        beside 'Secretary General Akiba': :func:`_opens_with_person`)."""
        found: list[tuple[int, NameForm]] = []
        ents = doc.ents  # read once: each access makes a Token per token of the document
        lone = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
        persons = {e.text for e in ents if e.label_ == "PERSON" and len(e) > 1}
        surnames = {e[-1].text for e in ents if e.label_ == "PERSON"}
        for ent in ents:
            if ent.label_ != "PERSON" and not (
                _titled_name(ent)
                or _apposed_to_role(ent)
                or _opens_with_person(ent, lone)
                or _dated_person(ent, persons, surnames)
            ):
                continue
            toks = name_tokens(ent)
            text = doc[toks[0].i : toks[-1].i + 1].text
            form = split_name(text)
            if form.key and not all(lexicon.is_person_title(w) for w in form.words):
                found.append((toks[0].idx, form))
        alone = surnames | {e.text for e in ents if len(e) == 1}
        for start, end in _unlabelled_names(doc, alone):
            found.append((doc[start].idx, split_name(doc[start:end].text)))
        return cls.from_forms(_headline_names_trimmed(found, doc.text.find("\n")))

    @classmethod
    def from_forms(cls, found: list[tuple[int, NameForm]]) -> PersonNames:
        """Built from ``(character position, form)`` pairs of person mentions."""
        names = cls()
        full = [(pos, f) for pos, f in found if len(f.key) >= 2]
        # fullest forms first, so each shorter form joins the fullest person it can name
        for pos, form in sorted(full, key=lambda pf: (-len(pf[1].key), -len(pf[1].name), pf[0])):
            ids = _same_suffixes(
                form,
                [
                    i
                    for i in names.by_surname.get(form.surname, [])
                    if same_person(form, names.people[i].canonical)
                ],
                names.people,
            )
            if not ids and len(names.by_surname.get(form.surname, ())) >= MAX_PEOPLE_PER_SURNAME:
                continue  # a list of namesakes no article has: the first ones stand for them
            if ids:
                # the fullest compatible person named most; ties: the one named first
                i = max(
                    ids,
                    key=lambda i: (len(names.people[i].positions), -names.people[i].positions[0]),
                )
                person = names.people[i]
            else:
                person = _Person(form)
                names.people.append(person)
                names.by_surname.setdefault(form.surname, []).append(len(names.people) - 1)
                names.by_first.setdefault(form.key[0], []).append(len(names.people) - 1)
                for word in _inner_words(form):
                    names.by_inner.setdefault(word, []).append(len(names.people) - 1)
            person.forms.append(form)
            bisect.insort(person.positions, pos)
        return names

    def _candidates(self, form: NameForm, gender: str = "", role: str = "") -> list[_Person]:
        if _acronym(form):
            return []  # "UN" is the United Nations, not Kim Jong Un
        found = [
            self.people[i]
            for i in self.by_surname.get(form.surname, [])
            if same_person(form, self.people[i].canonical)
        ]
        if found and len(form.key) >= 2:
            return [found[i] for i in _same_suffixes(form, list(range(len(found))), found)]
        if found or len(form.key) != 1 or not form.words[-1][:1].isupper():
            return found
        # one name word that is nobody's surname: the first word of a full name ("Wang" of
        # "Wang Wenbin", "Kim" of "Kim Jong Un": the family name written first; "Hillary" of
        # "Hillary Clinton"), unless it is a place's name ("Jordan" beside "Jordan Bardella"),
        # it follows a title written before a given name alone that the person's full name
        # never carries ("King Charles" is not Charles Michel), two people open with it ("Kim" beside Kim Jong Un and Kim Yo Jong), or an
        # honorific's gender is not the person's as the article gives it ("Ms. Kim")
        word = form.key[0]
        if is_place_word(word):
            return []
        ids = self.by_first.get(word, ()) or self.by_inner.get(word, ())
        if len(ids) != 1:
            return []
        person = self.people[ids[0]]
        if _given_name_title(form.titles, role) and not any(
            _given_name_title(f.titles) for f in person.forms
        ):
            return []
        if gender and _person_gender(person) != gender:
            return []
        return [person]

    def person(
        self, text: str, pos: int | None = None, gender: str = "", role: str = ""
    ) -> str | None:
        """The canonical name of the person ``text`` names at character ``pos`` (None: the whole
        article), or None when no person of this document carries that name. ``gender``
        (``m``/``f``, else taken from an honorific in ``text``: "Mr.", "Mrs.") rules out people
        of the other gender ("Mr. Obama" is not Michelle Obama; None when only she is named).
        ``role`` holds the title or role words written before the name when the caller split
        them off ("King" of "King Charles"): a title written before a given name alone names
        nobody by that word's full name (see :meth:`_candidates`). Kept per argument: the
        resolvers ask it of the same name at the same place many times."""
        key = (text, pos, gender, role)
        if key in self._person:
            return self._person[key]
        found = self._person[key] = self._find_person(text, pos, gender, role)
        return found

    def _find_person(self, text: str, pos: int | None, gender: str, role: str) -> str | None:
        form = split_name(text)
        gender = gender or honorific_gender(form.titles)
        people = self._candidates(form, gender, role)
        if gender:
            people = [p for p in people if _person_gender(p) in ("", gender)]
        if not people:
            return None
        if len(people) > 1:
            people = self._most_named(people, pos)
        return people[0].canonical.name

    def canonical(self, text: str, pos: int | None = None, gender: str = "", role: str = "") -> str:
        """The canonical name for a person's name as written: the fullest form of the person it
        names (of ``gender`` when given, after ``role``: see :meth:`person`), else the name
        itself without honorifics or possessive."""
        found = self.person(text, pos, gender, role)
        if found is not None:
            return found
        words = clean(text).split()
        words = [
            w
            for i, w in enumerate(words)
            if lexicon.title_kind(w) != "honorific"
            or (i > 0 and w.lower().strip(".,") in SUFFIXES)  # "Sr." after a name: Senior
        ]
        return " ".join(words) or clean(text)

    def is_person(self, text: str) -> bool:
        """Some person of this document carries this name (a surname the model tagged ORG).
        Kept per name: the actor resolver asks it of every entity and candidate name, often of
        the same one (the people are all added by :meth:`from_forms` before anyone asks)."""
        found = self._is_person.get(text)
        if found is None:
            found = self._is_person[text] = bool(self._candidates(split_name(text)))
        return found

    @staticmethod
    def _most_named(people: list[_Person], pos: int | None) -> list[_Person]:
        def named(p: _Person) -> int:
            return len(p.positions) if pos is None else bisect.bisect_right(p.positions, pos)

        best = max(named(p) for p in people)
        if best == 0:  # nobody named yet: the first one named later
            return sorted(people, key=lambda p: p.positions[0])
        return sorted((p for p in people if named(p) == best), key=lambda p: p.positions[0])


@functools.cache
def _place_words() -> frozenset[str]:
    """Lower-cased one-word names of countries, capitals, demonyms and first-order subdivisions
    (pycountry and countryinfo: :mod:`parley.extract.countries`): words that name a place even
    where a person's first name is spelt the same ("Jordan", "Israel", "Georgia")."""
    from parley.extract.countries import library_countries, subdivisions

    words = {
        n.casefold() for c in library_countries() for n in (*c.names, *c.capitals, *c.demonyms)
    }
    words |= set(subdivisions())
    return frozenset(w.replace(".", "") for w in words if " " not in w)


def _given_name_title(titles: tuple[str, ...], role: str = "") -> bool:
    """A title written before a given name alone ("King", "Pope", "Sheikh": ``given_name`` of
    ``data/quotes/titles.csv``) among ``titles`` or the words of ``role``."""
    return any(
        t.lower().rstrip(".") in lexicon.given_name_titles() for t in (*titles, *role.split())
    )


def _headline_names_trimmed(
    found: list[tuple[int, NameForm]], headline_end: int
) -> list[tuple[int, NameForm]]:
    """``found`` (character position, form) with each name of the headline (the document's first
    line, before ``headline_end``; none when it is -1) that is a full name of the body with
    title-case words before it cut back to that name: the model's PERSON span takes a
    headline's verb or noun in ("Lawmakers [Rip Donald Trump]", "[Pence Endorses Paul Ryan]"),
    which would else be the person's fullest form, their canonical name everywhere."""
    if headline_end <= 0:
        return found
    body = {f.key: f for pos, f in found if pos > headline_end and len(f.key) >= 2}
    out = []
    for pos, form in found:
        if pos < headline_end and form.key not in body:
            tail = next(
                (form.key[k:] for k in range(1, len(form.key) - 1) if form.key[k:] in body), None
            )
            if tail is not None:
                form = body[tail]
        out.append((pos, form))
    return out


def _same_suffixes(form: NameForm, ids: list[int], people: list[_Person]) -> list[int]:
    """Of the people ``ids`` (indexes into ``people``) a full name ``form`` can name, those whose
    canonical name carries the same generational suffixes, when any does ("Donald Trump" beside
    "Donald J. Trump" and "Donald Trump Jr." is the father); else all of them."""
    if len(ids) < 2:
        return ids
    own = _suffixes(form)
    same = [i for i in ids if _suffixes(people[i].canonical) == own]
    return same or ids


def _inner_words(form: NameForm) -> list[str]:
    """The lower-cased words inside a full name, neither its first nor its last, written
    capitalised and longer than an initial ("Inácio", "Lula" of "Luiz Inácio Lula da Silva";
    not "da", not "J."): a word that may name the person alone."""
    if len(form.key) < 3:
        return []
    inner = {w.lower() for w in form.words[1:-1] if w[:1].isupper() and len(w.strip(".")) > 1}
    return [k for k in dict.fromkeys(form.key[1:-1]) if k in inner and k != form.surname]


def _acronym(form: NameForm) -> bool:
    """``form`` is one word in capitals of two or three letters and no title ("UN", "U.N.",
    "EU", "IRS"): an organisation's acronym, never the name part of a person ("Un" of "Kim Jong
    Un"). A longer word in capitals may be a transcript's label with its title cut off ("MS.
    BERG:" gives "BERG") and still names the person."""
    if form.titles or len(form.words) != 1:
        return False
    word = form.words[0].replace(".", "")
    return 2 <= len(word) <= 3 and word.isalpha() and word.isupper()


def is_place_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a one-word name of a country, capital, demonym or
    first-order subdivision (:func:`_place_words`): a word that names the place even where a
    person of the document bears it as a name ("Jordan", "Georgia")."""
    return word.strip(".") in _place_words()


# one PersonNames per live Doc (weak keys: dropped with the Doc)
_BY_DOC: weakref.WeakKeyDictionary[Doc, PersonNames] = weakref.WeakKeyDictionary()


_MISLABELLED = ("ORG", "NORP", "GPE", "FAC", "PRODUCT", "WORK_OF_ART")


def _name_words(ent: Span) -> bool:
    """The entity is written as a name: two or more words, the first and last capitalised, none
    a title or role word ('Hage Geingob'; not 'the Minister of Finance')."""
    words = [t.text for t in ent if t.text.isalpha()]
    return (
        len(words) >= 2
        and words[0].istitle()
        and words[-1].istitle()
        and not any(lexicon.title_kind(w.lower()) in ("title", "role") for w in words)
    )


def _role_word(tok: Token) -> bool:
    """A common noun of ``data/quotes/titles.csv`` of kind title or role ('president')."""
    return tok.pos_ == "NOUN" and lexicon.title_kind(tok.lower_) in ("title", "role")


def _apposed_to_role(ent: Span) -> bool:
    """A name (:func:`_name_words`) the model labelled as no person, in apposition with a
    person's role (:func:`_role_word`), either side: 'Gáspár Maróth, the government
    commissioner for defence' (the role an ``appos`` of the name), 'the president of Namibia,
    Hage Geingob' (the name an ``appos`` of the role, or of the place that is the role's 'of'
    object, where the parser hangs it; not of a body, 'co-founder of the firm Democracy
    Corps'). The apposition says the name is the person who holds the role, as a title
    right before it does (:func:`_titled_name`)."""
    if ent.label_ not in _MISLABELLED or not _name_words(ent):
        return False
    if not all(t.is_alpha for t in ent):
        return False  # "Democracy Corps' Stan Greenberg": a body's possessive before a name
    root = ent.root
    if any(c.dep_ == "appos" and _role_word(c) for c in root.children):
        return True
    if root.dep_ != "appos":
        return False
    head = root.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.ent_type_ in ("GPE", "LOC"):
        head = head.head.head  # 'the president of [Namibia], Hage Geingob'
    return _role_word(head)


def _opens_with_person(ent: Span, lone: set[str]) -> bool:
    """A name (:func:`_name_words`) of proper nouns the model labelled ORG, NORP or GPE whose
    first word the article names as a person alone (``lone``: the texts of its one-word PERSON
    entities): 'Akiba Takeo' (ORG) beside 'Secretary General Akiba' (PERSON), the family name
    written first (Japanese, Chinese, Korean order). A body word of
    ``data/quotes/speaker_heads.csv`` or an organisation's role noun of
    ``data/quotes/titles.csv`` in it says it is a body named after the person ('Biden
    Administration', 'Trump Organization')."""
    if ent.label_ not in ("ORG", "NORP", "GPE") or ent[0].text not in lone:
        return False
    heads = lexicon.speaker_heads()
    return _name_words(ent) and all(
        t.pos_ == "PROPN"
        and t.is_alpha
        and t.lower_ not in heads
        and lexicon.title_kind(t.lower_) != "org_role"
        for t in ent
    )


def _dated_person(ent: Span, persons: set[str], surnames: set[str]) -> bool:
    """A person's name the model labelled otherwise: after a news dateline it read as one
    entity with it, whatever its label ('CLEVELAND - Donald Trump' labelled ORG:
    :func:`dateline_cut`), one the article names as a person elsewhere in the same words
    (``persons``: the texts of its PERSON entities of two or more words); with or without a
    dateline, two or three capitalised words that open with a given name
    (``data/quotes/given_names.csv``) and end with a word the article names as a person
    (``surnames``: the last words of its PERSON entities: 'Carly Fiorina' labelled ORG beside
    'Fiorina' labelled PERSON). A surname alone is not enough: 'WASHINGTON - Goldman Sachs'
    beside 'economist Jeffrey Sachs' is the bank (helper review)."""
    name = dateline_cut(list(ent))
    if len(name) < len(ent) and ent.doc[name[0].i : name[-1].i + 1].text in persons:
        return True
    return (
        2 <= len(name) <= MAX_UNLABELLED_NAME
        and name[0].lower_ in lexicon.given_names()
        and name[-1].text in surnames
        and all(t.is_alpha and t.text[:1].isupper() for t in name)
    )


# the most words of a name the model left unlabelled or labelled otherwise that
# :func:`_unlabelled_names` and :func:`_dated_person` take for a person ('Jeff Sanborn', 'Mary
# Ann Smith'); a longer run of capitals is a title or an organisation's name
MAX_UNLABELLED_NAME = 3


def _unlabelled_names(doc: Doc, alone: set[str]) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of names the model left outside every entity: two or three
    capitalised words with no entity on them, the first a given name (``data/quotes/
    given_names.csv``), the last a word the article uses alone as an entity (``alone``: 'Jeff
    Sanborn, president of Chapter & Verse' when 'Sanborn said' is tagged ORG), the run neither
    preceded nor followed by another capitalised word outside an entity. Read from token arrays
    (no Token objects), linear in the document."""
    if not alone:
        return []
    iob, alpha, orth, lower = doc.to_array([ENT_IOB, IS_ALPHA, ORTH, LOWER]).T.tolist()
    strings = doc.vocab.strings
    given = lexicon.given_names()

    def word(i: int) -> bool:  # a capitalised word outside every entity ('McConnell' too)
        return iob[i] in (0, 2) and alpha[i] == 1 and strings[orth[i]][:1].isupper()

    out: list[tuple[int, int]] = []
    n = len(iob)
    for i in range(n):
        if not word(i) or (i > 0 and word(i - 1)) or strings[lower[i]] not in given:
            continue
        end = i + 1
        while end < n and word(end) and end - i < MAX_UNLABELLED_NAME + 1:
            end += 1
        if 2 <= end - i <= MAX_UNLABELLED_NAME and doc[end - 1].text in alone:
            out.append((i, end))
    return out


def _titled_name(ent: Span) -> bool:
    """A name of two or more capitalised words right after a person's title or role word
    ('envoy Staffan de Mistura', 'spokesman Ned Price'), whatever non-person label the model
    gave it: the title says it is a person. A title inside the entity is no evidence ('the
    Minister of Finance')."""
    if ent.label_ not in _MISLABELLED or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1].text.lower().rstrip(".")
    if lexicon.title_kind(before) not in ("title", "role"):
        return False
    return _name_words(ent)
