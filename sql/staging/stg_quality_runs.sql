-- stg_quality_runs: one row per check of one validation attempt of one partition, all dates.
-- Written by the validate stage whether the partition passed or not (never gated), so a failed day
-- is on record here even though its data never reached the other tables. `attempt` is the staged
-- data's fingerprint: re-validating the same data replaces its rows, changed data adds an attempt.
-- `gate`: daily (news_daily's gate, run_date = the day) or weekly (statements_weekly's, run_date =
-- the week's Monday), told by the attempt's name: statements_weekly names its attempts
-- `weekly-<fingerprint of the week's rows>` (parley.digest.weekly.check_week), news_daily by the
-- staged data's fingerprint alone.
-- materialized: view
with source as (
    select * from {{ lake('quality_runs') }}
),

renamed as (
    select
        run_date,
        attempt,
        validated_at,
        table_name,
        check_name,
        expectation,
        column_name,
        severity,
        success,
        unexpected_count,
        element_count,
        observed_value,
        failing_rows,
        description,
        partition_passed,
        case when attempt like 'weekly-%' then 'weekly' else 'daily' end as gate
    from source
)

select * from renamed
