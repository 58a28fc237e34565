"""Actors: who a speaker or a target is — canonical name, country, organisation, role, sector.

Method (rules over the parse plus curated tables shipped as data, every row with its source):

1. **The actor table** (``data/actors/actors.csv``): heads of state and government, foreign ministers,
   spokespeople, envoys and heads of international organisations, one row per *role held*, each
   bounded by dates. A name resolves to the row whose ``[start, end)`` contains the article's date,
   so "Bush" in 1987 is the Vice President and in 2004 the President. A one-word name ("Lavrov")
   resolves only when exactly one person in the table carries that surname at that date.
2. **Institutions and places** (``data/actors/institutions.csv``, ``data/actors/countries.csv``): institutions
   that stand for governments (Kremlin, White House, Élysée, Downing Street, State Department ...),
   capitals used as metonyms (Moscow, Washington, Kyiv/Kiev), international organisations, media,
   parties, regions; country names, aliases and demonyms with ISO 3166 alpha-2 codes. Rows are
   date-bounded too ("Moscow" and "Soviet" mean SU before 1991-12-25, "Moscow" means RU after).
3. **Evidence from the text**: titles before a name ("Kremlin spokesperson Dmitry Peskov",
   "Russian foreign minister Sergei Lavrov"), appositions ("Russia's Permanent Representative ...,
   Mikhail Ulyanov"), gathered over *every* mention of the person in the document. A title gives
   the country (a demonym, a country or an institution inside it) and the sector (``data/actors/roles.csv``
   keywords: minister → government, ambassador → diplomatic, armed forces → military ...).
   Descriptions without a name ("the Polish armed forces operational command") resolve the same way.

The table wins over the text when one of its rows is valid at the article's date; otherwise the
text decides and the table only fills a country that all of the person's rows agree on. This module
holds the tables and the lookups; :mod:`.actor_resolver` applies them to one document.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from parley.datafiles import rows
from parley.extract.companies import COMPANY_EVIDENCE
from parley.extract.countries import unaccented

if TYPE_CHECKING:
    pass

SECTORS = (
    "government",
    "military",
    "diplomatic",
    "opposition",
    "international organisation",
    "media",
    "other",
)
PRONOUNS = {"he", "she", "they", "i", "we", "him", "her", "them", "it", "you", "us", "me"}
RELATIVES = {"who", "which", "that", "this", "these", "those", "one", "whom"}


def is_pronoun(text: str, words: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a speaker or name string ``text`` is a bare pronoun (:data:`PRONOUNS`), relative
    word (:data:`RELATIVES`) or one of ``words``, compared folded (:func:`fold`). A form written
    as an abbreviation, in capitals or with dots ("US", "U.S."), is the country's short name,
    not the pronoun "us" that folds to the same key: "The US said ..." has a speaker. Returns
    False for an empty string (callers test emptiness themselves)."""
    return not written_as_abbreviation(text) and fold(text) in PRONOUNS | RELATIVES | words


def written_as_abbreviation(text: str) -> bool:
    """Whether ``text`` is written as an abbreviation: with an inner dot ("U.S.") or in capitals,
    two letters or more ("US", "UN"). Such a form is a name even when it folds to a pronoun."""
    bare = text.strip().strip(".")
    return "." in bare or (len(bare) > 1 and bare.isupper())


HONORIFICS = re.compile(
    r"^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|rev|prof|professor|president|minister|senator|sen)"
    r"\.?\s+(?=\S)",
    re.I,
)


@dataclass(frozen=True)
class Actor:
    """A resolved speaker or target."""

    name: str  # canonical: "Dmitry Peskov", "Russia", "Kremlin", "NATO"
    kind: str  # person | country | institution | seat | io | group | region | media | party | organisation | description
    country: str | None = None  # ISO 3166 alpha-2 (SU/DD/CS for former states); None for IOs
    organisation: str | None = None
    role: str | None = None
    sector: str | None = None  # one of SECTORS
    qid: str | None = None  # Wikidata QID where known
    evidence: str = ""  # how it was resolved: actor-table, institution, country, title, ...
    # a group of states ("both Koreas") or a joint speaker ("France and Germany said",
    # statements.context.DocContext._joint): every member's code, the first being ``country``
    members: tuple[str, ...] = ()

    @property
    def party(self) -> str | None:
        """The side it stands for in country-pair views: its country, else its organisation."""
        return self.country or (self.organisation if self.kind == "io" else None)


# ---------------------------------------------------------------------------------------------
# tables


@functools.cache
def state_media() -> frozenset[str]:
    """Names of the news outlets owned or run by a state, which speak for it (``state_media``
    = ``yes`` in ``data/actors/institutions.csv``): "according to Xinhua" is a statement of
    China's, "according to the BBC" a background fact."""
    return frozenset(
        r["name"] for r in rows("actors/institutions.csv") if r["state_media"] == "yes"
    )


