"""Statements: every attributed quote becomes a typed, targeted diplomatic statement.

:func:`classify` follows the method below step by step: :mod:`.matching` finds and decides
(steps 1-3, asking :mod:`.clauses` about tense, objects and conditions), :mod:`.targets` aims it
(steps 4-5); :mod:`.context` holds what is computed once per document (the actors mentioned, each
quote's speaker) and :mod:`.rules` the data files.

Labels (exactly these): STATEMENT, CLAIM, DENY, DECLINE_COMMENT, DISPUTE, ACCUSE, APPEAL, WARN,
THREATEN, REJECT, SUPPORT, INTENT, CONCEDE — each stored with a CAMEO code (Gerner, Schrodt et al.,
CAMEO 1.1b3) and, where PLOVER kept the category, the PLOVER category (PLOVER dropped plain
statements and denials, so those have none).

Method (rules over the dependency parse; every word list is a data file with its source):

1. **The cue decides when it carries the act** (``data/statements/statement_lexicon.csv``, scope ``cue``/``both``):
   "warned", "denied", "urged", "welcomed" ... The cue's *object* refines the code
   (``data/statements/statement_objects.csv`` over ``data/statements/object_classes.csv``): deny + claim = denial (016),
   reject + proposal = rejection (120), reject + accusation = denial, warn of catastrophe = WARN (012),
   warn of consequences = THREATEN (130); an announcing cue ("announced", "unveiled") whose object
   is a measure is an announced intention (INTENT).
2. **Otherwise the content decides**: predicates and phrases inside the quote ("unacceptable",
   "nothing to add", "be careful", "we would welcome", "Kiev will be invited"). Negation counts:
   a negated predicate takes its ``negated_type`` ("has no problem" → no dispute; "not acceptable" →
   REJECT; "we will not send" → REJECT). When several predicates match, the clause after a
   contrast ("but", "however") wins, then the label's priority (``data/statements/statement_types.csv``).
3. **Whose position is it?** A stance predicate whose subject is another named actor ("Putin has no
   problem with it", "Russia will accept ...") is the speaker's CLAIM about that actor's position;
   so is a reported exchange with another actor ("I asked Putin about ...").
4. **Target**: the cue's object ("warned Trump"), else the argument of the deciding predicate ("the
   deployment of troops from NATO countries ... is unacceptable" → NATO), else the first actor in a
   core role of the quote (not the speaker, not the speaker's own country), else whom the quote
   answers.
5. **Responds to**: a quote nested in this one, an earlier quote by someone else in the same
   sentence ("After Trump said ..., Macron said 'no ...'"), a possessed reference noun in the
   sentence ("asked about Trump's remarks"), or a reply cue ("replied", "responded to those
   comments") — the material the ``disputes`` mart pairs statements with.

Typing stays rules (steps 1-3). A learned type model over the rules' own signals was tried and
dropped (session 9, issue #10): a multinomial logistic regression (scikit-learn) over the rules'
label and rule family, the cue lemma, negation, modals, tense, the side of the content's subject,
conditions and the content's verbs and adjectives, rules kept as overrides, C and class weights
by grouped 5-fold CV over the ``train`` articles. It beat the rules in train CV (lenient type
accuracy 0.651 → up to 0.684) only by learning that the quotations no rule types are more often
CLAIM than STATEMENT in ``train``, which ``dev`` reverses (there: 82 accept STATEMENT, 48 CLAIM):
the settings train CV prefers fell on ``dev`` (lenient 0.616 → 0.55-0.56; 0.545-0.626 over the
~100 settings tried); allowed only to move those quotations to the 11 act labels, it changed
almost nothing (train CV and dev ±0.005). Session 16 tried the narrower form again: a logistic
regression over the statement's words and cue word, only on the quotations the rules leave
``STATEMENT`` by default, CLAIM folded into STATEMENT so that it could only move them to the 11
act labels (C 0.3-10, a probability floor 0-0.6): at every setting train CV (lenient 0.793 →
0.750-0.793) and dev (0.653 → 0.577-0.653) fell or stayed, so it was dropped too.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from parley.extract.actors import Actor, fold, is_pronoun, role_sector, state_media
from parley.extract.doctext import doc_text
from parley.extract.quotes.document import MIN_CONTENT_WORDS, judging_phrase
from parley.extract.quotes.engine import OBJECT_RULES, anonymity_request
from parley.extract.quotes.indirect import NOUN_REPORT_RULE, TURN_RULES
from parley.extract.quotes.speakers import NAME_LABELS, head_class
from parley.extract.statements import ranker
from parley.extract.statements.acts import QUESTION_WORDS, negated_account
from parley.extract.statements.clauses import narrated_act, passive_cue
from parley.extract.statements.context import ActorMention, DocContext, against_the_state
from parley.extract.statements.lexicon import class_words, context_words
from parley.extract.statements.matching import Match, cue_match, decide
from parley.extract.statements.rules import LABELS, plover, rules, weight
from parley.extract.statements.targets import (
    accord_partner,
    account_answered,
    account_recalled,
    asked_of,
    charged_with_wrong,
    continued_act,
    cue_addressee,
    explained_act_object,
    find_target,
    implied_target,
    names_party,
    noun_addressee,
    opposed_party,
    opposition_charge,
    own_forces_report,
    own_office_charged,
    own_state_spoken_of,
    place_antecedent,
    pronoun_antecedent,
    question_answered,
    responds_to_of,
    stateless_accord,
    stateless_addressee,
    stateless_group,
    subject_terms_of,
)
from parley.extract.syntax import cue_token, is_cue_verb, negated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from parley.extract.meta import ArticleMeta
    from parley.extract.quotes import Quote

__all__ = [
    "LABELS",
    "DocContext",
    "Statement",
    "attributed",
    "classify",
    "credited_source",
    "statements_for",
]

DEFAULT_CONFIDENCE = 0.4


@dataclass
class Statement:
    """One typed, targeted statement: one per reported clause of an attributed quote
    (:meth:`~parley.extract.quotes.Quote.clause_spans`; most quotes are one clause).
    ``quote_index`` is the quote's position in the document's quote list; ``start``/``end``
    (character offsets into the article, end exclusive) and ``text`` are the statement's own
    clause, the quote's span when the quote is one clause. ``negated``: the deciding predicate
    is negated and the label does not say so itself — a CLAIM that "troops did not enter" is
    negated; the REJECT of "we will not accept" and the STATEMENT of "I never threaten anybody"
    are not, the negation turned their label over, nor is a CLAIM of another party's position
    whose negation turned the stance over ("Putin has no problem with it": acceptance)
    (:attr:`.context.Match.negation_in_label`;
    the ``evidence`` still names the negated word)."""

    quote_index: int
    speaker: Actor | None
    statement_type: str
    cameo_code: str
    start: int = 0
    end: int = 0
    text: str = ""
    negated: bool = False
    target: Actor | None = None
    target_mention: str | None = None
    target_start: int | None = None
    target_end: int | None = None
    subject: str | None = None
    subject_terms: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    responds_to: str | None = None
    responds_to_index: int | None = None
    cue_lemma: str | None = None
    rule: str = "default"
    evidence: str = ""
    confidence: float = DEFAULT_CONFIDENCE
    # the learned chooser's view (:mod:`.ranker`): candidate countries with their sources and
    # their (share, nearness) measures, and the rule step that gave the rules' own target; empty
    # when the chooser is off
    target_candidates: dict[str | None, list[str]] = field(default_factory=dict)
    target_measures: dict[str | None, tuple[float, float]] = field(default_factory=dict)
    target_step: str | None = None

    @property
    def plover_category(self) -> str | None:
        return plover(self.cameo_code)

    @property
    def weight(self) -> float:
        return weight(self.cameo_code)


# document context


# parse helpers


# matching


# targets, subjects, responses


#


def classify(
    doc: Doc, quote: Quote, ctx: DocContext | None = None, index: int | None = None
) -> Statement:
    """Type and target one quote (the five steps of the module docstring). ``ctx`` (built once
    per document) carries the actors, the document's other quotes and their speakers; without it
    the quote is classified alone."""
    if ctx is None:
        ctx = DocContext(doc, [quote])
        index = 0
    if index is None:
        index = ctx.quotes.index(quote)
    speaker = ctx.speakers[index]
    content = ctx.span(quote.start, quote.end) or doc[0:0]
    cue = cue_token(doc, quote.cue_start, quote.cue_end)
    sent = cue.sent if cue is not None else (content.sent if len(content) else doc[0:0])
    if cue is not None and quote.rule == NOUN_REPORT_RULE:
        # 'Moscow's denial of Kyiv's claim that ...', '... was rejected by Vietnam': the rest of
        # the sentence is whoever answered the report; its scope is the noun's own phrase
        sent = doc[cue.left_edge.i : cue.right_edge.i + 1]

    cue_m = cue_match(ctx, cue, quote)
    decision = decide(ctx, quote, content, speaker, cue_m)  # steps 1-3
    responds_actor, responds_index = responds_to_of(ctx, index, cue)  # step 5
    stmt = Statement(
        quote_index=index,
        speaker=speaker,
        start=quote.start,
        end=quote.end,
        text=quote.text,
        statement_type=decision.statement_type if decision else "STATEMENT",
        cameo_code=decision.cameo_code if decision else "010",
        negated=bool(decision and decision.negated and not decision.negation_in_label),
        responds_to=responds_actor.name if responds_actor else None,
        responds_to_index=responds_index,
        cue_lemma=cue.lemma_.lower() if cue is not None else None,
        rule=decision.rule if decision else "default",
        evidence=_evidence(decision, cue),
        confidence=round(
            (decision.confidence if decision else DEFAULT_CONFIDENCE)
            * (0.5 + 0.5 * float(quote.confidence or 0.0)),
            3,
        ),
    )
    target = find_target(ctx, decision, cue_m, content, speaker, sent)  # step 4
    if (acted_on := _report_acted_on(ctx, quote, responds_index)) is not None:
        # 'Moscow's claim that Navalny had died ... was rejected by his widow', 'welcomed Kyiv's
        # announcement that ...': an act on a report named by a noun is aimed at its source
        # (STATEMENTS_GUIDE, target: for a denial, the accuser), not a party its words name
        target = acted_on
    given_to = noun_addressee(ctx, cue, speaker) if quote.rule == NOUN_REPORT_RULE else None
    # 'China's warning to Japan that it would respond to any interference in Taiwan': Japan
    target = given_to or target
    partner = None
    if target is None or target.actor.country is None:
        # "The Russian-American agreement ... was highly praised," the Kremlin said: the partner
        partner = accord_partner(ctx, content, speaker)
        target = partner or target
    # "this impulsive decision by the president has undone ...", said by a senator of his state:
    # the charge is aimed at the office the words make its doer, unless the target is its state
    charged_own = own_office_charged(ctx, content, speaker, stmt.statement_type)
    if charged_own and target and target.actor.country == charged_own.actor.country:
        charged_own = None
    target = charged_own or target
    answers = responds_actor is not None and stmt.statement_type != "DECLINE_COMMENT"
    implied = None
    addressed = None
    # "reassured Kyiv, saying Russia must withdraw": the party an appeal's words ask something of
    asked_party = target if stmt.statement_type == "APPEAL" and asked_of(target, decision) else None
    if (
        target is None
        or not names_party(target.actor)
        or (stmt.statement_type == "APPEAL" and asked_party is None)
        or not (content.start <= target.span.start < content.end)
    ):
        # "told Putin they welcomed the truce", "Putin was told the truce must hold": the words
        # name no party (or ask something of the one told): the party the message is given to
        root = content.root if len(content) else None
        addressed = (
            cue_addressee(ctx, cue, speaker)
            or cue_addressee(ctx, root, speaker)
            # "China warned Japan, saying ...": the party told by the act the words go on with
            or cue_addressee(ctx, continued_act(cue), speaker)
        )
        target = addressed or target
    group = None
    if addressed is None and not answers and (target is None or target.actor.country is not None):
        # "the Syrian Army entered Tell Tamer", said by Syrian state media: the speaker's own
        # forces or weapons acting on no party named, no state's
        group = own_forces_report(ctx, content, speaker, stmt.statement_type)
        target = None if group is not None else target
    if group is None and addressed is None and asked_party is None:
        # "urged European leaders to wake up ...": an appeal to a group of states by no state
        group = stateless_addressee(ctx, decision)
        target = None if group is not None else target
    if target is None and not answers and group is None:
        # "European countries overall have benefited": a group without a state, no state's
        group = stateless_group(ctx, content, speaker)
    if target is None and not answers and group is None:
        # "called for a renegotiation of the Paris climate accord": a thing named by no state
        group = stateless_accord(ctx, content, speaker)
    opposed_own = None
    if target is None and not answers and group is None:
        # "the move would be 'profoundly wrong'", said by the opposition: its own government's
        opposed_own = opposition_charge(ctx, content, speaker, stmt.statement_type)
        target = opposed_own or target
    answered = None
    asked = None

    def unclaimed() -> bool:
        # no party named yet, and no group or own government the words were found to be about
        return (
            (target is None or not names_party(target.actor))
            and group is None
            and opposed_own is None
        )

    if unclaimed():
        # "Asked how Putin had responded, the spokeswoman said ...": the party the question is
        # about, before whom the reply answers
        asked = question_answered(ctx, quote, content, sent, speaker)
        target = asked or target
    if unclaimed() and not answers:
        # "Asked about TNO's findings, the army said ...": the author of the account answered;
        # "The call was quickly seconded": the maker of the act recalled
        answered = account_answered(ctx, quote, content, sent, speaker) or account_recalled(
            ctx, quote, content, sent, speaker
        )
        target = answered or target
    if unclaimed() and not answers:
        # the party the context implies (the annotators fill implicit targets the same way)
        implied = implied_target(ctx, quote, content, sent, speaker, stmt.statement_type)
        target = implied or target
        if implied is None or not (content.start <= implied.span.start < content.end):
            # "After talks with Italy, the chancellor thanked France, saying the aid had saved
            # lives": words that imply no party of their own are aimed at the one the act
            # they explain was done to, before a party of the sentences around them
            explained = explained_act_object(ctx, cue, speaker)
            if explained is not None:
                addressed = target = explained
                implied = None
    if target is not None:
        stmt.target = target.actor
        stmt.target_mention = target.span.text
        stmt.target_start, stmt.target_end = target.span.start_char, target.span.end_char
    elif answers:
        stmt.target = responds_actor  # a reply is aimed at whom it answers; a non-answer at no one
    if ranker.enabled() or ranker.COLLECT:
        _rank_target(
            ctx,
            stmt,
            quote,
            sent,
            speaker,
            target,
            implied,
            content,
            responds_actor,
            kept=(addressed is not None and target is addressed)
            or group is not None
            or (opposed_own is not None and target is opposed_own)
            or (charged_own is not None and target is charged_own)
            or (partner is not None and target is partner)
            or (answered is not None and target is answered)
            or (asked is not None and target is asked)
            or (given_to is not None and target is given_to)
            or (asked_party is not None and target is asked_party),
        )
    if stmt.statement_type == "SUPPORT" and _opposed_target(ctx, stmt):
        # "welcomed the resolution suspending Russia": the thing welcomed, not the party it
        # acts against, is what the speaker supports
        stmt.target = stmt.target_mention = stmt.target_start = stmt.target_end = None
    if quote.rule == NOUN_REPORT_RULE and not _named_in(ctx, stmt, sent):
        # a report named by a noun is aimed at a party its own phrase names ('Kyiv's warning to
        # Moscow that ...'), never at one the sentence around it names, who answered or heard it
        stmt.target = stmt.target_mention = stmt.target_start = stmt.target_end = None
    stmt.subject_terms, stmt.topics, stmt.subject = subject_terms_of(ctx, content, cue)
    return stmt


def _report_acted_on(ctx: DocContext, quote: Quote, j: int | None) -> ActorMention | None:
    """The source of the report named by a noun (``NOUN_REPORT_RULE``) that quote ``quote``
    holds and answers (``j``: the quote :func:`.targets.responds_to_of` found), as the mention of
    its speaker's phrase; None when the quote answers none such or its source is unresolved."""
    if j is None:
        return None
    nested = ctx.quotes[j]
    if nested.rule != NOUN_REPORT_RULE or not (quote.start <= nested.start < quote.end):
        return None
    actor, span = ctx.speakers[j], ctx.speaker_span(nested)
    return ActorMention(span, actor) if actor is not None and span is not None else None


