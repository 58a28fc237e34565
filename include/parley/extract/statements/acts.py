"""Speech acts read from the clause: whose voice, which modality, negation, tense and condition,
over word *classes* (``data/statements/speech_acts.csv``) rather than single trigger words.

Each clause of a quotation is read once: its verb, its modals, whether it is negated, past or
under an "if"/"unless" condition, and whose voice its subject has (:func:`~.context.side_of`:
the speaker's side, another named party, an unnamed third party, or nobody). The label then
follows the definitions of ``../shared/eval/STATEMENTS_GUIDE.md``:

* the speaker's side and a future or intended act → INTENT ("we will send", "it will remove
  them", "is going to"); a punitive act or a condition → THREATEN, also when the punitive act
  hangs on the object ("seeking ways to retaliate"); "will not tolerate" → THREATEN; "will not
  accept" → REJECT;
* a deontic modal ("should", "must", "need to", "has to") on another party's act, an "it is
  essential that ...", or the speaker wanting another party to act → APPEAL; the same modal
  on "we"/"I" and an act ("we must rebuild") binds the speaker's side → INTENT;
* another party doing a wrongful act (``wrongful_verb``; also a past one put forward as
  possible: "may have misused his office"), or its act's object naming one
  ("kept up attacks"), or a predicate charging one ("is a violation"), or a disapproving verb
  with "for" + what its object did ("condemned Iran for arming the rebels") → ACCUSE;
* the speaker's side denying a wrongful or hostile act ("we don't target journalists", "our
  jets did not strike the market"), calling a report untrue ("the report is false", "no evidence"),
  or a reported wrongful act said not to have happened ("there was no attack on the convoy",
  "the incident never took place") → DENY;
* a negative evaluation as predicate ("is unjustified", "a reckless idea") → DISPUTE; a positive
  one, or the speaker's side welcoming/praising → SUPPORT; a negated verb of opinion turns
  the judgement below it over ("I do not think it is right" → DISPUTE);
* possible harm for others ("could hit exports", "can harm the talks", "is likely to worsen"),
  a condition with a bad outcome, or the speaker fearing one → WARN (concern about something
  that happens, "concerned about the arrests", disapproves → DISPUTE); the speaker's side
  admitting a mistake → CONCEDE; refusing to comment → DECLINE_COMMENT;
* the speaker's side's possible punitive act ("we may revoke their licences") → THREATEN; a
  deontic passive ("military activity should be reduced") → APPEAL, unless it judges ("should
  be judged by results"); the speaker's side disappointed or dismayed → DISPUTE;
* a naming cue takes the act of its complement (:func:`naming_act`: "called it an act of
  aggression" → ACCUSE, "described the plan as reckless" → DISPUTE, "called the charges
  absurd" → DENY); an allegation judged negatively ("the accusations are absurd") → DENY;
* an announcing cue whose object is a measure ("announced plans to pull out", "unveiled new
  sanctions": :func:`announced_measure`) → INTENT; the speaker's side disposed to act ("we
  are open to talks", "committed to rebuilding") → INTENT, and an offer of support ("ready
  to support") stays an offer;
* another named party's conduct described through a wrongful act or quality further down
  its clause ("runs operations including kidnappings") → ACCUSE, unless the clause acts
  against the wrong ("fights terrorism": ``countering`` words of speech_acts.csv);
* bad consequences foreseen by anyone but the speaker's side acting ("a trade war would hurt
  everyone", "any invasion would be a catastrophe"), or an act risking harm ("risks plunging
  the region into chaos") → WARN; what the target will suffer ("will pay dearly", "will be met
  with a crushing response") → THREATEN;
* force used on persons or objects protected in armed conflict (``protected`` class, from the
  Geneva Conventions: "executed civilians", "shelled a hospital") by another party → ACCUSE,
  not in an indirect question ("unclear why the tank fired");
* a negative quantifier over the speaker's side ("none of its fighters were involved", "at no
  point did its troops enter") → DENY; the speaker's side ignoring or not honouring a ruling,
  demand or proposal ("will ignore the ruling") → REJECT; hoping a named party will act
  ("we hope Iran will return to the table") → APPEAL;
* the speaker's side owning a fault ("bore responsibility", "failed to protect them", "could
  have done more") → CONCEDE; another party's coming regret or punishment ("will regret its
  actions", "will not go unpunished", "will be answered with force") → THREATEN; "there will
  be no talks", refusing to take part in talks or proceedings → REJECT; being against a
  thing or lodging a protest → DISPUTE; "no Russian troops are in Ukraine" from Moscow → DENY;
  an imperative opening a direct quote ("Stop the bombing") or "it is time for X to" →
  APPEAL; people used as a weapon or shield by another party → ACCUSE;
* force used on the speaker's own side ("killing our people") or munitions on protected
  objects ("opened fire on worshippers") → ACCUSE; "mistakes were made" → CONCEDE; "our
  response will be swift", "they will face the consequences", "we reserve the right to
  respond" → THREATEN; "there are no Russian soldiers in Ukraine" from Moscow → DENY; "on the
  brink of war" → WARN; the speaker's side asking a party to act ("I appeal to the Taliban
  to reopen the schools") → APPEAL; standing by a party or thanking it → SUPPORT; "has no
  jurisdiction over" → REJECT; another party "has no right to" act, "makes no sense" →
  DISPUTE;
* a word of legitimacy negated ("can no longer be justified", "is not legitimate") → DISPUTE;
  a wrong or the blame for one owned by another named party ("violations by the regime",
  "Moscow's responsibility for the attack") → ACCUSE; an expressing cue takes the act its
  object names (:func:`expressed_act`: "expressed regret over the decision" → DISPUTE, "over
  the incident" → CONCEDE, "expressed support" → SUPPORT); a measure of the speaker's side
  taken, in the perfect ("it has suspended all flights", "had set up a committee"), the simple
  past of a coercive measure ("expelled two diplomats") or under
  way in the progressive ("it is blacklisting two entities") → INTENT;
* the speaker's side "in favour of" a thing (:func:`_in_favour`) → SUPPORT, negated → DISPUTE;
  the speaker's side not convinced or persuaded of a view (:func:`_unpersuaded`) → DISPUTE;
* a bare means negated ("violence is not the answer", "not the way forward":
  :func:`_not_the_remedy`) → DISPUTE;
* "should have" + a past participle (:func:`in_hindsight`) asks nothing: another party's
  past conduct criticised ("Moscow should have informed us") → DISPUTE, the speaker's side's
  own ("we should have acted sooner") → CONCEDE; "must have known" guesses (no APPEAL);
* a good word on a predicate noun of an act or thing put forward (:func:`_judged_good`: "it is a
  good deal", "a step in the right direction") → SUPPORT, negated ("not a good idea") → DISPUTE;
* a good word praises only a party or what it did or put forward (:func:`_endorsable`; "China's
  prospects are good" praises no one), and not an act still to come (:func:`judges_act_to_come`:
  "ready to take positive steps" offers); a disposition to a punitive act ("prepared to veto
  any bid": :func:`punitive_prospect`) → THREATEN; a conditioned act of the speaker's side
  against no one ("if they agree, we will sign") → INTENT, against a party (a measure imposed
  on it, a listed coercive measure, force: "if the bill passes we will impose taxes on their
  goods", "would downgrade relations if ...", "would launch an offensive unless ...") →
  THREATEN, an easing ("would lift the sanctions if ...") → INTENT; "nobody wins a trade war"
  → WARN, a harm the verb ends or eases ("the deal would end the war") warns of nothing; a deontic on what the speaker's side
  is owed ("the US must be compensated") or on another branch of its state ("Congress should
  act") → APPEAL; a coordinated verb shares its first verb's modal ("would breach ... and put
  ... at risk");
* another party breaking a law, rule, pledge or truce ("Russia broke the ceasefire": the
  ``breaking`` verbs and ``binding`` nouns of speech_acts.csv) → ACCUSE;
* the speaker's side "too slow", "too late" (``shortfall`` words with "too") → CONCEDE, another
  party's or a thing's ("the rules are too lax", "far too little attention was paid") → DISPUTE,
  as is a duty done "not properly" or "not adequately" by another;
* a peril posed ("poses a grave threat to the region": :func:`_menace_posed`) → WARN, none
  posed by the speaker's side ("our drills pose no threat to anyone") → DENY;
* a thing or event threatening or endangering something, in the present or its reported past
  ("the dispute threatens regional stability") → WARN; a duty put on another party with an
  act to do (:func:`duty_holder`: "Moscow has a responsibility to stop the violence", "it is
  Iran's duty to cooperate") → APPEAL, and so is "had to" on another party in reported speech
  after a past cue (:func:`backshifted_must`: "said Russia had to withdraw");
* nothing else found: a casualty claim, a counted military result or ground held ("destroyed
  12 tanks", "controls most of the city"), a weapon system held, moved or tested ("has
  deployed a missile system", "has miniaturized nuclear warheads"), a legal position ("Crimea is Russian
  territory"), a finding put forward ("images show two batteries"), a judged likelihood ("is
  likely to be lifted"), a belief reported in the passive ("is seen as a hard-liner"), a
  quality compared ("more effective than the ban"), a state still holding or ended ("the
  truce was over"), a view put forward with its content ("we maintain our view that ..."), a
  cause argued ("it crashed due to a malfunction"), a consequence foretold
  of a thing or another party ("the proposal would mean a 35% hike"), or anything an analyst
  or economist says → CLAIM.

The clause after a contrast ("but", "however") wins, then the label's priority. Cost: one pass over
the quote's tokens; every look at the parse is bounded (children, at most four heads up, at
most 50 tokens of a subtree), so the layer stays linear on pathological input.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from parley.datafiles import rows
from parley.extract.actors import lookup_demonym, written_as_abbreviation
from parley.extract.lexicon import cues, title_kind
from parley.extract.quotes.speakers import head_class
from parley.extract.statements.context import (
    FIRST_PERSON,
    FIRST_PERSON_PLURAL,
    Match,
    first_person,
    mention_in,
    same_side,
    side_of,
)
from parley.extract.statements.lexicon import act_words, class_words, context_words
from parley.extract.statements.rules import rules
from parley.extract.syntax import (
    clause_verb,
    conj_head,
    cue_token,
    denied_by_no,
    is_cue_verb,
    negated,
    subject_of,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Span, Token

    from parley.extract.actors import Actor
    from parley.extract.quotes import Quote
    from parley.extract.statements.context import DocContext

# "our support", "his full support": the speaker's own (reported) support
POSSESSIVES = {"our", "my", "his", "her", "its", "their"}
FUTURE = {"will", "shall", "'ll", "\u2019ll", "wo", "would"}  # typewriter and typeset "'ll"
POSSIBLE = {"could", "may", "might"}
DEONTIC = {"should", "must", "ought"}
# the modal auxiliaries; Clause.modals holds every auxiliary ("was", "have", "been" too), so an
# asserted clause is one with none of these, not one with no auxiliary
MODALS = FUTURE | POSSIBLE | DEONTIC | {"can", "ca"}
CONDITION = {"if", "unless"}
STATE_VERBS = {"be", "have", "seem", "remain", "become", "appear", "exist", "mean", "need"}
# the mark :func:`clause_of` adds to the modals of "need to": an obligation only, never the
# "must" of an inference, so that a state it asks for is asked ("Iran needs to be transparent")
NEED_TO = "need to"
# word classes of speech_acts.csv the clause rules read through class_words() (each row gives
# its source): ``intending``, ``not_tolerate``, ``not_accept`` ("will not accept / negotiate /
# bow to / recognise / ratify": refusing a proposal, demand, result or what another party put
# forward, STATEMENTS_GUIDE: REJECT "rejects a proposal, demand, ruling"), ``deliberating``,
# ``wanting``, ``disapproving``, ``necessary``, ``mental``, ``regretted``, ``afraid``,
# ``weak_punitive``, ``expressing``, ``judged``, ``plans``
CONTRAST = {"but", "however", "yet", "though", "although"}
# the order in which labels win when several clauses match (the last wins)
PRIORITY = (
    "STATEMENT",
    "CLAIM",
    "CONCEDE",
    "INTENT",
    "SUPPORT",
    "DISPUTE",
    "WARN",
    "APPEAL",
    "ACCUSE",
    "THREATEN",
    "REJECT",
    "DENY",
    "DECLINE_COMMENT",
)
ACT_CONFIDENCE = 0.6
# the words _predicate_acts reads outside a predicate position
PREDICATIVE = {"acomp", "attr", "oprd", "ROOT", "ccomp", "conj"}
SUBTREE_LIMIT = 50


_MEASURE_ARGS = {"dobj", "nsubjpass", "attr", "xcomp", "acl", "relcl", "compound", "amod", "conj"}
_MEASURE_ARGS |= {"pobj", "prep", "prt"}


def measure_words(tok: Token, depth: int = 4) -> set[str]:
    """The lemmas and forms of the words that name a measure: ``tok`` and, ``depth`` levels
    down, its objects, the verbs that spell them out and the nouns that narrow them
    (``_MEASURE_ARGS``). A "to"/"against"/"in" phrase names whom the measure is aimed at, not
    what it is ("ban investment in Russia", "tariffs on American goods"), so prepositions other
    than "of" and "on" ("freeze on aid") are left out."""
    words = {tok.lemma_.lower(), tok.lower_}
    if depth == 0:
        return words
    for c in tok.children:
        if c.dep_ not in _MEASURE_ARGS:
            continue
        if c.dep_ == "prep" and c.lower_ not in ("of", "on"):
            continue
        words |= measure_words(c, depth - 1)
    return words


def listed_measure(tok: Token) -> str | None:
    """The measure ``tok`` and its arguments (:func:`measure_words`) name, looked up in
    ``coercive_measures.csv`` (CAMEO 1.1b3 16/17: sanctions, expulsions, visa bans, cutting
    aid…): the CAMEO code of the first row whose word, and one of its ``with`` words where it has
    any, is among them; ``""`` for an easing row ("lift the sanctions", "cut tariffs"); ``None``
    when no row matches. A listed measure is an announced, decided one, which the guide types
    INTENT ("will impose sanctions" when announced as decided, not conditional), not a threat."""
    words = measure_words(tok)
    for word, with_words, code in rules().coercive:
        if word in words and (not with_words or with_words & words):
            return code
    return None


def has_class(tok: Token, cls: str) -> bool:
    """Whether the token's lemma or form is in a word class of ``speech_acts.csv``
    (:meth:`~.lexicon.ActWords.token_classes`). "Lie" is a wrongful verb only in its sense of
    deceiving: "lies ahead", "the problem lies in ..." locate a thing (:func:`_lies_somewhere`);
    "shelter", "harbour" only with an object ("sheltered militants", not "people sheltered
    inside"); "right" as a noun is no praise ("human rights"), "conflict" as a verb no harm
    ("could conflict with domestic pressures")."""
    if cls not in act_words().token_classes(tok):
        return False
    if cls == "pos_eval" and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() == "right":
        return False  # "human rights", "the right to defend itself": no praise ("the right step")
    if cls == "harm" and tok.pos_ == "VERB" and tok.lemma_.lower() == "conflict":
        return False  # "could conflict with domestic pressures": at odds, no armed conflict
    if cls != "wrongful_verb":
        return True
    lemma = tok.lemma_.lower()
    if lemma in _WRONG_ONLY_WITH_OBJECT:
        # "sheltered militants" harbours them; "people sheltered inside" took shelter
        return any(c.dep_ == "dobj" for c in tok.children)
    return not (lemma == "lie" and _lies_somewhere(tok))


# wrongful verbs whose intransitive sense is harmless ("people sheltered in the metro")
_WRONG_ONLY_WITH_OBJECT = frozenset({"shelter", "harbour", "harbor"})


def _a_weapon(subj: Token | None) -> bool:
    """Whether a clause's subject is a weapon or munition (``weapon_system``, ``munitions``
    words of speech_acts.csv: "missiles", "the drones"), no party of its own."""
    return subj is not None and (has_class(subj, "weapon_system") or has_class(subj, "munitions"))


# what "lie" takes when it locates a thing ("lies ahead", "lies in the lack of trust")
_LOCATING_ADVERBS = frozenset({"ahead", "behind", "there", "here", "low", "dormant", "idle"})
_LOCATING_PREPS = frozenset({"in", "within", "at", "on", "beyond", "between", "behind", "ahead"})


def _lies_somewhere(tok: Token) -> bool:
    """Whether the verb "lie" locates its subject ("much work lies ahead", "the problem lies in
    the lack of trust", "the town lies on the border"): an adverb or preposition of place
    (``_LOCATING_ADVERBS``, ``_LOCATING_PREPS``) depends on it. "Lied about the attack",
    "lied to us", "they are lying" deceive; "the responsibility lies with Moscow" puts the
    blame on a party and is left to the caller."""
    return tok.pos_ in ("VERB", "AUX") and any(
        (c.dep_ == "advmod" and c.lower_ in _LOCATING_ADVERBS)
        or (c.dep_ == "prep" and c.lower_ in _LOCATING_PREPS)
        for c in tok.children
    )


@dataclass(frozen=True)
class Clause:
    """What the acts need about the clause a token belongs to."""

    verb: Token
    modals: frozenset[str]
    negated: bool
    past: bool
    conditioned: bool  # the clause carries an if/unless condition
    in_condition: bool  # the clause *is* the condition
    # the verb's dependents, read once: each pass over ``Token.children`` makes new Tokens
    children: tuple[Token, ...] = ()


# verbs of aspect whose infinitive carries the clause ("will continue to be", "will keep on")
ASPECTUAL = frozenset({"continue", "keep", "remain", "stay"})


def _planned_by(be: Token, aux: list[Token]) -> bool:
    """Whether "be" + "to" + infinitive fixes a plan for its subject: "he is to send a bill",
    "our aim is to ...", and in the past only as reported speech of a person or body ("said the
    government was to introduce new rules"). Not as a condition ("if we are to take action"),
    nor with a judgement or forecast on "be" ("it was impossible to ...", "he was on course
    to ..."), nor a past aim or reaction told ("my reaction was to celebrate")."""
    if not any(c.lower_ == "to" for c in aux):
        return False
    kids = list(be.children)
    if any(c.dep_ in ("acomp", "attr", "prep", "mark") for c in kids):
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj" and c.lower_ not in ("this", "that", "there")]
    if be.tag_ in ("VBZ", "VBP"):
        return any(
            c.pos_ in ("PRON", "PROPN") or (c.pos_ == "NOUN" and _own_aim(c)) for c in subjects
        )
    return (
        be.tag_ == "VBD"
        and be.dep_ == "ccomp"
        and any(
            c.pos_ in ("PRON", "PROPN")
            or (c.pos_ == "NOUN" and head_class(c.lemma_.lower()) == "body")
            for c in subjects
        )
    )


def _own_aim(noun: Token) -> bool:
    """Whether a noun subject of "is to" may fix a plan of the speaker's side: it has no owner
    or the speaker's own ("the government is to ...", "our aim is to ..."; whose side an
    unowned noun is, the side rules decide: "the problem is to ..." is no one's); not another's
    aim, which charges an intent ("their plan is to starve ...", "Russia's goal is to annex
    ...": the charge rules read it), nor what is asked of another ("our call on Iran is to
    halt ...", "my advice to Israel is to ...": an ``urging_noun`` of speech_acts.csv)."""
    if noun.lemma_.lower() in class_words("urging_noun"):
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return all(o.lower_ in ("our", "my") for o in owners)


# what "has to" / "has got to" says of a mind, not an act asked ("one has to remember", "Iran
# has got to know ...", "you have to hand it to them"); general English usage
_MIND_VERBS = frozenset(("remember", "know", "realise", "realize", "understand", "hand", "wonder"))
# verbs that are an act asked of a named party ("Veloria has to say clearly ...", "Europe has to
# think about its own defence") but a habit of mind said of anyone ("one has to say ...")
_GENERIC_MIND_VERBS = frozenset(("say", "see", "think"))


def _present_have_to(verb: Token, head: Token, aux: list[Token]) -> bool:
    """Whether the infinitive ``verb`` (its auxiliaries ``aux``) hangs on a present "have to" or
    "have got to" (``head``): "Iran has to stop", "they have to leave", "Brazil has got to
    rethink its position", "they've got to stop" ("have got to" is the present "have to" of
    spoken English). Not "had to" or "had got to" (past) nor "would have to" (a consequence
    foreseen), nor "will have to", in news a necessity foreseen more often than an ask ("the
    combined company will have to shed jobs", "calculators will have to wait")."""
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in aux):
        return False
    if head.lemma_ == "have":
        return head.tag_ in ("VBZ", "VBP")
    return (
        head.lemma_ == "get"
        and head.tag_ == "VBN"
        and any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
            for c in head.children
        )
    )


def _asks_a_state(lemma: str, modals: frozenset[str]) -> bool:
    """Whether a deontic on a verb of state (:data:`STATE_VERBS`) asks for that state rather than
    infers it: "need to" never infers ("Iran needs to be transparent"), nor does "must" or
    "has to" with "become" ("the United States must become more competitive"), where "must
    be" may ("it must be a mistake") and "should become" may foresee ("it should become
    clear")."""
    return NEED_TO in modals or (lemma == "become" and "must" in modals)


def _generic_obligation(verb: Token, have: Token) -> bool:
    """Whether "has to" / "has got to" (``have`` its verb, ``verb`` the infinitive) binds no
    party: the generic "one" ("one has to remember", "one has got to be careful"), a verb of the
    mind or an idiom (:data:`_MIND_VERBS`: "Iran has got to know the inspectors are coming",
    "you have to hand it to them") or, said of "one" or "you", a verb of
    :data:`_GENERIC_MIND_VERBS` ("you have to say it was brave"). "You have to stop the
    shelling", told to the rebels, asks them."""
    subjects = {c.lower_ for c in have.children if c.dep_ in ("nsubj", "nsubjpass")}
    lemma = verb.lemma_.lower()
    if "one" in subjects or lemma in _MIND_VERBS:
        return True
    return lemma in _GENERIC_MIND_VERBS and bool(subjects & {"one", "you"})


def clause_of(tok: Token) -> Clause:
    """The clause of ``tok``: its verb (:func:`~parley.extract.syntax.clause_verb`), modals
    ("need to", "has to", "has got to", "is required to" count as "must"), negation, tense, and conditions (four heads up at most)."""
    verb = clause_verb(tok)
    kids = list(verb.children)  # read once: each pass over ``children`` makes new Tokens
    aux = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    if not aux and _shares_head_auxiliaries(verb):
        # "would breach the resolutions and put the economy at risk": the second verb is
        # under the first one's "would"
        aux = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    modals = {a.lower_.replace("’", "'") for a in aux}
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in ASPECTUAL:
        # "it will continue to be an irritant": the aspect verb's modal is the clause's
        modals |= {
            a.lower_.replace("’", "'") for a in head.children if a.dep_ in ("aux", "auxpass")
        } - {"to"}
    need_to = verb.dep_ == "xcomp" and head.lemma_ == "need" and any(c.lower_ == "to" for c in aux)
    if need_to or (_present_have_to(verb, head, aux) and not _generic_obligation(verb, head)):
        modals.add("must")  # "Iran needs to stop", "Iran has to stop", "Iran has got to stop"
    if need_to:
        modals.add(NEED_TO)  # never the "must" of an inference ("it must be a mistake")
    if _ought_head(verb):
        # "Washington ought to cut its deficit": the parser's head "ought", read as "should" is
        # (a forecast on a thing: "the weather ought to improve")
        modals.add("should")
    if (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in class_words("obliging")
        and head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in head.children)
        and any(c.lower_ == "to" for c in aux)
    ):
        # "all people are required to obey", "Iran is obliged to release them": a present
        # obligation put on the subject counts as "must"; not "were required to" (past)
        modals.add("must")
    if (
        verb.dep_ == "xcomp"
        and head.lemma_ == "go"
        and head.tag_ == "VBG"
        and any(c.lower_ == "to" for c in aux)
        and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in head.children)
    ):
        modals.add("will")  # "it is going to lead to chaos" (not "was going to": past)
    if verb.dep_ == "xcomp" and head.lemma_ == "be" and _planned_by(head, aux):
        # "he is to send a bill to Congress", "our aim is to avoid disruption", reported "the
        # government was to introduce new rules": a plan fixed for the subject, the future
        # (whose side it is decides whether it is an intention)
        modals.add("will")
    neg = (
        any(c.dep_ == "neg" or c.lower_ == "never" for c in kids)
        or negated(tok)
        or _negative_phrase(verb, kids)
    )
    # "can no longer be justified": the parser hangs "no" on "longer"
    neg = neg or any(
        c.dep_ == "advmod"
        and c.lower_ in ("longer", "more")
        and any(n.dep_ == "neg" for n in c.children)
        for c in kids
    )
    past = verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in aux)
    if verb.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG":
        # "the valley was going to be flooded": a prospect told in the past
        past = past or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children)
    past = past and not modals & (FUTURE | POSSIBLE | DEONTIC)
    conditioned = False
    t, t_kids = verb, kids
    for _ in range(4):
        if any(
            c.dep_ == "advcl"
            and (
                any(m.dep_ == "mark" and m.lower_ in CONDITION for m in c.children)
                or inverted_condition(c)
            )
            for c in t_kids
        ):
            conditioned = True
            break
        if t.dep_ == "ROOT" or t.head == t:
            break
        t = t.head
        t_kids = t.children
    in_condition = any(c.dep_ == "mark" and c.lower_ in CONDITION for c in kids)
    if inverted_condition(verb, kids):
        in_condition = True  # "Should Britain decide to act, ...": "if Britain decides"
        modals.discard("should")
    return Clause(verb, frozenset(modals), neg, past, conditioned, in_condition, tuple(kids))


def inverted_condition(verb: Token, kids: list[Token] | None = None) -> bool:
    """Whether ``verb`` heads a condition written by inversion, "should" or "had" before a
    subject of its ("Should Britain decide to act, it would ...", "Had they known, ..."): the
    same as an "if" clause, and its "should" asks nothing. An adverbial clause, or a clause the
    parser hangs on the reporting verb as its complement ("Should Iran refuse, the sanctions
    would be tightened, the minister said") when "should" opens it and it is no question (its
    sentence does not end in "?")."""
    if verb.dep_ not in ("advcl", "ccomp"):
        return False
    kids = list(verb.children) if kids is None else kids
    modals = [c.i for c in kids if c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "had")]
    if not modals or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > min(modals) for c in kids):
        return False
    if verb.dep_ == "advcl":
        return True
    # a complement: the modal opens it ("Should Iran refuse, ..."); after a word of negation or
    # restriction it is no condition ("Under no circumstances should Iran ...", "Only then
    # should the sanctions be lifted", "Nor should Israel ...")
    return min(modals) == verb.left_edge.i and not verb.sent.text.rstrip().endswith("?")