def as_written(name: str, written: str | None) -> str:
    """``name`` (an actor table's or the Factbook's canonical form, which writes "Recep Tayyip
    Erdogan", "Jean-Noel Barrot") with each word the article wrote with its accents in the
    article's spelling: ``as_written("Recep Tayyip Erdogan", "Erdoğan")`` is "Recep Tayyip
    Erdoğan". A word is replaced only by one that differs from it by accents alone (same
    letters, same case: "ERDOĞAN" leaves "Erdogan"); a name the article wrote without accents,
    or no written form, leaves ``name`` as it is. Lookups fold accents (:func:`fold`); this
    keeps the display form the source gave."""
    if not written or written.isascii():
        return name
    spelled: dict[str, str] = {}
    for w in written.replace("’", "'").split():
        w = re.sub(r"'s$", "", w.strip('.,;:"“”()'))
        if not w.isascii():
            spelled.setdefault(unaccented(w), w)
    return " ".join(spelled.get(word, word) for word in name.split(" "))


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lookup key: accents and case folded, dots and possessive 's dropped, 'the' stripped,
    a hyphen inside a word dropped and British '-isation' spelled '-ization' (so that
    "Organisation for Economic Cooperation" finds "Organization for Economic Co-operation")."""
    text = unaccented(text).replace("’", "'").strip().strip("\"'“”‘’«»")
    text = re.sub(r"'s$", "", text)
    text = text.replace(".", "").casefold()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", "", text)
    text = text.replace("isation", "ization")
    return re.sub(r"\s+", " ", text).strip()


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class _Row:
    actor: Actor
    start: date | None
    end: date | None

    def valid(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass
class Tables:
    """All actor data, indexed by folded name."""

    people: dict[str, list[_Row]]
    surnames: dict[str, list[_Row]]
    places: dict[str, list[_Row]]  # institutions, IOs, seats, countries by name/alias
    demonyms: dict[str, list[_Row]]
    countries: dict[str, Actor]  # iso2 -> country actor
    roles: list[tuple[str, str, bool]]  # (keyword, sector, is a person's title), longest first
    role_countries: list[tuple[str, str]]  # (keyword, iso2) for titles only one country uses
    posted: frozenset[str]  # titles of people sent to another party (ambassador, envoy)
    # every person's title of ``roles`` as one whole-word alternation (:func:`has_title_word`)
    person_titles: re.Pattern


# states whose people's names the English-language press writes family name first ("Xi
# Jinping", "Kim Jong Un", "Nguyen Phu Trong", "Hun Sen"): their actor-table rows are found by the
# first word too ("President Xi"). Source: Wikipedia, "Personal name" (Eastern name order), for
# China, Taiwan, Hong Kong, Macau, both Koreas, Vietnam and Cambodia; Japan and Hungary are left
# out, the English-language press writes their names given name first.
FAMILY_NAME_FIRST = frozenset({"CN", "TW", "HK", "MO", "KP", "KR", "VN", "KH"})


@functools.cache
def tables() -> Tables:
    """Load the actor tables once per process."""
    people: dict[str, list[_Row]] = defaultdict(list)
    surnames: dict[str, list[_Row]] = defaultdict(list)
    for r in rows("actors/actors.csv"):
        actor = Actor(
            name=r["name"],
            kind="person",
            country=r["country"] or None,
            organisation=r["organisation"] or None,
            role=r["role"] or None,
            sector=r["sector"] or None,
            qid=r["qid"] or None,
            evidence="actor-table",
        )
        row = _Row(actor, _date(r["start"]), _date(r["end"]))
        names = {r["name"], *filter(None, r["aliases"].split("|"))}
        for n in names:
            people[fold(n)].append(row)
        if r["country"] in FAMILY_NAME_FIRST and " " in r["name"]:
            # "President Xi", "Chairman Kim": the family name is written first, and the last
            # word is a given name ("Un" of Kim Jong Un: "the UN said" is no one of his)
            surnames[fold(r["name"].split()[0])].append(row)
        else:
            surnames[fold(r["name"].split()[-1])].append(row)
    _add_library_leaders(people)

    places: dict[str, list[_Row]] = defaultdict(list)
    demonyms: dict[str, list[_Row]] = defaultdict(list)
    countries: dict[str, Actor] = {}
    for r in rows("actors/countries.csv"):
        actor = Actor(
            name=r["name"],
            kind="country",
            country=r["iso2"],
            sector="government",
            qid=r["qid"] or None,
            evidence="country",
        )
        countries[r["iso2"]] = actor
        row = _Row(actor, _date(r["start"]), _date(r["end"]))
        for n in {r["name"], *filter(None, r["aliases"].split("|"))}:
            places[fold(n)].append(row)
        for n in filter(None, r["seats"].split("|")):
            seat = replace(actor, kind="seat", evidence="seat")
            places[fold(n)].append(_Row(seat, row.start, row.end))
        for n in filter(None, r["demonyms"].split("|")):
            demonyms[fold(n)].append(replace(row, actor=replace(actor, evidence="demonym")))
    for r in rows("actors/institutions.csv"):
        actor = Actor(
            name=r["name"],
            kind=r["kind"],
            country=r["country"] or None,
            organisation=r["organisation"] or None,
            sector=r["sector"] or None,
            qid=r["qid"] or None,
            evidence="institution",
        )
        row = _Row(actor, _date(r["start"]), _date(r["end"]))
        for n in {r["name"], *filter(None, r["aliases"].split("|"))}:
            places[fold(n)].append(row)
    _add_library_countries(places, demonyms, countries)  # after Parley's rows: they win
    for r in rows("actors/groups.csv"):
        members = tuple(filter(None, r["members"].split("|")))
        group = Actor(
            name=r["name"],
            kind="group",
            country=members[0],
            sector="government",
            evidence="group",
            members=members,
        )
        for n in {r["name"], *filter(None, r["aliases"].split("|"))}:
            places[fold(n)].append(_Row(group, None, None))
    role_rows = rows("actors/roles.csv")
    roles = sorted(
        ((r["keyword"].casefold(), r["sector"], r["person"] == "yes") for r in role_rows),
        key=lambda t: -len(t[0]),
    )
    role_countries = sorted(
        ((r["keyword"].casefold(), r["country"]) for r in role_rows if r["country"]),
        key=lambda t: -len(t[0]),
    )
    posted = frozenset(r["keyword"].casefold() for r in role_rows if r["posted"] == "yes")
    person_titles = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(k) for k, _, person in roles if person)
        + r")(?![\w-])"
    )
    return Tables(
        dict(people),
        dict(surnames),
        dict(places),
        dict(demonyms),
        countries,
        roles,
        role_countries,
        posted,
        person_titles,
    )


@functools.cache
def country_codes() -> frozenset[str]:
    """The ISO codes of :attr:`Tables.countries` (``data/actors/countries.csv`` and the countries
    the library knows: :func:`parley.extract.countries.library_countries`), without loading the
    other tables (the leaders library among them): what a validation needs."""
    from parley.extract.countries import library_countries

    return frozenset(r["iso2"] for r in rows("actors/countries.csv")) | frozenset(
        c.iso2 for c in library_countries()
    )


def _add_library_leaders(people: dict[str, list[_Row]]) -> None:
    """Add the heads of state and government the CIA World Factbook lists
    (:mod:`parley.extract.leaders`: "Prime Minister Petteri ORPO (since 20 June 2023)") under
    every full name and alias ``actors.csv`` leaves free; its rows always win. Each row is valid
    from the Factbook's "since" date, with no end (the Factbook names the holder today). They
    resolve by full name only, never by a bare surname: a surname a past article uses for
    someone else must not become today's leader."""
    from parley.extract.leaders import library_leaders

    for leader in library_leaders():
        names = [leader.name, *leader.aliases]
        if any(fold(n) in people for n in names):
            continue
        actor = Actor(
            name=leader.name,
            kind="person",
            country=leader.country,
            role=leader.role,
            sector="government",
            evidence="factbook",
        )
        row = _Row(actor, leader.start, None)
        for n in names:
            people[fold(n)].append(row)


