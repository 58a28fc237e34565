"""Steps 1-3 of the statement method: which words of a quote decide its label.

:func:`cue_match` asks the reporting verb (a cue that carries the act, refined by its object);
:func:`content_matches` asks the quote's words (lexicon lemmas, the ask-appeal, intent verbs in the
future, phrases), each only when the clause is the speaker's side's own (:func:`~.context.side_of`);
:func:`decide` picks the deciding match.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract import lexicon as quote_lexicon
from parley.extract.quotes.speakers import head_class
from parley.extract.statements.acts import (
    PARTY_LABELS,
    act_matches,
    announced_measure,
    answered_wrong,
    best_act,
    class_words,
    concern_over_event,
    condemned_as_wrong,
    described_intention,
    expressed_act,
    judges_act_to_come,
    naming_act,
    owned_fault_word,
    punitive_prospect,
    stressed_need,
)
from parley.extract.statements.answers import bare_answer
from parley.extract.statements.clauses import (
    apply_negation,
    asks_someone,
    coercive_code,
    cue_carries_act,
    declines_comment,
    is_conditional,
    is_directive,
    is_future,
    is_past,
    is_predicate,
    known_event,
    refine,
    speaks_act,
    threat_or_warning,
)
from parley.extract.statements.context import DocContext, Match, mention_in, same_side, side_of
from parley.extract.statements.rules import Rule, rules
from parley.extract.syntax import cue_token, negated, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from parley.extract.actors import Actor
    from parley.extract.quotes import Quote


CONTRAST = {"but", "however", "yet", "though", "although"}


# content labels that look ahead: past clauses do not carry them
FORWARD = {"WARN", "THREATEN", "INTENT"}


CUE_CONFIDENCE = 0.8


PHRASE_CONFIDENCE = 0.75


CONTENT_CONFIDENCE = 0.65


CLAIM_CONFIDENCE = 0.55


def cue_match(ctx: DocContext, cue: Token | None, q: Quote | None = None) -> Match | None:
    """Step 1: the match the reporting verb gives when its lemma names the act (refined by its
    object, turned over by negation outside the quote), or None."""
    if cue is None:
        return None
    lemma = cue.lemma_.lower()
    if cue.pos_ == "NOUN":
        # a report named by a noun ('his warning that ...', quotes.indirect.NOUN_REPORT_RULE)
        # performs the act of the verb it nominalises (``data/quotes/report_nouns.csv``)
        lemma = quote_lexicon.report_nouns().get(lemma, lemma)
    lex = rules()
    rule = lex.cue.get(lemma)
    if lemma == "ask" and asks_someone(cue):
        rule = Rule("ask", "lemma", "cue", "self", "APPEAL", "020", "STATEMENT")
    content = ctx.span(q.start, q.end) if q is not None else None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)

    def named(label: str, name: str, about: Token | None) -> Match:
        """The cue's act refined by what it says ("cue:<lemma>+<name>"), at its type's CAMEO."""
        code = lex.types[label]["default_cameo"]
        return Match(
            label, code, False, cue, cue.idx, f"cue:{lemma}+{name}", CUE_CONFIDENCE, about=about
        )

    if rule is None and content is not None and announced_measure(cue, content):
        return named("INTENT", "measure", obj)
    expressed = expressed_act(cue) if rule is None else None
    if expressed is not None:
        # "expressed regret over the decision", "voiced support for the plan"
        return named(*expressed)
    if rule is None and stressed_need(cue) is not None:
        # "reiterated the importance of refraining from escalation": a course urged (APPEAL)
        return named("APPEAL", "stressed-need", obj)
    if rule is None or not cue_carries_act(cue, lemma):
        act = naming_act(cue, content) if content is not None else None
        if act is None:
            return None
        about = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
        return named(*act, about)
    neg = negated(cue, (q.start, q.end) if q is not None else None)
    denied = obj is not None and obj.lemma_.lower() in class_words("allegation")
    if (
        rule.statement_type == "DISPUTE"
        and not neg
        and not denied  # "dismissed the report as propaganda": a report denied, no charge
        and condemned_as_wrong(cue) is not None
    ):
        # "condemned the launches as a violation of UN resolutions": the condemnation
        # states the charge, and then ACCUSE wins (STATEMENTS_GUIDE: ACCUSE)
        return named("ACCUSE", "named-wrong", obj)
    if rule.statement_type == "DENY" and _gerund_act(cue):
        # "denied calling for sanctions", "denied having asked for aid": an act of one's own
        # denied, not a request refused (the gerund's "call" is no proposal object)
        stype, code, cls = rule.statement_type, rule.cameo_code, ""
    else:
        stype, code, cls = refine(lemma, cue, rule.statement_type, rule.cameo_code)
    turned = False
    if neg:
        stype, code, turned = apply_negation(rule.negated_type, stype, code)
    about = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
    if stype == "ACCUSE" and blames_a_cause(ctx, cue):
        # "blamed the slower import growth on a decline in oil imports": a cause told
        return named("CLAIM", "cause", about)
    return Match(
        stype,
        code,
        neg,
        cue,
        cue.idx,
        f"cue:{lemma}" + (f"+{cls}" if cls else ""),
        CUE_CONFIDENCE,
        about=about,
        negation_in_label=turned,
    )


_BLAMED_PRONOUNS = frozenset(
    {"he", "him", "she", "her", "they", "them", "we", "us", "you", "i", "me"}
)


def blames_a_cause(ctx: DocContext, verb: Token) -> bool:
    """Whether "blame" lays the blame on a thing, not on a party: what "on" names ("blamed the
    slower growth on a decline in oil imports", the "on" hung on the verb or on its object), else
    its object ("blamed the weather for the delay"): a noun of an economy's measures or their
    course (``economic_measure`` of speech_acts.csv) or of the ``quantity`` or ``document``
    classes of speaker_heads.csv (not an act: "the occupation", "the policy"), with no word of it an actor mention, a person,
    body, state or people the recogniser tags, a pronoun for people or a noun for people or a
    body. A cause told is a CLAIM (STATEMENTS_GUIDE: ACCUSE needs a specific wrongful act or
    intent of a party; "blamed Washington for obstructing talks", "blamed the rebels for the
    attack", "blamed the crisis on Iran's policies" still accuse)."""
    if verb.lemma_.lower() != "blame":
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    ons = [
        g
        for h in (verb, *objs)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    blamed = ons[0] if ons else (objs[0] if objs else None)
    if blamed is None or blamed.pos_ != "NOUN":
        return False
    lemma = blamed.lemma_.lower()
    if lemma not in class_words("economic_measure") and head_class(lemma) not in (
        "quantity",
        "document",
    ):
        # "blamed the rebels for the attack": people the tables need not know; "blamed the
        # violence on the occupation", "the policy of some neighbours": an act, a party's
        return False
    return not any(
        t.i in ctx.mentions
        or t.ent_type_ in PARTY_LABELS
        or (t.pos_ == "PRON" and t.lower_ in _BLAMED_PRONOUNS)
        or (t.pos_ in ("NOUN", "PROPN") and head_class(t.lemma_.lower()) == "body")
        for t in blamed.subtree
    )


def _gerund_act(cue: Token) -> bool:
    """Whether the cue's object is a gerund, an act named as done ("denied calling for
    sanctions", "denied having met him")."""
    return any(
        c.tag_ == "VBG" and c.dep_ in ("dobj", "xcomp", "ccomp", "pcomp") for c in cue.children
    )


def content_matches(ctx: DocContext, q: Quote, content: Span, speaker: Actor | None) -> list[Match]:
    """Step 2: every match inside the quote — lexicon lemmas, the ask-appeal, intent verbs in
    the future, phrases — that the clause's subject lets count as the speaker's side's own.
    Listed in text order, a token's lemma's matches before its form's (fixed, so that
    :func:`best_match` decides ties alike in every process)."""
    lex = rules()
    out: list[Match] = []
    for tok in content:
        # lemma, then form, in that order (a dict, not a set: a set of strings iterates in the
        # order of the process's string hash seed, and the first of two equal matches wins
        # :func:`best_match`, so "worried" gave claim:worry or claim:worried run by run)
        for key in lex.content_keys(tok):
            for rule in lex.content[key]:
                if not fits(rule, tok):
                    continue
                if rule.statement_type == "ACCUSE" and _any_such(tok):
                    # "opposes any interference", "condemns any aggression": a wrong put as a
                    # hypothesis charges no one with it (STATEMENTS_GUIDE: ACCUSE attributes a
                    # specific wrongful act)
                    continue
                subj, passive = subject_of(tok)
                side, who = side_of(ctx, subj, speaker, q)
                imperative = tok.tag_ == "VB" and not any(c.lower_ == "to" for c in tok.children)
                if subj is None and tok.pos_ == "VERB" and not imperative:
                    side = "unknown"  # no subject to be found ("to offer ...", "planned for"):
                    # whose act it is is unknown
                neg = negated(tok)
                if rule.subject == "other" and side != "other":
                    continue
                directive = rule.subject == "other" and rule.statement_type == "APPEAL"
                if directive and not is_directive(tok):
                    continue
                if rule.subject == "self" and side == "unknown":
                    continue  # someone else's act, reported ("the banks agreed ...")
                if rule.subject == "self" and passive and rule.pos_tag == "VERB":
                    continue  # "the bill is likely to be vetoed": done to the subject, by others
                if rule.statement_type in FORWARD and (is_past(tok, q) or known_event(tok)):
                    continue
                if rule.statement_type == "THREATEN" and answered_wrong(tok) is not None:
                    continue  # "the strike was retaliation for Ukrainian attacks": a reason told
                if tok.dep_ == "advcl" and tok.head.lower_ == "far":
                    continue  # "as far as I am concerned" means "for my part"
                if rule.statement_type == "DISPUTE" and owned_fault_word(tok):
                    continue  # "we were wrong": a fault owned (acts.py: CONCEDE), no disapproval
                if rule.subject == "self" and side == "other":
                    # a negation that turns the stance word into the opposite stance ("Putin
                    # has no problem with it": acceptance; "will not accept": a refusal) is the
                    # position claimed, not a negated claim; one that only takes the stance
                    # away ("did not condemn it": negated type STATEMENT) negates the claim
                    turned = neg and rule.negated_type not in (rule.statement_type, "STATEMENT")
                    out.append(
                        Match(
                            "CLAIM",
                            "010",
                            neg,
                            tok,
                            tok.idx,
                            f"claim:{key}",
                            CLAIM_CONFIDENCE,
                            about=who.span.root,
                            claim_about=who,
                            negation_in_label=turned,
                        )
                    )
                    continue
                stype, code, cls = refine(key, tok, rule.statement_type, rule.cameo_code)
                if (
                    stype == "INTENT"
                    and not neg
                    and key in class_words("owning")
                    and any(c.dep_ == "ccomp" for c in tok.children)
                ):
                    # "we accept that mistakes were made": a point granted (STATEMENTS_GUIDE:
                    # CONCEDE), no agreement to act ("we accept the offer")
                    stype, code, cls = "CONCEDE", rules().types["CONCEDE"]["default_cameo"], ""
                if stype == "THREATEN" and rule.statement_type == "STATEMENT" and _done(tok):
                    # "Athens imposed sanctions on two officials": a measure imposed is an
                    # event told (the lexicon row: "past impositions are events"), no threat;
                    # the speaker's side's own is its measure taken (act:self-measure-taken)
                    continue
                if stype == "STATEMENT":
                    continue  # a trigger that carries a stance only through its object
                if stype == "SUPPORT" and not neg and judges_act_to_come(tok):
                    continue  # "we are ready to take positive steps": an offer, no praise
                if (
                    stype == "INTENT"
                    and key in class_words("disposed")
                    and described_intention(tok)
                ):
                    continue  # "the extent to which the allies were prepared to share data"
                if stype == "INTENT" and key in class_words("disposed") and punitive_prospect(tok):
                    # "the UK was prepared to veto any bid": disposed to act against a party
                    stype, code, cls = (
                        "THREATEN",
                        rules().types["THREATEN"]["default_cameo"],
                        "punitive",
                    )
                turned = False
                if neg:
                    stype, code, turned = apply_negation(rule.negated_type, stype, code)
                elif stype == "WARN" and key in class_words("afraid") and concern_over_event(tok):
                    # "we are deeply concerned about the arrests": disapproval (acts.py)
                    stype, code, cls = "DISPUTE", rules().types["DISPUTE"]["default_cameo"], ""
                about = who.span.root if rule.subject == "other" and who else tok
                out.append(
                    Match(
                        stype,
                        code,
                        neg,
                        tok,
                        tok.idx,
                        f"content:{key}" + (f"+{cls}" if cls else ""),
                        CONTENT_CONFIDENCE,
                        about=about,
                        negation_in_label=turned,
                    )
                )
        # intent: a future cooperative act by the speaker's side (or passive: "Kiev will be invited")
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma == "ask" and is_predicate(tok) and asks_someone(tok):
            # "he has asked Aquino to consider ...": the speaker's side's own request
            subj, passive = subject_of(tok)
            side, _ = side_of(ctx, subj, speaker, q)
            if side in ("self", "none") and not passive:
                addressee = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), tok)
                out.append(
                    Match(
                        "APPEAL",
                        "020",
                        negated(tok),
                        tok,
                        tok.idx,
                        "content:ask",
                        CONTENT_CONFIDENCE,
                        about=addressee,
                    )
                )
        if (
            tok.pos_ == "VERB"
            and lemma in lex.intent_verbs
            and is_future(tok)
            and is_predicate(tok)
        ):
            subj, passive = subject_of(tok)
            side, who = side_of(ctx, subj, speaker, q)
            # the speaker's side acts: "we", the speaker's own country, "he" in reported speech;
            # or, in the passive, something is done to a named actor ("Kiev will be invited")
            if side == "self" or (passive and who is not None):
                neg = negated(tok)
                if neg and lemma in class_words("not_tolerate"):
                    continue  # "we will not stand idly by": a threat (acts.py), no refusal
                refuses = neg and lemma not in class_words("pursuing")
                # "will not negotiate" refuses the talks; "would not seek militarization", "will
                # not seek a third term" promise not to go after a goal of its own (INTENT)
                stype, code = ("REJECT", "120") if refuses else ("INTENT", lex.intent_verbs[lemma])
                out.append(
                    Match(
                        stype,
                        code,
                        neg,
                        tok,
                        tok.idx,
                        f"intent:{lemma}",
                        CONTENT_CONFIDENCE,
                        about=subj if passive else tok,
                        negation_in_label=refuses,  # "will not accept": a refusal, REJECT
                    )
                )
    text = q.text
    for rule in lex.phrases_in(text):
        for m in rule.pattern.finditer(text):
            char = q.start + m.start()
            span = ctx.span(char, q.start + m.end())
            tok = span.root if span is not None and len(span) else None
            if rule.statement_type == "REJECT" and _judges_another_act(ctx, q, speaker, tok):
                continue  # "there's no way the weather can explain this": no refusal of ours
            # "was not planning to call for cuts": a negator outside the phrase turns it over
            neg = tok is not None and negated(tok, (char, q.start + m.end()))
            stype, code, turned = rule.statement_type, rule.cameo_code, False
            if neg:
                stype, code, turned = apply_negation(rule.negated_type, stype, code)
                if stype == "STATEMENT":
                    continue
            out.append(
                Match(
                    stype,
                    code,
                    neg,
                    tok,
                    char,
                    f"phrase:{rule.term}",
                    PHRASE_CONFIDENCE,
                    about=tok,
                    negation_in_label=turned,
                )
            )
    written = {m.char for m in out if m.rule.startswith("phrase:")}
    out.extend(_inflected_phrases(ctx, q, content, speaker, written))
    return out


def _judges_another_act(ctx: DocContext, q: Quote, speaker: Actor | None, tok) -> bool:
    """Whether a refusal phrase ("no way", "out of the question") governs a clause of its own
    whose subject is not the speaker's side: "there's no way the weather can explain this
    increase" judges a fact impossible (a claim), where "there is no way we will accept this
    deal" refuses. A phrase with no such clause ("No way," he said) is left a refusal."""
    if tok is None:
        return False
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl", "ccomp"):
            continue
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and side_of(ctx, subj, speaker, q)[0] != "self":
            return True
    return False


def _inflected_phrases(
    ctx: DocContext, q: Quote, content: Span, speaker: Actor | None, seen: set[int]
) -> list[Match]:
    """The phrase rows of plain words (:attr:`.rules.StatementRules.phrase_lemmas`) met with
    an inflected verb: the tokens' lower-cased lemmas are the phrase's words ("the president
    calls on both sides", "Iran has ruled out talks"), where the row's written form did not
    already match at that character (``seen``). Reported with another party's act in mind,
    as the lemma rows are: a row for the speaker's side (``subject`` ``self``) is skipped when
    the verb's subject is another or an unknown party (:func:`.context.side_of`: "Iran called
    for talks", said by Washington, is no appeal of Washington's). Matches as the written
    phrases give them (rule ``phrase:<term>``)."""
    index = rules().phrase_lemmas
    out: list[Match] = []
    toks = list(content)
    for i, tok in enumerate(toks):
        for rule, words in index.get(tok.lemma_.lower(), ()):
            if tok.idx in seen or i + len(words) > len(toks) or tok.pos_ == "AUX":
                # "we've been careful not to ..." is no "be careful": only a verb of full
                # meaning inflects into the row ("calls on"), an auxiliary keeps the row as written
                continue
            if any(toks[i + k].lemma_.lower() != w for k, w in enumerate(words)):
                continue
            if rule.subject == "self":
                side, _ = side_of(ctx, subject_of(tok)[0], speaker, q)
                if side in ("other", "unknown"):
                    continue
            if rule.statement_type == "REJECT" and _judges_another_act(
                ctx, q, speaker, tok.doc[tok.i : tok.i + len(words)].root
            ):
                continue
            neg = negated(tok)
            stype, code, turned = rule.statement_type, rule.cameo_code, False
            if neg:
                stype, code, turned = apply_negation(rule.negated_type, stype, code)
                if stype == "STATEMENT":
                    continue
            seen.add(tok.idx)
            out.append(
                Match(
                    stype,
                    code,
                    neg,
                    tok,
                    tok.idx,
                    f"phrase:{rule.term}",
                    PHRASE_CONFIDENCE,
                    about=tok,
                    negation_in_label=turned,
                )
            )
    return out


def _any_such(noun: Token) -> bool:
    """Whether ``noun`` is put as a hypothesis by the determiner "any" ("any interference",
    "any aggression against us"): a kind of act, no act that took place."""
    return noun.pos_ == "NOUN" and any(x.dep_ == "det" and x.lower_ == "any" for x in noun.children)


def _done(verb: Token) -> bool:
    """Whether ``verb`` tells a thing done: the simple past or the perfect ("imposed", "has
    imposed"), with no modal ("would have imposed") and no condition it hangs on."""
    aux = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux) or is_conditional(verb):
        return False
    return (verb.tag_ == "VBD" and not aux) or (
        verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux)
    )


