"""Named entities with canonical names.

spaCy's small model finds the mentions; canonicalisation is per document: a one-word person
mention takes the longest full name in the same article that ends with it (``Putin`` →
``Vladimir Putin``), and a one-word ORG/GPE mention that is the surname of a person named in the
article is relabelled PERSON (the small model tags "Trump" as ORG in places).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley import ids, schema

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEEP_LABELS = frozenset(schema.ENTITY_LABELS)
_STRIP = " \t\n'’\"“”"


def _clean(text: str) -> str:
    text = text.strip(_STRIP)
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip(_STRIP)


def extract_entities(doc: Doc, article_id: str) -> list[dict]:
    """Entity rows (schema ``entities``) for one parsed article."""
    ents = [e for e in doc.ents if e.label_ in KEEP_LABELS and _clean(e.text)]
    full_names: dict[str, str] = {}
    for ent in ents:
        name = _clean(ent.text)
        if ent.label_ == "PERSON" and " " in name:
            last = name.split()[-1]
            if len(name) > len(full_names.get(last, "")):
                full_names[last] = name
    sent_starts = [s.start_char for s in doc.sents]
    rows = []
    sent_i = 0
    for ent in ents:
        name = _clean(ent.text)
        label = ent.label_
        canonical = name
        if " " not in name and name in full_names:
            canonical = full_names[name]
            label = "PERSON"
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
