"""A learned chooser for the target's country over the rules' own candidates.

The rules of :mod:`.targets` give one target; the document offers a few other defensible
readings of whom a statement is about. :func:`candidates` lists them, each country with the
*sources* that propose it:

* ``cur`` — the rules' target (how it was found: ``find`` = an argument of the deciding word or a
  core role of the quote, ``imp-inquote`` / ``imp-sent`` / ``imp-prev`` / ``imp-top`` = the implied
  target from the quote, its sentence, the sentences before, the document; ``answers``);
* ``me`` — the speaker's own state; ``top`` / ``top_all`` — the document's most-mentioned state
  without / with the speaker's; ``win_most`` — the most-mentioned other state in the sentence and
  the three before; ``prev_last`` — the last other state named before the sentence;
  ``first_other`` — the document's first other state; ``head`` — the headline's first other state;
* ``quote`` — every state the quote itself names (the speaker's own too); ``sent`` — every other
  state named in the reporting sentence outside the quote and the speaker's phrase;
  ``answers`` — the state of the speaker the quote replies to; ``prev_speaker`` — the state of
  the nearest earlier speaker of another state; ``other_speakers`` — the state the document's
  other speakers speak for most often (the other side of the exchange);
* ``null`` — no state, also marked ``io`` when the quote names a party without a state (an
  international organisation, a region, a non-state group), ``io_near`` when the reporting
  sentence or the one before names one outside the quote and the speaker's phrase, ``no_party``
  when the statement's words name no party at all (no actor, no "we" or "they") and
  ``no_state_near`` when neither the words nor the reporting sentence name a state other than
  the speaker's.

:func:`measures` adds two numbers per candidate: the state's share of the document's state
mentions and how near its nearest mention is to the statement's words.

A logistic regression (scikit-learn, trained by ``make train-statements`` on the ``train`` split of
``../shared/eval/statements_dev.jsonl``; weights in ``data/statements/target_ranker.json``, no
article text) scores each candidate from which sources agree on it, crossed with the rules' step
and the statement type, and from its two measures; the best one is the target's country. Without the weights file (or with
``PARLEY_TARGET_RANKER=off``) the rules decide alone. Model card: ``docs/target_ranker.md``.
"""

from __future__ import annotations

import bisect
import functools
import json
import os
import re
import weakref
from collections import Counter
from typing import TYPE_CHECKING

from parley.extract.actors import tables
from parley.extract.quotes.indirect import NOUN_REPORT_RULE
from parley.extract.statements.context import ActorMention, same_person_named
from parley.extract.statements.lexicon import context_words
from parley.extract.syntax import conj_head
from parley.settings import PACKAGE_DATA

if TYPE_CHECKING:
    from spacy.tokens import Span

    from parley.extract.actors import Actor
    from parley.extract.quotes import Quote
    from parley.extract.statements.context import DocContext

SOURCES = (
    "cur", "me", "top", "top_all", "win_most", "prev_last", "first_other", "head",
    "quote", "sent", "answers", "prev_speaker", "other_speakers", "null", "io",
    "me_official", "me_other", "no_party", "io_near", "no_state_near",
)  # fmt: skip
# a mark that is no feature: the rules' pick carrying it is kept (:func:`choose`)
QUOTE_FIRST = "quote_first"
# a mark that is no feature: a state only other speakers bring in, never chosen (:func:`choose`)
OTHERS_ONLY = "others_only"
# a mark that is no feature: the speaker's state is one whose government and armed foes both
# speak in the document (:func:`divided_states`, :func:`choose`)
DIVIDED = "divided"
STEPS = ("find", "imp-inquote", "imp-sent", "imp-prev", "imp-top", "answers", "none")
TYPES = (
    "STATEMENT", "CLAIM", "DENY", "DECLINE_COMMENT", "DISPUTE", "ACCUSE", "APPEAL", "WARN",
    "THREATEN", "REJECT", "SUPPORT", "INTENT", "CONCEDE",
)  # fmt: skip
WEIGHTS = PACKAGE_DATA / "statements" / "target_ranker.json"
COLLECT = False  # set by make train-statements: fill the candidates even without weights
# kinds of actors that are parties without a state (the ``io`` mark of :func:`candidates`)
_STATELESS_PARTIES = ("io", "organisation", "region", "party")
WINDOW = 50  # earlier quotes looked at for the previous speaker of another state
# an official voice of its state: by sector, or a state body itself (the ``me_official`` mark)
_OFFICIAL_SECTORS = ("government", "military", "diplomatic")
_STATE_KINDS = ("country", "seat", "institution")
# tokens at which a state's nearest mention counts half as near (:func:`measures`): about four
# sentences of news prose, the reach of the ``win_most`` window (the sentence and three before)
NEAR_TOKENS = 100
NO_MEASURE = (0.0, 0.0)  # no state, or a state the document never names


