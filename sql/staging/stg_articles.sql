-- stg_articles: one row per ingested article (originals and linked duplicates), all dates.
-- Reads the published lake; `dt` is the ingestion partition. `duplicate_kind` says how a copy was
-- matched to its original (url | exact | near); `summary_only` rows hold the feed's text because
-- the page could not be had (`summary_reason` says why). Text fidelity: `published_raw` is the
-- date as the source wrote it (`published_problem` says why `published_at` is null when it could
-- not be read: partial | unreadable | out-of-range; missing when the source gave no date at all,
-- and then the article's statements are dated by `dt`); `replaced_chars` counts bytes that were
-- not valid in the declared encoding (each became U+FFFD); `mojibake_repaired` marks text whose
-- mis-decoded characters were undone; `lede_check` (pages) says whether the page's own signals
-- confirm the beginning of the text; `ingest_notes` says in words what ingest changed; `minhash`
-- is the text's MinHash signature (512 bytes) a later date's ingest links near-duplicates by,
-- unless the two texts' `parties` (the states and persons each names) differ.
-- materialized: view
with source as (
    select * from {{ lake('articles') }}
),

renamed as (
    select
        article_id,
        dt,
        source,
        source_type,
        locator,
        url,
        canonical_url,
        title,
        author,
        published_at,
        ingested_at,
        language,
        language_confidence,
        license,
        text,
        content_hash,
        duplicate_of,
        duplicate_kind,
        duplicate_similarity,
        summary_only,
        summary_reason,
        n_chars,
        published_raw,
        published_problem,
        encoding,
        replaced_chars,
        mojibake_repaired,
        lede_check,
        ingest_notes,
        minhash,
        parties,
        duplicate_of is not null as is_duplicate,
        coalesce(nullif(language, ''), 'en') = 'en' as is_english  -- as ingest.language.is_english
    from source
)

select * from renamed