def _add_library_countries(
    places: dict[str, list[_Row]], demonyms: dict[str, list[_Row]], countries: dict[str, Actor]
) -> None:
    """Add the names, capitals and demonyms pycountry and countryinfo know
    (:mod:`parley.extract.countries`) under every key Parley's own tables leave free: a row of
    ``countries.csv`` or ``institutions.csv`` always wins."""
    from parley.extract.countries import library_countries

    for c in library_countries():
        actor = countries.get(c.iso2)
        if actor is None:
            actor = Actor(name=c.name, kind="country", country=c.iso2, sector="government")
            countries[c.iso2] = actor
        named = replace(actor, evidence="country-library")
        for n in c.names:
            places.setdefault(fold(n), [_Row(named, None, None)])
        seat = replace(actor, kind="seat", evidence="seat-library")
        for n in c.capitals:
            places.setdefault(fold(n), [_Row(seat, None, None)])
        demonym = replace(actor, evidence="demonym-library")
        for n in c.demonyms:
            demonyms.setdefault(fold(n), [_Row(demonym, None, None)])


def _valid(rows: list[_Row], when: date | None) -> list[_Row]:
    return [r for r in rows if r.valid(when)]


def as_date(when: date | datetime | str | None) -> date | None:
    """An article date (date, datetime or ISO string) as a ``date``; None when unknown."""
    if when is None or when == "":
        return None
    if isinstance(when, datetime):
        return when.date()
    if isinstance(when, date):
        return when
    return date.fromisoformat(str(when)[:10])


# ---------------------------------------------------------------------------------------------
# names and titles


# years around a role within which a surname alone still names its holder (lookup_person): a
# president's or minister's surname stays theirs in the news for about a term after they leave
SURNAME_YEARS = 4


# the titles of a head of state or government, as the roles of actors.csv open
_HEAD_TITLE = re.compile(
    r"(?:President|Prime Minister|Premier|Chancellor|King|Queen|Supreme Leader)\b"
)


def heads_a_state(role: str | None) -> bool:
    """Whether a table role is a head of state's or government's: a :data:`_HEAD_TITLE`, bare
    ("President", as the library's leaders are written) or "of" a place the tables know as a
    country ("President of the United States", "Chancellor of West Germany"); not "President of
    the World Bank", "Chancellor of the Exchequer" nor "Prime Minister's press secretary"."""
    found = _HEAD_TITLE.match(role or "")
    if found is None:
        return False
    rest = role[found.end() :]
    if rest.startswith(" of "):
        place = lookup_place(re.sub(r"^the\s+", "", rest[4:].strip()), None)
        return place is not None and place.kind == "country"
    return not rest.startswith(("'", "\u2019"))


def _held_near(row: _Row, when: date) -> bool:
    """Whether the table row's role period comes within :data:`SURNAME_YEARS` of ``when``, or
    its role is a head of state's or government's (:func:`heads_a_state`), whose surname names
    them at any date ("the Obama administration" in 2025)."""
    if heads_a_state(row.actor.role):
        return True
    span = relativedelta(years=SURNAME_YEARS)  # 29 February counts to 28 February
    lo, hi = when - span, when + span
    return (row.end is None or row.end >= lo) and (row.start is None or row.start <= hi)


@functools.cache
def _given_initials() -> dict[str, frozenset[str]]:
    """Per person of the actor table (by name), the first letters of the given names of every
    form the table writes the person's name in (name and aliases: "Antony J. Blinken" → a, j)."""
    found: dict[str, set[str]] = defaultdict(set)
    for key, held in tables().people.items():
        for r in held:
            found[r.actor.name] |= {w[0] for w in key.split()[:-1]}
    return {name: frozenset(letters) for name, letters in found.items()}


