"""Steps 4-5 of the statement method: whom a statement is aimed at (:func:`find_target`), whom
it answers (:func:`responds_to_of`) and what it is about (:func:`subject_terms_of`).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN, VERB

from parley.extract.actors import HONORIFICS, country_in, fold, tables
from parley.extract.lexicon import title_kind
from parley.extract.quotes.indirect import NOUN_REPORT_RULE
from parley.extract.statements.acts import STATE_VERBS, class_words, expressed_feelings
from parley.extract.statements.context import (
    AGAINST_THE_STATE,
    ActorMention,
    DocContext,
    against_the_state,
    mention_in,
    same_side,
)
from parley.extract.statements.lexicon import act_words, context_words
from parley.extract.statements.ranker import divided_states, named_as_place, official_voice
from parley.extract.statements.rules import rules
from parley.extract.syntax import conj_head, is_cue_verb, negated, subject_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from parley.extract.actors import Actor
    from parley.extract.quotes import Quote
    from parley.extract.statements.context import Match


SKIP_PREPS = {
    "like", "unlike", "as", "including", "than", "in", "at", "near", "across", "within", "along"
}  # fmt: skip


def target_side(actor: Actor, speaker: Actor | None) -> bool:
    """Whether ``actor`` is the speaker's own side for the target rules: :func:`.same_side`,
    and also the speaker's own state (a country, its seat or a state body) for a government
    voice whose state the article's context gave (evidence ending ``+context``: "Government
    officials" in an article about Japan saying "Japan would make a formal request"), when
    :func:`.ranker.official_voice` holds: an official speaks for the government whichever way
    its state was found; a former office holder or a legislator does not."""
    if (
        speaker is not None
        and (speaker.evidence or "").endswith("+context")
        and speaker.kind in ("person", "description")
        and official_voice(speaker)
        and actor.kind in ("country", "seat", "institution")
        and actor.country is not None
        and actor.country == speaker.country
    ):
        return True
    return same_side(actor, speaker)


def _aimable(m: ActorMention, speaker: Actor | None) -> bool:
    """Whether a mention can be the party a statement is aimed at: not the speaker's side
    (:func:`target_side`), not the media, not the holder of the feeling the speaker expresses
    (:func:`_holds_feeling`), not the speaker's own capital named as a place
    (:func:`_own_capital_as_place`)."""
    return (
        not target_side(m.actor, speaker)
        and m.actor.kind != "media"
        and not _holds_feeling(m.span.root)
        and not _own_capital_as_place(m, speaker)
        and not credited_source(m)
    )


# the dependency labels that attach a word within a noun phrase ("a U.S. official", "Iran's army")
_IN_PHRASE = ("compound", "amod", "poss", "nmod")


def credited_source(m: ActorMention) -> bool:
    """Whether a mention is the source the words credit ("according to a U.S. official, the
    missiles appeared to show ..."): the object of "according to" or a word of its phrase (a
    modifier, a possessor or a conjunct counts as the phrase's head). A source tells what is
    said; it is not the party the statement is about (:func:`_aimable`, :func:`implied_target`)."""
    tok = m.span.root
    while tok.dep_ in ("conj", *_IN_PHRASE) and tok.head.i != tok.i:
        tok = tok.head  # "according to a U.S. official": the phrase the name modifies
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "to"
        and (
            prep.head.lower_ == "according" or (prep.i > 0 and prep.nbor(-1).lower_ == "according")
        )
    )


def actor_below(
    ctx: DocContext, tok: Token, speaker: Actor | None, sent: Span, skip: Token | None = None
) -> ActorMention | None:
    """The nearest actor mention in the token's dependency subtree (breadth first), among the
    tokens of ``sent`` (a sentence, or a statement's own span); ``skip``: a child whose subtree
    is not searched (a relative clause, when its antecedent is what is sought)."""
    queue = [tok]
    seen: set[int] = {skip.i} if skip is not None else set()
    while queue:
        t = queue.pop(0)
        if t.i in seen or not (sent.start <= t.i < sent.end):
            continue
        seen.add(t.i)
        m = mention_in(ctx, t)
        if m is not None and _aimable(m, speaker):
            return m
        queue.extend(c for c in t.children if not (c.dep_ == "prep" and c.lower_ in SKIP_PREPS))
    return None


def first_actor_before(
    ctx: DocContext, content: Span, pred: Token, speaker: Actor | None, subj: Token | None
) -> ActorMention | None:
    """The first actor in the stretch of the quote that the predicate judges: the subject's
    subtree when the parse found one, else everything before the predicate."""
    if subj is not None:
        hit = actor_below(ctx, subj, speaker, subj.sent)
        if hit is not None:
            return hit
    for tok in content:
        if tok.i >= pred.i:
            break
        m = mention_in(ctx, tok)
        if m is not None and _aimable(m, speaker):
            return m
    return None


def core_actor(ctx: DocContext, content: Span, speaker: Actor | None) -> ActorMention | None:
    """The first actor in a core role of the quote: subject, object, then other arguments. A
    relative pronoun in a core role stands for its antecedent (:func:`relative_antecedent`):
    "... but not to North Korea, which he said had a terrible rights record" is about North
    Korea, the subject of what was said."""
    ranked: list[tuple[int, int, ActorMention]] = []
    antecedent = relative_antecedent(ctx, content, speaker)
    if antecedent is not None:
        ranked.append(antecedent)
    for tok in content:
        m = mention_in(ctx, tok)
        if m is None or not _aimable(m, speaker):
            continue
        if any(a.dep_ == "prep" and a.lower_ in SKIP_PREPS for a in tok.ancestors):
            continue
        rank = {"nsubj": 0, "nsubjpass": 0, "dobj": 1, "pobj": 2, "poss": 3, "conj": 2}.get(
            _government_phrase(m.span.root).dep_, 4
        )
        ranked.append((rank, tok.i, m))
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _government_phrase(tok: Token) -> Token:
    """The noun a name modifies when the phrase names a government by its leader ("the Obama
    administration", "the Assad regime", "the Kiir government": a noun of class ``state_office``
    or ``domestic_power`` of ``speech_acts.csv``), whose role in the clause is the name's; else
    ``tok`` itself."""
    head = tok.head
    if tok.dep_ == "compound" and head.i != tok.i and head.pos_ == "NOUN":
        word = head.lemma_.lower()
        if word in class_words("state_office") or word in class_words("domestic_power"):
            return head
    return tok


# relative pronouns that open a reported clause ("X, which he said ...", "Y, who they say ...")
_RELATIVES = frozenset(("which", "who", "whom"))
_CORE_RANK = {"nsubj": 0, "nsubjpass": 0, "dobj": 1}


def relative_antecedent(
    ctx: DocContext, content: Span, speaker: Actor | None
) -> tuple[int, int, ActorMention] | None:
    """For a statement whose words open with a relative pronoun in a core role ("which he
    said had a terrible rights record": the reported clause of a relative clause), or whose
    clause has one before its speaker and verb (:func:`_relative_before`), the party its
    antecedent names, as ``(rank, token index, mention)`` for :func:`core_actor`: the nearest
    actor under the noun the relative clause modifies (the parser's ``relcl`` head, at most four
    heads up from the pronoun), not looking into the relative clause itself, among the tokens
    of that noun's sentence. None when the words do not open so or the antecedent names no
    aimable party ("new powers, which it says could be used against ...")."""
    if not len(content):
        return None
    pronoun = content[0] if content[0].lower_ in _RELATIVES else _relative_before(content)
    if pronoun is None:
        return None
    rank = _CORE_RANK.get(pronoun.dep_)
    if rank is None:
        return None
    clause = pronoun
    for _ in range(4):
        if clause.dep_ == "relcl" or clause.head == clause:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    m = actor_below(ctx, clause.head, speaker, clause.head.sent, skip=clause)
    return None if m is None else (rank, pronoun.i, m)


def _relative_before(content: Span) -> Token | None:
    """The relative pronoun that is the subject of the reported clause ``content`` but stands
    before its speaker and verb, outside the span ("the IMF, which the minister said [had
    broken its promises]": the quote rules start what was said after the verb), or None."""
    for tok in content:
        for child in tok.children:
            if child.i < content.start and child.lower_ in _RELATIVES and child.dep_ in _CORE_RANK:
                return child
    return None


def _same_speaker(a: str | None, b: str | None) -> bool:
    """Two speaker strings for one person ("Mr Hague", "William Hague"): same last word once
    honorifics are dropped."""
    if not a or not b:
        return False
    la, lb = (HONORIFICS.sub("", fold(x)).split() for x in (a, b))
    return bool(la and lb) and la[-1] == lb[-1]


def _own_sides_report(me: Actor | None, other: Actor, o: Quote) -> bool:
    """``o``, a quote nested in another's words, is a report named by a noun of the speaker's own
    state ('the White House reiterated the president's proposal that ...'): taken up, not
    answered."""
    return (
        o.rule == NOUN_REPORT_RULE
        and me is not None
        and me.country is not None
        and me.country == other.country
    )


def responds_to_of(ctx: DocContext, i: int, cue: Token | None) -> tuple[Actor | None, int | None]:
    """Whom (and which quote) quote ``i`` answers; see the module docstring. Every search is
    bounded (binary search over the quotes, at most :data:`WINDOW` quotes and
    :data:`REACH` tokens around the cue), so many quotes in one huge sentence stay linear."""
    q = ctx.quotes[i]
    if q.rule == NOUN_REPORT_RULE:
        return None, None  # a report named inside another's sentence answers no one there
    me = ctx.speakers[i]
    order, starts, cue_order, cue_starts = ctx.quote_index()

    def other(j: int) -> bool:
        a = ctx.speakers[j]
        if j == i or a is None or _same_speaker(q.speaker, ctx.quotes[j].speaker):
            return False
        return me is None or a.name != me.name

    # a quote nested inside this one ("X was incorrect when he said that ...")
    lo = bisect.bisect_left(starts, q.start)
    for j in order[lo : min(bisect.bisect_left(starts, q.end), lo + WINDOW)]:
        o = ctx.quotes[j]
        if (
            other(j)
            and o.end <= q.end
            and (o.start, o.end) != (q.start, q.end)
            and not _own_sides_report(me, ctx.speakers[j], o)
        ):
            return ctx.speakers[j], j
    if cue is None:
        return None, None
    sent = cue.sent
    # an earlier quote in the same sentence by someone else ("After Trump said ..., Macron said")
    lo = bisect.bisect_left(cue_starts, sent.start_char)
    for j in cue_order[lo : min(bisect.bisect_left(cue_starts, cue.idx), lo + WINDOW)]:
        if other(j):
            return ctx.speakers[j], j
    # the words around the cue, made once: the three passes below read them
    near = list(ctx.doc[max(sent.start, cue.i - REACH) : min(sent.end, cue.i + REACH)])
    # another reporting verb earlier in the sentence, with someone else as its subject, even when
    # what it reports is not among the quotes ("After Trump said that ..., Macron said 'no'")
    for tok in near:
        if tok.i >= cue.i or q.start <= tok.idx < q.end or not is_cue_verb(tok):
            continue
        subj, _ = subject_of(tok)
        m = mention_in(ctx, subj) if subj is not None else None
        if m is not None and m.actor.kind == "person" and (me is None or m.actor.name != me.name):
            return m.actor, None
    # a possessed reference noun: "asked about Trump's remarks"
    classes = rules().object_classes
    for tok in near:
        if q.start <= tok.idx < q.end or "claim" not in classes.get(tok.lemma_.lower(), []):
            continue
        # only remarks the quote answers: "asked about X's remarks", "responding to X's claim",
        # or the cue's own object ("dismissed X's claim")
        gov = tok.head.head if tok.dep_ == "pobj" else tok.head
        if gov != cue and gov.lemma_.lower() not in class_words("response_head"):
            continue
        for c in tok.children:
            if c.dep_ == "poss":
                m = mention_in(ctx, c)
                if m is not None and (me is None or m.actor.name != me.name):
                    return m.actor, None
    # a reply: "replied", "responded to those comments"
    reply_words = class_words("reply_cue") | {"response"}  # made once, not per token
    replying = cue.lemma_.lower() in class_words("reply_cue") or any(
        t.lemma_.lower() in reply_words and not (q.start <= t.idx < q.end) for t in near
    )
    if replying:
        hi = bisect.bisect_left(starts, q.start)
        for j in reversed(order[max(hi - WINDOW, 0) : hi]):
            if other(j):
                return ctx.speakers[j], j
    return None, None


def subject_terms_of(
    ctx: DocContext, content: Span, cue: Token | None
) -> tuple[list[str], list[str], str | None]:
    """(noun lemmas, topics, a short subject phrase) of what the quote is about."""
    lex = rules()

    def nouns(toks, limit: int = 12) -> list[str]:
        out: dict[str, None] = {}  # ordered and O(1) membership
        for t in toks:
            if t.pos_ not in ("NOUN", "ADJ"):
                continue  # the lemma is read only for nouns and adjectives
            lemma = t.lemma_.lower()
            if len(lemma) > 2 and not t.is_stop:
                if t.pos_ == "ADJ" and lemma not in lex.topics:
                    continue
                if lemma not in lex.generic:
                    out.setdefault(lemma)
                    if len(out) >= limit:
                        break
        return list(out)

    terms = nouns(content)
    if len(terms) < 2 and cue is not None:
        sent = cue.sent  # the words around the cue, not the whole (possibly huge) sentence
        near = ctx.doc[max(sent.start, cue.i - REACH) : min(sent.end, cue.i + REACH)]
        around = nouns(t for t in near if t.i < content.start or t.i >= content.end)
        terms += [t for t in around if t not in terms]
    topics = sorted({lex.topics[t] for t in terms if t in lex.topics})
    chunks = []
    for nc in ctx.noun_chunks_in(content):
        if nc.root.pos_ == "PRON" or all(t.i in ctx.mentions for t in nc if not t.is_stop):
            continue
        if nc.root.lemma_.lower() in lex.generic:
            continue
        chunks.append(re.sub(r"^(the|a|an)\s+", "", nc.text.strip('“”"‘’ '), flags=re.I))
    subject = "; ".join(chunks[:3]) if chunks else (", ".join(topics) or None)
    return terms[:12], topics, subject


def find_target(
    ctx: DocContext,
    decision: Match | None,
    cue_m: Match | None,
    content: Span,
    speaker: Actor | None,
    sent: Span,
) -> ActorMention | None:
    """Step 4: whom a statement is aimed at — the actor a claim is about; else the cue's object
    when the cue decided ("warned Trump"); else, for an adjective predicate, the first actor in
    what it judges ("the deployment of NATO troops ... is unacceptable"); else the actor under
    the deciding word's arguments; else the first actor in a core role of the quote. When none
    of them names a party, :func:`implied_target` is the fallback (after whom the quote answers).
    When the party found has no state (an international organisation, a region), a state the
    words act on (:func:`state_acted_on`) takes its place."""
    target: ActorMention | None = None
    if decision is not None and decision.claim_about is not None:
        target = decision.claim_about
    if target is None and decision is not None and decision.statement_type in CHARGING:
        # "defend itself against Russian aggression", "Russia's unlawful invasion": the word that
        # decided charges a wrong, and its doer is the party charged
        wrong = _charged_wrong(decision.token) if decision.token is not None else None
        target = doer_of_wrong(ctx, wrong, speaker) if wrong is not None else None
    # "condemned the launches, which violated Security Council resolutions": a wrong charged in a
    # relative clause is the antecedent's doing; a party the clause names is not the one accused
    clause = _charging_clause(decision)
    if target is None and clause is not None:
        target = actor_below(ctx, clause.head, speaker, clause.head.sent, skip=clause)
    addressed = None
    if target is None and decision is cue_m and decision is not None:
        # "called on ASEAN to take joint action ...": the party appealed to, not one its ask names
        addressed = target = addressee(ctx, decision, speaker)
    if target is None and cue_m is not None and decision is cue_m and cue_m.about is not None:
        target = actor_below(ctx, cue_m.about, speaker, sent)
    if target is None and decision is not None and decision.about is not None:
        about = decision.about
        subj = subject_of(about)[0]
        if about.pos_ == "ADJ" and len(content):
            # "X ... is unacceptable": what is judged comes before the predicate
            target = first_actor_before(ctx, content, about, speaker, subj)
    if target is None and clause is None and decision is not None and decision.about is not None:
        about = decision.about
        for arg in (about, *[c for c in about.children], subject_of(about)[0]):
            if arg is not None:
                # inside the statement's own words when it starts there: a coordinated clause
                # after them ('said A and that B') is another statement with its own target
                within = (
                    content if len(content) and content.start <= arg.i < content.end else arg.sent
                )
                target = actor_below(ctx, arg, speaker, within)
                if target is not None:
                    break
    if target is None and clause is None and len(content):
        target = core_actor(ctx, content, speaker)
    if target is not None:
        # "Russian aggression against Ukraine": the party the wrongful act is charged to, not
        # the party it is done to
        target = agent_of_wrong(ctx, target, speaker) or target
    suffered = _wrong_suffered(target) if target is not None else None
    aimed = decision is not None and decision.statement_type in AIMED_AT
    if aimed and suffered is not None and doer_of_wrong(ctx, suffered, speaker) is None:
        # "further invasion of Ukraine would be met with consequences ... urged Russia": the
        # victim of a wrong whose doer the noun leaves unnamed is not the party warned or
        # accused; another party the sentence names is, else none is found here
        target = _other_party(ctx, sent, speaker, target)
    if target is not None and target.actor.country is None and len(content):
        # an international organisation or a region the words name ("the EU benefits
        # Germany", "had joined GATT"): a state they act on or speak of is the target, unless
        # the organisation is the party accused, warned, threatened or appealed to ("the WTO
        # should not punish Bangladesh": an appeal to the WTO)
        kind = decision.statement_type if decision is not None else None
        if target is not addressed and not (kind in AIMED_AT and _in_subject(target.span.root)):
            target = state_acted_on(ctx, content, speaker) or target
    return target


def addressee(ctx: DocContext, decision: Match, speaker: Actor | None) -> ActorMention | None:
    """The party an appeal (APPEAL decided by its cue) is addressed to: the object of ``on`` or
    ``upon`` after the cue ("called on ASEAN to ...", "calls upon Iran to ..."), or its direct
    object when an infinitive follows ("urged ASEAN to take ..."), as :func:`actor_below` finds
    it in the cue's sentence. None for another type or when the appeal names no addressee
    ("called for the restoration of Burma's democracy"). STATEMENTS_GUIDE: for appeals the
    target is the party appealed to."""
    for h in _addressee_heads(decision):
        m = mention_in(ctx, h)
        if m is not None and _aimable(m, speaker):
            return m
    return None


def _addressee_heads(decision: Match | None) -> list[Token]:
    """The heads of the words an appeal (APPEAL decided by its cue) is addressed by, in the
    cue's order: the objects of ``on`` or ``upon`` after the cue, and its direct object when an
    infinitive follows; empty for another type or a decision with no cue word."""
    cue = decision.token if decision is not None else None
    if decision is None or decision.statement_type != "APPEAL" or cue is None:
        return []
    infinitive = any(c.dep_ in ("xcomp", "ccomp") for c in cue.children)
    heads: list[Token] = []
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
            heads.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "dobj" and infinitive:
            heads.append(c)
    return heads


# verbs of being (STATE_VERBS) and verbs whose subject gets or keeps something ("must have",
# "must get", "must enjoy"): what a modal says of their subject is asked of the parties that
# give it (English usage)
_GIVEN_VERBS = frozenset(STATE_VERBS | {"get", "receive", "enjoy", "gain", "keep", "retain"})


def asked_of(target: ActorMention | None, decision: Match | None) -> bool:
    """Whether ``target`` is the party an appeal's own words ask something of: the subject of
    the clause whose modal decided it ("... told Iran that **Israel** should stop the strikes",
    "reassured Kyiv, saying **Russia** must withdraw"), through a verb of acting: the subject of
    "be", "have", "get" ... is given something, asked of others ("Ukraine must have the right to
    join NATO", told Lavrov: Russia). Such a party outranks the one the message is said to
    (:func:`cue_addressee`). STATEMENTS_GUIDE: for appeals the target is
    the party appealed to."""
    if target is None or decision is None or decision.token is None:
        return False
    modal = decision.token
    if modal.dep_ != "aux" or modal.tag_ != "MD":
        return False
    if modal.head.lemma_.lower() in _GIVEN_VERBS:
        return False  # "Ukraine must have the right to join NATO": what it gets is asked of others
    root = target.span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.i == modal.head.i


def cue_addressee(ctx: DocContext, cue: Token | None, speaker: Actor | None) -> ActorMention | None:
    """The party a statement is said to, named by its cue (``addressing_cue`` of
    ``speech_acts.csv``: tell, assure, inform, remind, warn, ...): the cue's object or dative
    ("told Moscow that ...", "assured Kyiv the aid would come") or, the cue passive, its subject
    ("Putin was told the truce must be used ..."). None when the cue is no such verb, names no
    party there, or names the speaker's own side. STATEMENTS_GUIDE: the target is the party the
    statement is aimed at; a message is aimed at whom it is given to."""
    if cue is None or cue.lemma_.lower() not in class_words("addressing_cue"):
        return None
    for c in cue.children:
        if c.dep_ in ("dobj", "dative", "nsubjpass") and (m := _party_at(ctx, c, speaker)):
            return m
    return None


def continued_act(cue: Token | None) -> Token | None:
    """The verb a quote's cue goes on with, when the cue is a participle of saying
    (``continuing`` words of speech_acts.csv, tagged VBG) hung on a verb of the same clause as
    its adverbial clause, complement or conjunct and that verb is not negated ("**welcomed**
    the visit, **noting** ...", "**rejected** the remarks, **saying** ..."); else None. Not a
    participle that names ("condemned the deal, calling it legal": the naming is its own act).
    The one test of the acts and targets carried from that verb (statements' _carry_stance,
    _carry_rejection, :func:`explained_act_object`)."""
    if cue is None or cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    if cue.lemma_.lower() not in class_words("continuing"):
        return None
    head = cue.head
    if head.pos_ != "VERB" or negated(head):
        return None
    return head


def explained_act_object(
    ctx: DocContext, cue: Token | None, speaker: Actor | None
) -> ActorMention | None:
    """The party acted on by the act a participle cue goes on with (:func:`continued_act`):
    its direct object before the cue ("After talks with Italy, the chancellor thanked France,
    saying the aid had saved lives"). None when there is no such act or its object names no
    party (or the speaker's own side). STATEMENTS_GUIDE: the target is the party the statement
    is aimed at; the words say why the act was done to it."""
    act = continued_act(cue)
    if act is None:
        return None
    for c in act.children:
        if c.dep_ == "dobj" and c.i < cue.i and (m := _party_at(ctx, c, speaker)):
            return m
    return None


def _party_at(ctx: DocContext, tok: Token | None, speaker: Actor | None) -> ActorMention | None:
    """The actor mention at ``tok`` when it names a party the statement can be aimed at (not
    the speaker's own side: :func:`_aimable`); else None."""
    m = mention_in(ctx, tok) if tok is not None else None
    return m if m is not None and _aimable(m, speaker) and names_party(m.actor) else None


def noun_addressee(
    ctx: DocContext, noun: Token | None, speaker: Actor | None
) -> ActorMention | None:
    """The party a report named by a noun is given to: the object of a 'to' phrase on the noun
    ('China's warning to Japan that ...', 'Erdogan's promise to Putin that ...'), a party and not
    the speaker's own side; None otherwise. As :func:`cue_addressee` for a verb: a message is
    aimed at whom it is given to."""
    if noun is None:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "to" and c.i > noun.i:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if m := _party_at(ctx, obj, speaker):
                return m
    return None


def _charging_clause(decision: Match | None) -> Token | None:
    """The relative clause, with a relative pronoun as its subject, in which the word that decided
    a charge (ACCUSE, DISPUTE) stands, at most four heads up ("the launches, which violated the
    resolutions": ``violated``; "which were in violation of ...": ``were``), or None. Its
    doer is the antecedent the clause modifies (the parser's ``relcl`` head), so the target is
    sought there (:func:`actor_below`, not looking into the clause; none named: the implied
    party of :func:`implied_target`), not among the clause's objects."""
    if decision is None or decision.statement_type not in CHARGING or decision.about is None:
        return None
    verb = decision.about
    for _ in range(4):  # "which were in violation of ...": the noun's clause, a few heads up
        if verb.dep_ == "relcl" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    subj = subject_of(verb)[0]
    return verb if subj is not None and subj.lower_ in _RELATIVES else None


# prepositions that attach the party a wrongful act is done to ("aggression against Ukraine",
# "the invasion of Iraq", "the attack on Israel", "the incursion into Syria"; English grammar)
_VICTIM_PREPS = frozenset(("against", "of", "on", "upon", "into"))
# dependency labels by which a noun's modifier names who does it ("Russian aggression", "Russia's
# invasion", "the Hamas attack")
_AGENT_LABELS = ("amod", "poss", "compound", "nmod")


def agent_of_wrong(
    ctx: DocContext, victim: ActorMention, speaker: Actor | None
) -> ActorMention | None:
    """The party that does the wrongful act a mention ``victim`` suffers: when the mention is
    the object of a preposition of :data:`_VICTIM_PREPS` after a noun of the ``wrongful_noun``
    class of ``speech_acts.csv`` (aggression, invasion, attack, occupation, annexation, ...),
    the actor its modifier names ("further Russian aggression against Ukraine", "Russia's
    invasion of Ukraine", "the Israeli attack on Syria") or its ``by`` phrase ("the invasion of
    Kuwait by Iraq"). The guide's target is "the party accused, warned, threatened" and what a
    statement is about: the act's doer, not its victim (the train gold: "the Oct. 7 attacks on
    southern Israel" targets the attackers). None when the noun names no doer, or when the doer
    is the speaker's own side ("our strikes against the militants": the party acted against is
    the target)."""
    noun = _wrong_suffered(victim)
    return doer_of_wrong(ctx, noun, speaker, victim) if noun is not None else None


def _wrong_suffered(m: ActorMention) -> Token | None:
    """The ``wrongful_noun`` a mention is the victim of, as the object of a preposition of
    :data:`_VICTIM_PREPS` after it ("the invasion of Ukraine", "aggression against Georgia"),
    or None."""
    tok = conj_head(m.span.root)
    if tok.dep_ != "pobj" or tok.head.lower_ not in _VICTIM_PREPS:
        return None
    noun = tok.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in class_words(
        "wrongful_noun"
    ):
        return None
    return noun


def doer_of_wrong(
    ctx: DocContext, noun: Token, speaker: Actor | None, victim: ActorMention | None = None
) -> ActorMention | None:
    """The party a ``wrongful_noun`` charges, named by its modifier before it ("Russian
    aggression", "Russia's invasion") or its ``by`` phrase ("the invasion of Kuwait by Iraq");
    None when it names none, or when the doer is the speaker's own side."""
    doers = [c for c in noun.children if c.dep_ in _AGENT_LABELS and c.i < noun.i]
    doers += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    for c in doers:
        m = ctx.mentions.get(c.i)
        if m is None or m is victim:
            continue
        if same_side(m.actor, speaker):
            return None
        if m.actor.kind != "media" and not _holds_feeling(m.span.root):
            return m
    return None


def _charged_wrong(tok: Token) -> Token | None:
    """The ``wrongful_noun`` a deciding word names or qualifies: the word itself ("Russian
    aggression") or the noun its adjective judges ("Russia's unprovoked and unlawful
    invasion"), or None."""
    while tok.dep_ == "conj" and tok.pos_ == "ADJ" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "amod":
        tok = tok.head
    wrongful = tok.lemma_.lower() in class_words("wrongful_noun")
    return tok if tok.pos_ in ("NOUN", "PROPN") and wrongful else None


def _agent_of_wrong_done(tok: Token, depth: int = 6) -> bool:
    """Whether a token lies in the ``by`` phrase of a wrongful act ("atrocities committed by
    members of Russia's forces", "the attack carried out by the militia"): a ``wrongful_verb``
    or a verb that qualifies a ``wrongful_noun``, ``depth`` heads up at most."""
    for _ in range(depth):
        if tok.dep_ == "agent":
            verb = tok.head
            return verb.lemma_.lower() in class_words("wrongful_verb") or (
                verb.dep_ in ("acl", "relcl")
                and verb.head.lemma_.lower() in class_words("wrongful_noun")
            )
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def opposed_party(m: ActorMention) -> bool:
    """Whether the words cast a mention as the party opposed, which a statement of support is
    not aimed at: the doer of a wrongful act (:func:`charged_with_wrong`: "fleeing Russian
    aggression"), its victim's counterpart aside, or the party a punitive act or measure is
    taken against (``punitive``/``imposed_measure`` verbs of speech_acts.csv: "a resolution
    suspending Russia", "efforts to hold Russia accountable", "sanctions against Iran").
    STATEMENTS_GUIDE: SUPPORT's target is the party supported, welcomed or praised."""
    if charged_with_wrong(m) or _agent_of_wrong_done(m.span.root):
        return True
    tok = conj_head(m.span.root)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "against":
        return True
    if tok.dep_ == "nsubj" and head.lemma_.lower() in ("accountable", "responsible"):
        return True  # "hold Russia accountable for its actions"
    if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if lemma in class_words("punitive") | class_words("imposed_measure"):
            return True
        return any(c.lower_ in ("accountable", "responsible") for c in head.children)
    return False


def charged_with_wrong(m: ActorMention) -> bool:
    """Whether a mention names the doer of a wrongful act (a noun of the ``wrongful_noun`` class
    of ``speech_acts.csv``): its modifier before the noun ("Russian aggression", "Russia's
    invasion", "the Israeli attack") or its ``by`` phrase ("the invasion of Kuwait by Iraq").
    :func:`agent_of_wrong` finds it; the chooser keeps it (``statements._rank_target``)."""
    tok = conj_head(m.span.root)
    if tok.dep_ in _AGENT_LABELS and tok.i < tok.head.i:
        noun = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "prep":
        noun = tok.head.head
    else:
        return False
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in class_words("wrongful_noun")


# the statement types whose target is the party they are aimed at (the guide: "for accusations,
# warnings, threats and appeals, the party accused, warned, threatened or appealed to")
AIMED_AT = frozenset(("ACCUSE", "APPEAL", "WARN", "THREATEN"))
# the statement types that charge a party with a wrong or oppose its conduct (the guide: ACCUSE,
# DISPUTE "aimed at a party's conduct")
CHARGING = frozenset(("ACCUSE", "DISPUTE"))


def _other_party(
    ctx: DocContext, sent: Span, speaker: Actor | None, victim: ActorMention
) -> ActorMention | None:
    """The first aimable mention of ``sent`` that is neither ``victim``'s party nor the victim
    of a wrong itself, or None."""
    for i in range(sent.start, sent.end):
        m = ctx.mentions.get(i)
        if m is None or m.span.start != i or m.actor.name == victim.actor.name:
            continue
        if _aimable(m, speaker) and _wrong_suffered(m) is None:
            return m
    return None


# prepositions that give examples of a group ("countries such as Hungary"), not places; the
# others of SKIP_PREPS ("in", "at", "near", ...) place an event, they do not aim it
EXAMPLE_PREPS = frozenset(("as", "like", "including"))


def state_acted_on(ctx: DocContext, content: Span, speaker: Actor | None) -> ActorMention | None:
    """The first state (not the speaker's own, nor the speaker's side) that the statement's
    words ``content`` name as the object of a verb ("would support the U.S."), of a preposition
    that is no place ("a trade deficit with Japan", "resolutions on Libya"), or as an example
    of a group ("countries such as Hungary and Yugoslavia"); a conjunct counts as its head.
    None when there is none. It is what an international organisation's or a region's statement
    is about (the guide's target: the party a statement is about or aimed at; an organisation is
    null with its code in ``torg``). Measured in commit b94d311's message (`make eval-statements`)."""
    me = speaker.country if speaker is not None else None
    for tok in content:
        m = mention_in(ctx, tok)
        if m is None or tok.i != m.span.root.i:
            continue
        actor = m.actor
        if actor.country is None or actor.country == me or actor.kind == "media":
            continue
        if same_side(actor, speaker):
            continue
        head = conj_head(tok)
        if head.dep_ in ("dobj", "dative"):
            return m
        if head.dep_ == "pobj":
            prep = head.head.lower_
            if prep not in SKIP_PREPS or prep in EXAMPLE_PREPS:
                return m
    return None


# quotes or mentions looked at per step, tokens read around a cue (bounds for pathological input)
WINDOW = 50
REACH = 80


def names_party(actor: Actor) -> bool:
    """Whether an actor stands for a side in country-pair views: a state, an international
    organisation or a region ("Europe", "the West")."""
    return actor.country is not None or actor.kind in ("io", "region")


def implied_target(
    ctx: DocContext,
    quote: Quote,
    content: Span,
    sent: Span,
    speaker: Actor | None,
    statement_type: str | None = None,
) -> ActorMention | None:
    """The party a statement is about when its own words name none the rules could aim at (the
    annotators fill implicit targets the same way): the first state named in the quote, else the
    one nearest the reporting verb in its sentence (not the speaker's own phrase), else the last
    one named in the two sentences before, else the state the document mentions most. The
    speaker's own state counts only when the quote itself names it other than as the subject
    ("the justice of Britain's rebate"), and never for a threat (``statement_type`` THREATEN:
    "the United States will take all necessary measures to ensure the security of the American
    homeland" threatens another party; the guide's target is the party threatened); it is never
    implied. The speaker's own capital named as a place (:func:`_capital_as_place`: "the
    situation in Juba had calmed", said by a South Sudanese voice) counts nowhere: it is where
    things happen, not a party spoken of.

    Cost: binary searches over the document's state mentions, then at most
    :data:`WINDOW` mentions looked at per step, so many quotes in one huge sentence stay linear."""
    everyone = ctx.country_mentions()
    if not everyone:
        return None
    starts = ctx.country_mention_starts()

    def other(m: ActorMention) -> bool:
        return (
            not target_side(m.actor, speaker)
            and not _holds_feeling(m.span.root)
            and not _own_capital_as_place(m, speaker)
        )

    def between(lo: int, hi: int) -> list[ActorMention]:  # mentions starting in tokens [lo, hi)
        a = bisect.bisect_left(starts, lo)
        b = min(bisect.bisect_left(starts, hi), a + WINDOW)
        return everyone[a:b]

    me = speaker.name if speaker is not None else None
    inside = between(content.start, content.end) if len(content) else []
    # the source the words credit is no party they are about ("according to a U.S. official")
    inside = [m for m in inside if not credited_source(m)]
    found = next((m for m in inside if other(m) and not named_as_place(m)), None)
    if found is None:
        found = next((m for m in inside if other(m)), None)
    if found is not None:
        return found
    for m in inside if statement_type != "THREATEN" else ():
        if (
            m.actor.name != me
            and m.actor.kind in ("country", "seat", "institution")
            and not _in_subject(m.span.root)
            and not _holds_feeling(m.span.root)
            and not _own_capital_as_place(m, speaker)
        ):
            # a statement about the speaker's own state ("the justice of Britain's rebate"); as
            # the subject or its modifier the state is the actor, not the target ("Britain will
            # send warships", "the Russian foreign minister has said"), and so it is as the
            # holder of the feeling expressed ("expressed U.S. support for X")
            return m
    own = own_state_spoken_of(ctx, content, speaker)
    if own is not None:
        return own
    told_of = pronoun_antecedent(ctx, quote, content, speaker)
    if told_of is not None and other(told_of):
        # "'It won't help him,' Trump said" after the Russian leader: the person the words mean
        return told_of
    placed = place_antecedent(ctx, content, speaker)
    if placed is not None:
        # "a political solution to the fighting there" after "a crisis in Syria": the place meant
        return placed
    if not len(sent):
        return None
    lo_char, hi_char = quote.speaker_start, quote.speaker_end
    anchor = content.start if len(content) else sent.start
    k = bisect.bisect_left(starts, anchor)
    near = everyone[max(k - WINDOW, 0) : k + WINDOW]
    same = [
        m
        for m in near
        if sent.start <= m.span.start < sent.end
        and other(m)
        and not (lo_char is not None and lo_char <= m.span.start_char < (hi_char or 0))
    ]
    # where something happened is no party ("was hospitalized in Singapore ... he died at a
    # hospital"), when the sentence names a state in another role
    same = [m for m in same if not named_as_place(m)] or same
    if same:
        return min(same, key=lambda m: abs(m.span.start - anchor))
    lo = ctx.sentences_back(sent.start, 2)
    a = bisect.bisect_left(starts, lo)
    b = bisect.bisect_left(starts, sent.start)
    found = next((m for m in reversed(everyone[max(a, b - WINDOW) : b]) if other(m)), None)
    if found is not None:
        return found
    top = ctx.top_country(exclude=speaker.country if speaker is not None else None)
    return ctx.first_mention_of(top) if top is not None else None


# prepositions that place or route an event ("the situation in Juba", "take-off from Kathmandu",
# "flights to Tripoli"): with a capital as their object it is the city, not its government
_PLACE_PREPS = frozenset(("in", "at", "near", "across", "within", "from", "to", "into", "around"))


def _capital_as_place(m: ActorMention) -> bool:
    """Whether a mention of a capital (an actor of kind ``seat``: "Juba", "Kathmandu") names the
    city as a place, not the government seated there: the object of a preposition of
    :data:`_PLACE_PREPS` ("the situation in Juba had calmed", "shortly after take-off from
    Kathmandu"; a conjunct counts as its head) or a modifier of a common noun ("Kathmandu
    airport"). Spoken by someone of that state it is where things happen, not the
    speaker's own state spoken of (STATEMENTS_GUIDE: the target is the party a statement is
    about; a capital stands for its government only as an actor: "Moscow said", "Tbilisi's
    decision")."""
    if m.actor.kind != "seat":
        return False
    tok = conj_head(m.span.root)
    if tok.dep_ == "pobj":
        return tok.head.lower_ in _PLACE_PREPS
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN"


def _own_capital_as_place(m: ActorMention, speaker: Actor | None) -> bool:
    """Whether a mention is the speaker's own capital named as a place
    (:func:`_capital_as_place`: "the situation in Juba", said by a South Sudanese voice, the
    government's or its rebels'; "take-off from Kathmandu", said by a Nepali official): where
    things happen, no party the statement is aimed at or speaks of. Another state's capital as a
    place still points at that state ("the parliament in Tbilisi")."""
    mine = speaker.country if speaker is not None else None
    return mine is not None and m.actor.country == mine and _capital_as_place(m)


# object pronouns of a third person ("I would speak to him", "it won't help him"): a closed class
# of English grammar; the person they stand for is named before the statement
_PERSON_OBJECTS = frozenset(("him", "her"))
_PERSON_OBJECT_IDS = frozenset(map(get_string_id, _PERSON_OBJECTS))  # as ``Token.lower``
_THERE = get_string_id("there")


def pronoun_antecedent(
    ctx: DocContext, quote: Quote, content: Span, speaker: Actor | None
) -> ActorMention | None:
    """The person a third-person object pronoun in the statement's words stands for ("'I would
    have no problem speaking to him,' Trump said" after "... North Korean leader Kim Jong Un"):
    the nearest person named before the words, in their sentence or the two before, outside the
    speaker's own phrase and other than the speaker, or the nearest office named by its state
    (:func:`_office_state`: "open to talking to its leader"), when that person or office has a
    state other than the speaker's. None when the words have no such pronoun, no person is named before them, or
    the person is stateless or of the speaker's own state ("the Prime Minister ... pass the ball
    to her", said by her ministry's official: the statement is not aimed at her)."""
    lower = ctx.word_forms()[0]  # forms read by id: a Token only for a pronoun of the list
    if not len(content) or not any(
        lower[k] in _PERSON_OBJECT_IDS and ctx.doc[k].dep_ in ("dobj", "pobj", "dative")
        for k in range(content.start, content.end)
    ):
        return None
    lo = ctx.sentences_back(content.sent.start, 2)
    lo_char, hi_char = quote.speaker_start, quote.speaker_end
    me = speaker.name if speaker is not None else None
    mine = speaker.country if speaker is not None else None
    for i in range(content.start - 1, lo - 1, -1):
        m = ctx.mentions.get(i)
        if m is None:
            # "open to talking to its leader", "the North Korean leader": an office named by
            # its state stands for its holder
            state = _office_state(ctx, ctx.doc[i])
            if state is not None and not (
                lo_char is not None and lo_char <= ctx.doc[i].idx < (hi_char or 0)
            ):
                return state if state.actor.country not in (None, mine) else None
            continue
        if m.actor.kind != "person" or m.actor.name == me:
            continue
        if lo_char is not None and lo_char <= m.span.start_char < (hi_char or 0):
            continue
        return m if m.actor.country not in (None, mine) else None
    return None


PLACE_REACH = 2  # sentences before the statement's own searched for the place "there" stands for


def place_antecedent(ctx: DocContext, content: Span, speaker: Actor | None) -> ActorMention | None:
    """The state a place adverb "there" in the statement's words stands for ("a political
    solution to the fighting there" after "a humanitarian crisis in Syria"): the last mention of
    a state named as a place before it (:func:`.ranker.named_as_place`: "in Syria", "into
    Ukraine") in the statement's words, its sentence or the :data:`PLACE_REACH` sentences
    before. "There" as a dummy subject ("there is no deal": dependency ``expl``) stands for
    nothing. None when the words hold no such "there", or the place is the speaker's own state
    or side (:func:`target_side`)."""
    lower = ctx.word_forms()[0]  # forms read by id: a Token only for "there"
    there = next(
        (
            ctx.doc[k]
            for k in range(content.start, content.end)
            if lower[k] == _THERE and ctx.doc[k].dep_ == "advmod"
        ),
        None,
    )
    if there is None:
        return None
    lo = ctx.sentences_back(there.sent.start, PLACE_REACH)
    for i in range(there.i - 1, lo - 1, -1):
        m = ctx.mentions.get(i)
        if m is None or m.span.start != i or not named_as_place(m):
            continue
        if m.actor.country is None or target_side(m.actor, speaker):
            return None
        if speaker is not None and m.actor.country == speaker.country:
            return None
        return m
    return None


# possessive pronouns that stand for a state named before them ("its leader", "their president")
_STATE_POSSESSIVES = frozenset(("its", "their"))


def _office_state(ctx: DocContext, tok: Token) -> ActorMention | None:
    """The state whose office a common noun names, when the noun is a title or role word
    (``data/quotes/titles.csv``: leader, president, minister) with the state as its possessor
    or modifier ("the North Korean leader",
    "Iran's president") or with "its"/"their" standing for the last state named before it in
    its sentence ("open to talking to its leader" after "deal with North Korea"). None for any
    other word."""
    if tok.pos_ != "NOUN" or title_kind(tok.lemma_) not in ("title", "role"):
        return None
    for c in tok.children:
        m = ctx.mentions.get(c.i)
        if m is not None and c.dep_ in ("poss", "amod", "compound") and m.actor.kind == "country":
            return m
        if c.dep_ == "poss" and c.lower_ in _STATE_POSSESSIVES:
            for j in range(c.i - 1, tok.sent.start - 1, -1):
                m = ctx.mentions.get(j)
                if m is not None and m.actor.kind == "country":
                    return m
    return None


def stateless_group(ctx: DocContext, content: Span, speaker: Actor | None) -> Token | None:
    """A group of states that the statement's words name by a region or bloc, not by a state
    ("European countries overall have benefited", "Western nations were prepared to
    cooperate"): a collective noun (``collective`` of ``context_words.csv``: countries, nations,
    states) modified by a NORP or LOC entity that resolves to no state, or a region's people or
    a bloc noun after a bloc word (:func:`_names_a_bloc`: "Europeans", "world powers"), when the
    words name no state other than the speaker's own. Returns that noun, else None. Such a statement
    is about that group, a party without a state (STATEMENTS_GUIDE: ``target_country`` null),
    not about the state the article is about."""

    return _stateless_word(ctx, content, speaker, lambda tok: _stateless_group_word(ctx, tok))


def _stateless_group_word(ctx: DocContext, tok: Token) -> bool:
    """Whether ``tok`` names a group of states by no state: a collective noun or a bloc noun
    (``collective`` and ``bloc_head`` of ``context_words.csv``: countries, nations, leaders,
    governments, allies) modified by a NORP or LOC entity that resolves to no state ("European
    countries", "European leaders", "Arab governments"), or a word :func:`_names_a_bloc`
    takes ("Europeans", "world powers")."""
    if tok.lower_ in context_words("collective") or tok.lower_ in context_words("bloc_head"):
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound")]
        if any(c.ent_type_ in ("NORP", "LOC") and c.i not in ctx.mentions for c in mods):
            return True
    return tok.i not in ctx.mentions and _names_a_bloc(tok)


def stateless_addressee(ctx: DocContext, decision: Match | None) -> Token | None:
    """The group of states by no state an appeal is addressed to, as :func:`addressee` reads
    the addressee ("urged European leaders to wake up", "called on Arab governments to act",
    "urged the Europeans to accept the result"), when :func:`_stateless_group_word` takes its
    head; else None. STATEMENTS_GUIDE: for appeals the target is the party appealed to, and a
    party without a state has ``target_country`` null."""
    for h in _addressee_heads(decision):
        if any(c.dep_ == "conj" and c.i in ctx.mentions for c in h.children):
            return None  # "urged the Europeans and the Americans": a state among them
        if _stateless_group_word(ctx, h):
            return h
    return None


def _stateless_word(
    ctx: DocContext, content: Span, speaker: Actor | None, pick: Callable[[Token], bool]
) -> Token | None:
    """The first word of ``content`` that ``pick`` takes for a party with no state, when the
    words name no state other than the speaker's own (a mention in ``ctx.mentions`` with
    another country: then None, the other rules decide); None when no word is picked."""
    mine = speaker.country if speaker is not None else None
    found = None
    for tok in content:
        m = ctx.mentions.get(tok.i)
        if m is not None and m.actor.country not in (None, mine):
            return None  # a state other than the speaker's is named: the rules decide
        if found is None and pick(tok):
            found = tok
    return found


# the armed forces a state acts through (``state_agent`` and ``military_unit`` of
# ``context_words.csv``, without the civil ones): "the army entered", "government forces began"
_CIVIL_AGENTS = frozenset(("official", "diplomat", "authority", "police"))
# the statement types that report or announce (STATEMENTS_GUIDE): no charge, warning or appeal
_REPORTING_TYPES = frozenset(("STATEMENT", "CLAIM", "INTENT"))
# third-person personal pronouns: they stand for a party other than the speaker's side ("his
# regime", "they will pay"), a closed class of English grammar
_THIRD_PERSON = frozenset(("he", "him", "his", "she", "her", "hers", "they", "them", "their"))
# voices outside their state's government (``actors.SECTORS``): its forces are not their side
_OUTSIDE_SECTORS = frozenset(("opposition", "other"))
# what a state speaking of itself says "it" or "we" for: a state, a seat or a state body
_STATE_KINDS = ("country", "seat", "institution")


def own_forces_report(
    ctx: DocContext, content: Span, speaker: Actor | None, statement_type: str
) -> Token | None:
    """The subject of a statement in which the speaker's side reports or announces an act of its
    own armed forces or its own weapons, naming no other party: "the Syrian Army entered Tell
    Tamer" and "government forces began deploying" (said by Syrian state media), "the military
    killed two suspected militants" (by Turkish security sources), "the country has
    miniaturized nuclear warheads", "it had tested a nuclear device", "to have set off a
    hydrogen bomb" (by North Korea). Such a statement is about what it acts on
    (STATEMENTS_GUIDE, target: a self-directed announcement); with no party named it has no
    state target (``target_country`` null), not the state the article is mostly about.

    The words' first clause (the first verb that heads its sentence or whose head lies outside
    them) must have as its subject the speaker's own side: a mention of the speaker's state,
    body or person, a noun of armed forces (``state_agent`` and ``military_unit`` of
    ``context_words.csv`` but the civil agents), a state noun ("the country": ``state_noun``),
    "we", or "it" when the speaker is a state or a state body; or have no subject, a non-finite
    clause the speaker controls ("to have set off ..."). And its subject must be armed forces,
    or the words must name a weapon (:func:`_weapon_word`: "warheads", "a hydrogen bomb"; not
    "nuclear talks"). Returns the subject (or the verb of a subjectless clause), else None: a
    statement type other than a report, claim or intent (:data:`_REPORTING_TYPES`), a speaker
    without a state, a speaker outside the state's government (the opposition, rebels:
    :func:`.context.against_the_state`; an analyst, a company: :data:`_OUTSIDE_SECTORS`), whose
    "the army" is not its own side, a speaker whose state is at civil war in the document
    (:func:`.ranker.divided_states`: its army acts on the state's other side), words naming a state other than the speaker's or a
    third-person pronoun (:data:`_THIRD_PERSON`)."""
    mine = speaker.country if speaker is not None else None
    if mine is None or statement_type not in _REPORTING_TYPES or not len(content):
        return None
    if speaker.sector in _OUTSIDE_SECTORS or against_the_state(speaker):
        return None  # the opposition's "the army had broken the truce": its state's, not its own
    if mine in divided_states(ctx):
        return None  # a civil war's government: its army acts on the state's other side
    weapon = False
    for tok in content:
        m = ctx.mentions.get(tok.i)
        if m is not None and m.actor.country not in (None, mine):
            return None  # another state is named: the rules decide
        if tok.lower_ in _THIRD_PERSON:
            return None
        weapon = weapon or _weapon_word(tok)
    verb = next(
        (
            t
            for t in content
            if t.pos_ in ("VERB", "AUX")
            and (t.head.i == t.i or not (content.start <= t.head.i < content.end))
        ),
        None,
    )
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        # "to have set off a hydrogen bomb": the speaker is the doer of a non-finite clause
        nonfinite = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        return verb if nonfinite and weapon else None
    forces = subject.lemma_.lower() in _armed_forces()
    mention = next((ctx.mentions[t.i] for t in _noun_core(subject) if t.i in ctx.mentions), None)
    if mention is not None:
        own = mention.actor.country == mine
        forces = forces or bool(_armed_forces() & {t.lemma_.lower() for t in mention.span})
    elif subject.lower_ == "it":
        own = speaker.kind in _STATE_KINDS
    else:
        own = (
            subject.lower_ == "we"
            or forces
            or subject.lemma_.lower() in context_words("state_noun")
        )
    return subject if own and (forces or weapon) else None


# the nouns a ``mass_destruction`` word makes a weapon ("a nuclear device", "a hydrogen bomb"), as
# :func:`.acts._weapon_system` reads them; "nuclear talks" and "a chemical plant" are none
_WMD_HEADS = frozenset(("bomb", "device", "weapon"))


def _weapon_word(tok: Token) -> bool:
    """Whether a word names a weapon: a ``weapon_system`` noun of ``speech_acts.csv`` ("warhead",
    "missile"), or a bomb, device or weapon called nuclear, atomic, hydrogen, chemical or
    biological (``mass_destruction``)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if "weapon_system" in act_words().token_classes(tok):
        return True
    return tok.lemma_.lower() in _WMD_HEADS and any(
        c.dep_ in ("amod", "compound") and "mass_destruction" in act_words().token_classes(c)
        for c in tok.children
    )


def _armed_forces() -> frozenset[str]:
    """The nouns of a state's armed forces: ``state_agent`` and ``military_unit`` of
    ``context_words.csv`` without the civil agents (:data:`_CIVIL_AGENTS`)."""
    return (context_words("state_agent") | context_words("military_unit")) - _CIVIL_AGENTS


def _noun_core(tok: Token) -> list[Token]:
    """A noun and the words of its own phrase (compounds, modifiers, possessors, appositions),
    not the prepositional phrases and clauses attached to it."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod", "det", "appos"):
            out += _noun_core(c)
    return out


def _names_a_bloc(tok: Token) -> bool:
    """Whether a word names a group of states by no state: the people of a world region
    (``region_people`` of ``context_words.csv``: "Europeans have a different approach") or a
    bloc noun after a bloc word (``bloc_head`` after ``bloc_word``: "world powers", "the
    international community", "Western media", "Western governments")."""
    if tok.lower_ in context_words("region_people"):
        return True
    return tok.lower_ in context_words("bloc_head") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in context_words("bloc_word")
        for c in tok.children
    )


_NAMING_ENTS = frozenset(("GPE", "LOC", "ORG", "NORP", "LAW", "EVENT", "FAC"))


def stateless_accord(ctx: DocContext, content: Span, speaker: Actor | None) -> Token | None:
    """An agreement that the statement's words name by a place or body that is no state ("the
    Paris climate accord", "the EU code of conduct"): a noun of class ``accord`` of
    ``context_words.csv`` (accord, agreement, treaty, pact, code, ...) whose words before it
    hold a name (a proper noun or a named entity) and no name that resolves to a state, when the
    words name no state other than the speaker's own. Returns the noun, else None. Such a
    statement is about a thing that is no party (STATEMENTS_GUIDE, target: ``target_country``
    null for a statement with no state target), not about the state the article is about; an
    agreement named by one of its states, the speaker's own too ("the Russian-American
    agreement", "the Iran nuclear deal", "the U.S.-Taliban agreement"), is not one."""

    def accord(tok: Token) -> bool:
        if tok.lower_ not in context_words("accord") or tok.pos_ != "NOUN":
            return False
        before = [t for t in tok.doc[tok.left_edge.i : tok.i] if t.pos_ != "DET"]
        named = [t for t in before if t.pos_ == "PROPN" or t.ent_type_ in _NAMING_ENTS]
        return bool(named) and not any(_names_a_state(ctx, t) for t in before)

    return _stateless_word(ctx, content, speaker, accord)


def accord_partner(ctx: DocContext, content: Span, speaker: Actor | None) -> ActorMention | None:
    """The other party of an agreement the statement's words name by its states, as the subject
    or object of a clause ("The Russian-American agreement ... was highly praised", said by the
    Kremlin; "the Iran-US deal" said by Washington): a noun of class ``accord`` of
    ``context_words.csv`` whose words before it name two or more states (a mention with a state,
    or a demonym or name the parser left without one, :func:`parley.extract.actors.country_in`
    on each part of a hyphened pair), returned as a mention of the first of them that is not the
    speaker's own state (STATEMENTS_GUIDE: the target is the party the statement is about; of
    several states the first named). None when the words name no such agreement."""
    mine = speaker.country if speaker is not None else None
    for tok in content:
        if tok.lower_ not in context_words("accord") or tok.pos_ != "NOUN":
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        states: list[tuple[str, Token]] = []
        for t in tok.doc[tok.left_edge.i : tok.i]:
            m = ctx.mentions.get(t.i)
            if m is not None:
                if m.actor.country is not None and m.actor.kind != "seat":
                    states.append((m.actor.country, t))
                continue
            if t.pos_ not in ("ADJ", "PROPN") and "-" not in t.text:
                continue
            states += [(a.country, t) for a in _word_states(t.text) if a.kind == "country"]
        codes = list(dict.fromkeys(c for c, _ in states))
        if len(codes) < 2:
            continue
        for code, t in states:
            state = tables().countries.get(code)
            if code != mine and state is not None:
                return ActorMention(tok.doc[t.i : t.i + 1], state)
    return None


def _names_a_state(ctx: DocContext, tok: Token) -> bool:
    """Whether a word before an agreement noun names one of its parties with a state: a mention
    of an actor with a state, or a part of a hyphened pair the parser left one token
    ("U.S.-Taliban": :func:`parley.extract.actors.country_in` on each part). A capital is the
    place an agreement was made ("the Minsk agreements"), not a party, and does not count."""
    m = ctx.mentions.get(tok.i)
    if m is not None and m.actor.country is not None and m.actor.kind != "seat":
        return True
    return "-" in tok.text and any(a.kind != "seat" for a in _word_states(tok.text))


def _word_states(text: str) -> list[Actor]:
    """The actors with a state that the parts of a word between its hyphens name, in order
    (:func:`parley.extract.actors.country_in` on each part: "U.S.-Taliban" → the United
    States; "Russian-American" → Russia, the United States; "Russian" → Russia)."""
    found = []
    for part in text.split("-"):
        actor = country_in(part, None) if part else None
        if actor is not None and actor.country is not None:
            found.append(actor)
    return found


def _in_subject(tok: Token) -> bool:
    """Whether a mention is the subject or a modifier of it ("Britain will ...", "the Russian
    foreign minister has said ...", "Britain's envoy said ..."): the actor, not what the
    statement is about."""
    subjects = ("nsubj", "nsubjpass")
    if tok.dep_ in subjects:
        return True
    return tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.dep_ in subjects


def _holds_feeling(tok: Token) -> bool:
    """Whether a mention is the holder of the feeling or attitude a speaker expresses: the
    possessor or modifier of a noun of :func:`.acts.expressed_feelings` that an expressing cue
    (``speech_acts.csv`` class ``expressing``: express, voice, convey, reiterate, reaffirm, ...)
    takes as its object ("expressed U.S. support for the talks", "reaffirmed America's
    commitment to the alliance", "voiced Britain's concern over the trial"). The state in that
    place is the speaker's side, the one who supports or worries, not the party the statement
    is about (STATEMENTS_GUIDE, target: "the party the statement is about or aimed at"); that
    party is in the feeling's object, or another state of the document. A state whose feeling
    someone else judges ("welcomed Russia's commitment to the ceasefire") is not one."""
    if tok.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    noun = tok.head
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in expressed_feelings()
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in class_words("expressing")
    )


