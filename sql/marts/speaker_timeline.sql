-- speaker_timeline: what each speaker said, day by day. Grain: one row per (speaker, statement
-- date). `mean_weight` is the day's mean Goldstein-like weight (see actor_pairs). When a speaker's
-- statements of one day disagree on country, role or sector, the first in alphabetical order is
-- shown (a choice that does not depend on row order). The warehouse recomputes only the
-- (speaker, date) rows a changed day's statements touch (unique_key).
-- materialized: incremental
-- unique_key: speaker, statement_date
with spoken as (
    select * from statements
    where
        speaker is not null
        -- an incremental build recomputes only the (speaker, date)s the changed days touch
        and {{ touched('speaker_name', 'statement_date') }}
)

select
    speaker_name as speaker,
    statement_date,
    min(speaker_country) as speaker_country,
    min(speaker_role) as speaker_role,
    min(speaker_sector) as speaker_sector,
    count(*) as n_statements,
    round(avg(cast(weight as decimal(18, 3))), 2)::double as mean_weight,
    string_agg(distinct statement_type, ', ' order by statement_type) as statement_types,
    string_agg(distinct target, ', ' order by target) as targets,
    count(distinct article_id) as n_articles,
    min(dt) as first_dt
from spoken
group by speaker_name, statement_date
