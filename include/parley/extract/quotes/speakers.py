"""Speakers: from the subject of a reporting verb to a named, canonical speaker.

Two steps, after the pipeline of the Gender Gap Tracker and citron (rules over a dependency parse and
named entities, no coreference model):

1. :func:`mention_of` reads the noun phrase of the subject token and splits it into the name and the
   role: ``Kremlin spokesperson Dmitry Peskov`` → name ``Dmitry Peskov``, role ``Kremlin
   spokesperson``; ``Dmitry Peskov, the Kremlin spokesperson,`` (apposition) the same;
   ``the Polish armed forces operational command`` is an organisation or description kept whole;
   ``he``/``she``/``they`` are pronouns; ``who`` is replaced by the noun its clause modifies.
2. :class:`Resolver` turns a mention into the speaker, left to right through the document: short
   names become the full name used in the article (``Peskov`` → ``Dmitry Peskov``, ``Mr. Trump`` →
   ``Donald J. Trump``; a surname several people share means the one named most often so far);
   pronouns take the most salient earlier person of a compatible gender (the last speaker quoted,
   else the last person who was a subject, else the last person named) within a few sentences,
   where gender comes from titles and given names, never from a surname; 'they'/'it' take the last
   group or organisation quoted, else a plural or organisation subject of the sentence before;
   role descriptions (``the spokesman``) take the last person introduced with that role.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parley.quotes import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSON = "PERSON"
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
NAME_DEPS = {"compound", "flat", "flat:name"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "case", "nummod", "punct", "npadvmod", "det"}
PRONOUN_WINDOW_SENTS = 4  # how far back a pronoun looks for its person
MAX_DESCRIPTION_TAIL = 12  # tokens of 'of/for/who ...' kept after the head of an unnamed source
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_EDGE = " \t\n,;:.\"'\u2018\u2019\u201c\u201d()[]-\u2014\u2013"


@dataclass
class Mention:
    """A speaker as written, split into name and role."""

    text: str  # the name (or pronoun, or description) as written in the document
    start: int  # character offsets of ``text``
    end: int
    kind: str  # person | org | description | pronoun
    name: str  # ``text`` without titles, possessive or leading article
    role: str | None = None
    gender: str = ""  # m | f | "" (unknown)
    pronoun: str | None = None  # lower-cased pronoun for kind == "pronoun"


def ent_index(doc: Doc) -> list[Span | None]:
    """The entity each token belongs to (None outside entities)."""
    at: list[Span | None] = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            at[i] = ent
    return at


def _strip_edges(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("det", "predet", "case")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("case", "cc")):
        tokens = tokens[:-1]
    return tokens


def _text(doc: Doc, tokens: list[Token]) -> tuple[str, int, int] | None:
    """Text and character offsets of the contiguous run from the first to the last token."""
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = doc.text[start:end]
    # trim a possessive and edge punctuation, keeping offsets exact
    m = _POSSESSIVE.search(text)
    if m and len(text) > 2:
        end -= len(m.group(0))
        text = text[: m.start()]
    while text and text[-1] in _EDGE:
        text, end = text[:-1], end - 1
    while text and text[0] in _EDGE:
        text, start = text[1:], start + 1
    return (text, start, end) if text else None


def _gender_of(words: list[str], name: str | None = None) -> str:
    """A gender from honorifics or gendered role words among ``words``, else from the given name
    (the first word of ``name``; a surname such as 'Scott' says nothing), else ''."""
    titles = lexicon.titles()
    for w in words:
        lw = w.lower()
        if lw in titles and titles[lw][1]:
            return titles[lw][1]
    given = name.split()[0].lower() if name and name.split() else ""
    return lexicon.given_names().get(given) or ""


def _left_modifiers(head: Token, stop: int) -> list[Token]:
    """Contiguous modifiers left of ``stop`` in ``head``'s subtree (no comma crossing)."""
    subtree = {t.i for t in head.subtree}
    doc = head.doc
    out: list[Token] = []
    i = stop - 1
    while i >= 0 and i in subtree:
        t = doc[i]
        if t.text in (",", ";", ":", "(", ")", "\u2014", "\u2013", "\n") or t.is_space:
            break
        out.append(t)
        i -= 1
    return _strip_edges(list(reversed(out)))


