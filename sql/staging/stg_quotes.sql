-- stg_quotes: one row per quotation (direct or indirect), all dates.
-- Offsets are character offsets into stg_articles.text (end exclusive).
-- materialized: view
with source as (
    select * from {{ lake('quotes') }}
),

renamed as (
    select
        quote_id,
        article_id,
        dt,
        kind,
        quote_text,
        quote_start,
        quote_end,
        speaker,
        speaker_mention,
        speaker_start,
        speaker_end,
        speaker_role,
        speaker_country,
        unattributed_reason,
        cue,
        cue_start,
        cue_end,
        sentence_index,
        rule,
        confidence,
        model
    from source
)

select * from renamed
