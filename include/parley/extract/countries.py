"""Countries and their sub-national units from well-kept libraries, for actor resolution.

* **pycountry** (ISO 3166-1 and ISO 3166-2, Debian's iso-codes data): every current country code
  with its name, common name and official name ("Korea, Republic of" also as "Republic of Korea"),
  and every first-order subdivision (US states, provinces, regions ...) with its parent country.
* **countryinfo**: the demonym ("South Korean"), the capital ("Seoul") and spellings in common
  use ("Ivory Coast", "Holland") of each code.

Parley's own ``data/actors/countries.csv`` is read first and wins on every name it lists: it keeps
only what no library has (former states SU/DD/CS, press short forms such as "U.S.", plural
demonyms, seats of government like Whitehall, date bounds). This module only *adds* names.

Sub-national units are never countries: "Georgia Governor Brian Kemp" names a US state, and
:func:`subdivision_before_office` is how the actor code tells it from the country Georgia.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

# Words that, right after (or before, with "of") a place name, make it a sub-national unit:
# "Georgia Governor", "Texas state legislature", "the governor of Georgia", "Punjab province".
OFFICE_AFTER = frozenset(
    {
        "governor",
        "gov",
        "lieutenant",
        "state",
        "state's",
        "legislature",
        "legislator",
        "legislators",
        "senate",
        "assembly",
        "attorney",
        "county",
        "counties",
        "province",
        "provincial",
        "premier",
        "mayor",
        "sheriff",
        "congressman",
        "congresswoman",
        "delegation",
        "chief",
        "constable",
        "secretary",
        "statehouse",
        "republicans",
        "democrats",
        "senator",
        "senators",
        "congressional",
    }
)
OFFICE_BEFORE = frozenset({"governor", "state", "province", "legislature", "senator", "mayor"})
# titles of a member of a legislature or a governor written before the name of one who
# represents a sub-national unit, named after "of": "Sen. Jon Hale of Georgia", "Rep. Ann Berg
# of Georgia", "Gov. Brian Kemp of Georgia" (US press usage); words of a title, lower case, a
# final "." dropped. Not "representative" ("the Permanent Representative of Georgia") nor
# "governor" ("central bank governor X of Georgia"): offices of a state too
SEAT_TITLES = frozenset({"sen", "senator", "rep", "congressman", "congresswoman", "gov"})
MAX_NAME_WORDS = 4  # words of a person's name between a seat title and "of"


@dataclass(frozen=True)
class LibraryCountry:
    """One ISO 3166-1 country as the libraries describe it."""

    iso2: str
    name: str  # the common short name ("South Korea", "Russia")
    names: frozenset[str]  # every name and spelling, the short name included
    demonyms: frozenset[str]
    capitals: frozenset[str]


def unaccented(text: str) -> str:
    """``text`` with its accents and other combining marks taken off (Unicode NFKD, then the
    combining characters dropped): "Erdoğan" is "Erdogan", "Barrot" stays "Barrot"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _fold(text: str) -> str:
    text = unaccented(text)
    return re.sub(r"\s+", " ", text.replace(".", "").casefold()).strip()


def _plural(demonym: str) -> str | None:
    """ "Pakistani" → "Pakistanis", "Kenyan" → "Kenyans"; "Chinese", "Swiss" have none."""
    if " " in demonym or demonym[-1:] not in ("n", "i"):
        return None
    return demonym + "s"


