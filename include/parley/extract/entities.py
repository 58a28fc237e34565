"""Named entities with canonical names.

spaCy's small model finds the mentions; people are named per document by the one canonical-name
resolver the quotes and actors share (:mod:`parley.extract.names`): every form of a person's name
takes the fullest form the article uses (``Putin`` → ``Vladimir Putin``, ``J. Blinken`` →
``Antony J. Blinken``), and a one-word ORG/GPE mention that is the surname of a person named in
the article is relabelled PERSON (the small model tags "Trump" as ORG in places).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley import ids, schema
from parley.characters import invisible_at
from parley.extract.names import ORG_LABELS, PersonNames, clean, dateline_cut

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEEP_LABELS = frozenset(schema.ENTITY_LABELS)

# punctuation that ends a clause, never a name: trimmed from an entity's end with the invisible
# characters beside it ("Ned Price:\u200e", one token to spaCy's tokenizer)
_TRAILING = frozenset(",;:")


def _edges(text: str) -> tuple[int, int]:
    """(first, end) of ``text`` without the invisible characters (:mod:`parley.characters`:
    format and control characters) and white space at either edge, nor the ``,``/``;``/``:``
    at its end: what of a token-aligned entity span is the name. Falls back to the whole span
    when nothing would be left."""
    start, end = 0, len(text)
    while end > start and (
        text[end - 1].isspace() or text[end - 1] in _TRAILING or invisible_at(text[end - 1]) == 0
    ):
        end -= 1
    while start < end and (text[start].isspace() or invisible_at(text[start]) == 0):
        start += 1
    return (start, end) if end > start else (0, len(text))


def extract_entities(doc: Doc, article_id: str) -> list[dict]:
    """Entity rows (schema ``entities``) for one parsed article. A person's ``canonical_name`` is
    the fullest form of the name in the article (:class:`parley.extract.names.PersonNames`, the
    same resolver the quotes and actors use: "J. Blinken" and "Blinken" → "Antony J. Blinken"; a
    surname several people share means the one named most often up to that mention); a one-word
    ORG/GPE/NORP mention that is the surname of a person named in the article is relabelled
    PERSON (the small model tags "Trump" as ORG in places). ``entity_text``, ``start_char`` and
    ``end_char`` leave out what spaCy's token-aligned span holds at its edges that is no part of
    a name (:func:`_edges`: "Ned Price:\u200e" is "Ned Price"), so an invisible character there
    is not published as part of the entity. A news dateline the model took into an entity is
    no part of it (:func:`parley.extract.names.dateline_cut`): "HAVANA - Castro" is the entity
    "Castro", "CLEVELAND - Donald Trump" (ORG) the person "Donald Trump" when the article names
    him as one."""
    # each kept entity with its text, joined once (``Span.text`` joins its tokens on each access)
    ents = [(e, text) for e in doc.ents if e.label_ in KEEP_LABELS and clean(text := e.text)]
    names = PersonNames.for_doc(doc)
    sent_starts = [s.start_char for s in doc.sents]
    rows = []
    sent_i = 0
    for ent, text in ents:
        label = ent.label_
        kept = dateline_cut(list(ent))
        dated = len(kept) < len(ent)
        if dated:
            ent = doc[kept[0].i : kept[-1].i + 1]
            text = ent.text
        name = clean(text)
        canonical = name
        if label == "PERSON":
            canonical = names.canonical(name, ent.start_char)
        elif (len(ent) == 1 or dated) and label in ORG_LABELS and names.is_person(name):
            canonical, label = names.canonical(name, ent.start_char), "PERSON"
        while sent_i + 1 < len(sent_starts) and sent_starts[sent_i + 1] <= ent.start_char:
            sent_i += 1
        first, end = _edges(text)
        start_char, end_char = ent.start_char + first, ent.start_char + end
        rows.append(
            {
                "entity_id": ids.entity_id(article_id, start_char, end_char, label),
                "article_id": article_id,
                "entity_text": text[first:end],
                "label": label,
                "canonical_name": canonical,
                "start_char": start_char,
                "end_char": end_char,
                "sentence_index": sent_i,
            }
        )
    return rows