_NON_STATE_SECTORS = (None, "opposition", "other", "media")
# sectors whose people speak for a state to other states: a minister's or an envoy's "the regime"
# is another state's government
_STATE_VOICES = ("government", "diplomatic")


def own_state_spoken_of(
    ctx: DocContext, content: Span, speaker: Actor | None
) -> ActorMention | None:
    """A person of a state speaking of an office or body of a state with no state named for it:
    the statement is about the speaker's own state. Two word classes of ``speech_acts.csv``:
    ``state_office`` ("the president", "the courts", "Congress", "the police"), another party
    than the speaker for any of its people, a minister or a senator too; and ``domestic_power``
    ("the government", "the regime", "the army"), which only a speaker outside his state's
    government speaks of as another party (rebels, the opposition, a dissident, a journalist; a
    minister's or a general's army is his own side), except its ``pejorative_power`` words ("the
    regime", "the junta"), which no government uses for itself: said by any person outside a
    government or its diplomacy (:data:`_STATE_VOICES`; an envoy's "the regime" is another
    state's), a commander of an armed group too. Returns a mention of that state (the office's
    words standing for it, :func:`_office_mention`, or the state the office's phrase
    names: "Argentina's Congress" said by an Argentine, :func:`_own_state_named`) or None; None
    for a state or a body speaking (it speaks of itself) and for an office whose phrase names
    another state ("the Turkish army", "the president of Iran")."""
    if speaker is None or speaker.country is None or not len(content):
        return None
    if speaker.kind not in ("person", "description"):
        return None  # a state speaks of itself; an organisation may report on any state
    said_by = " ".join(x for x in (speaker.name, speaker.role) if x)
    outside = speaker.sector in _NON_STATE_SECTORS or bool(AGAINST_THE_STATE.search(said_by))
    for k in range(content.start, content.end):
        if ctx.pos_of(k) not in (NOUN, PROPN):
            continue  # both kinds below are nouns: read by id, no Token for the other words
        tok = ctx.doc[k]
        word = tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN") and word in class_words("state_office"):
            # the title capitalised ("the President accepted") is often tagged a proper noun
            named = [ctx.mentions[t.i] for t in tok.subtree if t.i in ctx.mentions]
            if not _office_spoken_of(tok):
                continue
            if not named:
                return _office_mention(ctx, tok, speaker.country)
            own = _own_state_named(named, speaker.country)
            if own is not None:
                return own  # "Argentina's Congress" said by an Argentine
            # else "the president of Iran", "Turkey's courts": another state named for it
        elif (
            # a lower-case word the tagger calls a proper noun ("the junta") is a common noun
            (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower))
            and (
                outside
                or (speaker.sector not in _STATE_VOICES and word in class_words("pejorative_power"))
            )
            and word in class_words("domestic_power")
        ):
            # "the regime" is never a government's word for itself: a person of the state
            # outside its government (a commander of an armed group) speaks of another party
            named = [ctx.mentions[c.i] for c in tok.children if c.i in ctx.mentions]
            if not named:
                return _office_mention(ctx, tok, speaker.country)
            own = _own_state_named(named, speaker.country)
            if own is not None:
                return own  # "Russia's government" said by a Russian dissident
            # else "the Turkish army" said by a Syrian rebel: another state, named
    return None