@functools.cache
def library_countries() -> tuple[LibraryCountry, ...]:
    """Every ISO 3166-1 country (pycountry) with the names, demonyms and capitals countryinfo
    records for its code. Loaded once per process (about 0.5 s)."""
    import pycountry
    from countryinfo import all_countries

    info: dict[str, dict] = {}
    for record in all_countries():
        data = record.info()
        iso = (data.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        country = pycountry.countries.get(alpha_2=iso)
        if iso in info and country is not None:
            # several records share a code (GB also as "Wales"): keep the one named like ISO
            official = {country.name, getattr(country, "common_name", None)}
            official.add(getattr(country, "official_name", None))
            if data.get("name") not in official:
                continue
        info[iso] = data
    out = []
    for country in pycountry.countries:
        data = info.get(country.alpha_2, {})
        common = getattr(country, "common_name", None)
        names = {country.name, common, getattr(country, "official_name", None), data.get("name")}
        names = {n for n in names if n}
        # other spellings: several words ("Ivory Coast") or a variant of a name ("Turkiye"); a
        # single unrelated word is a native name that may be an English word ("Island")
        stems = {n[:3].casefold() for n in names}
        for alt in data.get("altSpellings") or []:
            if len(alt) > 3 and alt.isascii() and (" " in alt or alt[:3].casefold() in stems):
                names.add(alt)
        for n in list(names):  # "Korea, Republic of" → "Republic of Korea"
            head, _, tail = n.partition(", ")
            if tail.casefold().endswith(" of"):
                names.add(f"{tail} {head}")
        for n in list(names):  # the press drops the article: "Democratic Republic of Congo"
            if " of the " in n:
                names.add(n.replace(" of the ", " of "))
        demonyms = set()
        if data.get("demonym"):
            demonyms.add(data["demonym"])
            plural = _plural(data["demonym"])
            if plural:
                demonyms.add(plural)
        capitals = {data["capital"]} if data.get("capital") else set()
        short = common or data.get("name") or country.name
        out.append(
            LibraryCountry(
                country.alpha_2, short, frozenset(names), frozenset(demonyms), frozenset(capitals)
            )
        )
    return tuple(out)


@functools.cache
def subdivisions() -> dict[str, frozenset[str]]:
    """Folded names of ISO 3166-2 subdivisions → the countries that have one of that name
    ("georgia" → {"US"}; "punjab" → {"IN", "PK"}). Second-order units count too (English
    counties such as Northamptonshire sit under GB-ENG): a name is only ever read as a
    subdivision next to an office word (:func:`subdivision_before_office`), and a name several
    countries share stays ambiguous."""
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        out.setdefault(_subdivision_key(sub.name), set()).add(sub.country_code)
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=65536)  # every candidate name of every title is looked up
def _subdivision_key(text: str) -> str:
    """The one lookup key of :func:`subdivisions`, for its names and for every text looked up:
    folded (:func:`_fold`), the typographic apostrophe as the plain one, a final possessive
    ("Kent's chief constable") and a leading "the" dropped."""
    key = _fold(text.replace("’", "'"))
    return re.sub(r"^the ", "", re.sub(r"'s?$", "", key))


def subdivision_parents(text: str) -> frozenset[str]:
    """The ISO 3166-1 codes of the countries with an ISO 3166-2 subdivision named ``text``
    (pycountry; "Georgia" → {"US"}, "Punjab" → {"IN", "PK"}, "the Georgia" and "Georgia's"
    alike); empty when none has, and when a word of ``text`` is an abbreviation by its casing
    (:func:`_abbreviation_cased`: "BoE governor" is the Bank of England's, not Nauru's Boe
    district's)."""
    parents = subdivisions().get(_subdivision_key(text), frozenset())
    if parents and any(_abbreviation_cased(w) for w in text.split()):
        return frozenset()
    return parents


def _abbreviation_cased(word: str) -> bool:
    """Whether a word is cased as an abbreviation: at most five letters, a capital after the
    first, not all capitals ("BoE", "BoJ", "MoD"; a possessive ending not read). No word of an
    ISO 3166-2 name in pycountry is cased so (checked in the tests); "KwaZulu" is longer."""
    core = re.sub(r"['’]s?$", "", word)
    return (
        len(core) <= 5
        and core.isalpha()
        and not core.isupper()
        and any(c.isupper() for c in core[1:])
    )


@functools.cache
def subdivision_namesakes() -> dict[str, str]:
    """Countries whose name is also the name of another country's ISO 3166-2 subdivision, the
    country's code → that other country ("GE" → "US": Georgia; "LU" → "BE": the province of
    Luxembourg), from pycountry and countryinfo (:func:`library_countries`,
    :func:`subdivisions`); a name several other countries' subdivisions share is left out.
    What a sub-national official's state must not be taken from (STATEMENTS_GUIDE: Georgia's
    governor → US)."""
    import pycountry

    subs: dict[str, set[tuple[str, str]]] = {}  # name -> (its country, its code's last part)
    for sub in pycountry.subdivisions:
        subs.setdefault(_fold(sub.name), set()).add((sub.country_code, sub.code.split("-")[-1]))
    out: dict[str, str] = {}
    for country in library_countries():
        # a territory its state lists as a subdivision ("US-PR", "FR-GP") is that territory
        others = {
            c for c, part in subs.get(_fold(country.name), ()) if country.iso2 not in (c, part)
        }
        if len(others) == 1:
            out[country.iso2] = next(iter(others))
    return out


