"""Table schemas and vocabularies: the one definition of every table Parley writes to the lake,
and of the values its label columns may take.

The lake writer casts to these schemas (so an empty day still has typed columns), validation checks
against them, and the warehouse views read them. Adding a column means adding it here.
Offsets are Python string indices (code points) into ``articles.text``; ``*_end`` is exclusive.
"""

from __future__ import annotations

import pyarrow as pa

TS = pa.timestamp("us", tz="UTC")

ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),  # stable: hash of source, locator and content
        ("source", pa.string()),  # configured source name (e.g. "inbox")
        ("source_type", pa.string()),  # file | rss | atom | pages
        ("locator", pa.string()),  # where it came from: file path (relative to the inbox) or URL
        # the address as the source gave it (provenance): a page's URL, a feed item's link
        # (resolved against the feed's address when written relative); null for inbox files
        ("url", pa.string()),
        # not provenance but the key URL duplicates are found by (ingest.dedup.canonical_url of the
        # page's <link rel=canonical> or og:url, else of url): http and https as one (https),
        # host lower-case without www./amp./m., AMP paths and tracking parameters dropped
        ("canonical_url", pa.string()),
        ("title", pa.string()),
        ("published_at", TS),
        ("ingested_at", TS),  # the logical time of the run that ingested it (deterministic)
        ("language", pa.string()),
        ("license", pa.string()),
        ("text", pa.string()),
        ("content_hash", pa.string()),  # sha256 of the normalised text
        ("duplicate_of", pa.string()),  # article_id of the original; null for an original
        ("summary_only", pa.bool_()),
        ("n_chars", pa.int64()),
        # appended after the first release, so older readers keep their column positions
        ("author", pa.string()),
        ("language_confidence", pa.float64()),  # detector probability; null = declared/unknown
        ("duplicate_kind", pa.string()),  # url | exact | near; null for an original
        ("duplicate_similarity", pa.float64()),  # estimated Jaccard (near), 1.0 (exact)
        ("summary_reason", pa.string()),  # why the page text is missing (summary_only rows)
        # text fidelity (issue 12): how the text and its date came in, so nothing is silent
        ("published_raw", pa.string()),  # the date as the source wrote it (numbers as text)
        # partial | unreadable | out-of-range (date is null) | ambiguous (day/month undecided)
        ("published_problem", pa.string()),
        ("encoding", pa.string()),  # the codec the bytes were decoded with (utf-8, cp1252, ...)
        ("replaced_chars", pa.int64()),  # invalid bytes / lone surrogates replaced by U+FFFD
        ("mojibake_repaired", pa.bool_()),  # UTF-8-read-as-cp1252 sequences undone (ftfy)
        ("lede_check", pa.string()),  # pages: present | recovered | missing; null: no signal
        ("ingest_notes", pa.string()),  # what ingest changed or noticed, in words ("; "-joined)
        # the text's MinHash signature (ingest.dedup.pack: 128 uint32 LE, 512 bytes; null: too
        # short): what a later date's ingest links its near-duplicates by
        ("minhash", pa.binary()),
        # the states ("state:FR", ISO 3166-1 alpha-2) and persons ("person:manalo", a surname)
        # the text names (ingest.dedup.parties), sorted: two near-duplicate texts that name
        # different ones are not linked (templated items about different countries); null in
        # partitions written before it
        ("parties", pa.list_(pa.string())),
    ]
)

ENTITIES = pa.schema(
    [
        ("entity_id", pa.string()),
        ("article_id", pa.string()),
        ("entity_text", pa.string()),  # as written
        ("label", pa.string()),  # spaCy label, corrected where rules know better
        ("canonical_name", pa.string()),  # "Putin" -> "Vladimir Putin"
        ("start_char", pa.int64()),
        ("end_char", pa.int64()),
        ("sentence_index", pa.int64()),
    ]
)

QUOTES = pa.schema(
    [
        ("quote_id", pa.string()),  # stable: hash of article_id and the quote's offsets
        ("article_id", pa.string()),
        ("kind", pa.string()),  # direct | indirect
        ("quote_text", pa.string()),
        ("quote_start", pa.int64()),
        ("quote_end", pa.int64()),
        ("speaker", pa.string()),  # resolved, canonical name; null when unknown
        ("speaker_mention", pa.string()),  # the speaker as written near the quote ("he", "Peskov")
        ("speaker_start", pa.int64()),
        ("speaker_end", pa.int64()),
        ("speaker_role", pa.string()),  # "Kremlin spokesperson"
        ("speaker_country", pa.string()),  # ISO 3166 alpha-2 if known
        ("unattributed_reason", pa.string()),  # why speaker is null (null when attributed)
        ("cue", pa.string()),  # reporting verb or phrase as written ("told", "according to")
        ("cue_start", pa.int64()),
        ("cue_end", pa.int64()),
        ("sentence_index", pa.int64()),
        ("rule", pa.string()),  # which rule produced the quote
        ("confidence", pa.float64()),  # in [0, 1]
        ("model", pa.string()),  # spaCy pipeline name and version
    ]
)