def fits(rule: Rule, tok: Token) -> bool:
    """Whether a lexicon rule applies to this token: part of speech, governing word, and (for
    verbs) that the verb is a predicate."""
    if rule.pos_tag == "VERB" and (tok.pos_ not in ("VERB", "AUX") or not is_predicate(tok)):
        return False
    if rule.pos_tag == "VERB" and not speaks_act(tok):
        return False  # "we denied them access", "the floods threaten the harvest"
    if rule.pos_tag == "ADJ" and tok.pos_ not in ("ADJ", "VERB"):
        return False
    if rule.pos_tag == "NOUN" and tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if rule.deps and tok.dep_ not in rule.deps:
        return False
    if not rule.heads:
        return True
    head = tok.head.lemma_.lower()
    # "would be met with consequences": a noun under a preposition answers to the verb above
    over_prep = tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in rule.heads
    conditional = rule.statement_type == "THREATEN" and is_conditional(tok)
    return head in rule.heads or over_prep or conditional


def claim_about_other(ctx: DocContext, content: Span, speaker: Actor | None) -> Match | None:
    """A stance or exchange attributed to another named actor: the speaker's CLAIM."""
    lex = rules()
    for tok in content:
        # a proper noun is a name, never an attitude ("Tell Tamer", a town, is no "tell")
        if tok.lemma_.lower() not in lex.attitude or tok.pos_ == "PROPN":
            continue
        subj, _ = subject_of(tok)
        side, who = side_of(ctx, subj, speaker)
        if side == "other" and who is not None:
            return Match(
                "CLAIM",
                "010",
                negated(tok),
                tok,
                tok.idx,
                f"claim:{tok.lemma_.lower()}",
                CLAIM_CONFIDENCE,
                about=who.span.root,
                claim_about=who,
            )
        if tok.pos_ == "VERB" and side != "other":
            for c in tok.children:
                objs = [c] if c.dep_ in ("dobj", "dative") else []
                if c.dep_ == "prep" and c.lower_ in ("with", "to"):
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                for o in objs:
                    m = mention_in(ctx, o)
                    if m is not None and not same_side(m.actor, speaker):
                        return Match(
                            "CLAIM",
                            "010",
                            negated(tok),
                            tok,
                            tok.idx,
                            f"claim:exchange-{tok.lemma_.lower()}",
                            CLAIM_CONFIDENCE,
                            about=o,
                            claim_about=m,
                        )
    return None


