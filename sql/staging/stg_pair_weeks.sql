-- stg_pair_weeks: the weekly pair trends the statements_weekly DAG published (sql/weekly/pair_weeks.sql),
-- every week. Empty (with its columns) until the first weekly run. The lake partition `dt` is the
-- week's Monday, the same as `week_start`.
-- materialized: view
with source as (
    select * from {{ lake('pair_weeks') }}
),

renamed as (
    select * exclude (dt)
    from source
)

select * from renamed
