"""Markup: the text of a structured record's field that carries HTML ("<b>Lavrov</b> said").

A JSON record's ``text`` or ``title`` is plain text by contract, but exporters and scrapers often
leave the article's HTML in it, as RSS descriptions do; read as text, its tags end up inside the
entity and speaker names ("<b>Lavrov" said). :func:`markup_text` parses such a field with
``lxml.html`` (libxml2's HTML parser, the one trafilatura reads pages with, :mod:`.pages`) and
keeps the text of its nodes exactly as written: inline elements (``b``, ``a``, ``span``) leave
their text in place, block elements (``p``, ``div``, ``li``, ``h1``) and ``br`` become line
breaks, what is not text (``script``, ``style``, comments) goes. A field that holds no element
HTML defines (``<said>``, "A < B") is not markup and is returned unchanged.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field

# elements whose content is no text of the article
_NOT_TEXT = frozenset({"script", "style", "template", "noscript", "head", "title"})
# elements that end a line, beyond lxml's block tags (HTML5 sectioning, figures)
_MORE_BLOCKS = frozenset(
    {"article", "section", "header", "footer", "aside", "main", "nav", "figure", "figcaption"}
)
_INLINE_IN_BLOCK_TAGS = frozenset({"del", "ins"})  # lxml lists them as block tags
# private-use sentinels for the breaks the markup makes (never in a decoded field: the caller's
# text is checked for them first)
_PARA, _LINE = "\ue000", "\ue001"
_BREAKS = re.compile(f"[ \\t\\r\\n{_PARA}{_LINE}]*[{_PARA}{_LINE}][ \\t\\r\\n{_PARA}{_LINE}]*")


@dataclass
class Markup:
    """The text of a field read as HTML, and the element names taken out in order of first
    appearance (empty when the field was no markup and ``text`` is the field as given)."""

    text: str
    tags: list[str] = field(default_factory=list)
    elements: int = 0  # how many elements were taken out


@functools.cache
def _blocks() -> frozenset[str]:
    from lxml.html import defs

    return (frozenset(defs.block_tags) - _INLINE_IN_BLOCK_TAGS) | _MORE_BLOCKS


def markup_text(value: str, *, declared: bool = False) -> Markup:
    """``value`` read as an HTML fragment when it holds at least one element HTML defines
    (``lxml.html.defs.tags``), or always when ``declared`` (a feed's field its type says is
    HTML, where an unknown tag is still a tag and ``&amp;`` still a reference): the text of its nodes as written, character references decoded
    by the HTML parser, a block element's start and end a paragraph break (``\\n\\n``), a
    ``<br>`` a line break, whitespace around a break folded into it, the fragment's leading and
    trailing breaks dropped; ``script``/``style`` content and comments dropped. Otherwise
    ``Markup(value)``: the value exactly as given. Never raises."""
    if (not declared and "<" not in value) or _PARA in value or _LINE in value:
        return Markup(value)
    try:
        from lxml import etree
        from lxml.html import defs, fragment_fromstring

        root = fragment_fromstring(value, create_parent="div")
    except (ValueError, etree.ParserError):  # nothing parseable ("   "): no markup
        return Markup(html.unescape(value) if declared else value)
    known = defs.tags
    found = [e for e in root.iterdescendants() if isinstance(e.tag, str) and e.tag in known]
    if not found and not declared:
        return Markup(value)
    blocks = _blocks()
    parts: list[str] = [root.text or ""]
    # an element that opens right where another closed, no text between ("...Times</font>
    # <strong>View ...", without the line break) is another item: a space between them; an
    # element inside a word ("Lav<b>rov</b>") is not
    closed = False
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if el is root:
            continue
        if event in ("comment", "pi"):  # no text of the article, but its tail is
            parts.append(el.tail or "")
            closed = closed and not el.tail
            continue
        tag = el.tag
        if event == "start":
            if tag in _NOT_TEXT:
                walker.skip_subtree()  # its "end" event still comes, with its tail
                continue
            if tag == "br":
                parts.append(_LINE)
            elif tag in blocks:
                parts.append(_PARA)
            elif closed:
                parts.append(" ")
            parts.append(el.text or "")
            closed = False
        else:
            if tag in blocks:
                parts.append(_PARA)
            parts.append(el.tail or "")
            closed = not el.tail
    text = "".join(parts)

    def fold(m: re.Match[str]) -> str:
        run = m.group()
        if m.start() == 0 or m.end() == len(text):
            return ""
        return "\n\n" if _PARA in run or run.count(_LINE) > 1 else "\n"

    tags = list(dict.fromkeys(e.tag for e in found))
    return Markup(_BREAKS.sub(fold, text), tags, len(found))