def step_of(
    target: ActorMention | None, implied: ActorMention | None, content: Span, sent: Span
) -> str:
    """Which rule step gave the target: ``find``, ``imp-*`` (where the implied mention sits),
    ``answers`` (the actor a reply answers) or ``none``."""
    if target is None:
        return "none"
    if implied is None or target is not implied:
        return "find"
    start = target.span.start
    if len(content) and content.start <= start < content.end:
        return "imp-inquote"
    if len(sent) and sent.start <= start < sent.end:
        return "imp-sent"
    if len(sent) and sent.start - 200 <= start < sent.start:
        return "imp-prev"
    return "imp-top"


def candidates(
    ctx: DocContext,
    current: str | None,
    speaker: Actor | None,
    sent: Span,
    content: Span | None = None,
    index: int | None = None,
    answers: Actor | None = None,
) -> dict[str | None, set[str]]:
    """Each candidate country (None = no state) with the sources that propose it. ``content``
    is the statement's span (the quote's, or its own clause of it), ``index`` the quote's
    position in ``ctx.quotes`` and ``answers`` the actor it
    replies to (each optional: without them their sources are left out). Cost per call:
    bisections over the document's state mentions (:meth:`.DocContext.country_mention_starts`,
    :meth:`.DocContext.country_run_starts`), the mentions inside the quote, its sentence and the
    three before, and the quotes of the window before it, so a long article's many statements do
    not each read all its mentions."""
    me = speaker.country if speaker is not None else None
    ms = ctx.country_mentions()
    starts = ctx.country_mention_starts()
    out: dict[str | None, set[str]] = {}
    if content is not None and len(content):
        # every state the quote names, the speaker's own too ("the justice of Britain's rebate")
        first = None
        for m in ms[
            bisect.bisect_left(starts, content.start) : bisect.bisect_left(starts, content.end)
        ]:
            out.setdefault(m.actor.country, set()).add("quote")
            if first is None and m.actor.country != me:
                first = m.actor.country
        if first is not None:
            # the first other state the statement's own words name: when the rules picked it,
            # the quotation's own words decide (:func:`choose`), not the document's
            # most-mentioned states ('said that A and that B': B's party, not A's)
            out[first].add(QUOTE_FIRST)
        # an international organisation or a non-state group the quote names ("the EU's code",
        # "Islamic State"): a party without a state
        for tok in content:
            m = ctx.mentions.get(tok.i)
            if m is not None and m.actor.country is None and m.actor.kind in _STATELESS_PARTIES:
                out.setdefault(None, set()).add("io")
                break
    if len(sent):
        q = ctx.quotes[index] if index is not None else None
        lo_char = q.speaker_start if q is not None else None
        hi_char = q.speaker_end if q is not None else None
        for m in ms[bisect.bisect_left(starts, sent.start) : bisect.bisect_left(starts, sent.end)]:
            if m.actor.country == me:
                continue
            if content is not None and content.start <= m.span.start < content.end:
                continue
            if q is not None and q.start <= m.span.start_char < q.end:
                continue  # another clause of the same quotation: another statement's words
            if lo_char is not None and lo_char <= m.span.start_char < (hi_char or 0):
                continue  # the speaker's own phrase ("Britain's envoy")
            out.setdefault(m.actor.country, set()).add("sent")
    if answers is not None and answers.country and answers.country != me:
        out.setdefault(answers.country, set()).add("answers")
    if index is not None:
        # the other side of the exchange: the nearest earlier speaker of another state, and the
        # state other speakers of the document speak for most often
        for j in range(index - 1, max(index - WINDOW, 0) - 1, -1):
            if ctx.quotes[j].rule == NOUN_REPORT_RULE:
                continue  # a report named inside another's sentence is no turn of the exchange
            c = ctx.speakers[j].country if ctx.speakers[j] is not None else None
            if c is not None and c != me:
                out.setdefault(c, set()).add("prev_speaker")
                break
        counts = ctx.speaker_countries()
        ranked = [(n, c) for c, n in counts.items() if c != me]
        if ranked:
            out.setdefault(max(ranked, key=lambda x: (x[0], x[1]))[1], set()).add("other_speakers")
    found: dict[str, str | None] = {
        "cur": current,
        "me": me,
        "top": ctx.top_country(exclude=me),
        "top_all": ctx.top_country(),
    }
    if len(sent):
        runs = ctx.country_run_starts()
        lo = ctx.sentences_back(sent.start, 3)
        a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, sent.end)
        window = [m.actor.country for m in ms[a:b] if m.actor.country != me]
        found["win_most"] = Counter(window).most_common(1)[0][0] if window else None
        k = bisect.bisect_left(starts, sent.start) - 1  # the last mention before the sentence
        if k >= 0 and ms[k].actor.country == me:
            k = runs[k] - 1  # the last one before the speaker's state's run
        found["prev_last"] = ms[k].actor.country if k >= 0 else None
        k = 0 if ms and ms[0].actor.country != me else bisect.bisect_right(runs, 0)
        first = ms[k] if k < len(ms) else None
        found["first_other"] = first.actor.country if first is not None else None
        newline = ctx.headline_end()  # mentions are in text order: the headline's come first
        in_head = first is not None and first.span.start_char < newline
        found["head"] = first.actor.country if in_head else None
    for source, country in found.items():
        out.setdefault(country, set()).add(source)
    out.setdefault(None, set()).add("null")
    if content is not None and len(content) and not _names_a_party(ctx, content):
        out[None].add("no_party")
    if len(sent) and _stateless_party_near(ctx, sent, content, index):
        out[None].add("io_near")
    if not any(c is not None and c != me and s & {"quote", "sent"} for c, s in out.items()):
        out[None].add("no_state_near")
    if content is not None and len(content) and len(sent):
        _mark_others_only(ctx, out, me, sent, content, index)
    for joint in speaker.members[1:] if speaker is not None else ():
        out.pop(joint, None)  # a state speaking jointly with the speaker is no party aimed at
    if me is not None:
        # a government's voice rarely aims at its own state; a non-state speaker often does
        out[me].add("me_official" if official_voice(speaker) else "me_other")
        if me in divided_states(ctx):
            out[me].add(DIVIDED)
    return out


