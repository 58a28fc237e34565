-- stg_source_days: one row per configured source per date — what each source gave that day.
-- Completeness: a source whose status is `empty`, `not-modified` or `failed`, or whose `articles`
-- drop far below its usual level, did not deliver; it is not evidence of "no news".
-- For item sources: items = articles + rejects + already_ingested + already_rejected (inputs an
-- earlier date rejected, unchanged: not quarantined again). `skipped` counts entries that
-- are not inputs (hidden files, notices, linked folders, feed items over the source's max_items,
-- a JSON Lines file's blank lines);
-- `detail` says which.
-- materialized: view
with source as (
    select * from {{ lake('source_days') }}
),

renamed as (
    select
        source_day_id,
        dt,
        source,
        source_type,
        country,
        language,
        status,
        requests,
        not_modified,
        fetch_errors,
        bytes,
        items,
        articles,
        originals,
        duplicates,
        summary_only,
        non_english,
        rejects,
        source_errors,
        already_ingested,
        already_rejected,
        skipped,
        detail
    from source
)

select * from renamed
