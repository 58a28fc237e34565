"""Text fidelity and accounting checks (issues 12 and 16): the gate notices what ingest could not
fix, and an input that went missing.

* :func:`mojibake_free` — text, titles, speakers, roles, targets and entity names hold no
  mojibake (UTF-8 read as Windows-1252: ``Ã¡``, ``ÄŸ``, ``â€™``), no run of U+FFFD and no C1
  control character (:func:`parley.ingest.decode.mojibake_excerpt`). In an article's text a
  single U+FFFD is a counted replacement of one bad byte (``articles.replaced_chars``), not
  mojibake; in a name or a title (``Jos\ufffd Manuel Albares``) it is a lost letter the analyst
  must see, as is an invisible format character (a zero-width space, a soft hyphen, a bidi
  control: ``Blin\u200bken`` is another speaker than ``Blinken``;
  :func:`parley.characters.invisible_at`). Nor any HTML character reference left after
  ingest decoded one level (``Caf&eacute;`` from a source's doubly encoded ``Caf&amp;eacute;``:
  :func:`parley.ingest.decode.leftover_reference`; the text keeps it, as given). Warning: the
  day is readable, the rows are named.
* :func:`published_checks` — every article has a date from its source (an undated one,
  ``published_problem = missing``, has its statements dated by the ingestion date:
  ``statements.statement_date_source = 'ingested'``); a date the source gave could be read (else
  ``published_problem`` says why); no article is dated after the end of the run's window (a date from the future, or
  content that is not of this day); none absurdly long before it (:data:`MAX_AGE_YEARS`: epoch
  zero, year-1 and 1900 defaults, two-digit years read a century off). Warnings.
* :func:`lede_not_missing` — no page whose own signals (JSON-LD ``articleBody``, description)
  say its beginning is missing from the text (``articles.lede_check``). Warning.
* :func:`statement_anchored` — a statement shares something with the rest of its article: an
  entity (a name, or a country), or failing that at least :data:`SHARED_WORDS` content words of
  its paragraph; a related-story card that leaked into the body shares none with the story around
  it. Warning, on at least :data:`ANCHORED_SHARE` of the day's judged statements.
* :func:`items_accounted` — per source, ``items = articles + rejects + already_ingested +
  already_rejected``: every input is an article, a reject with a reason, or one another date
  took in or rejected. Critical: a violation means an input vanished.
"""

from __future__ import annotations

import bisect
import contextlib
import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from parley.dates import window_for_date
from parley.quality.checks import CRITICAL, WARNING, Check, SuiteInputs, _na_safe

if TYPE_CHECKING:
    import pandas as pd

SHARED_WORDS = 2  # content words a statement's paragraph shares with the rest: same story
_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_WORDS = frozenset(
    [
        "about",
        "after",
        "again",
        "against",
        "their",
        "there",
        "these",
        "those",
        "where",
        "which",
        "while",
        "would",
        "could",
        "should",
        "being",
        "other",
        "under",
        "until",
        "since",
        "still",
        "before",
        "between",
        "through",
        "during",
        "without",
        "within",
        "across",
        "around",
        "among",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "said",
        "says",
        "told",
        "added",
        "according",
    ]
)
MAX_AGE_YEARS = 50  # published more than this long before the run's window: a wrong date
ANCHORED_SHARE = 0.9  # share of judged statements that must share an entity with their article
_NAME = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’-]{2,}")
_NAMED = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"}
# capitalised words that name no one in particular (titles, sentence-initial generic nouns)
_GENERIC = {
    "The", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "President",
    "Minister", "Prime", "Foreign", "Secretary", "Government", "Ministry", "Spokesman",
    "Spokeswoman", "Spokesperson", "Office", "General", "State", "Department", "Officials",
    "Official", "Mr", "Mrs", "Ms", "Dr", "Sir", "Analysts", "Economists", "Traders", "Sources",
    "Delegates", "Diplomats", "Bankers", "Brokers", "Experts", "Critics", "Police", "Army",
}  # fmt: skip


def _flag_check(
    name: str,
    derive,
    protects: str,
    severity: str,
    sample_columns: tuple[str, ...] = (),
    mostly: float = 1.0,
) -> Check:
    kwargs: dict[str, Any] = {"column": f"_{name}", "value_set": [True]}
    if mostly < 1.0:
        kwargs["mostly"] = mostly
    return Check(
        name,
        "ExpectColumnValuesToBeInSet",
        kwargs,
        severity,
        protects,
        derive=derive,
        sample_columns=sample_columns,
    )


