"""A page's tree around trafilatura: recirculation widgets out before extraction, the lede back in
after it.

**Recirculation** (related stories, "Also read", "More on this story") sits inside article bodies
and its one-line summaries read like news: "Tehran said on Thursday that it would respond to any
attack" becomes a statement by Iran in a story about Malawi's debt. Before trafilatura sees the
tree, :func:`drop_recirculation` removes

* **cards**: a block (``div``, ``li``, ``article``, ``section``, ``aside``) with no text of its
  own whose content is a *linked heading* (a heading that is all link, or a link) and exactly one
  short summary line — the shape of a teaser for another page, whatever its class names;
* **recirculation blocks**: a container whose first heading is a recirculation heading
  (``data/ingest/recirculation_headings.csv``: "Also read", "Related", "More on this story" …)
  and whose other text is mostly links, or which is left with nothing but its heading once its
  cards are gone.

The tree must be trafilatura's own (``trafilatura.load_html``): given a tree parsed by
``lxml.html.fromstring`` it cuts paragraphs short.

**Lede recovery.** trafilatura drops blocks whose class says ``teaser`` (its
``TEASER_DISCARD_XPATH``), and its main-body choice can start below a standfirst; some pages put
their first paragraphs exactly there. :func:`recover_lede` compares the extracted text with what
the page itself says its beginning is — the first paragraphs of the ``<article>`` (or ``<main>``)
that holds the extracted text, ``og:description``/``description``, JSON-LD ``articleBody`` — and
puts back the body-like paragraphs that come before the extracted text, block by block, when a
block is evidently the story's own beginning (it shares content words with the headline or the
description, or JSON-LD ``articleBody`` starts with it).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from parley import datafiles

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
CARD_BLOCKS = ("div", "li", "article", "section", "aside")
SUMMARY_MAX_CHARS = 320
HEADING_MAX_CHARS = 200
LINKED_SHARE = 0.9  # a heading is "linked" when this share of its text is link text
LINK_LIST_SHARE = (
    0.8  # a recirculation block's text besides its heading is at least this much links
)
MIN_LEDE_WORDS = 8
SHARED_WORDS = 2  # content words a recovered block shares with the headline or description

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…]['\"’”»)\]]*$")
_NOT_BODY = re.compile(
    r"byline|author|caption|credit|share|social|related|promo|newsletter|subscribe|advert|"
    r"\bads?\b|breadcrumb|\btags?\b|footer|comment|dateline|timestamp|toolbar",
    re.I,
)
_NOT_BODY_TAGS = {"header", "nav", "aside", "footer", "figure", "figcaption", "form", "button"}
STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "are",
        "that",
        "this",
        "it",
        "its",
        "his",
        "her",
        "their",
        "they",
        "he",
        "she",
        "we",
        "you",
        "not",
        "no",
        "said",
        "says",
        "will",
        "would",
        "could",
        "should",
        "has",
        "have",
        "had",
        "after",
        "before",
        "over",
        "about",
        "into",
        "than",
        "then",
        "there",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "while",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "also",
        "just",
    ]
)


def text_of(el) -> str:
    return _WS.sub(" ", el.text_content()).strip()


def _link_chars(el) -> int:
    return sum(len(text_of(a)) for a in el.iter("a"))


def _children(el) -> list:
    return [k for k in el if isinstance(k.tag, str)]


def _has_own_text(el) -> bool:
    return bool((el.text or "").strip()) or any((k.tail or "").strip() for k in el)


def _linked_heading(el) -> bool:
    t = text_of(el)
    if not t or len(t) > HEADING_MAX_CHARS:
        return False
    if el.tag == "a":
        return True
    return el.tag in HEADINGS and _link_chars(el) >= LINKED_SHARE * len(t)


def is_card(el) -> bool:
    """A linked heading plus exactly one short summary line, and nothing else of substance."""
    if el.tag not in CARD_BLOCKS or _has_own_text(el):
        return False
    kids = [k for k in _children(el) if text_of(k)]
    if not 2 <= len(kids) <= 3 or not _linked_heading(kids[0]):
        return False
    rest = kids[1:]
    if any(k.tag not in ("p", "div", "span", "time") for k in rest):
        return False
    lengths = [len(text_of(k)) for k in rest]
    summaries = [n for n in lengths if n > 40]
    return len(summaries) == 1 and max(lengths) <= SUMMARY_MAX_CHARS


def _remove(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


@dataclass
class Cleanup:
    cards: int = 0
    blocks: int = 0
    removed: list[str] = field(default_factory=list)  # first words of what went, for the log

    def note(self) -> str | None:
        parts = []
        if self.cards:
            parts.append(f"{self.cards} recirculation card(s)")
        if self.blocks:
            parts.append(f"{self.blocks} recirculation block(s)")
        return ("dropped " + " and ".join(parts)) if parts else None


@lru_cache(maxsize=1)
def recirculation_headings() -> re.Pattern:
    """A pattern matching a heading that opens a recirculation block (the data file's rows, at
    the start of the heading, case-insensitive)."""
    words = sorted(
        (r["heading"] for r in datafiles.rows("ingest/recirculation_headings.csv")),
        key=len,
        reverse=True,
    )
    return re.compile(
        r"^\W*(?:" + "|".join(re.escape(w).replace("\\ ", r"\s+") for w in words) + r")\b", re.I
    )


def drop_recirculation(tree, headings: re.Pattern | None = None) -> Cleanup:
    """Remove cards and recirculation blocks from ``tree`` in place (see the module doc);
    ``headings`` defaults to :func:`recirculation_headings`."""
    headings = headings or recirculation_headings()
    out = Cleanup()
    emptied = set()
    for el in [e for e in tree.iter(*CARD_BLOCKS) if is_card(e)]:
        if el.getparent() is None:
            continue
        emptied.add(el.getparent())
        out.cards += 1
        out.removed.append(text_of(el)[:60])
        _remove(el)
    for el in list(tree.iter("section", "aside", "div", "ul", "ol", "nav")):
        if el.getparent() is None:
            continue
        heads = [k for k in _children(el) if k.tag in HEADINGS]
        if not heads:
            continue
        t = text_of(el)
        head_chars = sum(len(text_of(h)) for h in heads)
        rest = len(t) - head_chars
        rest_links = _link_chars(el) - sum(_link_chars(h) for h in heads)
        titled = bool(headings.match(text_of(heads[0]).replace("\u2019", "'")))
        if (titled and (rest <= 0 or rest_links >= LINK_LIST_SHARE * rest)) or (
            el in emptied and rest <= 0
        ):
            out.blocks += 1
            out.removed.append(t[:60])
            _remove(el)
    return out


# ---------------------------------------------------------------------------------------------
# the lede


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in STOPWORDS}


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def containment(needle: str, haystack: str) -> float:
    """Share of ``needle``'s words that occur in ``haystack`` (0 when it has none)."""
    words = _WORD.findall(needle.lower())
    if not words:
        return 0.0
    hay = set(_WORD.findall(haystack.lower()))
    return sum(w in hay for w in words) / len(words)