def _named_in(ctx: DocContext, stmt: Statement, scope: Span) -> bool:
    """The statement's target is named within ``scope`` (a span): its mention, or another
    mention of the same state (:meth:`.DocContext.country_mentions`, found by bisection); False
    without a target."""
    if stmt.target is None:
        return False
    if stmt.target_start is not None and scope.start_char <= stmt.target_start < scope.end_char:
        return True
    country = stmt.target.country
    starts = ctx.country_mention_starts()
    inside = ctx.country_mentions()[
        bisect.bisect_left(starts, scope.start) : bisect.bisect_left(starts, scope.end)
    ]
    return country is not None and any(m.actor.country == country for m in inside)


def _rank_target(
    ctx,
    stmt,
    quote,
    sent,
    speaker,
    target,
    implied,
    content,
    answers,
    kept=False,
) -> None:
    """Let the learned chooser (:mod:`.ranker`) pick the target's country among the rules'
    candidates; a different pick replaces the target by a mention of that state (or by none).
    A target without a state that the rules found (an international organisation, a region) is
    a named party and stays; so does the speaker's own state spoken of by an office or body
    (:func:`.own_state_spoken_of`: the opposition's "the regime", a senator's "the president"),
    the state itself, its capital or a body of it spoken of by its rebels or dissidents
    (:func:`.against_the_state`), and the party a reply answers when its cue says it is one
    (``reply_cue``: "replied", "retorted", "responded") when the rules find no party in its words,
    the person of another state a "him" or "her" in the words stands for
    (:func:`.pronoun_antecedent`), and what ``kept`` marks: the party a message is given to
    (:func:`.cue_addressee`), no state for a bloc named by its region (:func:`.stateless_group`)
    or an agreement named by no state (:func:`.stateless_accord`), no state for the speaker's own
    armed forces or weapons acting on no party named (:func:`.own_forces_report`: "the army
    entered two towns", said by the state's media), the opposition's own state for its charge naming no party (:func:`.opposition_charge`),
    the speaker's own state for a charge against an act of its office
    (:func:`.own_office_charged`: "this decision by the president has undone ..."), the partner
    of an agreement named by its states (:func:`.accord_partner`: "the Russian-American
    agreement", said by the Kremlin), the author of an account the reporting sentence says the
    statement answers (:func:`.account_answered`: "Asked about TNO's findings, the army said ..."),
    and the maker of an earlier speech act the statement recalls by a definite noun
    (:func:`.account_recalled`: "The call was quickly seconded"), and the party the question
    an answer replies to is about (:func:`.question_answered`: "Asked how Putin had responded,
    the spokeswoman said ...").
    """
    if stmt.target is not None and stmt.target.country is None and not _modifier_only(ctx, target):
        return  # an international organisation or a region the text names: a party, kept
    if implied is not None and implied == own_state_spoken_of(ctx, content, speaker):
        return  # "the regime", "the president" of the speaker's own state: a rule, kept
    if (
        target is not None
        and speaker is not None
        and target.actor.country == speaker.country
        and target.actor.kind in ("country", "seat", "institution")
        and against_the_state(speaker)
    ):
        return  # rebels of their own state's capital or body ("while Damascus ..."): kept
    if target is not None and implied is None and charged_with_wrong(target):
        return  # the doer of the wrongful act the words name ("Russia's invasion of ..."): kept
    if (
        target is None
        and stmt.target is not None
        and stmt.target.country is not None
        and (stmt.cue_lemma or "") in class_words("reply_cue")
    ):
        return  # "'If you believe that, it's OK with me,' Trump replied": the party answered, kept
    if implied is not None and implied == pronoun_antecedent(ctx, quote, content, speaker):
        return  # "'It won't help him,' Trump said" after the Russian leader: the one meant, kept
    if implied is not None and implied == place_antecedent(ctx, content, speaker):
        return  # "the fighting there" after "a crisis in Syria": the place meant, kept
    if kept:
        # a pick of a rule the chooser does not replace: the party a message is given to ("Putin
        # was told ..."), a bloc named by its region ("Western nations": no state), the
        # opposition's own government for its charge naming no party, a charge against an act
        # of the speaker's own office, the partner of an agreement named by its states
        return
    current = stmt.target.country if stmt.target is not None else None
    step = ranker.step_of(target, implied, content, sent)
    if target is None and stmt.target is not None:
        step = "answers"
    cands = ranker.candidates(ctx, current, speaker, sent, content, stmt.quote_index, answers)
    own_side = ranker.own_side_mentions(ctx, speaker, content, stmt.quote_index)
    measured = ranker.measures(ctx, cands, sent, content, own_side)
    stmt.target_candidates = {c: sorted(s) for c, s in cands.items()}
    stmt.target_measures = measured
    stmt.target_step = step
    chosen = ranker.choose(cands, step, stmt.statement_type, measured)
    if chosen == current or not ranker.enabled():
        return
    m = ranker.pick_mention(ctx, chosen, quote, sent, speaker) if chosen is not None else None
    stmt.target = m.actor if m is not None else None
    stmt.target_mention = m.span.text if m is not None else None
    stmt.target_start = m.span.start_char if m is not None else None
    stmt.target_end = m.span.end_char if m is not None else None


