-- stg_entities: one row per entity mention, all dates.
-- materialized: view
with source as (
    select * from {{ lake('entities') }}
),

renamed as (
    select
        entity_id,
        article_id,
        dt,
        entity_text,
        label,
        canonical_name,
        start_char,
        end_char,
        sentence_index
    from source
)

select * from renamed