def best_match(matches: list[Match], content: Span) -> Match | None:
    """The deciding content match: after the last contrast ("but", "however") first, then the
    label's priority (``statement_types.csv``), then the later word; of equal matches, the first
    in ``matches``."""
    if not matches:
        return None
    types = rules().types
    contrast = [
        t.idx for t in content if t.lower_ in CONTRAST and t.dep_ in ("cc", "advmod", "mark")
    ]
    last = max(contrast) if contrast else -1

    def key(m: Match) -> tuple:
        return (m.char > last, int(types[m.statement_type]["priority"]), m.char)

    return max(matches, key=key)


# labels that content words may impose on a claim-like cue ("insisted that ... is unacceptable")
STRONG_CONTENT = {"DENY", "REJECT", "ACCUSE", "THREATEN", "DECLINE_COMMENT"}


def _charge(ctx: DocContext, quote: Quote, content: Span, speaker: Actor | None) -> Match | None:
    """The accusation the quote's content makes, if any: the first ACCUSE among the content's
    clause-level acts (:func:`~.acts.act_matches`: "as a violation of international law", "for
    violating the ceasefire", "the Russian aggression"); None when the content charges no one.
    The content words' own lexicon matches are not read here."""
    for m in act_matches(ctx, quote, content, speaker):
        if m.statement_type == "ACCUSE":
            return m
    return None


