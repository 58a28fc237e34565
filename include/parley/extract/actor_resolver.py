"""Actor resolution in one document: speakers and mentions to :class:`~.actors.Actor` s.

:class:`ActorResolver` is built once per document: it gathers the titles of every named person over
all their mentions (titles before a name, "Kremlin spokesperson Dmitry Peskov"; appositions,
"Russia's Permanent Representative ..., Mikhail Ulyanov"), so "Peskov said" later in the text still
knows he is the "Kremlin spokesperson", and it names a person by the fullest form the document uses
(the one resolver entities and quotes share, :mod:`.names`). The actor tables (:mod:`.actors`) win
over the text when one of their rows is valid at the article's date; otherwise the text decides.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from parley.extract import lexicon
from parley.extract.actors import (
    Actor,
    as_date,
    country_in,
    ends_posted_title,
    fold,
    from_description,
    has_title_word,
    heads_a_state,
    is_pronoun,
    lookup_demonym,
    lookup_person,
    lookup_place,
    merge_text_evidence,
    person_country,
    role_country,
    role_sector,
)
from parley.extract.countries import subdivision_before_office
from parley.extract.datelines import DATELINE
from parley.extract.doctext import doc_text
from parley.extract.names import (
    PersonNames,
    clean,
    given_name_gender,
    is_place_word,
    other_office,
)
from parley.extract.quotes.mentions import MAX_NAME_TOKENS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_TITLE_DEPS = {"compound", "amod", "nmod", "poss", "case", "prep", "pobj", "det", "punct", "cc"}


# where a relative clause opens in a description ("economists who follow ...")
RELATIVE_CLAUSE = re.compile(r"\s(?:who|whom|whose|which|that)\s", re.I)

_QUOTE_MARKS = set('“”"‘’«»„')

# "the Netherlands Organisation for Applied Scientific Research (TNO)": a name and its acronym
DEFINED_ACRONYM = re.compile(
    r"\b((?:[A-Z][\w'’.-]*\s+)(?:(?:of|for|and|on|the|[A-Z][\w'’.-]*)\s+){0,8}[A-Z][\w'’.-]*)"
    r"\s+\(([A-Z][A-Z.&-]{1,8})\)"
)
# words that say nothing of which body a long name is ("Forces", "Organisation" do)
_NAME_FILLERS = {"of", "for", "and", "on", "the", "in", "to"}


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms a text defines, each with its long form, the first definition winning: "the
    Rapid Support Forces (RSF)" → ``{"RSF": "Rapid Support Forces"}``. Linear in the text."""
    out: dict[str, str] = {}
    for m in DEFINED_ACRONYM.finditer(text):
        # the name starts after the last sentence end or blank line its capitals ran over
        # ("Mumbai. The ...", a headline in capitals above "The European Community (EC)"); a
        # name hard-wrapped over one line break stays whole
        long = re.split(r"[.!?]\s+|\n[ \t\r\u00a0]*\n\s*", m.group(1))[-1]
        out.setdefault(m.group(2), re.sub(r"^the\s+", "", long, flags=re.I))
    return out


def _spells(acronym: str, long: str) -> bool:
    """Whether the acronym's letters are initials of the long form's words, in order ("RSF" of
    "Rapid Support Forces"); a bracket after a name is not always its acronym ("Toshiba
    Information Systems (U.K.)" is a place)."""
    initials = iter(w[0].upper() for w in long.split())
    return all(c in initials for c in acronym if c.isalpha())


def _same_body(long: str, actor: Actor, acronym: str, when: date | None) -> bool:
    """Whether a document's long form of an acronym names the table's body for those letters:
    the table knows the body only by the acronym ("OPEC"), or the long form is one of the row's
    names ("Reporters sans frontières" for RSF), or most of their words of substance agree
    ("North Atlantic Treaty Organisation" and "...Organization"); "Rapid Support Forces" is not
    Reporters Without Borders, nor "International Cricket Council" the International Criminal
    Court."""
    if fold(acronym) in (fold(actor.name), fold(actor.organisation or "")):
        return True
    row = lookup_place(long, when)
    if row is not None and row.name == actor.name:
        return True
    words = {w for w in fold(long).split() if w not in _NAME_FILLERS}
    known = {w for w in fold(actor.name).split() if w not in _NAME_FILLERS}
    return len(words & known) * 2 >= len(words | known)


def meaningful_role(text: str | None) -> str | None:
    """A role worth keeping: not empty, not honorifics alone ("Mr", "Dr", "Sir", "Señor",
    "Monsieur": the words of kind ``honorific`` in ``data/quotes/titles.csv``) and not a
    bare state ("Pakistan" of "Pakistan's Foreign Office", "Pakistani": the speaker's country,
    which the statement's ``speaker_country`` carries, not a role)."""
    words = text.split() if text else []
    if all(lexicon.title_kind(w.rstrip(".").casefold()) == "honorific" for w in words):
        return None  # empty too
    bare = re.sub(r"^(the)\s+|['’]s?$", "", text.strip(), flags=re.I)
    place = lookup_place(bare, None) or lookup_demonym(bare, None)
    if place is not None and place.kind in ("country", "seat"):
        return None
    return text