# ---------------------------------------------------------------------------------------------
# mojibake


def mojibake_free(columns: tuple[str, ...], what: str, *, body: tuple[str, ...] = ()) -> Check:
    """``columns`` hold no mojibake (see the module doc); failing rows show where it starts.
    ``body`` names the columns of running text (an article's ``text``), where one U+FFFD is a
    counted replacement; in every other column (names, roles, titles) one U+FFFD is flagged.
    A pure-ASCII value is not scanned for mojibake: each of ``mojibake_excerpt``'s patterns (and
    every alternative of ftfy's badness expression) needs a non-ASCII character (a test checks
    this of the installed ftfy). Every value holding ``&`` is scanned for an HTML character
    reference left after ingest's one level of decoding (``leftover_reference``), shown as
    ``text: HTML character reference left: …Caf&eacute;…``."""
    from parley.ingest.decode import leftover_reference, mojibake_excerpt

    name = "mojibake_free"

    def derive(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list]:
        ok, where = [], []
        present = [c for c in columns if c in df.columns]
        for values in zip(*(df[c].tolist() for c in present), strict=True):
            found = None
            for col, value in zip(present, values, strict=True):
                value = _na_safe(value)
                # ASCII holds none of the characters every sign of mojibake needs: no scan
                excerpt = (
                    mojibake_excerpt(value, name=col not in body)
                    if isinstance(value, str) and not value.isascii()
                    else None
                )
                if excerpt is not None:
                    found = f"{col}: …{excerpt}…"
                    break
                if isinstance(value, str) and (left := leftover_reference(value)) is not None:
                    found = f"{col}: HTML character reference left: …{left}…"
                    break
            ok.append(found is None)
            where.append(found)
        return {f"_{name}": ok, "_mojibake_at": where}

    return _flag_check(
        name,
        derive,
        f"{what} hold no mojibake (UTF-8 read as Windows-1252, U+FFFD runs, C1 controls, an "
        "HTML character reference left after one level of decoding)"
        + (
            " and no U+FFFD (a lost letter) or invisible format character in a name or title"
            if set(columns) - set(body)
            else ""
        ),
        WARNING,
        sample_columns=("_mojibake_at",),
    )


# ---------------------------------------------------------------------------------------------
# dates


def _published_flags(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list[bool]]:
    import pandas as pd

    window = window_for_date(inputs.ds)
    oldest = window.start - timedelta(days=round(365.2425 * MAX_AGE_YEARS))
    given, readable, not_after, not_old = [], [], [], []
    raws = df["published_raw"].tolist() if "published_raw" in df else [None] * len(df)
    problems = df["published_problem"].tolist() if "published_problem" in df else [None] * len(df)
    for at, raw, problem in zip(df["published_at"].tolist(), raws, problems, strict=True):
        at = None if at is None or at is pd.NaT or _na_safe(at) is None else at
        raw = _na_safe(raw)
        given.append(at is not None or raw is not None)
        # an ambiguous day/month keeps its default reading, but is not read whole either
        readable.append(raw is None or (at is not None and _na_safe(problem) != "ambiguous"))
        if at is not None:
            stamp = pd.Timestamp(at)
            stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp
            not_after.append(bool(stamp <= window.end))
            not_old.append(bool(stamp >= oldest))
        else:
            not_after.append(True)
            not_old.append(True)
    return {
        "_published_given": given,
        "_published_readable": readable,
        "_published_not_after_window": not_after,
        "_published_not_absurdly_old": not_old,
    }


