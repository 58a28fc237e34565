-- stg_rejects: one row per input that could not become an article, with the reason.
-- materialized: view
with source as (
    select * from {{ lake('rejects') }}
),

renamed as (
    select
        reject_id,
        dt,
        source,
        locator,
        stage,
        reason,
        detail,
        excerpt,
        rejected_at,
        input_hash
    from source
)

select * from renamed
