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
from parley.extract.names import ORG_LABELS, PersonNames, clean

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEEP_LABELS = frozenset(schema.ENTITY_LABELS)


def extract_entities(doc: Doc, article_id: str) -> list[dict]:
    """Entity rows (schema ``entities``) for one parsed article. A person's ``canonical_name`` is
    the fullest form of the name in the article (:class:`parley.extract.names.PersonNames`, the
    same resolver the quotes and actors use: "J. Blinken" and "Blinken" → "Antony J. Blinken"; a
    surname several people share means the one named most often up to that mention); a one-word
    ORG/GPE/NORP mention that is the surname of a person named in the article is relabelled
    PERSON (the small model tags "Trump" as ORG in places)."""
    ents = [e for e in doc.ents if e.label_ in KEEP_LABELS and clean(e.text)]
    names = PersonNames.for_doc(doc)
    sent_starts = [s.start_char for s in doc.sents]
    rows = []
    sent_i = 0
    for ent in ents:
        name = clean(ent.text)
        label = ent.label_
        canonical = name
        if label == "PERSON":
            canonical = names.canonical(name, ent.start_char)
        elif len(ent) == 1 and label in ORG_LABELS and names.is_person(name):
            canonical, label = names.canonical(name, ent.start_char), "PERSON"
        while sent_i + 1 < len(sent_starts) and sent_starts[sent_i + 1] <= ent.start_char:
            sent_i += 1
        rows.append(
            {
                "entity_id": ids.entity_id(article_id, ent.start_char, ent.end_char, label),
                "article_id": article_id,
                "entity_text": ent.text,
                "label": label,
                "canonical_name": canonical,
                "start_char": ent.start_char,
                "end_char": ent.end_char,
                "sentence_index": sent_i,
            }
        )
    return rows