# prepositions that place an event in a state's land ("killed in Lebanon", "get back into
# Venezuela"): a closed class of English grammar
_IN_PLACE_PREPS = frozenset(
    ("in", "at", "near", "across", "within", "into", "inside", "around", "throughout", "along")
)


def named_as_place(m: ActorMention) -> bool:
    """Whether a state mention names its land, not its government: the object of a preposition
    of :data:`_IN_PLACE_PREPS` ("a reporter was killed in Lebanon"; a conjunct counts as its
    head). Where a thing happens is not the party a statement is about when its words name
    another state in another role (:func:`implied_target`)."""
    if m.actor.kind not in ("country", "seat"):
        return False
    tok = conj_head(m.span.root)
    return tok.dep_ == "pobj" and tok.head.lower_ in _IN_PLACE_PREPS


def official_voice(speaker: Actor) -> bool:
    """Whether the speaker speaks for its state's government (the ``me_official`` mark of
    :func:`candidates`): a government, military or diplomatic sector, or a state body itself,
    unless the speaker's name or role holds a word of class ``outside_government`` of
    ``data/statements/context_words.csv`` ("Former US Ambassador", "Shadow Europe minister",
    "Senator", "campaign adviser"): a former office holder, the shadow cabinet, a legislator or a
    candidate's people speak of their own government as another party."""
    if not (speaker.sector in _OFFICIAL_SECTORS or speaker.kind in _STATE_KINDS):
        return False
    said_by = " ".join(x for x in (speaker.name, speaker.role) if x).casefold()
    return not context_words("outside_government") & set(re.findall(r"[^\W\d_]+", said_by))


