"""Statements: every attributed quote becomes a typed, targeted diplomatic statement.

Labels (exactly these): STATEMENT, CLAIM, DENY, DECLINE_COMMENT, DISPUTE, ACCUSE, APPEAL, WARN,
THREATEN, REJECT, SUPPORT, INTENT, CONCEDE — each stored with a CAMEO code (Gerner, Schrodt et al.,
CAMEO 1.1b3) and, where PLOVER kept the category, the PLOVER category (PLOVER dropped plain
statements and denials, so those have none).

Method (rules over the dependency parse; every word list is a data file with its source):

1. **The cue decides when it carries the act** (``data/statement_lexicon.csv``, scope ``cue``/``both``):
   "warned", "denied", "urged", "welcomed" ... The cue's *object* refines the code
   (``data/statement_objects.csv`` over ``data/object_classes.csv``): deny + claim = denial (016),
   reject + proposal = rejection (120), reject + accusation = denial, warn of catastrophe = WARN (012),
   warn of consequences = THREATEN (130).
2. **Otherwise the content decides**: predicates and phrases inside the quote ("unacceptable",
   "nothing to add", "be careful", "we would welcome", "Kiev will be invited"). Negation counts:
   a negated predicate takes its ``negated_type`` ("has no problem" → no dispute; "not acceptable" →
   REJECT; "we will not send" → REJECT). When several predicates match, the clause after a
   contrast ("but", "however") wins, then the label's priority (``data/statement_types.csv``).
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
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from parley import ids, schema
from parley.actors import (
    HONORIFICS,
    PRONOUNS,
    RELATIVES,
    Actor,
    ActorResolver,
    fold,
    meaningful_role,
)
from parley.quotes import cue_lemmas
from parley.settings import PACKAGE_DATA

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from parley.quotes import Quote

LABELS = schema.STATEMENT_TYPES
CONTRAST = {"but", "however", "yet", "though", "although"}
REPLY_CUES = {"reply", "respond", "answer", "retort", "counter", "rebut", "react"}
FIRST_PERSON = {"i", "we", "us", "me", "our", "my"}
FUTURE = {"will", "shall", "'ll", "’ll", "would", "wo"}
MENTION_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
THINGS = {"it", "this", "there", "what", "these", "those"}
# the agreeing parties in "X and Y agreed that they/both sides will ..."
PARTIES = {"side", "government", "country", "team", "leader", "party", "nation", "minister"}
MODALS = {"will", "would", "shall", "should", "could", "can", "may", "might", "must", "'ll", "’ll"}
MODALS |= {"wo", "ca"}
# bodies a government speaker's "the government will ..." speaks for
OWN_GOVERNMENT = {"government", "administration", "cabinet", "ministry", "country", "state"}
CONSENSUS = {"agreement", "consensus", "agree", "accord", "understanding"}
# content labels that look ahead: past clauses do not carry them
FORWARD = {"WARN", "THREATEN", "INTENT"}
SKIP_PREPS = {"like", "unlike", "as", "including", "than", "in", "at", "near", "across", "within"}
# heads that make a possessed reference noun something the quote answers ("asked about X's remarks")
RESPONSE_HEADS = {"ask", "respond", "react", "reply", "answer", "question", "address", "refer"}
RESPONSE_HEADS |= {"response", "reaction", "comment"}
CUE_CONFIDENCE = 0.8
PHRASE_CONFIDENCE = 0.75
CONTENT_CONFIDENCE = 0.65
CLAIM_CONFIDENCE = 0.55
DEFAULT_CONFIDENCE = 0.4


# ---------------------------------------------------------------------------------------------
# rules (data files)


@dataclass(frozen=True)
class Rule:
    term: str
    match: str  # lemma | phrase | regex
    scope: str  # cue | content | both
    subject: str  # self | other | any
    statement_type: str
    cameo_code: str
    negated_type: str
    pos: str = ""  # VERB | ADJ | NOUN; empty = any part of speech
    heads: frozenset[str] = frozenset()  # the word must depend on one of these lemmas
    deps: frozenset[str] = frozenset()  # ... with one of these relations ("acomp": predicative)
    pattern: re.Pattern | None = None


@dataclass
class Lexicon:
    cue: dict[str, Rule]
    content: dict[str, list[Rule]]
    phrases: list[Rule]
    objects: dict[tuple[str, str], tuple[str, str]]
    object_classes: dict[str, list[str]]
    types: dict[str, dict]
    codes: dict[str, dict]
    intent_verbs: dict[str, str]
    attitude: frozenset[str]
    topics: dict[str, str]
    generic: frozenset[str]


def _read(name: str) -> list[dict]:
    with (PACKAGE_DATA / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@functools.cache
def lexicon() -> Lexicon:
    """Load the statement rules once per process."""
    cue: dict[str, Rule] = {}
    content: dict[str, list[Rule]] = {}
    phrases: list[Rule] = []
    for r in _read("statement_lexicon.csv"):
        pattern = None
        if r["match"] == "regex":
            pattern = re.compile(r["term"], re.I)
        elif r["match"] == "phrase":
            pattern = re.compile(rf"(?<!\w){re.escape(r['term'])}(?!\w)", re.I)
        rule = Rule(
            r["term"],
            r["match"],
            r["scope"],
            r["subject"],
            r["statement_type"],
            r["cameo_code"],
            r["negated_type"],
            pos=r["pos"],
            heads=frozenset(filter(None, r["head"].split("|"))),
            deps=frozenset(filter(None, r["dep"].split("|"))),
            pattern=pattern,
        )
        if rule.match == "lemma":
            if rule.scope in ("cue", "both"):
                cue[rule.term] = rule
            if rule.scope in ("content", "both"):
                content.setdefault(rule.term, []).append(rule)
        elif rule.scope in ("content", "both"):
            phrases.append(rule)
    classes: dict[str, list[str]] = {}
    for r in _read("object_classes.csv"):
        classes.setdefault(r["lemma"], []).append(r["object_class"])
    return Lexicon(
        cue=cue,
        content=content,
        phrases=phrases,
        objects={
            (r["trigger"], r["object_class"]): (r["statement_type"], r["cameo_code"])
            for r in _read("statement_objects.csv")
        },
        object_classes=classes,
        types={r["statement_type"]: r for r in _read("statement_types.csv")},
        codes={r["cameo_code"]: r for r in _read("cameo_codes.csv")},
        intent_verbs={r["lemma"]: r["cameo_code"] for r in _read("intent_verbs.csv")},
        attitude=frozenset(r["lemma"] for r in _read("attitude_words.csv")),
        topics={r["term"]: r["topic"] for r in _read("subject_topics.csv")},
        generic=frozenset(r["lemma"] for r in _read("generic_nouns.csv")),
    )


def plover(code: str) -> str | None:
    """The PLOVER category of a CAMEO code (None where PLOVER has no such category)."""
    return lexicon().codes[code]["plover_category"] or None


def weight(code: str) -> float:
    """The Goldstein-like cooperation (+) / conflict (−) weight of a CAMEO code."""
    return float(lexicon().codes[code]["weight"])


# ---------------------------------------------------------------------------------------------
# the result


@dataclass
class Statement:
    """One typed, targeted statement (one per attributed quote)."""

    quote_index: int
    speaker: Actor | None
    statement_type: str
    cameo_code: str
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

    @property
    def plover_category(self) -> str | None:
        return plover(self.cameo_code)

    @property
    def weight(self) -> float:
        return weight(self.cameo_code)


@dataclass
class _Match:
    statement_type: str
    cameo_code: str
    negated: bool
    token: Token | None
    pos: int  # character offset, for clause order
    rule: str
    confidence: float
    about: Token | None = None  # the argument that carries the target
    claim_about: Mention | None = None  # set for CLAIMs about another actor's position


@dataclass(frozen=True)
class Mention:
    span: Span
    actor: Actor


# ---------------------------------------------------------------------------------------------
# document context


class DocContext:
    """Everything the classifier needs about one document, computed once."""

    def __init__(
        self, doc: Doc, quotes: list[Quote], when: date | datetime | str | None = None
    ) -> None:
        self.doc = doc
        self.quotes = quotes
        self._noun_chunks: list[Span] | None = None
        self.resolver = ActorResolver(doc, when)
        self.mentions: dict[int, Mention] = {}
        for ent in doc.ents:
            if ent.label_ not in MENTION_LABELS:
                continue
            actor = self.resolver.span(ent)
            if actor is None:
                continue
            m = Mention(ent, actor)
            for i in range(ent.start, ent.end):
                self.mentions[i] = m
        self.speakers: list[Actor | None] = [
            self.resolver.speaker(q.speaker, q.speaker_role) for q in quotes
        ]

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def noun_chunks_in(self, span: Span) -> list[Span]:
        """The document's noun chunks inside ``span``. ``Span.noun_chunks`` re-parses the whole
        document's chunks on every call, so they are computed once per document here."""
        if self._noun_chunks is None:
            self._noun_chunks = list(self.doc.noun_chunks)
        return [nc for nc in self._noun_chunks if nc.start >= span.start and nc.end <= span.end]


