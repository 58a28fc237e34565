"""The text-fidelity and accounting checks, run by real Great Expectations: a clean partition
passes each of them; a partition corrupted the way issue 12's and 16's reports describe fails
exactly the check named for each corruption, with the failing rows shown."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parley import quality, schema
from parley.dates import window_for_date
from parley.quality.fidelity import anchoring
from parley.settings import get_settings

DAY = "2025-02-28"
T0 = datetime(2025, 2, 28, tzinfo=UTC)
TITLE = "Malawi opens talks with donors over debt relief"
TEXT = (
    "Malawi's finance minister Simplex Chithyola Banda said on Friday that the government had "
    "opened talks with its main creditors on restructuring about 1 billion dollars of debt.\n"
    '"We are asking our partners for time, not for charity," Banda told parliament in '
    "Lilongwe.\n"
    "Banda said the talks with China, India and a group of private lenders were expected to "
    "last several months.\n"
    "Iran warns it will strike back\n"
    "Tehran said on Thursday that it would respond to any attack on its nuclear sites."
)
FIDELITY = {
    ("articles", "mojibake_free"),
    ("articles", "published_given"),
    ("articles", "published_readable"),
    ("articles", "published_not_after_window"),
    ("articles", "published_not_absurdly_old"),
    ("articles", "lede_not_missing"),
    ("quotes", "mojibake_free"),
    ("statements", "mojibake_free"),
    ("statements", "statement_anchored"),
    ("source_days", "items_accounted"),
    ("source_days", "source_read"),
}


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _entity(i: int, part: str, label: str) -> dict:
    s, e = _span(part)
    return {
        "entity_id": f"e{i}",
        "article_id": "a1",
        "entity_text": part,
        "label": label,
        "canonical_name": part,
        "start_char": s,
        "end_char": e,
        "sentence_index": 0,
    }


def _tables(article=None, quote=None, statement=None, source_day=None, leak=False):
    article = {
        "article_id": "a1",
        "source": "wire",
        "source_type": "rss",
        "locator": "https://wire.example/malawi",
        "title": TITLE,
        "published_at": datetime(2025, 2, 28, 9, tzinfo=UTC),
        "published_raw": "Fri, 28 Feb 2025 09:00:00 +0000",
        "ingested_at": T0,
        "text": TEXT,
        "content_hash": "h1",
        "summary_only": False,
        "n_chars": len(TEXT),
        "replaced_chars": 0,
        "mojibake_repaired": False,
        "lede_check": "present",
    } | (article or {})
    q_part = "the talks with China, India and a group of private lenders were expected to last"
    speaker = "Banda"
    if leak:
        q_part, speaker = "it would respond to any attack on its nuclear sites", "Tehran"
    qs, qe = _span(q_part)
    ss = TEXT.index("Tehran said") if leak else TEXT.index("Banda said the talks")
    quote = {
        "quote_id": "q1",
        "article_id": "a1",
        "kind": "indirect",
        "quote_text": q_part,
        "quote_start": qs,
        "quote_end": qe,
        "speaker": "Simplex Chithyola Banda" if not leak else "Tehran",
        "speaker_mention": speaker,
        "speaker_start": ss,
        "speaker_end": ss + len(speaker),
        "speaker_role": "finance minister" if not leak else None,
        "rule": "test",
        "confidence": 0.7,
    } | (quote or {})
    row = {
        "statement_id": "s1",
        "article_id": "a1",
        "quote_id": "q1",
        "speaker": quote["speaker"],
        "speaker_kind": "person" if not leak else "seat",
        "speaker_country": None if not leak else "IR",
        "statement_type": "STATEMENT",
        "cameo_code": "010",
        "weight": 0.0,
        "negated": False,
        "subject_terms": [],
        "topics": [],
        "rule": "test",
        "confidence": 0.5,
    } | (statement or {})
    entities = [
        _entity(1, "Malawi", "GPE"),
        _entity(2, "Simplex Chithyola Banda", "PERSON"),
        _entity(3, "Lilongwe", "GPE"),
        _entity(4, "China", "GPE"),
        _entity(5, "India", "GPE"),
        _entity(6, "Iran", "GPE"),
        _entity(7, "Tehran", "GPE"),
    ]
    day = {
        "source_day_id": "d1",
        "source": "wire",
        "source_type": "rss",
        "status": "ok",
        "items": 3,
        "articles": 1,
        "rejects": 2,
        "already_ingested": 0,
        "skipped": 0,
    } | (source_day or {})
    return {
        "articles": schema.to_arrow("articles", [article]),
        "quotes": schema.to_arrow("quotes", [quote]),
        "entities": schema.to_arrow("entities", entities),
        "statements": schema.to_arrow("statements", [row]),
        "source_days": schema.to_arrow("source_days", [day]),
    }


def _failed(tables, attempt: str) -> dict[tuple[str, str], quality.CheckResult]:
    report = quality.validate(DAY, tables, get_settings(), attempt=attempt, ranges={})
    return {(r.table, r.check): r for r in report.results if not r.success}


def _fidelity_failures(tables, attempt: str) -> dict[tuple[str, str], quality.CheckResult]:
    return {k: v for k, v in _failed(tables, attempt).items() if k in FIDELITY}


def _merge(*parts: dict) -> dict:
    """One partition holding the rows of several (their keys made distinct by the caller)."""
    import pyarrow as pa

    return {t: pa.concat_tables([p[t] for p in parts if t in p]) for t in parts[0]}


def _variant(n: int, **kw) -> dict:
    """A copy of the clean partition with every key suffixed by ``n`` and ``kw`` applied."""
    tables = _tables(**kw)
    out = {}
    for table, data in tables.items():
        rows = data.to_pylist()
        for row in rows:
            for key in ("article_id", "quote_id", "statement_id", "entity_id", "source_day_id"):
                if row.get(key):
                    row[key] = f"{row[key]}-{n}"
            if table == "articles":
                row["content_hash"] = f"h{n}"
        out[table] = schema.to_arrow(table, rows)
    return out


@pytest.mark.slow
def test_each_fidelity_check_passes_clean_and_fails_on_its_corruption(data_dir):
    clean = _merge(_variant(0), _variant(1, leak=False))
    assert _fidelity_failures(clean, "clean") == {}

    corrupted = _merge(
        _variant(0),
        _variant(
            1,
            article={
                "title": "ErdoÄŸan warns Athens",
                "text": TEXT.replace("charity", "chÃ¢ity"),  # same length: offsets hold,
            },
            quote={"speaker": "Erdo\ufffd\ufffdan", "speaker_role": "PrÃ©sident"},
            statement={"speaker": "Simplex Chithyola Banda", "speaker_role": "JosÃ© Albares"},
        ),
        # one replaced stray byte is a counted replacement in a text, not mojibake; in a name
        # or a title it is a lost letter (a Latin-1 file read as UTF-8)
        _variant(
            2,
            article={"text": TEXT.replace("1 billion", "1 \ufffd billion"), "replaced_chars": 1},
            quote={"speaker": "Jos\ufffd Manuel Albares"},
        ),
        _variant(3, article={"published_at": datetime(2025, 3, 5, tzinfo=UTC)}),
        _variant(4, article={"published_at": datetime(1970, 1, 1, tzinfo=UTC)}),
        _variant(
            5,
            article={
                "published_at": None,
                "published_raw": "Feb 2025",
                "published_problem": "partial",
            },
        ),
        _variant(6, article={"lede_check": "missing", "title": "Jos\ufffd Albares warns Malawi"}),
        # a statement from a leaked related-story card: Tehran in a story about Malawi's debt
        _variant(7, leak=True),
        # two inputs vanished; and (fresh12) a source that gave no date at all: its statements
        # fall back to the ingestion date, which the gate must say; and (fresh14) a source that
        # could not be read (a misspelt PARLEY_INBOX): the day said "Quality: passed"
        _variant(
            8,
            source_day={
                "items": 5,
                "status": "failed",
                "detail": "inbox-missing: folder /tmp/nope does not exist",
            },
            article={"published_at": None, "published_raw": None, "published_problem": "missing"},
        ),
    )
    failed = _fidelity_failures(corrupted, "corrupted")
    assert set(failed) == FIDELITY

    def rows(table: str, check: str) -> set[str]:
        result = failed[(table, check)]
        keys = {r[schema.KEYS[table]] for r in result.sample}
        assert result.unexpected_count == len(keys)
        return keys

    assert rows("articles", "mojibake_free") == {"a1-1", "a1-6"}
    shown = {r["_mojibake_at"] for r in failed[("articles", "mojibake_free")].sample}
    assert any(s.startswith("title: …ErdoÄŸan") for s in shown)
    assert any(s.startswith("title: …Jos\ufffd Albares") for s in shown)
    assert rows("quotes", "mojibake_free") == {"q1-1", "q1-2"}
    assert rows("statements", "mojibake_free") == {"s1-1", "s1-2"}  # s1-2: its quote's speaker
    assert rows("articles", "published_not_after_window") == {"a1-3"}
    assert rows("articles", "published_not_absurdly_old") == {"a1-4"}
    assert rows("articles", "published_readable") == {"a1-5"}
    assert rows("articles", "published_given") == {"a1-8"}  # a1-5's partial date was given
    assert rows("articles", "lede_not_missing") == {"a1-6"}
    assert rows("statements", "statement_anchored") == {"s1-7"}
    assert failed[("statements", "statement_anchored")].sample[0]["speaker"] == "Tehran"
    assert rows("source_days", "items_accounted") == {"d1-8"}
    assert failed[("source_days", "items_accounted")].sample[0]["_unaccounted"] == 2
    assert rows("source_days", "source_read") == {"d1-8"}
    assert failed[("source_days", "source_read")].sample[0]["detail"].startswith("inbox-missing")
    severities = {k: r.severity for k, r in failed.items()}
    assert severities.pop(("source_days", "items_accounted")) == "critical"
    assert set(severities.values()) == {"warning"}


def test_anchoring_rules_on_the_14b_kind_of_leak():
    def statement(speaker, kind="person", country=None, target=None):
        return {
            "speaker": speaker,
            "speaker_kind": kind,
            "speaker_country": country,
            "target": target,
        }

    ents = [
        _entity(i, p, "GPE")
        for i, p in enumerate(["Malawi", "Lilongwe", "China", "India", "Iran", "Tehran"])
    ]
    leak_q = dict(
        zip(("quote_start", "quote_end"), _span("it would respond to any attack"), strict=True)
    )
    assert anchoring(statement("Tehran", "seat", "IR"), leak_q, TEXT, TITLE, ents) is False
    body_q = dict(zip(("quote_start", "quote_end"), _span("the talks with China"), strict=True))
    assert anchoring(statement("Simplex Chithyola Banda"), body_q, TEXT, TITLE, ents) is True
    # a statement's own clause places it (not the quotation's span, here in an anchored line)
    own = _span("it would respond to any attack")
    leak = dict(zip(("statement_start", "statement_end"), own, strict=True))
    assert anchoring(statement("Tehran", "seat", "IR") | leak, body_q, TEXT, TITLE, ents) is False
    assert anchoring(statement("Tehran", "seat", "IR"), body_q, TEXT, TITLE, ents) is True
    # a generic speaker with nobody named in its paragraph cannot be judged
    plain = (
        "Economists said prices would rise.\nThe minister spoke to parliament on Friday at length."
    )
    q = {"quote_start": 17, "quote_end": 33}
    assert anchoring(statement("Economists", "description"), q, plain, None, []) is None
    # a one-paragraph article has no rest to compare with
    assert (
        anchoring(
            statement("Tehran", "seat", "IR"),
            {"quote_start": 0, "quote_end": 5},
            "Tehran said so.",
            None,
            [],
        )
        is None
    )


def test_a_days_statements_are_judged_as_one_by_one_whatever_their_order():
    """The day-level derivation cuts each article into lines once for all its statements: every
    verdict is the one ``anchoring`` gives the statement alone, for statements of two articles
    interleaved, a country found only through a demonym, an entity with a malformed span and a
    statement that cannot be judged."""
    import pandas as pd

    from parley.quality.checks import SuiteInputs
    from parley.quality.fidelity import _anchored

    other = (
        "Chilean officials met their Peruvian counterparts in Lima on Tuesday.\n"
        "Peru said the border crossings would reopen next week after the floods.\n"
        "Santiago welcomed the decision and said trade would resume quickly."
    )
    texts = {"a1": TEXT, "a2": other}
    ents = [_entity(i, p, "GPE") for i, p in enumerate(["Malawi", "China", "Iran", "Tehran"])]
    ents += [
        {**_entity(9, "Banda", "PERSON"), "start_char": 40, "end_char": 30},  # malformed
        {**_entity(8, "India", "ORG")},  # not a named label anchoring reads
    ]
    ents = [e | {"article_id": "a1"} for e in ents]
    for i, word in enumerate(["Chilean", "Peruvian", "Lima", "Peru", "Santiago"]):
        s = other.index(word)
        ents.append(
            {"entity_id": f"o{i}", "article_id": "a2", "entity_text": word, "canonical_name": word}
            | {"label": "NORP" if word.endswith("n") else "GPE", "start_char": s}
            | {"end_char": s + len(word), "sentence_index": 0}
        )

    def span_of(text, part):
        s = text.index(part)
        return s, s + len(part)

    statements, quotes = [], []
    cases = [
        ("a1", "it would respond to any attack", "Tehran", "seat", "IR"),
        ("a2", "the border crossings would reopen", "Peru", "country", None),
        ("a1", "the talks with China", "Simplex Chithyola Banda", "person", None),
        ("a2", "trade would resume quickly", "Santiago", "seat", None),
        ("a1", "We are asking our partners for time", "Economists", "description", None),
        ("a2", "met their Peruvian counterparts", "Chilean officials", "description", None),
        ("a1", "about 1 billion dollars of debt", None, None, None),
    ]
    for k, (aid, part, speaker, kind, country) in enumerate(cases):
        qs, qe = span_of(texts[aid], part)
        quotes.append({"quote_id": f"q{k}", "quote_start": qs, "quote_end": qe})
        quotes[-1] |= {"speaker_start": None, "speaker_end": None}
        statements.append(
            {"statement_id": f"s{k}", "article_id": aid, "quote_id": f"q{k}", "speaker": speaker}
            | {"speaker_kind": kind, "speaker_country": country, "target": None}
            | {"target_country": None, "statement_start": None, "statement_end": None}
        )
    titles = {"a1": TITLE, "a2": None}
    inputs = SuiteInputs(
        ds=DAY,
        tables={
            "quotes": pd.DataFrame(quotes),
            "entities": pd.DataFrame(ents),
            "articles": pd.DataFrame({"article_id": ["a1", "a2"], "title": [TITLE, None]}),
        },
        settings=get_settings(),
        texts=texts,
    )
    out = _anchored(pd.DataFrame(statements), inputs)
    alone = [
        anchoring(
            s,
            quotes[k],
            texts[s["article_id"]],
            titles[s["article_id"]],
            [e for e in ents if e["article_id"] == s["article_id"]],
        )
        for k, s in enumerate(statements)
    ]
    assert out["_statement_anchored"] == alone
    assert out["_anchoring_judged"] == [v is not None for v in alone]
    assert alone[0] is False and alone[2] is True  # the leak and the story's own statement
    assert alone[4] is None  # nobody named in a description's paragraph
    assert len(set(alone)) == 3


def test_an_invisible_character_in_a_name_is_flagged_and_kept_in_the_text():
    """A zero-width space, a soft hyphen or a bidi control the source put inside a name is kept
    in the article's text (as the source gave it), and the extractor's speaker then holds it:
    ``Blin\u200bken`` is another speaker than ``Blinken`` in every mart. The gate names the rows
    (as a lost letter); a Persian name's ZWNJ and an emoji's ZWJ spell and stay clean."""
    tables = _merge(
        _variant(0),
        _variant(
            1,
            article={"text": TEXT.replace("charity", "char\u200bty")},  # same length: offsets hold
            quote={"speaker": "Simplex Chithyola\u200b Banda"},
            statement={"speaker": "Simplex\u00adChithyola Banda"},
        ),
        _variant(2, quote={"speaker": "Banda\u202c"}, statement={"speaker": "\u200eBanda"}),
        _variant(3, quote={"speaker": "\u0645\u06cc\u200c\u0634\u0648\u062f"}),  # ZWNJ
    )
    failed = _fidelity_failures(tables, "invisible")
    assert set(failed) == {("quotes", "mojibake_free"), ("statements", "mojibake_free")}
    assert {r["quote_id"] for r in failed[("quotes", "mojibake_free")].sample} == {"q1-1", "q1-2"}
    shown = {r["_mojibake_at"] for r in failed[("quotes", "mojibake_free")].sample}
    assert "speaker: …mplex Chithyola<U+200B> Banda…" in shown


def test_ascii_text_never_shows_mojibake_so_the_check_skips_its_scan():
    """mojibake_free does not scan pure-ASCII values: that is exact only while every sign it
    looks for needs a non-ASCII character. Checked on the installed ftfy's character classes
    and on ASCII strings written to look like the bad sequences."""
    import random
    import re

    from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

    from parley.ingest.decode import mojibake_excerpt

    for name, chars in MOJIBAKE_CATEGORIES.items():
        cls = re.compile(f"[{chars}]")
        assert not [chr(i) for i in range(128) if cls.match(chr(i))], name
    ascii_chars = [chr(i) for i in range(128)]
    assert not any(
        BADNESS_RE.search(a + b + c) for a in ascii_chars for b in ascii_chars for c in "Aa -.\n"
    )
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice(ascii_chars) for _ in range(rng.randint(1, 60)))
        assert mojibake_excerpt(text) is None
    assert mojibake_excerpt("ErdoÄŸan") is not None  # the same scan still sees the real thing


@pytest.mark.slow
@pytest.mark.parametrize(
    ("statuses", "severity"),
    [
        (["ok", "failed"], "warning"),  # one dead source of several: the day is still worth it
        (["empty", "failed"], "warning"),  # read, nothing new: read all the same
        (["failed"], "critical"),  # nothing could be read: an empty day, not published
        (["failed", "failed"], "critical"),
    ],
)
def test_source_read_is_critical_only_when_no_source_was_read(data_dir, statuses, severity):
    """A day where no configured source could be read published empty, "passed with 1
    warning": ``source_read``'s severity is the day's, critical when every source failed."""
    failed_day = {"status": "failed", "detail": "inbox-missing: folder /tmp/nope does not exist"}
    tables = _merge(
        *(
            _variant(i, source_day=failed_day if s == "failed" else {"status": s})
            for i, s in enumerate(statuses)
        )
    )
    result = _failed(tables, "sources")[("source_days", "source_read")]
    assert result.severity == severity
    assert result.unexpected_count == statuses.count("failed")