# "of the Philippines", "of Colombia": the state a body's name is qualified by after it
_QUALIFIER_AFTER = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def _clean_title(text: str) -> str | None:
    """A title as written: blanks joined, edge punctuation and a leading article dropped. None
    when nothing is left."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:—–-")
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    return text or None


# lower-case words before a linking word, then the title itself: in a run of words that ends at
# a name, the noun the name's holder complements ("at the request of Prime Minister X", "a
# question for Acting Assistant Secretary X"), which is no part of his title
_NOUN_BEFORE_TITLE = re.compile(r"^(?P<lead>[a-z][a-z -]*?)\s+(?:of|for|to)\s+(?P<rest>.+)$")
_LINK_WORD = re.compile(r"\b(?:of|for|to)\b", re.I)


def _without_governing_noun(title: str) -> str:
    """A title read right before a name (:func:`_adjacent_title`) without the lower-case words
    before its first linking word when they name no person (no title word of ``roles.csv``, no
    word of ``data/quotes/titles.csv``) and a title with no linking word of its own follows:
    "request of Prime Minister" → "Prime Minister", "question for Acting Assistant Secretary"
    → "Acting Assistant Secretary"; "leader of the opposition", "member of Parliament",
    "Secretary of State", "chief of staff to the president" stay whole. The name after the
    run holds the title that follows the linking word ("the wife of President X": X is the
    President)."""
    found = _NOUN_BEFORE_TITLE.match(title)
    if found is None:
        return title
    lead, rest = found.group("lead"), _clean_title(found.group("rest")) or ""
    if (
        has_title_word(lead)
        or any(lexicon.title_kind(w) is not None for w in lead.split())
        or not has_title_word(rest)
        or _LINK_WORD.search(rest)
    ):
        return title
    return rest


def _left_title(doc: Doc, start: int, head: Token) -> str | None:
    """Title words right before a name inside its noun phrase ("Kremlin spokesperson")."""
    subtree = {t.i for t in head.subtree}
    i = start - 1
    while i >= head.sent.start and i in subtree and doc[i].dep_ in _TITLE_DEPS | {"appos"}:
        if doc[i].text in _QUOTE_MARKS or doc[i].text == ",":
            break
        i -= 1
    if i + 1 >= start:
        return None
    title = _clean_title(doc[i + 1 : start].text)
    return title if title and has_title_word(title) or (title and country_in(title, None)) else None


def _comma_title(doc: Doc, start: int, end: int) -> str | None:
    """An appositive title separated by commas: "Russia's envoy ..., NAME" or "NAME, Russia's
    envoy, said"; accepted only when it holds a title word and no verb. A title that opens its
    sentence starts after the sentence's dateline ("PARIS — ", "NAIROBI, Kenya (AP) — ":
    :data:`.datelines.DATELINE`)."""
    sent = doc[start].sent
    # before: ", NAME" — walk back from the comma to the previous boundary
    if start - 1 >= sent.start and doc[start - 1].text == ",":
        j = start - 2
        while j >= sent.start and doc[j].text not in _QUOTE_MARKS | {",", ";", ":"}:
            j -= 1
        text = doc_text(doc)
        if (dateline := DATELINE.match(text, sent.start_char)) is not None:
            while j + 1 < start - 1 and doc[j + 1].idx < dateline.end():
                j += 1  # "PARIS — Macron's envoy, NAME": a dateline is no part of a title
        seg = doc[j + 1 : start - 1]
        if 0 < len(seg) <= 14 and not any(t.pos_ == "VERB" for t in seg):
            title = _clean_title(seg.text)
            if title and has_title_word(title):
                return title
    # after: "NAME, TITLE," (closing comma required)
    if end < sent.end and doc[end].text == ",":
        j = end + 1
        while j < sent.end and doc[j].text not in _QUOTE_MARKS | {",", ";", ":"}:
            j += 1
        seg = doc[end + 1 : j]
        verbless = not any(t.pos_ in ("VERB", "AUX") for t in seg)
        if 0 < len(seg) <= 14 and j < sent.end and doc[j].text == "," and verbless:
            title = _clean_title(seg.text)
            if title and has_title_word(title):
                return title
    return None


# words a title may hold between its nouns ("Special Representative for Iran", "Minister of
# Defence", "Kent's chief constable")
_TITLE_LINKS = {"for", "of", "'s", "’s"}


def _title_link(doc: Doc, k: int) -> bool:
    """Whether token ``k`` links two parts of a title: "for", "of", a possessive, or "to" right
    after a posted title ("Ambassador to Yemen"; never "a letter to President ...")."""
    t = doc[k]
    if t.lower_ in _TITLE_LINKS:
        return True
    return t.lower_ == "to" and k > 0 and ends_posted_title(doc[k - 1].text)


def _adjacent_title(doc: Doc, start: int) -> str | None:
    """A title written right before a name that the parser did not attach to it ("..., US
    Special Representative for Iran Brian Hook said", where "Representative" hangs off an
    earlier noun; "Kent's chief constable Ann Lee", where the name is the title's apposition):
    the run of nouns, adjectives and linking words ("for", "of", possessive; "for the"; "to"
    after a posted title: "Ambassador to Yemen Steve Fagin") that
    ends at the name, at most 8 tokens, in the name's sentence. Accepted only when it holds a title word
    (``roles.csv``) and ends with a noun."""
    sent = doc[start].sent
    i = start - 1
    while i >= sent.start and start - i <= 8:
        t = doc[i]
        if (
            t.pos_ in ("PROPN", "NOUN", "ADJ")
            and t.text not in _QUOTE_MARKS
            or _title_link(doc, i)
            and i - 1 >= sent.start
            # "Special Representative for the DPRK": an article after a linking word
            or t.lower_ == "the"
            and i - 1 >= sent.start
            and _title_link(doc, i - 1)
        ):
            i -= 1
        else:
            break
    while i + 1 < start and (doc[i + 1].lower_ in _TITLE_LINKS or doc[i + 1].lower_ == "to"):
        i += 1  # a title does not open with "for", "of" or a possessive ending
    if i + 1 >= start or doc[start - 1].pos_ not in ("PROPN", "NOUN"):
        return None
    title = _clean_title(doc[i + 1 : start].text)
    return _without_governing_noun(title) if title and has_title_word(title) else None


def by_title(title: str, when: date | None, described: Actor | None) -> Actor | None:
    """A named person read by title: ``described`` (:func:`~.actors.from_description` of the
    name with its title and the words written before it, "Conservative Graham Brady" -> the
    Conservative Party) unless the title alone names another state, when the title's reading
    stands (the title kept as the role). A place inside a person's name is no state of his:
    "Shadow foreign secretary William Hague" is GB by his title, never NL by The Hague in his
    name (STATEMENTS_GUIDE: a country name inside a person's name is not a country). None when
    neither names a state, body or sector."""
    titled = from_description(title, when)
    if titled is None or titled.country is None:
        return described
    if described is not None and described.country == titled.country:
        return described
    return replace(titled, role=title, evidence="title")


def _given_name_gender(actor: Actor) -> str:
    """``m``/``f`` of a person actor's given name (:func:`parley.extract.names.given_name_gender`),
    else ''."""
    return given_name_gender(actor.name.split()) if actor.kind == "person" and actor.name else ""


class ActorResolver:
    """Resolves speakers and mentions of one document at one date.

    Built once per document: it gathers the titles of every named person over all their mentions,
    so "Peskov said" later in the text still knows he is the "Kremlin spokesperson".
    """

    def __init__(self, doc: Doc, when: date | datetime | str | None = None):
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text joins every token on each access: read it once
        self.when = as_date(when)
        self.names = PersonNames.for_doc(doc)  # the people, named as entities and quotes name them
        self.titles: dict[str, list[str]] = defaultdict(list)
        self._title_cache: dict[tuple[int, int], str | None] = {}  # (start, end) → _title_at
        # the entities, read once: each ``Doc.ents`` access makes a Token per token of the doc
        self.ents: tuple[Span, ...] = doc.ents
        for ent in self.ents:
            # a person's name the model tagged GPE or ORG on one mention ("Chile's Tomas Varga"
            # in a headline) still carries that mention's title
            if ent.label_ != "PERSON" and (
                ent.label_ not in ("GPE", "ORG", "NORP")
                or " " not in ent.text.strip()
                or not self.names.is_person(clean(ent.text))
            ):
                continue
            title = self._title_at(ent.start, ent.end)
            if title:
                self.titles[self.canonical(ent.text, ent.start_char)].append(title)
        self._cache: dict[tuple[str, str | None], Actor | None] = {}
        self._state_titled: dict[str, bool] = {}  # canonical name → :meth:`state_titled`
        # the document's own bodies named by a table institution's word (:meth:`_local_body`)
        self._local_bodies: dict[str, Actor | None] = {}
        self.subdivisions = self._subdivisions_named(doc, self.ents)
        self.acronyms = defined_acronyms(self.text)

    def place(self, name: str) -> Actor | None:
        """:func:`~.actors.lookup_place` at the article's date, except for an acronym the
        document defines as another body than the table's ("the Rapid Support Forces (RSF)"
        against the table's RSF, Reporters Without Borders): the document's meaning wins, read
        from its long form (the tables, else the country it names; None when it names none, so
        the article's context decides)."""
        long = self.redefined(name)
        if long is not None:
            return lookup_place(long, self.when) or country_in(long, self.when)
        found = lookup_place(name, self.when)
        if found is not None and found.kind == "institution" and found.country is not None:
            return self._local_body(name, found)
        return found

    def _local_body(self, name: str, found: Actor) -> Actor:
        """A table's institution named by a word many states use for their own body ("Congress",
        "the Senate", "House of Representatives", "Justice Department") is the document's own
        body of that name when the document never names the table's state and every mention of
        the word (in any case) that it qualifies by a state qualifies it by one other state:
        "Argentina's National Congress ... the congress", "the Congress of the Philippines ...
        stuck in Congress", "the Indian National Congress ... For the Congress" are no US
        Congress. A mention is qualified by a state's name or demonym as one of the two words
        right before it in its sentence, read with the body's word ("Philippine Senate",
        "Argentina's National Congress"; "Georgia Senate" is a US state's, so US), or by an
        "of" phrase right after it ("Congress of the Philippines"). ``found`` (the table's row)
        when the name carries its own state ("U.S. Congress"), the document names the table's
        state anywhere (a US article that once writes "the Philippine Congress" keeps its own
        Congress), no mention is qualified, or the mentions name several states."""
        if name in self._local_bodies:
            return self._local_bodies[name] or found
        bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        local = None
        own = country_in(bare, self.when)
        if (own is None or own.kind != "country") and found.country not in self._states_named:
            states = {
                state
                for m in re.finditer(rf"\b{re.escape(bare)}\b", self.text, flags=re.I)
                if (state := self._qualifying_state(m.start(), m.end())) is not None
            }
            if len(states) == 1:
                local = replace(
                    found, name=bare, country=states.pop(), organisation=None, qid=None,
                    evidence="named-body",
                )  # fmt: skip
        self._local_bodies[name] = local
        return local or found

    def _qualifying_state(self, start: int, end: int) -> str | None:
        """The state a mention of a body's name at characters ``[start, end)`` is qualified by:
        the state of one of the two capitalised words right before it in its sentence, read
        together with the name ("Philippine Senate" → PH; "U.S. Congress", the table's own row,
        and a US state's "Georgia Senate" → US), else an "of" phrase right after it naming a
        state. None when neither names one."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        body = span.text
        first = span.sent.start
        i = span.start - 1
        for _ in range(2):
            if i >= first and self.doc[i].lower_ in ("'s", "’s"):
                i -= 1  # "Argentina's": the possessive's owner
            if i < first or not self.doc[i].text[:1].isupper():
                break
            state = country_in(f"{self.doc[i : span.start].text} {body}", self.when)
            if state is not None and state.country:
                return state.country  # a state's, or its own (the "U.S. Congress" row itself)
            i -= 1
        after = _QUALIFIER_AFTER.match(self.text, end)
        if after is not None:
            state = country_in(after.group(1), self.when)
            if state is not None and state.kind == "country" and state.country:
                return state.country
        return None

    @functools.cached_property
    def _states_named(self) -> frozenset[str]:
        """The states the document's place and group entities (GPE, NORP) name, by their own
        name, demonym or seat ("Washington", "American"), read once."""
        found = set()
        for ent in self.ents:
            if ent.label_ not in ("GPE", "NORP"):
                continue
            actor = lookup_place(ent.text, self.when) or lookup_demonym(ent.text, self.when)
            if actor is not None and actor.kind in ("country", "seat") and actor.country:
                found.add(actor.country)
        return frozenset(found)

    def expand(self, text: str) -> str:
        """``text`` with each acronym the document defines as another body than the tables'
        (:meth:`redefined`) written in its long form ("RSF spokesman" → "Rapid Support Forces
        spokesman"); unchanged otherwise."""
        if not self.acronyms:
            return text
        words = text.split()
        out = [self.redefined(w) or w for w in words]
        return " ".join(out) if out != words else text

    def redefined(self, name: str) -> str | None:
        """The long form of ``name`` when it is an acronym the document defines as another body
        than the table's row for those letters (see :meth:`place`), else None."""
        if not self.acronyms:
            return None
        key = re.sub(r"^the\s+", "", clean(name), flags=re.I).strip()
        long = self.acronyms.get(key)
        if long is None or not _spells(key, long):
            return None
        actor = lookup_place(key, self.when)
        if actor is None or _same_body(long, actor, key, self.when):
            return None
        return long

    @staticmethod
    def _subdivisions_named(doc: Doc, ents: tuple[Span, ...]) -> dict[str, Actor]:
        """Place names the document uses for a sub-national unit ("Georgia Governor Brian Kemp",
        "the governor of Georgia"): one sense per document, so a later bare "Georgia" is the
        state (its country), not the country of the same name. ``ents``: ``doc.ents``, read
        once by the caller. Reads each place entity's neighbouring words once (linear in the
        number of entities)."""
        found: dict[str, Actor] = {}
        for ent in ents:
            if ent.label_ not in ("GPE", "LOC", "ORG", "NORP"):
                continue
            lo, hi = max(ent.start - 2, 0), min(ent.end + 1, len(doc))
            words = [t.text for t in doc[lo:hi]]
            start, end = ent.start - lo, ent.end - lo
            parent = subdivision_before_office(words, start, end)
            if parent is not None:
                name = clean(ent.text)
                found[fold(name)] = Actor(
                    name=name,
                    kind="region",
                    country=parent,
                    sector="government",
                    evidence="subdivision",
                )
        return found

    def canonical(self, name: str, pos: int | None = None) -> str:
        """The person's canonical name, the fullest form the document uses
        (:class:`parley.extract.names.PersonNames`; at character ``pos`` when known), or
        ``name`` as written when no person of the document carries it (also an aide named by
        whom they serve, "spokeswoman for David Cameron": :func:`parley.extract.names.split_name`)."""
        name = clean(name)
        if not name or not self.names.is_person(name):
            return name
        return self.names.canonical(name, pos)

    def _title_at(self, start: int, end: int) -> str | None:
        """The title the text gives the name at tokens ``[start, end)`` (before it, after a
        comma, or the run of title words right before it), read once per span."""
        key = (start, end)
        if key not in self._title_cache:
            self._title_cache[key] = self._read_title_at(start, end)
        return self._title_cache[key]

    def _read_title_at(self, start: int, end: int) -> str | None:
        head = self.doc[end - 1]
        found = _left_title(self.doc, start, head) or _comma_title(self.doc, start, end)
        near = _adjacent_title(self.doc, start)
        # the run of title words before the name, when the parse cut it short ("US Special
        # Representative for Yemen" where the name's own phrase gave only "Yemen")
        if near is not None and (
            found is None or (len(near) > len(found) and near.endswith(found))
        ):
            return near
        return found

    def title_of(self, name: str) -> str | None:
        """The most specific title the document gives this person (the longest)."""
        found = self.titles.get(self.canonical(name))
        return max(found, key=len) if found else None

    def title_country(self, name: str) -> str | None:
        """The country any of the person's titles in the document names, longest title first:
        the headline's "Cuba's Castro" places the "President Raul Castro" of the body. A title
        naming an international organisation ("U.N. envoy") or no place gives None."""
        for title in sorted(self.titles.get(self.canonical(name), ()), key=len, reverse=True):
            place = country_in(title, self.when)
            if place is not None and place.kind == "io":
                return None
            if place is not None and place.country:
                return place.country
        return None

    def state_titled(self, name: str) -> bool:
        """Whether one of the person's titles in the document names a state ("Dutch Finance
        Minister"), not only an international organisation; read once per person."""
        canonical = self.canonical(name)
        if canonical not in self._state_titled:
            self._state_titled[canonical] = any(
                (place is not None and place.kind != "io" and place.country) or role_country(title)
                for title in self.titles.get(canonical, ())
                for place in (country_in(title, self.when),)
            )
        return self._state_titled[canonical]

    def _with_title_country(self, actor: Actor, name: str) -> Actor:
        """``actor`` with the country of one of the person's other titles when the title it was
        resolved by names none (:meth:`title_country`)."""
        if actor.country is not None or actor.sector == "international organisation":
            return actor
        country = self.title_country(name)
        return replace(actor, country=country) if country else actor

    def resolve_name(self, name: str, role: str | None = None, gender: str = "") -> Actor | None:
        """A name or description as written (speaker string, entity text) to an actor.
        ``gender`` (``m``/``f``, from an honorific written before the name: "Mrs. Clinton")
        rules out a person of the other gender, in the document and in the actor table."""
        key = (name, role, gender)
        if key not in self._cache:
            self._cache[key] = self._resolve(name, role, gender)
        return self._cache[key]

    def _resolve(self, name: str, role: str | None, gender: str = "") -> Actor | None:
        name = clean(name).strip()
        if not name or is_pronoun(name):
            return None
        if gender:
            # "Mrs. Clinton" after "Bill Clinton": the document's person of that gender, else
            # the name as written; never a table row whose given name is the other gender's
            person = self.names.person(name, None, gender)
            as_written = Actor(name=person or name, kind="person", evidence="entity+honorific")
            found = self._resolve(person or name, role)
            if found is not None and found.kind not in ("person", "description"):
                # "Mr. Stanley, a spokesman": a person, never the place of the name (Stanley,
                # the Falklands' capital)
                titled = from_description(person or name, self.when, role=role, named=True)
                return (
                    replace(titled, name=as_written.name, kind="person") if titled else as_written
                )
            if found is not None and _given_name_gender(found) in ("", gender):
                return found
            # no one, or a namesake of the other gender ("Mr. Obama" where only Michelle Obama
            # is named in full): the table's person of the name, when of this gender
            listed = lookup_person(clean(name), self.when)
            if listed is not None and _given_name_gender(listed) == gender:
                return merge_text_evidence(
                    listed, meaningful_role(role), self.when, self.state_titled(name)
                )
            return None if found is None else as_written
        # "the Rapid Support Forces (RSF) ... an RSF spokesman said": the document's meaning
        long = self.redefined(name)
        if long is not None:
            # the acronym alone ("the RSF"): the body the document names, not the tables' row
            actor = self.place(name) or from_description(long, self.when)
            if actor is None:
                actor = Actor(name=long, kind="organisation", organisation=long)
                actor = replace(actor, evidence="defined-acronym")
            return actor
        name = self.expand(name)  # "an RSF spokesman": the document's RSF
        canonical = self.canonical(name)
        title = meaningful_role(role) or self.title_of(canonical)
        person = lookup_person(canonical, self.when)
        if person is None and meaningful_role(role):
            # "President Biden said" in an article whose only Biden named in full is the
            # president's daughter: the office holder the title names, not the namesake
            person = self._titled_holder(canonical, meaningful_role(role))
        if person is None and (state := person_country(canonical, self.when)) is not None:
            # a name the tables cannot single out whose people are all of one state ("President
            # Bush" in an undated article: either Bush): that state, no one row's role
            person = Actor(
                name=canonical, kind="person", country=state, evidence="actor-table:state"
            )
        if person is not None:
            return merge_text_evidence(person, title, self.when, self.state_titled(canonical))
        body = self._named_body(name)
        if body is not None:
            return body
        place = self.subdivisions.get(fold(name)) or self.place(name)
        if place is not None:
            return place
        demonym = lookup_demonym(name, self.when)
        if demonym is not None:  # "the Russians"
            return replace(demonym, kind="country")
        if title:
            named = self.names.is_person(canonical)
            described = from_description(canonical, self.when, role=title, named=named)
            if named and self.names.person(name) == name:
                described = by_title(title, self.when, described)
            if described is not None and described.country is None:
                described = self._principal(title, described)
            if described is not None:
                described = self._with_title_country(described, canonical)
                return replace(described, name=canonical, kind="person")
        holder = self._title_holder(name)
        if holder is not None:
            return holder
        if self.names.person(name) == name:
            # a person the text names ("Jordan Bardella"): a country inside a name is no country
            return Actor(name=name, kind="person", evidence="entity")
        # a description's affiliation is in its noun phrase, not in a relative clause after it:
        # "Western economists who follow Yugoslav financial affairs" are not Yugoslavia's
        phrase = RELATIVE_CLAUSE.split(name, maxsplit=1)[0].strip() or name
        described = from_description(phrase, self.when)
        if described is not None and phrase != name:
            described = replace(described, name=name)
        if described is not None and described.country is None:
            described = self._principal(name, described)
        return described

    def _titled_holder(self, canonical: str, title: str | None) -> Actor | None:
        """The person of the actor table who holds ``title`` at the article's date and carries
        the surname of ``canonical``, a full name the table does not know: "President Biden"
        that the document's names (:mod:`parley.extract.names`) joined to "Ashley Biden", the
        one Biden it names in full, is Joe Biden; "Prime Minister Johnson" beside "Stanley
        Johnson" is Boris Johnson. The surname must single out one person in office at that date
        (:func:`lookup_person`) whose role holds every word of ``title`` ("President" in
        "President of the United States"). None otherwise: a title the holder's role does not
        hold ("Senator Biden" in 2022) keeps the namesake."""
        words = canonical.split()
        if len(words) < 2 or not title or self.when is None:
            return None
        holder = lookup_person(words[-1], self.when)
        if holder is None or holder.evidence != "actor-table" or not holder.role:
            return None
        if fold(holder.name.split()[-1]) != fold(words[-1]) or fold(holder.name) == fold(canonical):
            return None
        role_words = set(fold(holder.role).split())
        wanted = [w for w in fold(title).split() if w not in ("of", "the")]
        return holder if wanted and all(w in role_words for w in wanted) else None

    def _principal(self, title: str, actor: Actor) -> Actor:
        """An aide speaks for whom he serves: "Ban's spokesman", "senior Obama aide",
        "spokeswoman for David Cameron" take that person's country, or the international
        organisation he heads; so does the body a leader heads ("the Biden administration",
        "the Biden-Harris Administration", "the Erdogan government": an institution noun of
        ``roles.csv``, its words and each name of a hyphenated pair tried apart). Only for a
        role with no state of its own; the person is found by the actor table (unambiguous at
        the article's date, or every person of that name of one state: "adviser on climate
        change to President Bush" in an undated article), a title before the name dropped."""
        if role_sector(title) is None or actor.sector == "international organisation":
            return actor
        for name in re.findall(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*", title):
            words = clean(name).split()
            while len(words) > 1 and role_sector(words[-1]) is not None:
                words.pop()  # "Biden Administration": the name before the body's noun
            bare = " ".join(words)
            if bare.replace(".", "").isupper():
                continue  # an acronym ("U.N.", "EU"), not a surname
            while len(words) > 1 and has_title_word(words[0]):
                words.pop(0)  # "to President Bush": the person after his title
            bare = " ".join(words)
            person = None
            for part in (bare, *(bare.split("-") if "-" in bare else ())):
                person = lookup_person(self.canonical(part), self.when) or lookup_person(
                    part, self.when
                )
                if person is not None:
                    break
            if person is None and (state := person_country(bare, self.when)) is not None:
                # a name the tables cannot single out ("Bush" in an undated article) whose
                # holders are all of one state
                person = Actor(name=bare, kind="person", country=state)
            if person is None:
                continue
            if person.country:
                return replace(actor, country=person.country, evidence="principal")
            if person.sector == "international organisation" and person.organisation:
                return replace(
                    actor,
                    organisation=person.organisation,
                    sector="international organisation",
                    evidence="principal",
                )
        return actor

    def _named_body(self, name: str) -> Actor | None:
        """A common noun standing for a body ("the commission", "the council", written in lower
        case) is the one body the document names with that head word ("the National
        Telecommunications Commission (NTC) ... the commission refused"), not a table's body of
        that name (the European Commission): the actor tables for the named body's full name,
        else that name as an organisation of no known country. None when the noun is no lone
        lower-case word or the document names no such body, or two ("the Election Commission"
        and "the Human Rights Commission": undecided)."""
        bare = re.sub(r"^(the|this|that)\s+", "", name.strip(), flags=re.I)
        if not bare.isalpha() or not bare.islower():
            return None
        bodies = {
            clean(ent.text)
            for ent in self.ents
            if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ == bare
        }
        if len(bodies) != 1:
            return None
        long = re.sub(r"^the\s+", "", bodies.pop(), flags=re.I)
        actor = self.place(long) or from_description(long, self.when)
        if actor is None:
            actor = Actor(name=long, kind="organisation", organisation=long)
        return replace(actor, evidence="named-body")

    def _title_holder(self, name: str) -> Actor | None:
        """A bare title as speaker ("the Secretary", "The Deputy Secretary") is the one person
        the document gives that title ("Secretary of State Antony J. Blinken spoke today
        with ..."). Two holders ("President Biden", "President Ghani") leave it unresolved."""
        bare = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.I)
        if (
            not bare
            or not has_title_word(bare)
            or any(w[:1].isupper() and not has_title_word(w) for w in bare.split())
        ):
            return None
        last = bare.split()[-1].casefold()
        mods = [w.casefold() for w in bare.split()[:-1]]
        holders = {
            person
            for person, titles in self.titles.items()
            # 'the chancellor' holds no 'shadow chancellor' (names.other_office)
            if any(
                last in t.casefold().split() and not other_office(t.casefold().split(), last, mods)
                for t in titles
            )
            and (
                " " not in bare
                or all(w in max(titles, key=len).casefold() for w in bare.casefold().split())
            )
        }
        if len(holders) != 1:
            return None
        person = holders.pop()
        found = lookup_person(person, self.when)
        title = self.title_of(person)
        if found is not None:
            merged = merge_text_evidence(found, title, self.when, self.state_titled(person))
            return replace(merged, evidence="title-anaphor")
        described = from_description(person, self.when, role=title, named=True)
        if described is None:
            return None
        return replace(described, name=person, kind="person", evidence="title-anaphor")

    def speaker(
        self, speaker: str | None, role: str | None = None, gender: str = ""
    ) -> Actor | None:
        """The actor behind a quote's speaker; ``role`` is the title the quote engine saw next
        to the mention, else the document's titles for that name are used; ``gender`` is that of
        an honorific written before the mention ("Mrs. Clinton": see :meth:`resolve_name`)."""
        if not speaker:
            return None
        return self.resolve_name(speaker, role, gender) or self._named_organisation(speaker)

    def _named_organisation(self, name: str) -> Actor | None:
        """A speaker no table and no description places, that the document's entity recogniser
        tags as an organisation (``ORG``) on some mention written alike, and that is written
        as an organisation's name: several words ("the Hirtenberger Defence Group said",
        "Siemens Energy said") or an acronym ("UNESCO also said", "FIFA said"). That
        organisation, with no country of its own (the article's context may give it one:
        :meth:`~parley.extract.statements.context.DocContext._fill_from_context`). Without it
        the speaker had no actor and the statement no speaker to show ("? → ..." in the
        digest). None for a single word in mixed case (a surname the recogniser mistags,
        "Kilicdaroglu said", or a body's common noun, "the Court said"), a name the document
        gives a person, a pronoun, or a name no ``ORG`` entity spells."""
        bare = re.sub(r"^the\s+", "", clean(name).strip(), flags=re.I)
        if not bare or is_pronoun(bare) or not bare[:1].isupper():
            return None
        if " " not in bare and not (len(bare) > 1 and bare.replace(".", "").isupper()):
            return None  # one word in mixed case ("Edmunds.com" too: no acronym, left alone)
        if self.names.is_person(bare):
            return None
        key = fold(bare)
        for ent in self.ents:
            if (
                ent.label_ == "ORG"
                and fold(re.sub(r"^the\s+", "", clean(ent.text), flags=re.I)) == key
            ):
                return Actor(
                    name=bare, kind="organisation", organisation=bare, evidence="entity:ORG"
                )
        return None

    def _names_a_titled_person(self, span: Span) -> bool:
        """Whether an entity is a person's name after a title the model took in with it
        ("special envoy to Ukraine Kurt Volker" tagged ORG as "Ukraine Kurt Volker"): a title
        stands right before it (:meth:`_title_at`), or its words end with a person the document
        names."""
        words = clean(span.text).split()
        # a person's name is a few words: only the entity's last MAX_NAME_TOKENS words are tried
        # (an entity the model runs over thousands of words, a text with no sentence end, would
        # otherwise cost a look-up and a cached key per word, quadratic in its length)
        first = max(1, len(words) - MAX_NAME_TOKENS)
        if any(self.names.is_person(" ".join(words[k:])) for k in range(first, len(words))):
            return True
        if self._title_at(span.start, span.end) is not None:
            return True
        # a posted title before it: "envoy to", "ambassador for" (the host state opens the span)
        before = [t.text for t in self.doc[max(span.start - 2, 0) : span.start]]
        return (
            len(before) == 2
            and before[1].lower() in ("to", "for")
            and (has_title_word(before[0]) or ends_posted_title(before[0]))
        )

    def span(self, span: Span) -> Actor | None:
        """The actor a mention (an entity or a noun) refers to, or None."""
        text = span.text
        # the small model tags surnames as ORG/GPE in places ("Trump's remarks"): a surname of a
        # person named in full in the document is that person
        pos = span.start_char
        # "Mr. Stanley": a name after an honorific is a person's, never a place's (Stanley, the
        # Falklands' capital), even one a library lists as a place
        honorific = (
            span.label_ == "PERSON"
            and span.start > 0
            and lexicon.title_kind(span.doc[span.start - 1].lower_) == "honorific"
        )
        named = self.names.is_person(clean(text)) or honorific
        if span.label_ == "PERSON" or named:
            canonical = self.canonical(text, pos)
            person = lookup_person(canonical, self.when)
            if person is not None:
                return merge_text_evidence(
                    person, self.title_of(text), self.when, self.state_titled(text)
                )
            if (
                text[:1].isupper()
                and heads_a_state(self.title_of(text))
                and (state := person_country(canonical, self.when))
            ):
                # a head of state or government the tables cannot single out whose holders of
                # the name are all of one state ("President Bush" in an undated article), as for
                # a speaker (:meth:`_resolve`); not a namesake with no such title ("Mr. Kim, a
                # Samsung executive"), nor a common noun tagged PERSON ("bush fires")
                return Actor(
                    name=canonical, kind="person", country=state, evidence="actor-table:state"
                )
        actor = (
            self.subdivisions.get(fold(clean(text)))
            or self.place(text)
            or lookup_demonym(text, self.when)
        )
        if (
            actor is not None
            and named
            and actor.kind != "region"
            and (honorific or not any(is_place_word(w.lower()) for w in clean(text).split()))
        ):
            # "Mr Hague" tagged GPE where the article names William Hague, "accused Holland of
            # disloyalty" where it names Stuart Holland: the person, never The Hague's or
            # Holland's state; a word of the libraries' countries, capitals, demonyms or
            # subdivisions ("Jordan", "Georgia", "Israel") still names the place
            actor = None
        if actor is not None:
            return actor
        if span.label_ == "ORG" and re.match(r"(the\s+)?government\s+of\s", text, re.I):
            # "the Government of Colombia": the state it names (:func:`country_in`; None when it
            # names none or several)
            return country_in(text, self.when)
        if span.label_ == "ORG" and not named and not self._names_a_titled_person(span):
            # a state's body the tables do not list ("the Syrian Army", "the Turkish Ministry
            # of Foreign Affairs", "the Libyan House of Representatives"): read as a speaker's
            # description is (:meth:`resolve_name`), so a target and a speaker written alike
            # resolve alike; kept only for a state its words name (a state's name or demonym,
            # or a role of one state: "RAF"), not one a table's body stands for ("the National
            # Congress" of another state is no US Congress); a body of no state stays unresolved
            body = self.resolve_name(text)
            if body is not None and body.country is not None:
                named_state = country_in(text, self.when)
                states = {role_country(text)}
                if named_state is not None and named_state.kind == "country":
                    states.add(named_state.country)
                if body.country in states:
                    return body
        if span.label_ == "PERSON" or named:
            name = self.canonical(text, pos)
            title = self.title_of(name)
            if title:
                d = by_title(
                    title, self.when, from_description(name, self.when, role=title, named=True)
                )
                if d is not None:
                    return replace(self._with_title_country(d, name), name=name, kind="person")
            return Actor(name=name, kind="person", evidence="entity")
        return None
