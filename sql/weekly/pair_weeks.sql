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
-- week_of, dispute_weeks and week_over_week: the macros of sql/weekly/macros.sql.
with statements_by_week as (
    select
        week_of(dt) as week_start,
        *
    from statements
    where speaker_party is not null and target_party is not null
),

pair_counts as (
    select
        week_start,
        speaker_party,
        target_party,
        struct_pack(speaker_party, target_party) as week_key,
        count(*) as n_statements,
        round(avg(weight), 2) as cooperation_conflict_score,
        count(*) filter (where weight < 0) as n_conflictual,
        count(*) filter (where weight > 0) as n_cooperative,
        {{ count_each('statement_type', 'statement_types') }},
        count(distinct speaker_id(speaker_name, speaker_kind, article_id)) as n_speakers,
        count(distinct article_id) as n_articles
    from statements_by_week
    group by week_start, speaker_party, target_party
),

first_weeks as (
    select speaker_party, target_party, min(week_start) as first_week
    from pair_counts
    group by speaker_party, target_party
),

dispute_counts as (
    select
        week_start,
        speaker_party,
        target_party,
        count(*) as n_disputes,
        count(*) filter (where week_start = first_between_speakers) as n_new_disputes
    from dispute_weeks()
    where speaker_party is not null and target_party is not null
    group by week_start, speaker_party, target_party
)

select
    p.week_start,
    strftime(p.week_start, '%G-W%V') as iso_week,
    p.speaker_party,
    p.target_party,
    p.speaker_party = p.target_party as is_domestic,
    p.* exclude (week_start, speaker_party, target_party, week_key, n_speakers, n_articles),
    f.first_week = p.week_start as is_new_pair,
    coalesce(d.n_disputes, 0) as n_disputes,
    coalesce(d.n_new_disputes, 0) as n_new_disputes,
    p.n_speakers,
    p.n_articles
from week_over_week(pair_counts) as p
inner join first_weeks as f
    on f.speaker_party = p.speaker_party and f.target_party = p.target_party
left join dispute_counts as d
    on
        d.week_start = p.week_start
        and d.speaker_party = p.speaker_party
        and d.target_party = p.target_party