def _modifier_only(ctx: DocContext, target) -> bool:
    """Whether a target mention only modifies a noun that names no party: a compound before a
    thing ("an EU arms code", "GATT membership", "U.N. Security Council resolutions"): the
    statement speaks of the thing, not of the organisation, and the party it is about is still
    to be chosen. A possessive is the actor of what it owns ("Europe's involvement"), a
    collective noun makes a group of parties ("NATO countries") and a member noun names the
    body's own people ("NATO members", ``member_noun`` of ``context_words.csv``): none of them
    is a modifier only."""
    if target is None:
        return False
    root = target.span.root
    if root.dep_ != "compound" or root.head.i == root.i:
        return False
    head = root.head
    return (
        head.pos_ == "NOUN"
        and head.i not in ctx.mentions
        and head.lower_ not in context_words("collective")  # "NATO countries": a group of states
        and head.lower_ not in context_words("member_noun")  # "NATO members": its parties
    )


def _opposed_target(ctx: DocContext, stmt: Statement) -> bool:
    """Whether the statement's target mention is cast as the party opposed
    (:func:`.targets.opposed_party`)."""
    if stmt.target_start is None or stmt.target_end is None:
        return False
    span = ctx.doc.char_span(stmt.target_start, stmt.target_end)
    m = ctx.mentions.get(span.start) if span is not None else None
    return m is not None and opposed_party(m)


def _evidence(m: Match | None, cue: Token | None) -> str:
    if m is None:
        return f"cue '{cue.text}' is neutral; no stance words" if cue is not None else "no cue"
    word = m.token.text if m.token is not None else ""
    neg = " (negated)" if m.negated else ""
    return f"{m.rule} on '{word}'{neg}"