@functools.cache
def administering_states() -> dict[str, str]:
    """ISO 3166-1 codes of territories that ISO 3166-2 also lists as one subdivision of another
    state → that state ("HK" → "CN": CN-HK Hong Kong SAR; "PR" → "US": US-PR Puerto Rico; "AW"
    → "NL"). A territory counts when the subdivision has its code as suffix, its name begins with
    the territory's ISO name, and ISO 3166-2 lists no subdivisions of the territory itself (so
    Taiwan, which has its own, stays TW; so do Mali and India, whose codes a prefecture of
    Guinea and a US state share by chance). From pycountry (ISO 3166-1 and 3166-2)."""
    import pycountry

    territories = {c.alpha_2: c for c in pycountry.countries}
    divided = {sub.country_code for sub in pycountry.subdivisions}
    out: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        parent, _, code = sub.code.partition("-")
        country = territories.get(code)
        if country is None or code == parent or code in divided:
            continue
        name = _fold(sub.name)
        names = (getattr(country, k, None) for k in ("name", "common_name", "official_name"))
        if any(name == n or name.startswith(n + " ") for n in map(_fold, filter(None, names))):
            out[code] = parent
    return out


def subdivision_before_office(words: list[str], start: int, end: int) -> str | None:
    """The country of a sub-national unit named by ``words[start:end]`` when an office or unit
    word marks it as one ("Georgia Governor", "Texas state senator", "the governor of Georgia",
    "Punjab province") or it is the unit a legislator or governor named before "of" represents
    ("Sen. Jon Hale of Georgia": a :data:`SEAT_TITLES` word at most :data:`MAX_NAME_WORDS`
    words before "of"); None otherwise, and when several countries have a unit of that name.

    ``words`` are the tokens of a title or sentence; the check reads at most six words before
    the name and one after it, so it costs O(1) per candidate name."""
    parents = subdivision_parents(" ".join(words[start:end]))  # "Kent's chief constable"
    if not parents or len(parents) != 1:
        return None
    after = words[end].casefold().strip(".,") if end < len(words) else ""
    before = words[start - 1].casefold() if start > 0 else ""
    before2 = words[start - 2].casefold() if start > 1 else ""
    if after in OFFICE_AFTER or (before == "of" and before2 in OFFICE_BEFORE):
        return next(iter(parents))
    if before == "of":
        # "Sen. Jon Hale of Georgia" (or "Sen. of Georgia" with the name left out by a caller)
        lead = words[max(0, start - 2 - MAX_NAME_WORDS) : start - 1]
        for k, word in enumerate(lead):
            if word.casefold().rstrip(".") in SEAT_TITLES and all(
                w[:1].isupper() for w in lead[k + 1 :]
            ):
                return next(iter(parents))
    return None


def namesake_subdivision(
    words: list[str],
    start: int,
    end: int,
    country: str | None,
    party_state: Callable[[str], str | None] | None = None,
) -> str | None:
    """The one reading of a state's namesake: the ISO 3166-2 code of the state whose subdivision
    ``words[start:end]`` names where that name read alone is the state ``country`` ("Georgia":
    GE alone, the US state in "a Georgia Republican", "the Georgia senator", "Georgia
    Democrats", "the governor of Georgia"). The subdivision is read when an office word marks it
    (:func:`subdivision_before_office`) or the word after it is a member of a party of the
    subdivision's state (``party_state``: the state whose party a word names, None for none;
    the caller's tables, ``institutions.csv``, which this module does not read). A leading "the"
    is no word of the name. None when ``country`` is None, when ``country`` has a subdivision of
    that name itself, when several states have one (pycountry) or when nothing marks it.
    Inputs: the words of a title, a description or a mention and the word after it; at most
    three look-ups."""
    if end - start > 1 and words[start].casefold() == "the":
        start += 1
    if country is None:
        return None
    parents = subdivision_parents(" ".join(words[start:end]))
    if len(parents) != 1 or country in parents:
        return None
    (parent,) = parents
    if subdivision_before_office(words, start, end) == parent:
        return parent
    if end < len(words) and party_state is not None and party_state(words[end]) == parent:
        return parent
    return None