def divided_states(ctx: DocContext) -> frozenset[str]:
    """The states at war with themselves in the document: those for which both an official
    voice (a government, military or diplomatic sector, or a state body: the ``me_official``
    mark) and a side fighting its government with arms speak. A side is named so by its name or
    role ("rebel spokesman", "commander of the second rebel group", "Insurgents"): a word of
    class ``armed_side`` of ``data/statements/context_words.csv`` (rebels, insurgents,
    militias, guerrillas; not the unarmed opposition, whose charges
    :func:`.targets.opposition_charge` reads). Computed once per document."""
    got = _divided.get(ctx)
    if got is None:
        armed = context_words("armed_side")
        official, against = set(), set()
        for a in ctx.speakers:
            if a is None or a.country is None:
                continue
            said_by = " ".join(x for x in (a.name, a.role) if x).casefold()
            if armed & set(re.findall(r"[^\W\d_]+", said_by)):
                against.add(a.country)
            elif a.sector in _OFFICIAL_SECTORS or a.kind in _STATE_KINDS:
                official.add(a.country)
        got = frozenset(official & against)
        _divided[ctx] = got
    return got


def _stateless_party_near(
    ctx: DocContext, sent: Span, content: Span | None, index: int | None
) -> bool:
    """Whether the reporting sentence or the one before names a party without a state (an
    international organisation, a region, a non-state group: :data:`_STATELESS_PARTIES`)
    outside the statement's own words (their party is the ``io`` mark) and outside the
    speaker's phrase ("the UN envoy said": the speaker's side, not a party spoken of)."""
    q = ctx.quotes[index] if index is not None else None
    speaker_chars = (
        range(q.speaker_start, q.speaker_end)
        if q is not None and q.speaker_start is not None and q.speaker_end is not None
        else range(0)
    )
    lo = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for i in range(lo, sent.end):
        m = ctx.mentions.get(i)
        if m is None or m.actor.country is not None or m.actor.kind not in _STATELESS_PARTIES:
            continue
        if content is not None and content.start <= i < content.end:
            continue
        if m.span.start_char not in speaker_chars:
            return True
    return False


# plural personal pronouns (a closed class of English grammar): they stand for a party ("we will
# respond", "they must withdraw"), where "it", "he" and "she" mostly stand for things or the speaker
_PLURAL_PERSONAL_PRONOUNS = frozenset(
    ("we", "us", "our", "ours", "they", "them", "their", "theirs")
)


def _names_a_party(ctx: DocContext, content: Span) -> bool:
    """Whether the statement's words name a party: an actor mention (a person, a body, a
    state, an organisation) or a plural personal pronoun (:data:`_PLURAL_PERSONAL_PRONOUNS`). The
    ``no_party`` mark on *no state* is its negation: event reports, casualty and capability
    claims ("the ferry reached port", "the guidelines have no force in law")
    are about no party (the guide: ``target_country`` null for statements with no state
    target)."""
    return any(t.i in ctx.mentions or t.lower_ in _PLURAL_PERSONAL_PRONOUNS for t in content)