def own_office_charged(
    ctx: DocContext, content: Span, speaker: Actor | None, statement_type: str | None
) -> ActorMention | None:
    """The speaker's own state, for a charge (``statement_type`` ACCUSE or DISPUTE) whose words
    make an office or body of that state (:func:`own_state_spoken_of`: "the president", "the
    administration") the doer of what they criticise, inside the subject of a clause ("this
    impulsive decision by the president has undone all the gains we've made", said by a senator
    of the president's own state): the charge is aimed at that office, not at another state the
    words go on to name ("Iran is licking their chops"). None when the words name no such
    office, name it outside a subject ("their responsibility is to their shareholders, not
    the government"), as the subject itself (:func:`_in_subject_phrase`), or only after the
    words' first sentence."""
    if statement_type not in CHARGING:
        return None
    if not len(content):
        return None
    # the words' opening sentence: a long answer's later sentences speak of other things
    first = ctx.doc[content.start : min(content.end, content[0].sent.end)]
    own = own_state_spoken_of(ctx, first, speaker)
    if own is None or not _in_subject_phrase(own.span.root):
        return None
    return own


# the prepositions that name the author of an account ("the report by TNO", "criticism from Kyiv")
_AUTHOR_PREPS = frozenset(("by", "from"))


def account_answered(
    ctx: DocContext, quote: Quote, content: Span, sent: Span, speaker: Actor | None
) -> ActorMention | None:
    """The author of another party's account or charge that the reporting sentence says the
    statement answers: a noun of ``answered_account`` (``context_words.csv``: report, findings,
    investigation, remarks, accusation, ...) outside the statement's words and the speaker's
    phrase, whose possessor, "by"/"from" phrase or modifier names an actor (a state as the
    modifier is what the account is about: "the Ukraine report") ("Asked to comment on
    TNO's preliminary findings, the army said ...", "A day after the Reuters investigation was
    published, it said ...", "rejected the British minister's remarks, saying ..."). The
    guide's target of a denial is its accuser, and a reply is aimed at whom it answers; a news
    agency that investigated counts too (it is the accuser here, not a source). None when the
    sentence names no such account or its author is the speaker's own side or of the speaker's
    own state (officials explaining their minister's remark speak with him, not against him)."""
    if not len(sent):
        return None
    lo_char, hi_char = quote.speaker_start, quote.speaker_end
    words = context_words("answered_account")
    for k in range(sent.start, sent.end):
        # the part of speech and lemma read by id: a Token only for an account noun
        if ctx.pos_of(k) != NOUN or ctx.lemma_lower(k) not in words:
            continue
        tok = ctx.doc[k]
        if len(content) and content.start <= tok.i < content.end:
            continue
        if lo_char is not None and lo_char <= tok.idx < (hi_char or 0):
            continue
        for a in _author_named(tok):
            m = ctx.mentions.get(a.i)
            if m is None or not names_party(m.actor) or _own_side_or_state(m.actor, speaker):
                continue  # a colleague's remark explained ("downplayed the minister's remark")
            if a.dep_ != "poss" and a.dep_ != "pobj" and m.actor.kind in ("country", "seat"):
                continue  # "the Ukraine country report", "the Iran inquiry": what it is about
            return m
    return None


