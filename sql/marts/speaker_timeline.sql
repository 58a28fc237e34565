-- speaker_timeline: what each speaker said, day by day. Grain: one row per (speaker, statement
-- date). `mean_weight` is the day's mean Goldstein-like weight (see actor_pairs).
-- materialized: table
with spoken as (
    select * from statements where speaker is not null
)

select
    coalesce(speaker_actor, speaker) as speaker,
    statement_date,
    any_value(speaker_country) as speaker_country,
    any_value(speaker_role) as speaker_role,
    any_value(speaker_sector) as speaker_sector,
    count(*) as n_statements,
    round(avg(weight), 2) as mean_weight,
    string_agg(distinct statement_type, ', ' order by statement_type) as statement_types,
    string_agg(distinct target, ', ' order by target) as targets,
    count(distinct article_id) as n_articles,
    min(dt) as first_dt
from spoken
group by coalesce(speaker_actor, speaker), statement_date