# ---------------------------------------------------------------------------------------------
# parse helpers


def _is_cue(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in cue_lemmas()


def _cue_token(ctx: DocContext, q: Quote) -> Token | None:
    if q.cue_start is None or q.cue_end is None:
        return None
    span = ctx.span(q.cue_start, q.cue_end)
    if span is None or not len(span):
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    return verbs[0] if verbs else span.root


def _negated(tok: Token, outside: tuple[int, int] | None = None) -> bool:
    """Negation on the token, its determiner ("no problem"), or the verb it complements.
    ``outside`` (character offsets of the quote) ignores negators inside it: for the reporting
    verb, "'It's hard not to,' Suter acknowledged" is not a negated acknowledgement."""

    def neg_children(t: Token) -> bool:
        return any(
            (
                c.dep_ == "neg"
                or (c.lower_ in ("no", "never") and c.dep_ in ("det", "advmod", "neg"))
            )
            and not (outside is not None and outside[0] <= c.idx < outside[1])
            for c in t.children
        )

    if neg_children(tok):
        return True
    if tok.dep_ in ("acomp", "attr", "dobj", "xcomp", "oprd") and neg_children(tok.head):
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and neg_children(tok.head.head)


def _clause_verb(tok: Token) -> Token:
    """The verb whose subject is the token's subject (adjectives and objects climb to it)."""
    t = tok
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
        if t.dep_ in ("aux", "auxpass", "acomp", "attr", "dobj", "oprd", "pobj", "prep"):
            t = t.head
        else:
            break
    return t


def _subject_of(tok: Token) -> tuple[Token | None, bool]:
    """(subject token, passive?) of the clause the token predicates."""
    verb = _clause_verb(tok)
    for _ in range(3):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return c, c.dep_ == "nsubjpass"
        if verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
            verb = verb.head
        else:
            break
    return None, False


def _future(tok: Token) -> bool:
    verb = _clause_verb(tok)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE for c in verb.children):
        return True
    # "ready / willing / going to <verb>"
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("go", "ready", "willing", "prepared")