STATEMENTS = pa.schema(
    [
        ("statement_id", pa.string()),  # stable: hash of article_id and the statement's offsets
        ("article_id", pa.string()),
        # the quote it types: one statement per attributed quote, or one per reported clause of
        # a quote that coordinates several ('said A and that B')
        ("quote_id", pa.string()),
        ("statement_start", pa.int64()),  # the statement's clause in the article text (the
        ("statement_end", pa.int64()),  # quote's span when the quote is one clause)
        ("statement_text", pa.string()),
        # as the quote engine resolved it ("Dmitry Peskov", "the Kremlin")
        ("speaker", pa.string()),
        ("speaker_actor", pa.string()),  # canonical actor name ("Kremlin")
        # person | country | institution | seat | io | description ...
        ("speaker_kind", pa.string()),
        # a person's "surname|given names|initials|suffixes" (names.name_key): how the marts
        # match one person's names across a day's articles; null for other kinds and for a bare
        # surname. Partitions written before it read null; the statements mart then computes it
        # with the same function (person_name_key, registered by storage.warehouse)
        ("speaker_name_key", pa.string()),
        ("speaker_role", pa.string()),  # "Kremlin spokesperson" (actor table, else the text)
        ("speaker_country", pa.string()),  # ISO 3166 alpha-2 (SU/DD/CS for former states)
        ("speaker_org", pa.string()),
        ("speaker_sector", pa.string()),  # government | military | diplomatic | opposition | ...
        ("speaker_qid", pa.string()),  # Wikidata QID where known
        ("speaker_evidence", pa.string()),  # actor-table | title | institution | description ...
        ("statement_type", pa.string()),  # one of STATEMENT_TYPES
        ("cameo_code", pa.string()),  # CAMEO event code, e.g. "120"
        ("plover_category", pa.string()),  # PLOVER category; null where PLOVER has none
        ("weight", pa.float64()),  # Goldstein-like cooperation (+) / conflict (-) weight, -10..10
        ("negated", pa.bool_()),  # the deciding predicate was negated and the label does not say so
        ("target", pa.string()),  # canonical actor the statement is aimed at / about
        ("target_kind", pa.string()),
        ("target_country", pa.string()),  # ISO 3166 alpha-2; null for IOs and regions
        ("target_countries", pa.list_(pa.string())),  # every target state ("both Koreas": KR, KP)
        ("target_org", pa.string()),
        ("target_qid", pa.string()),
        ("target_mention", pa.string()),  # the target as written (null when inferred)
        ("target_start", pa.int64()),
        ("target_end", pa.int64()),
        ("subject", pa.string()),  # what it is about, as short noun phrases
        ("subject_terms", pa.list_(pa.string())),  # noun lemmas (for matching disputes)
        ("topics", pa.list_(pa.string())),  # topics from data/statements/subject_topics.csv
        ("responds_to", pa.string()),  # actor whose words this answers
        ("responds_to_quote_id", pa.string()),  # the quote it answers, when known
        ("cue_lemma", pa.string()),
        ("rule", pa.string()),  # which rule decided the type
        ("evidence", pa.string()),  # the words that decided it
        ("confidence", pa.float64()),  # in [0, 1]
        # appended: every state of a joint speaker ("France and Germany said": FR, DE), the first
        # being speaker_country (STATEMENTS_GUIDE: two states speaking jointly, the first is
        # speaker_country); [speaker_country] for one speaker, [] without one. Partitions written
        # before it read null
        ("speaker_countries", pa.list_(pa.string())),
    ]
)

REJECTS = pa.schema(
    [
        ("reject_id", pa.string()),
        ("source", pa.string()),
        ("locator", pa.string()),
        ("stage", pa.string()),  # ingest | fetch | extract
        ("reason", pa.string()),  # short machine-readable reason, e.g. "undecodable"
        ("detail", pa.string()),  # human-readable explanation
        ("excerpt", pa.string()),  # first bytes of the input, made printable
        ("rejected_at", TS),
        # appended: sha256 (hex) of the input's bytes — a file, or one line of a JSON Lines
        # file — where the input was read; null where nothing was read (a dangling link, a
        # fetch that failed, extraction). (source, locator, input_hash) is what a later date
        # recognises as already rejected (source_days.already_rejected), not quarantined again
        ("input_hash", pa.string()),
    ]
)

