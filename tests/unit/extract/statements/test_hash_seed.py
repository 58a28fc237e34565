"""Statement rows do not depend on the process's string hash seed.

Python randomises ``str`` hashing per interpreter (``PYTHONHASHSEED``), so a set of strings
iterates in another order in every run; where a rule took the first of two equal matches from
such a set, a re-run of the same day gave other rows (a full-corpus DAG run: one statement in
25,421, "worried" typed CLAIM by ``claim:worry`` in one run and ``claim:worried`` in the next).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

# quotations where "worried" is a verb (lemma "worry") whose subject is another party: the
# content lexicon lists both the lemma and the form, so the token has two equal CLAIM matches
WORRIED = [
    '"Russia has worried about the new missiles for years," the minister said.',
    '"The Americans worried about losing influence," Russian President Vladimir Putin said.',
    '"Beijing has long worried that Taiwan will declare independence," the Japanese minister said.',
]

_RULES = """
import json, sys
from parley.extract import model, quotes, statements
nlp = model.load()
out = []
for text in json.loads(sys.argv[1]):
    doc = nlp(text)
    found, _ = statements.statements_for(doc, quotes.extract_quotes(doc), "2024-03-01")
    out.append([(s.statement_type, s.rule, s.evidence) for s in found])
print(json.dumps([list({"worry", "worried"}), out]))
"""


@pytest.mark.parametrize("text", WORRIED)
def test_a_lemma_and_form_both_listed_decide_by_the_lemma(typed, text):
    """Of a token's lemma and form, both in the content lexicon, the lemma's match is the one
    kept (it is tried first; :func:`parley.extract.statements.matching.best_match` keeps the
    first of equal matches)."""
    found = typed(text)
    assert [(s.statement_type, s.rule) for s in found] == [("CLAIM", "claim:worry")]


def test_two_hash_seeds_give_the_same_statements():
    """The same texts typed in two interpreters whose string hash seeds iterate the set
    {"worry", "worried"} in opposite orders give the same statements (type, rule, evidence)."""
    runs = []
    for seed in ("0", "1"):
        proc = subprocess.run(
            [sys.executable, "-c", _RULES, json.dumps(WORRIED)],
            capture_output=True,
            text=True,
            timeout=300,
            env=os.environ | {"PYTHONHASHSEED": seed},
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    (order_0, rows_0), (order_1, rows_1) = runs
    # the two seeds do order the set differently (else the test would prove nothing)
    assert order_0 != order_1
    assert rows_0 == rows_1