# the dependency labels of a verb's subject, and those that attach a word within a noun phrase
_SUBJECTS = ("nsubj", "nsubjpass")
_IN_PHRASE = ("poss", "compound", "amod", "det", "appos", "nmod", "case")


def own_side_mentions(
    ctx: DocContext, speaker: Actor | None, content: Span | None, index: int | None
) -> frozenset[int]:
    """Token starts of the mentions of the speaker's own state that name the speaker's side
    rather than a party spoken of: those in the speaker's own phrase ("the British defence
    secretary said") and those in the subject of a verb of the statement's words ("Britain will
    send ...", "the Russian foreign minister has answered", "Britain's envoy would stay").
    :func:`measures` does not count them (empty without a speaker's state)."""
    me = speaker.country if speaker is not None else None
    if me is None:
        return frozenset()
    out = set()
    q = ctx.quotes[index] if index is not None else None
    if q is not None and q.speaker_start is not None and q.speaker_end is not None:
        # the speaker's phrase with the words before the name that modify it ("Russian Foreign
        # Ministry spokeswoman Maria Zakharova": the mention is the name, its role before it)
        span = ctx.speaker_span(q)
        start = min(q.speaker_start, span.root.left_edge.idx) if span else q.speaker_start
        for m in ctx.country_mentions():
            if m.actor.country == me and start <= m.span.start_char < q.speaker_end:
                out.add(m.span.start)
    if content is not None:
        for tok in content:
            m = ctx.mentions.get(tok.i)
            if m is None or m.actor.country != me:
                continue
            head = tok
            while head.dep_ not in _SUBJECTS and head.head.i != head.i and head.dep_ in _IN_PHRASE:
                head = head.head
            if head.dep_ in _SUBJECTS and content.start <= head.head.i < content.end:
                out.add(m.span.start)
    return frozenset(out)


def measures(
    ctx: DocContext,
    cands: dict[str | None, set[str]],
    sent: Span,
    content: Span | None = None,
    skip: frozenset[int] = frozenset(),
) -> dict[str | None, tuple[float, float]]:
    """(share, nearness) of each candidate state: ``share`` is its part of the document's state
    mentions (:meth:`.DocContext.country_mentions`; 0-1), ``nearness`` is ``1 / (1 + d /
    NEAR_TOKENS)`` for the token distance ``d`` from the statement's words (``content``, else
    the reporting sentence ``sent``) to the state's nearest mention before or after them (1
    inside them). The source marks say only *whether* a state is the most mentioned or named
    near the quote; these say *how much* and *how near* (train, grouped 5-fold CV: 0.679 ->
    0.697, dev 0.615 -> 0.631). The mentions starting at the token positions of ``skip``
    (:func:`own_side_mentions`: the speaker's side naming itself) are not counted in a state's
    share or nearness (they stay in the total of the share). No state, and a state the document
    never names otherwise (the speaker's own, unnamed), get :data:`NO_MEASURE`. Cost: two
    bisections per candidate (and one pass over its mentions with ``skip``)."""
    ms = ctx.country_mentions()
    starts = ctx.country_mention_starts()
    span = content if content is not None and len(content) else sent
    out: dict[str | None, tuple[float, float]] = {}
    for country in cands:
        positions = ctx.country_mention_positions(country) if country is not None else []
        if skip:
            positions = [k for k in positions if starts[k] not in skip]
        if not positions or not len(span):
            out[country] = NO_MEASURE
            continue
        k = bisect.bisect_left(positions, span.start, key=lambda j: starts[j])
        gaps = []
        if k > 0:  # the last mention starting before the statement's words
            gaps.append(span.start - starts[positions[k - 1]])
        if k < len(positions):  # the first one starting in (gap 0) or after them
            gaps.append(max(0, starts[positions[k]] - span.end))
        out[country] = (len(positions) / len(ms), 1.0 / (1.0 + min(gaps) / NEAR_TOKENS))
    return out


