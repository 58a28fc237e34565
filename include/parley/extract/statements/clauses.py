"""What a clause says about an act, beyond its words: tense and modality (future, past, a
directive "must"), its object's class (deny + claim = denial), a condition ("if ..."), whether a
reporting verb names the act itself ("called for", "agreed to") or is passive, and whether a threat
is the speaker's side's own. The statement matchers (:mod:`.matching`) ask these.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from parley.extract.quotes.engine import OBJECT_RULES
from parley.extract.statements.acts import (
    FUTURE,
    class_words,
    has_class,
    inferred_progressive,
    inverted_condition,
    listed_measure,
    perfect_modal,
)
from parley.extract.statements.context import DocContext, same_side
from parley.extract.statements.rules import rules
from parley.extract.syntax import clause_verb, cue_token, negated, reported_passively, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from parley.extract.actors import Actor
    from parley.extract.quotes import Quote
    from parley.extract.statements.context import Match


MODALS = {"will", "would", "shall", "should", "could", "can", "may", "might", "must", "'ll", "’ll"}
MODALS |= {"wo", "ca"}


def is_future(tok: Token) -> bool:
    """The token's clause speaks of the future: a future or conditional auxiliary ("will",
    "would"), or "ready / willing / going to <verb>"."""
    verb = clause_verb(tok)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE for c in verb.children):
        return True
    # "ready / willing / going to <verb>"
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("go", "ready", "willing", "prepared")


def is_past(tok: Token, q: Quote) -> bool:
    """Whether the clause reports something already done ("they have offered", "when the
    disaster happened"): a warning, threat or intent is about the future, so past clauses do
    not carry one. Reported speech shifts tenses back ("he said he was ready", "he said he had
    agreed to ..." for "I have agreed"), so only direct quotes are judged."""
    if q.kind == "indirect":
        return False
    verb = clause_verb(tok)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODALS for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def known_event(tok: Token) -> bool:
    """A definite noun with nothing after it ("the disaster", "this crisis") names an event
    that already happened; "a disaster", "the danger of ..." look ahead."""
    return (
        tok.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        and not any(c.dep_ == "prep" for c in tok.children)
    )


def is_directive(tok: Token) -> bool:
    """A modal ("should", "must") that tells someone to act: an active, non-copular verb outside
    a reported consensus and outside a condition written by inversion ("Should Britain act"). "Iran must return to the talks" is a demand; "Ireland should be
    favourites", "Blair should be judged by results" and "there is agreement that our loans
    should be modest" are not."""
    verb = clause_verb(tok)
    if verb.lemma_.lower() == "be" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children
    ):
        return False
    if perfect_modal(verb) is not None or inferred_progressive(verb):
        # "Moscow should have informed us", "they must have known", "they must be calculating
        # whether to stay": nothing asked
        return False
    if inverted_condition(verb):
        return False  # "Should Britain decide to act, ...": a condition, nothing asked
    return not any(a.lemma_.lower() in class_words("consensus") for a in verb.ancestors)


def object_classes(tok: Token, skip_preps: frozenset[str] = frozenset()) -> list[str]:
    """Object classes of what a trigger acts on: its object, prepositional object (not under a
    preposition of ``skip_preps``), infinitive, or (for an adjective predicate) its subject."""
    lex = rules()
    found: list[str] = []
    args: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "xcomp", "nsubjpass", "oprd"):
            args.append(c)
        elif c.dep_ == "prep" and c.lower_ not in skip_preps:
            args.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    if tok.pos_ == "ADJ" or tok.dep_ in ("acomp", "attr"):
        subj, _ = subject_of(tok)
        if subj is not None:
            args.append(subj)
    for a in args:
        for cand in (a, *[c for c in a.children if c.dep_ == "compound"]):
            for cls in lex.object_classes.get(cand.lemma_.lower(), []):
                if cls == "responsibility" and _role_given(cand):
                    continue
                if cls not in found:
                    found.append(cls)
    return found


def _role_given(noun: Token) -> bool:
    """A role *for* a party, not *in* an act: "rejected a substantial role for the IMF" refuses
    to give the IMF a part (a rejection), while "denied any role in the bombing" denies
    involvement (a denial, CAMEO 016). True for the noun "role" with a "for" phrase and no
    "in" phrase naming a thing ("a role for the IMF in managing its economy" is still a part
    given: its "in" phrase is an activity, a gerund); general English usage."""
    if noun.lemma_.lower() != "role":
        return False
    preps = [c for c in noun.children if c.dep_ == "prep"]
    in_thing = any(p.lower_ == "in" and any(g.dep_ == "pobj" for g in p.children) for p in preps)
    return any(p.lower_ == "for" for p in preps) and not in_thing