def subdivision_around(
    words: list[str], start: int, end: int, country: str | None
) -> tuple[int, int, frozenset[str]] | None:
    """The ISO 3166-2 subdivision whose name of several words encloses ``words[start:end]``, a
    name that read alone means ``country`` but inside that name does not: "Mexico" in "a New
    Mexico Republican" (US-NM), "British" in "British Columbia" (CA-BC), "Ireland" in "Northern
    Ireland" (GB-NIR). Returns (first word, end, the subdivision's countries), the longest such
    name; None when no subdivision of another country encloses the span ("Western Australia"
    is Australia's own: its "Australia" stands). At most four words: O(1) look-ups per span."""
    best = None
    for first in range(max(0, start - 3), start + 1):
        for last in range(end, min(len(words), first + 4) + 1):
            if last - first <= end - start:
                continue
            parents = subdivision_parents(" ".join(words[first:last]))
            longer = best is None or last - first > best[1] - best[0]
            if parents and country not in parents and longer:
                best = (first, last, parents)
    return best


@functools.cache
def _world_region_pattern() -> re.Pattern:
    from countryinfo import all_countries

    states = {_fold(n) for c in library_countries() for n in c.names}
    names: set[str] = set()
    for record in all_countries():
        data = record.info()
        for key in ("region", "subregion"):
            for part in re.split(r"\s+and\s+(?:the\s+)?", data.get(key) or ""):
                if part.strip() and _fold(part.strip()) not in states:
                    names.add(part.strip())  # "Australia and New Zealand": states, not regions
    # the press writes "Southeast Asia" for the geoscheme's "South-eastern Asia"
    names |= {re.sub(r"(?i)south-eastern", "Southeast", n) for n in names}
    alternatives = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.I)


@functools.cache
def _region_holding_states() -> tuple[str, ...]:
    """The names of states that hold a region's name ("South Africa", "Republic of South Africa",
    "French Polynesia", "Federated States of Micronesia", from pycountry), case-folded, longest
    first."""
    regions = _world_region_pattern()
    holders = {n.casefold() for c in library_countries() for n in c.names if regions.search(n)}
    return tuple(sorted(holders, key=len, reverse=True))


@functools.cache
def _in_world_region_pattern() -> re.Pattern:
    return re.compile(
        r"\b(?:in|from|across|throughout)\s+(?:the\s+)?(?:rest\s+of\s+(?:the\s+)?)?"
        rf"(?:{_world_region_pattern().pattern})",
        re.I,
    )


def without_world_regions(text: str) -> str:
    """``text`` with the names of world regions blanked out, so that a state's name inside one
    ("America" in "Latin America") is not read as that state; a state whose name holds a region's
    ("South Africa", "French Polynesia") is kept whole."""

    def blank(m: re.Match) -> str:
        region = m.group(0).casefold()
        for state in _region_holding_states():
            at = state.find(region)  # the holder's name is ASCII-foldable: offsets agree
            begin = m.start() - at
            # compare ``text``'s own slice: casefolding the whole text shifts the offsets after
            # a character whose case fold is longer ("ß" -> "ss", "İ" -> "i̇")
            if at >= 0 and begin >= 0 and text[begin : begin + len(state)].casefold() == state:
                return m.group(0)  # the region's name inside a state's: the state
        return " "

    return _world_region_pattern().sub(blank, text)


def names_world_region(text: str | None) -> bool:
    """Whether ``text`` places its people in a region of the world rather than a state
    ("government officials in the rest of Europe", "diplomats from Southern Asia"): a region or
    subregion of **countryinfo** (the UN geoscheme's: Europe, Asia, Western Europe, Latin America,
    the Caribbean ...) after "in", "from", "across" or "throughout" (not "of": France's "Minister
    of Europe and Foreign Affairs" is a state's). Such a speaker speaks
    for no one state."""
    return bool(text) and bool(_in_world_region_pattern().search(text))