def _mention_in(ctx: DocContext, tok: Token) -> Mention | None:
    m = ctx.mentions.get(tok.i)
    if m is None:
        return None
    # an adjectival demonym ("Russian attacks") names a side, not a target
    if m.span.label_ == "NORP" and tok.dep_ == "amod":
        return None
    return m


def _side(
    ctx: DocContext, subj: Token | None, speaker: Actor | None, q: Quote | None = None
) -> tuple[str, Mention | None]:
    """Whose voice a clause has: ``self`` (the speaker's side), ``other`` (another named actor),
    ``unknown`` (a third party the tables do not name: "the banks", "he" inside a direct quote),
    or ``none`` (no subject, or a thing: "it", "this").

    A stance word counts as the speaker's own only with ``self`` or ``none``: "Rovers have
    offered £500,000" is a report of someone else's offer, not the speaker's. In reported speech
    (an indirect quote) "he"/"she" is the speaker ("Lavrov said he would ..."); inside a direct
    quote the speaker is "I"/"we" and "he" is someone else."""
    if subj is None:
        return "none", None
    low = re.split(r"['’]", subj.lower_)[0] or subj.lower_  # "I've" as one token
    if low in FIRST_PERSON:
        return "self", None
    heads = [subj, *[c for c in subj.children if c.dep_ == "conj"]]
    for h in heads:
        m = _mention_in(ctx, h)
        if m is not None:
            if _same_side(m.actor, speaker):
                continue
            return "other", m
    if any(_mention_in(ctx, h) for h in heads):
        return "self", None
    if q is None:
        return "none", None
    if subj.pos_ == "PRON":
        if low in THINGS:
            return "none", None
        if q.kind == "indirect" and (low in ("he", "she") or (low == "they" and _plural(q))):
            return "self", None
        return "unknown", None
    if subj.pos_ in ("NOUN", "PROPN") and _own_noun(subj, q, speaker):
        return "self", None
    return "unknown", None


def _plural(q: Quote) -> bool:
    """A speaker named by a plural noun ("officials", "the companies"): "they" is that speaker."""
    words = (q.speaker or "").split()
    return bool(words) and words[-1].lower().endswith("s") and not words[-1][:1].isupper()


def _own_noun(subj: Token, q: Quote, speaker: Actor | None) -> bool:
    """A subject noun that names the speaker's own body: "the company" said by the company,
    "the government" said by a government official, "the bank" by its president."""
    lemma = subj.lemma_.lower()
    said_by = " ".join(
        x for x in (q.speaker, q.speaker_role, speaker.role if speaker else None) if x
    ).lower()
    if lemma and re.search(rf"\b{re.escape(lemma)}", said_by):
        return True
    return lemma in OWN_GOVERNMENT and speaker is not None and speaker.sector == "government"


def _same_side(actor: Actor, speaker: Actor | None) -> bool:
    if speaker is None:
        return False
    if actor.name == speaker.name:
        return True
    # an international organisation speaking of itself ("the World Bank intends ...", said by
    # its vice president)
    if actor.kind == "io" and speaker.organisation in (actor.name, actor.organisation):
        return True
    # a party or the opposition does not speak for its country's government
    if speaker.kind == "party" or speaker.sector == "opposition":
        return actor.organisation is not None and actor.organisation == speaker.organisation
    # the speaker's own country or government speaking of itself ("Russia will ...")
    return (
        actor.kind in ("country", "seat", "institution")
        and actor.country is not None
        and actor.country == speaker.country
    )


def _past(tok: Token, q: Quote) -> bool:
    """Whether the clause reports something already done ("they have offered", "when the
    disaster happened"): a warning, threat or intent is about the future, so past clauses do
    not carry one. Reported speech shifts tenses back ("he said he was ready", "he said he had
    agreed to ..." for "I have agreed"), so only direct quotes are judged."""
    if q.kind == "indirect":
        return False
    verb = _clause_verb(tok)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODALS for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _known_event(tok: Token) -> bool:
    """A definite noun with nothing after it ("the disaster", "this crisis") names an event
    that already happened; "a disaster", "the danger of ..." look ahead."""
    return (
        tok.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        and not any(c.dep_ == "prep" for c in tok.children)
    )


