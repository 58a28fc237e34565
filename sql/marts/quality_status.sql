-- quality_status: the verdict of every validation attempt. Grain: one row per partition date and
-- attempt; `gate` says whose (daily: a day of news_daily; weekly: the week of statements_weekly
-- starting that Monday); `is_latest` marks the attempt that decided what analysts see for that
-- date and gate.
-- A view, so a failed attempt shows here as soon as it is recorded, without a warehouse rebuild.
-- materialized: view
with attempts as (
    select
        run_date,
        gate,
        attempt,
        max(validated_at) as validated_at,
        bool_and(partition_passed) as passed_gate,
        count(*) as checks,
        count(*) filter (where not success and severity = 'critical') as critical_failures,
        count(*) filter (where not success and severity = 'warning') as warnings,
        string_agg(
            case when not success then severity || ' ' || table_name || '.' || check_name end,
            ', ' order by severity, table_name, check_name
        ) as failed_checks
    from stg_quality_runs
    group by run_date, gate, attempt
)

select
    run_date,
    attempt,
    validated_at,
    case
        when critical_failures > 0 then 'failed'
        when warnings > 0 then 'passed with warnings'
        else 'passed'
    end as status,
    passed_gate,
    checks,
    critical_failures,
    warnings,
    failed_checks,
    row_number() over (partition by run_date, gate order by validated_at desc) = 1 as is_latest,
    gate
from attempts
