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
* ``null`` — no state.

A logistic regression (scikit-learn, trained by ``make train-statements`` on the ``train`` split of
``../shared/eval/statements_dev.jsonl``; weights in ``data/statements/target_ranker.json``, no
article text) scores each candidate from which sources agree on it, crossed with the rules' step
and the statement type; the best one is the target's country. Without the weights file (or with
``PARLEY_TARGET_RANKER=off``) the rules decide alone. Model card: ``docs/target_ranker.md``.
"""

from __future__ import annotations

import bisect
import functools
import json
import os
from collections import Counter
from typing import TYPE_CHECKING

from parley.settings import PACKAGE_DATA

if TYPE_CHECKING:
    from spacy.tokens import Span

    from parley.extract.actors import Actor
    from parley.extract.quotes import Quote
    from parley.extract.statements.context import ActorMention, DocContext

SOURCES = ("cur", "me", "top", "top_all", "win_most", "prev_last", "first_other", "head", "null")
STEPS = ("find", "imp-inquote", "imp-sent", "imp-prev", "imp-top", "answers", "none")
TYPES = (
    "STATEMENT", "CLAIM", "DENY", "DECLINE_COMMENT", "DISPUTE", "ACCUSE", "APPEAL", "WARN",
    "THREATEN", "REJECT", "SUPPORT", "INTENT", "CONCEDE",
)  # fmt: skip
WEIGHTS = PACKAGE_DATA / "statements" / "target_ranker.json"
COLLECT = False  # set by make train-statements: fill the candidates even without weights


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
    ctx: DocContext, current: str | None, speaker: Actor | None, sent: Span
) -> dict[str | None, set[str]]:
    """Each candidate country (None = no state) with the sources that propose it. Cost per call:
    bisections over the document's state mentions (:meth:`.DocContext.country_mention_starts`,
    :meth:`.DocContext.country_run_starts`) and a count over the mentions of the sentence and the
    three before, so a long article's many statements do not each read all its mentions."""
    me = speaker.country if speaker is not None else None
    ms = ctx.country_mentions()
    found: dict[str, str | None] = {
        "cur": current,
        "me": me,
        "top": ctx.top_country(exclude=me),
        "top_all": ctx.top_country(),
    }
    if len(sent):
        starts = ctx.country_mention_starts()
        runs = ctx.country_run_starts()
        lo = sent.start
        for _ in range(3):
            if lo == 0:
                break
            lo = ctx.doc[lo - 1].sent.start
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
    out: dict[str | None, set[str]] = {}
    for source, country in found.items():
        out.setdefault(country, set()).add(source)
    out.setdefault(None, set()).add("null")
    return out


def features(sources: set[str], step: str, statement_type: str) -> list[float]:
    """One candidate's feature vector (names: :func:`feature_names`)."""
    f = [1.0 if s in sources else 0.0 for s in SOURCES]
    f += [1.0 if (step == s and "cur" in sources) else 0.0 for s in STEPS]
    f += [1.0 if (statement_type == t and "null" in sources) else 0.0 for t in TYPES]
    f += [1.0 if (statement_type == t and "me" in sources) else 0.0 for t in TYPES]
    f += [1.0 if (step == s and "null" in sources) else 0.0 for s in STEPS]
    f.append(len(sources) / len(SOURCES))
    return f


def feature_names() -> list[str]:
    """The names of :func:`features`' positions, in order (``src:<source>``, ``cur-step:<step>``,
    ``null-type:<type>``, ``me-type:<type>``, ``null-step:<step>``, ``agreement``): the weights
    file stores them, and weights trained on other names are refused."""
    return [
        *(f"src:{s}" for s in SOURCES),
        *(f"cur-step:{s}" for s in STEPS),
        *(f"null-type:{t}" for t in TYPES),
        *(f"me-type:{t}" for t in TYPES),
        *(f"null-step:{s}" for s in STEPS),
        "agreement",
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


def choose(cands: dict[str | None, set[str]], step: str, statement_type: str) -> str | None:
    """The candidate country with the highest score (ties: the rules' own pick, then the order
    of :data:`SOURCES`); the rules' pick when no weights are loaded."""
    loaded = _weights()
    current = next((c for c, s in cands.items() if "cur" in s), None)
    if loaded is None:
        return current
    coef, intercept = loaded

    def score(item: tuple[str | None, set[str]]) -> tuple[float, int]:
        country, sources = item
        z = intercept + sum(
            w * x for w, x in zip(coef, features(sources, step, statement_type), strict=True)
        )
        return z, 1 if "cur" in sources else 0

    return max(cands.items(), key=score)[0]


def pick_mention(ctx: DocContext, country: str, quote: Quote, sent: Span) -> ActorMention | None:
    """A mention of ``country`` to stand as the target: the last one before the quote's sentence
    ends, else the document's first (None when the document does not name it). Two bisections."""
    limit = sent.end if len(sent) else len(ctx.doc)
    positions = ctx.country_mention_positions(country)
    j = bisect.bisect_left(positions, bisect.bisect_left(ctx.country_mention_starts(), limit))
    if j > 0:
        return ctx.country_mentions()[positions[j - 1]]
    return ctx.first_mention_of(country)