def lookup_person(name: str, when: date | None) -> Actor | None:
    """A person from the actor table by full name, alias or (unambiguous) surname: the row in
    office at ``when`` (None: two people of the name in office at once); a person known but in
    none of the table's roles at that date by a full name, by a surname alone (or initials and
    a surname) only when a role of theirs comes within :data:`SURNAME_YEARS` of ``when`` or is
    a head of state's or government's; None when nothing matches."""
    t = tables()
    key = fold(name)
    rows = t.people.get(key)
    if rows is None and HONORIFICS.match(key):  # "Mr Blair", "Sir Geoffrey Howe", "Dr Rice"
        key = HONORIFICS.sub("", key)
        rows = t.people.get(key)
    surname_only = False
    if rows is None and " " not in key:
        rows = t.surnames.get(key)
        surname_only = True
    if rows is None and re.fullmatch(r"(?:[a-z]\.? ?){1,2} [a-z'-]+", key):
        # "J. Blinken": initials and a surname, each initial one of the person's given names'
        # ("Antony J. Blinken"); "J. J. Price" is not Ned Price
        initials = set(key.split()[:-1])
        given = _given_initials()
        rows = [
            r for r in t.surnames.get(key.split()[-1], ()) if initials <= given[r.actor.name]
        ] or None
        surname_only = True
    if not rows:
        return None
    persons = {r.actor.name for r in rows}
    valid = _valid(rows, when)
    if surname_only and when is not None and not valid:
        # a surname alone, at a date the table's people of that name hold none of its roles:
        # only someone who held one within SURNAME_YEARS of it, or a head of state or
        # government ("Obama" in 2025); "McConnell" in 2016 is not Jack McConnell, First
        # Minister of Scotland to 2007, nor "Powell" in 2022 Colin Powell
        rows = [r for r in rows if _held_near(r, when)]
        if not rows:
            return None
        persons = {r.actor.name for r in rows}
    if when is not None and valid:
        if len({r.actor.name for r in valid}) == 1:
            return valid[0].actor
        return None  # two people of that name in office at once: ambiguous
    if len(persons) != 1:
        return None
    # the person is known but holds none of the table's roles at that date (or the date is unknown)
    first = rows[0].actor
    if when is None and len(rows) == 1:
        return first
    countries = {r.actor.country for r in rows}
    return Actor(
        name=first.name,
        kind="person",
        country=countries.pop() if len(countries) == 1 else None,
        qid=first.qid,
        evidence="actor-table:name-only",
    )