def body_like(p) -> bool:
    """A paragraph that reads as article prose, not chrome."""
    t = text_of(p)
    if len(t.split()) < MIN_LEDE_WORDS or not _SENTENCE_END.search(t):
        return False
    if _link_chars(p) > 0.5 * len(t):
        return False
    for el in (p, *p.iterancestors()):
        if el.tag in _NOT_BODY_TAGS:
            return False
        if _NOT_BODY.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return False
    return True


@dataclass(frozen=True)
class Signals:
    description: str | None = None  # og:description, twitter:description or description
    article_body: str | None = None  # JSON-LD articleBody
    headline: str = ""  # <title>, og:title and the container's h1


def json_ld_value(tree, key: str) -> str | None:
    """The first non-blank string under ``key`` in the page's JSON-LD blocks
    (``<script type="application/ld+json">``, in page order; within a block depth first, a node's
    own key before its children), stripped; None when no block has one. A block that is not JSON
    (or nested too deep to parse) is passed over."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                value = node.get(key)
                if isinstance(value, str) and value.strip():
                    return value.strip()
                stack.extend(v for v in node.values() if isinstance(v, (list, dict)))
    return None


def marks_an_article(tree) -> bool:
    """Whether the page says it holds an article: an ``<article>`` or ``<main>`` element with
    text, a JSON-LD ``articleBody``, or ``og:type`` ``article`` (the Open Graph protocol's type
    for news articles). A navigation, consent or subscription page says none of these."""
    if json_ld_value(tree, "articleBody"):
        return True
    kinds = tree.xpath("//meta[@property='og:type']/@content")
    if any(k.strip().lower() == "article" for k in kinds if isinstance(k, str)):
        return True
    return any(text_of(el).strip() for el in tree.xpath("//article | //main"))


def signals(tree) -> Signals:
    description = None
    for xp in (
        "//meta[@property='og:description']/@content",
        "//meta[@name='twitter:description']/@content",
        "//meta[@name='description']/@content",
    ):
        found = [v.strip() for v in tree.xpath(xp) if v and v.strip()]
        if found:
            description = found[0]
            break
    body = json_ld_value(tree, "articleBody")
    headline = " ".join(
        [*tree.xpath("//title/text()"), *tree.xpath("//meta[@property='og:title']/@content")]
    )
    return Signals(description, body, headline)


@dataclass(frozen=True)
class Lede:
    text: str
    check: str | None  # None (nothing to compare with) | present | recovered | missing
    note: str | None = None


def recover_lede(tree, text: str) -> Lede:
    """Compare ``text`` (trafilatura's) with the page's own signals and put back a missing lede."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    have = {_key(ln) for ln in lines}
    sig = signals(tree)
    containers = tree.xpath("//article") or tree.xpath("//main")
    if not containers or not lines:
        return Lede(text, None)
    box = max(containers, key=lambda c: sum(_key(text_of(p)) in have for p in c.iter("p")))
    paragraphs = list(box.iter("p"))
    first = next((i for i, p in enumerate(paragraphs) if _key(text_of(p)) in have), None)
    if first is None:
        return Lede(text, None)
    keys = content_words(sig.headline) | content_words(" ".join(text_of(h) for h in box.iter("h1")))
    keys |= content_words(sig.description or "")
    lead_body = sig.article_body[:400] if sig.article_body else ""
    blocks: dict = {}
    for p in paragraphs[:first]:
        if body_like(p) and _key(text_of(p)) not in have:
            blocks.setdefault(p.getparent(), []).append(p)
    recovered: list[str] = []
    for ps in blocks.values():  # in document order; from the first evident block on, every
        evident = recovered or any(  # block up to the extracted text is the missing run
            len(content_words(text_of(p)) & keys) >= SHARED_WORDS
            or (lead_body and containment(text_of(p), lead_body) >= 0.8)
            for p in ps
        )
        if evident:
            recovered += [text_of(p) for p in ps]
    if recovered:
        return Lede(
            "\n".join([*recovered, text]),
            "recovered",
            f"lede recovered: {len(recovered)} paragraph(s) of the article before the extracted "
            "text (dropped by the extractor)",
        )
    if sig.article_body:
        first_sentence = re.split(r"(?<=[.!?])\s", sig.article_body, maxsplit=1)[0]
        if containment(first_sentence, text) < 0.5:
            return Lede(text, "missing")
    if not blocks:  # no prose before the extracted text: it starts where the article does
        return Lede(text, "present")
    if sig.description:
        return Lede(text, "present" if containment(sig.description, text) >= 0.5 else "missing")
    return Lede(text, None)  # prose before the text that is not evidently the lede: can't tell


def strip_heading_lines(tree, text: str, title: str | None) -> tuple[str, int]:
    """``text`` without its leading lines that are the page's headline or header chrome (the
    title, an ``h1``, a kicker or byline inside the article's ``<header>``): the title is a field,
    not the first sentence. Returns (text, lines removed)."""
    heads = {_key(title or "")}
    for el in tree.xpath("//h1 | //article//header//*[not(*)] | //article//header"):
        heads.add(_key(text_of(el)))
    heads.discard("")
    lines = text.split("\n")
    n = 0
    while n < len(lines) - 1 and (not lines[n].strip() or _key(lines[n]) in heads):
        n += 1
    removed = sum(1 for ln in lines[:n] if ln.strip())
    return "\n".join(lines[n:]), removed