# cue labels a threat in the quote's own clauses outranks: a warning whose content is the
# speaker's side's punitive act (STATEMENTS_GUIDE: WARN is "not framed as the speaker's own
# punitive action"); defending or admitting is how the threat was put, not what it does (one
# label, for the act the quote "mainly performs toward its target"); a vow or pledge whose
# content is the speaker's side's punitive act ("vowed to retaliate", "pledged to hit back") is
# a threat made as a promise (STATEMENTS_GUIDE: THREATEN, "the speaker's side will act against
# the target"), not an intention to cooperate
YIELDS_TO_THREAT = frozenset({"WARN", "SUPPORT", "CONCEDE", "INTENT"})


def _content_act(
    ctx: DocContext,
    quote: Quote,
    content: Span,
    speaker: Actor | None,
    content_ms: list[Match],
    label: str,
) -> Match | None:
    """The first ``label`` match of the content words ``content_ms`` (their ``self`` rows count
    only on the speaker's side: "France would reject the reforms", not "Iran would reject the
    deal"), else of the clause-level speech acts (:func:`~.acts.act_matches`: THREATEN "we will
    respond", "Israel would strike back"; REJECT "Athens will not accept the plan"); None when
    the content performs no such act. :func:`decide` reads it for a threat (THREATEN) under a
    :data:`YIELDS_TO_THREAT` cue and a refusal (REJECT) under a warning cue."""
    for m in content_ms:
        if m.statement_type == label:
            return m
    return next(
        (m for m in act_matches(ctx, quote, content, speaker) if m.statement_type == label),
        None,
    )


