-- speaker_weeks: what each speaker said, week by week.
-- Grain: one row per (ISO week, speaker) with statements that week; the speaker is the resolved
-- actor when known, else the name as quoted. Built by the statements_weekly DAG
-- (parley.digest.weekly) and published to the lake table speaker_weeks, one partition per week;
-- the warehouse's speaker_weeks mart reads it. Weeks, scores and week-over-week columns as in
-- pair_weeks.sql. Disputes (the disputes mart): n_disputes raised by the speaker that week, of which
-- n_new_disputes against someone they never disputed in an earlier week; n_disputed: times the
-- speaker's statements were disputed by statements of that week.
with statements_by_week as (
    select
        cast(date_trunc('week', dt) as date) as week_start,
        coalesce(speaker_actor, speaker) as speaker_key,
        *
    from statements
    where speaker is not null
),

speaker_counts as (
    select
        week_start,
        speaker_key as speaker,
        mode(speaker_country) as speaker_country,
        mode(speaker_role) as speaker_role,
        count(*) as n_statements,
        round(avg(weight), 2) as cooperation_conflict_score,
        count(*) filter (where weight < 0) as n_conflictual,
        count(*) filter (where weight > 0) as n_cooperative,
        {{ count_each('statement_type', 'statement_types') }},
        count(distinct article_id) as n_articles
    from statements_by_week
    group by week_start, speaker_key
),

target_counts as (
    select
        week_start,
        speaker_key as speaker,
        string_agg(target || ' ' || n, ', ' order by n desc, target) filter (where rank <= 3)
            as targets
    from (
        select
            week_start,
            speaker_key,
            target,
            count(*) as n,
            row_number() over (
                partition by week_start, speaker_key order by count(*) desc, target
            ) as rank
        from statements_by_week
        where target is not null
        group by week_start, speaker_key, target
    )
    group by week_start, speaker_key
),

dispute_speakers as (
    select
        cast(date_trunc('week', disputing.dt) as date) as week_start,
        coalesce(disputing.speaker_actor, disputing.speaker) as disputing_speaker,
        coalesce(disputed.speaker_actor, disputed.speaker) as disputed_speaker
    from disputes
    inner join statements as disputing on disputing.statement_id = disputes.statement_id
    inner join statements as disputed on disputed.statement_id = disputes.disputed_statement_id
),

firsts as (
    select
        *,
        min(week_start) over (partition by disputing_speaker, disputed_speaker)
            as first_between_speakers
    from dispute_speakers
),

raised as (
    select
        week_start,
        disputing_speaker as speaker,
        count(*) as n_disputes,
        count(*) filter (where week_start = first_between_speakers) as n_new_disputes
    from firsts
    group by week_start, disputing_speaker
),

received as (
    select week_start, disputed_speaker as speaker, count(*) as n_disputed
    from dispute_speakers
    group by week_start, disputed_speaker
)

select
    s.week_start,
    strftime(s.week_start, '%G-W%V') as iso_week,
    s.speaker,
    s.speaker_country,
    s.speaker_role,
    s.* exclude (week_start, speaker, speaker_country, speaker_role, n_articles),
    prev.n_statements as prev_n_statements,
    prev.cooperation_conflict_score as prev_score,
    s.n_statements - prev.n_statements as change_n_statements,
    round(s.cooperation_conflict_score - prev.cooperation_conflict_score, 2) as change_score,
    coalesce(raised.n_disputes, 0) as n_disputes,
    coalesce(raised.n_new_disputes, 0) as n_new_disputes,
    coalesce(received.n_disputed, 0) as n_disputed,
    t.targets,
    s.n_articles
from speaker_counts as s
left join speaker_counts as prev
    on prev.week_start = s.week_start - interval 7 day and prev.speaker = s.speaker
left join target_counts as t on t.week_start = s.week_start and t.speaker = s.speaker
left join raised on raised.week_start = s.week_start and raised.speaker = s.speaker
left join received on received.week_start = s.week_start and received.speaker = s.speaker