def _person_tokens(ent: Span) -> tuple[list[Token], list[Token]]:
    """(title tokens, name tokens) of a PERSON entity: leading titles are split off."""
    toks = [t for t in ent if not t.is_space]
    titles: list[Token] = []
    while len(toks) > 1 and (
        lexicon.is_person_title(toks[0].text) or toks[0].text.lower().rstrip(".") in ("mr", "ms")
    ):
        titles.append(toks.pop(0))
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "case"):
        toks.pop()
    return titles, toks


def _propn_chain(tok: Token) -> list[Token]:
    """``tok`` and the proper nouns compounded to its left (``Foreign Minister Anna Berg``)."""
    doc = tok.doc
    i = tok.i
    while (
        i - 1 >= 0
        and doc[i - 1].pos_ == "PROPN"
        and doc[i - 1].dep_ in NAME_DEPS
        and doc[i - 1].head.i <= tok.i
    ):
        i -= 1
    return list(doc[i : tok.i + 1])


def _appos_person(tok: Token, ents: list[Span | None]) -> Token | None:
    for child in tok.children:
        if child.dep_ == "appos" and ents[child.i] is not None and ents[child.i].label_ == PERSON:
            return child
    return None


def _appos_role(tok: Token, ents: list[Span | None]) -> str | None:
    for child in tok.children:
        if child.dep_ == "appos" and not (
            ents[child.i] is not None and ents[child.i].label_ == PERSON
        ):
            toks = _strip_edges([t for t in child.subtree])
            if toks and len(toks) <= 12:
                found = _text(tok.doc, toks)
                if found:
                    return found[0]
    return None