def published_checks() -> list[Check]:
    """The four date checks of the module doc (warnings)."""
    return [
        _flag_check(
            "published_given",
            _published_flags,
            "every article has a publication date from its source (an undated one, "
            "published_problem missing, is never dated from the clock: its statements take the "
            "ingestion date, statements.statement_date_source = 'ingested')",
            WARNING,
            sample_columns=("published_problem", "source", "locator"),
        ),
        _flag_check(
            "published_readable",
            _published_flags,
            "a date the source gave is read whole and one way (partial or unreadable dates are "
            "null, an ambiguous day/month keeps its default reading; published_problem says "
            "which; never completed from the clock)",
            WARNING,
            sample_columns=("published_raw", "published_problem", "source"),
        ),
        _flag_check(
            "published_not_after_window",
            _published_flags,
            "no article is published after the end of the run's window",
            WARNING,
            sample_columns=("published_at", "published_raw", "source"),
        ),
        _flag_check(
            "published_not_absurdly_old",
            _published_flags,
            f"no article is published more than {MAX_AGE_YEARS} years before the run's window",
            WARNING,
            sample_columns=("published_at", "published_raw", "source"),
        ),
    ]


# ---------------------------------------------------------------------------------------------
# the lede


def _lede(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list[bool]]:
    values = df["lede_check"].tolist() if "lede_check" in df else [None] * len(df)
    return {"_lede_not_missing": [_na_safe(v) != "missing" for v in values]}


def lede_not_missing() -> Check:
    return _flag_check(
        "lede_not_missing",
        _lede,
        "no page's own signals (JSON-LD articleBody, description) say the beginning of its "
        "text is missing",
        WARNING,
        sample_columns=("url", "title"),
    )


# ---------------------------------------------------------------------------------------------
# statements anchored in their article


def _names(*values: Any) -> set[str]:
    out: set[str] = set()
    for value in values:
        value = _na_safe(value)
        if isinstance(value, str):
            out |= {w for w in _NAME.findall(value) if w not in _GENERIC}
    return out


def _countries(names: list[str], when, known: dict | None = None) -> set[str]:
    """The countries of the places and demonyms among ``names``; ``known``: a name's countries
    already looked up (filled as names are looked up: the actor tables answer the same for the
    same name and date)."""
    from parley.extract.actors import lookup_demonym, lookup_place

    out: set[str] = set()
    for name in names:
        if known is not None and name in known:
            out |= known[name]
            continue
        found: set[str] = set()
        for lookup in (lookup_place, lookup_demonym):
            try:
                actor = lookup(name, when)
            except Exception:  # a lookup problem must not fail the check itself
                actor = None
            if actor is not None and actor.country:
                found.add(actor.country)
        if known is not None:
            with contextlib.suppress(TypeError):  # an unhashable name is looked up each time
                known[name] = found
        out |= found
    return out


def _words(text: str) -> set[str]:
    """Content words of ``text``: lower-cased words of 5+ letters that are not function words,
    a final plural ``s`` dropped ("crossings" and "crossing" match)."""
    out = set()
    for w in _WORD.findall(text.lower()):
        if len(w) >= 5 and w not in _FUNCTION_WORDS:
            out.add(w[:-1] if w.endswith("s") and not w.endswith("ss") else w)
    return out


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, max(0, start)) + 1
    b = text.find("\n", end)
    return a, len(text) if b < 0 else b


_BODY_LINE = re.compile(r"[^\n]+")


