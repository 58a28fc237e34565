"""What the statement layer costs on top of parsing and quote extraction.

``python -m tools.bench_statements [--corpus PATH.jsonl] [--limit N]``

Parses N articles once (``nlp.pipe``), then times, per document, ``quotes.extract_quotes`` and
``statements.statements_for`` (actor resolution, typing, targets) separately, so the number is the
statement layer's own cost. Default corpus: ``../shared/corpus/articles/bbc_news_2004_2005.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from parley.extract import model as nlp
from parley.extract import quotes, statements
from parley.extract.statements.rules import rules
from parley.settings import get_settings


def run(corpus: Path, limit: int) -> dict:
    texts = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if len(texts) >= limit:
                break
            rec = json.loads(line)
            if rec.get("text"):
                texts.append(rec["text"])
    pipeline = nlp.load()
    rules()  # load the rule tables outside the timing
    t0 = time.perf_counter()
    docs = [doc for doc, _ in nlp.pipe(((t, None) for t in texts), pipeline)]
    t_parse = time.perf_counter() - t0
    t_quotes = t_statements = 0.0
    n_quotes = n_statements = 0
    for doc in docs:
        t0 = time.perf_counter()
        found = quotes.extract_quotes(doc)
        t1 = time.perf_counter()
        typed, _ = statements.statements_for(doc, found, None)
        t2 = time.perf_counter()
        t_quotes += t1 - t0
        t_statements += t2 - t1
        n_quotes += len(found)
        n_statements += len(typed)
    words = sum(len(d) for d in docs)
    return {
        "documents": len(docs),
        "tokens": words,
        "quotes": n_quotes,
        "statements": n_statements,
        "parse_s": round(t_parse, 2),
        "quotes_s": round(t_quotes, 2),
        "statements_s": round(t_statements, 2),
        "statements_ms_per_doc": round(1000 * t_statements / max(len(docs), 1), 2),
        "statements_share_of_extract": round(t_statements / (t_parse + t_quotes + t_statements), 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench_statements")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args(argv)
    corpus = args.corpus or (
        get_settings().shared_dir / "corpus" / "articles" / "bbc_news_2004_2005.jsonl"
    )
    if not corpus.exists():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 1
    print(json.dumps(run(corpus, args.limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