LEFT = [  # (a source's text, what one level of decoding leaves, whether a reference is left)
    ("Lunch at Caf&amp;eacute; Lilongwe.", "Caf&eacute;", True),  # a named reference, twice
    ("the communiqu&amp;#233; said", "communiqu&#233;", True),  # a decimal one
    ("the communiqu&amp;#xE9; said", "communiqu&#xE9;", True),  # a hexadecimal one
    ("shares of AT&amp;amp;T fell", "AT&amp;T", True),  # '&' itself, three times
    ("Lunch at Caf&eacute; Lilongwe.", "Café", False),  # encoded once: decoded, clean
    ("S&P and AT&T &notes &foo; &amp c", "&foo;", False),  # a bare &, no ';', an undefined name
]


@pytest.mark.parametrize(("source", "stored", "left"), LEFT)
def test_leftover_reference_is_what_one_level_of_decoding_leaves(source, stored, left):
    from parley.ingest.decode import character_references, leftover_reference

    text, _, _ = character_references(source)  # what ingest stores (one level)
    assert stored in text
    excerpt = leftover_reference(text)
    assert (excerpt is not None) is left
    if left:
        assert stored in excerpt


@pytest.mark.slow
def test_a_doubly_encoded_reference_from_a_real_inbox_file_is_flagged_not_changed(tmp_path):
    """An inbox JSON Lines file whose text and title encode characters twice, read by the real
    folder ingest: the stored text keeps the reference one level of decoding leaves (never
    silently changed), and the gate names exactly those articles with the reference shown."""
    import json

    from parley.ingest.articles import PublishedIndex, build_articles
    from parley.ingest.folder import read_folder
    from parley.ingest.records import RawArticle, SourceTally
    from parley.ingest.sources import Source

    lines = [
        {"id": "twice", "title": TITLE, "text": TEXT + " Lunch at Caf&amp;eacute; Lilongwe."},
        {"id": "title", "title": "Malawi&amp;#8217;s debt talks", "text": TEXT + " Again."},
        {"id": "once", "title": TITLE, "text": TEXT + " Lunch at Caf&eacute; Lilongwe."},
        {"id": "bare", "title": TITLE, "text": TEXT + " S&P and AT&T &foo; say."},
    ]
    (tmp_path / "wire.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    found = read_folder(Source(name="inbox", type="folder", path=tmp_path), SourceTally())
    raws = [x for x in found if isinstance(x, RawArticle)]
    rows, bad = build_articles(raws, window_for_date(DAY), PublishedIndex())
    assert len(rows) == 4 and not bad
    by_text = {r["text"][len(TEXT) :]: r for r in rows}
    assert set(by_text) == {
        " Lunch at Caf&eacute; Lilongwe.",
        " Again.",
        " Lunch at Café Lilongwe.",
        " S&P and AT&T &foo; say.",
    }
    variants = []
    for n, row in enumerate(rows):
        article = {k: row[k] for k in ("title", "text", "n_chars")}
        variants.append((_variant(n, article=article), row))
    failed = _fidelity_failures(_merge(*(v for v, _ in variants)), "references")
    assert set(failed) == {("articles", "mojibake_free")}
    flagged = {
        r["article_id"]: r["_mojibake_at"] for r in failed[("articles", "mojibake_free")].sample
    }
    want = {
        f"a1-{n}"
        for n, (_, row) in enumerate(variants)
        if "&eacute;" in row["text"] or "&#8217;" in row["title"]
    }
    assert set(flagged) == want and len(want) == 2
    shown = set(flagged.values())
    assert "text: HTML character reference left: …s. Lunch at Caf&eacute; Lilongwe.…" in shown
    assert any(s.startswith("title: HTML character reference left: …Malawi&#8217;s") for s in shown)
