-- pair_weeks: how one side spoke about another, week by week.
-- Grain: one row per (ISO week, speaker party, target party) with statements that week.
-- Built by the statements_weekly DAG (parley.digest.weekly) over the published lake and published
-- to the lake table pair_weeks, one partition per week; the warehouse's pair_weeks mart reads it.
-- The week is the ISO week (Monday start) of the ingestion date `dt`, so a week is complete once
-- its seven daily partitions are published and a re-run day changes exactly one week.
-- cooperation_conflict_score: the mean Goldstein-like weight of the pair's statements of the week
-- (-10 conflict .. +10 cooperation), as in actor_pairs.
-- Week over week: prev_* are the same pair's numbers in the calendar week before (null when the pair
-- had no statement then) and change_* the differences; is_new_pair: no statement of the pair in
-- any earlier week.
-- Disputes (the disputes mart) count in the pair of the disputing statement; one is new when its
-- two speakers (disputing, disputed) never disputed each other, in that direction, in an earlier
-- week.
with statements_by_week as (
    select
        cast(date_trunc('week', dt) as date) as week_start,
        *
    from statements
    where speaker_party is not null and target_party is not null
),

pair_counts as (
    select
        week_start,
        speaker_party,
        target_party,
        count(*) as n_statements,
        round(avg(weight), 2) as cooperation_conflict_score,
        count(*) filter (where weight < 0) as n_conflictual,
        count(*) filter (where weight > 0) as n_cooperative,
        {{ count_each('statement_type', 'statement_types') }},
        count(distinct coalesce(speaker_actor, speaker)) as n_speakers,
        count(distinct article_id) as n_articles
    from statements_by_week
    group by week_start, speaker_party, target_party
),

first_weeks as (
    select speaker_party, target_party, min(week_start) as first_week
    from pair_counts
    group by speaker_party, target_party
),

dispute_speakers as (
    select
        cast(date_trunc('week', disputing.dt) as date) as week_start,
        disputing.speaker_party,
        disputing.target_party,
        coalesce(disputing.speaker_actor, disputing.speaker) as disputing_speaker,
        coalesce(disputed.speaker_actor, disputed.speaker) as disputed_speaker
    from disputes
    inner join statements as disputing on disputing.statement_id = disputes.statement_id
    inner join statements as disputed on disputed.statement_id = disputes.disputed_statement_id
),

dispute_counts as (
    select
        week_start,
        speaker_party,
        target_party,
        count(*) as n_disputes,
        count(*) filter (where week_start = first_between_speakers) as n_new_disputes
    from (
        select
            *,
            min(week_start) over (partition by disputing_speaker, disputed_speaker)
                as first_between_speakers
        from dispute_speakers
    )
    where speaker_party is not null and target_party is not null
    group by week_start, speaker_party, target_party
)

select
    p.week_start,
    strftime(p.week_start, '%G-W%V') as iso_week,
    p.speaker_party,
    p.target_party,
    p.speaker_party = p.target_party as is_domestic,
    p.* exclude (week_start, speaker_party, target_party, n_speakers, n_articles),
    prev.n_statements as prev_n_statements,
    prev.cooperation_conflict_score as prev_score,
    p.n_statements - prev.n_statements as change_n_statements,
    round(p.cooperation_conflict_score - prev.cooperation_conflict_score, 2) as change_score,
    f.first_week = p.week_start as is_new_pair,
    coalesce(d.n_disputes, 0) as n_disputes,
    coalesce(d.n_new_disputes, 0) as n_new_disputes,
    p.n_speakers,
    p.n_articles
from pair_counts as p
left join pair_counts as prev
    on
        prev.week_start = p.week_start - interval 7 day
        and prev.speaker_party = p.speaker_party
        and prev.target_party = p.target_party
inner join first_weeks as f
    on f.speaker_party = p.speaker_party and f.target_party = p.target_party
left join dispute_counts as d
    on
        d.week_start = p.week_start
        and d.speaker_party = p.speaker_party
        and d.target_party = p.target_party