def features(
    sources: set[str],
    step: str,
    statement_type: str,
    measure: tuple[float, float] = NO_MEASURE,
) -> list[float]:
    """One candidate's feature vector (names: :func:`feature_names`) from its sources and its
    :func:`measures` (share, nearness); marks outside :data:`SOURCES` (:data:`QUOTE_FIRST`,
    :data:`OTHERS_ONLY`) are not features."""
    f = [1.0 if s in sources else 0.0 for s in SOURCES]
    f += [1.0 if (step == s and "cur" in sources) else 0.0 for s in STEPS]
    f += [1.0 if (statement_type == t and "null" in sources) else 0.0 for t in TYPES]
    f += [1.0 if (statement_type == t and "me" in sources) else 0.0 for t in TYPES]
    f += [1.0 if (step == s and "null" in sources) else 0.0 for s in STEPS]
    f.append(sum(1 for s in sources if s in SOURCES) / len(SOURCES))
    f += [float(measure[0]), float(measure[1])]
    return f


def feature_names() -> list[str]:
    return [
        *(f"src:{s}" for s in SOURCES),
        *(f"cur-step:{s}" for s in STEPS),
        *(f"null-type:{t}" for t in TYPES),
        *(f"me-type:{t}" for t in TYPES),
        *(f"null-step:{s}" for s in STEPS),
        "agreement",
        "share",
        "nearness",
    ]


@functools.cache
def _weights() -> tuple[list[float], float] | None:
    if os.environ.get("PARLEY_TARGET_RANKER", "").lower() == "off" or not WEIGHTS.exists():
        return None
    model = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if model["features"] != feature_names():
        raise ValueError(f"{WEIGHTS} was trained on other features: run make train-statements")
    return model["coef"], model["intercept"]


def enabled() -> bool:
    """Whether trained weights are there (and not switched off)."""
    return _weights() is not None


def choose(
    cands: dict[str | None, set[str]],
    step: str,
    statement_type: str,
    measured: dict[str | None, tuple[float, float]] | None = None,
) -> str | None:
    """The candidate country with the highest score (ties: the rules' own pick, then the order
    of :data:`SOURCES`), each scored from its sources and its :func:`measures` (``measured``;
    missing: :data:`NO_MEASURE`); the rules' pick when no weights are loaded, or when it is the first
    other state the statement's own words name (:data:`QUOTE_FIRST`): the quotation's own words
    outweigh the document's most-mentioned states (train, grouped 5-fold CV: 0.673 -> 0.683).
    A candidate marked :data:`OTHERS_ONLY` is never chosen (train CV 0.673 -> 0.677, dev equal;
    it keeps short articles from giving one speaker's statement another speaker's state).
    A speaker's state marked :data:`DIVIDED` (a civil war's side: :func:`divided_states`) is
    chosen whenever *no state* carries ``no_state_near`` (neither the statement's words nor its
    sentence name another state): both sides of a civil war speak of their own state."""
    loaded = _weights()
    current = next((c for c, s in cands.items() if "cur" in s), None)
    if loaded is None or QUOTE_FIRST in cands.get(current, ()):
        return current
    coef, intercept = loaded
    # a state only other speakers bring in, sharing no word with the statement, is not a reading
    # of it ('Zakharova said Washington ...; Governor Newsom said the state would send aid')
    cands = {c: s for c, s in cands.items() if OTHERS_ONLY not in s} or cands

    def score(item: tuple[str | None, set[str]]) -> tuple[float, int]:
        country, sources = item
        measure = (measured or {}).get(country, NO_MEASURE)
        f = features(sources, step, statement_type, measure)
        z = intercept + sum(w * x for w, x in zip(coef, f, strict=True))
        return z, 1 if "cur" in sources else 0

    best = max(cands.items(), key=score)[0]
    if "no_state_near" in cands.get(None, ()):
        # a side of a civil war speaking of no other state speaks of its own ("the war has
        # not stopped", said by a rebel commander; "the militants breached the deal", said by
        # the president): train +8 statements, none lost; no unseen row changed
        own = next((c for c, s in cands.items() if DIVIDED in s), None)
        if own is not None:
            return own
    return best


