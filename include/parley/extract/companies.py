"""Listed companies and the states they belong to, from maintained libraries.

STATEMENTS_GUIDE gives a non-state speaker "the country of their organisation (a Japanese company →
JP)": "Volkswagen said", "Nissan chief executive Carlos Ghosn", "an economist with ABN Amro" speak
for the company's state, not for the state the article is about. Parley keeps no table of
companies; :func:`library_companies` reads them from ``pytickersymbols`` (MIT): the constituents of
twenty stock indices (DAX, MDAX, FTSE 100, CAC 40, AEX, BEL 20, IBEX 35, EURO STOXX 50, Switzerland
20, OMX Stockholm 30 and Helsinki 25, Nikkei 225, Dow Jones, S&P 100/500/600, NASDAQ 100, ...),
about 1,800 entries, of which about 1,500 are placed: a company's state is the one its
headquarters field names, else its ISIN's prefix (ISO 6166: the ISO 3166-1 alpha-2 code of the
country that issued the security), else a country field naming a country alone (it is often the
listing's, not the company's).

A company is found by its name as the library writes it ("Deutsche Börse", "Volkswagen Group"), by
that name without its legal form (``cleanco``: "Porsche SE" → "Porsche"), without a trailing
"Group" or "Holdings" ("Volkswagen", "Nomura"), and with German umlauts written out ("Deutsche
Boerse"). A name of one word that is an English word (the spaCy model's lemmatizer index, WordNet's
English words: "Apple", "Shell", "Nissan", "Next") is found only right before a person's title
(:func:`title_names`: "Nissan chief executive"), never standing alone; names of three capitals or
fewer ("KLA", "NEC") and names two companies of different states share are left out. This module
reads the library only; :func:`parley.extract.actors.lookup_company` makes the actors.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

COMPANY_EVIDENCE = "company-library"  # a company's actor evidence (actors.lookup_company)

# a trailing word news leaves out of a company's name ("Volkswagen Group" is "Volkswagen")
_GROUP_TAIL = re.compile(r"\s+(?:Group|Holdings?)$")
# German umlauts and sharp s as English-language news writes them ("Deutsche Boerse")
_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
_MIN_NAME = 3  # shorter names ("3i", "BT") are read as the tables' abbreviations, not companies
# a name in capitals this short is as often another body's acronym ("KLA": the Kosovo Liberation
# Army, "NEC": an election commission, "APA": the Austria Press Agency) as the company's
_MAX_ACRONYM = 3


@dataclass(frozen=True)
class Company:
    """A listed company: its name as the library writes it, its state (ISO 3166-1 alpha-2) and
    every name it is found by (:func:`company_names`), and the names found only in a title
    before a word in lower case (:func:`title_names`: "Nissan chief executive")."""

    name: str
    country: str
    names: tuple[str, ...]
    title_names: tuple[str, ...] = ()


@functools.cache
def library_companies() -> tuple[Company, ...]:
    """The companies of ``pytickersymbols``' indices with a state (:func:`_state_of`), one per
    state and name (a company listed in several indices once), in the library's order; a
    company no ISIN or country field places is left out.
    Names two companies of different states share are dropped from both (:func:`company_names`
    and :func:`title_names` give the candidates). Read once per process (about 1,800 entries,
    about a second)."""
    from pytickersymbols import PyTickerSymbols

    seen: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for stock in PyTickerSymbols().get_all_stocks():
        code = _state_of(stock)
        if code is None or not stock.get("name"):
            continue
        name = stock["name"]
        seen.setdefault((name, code), (company_names(name), title_names(name)))
    states: dict[str, set[str]] = {}
    for (_, code), (names, titled) in seen.items():
        for n in (*names, *titled):
            states.setdefault(n.casefold(), set()).add(code)
    out = []
    for (name, code), (names, titled) in seen.items():
        kept = tuple(n for n in names if len(states[n.casefold()]) == 1)
        kept_titled = tuple(n for n in titled if len(states[n.casefold()]) == 1)
        if kept or kept_titled:
            out.append(Company(name, code, kept, kept_titled))
    return tuple(out)


def _state_of(stock: dict) -> str | None:
    """A library entry's state: the place its headquarters field names (a country, a capital or
    a state's subdivision: "Bonn, Germany" → DE, "Atlanta, Georgia, United States" → US), else
    its first ISIN's prefix when pycountry knows it as an ISO 3166-1 code, else its ``country``
    field when that is a country's name alone. The headquarters come first: the ``country``
    field is often the listing's, not the company's (Deutsche Telekom "Russian Federation",
    Seiko Epson "United Kingdom"), and an ISIN may be a bond's of another state (Marks &
    Spencer's is US-prefixed). None when nothing places it."""
    import pycountry

    headquarters = (stock.get("metadata") or {}).get("headquarters")
    if headquarters and (code := _place_code(headquarters)) is not None:
        return code
    for isin in stock.get("isins") or []:
        if len(isin) == 12 and pycountry.countries.get(alpha_2=isin[:2].upper()) is not None:
            return isin[:2].upper()
    written = (stock.get("country") or "").strip()
    return _country_named(written) if written and "," not in written else None