# One row per configured source per date: what the source gave that day (completeness).
SOURCE_DAYS = pa.schema(
    [
        ("source_day_id", pa.string()),  # stable: hash of source and date
        ("source", pa.string()),  # configured source name
        ("source_type", pa.string()),  # file | rss | atom | pages
        ("country", pa.string()),  # outlet metadata from sources.yaml
        ("language", pa.string()),
        ("status", pa.string()),  # ok | empty | not-modified | failed
        ("requests", pa.int64()),  # HTTP requests sent when the date was fetched
        ("not_modified", pa.int64()),  # 304 answers to conditional GETs
        ("fetch_errors", pa.int64()),  # responses that were errors (page or feed)
        ("bytes", pa.int64()),  # body bytes received
        ("items", pa.int64()),  # inputs offered: feed items, page URLs, files/records
        ("articles", pa.int64()),  # rows written to articles (originals + duplicates)
        ("originals", pa.int64()),
        ("duplicates", pa.int64()),
        ("summary_only", pa.int64()),
        ("non_english", pa.int64()),
        ("rejects", pa.int64()),  # item-level rejects; items = articles + rejects + already_*
        ("source_errors", pa.int64()),  # source-level failures (feed unreachable, unsafe, ...)
        ("already_ingested", pa.int64()),  # items published under another date, not re-ingested
        ("detail", pa.string()),  # errors and warnings, human-readable
        # appended (issue 16): entries a source held that are not inputs, e.g. hidden files,
        # notices, linked folders, feed items over limits.max_items, a JSON Lines file's blank
        # lines; by reason in ``detail``
        ("skipped", pa.int64()),
        # appended: inputs rejected on another date, unchanged since (same source, locator
        # and rejects.input_hash): not quarantined again; items = articles + rejects +
        # already_ingested + already_rejected
        ("already_rejected", pa.int64()),
    ]
)

# One row per check of one validation attempt of one partition; written by the validate stage
# whether the partition passed or not (it is the record of a failure, so it is never gated).
QUALITY_RUNS = pa.schema(
    [
        ("run_date", pa.date32()),  # the partition date that was validated
        ("attempt", pa.string()),  # fingerprint of the staged data: same data, same attempt
        ("validated_at", TS),  # wall-clock time of the validation
        ("table_name", pa.string()),  # articles | entities | quotes | rejects | article_stats | …
        ("check_name", pa.string()),  # Parley's name for the check, e.g. "quote_matches_text"
        ("expectation", pa.string()),  # the GX expectation type
        ("column_name", pa.string()),
        ("severity", pa.string()),  # critical | warning
        ("success", pa.bool_()),
        ("unexpected_count", pa.int64()),
        ("element_count", pa.int64()),
        ("observed_value", pa.string()),  # for table-level expectations (a mean, a type)
        ("failing_rows", pa.string()),  # JSON: a few failing rows (key and the columns checked)
        ("description", pa.string()),  # what the check protects, in one sentence
        ("partition_passed", pa.bool_()),  # no critical failure in this attempt: it was publishable
    ]
)

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "entities": ENTITIES,
    "quotes": QUOTES,
    "rejects": REJECTS,
    "source_days": SOURCE_DAYS,
    "quality_runs": QUALITY_RUNS,
    "statements": STATEMENTS,
}

KEYS: dict[str, str] = {
    "articles": "article_id",
    "entities": "entity_id",
    "quotes": "quote_id",
    "rejects": "reject_id",
    "source_days": "source_day_id",
    "statements": "statement_id",
}

QUOTE_KINDS = ("direct", "indirect")
SOURCE_TYPES = ("file", "rss", "atom", "pages")  # articles.source_type
REJECT_STAGES = ("ingest", "fetch", "extract")  # rejects.stage
# rejects.reason of an article that extraction quarantined (stage "extract"): a rule raised, the
# document overran its CPU-time budget, its worker process crashed, or it ran out of memory
EXTRACTION_FAILURES = (
    "extraction-error",
    "extraction-timeout",
    "extraction-crash",
    "extraction-memory",
)
SOURCE_DAY_STATUSES = ("ok", "empty", "not-modified", "failed")  # source_days.status
# articles.published_problem; "ambiguous" keeps its date (the default reading; ingest.published);
# "missing": the source gave no date (the statements are dated by the ingestion date)
PUBLISHED_PROBLEMS = ("partial", "unreadable", "out-of-range", "ambiguous", "missing")
LEDE_CHECKS = ("present", "recovered", "missing")  # articles.lede_check
# entities.label: the spaCy labels Parley keeps (people, organisations, places, groups, events, laws)
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW")
STATEMENT_TYPES = (
    "STATEMENT",
    "CLAIM",
    "DENY",
    "DECLINE_COMMENT",
    "DISPUTE",
    "ACCUSE",
    "APPEAL",
    "WARN",
    "THREATEN",
    "REJECT",
    "SUPPORT",
    "INTENT",
    "CONCEDE",
)
PLOVER_CATEGORIES = (
    "AGREE",
    "REQUEST",
    "SUPPORT",
    "CONCEDE",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "SANCTION",  # announced coercive measures (CAMEO 16: sanctions, cut aid, break relations)
    "COERCE",  # announced administrative sanctions and expulsions (CAMEO 172, 174)
)