def _own_side_or_state(actor: Actor, speaker: Actor | None) -> bool:
    """Whether ``actor`` is the speaker's own side (:func:`.context.same_side`) or of the
    speaker's own state: an account, act or question of theirs is no party the speaker answers
    (a colleague's remark explained, its own act recalled)."""
    return same_side(actor, speaker) or (
        speaker is not None and bool(speaker.country) and actor.country == speaker.country
    )


# the determiners that make a noun refer back to something already told ("the call", "this claim")
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
RECALL_SENTENCES = 6  # sentences before the statement's own searched for the act recalled


def _author_named(tok: Token) -> list[Token]:
    """The words that may name the author of an account noun: its possessor, modifier or
    "by"/"from" phrase ("TNO's findings", "the Kremlin statement", "the report by TNO")."""
    out = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod")]
    out += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return out


def _maker_of(ctx: DocContext, tok: Token) -> ActorMention | None:
    """The actor mention that made an earlier speech act ``tok``: a noun's author
    (:func:`_author_named`), else the subject of the verb a noun's prepositional phrase hangs
    on ("Trump, in a statement, announced ..."); a verb's subject, or the subject of the clause
    a participle without its own hangs on ("North Korea conducted a test, claiming ...")."""
    subj = None
    if tok.pos_ in ("NOUN", "PROPN"):
        for a in _author_named(tok):
            m = mention_in(ctx, a)
            if m is not None:
                return m
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            subj = subject_of(tok.head.head)[0]
    elif tok.pos_ == "VERB":
        subj = subject_of(tok)[0]
        if subj is None and tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.i != tok.i:
            subj = subject_of(tok.head)[0]
    return mention_in(ctx, subj) if subj is not None else None