def office_holder(country: str, title: str, when: date | None) -> Actor | None:
    """The one person of the actor table (``actors.csv``) who holds ``title`` of ``country`` at
    ``when``: the row of that state, valid at that date, whose role opens with the title's words
    ("President" → "President of the United States", not "Vice President of the United
    States"). None without a date, or when no one or several hold it."""
    if when is None or not title.strip():
        return None
    opening = fold(title).split()
    found = {
        row.actor.name: row.actor
        for rows in tables().people.values()
        for row in rows
        if row.actor.country == country
        and row.actor.role
        and fold(row.actor.role).split()[: len(opening)] == opening
        and row.start is not None
        and row.valid(when)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def person_country(name: str, when: date | None) -> str | None:
    """The state of the person ``name`` means in the actor tables: :func:`lookup_person`'s, or,
    when the name is ambiguous ("Bush": two presidents), the one state every person of that
    full name or surname belongs to. None when unknown or when they belong to different states."""
    known = lookup_person(name, when)
    if known is not None and known.country:
        return known.country
    t = tables()
    key = HONORIFICS.sub("", fold(name))
    rows = t.people.get(key) or (t.surnames.get(key) if " " not in key else None) or []
    countries = {r.actor.country for r in rows}
    return countries.pop() if len(countries) == 1 else None


def lookup_place(name: str, when: date | None) -> Actor | None:
    """An institution, international organisation, seat or country by name (date-bounded)."""
    raw = name.strip()
    key = fold(raw)
    if not key:
        return None
    # short all-lowercase words ("us", "un") are not the abbreviations
    if len(key) <= 3 and raw.replace(".", "").islower():
        return None
    rows = _valid(tables().places.get(key, []), when)
    # "the island's port": the libraries' names are proper nouns ("the Dominican Republic" is one:
    # the article before it is not part of the name)
    if re.sub(r"^the\s+", "", raw)[:1].islower():
        rows = [r for r in rows if not r.actor.evidence.endswith("-library")]
    return rows[0].actor if rows else None


def lookup_demonym(word: str, when: date | None) -> Actor | None:
    key = fold(word)
    if not key or (len(key) <= 3 and word.islower()):
        return None
    rows = _valid(tables().demonyms.get(key, []), when)
    return rows[0].actor if rows else None


@functools.cache
def _word(keyword: str) -> re.Pattern:
    """``keyword`` as a whole word or phrase (compiled once: the role lists are read per mention)."""
    return re.compile(rf"(?<![\w-]){re.escape(keyword)}(?![\w-])")


def role_sector(text: str) -> str | None:
    """The sector a title or description implies (longest keyword wins; a title word whose
    ``roles.csv`` row gives no sector, "head", "director", says none: the next keyword may)."""
    low = f" {text.casefold()} "
    for keyword, sector, _ in tables().roles:
        # ``keyword in low`` first: the substring test is what the whole-word pattern needs
        # anyway, and it rejects almost every one of the table's keywords without a regex
        if sector and keyword in low and _word(keyword).search(low):
            return sector
    return None


def role_country(text: str) -> str | None:
    """The country a title implies by itself, for titles only one country uses ("Home
    Secretary", "Shadow Chancellor", "Taoiseach"): ``roles.csv``'s ``country`` column."""
    low = f" {text.casefold()} "
    for keyword, iso2 in tables().role_countries:
        if keyword in low and _word(keyword).search(low):
            return iso2
    return None


def has_title_word(text: str) -> bool:
    """Whether ``text`` holds a person's title of ``roles.csv`` (a row with ``person`` yes:
    "minister", "spokesman") as a whole word or phrase, in any case."""
    return tables().person_titles.search(f" {text.casefold()} ") is not None


# a name before these is a geographic feature, not a state ("South China Sea expert")
_GEO_AFTER = {"sea", "sea's", "gulf", "ocean", "strait", "straits", "peninsula", "river", "desert"}


def names_a_feature(name: str) -> bool:
    """Whether a name of two or more words is a geographic feature the tables do not know as a
    state or seat ("Red Sea", "Strait of Hormuz", "South China Sea"; not "Persian Gulf states"):
    its last word, or the first before "of", is a feature word of Parley's list."""
    words = re.sub(r"^the\s+", "", name.strip(), flags=re.I).split()
    if len(words) < 2 or lookup_place(" ".join(words), None) is not None:
        return False
    key = words[0] if len(words) > 2 and words[1].casefold() == "of" else words[-1]
    return key.casefold() in _GEO_AFTER


# a state's name (not its demonym) before these is the subject a person studies, not the state he
# speaks for ("a China scholar with the American Enterprise Institute", "a Russia expert at
# Harvard"; "a Russian expert" is a Russian; a company's, "Daiwa Securities analyst", is its
# employer): nouns of expertise, written by Parley
_SUBJECT_AFTER = {
    "scholar",
    "scholars",
    "expert",
    "experts",
    "specialist",
    "specialists",
    "analyst",
    "analysts",
    "watcher",
    "watchers",
    "researcher",
    "researchers",
    "historian",
    "historians",
}
# bodies whose "on"/"about" names what they deal with ("the House committee on China"): that
# state is their subject, never whom they speak for, not even when nothing else is named
_TOPIC_BODIES = {"committee", "subcommittee", "commission", "caucus", "panel", "council"}
# a name after these is where a title holder serves or what they deal with ("envoy to Syria")
_HOST_BEFORE = {"to", "in", "at", "on", "into", "from", "over", "about", "against", "with"}
# after a posted title ("Special Representative for the DPRK", "Ambassador to Australia") a name
# after these is the party the holder is sent to, never the state that sends them
_POSTED_BEFORE = _HOST_BEFORE | {"for"}
# a region's people have no one state, and where they are is not whom they speak for ("a Western
# envoy in Warsaw", "European diplomats in Moscow": guide, speaker_country null)
_REGIONAL_ADJECTIVES = {"western", "european", "arab", "asian", "african", "gulf", "regional"}


@functools.lru_cache(maxsize=8192)
def country_in(text: str, when: date | None) -> Actor | None:
    """The country, institution or organisation a title or description names, reading left to
    right and preferring the longest name at each position ("Russian foreign minister" → Russia,
    "Kremlin spokesperson" → Kremlin, "Britain's envoy to the Syria peace talks" → Britain).
    A state's name before a noun of expertise is a subject, not a state ("China scholar with
    the American Enterprise Institute" → the United States).

    A name after a preposition ("envoy to Syria") counts only when nothing else does, and not
    after a region's adjective ("a Western envoy in Warsaw": no state) nor after the "on" of a
    body that deals with it ("the House committee on China": no state); a name
    inside a geographic feature ("South China Sea expert") never counts; a sub-national unit
    marked by an office word ("Georgia Governor") is that unit's country, never the country of
    the same name (Georgia the state is US, not GE), and a state's name or demonym inside the
    written-out name of another state's subdivision is that subdivision ("a New Mexico
    Republican" → US, "British Columbia" → CA, "Northern Ireland" → GB). After a posted title (``roles.csv``
    ``posted``: ambassador, envoy, special representative) a name after "to", "for", "in" ... is
    where the holder is sent and never counts ("Special Envoy for Iran Robert Malley": no state;
    "China's ambassador to Australia" → China). A name of more than four words is read whole, longest first ("the Democratic Republic of
    the Congo" → CD, never the "Republic of the Congo" inside it: :func:`_long_place_names`),
    and a namesake before a member of its subdivision's state's party is that subdivision ("a
    Georgia Republican" → US: :func:`parley.extract.countries.namesake_subdivision`). A party
    after "ex-" is its state's, no longer that party's ("Ex-Labour MP" → GB, organisation none);
    a state's name after "ex-" before a noun of a state (:data:`_STATE_NOUNS`) is no state ("an
    ex-Soviet republic", "an ex-British colony"); before anything else it is the state as written
    ("ex-British Prime Minister" → GB), unless a later name is read ("ex-Soviet Georgia" → GE).
    Where no table name stands, a listed company as a person's employer (:func:`_company_at`:
    "Nissan chief executive", "an economist with ABN Amro"). Linear in the number of words (four
    table look-ups and a company look-up per word and name length, more only at the first word
    of a longer name)."""
    from parley.extract.countries import (
        namesake_subdivision,
        subdivision_around,
        subdivision_before_office,
        without_world_regions,
    )

    written = re.findall(_WORD, without_world_regions(text))
    # "Ex-Labour MP George Galloway": a former member's party is read without its "ex-"
    words = [_without_ex(w) for w in written]
    former = {k for k, w in enumerate(written) if w != words[k]}
    posted_at = posted_title_end(words)
    fallback: Actor | None = None
    longer = _long_place_names()
    for i in range(len(words)):
        # "the Georgia senator": the article is no word of the name (:func:`fold`)
        the = int(words[i].casefold() == "the" and i + 1 < len(words))
        for n in (*(k + the for k in longer.get(fold(words[i + the]), ())), 4, 3, 2, 1):
            if i + n > len(words):
                continue
            phrase = " ".join(words[i : i + n])
            core = i + 1 if n > 1 and the else i
            parent = subdivision_before_office(words, core, i + n)
            if parent is not None:
                return region(" ".join(words[core : i + n]), parent)
            hit = (
                lookup_place(phrase, when)
                or (lookup_demonym(phrase, when) if n <= 2 else None)
                or _company_at(words, i, i + n)
            )
            if hit is None or hit.kind == "region":
                continue
            if former.intersection(range(i, i + n)):
                if hit.kind != "party":
                    if i + n < len(words) and words[i + n].casefold() in _STATE_NOUNS:
                        continue  # "an ex-Soviet republic" is no longer that state's
                    # "ex-British Prime Minister" is British, as "former British Prime
                    # Minister" is, unless a later name places him ("ex-Soviet Georgia")
                    fallback = fallback or hit
                    continue
                # a former member still speaks from the party's state, no longer for the party
                hit = replace(hit, organisation=None, evidence="former-party")
            parent = namesake_subdivision(
                words, i, i + n, hit.country, functools.partial(party_state, when=when)
            )
            if parent is not None:  # "a Georgia Republican": the US state, never Georgia
                return region(" ".join(words[core : i + n]), parent)
            around = subdivision_around(words, core, i + n, hit.country) if hit.country else None
            if around is not None:  # "New Mexico": the US state, never Mexico
                first, last, parents = around
                if len(parents) == 1:
                    return region(" ".join(words[first:last]), next(iter(parents)))
                break
            if hit.kind == "party" and _inside_a_name(words, i, i + n):
                continue
            if n == 1 and _head_of_another_name(words, i):
                continue  # "the Federal Trade Commission" is no European Commission
            if i + n < len(words) and words[i + n].casefold() in _GEO_AFTER:
                break
            if (
                i + n < len(words)
                and words[i + n].casefold() in _SUBJECT_AFTER
                and hit.evidence not in ("demonym", COMPANY_EVIDENCE)
            ):
                break
            if sent_to(words, i, posted_at):
                break
            if i > 0 and words[i - 1].casefold() in _HOST_BEFORE:
                topic = (
                    words[i - 1].casefold() in ("on", "about")
                    and i > 1
                    and words[i - 2].casefold().rstrip("s") in _TOPIC_BODIES
                )
                if not topic and not any(
                    w.casefold() in _REGIONAL_ADJECTIVES for w in words[: i - 1]
                ):
                    fallback = fallback or hit
                break
            return hit
    return fallback


_WORD = r"[\w.'’-]+"  # a word of a title or sentence as :func:`country_in` reads it
# nouns of a state or a state's part: after "ex-Soviet", "ex-British" they name what a place
# was ("an ex-Soviet republic", "an ex-British colony"), never whom a speaker is for (written for
# Parley from general English usage)
_STATE_NOUNS = {
    "republic",
    "republics",
    "colony",
    "colonies",
    "state",
    "states",
    "territory",
    "territories",
    "protectorate",
    "bloc",
    "satellite",
    "satellites",
}


def _without_ex(word: str) -> str:
    """A capitalised name after the prefix "ex-" without it ("Ex-Labour" → "Labour", "ex-Tory"
    → "Tory"); any other word as written. The hyphen keeps the two one word of :data:`_WORD`."""
    if word[:3].casefold() == "ex-" and word[3:4].isupper():
        return word[3:]
    return word


@functools.cache
def _long_place_names() -> dict[str, tuple[int, ...]]:
    """Folded first word → the word counts, longest first, of the place names in
    :func:`tables` (Parley's rows, pycountry, countryinfo) longer than the four words
    :func:`country_in` tries at every word ("democratic" → (5, 4): "Democratic Republic of the
    Congo", "Democratic Socialist Republic of Sri Lanka"), so that a long name is read whole
    before the shorter state's name inside it ("Republic of the Congo", "Congo")."""
    out: dict[str, set[int]] = defaultdict(set)
    for key in tables().places:
        words = re.findall(_WORD, key)
        if len(words) > 4:
            out[words[0]].add(len(words))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in out.items()}