# ---------------------------------------------------------------------------------------------
# weekly marts: published to the lake by the statements_weekly DAG (parley.digest.weekly), one
# partition per ISO week (dt = the week's Monday); computed by sql/weekly/<table>.sql.

_WEEK = [
    ("week_start", pa.date32()),  # the Monday of the ISO week of the ingestion date dt
    ("iso_week", pa.string()),  # "2025-W09"
]
_TONE_AND_TYPES = [
    ("n_statements", pa.int64()),
    ("cooperation_conflict_score", pa.float64()),  # mean weight, -10 conflict .. +10 cooperation
    ("n_conflictual", pa.int64()),  # weight < 0
    ("n_cooperative", pa.int64()),  # weight > 0
    *[(f"n_{label.lower()}", pa.int64()) for label in STATEMENT_TYPES],
]
_WEEK_OVER_WEEK = [
    ("prev_n_statements", pa.int64()),  # the same key's week before; null when it had none
    ("prev_score", pa.float64()),
    ("change_n_statements", pa.int64()),  # this week minus the week before (0 before = null)
    ("change_score", pa.float64()),
]

PAIR_WEEKS = pa.schema(
    [
        *_WEEK,
        ("speaker_party", pa.string()),
        ("target_party", pa.string()),
        ("is_domestic", pa.bool_()),
        *_TONE_AND_TYPES,
        *_WEEK_OVER_WEEK,
        ("is_new_pair", pa.bool_()),  # no statement of this pair in any earlier week
        (
            "n_disputes",
            pa.int64(),
        ),  # disputes this week by a speaker of the first party of one of the second
        ("n_new_disputes", pa.int64()),  # of which the two speakers never disputed before this week
        ("n_speakers", pa.int64()),  # distinct speakers (sql/weekly/macros.sql speaker_id)
        ("n_articles", pa.int64()),
    ]
)

SPEAKER_WEEKS = pa.schema(
    [
        *_WEEK,
        ("speaker", pa.string()),  # the resolved actor when known, else the name as quoted
        ("speaker_country", pa.string()),
        ("speaker_role", pa.string()),
        *_TONE_AND_TYPES,
        *_WEEK_OVER_WEEK,
        ("n_disputes", pa.int64()),  # disputes this week raised by the speaker
        ("n_new_disputes", pa.int64()),  # of which against someone they never disputed before
        ("n_disputed", pa.int64()),  # times the speaker's statements were disputed this week
        ("targets", pa.string()),  # the week's most frequent targets, "NATO 3, Ukraine 2"
        ("n_articles", pa.int64()),
        # the speakers the row stands for (sql/weekly/macros.sql speaker_id): 1 for an actor, the
        # articles quoting it for a description or unresolved speaker ("leaders")
        ("n_speakers", pa.int64()),
    ]
)

WEEKLY_TABLES: dict[str, pa.Schema] = {"pair_weeks": PAIR_WEEKS, "speaker_weeks": SPEAKER_WEEKS}
# every table the lake holds: the daily ones (published by news_daily) and the weekly marts
LAKE_TABLES: dict[str, pa.Schema] = {**TABLES, **WEEKLY_TABLES}


def empty(table: str) -> pa.Table:
    """An empty table with the schema of ``table``."""
    return LAKE_TABLES[table].empty_table()


def default_row(table: str, **values) -> dict:
    """One row of ``table`` (column name → value) with every column at its type's default —
    0 for integers, 0.0 for floats, False for booleans, [] for lists, None for text, dates and
    the rest — and ``values`` over it: a row built for a test or a placeholder names only the
    columns it means. Raises ``KeyError`` for an unknown table and ``ValueError`` for a value
    whose column ``table`` does not have."""
    schema = LAKE_TABLES[table]
    extra = set(values) - set(schema.names)
    if extra:
        raise ValueError(f"{table}: unknown columns {sorted(extra)}")
    return {field.name: _default(field.type) for field in schema} | values


def _default(kind: pa.DataType) -> object:
    if pa.types.is_integer(kind):
        return 0
    if pa.types.is_floating(kind):
        return 0.0
    if pa.types.is_boolean(kind):
        return False
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return []
    return None


def to_arrow(table: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) to an Arrow table with exactly the schema of ``table``; unknown keys are an error."""
    schema = LAKE_TABLES[table]
    names = set(schema.names)
    for row in rows[:1]:
        extra = set(row) - names
        if extra:
            raise ValueError(f"{table}: unknown columns {sorted(extra)}")
    cols = {name: [row.get(name) for row in rows] for name in schema.names}
    return pa.table(cols, schema=schema)
