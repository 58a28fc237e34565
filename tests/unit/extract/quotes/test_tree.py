"""The parse as lists (:class:`parley.extract.quotes.tree.ParseTree`) and the quote engine on parses
no article has but an attacker or a broken feed can produce: the cost stays linear and nothing
recurses (issue 16: 40,000 repeated 'said' used to crash the interpreter)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from parley.extract.quotes import extract_quotes_with_warnings
from parley.extract.quotes.tree import ParseTree


def chain(n: int) -> Doc:
    """'said said said ...': each 'said' the clausal complement of the one before, as the parser
    reads a run of reporting verbs: a tree ``n`` levels deep."""
    words = ["said"] * n
    heads = [max(0, i - 1) for i in range(n)]
    deps = ["ROOT"] + ["ccomp"] * (n - 1)
    return Doc(
        Vocab(),
        words=words,
        heads=heads,
        deps=deps,
        pos=["VERB"] * n,
        lemmas=["say"] * n,
        tags=["VBD"] * n,
    )


def test_children_and_subtree_match_spacy(nlp):
    doc = nlp(
        "The minister, who arrived late, said the talks in Geneva would resume next week, "
        "adding that both sides had agreed."
    )
    tree = ParseTree(doc)
    for tok in doc:
        assert [t.i for t in tree.children(tok)] == [t.i for t in tok.children]
        assert [t.i for t in tree.subtree(tok)] == [t.i for t in tok.subtree]
        assert all(tree.descends(t.i, tok.i) for t in tok.subtree)


def test_subtree_stops_at_its_limit():
    tree = ParseTree(chain(50))
    assert tree.subtree(tree.doc[0], limit=10) is None
    assert [t.i for t in tree.subtree(tree.doc[40], limit=10)] == list(range(40, 50))
    assert not tree.descends(0, 40)


@pytest.mark.parametrize("n", [1_000, 50_000])
def test_a_chain_of_reports_thousands_deep_is_extracted_without_recursion(n):
    doc = chain(n)
    quotes, warnings = extract_quotes_with_warnings(doc)
    # a reported clause longer than any sentence is not a statement: only the innermost reports,
    # each within the clause bound, come out, so the output grows with the text, not its square
    assert all(q.end - q.start <= 300 * len("said ") for q in quotes)
    assert len(quotes) <= n
    text = doc.text  # once: Doc.text joins every token on each access
    assert all(text[q.start : q.end] == q.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the talks would resume.",
        "Talks resumed. The minister, who arrived late, said so on Friday.",
        "“We will not accept this,” the spokesman told reporters in Geneva.",
        "",  # no tokens: no heads
    ],
)
def test_heads_from_the_array_are_spacys_heads(nlp, text):
    doc = nlp(text)
    tree = ParseTree(doc)
    assert tree.heads == [t.head.i for t in doc]
    assert [tree.kids[t.i] for t in doc] == [[c.i for c in t.children] for t in doc]


def test_heads_of_a_doc_without_a_parse_are_the_tokens_themselves():
    doc = Doc(Vocab(), words=["no", "parse", "here"])
    assert ParseTree(doc).heads == [0, 1, 2]


@pytest.mark.parametrize(
    ("text", "spans", "inside"),
    [
        # a quotation's character span → the tokens it holds get its index, the others -1
        ('He said "we will go" today.', [(8, 20)], [-1, -1, 0, 0, 0, 0, 0, -1, -1]),
        ('"No," she said. "Yes."', [(0, 5), (16, 22)], [0, 0, 0, 0, -1, -1, -1, 1, 1, 1, 1]),
        ("Nothing quoted here.", [], [-1, -1, -1, -1]),
    ],
)
def test_tokens_inside_quotation_spans(nlp, text, spans, inside):
    from parley.extract.quotes.document import DocIndex

    doc = nlp(text)
    assert len(doc) == len(inside)
    assert DocIndex.of(doc, spans).tok_q == inside