def account_recalled(
    ctx: DocContext, quote: Quote, content: Span, sent: Span, speaker: Actor | None
) -> ActorMention | None:
    """The party that made the earlier speech act a statement recalls by a definite noun with no
    author of its own ("The call was quickly seconded" after "Macron called for G7 action";
    "the blast was too small to back up the claim" after "North Korea conducted a test,
    claiming ..."; "the statement was a surprise" after "Trump, in a statement, announced
    ..."): the guide's target of a reply or a support is whom it answers or backs. The noun is
    one of ``answered_account`` or ``recalled_act`` (``context_words.csv``) in the statement's
    words or its sentence (not the speaker's phrase), with "the", "this" or "that" and no
    possessor, modifier or "by"/"from" phrase; the act is the nearest earlier word of the
    same lemma (a noun, or a verb: "called", "claiming") within :data:`RECALL_SENTENCES`
    sentences before, whose maker (:func:`_maker_of`) is named; earlier words whose maker is
    unnamed ("the statement said") are passed over. None when no such noun, no maker, or the
    maker is the speaker's own side or of the speaker's own state (its own act recalled)."""
    if not len(sent):
        return None
    words = context_words("answered_account") | context_words("recalled_act")
    lo_char, hi_char = quote.speaker_start, quote.speaker_end
    noun = None
    for k in range(min(sent.start, content.start if len(content) else sent.start), sent.end):
        # the part of speech and lemma read by id: a Token only for a recalled-act noun
        if ctx.pos_of(k) != NOUN or ctx.lemma_lower(k) not in words:
            continue
        tok = ctx.doc[k]
        if lo_char is not None and lo_char <= tok.idx < (hi_char or 0):
            continue
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
            continue
        if any(ctx.mentions.get(a.i) is not None for a in _author_named(tok)):
            continue  # its author is named: :func:`account_answered` reads it
        noun = tok
        break
    if noun is None:
        return None
    lo = ctx.sentences_back(sent.start, RECALL_SENTENCES)
    lemma = noun.lemma_.lower()
    for k in range(noun.i - 1, lo - 1, -1):
        if ctx.lemma_lower(k) != lemma or ctx.pos_of(k) not in (NOUN, VERB):
            continue
        tok = ctx.doc[k]
        m = _maker_of(ctx, tok)
        if m is None or not names_party(m.actor):
            continue
        if _own_side_or_state(m.actor, speaker):
            return None
        return m
    return None