def _directive(tok: Token) -> bool:
    """A modal ("should", "must") that tells someone to act: an active, non-copular verb outside
    a reported consensus. "Iran must return to the talks" is a demand; "Ireland should be
    favourites", "Blair should be judged by results" and "there is agreement that our loans
    should be modest" are not."""
    verb = _clause_verb(tok)
    if verb.lemma_.lower() == "be" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children
    ):
        return False
    return not any(a.lemma_.lower() in CONSENSUS for a in verb.ancestors)


def _object_classes(tok: Token) -> list[str]:
    """Object classes of what a trigger acts on: its object, prepositional object, infinitive,
    or (for an adjective predicate) its subject."""
    lex = lexicon()
    found: list[str] = []
    args: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "xcomp", "nsubjpass", "oprd"):
            args.append(c)
        elif c.dep_ == "prep":
            args.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    if tok.pos_ == "ADJ" or tok.dep_ in ("acomp", "attr"):
        subj, _ = _subject_of(tok)
        if subj is not None:
            args.append(subj)
    for a in args:
        for cand in (a, *[c for c in a.children if c.dep_ == "compound"]):
            for cls in lex.object_classes.get(cand.lemma_.lower(), []):
                if cls not in found:
                    found.append(cls)
    return found


def _refine(trigger: str, tok: Token, statement_type: str, code: str) -> tuple[str, str, str]:
    """The object decides the code: (type, code, object class or '')."""
    for cls in _object_classes(tok):
        hit = lexicon().objects.get((trigger, cls))
        if hit:
            return hit[0], hit[1], cls
    return statement_type, code, ""


def _threat_or_warning(ctx: DocContext, m: _Match, speaker: Actor | None) -> _Match:
    """A threat is the speaker's side promising harm. "Warned of Russian missile attacks" from
    Ukraine's air force names another side as the one who would act: that is a warning about a
    third party (WARN 012), not a threat. The owner is a demonym, possessive or compound on the
    object noun ("Russian attacks", "Moscow's retaliation") that resolves to another country."""
    if m.token is None:
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
            owner = ctx.mentions.get(mod.i)
            if owner is None or owner.actor.country is None:
                continue
            if speaker is None or not _same_side(owner.actor, speaker):
                return replace(
                    m, statement_type="WARN", cameo_code="012", rule=m.rule + "+third-party"
                )
    return m


def _apply_negation(rule_negated_type: str, statement_type: str, code: str) -> tuple[str, str]:
    if rule_negated_type == statement_type:
        return statement_type, code
    return rule_negated_type, lexicon().types[rule_negated_type]["default_cameo"]


# ---------------------------------------------------------------------------------------------
# matching


def _cue_match(ctx: DocContext, cue: Token | None, q: Quote | None = None) -> _Match | None:
    if cue is None:
        return None
    lemma = cue.lemma_.lower()
    lex = lexicon()
    rule = lex.cue.get(lemma)
    if lemma == "ask" and _asks_someone(cue):
        rule = Rule("ask", "lemma", "cue", "self", "APPEAL", "020", "STATEMENT")
    if rule is None or not _cue_carries_act(cue, lemma):
        return None
    stype, code, cls = _refine(lemma, cue, rule.statement_type, rule.cameo_code)
    neg = _negated(cue, (q.start, q.end) if q is not None else None)
    if neg:
        stype, code = _apply_negation(rule.negated_type, stype, code)
    about = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
    return _Match(
        stype,
        code,
        neg,
        cue,
        cue.idx,
        f"cue:{lemma}" + (f"+{cls}" if cls else ""),
        CUE_CONFIDENCE,
        about=about,
    )


def _asks_someone(verb: Token) -> bool:
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


def _cue_carries_act(cue: Token, lemma: str) -> bool:
    """Whether the reporting verb's own lemma names the act. "called for"/"called on X to" is
    an appeal, "called the plan 'a vague statement'" names something (the content decides);
    "agreed to"/"agreed a deal" is an intent, "agreed that ..." shares a view."""
    kids = list(cue.children)
    if lemma == "call":
        return any(
            (c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon"))
            or (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))
            for c in kids
        )
    if lemma == "agree":
        return any(
            c.dep_ in ("xcomp", "dobj")
            or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon"))
            or (c.dep_ == "ccomp" and _joint_course(c))
            for c in kids
        )
    return True


