"""The extraction word lists (quotes, speakers, cues), loaded once from
``include/parley/data/quotes/*.csv``.

Each list is a data file with a ``source`` column (see ``data/README.md``); this module only parses
them into frozen lookups.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from parley.datafiles import rows


@dataclass(frozen=True)
class Cue:
    """A reporting verb: its statement class, the complement frames it takes, a required particle."""

    lemma: str
    cls: str
    frames: frozenset[str]
    particle: str | None


@functools.cache
def cues() -> dict[str, Cue]:
    """Reporting verbs by lemma (``data/quotes/cue_verbs.csv``)."""
    return {
        r["lemma"]: Cue(
            r["lemma"], r["class"], frozenset(r["frames"].split("|")), r.get("particle") or None
        )
        for r in rows("quotes/cue_verbs.csv")
    }


@functools.cache
def speech_nouns() -> dict[str, tuple[frozenset[str], str]]:
    """Nouns that make a speech act the object of a light verb ('had no comment', 'made a call
    for calm'), lemma → (the light verbs' lemmas, what the noun needs: ``negation`` or a ``for``
    phrase) (``data/quotes/speech_nouns.csv``). Raises ``ValueError`` on a row whose ``needs``
    is neither (a typo must not silently change what the noun needs)."""
    table = {}
    for r in rows("quotes/speech_nouns.csv"):
        if r["needs"] not in SPEECH_NOUN_NEEDS:
            raise ValueError(
                f"data/quotes/speech_nouns.csv: {r['noun']!r} needs {r['needs']!r}, "
                f"not one of {sorted(SPEECH_NOUN_NEEDS)}"
            )
        table[r["noun"]] = (frozenset(r["light_verbs"].split("|")), r["needs"])
    return table


# what a speech noun needs to be a speech act: to be refused ("no comment"), or a "for" phrase
SPEECH_NOUN_NEEDS = frozenset({"negation", "for"})


@functools.cache
def claim_nouns() -> frozenset[str]:
    """Nouns naming another party's account or charge ('the report', 'the accusation'), whose
    denial or rejection is a speech act however short ('denied the report'), lemmas
    (``data/quotes/claim_nouns.csv``)."""
    return frozenset(r["noun"] for r in rows("quotes/claim_nouns.csv"))


@functools.cache
def report_nouns() -> dict[str, str]:
    """Nouns that name a report and take its content as a 'that'-clause ('his claim that ...',
    'Washington's warning that ...'), lemma → the reporting verb of ``cue_verbs.csv`` it
    nominalises (``data/quotes/report_nouns.csv``). Raises ``ValueError`` on a row whose verb
    is no cue verb (the statement layer types the report by that verb)."""
    verbs = cues()
    table = {}
    for r in rows("quotes/report_nouns.csv"):
        if r["verb"] not in verbs:
            raise ValueError(
                f"data/quotes/report_nouns.csv: {r['noun']!r} nominalises {r['verb']!r}, "
                "which is not in data/quotes/cue_verbs.csv"
            )
        table[r["noun"]] = r["verb"]
    return table


@functools.cache
def act_nouns() -> frozenset[str]:
    """Nouns naming a party's act, decision, move or proposal ('the decision', 'the move', 'the
    request'), lemmas (``data/quotes/act_nouns.csv``): the object that makes a stance verb of
    the ``stance`` frame a speech act ('attacked the decision', 'cheered on the move'; not
    'attacked the village') and a refusal a rejection ('declined the request')."""
    return frozenset(r["noun"] for r in rows("quotes/act_nouns.csv"))


@functools.cache
def feeling_nouns() -> frozenset[str]:
    """Feelings and attitudes one voices, lemmas, lower-case ('concern', 'objection', 'protest',
    'condolences'; ``data/statements/expressed_feelings.csv``, the nouns the statement layer
    types by): the object that makes a verb of the ``feeling`` frame a speech act ('raised
    concerns about the tests', 'lodged a protest'; not 'raised taxes', 'lodged an appeal')."""
    return frozenset(
        r["noun"].strip().casefold() for r in rows("statements/expressed_feelings.csv")
    )


@functools.cache
def titles() -> dict[str, tuple[str, str]]:
    """Title and role words, lower-case → (kind, gender) (``data/quotes/titles.csv``)."""
    return {r["word"]: (r["kind"], r["gender"]) for r in rows("quotes/titles.csv")}


@functools.cache
def _relaying_pattern() -> re.Pattern[str]:
    roles = sorted((r["role"] for r in rows("quotes/relaying_roles.csv")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(r) for r in roles) + r")\b", re.IGNORECASE)


def relays(phrase: str) -> bool:
    """Whether a speaker's phrase or role (any text) names one who speaks for a principal — a
    whole word or phrase of ``data/quotes/relaying_roles.csv`` in any case ('Kremlin spokesman
    Peskov', 'the White House press secretary') — whose words are the principal's: their "the
    president" is the president they speak for, their "quoted the president as saying" relays
    rather than quotes."""
    return bool(phrase) and _relaying_pattern().search(phrase) is not None


@functools.cache
def given_name_titles() -> frozenset[str]:
    """Title words (lower case) written before a given name alone, the person's only name in
    news style: "King Charles", "Pope Francis", "Sheikh Mohammed" (``given_name`` column of
    ``data/quotes/titles.csv``)."""
    return frozenset(r["word"] for r in rows("quotes/titles.csv") if r["given_name"] == "yes")


@functools.cache
def pronouns() -> dict[str, tuple[str, str, str]]:
    """Pronouns, lower-case → (person, number, gender) (``data/quotes/pronouns.csv``)."""
    return {
        r["pronoun"]: (r["person"], r["number"], r["gender"]) for r in rows("quotes/pronouns.csv")
    }


@functools.cache
def given_names() -> dict[str, str]:
    """Given names, lower-case → gender ``m``/``f``/empty (``data/quotes/given_names.csv``)."""
    return {r["name"]: r["gender"] for r in rows("quotes/given_names.csv")}


@functools.cache
def speech_channels() -> frozenset[str]:
    """Nouns naming the medium of a statement (``data/quotes/speech_channels.csv``)."""
    return frozenset(r["word"] for r in rows("quotes/speech_channels.csv"))


@functools.cache
def work_nouns() -> frozenset[str]:
    """Nouns of works whose names are written in quotation marks, lemmas in lower case ('book',
    'podcast', 'play'; ``data/quotes/work_nouns.csv``, from the AP Stylebook's composition
    titles)."""
    return frozenset(r["word"] for r in rows("quotes/work_nouns.csv"))


@functools.cache
def control_verbs() -> dict[tuple[str, str], str]:
    """``(lemma, preposition)`` of verbs whose object does what a participle in that
    preposition's phrase says → the kind of verb: ``judgment`` ('criticize X for saying',
    'accuse X of claiming': Levin's (1993) judgment verbs and verbs of punishment; what the
    object is judged for is held by the judge's own statement) or ``report`` ('quoted X as
    saying': the object said it, a statement of its own). ``data/quotes/control_verbs.csv``."""
    return {(r["lemma"], r["preposition"]): r["kind"] for r in rows("quotes/control_verbs.csv")}


@functools.cache
def non_speaker_labels() -> frozenset[str]:
    """Words of paragraph labels that name no speaker ("Editor's note:") (``data/quotes/non_speaker_labels.csv``)."""
    return frozenset(r["word"] for r in rows("quotes/non_speaker_labels.csv"))


@functools.cache
def group_words() -> dict[str, bool]:
    """Speakers that stand for several parties the text has just named together ("both", "the
    two", "world leaders"), folded, each with whether the word alone as a subject is read back to
    the people named together (``alone``: "the leaders", "the pair") (``data/quotes/group_words.csv``)."""
    return {r["phrase"]: r["alone"] == "yes" for r in rows("quotes/group_words.csv")}


@functools.cache
def speaker_heads() -> dict[str, str]:
    """Head nouns (lemmas) of a described speaker by class: ``quantity``, ``abstract`` and
    ``document`` heads name no speaker ("a number of ...", "the welfare of ...", "the statement");
    ``body`` heads are bodies and groups of people although they end like an abstract noun
    ("the administration", "the commission") (``data/quotes/speaker_heads.csv``)."""
    return {r["lemma"]: r["class"] for r in rows("quotes/speaker_heads.csv")}


def title_kind(word: str) -> str | None:
    """``honorific`` / ``title`` / ``role`` / ``org_role`` for a title word, else None."""
    hit = titles().get(word.lower())
    return hit[0] if hit else None


def is_person_title(word: str) -> bool:
    """A word that may stand before a person's name (honorific, title or role)."""
    return title_kind(word) in ("honorific", "title", "role")


def is_plural_title(word: str) -> bool:
    """A title or role in the plural written as a title, capitalised ('Secretaries',
    'Senators', 'Sens.'): its singular by the regular English endings (-ies, -es, -s) is a
    title or role of ``data/quotes/titles.csv``. Before the names of several people it is
    their title ('State Secretaries Otto Schlecht and Hans Tietmeyer'); alone it is a
    description of a group ('U.S. Officials said'), which is the caller's to tell apart."""
    low = word.lower()
    stem = low.rstrip(".")
    if not word[:1].isupper() or len(stem) < 3 or not stem.endswith("s"):
        return False
    dot = "." if low.endswith(".") else ""
    singulars = [stem[:-1] + dot]
    if stem.endswith("ies"):
        singulars.append(stem[:-3] + "y" + dot)
    elif stem.endswith("es"):
        singulars.append(stem[:-2] + dot)
    return any(title_kind(w) in ("title", "role") for w in singulars)


@functools.cache
def cue_lemmas() -> frozenset[str]:
    """The reporting-verb lemmas (the keys of :func:`cues`), for other stages that spot cues."""
    return frozenset(cues())


def load_all() -> None:
    """Read every word list now, so that a missing or broken file fails before a batch starts
    instead of as a per-document extraction error."""
    for loader in (
        cues,
        report_nouns,
        act_nouns,
        titles,
        given_name_titles,
        pronouns,
        given_names,
        speech_channels,
        work_nouns,
        non_speaker_labels,
        group_words,
        speaker_heads,
    ):
        loader()
