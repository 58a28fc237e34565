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
        rejected_at
    from source
)

select * from renamed
