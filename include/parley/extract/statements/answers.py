"""Bare answers: a quotation that is only 'No', 'Never', 'Absolutely not' or 'Yes',
'Absolutely' ('"Never," the minister replied'). Its words carry no act; the question or
proposal it answers does. A refusal of what was asked or proposed is a ``REJECT``; a "no" to
a question of fact ('asked whether Moscow was behind the attack') is a ``DENY``; a "yes" to a
question of what the speaker will do ('asked whether he would talk to him') is an ``INTENT``
(``STATEMENTS_GUIDE.md``, statement types)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parley.extract.statements.context import Match
from parley.extract.statements.rules import rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from parley.extract.quotes import Quote

# whole answers that say no or yes (a closed class of English; written for Parley from general
# English usage, not from any corpus sentence)
NEGATIVE_ANSWERS = frozenset(
    (
        "no",
        "never",
        "nope",
        "absolutely not",
        "certainly not",
        "definitely not",
        "of course not",
        "not at all",
        "no way",
        "no chance",
        "never ever",
    )
)
POSITIVE_ANSWERS = frozenset(
    ("yes", "absolutely", "certainly", "definitely", "of course", "sure", "yes indeed", "yeah")
)
# auxiliaries that make a question one of what will be done, not of what is or was
_FUTURE_AUX = frozenset(
    (
        "would",
        "will",
        "could",
        "can",
        "should",
        "might",
        "'d",
        "'ll",
        "\u2019d",
        "\u2019ll",
        "wo",
        "ca",
    )
)
_QUESTION_MARKS = frozenset(("whether", "if"))
_PERSONAL = frozenset(("he", "she", "they", "we", "i", "you"))
ANSWER_CONFIDENCE = 0.6


def answer_polarity(text: str) -> str | None:
    """``"no"`` or ``"yes"`` when ``text`` (a quotation, marks and punctuation included) is
    only a bare answer word of :data:`NEGATIVE_ANSWERS` / :data:`POSITIVE_ANSWERS`, else None."""
    words = " ".join(re.findall(r"[a-z']+", text.lower().replace("\u2019", "'")))
    if words in NEGATIVE_ANSWERS:
        return "no"
    if words in POSITIVE_ANSWERS:
        return "yes"
    return None


def _asked_clause(sent: Span, cue: Token | None) -> Token | None:
    """The head of a 'whether'/'if' clause that a form of 'ask' other than ``cue`` takes in
    ``sent`` ('Asked whether Moscow would withdraw, ...'), or None."""
    for t in sent:
        if t.lemma_.lower() != "ask" or (cue is not None and t.i == cue.i):
            continue
        for c in t.children:
            if c.dep_ in ("ccomp", "advcl", "xcomp", "dobj") and any(
                m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in c.children
            ):
                return c
    return None


def _question(doc: Doc, span: Span | None, cue: Token | None) -> Token | None:
    """The head verb of the question the answer (its tokens ``span``, its reporting verb
    ``cue``) replies to: a 'whether'/'if' clause of 'ask' in the sentence of its cue, else in the sentence before it in the same paragraph,
    else the root of the sentence before it when that ends with a question mark or breaks off
    with a dash; None when there is none."""
    anchor = cue if cue is not None else (span[0] if span is not None and len(span) else None)
    if anchor is None:
        return None
    sent = anchor.sent
    if (found := _asked_clause(sent, cue)) is not None:
        return found
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    for _ in range(3):  # past a blank line and a speaker's label ('MS. LEWIS:')
        if prev.start == 0 or not (not prev.text.strip() or prev.text.rstrip().endswith(":")):
            break
        prev = doc[prev.start - 1].sent
    same_paragraph = "\n" not in doc.text[prev.end_char : sent.start_char]
    if same_paragraph and (found := _asked_clause(prev, cue)) is not None:
        return found
    # a question just before it, in its paragraph or the one before (a briefing's 'Q ...'
    # paragraph, cut short by the answer: 'is the President concerned —')
    if prev.text.rstrip().rstrip("\"'\u201d\u2019 ").endswith(("?", "\u2014", "--")):
        return prev.root
    return None


def _future(verb: Token) -> bool:
    """Whether the question headed by ``verb`` asks what will be done ('would withdraw',
    'will you meet', 'whether to talk')."""
    if verb.lower_ in _FUTURE_AUX:
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX | {"to"} for c in verb.children
    )


def bare_answer(doc: Doc, quote: Quote, cue: Token | None) -> Match | None:
    """The type of a quotation that is a bare answer (:func:`answer_polarity`), from the
    question it answers (:func:`_question`): "no" to a question of what will be done, or to no
    question found (a proposal answered), is a ``REJECT``; "no" to a question of fact is a
    ``DENY``; "yes" to a question of what the asked person ('he', 'we') will do is an
    ``INTENT``. None otherwise (a "yes" to anything else has no act of its own). The question's
    head is the match's ``about``: the party it names is the target."""
    polarity = answer_polarity(quote.text)
    if polarity is None:
        return None
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    question = _question(doc, span, cue)
    word = next((t for t in span if t.is_alpha), None) if span is not None else None
    char = word.idx if word is not None else quote.start

    def answer(label: str, name: str) -> Match:
        """The answer's act at its type's CAMEO code (``statement_types.csv``)."""
        code = rules().types[label]["default_cameo"]
        return Match(label, code, False, word, char, f"answer:{name}", ANSWER_CONFIDENCE, question)

    if polarity == "no":
        if question is not None and not _future(question):
            return answer("DENY", "no-to-fact")
        return answer("REJECT", "no-to-proposal")
    if question is None or not _future(question):
        return None
    subjects = [c for c in question.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ not in _PERSONAL:
        return None
    return answer("INTENT", "yes-to-own-plan")