# the dependency labels under a participle "asked" that hold the question put ("asked whether
# ...", "asked to comment on ...", "asked about ...")
_QUESTION_DEPS = ("ccomp", "xcomp", "prep", "dobj")


def question_answered(
    ctx: DocContext, quote: Quote, content: Span, sent: Span, speaker: Actor | None
) -> ActorMention | None:
    """The party the question a statement answers is about, when the reporting sentence puts
    the question in a participle clause before or after the speaker ("Asked how Putin had
    responded, the spokeswoman said ...", "Asked whether he would talk sense into the North
    Korean leader, Trump replied ...", "When asked about Iran's offer, she said ..."): the
    first actor mention in the question (an adjectival demonym counts here: "the North Korean
    leader", "Chinese retaliation") that is not the speaker's own side or state, nor the asker
    ("asked by the BBC"). The guide's target of an answer is the party the answer is about;
    "ask" with no subject of its own, outside the statement's words and the speaker's phrase.
    None when the sentence has no such clause or its question names no other party."""
    if not len(sent):
        return None
    lo_char, hi_char = quote.speaker_start, quote.speaker_end
    for k in range(sent.start, sent.end):
        if ctx.lemma_lower(k) != "ask":  # read by id: a Token only for "ask"
            continue
        tok = ctx.doc[k]
        if tok.tag_ not in ("VBN", "VBD"):
            continue
        if tok.dep_ not in ("advcl", "ROOT"):
            continue
        if len(content) and content.start <= tok.i < content.end:
            continue
        if lo_char is not None and lo_char <= tok.idx < (hi_char or 0):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children):
            continue  # "he was asked", "a reporter asked": a clause of its own, no participle
        for c in tok.children:
            if c.dep_ not in _QUESTION_DEPS or (c.dep_ == "prep" and c.lower_ == "by"):
                continue
            for t in c.subtree:
                m = ctx.mentions.get(t.i)
                if m is None or not names_party(m.actor) or _own_side_or_state(m.actor, speaker):
                    continue
                return m
        return None
    return None