def _place_code(text: str) -> str | None:
    """The ISO 3166-1 code of the place a headquarters field names, its notes in brackets left
    out: the one state its comma-separated parts (and their last words) name as a country's
    name or capital (:func:`parley.extract.countries.library_countries`: pycountry and
    countryinfo; never a bare code, "Tempe, AZ" is no Azerbaijan), a part after the first also
    as the ISO 3166-2 subdivision of one state only, before any country ("Atlanta, Georgia" →
    US, never the country Georgia). None when the parts name two states ("Paris, France
    (Operational) Hoofddorp, Netherlands (Global)", "Kirchberg, Luxembourg Cologne, Germany":
    the ISIN decides) or none."""
    from parley.extract.countries import subdivision_parents

    parts = [p.strip() for p in re.sub(r"\(.*?(\)|$)", "", text).split(",") if p.strip()]
    if not parts:
        return None
    found: set[str | None] = set()
    for k, part in enumerate(parts):
        parents = subdivision_parents(part) if k > 0 else frozenset()
        if len(parents) == 1:
            found |= parents  # "Columbus, Georgia, U.S.": the US state after a city
        else:
            found |= {_country_named(w) for w in (part, *_words_after_a_place(part))}
    found.discard(None)
    return next(iter(found)) if len(found) == 1 else None


def _words_after_a_place(part: str) -> list[str]:
    """The last word and the last two of a comma part ("Paris, France Hoofddorp" holds a second
    place after the first's country): two headquarters in one field are read as two states."""
    words = part.split()
    return [" ".join(words[-k:]) for k in (1, 2) if len(words) > k]


@functools.cache
def _place_names() -> dict[str, str]:
    """Every country name and capital pycountry and countryinfo know, folded → its ISO code
    (:func:`parley.extract.countries.library_countries`); a name two countries share left out."""
    from parley.extract.countries import library_countries, unaccented

    seen: dict[str, set[str]] = {}
    for c in library_countries():
        for n in (*c.names, *c.capitals):
            seen.setdefault(unaccented(n).casefold(), set()).add(c.iso2)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _country_named(text: str) -> str | None:
    from parley.extract.countries import unaccented

    return _place_names().get(unaccented(text).casefold())


def company_names(name: str) -> tuple[str, ...]:
    """The names a company is found by (see the module docstring): ``name`` without a
    bracketed note ("Alphabet Inc. (Class A)"), without its legal form, without a trailing
    "Group"/"Holdings", each also with umlauts written out. Left out: names shorter than three
    letters or in capitals of three (:data:`_MAX_ACRONYM`: "KLA", "NEC" name other bodies as
    often), possessive names ("Campbell's", "Kohl's": a surname's possessive in news copy),
    and names made of English words only (:func:`english_words`; a word in capitals is none) when
    they are one word ("Shell", "Next") or a shortened form ("National Bank" of "National Bank
    Holdings Corporation"); the library's own name of several words stays ("General Motors")."""
    bare, forms = _forms(name)
    out: dict[str, None] = {}
    for f in forms:
        words = f.split()
        if (
            len(f) < _MIN_NAME
            or re.search(r"['’]s$", f)
            or (len(f) <= _MAX_ACRONYM and f.isupper())
        ):
            continue
        common = all(not w.isupper() and _english(w.casefold()) for w in words)
        if common and (len(words) == 1 or f != bare):
            continue
        out.setdefault(f)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _forms(name: str) -> tuple[str, tuple[str, ...]]:
    """A library name without a bracketed note, and the forms news writes it in: that name,
    without its legal form (``cleanco``), each without a trailing "Group"/"Holdings", each with
    umlauts written out (in that order, repeats kept; :func:`company_names`,
    :func:`title_names`)."""
    from cleanco import basename

    bare = re.sub(r"\s*\(.*$", "", name).strip(" ,.")
    forms = [bare, basename(bare)]
    forms += [_GROUP_TAIL.sub("", f) for f in forms]
    forms += [f.translate(_UMLAUTS) for f in forms]
    return bare, tuple(f.strip(" ,.") for f in forms)


def title_names(name: str) -> tuple[str, ...]:
    """The one-word names of a company that are English words ("Nissan", "Shell", "Siemens",
    "Apple": WordNet holds them all), which :func:`company_names` leaves out: found only in a
    title or description before a word in lower case ("Nissan chief executive", "a Shell
    spokesman", :func:`lookup_company` ``in_title``), where a capitalised word before a role is
    a body's name, never as a name standing alone ("Shell said", "Next year")."""
    found = company_names(name)
    out: dict[str, None] = {}
    for f in _forms(name)[1]:
        if f in found or " " in f or len(f) <= _MAX_ACRONYM or re.search(r"['’]s$", f):
            continue
        out.setdefault(f)
    return tuple(out)


def _english(word: str) -> bool:
    """Whether a lower-case word is an English word (:func:`english_words`) or the regular
    plural of one ("partners")."""
    words = english_words()
    return word in words or (word.endswith("s") and word[:-1] in words)


@functools.cache
def english_words() -> frozenset[str]:
    """The English words of the spaCy model's lemmatizer index (``lemma_index``: WordNet's
    nouns, verbs, adjectives and adverbs, lower case), read from the installed package or the
    model's directory (``PARLEY_SPACY_MODEL`` may be either). Empty when the model cannot be
    found or has no such table: then no one-word name is left to titles only."""
    from pathlib import Path

    import spacy
    from spacy.lookups import Lookups

    from parley.settings import get_settings

    name = get_settings().spacy_model
    try:
        root = Path(name) if Path(name).exists() else spacy.util.get_package_path(name)
    except (ModuleNotFoundError, OSError):  # a model spaCy cannot find keeps no English words
        return frozenset()
    found = next(iter(root.glob("**/lemmatizer/lookups")), None)
    if found is None:
        return frozenset()
    table = Lookups().from_disk(found).get_table("lemma_index", {})
    return frozenset(w for words in table.values() for w in words)