# what a party is warned or cautioned *against* is that party's own act, which the speaker
# dissuades it from ('warned Russia against any attack on allied territory': Russia's attack),
# not a force the speaker's side promises (STATEMENTS_GUIDE: THREATEN is the speaker's side
# acting): it does not make the warning a threat as 'warned of military action' does
_DISSUADED_PREPS = {"warn": frozenset({"against"}), "caution": frozenset({"against"})}


def refine(trigger: str, tok: Token, statement_type: str, code: str) -> tuple[str, str, str]:
    """The object decides the code: (type, code, object class or '')."""
    for cls in object_classes(tok, _DISSUADED_PREPS.get(trigger, frozenset())):
        hit = rules().objects.get((trigger, cls))
        if hit:
            return hit[0], hit[1], cls
    return statement_type, code, ""


# the arguments that name what a measure is: its objects, the verbs that spell it out ("measures
# to ban new investment"), and the nouns that narrow it ("visa bans", "economic sanctions")
def coercive_code(m: Match) -> Match:
    """An INTENT whose announced measure is coercive takes the CAMEO code of that measure
    ("unveiled sanctions" 163, "will cut aid" 162, "will expel diplomats" 174, "visa bans" 172),
    so its PLOVER category (SANCTION, COERCE) and negative weight follow what is announced; the
    type stays INTENT (STATEMENTS_GUIDE: an announced measure). The measure is read from the
    deciding word and its arguments (:func:`.acts.listed_measure`) against ``coercive_measures.csv``
    (CAMEO 1.1b3 codes 16 "reduce relations" and 17 "coerce"): the first row whose word, and one
    of its ``with`` words where it has any, is among them; a row without a code is an easing
    ("lift the sanctions", "cut tariffs") and keeps the cooperative code. Any other match, and a
    cooperative INTENT ("will send aid", "announced troop withdrawal"), is returned unchanged."""
    if m.statement_type != "INTENT" or m.negated or m.token is None:
        return m
    code = listed_measure(m.token)
    if not code:  # none listed, or an easing ("will lift the sanctions"): cooperative
        return m
    return replace(m, cameo_code=code, rule=m.rule + "+coercive")


def threat_or_warning(ctx: DocContext, m: Match, speaker: Actor | None) -> Match:
    """A threat is the speaker's side promising harm. "Warned of Russian missile attacks" from
    Ukraine's air force names another side as the one who would act: that is a warning about a
    third party (WARN 012), not a threat. The owner is a demonym, possessive or compound on the
    object noun ("Russian attacks", "Moscow's retaliation") that resolves to another country."""
    if m.token is None:
        return m
    if m.rule.startswith("act:self-"):
        # the clause already has the speaker's side as the one who acts ("our missiles will
        # strike American bases"): the owner of its object is the target, not the doer
        return m
    objects = []
    for c in m.token.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr"):
            objects.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("of", "about", "from", "with"):
            # "warned of Russian attacks"; not "impose tariffs on American products" (the target)
            objects.extend(g for g in c.children if g.dep_ == "pobj")
    for obj in objects:
        for mod in obj.children:
            if mod.dep_ not in ("amod", "poss", "compound", "nmod"):
                continue
            if mod.dep_ == "compound" and obj.pos_ == "PROPN":
                continue  # "threatened the United States with ...": part of the name, the target
            owner = ctx.mentions.get(mod.i)
            if owner is None or owner.actor.country is None:
                continue
            if speaker is None or not same_side(owner.actor, speaker):
                return replace(
                    m, statement_type="WARN", cameo_code="012", rule=m.rule + "+third-party"
                )
    return m


def apply_negation(rule_negated_type: str, statement_type: str, code: str) -> tuple[str, str, bool]:
    """The label and code a negated match takes: the rule's ``negated_type`` with that label's
    default CAMEO code (unchanged when the rule keeps its label under negation); and whether the
    label changed, so that it says the negation itself ("will not accept" → REJECT, "I never
    threaten" → STATEMENT: :attr:`~.context.Match.negation_in_label`)."""
    if rule_negated_type == statement_type:
        return statement_type, code, False
    return rule_negated_type, rules().types[rule_negated_type]["default_cameo"], True


def asks_someone(verb: Token) -> bool:
    """ "asked Japan to open ...", "asking for troops to be pulled out": a request with an
    addressee or an object. "asked not to be named" (anonymity) and "asked whether ..." (a
    question) are not appeals."""
    xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
    addressee = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    asks_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    about_self = any(
        x.lemma_.lower() in ("remain", "stay") or any(c.dep_ == "auxpass" for c in x.children)
        for x in xcomps
    )
    return (bool(xcomps) and (addressee or not about_self)) or asks_for