def _in_subject_phrase(tok: Token, depth: int = 8) -> bool:
    """Whether a token lies below the head noun of a clause's subject, through nouns and
    prepositions only, not through a verb ("this decision by the president", "the president's
    withdrawal"): the subject is an act or thing of the office, not the office itself ("the
    President has been very clear that ...", "the President responded swiftly": the office
    speaking or acting, the speaker's own side)."""
    offices = class_words("state_office") | class_words("domestic_power")
    while tok.lemma_.lower() not in offices and tok.dep_ in _AGENT_LABELS and tok.head.i != tok.i:
        tok = tok.head  # "the Obama administration", "the British government": the office word
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return False
    for _ in range(depth):
        if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok.pos_ == "NOUN"
    return False


def opposition_charge(
    ctx: DocContext, content: Span, speaker: Actor | None, statement_type: str | None
) -> ActorMention | None:
    """The speaker's own state, for a charge (``statement_type`` ACCUSE or DISPUTE) made by a
    speaker of its opposition (sector ``opposition``: "the Conservative shadow foreign
    secretary said the move would be 'profoundly wrong'") whose words name no party at all: the
    opposition's charge is aimed at its own government, not at the state the article is about.
    Returns the document's first mention of that state, else None."""
    if statement_type not in CHARGING or speaker is None or speaker.country is None:
        return None
    if speaker.sector != "opposition" or not len(content):
        return None
    if any(t.i in ctx.mentions for t in content):
        return None  # the words name a party: the rules aim at it
    return ctx.first_mention_of(speaker.country)