def _joint_course(verb: Token) -> bool:
    """ "agreed that they would consult closely", "agreed that their governments will carry on
    these discussions": a that-clause in which the agreeing parties commit to a future act.
    "agreed that a settlement would advance growth" shares a view."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ in ("they", "we", "both") or subj.lemma_.lower() in PARTIES


def passive_cue(doc: Doc, q: Quote) -> bool:
    """A reporting verb in the passive ("Knight is accused of ...", "Campaigners have been asked
    not to ...", "Asked to explain ..., Fendt said") makes the named person the one spoken
    *to* or *about*: the quote is not that person's statement."""
    if q.cue_start is None or q.cue_end is None:
        return False
    span = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    cue = verbs[0] if verbs else span.root
    if any(c.dep_ == "auxpass" for c in cue.children):
        return True
    # a bare participle: "individuals accused of ...", "Asked about ..., he said"
    return (
        cue.tag_ == "VBN"
        and cue.dep_ in ("acl", "advcl", "amod")
        and not any(c.dep_ in ("aux", "nsubj") for c in cue.children)
    )


def _content_matches(
    ctx: DocContext, q: Quote, content: Span, speaker: Actor | None
) -> list[_Match]:
    lex = lexicon()
    out: list[_Match] = []
    for tok in content:
        keys = {tok.lemma_.lower(), tok.lower_}
        for key in keys:
            for rule in lex.content.get(key, []):
                if not _fits(rule, tok):
                    continue
                subj, passive = _subject_of(tok)
                side, who = _side(ctx, subj, speaker, q)
                imperative = tok.tag_ == "VB" and not any(c.lower_ == "to" for c in tok.children)
                if subj is None and tok.pos_ == "VERB" and not imperative:
                    side = "unknown"  # no subject to be found ("to offer ...", "planned for"):
                    # whose act it is is unknown
                neg = _negated(tok)
                if rule.subject == "other" and side != "other":
                    continue
                directive = rule.subject == "other" and rule.statement_type == "APPEAL"
                if directive and not _directive(tok):
                    continue
                if rule.subject == "self" and side == "unknown":
                    continue  # someone else's act, reported ("the banks agreed ...")
                if rule.subject == "self" and passive and rule.pos == "VERB":
                    continue  # "the bill is likely to be vetoed": done to the subject, by others
                if rule.statement_type in FORWARD and (_past(tok, q) or _known_event(tok)):
                    continue
                if tok.dep_ == "advcl" and tok.head.lower_ == "far":
                    continue  # "as far as I am concerned" means "for my part"
                if rule.subject == "self" and side == "other":
                    out.append(
                        _Match(
                            "CLAIM",
                            "010",
                            neg,
                            tok,
                            tok.idx,
                            f"claim:{key}",
                            CLAIM_CONFIDENCE,
                            about=who.span.root,
                            claim_about=who,
                        )
                    )
                    continue
                stype, code, cls = _refine(key, tok, rule.statement_type, rule.cameo_code)
                if stype == "STATEMENT":
                    continue  # a trigger that carries a stance only through its object
                if neg:
                    stype, code = _apply_negation(rule.negated_type, stype, code)
                about = who.span.root if rule.subject == "other" and who else tok
                out.append(
                    _Match(
                        stype,
                        code,
                        neg,
                        tok,
                        tok.idx,
                        f"content:{key}" + (f"+{cls}" if cls else ""),
                        CONTENT_CONFIDENCE,
                        about=about,
                    )
                )
        # intent: a future cooperative act by the speaker's side (or passive: "Kiev will be invited")
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma == "ask" and _predicate(tok) and _asks_someone(tok):
            # "he has asked Aquino to consider ...": the speaker's side's own request
            subj, passive = _subject_of(tok)
            side, _ = _side(ctx, subj, speaker, q)
            if side in ("self", "none") and not passive:
                addressee = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), tok)
                out.append(
                    _Match(
                        "APPEAL",
                        "020",
                        _negated(tok),
                        tok,
                        tok.idx,
                        "content:ask",
                        CONTENT_CONFIDENCE,
                        about=addressee,
                    )
                )
        if tok.pos_ == "VERB" and lemma in lex.intent_verbs and _future(tok) and _predicate(tok):
            subj, passive = _subject_of(tok)
            side, who = _side(ctx, subj, speaker, q)
            # the speaker's side acts: "we", the speaker's own country, "he" in reported speech;
            # or, in the passive, something is done to a named actor ("Kiev will be invited")
            if side == "self" or (passive and who is not None):
                neg = _negated(tok)
                stype, code = ("REJECT", "120") if neg else ("INTENT", lex.intent_verbs[lemma])
                out.append(
                    _Match(
                        stype,
                        code,
                        neg,
                        tok,
                        tok.idx,
                        f"intent:{lemma}",
                        CONTENT_CONFIDENCE,
                        about=subj if passive else tok,
                    )
                )
    text = q.text
    for rule in lex.phrases:
        for m in rule.pattern.finditer(text):
            pos = q.start + m.start()
            span = ctx.span(pos, q.start + m.end())
            tok = span.root if span is not None and len(span) else None
            # "was not planning to call for cuts": a negator outside the phrase turns it over
            neg = tok is not None and _negated(tok, (pos, q.start + m.end()))
            stype, code = rule.statement_type, rule.cameo_code
            if neg:
                stype, code = _apply_negation(rule.negated_type, stype, code)
                if stype == "STATEMENT":
                    continue
            out.append(
                _Match(
                    stype,
                    code,
                    neg,
                    tok,
                    pos,
                    f"phrase:{rule.term}",
                    PHRASE_CONFIDENCE,
                    about=tok,
                )
            )
    return out