def _ought_head(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of an "ought to" the parser made its head ("Veloria
    ought to cut its deficit": "cut" the xcomp of "ought")."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lower_ == "ought"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def perfect_modal(verb: Token) -> str | None:
    """The modal of a clause on a past act ("should have acted sooner", "should not have shot
    down the jet", "must have known", "ought not to have fired"): "should", "ought" or "must"
    when the clause verb ``verb`` is a past participle under that modal and "have" (or the
    infinitive of an "ought to" the parser made its head), else None. Such a clause asks
    nothing of anyone (no APPEAL, no commitment)."""
    aux = {c.lower_.replace("’", "'") for c in verb.children if c.dep_ == "aux"}
    if verb.tag_ != "VBN" or "have" not in aux:
        return None
    if _ought_head(verb):
        return "ought"
    return next((m for m in ("should", "ought", "must") if m in aux), None)


def inferred_progressive(verb: Token) -> bool:
    """A deontic modal on a progressive ("they must be calculating whether to stay", "he
    should be arriving by now"): an inference about what is going on, not a demand, so the
    clause asks nothing of anyone (no APPEAL)."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBG" and "be" in aux and bool(aux & {"must", "should", "ought"})


# the objects of "by" that make "should have" + a past participle an expectation of a time
# ("should have arrived by now", "should have finished by next week"), not a judgement of the past
_EXPECTED_BY = frozenset({"now", "then", "tomorrow", "next"})


def _past_possibility(verb: Token) -> bool:
    """A possibility modal on a past act ("his timing could not have been worse", "it might
    have caused a war"): the past participle under "could", "might" or "may" and "have". It
    judges or guesses what was, and warns of nothing to come (STATEMENTS_GUIDE: WARN, bad
    consequences ahead)."""
    if verb.tag_ != "VBN":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return "have" in aux and bool(aux & POSSIBLE)


def in_hindsight(verb: Token) -> bool:
    """A deontic on a past act (:func:`perfect_modal` "should" or "ought"): it judges what was
    done or left undone (STATEMENTS_GUIDE: DISPUTE "criticism", CONCEDE when the speaker's side
    owns it); "must have known" guesses (epistemic) and judges nothing, nor does an expectation
    of a time ("the convoy should have arrived by now", "we should have finished the review by
    next week": a "by" phrase of :data:`_EXPECTED_BY`)."""
    if perfect_modal(verb) not in ("should", "ought"):
        return False
    return not any(
        p.dep_ in ("prep", "agent")  # "should have been published by now": "by" as agent
        and p.lower_ == "by"
        and any(g.lower_ in _EXPECTED_BY for g in p.subtree if g.i != p.i)
        for p in verb.children
    )


def _shares_head_auxiliaries(verb: Token) -> bool:
    """A verb coordinated with another ("conj") that has no subject and no auxiliary of its own
    shares the first verb's auxiliaries ("will impose sanctions and expel diplomats", "would
    breach the resolutions and put the economy at risk"); with its own subject it is a clause
    of its own ("we will talk and they listened")."""
    return (
        verb.dep_ == "conj"
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def backshifted_must(q: Quote, verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of a past "had to" in indirect speech after a cue in
    the past ("Paris said Moscow had to withdraw"): the reported "has to" shifted back a tense
    (the sequence of tenses of English reported speech), an obligation still in force, not a
    past one ("we had to retreat" in a direct quote tells what happened). False for "would
    have to" (a consequence foreseen) and for a present cue ("says Moscow had to")."""
    if q.kind != "indirect" or verb.dep_ != "xcomp":
        return False
    head = verb.head
    if head.lemma_ != "have" or head.tag_ != "VBD":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    cue = cue_token(verb.doc, q.cue_start, q.cue_end)
    return cue is not None and cue.tag_ == "VBD"


# verbs of knowing: "too little is known about the virus" tells of knowledge, it judges no one
# (general English usage)
_KNOWING = frozenset(("know", "understand"))
# adverbs of a duty done right: negated ("not properly addressed") they judge how another party
# did it; a closed class of English
_ADEQUATELY = frozenset(("properly", "adequately", "sufficiently", "appropriately"))
# verbs through which a first person owns the clause it takes ("we accept that the inspections
# were too slow"); "I think the rules are too lax" judges others (general English usage)
_OWNING_VERBS = frozenset(("accept", "admit", "acknowledge", "concede", "agree", "recognise"))
# the modals of ability: "could not be properly assessed" tells what could not be done
_ABLE = frozenset(("can", "ca", "could"))


def _task_praised(verb: Token) -> Token | None:
    """The word praising the task done when ``verb`` is 'do' with a task for its object
    (``job_task`` of speech_acts.csv: 'job', 'work') that a ``job_praise`` word modifies ("has
    done a wonderful job", "did great work", "is doing a very good job"); None otherwise ("did
    the job", "a job well done"), in a question, and for the job of a wrong ("did a great job
    of covering up the virus": irony)."""
    if verb.lemma_.lower() != "do":
        return None
    if verb.sent.text.rstrip().endswith("?"):
        return None  # "Did the army do a good job?": asked, not said
    for obj in verb.children:
        if obj.dep_ == "dobj" and has_class(obj, "job_task"):
            if any(
                has_class(t, "wrongful_verb") or has_class(t, "hostile")
                for p in obj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for t in p.subtree
            ):
                return None  # "did a great job of covering up the virus": irony, a wrong done
            return next(
                (m for m in obj.children if m.dep_ == "amod" and has_class(m, "job_praise")), None
            )
    return None


# what one will not stand for when one will not tolerate it ("we will not stand for this")
_POINTED = frozenset(("this", "that", "it", "such", "any", "anything"))


def _candidacy(verb: Token) -> bool:
    """Whether ``verb`` is 'stand' that tolerates nothing: 'stand for' anything but a thing
    pointed at ("will not stand for re-election", "for a third term", "in the next election",
    "by the statement"); only "we will not stand for this / that / it / such" warns that
    something will not be tolerated (idle standing, "stand idly by", is :func:`_idle`'s)."""
    if verb.lemma_.lower() != "stand":
        return False
    return not any(
        p.dep_ == "prep"
        and p.lower_ == "for"
        and any(o.lower_ in _POINTED for o in p.children if o.dep_ == "pobj")
        for p in verb.children
    )


# the words that make sitting or standing a picture of doing nothing ("sit idly by", "stand by",
# "sit on its hands", "remain indifferent"); general English usage
_IDLE_WORDS = frozenset(("idly", "idle", "by", "indifferent", "passive"))


def _party_subject(subj: Token | None) -> bool:
    """Whether ``subj`` names a party that can act: a personal pronoun, a name (a proper noun
    or an entity) or a noun for people or a body (:func:`head_class` ``body``: "the
    government", "the army"); not a thing ("our reserves will not stay idle")."""
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ not in ("it", "this", "that", "which", "what")
    if subj.pos_ == "PROPN" or subj.ent_type_:
        return True
    return head_class(subj.lemma_.lower()) == "body"


def _idle(verb: Token) -> bool:
    """Whether ``verb`` pictures doing nothing: 'sit', 'stand', 'remain' or 'stay' with an
    idle word (:data:`_IDLE_WORDS`: "sit idly by", "stand by", "remain indifferent") or 'sit'
    "on its hands". Negated of the speaker's side ("will not sit idly by") it promises action
    against whoever is meant, as "will not tolerate" does (STATEMENTS_GUIDE: THREATEN)."""
    if verb.lemma_.lower() not in ("sit", "stand", "remain", "stay"):
        return False
    for c in verb.children:
        if c.dep_ in ("advmod", "prt", "acomp", "oprd") and c.lower_ in _IDLE_WORDS:
            return True
        if (
            verb.lemma_.lower() == "sit"
            and c.dep_ == "prep"
            and c.lower_ == "on"
            and any(o.lower_ == "hands" for o in c.children)
        ):
            return True
    return False


# verbs too general to tell which report a negation answers ("did not do", "does not make",
# "has not said"); general English usage, with :data:`STATE_VERBS` and the ``mental`` words
_LIGHT_VERBS = frozenset(
    (
        "do", "make", "take", "get", "give", "go", "come", "say", "tell", "see", "know", "want",
        "think", "use", "put", "let", "keep", "show", "work", "try", "find", "include", "happen",
        "continue", "expect", "believe", "like", "look", "seem", "plan", "talk", "speak",
    )
)  # fmt: skip
# earlier quotations looked at for the report a negation answers
REPORT_WINDOW = 40
# the classes of reporting verbs (``data/quotes/cue_verbs.csv``) that put a report forward as a
# charge or a claim another party may deny ("accused", "alleged", "claimed", "insisted")
_ALLEGING = frozenset(("accuse", "claim"))


def _contradicted_report(ctx: DocContext, q: Quote, verb: Token) -> Quote | None:
    """The earlier quotation of another speaker in the article that reports the very act the
    negated ``verb`` of quotation ``q`` says did not happen: the nearest of the
    :data:`REPORT_WINDOW` before it, put forward as a charge or a claim (a cue of a class in
    :data:`_ALLEGING`) by a speaker of another state, that holds the same verb, not negated,
    and names the state the negated clause's subject names (when it names one)
    ("accused U.S. forces
    of controlling 'bandit formations'" ... "the U.S. most certainly does not 'control' any
    actors"); None when there is none. Verbs that tell no particular act
    (:data:`STATE_VERBS`, :data:`_LIGHT_VERBS`, the ``mental`` words, reporting verbs) answer
    nothing."""
    lemma = verb.lemma_.lower()
    if lemma in STATE_VERBS or lemma in _LIGHT_VERBS or lemma in class_words("mental"):
        return None
    if is_cue_verb(verb):
        return None
    # the quotation ``q`` is, or the one it is a clause of ("... and that 'the United States
    # is not preventing ...'")
    i = next((k for k, o in enumerate(ctx.quotes) if o.start <= q.start and q.end <= o.end), None)
    if i is None:
        return None
    if ctx.speakers[i] is None:
        return None  # no party denies: a poll's or a survey's figures ("14% said they never voted")
    me, my_state = ctx.speakers[i].name, ctx.speakers[i].country
    charged = _subject_state(ctx, verb, my_state)
    for j in range(i - 1, max(i - REPORT_WINDOW, 0) - 1, -1):
        other, them = ctx.quotes[j], ctx.speakers[j]
        if them is None or them.name == me or other.end > q.start:
            continue
        if my_state is not None and them.country == my_state:
            continue  # the speaker's own side's report, no allegation answered
        said_by = cue_token(ctx.doc, other.cue_start, other.cue_end)
        cue = cues().get(said_by.lemma_.lower()) if said_by is not None else None
        if cue is None or cue.cls not in _ALLEGING:
            continue  # a report put forward as a charge or a claim, not any words said
        said = ctx.span(other.start, other.end)
        act = (
            next(
                (
                    t
                    for t in said
                    if t.lemma_.lower() == lemma and t.pos_ == "VERB" and not negated(t)
                ),
                None,
            )
            if said is not None
            else None
        )
        if act is None:
            continue
        named = _states_named(ctx, said, said_by)
        if _own_doing(act) and them.country:
            named.add(them.country)  # "Russia said its forces had captured the town"
        if charged is not None and charged not in named:
            continue  # the charge was about another party ("accused Russia of violating")
        return other
    return None


def _states_named(ctx: DocContext, said: Span, cue: Token | None) -> set[str]:
    """The states named in a charge: in its words, and as its cue's object ("accused Russia
    of ...")."""
    toks = list(said) + [c for c in (cue.children if cue is not None else ()) if c.dep_ == "dobj"]
    found = set()
    for tok in toks:
        for t in tok.subtree if tok.dep_ == "dobj" else (tok,):
            m = ctx.mentions.get(t.i)
            if m is not None and m.actor.country:
                found.add(m.actor.country)
    return found


def _own_doing(act: Token) -> bool:
    """Whether the subject of ``act`` is the claimant's own side: a first person, the pronoun
    that takes up the claimant, or a noun its possessive pronoun owns ("we captured", "Russia
    claimed it had captured", "its forces had captured")."""
    subj = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ in ("we", "i", "it", "they") or any(
        c.dep_ == "poss" and c.lower_ in ("its", "our", "my", "their") for c in subj.children
    )


def _subject_state(ctx: DocContext, verb: Token, my_state: str | None) -> str | None:
    """The state the subject of ``verb`` names ("China had not violated", "U.S. forces"), the
    speaker's own for a first person ("we are not preventing"); None when it names none."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lower_ in ("we", "i"):
        return my_state
    for t in subj.subtree:
        m = ctx.mentions.get(t.i)
        if m is not None and m.actor.country:
            return m.actor.country
    return None


def _said_outright(verb: Token, q: Quote) -> bool:
    """Whether ``verb`` heads what quotation ``q`` says, not a clause inside it ("once he had
    evidence that Japan was no longer dumping chips"): the root of a direct quotation's
    sentence, the clause of its cue, one joined to either, or a clause the parser hangs on the
    noun of the saying ("I can say with confidence that the U.S. does not 'control' ...")."""
    head = conj_head(verb)
    if head.dep_ == "ROOT":
        return True
    cue = cue_token(verb.doc, q.cue_start, q.cue_end)
    if head.dep_ == "ccomp" and (cue is None or head.head == cue or head.head.dep_ == "ROOT"):
        return True
    return head.dep_ == "acl" and any(
        x.dep_ == "mark" and x.lower_ == "that" for x in head.children
    )


def _speaker_token(ctx: DocContext, q: Quote) -> Token | None:
    """The head word of quotation ``q``'s speaker phrase in the text
    (:meth:`.DocContext.speaker_span`); None when the speaker is not named there."""
    named = ctx.speaker_span(q)
    return named.root if named is not None else None


# the nouns of the prepositional phrases with "no" that negate a whole clause ("at no time",
# "in no way", "under no circumstances", "on no account", "by no means", "in no case");
# general English usage
_NEGATING_PHRASE_NOUNS = frozenset(
    ("time", "way", "circumstance", "circumstances", "account", "means", "case", "point", "stage")
)


def _negative_phrase(verb: Token, kids: list[Token]) -> bool:
    """Whether ``verb`` has a prepositional phrase with "no" that negates its whole clause
    ("At no time did our forces enter", "Under no circumstances will we accept", "his comments
    did in no way signal a change"): :data:`_NEGATING_PHRASE_NOUNS`; "with no hesitation"
    negates nothing."""
    return any(
        c.dep_ == "prep"
        and any(
            o.dep_ == "pobj"
            and o.lower_ in _NEGATING_PHRASE_NOUNS
            and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
            for o in c.children
        )
        for c in kids
    )


# verbs that take a clause in the mandative subjunctive ("insisted that he resign"): a closed
# class of English (Quirk et al. 1985, 16.32; general English usage)
_MANDATIVE_CUES = frozenset(
    ("suggest", "insist", "recommend", "ask", "demand", "urge", "request", "require")
)


def _mandative(verb: Token, q: Quote) -> bool:
    """Whether ``verb`` heads the reported clause of a verb of asking in the mandative
    subjunctive: the bare base form (tag ``VB``) with a subject of its own, no modal and no
    'to' ("suggested that the President change his diet", "insisted that the vote be delayed";
    with a plural subject only after a past cue, where the indicative would be past too; a
    present form without -s after a singular subject, which only the base form can be), the
    clause hung on the quotation's cue (one of :data:`_MANDATIVE_CUES`). An indicative
    clause ("insisted that Greece had implemented the reforms", "suggested that the bank could
    raise rates") asks for nothing."""
    passive_be = any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children)
    if (verb.tag_ not in ("VB", "VBP") and not passive_be) or verb.dep_ != "ccomp":
        return False
    if verb.head.lemma_.lower() not in _MANDATIVE_CUES:
        return False
    if verb.head != cue_token(verb.doc, q.cue_start, q.cue_end):
        return False
    lemma = verb.lemma_.lower()
    if lemma in class_words("mental") or lemma in class_words("wanting"):
        return False  # "insists that the West want to destroy Russia": a state, not an act asked
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ == "aux" for c in verb.children):  # 'should', 'would', 'to'
        return False
    # the base form differs from the indicative only in 'be' and after a singular subject; after
    # a plural one only a past cue tells it ('insisted that they meet', not 'the papers suggest
    # ministers believe ...')
    # one party, not a count or share of many ('81% of voters feel', 'a majority of voters
    # believe' agree in the plural)
    counted = any(
        c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of") for c in subject.children
    )
    singular = (
        subject.tag_ in ("NN", "NNP") and not counted and subject.text != "%"
    ) or subject.lower_ in ("he", "she", "it")
    if verb.tag_ == "VBP":
        # a form without the third person's -s after a singular subject can only be the base
        # form ('that the government boost imports', a tag the model gives it at times)
        return singular and verb.lemma_ != "be"
    return passive_be or verb.lemma_ == "be" or singular or verb.head.tag_ == "VBD"


def _time_or_condition_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a clause of time or condition ("before it was too late", "if the
    rules are too lax", "until the response is too slow"): it sets when or whether, it judges
    nothing itself."""
    return verb.dep_ == "advcl" and any(
        x.dep_ == "mark" and x.lower_ in ("before", "until", "unless", "if", "when", "once")
        for x in verb.children
    )


def _first_persons(verb: Token, depth: int = 4) -> bool:
    """Whether the clause of ``verb`` or one it is said in (up to ``depth`` heads) is the speaker's
    side's own: its subject is "we" or "I" or owned by them ("we did not secure our borders
    adequately", "we accept that the inspections were too slow", "our response came too
    late"). A head is climbed to only through a verb of owning (:data:`_OWNING_VERBS`): "I think
    the rules are too lax" judges others. Such a shortfall is owned (CONCEDE), not charged to
    another."""
    tok = verb
    for _ in range(depth):
        for x in tok.children:
            if x.dep_ in ("nsubj", "nsubjpass") and (x.lower_ in ("we", "i") or _owned_by_us(x)):
                return True
        if tok.head.i == tok.i or tok.head.lemma_.lower() not in _OWNING_VERBS:
            return False
        tok = tok.head
    return False


def _owned_by_us(noun: Token | None) -> bool:
    """Whether ``noun`` is owned by the first person ("our response", "my government")."""
    return noun is not None and any(
        x.dep_ == "poss" and x.lower_ in ("our", "my") for x in noun.children
    )


def _menace_posed(verb: Token) -> Token | None:
    """The object of a verb of posing (``posing`` class of speech_acts.csv: "pose",
    "represent", "constitute") that names a peril (``menace`` class: "threat", "danger",
    "risk"): "poses a threat to the region" → "threat"; None otherwise."""
    if verb.lemma_.lower() not in class_words("posing"):
        return None
    return next((x for x in verb.children if x.dep_ == "dobj" and has_class(x, "menace")), None)


def _a_course(subj: Token | None) -> bool:
    """Whether ``subj`` names a course of action rather than someone taking it: a clause or a
    gerund ("Relying on the dollar alone would risk ...", "Cutting rates now could risk ...")
    or a demonstrative standing for one ("this would risk a new war")."""
    return subj is not None and (
        subj.dep_ == "csubj"
        or subj.tag_ == "VBG"
        # a demonstrative, not the relative "that" of "a leader that would risk his life"
        or (subj.lower_ in ("this", "that") and subj.tag_ == "DT")
    )


def _a_thing(subj: Token | None) -> bool:
    """Whether ``subj`` names a thing, act or event, not a person or a party: a common noun
    ("the move", "the escalation") with no person, place or organisation entity label."""
    return (
        subj is not None
        and subj.pos_ == "NOUN"
        and subj.ent_type_ not in ("PERSON", "GPE", "NORP", "ORG")
        and not has_class(subj, "sided_party")
        and not has_class(subj, "domestic_power")
    )


def duty_holder(t: Token, c: Clause) -> Token | None:
    """Who a duty noun (``duty`` class of speech_acts.csv: "responsibility", "duty",
    "obligation") with a to-infinitive is put on, or None: the subject of "have"/"bear" whose
    object it is ("Moscow has a responsibility to stop"), or its possessor ("it is Iran's duty
    to cooperate", "Iran's obligation to allow inspections"). None when the noun is negated
    ("has no obligation to") or takes no act ("a duty of care")."""
    # the infinitive hangs on the noun, or on the copula of "it is Iran's duty to ..."
    bearers = (t, t.head) if t.dep_ == "attr" else (t,)
    if not any(
        x.dep_ in ("acl", "relcl", "xcomp", "ccomp") and any(a.lower_ == "to" for a in x.children)
        for b in bearers
        for x in b.children
    ):
        return None
    if any(x.dep_ == "det" and x.lower_ == "no" for x in t.children) or c.negated:
        return None
    for x in t.children:
        if x.dep_ == "poss":
            return x
    if t.dep_ == "dobj" and t.head.lemma_.lower() in ("have", "bear"):
        subj, passive = subject_of(t.head)
        return None if passive else subj
    return None


def _left_to_party(ctx: DocContext, q: Quote, speaker: Actor | None, verb: Token) -> Token | None:
    """The party "be up to" lays an act on: the object of "up to" on a form of "be" that has an
    infinitive of its own ("it is up to Iran to prove ...", "it's up to them to say so"), when
    that party is another than the speaker's side (:func:`.context.side_of`); else None ("it is
    up to us to act" lays nothing on another; "the decision is up to Tokyo" asks no act; "it is
    up to Washington to decide", "up to them to say": a choice or a word left to them, a
    ``deliberating`` or cue verb, no act asked)."""
    if verb.lemma_.lower() != "be":
        return None
    kids = list(verb.children)
    acts = [
        k
        for k in kids
        if k.dep_ in ("xcomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children)
    ]
    if not acts or any(
        k.lemma_.lower() in class_words("deliberating")
        or k.lemma_.lower() in class_words("choosing")
        or is_cue_verb(k)
        or any(w.lower_ in QUESTION_WORDS for w in k.children)
        for k in acts
    ):
        return None  # "it is up to Washington to decide", "up to them to say": a choice left
    for up in kids:
        if up.dep_ != "prep" or up.lower_ != "up":
            continue
        for to in up.children:
            if to.dep_ == "prep" and to.lower_ == "to":
                party = next((o for o in to.children if o.dep_ == "pobj"), None)
                if party is not None and side_of(ctx, party, speaker, q)[0] in ("other", "unknown"):
                    return party
    return None


def _of_a_measure(word: Token) -> bool:
    """Whether an evaluative word judges one of an economy's measures (``economic_measure`` of
    speech_acts.csv): it modifies one ("the weak trade figures", "poor demand") or is the
    predicate of one as subject ("the outlook was worst for the eurozone", "the figures are
    weak"), no party's name in its phrase. A market's state assessed disapproves of no party
    (STATEMENTS_GUIDE: DISPUTE needs a party's conduct or position)."""
    measures = class_words("economic_measure")
    if word.dep_ == "amod":
        noun = word.head
    else:
        noun = subject_of(word.head if word.dep_ in ("acomp", "attr") else word)[0]
    if noun is None or noun.lemma_.lower() not in measures:
        return False
    # "Russia's demands", "Saudi output", "the rate of executions in Iran", "figures released
    # by Hamas": a party's measure or act judged, which disputes it
    return not any(t.ent_type_ in PARTY_LABELS for t in noun.subtree)


def _acts_on_a_measure(kids: list[Token]) -> bool:
    """Whether a verb's direct object is one of an economy's measures (``economic_measure`` of
    speech_acts.csv: "undermined sterling", "hurt exports"): with a verb of effect
    (``effect_verb``) a market's course told, no wrong done to a party ("weaponising gas
    supplies" is one)."""
    return any(
        x.dep_ == "dobj" and x.lemma_.lower() in class_words("economic_measure") for x in kids
    )


def _act_to_see(x: Token) -> Token:
    """The act a verb of wanting wants seen done: the complement of its "to see" ("we want to
    see Russia withdraw its troops", "would prefer to see Deutsche Boerse return $500m"), else
    ``x`` itself."""
    if x.dep_ != "xcomp" or x.lemma_.lower() != "see":
        return x
    seen = next((y for y in x.children if y.dep_ in ("ccomp", "xcomp")), None)
    if seen is None or seen.left_edge.lower_ in QUESTION_WORDS:
        return x  # "we want to see what Iran proposes", "whether Russia keeps its word": no act
    return seen


def _below(tok: Token, limit: int = SUBTREE_LIMIT) -> list[Token]:
    """At most ``limit`` tokens of ``tok``'s subtree, breadth first (a bound for huge parses)."""
    out: list[Token] = []
    queue = list(tok.children)
    while queue and len(out) < limit:
        t = queue.pop(0)
        out.append(t)
        queue.extend(t.children)
    return out


# dependents that make a word the head of a clause of its own: an auxiliary or negation
# ("will Stand" with the verb tagged as a name), a subject ("troops amassing" read as a noun
# phrase)
_CLAUSE_DEPENDENTS = frozenset({"aux", "auxpass", "neg", "nsubj", "nsubjpass", "csubj", "expl"})
# relations that give a word a clause's modal and conditions from its head: an ``xcomp`` (an
# intended act), a conjunct ("must get it done, or else ..."), a subject ("the cost will be
# profound if ...")
_CLAUSE_RELATIONS = frozenset({"xcomp", "conj", "nsubj", "nsubjpass"})


def _agent_party(ctx: DocContext, verb: Token, speaker: Actor | None, q: Quote) -> Token | None:
    """The party of another side that the passive ``verb``'s "by" phrase names when the verb
    is one of complying (``complying`` of ``speech_acts.csv``: "to be implemented by Iran" ->
    "Iran"), or None (no agent, one of the speaker's side, or an act against the speaker's
    wishes: "expects the resolution to be vetoed by Russia" predicts it)."""
    if verb.lemma_.lower() not in class_words("complying"):
        return None
    for agent in verb.children:
        if agent.dep_ != "agent":
            continue
        for who in agent.children:
            if who.dep_ == "pobj" and side_of(ctx, who, speaker, q)[0] == "other":
                return who
    return None


# what "there must be ..." asserts rather than asks: "there should be no doubt that ...", "there
# must be a reason", "there has to be a difference between ..." (general English usage)
_NOT_ASKED = frozenset({"doubt", "question", "reason", "difference", "way", "chance", "sense"})


def _called_into_being(verb: Token) -> Token | None:
    """The noun an existential 'there ... be' clause of ``verb`` says must exist ("there should
    be a proper inquiry" -> "inquiry"), or None: ``verb`` is 'be' with an expletive 'there' (on
    it, or on the verb whose infinitive it is: "there needs to be") and a noun complement
    (``attr``) that is no word of :data:`_NOT_ASKED` and not denied by "no", in a main or
    reported clause (not a relative clause describing its noun, nor a question: "whether
    there should be an inquiry", "Should there be ...?"). Reads the parse only."""
    if verb.lemma_.lower() != "be":
        return None
    kids = list(verb.children)
    # "there has to be", "there needs to be", "there ought to be": the expletive hangs on the
    # modal verb whose infinitive 'be' is
    clause = verb.head if verb.dep_ == "xcomp" else verb
    ckids = kids if clause is verb else list(clause.children)
    if (
        clause.dep_ in ("relcl", "acl")
        or not any(k.dep_ == "expl" and k.lower_ == "there" for k in ckids)
        # "the question of whether there should be an inquiry", "should there be ...?": asked
        or any(k.dep_ == "mark" and k.lower_ in ("whether", "if") for k in ckids)
        or clause.sent.text.rstrip().endswith("?")
    ):
        return None
    thing = next((k for k in kids if k.dep_ == "attr" and k.pos_ in ("NOUN", "PROPN")), None)
    if (
        thing is None
        or thing.lemma_.lower() in _NOT_ASKED
        or any(d.dep_ == "det" and d.lower_ == "no" for d in thing.children)
    ):
        return None  # "there should be no emergency reserve" rejects rather than asks
    return thing


def _may_carry_act(head: Token) -> bool:
    """Whether the clause headed by ``head`` (:func:`~parley.extract.syntax.clause_verb` of a
    quote word) can perform a clause act (:func:`_clause_acts`): a verb or auxiliary, an
    ``xcomp`` (an intended act), or a word the parser tagged otherwise that has a clause's own
    dependents (:data:`_CLAUSE_DEPENDENTS`). Determiners, nouns and names of a noun phrase head
    no clause of their own. Checked against running the clause rules on every word: over the
    statements eval (50 articles) and 445 unseen diplomatic texts no act fired on a clause this
    skips; a word deep in a noun phrase ("engagements" in "speak to the logistics of our
    engagements") no longer counts as a clause without its verb's negation."""
    if head.pos_ in ("VERB", "AUX") or head.dep_ in _CLAUSE_RELATIONS:
        return True
    return any(c.dep_ in _CLAUSE_DEPENDENTS for c in head.children)


def act_matches(ctx: DocContext, q: Quote, content: Span, speaker: Actor | None) -> list[Match]:
    """Every speech act the quote's clauses perform (see the module docstring), as matches with
    the rule ``act:<name>``; empty when the quote has no tokens."""
    out: list[Match] = []
    if not len(content):
        return out
    codes = rules().types

    def add(tok: Token | None, label: str, name: str, about: Token | None = None) -> None:
        char = tok.idx if tok is not None else q.start
        code = codes[label]["default_cameo"]
        out.append(
            Match(label, code, False, tok, char, f"act:{name}", ACT_CONFIDENCE, about or tok)
        )

    # every clause is read once, whatever the number of its words (linear on huge sentences),
    # and only when a rule needs it: most words of a quote (determiners, nouns, names) head no
    # clause of their own and carry no clause act (:func:`_may_carry_act`)
    clauses: dict[int, tuple[Clause, Token | None, bool, str, object]] = {}
    read: set[int] = set()

    def facts(verb: Token) -> tuple[Clause, Token | None, bool, str, object]:
        """(clause, subject, passive?, side, other party) of a clause verb, computed once."""
        known = clauses.get(verb.i)
        if known is None:
            c = clause_of(verb)
            subj, passive = subject_of(verb)
            if subj is None and verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
                subj, passive = subject_of(verb.head.head)  # "Japan was ready to take ..."
            side, who = side_of(ctx, subj, speaker, q)
            if side == "unknown" and _own_organisation(subj, speaker):
                side = "self"  # "the bloc will not recognise ..." said by an EU spokesman
            clauses[verb.i] = known = (c, subj, passive, side, who)
        return known

    # the word classes the loop asks of every word, looked up once
    word_acts, plans, disposed = (class_words(c) for c in ("word_acts", "plans", "disposed"))
    shortfall, duty = class_words("shortfall"), class_words("duty")
    avowed = class_words("avowed")
    toks = list(content)  # the quotation's tokens, made once for the passes below
    for t in toks:
        if t.is_punct or t.is_space:
            continue
        verb = clause_verb(t)
        if verb.i not in read:
            read.add(verb.i)
            if _may_carry_act(verb):
                c, subj, passive, side, who = facts(verb)
                if not c.in_condition:  # "if we turn to retaliation, ..." is no threat
                    _clause_acts(ctx, q, speaker, c, subj, passive, side, who, add)
        lemma = t.lemma_.lower()
        if t.dep_ in PREDICATIVE or lemma in word_acts or _equated(t):
            c, subj, passive, side, who = facts(verb)
            if not c.in_condition:
                _predicate_acts(t, c, side, add)
        if lemma in plans:
            c, subj, passive, side, who = facts(verb)
            if side == "self" and not c.in_condition:
                _no_plans(t, add)
        if lemma in avowed and t.pos_ == "NOUN":
            _avowed_by_own_state(ctx, q, speaker, t, add)
        if (
            (t.dep_ == "acomp" or _passive_participle(t))
            and lemma in disposed
            and _disposed(ctx, q, speaker, t)
        ):
            if punitive_prospect(t):
                # "we are ready to retaliate": the speaker's side disposed to act against a
                # party (STATEMENTS_GUIDE: THREATEN)
                add(t, "THREATEN", "self-disposed-punitive")
            else:
                add(t, "INTENT", "self-disposed")  # "we are open to talks", "committed to helping"
        if t.lower_ in shortfall and any(
            x.dep_ == "advmod" and x.lower_ == "too" for x in t.children
        ):
            c, subj, passive, side, who = facts(verb)
            if not c.negated and not c.in_condition and (side == "self" or _owned_by_us(subj)):
                # "we were too slow to react", "our response came too late": the speaker's side
                # owning a shortfall of its own (STATEMENTS_GUIDE: CONCEDE)
                add(t, "CONCEDE", "self-too-little")
            elif (
                not c.negated
                and not c.in_condition
                and not _first_persons(verb)
                and not any(x.dep_ in ("xcomp", "ccomp") for x in t.children)
                and not _time_or_condition_clause(verb)
                and not (t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in _KNOWING)
                # "Tehran's response was too slow", said by Iran's minister: his side's own
                and not (subj is not None and _own_state_owner(ctx, q, speaker, subj))
            ):
                # "the regulations are too lax", "far too little attention was paid to water":
                # another's shortfall judged (STATEMENTS_GUIDE: DISPUTE, criticism); "too weak
                # to resist" tells what a state cannot do, no judgement
                add(t, "DISPUTE", "other-too-little")
        if (
            t.lower_ in _ADEQUATELY
            and t.dep_ == "advmod"
            and t.head.pos_ == "VERB"
            and negated(t.head)
        ):
            done = t.head  # the verb done "not properly"
            c, subj, passive, side, who = facts(done)
            if (
                side != "self"
                and not c.in_condition
                and not _first_persons(done)
                and not _owned_by_us(subj)
                and not (subj is not None and _own_state_owner(ctx, q, speaker, subj))
                and not any(x.lower_ == "yet" for x in t.head.children)
                # "the damage could not be properly assessed": what could not be done is no
                # duty done badly
                and not any(x.dep_ == "aux" and x.lower_ in _ABLE for x in t.head.children)
            ):
                # "issues like transport were not properly addressed", "the ministry did not
                # adequately consult": a duty said to be done badly (STATEMENTS_GUIDE: DISPUTE)
                add(t, "DISPUTE", "not-done-properly")
        if lemma in duty and not facts(verb)[0].in_condition:
            holder = duty_holder(t, facts(verb)[0])
            if holder is not None and (
                side_of(ctx, holder, speaker, q)[0] == "other" or _joint(holder)
            ):
                # "Moscow has a responsibility to stop the violence", "it is Iran's duty to
                # cooperate": a duty put on another party asks it to act (APPEAL)
                add(t, "APPEAL", "duty-of-other", holder)
    for t in toks[: SUBTREE_LIMIT * 2]:
        owner = _charged_to_other(ctx, q, speaker, t)
        if owner is not None:
            # "violations by the regime", "Russia's aggression", "Islamic State
            # responsibility for the bombing": a wrong charged to another named party
            add(t, "ACCUSE", "wrong-of-other", owner)
            break
    if not any(m.statement_type != "CLAIM" for m in out) and not _commentator(q, speaker):
        # a negative evaluation anywhere ("a reckless idea", "a lack of commitment"); an
        # analyst's "poor performance" assesses (CLAIM, :func:`_claim_acts`), it disapproves
        # of no one
        for t in toks:
            # "a lack of commitment" judges; "the country lacks the means" states a fact
            evaluative = t.pos_ in ("ADJ", "ADV") or (
                t.lemma_.lower() == "lack" and t.pos_ == "NOUN"
            )
            if evaluative and has_class(t, "neg_eval") and not negated(t) and not _of_a_measure(t):
                add(t, "DISPUTE", "negative-word")
                break
    conceded = {m.token for m in out if m.rule == "act:own-act-a-mistake"}
    if conceded:
        # the error noun owned by the speaker's side is no negative judgement of another
        out = [m for m in out if not (m.rule == "act:predicate-negative" and m.token in conceded)]
    _phrase_acts(ctx, q, speaker, add)
    if not out:
        _claim_acts(
            content,
            add,
            lambda verb: facts(verb)[3] if verb.i in read else None,
            _commentator(q, speaker),
        )
    return out


# entity labels of numbers that count no people ("in 2016", "at 5 p.m.", "Level 4" stays: no label)
_NOT_A_COUNT = {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"}
# a toll, and the plural round numbers the parser does not read as numbers ("thousands of")
_COUNT_WORDS = {"toll", "dozen", "hundred", "thousand", "million"}


def _counted(content: Span) -> bool:
    """Whether the quote counts something: a number that is no date, time, sum or rank ("at
    least 272 people", "killed two militants", "thousands of casualties") or a death toll. A casualty
    claim puts a count forward (the casualty rule's train quotes all do); a death reported
    without one ("his death was announced", "I saw dead bodies") is a fact told, not a
    contestable claim (STATEMENTS_GUIDE: STATEMENT, "fact without stance")."""
    return any(
        (t.like_num and (t.ent_type_ not in _NOT_A_COUNT or _counted_subject(t)))
        or t.lemma_.lower() in _COUNT_WORDS
        for t in content[: SUBTREE_LIMIT * 2]
    )


def _counted_subject(t: Token) -> bool:
    """A bare number as a clause's subject ("22 had been killed or wounded"): the small
    English model often tags it DATE, but a number that is the subject of a verb counts the
    people or things the verb is about; a year ("2016 was the worst") is no count."""
    if t.dep_ not in ("nsubj", "nsubjpass") or not t.text.isdigit():
        return False
    return not (len(t.text) == 4 and 1800 <= int(t.text) <= 2100)


def _commentator(q: Quote, speaker: Actor | None) -> bool:
    """Whether the speaker is a commentator, by a ``commentator`` word of speech_acts.csv in
    the quote's speaker phrase or role or the actor's role ("Peter McNally, an analyst at Third
    Bridge", "Western economists", "a professor of history"): someone with no side of their own
    acting, whose words assess. ("Fellow" is left out: "a fellow senator" is a party's voice.)"""
    said_by = " ".join(
        x for x in (q.speaker, q.speaker_role, speaker.role if speaker else None) if x
    ).lower()
    words = class_words("commentator")
    return any(w in words or w.removesuffix("s") in words for w in re.findall(r"\w+", said_by))


def _claim_acts(
    content: Span, add, sides: Callable[[Token], str | None], commentator: bool = False
) -> None:
    """A contestable assertion when no other act was found (STATEMENTS_GUIDE: CLAIM): a
    casualty claim (a ``casualty`` word: "killed", "death toll") with a count
    (:func:`_counted`), or a legal position (a ``legal`` word or ``legal_phrase``:
    "sovereignty", "under international law", "belongs to"); a legal word that is also a wrongful adjective ("illegal", "unlawful") judges
    another's act → DISPUTE; a finding or evidence put forward for a fact (:func:`_evidential`:
    "images show two batteries", "proof he had been poisoned"); a military capability put
    forward (:func:`_weapon_system`: "has deployed a missile system"); a judged likelihood
    (:func:`_judges_likelihood`: "is likely to be lifted"); a belief reported in the passive
    (:func:`_believed`: "is seen as a hard-liner"); a quality compared
    (:func:`_compared_quality`: "more effective than the ban"); a party measured against
    another (:func:`_measured_against_party`: "pays three times more than France", "one of the
    biggest contributors"); a state still holding or ended
    (:func:`_persisting_state`: "the truce was over"); a view put forward with its content
    (:func:`_held_view`: "we maintain our view that ..."); a cause given for a fact
    (:func:`_explained_cause`: "prices fell because demand dried up"); a consequence predicted
    of a thing or another party (:func:`_predicted_effect`: "the proposal would mean a 35% hike";
    ``sides`` gives a clause verb of the quote its voice, :func:`.context.side_of`, and None for
    a verb outside the quote).
    Other predictions ("will", "would" with another party) are not read as claims: on train
    they are claims, on unseen articles as often plain statements (scheduled events: "flights
    would start this year"). Last, anything a ``commentator`` says (:func:`_commentator`: an
    analyst, an economist) is an assessment put forward, not a neutral fact: CLAIM."""
    words = list(content[: SUBTREE_LIMIT * 2])  # the tokens every kind below reads, made once
    for t in words:
        if has_class(t, "casualty") and not negated(t) and _counted(content):
            add(t, "CLAIM", "casualty")  # "at least 272 people have been killed"
            return
    for t in words:
        if t.pos_ == "VERB" and not negated(t) and _military_result(t):
            add(t, "CLAIM", "military-result")  # "destroyed 12 tanks", "controls most of the city"
            return
    for t in words:
        if t.dep_ == "attr" and t.lemma_.lower() in class_words("territory") and _of_a_state(t):
            add(t, "CLAIM", "legal-position")  # "Crimea is Russian territory"
            return
    pattern = act_words().phrases.get("legal_phrase")
    if pattern is not None and pattern.search(content.text.casefold()):
        add(content.root, "CLAIM", "legal-position")  # "compatible with international law"
        return
    for t in words:
        if has_class(t, "legal") and has_class(t, "wrongful_adj") and not negated(t):
            # "the blockade is illegal": a judgement of another's act, not a specific charge
            # (as in :func:`naming_act`)
            add(t, "DISPUTE", "legal-judgement")
            return
        if has_class(t, "legal"):
            add(t, "CLAIM", "legal-position")  # "could not be lawfully sold"
            return
    # the guide's sub-kinds in order: the first kind found anywhere in the content wins
    kinds = (
        *_CLAIM_KINDS,
        (functools.partial(_explained_cause, sides=sides), "cause"),
        (functools.partial(_predicted_effect, sides=sides), "prediction"),
        (functools.partial(_speculated_act, sides=sides), "speculation"),
        (functools.partial(_hedged_estimate, sides=sides), "estimate"),
    )
    for is_kind, rule in kinds:
        hit = next((t for t in words if is_kind(t)), None)
        if hit is not None:
            add(hit, "CLAIM", rule)
            return
    if commentator:
        add(content.root, "CLAIM", "commentator")  # "the effect is impossible to calculate"


def _believed(t: Token) -> bool:
    """A belief or suspicion reported in the passive, as the clause's predicate (``believed``
    words of speech_acts.csv): "is seen as a hard-liner", "was suspected to be a man called ...",
    "were seen heading north", "is believed to have fled"; not a participle hung on a noun ("nine
    suspected militants, thought to have been ...") nor negated."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in class_words("believed") or negated(t):
        return False
    if t.dep_ in ("acl", "amod", "relcl", "advcl", "pcomp", "pobj"):
        return False
    if not any(c.dep_ == "auxpass" for c in t.children):
        return False
    return any(
        c.dep_ in ("xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as") for c in t.children
    )


def _compared_quality(t: Token) -> bool:
    """A quality predicated in comparison with another thing or party: a comparative adjective
    ("cheaper", or "more"/"less" before it) as the predicate, with its "than" ("the code was more
    effective than the ban", "the EC is no more illiberal than the U.S."): an assessment, so a
    contestable fact (STATEMENTS_GUIDE: CLAIM). A quantity compared ("has more to offer than",
    "goes further than") compares no quality."""
    if t.pos_ != "ADJ" or t.dep_ not in ("acomp", "attr", "oprd") or t.lower_ in ("more", "less"):
        return False  # "it is more than nothing" compares an amount
    if t.tag_ != "JJR" and not any(c.lower_ in ("more", "less") for c in t.children):
        return False
    return any(x.lower_ == "than" for x in _below(t))


# entity labels of the parties a quantity is measured against ("more than France", "as much as
# the EU")
_PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG"})


def _measured_against_party(t: Token) -> bool:
    """A party's share measured against another party's: a comparative amount with "than" or
    "as ... as" whose object names a party ("the UK pays two and a half times more than
    France", "spends as much on aid as Germany"), or a party ranked by a superlative
    ("the UK is one of the biggest net contributors"). Who pays, gains or gives more is what
    parties contest (STATEMENTS_GUIDE: CLAIM "assertion of a contestable fact"); an amount
    compared over time ("85% more wildfires in 2019 than in 2018") or a thing ranked ("this
    is one of the trickiest points") measures no party."""
    low = t.lower_
    if low in ("than", "as") and t.dep_ == "prep":
        if not any(g.dep_ == "pobj" and g.ent_type_ in _PARTY_ENTITIES for g in t.children):
            return False
        # the comparative sits anywhere before it in its clause ("more refugees than France",
        # "three times more on defence than South Korea", "as much as France")
        verb = clause_verb(t)
        return any(
            (x.tag_ in ("JJR", "RBR") or x.lower_ in ("much", "many"))
            and x.i < t.i
            and verb in (clause_verb(x), clause_verb(x.head))
            for x in verb.subtree
        )
    if low == "one" and t.dep_ == "attr":
        ranked = any(
            p.dep_ == "prep"
            and p.lower_ == "of"
            and any(
                g.dep_ == "pobj" and any(m.tag_ == "JJS" for m in g.children) for g in p.children
            )
            for p in t.children
        )
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        return ranked and subj is not None and subj.ent_type_ in _PARTY_ENTITIES
    return False


def _judges_likelihood(t: Token) -> bool:
    """A ``likelihood`` word of speech_acts.csv judging how likely the clause's fact is: "is
    likely to be lifted", "it is possible that", "probably China's effort", "a likely
    scenario"; not a possibility named as a thing ("a possible arbitration route")."""
    if t.lemma_.lower() not in class_words("likelihood"):
        return False
    if t.lower_ in ("possible", "possibly") and t.dep_ == "amod":
        return False
    return t.dep_ in ("acomp", "advmod", "amod", "ROOT", "attr", "oprd")


def _evidential(t: Token) -> bool:
    """A finding or piece of evidence put forward for a fact (``evidential`` words of
    speech_acts.csv): a verb of showing or finding, asserted (no modal, not an infinitive, not
    negated, not the noun-like "-ing" of "the importance of showing clemency"), with what it shows
    as its object or clause ("images show two batteries", "tests showed he was poisoned",
    "confirmed the deployment", "it was found that the charge was unsustainable"); or an
    "evidence"/"proof" noun not negated that has its fact after it ("proof he had been poisoned",
    "evidence that people are aware"). "Find out" inquires and "made clear" announces: neither
    asserts a finding."""
    lemma = t.lemma_.lower()
    if lemma not in class_words("evidential") or negated(t):
        return False
    if t.pos_ == "VERB":
        if t.dep_ in ("pcomp", "pobj", "xcomp", "amod", "acl", "relcl", "advcl"):
            return False
        if any(c.dep_ == "prt" for c in t.children):
            return False  # "find out", "show up"
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS | {"to"} for c in t.children):
            return False
        return any(c.dep_ in ("ccomp", "dobj") for c in t.children)
    if t.pos_ == "NOUN":
        # the parser hangs a bare fact clause on the noun as a relative one ("proof he had
        # been poisoned")
        return any(c.dep_ in ("acl", "ccomp", "relcl") for c in t.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in t.children
        )
    return False


def _held_view(t: Token) -> bool:
    """A view put forward with its content as a "that" clause (``held_view`` words of
    speech_acts.csv): "we maintain our view that regime change would ...", "reiterated its view
    that local truces were the way", "the belief that sanctions work": a position or assessment
    the party stands by, so a contestable claim (STATEMENTS_GUIDE: CLAIM); not negated ("no
    belief that"), and not a view named without its content ("shares the view of Paris")."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in class_words("held_view") or negated(t):
        return False
    if denied_by_no(t):
        return False
    return any(
        c.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in t.children
    )


def _persisting_state(t: Token) -> bool:
    """Whether a state of affairs still holds or has ended, asserted as such: a ``persisting``
    word of speech_acts.csv ("the demands have still not been met", "the estimate was no longer
    valid", "they do not trust him anymore") or an ``ending`` one ("the truce was over", "the war
    has not stopped": negated in the perfect). Such a status is what the parties contest (is the
    truce holding? STATEMENTS_GUIDE: CLAIM "assertion of a contestable fact")."""
    low = t.lower_
    if low == "longer":
        return t.dep_ == "advmod" and any(c.lower_ == "no" for c in t.children)
    if low in class_words("persisting"):
        return t.dep_ == "advmod"
    if t.lemma_.lower() not in class_words("ending"):
        return False
    if t.pos_ != "VERB":  # "the truce was over"
        return t.dep_ in ("advmod", "acomp") and t.head.lemma_.lower() == "be"
    return negated(t) and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children)


def _explained_cause(t: Token, sides: Callable[[Token], str | None]) -> bool:
    """A cause put forward for a fact (``explaining`` words of speech_acts.csv): "because" as a
    conjunction or preposition ("credits dried up because lenders lost confidence", "because of
    the sensitivity of the subject"), "due to", "owing to" ("it crashed due to a technical
    malfunction"): an explanation argued, so a contestable fact (STATEMENTS_GUIDE: CLAIM
    "assertion of a contestable fact"). The reason for an act of the speaker's own side
    (``sides``: clause verb → :func:`.context.side_of` voice; "we closed the border because
    of the floods") or for a measure reported with no doer ("air defences were activated due to
    the strikes") is the occasion of a procedure, not an argued fact; "due" as a date ("the
    report is due on Monday") gives no cause."""
    low = t.lower_
    if low not in class_words("explaining"):
        return False
    if low == "because":
        if t.dep_ not in ("mark", "prep", "advmod"):
            return False
    elif not any(c.lower_ == "to" for c in t.children):
        return False
    explained = clause_verb(t.head.head if t.dep_ == "mark" else t.head)
    if sides(explained) == "self" and explained.lemma_.lower() not in STATE_VERBS:
        return False  # a state ("it was very hard to ... because") is no act of the side
    _subj, passive = subject_of(explained)
    return not passive or any(c.dep_ == "agent" for c in explained.children)


def _predicted_effect(t: Token, sides: Callable[[Token], str | None]) -> bool:
    """A consequence foretold as fact (STATEMENTS_GUIDE: CLAIM "predictions stated as fact by a
    party"): an ``effect_verb`` of speech_acts.csv with a future or possible modal ("the
    proposal would mean a 35% hike", "the code would prevent an increase", "restoring output
    could cost billions", "it could have a large impact"), whose clause is not the speaker's own
    side's (``sides``: clause verb → :func:`.context.side_of` voice; "we will change the
    law" is an announcement), not conditioned ("if adhered to, it will lead to ..." foretells
    nothing as fact) and not hoped for ("we hope the dispute will not affect ...": a ``hoping``
    verb above it). "Would have to" is an obligation, not a consequence."""
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in class_words("effect_verb"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE | POSSIBLE for c in t.children):
        return False
    if sides(t) == "self":
        return False
    if t.lemma_.lower() == "have" and any(c.dep_ == "xcomp" for c in t.children):
        return False  # "would have to pay": an obligation; "would force it to modernise" foretells
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in class_words("hoping"):
        return False
    return not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION for m in c.children)
        for c in t.children
    )


def _speculated_act(t: Token, sides: Callable[[Token], str | None]) -> bool:
    """What another named party may do, put forward as a possibility (STATEMENTS_GUIDE: CLAIM,
    an assertion "about another party's conduct or position"): a verb under "may", "might" or
    "could" whose clause has another party as its subject (``sides``: :func:`.context.side_of`
    ``other``), the clause the quote asserts (a ``ccomp`` or root, not a relative clause or a
    condition): "Sinwar might take a step that will surprise everyone", "Moscow could try to
    delay the vote". The speaker's side's "we may ..." and harm ("could hit exports": WARN)
    are read before."""
    if t.pos_ != "VERB" or sides(t) != "other" or t.dep_ not in ("ccomp", "ROOT", "conj"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in POSSIBLE for c in t.children) and not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION for m in c.children)
        for c in t.children
    )


# entity labels of the amounts an estimate puts forward ("as high as 100 pct", "up to 5,000
# fighters", "could reach $2 billion"): no date, time or rank
_ESTIMATED = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


def _hedged_estimate(t: Token, sides: Callable[[Token], str | None]) -> bool:
    """An amount put forward as possible (STATEMENTS_GUIDE: CLAIM, a contestable fact; the kin
    of a casualty claim): a clause verb under "may", "might" or "could", not the speaker's own
    side's act (``sides``: clause verb → :func:`.context.side_of` voice) and not conditioned,
    with a number that is no date, time or rank in its clause (:data:`_ESTIMATED`): "export
    subsidies might be as high as 100 pct", "the fighters could number up to 5,000". "We may
    send 200 troops" is the side's own possible act."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ not in ("ccomp", "ROOT", "conj"):
        return False
    if sides(t) == "self":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in POSSIBLE for c in t.children):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ == "you" for c in t.children):
        return False  # "you may press 1": a permission
    c = clause_of(t)
    if c.conditioned or c.in_condition or c.negated:
        return False
    return any(x.like_num and x.ent_type_ in _ESTIMATED and _in_clause(x, t) for x in _below(t))


_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "xcomp", "conj"})


def _in_clause(x: Token, verb: Token) -> bool:
    """Whether ``x`` hangs on ``verb`` with no clause of its own between them (at most eight
    heads up: a bound)."""
    for _ in range(8):
        if x == verb:
            return True
        if x.dep_ in _CLAUSE_DEPS:
            return False
        x = x.head
    return False


# the nouns a weapon word names the kind of ("a missile system", "missile batteries"), with
# the ``weapon_system`` words themselves ("a missile launcher")
WEAPON_HEADS = frozenset({"system", "battery", "arsenal", "launcher", "unit"})


# the relations of a verb that names an act rather than asserting one ("an accord on removing
# the missiles", "plans to deploy missiles", "the missiles it wants")
NON_ASSERTED = frozenset({"pcomp", "pobj", "xcomp", "amod", "acl", "relcl", "advcl", "csubj"})


def _weapon_system(t: Token) -> bool:
    """A weapon system as the thing a clause asserts held, moved or developed: a ``weapon_system``
    word of speech_acts.csv ("warhead", "missile"), or a bomb, device or weapon called nuclear
    (``mass_destruction``: "nuclear", "atomic", "hydrogen"), as the subject, object or predicate
    noun of its clause, directly or through a compound whose head is a weapon (``WEAPON_HEADS``:
    "missile batteries"; not "missile defence", a topic), a coordination, or a ``weapon_event``
    noun of speech_acts.csv ("the deployment of the missiles", "a missile test"); the clause asserted (no modal, no condition,
    not negated) and not one of force used (an ``attacking`` verb, "fired missiles at":
    the charge rules of :func:`_clause_acts` read those). A party's military capability put
    forward ("has miniaturized nuclear warheads", "China has deployed a missile system") is
    a contestable fact (STATEMENTS_GUIDE: CLAIM; the kin of :func:`_military_result`). A verb
    that names an act (:data:`NON_ASSERTED`: "on removing the missiles") asserts none."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = t.lemma_.lower()
    if lemma not in class_words("weapon_system") and not (
        lemma in ("bomb", "device", "weapon")
        and any(
            m.dep_ in ("amod", "compound") and m.lower_ in class_words("mass_destruction")
            for m in t.children
        )
    ):
        return False
    arg = t
    for _ in range(4):
        held = class_words("weapon_system") | class_words("weapon_event") | WEAPON_HEADS
        if arg.dep_ in ("conj", "appos") or (
            # "missile batteries", "a missile test"; "missile defence" is a topic, no weapon
            arg.dep_ == "compound" and arg.head.lemma_.lower() in held
        ):
            arg = arg.head
        elif (
            arg.dep_ == "pobj"
            and arg.head.lower_ == "of"
            and arg.head.head.lemma_.lower() in class_words("weapon_event")
        ):
            arg = arg.head.head  # "the deployment of the missiles"
        else:
            break
    if arg.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
        return False
    verb = arg.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in class_words("attacking"):
        return False
    if verb.dep_ in NON_ASSERTED:
        return False  # "an accord on removing the missiles" asserts no weapon held
    c = clause_of(verb)
    return not (c.modals & MODALS or c.negated or c.conditioned or c.in_condition)


# the CLAIM sub-kinds of STATEMENTS_GUIDE read when no other act is found, in the order tried,
# each with its rule name: a finding put forward ("tests showed that he was poisoned"), a
# military capability ("the North has deployed missile launchers"), a judged
# likelihood ("the ban is likely to be lifted"), a belief reported in the passive ("he is seen
# as a hard-liner"), a quality compared ("the code is more effective than the ban"), a party
# measured against another ("pays three times more than France"), a state
# still holding or ended ("the truce is over", "demands have still not been met"), a view put
# forward with its content ("we maintain our view that ..."); then, as
# they read the clauses' voices, a cause given (:func:`_explained_cause`) and a consequence
# foretold (:func:`_predicted_effect`)
_CLAIM_KINDS = (
    (_evidential, "evidence"),
    (_weapon_system, "capability"),
    (_judges_likelihood, "likelihood"),
    (_believed, "belief"),
    (_compared_quality, "comparison"),
    (_measured_against_party, "party-comparison"),
    (_persisting_state, "status"),
    (_held_view, "view"),
)


def _of_a_state(t: Token) -> bool:
    """A demonym or state name modifying ``t`` or after its "of" ("Russian territory", "part
    of China", "Japan's territory")."""
    mods = [m for m in t.children if m.dep_ in ("amod", "compound", "poss")]
    mods += [
        g
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return any(m.ent_type_ in ("NORP", "GPE") for m in mods)


def _military_result(verb: Token) -> bool:
    """ "destroyed 12 enemy tanks", "shot down two drones", "lost 300 tanks": a counted result;
    "controls most of the city", "captured the town": ground taken or held (not in the
    future, not a plan)."""
    if verb.lemma_.lower() not in class_words("result_verb"):
        return False
    if any(
        a.lower_ in FUTURE | POSSIBLE | DEONTIC | {"to"} for a in verb.children if a.dep_ == "aux"
    ):
        return False
    objects = [x for x in verb.children if x.dep_ == "dobj"]
    if not objects:
        # "shot down or jammed 33 drones": coordinated verbs share the object the parser hangs
        # on the last of them
        objects = [
            x for c in verb.children if c.dep_ == "conj" for x in c.children if x.dep_ == "dobj"
        ]
    for o in objects:
        if any(n.dep_ == "nummod" for n in o.children):
            return verb.lemma_.lower() not in ("take", "hold")
        held = [o] + [
            g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
        ]
        if verb.lemma_.lower() not in (
            "destroy",
            "down",
            "shoot",
            "lose",
            "intercept",
            "sink",
        ) and any(
            h.lemma_.lower() in class_words("held_place") or h.ent_type_ in ("GPE", "LOC", "FAC")
            for h in held
        ):
            return True
    return False


# the sentence of a quotation from which a refusal to comment no longer decides its act: the
# first two open it ("Again, I don't have any update on that."; "There might be. I just don't
# have one to announce."), a later one is the tail of a long answer
DECLINE_LAST_SENTENCE = 2


def _late_in_answer(ctx: DocContext, q: Quote, tok: Token) -> bool:
    """Whether ``tok`` lies in the third or a later sentence of the quotation."""
    span = ctx.span(q.start, tok.idx + len(tok))
    if span is None:
        return False
    return len({t.sent.start for t in span}) > DECLINE_LAST_SENTENCE


# phrase class → (label, rule name, whose act it must be: "any" or "own")
PHRASE_ACTS = {
    "decline_phrase": ("DECLINE_COMMENT", "decline", "any"),
    # "I don't have an update on that", "I can't speak to specific cases": read only where
    # they open the answer (:func:`_late_in_answer`)
    "briefing_decline": ("DECLINE_COMMENT", "decline", "any"),
    "deny_phrase": ("DENY", "deny-phrase", "own"),
    "reject_phrase": ("REJECT", "reject-phrase", "own"),
    "concede_phrase": ("CONCEDE", "concede-phrase", "own"),
}


def _phrase_acts(ctx: DocContext, q: Quote, speaker: Actor | None, add) -> None:
    """Acts named by a fixed phrase of ``speech_acts.csv`` ("no comment", "nothing to do with",
    "no intention of", "human error"). A denial, rejection or admission is the speaker's side's
    own: not when the phrase's clause has another party or a third party as subject ("Iran
    rejected ...", "if they do not accept ..."), nor inside an if/unless condition."""
    low = q.text.casefold()
    phrases = act_words().phrases
    for cls, (label, name, whose) in PHRASE_ACTS.items():
        pattern = phrases.get(cls)
        if pattern is None:
            continue
        for m in pattern.finditer(low):
            span = ctx.span(q.start + m.start(), q.start + m.end())
            tok = span.root if span is not None and len(span) else None
            if cls == "briefing_decline" and tok is not None and _late_in_answer(ctx, q, tok):
                # "We've expressed our concerns ... We have taken action ... I just don't have
                # more to share": a refusal at the tail of a long answer is not what it does
                break
            if cls == "reject_phrase" and tok is not None and _turned_over(tok, m.group()):
                # "would not rule out military action", "has not rejected the offer": a refusal
                # negated refuses nothing; force or a punitive measure kept open is a threat
                # (STATEMENTS_GUIDE: THREATEN "there may be retaliation")
                if _force_kept_open(tok):
                    add(tok, "THREATEN", "force-not-ruled-out")
                break
            if whose == "own" and tok is not None:
                c = clause_of(tok)
                subj, _ = subject_of(c.verb)
                side, _ = side_of(ctx, subj, speaker, q)
                third = side == "unknown" and tok.pos_ in ("VERB", "AUX")
                if c.in_condition or side == "other":
                    continue
                if cls == "deny_phrase" and _link_disputed(ctx, speaker, span, subj):
                    # "this has nothing to do with national security": the link a measure is
                    # said to have is contested, not an allegation denied (STATEMENTS_GUIDE:
                    # DISPUTE, "contesting a claim or position")
                    add(tok, "DISPUTE", "link-disputed")
                    break
                if third:
                    continue
            add(tok, label, name)
            break


# the words that make a phrase of speech_acts.csv negative in itself ("not accept", "never
# accept", "can't accept", "non-negotiable"): negated again outside it, it keeps its act
_PHRASE_NEGATORS = re.compile(r"(?<!\w)(?:not|never|no|non|can't|can’t|won't|won’t|cannot)(?!\w)")


def _turned_over(tok: Token, phrase: str) -> bool:
    """Whether the verb of a phrase that is positive in itself ("rule out", "rejected", "turned
    down") is negated in its clause ("would not rule out", "has never rejected"): general
    English usage; a phrase negative in itself (``_PHRASE_NEGATORS``: "will not accept") is
    not turned over by the negator it contains."""
    return not _PHRASE_NEGATORS.search(phrase) and negated(tok)


def _force_kept_open(tok: Token) -> bool:
    """Whether what a negated refusal ("did not rule out ...") keeps open is force or a
    punitive measure: a ``punitive``, ``hostile``, ``wrongful_noun`` or ``military_action``
    word of speech_acts.csv among the tokens below ``tok`` ("sanctions", "a strike", "an
    invasion"), not a ``weak_punitive`` one alone ("a response"), unless it is "military"
    ("military action", "a military response")."""
    below = [x for x in _below(tok, 12) if x.i != tok.i]
    if any(x.lower_ == "military" for x in below):
        return True
    return any(
        (
            has_class(x, "punitive")
            or has_class(x, "hostile")
            or has_class(x, "wrongful_noun")
            or has_class(x, "military_action")
        )
        and x.lemma_.lower() not in class_words("weak_punitive")
        for x in below
    )


# lemmas of a denial phrase that deny a link ("nothing to do with", "no connection to", "not
# linked to") rather than an event or a report ("not true", "no evidence", "never happened")
LINK_LEMMAS = frozenset({"do", "link", "linked", "connection", "connect", "connected"})


def _link_disputed(ctx: DocContext, speaker: Actor | None, span, subj: Token | None) -> bool:
    """Whether a denial phrase of a link (``LINK_LEMMAS``) contests the motive or bearing claimed
    for a thing rather than denies the speaker's side's involvement: its subject is a thing, not
    a party (``this``, "the decision": :func:`_party_word` false), and what the thing is denied
    to be linked with is not the speaker's side ("this has nothing to do with national
    security" → True; "we have nothing to do with the attack", "the attack has nothing to do
    with us", "it is not true" → False). ``span`` is the phrase's span (or None)."""
    if span is None or not len(span) or subj is None:
        return False
    if not any(t.lemma_.lower() in LINK_LEMMAS or t.lower_ in LINK_LEMMAS for t in span):
        return False
    if subj.pos_ not in ("PRON", "NOUN") or _party_word(ctx, subj):
        return False
    if subj.pos_ == "PRON" and subj.lower_ not in ("this", "that", "these", "those"):
        return False  # "it has nothing to do with ..." said of a ministry is its own denial
    linked = [
        o
        for p in span.root.subtree
        if p.dep_ == "prep" and p.lower_ in ("with", "to")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if not linked:
        return False
    return not any(_names_own_side(ctx, speaker, w) for o in linked for w in o.subtree)


def _clause_acts(ctx, q, speaker, c: Clause, subj, passive, side, who, add) -> None:
    """The acts a clause performs through its verb (called once per clause verb)."""
    verb = c.verb
    kids = c.children  # ``verb.children``, read once by :func:`clause_of`
    vlem = verb.lemma_.lower()
    first = subj is not None and first_person(subj)
    head = verb.head.lemma_.lower()
    joint = side == "unknown" and _joint(subj)
    if joint:
        side = "self"  # "the two sides will hold talks": the speaker's side among them
    future = bool(c.modals & FUTURE) or (
        verb.dep_ == "xcomp"
        and head in class_words("intending")
        and not described_intention(verb.head)  # "how firmly the cabinet was prepared to act"
    )
    hindsight = in_hindsight(verb)
    deontic = (
        (bool(c.modals & DEONTIC) or "must" in c.modals)
        and perfect_modal(verb) is None
        and not inferred_progressive(verb)
    )
    other_party = who.span.root if who is not None else None
    if hindsight and not c.conditioned:
        if first and side == "self":
            # "we should have acted sooner", "I should not have said it": the speaker's side
            # owning a fault (STATEMENTS_GUIDE: CONCEDE); "the government should have acted"
            # from its own opposition criticises it
            add(verb, "CONCEDE", "self-should-have")
        else:
            # "Moscow should have informed us", "the government should have acted sooner":
            # another party's past conduct criticised (STATEMENTS_GUIDE: DISPUTE)
            add(verb, "DISPUTE", "should-have", other_party)
    if _event_denied(verb, c):
        # "there was no attack on the convoy", "the incident never took place": a reported
        # wrongful act said not to have happened denies the report (STATEMENTS_GUIDE: DENY)
        add(verb, "DENY", "event-denied")
    if (
        deontic
        and not first
        and (side != "self" or joint)  # "both sides must exercise restraint" asks both
        and (
            not passive or vlem not in class_words("judged")
        )  # "any military activity should be reduced"
        and not (vlem in STATE_VERBS and not c.negated and not _asks_a_state(vlem, c.modals))
        and verb.dep_ not in ("relcl", "acl")
        # "the points that need to be corrected": a relative clause describes its noun, as
        # the self-must rule below reads it
        and not (verb.dep_ == "xcomp" and verb.head.dep_ in ("relcl", "acl"))
        and vlem not in ("face", "do")
        # "has not decided whether sanctions should be lifted": a question left open, no ask
        and not _open_question(verb)
    ):
        if _forecast(verb, subj, passive, c):
            # a prediction stated as fact (STATEMENTS_GUIDE: CLAIM), no ask of anyone
            add(verb, "CLAIM", "forecast")
        else:
            add(verb, "APPEAL", "deontic")
    if not c.negated and (left_to := _left_to_party(ctx, q, speaker, verb)) is not None:
        # "it is up to Iran to prove its programme is peaceful": the act is laid on that party
        # (STATEMENTS_GUIDE: APPEAL, what a party is asked to do)
        add(verb, "APPEAL", "up-to-party", left_to)
    if deontic and not first and not c.negated and (thing := _called_into_being(verb)) is not None:
        # "there should be a full investigation", "there needs to be much greater fiscal action
        # by the United States": what must exist is asked for (STATEMENTS_GUIDE: APPEAL,
        # "should/must" ... recommend), addressed to whoever can bring it about
        add(verb, "APPEAL", "deontic-existential", thing)
    if (
        not deontic
        and (side == "other" or joint)
        and not c.negated
        and not c.conditioned
        and backshifted_must(q, verb)
        and vlem not in STATE_VERBS | {"face", "do"}
    ):
        # "the minister said Russia had to withdraw its troops": reported speech shifts "has
        # to" into the past; on another named party it asks that party to act (APPEAL)
        add(verb, "APPEAL", "deontic-backshifted")
    if (
        deontic
        and side == "self"
        and not c.negated
        and not c.conditioned
        and verb.dep_ not in ("relcl", "acl")
        and not _open_question(verb)
        and _owed_or_other_branch(ctx, subj, speaker, passive, vlem)
    ):
        # "the US must be compensated", "Congress should start today": a demand for what the
        # speaker's side is owed, or a call on another branch of its own state (APPEAL)
        add(verb, "APPEAL", "deontic-own-side", None if passive else subj)
    if (
        deontic
        and first
        and subj is not None
        and subj.lower_ in ("we", "i")
        and not c.negated
        and not c.conditioned
        and not passive
        and vlem not in STATE_VERBS | class_words("mental") | class_words("deliberating") | {"do"}
        # "we have to admit that ...", "I must concede": a point granted (CONCEDE, by the
        # admitting verb), no act the side binds itself to
        and vlem not in class_words("concede_word")
        and verb.dep_ not in ("relcl", "acl")
        and verb.head.dep_ not in ("relcl", "acl")
    ):
        # "we must improve our accounting", "I have to protect our farmers": the speaker's
        # side binding itself to act is its own commitment (INTENT), not an appeal
        add(verb, "INTENT", "self-must")
    if (
        side != "other"
        and c.modals & FUTURE
        and not c.negated
        and not c.conditioned
        and vlem in ("follow", "come", "be", "continue", "happen")
        and not _strong_harm(verb)  # "any invasion would be a catastrophe" warns
        and not _asked(verb)  # "whether the attacks will continue" asserts nothing
    ):
        # "other attacks will follow", "there will be retaliation": the speaker's side's
        # hostile act announced without a doer
        hostile = [
            x
            for x in kids
            if x.dep_ in ("nsubj", "attr")
            and (has_class(x, "punitive") or has_class(x, "wrongful_noun"))
            and x.lemma_.lower() not in class_words("weak_punitive")
            and not any(
                m.dep_ == "poss" or (m.dep_ in ("amod", "compound") and m.pos_ == "PROPN")
                for m in x.children
            )
        ]
        if any(not denied_by_no(x) for x in hostile):
            add(verb, "THREATEN", "hostile-act-will-come")
        elif hostile:
            # "there will be no attack on the city", "no retaliation will follow": the same
            # act promised not to come is the side's promise not to act (STATEMENTS_GUIDE:
            # INTENT "promise"; the kin of "we will not send troops"), no threat
            add(verb, "INTENT", "no-hostile-act-will-come")
        elif vlem == "be" and _own_force_to_come(ctx, speaker, kids):
            # "there will be a permanent armoured brigade in Poland" from the US defence
            # secretary: the speaker's side announcing its own deployment (STATEMENTS_GUIDE:
            # INTENT "announced measure")
            add(verb, "INTENT", "own-force-will-come")
    if side == "self" and c.modals & POSSIBLE and not c.negated and not c.past:
        punitive = has_class(verb, "punitive") or any(
            has_class(x, "punitive") for x in kids if x.dep_ in ("dobj", "nsubjpass")
        )
        if punitive and vlem not in class_words("weak_punitive"):
            add(verb, "THREATEN", "self-may-punish")  # "we may revoke their licences"
    if passive and future and not c.past and _request_refused(verb, subj, c.negated):
        # "any requests would be refused", "permission will not be granted": the speaking
        # authority's refusal, its agent left implicit (STATEMENTS_GUIDE: REJECT)
        add(verb, "REJECT", "request-will-be-refused")
    if side == "self" and future and not c.past:
        # "we will impose tariffs", "we will hunt them down", "Israel would strike back"
        punitive = (
            has_class(verb, "punitive")
            or has_class(verb, "hostile")
            or has_class(verb, "wrongful_verb")
            or any(
                has_class(x, "punitive") and not _eased(x)  # "would lift the sanctions if ..."
                for x in kids
                if x.dep_ in ("dobj", "nsubjpass", "attr")
            )
        )
        if c.negated and vlem in class_words("not_tolerate") and not _candidacy(verb):
            add(verb, "THREATEN", "self-will-not-tolerate")
        elif c.negated and _idle(verb) and _party_subject(subj):
            add(verb, "THREATEN", "self-will-not-stand-by")  # "we will not sit idly by"
        elif c.negated and vlem in class_words("not_accept"):
            add(verb, "REJECT", "self-will-not-accept")
        elif c.negated and _takes_part(verb):
            # "we will not take part in the arbitration": refusing the talks or proceedings
            add(verb, "REJECT", "self-will-not-take-part")
        elif c.negated and (
            vlem in STATE_VERBS | class_words("mental")
            or (verb.dep_ == "xcomp" and head in class_words("mental"))
        ):
            pass  # "was not planning to call for cuts", "will not know": no act of its own
        elif c.negated:
            # "we will not raise the retirement age": a promise not to act is an intention;
            # "we will not solve it unless ..." promises nothing
            if not c.conditioned:
                add(verb, "INTENT", "self-will-not")
        elif (
            c.conditioned
            and not punitive
            and not _answering_act(verb)
            and not _imposed_on_party(verb)
            and not listed_measure(verb)  # "would downgrade relations if ...": coercive
            and not _hostile_object(verb)  # "would launch a new offensive if ..."
            and not _coercive_condition(verb)  # "... unless Europe acts", "... if attacked"
        ):
            # "if it is lifted we will end up with ...", "if we can't resolve it I will raise
            # it with the White House": a conditioned act against no one is a conditional
            # promise or plan, no threat (STATEMENTS_GUIDE: THREATEN is acting against a party)
            add(verb, "INTENT", "self-future-conditional")
        elif c.conditioned or (punitive and listed_measure(verb) is None):
            # "we will respond", "they will pay dearly", "will impose tariffs if ...", "if the
            # bill passes we will impose taxes on their goods" (:func:`_imposed_on_party`): a threat;
            # "we will expel the diplomats", "will lift the sanctions": a decided measure, INTENT
            add(verb, "THREATEN", "self-future-punitive")
        elif vlem not in STATE_VERBS | class_words("deliberating") | class_words("mental") and not (
            _wish_to_act(verb) and any(x.dep_ == "xcomp" and is_cue_verb(x) for x in kids)
        ):
            # "I would like to emphasise that ...": the wish to say something is no intention
            add(verb, "INTENT", "self-future")
    plain = not c.negated and not c.modals & (FUTURE | POSSIBLE | DEONTIC) and not c.conditioned
    # "may have misused his office": a past act put forward as possible still attributes it
    # (STATEMENTS_GUIDE: ACCUSE "attributes a specific wrongful act"); "could have" is left
    # out (counterfactual: "could have done more")
    hedged_past = (
        not c.negated
        and not c.conditioned
        and c.modals & {"may", "might"}
        and "have" in c.modals
        and verb.tag_ == "VBN"
    )
    # "Russia must stop shelling civilians": the act is what the party is asked to stop, so
    # the clause appeals (the deontic rule above); none of the charge rules below reads it
    asked_to_stop = _asked_to_stop(verb)
    if (
        side in ("other", "unknown")
        and (plain or hedged_past)
        and not passive
        and not asked_to_stop
    ):
        if (
            has_class(verb, "wrongful_verb")
            and not _a_weapon(subj)
            # "the drills risk provoking a crisis": an act risked, not done (act:risks-harm)
            and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "risk")
            # "Lawson's remarks undermined sterling": an effect on a market, no wrong to a party
            and not (vlem in class_words("effect_verb") and _acts_on_a_measure(kids))
        ):
            # "the regime lied", "they betrayed us"; not "19 missiles failed to reach their
            # targets": a weapon is no party that does wrong (force on protected objects by a
            # weapon is read by the protected-hit rules below)
            add(verb, "ACCUSE", "other-wrongful", other_party)
        elif vlem not in class_words("countering") and vlem not in class_words("undergoing"):
            # "the regime kept up attacks", "they broke the truce"; not "they fight terrorism",
            # nor "Tunisia is facing terrorist attacks" (the wrong is done to the subject)
            objs = [x for x in kids if x.dep_ in ("dobj", "attr")]
            objs += [
                g
                for x in kids
                if x.dep_ == "prep" and x.lower_ not in class_words("countering")
                for g in x.children
                if g.dep_ == "pobj"
            ]
            if any(
                has_class(o, "wrongful_noun")
                or any(has_class(m, "wrongful_adj") for m in o.children if m.dep_ == "amod")
                for o in objs
            ):
                add(verb, "ACCUSE", "other-wrongful-object", other_party)
            elif vlem in class_words("breaking") and any(
                has_class(o, "binding") for o in objs if o.dep_ == "dobj"
            ):
                # "Russia broke the ceasefire", "they are breaking international law", "he
                # broke his promise": a rule, pledge or truce broken is a violation charged
                # (STATEMENTS_GUIDE: ACCUSE, "violated our airspace")
                add(verb, "ACCUSE", "other-breaks-binding", other_party)
    if (
        side in ("other", "unknown")
        and subj is not None
        and not first
        and (plain or (c.past and not c.negated and not c.conditioned))
        and not passive
        and not _backgrounded(verb)  # "as Russia prepares for its offensive, Kyiv needs ..."
        and _readies_force(verb)
    ):
        # "the regime is mobilising forces", "Russia has amassed troops on the border", "the
        # army is preparing for an offensive": another party readying force is charged with a
        # hostile intent (STATEMENTS_GUIDE: ACCUSE "a specific wrongful act or intent")
        add(verb, "ACCUSE", "other-readies-force", other_party)
    if (
        (side == "other" or (side == "unknown" and _named_party(subj)))
        and not c.negated
        and not c.conditioned
        and not c.modals & (DEONTIC | POSSIBLE)
        and not passive
        and not asked_to_stop
        and vlem not in STATE_VERBS | class_words("mental")
    ):
        # "the regime runs operations including kidnappings", "Mahan flies fighters to
        # Syria in support of a brutal war": another named party's conduct described through
        # a wrongful act or quality further down its clause
        charged = _charged_word(verb)
        if charged is not None:
            add(verb, "ACCUSE", "other-conduct-wrongful", other_party)
    if (
        (side == "other" or (side == "unknown" and _named_party(subj)))
        and not c.negated
        and not c.conditioned
        and not c.modals & (DEONTIC | POSSIBLE)
        and _wrong_in_predicate(verb)
    ):
        # "North Korea has been effective in evading sanctions", "Moscow is guilty of
        # violating the treaty": the party the predicate describes does the wrong its gerund
        # names (STATEMENTS_GUIDE: ACCUSE)
        add(verb, "ACCUSE", "other-wrong-in-predicate", other_party)
    if side != "self" and not c.negated and not c.conditioned and _faces_charges(verb):
        # "the 36 must face murder charges", "the officers will stand trial for the killing":
        # another party facing proceedings for a named wrong is charged with it (ACCUSE)
        add(verb, "ACCUSE", "other-faces-charges", other_party)
    if (
        side in ("other", "unknown")
        and plain
        and not passive
        and not asked_to_stop
        and _used_as_weapon(verb)
    ):
        # "Belarus is using migrants as a weapon", "Hamas used civilians as human shields":
        # people or goods turned into a means of pressure or cover (STATEMENTS_GUIDE: ACCUSE)
        add(verb, "ACCUSE", "other-uses-as-weapon", other_party)
    if not c.negated and not c.conditioned and not _asked(verb) and _hits_protected(verb, passive):
        # "Russian troops executed civilians", "militants fired rockets at civilian areas",
        # "a hospital was shelled by the army": force used on persons or objects protected in
        # armed conflict is a specific charge (STATEMENTS_GUIDE: ACCUSE)
        doer = next((x for x in kids if x.dep_ == "agent"), None)
        if passive and doer is not None:
            add(verb, "ACCUSE", "protected-hit-by", doer)
        elif not passive and side in ("other", "unknown") and plain and not asked_to_stop:
            add(verb, "ACCUSE", "other-hits-protected", other_party)
    if passive and not c.negated and has_class(verb, "wrongful_verb"):
        agent = next((x for x in kids if x.dep_ == "agent"), None)
        if agent is not None:
            add(verb, "ACCUSE", "passive-wrongful-by", agent)
        elif not c.modals & MODALS and side != "self":
            # "their rights were systematically abused": a wrong done to someone, by a party
            # the context names (its passive auxiliary is no modal: "were", "had been")
            add(verb, "ACCUSE", "passive-wrongful")
    elif passive and not c.negated and not c.conditioned and _wrong_done_by(ctx, q, speaker, verb):
        # "the poisoning was probably approved by Putin", "the killings were ordered by the
        # junta": the passive of "Putin approved the poisoning" (other-wrongful-object above)
        # charges the agent with the wrong its subject names (STATEMENTS_GUIDE: ACCUSE)
        add(verb, "ACCUSE", "passive-wrong-by", next(x for x in kids if x.dep_ == "agent"))
    elif (
        passive
        and not c.negated
        and not c.conditioned
        and not c.modals & (FUTURE | POSSIBLE | DEONTIC)
        and not _backgrounded(verb)  # "to free Americans who are held or wrongfully detained"
        and _done_wrongfully(verb)
    ):
        # "the two journalists were unjustly detained", "the sailors were illegally seized by
        # Iran": an act done to someone in a wrongful manner charges its doer, named by the
        # agent or by the context (STATEMENTS_GUIDE: ACCUSE "attributes a specific wrongful act")
        add(
            verb,
            "ACCUSE",
            "passive-wrongful-manner",
            next((x for x in kids if x.dep_ == "agent"), None),
        )
    dismayed = any(has_class(x, "dismay") for x in (verb, *kids) if x == verb or x.dep_ == "acomp")
    if side == "self" and not c.negated and dismayed:
        # "we are disappointed by the decision": the speaker's side's displeasure disapproves
        add(verb, "DISPUTE", "self-dismayed")
    elif side == "self" and c.negated and not c.modals & MODALS and _unpersuaded(verb):
        # "we are not convinced that the plan will work", "he was not persuaded by Moscow's
        # arguments": the speaker's side doubting a view or plan (STATEMENTS_GUIDE: DISPUTE)
        add(verb, "DISPUTE", "self-unconvinced")
    if c.negated and not c.conditioned and not c.in_condition and _legitimacy(verb):
        # "the rebate can no longer be justified", "the blockade is not legitimate": a
        # judgement against a thing or act (DISPUTE); "it is justified" defends (no label)
        add(verb, "DISPUTE", "not-justified")
    wanting = vlem in class_words("wanting") or (
        vlem in class_words("wanting_would") and "would" in c.modals
    )
    if side == "self" and not c.negated and wanting and not _names_as(verb):
        for x in _below(verb):
            if x.dep_ in ("xcomp", "ccomp"):
                if vlem not in class_words("predicting"):
                    # "we want to see Russia withdraw": the act to be seen; "we expect to see
                    # earnings grow" foresees (the predicting rule below)
                    x = _act_to_see(x)
                xs, _ = subject_of(x)
                xside, _ = side_of(ctx, xs, speaker, q)
                # an appeal is addressed to a party: "we want Russia to end the blockade";
                # "we want the deal to pass" backs a course of events, "we want the deal to
                # fail" (_outcome) and "we do not want it to pass" back none
                xc = clause_of(x)
                if (
                    xs is not None
                    and xs != subj
                    and _outcome(xs)
                    and xside != "other"
                    and not xc.negated
                ):
                    # "he wanted the agreement to pass": the speaker's side backs an outcome;
                    # "he expects it to be lifted within six months" foresees one, a prediction
                    # stated as fact (STATEMENTS_GUIDE: CLAIM), backing and asking none
                    by = (
                        _agent_party(ctx, x, speaker, q)
                        if vlem in class_words("predicting")
                        else None
                    )
                    if by is not None:
                        # "Washington expects the agreement to be implemented by Iran": what
                        # another party is expected to do is asked of it (APPEAL)
                        add(verb, "APPEAL", "self-expects-of-party", by)
                    elif vlem in class_words("predicting"):
                        add(verb, "CLAIM", "self-predicts", x)
                    else:
                        add(verb, "SUPPORT", "self-wants-outcome", x)
                elif xs is not None and xs != subj and xside in ("other", "unknown"):
                    add(verb, "APPEAL", "self-wants-other", xs)
                break
        else:
            source = _asked_of_party(ctx, q, speaker, verb)
            if source is not None:
                # "we expect from Iran a full investigation", "we want guarantees from Moscow":
                # the speaker's side asking a party for something (STATEMENTS_GUIDE: APPEAL)
                add(verb, "APPEAL", "self-wants-from-other", source)
    nothing = subj is not None and subj.lower_ in ("nothing", "nobody", "none")
    if (
        side == "self"
        and not c.negated
        and not c.conditioned
        and not c.modals & (FUTURE | POSSIBLE)  # "he would press China to ...": an intention
        and not c.past  # "he had specifically asked Putin ...": a past exchange told
        and _requests_of_party(verb)
    ):
        # "we request an explanation from Moscow", "we seek additional information on this
        # matter": the speaker's side asking for something (STATEMENTS_GUIDE: APPEAL)
        add(verb, "APPEAL", "self-requests")
    kept_on = _not_stopped(ctx, q, speaker, verb, c) if c.negated or nothing else None
    if kept_on is not None:
        # "his appointment will not stop Israel from pursuing him", "nothing will stop us from
        # defending our land": the speaker's side going on with an act, against a party
        # (THREATEN) or not (INTENT)
        hostile = has_class(kept_on, "hostile") or has_class(kept_on, "punitive")
        hostile = hostile or (
            has_class(kept_on, "pursuing") and any(o.dep_ == "dobj" for o in kept_on.children)
        )
        add(verb, "THREATEN" if hostile else "INTENT", "self-not-stopped", kept_on)
    if (
        c.conditioned
        and c.modals & (FUTURE | POSSIBLE)
        and side != "self"
        and _harmful_outcome(verb)
    ):
        add(verb, "WARN", "conditional-outcome")
    if side == "self" and not c.negated and vlem in ("fear", "worry"):
        add(verb, "WARN", "self-fears")
    planning = future or vlem in ("seek", "look", "prepare", "consider")
    if (
        side == "self"
        and not c.negated
        and planning
        and any(_planned_punitive(verb, x) for x in _below(verb))
        and (c.conditioned or listed_measure(verb) is None)  # a decided measure: INTENT
    ):
        add(verb, "THREATEN", "self-punitive-plan")
    elif (
        side == "self"
        and not c.negated
        and not c.past
        and vlem in ("consider", "weigh", "study", "examine", "review")
        and any(
            x.dep_ in ("xcomp", "dobj") and x.pos_ in ("VERB", "NOUN") and listed_measure(x)
            for x in kids
        )
    ):
        # "Moscow is considering cutting gas supplies", "we are weighing sanctions": a coercive
        # measure held over a party, not yet decided (STATEMENTS_GUIDE: THREATEN "there may be
        # retaliation"; a decided one is an announced measure, INTENT)
        add(verb, "THREATEN", "self-weighs-measure")
    none_of_ours = _none_of_own(ctx, q, speaker, subj)
    if none_of_ours:
        side = "self"  # "none of its fighters were involved": the speaker's side, negated
    negative = c.negated or none_of_ours or _at_no_point(verb)
    denies = (
        side == "self"
        and negative
        and not c.modals & (FUTURE | DEONTIC | POSSIBLE)
        # "we urge China not to circumvent the sanctions": the infinitive is the object's act
        # asked for, no act of the speaker's side denied
        and not (verb.dep_ == "xcomp" and any(x.dep_ == "dobj" for x in verb.head.children))
    )
    if denies and c.negated and _sufficiency(verb):
        # "we did not do enough", "we have not worked hard enough": the speaker's side owning
        # a shortfall admits a point against itself (STATEMENTS_GUIDE: CONCEDE), no denial
        add(verb, "CONCEDE", "self-fell-short")
        denies = False
    if (
        side == "self"
        and not c.negated
        and not c.conditioned
        and verb.dep_ == "ccomp"
        and _granted_true(verb.head)
        and _granted_against_itself(verb)
    ):
        # "it is true that we sold them the weapons": the speaker's side granting a fact of
        # its own against itself (STATEMENTS_GUIDE: CONCEDE)
        add(verb, "CONCEDE", "self-grants-point")
    if (
        vlem == "be"
        and not c.modals & MODALS
        and not c.negated
        and any(x.dep_ == "expl" for x in kids)
        and any(x.dep_ == "attr" and _none_of_own(ctx, q, speaker, x) for x in kids)
    ):
        add(verb, "DENY", "self-denies-presence")  # "there are no Russian soldiers in Ukraine"
    if denies and none_of_ours and not c.negated and vlem == "be" and not c.modals & MODALS:
        # "no Russian troops are in Ukraine": the side's presence denied
        add(verb, "DENY", "self-denies-presence")
    if (
        side == "self"
        and not c.modals & MODALS
        and not c.conditioned
        and vlem in class_words("holding_verb")
        and _holds_none_of_charged(verb, c.negated)
    ):
        # "it has no political prisoners", "we have no nuclear weapons", "the country keeps no
        # troops there": the speaker's side denying it holds what a charge would hold against it
        add(verb, "DENY", "self-denies-holding")
    if denies and (vlem in class_words("involved") or _wrongful_object(verb)):
        # "none of its fighters took part", "it has never paid bribes": the speaker's side
        # denying a part in a reported act
        add(verb, "DENY", "self-denies-part")
    if (
        denies
        and vlem in class_words("coercing")
        and not passive
        and not c.modals & MODALS
        and verb.dep_ != "xcomp"  # "we don't want to pressure anyone": no act denied
        # "I am not threatening to resign": a move of one's own, no one coerced
        and not any(c.dep_ == "xcomp" for c in verb.children)
    ) or (side == "self" and not c.negated and not c.modals & MODALS and _no_coercion_done(verb)):
        # "I never threaten anybody", "I put no pressure on them whatsoever": the speaker's side
        # saying it coerced no one denies the charge (STATEMENTS_GUIDE: DENY)
        add(verb, "DENY", "self-denies-coercion")
    if denies and (has_class(verb, "wrongful_verb") or has_class(verb, "hostile")):
        # "we don't target journalists", "our jets did not strike the market": the speaker's
        # side denying a wrongful or hostile act of its own
        add(verb, "DENY", "self-denies-wrong")
    if (
        denies
        and c.negated
        and c.past
        and vlem in ("say", "tell", "promise", "threaten", "claim", "suggest")
        and (
            any(
                x.dep_ in ("dobj", "ccomp") and x.lower_ in ("that", "this", "so", "anything")
                for x in kids
            )
            # "I never said that," he told ...: the small model hangs a closing "that" on the
            # cue outside as a complementiser
            or (
                verb.i + 2 < len(verb.doc)
                and verb.doc[verb.i + 1].lower_ in ("that", "this")
                and verb.doc[verb.i + 2].is_punct
            )
        )
    ):
        # "I never said that", "we did not promise anything": the speaker's side denying words
        # reported of it (STATEMENTS_GUIDE: DENY, a denial of a report)
        add(verb, "DENY", "self-denies-saying")
    if (
        passive
        and _nobody(subj)
        and not has_class(subj, "munitions")  # "no shells were fired": no person wronged
        and not c.modals & (FUTURE | DEONTIC | POSSIBLE)
        and (has_class(verb, "attacking") or has_class(verb, "wrongful_verb"))
        and not has_class(verb, "casualty")
        and _official(speaker)
    ):
        # "nobody has been arrested for their views", "no journalist was tortured" from a state's
        # voice: an abuse charged to the authorities said not to have been done (STATEMENTS_GUIDE:
        # DENY); a death toll of none ("no one was killed") is a casualty report
        add(verb, "DENY", "nobody-wronged")
    elif (
        denies
        and (c.past or not c.negated)
        and verb.pos_ == "VERB"
        and verb.dep_ in ("ROOT", "ccomp", "conj")
        and vlem
        not in STATE_VERBS
        | class_words("mental")
        | class_words("neg_raising")  # "did not consider the findings impartial": an opinion
        | class_words("not_accept")
        | class_words("persuaded")
        # "the FBI did not search the building until October" says when the act came
        and not any(x.lower_ in ("until", "till") for x in kids)
        # "the President has not made a decision yet": a decision still to come, no report
        # denied ("our forces have not yet entered the city" denies one)
        and not _decision_pending(verb, kids)
        # "we have to admit that our policy has not worked": a failure owned (CONCEDE, by the
        # admitting verb), no report denied
        and not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in class_words("concede_word"))
    ):
        # "our army did not fire a single shell", "it never sent weapons": the speaker's side
        # says a reported act of its own did not happen ("was not convinced": no act)
        add(verb, "DENY", "self-denies-act")
    if (
        c.negated
        and not c.modals & MODALS
        and verb.pos_ == "VERB"
        and _said_outright(verb, q)
        and (reported := _contradicted_report(ctx, q, verb)) is not None
    ):
        # "the United States is not preventing people from leaving Rukban" after Russia's
        # ministries said it was preventing "the evacuation of the Syrian civilians": what
        # another speaker of the article said happens, said not to happen (STATEMENTS_GUIDE:
        # DENY "denial of an allegation or report", its target the accuser)
        add(verb, "DENY", "contradicts-report", _speaker_token(ctx, reported))
    if side == "unknown" and not c.negated and not c.modals & MODALS and _done_in_error(kids):
        # "the boats had mistakenly entered Iranian waters" said by one of their crew: an act
        # of no named party owned as an error (STATEMENTS_GUIDE: CONCEDE); another named
        # party's error ("Russian jets mistakenly bombed ...") is left to the charge rules
        add(verb, "CONCEDE", "admits-error")
    if (
        side == "self"
        and not c.negated
        and not c.modals & MODALS
        and any(x.dep_ == "dobj" and has_class(x, "concede_word") and denied_by_no(x) for x in kids)
    ):
        # "they had made no apology to Tehran", "we have made no admission of guilt": the
        # speaker's side denying a reported concession (STATEMENTS_GUIDE: DENY), the kin of
        # "we have not apologised" (self-denies-act)
        add(verb, "DENY", "self-denies-concession")
    error = _own_act_in_error(ctx, speaker, verb, subj, side) if not c.negated else None
    if error is not None:
        # "its strike on the school was a mistake" from the army that struck, "the drone strike
        # in Kabul was a tragic error" from the military: the speaker's side owns an act of its
        # own as an error (STATEMENTS_GUIDE: CONCEDE "made a mistake"), no judgement of another
        add(error, "CONCEDE", "own-act-a-mistake")
    if side == "self" and not c.negated:
        if any(
            (has_class(x, "concede_word") or has_class(x, "concede_phrase")) and not denied_by_no(x)
            for x in (verb, *kids)
        ):
            # "we made a mistake", "its soldiers mistakenly fired" (a one-word
            # concede_phrase row is a word, not a phrase)
            add(verb, "CONCEDE", "self-admits")
        intending = verb.dep_ == "xcomp" and (
            head in class_words("intending") or owned_fault_word(verb.head)
        )  # "we are ready to support it"; "I was wrong to trust them" owns a fault
        if (
            verb.pos_ == "VERB"
            and has_class(verb, "pos_eval")
            and not intending
            and not _wish_to_act(verb)
            and verb.dep_ not in ("relcl", "acl")
            and not _honours_a_rule(verb)
        ):
            # "we welcome the deal"; "we are ready to support it" offers (INTENT above); "we
            # would like to respond" wishes to act, "an agreement that I like" describes it;
            # "we respect the 1997 agreement" keeps to it, no praise
            add(verb, "SUPPORT", "self-welcomes")
        elif _honours_a_rule(verb) and not c.modals & (FUTURE | POSSIBLE | DEONTIC):
            # "it is respecting a 1997 agreement", "we comply with the ruling": the speaker's
            # side asserting its own compliance, a contestable claim (STATEMENTS_GUIDE: CLAIM);
            # "we will respect it" promises (INTENT, above)
            add(verb, "CLAIM", "self-complies")
        if vlem == "regret" and _regrets_loss(verb):
            add(verb, "CONCEDE", "self-regrets-loss")  # "we regret the loss of life"
        elif vlem in class_words("disapproving"):
            add(verb, "DISPUTE", "self-disapproves")
            if _charged_for(verb):
                # "condemned Iran for arming the rebels": the condemnation states the charge
                # (STATEMENTS_GUIDE: "If a condemnation also states the charge, ACCUSE wins")
                add(verb, "ACCUSE", "self-condemns-for-act")
    harmful = has_class(verb, "harm") or any(
        has_class(x, "harm") for x in kids if x.dep_ in ("dobj", "attr", "acomp")
    )
    # "could hit exports", "can harm the negotiations", "is likely to worsen"
    possible = c.modals & POSSIBLE or (
        "can" in c.modals or any(x.lemma_.lower() == "likely" for x in kids)
    )
    strong_harm = _strong_harm(verb)  # asked once: the harm rules below read it twice
    harmful = harmful or strong_harm  # "could lead to war", "push it into chaos"
    if possible and harmful and side != "self" and vlem != "cost" and not _past_possibility(verb):
        add(verb, "WARN", "possible-harm")
    if c.conditioned and harmful and side != "self" and not c.past:
        # a harm on a condition, still to come ("if the dam breaks, the valley will be
        # flooded"); a past one ("the valley was going to be flooded") is told, not warned of
        add(verb, "WARN", "conditional-harm")
    if (
        side != "self"
        and c.modals & FUTURE
        and not c.negated
        and not c.conditioned
        and not c.past
        and strong_harm
        and not _relative(verb)
    ):
        # "a trade war would hurt everyone", "the plan will undermine the peace process",
        # "any invasion would be a catastrophe": bad consequences foreseen, no punitive act of
        # the speaker's own (STATEMENTS_GUIDE: WARN)
        add(verb, "WARN", "future-harm")
    if (
        vlem in class_words("endangering")
        and not c.negated
        and side in ("none", "unknown")
        and _a_thing(subj)
        and any(x.dep_ == "dobj" for x in kids)
        and (verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBD" and q.kind == "indirect"))
    ):
        # "the move threatens regional stability", "the escalation endangers millions of
        # lives": an act or event putting a thing at risk (STATEMENTS_GUIDE: WARN, bad
        # consequences not framed as the speaker's own punitive action), in the present or
        # its reported past; a harm under way ("are jeopardizing families") is told, and a
        # party threatening another ("Russia threatened Kyiv") is a threat reported
        add(verb, "WARN", "thing-endangers")
    menace = _menace_posed(verb)
    if (
        menace is not None
        and not c.conditioned
        and not c.modals & DEONTIC
        # "the system, which would pose a threat to aircraft, arrived": a relative clause
        # describes its noun, it warns of nothing
        and verb.dep_ not in ("relcl", "acl")
    ):
        if not (c.negated or denied_by_no(menace)):
            if side != "self":
                # "the missile launches pose a grave threat to the region", "Iran represents a
                # danger to its neighbours": a peril put forward (STATEMENTS_GUIDE: WARN)
                add(verb, "WARN", "poses-threat")
        elif side == "self":
            # "our exercises pose no threat to anyone": the speaker's side denying a hostile
            # intent charged to it (STATEMENTS_GUIDE: DENY)
            add(verb, "DENY", "self-poses-no-threat")
    if (
        vlem == "be"
        and not c.negated
        and not c.conditioned
        and (not c.past or q.kind == "indirect")  # "said there was a risk": backshifted
        and any(x.dep_ == "expl" for x in kids)
        and any(
            x.dep_ == "attr"
            and (has_class(x, "peril") or has_class(x, "menace"))
            and not any(d.dep_ == "det" and d.lower_ == "no" for d in x.children)
            and (
                any(_strong_harm(g) or has_class(g, "harm") for g in _below(x, 12) if g != x)
                or any(g.dep_ in ("acl", "ccomp", "relcl") for g in x.children)
            )
            for x in kids
        )
    ):
        # "there is a real risk of famine", "there is a danger of escalation", "there is a
        # risk that the truce collapses": a peril said to exist (STATEMENTS_GUIDE: WARN); "there
        # is no risk of ..." reassures
        add(verb, "WARN", "peril-exists")
    if (
        vlem in ("head", "drift", "slide", "slip", "spiral", "move", "hurtle", "sleepwalk")
        and not c.negated
        and not c.conditioned
        and _strong_harm(verb)
    ):
        # "the region is heading towards a major war", "we are sliding into chaos": a harm
        # approached (STATEMENTS_GUIDE: WARN, bad consequences)
        add(verb, "WARN", "heading-for-harm")
    endangers = vlem == "risk" or (vlem == "threaten" and side in ("none", "unknown"))
    if (
        endangers
        and not c.negated
        and (
            any(_strong_harm(x) or has_class(x, "harm") for x in _below(verb, 12))
            # "relying on the dollar alone would risk renewed inflation": what a course of
            # action would or could risk is a harm foreseen, whatever its word; not what a
            # person would risk ("he would risk his life", "few would risk an election")
            or (
                vlem == "risk"
                and bool(c.modals & (FUTURE | POSSIBLE))
                and _a_course(subj)
                and any(x.dep_ in ("dobj", "xcomp") for x in kids)
            )
        )
    ):
        # "the move risks plunging the region into chaos", "the fighting threatens to
        # destabilise the region": an act or event putting something at risk (a party
        # threatening to act is its threat, reported)
        add(verb, "WARN", "risks-harm")
    if (
        side in ("other", "unknown")
        and c.modals & FUTURE
        and not c.negated
        and vlem in ("pay", "face", "bear", "receive", "get")
        and any(
            (
                vlem == "pay"
                and x.lemma_.lower() in ("dearly", "heavily", "price", "cost")
                # "will pay the cost of the repairs" pays a bill
                and not any(p.dep_ == "prep" and p.lower_ == "of" for p in x.children)
            )
            or (vlem != "pay" and x.lemma_.lower() in class_words("retribution"))
            for x in kids
            if x.dep_ in ("advmod", "dobj")
        )
    ):
        # "they will pay dearly", "Israel would pay a heavy price", "Washington would bear all
        # the consequences", "any aggression will receive a crushing response": the speaker's
        # side's retaliation announced through what the target will suffer (THREATEN)
        add(verb, "THREATEN", "will-pay", other_party)
    if (
        passive
        and vlem in ("meet", "answer", "greet")
        and c.modals & FUTURE
        and not c.negated
        and side != "self"
        and (
            any(
                has_class(g, "punitive") or has_class(g, "hostile")
                for p in kids
                if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.children
                if g.dep_ == "pobj"
            )
            # "any attack on our soil will be answered": an act put as a hypothesis, answered
            or (
                vlem == "answer"
                and subj is not None
                and any(x.dep_ == "det" and x.lower_ == "any" for x in subj.children)
            )
        )
    ):
        # "any aggression will be met with a crushing response": the answer is the speaker's
        add(verb, "THREATEN", "will-be-met-with")
    if (
        side == "self"
        and not c.negated
        and vlem in class_words("ignoring")
        and _rejectable_object(verb)
    ):
        # "we will ignore the ruling", "it disregarded the ultimatum" (STATEMENTS_GUIDE: REJECT)
        add(verb, "REJECT", "self-ignores")
    if (
        side == "self"
        and c.negated
        and vlem in class_words("honouring")
        and _rejectable_object(verb)
    ):
        # "we do not recognise the tribunal's ruling", "will not respect the verdict"
        add(verb, "REJECT", "self-will-not-honour")
    # the small model lemmatizes "hoped" as "hop"
    if (
        side == "self"
        and not c.negated
        and (vlem in class_words("hoping") or verb.lower_ in class_words("hoped_form"))
    ):
        for x in kids:
            if x.dep_ != "ccomp":
                continue
            xs, _ = subject_of(x)
            xside, _ = side_of(ctx, xs, speaker, q)
            xc = clause_of(x)
            addressed = xside == "other" or _all_parties(xs)
            if addressed and xc.modals & (FUTURE | {"can"}) and not xc.past:
                # "I hope China will use its influence": wishing a named party to act is
                # addressed to it; "we hope the talks will succeed" names no party
                add(verb, "APPEAL", "self-hopes-other", x)
            elif xside != "other" and _outcome(xs) and not xc.past and not xc.negated:
                # "he hoped the deal would be agreed this year", "we hope it will pass": the
                # speaker's side backs an outcome (STATEMENTS_GUIDE: SUPPORT)
                add(verb, "SUPPORT", "self-hopes-outcome", x)
    if side == "self" and not c.negated and not c.in_condition and _owns_fault(verb):
        # "we were wrong", "its soldiers were responsible for the death", "it bore
        # responsibility", "we failed to protect them", "we could have done more": the speaker's
        # side admitting a point against itself (STATEMENTS_GUIDE: CONCEDE)
        add(verb, "CONCEDE", "self-at-fault")
    if (
        side in ("other", "unknown")
        and c.modals & FUTURE
        and (
            (
                vlem == "regret"
                and side == "other"
                and not c.negated
                and any(x.dep_ == "dobj" and x.lower_ not in ("nothing", "none") for x in kids)
            )
            or (c.negated and vlem == "go" and any(x.lower_ == "unpunished" for x in kids))
        )
    ):
        # "Washington will regret its actions", "the attack will not go unpunished": the
        # speaker's side's answer announced through the target (STATEMENTS_GUIDE: THREATEN)
        add(verb, "THREATEN", "will-regret", other_party)
    if (
        vlem == "be"
        and c.modals & (FUTURE | {"can", "ca"})  # "there will / can be no talks"
        and any(x.dep_ == "expl" for x in kids)
        and any(
            x.dep_ == "attr"
            and x.lemma_.lower() in class_words("offered")
            and any(d.lower_ == "no" for d in x.children)
            for x in kids
        )
    ):
        # "there will be no talks with terrorists", "there will be no deal": talks refused
        add(verb, "REJECT", "there-will-be-no-talks")
    elif (
        vlem == "be"
        and c.modals & FUTURE
        and not c.conditioned
        and speaker is not None
        and speaker.sector in GOVERNING
        and any(x.dep_ == "expl" for x in kids)
        and any(
            x.dep_ == "attr"
            and (has_class(x, "measure") or has_class(x, "punitive"))
            and any(d.lower_ == "no" for d in x.children)
            for x in kids
        )
    ):
        # "there will be no devaluation", "there will be no new taxes": a government's
        # promise not to take a measure (STATEMENTS_GUIDE: INTENT "promise")
        add(verb, "INTENT", "there-will-be-no-measure")
    if side == "self" and not c.negated and vlem in class_words("holding"):
        held = _held_feeling(verb)
        if held is not None:
            add(verb, held, f"holds-{held.lower()}")  # "we have serious doubts about the plan"
    if side != "self" and subj is not None and (task := _task_praised(verb)) is not None:
        # "Governor Bevin has done a wonderful job", "the mediators did great work": a party
        # praised for how it did its task (STATEMENTS_GUIDE: SUPPORT "praise"); "has not done
        # a good job" criticises it (DISPUTE). The speaker's side praising itself is a claim.
        add(task, "DISPUTE" if c.negated else "SUPPORT", "did-a-good-job", other_party or subj)
    if side != "self" and _mandative(verb, q):
        # "insisted that Greece implement the reforms", "suggested that the President change
        # his diet": a verb of asking's clause in the base form (the mandative subjunctive)
        # asks its subject to act (STATEMENTS_GUIDE: APPEAL, "recommend ... addressed to a party")
        add(verb, "APPEAL", "mandative", other_party if other_party is not None else subj)
    if q.kind == "direct" and subj is None and _imperative(verb, q.start):
        # "Stop the bombing now", "Let the inspectors in": an order or request addressed to
        # the listener (STATEMENTS_GUIDE: APPEAL)
        if vlem == "thank":
            add(verb, "SUPPORT", "thanks")  # "Thank you, Germany"
        else:
            add(verb, "APPEAL", "imperative")
    if (
        vlem == "need"
        and passive
        and not c.negated
        and not c.in_condition
        and verb.dep_ not in ("relcl", "acl")
        and not any(x.dep_ == "agent" for x in kids)
        and not _no_thing(verb)
    ):
        # "more funding was needed for schools", "new rules are needed": a call for an
        # act, its doer left to the context (STATEMENTS_GUIDE: APPEAL, as "it is necessary
        # that"); "equipment is needed by the army" states a want (an agent), "the process
        # which is needed" describes; "no further action", "nothing more" (:func:`_no_thing`)
        add(verb, "APPEAL", "is-needed")
    if side == "self" and not c.negated and not c.in_condition:
        awaited = _awaited_party(ctx, verb)
        if awaited is not None and side_of(ctx, awaited, speaker, q)[0] in ("other", "unknown"):
            # "we are waiting for the rebels to hand over the port", "we look to the new
            # government to restore order": the speaker's side expecting a party to act asks it to
            # (STATEMENTS_GUIDE: APPEAL), as "we count on Turkey to act" (``wanting`` words)
            add(verb, "APPEAL", "self-awaits-party", awaited)
    if vlem == "be" and _time_for(verb):
        # "it is time for both sides to return to talks": a call on the parties named
        add(verb, "APPEAL", "time-for")
    if side in ("other", "unknown") and plain and not passive and _hits_own(ctx, speaker, verb):
        # "they are killing our people", "Russian jets struck our ports": force used on the
        # speaker's own side (STATEMENTS_GUIDE: ACCUSE, "violated our airspace")
        add(verb, "ACCUSE", "other-hits-own", other_party)
    if not c.negated and not c.past and _on_the_brink(verb):
        add(verb, "WARN", "on-the-brink")  # "the region is on the brink of war"
    if not c.negated and (not c.past or c.conditioned) and _in_peril(verb):
        # "the peace process is in jeopardy", "millions of lives are at risk", "it was in great
        # trouble if we don't act quickly": a thing put in harm's way (STATEMENTS_GUIDE: WARN)
        add(verb, "WARN", "in-peril")
    if not first and not c.past and _no_winners(verb, c.negated):
        # "nobody wins a trade war", "there are no winners in a conflict": a war foreseen as
        # a loss for every side (STATEMENTS_GUIDE: WARN, "nobody wins a trade war")
        add(verb, "WARN", "no-winners")
    if not first and _in_no_ones_interest(verb, c.negated):
        # "a trade war is not in anyone's interest", "escalation would serve no one's
        # interests": a harm foreseen as a loss for every side, the kin of "nobody wins a trade
        # war" (STATEMENTS_GUIDE: WARN)
        add(verb, "WARN", "in-no-ones-interest")
    if (side == "self" or first) and not c.negated and not c.conditioned:
        judged = _regarded_as(verb)
        if judged is not None:
            # "the United States continues to view Morocco's plan as serious and credible",
            # "we regard the annexation as null and void": the speaker's side's own judgement of
            # a party or what it put forward (STATEMENTS_GUIDE: SUPPORT praise, DISPUTE)
            add(judged[1], judged[0], f"self-regards-as-{judged[0].lower()}")
    if (
        side == "self"
        and vlem == "reserve"
        and not c.negated
        and any(x.dep_ == "dobj" and x.lemma_.lower() == "right" for x in kids)
        and any(has_class(x, "punitive") or has_class(x, "hostile") for x in _below(verb, 12))
    ):
        # "we reserve the right to respond / to take countermeasures" (THREATEN, "there may
        # be retaliation")
        add(verb, "THREATEN", "self-reserves-right")
    if (
        passive
        and vlem in ("make", "commit")
        and not c.negated
        and subj is not None
        and subj.lemma_.lower() in ("mistake", "error")
        and not any(x.dep_ == "agent" for x in kids)
    ):
        add(verb, "CONCEDE", "mistakes-were-made")  # "mistakes were made"
    if (
        vlem == "be"
        and c.modals & FUTURE
        and not c.negated
        and subj is not None
        and (has_class(subj, "punitive") or has_class(subj, "hostile"))
        and any(p.dep_ == "poss" and p.lower_ in ("our", "my") for p in subj.children)
        and any(x.dep_ == "acomp" and x.lemma_.lower() in class_words("resolute") for x in kids)
    ):
        # "our response will be swift and decisive": the speaker's side's answer (THREATEN)
        add(verb, "THREATEN", "our-response-will-be")
    if (
        side == "self"
        and not c.negated
        and vlem in class_words("asking_verb")
        and not future
        and _asks_party(verb)
    ):
        # "I appeal to the Taliban to reopen the schools", "we invite Iran to join": the
        # speaker's side asking a party to act (STATEMENTS_GUIDE: APPEAL); "he would press
        # China to help" announces the asking (INTENT)
        add(verb, "APPEAL", "self-asks-party")
    if side == "self" and not c.negated and vlem == "stand" and _stands_by(verb):
        # "Poland will always stand by Ukraine", "we stand behind our allies" (SUPPORT)
        add(verb, "SUPPORT", "self-stands-by")
    for row in NO_OBJECT_ACTS:
        # "has no jurisdiction over", "has no right to lecture us", "makes no sense"
        whose = not row.others_only or side in ("other", "unknown")
        if vlem == row.verb and whose and _no_object(verb, row.nouns, row.needs_act):
            add(verb, row.label, row.rule, other_party if row.others_only else None)
    if side == "self" and not c.negated and not c.in_condition and _measure_taken(verb, passive):
        # "it has suspended all flights", "we have decided to withdraw our ambassador", "it had
        # set up a committee to investigate": a measure of the speaker's side announced as
        # done (STATEMENTS_GUIDE: INTENT, "has agreed to cut output", "announced measure")
        add(verb, "INTENT", "self-measure-taken")
    if (
        passive
        and side != "self"
        and not c.negated
        and not c.in_condition
        and _official(speaker)
        and _measure_undergone(ctx, speaker, verb, subj)
    ):
        # "all now have been sanctioned", "the manager had been barred from entering the
        # airport", said by a government voice: a measure imposed on the subject, its agent
        # unnamed or the speaker's own side, is the speaker's side announcing it
        # (STATEMENTS_GUIDE: INTENT, "announced measure"); "our diplomats have been expelled"
        # and "troops have been deployed" (any party's own act) are not
        add(verb, "INTENT", "self-measure-passive")
    if (
        passive
        and side != "self"
        and c.modals & {"will", "'ll", "shall"}
        and not c.negated
        and not c.conditioned
        and not c.in_condition
        and _official(speaker)
        and _done_to_a_party(verb, subj)
    ):
        # "all four Britons will be returned to the UK", "they will be reimbursed", said by a
        # government voice: what will be done to a party, its doer unnamed, is the speaking
        # authority's announced act (STATEMENTS_GUIDE: INTENT, "announced measure")
        add(verb, "INTENT", "self-will-be-done")
    if side == "self" and not c.negated and _against(verb):
        # "we are against the proposal", "it lodged a protest": disapproval (DISPUTE)
        add(verb, "DISPUTE", "self-against")
    elif side == "self" and not c.modals & MODALS and _in_favour(verb):
        # "we are in favour of a ceasefire": the speaker's side backing a thing (SUPPORT);
        # "we are not in favour of sanctions" disapproves of it (DISPUTE, as "cannot support")
        if c.negated:
            add(verb, "DISPUTE", "self-not-in-favour")
        else:
            add(verb, "SUPPORT", "self-in-favour")
    elif not c.negated and not c.in_condition and _thing_runs_against(ctx, verb, subj):
        # "such raids are against the national interest", "the move goes against the spirit
        # of the accord": an act or thing judged contrary to an interest or principle (DISPUTE)
        add(verb, "DISPUTE", "thing-against")


# the dependencies through which a plan names its act ("seeking ways to retaliate")
_PLANNED_ARGS = {"xcomp", "dobj", "pobj", "acl", "relcl"}


def _planned_punitive(verb: Token, x: Token) -> bool:
    """Whether ``x``, below the planning ``verb``, is the punitive act that the plan is for: a
    ``punitive`` word (not a ``weak_punitive`` one: "action", "measures") hanging on the plan
    through its arguments (``_PLANNED_ARGS``: "seeking ways to retaliate", "looking for
    someone to punch", "you will end up on a blacklist"), and the speaker's side's act: not a
    punitive verb whose clause on the way up has a doer of its own ("we will ensure terrorists
    will not be able to strike"), not below a reporting verb ("but the Tories say he is
    surrendering a veto": another voice), and not what an easing act undoes ("a pre-condition
    of lifting the embargo": :func:`listed_measure` gives ``""``)."""
    if x.dep_ not in _PLANNED_ARGS or not has_class(x, "punitive"):
        return False
    if x.lemma_.lower() in class_words("weak_punitive"):
        return False
    t = x
    for _ in range(SUBTREE_LIMIT):
        if t == verb:
            break
        if t != x and is_cue_verb(t):
            return False
        if x.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            return False
        t = t.head
    return not _eased(x)


def _eased(x: Token) -> bool:
    """Whether the measure ``x`` is what an easing act undoes: the verb it is the object of
    ("lifting the embargo") or the noun its preposition hangs on ("an end to the sanctions") is
    one of the easing words of its ``coercive_measures.csv`` row (the rows whose code is empty);
    "you will end up on a blacklist" eases nothing."""
    if x.dep_ == "dobj":
        gov = x.head
    elif x.head.pos_ == "ADP" and x.head.head.pos_ == "NOUN":
        gov = x.head.head
    else:
        return False
    forms = {x.lemma_.lower(), x.lower_}
    return any(
        word in forms and not code and gov.lemma_.lower() in with_words
        for word, with_words, code in rules().coercive
    )


# the word classes of speech_acts.csv that name a harm, or an act that does one, in a
# consequence: bad consequences (``harm``, ``failing``, and ``outcome_harm``: words that are a
# harm only as what a condition brings about, "markets closed to them"), a negative evaluation
# (``neg_eval``), a punitive or hostile act (``punitive``, ``hostile``) and a wrongful one
# (``wrongful_verb``, ``wrongful_adj``)
HARM_CLASSES = (
    "harm",
    "outcome_harm",
    "failing",
    "neg_eval",
    "punitive",
    "hostile",
    "wrongful_verb",
    "wrongful_adj",
)


def _harmful_outcome(verb: Token) -> bool:
    """The consequence of a condition is a harm (STATEMENTS_GUIDE: WARN is "warning of bad
    consequences"): in the consequence clause ``verb`` heads, outside the condition itself and
    any relative clause (at most ``SUBTREE_LIMIT`` tokens), a word of ``HARM_CLASSES`` not
    negated ("the truce will collapse", "it would be irresponsible"), a phrasal verb of harm
    ("would set back the recovery"), a listed coercive measure ("putting restrictions on
    imports": :func:`listed_measure`), or a good outcome that will not come about
    (:func:`_good_outcome`: "the council would never be able to reach a deal", "the reform won't
    be finished"; not "prices will not rise"). A feeling or judgement negated ("would be far
    from pleased", "would not be happy") is displeasure, no harm, and a good outcome ("they will
    be free", "could be extended", "will bring calm") none either."""
    queue = [verb]
    seen = 0
    while queue and seen < SUBTREE_LIMIT:
        x = queue.pop(0)
        seen += 1
        if (
            any(has_class(x, cls) for cls in HARM_CLASSES)
            and not has_class(x, "weak_punitive")  # "prices will rise", "they will respond"
            and not negated(x)
        ):
            return True
        if x.pos_ == "VERB" and (_harm_phrasal(x) or listed_measure(x)):
            return True
        if (
            x.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "neg" or c.lower_ == "never" for c in x.children)
            and _good_outcome(x)
        ):
            return True
        queue.extend(y for y in x.children if y.dep_ not in ("advcl", "relcl"))
    return False


# the arguments through which a verb names what it brings about ("be able to reach a deal")
_OUTCOME_ARGS = {"acomp", "xcomp", "dobj", "attr", "prt"}


def _good_outcome(verb: Token) -> bool:
    """Whether the negated ``verb`` denies a good outcome: it, or a word its complements name at
    most two levels down (``_OUTCOME_ARGS``), is an accomplishment (``accomplishing`` words of
    ``speech_acts.csv``: "would never be able to reach a deal", "won't be finished", "will
    not work") or an agreement (``consensus``). A feeling or judgement negated ("would not be
    happy") is displeasure, and a neutral change negated ("prices will not rise", "the troops
    will not leave") no harm: False for both."""
    if any(has_class(c, "pos_eval") for c in verb.children if c.dep_ in ("acomp", "attr")):
        return False
    level = [verb]
    for _ in range(3):
        if any(has_class(x, "accomplishing") or has_class(x, "consensus") for x in level):
            return True
        level = [c for x in level for c in x.children if c.dep_ in _OUTCOME_ARGS]
    return False


def _awaited_party(ctx, verb: Token) -> Token | None:
    """The party a verb of waiting or looking expects to act: "waiting for them to act" (the
    infinitive clause's subject after "for"), "look to the new government to restore order"
    (the object of "to" before an infinitive), when it is a party (:func:`_party_word`) or,
    after "waiting for", does a deed to something ("for the rebels to hand over the port"); None
    otherwise ("waiting for the results", "look forward to the talks", "waiting for the dust to
    settle", "look to the markets to recover")."""
    found = _awaited(verb)
    if found is None:
        return None
    # "waiting for the rebels to hand over the port": a doer of a deed on something is a party
    # even where no table names it
    deed = found.dep_ == "nsubj" and any(x.dep_ == "dobj" for x in found.head.children)
    return found if deed or _party_word(ctx, found) else None


def _party_word(ctx, t: Token) -> bool:
    """``t`` stands for a party: an actor mention, a personal pronoun of people
    (``PERSON_OBJECT_PRONOUNS``: "them", "him"), a named party (:func:`_named_party`), a title
    or body noun of the actor lexicon ("the president", "the government", "the company":
    :func:`title_kind`) or a ``sided_party`` word of speech_acts.csv ("our allies"); not a thing
    ("the rain", "the markets", "the interests of peace")."""
    low = t.lemma_.lower()
    return (
        mention_in(ctx, t) is not None
        or t.lower_ in PERSON_OBJECT_PRONOUNS
        or _named_party(t)
        or title_kind(low) is not None
        or low in class_words("sided_party")
    )


def _awaited(verb: Token) -> Token | None:
    """The word a verb of waiting or looking expects to act, party or not (see
    :func:`_awaited_party`)."""
    lemma = verb.lemma_.lower()
    infinitives = [
        x
        for x in verb.children
        if x.dep_ in ("advcl", "xcomp")
        and any(a.lower_ == "to" for a in x.children if a.dep_ == "aux")
    ]
    if lemma == "wait":
        for x in infinitives:
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in x.children):
                return next((n for n in x.children if n.dep_ == "nsubj"), None)
    if lemma == "look" and infinitives:
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ == "to":
                return next((g for g in p.children if g.dep_ == "pobj"), None)
    return None


def _wish_to_act(verb: Token) -> bool:
    """ "would like to respond", "I'd love to talk to him": "like"/"love" with a verb complement
    is a wish to act (the complement's own act counts: "would like to congratulate" praises),
    not a liking of something."""
    return verb.lemma_.lower() in ("like", "love") and any(x.dep_ == "xcomp" for x in verb.children)


def _names_as(verb: Token) -> bool:
    """ "called this dubious", "called it unlikely that ...", "called the plan a mistake": a
    naming verb with an object predicative (dependency ``oprd``, a small clause) names or
    judges something; it asks nothing of anyone ("called on Iran to stop" has none). The
    judgement itself is read from the predicative by :func:`_predicate_acts`."""
    return verb.lemma_.lower() in class_words("naming") and any(
        x.dep_ == "oprd" for x in verb.children
    )


def _owed_or_other_branch(
    ctx: DocContext, subj: Token | None, speaker: Actor | None, passive: bool, vlem: str
) -> bool:
    """Under a deontic modal, the speaker's side as the one something is owed to (the passive of
    an act: "the US must be compensated", "our rights must be respected"; not a judgement, "should
    be judged", nor a disposition the side binds itself to, "we must be prepared", ``judged``
    and ``disposed`` words of speech_acts.csv) or an institution of the speaker's state other than the speaker's own body
    ("Congress should act" from the president): either way the speaker asks others to act
    (STATEMENTS_GUIDE: APPEAL "demand ... 'should/must' addressed to a party")."""
    if subj is None or vlem in STATE_VERBS:
        return False
    if passive:
        # the participle as written too: "prepared" is listed, its lemma "prepare" is not
        return not {vlem, subj.head.lower_} & (class_words("judged") | class_words("disposed"))
    m = mention_in(ctx, subj)
    return (
        m is not None
        and speaker is not None
        and m.actor.kind == "institution"
        and m.actor.organisation is not None
        and m.actor.organisation != speaker.organisation
    )


def _answering_act(verb: Token) -> bool:
    """A general word of answering or acting in return, on the verb or its object ("we will
    respond", "will take appropriate measures", "will act": ``weak_punitive`` words of
    speech_acts.csv): under a condition set on another party, the speaker's side answering it."""
    return verb.lemma_.lower() in class_words("weak_punitive") or any(
        x.lemma_.lower() in class_words("weak_punitive")
        for x in verb.children
        if x.dep_ in ("dobj", "nsubjpass", "attr")
    )


def _coercive_condition(verb: Token) -> bool:
    """Whether the condition an act of the speaker's side hangs on makes it coercive: an
    "unless" condition ("we will reduce our commitments unless Europe acts": the act is what
    the other party must prevent) or one whose verb is a hostile or wrongful act done to the
    speaker's side ("if attacked", "if they provoke us", "if they violate the truce"), which
    the act answers. Either way the speaker's side acts against a party on its conduct
    (STATEMENTS_GUIDE: THREATEN, "usually conditionally"); "if they agree, we will sign" is
    no such condition. The condition is looked for as :func:`clause_of` does, four heads up at
    most; general English usage. A consequence that is a state or a feeling ("we will be
    relieved", "it will be over") is no act, and a negated condition ("if Russia doesn't
    invade") none against a party."""
    if verb.lemma_.lower() in STATE_VERBS or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    t = verb
    for _ in range(4):
        for c in t.children:
            if c.dep_ != "advcl" or any(n.dep_ == "neg" for n in c.children):
                continue
            marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
            if "unless" in marks:
                return True
            if "if" in marks and (
                has_class(c, "hostile")
                or has_class(c, "wrongful_verb")
                or has_class(c, "attacking")
            ):
                return True
        if t.dep_ == "ROOT" or t.head == t:
            break
        t = t.head
    return False


def _imposed_on_party(verb: Token) -> bool:
    """Whether ``verb`` imposes a measure on a party or its goods: a ``measure_verb`` of
    speech_acts.csv ("impose", "introduce", "restrict") with an object and an "on"/"against"
    phrase naming what it falls on ("impose taxes on a lot of US goods", "introduce quotas on
    their imports"). Under a condition set on another party's conduct that is the speaker's
    side acting against it (STATEMENTS_GUIDE: THREATEN, "will impose tariffs if ..."), whatever
    the measure is called; the measure's own word need not be ``punitive`` ("taxes", "duties")."""
    if not has_class(verb, "measure_verb") or not any(x.dep_ == "dobj" for x in verb.children):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("on", "against")
        and any(g.dep_ == "pobj" for g in p.children)
        for p in verb.children
    )


def _hostile_object(verb: Token) -> bool:
    """Whether ``verb`` carries out force against a party: a ``waging`` verb of speech_acts.csv
    ("launch", "carry out", "mount") whose object is a ``hostile`` noun ("a new offensive",
    "strikes") or a ``wrongful_noun`` ("attacks", "an invasion"): "would launch a new
    offensive", "will carry out attacks". Under a condition set on another party that is the
    speaker's side acting against it (STATEMENTS_GUIDE: THREATEN). Another verb on such an
    object acts on the force, not with it ("would condemn any attacks if ...", "will
    investigate the strikes if ...": False). A ``military_action`` noun ("would launch an
    operation", "mount a military campaign") is force too when waged: the waging verb and the
    condition make it one ("launch a rescue operation", "a humanitarian mission": a
    ``relief_action`` modifier, no force)."""
    return verb.lemma_.lower() in class_words("waging") and any(
        x.dep_ == "dobj"
        and (
            has_class(x, "hostile")
            or has_class(x, "wrongful_noun")
            or (
                has_class(x, "military_action")
                and not any(
                    m.dep_ in ("amod", "compound") and has_class(m, "relief_action")
                    for m in x.children
                )
            )
        )
        for x in verb.children
    )


OCCURRING = frozenset({"happen", "occur"})
# what makes "there was no X" a report on a period, not a denial ("no violations in the past 24
# hours", "no casualties since Monday", "no attacks during the truce")
_PERIOD_PREPS = frozenset({"in", "during", "since", "over", "for", "throughout"})


def _a_reported_act(noun: Token) -> bool:
    """Whether ``noun`` names a wrongful or hostile act a report could charge: a
    ``wrongful_noun`` ("attack", "massacre", "shelling") or an ``alleged_event`` ("incident",
    "air strike", "raid") of speech_acts.csv."""
    return has_class(noun, "wrongful_noun") or has_class(noun, "alleged_event")


# prepositions whose object is a span of time whatever it is ("during the truce", "since the
# ceasefire"); "in", "over" and "for" also take places and parties ("over the city", "for the
# town"), so only a DATE or TIME entity of spaCy's recogniser makes theirs a period
_PERIOD_ONLY_PREPS = frozenset({"during", "since", "throughout"})


def _over_a_period(noun: Token) -> bool:
    """Whether ``noun`` is limited to a span of time ("no violations in the past 24 hours",
    "over the weekend", "during the truce", "since Monday"): a tally over a period, which
    states a count, no denial. "No air strikes over the city" names a place, not a period."""
    for p in noun.children:
        if p.dep_ != "prep" or p.lower_ not in _PERIOD_PREPS:
            continue
        for o in p.children:
            if o.dep_ == "pobj" and (
                o.ent_type_ in ("DATE", "TIME") or p.lower_ in _PERIOD_ONLY_PREPS
            ):
                return True
    return False


def _event_denied(verb: Token, c: Clause) -> bool:
    """Whether the clause of ``verb`` says a reported wrongful act did not happen
    (STATEMENTS_GUIDE: DENY, "denial of an allegation or report"): "there was no attack on the
    convoy", "there have been no air strikes on the town" (``be`` with expletive "there" and an
    ``attr``/``nsubj`` noun under "no" that :func:`_a_reported_act` names), or "the massacre
    never took place", "the incident did not occur" (a negated ``happen``, ``occur`` or "take
    place" whose subject is such a noun; "it has not happened" may refer to anything). Only a
    statement about the past or present counts: "there will be no attack" promises, "if there
    is no deal" conditions, and a tally over a period ("no violations in the past 24 hours",
    :func:`_over_a_period`) counts. False otherwise."""
    if c.in_condition or c.conditioned or c.modals & MODALS:
        return False
    vlem = verb.lemma_.lower()
    if vlem == "be" and any(x.dep_ == "expl" for x in verb.children):
        return any(
            x.dep_ in ("attr", "nsubj")
            and any(d.lower_ == "no" and d.dep_ in ("det", "neg") for d in x.children)
            and _a_reported_act(x)
            and not _over_a_period(x)
            for x in verb.children
        )
    takes_place = vlem == "take" and any(
        x.dep_ == "dobj" and x.lower_ == "place" for x in verb.children
    )
    if not c.negated or not (vlem in OCCURRING or takes_place):
        return False
    subj = next((x for x in verb.children if x.dep_ == "nsubj"), None)
    # a pronoun ("it has not happened") may stand for anything said before: only a named act
    return subj is not None and _a_reported_act(subj) and not _over_a_period(subj)


def _sufficiency(verb: Token) -> bool:
    """Whether ``verb`` is measured against enough: a ``sufficiency`` word of speech_acts.csv
    as its object or adverb, or the adverb of its object or adverb ("did not do enough", "did
    not act quickly enough", "has not taken sufficient steps"). Only an act the side does
    itself: a verb of being, having or holding (``STATE_VERBS``, ``holding``) or of receiving
    (``receiving``) measures what the side got or holds ("we did not receive enough support",
    "we do not have enough weapons": a complaint or an appeal, no shortfall owned): False. A
    verb of receiving with a participle as its complement is no receiving but getting a thing
    done (:func:`_with_participle`: "we did not get enough done", "get enough work done"): the
    side's own act, measured."""
    vlem = verb.lemma_.lower()
    if vlem in STATE_VERBS | class_words("holding"):
        return False
    if vlem in class_words("receiving") and not _with_participle(verb):
        return False
    words = class_words("sufficiency")
    for x in verb.children:
        if x.dep_ not in ("dobj", "advmod", "npadvmod", "acomp"):
            continue
        if x.lower_ in words or any(
            m.lower_ in words for m in x.children if m.dep_ in ("advmod", "amod")
        ):
            return True
    return False


def _with_participle(verb: Token) -> bool:
    """Whether ``verb`` has a past participle as its complement, on itself or on its object
    (get + object + participle, the causative or achievement: "get enough done", "got the work
    done", "get enough work finished", "get enough of the work done"): a ``VBN`` child
    (``ccomp``, ``xcomp``, ``advcl``, ``oprd``; the parser varies) or a ``VBN`` ``acl`` of its
    direct object, or of the object of that object's "of"."""

    def participle(t: Token, deps: tuple[str, ...]) -> bool:
        return any(c.tag_ == "VBN" and c.dep_ in deps for c in t.children)

    if participle(verb, ("ccomp", "xcomp", "advcl", "oprd")):
        return True
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    objs += [
        p
        for o in objs
        for of in o.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for p in of.children
        if p.dep_ == "pobj"
    ]
    return any(participle(o, ("acl",)) for o in objs)


def _granted_true(head: Token) -> bool:
    """A "be" that grants its clause as true: a ``granted_truth`` word of speech_acts.csv as
    its complement, not negated ("it is true that ...", "it is undeniable that ..."; "it is
    not true that ..." denies)."""
    return (
        head.lemma_.lower() == "be"
        and not negated(head)
        and any(
            x.dep_ == "acomp" and x.lower_ in class_words("granted_truth") and not negated(x)
            for x in head.children
        )
    )


# the word classes of speech_acts.csv that make a granted fact a point against the side: a
# harm or wrongful act (``HARM_CLASSES``), a wrongful deed or a fault owned ("mistakes")
GRANTED_FAULT_CLASSES = (*HARM_CLASSES, "wrongful_noun", "fault", "concede_word")


def _granted_against_itself(verb: Token) -> bool:
    """Whether the clause ``verb`` heads, granted as true ("it is true that ..."), concedes: a
    concession frame (a "but" or "yet" coordinated to the granting clause or to ``verb``: "it
    is true that we sold them, but ...") or, in the granted clause (at most ``SUBTREE_LIMIT``
    tokens, relative clauses left out), a word of ``GRANTED_FAULT_CLASSES`` not negated ("it is
    true that we made mistakes"). A fact of the side's own with neither ("it is true that we
    have made great progress") is a boast, no admission (False)."""
    if any(
        x.dep_ == "cc" and x.lower_ in ("but", "yet") for h in (verb, verb.head) for x in h.children
    ):
        return True
    queue, seen = [verb], 0
    while queue and seen < SUBTREE_LIMIT:
        x = queue.pop(0)
        seen += 1
        if any(has_class(x, cls) for cls in GRANTED_FAULT_CLASSES) and not negated(x):
            return True
        queue.extend(y for y in x.children if y.dep_ != "relcl")
    return False


def _holds_none_of_charged(verb: Token, negated_clause: bool) -> bool:
    """Whether the holding ``verb`` (``holding_verb`` words of speech_acts.csv: "has", "holds",
    "keeps") holds none of what a charge against a state names: its direct object, with "no"
    before it or in a negated clause ("does not have"), is a person or thing protected in
    armed conflict (``protected``: "political prisoners", "detainees") or a state's forces
    (``state_agent`` of context_words.csv: "no troops", "no soldiers"), or is or is modified by
    a weapon of mass destruction or a weapon system (``mass_destruction``, ``weapon_system``:
    "no nuclear weapons programme", "no missile launchers"); a person word as a modifier holds
    no one ("I don't have a refugee figure")."""
    for o in verb.children:
        if o.dep_ != "dobj":
            continue
        if not negated_clause and not any(d.dep_ == "det" and d.lower_ == "no" for d in o.children):
            continue
        if has_class(o, "protected") or o.lemma_.lower() in context_words("state_agent"):
            return True  # the held noun itself: "no political prisoners", "no troops"
        # a weapon named by the noun or the modifiers before it ("no nuclear weapons
        # programme"); a person word as modifier holds no one ("no refugee figure")
        words = [o, *(m for m in o.lefts if m.dep_ in ("amod", "compound"))]
        words += [m for w in words[1:] for m in w.lefts if m.dep_ in ("amod", "compound")]
        if any(has_class(w, "mass_destruction") or has_class(w, "weapon_system") for w in words):
            return True
    return False


def _for_to(head: Token) -> bool:
    """Whether ``head`` has a "for X to V" clause ("essential for Iran to release them", "a
    need for both sides to talk"): an adverbial clause marked by "for", whose subject is the
    party the necessity falls on."""
    return any(
        x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in x.children)
        for x in head.children
    )


def _wrong_done_by(ctx: DocContext, q: Quote, speaker: Actor | None, verb: Token) -> bool:
    """Whether the passive ``verb`` makes its agent answer for a wrong its subject names: the
    verb is one of taking part in or granting an act (``involved`` and ``granting`` words of
    speech_acts.csv: "ordered", "carried out", "approved", "authorised"), its passive subject a
    ``wrongful_noun`` (or a noun a ``wrongful_adj`` modifies: "the illegal annexation"), and its
    "by" agent a party other than the speaker's side (:func:`.context.side_of`). "The attack
    was condemned by the UN" is no charge: "condemn" takes no part in the act."""
    lem = verb.lemma_.lower()
    if lem not in class_words("involved") and lem not in class_words("granting"):
        return False
    agent = next((x for x in verb.children if x.dep_ == "agent"), None)
    subj = next((x for x in verb.children if x.dep_ == "nsubjpass"), None)
    if agent is None or subj is None:
        return False
    if not (
        has_class(subj, "wrongful_noun")
        or any(has_class(m, "wrongful_adj") for m in subj.children if m.dep_ == "amod")
    ):
        return False
    doer = next((x for x in agent.children if x.dep_ == "pobj"), None)
    return doer is not None and side_of(ctx, doer, speaker, q)[0] in ("other", "unknown")


def _asked_to_stop(verb: Token) -> bool:
    """Whether the wrongful act ``verb`` is what a party is asked to stop: the ``xcomp`` of a
    ``countering`` verb ("stop", "end", "halt") under "should", "must", "need to" or "has to"
    ("Washington should stop interfering in our affairs", "Russia must stop shelling
    civilians"). Such a clause appeals (STATEMENTS_GUIDE: APPEAL, "should/must addressed to a
    party"), as "North Korea must cease threats" does with a noun; a reported stop ("they
    stopped shelling") or one refused ("they did not stop shelling") is no appeal (False)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in class_words("countering")
        and bool(clause_of(head).modals & DEONTIC)
    )


def _request_refused(verb: Token, subj: Token | None, negated_clause: bool) -> bool:
    """A passive future with no agent whose subject is something asked (``asked`` words of speech_acts.csv) and whose
    verb refuses it (``refusing`` words of speech_acts.csv) or, negated, grants it (``granting`` words of speech_acts.csv): "requests
    would be refused", "permission will not be granted". With an agent ("would be rejected by
    parliament") another body decides: not the speaker's refusal."""
    if subj is None or subj.lemma_.lower() not in class_words("asked"):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    lem = verb.lemma_.lower()
    return (lem in class_words("refusing") and not negated_clause) or (
        lem in class_words("granting") and negated_clause
    )


def _strong_harm(tok: Token) -> bool:
    """The token or its object/complement names a harm (``harm`` class, not ``weak_harm`` words of speech_acts.csv):
    "hurt", "undermine", "a catastrophe", "push the country to the brink of war"."""

    def strong(t: Token) -> bool:
        return (
            has_class(t, "harm")
            and t.lemma_.lower() not in class_words("weak_harm")
            and t.lower_ not in class_words("weak_harm")
        )

    if strong(tok) and tok.pos_ in ("VERB", "AUX"):
        return True
    if tok.pos_ == "VERB" and _harm_phrasal(tok):
        return True  # "would set back the recovery", "would wipe out the harvest"
    if tok.lemma_.lower() in ("put", "place", "leave") and any(
        g.dep_ == "pobj"
        and has_class(g, "peril")
        and g.head.lower_ in ("at", "in", "into")
        and _within_clause(g, tok)
        for g in tok.subtree
    ):
        return True  # "would put London's future as a centre at risk", "put lives in danger"
    undoes = _undoing(tok)
    for x in tok.children:
        if x.dep_ in ("dobj", "attr", "acomp", "oprd", "ccomp") and strong(x):
            if x.dep_ == "dobj" and undoes:
                continue  # "the deal would end the war", "would ease the crisis": harm undone
            return True
        if x.dep_ == "advmod" and x.lower_ == "badly":  # "this will end badly"
            return True
        towards = x.dep_ in ("prep", "dative") and x.lower_ in ("into", "to", "toward", "towards")
        if towards and any(
            g.dep_ == "pobj"
            and (
                strong(g)
                or any(h.dep_ == "pobj" and strong(h) for p in g.children for h in p.children)
            )
            for g in x.children
        ):
            return True  # "plunge the region into chaos", "to the brink of war"
    return False


def _undoing(verb: Token) -> bool:
    """Whether ``verb`` ends, prevents or eases what its object names: a ``countering`` or
    ``accomplishing`` word of speech_acts.csv ("end", "stop", "prevent", "avoid", "resolve") or
    an easing word of coercive_measures.csv (the ``with`` words of its rows without a code:
    "ease", "reduce", "lift", "remove"). A harm as its object ("would end the war", "would ease
    the crisis") is a harm undone, not one foreseen (STATEMENTS_GUIDE: WARN is "bad
    consequences")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lem = verb.lemma_.lower()
    if has_class(verb, "countering") or has_class(verb, "accomplishing"):
        return True
    return lem in _easing_words()


@functools.cache
def _easing_words() -> frozenset[str]:
    """The easing words of ``coercive_measures.csv``: the ``with`` words of its rows without a
    code ("ease", "reduce", "lift", "remove"), gathered once per process."""
    return frozenset(w for _, with_words, code in rules().coercive if not code for w in with_words)


def _within_clause(t: Token, verb: Token) -> bool:
    """``t`` hangs under ``verb`` with no other verb between them (at most six steps up)."""
    x = t.head
    for _ in range(6):
        if x.i == verb.i:
            return True
        if x.pos_ in ("VERB", "AUX") or x.head.i == x.i:
            return False
        x = x.head
    return False


def _harm_phrasal(verb: Token) -> bool:
    """The verb with its particle is a phrasal verb of harm (``harm_phrasal`` phrases of
    speech_acts.csv: "set back", "wipe out", "drag down")."""
    pattern = act_words().phrases.get("harm_phrasal")
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return pattern is not None and any(pattern.fullmatch(f"{verb.lemma_.lower()} {p}") for p in prt)


def owned_fault_word(t: Token) -> bool:
    """A ``fault`` word of speech_acts.csv ("wrong", "to blame") as the predicate of a clause whose
    subject is "we" or "I" ("we were wrong", "we got it wrong", "I was wrong to trust them"):
    the speaker's side owning a fault (CONCEDE, :func:`_owns_fault`), not a judgement against
    another party's act (DISPUTE, whose ``neg_eval`` and lexicon word it also is)."""
    if t.dep_ not in ("acomp", "attr") or t.lemma_.lower() not in class_words("fault"):
        return False
    subj, _ = subject_of(t.head)
    return subj is not None and subj.lower_ in ("we", "i")


def _owns_fault(verb: Token) -> bool:
    """The clause admits a fault of its subject: a predicate of ``fault`` words of speech_acts.csv ("were wrong",
    "responsible for the death", "to blame"), owning responsibility ("bore responsibility"),
    a past failure to act ("failed to protect") or a past could-have ("could have done more")."""
    lem = verb.lemma_.lower()
    for x in verb.children:
        if x.dep_ in ("acomp", "attr") and x.lemma_.lower() in class_words("fault"):
            if x.lemma_.lower() == "responsible" and not any(c.lower_ == "for" for c in x.children):
                continue
            return True
        if (
            x.dep_ == "dobj"
            and lem in class_words("owning")
            and x.lemma_.lower() in ("responsibility", "blame")
        ):
            return True
        if x.dep_ == "xcomp" and lem == "be" and x.lemma_.lower() == "blame":
            return True  # "we are to blame"
    if lem == "fail" and verb.tag_ == "VBD" and any(x.dep_ == "xcomp" for x in verb.children):
        return True
    aux = {x.lower_ for x in verb.children if x.dep_ == "aux"}
    more = any(
        x.lower_ in ("more", "better") for x in verb.children if x.dep_ in ("dobj", "advmod")
    )
    return bool({"could", "should"} & aux) and "have" in aux and more


def _unpersuaded(verb: Token) -> bool:
    """A ``persuaded`` word of speech_acts.csv ("convinced", "persuaded") as the clause verb or
    its ``acomp``, with what it is about: a that-clause or a "by"/"of"/"about" object ("not
    convinced that ...", "not persuaded by the arguments"). The caller checks the negation."""
    for x in (verb, *(c for c in verb.children if c.dep_ == "acomp")):
        if x.lemma_.lower() not in class_words("persuaded"):
            continue
        if any(
            c.dep_ == "ccomp" or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of", "about"))
            for c in x.children
        ):
            return True
    return False


def _in_favour(verb: Token) -> bool:
    """ "we are in favour of a ceasefire", "he was in favour of borrowing": a copula with "in
    favour of" and an object, the counterpart of :func:`_against`."""
    if verb.lemma_.lower() not in ("be", "remain"):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and g.dep_ == "pobj"
        and g.lower_ in ("favour", "favor")
        and any(o.dep_ == "prep" and o.lower_ == "of" and list(o.children) for o in g.children)
        for p in verb.children
        for g in p.children
    )


def _against(verb: Token) -> bool:
    """ "we are against the proposal" (a copula with "against" and an object), "it lodged a
    protest / filed a complaint with Tokyo": the speaker's side disapproving."""
    if verb.lemma_.lower() == "be" and any(
        x.dep_ == "prep"
        and x.lower_ == "against"
        and any(
            g.dep_ == "pobj" and g.lemma_.lower() not in class_words("idiomatic")
            for g in x.children
        )
        for x in verb.children
    ):
        return True
    lodged = verb.dep_ != "xcomp" and not {a.lower_ for a in verb.children if a.dep_ == "aux"} & (
        FUTURE | POSSIBLE | DEONTIC
    )
    # "we intend to file a complaint" announces a step (INTENT), it does not protest yet
    return (
        lodged
        and verb.lemma_.lower() in ("lodge", "file", "register")
        and any(
            x.dep_ == "dobj" and x.lemma_.lower() in class_words("protest_noun")
            for x in verb.children
        )
    )


RUNNING_AGAINST = {"be", "go", "run", "fly", "cut"}


def _thing_runs_against(ctx, verb: Token, subj: Token | None) -> bool:
    """ "the raids were against the national interest", "it went against the administration's
    desire", "the plan runs counter to the accord": a copula or a verb of going (``be``, ``go``,
    ``run``, ``fly``, ``cut``) with "against" or "counter to" whose subject is a thing or act,
    not a party ("Germany was against the plan" reports a position: a proper noun, a personal
    pronoun or a title noun), and whose "against" names no party (:func:`_party_word`: "the
    ruling went against the company", "the odds are against us" tell who lost, they judge
    nothing)."""
    if verb.lemma_.lower() not in RUNNING_AGAINST or subj is None:
        return False
    if subj.pos_ == "PROPN" or subj.lower_ in FIRST_PERSON | PERSON_SUBJECT_PRONOUNS:
        return False
    if subj.pos_ == "NOUN" and (
        title_kind(subj.lemma_.lower()) is not None
        or subj.lemma_.lower() in class_words("sided_party")
    ):
        return False
    against = [
        x
        for x in verb.children
        if (
            x.dep_ == "prep"
            and x.lower_ == "against"
            and any(g.dep_ == "pobj" and not _party_word(ctx, g) for g in x.children)
        )
        or (x.dep_ == "advmod" and x.lower_ == "counter")
    ]
    # "goes against everything we know in international law" states a legal position (CLAIM,
    # :func:`_claim_acts`)
    return bool(against) and not any(
        _legal_words(x) for x in verb.children if x.dep_ not in ("nsubj", "nsubjpass")
    )


def _legal_words(tok: Token) -> bool:
    """``tok``'s subtree holds a ``legal`` word or a ``legal_phrase`` of speech_acts.csv."""
    words = list(tok.subtree)
    if any(has_class(t, "legal") for t in words):
        return True
    pattern = act_words().phrases.get("legal_phrase")
    text = " ".join(t.lower_ for t in words)
    return pattern is not None and pattern.search(text) is not None


SELF_LET = {"'s", "’s", "us", "me"}
LEADING = {"do", "n't", "not", "please", "now", "so", "and", "just", "never"}


def _imperative(verb: Token, start: int) -> bool:
    """A base-form verb opening its sentence without a subject or auxiliary ("Stop the
    bombing", "Let the inspectors in", "Do not escalate"), not a formula
    (``not_addressed`` words of speech_acts.csv) nor "let's"/"let us" (the speaker's side exhorting itself)."""
    thanks = verb.lemma_.lower() == "thank" and verb.tag_ == "VBP"  # "Thank you"
    if (verb.tag_ != "VB" and not thanks) or verb.lemma_.lower() in class_words("not_addressed"):
        return False
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass")
        for c in verb.children
        if c.lower_ not in ("do", "n't", "not")
    ):
        return False
    if verb.dep_ not in ("ROOT", "ccomp"):
        return False
    t = verb.i - 1
    while t >= verb.sent.start and verb.doc[t].idx >= start:
        prev = verb.doc[t]
        if not (prev.is_punct or prev.is_space or prev.lower_ in LEADING):
            return False  # the verb does not open the quoted sentence
        t -= 1
    # "let's go", "let me get this straight": the speaker's own side, no party addressed
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return not (verb.lemma_.lower() == "let" and nxt is not None and nxt.lower_ in SELF_LET)


def _time_for(verb: Token) -> bool:
    """ "it is time for X to act", "it is high time that X acted": the copula's attribute
    "time" with a party and an act."""
    for x in verb.children:
        if x.dep_ == "attr" and x.lemma_.lower() == "time" and not negated(x):
            if any(d.dep_ in ("det", "poss", "nummod") for d in x.children) or any(
                d.dep_ == "amod" and d.lower_ != "high" for d in x.children
            ):
                continue  # "the first time that ...", "a good time": no call
            acts = [
                c
                for c in (*x.children, *verb.children)
                if c.dep_ in ("relcl", "acl", "xcomp", "ccomp", "advcl")
            ]
            parties = [c for c in x.children if c.dep_ == "prep" and c.lower_ == "for"]
            if acts and (parties or any(a.dep_ in ("relcl", "ccomp") for a in acts)):
                return True
    return False


# predicate adjectives whose gerund the subject does *not* do ("innocent of spying", "wary of
# provoking", "incapable of lying")
_NOT_DOING = frozenset({"innocent", "incapable", "unable", "free", "wary", "afraid", "careful"})


def _wrong_in_predicate(verb: Token) -> bool:
    """Whether a "be" clause's predicate adjective takes a ``wrongful_verb`` gerund after its
    preposition, done by the clause's subject: "has been effective in evading sanctions", "is
    guilty of violating the truce", "is busy smuggling arms" (the gerund as the adjective's
    complement); not an adjective saying the subject does not do it (:data:`_NOT_DOING`), nor a
    negated gerund."""
    if verb.lemma_.lower() != "be":
        return False
    for a in verb.children:
        if a.dep_ != "acomp" or a.lemma_.lower() in _NOT_DOING or negated(a):
            continue
        gerunds = [
            g
            for p in a.children
            if p.dep_ == "prep"
            for g in p.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG"
        ]
        gerunds += [g for g in a.children if g.dep_ in ("xcomp", "advcl") and g.tag_ == "VBG"]
        if any(has_class(g, "wrongful_verb") and not negated(g) for g in gerunds):
            return True
    return False


_CHARGED_PREPS = frozenset({"of", "for", "over", "on"})


def _faces_charges(verb: Token) -> bool:
    """Whether the clause's subject faces criminal proceedings for a named wrong: "face" or
    "stand" with a ``proceedings`` object of speech_acts.csv ("charges", "trial", "prosecution")
    that a ``wrongful_noun`` or ``wrongful_verb`` word narrows, as a modifier or after "of",
    "for", "over", "on" ("must face murder and terrorism charges", "will stand trial for the
    killing of the journalist"). Proceedings with no wrong named ("faces a trial next month")
    charge no one with a specific act."""
    if verb.lemma_.lower() not in ("face", "stand"):
        return False
    for o in verb.children:
        if o.dep_ != "dobj" or o.lemma_.lower() not in class_words("proceedings"):
            continue
        named = [m for m in o.children if m.dep_ in ("compound", "amod", "nmod")]
        named += [x for m in named for x in m.children if x.dep_ == "conj"]
        named += [
            g
            for p in (*o.children, *verb.children)
            if p.dep_ == "prep" and p.lower_ in _CHARGED_PREPS
            for g in p.children
            if g.dep_ in ("pobj", "pcomp")
        ]
        if any(
            (has_class(w, "wrongful_noun") or has_class(w, "wrongful_verb")) and not negated(w)
            for w in named
        ):
            return True
    return False


def _used_as_weapon(verb: Token) -> bool:
    """ "using migrants as a weapon", "used civilians as human shields", "exploits energy as
    a tool of blackmail": a use verb whose "as" phrase names a weapon (``weapon_use`` words of speech_acts.csv)."""
    if verb.lemma_.lower() not in ("use", "exploit", "employ", "turn", "weaponize", "weaponise"):
        return False
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in class_words("weapon_use")
        for x in verb.children
        if x.dep_ == "prep" and x.lower_ in ("as", "into")
        for g in x.children
    )


# talks as such: held, entered or returned to ("will not hold talks with", "will not return to
# the negotiating table"); holding a vote or a hearing is no party's offer refused
_TALKS = {"talk", "talks", "negotiation", "negotiations", "dialogue"}


def _takes_part(verb: Token) -> bool:
    """ "take part in / participate in / join the talks, the arbitration": the verb of taking
    part with proceedings (``proceedings`` words of speech_acts.csv) as its object; "hold /
    enter / resume talks" and "return to the talks / the negotiating table" with talks
    (``_TALKS``) as the object."""
    lem = verb.lemma_.lower()
    if lem in ("hold", "enter", "resume"):
        return any(x.dep_ == "dobj" and x.lower_ in _TALKS for x in verb.children)
    if lem == "return":
        return any(
            g.dep_ == "pobj"
            and (
                g.lower_ in _TALKS
                or (g.lower_ == "table" and any(m.lower_ == "negotiating" for m in g.children))
            )
            for x in verb.children
            if x.dep_ == "prep" and x.lower_ == "to"
            for g in x.children
        )
    if lem == "take" and not any(x.dep_ == "dobj" and x.lower_ == "part" for x in verb.children):
        return False
    if lem not in ("take", "participate", "join", "attend"):
        return False
    objs = [x for x in verb.children if x.dep_ == "dobj"]
    objs += [
        g
        for x in (*verb.children, *(c for o in objs for c in o.children))
        if x.dep_ == "prep" and x.lower_ == "in"
        for g in x.children
        if g.dep_ == "pobj"
    ]
    return any(
        o.lemma_.lower() in class_words("proceedings") or o.lower_ in class_words("proceedings")
        for o in objs
    )


def _on_the_brink(verb: Token) -> bool:
    """ "on the brink of war", "on the verge of collapse": a harm (``harm`` class) at hand."""
    return any(
        g.dep_ == "pobj"
        and g.lemma_.lower() in class_words("brink")
        and any(
            h.dep_ == "pobj" and has_class(h, "harm")
            for p in g.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for h in p.children
        )
        for x in verb.children
        if x.dep_ == "prep" and x.lower_ in ("on", "to")
        for g in x.children
    )


# the states of a thing in harm's way ("in jeopardy", "at risk")
PERIL = frozenset({"trouble", "jeopardy", "danger", "peril", "risk"})


def _in_peril(verb: Token) -> bool:
    """ "is in jeopardy", "are at risk", "remains in danger", "was in great trouble": a ``be``
    (or "remain", "stay") whose "in"/"at" phrase is a state of peril (:data:`PERIL`) of its
    subject; "at the risk of repeating myself" hangs on no such verb."""
    if verb.lemma_.lower() not in ("be", "remain", "stay"):
        return False
    return any(
        g.dep_ == "pobj"
        and g.lemma_.lower() in PERIL
        and not any(d.dep_ == "det" and d.lower_ in ("the", "a", "no") for d in g.children)
        for x in verb.children
        if x.dep_ == "prep" and x.lower_ in ("in", "at")
        for g in x.children
    )


def _hits_own(ctx, speaker, verb: Token) -> bool:
    """Force (``hostile``/``wrongful_verb`` or ``attacking`` words of speech_acts.csv) used on the speaker's own
    side: an object, or the object of "at"/"on"/"against"/"near"/"towards"/"close to", owned
    by "our"/"my" or by a mention of the speaker's side ("our people", "Ukrainian ports" said by
    Kyiv, "fired rockets close to the US carrier" said by Washington)."""
    lem = verb.lemma_.lower()
    if lem in class_words("countering") or not (
        lem in class_words("attacking")
        or has_class(verb, "hostile")
        or has_class(verb, "wrongful_verb")
    ):
        return False
    objs = [x for x in verb.children if x.dep_ == "dobj"]
    # "at", "on", "against" the target; "near", "toward", "close to" it: fired towards the
    # speaker's side ("fired rockets close to the US carrier"), the parser hangs "to" on "close"
    preps = [x for x in verb.children if x.dep_ == "prep"]
    preps += [
        p for x in verb.children if x.dep_ == "advmod" for p in x.children if p.dep_ == "prep"
    ]
    objs += [
        g
        for x in preps
        if x.lower_ in ("at", "on", "against", "near", "toward", "towards", "to")
        and (x.lower_ != "to" or x.head.lower_ in ("close", "near", "next"))
        for g in x.children
        if g.dep_ == "pobj"
    ]
    # the modifiers of the object and of its compounds ("the U.S. aircraft carrier Harry S
    # Truman": "U.S." hangs on "carrier", a compound of the name)
    mods = [m for o in objs for m in o.children]
    mods += [g for m in mods if m.dep_ == "compound" for g in m.children]
    return any(
        (m.dep_ == "poss" and m.lower_ in ("our", "my"))
        or (m.dep_ in ("amod", "compound", "poss") and _own_mention(ctx, m, speaker))
        for m in mods
    )


def _no_winners(verb: Token, negated_clause: bool) -> bool:
    """Whether the clause says no side wins a war or conflict: "win" with a negative subject
    ("nobody", "no one", "neither side") or negated with a generic subject ("you cannot win a
    trade war"; not "Russia will not win this war", one party's defeat foretold) and a
    ``harm`` word of speech_acts.csv as its object ("war", "conflict"), or "there is / will be
    no winner" in one ("no winners in a trade war"). An election, a title or a lottery without
    a winner is no harm, so no warning."""
    vlem = verb.lemma_.lower()
    if vlem == "win":
        subj = next((x for x in verb.children if x.dep_ == "nsubj"), None)
        negative_subject = subj is not None and (
            subj.lower_ in ("nobody", "none")
            or any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in subj.children)
        )
        # negated, only said of anyone at all ("you cannot win a trade war", "either side"):
        # "Russia will not win this war" foretells one party's defeat, no loss for every side
        generic_subject = subj is not None and (
            subj.lower_ in ("you", "anyone", "anybody", "one")
            or any(d.dep_ == "det" and d.lower_ in ("any", "either") for d in subj.children)
        )
        return (negative_subject or (negated_clause and generic_subject)) and any(
            x.dep_ == "dobj" and has_class(x, "harm") for x in verb.children
        )
    if vlem != "be" or not any(x.dep_ == "expl" for x in verb.children):
        return False
    return any(
        x.dep_ == "attr"
        and x.lemma_.lower() == "winner"
        and any(d.lower_ == "no" for d in x.children)
        and any(
            has_class(g, "harm")
            for p in x.children
            if p.dep_ == "prep" and p.lower_ in ("in", "from")
            for g in p.children
            if g.dep_ == "pobj"
        )
        for x in verb.children
    )


_NO_ONE = frozenset({"nobody", "noone"})
_ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody"})


def _in_no_ones_interest(verb: Token, negated_clause: bool) -> bool:
    """Whether the clause says a harm is in no one's interest: "be in" or "serve" with the
    noun "interest(s)" owned by "nobody"/"no one" ("escalation is in nobody's interest",
    "would serve no one's interests"), or by "anyone"/"everyone" under a negation ("a trade
    war is not in anyone's interest"), and a ``harm`` word of speech_acts.csv ("war",
    "conflict", "escalation", "tension") in the clause's subject. A deal or a plan said to be
    in no one's interest is judged, not foreseen as a harm: no warning."""
    vlem = verb.lemma_.lower()
    if vlem == "be":
        nouns = [
            g
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for g in p.children
            if g.dep_ == "pobj"
        ]
    elif vlem == "serve":
        nouns = [x for x in verb.children if x.dep_ == "dobj"]
    else:
        return False
    owners = [
        o for n in nouns if n.lemma_.lower() == "interest" for o in n.children if o.dep_ == "poss"
    ]

    def no_one(o: Token) -> bool:
        return o.lower_ in _NO_ONE or (
            o.lower_ == "one" and any(d.lower_ == "no" for d in o.children)
        )

    if not any(no_one(o) or (negated_clause and o.lower_ in _ANYONE) for o in owners):
        return False
    subjects = [x for x in verb.children if x.dep_ in ("nsubj", "csubj")]
    return any(has_class(t, "harm") for s in subjects for t in (s, *_below(s, 12)))


# verbs that put weight on something, and the nouns that make it a course urged
STRESSING = frozenset(
    {
        "stress",
        "underline",
        "underscore",
        "emphasise",
        "emphasize",
        "highlight",
        "reiterate",
        "reaffirm",
    }
)
NEED_NOUNS = frozenset({"importance", "need", "necessity", "urgency"})
# what one values rather than urges ("the importance of the partnership")
_VALUED_THINGS = frozenset(
    {
        "relationship",
        "relation",
        "partnership",
        "alliance",
        "friendship",
        "tie",
        "visit",
        "meeting",
        "role",
        "work",
        "contribution",
    }
)


def stressed_need(verb: Token) -> Token | None:
    """The course a stressing verb urges ("stressed the importance of dialogue", "underlined the
    need for a ceasefire", "reiterated the importance of refraining from escalation"): the
    object of the "of"/"for" phrase on its direct object ``importance``/``need``/``necessity``/
    ``urgency``, an act (a gerund or a noun, not a thing valued: "the importance of the
    partnership" praises), or None. Read on the reporting cue only (the speaker's own
    stress): a leader's stress reported inside a quote often weighs his own side's course
    ("he stressed the importance of building more nuclear weapons" is an intention)."""
    if verb.lemma_.lower() not in STRESSING or negated(verb):
        return None
    for o in verb.children:
        if o.dep_ != "dobj" or o.lemma_.lower() not in NEED_NOUNS:
            continue
        for p in o.children:
            if p.dep_ != "prep" or p.lower_ not in ("of", "for"):
                continue
            for g in p.children:
                if g.dep_ in ("pobj", "pcomp") and g.lemma_.lower() not in _VALUED_THINGS:
                    return g
    return None


def _asks_party(verb: Token) -> bool:
    """The asking verb has an act (an infinitive, or a that-clause) and a party asked (an
    object, or the object of "to"/"on"/"with"), not the speaker's side itself: "appeal to the
    Taliban to reopen"; not "we asked ourselves if we should cancel"."""
    objs = [x for x in verb.children if x.dep_ in ("dobj", "dative")]
    objs += [
        g
        for x in verb.children
        if x.dep_ == "prep" and x.lower_ in ("to", "on", "with")
        for g in x.children
        if g.dep_ == "pobj"
    ]
    party = any(o.lower_ not in OURSELVES or written_as_abbreviation(o.text) for o in objs)
    act = any(
        (x.dep_ == "xcomp" or (x.dep_ in ("ccomp", "advcl") and x.tag_ == "VB"))
        and not any(m.lower_ in CONDITION | ASKING for m in x.children if m.dep_ == "mark")
        for x in (*verb.children, *(g for c in verb.children for g in c.children))
    )
    return party and act


OURSELVES = {"ourselves", "myself", "itself", "themselves", "himself", "herself", "us", "me"}


def _stands_by(verb: Token) -> bool:
    """ "stand by / with / behind <party>" (a name, a pronoun or ``sided_party`` words of speech_acts.csv): siding
    with a party."""
    return any(
        x.dep_ == "prep"
        and x.lower_ in ("by", "with", "behind")
        and any(
            g.dep_ == "pobj"
            and (g.pos_ in ("PROPN", "PRON") or g.lemma_.lower() in class_words("sided_party"))
            for g in x.children
        )
        for x in verb.children
    )


class NoObjectAct(NamedTuple):
    """A verb whose object noun is negated performs an act: "has no jurisdiction over",
    "has no right to <act>", "makes no sense"."""

    verb: str
    nouns: frozenset[str]
    needs_act: bool  # the noun must take an act of its own ("no right to lecture us")
    others_only: bool  # only another (or an unnamed) party's clause, which becomes the target
    label: str
    rule: str


NO_OBJECT_ACTS = (
    # "the court has no jurisdiction over Israel": its jurisdiction rejected
    NoObjectAct(
        "have",
        frozenset({"jurisdiction", "authority", "mandate"}),
        False,
        False,
        "REJECT",
        "no-jurisdiction",
    ),
    # "Washington has no right to lecture us": another party's conduct disapproved
    NoObjectAct("have", frozenset({"right"}), True, True, "DISPUTE", "other-has-no-right"),
    # "their policy makes no sense", "this does not make sense"
    NoObjectAct("make", frozenset({"sense"}), False, False, "DISPUTE", "makes-no-sense"),
)


def _no_object(verb: Token, nouns: frozenset[str], needs_act: bool) -> bool:
    """The verb's direct object is one of ``nouns``, negated by "no" or by a negated verb
    ("has no jurisdiction", "does not have the right to interfere"), and, when ``needs_act``,
    taking a verb of its own ("the right to interfere")."""
    neg = any(c.dep_ == "neg" for c in verb.children)
    return any(
        x.dep_ == "dobj"
        and x.lemma_.lower() in nouns
        and (neg or any(d.lower_ == "no" for d in x.children))
        and (
            not needs_act
            or any(c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB" for c in x.children)
        )
        for x in verb.children
    )


def _legitimacy(verb: Token) -> bool:
    """The clause's verb or its predicate adjective is a word of legitimacy (the ``legitimacy``
    class of speech_acts.csv: "be justified", "is legitimate", "can be defended"); negated, it
    judges ("cannot be justified", "is not legitimate")."""
    legitimate = class_words("legitimacy")
    if verb.lemma_.lower() in legitimate and (
        verb.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return True
    return any(
        x.dep_ in ("acomp", "attr") and x.lemma_.lower() in legitimate for x in verb.children
    )


def _charged_to_other(ctx, q, speaker, t: Token) -> Token | None:
    """A wrongful noun (``wrongful_noun``: "violations", "aggression") or a noun of blame
    (``blame`` class: "responsibility", "complicity") owned by another named party — a possessive or modifier ("Russia's
    aggression", "Islamic State responsibility") or a "by" phrase ("violations by the
    regime") — in an asserted clause (not negated, not a condition, a question, a modal or a
    relative clause, not governed by a countering word: "fight Russia's aggression"); returns
    the owner's token or None. A wrong owned by a party in a warning ("warned of Russian
    attacks") is the warning's (:func:`~.clauses.threat_or_warning`)."""
    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN" or negated(t):
        return None
    if not (has_class(t, "wrongful_noun") or lemma in class_words("blame")):
        return None
    if any(d.dep_ == "det" and d.lower_ in ("no", "any") for d in t.children):
        return None
    v = t
    for _ in range(4):  # the verb of the clause the noun sits in ("attacks ... had continued")
        if v.pos_ in ("VERB", "AUX") or v.dep_ == "ROOT" or v.head == v:
            break
        v = v.head
    c = clause_of(v)
    modal = c.modals & MODALS
    if c.negated or c.in_condition or c.conditioned or modal or _asked(c.verb):
        return None
    if _relative(c.verb) or c.verb.lemma_.lower() in class_words("countering") | class_words(
        "wanting"
    ) | {
        "warn",
        "fear",
    }:
        return None
    if t.head.lemma_.lower() in class_words(
        "countering"
    ) or t.head.head.lemma_.lower() in class_words("countering"):
        return None
    if any(a.lower_ in class_words("circumstance") for a in _up_to(t, c.verb)):
        return None  # "air defences were activated due to Russian attacks": background
    owners = [m for m in t.children if m.dep_ in ("poss", "compound", "amod")]
    owners += [
        g
        for p in t.children
        if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    for o in owners:
        # "by Russian forces": the party may be the owner's own modifier
        for x in (o, *(m for m in o.children if m.dep_ in ("amod", "compound", "poss"))):
            side, _ = side_of(ctx, x, speaker, q)
            mention = ctx.mentions.get(x.i)  # a demonym names the doer's side here
            if mention is not None:
                side = "self" if same_side(mention.actor, speaker) else "other"
            elif _proper_party(x):
                side = "unknown"  # "Islamic State": a name no table knows, not "the state"
            if side == "other" or (side == "unknown" and _named_party(x)):
                return o
    return None


def _up_to(t: Token, verb: Token) -> list[Token]:
    """The heads between ``t`` and its clause's verb (at most four, the verb excluded)."""
    out: list[Token] = []
    x = t
    for _ in range(4):
        if x.head == x or x.head == verb or x == verb:
            break
        x = x.head
        out.append(x)
    return out


def _measure_taken(verb: Token, passive: bool) -> bool:
    """A measure verb (``measure_verb`` class: "has suspended flights", "had expelled two
    diplomats") or a taking verb (``taking_verb``) with a ``measure``/``punitive`` or ``body``
    object ("has set up a committee", "has formed a task force") in the perfect ("has/had
    suspended") or the progressive ("is blacklisting", "was suspending"), active, heading its
    clause; a measure verb with an object naming a coercive measure (:func:`listed_measure`)
    also in the simple past ("expelled two diplomats"); "decided to <act>" takes the decision. Not a modal, relative or conditional
    clause."""
    if passive or verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return False
    aux = [a for a in verb.children if a.dep_ == "aux"]
    perfect = verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux)
    # "it is blacklisting two entities", "we are suspending all flights": the progressive
    # aspect (spaCy morph Aspect=Prog with a "be" auxiliary) announces the measure as under way
    underway = "Prog" in verb.morph.get("Aspect") and any(a.lemma_ == "be" for a in aux)
    if any(a.lower_ in FUTURE | POSSIBLE | DEONTIC | {"can", "ca"} for a in aux):
        return False
    lem = verb.lemma_.lower()
    if lem == "decide":
        return (perfect or verb.tag_ == "VBD") and any(
            x.dep_ == "xcomp" and x.pos_ == "VERB" for x in verb.children
        )
    if lem in class_words("measure_verb") and verb.tag_ == "VBD" and not aux:
        # "Greece expelled two diplomats", "it imposed sanctions on them": the simple past of a
        # coercive measure (coercive_measures.csv) tells the side's own measure taken as the
        # perfect does; "we closed the border because of the floods" tells a procedure
        return any(x.dep_ == "dobj" for x in verb.children) and bool(listed_measure(verb))
    if not (perfect or underway):
        return False
    if lem in class_words("measure_verb"):
        return any(x.dep_ in ("dobj", "prep") for x in verb.children)
    return lem in class_words("taking_verb") and any(
        x.dep_ == "dobj" and (has_class(x, "measure") or has_class(x, "punitive") or _body(x))
        for x in verb.children
    )


def _done_to_a_party(verb: Token, subj: Token | None) -> bool:
    """A future passive whose subject is a party (a person or group: a third-person personal
    pronoun, "he", "she", "they", or a noun spaCy tags PERSON, NORP, GPE or ORG), heading its
    clause, with no doer named ("by ...") and no verb of judging, knowing or deliberating ("will
    be judged", "will be considered"): something a party will undergo at the hands of the
    speaking authority."""
    if subj is None or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    vlem = verb.lemma_.lower()
    if vlem in STATE_VERBS | class_words("judged") | class_words("mental") | class_words(
        "deliberating"
    ):
        return False
    return subj.lower_ in ("he", "she", "they", "them") or subj.ent_type_ in (
        "PERSON",
        "NORP",
        "GPE",
        "ORG",
    )


def _nobody(subj: Token | None) -> bool:
    """``subj`` is a negative quantifier over people or things: "nobody", "no one", "none", or a
    noun under "no" ("no journalist", "no civilians"); general English usage."""
    if subj is None:
        return False
    if subj.lower_ in ("nobody", "none", "noone"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def _official(speaker: Actor | None) -> bool:
    """Whether the speaker speaks for a state: a country, its seat or institution, or a person
    or group of the government, military or diplomatic sector (``data/actors/roles.csv``)."""
    return speaker is not None and (
        speaker.kind in ("country", "seat", "institution")
        or speaker.sector in ("government", "military", "diplomatic")
    )


def _measure_undergone(
    ctx: DocContext, speaker: Actor | None, verb: Token, subj: Token | None
) -> bool:
    """A measure one party imposes on another (``imposed_measure`` class of speech_acts.csv:
    "have been sanctioned", "had been barred", "have been expelled") in the perfect passive,
    heading its clause, not under a modal, whose agent (if any) is the speaker's own side ("by
    the U.S. Treasury" said by a US official) and whose subject names none of the speaker's side
    ("two Dutch diplomats have been expelled" said by the Dutch government, "two of our
    diplomats" are undergone, not done); "were expelled" (simple past) narrates. A measure a
    party takes for itself ("troops have been deployed", "rockets have been launched", "the
    drills have been suspended") tells no one's measure on another: its unnamed agent may be any
    party."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return False
    if verb.lemma_.lower() not in class_words("imposed_measure"):
        return False
    aux = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if not any(a.lemma_ == "have" for a in aux) or not any(a.lower_ == "been" for a in aux):
        return False
    if any(a.lower_ in FUTURE | POSSIBLE | DEONTIC | {"can", "ca"} for a in aux):
        return False
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for obj in (o for o in agent.children if o.dep_ == "pobj"):
            m = mention_in(ctx, obj)
            if m is None or not same_side(m.actor, speaker):
                return False
    words = subj.subtree if subj is not None else ()
    return not any(_names_own_side(ctx, speaker, t) for t in words)


def _names_own_side(ctx: DocContext, speaker: Actor | None, tok: Token) -> bool:
    """The word names the speaker's side: a first person plural ("our diplomats", "two of us":
    the speaker's people), an actor mention of it, or the demonym of the speaker's country
    ("Dutch" said by the Dutch government; ``data/actors`` and pycountry)."""
    if first_person(tok, FIRST_PERSON_PLURAL):
        return True  # "US", "U.S." name the country
    m = mention_in(ctx, tok)
    if m is not None:
        return same_side(m.actor, speaker)
    if speaker is None or speaker.country is None or tok.pos_ not in ("ADJ", "PROPN"):
        return False
    actor = lookup_demonym(tok.text, None)
    return actor is not None and actor.country == speaker.country


def _body(noun: Token) -> bool:
    """The noun names a body a government sets up to act (``body`` class of speech_acts.csv):
    one word ("a committee", "a panel") or the noun with its compounds ("a task force", "a
    working group")."""
    if noun.lemma_.lower() in class_words("body"):
        return True
    pattern = act_words().phrases.get("body")
    mods = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if pattern is None or not mods:
        return False
    words = " ".join([*(m.lower_ for m in mods), noun.lemma_.lower()])
    return pattern.fullmatch(words) is not None


def _relative(verb: Token) -> bool:
    """The verb is (coordinated with) a relative clause: "a system which ... would pose a
    threat" describes a noun, it does not warn."""
    t = verb
    for _ in range(4):
        if t.dep_ in ("relcl", "acl"):
            return True
        if t.dep_ != "conj" or t.head == t:
            return False
        t = t.head
    return False


# words that make a clause a question, not an assertion ("unclear why the tank had fired")
ASKING = {"why", "whether", "how"}


def _asked(verb: Token) -> bool:
    """The clause is an indirect question ("why the tank had fired", "whether troops shelled
    the town"): it asserts nothing."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in ASKING for c in verb.children)


def _protected(tok: Token) -> bool:
    """A person or object protected in armed conflict (``protected`` class: "civilians", "a
    hospital"), also through its modifier ("civilian areas", "aid convoy")."""
    return has_class(tok, "protected") or any(
        x.dep_ in ("amod", "compound") and has_class(x, "protected") for x in tok.children
    )


def _hits_protected(verb: Token, passive: bool) -> bool:
    """Force (``hostile``/``wrongful_verb`` or ``attacking`` words of speech_acts.csv) used on a protected person or
    object: the direct object, a passive subject, or the object of at/on/against."""
    lem = verb.lemma_.lower()
    armed = any(
        x.dep_ == "dobj" and x.lemma_.lower() in class_words("munitions") for x in verb.children
    )
    if not (
        lem in class_words("attacking")
        or armed  # "opened fire on", "dropped barrel bombs on"
        or has_class(verb, "hostile")
        or has_class(verb, "wrongful_verb")
    ):
        return False
    if lem in class_words("countering"):
        return False
    objs = [x for x in verb.children if x.dep_ == ("nsubjpass" if passive else "dobj")]
    objs += [
        g
        for x in verb.children
        if x.dep_ == "prep" and x.lower_ in ("at", "on", "against")
        for g in x.children
        if g.dep_ == "pobj"
    ]
    return any(_protected(o) for o in objs)


def _none_of_own(ctx, q, speaker, subj: Token | None) -> bool:
    """ "none of its fighters", "no one from our side": a negative quantifier over the
    speaker's side as the subject."""
    if subj is None:
        return False
    if denied_by_no(subj) and any(
        m.dep_ in ("amod", "compound", "poss")
        and (
            m.lower_ in ("our", "its", "his", "her", "their")
            or side_of(ctx, m, speaker, q)[0] == "self"
            or _own_mention(ctx, m, speaker)
        )
        for m in subj.children
    ):
        return True  # "no Russian troops are in Ukraine" said by Moscow, "no our soldiers"
    if subj.lemma_.lower() not in ("none", "neither", "nobody", "one"):
        return False
    if subj.lower_ == "one" and not any(c.lower_ == "no" for c in subj.children):
        return False
    for p in subj.children:
        if p.dep_ == "prep" and p.lower_ in ("of", "from"):
            for g in p.children:
                if g.dep_ == "pobj" and side_of(ctx, g, speaker, q)[0] == "self":
                    return True
    return False


def _own_mention(ctx, tok: Token, speaker) -> bool:
    """The token is a mention of the speaker's own side ("Russian" said by Moscow)."""
    owner = ctx.mentions.get(tok.i)
    return owner is not None and speaker is not None and same_side(owner.actor, speaker)


def _at_no_point(verb: Token) -> bool:
    """ "at no point did its troops enter", "at no time": a negation fronted as a phrase."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "at"
        and any(
            g.dep_ == "pobj"
            and g.lemma_.lower() in ("point", "time", "stage")
            and any(d.lower_ == "no" for d in g.children)
            for g in p.children
        )
        for p in verb.children
    )


def negated_account(
    ctx: DocContext, q: Quote, content: Span, speaker: Actor | None
) -> Token | None:
    """The verb of a clause of the quote that says, as a fact, that something did not happen or
    is not so ("Russian troops did not enter the region", "at no point was the convoy hit", "no
    shells were fired"): a main, complement or conjoined clause, negated, with "at no point" or
    a subject such as "no X" or "nobody", no modal, no condition,
    not a mental or judging verb ("we do not know", "I do not think", "we will not accept"), and
    in the voice of the speaker's side, or with no doer named (passive, fronted "at no point", a
    negative quantifier over things: :func:`_no_thing`), never of another named actor or an
    unnamed party's doing. None when there is none. Read by ``statements_for`` on an uncued
    continuation of a denial (STATEMENTS_GUIDE: DENY "denial of an allegation or report"): the facts that go on
    to contradict the allegation carry the denial on."""
    seen: set[int] = set()
    for t in content:
        verb = clause_verb(t)
        if verb.i in seen or verb.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        seen.add(verb.i)
        c = clause_of(verb)
        if c.in_condition or c.conditioned or c.modals & (FUTURE | DEONTIC | POSSIBLE):
            continue
        fronted, quantified = _at_no_point(verb), _no_thing(verb)
        if not (c.negated or fronted or quantified):
            continue
        vlem = verb.lemma_.lower()
        if vlem in class_words("mental") | class_words("neg_raising") | class_words("not_accept"):
            continue
        subj, _ = subject_of(verb)
        side, _ = side_of(ctx, subj, speaker, q)
        passive = any(x.dep_ == "nsubjpass" for x in verb.children)
        if side == "self" or (side != "other" and (fronted or quantified or passive)):
            # the speaker's side did not do it ("our jets did not cross the border"), or a
            # fact with no agent named ("at no point was the convoy hit", "no shells were
            # fired"); an unnamed party's doing ("the talks did not produce a result", "no one
            # from the government has called us") is the speaker's own complaint, not the
            # denial carried on
            return verb
    return None


OUTCOME_OBJECTS = {"proposal", "talks", "ceasefire", "sanction", "withdrawal", "aid"}


def _outcome(subj: Token | None) -> bool:
    """A subject that is a course of events, not a party, and not one to be averted or wished to
    fail ("it can be avoided", "the talks would fail": ``averting`` and ``failing`` classes of
    the head verb):
    "it"/"this" or a noun of a measure,
    plan, deal, talks, proceedings or sanction (``measure``, ``rejectable``, ``proceedings``,
    ``consensus`` classes of ``speech_acts.csv``; the proposal, talks, ceasefire, sanction,
    withdrawal and aid classes of ``object_classes.csv``): "the deal", "the embargo"."""
    if subj is None:
        return False
    if subj.head.lemma_.lower() in class_words("averting") | class_words("failing"):
        # "we hope it can be avoided", "hoped the talks would fail": a harm averted or a
        # course wished to fail, not a course backed ("wanted it to end" stays: an end backed)
        return False
    if subj.lower_ in ("it", "this"):
        return True
    if subj.pos_ != "NOUN":
        return False
    if any(has_class(subj, k) for k in ("measure", "rejectable", "proceedings", "consensus")):
        return True
    return bool(OUTCOME_OBJECTS & set(rules().object_classes.get(subj.lemma_.lower(), ())))


def _no_thing(verb: Token) -> bool:
    """A clause negated by a subject that quantifies over things, not people ("no shells were
    fired", "none of the ships entered", "nothing was hit"): a negative quantifier of the
    ``negative_quantifier`` class of ``speech_acts.csv``, or "no" on a noun that is not a
    named person, group or body ("no one", "nobody": someone's silence or absence is no
    account of what did not happen)."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in class_words("negative_quantifier"):
            return True
        if denied_by_no(c) and c.lower_ != "one" and c.ent_type_ not in ("PERSON", "NORP", "ORG"):
            return True
    return False


# verbs of gathering armed force (speech_acts.csv ``mobilizing``), and what one prepares for
_HOSTILE_AIMS = frozenset({"offensive", "attack", "assault", "invasion", "incursion", "war"})


def _readies_force(verb: Token) -> bool:
    """Whether the clause readies armed force: a ``mobilizing`` verb of speech_acts.csv
    ("mobilise", "amass", "mass", "muster") with no object or a ``military_unit`` object of
    context_words.csv ("troops", "forces", "battalions"; "mobilised funds" gathers no force),
    "build up" troops, or "prepare" for an offensive, attack, assault, invasion or war or to
    carry one out ("preparing to attack": a ``hostile`` or ``attacking`` verb)."""
    vlem = verb.lemma_.lower()
    units = context_words("military_unit")
    objs = [x for x in verb.children if x.dep_ == "dobj"]

    def force(o: Token) -> bool:
        return o.lemma_.lower() in units or any(
            c.dep_ == "compound" and c.lemma_.lower() in units for c in o.children
        )

    if vlem in class_words("mobilizing"):
        return (
            all(force(o) for o in objs)
            if vlem.startswith("mobili")
            else any(force(o) for o in objs)
        )
    if vlem == "build" and any(x.dep_ == "prt" and x.lower_ == "up" for x in verb.children):
        return any(force(o) for o in objs)
    if vlem != "prepare":
        return False
    aims = [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    acts = [x for x in verb.children if x.dep_ == "xcomp"]
    return any(g.lemma_.lower() in _HOSTILE_AIMS for g in aims) or any(
        has_class(x, "hostile")
        or x.lemma_.lower() in class_words("attacking")
        or x.lemma_.lower() in ("attack", "invade")
        for x in acts
    )


def _backgrounded(verb: Token) -> bool:
    """Whether the verb (or the first verb of its coordination) only sets a background: a
    relative clause ("Americans who are held or unjustly detained"), a participle on a noun, or
    an adverbial clause ("as Russia prepares for its offensive, Kyiv needs weapons")."""
    verb = conj_head(verb)
    return verb.dep_ in ("relcl", "acl", "advcl")


def as_phrase_heads(verb: Token, objs: list[Token]) -> Iterator[Token]:
    """The heads of the "as" phrases on ``verb`` and on its objects ``objs`` ("condemned the
    launches as a violation", "regards the plan as serious and credible"): each phrase's
    ``pobj``/``amod``/``acomp`` child and its conjuncts, in document order of the phrases."""
    for p in (*verb.children, *(c for o in objs for c in o.children)):
        if p.dep_ != "prep" or p.lower_ != "as":
            continue
        for g in p.children:
            if g.dep_ in ("pobj", "amod", "acomp"):
                yield from (g, *g.conjuncts)


REGARDING = frozenset({"view", "regard", "see", "consider", "deem", "treat"})


def _regarded_as(verb: Token) -> tuple[str, Token] | None:
    """The judgement a verb of regarding ("view", "regard", "see", "consider", "deem", "treat")
    passes through its "as" phrase on its direct object (on the verb or the object): a
    ``pos_eval`` word of speech_acts.csv there ("as serious and credible", "as a good basis")
    endorses (SUPPORT) what is regarded when it is endorsable (:func:`_endorsable`), a
    ``neg_eval`` or ``harm`` word ("as unacceptable", "as a threat") disapproves (DISPUTE); the words read
    are the phrase's object, its conjuncts and their adjectives, none negated. None otherwise
    ("sees it as a matter for the courts")."""
    if verb.lemma_.lower() not in REGARDING:
        return None
    # the object, or a noun the parser took for a clause ("regard the ceasefire plan as ...")
    objs = [
        c
        for c in verb.children
        if c.dep_ == "dobj" or (c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN"))
    ]
    if not objs:
        return None
    words = [
        w
        for x in as_phrase_heads(verb, objs)
        for w in (x, *(m for m in x.children if m.dep_ == "amod"))
        if not negated(w)
    ]
    bad = next((w for w in words if has_class(w, "neg_eval") or has_class(w, "harm")), None)
    if bad is not None:
        return "DISPUTE", bad
    good = next((w for w in words if has_class(w, "pos_eval")), None)
    if good is not None and _endorsable(objs[0]):
        return "SUPPORT", good
    return None


def _done_wrongfully(verb: Token) -> bool:
    """Whether a manner adverb of ``wrongful_adj`` (speech_acts.csv) modifies the verb and is
    not negated: "illegally", "unlawfully", "unjustly", "wrongfully", "arbitrarily" ("were
    unjustly detained"); "not illegally" clears the act."""
    return any(
        x.dep_ == "advmod" and has_class(x, "wrongful_adj") and not negated(x)
        for x in verb.children
    )


def _wrongful_object(verb: Token) -> bool:
    """The verb's direct object is a wrongful act ("paid bribes", "carried out the attack")."""
    return any(
        x.dep_ == "dobj" and (has_class(x, "wrongful_noun") or _bribe(x)) for x in verb.children
    )


def _open_question(verb: Token) -> bool:
    """The verb heads a clause of an indirect question ("whether sanctions should be lifted",
    "if they must leave", "will consider when ministers should be called"): :func:`_asked`
    ('whether', 'why', 'how'), or, as the complement of another verb or adjective, 'if' ("unclear
    if ...", "decide if ...", not a condition) or a wh-word opening it (:data:`WH_WORDS`), also
    as the clause of time or place the parser may make of it
    ("will consider when ministers should be called")."""
    if _asked(verb):
        return True
    complement = verb.dep_ in ("ccomp", "xcomp", "pcomp")
    return any(
        (complement and c.dep_ == "mark" and c.lower_ == "if")
        # the parser may hang "consider when ..." on the verb as a clause of time
        or (
            (complement or verb.dep_ == "advcl")
            and c.lower_ in WH_WORDS
            and c.i == verb.left_edge.i
        )
        for c in verb.children
    )


# the words that open an indirect question (not "that", which the tagger may tag WDT when it
# introduces a statement: "told the council that member states must fund the mission")
WH_WORDS = frozenset({"when", "where", "what", "who", "whom", "whose", "which", "why", "how"})
# ... and with the two words that ask yes or no ("asked whether ...", "unclear if ...")
QUESTION_WORDS = WH_WORDS | {"whether", "if"}
# the modal of a forecast when its subject is a thing: "the recovery should continue"
_FORECAST_MODALS = frozenset({"should"})
# entity labels of a party whose measure a noun may be ("China's currency", "Saudi output") or on
# whom blame may be laid (matching.blames_a_cause)
PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _forecast(verb: Token, subj: Token | None, passive: bool, c: Clause) -> bool:
    """ "Should" read as a forecast, not an ask: an active clause with "should" (not "must")
    whose verb tells the course of a measure or process or what it undergoes or brings about
    (``trending``, ``undergoing``, ``effect_verb`` words of speech_acts.csv), whose subject is
    one of an economy's measures (``economic_measure``), and that names the time it foretells
    (a ``DATE`` entity in the clause): "the economy should pick up next year", "Japan's economy
    should recover next year". An instrument, or a measure with no time foretold, is asked for
    ("the sanctions should stay in place", "China's currency should rise faster", "interest
    rates should rise to curb inflation"). STATEMENTS_GUIDE: APPEAL is
    "should/must" addressed to a party; a prediction stated as fact is a CLAIM."""
    if passive or subj is None or "must" in c.modals or not c.modals & _FORECAST_MODALS:
        return False
    lemma = verb.lemma_.lower()
    if not any(lemma in class_words(k) for k in ("trending", "undergoing", "effect_verb")):
        return False  # "all sales should go through the state company": a rule laid down
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in class_words("economic_measure"):
        return False
    own = {t.i for t in subj.subtree}
    return any(t.ent_type_ == "DATE" for t in verb.subtree if t.i not in own)


def _no_coercion_done(verb: Token) -> bool:
    """The verb does (``doing_verb``) what its direct object names, coercion or a wrongful act,
    with "no" before it ("put no pressure on them", "made no threats", "paid no bribes"): an act
    of it said not done; "we see no threat" does none."""
    return verb.lemma_.lower() in class_words("doing_verb") and any(
        x.dep_ == "dobj"
        and (
            x.lemma_.lower() in class_words("coercing")
            or has_class(x, "wrongful_noun")
            or _bribe(x)
        )
        and denied_by_no(x)
        for x in verb.children
    )


def _bribe(tok: Token) -> bool:
    return tok.lemma_.lower() in ("bribe", "kickback", "ransom")


def _rejectable_object(verb: Token) -> bool:
    """The verb's object (also through "by"/"with": "abide by the ruling") is something a
    rejection aims at (``rejectable`` words of speech_acts.csv)."""
    objs = [x for x in verb.children if x.dep_ == "dobj"]
    objs += [
        g
        for x in verb.children
        if x.dep_ == "prep" and x.lower_ in ("by", "with")
        for g in x.children
        if g.dep_ == "pobj"
    ]
    return any(o.lemma_.lower() in class_words("rejectable") for o in objs)


def _proper_party(t: Token) -> bool:
    """A proper name the model tags as an organisation, state, nationality or person ("the
    Reconnaissance General Bureau", "Mahan Air", "Islamic State")."""
    return t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")


def _named_party(t: Token | None) -> bool:
    """A word that names a party, whether or not the actor tables know it: a proper name
    (:func:`_proper_party`) or a pejorative name a speaker gives only to another party's
    government or forces (``other_government`` class of speech_acts.csv: "the regime", "the
    junta", "the occupiers"). Read for a clause's subject (:func:`_clause_acts`) and for a wrong's
    owner (:func:`_charged_to_other`); False for None."""
    if t is None:
        return False
    return _proper_party(t) or t.lemma_.lower() in class_words("other_government")


def _charged_word(verb: Token) -> Token | None:
    """A wrongful noun or adjective (``wrongful_noun``/``wrongful_adj``) in the clause below
    ``verb`` (at most :data:`SUBTREE_LIMIT` tokens, not inside a clause of its own, not
    negated), unless a countering word governs it ("fight terrorism", "against corruption") or
    ``verb`` is one its subject undergoes (``undergoing``: "is facing terrorist attacks")."""
    if verb.lemma_.lower() in class_words("undergoing"):
        return None
    for x in _below(verb):
        if x.dep_ in ("ccomp", "advcl", "relcl", "csubj") or negated(x):
            continue
        if not (has_class(x, "wrongful_noun") or has_class(x, "wrongful_adj")):
            continue
        if x.lemma_.lower() in ("responsible", "deliberate", "deliberately", "terrorist"):
            continue
        chain = [x.head, x.head.head] if x.head != verb else [verb]
        if any(h.lemma_.lower() in class_words("countering") for h in (*chain, verb)):
            continue
        return x
    return None


def naming_act(cue: Token | None, content: Span) -> tuple[str, str] | None:
    """The act of a naming cue ("called X Y", "described X as Y", "branded X Y") read from its
    complement inside the quote: a wrongful act named (``wrongful_noun``/``wrongful_adj``) →
    ACCUSE ("called it an act of aggression"); calling something untrue → DENY; a negative
    evaluation → DISPUTE ("described the idea as reckless"); a positive one → SUPPORT; any other
    bare label in quotation marks on a party's act or thing judges it → DISPUTE ("described the
    levy as 'a museum piece'", :func:`_a_label`, :func:`_quoted`). Returns (label, rule name)
    or None when the cue is no naming verb or the complement labels a party or a state of
    affairs, is a clause or stands in no quotation marks ("described the situation as tense"
    stays a plain statement); a wrongful adjective alone ("reckless", "illegal") is a judgement
    (DISPUTE), not a specific charge. A fixed rejection
    or denial phrase of ``speech_acts.csv`` ("null and void", "nothing to do with") names that
    act."""
    if cue is None or cue.lemma_.lower() not in class_words("naming") or not len(content):
        return None
    if content.start <= cue.i < content.end:
        return None  # the cue inside its own quote: not a naming frame
    low = content.text.casefold()
    phrases = act_words().phrases
    for cls, label in (("reject_phrase", "REJECT"), ("deny_phrase", "DENY")):
        if cls in phrases and phrases[cls].search(low):
            return label, f"names-{label.lower()}"  # "called the agreement null and void"
    found: set[str] = set()
    for t in content[:SUBTREE_LIMIT]:
        if t.is_punct or negated(t):
            continue
        for cls in ("wrongful_noun", "wrongful_adj", "untrue", "neg_eval", "pos_eval"):
            if has_class(t, cls):
                found.add(cls)
    named = [x for x in cue.children if x.dep_ in ("dobj", "nsubjpass")]
    of_claim = any(x.lemma_.lower() in class_words("allegation") for x in named)
    if "wrongful_noun" in found and of_claim:
        # "called the report a lie", "branded the accusations propaganda": the wrong is charged
        # to the allegation's authors only as the means of denying it (STATEMENTS_GUIDE: DENY)
        return "DENY", "names-untrue"
    if "wrongful_noun" in found:
        return "ACCUSE", "names-wrongful"
    if "wrongful_adj" in found:
        found.add("neg_eval")  # "reckless", "illegal": a judgement, not a specific charge
    if any(has_class(x, "ruling") for x in named) and any(has_class(t, "invalid") for t in content):
        return "REJECT", "names-ruling-invalid"  # "called the court ruling illegitimate"
    if "untrue" in found or (of_claim and "neg_eval" in found):
        return "DENY", "names-untrue"  # "called the charges absurd": the accusation denied
    if "neg_eval" in found:
        return "DISPUTE", "names-negative"
    if "pos_eval" in found:
        return "SUPPORT", "names-positive"
    if _a_label(content) and _quoted(content) and not any(_labels_no_act(x) for x in named):
        # "described the levy as 'a museum piece'", "called the move 'improper'": a label in
        # the speaker's own quoted words put on another party's act or thing judges it
        # (DISPUTE); an unquoted one mostly describes ("described the drills as a routine
        # exercise", "the talks as a first step")
        return "DISPUTE", "names-label"
    return None


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


LABELLED_PERSONS = {"he", "she", "him", "her", "they", "them"}


def _labels_no_act(named: Token) -> bool:
    """The thing a naming cue labels is a party ("described France as an old ally", "called him
    a strong leader": praise or insult, the label alone does not say which) or a state of
    affairs (``situation`` words of speech_acts.csv: "described the situation as tense"), not a
    party's act or thing."""
    return (
        named.pos_ == "PROPN"
        or named.lower_ in LABELLED_PERSONS
        or title_kind(named.lemma_.lower()) is not None
        or named.lemma_.lower() in class_words("situation")
    )


def _quoted(content: Span) -> bool:
    """The span holds or stands in quotation marks: the label is the speaker's own words
    ('described the levy as "a museum piece"'), not the writer's description."""
    doc = content.doc
    edges = [doc[i] for i in (content.start - 1, content.end) if 0 <= i < len(doc)]
    return any(t.is_quote for t in (*content, *edges))


def _a_label(content: Span) -> bool:
    """The naming cue's complement is a bare label, a noun phrase or an adjective ("a tax on
    success", "a bakers' cartel", "improper"), not a clause ("called it unlikely
    that the EU would pay": a prediction) nor a legal position (``legal`` words and
    ``legal_phrase`` phrases of speech_acts.csv: "compatible with international law", a CLAIM
    read by :func:`_claim_acts`)."""
    if any(t.tag_ in FINITE_TAGS for t in content):
        return False
    pattern = act_words().phrases.get("legal_phrase")
    if pattern is not None and pattern.search(content.text.casefold()):
        return False
    return not any(has_class(t, "legal") for t in content)


@functools.cache
def expressed_feelings() -> dict[str, str]:
    """Feelings and attitudes one expresses, by the act they perform (noun → statement type), read
    once from ``data/statements/expressed_feelings.csv`` (STATEMENTS_GUIDE: DISPUTE "disapproval,
    regret, protest"; SUPPORT "support, welcome, praise, thanks"; WARN; INTENT)."""
    return {
        r["noun"].strip().casefold(): r["statement_type"]
        for r in rows("statements/expressed_feelings.csv")
    }


def condemned_as_wrong(cue: Token) -> Token | None:
    """The charge a disapproving cue names through "as" ("condemned the launches as a violation
    of UN resolutions", "denounced the vote as illegal"): a ``wrongful_noun`` or a
    ``wrongful_adj`` word of speech_acts.csv that is no ``neg_eval`` word, in the object of an
    "as" phrase on the cue (its conjuncts included: "as destabilizing and a clear violation"),
    not negated; None when there is none ("condemned it as destabilizing": a judgement,
    DISPUTE)."""
    objs = [c for c in cue.children if c.dep_ == "dobj"]
    for x in as_phrase_heads(cue, objs):
        # the noun, its adjectives, and what it is an act of ("an act of terrorism")
        kin = [m for m in x.children if m.dep_ == "amod"] + [
            o
            for q in x.children
            if q.dep_ == "prep" and q.lower_ == "of"
            for o in q.children
            if o.dep_ == "pobj"
        ]
        for t in (x, *kin):
            if negated(t):
                continue
            if has_class(t, "wrongful_noun") or (
                has_class(t, "wrongful_adj") and not has_class(t, "neg_eval")
            ):
                return t
    return None


def expressed_act(cue: Token | None) -> tuple[str, str, Token] | None:
    """The act of an expressing cue ("expressed regret over the decision", "voiced support for
    the plan", "conveyed condolences") read from its object noun (:func:`expressed_feelings`): regret over
    harm done ("expressed regret over the incident") admits (CONCEDE, as
    :func:`_regrets_loss`); concern about a prospect or a possibility ("concern about the risk
    of war", "concern that it could spread") warns (WARN), about a thing done disapproves
    (DISPUTE). Returns (label, rule name, object) or None (a negated cue, no such object:
    "expressed the hope that", "reiterated its position"). Sympathy among the nouns ("outrage,
    sadness and condolences over the death of", ``sympathy`` words) supports (SUPPORT), and
    concern or regret about a misfortune with no culprit (:func:`_misfortune`: "concern about the
    outbreak of the disease") names no act (None): the guide's DISPUTE is aimed at a party's
    conduct."""
    if cue is None or cue.lemma_.lower() not in class_words("expressing") or negated(cue):
        return None
    obj = next((x for x in cue.children if x.dep_ == "dobj"), None)
    feelings = expressed_feelings()
    if obj is None or obj.lemma_.lower() not in feelings and obj.lower_ not in feelings:
        return None
    sympathy = next((x for x in (obj, *obj.conjuncts) if has_class(x, "sympathy")), None)
    if sympathy is not None:
        return "SUPPORT", "expressed-sympathy", sympathy
    noun = obj.lemma_.lower() if obj.lemma_.lower() in feelings else obj.lower_
    label = feelings[noun]
    if noun == "regret" and (_regrets_loss(obj) or _regrets_loss(cue)):  # "over" may hang on either
        return "CONCEDE", "expressed-regret-for-harm", obj
    if noun == "concern" and _concern_prospect(obj):
        return "WARN", "expressed-concern-prospect", obj
    if label == "DISPUTE" and _misfortune(obj, cue):
        return None
    return label, f"expressed-{label.lower()}", obj


# sectors whose speakers announce a state's measures
GOVERNING = {"government", "diplomatic", "military"}


def _held_feeling(verb: Token) -> str | None:
    """The act of a feeling the clause's subject holds ("have serious doubts about the plan",
    "had reservations about the proposal", "has questions about the efficacy of"): the object
    noun's act in :func:`expressed_feelings` (DISPUTE, WARN), "questions" counting as doubt when
    they are *about* something; concern about a prospect warns (as :func:`expressed_act`).
    None for "no doubts", "questions for the delegation" or a feeling of another kind."""
    obj = next((x for x in verb.children if x.dep_ == "dobj"), None)
    if obj is None or any(d.lower_ in ("no", "any") for d in obj.children):
        return None
    noun = obj.lemma_.lower()
    about = any(
        p.dep_ == "prep" and p.lower_ in ("about", "over", "regarding", "concerning")
        for p in (*obj.children, *verb.children)
    )
    if noun == "question":
        return "DISPUTE" if about else None
    label = expressed_feelings().get(noun)
    if label not in ("DISPUTE", "WARN") or not about:
        return None
    if noun == "concern" and _concern_prospect(obj):
        return "WARN"
    return label


def _misfortune(*heads: Token) -> bool:
    """Whether what a feeling is about, the objects of an about/over/at/on/regarding phrase
    on any of ``heads``, is a misfortune with no culprit: a ``misfortune`` word of
    speech_acts.csv (a disease, a natural hazard, a death) below it and no wrong done
    (``wrongful_*`` words) nor a party owning it ("the regime's handling of the outbreak")."""
    topics = [
        g
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("about", "over", "at", "on", "regarding")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    below = [x for t in topics for x in (t, *_below(t, 20))]
    return (
        any(has_class(x, "misfortune") for x in below)
        and not any(
            has_class(x, c)
            for x in below
            for c in ("wrongful_noun", "wrongful_verb", "wrongful_adj")
        )
        and not any(c.dep_ == "poss" for t in topics for c in t.children)
    )


def _concern_prospect(obj: Token) -> bool:
    """A concern about a prospect or a possibility ("concern about the risk of war", "concern
    that it could spread")."""
    below = _below(obj, 20)
    return any(x.lemma_.lower() in class_words("prospect") for x in below) or any(
        x.lower_ in POSSIBLE | FUTURE | {"can"} and x.dep_ == "aux" for x in below
    )


def announced_measure(cue: Token | None, content: Span) -> bool:
    """An announcing cue whose object, inside the quote, is a measure (``measure`` or
    ``punitive`` word class: "announced plans to pull out", "unveiled new sanctions", "announces
    troop withdrawal"): the speaker's side's own decided measure, INTENT (STATEMENTS_GUIDE).
    "announced that ..." (a clause) is read by the clause acts; "announced the death of ..."
    names no measure."""
    if cue is None or cue.lemma_.lower() not in class_words("announcing") or not len(content):
        return False
    if negated(cue):
        return False
    for x in cue.children:
        if x.dep_ not in ("dobj", "nsubjpass") or not content.start <= x.i < content.end:
            continue
        if has_class(x, "measure") or has_class(x, "punitive"):
            return True
    return False


# the actor sectors (data/actors/roles.csv) that speak for a state
STATE_SECTORS = frozenset({"government", "military", "diplomatic"})


def _asked_of_party(ctx: DocContext, q: Quote, speaker: Actor | None, verb: Token) -> Token | None:
    """The party a verb of wanting asks something of: the object of its "from" ("we expect from
    Iran assurances", "we want guarantees from Moscow") when the verb also has a direct object
    and that party is not the speaker's side (:func:`.context.side_of`); None otherwise."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    # "from" on the verb or on its object ("guarantees from Moscow"); "expect from Iran
    # assurances" is parsed as one "from" with two objects, the thing asked among them
    froms = [
        p for h in (verb, *objs) for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
    ]
    for p in froms:
        pobjs = [o for o in p.children if o.dep_ == "pobj"]
        if not objs and len(pobjs) < 2:
            continue
        for o in pobjs:
            if side_of(ctx, o, speaker, q)[0] == "other":
                return o
    return None


# verbs of stopping a party from acting: "will not stop us from ..."
_STOPPING = frozenset({"stop", "prevent", "deter", "dissuade", "keep"})


def _not_stopped(
    ctx: DocContext, q: Quote, speaker: Actor | None, verb: Token, c: Clause
) -> Token | None:
    """The act the speaker's side is said to go on with when a future stopping verb
    (``_STOPPING``) is negated and its object is that side: "will not stop Israel from pursuing
    him" said by the Israeli army, "nothing will deter us from defending our land". Returns the
    gerund after "from" (None when the clause is no such promise)."""
    if verb.lemma_.lower() not in _STOPPING or not c.modals & FUTURE or c.conditioned:
        return None
    obj = next((x for x in c.children if x.dep_ == "dobj"), None)
    if obj is None or side_of(ctx, obj, speaker, q)[0] != "self":
        return None
    for p in c.children:
        if p.dep_ == "prep" and p.lower_ == "from":
            return next((g for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    return None


def _honours_a_rule(verb: Token) -> bool:
    """Whether a verb of honouring (``honouring`` words of speech_acts.csv: "respect", "honour")
    keeps to what its object names: an agreement, ruling or demand (``rejectable`` words, the
    ``judged_act`` "agreement", "deal"), not a party ("we respect the Iranian people" esteems
    them). "Respecting a 1997 agreement" is compliance claimed, not praise."""
    if verb.lemma_.lower() not in class_words("honouring"):
        return False
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    objs += [  # "comply with the ruling", "abide by the agreement"
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("with", "by")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return any(
        o.lemma_.lower() in class_words("rejectable") or has_class(o, "judged_act") for o in objs
    )


def _requests_of_party(verb: Token) -> bool:
    """Whether ``verb`` asks for something with a direct object: an ``asking_verb`` of
    speech_acts.csv ("request an explanation", "we ask your help"), or "seek" whose object is
    something only another party can give (``sought`` words of context_words.csv: "seek
    information", "seeking answers", "seek assurances"); "seek a solution" pursues a course."""
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    if not objs or verb.pos_ != "VERB":
        return False
    lem = verb.lemma_.lower()
    if lem in class_words("asking_verb") and lem != "invite":
        return True
    return lem == "seek" and any(o.lemma_.lower() in context_words("sought") for o in objs)


def answered_wrong(t: Token) -> Token | None:
    """The wrong an act is said to answer: ``t`` is a ``retribution`` or ``response_head`` noun
    ("retaliation", "response", "revenge") standing as the predicate of an act ("the strike was
    retaliation for Ukrainian attacks", "the raid was a response to the shelling"), and its
    "for"/"to" object is a ``wrongful_noun`` or ``alleged_event``: that object, else None. The
    clause explains a past act by another party's wrong (STATEMENTS_GUIDE: ACCUSE), it
    threatens nothing."""
    if t.dep_ != "attr" or not (has_class(t, "retribution") or has_class(t, "response_head")):
        return None
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "to"):
            for o in p.children:
                if o.dep_ == "pobj" and (
                    has_class(o, "wrongful_noun") or has_class(o, "alleged_event")
                ):
                    return o
    return None


def _charged_party(wrong: Token) -> bool:
    """Whether the wrong ``wrong`` names its doer: a demonym or name before it ("Ukrainian
    attacks", "Hamas's rockets") or a "by" after it ("attacks by the militia")."""
    if any(
        m.dep_ in ("amod", "compound", "poss")
        and (m.ent_type_ in ("NORP", "GPE", "ORG") or m.pos_ == "PROPN")
        for m in wrong.children
    ):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "by" for p in wrong.children)


ERROR_NOUNS = frozenset({"mistake", "error", "blunder"})
# acts of force that a side may own as an error, beside the ``alleged_event`` words
_FORCE_ACTS = frozenset({"attack", "shelling", "killing", "firing", "shooting", "shootdown"})


def _own_act_in_error(
    ctx: DocContext, speaker: Actor | None, verb: Token, subj: Token | None, side: str
) -> Token | None:
    """The error noun when "be" equates an act of the speaker's own side with a mistake ("its
    strike on the school was a mistake", "our raid was an error", "the drone strike in Kabul
    was a tragic mistake"): the subject is an ``alleged_event`` word of speech_acts.csv or an
    act of force, the attribute an error noun, and the act is owned by the speaker's side
    (``side``, the subject's side: "our", or "its" in reported speech) or, said by a state speaker (:func:`_official`), by no
    other party (no possessive, no modifier or "by" phrase naming another side). None for
    "Russia's strike was a mistake" (a judgement of another) or "Brexit was a mistake"."""
    if verb.lemma_.lower() != "be" or subj is None:
        return None
    error = next(
        (x for x in verb.children if x.dep_ == "attr" and x.lemma_.lower() in ERROR_NOUNS), None
    )
    if error is None:
        return None
    noun = subj.lemma_.lower()
    if not (has_class(subj, "alleged_event") or noun in _FORCE_ACTS):
        return None
    poss = next((x for x in subj.children if x.dep_ == "poss"), None)
    if poss is not None or side == "self":
        return error if side == "self" else None
    if not _official(speaker):
        return None
    owners = [x for x in subj.children if x.dep_ in ("amod", "compound")] + [
        g
        for p in subj.children
        if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    for o in owners:
        m = ctx.mentions.get(o.i)
        if m is not None and not same_side(m.actor, speaker):
            return None
        if o.pos_ == "PROPN" and m is None:
            return None
    return error


def _done_in_error(kids) -> bool:
    """Whether a clause verb (``kids``: its children) carries an adverb of error: an adverb
    among the ``concede_word`` words of speech_acts.csv ("mistakenly", "inadvertently",
    "accidentally")."""
    return any(
        x.dep_ == "advmod" and x.pos_ == "ADV" and has_class(x, "concede_word") for x in kids
    )


def _own_force_to_come(ctx: DocContext, speaker: Actor | None, kids) -> bool:
    """Whether an existential "there will be ..." (``kids``: the children of its "be") announces a
    military force of the speaker's own state: said by a speaker of a state (``STATE_SECTORS``:
    government, military, diplomatic), its ``attr`` is a
    ``military_unit`` word of context_words.csv ("a brigade", "two battalions", "troops") that no
    other state or party modifies ("a Russian brigade", "NATO's battalions" said by Berlin are
    someone else's)."""
    if speaker is None or speaker.sector not in STATE_SECTORS:
        return False
    if not any(x.dep_ == "expl" for x in kids):
        return False
    for x in kids:
        if x.dep_ != "attr":
            continue
        units = context_words("military_unit")
        # the noun or a compound naming its kind ("an armoured brigade combat team")
        if x.lemma_.lower() not in units and not any(
            c.dep_ == "compound" and c.lemma_.lower() in units for c in x.children
        ):
            continue
        mods = [m for m in x.subtree if m.dep_ in ("amod", "compound", "poss") and m.i < x.i]
        if not any(
            (m := ctx.mentions.get(t.i)) is not None and not same_side(m.actor, speaker)
            for t in mods
        ):
            return True
    return False


def _own_organisation(subj: Token | None, speaker: Actor | None) -> bool:
    """ "the bloc", "the alliance", "the organisation" as subject, said by someone speaking for an
    organisation (an EU spokesman, NATO's chief): the organisation names itself by its kind
    (``own_organisation`` class of speech_acts.csv). Said by a government's speaker these nouns
    stay a third party ("the alliance" may be one the country is not in)."""
    if subj is None or speaker is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if not (speaker.organisation or speaker.sector == "international organisation"):
        return False
    return subj.lemma_.lower() in class_words("own_organisation") and any(
        d.dep_ == "det" and d.lower_ == "the" for d in subj.children
    )


def _no_plans(t: Token, add) -> None:
    """ "We have no intention of stopping", "she had no plans to leave": a stated plan not to
    act is an intention (INTENT); "no plans to bow to pressure" refuses (REJECT); "no plans to
    attack NATO", "no intention of invading" — no plan of a hostile or wrongful act — denies the
    intent others ascribe to the speaker's side (STATEMENTS_GUIDE: DENY "denial of an allegation
    or report"; ACCUSE counts a wrongful *intent* as a charge)."""
    if not denied_by_no(t):
        return
    acts = [c for c in t.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    acts += [
        g
        for p in t.children
        if p.dep_ == "prep"
        for g in p.children
        if g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.pos_ == "VERB")
    ]
    if not acts:
        return
    if acts[0].lemma_.lower() in class_words("not_accept"):
        add(t, "REJECT", "self-no-plans-to-accept")
    elif (has_class(acts[0], "wrongful_verb") or has_class(acts[0], "hostile")) and not any(
        m.dep_ == "mark" and m.lower_ in CONDITION for m in acts[0].subtree
    ):
        # "unless it is attacked first": a conditional plan denies nothing
        add(t, "DENY", "self-no-plans-hostile")
    else:
        add(t, "INTENT", "self-no-plans")


def _about_a_ruling(verb: Token) -> bool:
    """The clause's subject is a ruling, verdict or jurisdiction (``ruling`` class of
    speech_acts.csv): holding it invalid rejects it ("the court's ruling is illegitimate")."""
    subj, _ = subject_of(verb)
    return subj is not None and has_class(subj, "ruling")


def _about_a_claim(verb: Token) -> bool:
    """The clause's subject is an allegation, charge or report (``allegation`` words of speech_acts.csv): judging
    it negatively denies it ("the accusations are absurd")."""
    subj, _ = subject_of(verb)
    return subj is not None and subj.lemma_.lower() in class_words("allegation")


def _all_parties(subj: Token | None) -> bool:
    """``subj`` names every party at once, as an appeal addresses them: "all sides", "both
    parties", "all countries concerned" (a ``joint_party`` word of speech_acts.csv under "all",
    "both" or "each"), "everyone", "the international community"; general English usage."""
    if subj is None:
        return False
    low = subj.lemma_.lower()
    if low in ("everyone", "everybody"):
        return True
    if low == "community" and any(c.lower_ == "international" for c in subj.children):
        return True
    return low in class_words("joint_party") and any(
        c.dep_ in ("det", "predet") and c.lower_ in ("all", "both", "each") for c in subj.children
    )


def _joint(subj: Token | None) -> bool:
    """ "the two sides", "both countries": the parties that agree, the speaker's among them."""
    if subj is None or subj.lemma_.lower() not in class_words("joint_party"):
        return False
    return any(
        (c.dep_ == "nummod" and c.lower_ in ("two", "2"))
        or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for c in subj.children
    )


def _regrets_loss(verb: Token) -> bool:
    """ "regret the loss of life / the incident / the deaths": regret over harm done, an
    admission (CONCEDE); "regret the decision" disapproves of someone's act (DISPUTE)."""
    objs = [x for x in verb.children if x.dep_ in ("dobj", "ccomp")]
    objs += [g for x in verb.children if x.dep_ == "prep" for g in x.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in class_words("regretted") or has_class(o, "harm") for o in objs)


def _charged_for(verb: Token) -> bool:
    """A disapproving verb with its object and a "for" + gerund naming what the object did:
    "condemned Iran for arming the rebels", "criticised Moscow for violating the ceasefire",
    "denounced them for not allowing aid in"; the act is the charge. A "for" with a noun ("for
    its stance", "called for talks") names no act; a passive with no object ("was criticised
    for offering fewer proposals") has no party charged."""
    if not any(x.dep_ == "dobj" for x in verb.children):
        return False
    return any(
        x.dep_ == "prep"
        and x.lower_ == "for"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in x.children)
        for x in verb.children
    )


def _disposed(ctx: DocContext, q: Quote, speaker: Actor | None, t: Token) -> bool:
    """ "we are open to talks", "he was committed to rebuilding", "it is keen to help": a
    disposition adjective (``disposed`` words of speech_acts.csv) of the speaker's side, not negated and not in a
    condition, looking ahead to an act (:func:`_to_act`). The parser often reads "is committed
    to", "is determined to" as a passive verb: then the word is its own clause's verb."""
    cop = t if _passive_participle(t) else t.head
    if negated(t) or clause_of(cop).negated or clause_of(cop).in_condition:
        return False
    if described_intention(t):
        return False
    subj, _ = subject_of(cop)
    side, _ = side_of(ctx, subj, speaker, q)
    return side == "self" and _to_act(t)


# the Penn Treebank tags of wh-words ("which", "who", "whose", "how", "why")
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
# the words that ask how far, how firmly or whether, not why, when or where ("that is why we are
# prepared to act" asserts the intention): the degree and manner wh-word, and "whether"
DEGREE_ASKING = {"how", "whether"}


def described_intention(t: Token) -> bool:
    """Whether the word of intention or disposition ``t`` ("prepared", "ready", "want") sits in a
    clause that asks how far or how firmly, rather than asserting the intention: a wh-word of
    degree or manner hangs on the clause's verb (the copula of an adjective) before it, alone
    ("whether they were ready"), through an adverb ("a test of how firmly the cabinet was
    prepared to defend its farmers") or a preposition ("the extent to which the allies were
    prepared to share data"). Such a clause announces no one's intention (STATEMENTS_GUIDE:
    INTENT is the speaker's own intention or offer). A wh-word of reason, time or place ("that
    is why we are prepared to act", "when we are ready") presupposes the intention, and a
    relative word that is an argument of the act ("a plan, which the government stands ready to
    fund") does not ask about it: both leave the intention asserted."""
    verb = t.head if t.dep_ == "acomp" else t
    for c in verb.children:
        if c.i > verb.i:
            continue
        if c.lower_ in DEGREE_ASKING and c.dep_ in ("advmod", "mark"):
            return True
        if c.dep_ == "advmod" and any(g.lower_ in DEGREE_ASKING for g in c.children):
            return True
        if c.dep_ == "prep" and any(g.tag_ in WH_TAGS for g in c.children):
            return True
    return False


def judges_act_to_come(t: Token) -> bool:
    """A good word on the thing an act still to come makes ("we are ready to take positive
    steps", "it should play a more positive role", "we will have constructive talks"): the
    noun it describes is the object of a verb under "will", "should", "may" or a disposition or
    intention ("ready to", "plans to"). Such words promise or ask for the act; they praise
    nothing done (STATEMENTS_GUIDE: SUPPORT is support, welcome, praise of a party or its
    act), unlike "yielded positive results"."""
    if t.dep_ != "amod":
        return False
    noun = t.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if noun.dep_ not in ("dobj", "attr", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    c = clause_of(verb)
    if c.modals & (FUTURE | DEONTIC | POSSIBLE):
        return True
    head = verb.head.lemma_.lower()
    return verb.dep_ == "xcomp" and head in class_words("disposed") | class_words("intending")


def punitive_prospect(t: Token) -> bool:
    """The act a disposition word looks ahead to is punitive or hostile: its verb ("ready to
    retaliate", "prepared to veto": ``punitive`` and ``hostile`` classes of speech_acts.csv) or
    that verb's object ("ready to impose sanctions"); a general word ("ready to take action":
    ``weak_punitive``) is no threat by itself, nor is an easing ("prepared to lift them")."""
    for c in (*t.children, *(x for x in t.head.children if x.dep_ == "xcomp")):
        if c.dep_ != "xcomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        if c.lemma_.lower() in class_words("weak_punitive"):
            continue
        if has_class(c, "punitive") or has_class(c, "hostile"):
            return True
        if listed_measure(c) == "":
            continue  # an easing: "prepared to lift the sanctions"
        if any(
            has_class(o, "punitive") and o.lemma_.lower() not in class_words("weak_punitive")
            for o in c.children
            if o.dep_ == "dobj"
        ):
            return True
        if c.lemma_.lower() == "use" and any(o.dep_ == "dobj" and _arms(o) for o in c.children):
            return True  # "ready to use force", "prepared to use its nuclear weapons"
    return False


def _arms(noun: Token) -> bool:
    """Whether ``noun`` names force or arms: "force", "weapon(s)" (``weapon_use``'s "weapon"),
    a ``munitions`` or ``weapon_system`` word of speech_acts.csv, or a noun a
    ``mass_destruction`` word qualifies ("its nuclear arsenal")."""
    lem = noun.lemma_.lower()
    if lem in ("force", "weapon", "arsenal") or has_class(noun, "munitions"):
        return True
    if has_class(noun, "weapon_system"):
        return True
    return any(
        m.dep_ in ("amod", "compound") and has_class(m, "mass_destruction") for m in noun.children
    )


def _passive_participle(t: Token) -> bool:
    """A participle or adjective the parser gave a passive auxiliary ("is committed to", "was
    determined to"): the head of its own clause, not an ``acomp``."""
    return t.pos_ in ("VERB", "ADJ") and any(c.dep_ == "auxpass" for c in t.children)


def _to_act(t: Token) -> bool:
    """ "open to talking", "committed to the talks", "keen to help": an act (a verb, or a
    noun of talks or help) the adjective looks ahead to (the infinitive may hang on the
    copula: "was keen to help")."""
    for c in (*t.children, *(x for x in t.head.children if x.dep_ == "xcomp")):
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.tag_ == "VBG"):
                    return True
                if g.dep_ == "pobj" and g.lemma_.lower() in class_words("offered"):
                    return True
    return False


def _neg_raised(verb: Token) -> bool:
    """The clause is the complement of a negated verb of opinion ("I do not think that it can
    be right ..."): its judgement is negated too."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head != verb
        and head.lemma_.lower() in class_words("neg_raising")
        and any(c.dep_ == "neg" for c in head.children)
    )


def _equated(t: Token) -> bool:
    """Whether the noun ``t`` is what an equating verb (``equating`` class of speech_acts.csv)
    makes its subject: its object ("this constitutes a theft", "it represents a violation") or
    the object of its "to" ("amounts to an act of war"), standing as a predicate noun does
    after "is"."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    head = t.head
    if t.dep_ == "pobj" and head.lower_ == "to" and head.dep_ == "prep":
        head = head.head
    elif t.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and has_class(head, "equating")


def _avowed_by_own_state(ctx: DocContext, q: Quote, speaker: Actor | None, t: Token, add) -> None:
    """A noun of support or commitment (class ``avowed`` of ``speech_acts.csv``: "support",
    "commitment", "solidarity") that the speaker's own state holds, named as its owner ("U.S.
    support for Israel's security is unwavering", "America's commitment to NATO is ironclad",
    "Britain's backing for Kyiv"): the speaker avows it (STATEMENTS_GUIDE: SUPPORT "support,
    endorsement"); its commitment to an act ("renew our commitment to counter money laundering",
    "America's commitment never to allow Iran to acquire a nuclear weapon", "our commitment to
    defending Japan") is the side's own promise (INTENT). "Our support" alone is the older
    rule's (``our-support``); only a singular noun the clause avows (:func:`_avowed`: not
    "our commitments", nor "we must end U.S. support"); not negated ("U.S. support is not
    firm"), nor inside a condition, nor held by another party ("Iran's commitment to stop
    enrichment")."""
    if t.tag_ != "NN" or negated(t) or not _avowed(t):
        return  # "our commitments" (obligations); "we must end U.S. support for the war"
    if t.lemma_.lower() == "commitment" and _committed_act(t) is not None:
        ours = any(x.dep_ == "poss" and x.lower_ in ("our", "my") for x in t.children)
        if ours or _own_state_owner(ctx, q, speaker, t):
            add(t, "INTENT", "own-commitment")
        return
    if _own_state_owner(ctx, q, speaker, t):
        add(t, "SUPPORT", "own-state-support")


def _participle_read_as_verb(t: Token) -> Token | None:
    """The verb whose object the noun ``t`` really is when the parser read the participle
    before it as a verb of its own: "confirmed unwavering U.S. support" parsed as 'confirmed'
    → xcomp 'unwavering' → dobj 'support'. The participle (``VBG``, an ``xcomp``) stands right
    before the noun phrase (only the noun's own modifiers between), so it modifies the noun and
    the noun is the object of the verb above it ('confirmed'), when the participle says the
    support is firm (class ``firm`` of ``speech_acts.csv``: 'unwavering', 'enduring'; not
    'waning', 'declining'); None for any other shape ("continued supporting Ukraine":
    'supporting' has its own object after a gap)."""
    part = t.head
    if not (part.tag_ == "VBG" and part.dep_ == "xcomp" and part.i < t.i and t.dep_ == "dobj"):
        return None
    if part.lower_ not in class_words("firm"):
        return None  # 'demonstrated waning U.S. support': what the participle says counts
    if any(x.head.i != t.i for x in t.doc[part.i + 1 : t.i]):
        return None
    return part.head


def _avowed(t: Token) -> bool:
    """Whether the clause of the noun ``t`` avows it: its subject said to be firm ("U.S. support
    for X is unwavering", "our commitment remains ironclad": an adjective of class ``firm`` of
    ``speech_acts.csv`` as the complement) or the object of a verb that voices or renews it
    (class ``avowing``: "confirmed unwavering U.S. support", "we renew our commitment"), in no
    future ("he'll offer U.S. support": an act to come, the act rules' own). What a clause does
    to it otherwise ("we must end U.S. support", "Congress has cut U.S. support", "America's
    commitment is in doubt", "was broken long ago") avows nothing."""
    if t.dep_ not in ("nsubj", "nsubjpass", "dobj") or t.head.i == t.i:
        return False
    verb = _participle_read_as_verb(t) or t.head
    head = clause_of(verb)  # the verb the noun is the subject or object of, and its clause
    if head.negated or head.in_condition:
        return False
    if t.dep_ != "dobj":
        return any(x.dep_ == "acomp" and has_class(x, "firm") for x in head.children)
    return has_class(head.verb, "avowing") and not head.modals & FUTURE


# what one decides: the verb, or the noun a light verb takes ("made a decision")
_DECISION_WORDS = frozenset({"decide", "decision", "determination", "choice"})


def _decision_pending(verb: Token, kids: tuple[Token, ...] | list[Token]) -> bool:
    """A negated decision with "yet" ("has not decided yet", "we haven't made a decision on this
    yet"): a decision still to come, which denies nothing reported (``kids``: the verb's
    dependents)."""
    if not any(x.lower_ == "yet" for x in kids):
        return False
    return verb.lemma_.lower() in _DECISION_WORDS or any(
        x.dep_ == "dobj" and x.lemma_.lower() in _DECISION_WORDS for x in kids
    )


def _committed_act(t: Token) -> Token | None:
    """The act a commitment noun ``t`` commits to: an infinitive hung on it ("commitment never
    to allow") or the gerund after its "to" ("commitment to defending"); None for a party or a
    thing ("commitment to NATO")."""
    for x in t.children:
        if (
            x.dep_ in ("acl", "xcomp", "relcl")
            and x.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
        ):
            return x
        if x.dep_ == "prep" and x.lower_ == "to":
            for y in x.children:
                if y.dep_ == "pcomp" and y.tag_ == "VBG":
                    return y
    return None


def _own_state_owner(ctx: DocContext, q: Quote, speaker: Actor | None, t: Token) -> bool:
    """Whether a modifier of the noun ``t`` names the speaker's own side as its holder: a
    possessor or a name before it ("America's", "U.S.") that :func:`side_of` reads as ``self``."""
    return any(
        x.dep_ in ("poss", "compound", "nmod") and side_of(ctx, x, speaker, q)[0] == "self"
        for x in t.children
        if x.i < t.i
    )


def _predicate_acts(t: Token, c: Clause, side: str, add) -> None:
    """The acts a predicate word performs ("is unjustified", "a violation", "is false")."""
    lemma = t.lemma_.lower()
    neg = c.negated or negated(t) or _neg_raised(c.verb)
    predicative = (
        t.dep_ in ("acomp", "attr", "oprd")
        or (t.pos_ == "ADJ" and t.dep_ in ("ROOT", "ccomp"))
        # "serious, credible and realistic": a conjunct of a predicate; "free and fair
        # elections", "no specific or credible threats": of a noun's modifier, no predicate
        or (t.pos_ == "ADJ" and t.dep_ == "conj" and t.head.dep_ not in ("amod", "compound"))
        or _equated(t)
    )
    said = [*t.children, *(t.head.children if t.dep_ == "acomp" else ())]
    if predicative and any(x.dep_ == "xcomp" and is_cue_verb(x) for x in said):
        # "it is fair to say", "it is accurate to say": a hedge on what is said, no judgement
        predicative = False
    if predicative:
        # "a violation", "illegal", "an act of aggression", "a rehearsal for an invasion"
        charge = (
            has_class(t, "wrongful_noun")
            or (
                has_class(t, "wrongful_adj")
                and not has_class(t, "neg_eval")
                and lemma != "responsible"
            )
            or any(
                g.dep_ == "pobj" and has_class(g, "wrongful_noun")
                for p in t.children
                if p.dep_ == "prep" and p.lower_ in ("of", "for")
                for g in p.children
            )
        )
        ruling_invalid = has_class(t, "invalid") and not neg and _about_a_ruling(c.verb)
        if ruling_invalid:
            # "the tribunal's ruling is illegitimate": a ruling held invalid is rejected
            # (STATEMENTS_GUIDE: REJECT "rejects a ... ruling, jurisdiction"), no charge
            add(t, "REJECT", "ruling-judged-invalid")
        elif charge and not neg:
            add(t, "ACCUSE", "predicate-wrongful")
        if has_class(t, "untrue") and not neg:
            add(t, "DENY", "predicate-untrue")
        elif ruling_invalid:
            pass
        elif has_class(t, "neg_eval") and not neg and _about_a_claim(c.verb):
            add(t, "DENY", "claim-judged-negative")  # "the accusations are absurd"
        elif (
            has_class(t, "neg_eval")
            and not neg
            and not owned_fault_word(t)
            and not _of_a_measure(t)
        ):
            add(t, "DISPUTE", "predicate-negative")
        elif has_class(t, "neg_eval"):
            pass  # "will not be treated worse", "is not a bad idea": no praise is given
        elif has_class(t, "pos_eval") and neg and _about_a_ruling(c.verb):
            # "the inquiry's conclusions are not objective", "the verdict was not fair": a
            # ruling or finding denied its worth is rejected (STATEMENTS_GUIDE: REJECT)
            add(t, "REJECT", "ruling-judged-unsound")
        elif has_class(t, "pos_eval") and neg:
            add(t, "DISPUTE", "predicate-positive")
        elif has_class(t, "pos_eval") and _endorsable(subject_of(c.verb)[0]):
            add(t, "SUPPORT", "predicate-positive")
        elif has_class(t, "pos_eval") and side == "self" and _pleased_with(t):
            # "we are very pleased with the outcome", "I am glad that the talks succeeded": the
            # speaker's side's satisfaction with a thing welcomes it (STATEMENTS_GUIDE: SUPPORT)
            add(t, "SUPPORT", "self-pleased-with")
        elif t.dep_ == "attr" and neg and _not_the_remedy(t):
            # "violence is not the answer", "this is not the way forward": the act or thing
            # judged no means to the end (STATEMENTS_GUIDE: DISPUTE criticism)
            add(t, "DISPUTE", "not-the-remedy")
        elif t.dep_ == "attr" and _judged_good(t):
            # "it is a good deal", "the right decision", "a step in the right direction":
            # an act or thing put forward praised; "it is not a good idea" disapproves it
            if neg:
                add(t, "DISPUTE", "predicate-not-good")
            elif _endorsable(subject_of(c.verb)[0]):
                add(t, "SUPPORT", "predicate-good")

    if t.dep_ == "acomp" and lemma in class_words("afraid") and side == "self":
        if concern_over_event(t):
            add(t, "DISPUTE", "self-concerned-about")  # "we are concerned about the arrests"
        else:
            add(t, "WARN", "self-afraid")
    # "how important he was for the country" tells a degree (a eulogy's exclamation), it asks
    # nothing to be done; "how imperative it is that we act" still does, by its clause
    told_degree = any(x.dep_ == "advmod" and x.lower_ == "how" for x in t.children)
    complemented = (
        any(
            x.dep_ in ("ccomp", "xcomp", "csubj") or (x.lower_ == "for" and not told_degree)
            for x in c.verb.children
        )
        or _for_to(c.verb)
        or _for_to(t)
    )
    needed = lemma in class_words("necessary") or (
        lemma == "need" and t.pos_ == "NOUN" and _for_to(t)  # "there is a need for Iran to ..."
    )
    if t.dep_ in ("acomp", "attr") and needed and complemented:
        add(t, "APPEAL", "necessary-that")
    owned = any(x.dep_ == "poss" and x.lower_ in POSSESSIVES for x in t.children)
    if lemma == "support" and t.pos_ == "NOUN" and not neg and owned:
        add(t, "SUPPORT", "our-support")
    if lemma == "responsible" and not neg and any(x.lower_ == "for" for x in t.children):
        add(t, "ACCUSE", "responsible-for")
    if not neg and (wrong := answered_wrong(t)) is not None and _charged_party(wrong):
        # "the strike was retaliation for Ukrainian attacks": the party whose attacks are
        # answered is charged with them (STATEMENTS_GUIDE: ACCUSE)
        add(t, "ACCUSE", "retaliation-for-wrong", wrong)


# personal pronouns that stand for people as a subject, other than the speaker's own "I"/"we"
# ("he was right", "they are against it"; a closed class of English grammar)
PERSON_SUBJECT_PRONOUNS = {"he", "she", "they", "you"}
# personal pronouns that stand for people as an object ("waiting for them", "against us"; a
# closed class of English grammar)
PERSON_OBJECT_PRONOUNS = {"him", "her", "them", "us", "you", "me"}


def _not_the_remedy(t: Token) -> bool:
    """Whether the predicate noun ``t`` is a bare ``remedy`` word of speech_acts.csv ("the
    answer", "the way forward", "a solution"): a determiner and no modifier. "Not the only
    option", "not the easiest path", "not the answer voters wanted" (a modifier, a relative
    clause: what someone expected, no means judged) or "not a way" said of a party judge
    nothing; an infinitive keeps it a means ("not the way to work between two powers"); a good
    word ("not the right way") is :func:`_judged_good`'s."""
    if t.lemma_.lower() not in class_words("remedy"):
        return False
    if any(m.dep_ in ("amod", "compound", "nummod", "poss") for m in t.children):
        return False
    if any(
        m.dep_ in ("relcl", "acl") and any(c.dep_ in ("nsubj", "nsubjpass") for c in m.children)
        for m in t.children
    ):
        return False  # "the answer the farmers wanted": a clause with a subject of its own
    if not any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in t.children):
        return False
    subj, _ = subject_of(t.head)
    return subj is None or (subj.pos_ != "PROPN" and subj.lower_ not in PERSON_SUBJECT_PRONOUNS)


def _judged_good(t: Token) -> bool:
    """Whether the predicate noun ``t`` is an act, course or thing put forward (``judged_act``
    class of speech_acts.csv: "deal", "decision", "step") that a good word (``pos_eval``)
    judges: its own modifier ("a good deal", "the right decision") or the modifier of a
    ``judged_act`` noun after "in" ("a step in the right direction"). A good word on another
    noun ("a great shame", "the right time", "an important question") judges no act, nor one
    on a quantity ("there was a great deal of argument"): False."""
    if t.lemma_.lower() not in class_words("judged_act"):
        return False
    if any(p.dep_ == "prep" and p.lower_ == "of" for p in t.children):
        return False  # "a great deal of argument": a quantity, no act judged
    nouns = [t] + [
        g
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for g in p.children
        if g.dep_ == "pobj" and g.lemma_.lower() in class_words("judged_act")
    ]
    return any(m.dep_ == "amod" and has_class(m, "pos_eval") for n in nouns for m in n.children)


# the prepositions that name what a feeling is about ("pleased with", "happy about", "glad of")
FEELING_OBJECT_PREPS = frozenset({"with", "about", "by", "at", "over", "of"})


def _pleased_with(t: Token) -> bool:
    """Whether the positive word ``t`` is a feeling predicated of its subject with what it is
    about: an adjectival complement ("are pleased", "am glad") with an object phrase
    (:data:`FEELING_OBJECT_PREPS`: "with the outcome") or a clause ("that the talks
    succeeded"). "We are good" or "we are strong" (no object) is no welcome of anything."""
    return t.dep_ == "acomp" and any(
        (x.dep_ == "prep" and x.lower_ in FEELING_OBJECT_PREPS) or x.dep_ == "ccomp"
        for x in t.children
    )


def _endorsable(subj: Token | None) -> bool:
    """Whether a positive judgement of ``subj`` praises or endorses (STATEMENTS_GUIDE: SUPPORT
    is "support, welcome, praise, endorsement" of a party or what it does): a party (a proper
    noun, "he", "they", or a noun of a person's or a body's role: "the government", "our
    partners", "the minister", the ``data/quotes/titles.csv`` words of
    :func:`parley.extract.lexicon.title_kind`, and the ``sided_party`` words of
    speech_acts.csv), an act named by a clause as subject ("choosing him is a good choice"), a
    course of events or what a party put forward (:func:`_outcome`: "the deal", "the talks",
    "it"), or no subject at all ("a good step"). A state of affairs judged
    good ("China's prospects are good", "liberal trade is good") praises no one: it is
    asserted, not endorsed."""
    if subj is None:
        return True
    if subj.pos_ == "PROPN" or subj.lower_ in PERSON_SUBJECT_PRONOUNS:
        return True
    if subj.dep_ == "csubj" and subj.pos_ == "VERB":
        return True  # "choosing him is a good choice", "sending aid was the right decision": an act
    lemma = subj.lemma_.lower()
    if subj.pos_ == "NOUN" and (
        title_kind(lemma) is not None or lemma in class_words("sided_party")
    ):
        return True
    return _outcome(subj)


def concern_over_event(t: Token) -> bool:
    """ "concerned about the arrests", "worried by the upsurge in fighting": a concern word whose
    object is a thing done or happening (a noun after about/by/over/at), not a clause ("worried
    that it may spread") nor a prospect (``prospect`` words of speech_acts.csv: "concerned about the risk of war").
    STATEMENTS_GUIDE: concern over what another party does is disapproval (DISPUTE); fearing
    bad consequences is a warning (WARN)."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
        return False
    objs = [
        g
        for p in t.children
        if (p.dep_ == "prep" and p.lower_ in ("about", "over", "at", "with")) or p.dep_ == "agent"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return bool(objs) and all(
        o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() not in class_words("prospect")
        for o in objs
    )


def best_act(matches: list[Match], content: Span) -> Match | None:
    """The deciding match: the clause after the last contrast word wins, then the label's
    priority (:data:`PRIORITY`), then the earlier word."""
    if not matches:
        return None
    contrast = [
        t.idx for t in content if t.lower_ in CONTRAST and t.dep_ in ("cc", "advmod", "mark")
    ]
    last = max(contrast) if contrast else -1
    return max(matches, key=lambda m: (m.char > last, PRIORITY.index(m.statement_type), -m.char))