def _office_mention(ctx: DocContext, tok: Token, country: str) -> ActorMention | None:
    """The office's own words (``tok`` and the words before it in its phrase: "the president",
    "the courts") standing for the state ``country`` (its row of the actor tables): the target is
    the state, its mention the office, not the document's first mention of the state, which is
    often the speaker himself ("Trump said the court's decision was too bad": a target "Donald
    Trump" for Donald Trump). The document's first mention of the state when the tables have no
    row for it."""
    state = tables().countries.get(country)
    if state is None:
        return ctx.first_mention_of(country)
    return ActorMention(ctx.doc[tok.left_edge.i : tok.i + 1], state)


def _own_state_named(named: list[ActorMention], country: str) -> ActorMention | None:
    """The mention of the speaker's state ``country`` among the mentions ``named`` in an office's
    phrase ("Argentina's Congress", "Brazil's Supreme Court"), when they name that state and no
    other; None otherwise. The possessor decides the office's state, so the speaker's own office
    named by its state is spoken of as another party as much as "the president" is."""
    if any(m.actor.country != country for m in named):
        return None
    return next((m for m in named if m.actor.kind == "country"), named[0])


# determiners by which a speaker names his own office ("this administration", "our courts"): the
# speaker's side acting, not a party spoken of (a closed class of English grammar)
_OWN_DETERMINERS = frozenset(("this", "my", "our"))


def _office_spoken_of(tok: Token) -> bool:
    """Whether an office noun of :func:`own_state_spoken_of` names a party the statement speaks
    of: not a modifier of another noun ("police special forces", "administration officials"),
    not a role held ("I am the president", "his second term as president"), not the speaker's
    own ("this administration", "our courts")."""
    if tok.dep_ in ("compound", "nmod", "amod", "attr") or (
        tok.dep_ == "pobj" and tok.head.lower_ == "as"
    ):
        return False
    return not any(c.dep_ in ("det", "poss") and c.lower_ in _OWN_DETERMINERS for c in tok.children)
