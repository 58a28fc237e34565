-- stg_speaker_weeks: the weekly speaker trends the statements_weekly DAG published (sql/weekly/speaker_weeks.sql),
-- every week. Empty (with its columns) until the first weekly run. The lake partition `dt` is the
-- week's Monday, the same as `week_start`.
-- materialized: view
with source as (
    select * from {{ lake('speaker_weeks') }}
),

renamed as (
    select * exclude (dt)
    from source
)

select * from renamed