def pick_mention(
    ctx: DocContext, country: str, quote: Quote, sent: Span, speaker: Actor | None = None
) -> ActorMention | None:
    """A mention of ``country`` to stand as the target: the last one before the quote's sentence
    ends, else the document's first (None when the document does not name it). A mention of the
    speaker himself is never his own target ("Boris Johnson" for Boris Johnson's statement about
    Britain): the nearest other mention of the state is taken, before the sentence's end, then
    after; when the speaker is the state's only mention, the state's row of the actor tables
    stands for it (on his mention's words). Bisections, and at most :data:`WINDOW` mentions
    looked at each way."""
    limit = sent.end if len(sent) else len(ctx.doc)
    positions = ctx.country_mention_positions(country)
    ms = ctx.country_mentions()
    j = bisect.bisect_left(positions, bisect.bisect_left(ctx.country_mention_starts(), limit))
    if speaker is None:
        if j > 0:
            return ms[positions[j - 1]]
        return ctx.first_mention_of(country)
    before = positions[max(j - WINDOW, 0) : j][::-1]
    for k in before + positions[j : j + WINDOW]:
        if ms[k].actor.name != speaker.name:
            return ms[k]
    if not positions:
        return None
    state = tables().countries.get(country)
    last = ms[positions[j - 1] if j > 0 else positions[0]]
    return ActorMention(last.span, state) if state is not None else last


# words too common in news to tie a statement to another sentence (:func:`_mark_others_only`)
_COMMON_WORDS = frozenset((
    "say", "tell", "add", "state", "have", "make", "take", "go", "come", "year", "day", "week",
    "time", "people", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
))  # fmt: skip
_WORD_POS = ("NOUN", "VERB", "ADJ", "PROPN")
_LINK_MENTIONS = 30  # mentions of a candidate looked at (the latest before the statement ends)
_quote_spans: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_divided: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _words(tokens, skip: range) -> set[str]:
    """Lemmas of the content words (nouns, verbs, adjectives, names; no stop words, no words of
    :data:`_COMMON_WORDS`) of ``tokens`` outside the token range ``skip``."""
    return {
        t.lemma_.lower()
        for t in tokens
        if t.pos_ in _WORD_POS
        and not t.is_stop
        and len(t) > 2
        and t.i not in skip
        and t.lemma_.lower() not in _COMMON_WORDS
    }


def _others_spans(ctx: DocContext) -> tuple[list[int], list[int]]:
    """The character ranges of every quotation's words, its speaker's phrase and the sentence of
    its reporting verb, merged where they overlap: (starts, ends), ascending (for bisection);
    computed once per document. A report named by a noun (``NOUN_REPORT_RULE``) is left out:
    the sentence holding it is the narrative's, and the state whose report it names is still the
    party a later statement answers ('China's claim that ... was widely reported. He said Manila
    would not be intimidated')."""
    got = _quote_spans.get(ctx)
    if got is None:
        sents = [(s.start_char, s.end_char) for s in ctx.doc.sents]
        sent_starts = [a for a, _ in sents]
        quotes = [q for q in ctx.quotes if q.rule != NOUN_REPORT_RULE]
        raw = [(q.start, q.end) for q in quotes]
        for q in quotes:
            if q.speaker_start is not None and q.speaker_end is not None:
                raw.append((q.speaker_start, q.speaker_end))
            if q.cue_start is not None:
                k = bisect.bisect_right(sent_starts, q.cue_start) - 1
                if k >= 0:
                    raw.append(sents[k])
        raw.sort()
        merged: list[list[int]] = []
        for a, b in raw:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        got = ([a for a, _ in merged], [b for _, b in merged])
        _quote_spans[ctx] = got
    return got


