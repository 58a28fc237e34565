"""What an article's record says about who put it out, beside its text.

The ``articles`` table keeps each article's ``title``, ``author`` (the byline as the source wrote
it: "Antony J. Blinken, Secretary of State") and ``source`` (the record's own source name, "U.S.
Department of State (Office of the Spokesperson press releases)", else the configured source's).
Extraction reads them to know the document's own voice: the issuer of a press release, whose
"We condemn ..." names no speaker in the text
(:meth:`parley.extract.statements.context.DocContext.issuer_voice`). Kept free of heavy imports:
the runner sends it to its workers with each document.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArticleMeta:
    """An article's ``title``, ``author`` and ``source`` as the ``articles`` table holds them (each
    None when unknown)."""

    title: str | None = None
    author: str | None = None
    source: str | None = None

    def key(self) -> str:
        """The three fields as one string, for cache keys (fields joined by U+001F)."""
        return "\x1f".join(v or "" for v in (self.title, self.author, self.source))