def statements_for(
    doc: Doc,
    quotes: list[Quote],
    when: date | datetime | str | None = None,
    meta: ArticleMeta | None = None,
) -> tuple[list[Statement], DocContext]:
    """Statements for every attributed quote of a document, in quote order (and the context,
    whose ``speakers`` give each quote's resolved actor and whose ``quotes`` are ``quotes`` with
    the document's own first person given its voice: the issuer ``meta``, the article's title,
    byline and source, names; :meth:`DocContext.issuer_voice`). A quote made of coordinated reported
    clauses ('X said A and that B'; :attr:`~parley.extract.quotes.Quote.clauses`) yields one
    statement per clause, each typed, targeted and coded on its own clause; the others one
    statement spanning the quote. A quote whose "speaker" is a bare pronoun or relative word
    ("it", "which") is not attributed to anyone and yields no statement; neither does one whose
    reporting verb is passive ("X is accused of ..."): X is spoken about, not speaking; nor does
    one credited to data rather than someone ("24 percent said", "the projections show":
    :func:`credited_source`), nor a background fact credited to a news outlet that is not state
    media ("according to the BBC, ...": :func:`media_background`), nor a source asking not to be
    named (:func:`anonymity_request`), nor a journalist's question (:func:`journalists_question`),
    nor a transcript turn that only runs the briefing or a speech act inside one ("Thank you
    all", every turn of the call's operator: :func:`procedural_turn`),
    nor a speech act not made ('could be used to threaten
    shipping', 'urged Liu to condemn the tests': :func:`unmade_act`), nor a habitual report ('have repeatedly called for':
    :func:`habitual_report`), nor an act verb that only narrates ('denied them access':
    :func:`~.clauses.narrated_act`), as ``STATEMENTS_GUIDE.md`` leaves them out; nor a speech act
    another quotation reports in its content ('X said Britain condemned the attack':
    :func:`_act_reported_inside`), which that quotation's statement already holds; nor what a
    judgment verb's object is judged for ('thanked the Council for condemning the attack':
    :func:`_judged_for`); nor a court's ruling (:func:`court_ruling`)."""
    ctx = DocContext(doc, quotes, when, meta)
    quotes = ctx.quotes
    cues = _cue_order(quotes)
    text = doc_text(doc)
    reports = _report_reach(text, quotes, cues)
    out = []
    spans: set[tuple[int, int]] = set()  # a statement's span is its key: each span once
    # transcript turns that only run the briefing, and every speech act inside one ("Thank you all")
    procedural = [(q.start, q.end) for q in quotes if procedural_turn(doc, q)]
    for i, q in enumerate(quotes):
        if (
            not attributed(q.speaker)
            or (passive_cue(doc, q) and not _agent_speaks(doc, q))
            or credited_source(doc, q.speaker_start, q.speaker_end, q.speaker) is not None
            or media_background(ctx, i, q)
            or journalists_question(ctx, i, q)
            or any(s <= q.start and q.end <= e for s, e in procedural)
            or anonymity_request(doc, q)
            or unmade_act(doc, q)
            or habitual_report(doc, q)
            or narrated_act(doc, q)
            or _act_reported_inside(q, reports)
            or _judged_for(doc, q)
            or court_ruling(doc, q)
        ):
            continue
        lead = act_start(doc, q)
        spans_of_q = [_before_nested(text, span, quotes, i, cues) for span in q.clause_spans()]
        if q.kind == "direct":
            spans_of_q = [p for span in spans_of_q for p in paragraph_spans(text, span)]
        for start, end in spans_of_q:
            own = (lead if start == q.start else start, end)  # the act's cue leads its span
            if own in spans:
                continue  # a cut span equal to another quote's statement: that one already
            spans.add(own)
            clause = q
            if (start, end) != (q.start, q.end):
                clause = replace(q, start=start, end=end, text=text[start:end], clauses=[])
            stmt = classify(doc, clause, ctx, i)  # typed on its content, without the cue
            stmt.start, stmt.text = own[0], text[own[0] : end]
            _carry_denial(ctx, quotes, out, stmt, clause)
            _carry_stance(doc, quotes, out, stmt, clause)
            _carry_rejection(doc, quotes, out, stmt, clause)
            out.append(stmt)
    return out, ctx


# a paragraph break inside a quotation: a line break, blanks, another line break
_PARAGRAPH_GAP = re.compile(r"\n[ \t\r\u00a0]*\n\s*")