class _Article:
    """One article as :func:`anchoring` reads it, cut into lines once for all its statements:
    each line's ``(start, end, reads_as_prose)``, the names and content words of each line (on
    first use), the title's names, the named entities and the line each lies inside.
    A line's names and words are those of the text slice ``text[start:end]``; a name or a word
    never crosses a line break, so the names of several lines are the union of theirs."""

    def __init__(
        self, text: str, title: str | None, entities: list[dict], known: dict | None = None
    ) -> None:
        self.text = text
        self.lines = [
            (m.start(), m.end(), len(m.group().split()) >= 8 or m.group().rstrip()[-1:] in '.!?"”’')
            for m in _BODY_LINE.finditer(text)
        ]
        self.title_names = _names(title)
        self.named = [e for e in entities if e.get("label") in _NAMED]
        self.known = {} if known is None else known  # a name's countries (see _countries)
        self._line_names: dict[int, set[str]] = {}
        self._line_words: dict[int, set[str]] = {}
        self._line_countries: dict[int, set[str]] = {}
        starts = [p for p, _, _ in self.lines]
        self.line_of: list[tuple[int, ...]] = []  # the lines each named entity lies inside
        for e in self.named:
            s, t = e["start_char"], e["end_char"]
            if isinstance(s, int) and isinstance(t, int) and s <= t:
                i = bisect.bisect_right(starts, s) - 1  # lines never overlap: one at most
                self.line_of.append((i,) if i >= 0 and t <= self.lines[i][1] else ())
            else:  # a malformed span: every line that holds it, as the rule reads
                self.line_of.append(
                    tuple(i for i, (p, q, _) in enumerate(self.lines) if p <= s and t <= q)
                )

    def names_of_line(self, i: int) -> set[str]:
        """The names of line ``i`` and of the canonical names of the named entities inside it."""
        if i not in self._line_names:
            p, q, _ = self.lines[i]
            self._line_names[i] = _names(
                self.text[p:q], *(e["canonical_name"] for e in self.entities_of_line(i))
            )
        return self._line_names[i]

    def countries_of_line(self, i: int) -> set[str]:
        """The countries of the named entities inside line ``i`` (:func:`_countries`)."""
        if i not in self._line_countries:
            names = [e["entity_text"] for e in self.entities_of_line(i)]
            self._line_countries[i] = _countries(names, None, self.known)
        return self._line_countries[i]

    def entities_of_line(self, i: int) -> list[dict]:
        return [e for e, js in zip(self.named, self.line_of, strict=True) if i in js]

    def words_of_line(self, i: int) -> set[str]:
        if i not in self._line_words:
            p, q, _ = self.lines[i]
            self._line_words[i] = _words(self.text[p:q])
        return self._line_words[i]

    def anchoring(self, statement: dict, quote: dict | None) -> bool | None:
        """:func:`anchoring` of one of this article's statements."""
        text = self.text
        quote = quote or {}
        own = [statement.get("statement_start"), statement.get("statement_end")]
        if any(_na_safe(s) is None for s in own):
            own = [quote.get("quote_start"), quote.get("quote_end")]  # before statement spans
        spans = [*own, quote.get("speaker_start"), quote.get("speaker_end")]
        spans = [int(s) for s in spans if _na_safe(s) is not None]
        if not spans:
            return None
        a, b = _paragraph(text, min(spans), max(spans))
        rest = [i for i, (p, q, prose) in enumerate(self.lines) if prose and (q <= a or p >= b)]
        if not rest:
            return None
        own_entities = [e for e in self.named if a <= e["start_char"] and e["end_char"] <= b]
        speaker_kind = _na_safe(statement.get("speaker_kind"))
        own_names = _names(
            *(statement.get("speaker"),) if speaker_kind != "description" else (),
            statement.get("target"),
            *(e["entity_text"] for e in own_entities),
        )
        when = None  # any period: a place's country does not depend on the article's date here
        own_countries = {
            c
            for c in (statement.get("speaker_country"), statement.get("target_country"))
            if _na_safe(c)
        } | _countries([e["entity_text"] for e in own_entities], when, self.known)
        if not own_names and not own_countries:
            return None
        # the rest's names: the title's, its lines' and those of the named entities inside them
        rest_names = self.title_names.union(*(self.names_of_line(i) for i in rest))
        if own_names & rest_names:
            return True
        if own_countries & set().union(*(self.countries_of_line(i) for i in rest)):
            return True
        own_words = _words(text[a:b])
        rest_words = set().union(*(self.words_of_line(i) for i in rest))
        return len(own_words & rest_words) >= SHARED_WORDS


def anchoring(
    statement: dict, quote: dict | None, text: str, title: str | None, entities: list[dict]
) -> bool | None:
    """Whether a statement shares a name or a country with the rest of its article (None: cannot
    be judged: no paragraph elsewhere, or nobody named in the statement's paragraph).

    The statement's paragraph is the line holding its words (``statement_start``/``statement_end``,
    else its quotation's) and its speaker; the rest is every
    other line that reads as prose (>= 8 words, or ending in sentence punctuation: a card's own
    headline does not anchor its summary) and the title. A statement is anchored when a name of
    its paragraph (its speaker, its target, the named entities there) occurs in the rest, or when
    a country of its paragraph (the actors' countries, places and demonyms named there) does, or
    when the paragraph shares :data:`SHARED_WORDS` content words (:func:`_words`) with the rest: a
    one-off speaker in the story's own paragraph still talks about the story's subject. Names are
    capitalised words other than titles and generic nouns (``_GENERIC``). (A day's statements
    are judged by :func:`_anchored`, which cuts each article into lines once.)"""
    return _Article(text, title, entities).anchoring(statement, quote)


