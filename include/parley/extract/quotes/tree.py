"""The dependency parse as plain lists, built once per document, so rules walk it in linear time.

spaCy's ``Token.children``/``lefts``/``rights`` scan the token's whole left/right edge range on every
call and ``Token.subtree`` is a recursive generator, so walking a deep parse (a long chain of
reported clauses) costs quadratic time and can overflow the C stack. ``doc.text`` joins every token
on each access. This index reads each token's head once and answers the same questions from lists:
children in order, bounded iterative subtrees, ancestry checks with a depth limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import HEAD

from parley.extract.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_DEPTH = 64  # ancestor walks stop here (a real noun phrase or clause is far shallower)


class ParseTree:
    """Children lists, the entity of each token and the text of one parsed ``Doc``, built in one
    pass over the heads. Each method costs what it returns (``subtree``: at most ``limit``)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        n = len(doc)
        # ``HEAD`` is each head's offset from its token, read in one array (``tok.head`` makes
        # two Token objects per token); the unsigned array holds negative offsets wrapped
        offsets = doc.to_array(HEAD).view("int64").tolist() if n else []
        self.heads = [i + off for i, off in enumerate(offsets)]
        self.kids: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(self.heads):
            if h != i:
                self.kids[h].append(i)  # tokens come in order: each list is sorted
        # subtree sizes, from the leaves up (breadth-first order from the roots, reversed): a
        # subtree past its limit is refused before it is walked
        order = [i for i in range(n) if self.heads[i] == i]
        k = 0
        while k < len(order):
            order.extend(self.kids[order[k]])
            k += 1
        self.sizes = [1] * n
        for i in reversed(order):
            if self.heads[i] != i:
                self.sizes[self.heads[i]] += self.sizes[i]
        # the entity spans in text order, read once: each ``Doc.ents`` access makes a Token per
        # token of the document
        self.ent_spans: tuple[Span, ...] = doc.ents
        self.ents: list[Span | None] = [None] * n
        for ent in self.ent_spans:
            for i in range(ent.start, ent.end):
                self.ents[i] = ent

    def children(self, tok: Token) -> list[Token]:
        """The token's children, left to right (``Token.children`` without its edge scan)."""
        doc = self.doc
        return [doc[i] for i in self.kids[tok.i]]

    def lefts(self, tok: Token) -> list[Token]:
        """The children left of the token."""
        doc = self.doc
        return [doc[i] for i in self.kids[tok.i] if i < tok.i]

    def rights(self, tok: Token) -> list[Token]:
        """The children right of the token."""
        doc = self.doc
        return [doc[i] for i in self.kids[tok.i] if i > tok.i]

    def subtree_ids(self, tok: Token | int, limit: int | None = None) -> list[int] | None:
        """Indices of ``tok`` and all its descendants, sorted; ``None`` when there are more than
        ``limit`` of them (the walk stops there, so its cost is bounded by ``limit``)."""
        root = tok if isinstance(tok, int) else tok.i
        if limit is not None and self.sizes[root] > limit:
            return None
        out = [root]
        stack = [root]
        kids = self.kids
        while stack:
            for k in kids[stack.pop()]:
                out.append(k)
                stack.append(k)
                if limit is not None and len(out) > limit:
                    return None
        out.sort()
        return out

    def subtree(self, tok: Token, limit: int | None = None) -> list[Token] | None:
        """``tok`` and its descendants in text order, or ``None`` past ``limit`` tokens."""
        ids = self.subtree_ids(tok, limit)
        if ids is None:
            return None
        doc = self.doc
        return [doc[i] for i in ids]

    def descends(self, i: int, ancestor: int, max_depth: int = MAX_DEPTH) -> bool:
        """Token ``i`` is ``ancestor`` or lies below it (within ``max_depth`` steps)."""
        heads = self.heads
        for _ in range(max_depth):
            if i == ancestor:
                return True
            h = heads[i]
            if h == i:
                return False
            i = h
        return False