def paragraph_spans(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A direct quotation ``span`` (character offsets into ``text``) cut at its paragraph
    breaks: news style runs a long quotation over paragraphs, opening each with a quotation
    mark and closing only the last, and ``STATEMENTS_GUIDE.md`` annotates each paragraph as a
    quotation of its own (no gold span of ``statements_dev`` crosses a paragraph break). Each
    piece keeps its own words, blanks trimmed; when a piece would hold fewer than
    ``MIN_CONTENT_WORDS`` words the span is returned whole. Returns ``[span]`` when there is
    no break."""
    start, end = span
    pieces, at = [], start
    for gap in _PARAGRAPH_GAP.finditer(text, start, end):
        pieces.append((at, gap.start()))
        at = gap.end()
    if not pieces:
        return [span]
    pieces.append((at, end))
    if any(len(text[a:b].split()) < MIN_CONTENT_WORDS for a, b in pieces):
        return [span]
    return pieces


def _carry_denial(
    ctx: DocContext, quotes: list[Quote], before: list[Statement], stmt: Statement, quote: Quote
) -> None:
    """An uncued continuation (rule ``direct:continuation``) of a denial that this quote's own
    words left untyped (``STATEMENT``) carries the denial on when it says, as a fact, that
    something did not happen or is not so (:func:`~.acts.negated_account`: '"These reports are
    baseless," Peskov said. "Russian troops did not enter the region."'). Other uncued sentences
    stay typed on their own words ('"The talks resume on Monday."'): carrying every act over
    to the next sentence was wrong more often than right on the train split. Sets the type,
    its CAMEO code and the rule in place."""
    if stmt.rule != "default" or quote.rule != "direct:continuation" or not before:
        return
    prev = before[-1]
    first = quotes[prev.quote_index]
    if prev.statement_type != "DENY" or prev.speaker is None or prev.speaker != stmt.speaker:
        return
    if (first.cue_start, first.cue_end) != (quote.cue_start, quote.cue_end):
        return  # not the same speaker's run of quotation
    content = ctx.span(quote.start, quote.end)
    verb = negated_account(ctx, quote, content, stmt.speaker) if content is not None else None
    if verb is None:
        return
    stmt.statement_type, stmt.cameo_code = "DENY", prev.cameo_code
    stmt.rule = "act:denial-continued"
    stmt.evidence = f"act:denial-continued on '{verb.text}'"


# the labels a stance cue ("welcomed", "praised", "condemned") passes on to a participle of
# saying hung on it, and the labels that participle's own words may have given (no act of theirs)
_STANCES = frozenset({"SUPPORT", "DISPUTE"})
_UNTYPED = frozenset({"STATEMENT", "CLAIM"})


def _carry_stance(
    doc: Doc, quotes: list[Quote], before: list[Statement], stmt: Statement, quote: Quote
) -> None:
    """A quote whose cue is a participle of saying hung on a stance cue of the same clause
    ("**welcomed** the visit, **noting** that it would send a strong signal", "**praised** her
    leadership, **saying** her decision had been right"; ``continuing`` words of
    speech_acts.csv) carries that cue's act
    (``statement_lexicon.csv`` cue rows typed SUPPORT or DISPUTE, not negated) when its own words
    gave none but a statement or claim: the participle goes on with the welcome or the
    condemnation (STATEMENTS_GUIDE: one label for the act the quote mainly performs). When its
    own words aim at no party, it takes the target of the same speaker's statement of that cue
    ("**congratulated** Nancy Pelosi on her election, **saying** it was a great achievement":
    Pelosi), from ``before``, the statements made so far. Sets the type, its CAMEO code, the
    rule (``act:stance-continued``) and that target in place."""
    if stmt.statement_type not in _UNTYPED or stmt.rule.startswith("act:denial"):
        return
    head = continued_act(cue_token(doc, quote.cue_start, quote.cue_end))
    if head is None:
        return
    rule = rules().cue.get(head.lemma_.lower())
    if rule is None or rule.statement_type not in _STANCES:
        return
    if rule.pos_tag and rule.pos_tag != "VERB":
        return
    stmt.statement_type, stmt.cameo_code = rule.statement_type, rule.cameo_code
    stmt.rule = "act:stance-continued"
    stmt.evidence = f"act:stance-continued on '{head.text}'"
    if stmt.target is not None:
        return
    for prev in reversed(before):
        if quotes[prev.quote_index].cue_start != head.idx:
            continue
        if prev.speaker == stmt.speaker and prev.target is not None:
            _take_target(stmt, prev)
        return


# the labels of a rejection or a denial that a participle of saying hung on its cue goes on with
_REFUSALS = frozenset({"REJECT", "DENY"})


def _carry_rejection(
    doc: Doc, quotes: list[Quote], before: list[Statement], stmt: Statement, quote: Quote
) -> None:
    """A quote whose cue is a participle of saying (``continuing`` words of speech_acts.csv)
    hung on the cue of the same speaker's rejection or denial ("**rejected** the British
    minister's remarks, **saying** Taiwan was an internal affair of China", "**rejected** the
    French proposal, **saying** it ignored ..."), when its own words gave it no act but a
    statement or claim, goes on with that act, as a participle goes on with a welcome or a
    condemnation (:func:`_carry_stance`): it takes the rejection's type, CAMEO code and target
    (the author of the remarks rejected, the party whose proposal it is; STATEMENTS_GUIDE: the
    target of a denial is the accuser), not a party its words name as their subject ("Taiwan").
    ``before``: the statements made so far, the rejection among them. Sets the type, code,
    rule (``act:rejection-continued``) and target in place."""
    if stmt.statement_type not in _UNTYPED or stmt.rule.startswith("act:"):
        return
    head = continued_act(cue_token(doc, quote.cue_start, quote.cue_end))
    if head is None:
        return
    for prev in reversed(before):
        if quotes[prev.quote_index].cue_start != head.idx:
            continue
        if prev.statement_type not in _REFUSALS or prev.speaker != stmt.speaker:
            return
        stmt.statement_type, stmt.cameo_code = prev.statement_type, prev.cameo_code
        stmt.rule = "act:rejection-continued"
        stmt.evidence = f"act:rejection-continued on '{head.text}'"
        if prev.target is not None:
            _take_target(stmt, prev)
        return


def _take_target(stmt: Statement, prev: Statement) -> None:
    """Give ``stmt`` the target of ``prev`` (the act it goes on with): actor, mention and its
    character offsets."""
    stmt.target, stmt.target_mention = prev.target, prev.target_mention
    stmt.target_start, stmt.target_end = prev.target_start, prev.target_end


def _act_reported_inside(q: Quote, reports: tuple[list[int], list[int]]) -> bool:
    """Whether quote ``q`` is a speech act (rule ``indirect:act``) that another quotation
    reports in its own content, its speaker included ('Lammy said Britain condemned the attack':
    the act "Britain condemned the attack" is Lammy's statement, not a second one of Britain's).
    A quotation whose statement is cut before the act (:func:`_before_nested`: 'the UN stressed
    A, while the Arab League condemned the move') does not hold it: the act is a statement of its
    own. ``reports`` is :func:`_report_reach` of the document's quotes: one bisection per
    quote."""
    if q.rule != "indirect:act" or q.speaker_start is None:
        return False
    starts, reach = reports
    k = bisect.bisect_right(starts, min(q.speaker_start, q.start))
    return k > 0 and reach[k - 1] >= q.end


def court_ruling(doc: Doc, q: Quote) -> bool:
    """Whether quote ``q`` is a court's ruling, which STATEMENTS_GUIDE leaves out ("court rulings
    and laws"): its speaker, as resolved or as written, is a court or tribunal ('the Court of
    Appeal', 'a three-judge appeal court panel', 'Arbitral Tribunal': a word of class
    ``court_body`` of ``context_words.csv`` heading it or followed only by 'of ...', 'in ...' or
    'panel') or a court's document ('the court's summary', 'a Lisbon court ruling': class
    ``court_document`` after such a word). A judge, a clerk or a lawyer speaking is a person:
    'court clerk' is headed by 'clerk', and a person the model names ('Margaret Court') is
    no court."""
    if q.speaker_start is not None:
        said_by = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
        if said_by is not None and any(t.ent_type_ == "PERSON" for t in said_by):
            return False
    bodies, documents = context_words("court_body"), context_words("court_document")
    for name in (q.speaker, q.speaker_mention):
        words = re.findall(r"[^\W\d_]+", (name or "").casefold())
        for k, word in enumerate(words):
            if word.rstrip("s") not in bodies:  # 'court', 'courts'
                continue
            rest = words[k + 1 :]
            if rest and rest[0] == "s":  # "court's summary" split at the apostrophe
                rest = rest[1:]
            if not rest or rest[0] in ("of", "in", "panel") or rest[0] in documents:
                return True
    return False


def _judged_for(doc: Doc, q: Quote) -> bool:
    """Whether quote ``q`` is what its speaker is judged for: its cue is a participle in the
    'for'/'of' phrase of a judgment verb (:func:`~parley.extract.quotes.document.judging_phrase`)
    and its speaker is that verb's object, written between the verb and the preposition
    ('Hale thanked the Security Council for condemning the attack', 'the United States
    sanctioned Judge Salavati for calling the protesters enemies of God':
    :func:`~parley.extract.quotes.document.object_controller`). The quotation stays the
    object's; it makes no statement of its own. ``STATEMENTS_GUIDE.md``: a source quoted
    inside a quote is not split out (the judge's own statement, "thanked ...", holds it), and
    the statement's target would be drawn to the judge, the party the sentence is about
    (before, "Council DISPUTE -> Hale", "Salavati -> United States")."""
    if q.speaker_start is None or q.cue_start is None or q.cue_end is None:
        return False
    cue = cue_token(doc, q.cue_start, q.cue_end)
    phrase = judging_phrase(cue) if cue is not None else None
    if phrase is None:
        return False
    verb, prep, kind = phrase
    judged = kind == "judgment"  # 'quoted Kim as saying': Kim's own words
    return judged and verb.idx + len(verb.text) <= q.speaker_start < prep.idx


def _report_reach(
    text: str, quotes: list[Quote], cues: tuple[list[int], list[int]]
) -> tuple[list[int], list[int]]:
    """The quotes that may report a speech act inside them (every rule but ``indirect:act``),
    by start: their starts (character offsets, ascending) and, at each position, the furthest
    end among the statement spans starting there or before (each quote's span as
    :func:`_before_nested` cuts it; ``cues``: :func:`_cue_order` of ``quotes``), so that one
    bisection tells whether any of them starts at or before an offset and ends at or after
    another (:func:`_act_reported_inside`)."""
    spans = sorted(
        _before_nested(text, (o.start, o.end), quotes, j, cues)
        for j, o in enumerate(quotes)
        if o.rule != "indirect:act"
    )
    reach: list[int] = []
    for _, end in spans:
        reach.append(max(end, reach[-1]) if reach else end)
    return [start for start, _ in spans], reach


def act_start(doc: Doc, quote: Quote) -> int:
    """Where the statement of ``quote`` starts (a character offset): at its cue when the quote
    is the object of a speech act that reports no clause ('**welcomed** the agreement',
    '**declined** to comment', '**called for** restraint', '**described** X as Y': rules
    ``indirect:act`` and ``indirect:object``), else at the quote. ``STATEMENTS_GUIDE.md``: a cue
    that only takes a noun-phrase object has no content clause, and then the span includes the
    cue verb. Not when the object is an addressee with a clause of its own ('urged **the
    embassy to reconsider**', 'called on Turkey to halt ...'): that clause is the content."""
    if quote.rule not in OBJECT_RULES or quote.cue_start is None or quote.cue_end is None:
        return quote.start
    if (
        not quote.cue_end <= quote.start
        or doc_text(doc)[quote.cue_end : quote.start].strip(" ,").lower() not in _ACT_JOINS
    ):
        return quote.start
    cue = cue_token(doc, quote.cue_start, quote.cue_end)
    if cue is not None and _addressee_clause(cue):
        return quote.start
    return quote.cue_start


# what may stand between a speech act's verb and its object ('called for', 'spoke of')
_ACT_JOINS = frozenset({"", "for", "on", "of", "about", "against", "over", "to", "with", "as"})


def _addressee_clause(cue: Token) -> bool:
    """The verb has an addressee and an infinitive clause for it ('urged X to ...', 'called on X
    to ...', 'asked X to ...')."""
    kids = list(cue.children)
    addressee = any(c.dep_ in ("dobj", "dative") for c in kids) or any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in kids
    )
    clause = any(
        c.dep_ in ("xcomp", "ccomp")
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in kids
    )
    return addressee and clause


def _cue_order(quotes: list[Quote]) -> tuple[list[int], list[int]]:
    """The quotes that have a cue, in the order of their cues: the cues' character offsets
    (``cue_start``, ascending) and the quotes' positions in ``quotes``, for
    :func:`_before_nested` to find the cues inside a span by bisection."""
    order = sorted((q.cue_start, j) for j, q in enumerate(quotes) if q.cue_start is not None)
    return [c for c, _ in order], [j for _, j in order]


def _before_nested(
    text: str,
    span: tuple[int, int],
    quotes: list[Quote],
    index: int,
    cues: tuple[list[int], list[int]],
) -> tuple[int, int]:
    """A statement span ``(start, end)`` (character offsets) of quote ``index``, cut before a
    later report of the same speaker that the quotation runs into ('said A, before later saying
    that B': B is a quotation of its own, so A's statement ends at the comma before 'before
    later saying'): another quote whose cue lies inside the span and which ends inside it.
    ``cues`` is :func:`_cue_order` of ``quotes``. The cut is at the last comma or semicolon
    before that cue, when at least ``MIN_CONTENT_WORDS`` words stay; otherwise the span is
    returned unchanged. A report named by a noun is what the span acts on ('blamed the failure
    on Indonesian demands that ...'), never a cut."""
    start, end = span
    starts, owners = cues
    first = next(
        (
            starts[k]
            for k in range(bisect.bisect_right(starts, start), bisect.bisect_left(starts, end))
            if owners[k] != index
            and quotes[owners[k]].end <= end
            and quotes[owners[k]].rule != NOUN_REPORT_RULE  # what the act acts on
        ),
        None,
    )
    if first is None:
        return span
    cut = max(text.rfind(",", start, first), text.rfind(";", start, first))
    if cut <= start or len(text[start:cut].split()) < MIN_CONTENT_WORDS:
        return span
    return start, len(text[start:cut].rstrip()) + start


# recorded evidence: data sources with no issuer who speaks through them ("the footage shows",
# "figures show", "research found"; STATEMENTS_GUIDE: background credited to data sources is no
# statement). Documents an issuer writes (statement, report, letter) are not among them.
DATA_SOURCES = frozenset(
    {"footage", "video", "image", "photo", "picture", "data", "datum", "figure", "statistic"}
    | {"evidence", "record", "research", "recording", "imagery", "estimate"}
)


def credited_source(
    doc: Doc, start: int | None, end: int | None, speaker: str | None = None
) -> str | None:
    """The class of the source a quotation's speaker mention at characters ``start:end`` of
    ``doc`` names when it is no one who can make a statement, else None: ``quantity`` ("24
    percent", "a number of deputies") or ``abstract`` ("the projections") as
    :func:`~parley.extract.quotes.speakers.head_class` reads the head noun, or ``data`` for
    recorded evidence (:data:`DATA_SOURCES`: "the footage shows", "figures show", "research
    found") that names no issuer ("a video released by the rebels", "the army's figures" are
    their issuers'). A document ("the statement said", "the report says", "TNO's report") is none of
    these: the annotators credit it to its issuer, named in it or earlier in the article, and
    the statements layer resolves that issuer from context. A pronoun resolved to such a
    description (``speaker``: the resolved name, "they" → "number of senators") is judged by
    that name's head word. The statements layer gives such a quotation no statement
    (``STATEMENTS_GUIDE.md``: background credited to data sources, "figures show", is not a
    statement)."""
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ == "PRON" and speaker and speaker[:1].islower():
        words = speaker.split()
        cut = next((i for i, w in enumerate(words) if w in ("of", "for", "from", "by", "in")), None)
        head = (words[:cut] if cut else words)[-1].lower()
        if head in DATA_SOURCES or head.removesuffix("s") in DATA_SOURCES:
            return "data"
        cls = head_class(head) or (head_class(head[:-1]) if head.endswith("s") else None)
        return cls if cls in ("quantity", "abstract") else None
    if root.ent_type_ in NAME_LABELS or root.pos_ not in ("NOUN", "NUM", "ADJ"):
        return None
    issuer = any(t.dep_ in ("poss", "agent") for t in span)  # "a video released by the rebels"
    if root.pos_ == "NOUN" and root.lemma_.lower() in DATA_SOURCES and not issuer:
        return "data"
    cls = head_class(root.lemma_.lower(), root.is_lower)
    return cls if cls in ("quantity", "abstract") else None


def _agent_speaks(doc: Doc, quote: Quote) -> bool:
    """The quote's speaker is the agent of its passive speech act ('the plan was condemned by
    aid groups': the groups condemned it), not the one spoken about."""
    cue = cue_token(doc, quote.cue_start, quote.cue_end)
    if cue is None or quote.speaker_start is None:
        return False
    for agent in (c for c in cue.children if c.dep_ == "agent"):
        span = doc[agent.i : agent.right_edge.i + 1]
        if span.start_char <= quote.speaker_start < span.end_char:
            return True
    return False


def unmade_act(doc: Doc, quote: Quote) -> bool:
    """A speech act that was not made: the object of a speech-act verb (rules ``indirect:act``
    and ``indirect:object``) whose verb is a bare infinitive after "to" or a modal ('drones
    that could be used to threaten shipping', 'farmers gathered to express their anger', 'plans
    to condemn the strike', 'has yet to say whether ...'). ``STATEMENTS_GUIDE.md`` annotates
    what was said, not what someone might, plans to or is there to say. Under a refusal
    ('declined to confirm X') it is the refusal's content, which the refusal's own statement
    holds (one statement, DECLINE_COMMENT). Made, and kept: a negated one ('would not comment
    on X': a refusal to speak) and one whose infinitive states the purpose of a speech act that
    was made ('wrote to Ankara to express regret': the letter made it; the verb it hangs on is
    a reporting verb of ``data/quotes/cue_verbs.csv``). Not made either: the act an appeal asks
    its addressee to make ('urged Liu to condemn the tests': :func:`_asked_of_addressee`), the
    act of a noun the sentence only mentions ('support for the resolution condemning X':
    :func:`_describes_a_noun`), and what something is said to do, its reporting verb passive
    ('Red notices are declared to ask local authorities ...': a definition, no one speaks)."""
    if quote.rule not in OBJECT_RULES:
        return False
    cue = cue_token(doc, quote.cue_start, quote.cue_end)
    if cue is None:
        return False
    if _asked_of_addressee(cue):
        return True  # 'urged Liu to condemn the tests': the act the appeal asks for
    if _describes_a_noun(cue, quote):
        return True  # 'noted Rwanda's support for the resolution condemning X'
    if cue.tag_ != "VB":
        return False
    if not any((c.dep_ == "aux" and c.lower_ == "to") or c.tag_ == "MD" for c in cue.children):
        return False
    head = cue.head
    if head.i != cue.i and head.lemma_.lower() in class_words("refusal_verb"):
        return True  # 'declined to confirm X': the refusal's own statement holds it
    if head.i != cue.i and is_cue_verb(head) and any(c.dep_ == "auxpass" for c in head.children):
        return True  # 'Red notices are declared to ask ...': what something is said to do
    return not (negated(cue) or (head.i != cue.i and is_cue_verb(head)))


def _describes_a_noun(cue: Token, quote: Quote) -> bool:
    """The speech-act verb ``cue`` is a participle that describes a noun that only the
    sentence mentions: a noun hanging on another noun ('noted Rwanda's support for the UNGA
    resolution condemning the invasion': the resolution condemns, Sherman condemned nothing)
    or the object of another speech act ('praised the report criticizing the police': the
    report criticizes, the minister praises it). Kept: a participle on the speaker mention
    itself ('a group of senators urging restraint') and on what the speaker's own verb issues
    or speaks in ('released a film accusing X', 'said in a statement condemning X'). A gerund
    after a preposition on a noun that another party owns is that party's act too
    (:func:`_owned_gerund`: 'commended Peru for its leadership in condemning X')."""
    if _owned_gerund(cue, quote):
        return True
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or quote.speaker_start is None:
        return False
    noun = cue.head
    if quote.speaker_start <= noun.idx < (quote.speaker_end or quote.speaker_start):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    if head.lower_ == "behalf" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head  # 'on behalf of' is one preposition: 'led a statement on behalf
        # of 22 countries expressing concern' (the parser hangs the participle on the countries)
    if head.pos_ not in ("VERB", "AUX"):
        return True  # 'support for the resolution condemning X'
    return noun.dep_ == "dobj" and is_cue_verb(head)


def _owned_gerund(cue: Token, quote: Quote) -> bool:
    """The speech-act gerund ``cue`` completes a preposition on a noun whose owner is given by a
    possessive ('its leadership in condemning X', 'their role in denouncing X') or that is what
    a praise or thanks is for ('thanked Norway for [its] efforts in denouncing X'): the act is
    the owner's, the speaker only praises or mentions it (fresh15: 'Sherman commended the
    Peruvian government for its leadership in condemning Russia's actions' is SUPPORT of Peru,
    no ACCUSE of Russia by Sherman). Not a noun of the speaker mention itself."""
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or cue.head.dep_ != "prep":
        return False
    noun = cue.head.head
    if noun.pos_ != "NOUN" or quote.speaker_start is None:
        return False
    if quote.speaker_start <= noun.idx < (quote.speaker_end or quote.speaker_start):
        return False
    owned = any(c.dep_ == "poss" for c in noun.children)
    praised_for = noun.dep_ == "pobj" and noun.head.lower_ == "for"
    return owned or praised_for


def _asked_of_addressee(cue: Token) -> bool:
    """The non-finite speech-act verb ``cue`` is what an appeal asks of its addressee: it climbs
    through infinitive and prepositional complements ('to condemn', 'to join ... in condemning')
    to a verb with an addressee and an infinitive clause for it (:func:`_addressee_clause`:
    'urged Liu to condemn the tests', 'called upon Beijing to join Washington in publicly
    condemning the launches'). The addressee is asked to make the act; it is not made."""
    if cue.tag_ not in ("VB", "VBG"):
        return False
    tok = cue
    for _ in range(6):
        if tok.dep_ not in ("xcomp", "pcomp", "prep", "pobj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and _addressee_clause(tok):
            return True
    return False


def habitual_report(doc: Doc, quote: Quote) -> bool:
    """An indirect report of what the speaker says again and again, not of one statement: its
    reporting verb carries an adverb of frequency or duration (class ``habitual`` of
    ``data/statements/speech_acts.csv``: 'Germany and France have repeatedly called for the
    embargo to be lifted', 'authorities which have often condemned US imperialism', 'has long
    argued it needs more information'). ``STATEMENTS_GUIDE.md``, "Not annotated": habitual or
    generic reports ("regularly accuse each other"). A direct quotation stands: its words were
    said once, whatever the verb says."""
    if quote.kind != "indirect":
        return False
    cue = cue_token(doc, quote.cue_start, quote.cue_end)
    if cue is None:
        return False
    habitual = class_words("habitual")
    return any(c.dep_ == "advmod" and c.lower_ in habitual for c in cue.children)


def media_background(ctx: DocContext, index: int, quote: Quote) -> bool:
    """A background fact credited to a news outlet: the cue is "according to" and the speaker is
    a media actor that is not state media (``state_media`` in ``data/actors/institutions.csv``),
    nor called state or official media by the article ("according to Syrian state media").
    ``STATEMENTS_GUIDE.md``: "according to a Reuters report" is not a statement; an outlet's own
    report ("Fox News said", "the newspaper named him") and state media are."""
    speaker = ctx.speakers[index]
    if speaker is None or speaker.kind != "media" or not quote.cue:
        return False
    if fold(quote.cue) != "according to":
        return False
    if speaker.name in state_media():
        return False
    said = f"{quote.speaker_mention or ''} {quote.speaker_role or ''}".lower()
    return not any(w in said.replace("-", " ").split() for w in ("state", "official", "government"))


def journalists_question(ctx: DocContext, index: int, quote: Quote) -> bool:
    """A question a news outlet or a journalist asks ("Asked by the BBC whether Iran would back
    down, Zarif said ...", "a reporter asked how long the truce would hold"): the cue is "ask"
    or "question", its content an embedded or direct question (it opens with "whether", "if"
    or a wh-word, or ends with "?"), and the speaker is a medium or holds a media title
    (``roles.csv``: reporter, journalist, correspondent), or the speaker mention's head word
    is one by its lemma ("Reporters asked", "foreign correspondents asked": a group resolves to
    no actor). ``STATEMENTS_GUIDE.md``, "Not annotated": journalists' questions; the
    interviewee's answer is the statement."""
    speaker = ctx.speakers[index]
    media = speaker is not None and (speaker.kind == "media" or speaker.sector == "media")
    if not media and not _media_mention(ctx, quote):
        return False
    cue = cue_token(ctx.doc, quote.cue_start, quote.cue_end)
    if cue is None or cue.lemma_.lower() not in ("ask", "question"):
        return False
    words = quote.text.strip(" \"'“”‘’").split()
    return bool(words) and (
        words[0].lower() in QUESTION_WORDS or quote.text.rstrip(" \"'“”‘’").endswith("?")
    )


# a sentence of a transcript turn of this many words at most (names of persons aside) may only run
# the briefing (:func:`procedural_turn`)
PROCEDURAL_TURN_WORDS = 8
# spaCy (OntoNotes 5) entity labels of a party or a thing a turn could be about; a PERSON is the
# reporter or briefer a turn addresses ("Go ahead, Karen"), no party
_PARTY_LABELS = frozenset(("GPE", "NORP", "ORG", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"))
# the subjects of a briefing's own running ("I'll take questions", "we can", "you're up", "it's
# the last one", "that's all", "let's go to the line of ..."): no party spoken about
_BRIEFING_SUBJECTS = frozenset(
    ("i", "me", "we", "us", "you", "it", "that", "this", "there", "'s", "\u2019s")
)
# the dashes a speaker breaks a sentence off with, at its end ("I'm not going to —", "Matt, it's –")
_DASHES = ("\u2014", "\u2013", "--", "-")
_BROKEN_OFF = re.compile(rf"(?:{'|'.join(map(re.escape, _DASHES))})(?:\s|$)")
# the particles of "move" running a briefing: "we'll move on", "I'll move around", "move out"
_MOVES_ON = frozenset(("on", "around", "out"))
# the words of a question put to the room ("What was your other question?", "Could you repeat
# that?"): the briefer asks the reporter
_SECOND_PERSON = frozenset(("you", "your"))


def procedural_turn(doc: Doc, quote: Quote) -> bool:
    """A transcript turn that only runs the briefing ("Go ahead, Karen", "Thank you all very
    much", "Your line is open", "Okay, let's go to the line of Laura Kelly, please. I'm sorry.
    I didn't hear"): a quotation of a turn (rule ``indirect:label`` or ``indirect:turn``,
    :data:`~parley.extract.quotes.indirect.TURN_RULES`) whose every sentence runs the briefing
    (:func:`_runs_the_briefing`); and every turn, however long, of the staff who run a press
    call (a speaker label of the ``call_staff`` or ``call_moderator`` class of
    ``context_words.csv``: "OPERATOR: Ladies and gentlemen, if you wish to ask a question,
    please press 1 ...", the MODERATOR of a State Department call stating its ground rules). It
    says nothing about anyone, so it is no statement; the quotation stays. A short answer with
    words of its own ("Journalism is not a crime, Matt", "We are open to that", "We're
    following it closely") is a statement, and so is a turn with one such sentence ("Thank
    you. Russia must end this war now")."""
    if not quote.rule.endswith(TURN_RULES):
        return False
    label = fold(quote.speaker or "")
    if label in context_words("call_staff") or label in context_words("call_moderator"):
        return True  # the operator and the moderator run the call and state no policy
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    text = doc_text(doc)
    pieces = [
        doc[max(sent.start, span.start) : min(sent.end, span.end)]
        for sent in doc[span.start : span.end].sents
    ]
    return all(_runs_the_briefing(piece, text) for piece in pieces if len(piece))


def _runs_the_briefing(piece: Span, text: str) -> bool:
    """One sentence ``piece`` of a transcript turn only runs the briefing (:func:`procedural_turn`):
    a stage direction ("(Applause.)", "(Inaudible.)": :func:`_stage_direction`); or a sentence of
    at most :data:`PROCEDURAL_TURN_WORDS` words (names of persons aside: "Okay, let's go to the
    line of Paolo Mastrolilli") naming no party (no entity of :data:`_PARTY_LABELS`) that is

    * a question put to the room, with "you" or "your" in it ("What was your other question?",
      "Sorry, could you repeat that?", "Will, you want to kick us off?"): the briefer asks the
      reporter and asserts nothing (``STATEMENTS_GUIDE.md`` leaves questions out); a question
      that asks no one in the room ("Why is Putin lying?", "Is that a violation of
      international law? It is.") is the speaker's own; or
    * made of the briefing's own words: no negation (but of "hear", "catch", or of "get" with
      nothing after it: "I didn't hear", "I didn't get that"; and any in a sentence broken off by a
      dash, which never said what it denied: "I'm not going to —"), a subject of the
      briefing's own ("I", "we", "you", "it", "that", "let's": :data:`_BRIEFING_SUBJECTS`, or
      a ``turn_taking`` noun: "your line", "the floor"; "Putin is happy" is said about
      Putin), and every verb, noun and adjective a ``turn_taking`` word of
      ``context_words.csv`` under its conditions ("open" only of a line, "follow" only
      "follow up", "move" only "move on", "leave" only "leave it", "join" only "joining":
      "thank you for joining us", not "we'll join them"); names, pronouns, adverbs, function
      words and clitics with a typographic apostrophe (:func:`_clitic`) aside."""
    words = [t for t in piece if not (t.is_punct or t.is_space)]
    if not words:
        return True
    if _stage_direction(piece, words):
        return True  # "(Applause.)": the transcriber's note, no one's words
    if len([t for t in words if t.ent_type_ != "PERSON"]) > PROCEDURAL_TURN_WORDS:
        return False
    if any(t.ent_type_ in _PARTY_LABELS and not _clitic(t) for t in piece):
        return False
    last = piece[-1].text
    after = text[piece.end_char : piece.end_char + 3]
    ended = last in (".", "!", "?")
    if (last == "?" or (not ended and after.lstrip().startswith("?"))) and any(
        t.lower_ in _SECOND_PERSON for t in piece
    ):
        return True  # the briefer's question to the room: "What was your other question?"
    broken = last in _DASHES or (not ended and _BROKEN_OFF.match(after.lstrip()) is not None)
    running = context_words("turn_taking")
    lemmas = {t.lemma_.lower() for t in piece}
    for t in piece:
        lemma = t.lemma_.lower()
        if t.dep_ == "neg" and not broken and not _unheard(t.head):
            return False  # "We will not go ahead"; "I didn't hear" runs the briefing
        if (
            t.dep_ in ("nsubj", "nsubjpass")
            and t.lower_ not in _BRIEFING_SUBJECTS
            and lemma not in running  # "your line is open", "the last one is Matt's"
        ):
            return False  # "Putin is happy", "They will go ahead": said about someone
        if _clitic(t):
            continue  # read by the tagger as a verb of its own ("I’m")
        if t.pos_ in ("VERB", "NOUN", "ADJ") and lemma not in running:
            return False
        if not _turn_taking_use(t, lemma, lemmas):
            return False
    return True


def _turn_taking_use(tok: Token, lemma: str, lemmas: set[str]) -> bool:
    """A ``turn_taking`` word that also says what someone does is one only in its briefing use
    (:func:`_runs_the_briefing`): "open" of a line ("your line is open", not "we are open to
    that"), "follow up" (not "we're following it closely"), "move on" (not "we will move
    forward"; also "move around", "move out" of the room), "leave it" (there, at that) or
    "leave you" (not "we will leave"), "joining" (not "we'll join them"). Every other word:
    True."""
    children = list(tok.children)
    if lemma == "open":
        return "line" in lemmas
    if lemma == "follow":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in children)
    if lemma == "move":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in _MOVES_ON for c in children)
    if lemma == "leave":
        return any(c.dep_ == "dobj" and c.lower_ in ("it", "you") for c in children)
    if lemma == "join":
        return tok.tag_ == "VBG"
    return True


def _unheard(verb: Token) -> bool:
    """``verb`` says the briefer did not hear or catch what was asked: "hear", "catch" ("I
    didn't hear", "I didn't catch the last part"), or "get" with no preposition or particle
    after it ("I didn't get that"; "I won't get into that" declines to comment)."""
    lemma = verb.lemma_.lower()
    if lemma in ("hear", "catch"):
        return True
    return lemma == "get" and not any(
        c.dep_ in ("prep", "prt") and c.i > verb.i for c in verb.children
    )


def _clitic(tok: Token) -> bool:
    """``tok`` is a clitic written with a typographic apostrophe ("’m", "’s" of "I’m",
    "let’s"): the model, trained on straight apostrophes, may read one as a verb of its own
    or even an entity."""
    return tok.lower_.startswith("\u2019")


def _stage_direction(piece: Span, words: list[Token]) -> bool:
    """``piece`` is a transcriber's note: every one of its ``words`` (its tokens but
    punctuation and blanks; at least one) inside one pair of parentheses opened right before
    the first ("(Applause.)", "(Laughter.)", "(Inaudible.)") and none of them a verb ("(Russia
    must withdraw.)" is someone's words)."""
    doc = piece.doc
    first, last = words[0], words[-1]
    if first.i == 0 or doc[first.i - 1].text != "(":
        return False
    closes = [t.i for t in doc[first.i : min(len(doc), piece.end + 2)] if t.text == ")"]
    return bool(closes) and closes[0] > last.i and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _media_mention(ctx: DocContext, quote: Quote) -> bool:
    """The head word of the quotation's speaker mention, by its lemma, is a media title of
    ``roles.csv`` ("reporters" → reporter, "journalists" → journalist)."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return False
    span = ctx.doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    return span is not None and role_sector(span.root.lemma_) == "media"


def attributed(speaker: str | None) -> bool:
    """A speaker that names someone (not empty, not a bare pronoun or relative word; "US" and
    "U.S." name the country: :func:`~parley.extract.actors.is_pronoun`)."""
    return bool(speaker) and not is_pronoun(speaker)