def mention_of(tok: Token, ents: list[Span | None]) -> Mention | None:
    """The speaker mention whose head is the subject token ``tok`` (see the module docstring)."""
    doc = tok.doc
    low = tok.lower_
    pron = lexicon.pronouns().get(low)
    if pron is not None and pron[0] == "rel":
        if tok.head.dep_ in ("relcl", "acl") and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "Smith, who said ..." → Smith
            low = tok.lower_
            pron = lexicon.pronouns().get(low)
        else:
            return None
    if pron is not None and pron[0] != "rel":
        return Mention(
            tok.text, tok.idx, tok.idx + len(tok.text), "pronoun", tok.text, None, pron[2], low
        )

    # a role noun with a person in apposition: "Russia's envoy, Ivan Sokol, said"
    ent = ents[tok.i]
    if (ent is None or ent.label_ != PERSON) and (appos := _appos_person(tok, ents)) is not None:
        person = mention_of(appos, ents)
        if person is not None:
            role_toks = _strip_edges(
                [
                    t
                    for t in tok.subtree
                    if t.i < appos.i and t.i not in {x.i for x in appos.subtree}
                ]
            )
            role = _text(doc, role_toks)
            person.role = role[0] if role else person.role
            if not person.gender and role:
                person.gender = _gender_of(role[0].split())
            return person

    # a title the model tags as a name ('General' in 'Retired General Reveals') is a description
    title_only = all(lexicon.is_person_title(t.text) for t in (ent or [tok]) if t.is_alpha)
    if ent is not None and ent.label_ == PERSON and not title_only:
        titles, name_toks = _person_tokens(ent)
        found = _text(doc, name_toks)
        if not found:
            return None
        text, start, end = found
        role_toks = _left_modifiers(tok, ent.start) if tok.i >= ent.start else []
        role_toks = _strip_edges(role_toks + titles)
        role = _text(doc, sorted(role_toks, key=lambda t: t.i))
        role_text = role[0] if role else _appos_role(tok, ents)
        words = [t.text for t in titles] + (role_text or "").split()
        return Mention(text, start, end, "person", text, role_text, _gender_of(words, text))

    if not title_only and (tok.pos_ == "PROPN" or (ent is not None and ent.label_ in ORG_LABELS)):
        if ent is not None and ent.label_ in ORG_LABELS:
            toks = _strip_edges([t for t in ent if not t.is_space])
        else:
            toks = _propn_chain(tok)
        titles: list[Token] = []
        while len(toks) > 1 and lexicon.is_person_title(toks[0].text):
            titles.append(toks.pop(0))
        found = _text(doc, toks)
        if not found:
            return None
        text, start, end = found
        kind = "org" if (ent is not None and ent.label_ in ORG_LABELS and not titles) else "person"
        left = _left_modifiers(tok, toks[0].i)
        role_toks = sorted(set(left + titles), key=lambda t: t.i)
        role = _text(doc, _strip_edges(role_toks))
        role_text = role[0] if role else _appos_role(tok, ents)
        words = [t.text for t in titles]
        gender = _gender_of(words, text if kind == "person" else None)
        return Mention(text, start, end, kind, text, role_text, gender)

    if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or tok.dep_ in SUBJECT_DEPS:
        # a description: its modifiers, the head, and a short "of/for/at ..." phrase after it
        toks = _left_modifiers(tok, tok.i) + [tok]
        # an unnamed source is its description: keep the phrase after the head that says who it is
        # ('a senior official in Oslo', 'a source familiar with the talks', 'an aide who ...')
        end = tok.i
        for child in tok.rights:
            if child.dep_ == "cc" and child.i == end + 1:
                continue  # 'RNC members and officials': the group is both
            if child.dep_ == "conj" and child.pos_ == "NOUN" and doc[child.i - 1].dep_ == "cc":
                sub = [t for t in child.subtree if t.i >= child.left_edge.i]
                if (
                    not any(t.text in ",;(" for t in sub)
                    and sub[-1].i - tok.i <= MAX_DESCRIPTION_TAIL
                ):
                    end = sub[-1].i
                    continue
                break
            if child.dep_ not in ("prep", "amod", "acl", "relcl", "compound"):
                break
            if (
                child.dep_ in ("acl", "relcl")
                and child.tag_ != "VBN"
                and child.lemma_.lower() in lexicon.cues()
            ):
                break  # 'a man who said ...' is the report itself ('polls reported by X' stays)
            sub = list(child.subtree)
            stop = next((t.i for t in sub if t.text in ",;("), None)
            if stop is not None:  # 'an analysis by Lily Berg, a former aide': up to the comma
                if stop - 1 > end and stop - 1 - tok.i <= MAX_DESCRIPTION_TAIL and child.i < stop:
                    end = stop - 1
                break
            if sub[-1].i - tok.i > MAX_DESCRIPTION_TAIL:
                break
            end = sub[-1].i
        toks += list(doc[tok.i + 1 : end + 1])
        toks = _strip_edges(toks)
        found = _text(doc, toks)
        if not found:
            return None
        text, start, end = found
        return Mention(text, start, end, "description", text, None, _gender_of(text.split()))
    return None


# ---------------------------------------------------------------------------------------------
# resolution


def _name_key(name: str) -> list[str]:
    """Lower-cased name words without honorifics."""
    words = [w.strip(".,") for w in name.split()]
    return [w.lower() for w in words if w and lexicon.title_kind(w) != "honorific"]


def _main_subject(tok: Token) -> bool:
    """The subject of a clause that is not itself reported or relative ('Smith said Jones ...':
    Smith yes, Jones no) — the people a following 'he'/'she' most likely means."""
    return tok.dep_ in SUBJECT_DEPS and tok.head.dep_ not in ("ccomp", "relcl", "acl")


def _own_gender(m: Mention, name: str) -> str:
    """The gender a name mention itself carries: a lone surname that stands for a longer name
    ('Scott' for 'Rakeyia Scott') carries only what its title says, not a given name's gender."""
    if name != m.name and len(_name_key(m.name)) == 1:
        return _gender_of((m.role or "").split())
    return m.gender


@dataclass
class _Seen:
    pos: int
    sent: int
    name: str
    kind: str
    gender: str
    subject: bool