def party_state(word: str, when: date | None) -> str | None:
    """The state whose party ``word`` names a member or members of ("Republican", "Democrats" →
    US: the party rows of ``institutions.csv``, :func:`lookup_place`; a final "." dropped), None
    when it names no party of a state. One look-up."""
    party = lookup_place(word.strip("."), when)
    return party.country if party is not None and party.kind == "party" else None


def posted_title_end(words: list[str]) -> int | None:
    """The word index just after the first posted title among ``words`` ("U.S. Special Envoy
    for Iran" → 3), None when there is none."""
    posted = tables().posted
    low = [w.casefold() for w in words]
    for i in range(len(low)):
        for n in (3, 2, 1):
            if " ".join(low[i : i + n]) in posted:
                return i + n
    return None


# words that may run on inside the name of the party a posted title's holder is sent to
# ("Special Representative for the Democratic People's Republic of Korea (DPRK)")
_HOST_LINKS = {"the", "of", "and", "&"}
# how far back :func:`sent_to` looks for the preposition that opens the host's name
_HOST_REACH = 8


@functools.cache
def _posted_last_words() -> frozenset[str]:
    return frozenset(k.split()[-1] for k in tables().posted)


def ends_posted_title(word: str) -> bool:
    """Whether ``word`` is the last word of a posted title (``roles.csv`` ``posted``:
    "Ambassador", "Envoy", "Representative", "Rep."), case-insensitive."""
    return word.casefold() in _posted_last_words()


def sent_to(words: list[str], i: int, posted_at: int | None) -> bool:
    """Whether ``words[i]`` is inside the name of the party a posted title's holder is sent
    to: it follows "to", "for", "in" ... after the title ending at word ``posted_at``
    (:func:`posted_title_end`), with only capitalised words that are no title ("Democratic",
    "People's", "Republic") and "the", "of", "and" between ("Special Representative for the
    DPRK", "Special Representative for the Democratic People's Republic of Korea (DPRK)
    Ambassador Sung Kim": every state name up to "Ambassador" is the host). Looks back at most
    ``_HOST_REACH`` words."""
    if posted_at is None or i <= posted_at:
        return False
    for j in range(i - 1, max(posted_at, i - _HOST_REACH) - 1, -1):
        low = words[j].casefold()
        if low in _POSTED_BEFORE:
            return True
        capitalised = words[j][:1].isupper() and not has_title_word(words[j])
        if low not in _HOST_LINKS and not capitalised:
            return False
    return False