# the columns anchoring reads, by table
_STATEMENT_COLUMNS = (
    "article_id",
    "quote_id",
    "statement_start",
    "statement_end",
    "speaker",
    "speaker_kind",
    "speaker_country",
    "target",
    "target_country",
)
_QUOTE_COLUMNS = ("quote_start", "quote_end", "speaker_start", "speaker_end")
_ENTITY_COLUMNS = ("label", "start_char", "end_char", "entity_text", "canonical_name")


def _records(df: pd.DataFrame, columns: tuple[str, ...]) -> list[dict]:
    """The rows of ``df`` as dicts of the given columns (those it has), values as
    ``DataFrame.to_dict("records")`` gives them to this module's readers (nulls are read through
    ``_na_safe``)."""
    present = [c for c in columns if c in df.columns]
    return (
        [
            dict(zip(present, values, strict=True))
            for values in zip(*(df[c].tolist() for c in present), strict=True)
        ]
        if present
        else [{} for _ in range(len(df))]
    )


def _anchored(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list]:
    """``_statement_anchored`` (:func:`anchoring`; None: not judged) and ``_anchoring_judged``
    for every statement of ``df``. Each article is cut into lines once for all its statements;
    a place's countries are looked up once per name."""
    quotes = inputs.tables.get("quotes")
    entities = inputs.tables.get("entities")
    articles = inputs.tables.get("articles")
    by_quote = {}
    if quotes is not None and len(quotes):
        by_quote = dict(
            zip(quotes["quote_id"].tolist(), _records(quotes, _QUOTE_COLUMNS), strict=True)
        )
    by_article: dict[str, list[dict]] = {}
    if entities is not None and len(entities):
        for aid, e in zip(
            entities["article_id"].tolist(), _records(entities, _ENTITY_COLUMNS), strict=True
        ):
            by_article.setdefault(aid, []).append(e)
    titles = {}
    if articles is not None and len(articles):
        titles = dict(zip(articles["article_id"], articles["title"], strict=True))
    known: dict = {}
    cut: dict[str, _Article] = {}
    ok, judged = [], []
    for row in _records(df, _STATEMENT_COLUMNS):
        aid = row.get("article_id")
        text = inputs.texts.get(aid)
        verdict = None
        if text is not None:
            article = cut.get(aid)
            if article is None:
                article = cut[aid] = _Article(
                    text, _na_safe(titles.get(aid)), by_article.get(aid, []), known
                )
            verdict = article.anchoring(row, by_quote.get(row.get("quote_id")))
        judged.append(verdict is not None)
        ok.append(verdict)  # None: not judged, which GX's mostly leaves out of the share
    return {"_statement_anchored": ok, "_anchoring_judged": judged}


def statement_anchored() -> Check:
    return _flag_check(
        "statement_anchored",
        _anchored,
        "a statement shares a name or a country with the rest of its article (a related-story "
        "card that leaked into the text shares nothing with it)",
        WARNING,
        sample_columns=("speaker", "target", "statement_type"),
        mostly=ANCHORED_SHARE,
    )


# ---------------------------------------------------------------------------------------------
# every input accounted for


# what every item a source offered became (source_days columns; a partition written before
# already_rejected existed reads it as null: 0)
ACCOUNTED = ("articles", "rejects", "already_ingested", "already_rejected")


def _accounted(df: pd.DataFrame, inputs: SuiteInputs) -> dict[str, list]:
    ok, gap = [], []
    for row in df.to_dict("records"):
        items = int(_na_safe(row.get("items")) or 0)
        out = sum(int(_na_safe(row.get(k)) or 0) for k in ACCOUNTED)
        ok.append(items == out)
        gap.append(items - out)
    return {"_items_accounted": ok, "_unaccounted": gap}


def items_accounted() -> Check:
    return _flag_check(
        "items_accounted",
        _accounted,
        "every input a source offered is an article, a reject with a reason, or already "
        "ingested or rejected on another date: items = articles + rejects + "
        "already_ingested + already_rejected",
        CRITICAL,
        sample_columns=(
            "source",
            "items",
            "articles",
            "rejects",
            "already_ingested",
            "already_rejected",
            "_unaccounted",
        ),
    )