def cue_carries_act(cue: Token, lemma: str) -> bool:
    """Whether the reporting verb's own lemma names the act. "called for"/"called on X to" is
    an appeal, "called the plan 'a vague statement'" names something (the content decides);
    "agreed to"/"agreed a deal" is an intent, "agreed that ..." shares a view."""
    kids = list(cue.children)
    if lemma == "call":
        return any(
            (c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon"))
            or (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))
            or _for_to(c)
            for c in kids
        )
    if lemma == "agree":
        return any(
            c.dep_ in ("xcomp", "dobj")
            or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon"))
            or (c.dep_ == "ccomp" and _joint_course(c))
            for c in kids
        )
    return speaks_act(cue)


def _for_to(clause: Token) -> bool:
    """A "for X to <verb>" clause hung on the cue ("called for the DPRK to engage in talks",
    "called for both sides to return"): the parser marks "for" on the infinitive, not on the
    cue, so the request has no "for" preposition of its own."""
    return (
        clause.dep_ in ("advcl", "ccomp", "xcomp")
        and clause.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    )


def speaks_act(verb: Token) -> bool:
    """Whether "call", "welcome", "appeal", "deny" or "threaten" is the speech act
    (STATEMENTS_GUIDE: DENY "denial of an allegation or report", THREATEN "the speaker's side
    will act against the target") and not the ordinary verb of a narrated fact. Calling is a
    telephone call when its only objects are proper names (:func:`_phone_call`); welcoming is
    hosting when it brings a guest to a place or takes people in (:func:`_hosts`); "appeal"
    speaks only with "for", "to" or a clause ("will appeal the ruling" goes to a court). Denying withholds when it has a recipient (a dative
    or a second object), a thing withheld (the ``withheld`` class of speech_acts.csv: "the
    guards denied them access", "were denied entry") or a capacity to act ("denied them the
    right to vote": an object with its own "to"-infinitive).
    Threatening speaks when it says what the threatener will do: an infinitive ("threatened to
    expel"), a that-clause, "with" sanctions, or a punitive or hostile object ("threatened
    retaliation"); an event or force as subject (``force`` class of speech_acts.csv: natural
    hazards, disease, economic forces, violence; or ``harm`` words: "the floods threaten to
    wipe out the harvest") or a thing put at risk as the only object ("the drought
    threatens the harvest") endangers, it does not threaten. Other verbs: True."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma == "call":
        return not _phone_call(kids)
    if lemma == "welcome":
        return not _hosts(kids)
    if lemma == "appeal":
        # "appealed for calm", "appealed to both sides to ...": a request; "will appeal the
        # ruling", "appealed against the verdict", "intends to appeal": the court sense
        return any(
            (c.dep_ == "prep" and c.lower_ in ("for", "to")) or c.dep_ in ("xcomp", "ccomp")
            for c in kids
        )
    if lemma == "deny":
        if any(c.dep_ == "dative" for c in kids):
            return False
        objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass", "oprd")]
        if len(objs) > 1:
            return False  # two objects: a recipient and the thing withheld
        # the small parser hangs the second object on the first ("denied the leader a passport")
        objs += [a for o in objs for a in o.children if a.dep_ == "appos"]
        if any(_to_infinitive(o) for o in objs):
            # "denying carriers the ability to do business", "denied them the right to vote":
            # a capacity or permission withheld; an allegation is not denied "to" do anything
            return False
        return not any(o.lemma_.lower() in class_words("withheld") for o in objs)
    if lemma != "threaten":
        return True
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (
        subj.lemma_.lower() in class_words("force") or has_class(subj, "harm")
    ):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in kids):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in kids):
        return True
    objs = [c for c in kids if c.dep_ == "dobj"]
    if not objs:
        return True  # "Iran threatened, saying ...": nothing narrated
    return any(
        has_class(o, "punitive") or has_class(o, "hostile") or o.lemma_.lower() in ("war", "force")
        for o in objs
    ) or any(o.pos_ in ("PROPN", "PRON") or o.ent_type_ in PARTY_ENTS for o in objs)


def _phone_call(kids: list[Token]) -> bool:
    """ "call" whose only objects are proper names, with no clause and nothing asked for
    ("Biden called Prime Minister Kishida of Japan today", "called PRC Special Representative
    Liu Xiaoming"): a telephone call, not a speech act. Naming calls a name something
    ("called Putin a war criminal", "called the sanctions illegal": a common noun or an
    adjective as predicate, or a pronoun object); "called for", "called upon X to" appeal."""
    objs = [c for c in kids if c.dep_ in ("dobj", "oprd")]
    return (
        bool(objs)
        and all(o.pos_ == "PROPN" for o in objs)
        and not any(c.dep_ in ("xcomp", "ccomp") for c in kids)
        and not any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "upon") for c in kids)
    )


def _hosts(kids: list[Token]) -> bool:
    """ "welcome" in the sense of receiving people, not of approving: a named guest brought
    "to" a place ("welcomed Chancellor Scholz to the White House") or people taken in (the
    ``received_people`` class of speech_acts.csv: "has welcomed over 300,000 refugees").
    STATEMENTS_GUIDE's SUPPORT is support, welcome, praise of a thing or party in words."""
    objs = [c for c in kids if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in class_words("received_people") for o in objs):
        return True
    guest = any(o.pos_ == "PROPN" or o.ent_type_ == "PERSON" for o in objs)
    return guest and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)