def posted_host(text: str | None, when: date | None) -> str | None:
    """The state a posted title names as where its holder is sent ("U.S. Special Representative
    for the DPRK" → KP, "ambassador to Australia" → AU), None when the text holds no posted
    title or names no state after it; the longest name at each word wins, so "the Democratic
    People's Republic of Korea" is KP, never the "Republic of Korea" inside it. The host is the
    one state such a speaker does not speak for."""
    if not text:
        return None
    words = re.findall(r"[\w.'’-]+", text)
    posted_at = posted_title_end(words)
    if posted_at is None:
        return None
    for i in range(posted_at, len(words)):
        if not sent_to(words, i, posted_at):
            continue
        for n in (6, 5, 4, 3, 2, 1):  # "the Democratic People's Republic of Korea"
            hit = lookup_place(" ".join(words[i : i + n]), when)
            if hit is not None and hit.country and hit.kind not in ("io", "region"):
                return hit.country
    return None


def region(name: str, country: str) -> Actor:
    """A sub-national unit (a US state, a province) named ``name`` as an actor of its country
    ``country`` (ISO 3166-1): kind "region", sector "government", evidence "subdivision"."""
    return Actor(
        name=name, kind="region", country=country, sector="government", evidence="subdivision"
    )


# "Labour" in "Economy and Labour Minister", "Federal Labour Agency", "International Labour
# Organisation" is a word of another name, not the UK party
_NAME_BEFORE = {"and", "of", "federal", "international", "&"}
_NAME_AFTER = {"agency", "ministry", "department", "office", "organisation", "organization"}
_NAME_AFTER |= {"market", "court", "relations", "law", "laws", "statistics", "exchange"}


# head nouns of many bodies' names that a table also keeps as one body's short name ("the
# Commission" → the European Commission, "Congress" → the US Congress; general English usage)
_BODY_HEAD_NOUNS = {"commission", "congress", "senate", "parliament", "council", "assembly"}


def _head_of_another_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a body's short name that is also a common head noun
    (:data:`_BODY_HEAD_NOUNS`), ends another body's written-out name: a capitalised word before
    it that names no place ("Federal Trade Commission", "International Trade Commission",
    "African National Congress", "World Uyghur Congress"). "The Commission", "US Congress" and
    "Russia's Duma" keep the short name's body."""
    if words[i].casefold() not in _BODY_HEAD_NOUNS or i == 0:
        return False
    before = words[i - 1]
    if not before[:1].isupper() or before.casefold() in ("the", "a", "an"):
        return False
    return lookup_place(before, None) is None and lookup_demonym(before, None) is None


MAX_TITLE_WORDS = 3  # words of a person's title read after a company's name ("chief executive")


@functools.cache
def _company_index() -> tuple[dict[str, Actor], dict[str, Actor]]:
    """Every name of :func:`parley.extract.companies.library_companies`, folded → the company as
    an organisation actor with its state: the names found anywhere, and the names found only in
    a title (:func:`parley.extract.companies.title_names`). A name the tables or the country
    libraries hold for a state, seat, body or demonym is left to them. Built once per process."""
    from parley.extract.companies import library_companies

    t = tables()
    anywhere: dict[str, Actor] = {}
    in_title: dict[str, Actor] = {}
    for c in library_companies():
        actor = Actor(
            name=c.name,
            kind="organisation",
            country=c.country,
            organisation=c.name,
            sector="other",
            evidence=COMPANY_EVIDENCE,
        )
        for names, into in ((c.names, anywhere), (c.title_names, in_title)):
            for n in names:
                key = fold(n)
                if key not in t.places and key not in t.demonyms:
                    into.setdefault(key, actor)
    return anywhere, in_title


def load_tables() -> None:
    """Build the actor tables and the listed companies' index now (both once per process), so
    that a worker reads them before its batch, not in its first document's time; a broken data
    file fails here, once."""
    tables()
    _company_index()