def _predicate(tok: Token) -> bool:
    """A verb that heads a clause of its own, not one that modifies a noun ("the proposed tax",
    "legislation to deny ...", "producers who have offered ...")."""
    return tok.dep_ not in ("amod", "compound", "acl", "relcl", "nmod", "npadvmod")


def _fits(rule: Rule, tok: Token) -> bool:
    """Whether a lexicon rule applies to this token: part of speech, governing word, and (for
    verbs) that the verb is a predicate."""
    if rule.pos == "VERB" and (tok.pos_ not in ("VERB", "AUX") or not _predicate(tok)):
        return False
    if rule.pos == "ADJ" and tok.pos_ not in ("ADJ", "VERB"):
        return False
    if rule.pos == "NOUN" and tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if rule.deps and tok.dep_ not in rule.deps:
        return False
    if not rule.heads:
        return True
    head = tok.head.lemma_.lower()
    # "would be met with consequences": a noun under a preposition answers to the verb above
    over_prep = tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in rule.heads
    conditional = rule.statement_type == "THREATEN" and _conditional(tok)
    return head in rule.heads or over_prep or conditional


def _conditional(tok: Token) -> bool:
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


def _claim_about_other(ctx: DocContext, content: Span, speaker: Actor | None) -> _Match | None:
    """A stance or exchange attributed to another named actor: the speaker's CLAIM."""
    lex = lexicon()
    for tok in content:
        if tok.lemma_.lower() not in lex.attitude:
            continue
        subj, _ = _subject_of(tok)
        side, who = _side(ctx, subj, speaker)
        if side == "other" and who is not None:
            return _Match(
                "CLAIM",
                "010",
                _negated(tok),
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
                    m = _mention_in(ctx, o)
                    if m is not None and not _same_side(m.actor, speaker):
                        return _Match(
                            "CLAIM",
                            "010",
                            _negated(tok),
                            tok,
                            tok.idx,
                            f"claim:exchange-{tok.lemma_.lower()}",
                            CLAIM_CONFIDENCE,
                            about=o,
                            claim_about=m,
                        )
    return None


def _best(matches: list[_Match], content: Span) -> _Match | None:
    if not matches:
        return None
    types = lexicon().types
    contrast = [
        t.idx for t in content if t.lower_ in CONTRAST and t.dep_ in ("cc", "advmod", "mark")
    ]
    last = max(contrast) if contrast else -1

    def key(m: _Match) -> tuple:
        return (m.pos > last, int(types[m.statement_type]["priority"]), m.pos)

    return max(matches, key=key)


# ---------------------------------------------------------------------------------------------
# targets, subjects, responses


def _actor_below(ctx: DocContext, tok: Token, speaker: Actor | None, sent: Span) -> Mention | None:
    """The nearest actor mention in the token's dependency subtree (breadth first)."""
    queue = [tok]
    seen: set[int] = set()
    while queue:
        t = queue.pop(0)
        if t.i in seen or not (sent.start <= t.i < sent.end):
            continue
        seen.add(t.i)
        m = _mention_in(ctx, t)
        if m is not None and not _same_side(m.actor, speaker) and m.actor.kind != "media":
            return m
        queue.extend(c for c in t.children if not (c.dep_ == "prep" and c.lower_ in SKIP_PREPS))
    return None


def _first_actor_before(
    ctx: DocContext, content: Span, pred: Token, speaker: Actor | None, subj: Token | None
) -> Mention | None:
    """The first actor in the stretch of the quote that the predicate judges: the subject's
    subtree when the parse found one, else everything before the predicate."""
    if subj is not None:
        hit = _actor_below(ctx, subj, speaker, subj.sent)
        if hit is not None:
            return hit
    for tok in content:
        if tok.i >= pred.i:
            break
        m = _mention_in(ctx, tok)
        if m is not None and not _same_side(m.actor, speaker) and m.actor.kind != "media":
            return m
    return None


def _core_actor(ctx: DocContext, content: Span, speaker: Actor | None) -> Mention | None:
    """The first actor in a core role of the quote: subject, object, then other arguments."""
    ranked: list[tuple[int, int, Mention]] = []
    for tok in content:
        m = _mention_in(ctx, tok)
        if m is None or _same_side(m.actor, speaker) or m.actor.kind == "media":
            continue
        if any(a.dep_ == "prep" and a.lower_ in SKIP_PREPS for a in tok.ancestors):
            continue
        rank = {"nsubj": 0, "nsubjpass": 0, "dobj": 1, "pobj": 2, "poss": 3, "conj": 2}.get(
            m.span.root.dep_, 4
        )
        ranked.append((rank, tok.i, m))
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _same_speaker(a: str | None, b: str | None) -> bool:
    """Two speaker strings for one person ("Mr Hague", "William Hague"): same last word once
    honorifics are dropped."""
    if not a or not b:
        return False
    la, lb = (HONORIFICS.sub("", fold(x)).split() for x in (a, b))
    return bool(la and lb) and la[-1] == lb[-1]


def _responds_to(ctx: DocContext, i: int, cue: Token | None) -> tuple[Actor | None, int | None]:
    """Whom (and which quote) quote ``i`` answers; see the module docstring."""
    q = ctx.quotes[i]
    me = ctx.speakers[i]

    def other(j: int) -> bool:
        a = ctx.speakers[j]
        if j == i or a is None or _same_speaker(q.speaker, ctx.quotes[j].speaker):
            return False
        return me is None or a.name != me.name

    # a quote nested inside this one ("X was incorrect when he said that ...")
    for j, o in enumerate(ctx.quotes):
        if (
            other(j)
            and q.start <= o.start
            and o.end <= q.end
            and (o.start, o.end) != (q.start, q.end)
        ):
            return ctx.speakers[j], j
    if cue is None:
        return None, None
    sent = cue.sent
    # an earlier quote in the same sentence by someone else ("After Trump said ..., Macron said")
    for j, o in enumerate(ctx.quotes):
        if other(j) and o.cue_start is not None and sent.start_char <= o.cue_start < cue.idx:
            return ctx.speakers[j], j
    # another reporting verb earlier in the sentence, with someone else as its subject, even when
    # what it reports is not among the quotes ("After Trump said that ..., Macron said 'no'")
    for tok in sent:
        if tok.i >= cue.i or q.start <= tok.idx < q.end or not _is_cue(tok):
            continue
        subj, _ = _subject_of(tok)
        m = _mention_in(ctx, subj) if subj is not None else None
        if m is not None and m.actor.kind == "person" and (me is None or m.actor.name != me.name):
            return m.actor, None
    # a possessed reference noun: "asked about Trump's remarks"
    classes = lexicon().object_classes
    for tok in sent:
        if q.start <= tok.idx < q.end or "claim" not in classes.get(tok.lemma_.lower(), []):
            continue
        # only remarks the quote answers: "asked about X's remarks", "responding to X's claim",
        # or the cue's own object ("dismissed X's claim")
        gov = tok.head.head if tok.dep_ == "pobj" else tok.head
        if gov != cue and gov.lemma_.lower() not in RESPONSE_HEADS:
            continue
        for c in tok.children:
            if c.dep_ == "poss":
                m = _mention_in(ctx, c)
                if m is not None and (me is None or m.actor.name != me.name):
                    return m.actor, None
    # a reply: "replied", "responded to those comments"
    replying = cue.lemma_.lower() in REPLY_CUES or any(
        t.lemma_.lower() in REPLY_CUES | {"response"} and not (q.start <= t.idx < q.end)
        for t in sent
    )
    if replying:
        earlier = [j for j, o in enumerate(ctx.quotes) if o.start < q.start and other(j)]
        if earlier:
            j = max(earlier, key=lambda j: ctx.quotes[j].start)
            return ctx.speakers[j], j
    return None, None


def _subject_terms(
    ctx: DocContext, content: Span, cue: Token | None
) -> tuple[list[str], list[str], str | None]:
    """(noun lemmas, topics, a short subject phrase) of what the quote is about."""
    lex = lexicon()

    def nouns(toks) -> list[str]:
        out = []
        for t in toks:
            lemma = t.lemma_.lower()
            if t.pos_ in ("NOUN", "ADJ") and len(lemma) > 2 and not t.is_stop:
                if t.pos_ == "ADJ" and lemma not in lex.topics:
                    continue
                if lemma not in lex.generic and lemma not in out:
                    out.append(lemma)
        return out

    terms = nouns(content)
    if len(terms) < 2 and cue is not None:
        around = nouns(t for t in cue.sent if t.i < content.start or t.i >= content.end)
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


# ---------------------------------------------------------------------------------------------
# classification


def classify(
    doc: Doc, quote: Quote, ctx: DocContext | None = None, index: int | None = None
) -> Statement:
    """Type and target one quote. ``ctx`` (built once per document) carries the actors, the
    document's other quotes and their speakers; without it the quote is classified alone."""
    if ctx is None:
        ctx = DocContext(doc, [quote])
        index = 0
    if index is None:
        index = ctx.quotes.index(quote)
    speaker = ctx.speakers[index]
    content = ctx.span(quote.start, quote.end) or doc[0:0]
    cue = _cue_token(ctx, quote)
    sent = cue.sent if cue is not None else (content.sent if len(content) else doc[0:0])

    cue_m = _cue_match(ctx, cue, quote)
    content_ms = _content_matches(ctx, quote, content, speaker)
    declines = [m for m in content_ms if m.statement_type == "DECLINE_COMMENT"]
    best_content = _best(content_ms, content)
    strong = {"DENY", "REJECT", "ACCUSE", "THREATEN", "DECLINE_COMMENT"}
    if declines:
        decision = declines[0]
    elif (
        cue_m is not None
        and cue_m.statement_type == "WARN"
        and any(m.statement_type == "THREATEN" for m in content_ms)
    ):
        # "warned that Russia would face consequences": a warning of consequences is a threat
        decision = next(m for m in content_ms if m.statement_type == "THREATEN")
    elif cue_m is not None and cue_m.statement_type != "CLAIM":
        decision = cue_m
    elif cue_m is not None:  # claim-like cue ("insisted"): strong content overrides
        decision = best_content if best_content and best_content.statement_type in strong else cue_m
    else:
        decision = best_content or _claim_about_other(ctx, content, speaker)

    if decision is not None and decision.statement_type == "THREATEN":
        decision = _threat_or_warning(ctx, decision, speaker)

    responds_actor, responds_index = _responds_to(ctx, index, cue)
    stmt = Statement(
        quote_index=index,
        speaker=speaker,
        statement_type=decision.statement_type if decision else "STATEMENT",
        cameo_code=decision.cameo_code if decision else "010",
        negated=bool(decision and decision.negated),
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

    # target
    target: Mention | None = None
    if decision is not None and decision.claim_about is not None:
        target = decision.claim_about
    if target is None and cue_m is not None and decision is cue_m and cue_m.about is not None:
        target = _actor_below(ctx, cue_m.about, speaker, sent)
    if target is None and decision is not None and decision.about is not None:
        about = decision.about
        subj = _subject_of(about)[0]
        if about.pos_ == "ADJ" and len(content):
            # "X ... is unacceptable": what is judged comes before the predicate
            target = _first_actor_before(ctx, content, about, speaker, subj)
    if target is None and decision is not None and decision.about is not None:
        about = decision.about
        for arg in (about, *[c for c in about.children], _subject_of(about)[0]):
            if arg is not None:
                target = _actor_below(ctx, arg, speaker, arg.sent)
                if target is not None:
                    break
    if target is None and len(content):
        target = _core_actor(ctx, content, speaker)
    if target is not None:
        stmt.target = target.actor
        stmt.target_mention = target.span.text
        stmt.target_start, stmt.target_end = target.span.start_char, target.span.end_char
    elif responds_actor is not None and stmt.statement_type != "DECLINE_COMMENT":
        stmt.target = responds_actor  # a reply is aimed at whom it answers; a non-answer at no one

    stmt.subject_terms, stmt.topics, stmt.subject = _subject_terms(ctx, content, cue)
    return stmt


def _evidence(m: _Match | None, cue: Token | None) -> str:
    if m is None:
        return f"cue '{cue.text}' is neutral; no stance words" if cue is not None else "no cue"
    word = m.token.text if m.token is not None else ""
    neg = " (negated)" if m.negated else ""
    return f"{m.rule} on '{word}'{neg}"


def statements_for(
    doc: Doc, quotes: list[Quote], when: date | datetime | str | None = None
) -> tuple[list[Statement], DocContext]:
    """Statements for every attributed quote of a document (and the context, whose ``speakers``
    give each quote's resolved actor). A quote whose "speaker" is a bare pronoun or relative word
    ("it", "which") is not attributed to anyone and yields no statement; neither does one whose
    reporting verb is passive ("X is accused of ..."): X is spoken about, not speaking."""
    ctx = DocContext(doc, quotes, when)
    out = [
        classify(doc, q, ctx, i)
        for i, q in enumerate(quotes)
        if attributed(q.speaker) and not passive_cue(doc, q)
    ]
    return out, ctx


def attributed(speaker: str | None) -> bool:
    """A speaker that names someone (not empty, not a bare pronoun or relative word)."""
    return bool(speaker) and fold(speaker) not in PRONOUNS | RELATIVES


# ---------------------------------------------------------------------------------------------
# rows


def statement_rows(article_id: str, quotes: list[Quote], found: list[Statement]) -> list[dict]:
    """Rows (schema ``statements``) for one article."""
    rows = []
    for s in found:
        q = quotes[s.quote_index]
        sp, tg = s.speaker, s.target
        responds = quotes[s.responds_to_index] if s.responds_to_index is not None else None
        rows.append(
            {
                "statement_id": ids.statement_id(article_id, q.start, q.end),
                "article_id": article_id,
                "quote_id": ids.quote_id(article_id, q.start, q.end),
                "speaker": q.speaker,
                "speaker_actor": sp.name if sp else None,
                "speaker_kind": sp.kind if sp else None,
                "speaker_role": (sp.role if sp and sp.role else meaningful_role(q.speaker_role)),
                "speaker_country": sp.country if sp else None,
                "speaker_org": sp.organisation if sp else None,
                "speaker_sector": sp.sector if sp else None,
                "speaker_qid": sp.qid if sp else None,
                "speaker_evidence": sp.evidence if sp else None,
                "statement_type": s.statement_type,
                "cameo_code": s.cameo_code,
                "plover_category": s.plover_category,
                "weight": s.weight,
                "negated": s.negated,
                "target": tg.name if tg else None,
                "target_kind": tg.kind if tg else None,
                "target_country": tg.country if tg else None,
                "target_org": tg.organisation if tg else None,
                "target_qid": tg.qid if tg else None,
                "target_mention": s.target_mention,
                "target_start": s.target_start,
                "target_end": s.target_end,
                "subject": s.subject,
                "subject_terms": s.subject_terms,
                "topics": s.topics,
                "responds_to": s.responds_to,
                "responds_to_quote_id": (
                    ids.quote_id(article_id, responds.start, responds.end) if responds else None
                ),
                "cue_lemma": s.cue_lemma,
                "rule": s.rule,
                "evidence": s.evidence,
                "confidence": s.confidence,
            }
        )
    return rows