def decide(
    ctx: DocContext, quote: Quote, content: Span, speaker: Actor | None, cue_m: Match | None
) -> Match | None:
    """Steps 1-3 of the method: the deciding match of a quote, or None (a plain STATEMENT). A
    declined comment in the content wins; a warning, defending or admitting cue
    (:data:`YIELDS_TO_THREAT`) with threatening content is a threat; a warning cue whose content
    is the speaker's side refusing (:func:`_content_act`) is a rejection;
    a disapproving cue whose content charges a party with a wrong (:func:`_charge`) accuses;
    otherwise a cue that carries an act decides, a claim-like cue yields only to strong content,
    and without a cue the best content match, else a claim about another actor's position; where
    no act-carrying cue decided, the clause-level speech acts (:mod:`.acts`) and the content words
    compete by clause and priority. A
    threat by another side than the speaker's is a warning (:func:`~.clauses.threat_or_warning`);
    an announced coercive measure takes its coercive code (:func:`~.clauses.coercive_code`)."""
    content_ms = content_matches(ctx, quote, content, speaker)
    declines = [m for m in content_ms if m.statement_type == "DECLINE_COMMENT"]
    cue = cue_m.token if cue_m is not None else cue_token(ctx.doc, quote.cue_start, quote.cue_end)
    if not declines and declines_comment(cue, quote):
        declines = [
            Match(
                "DECLINE_COMMENT",
                "011",
                False,
                cue,
                cue.idx,
                "cue:declines-comment",
                CUE_CONFIDENCE,
            )
        ]
    best_content = best_match(content_ms, content)
    if declines:
        decision = declines[0]
    elif (
        cue_m is not None
        and cue_m.statement_type in YIELDS_TO_THREAT
        and (threat := _content_act(ctx, quote, content, speaker, content_ms, "THREATEN"))
        is not None
    ):
        # "warned that Russia would face consequences", "warned it would respond with full
        # force", "defended his decision: '... if Turkey does anything ..., I will totally
        # destroy the Economy of Turkey'", "admitted Japan was considering taking the US to GATT
        # if ...": the threat is the act the words mainly perform toward the target
        decision = threat
    elif (
        cue_m is not None
        and cue_m.statement_type == "WARN"
        and (refusal := _content_act(ctx, quote, content, speaker, content_ms, "REJECT"))
        is not None
    ):
        # "warned that France would flatly reject the proposed reforms": a refusal of the
        # speaker's side announced as a warning is no warning of consequences (STATEMENTS_GUIDE:
        # WARN is "not framed as the speaker's own ... action"); it rejects the proposal
        decision = refusal
    elif (
        cue_m is not None
        and cue_m.statement_type == "DISPUTE"
        and (charge := _charge(ctx, quote, content, speaker)) is not None
    ):
        # "condemned the strike as a violation of international law", "criticised Moscow for
        # violating the ceasefire": a condemnation that states the charge is an accusation
        # (STATEMENTS_GUIDE: ACCUSE wins over a condemnation that names the charge)
        decision = charge
    elif cue_m is not None and cue_m.statement_type != "CLAIM":
        decision = cue_m
    elif cue_m is not None:  # claim-like cue ("insisted"): strong content overrides
        strong = best_content is not None and best_content.statement_type in STRONG_CONTENT
        decision = best_content if strong else cue_m
    else:
        decision = best_content or claim_about_other(ctx, content, speaker)
    if not declines and (cue_m is None or cue_m.statement_type == "CLAIM"):
        # the clause-level speech acts compete with the content words (acts.py)
        # content words first: on a tie their more specific code wins ("impose tariffs": 132)
        pool = [m for m in content_ms if m.statement_type != "STATEMENT"]
        pool += act_matches(ctx, quote, content, speaker)
        act = best_act(pool, content)
        if act is not None and (
            decision is None
            or decision.statement_type in ("STATEMENT", "CLAIM")
            or act.statement_type != "CLAIM"
        ):
            decision = act
    if (
        not declines
        and (cue_m is None or cue_m.statement_type in ("STATEMENT", "CLAIM"))
        and (answer := bare_answer(ctx.doc, quote, cue)) is not None
    ):
        # '"Never," the minister replied', 'asked whether ..., he said: "No."': a bare answer
        # takes its act from what it answers (answers.py), a neutral cue says nothing of it
        decision = answer
    if decision is not None and decision.statement_type == "THREATEN":
        decision = threat_or_warning(ctx, decision, speaker)
    if decision is not None:
        decision = coercive_code(decision)  # an announced sanction is no cooperation
    return decision