@dataclass
class Resolver:
    """Per-document speaker resolution (see the module docstring). Feed quotes left to right."""

    doc: Doc
    ents: list[Span | None]
    sent_starts: list[int]  # character start of every sentence
    full_names: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    roles: list[tuple[int, str, str]] = field(default_factory=list)  # (pos, role word, person)
    timeline: list[_Seen] = field(default_factory=list)
    speakers: list[_Seen] = field(default_factory=list)

    @classmethod
    def for_doc(cls, doc: Doc, ents: list[Span | None], sent_starts: list[int]) -> Resolver:
        r = cls(doc, ents, sent_starts)
        persons: list[tuple[Span, Mention]] = []
        for ent in doc.ents:
            if ent.label_ != PERSON:
                continue
            m = mention_of(ent.root, ents)
            if m is None or m.kind != "person":
                continue
            persons.append((ent, m))
            words = _name_key(m.name)
            if len(words) >= 2:
                r.full_names.setdefault(words[-1], []).append((m.start, m.name))
        for ent, m in persons:
            name = r.canonical(m.name, m.start)
            gender = _own_gender(m, name)
            if gender and not r.genders.get(name):
                r.genders[name] = gender
            if m.role and any(lexicon.title_kind(w) in ("role", "title") for w in m.role.split()):
                r.roles.append((m.start, m.role.lower(), name))
            r.timeline.append(
                _Seen(m.start, r.sent_of(m.start), name, "person", gender, _main_subject(ent.root))
            )
        # surnames the small model tags as ORG/GPE ("Trump") are people when the article names them
        for ent in doc.ents:
            if ent.label_ in ORG_LABELS and len(ent) == 1 and ent.text.lower() in r.full_names:
                name = r.canonical(ent.text, ent.start_char)
                r.timeline.append(
                    _Seen(
                        ent.start_char,
                        r.sent_of(ent.start_char),
                        name,
                        "person",
                        r.genders.get(name, ""),
                        _main_subject(ent.root),
                    )
                )
        r.timeline.sort(key=lambda s: s.pos)
        return r

    def sent_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def is_person_name(self, name: str) -> bool:
        words = _name_key(name)
        return bool(words) and words[-1] in self.full_names

    def canonical(self, name: str, pos: int) -> str:
        """The fullest form of a person's name in the article: the last full name before ``pos``
        ending with the same surname, else the first one after it, else ``name`` itself."""
        words = _name_key(name)
        if not words:
            return name
        fulls = self.full_names.get(words[-1])
        if not fulls:
            return " ".join(w for w in name.split() if lexicon.title_kind(w) != "honorific")
        if len(words) >= 2:
            # keep a full name unless a longer form with the same first name exists
            same = [f for _, f in fulls if _name_key(f)[0] == words[0]]
            return max(same, key=len) if same else name
        before = [f for p, f in fulls if p <= pos] or [fulls[0][1]]
        # a bare surname shared by several people ('Cruz': Ted, Heidi, Rafael) means the one the
        # article has named most often so far, the first one named on a tie
        counts: dict[str, int] = {}
        for f in before:
            counts[_name_key(f)[0]] = counts.get(_name_key(f)[0], 0) + 1
        best = max(counts.values())
        given = next(_name_key(f)[0] for f in before if counts[_name_key(f)[0]] == best)
        return max((f for f in before if _name_key(f)[0] == given), key=len)

    def _role_person(self, description: str, pos: int) -> str | None:
        """The last person introduced with the role ``description`` names: its head word, and
        every modifier it has ('the Democratic nominee' needs 'Democratic' in the role too)."""
        words = [w.lower() for w in description.split()]
        head, mods = words[-1], [w for w in words[:-1] if w not in ("the", "a", "an")]
        hits = [
            name
            for p, role, name in self.roles
            if p < pos and head in role.split() and all(m in role.split() for m in mods)
        ]
        return hits[-1] if hits else None

    def resolve(self, m: Mention) -> tuple[str | None, str | None, str | None]:
        """(speaker, role, reason-if-unresolved) for a mention; remembers the speaker."""
        if m.kind == "pronoun":
            speaker, reason = self._pronoun(m)
            role = None
        elif m.kind == "person" or (m.kind == "org" and self.is_person_name(m.name)):
            speaker, reason, role = self.canonical(m.name, m.start), None, m.role
        elif m.kind == "description":
            head = m.name.split()[-1].lower()
            words = m.name.split()
            speaker = None
            if lexicon.title_kind(head) in ("role", "title") and len(words) <= 4:
                speaker = self._role_person(m.name, m.start)
            role = m.name if speaker else None
            if speaker is None:
                speaker = m.name
            reason = None
        else:
            speaker, reason, role = m.name, None, m.role
        if speaker:
            kind = m.kind if m.kind != "org" or not self.is_person_name(speaker) else "person"
            if m.kind == "pronoun" or (m.kind == "description" and role):
                kind = "person"
            self.speakers.append(
                _Seen(
                    m.start,
                    self.sent_of(m.start),
                    speaker,
                    kind,
                    (m.gender if m.kind == "pronoun" else _own_gender(m, speaker))
                    or self.genders.get(speaker, ""),
                    True,
                )
            )
        return speaker, role, reason

    def _group_subject(self, m: Mention, plural: bool) -> str | None:
        """The subject of the previous sentence's main clause when it can be what 'they' (a plural
        noun, a group) or 'it' (an organisation) stands for: 'Twenty states sued. They argue ...'."""
        here = self.sent_of(m.start)
        sents = list(self.doc.sents)
        if here < 1 or here >= len(sents):
            return None
        for tok in sents[here - 1]:
            if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.lower_ in lexicon.pronouns():
                continue
            ent = self.ents[tok.i]
            if ent is not None and ent.label_ == PERSON:
                return None
            fits = tok.tag_ in ("NNS", "NNPS") if plural else tok.tag_ in ("NN", "NNP")
            if ent is not None and ent.label_ in ("ORG", "NORP", "GPE"):
                fits = fits or not plural or ent.label_ == "NORP"
            found = mention_of(tok, self.ents) if fits else None
            return found.name if found is not None else None
        return None

    def _pronoun(self, m: Mention) -> tuple[str | None, str | None]:
        pron = m.pronoun or m.name.lower()
        person, number, gender = lexicon.pronouns().get(pron, ("3", "", ""))
        if person == "1":
            return None, f"first-person '{m.text}': the writer or an unnamed speaker"
        if person == "2":
            return None, f"second-person '{m.text}'"
        here = self.sent_of(m.start)
        lo = here - PRONOUN_WINDOW_SENTS
        if number == "pl" or gender == "n":
            for s in reversed(self.speakers):
                if s.pos < m.start and s.sent >= lo and s.kind in ("org", "description"):
                    return s.name, None
            group = self._group_subject(m, plural=number == "pl")
            if group is not None:
                return group, None
            return None, f"'{m.text}' has no group or organisation speaker before it"

        def ok(s: _Seen) -> bool:
            g = s.gender or self.genders.get(s.name, "")
            return s.pos < m.start and s.sent >= lo and (not g or not gender or g == gender)

        # salience: a person who was the subject of this or the previous sentence, after the last
        # speaker was named; else the last person quoted; else the last subject; else anyone named
        quoted = [s for s in self.speakers if s.kind == "person" and ok(s)]
        last_quoted = quoted[-1] if quoted else None
        for s in reversed(self.timeline):
            if s.subject and ok(s) and s.sent >= here - 1:
                if last_quoted is None or s.pos > last_quoted.pos:
                    return s.name, None
                break
        if last_quoted is not None:
            return last_quoted.name, None
        for s in reversed(self.timeline):
            if s.subject and ok(s):
                return s.name, None
        for s in reversed(self.timeline):
            if ok(s):
                return s.name, None
        # nobody within the window: the article's last person quoted, however far back
        for s in reversed(self.speakers):
            g = s.gender or self.genders.get(s.name, "")
            if s.kind == "person" and s.pos < m.start and (not g or not gender or g == gender):
                return s.name, None
        return None, f"pronoun '{m.text}' has no person before it"