def lookup_company(name: str, in_title: bool = False) -> Actor | None:
    """The listed company ``name`` names, written with a capital ("Volkswagen", "Deutsche
    Boerse", "the ABN AMRO"; a leading "the" and a possessive "'s" are not read), as an
    organisation actor with its state (evidence ``company-library``); with ``in_title`` (the
    name stands before a person's title: "Nissan chief executive", or the recogniser tagged it
    an organisation) also a name of :func:`parley.extract.companies.title_names`. None for any
    other name and for a name in lower case ("next year" is no Next plc)."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    if not bare[:1].isupper() and not bare[:1].isdigit():
        return None
    anywhere, titled = _company_index()
    key = fold(bare)
    return anywhere.get(key) or (titled.get(key) if in_title else None)


def _company_at(words: list[str], start: int, end: int) -> Actor | None:
    """The listed company ``words[start:end]`` names (:func:`parley.extract.companies.
    lookup_company`) as a speaker's employer: right before a person's title of ``roles.csv``
    ("Nissan chief executive", "a Vodafone spokesman", "Daiwa Securities analyst"), or ending
    the words, the whole of them ("Volkswagen" as a speaker) or after a word in lower case ("an
    economist with ABN Amro", "at analysts Gartner"). Never a company's name inside a longer name
    (a capitalised word but an article right before it or any right after it: "Sol Campbell",
    "Citigroup Global Markets"), nor a name a word of the past stands before ("the former
    Goldman Sachs vice-chairman who is now governor of the Bank of Italy": his employer was),
    nor a brand before another noun ("a Volvo truck driver", "a Boeing 737 pilot"). A name that
    is also an English word only before a title ("Nissan chief executive")."""
    if not words[start][:1].isupper() and not words[start][:1].isdigit():
        return None  # a company's name is written with a capital: the cheap test first
    before = words[start - 1] if start > 0 else ""
    after = words[end] if end < len(words) else ""
    if (before[:1].isupper() and before.casefold() not in ("the", "a", "an")) or after[
        :1
    ].isupper():
        return None
    if any(w.casefold() in _PAST_EMPLOYER for w in words[max(0, start - 3) : start]):
        return None  # "the former Goldman Sachs vice-chairman", "a former chief of Volkswagen"
    # a person's title right after it, or after one word in lower case ("chief economist")
    in_title = bool(after) and any(
        tables().person_titles.match(" ".join(words[k : k + MAX_TITLE_WORDS]).casefold())
        for k in (end, end + 1)
        if k < len(words) and words[k][:1].islower()
    )
    # the words' last name after a word in lower case: where the person works ("an economist
    # with ABN Amro", "research director at analysts Gartner")
    at_end = end == len(words) and (start == 0 or before[:1].islower())
    if not (in_title or at_end):
        return None
    return lookup_company(" ".join(words[start:end]), in_title=in_title)


# words before an employer's name that make it a past one ("the former Goldman Sachs partner")
_PAST_EMPLOYER = frozenset({"former", "ex", "ex-", "onetime", "one-time", "erstwhile"})


def _inside_a_name(words: list[str], start: int, end: int) -> bool:
    before = words[start - 1].casefold() if start > 0 else ""
    after = words[end].casefold() if end < len(words) else ""
    return before in _NAME_BEFORE or after in _NAME_AFTER


# nouns that name parties by where they stand to another ("allies", "partners", "neighbours",
# "mediators", "rivals"): a possessor names the other party ("Kyiv's allies" are not Kyiv's
# government), not whose they are (general English usage; STATEMENTS_GUIDE: a speaker's country
# is the government or affiliation it speaks for)
RELATION_NOUNS = (
    "allies",
    "partners",
    "neighbours",
    "neighbors",
    "mediators",
    "mediator",
    "rivals",
    "adversaries",
)
_RELATION_OWNER = re.compile(rf"^.*?['’]s?\s+(?=(?:\S+\s+)*(?:{'|'.join(RELATION_NOUNS)})$)", re.I)


def from_description(
    text: str, when: date | None, role: str | None = None, named: bool = False
) -> Actor | None:
    """An actor from a description or title ("the Polish armed forces operational command").
    The possessor of a :data:`RELATION_NOUNS` head is the party they stand to, not theirs:
    "Kyiv's European allies" is read as "European allies". ``named``: ``text`` opens with a
    person's name, whose words place no one: a capital inside a name is no state ("Stanley
    Collander" is not the Falklands', Stanley being their capital); only ``role`` and what
    follows the name from its first word in lower case do ("Manaspas Xuto of Thailand")."""
    clean = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)
    if not clean or (fold(clean) in PRONOUNS and not written_as_abbreviation(clean)):
        return None
    own = _RELATION_OWNER.sub("", clean) or clean
    if named:
        own = next((own[m.start() :] for m in re.finditer(r"\b[a-z]", own)), None)
    evidence = " ".join(x for x in (role, own) if x)
    place = country_in(evidence, when)
    sector = role_sector(evidence)
    if place is None and sector is None:
        return None
    if place is not None and place.kind == "io":
        sector = "international organisation"
    country = place.country if place else role_country(evidence)
    return Actor(
        name=clean,
        kind="description",
        country=country,
        organisation=place.organisation if place and place.kind != "country" else None,
        role=role,
        sector=sector or (place.sector if place else None),
        evidence="title" if role else "description",
    )


def merge_text_evidence(
    actor: Actor, title: str | None, when: date | None, state_titled: bool = False
) -> Actor:
    """Fill what the table left open (country, sector, role) from a title in the text. A
    person the table places in an international organisation keeps no country: a state in
    the title is the one the official deals with ("his Syria envoy"). A person the table gives
    a state whom the title makes an international organisation's official, with no state and
    no "former" in it ("OPEC Conference President", "World Bank President"), speaks for the
    organisation: no country, that organisation; unless ``state_titled``, another of the
    person's titles in the article naming a state ("Dutch Finance Minister Onno Ruding, who is
    also chairman of the IMF's Interim Committee" speaks for the Netherlands)."""
    if not title:
        return actor
    place = country_in(title, when)
    sector = role_sector(title)
    out = actor
    words = re.findall(r"[\w-]+", title.casefold())
    if (
        actor.kind == "person"
        and actor.country is not None
        and not state_titled
        and place is not None
        and place.kind == "io"
        and role_country(title) is None
        and not _PAST_EMPLOYER.intersection(words)
        and "and" not in words  # a joint phrase, no title: "the Secretary and the ASEAN ministers"
    ):
        # "Opec Conference President Rilwanu Lukman", whom the table gives his own state too
        # (Nigeria's oil minister): the office the article names is the one he speaks for
        # (STATEMENTS_GUIDE: an international organisation's official has no country)
        return replace(
            actor,
            country=None,
            organisation=place.organisation or place.name,
            role=actor.role if actor.role is not None else title,
            sector="international organisation",
            evidence=f"{actor.evidence}+io-title",
        )
    stateless = actor.sector == "international organisation" and actor.evidence == "actor-table"
    if out.country is None and place is not None and place.kind != "io" and not stateless:
        out = replace(out, country=place.country)
    if out.country is None and place is None and role_country(title) and not stateless:
        out = replace(out, country=role_country(title))
    if out.organisation is None and place is not None and place.kind in ("institution", "io"):
        out = replace(out, organisation=place.organisation or place.name)
    if out.role is None:
        out = replace(out, role=title)
    if out.sector is None and sector is not None:
        out = replace(out, sector=sector)
    if out.evidence.endswith("name-only") or out.evidence == "":
        out = replace(out, evidence=f"{out.evidence or 'name'}+title")
    return out


# ---------------------------------------------------------------------------------------------
# per-document resolution
