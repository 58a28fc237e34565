"""A lake day of hand-made statements for the tests of the SQL models (the warehouse marts, the
weekly marts): the rows every mart reads, filled."""

from __future__ import annotations

from parley import schema
from parley.extract.names import name_key


def day_of_statements(ds: str, statements: list[dict]) -> dict:
    """A lake day of ``statements`` (column values by name): one quote each, in an article of
    its own unless it names one (``article``, with the quote's ``quote_start`` and the
    ``cue_start`` of its reporting verb in it), every field the marts read filled."""

    row = schema.default_row
    articles, quotes, typed = [], [], []
    for i, s in enumerate(statements):
        s = dict(s)
        article_id, quote_id = s.pop("article", f"a{i}"), f"q{i}"
        start, cue_start = s.pop("quote_start", 10), s.pop("cue_start", None)
        duplicate_of = s.pop("duplicate_of", None)  # the article repeats another of the day
        published_at = s.pop("published_at", None)  # the article's date (None: undated)
        if article_id not in {a["article_id"] for a in articles}:
            articles.append(
                row("articles", article_id=article_id, content_hash=f"h{i}", source="wire",
                    title=f"Story {i}", url=f"https://example.org/{i}", text="x" * 200,
                    duplicate_of=duplicate_of, published_at=published_at)
            )  # fmt: skip
        quotes.append(
            row("quotes", quote_id=quote_id, article_id=article_id, kind="direct",
                quote_text=f"words {i}", quote_start=start, quote_end=start + 20,
                speaker=s["speaker"], cue="said", cue_start=cue_start, confidence=0.9)
        )  # fmt: skip
        # the person's name key as the extraction worker writes it (rows.statement_rows)
        person = s.get("speaker_kind") == "person"
        # the actor the speaker resolved to (default: the speaker as written; None: unresolved)
        actor, negated = s.pop("speaker_actor", s["speaker"]), s.pop("negated", False)
        weight = s.pop("weight", 0.0)
        typed.append(
            row("statements", article_id=article_id, quote_id=quote_id,
                speaker_actor=actor, cameo_code="010", weight=weight, negated=negated,
                topics=["ceasefire"], subject_terms=[], confidence=0.8,
                speaker_name_key=name_key(s["speaker"]) if person else None, **s)
        )  # fmt: skip
    return {
        "articles": schema.to_arrow("articles", articles),
        "quotes": schema.to_arrow("quotes", quotes),
        "statements": schema.to_arrow("statements", typed),
    }