def _to_infinitive(noun: Token) -> bool:
    """The noun takes a "to"-infinitive of its own ("the ability to conduct business", "the
    right to vote")."""
    return any(
        a.dep_ == "acl"
        and a.pos_ in ("VERB", "AUX")
        and any(t.dep_ == "aux" and t.lower_ == "to" for t in a.children)
        for a in noun.children
    )


def narrated_act(doc: Doc, quote: Quote) -> bool:
    """Whether a quote that is the object of an act verb (rules ``indirect:act`` and
    ``indirect:object``) only narrates what someone did with that verb: :func:`speaks_act` says
    the verb is no speech act ("the guards denied them access", "Turkey denied Sweden
    membership": a thing withheld, not an allegation or report denied; "the drought threatens
    the harvest"). ``STATEMENTS_GUIDE.md`` annotates what was said, so such a quote makes no
    statement of any type. A reported clause ("denied that ...") always speaks."""
    if quote.rule not in OBJECT_RULES:
        return False
    cue = cue_token(doc, quote.cue_start, quote.cue_end)
    return cue is not None and not speaks_act(cue)


# named parties a threat may be addressed to ("threatened Ukraine", "threatened them")
PARTY_ENTS = {"GPE", "ORG", "PERSON", "NORP"}


def _joint_course(verb: Token) -> bool:
    """ "agreed that they would consult closely", "agreed that their governments will carry on
    these discussions": a that-clause in which the agreeing parties commit to a future act.
    "agreed that a settlement would advance growth" shares a view."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ in ("they", "we", "both") or subj.lemma_.lower() in class_words(
        "agreeing_party"
    )


def passive_cue(doc: Doc, q: Quote) -> bool:
    """A reporting verb in the passive ("Knight is accused of ...", "Campaigners have been asked
    not to ...", "Asked to explain ..., Fendt said") makes the named person the one spoken
    *to* or *about*: the quote is not that person's statement."""
    return reported_passively(cue_token(doc, q.cue_start, q.cue_end))


def is_predicate(tok: Token) -> bool:
    """A verb that heads a clause of its own, not one that modifies a noun ("the proposed tax",
    "legislation to deny ...", "producers who have offered ...")."""
    return tok.dep_ not in ("amod", "compound", "acl", "relcl", "nmod", "npadvmod")


def is_conditional(tok: Token) -> bool:
    """The word's clause carries an "if"/"unless" condition ("consequences if China provides
    support", "would face retaliation unless ..."); a word inside the condition itself ("if
    we turn to the path of retaliation, ...") is no threat."""

    def condition(t: Token) -> bool:
        return t.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in t.children
        )

    if any(condition(t) for t in (tok, *tok.ancestors)):
        return False
    for t in (tok, *tok.ancestors):
        if any(condition(c) for c in t.children):
            return True
        if t.dep_ in ("ROOT", "ccomp"):
            break
    return False


def declines_comment(cue: Token | None, q: Quote) -> bool:
    """Whether the reporting verb declines comment: "declined to comment / to give details /
    to be drawn on", "refused to confirm", or a negated verb of saying or disclosing outside
    the quote ("would not say whether ...", "did not confirm ..."). "Declined the request" and
    "refused to attend" are rejections, not declined comment."""
    if cue is None:
        return False
    lemma = cue.lemma_.lower()
    if lemma in ("decline", "refuse"):
        for x in cue.children:
            if x.dep_ != "xcomp":
                continue
            xl = x.lemma_.lower()
            if xl in class_words("disclosing") - {"give", "provide", "release", "share"}:
                return True
            if xl == "draw" and any(c.dep_ == "auxpass" for c in x.children):
                return True  # "declined to be drawn on ..."
            if any(
                c.dep_ == "dobj" and c.lemma_.lower() in class_words("disclosed")
                for c in x.children
            ):
                return True
        return False
    return lemma in class_words("disclosing") and negated(cue, (q.start, q.end))