def _mark_others_only(
    ctx: DocContext,
    out: dict[str | None, set[str]],
    me: str | None,
    sent: Span,
    content: Span,
    index: int | None,
) -> None:
    """Mark :data:`OTHERS_ONLY` on each candidate state (not the speaker's) that only other
    speakers bring in: the statement's words, its sentence and the quote it answers do not name
    it, every mention of it up to the end of the statement's sentence lies in another quotation
    or another speaker's phrase ("Russian Foreign Ministry spokeswoman Maria Zakharova said
    Washington ..."), and no sentence naming it shares a content word with the statement's own
    words. In a short article every state of the other speakers is "the most mentioned", "the
    last named" and "the other side": these marks alone do not make it the statement's target.
    Cost: one bisection per mention (at most :data:`_LINK_MENTIONS` per candidate) and one pass
    over each of their sentences."""
    ms = ctx.country_mentions()
    starts, ends = _others_spans(ctx)
    mine: list[tuple[int, int]] | None = None  # the speaker's own quotations, when first asked
    words: set[str] | None = None
    for country, sources in out.items():
        if country is None or country == me or sources & {"quote", "sent", "answers"}:
            continue
        positions = ctx.country_mention_positions(country)
        before = positions[: bisect.bisect_left(positions, _first_at_or_after(ctx, sent.end))]
        mentions = [ms[k] for k in before[-_LINK_MENTIONS:]]
        if not mentions:
            continue  # named only later: the chooser's marks already weigh that
        elsewhere = True
        for m in mentions:
            c = m.span.start_char
            if _in_dateline(ctx, m):
                continue  # where the report was filed, not a party
            if sent.start <= m.span.start < sent.end:
                elsewhere = False  # the statement's own sentence (its speaker's phrase)
                break
            if mine is None:
                mine = _own_quote_spans(ctx, index)
            if any(a <= c < b for a, b in mine):
                # the speaker's own quotation, or another of his ('criticised X.')
                elsewhere = False
                break
            j = bisect.bisect_right(starts, c) - 1
            if j < 0 or c >= ends[j]:
                elsewhere = False  # the narrative names it
                break
        if not elsewhere:
            continue
        if words is None:
            words = _words(content, range(0))
        if not words:
            continue
        linked = any(
            words & _words(m.span.sent, range(content.start, content.end)) for m in mentions
        )
        if not linked:
            sources.add(OTHERS_ONLY)


def _own_quote_spans(ctx: DocContext, index: int | None) -> list[tuple[int, int]]:
    """The character spans of quotation ``index`` and of the other quotations of its speaker:
    the same resolved actor (``DocContext.speakers``), or a person of the same country named so
    that one name can stand for the other (:func:`.context.same_person_named`: "Lula" after
    "Luiz Inácio Lula da Silva" resolves as a description). A state named there is one the
    speaker brought in, not another speaker's. [] for no quotation."""
    if index is None:
        return []
    spans = [(ctx.quotes[index].start, ctx.quotes[index].end)]
    me = ctx.speakers[index]
    if me is None:
        return spans
    for j, (q, a) in enumerate(zip(ctx.quotes, ctx.speakers, strict=True)):
        if j == index or a is None:
            continue
        if a.name == me.name or (
            "person" in (a.kind, me.kind)
            and a.country == me.country
            and same_person_named(a.name, me.name)
        ):
            spans.append((q.start, q.end))
    return spans


def _in_dateline(ctx: DocContext, m: ActorMention) -> bool:
    """Whether a mention is the place of the document's dateline ("MOSCOW (Reuters) - ")."""
    d = ctx.datelines.body or ctx.datelines.opening
    text = m.span.text
    return d is not None and text.isupper() and text in d[1] and m.span.start_char < 400


def _first_at_or_after(ctx: DocContext, token: int) -> int:
    """Position in :meth:`.DocContext.country_mentions` of the first mention starting at or
    after ``token``."""
    return bisect.bisect_left(ctx.country_mention_starts(), token)
