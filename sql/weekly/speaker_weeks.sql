-- speaker_weeks: what each speaker said, week by week.
-- Grain: one row per (ISO week, speaker) with statements that week; the speaker is the resolved
-- actor when known, else the name as quoted. Built by the statements_weekly DAG
-- (parley.digest.weekly) and published to the lake table speaker_weeks, one partition per week;
-- the warehouse's speaker_weeks mart reads it. Weeks, scores and week-over-week columns as in
-- pair_weeks.sql. Disputes (the disputes mart): n_disputes raised by the speaker that week, of which
-- n_new_disputes against someone they never disputed in an earlier week; n_disputed: times the
-- speaker's statements were disputed by statements of that week.
-- speaker_country and speaker_role: the week's most frequent value, ties broken alphabetically
-- (mode() picks any of the tied values, so a rebuild could change them).
-- n_speakers: the speakers the row stands for, counted as the daily digest counts them (the
-- speaker_id macro): 1 for a speaker resolved to an actor; for a description ("leaders") or a
-- speaker that resolved to no actor, the articles that quote those words (one speaker each: the
-- same words in two articles are not known to be one person), whose statements the row gathers
-- under its name (the grain stays week x speaker). A week's speakers are sum(n_speakers), not
-- its rows.
-- week_of, speaker_id, dispute_weeks and week_over_week: the macros of sql/weekly/macros.sql.
with statements_by_week as (
    select
        week_of(dt) as week_start,
        speaker_name as speaker_key,
        count(*) over (partition by week_of(dt), speaker_name, speaker_country) as n_as_country,
        count(*) over (partition by week_of(dt), speaker_name, speaker_role) as n_as_role,
        *
    from statements
    where speaker is not null
),

speaker_counts as (
    select
        week_start,
        speaker_key as speaker,
        speaker_key as week_key,
        first(speaker_country order by n_as_country desc, speaker_country)
            filter (where speaker_country is not null) as speaker_country,
        first(speaker_role order by n_as_role desc, speaker_role)
            filter (where speaker_role is not null) as speaker_role,
        count(*) as n_statements,
        round(avg(weight), 2) as cooperation_conflict_score,
        count(*) filter (where weight < 0) as n_conflictual,
        count(*) filter (where weight > 0) as n_cooperative,
        {{ count_each('statement_type', 'statement_types') }},
        count(distinct article_id) as n_articles,
        count(distinct speaker_id(speaker_name, speaker_kind, article_id)) as n_speakers
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

raised as (
    select
        week_start,
        disputing_speaker as speaker,
        count(*) as n_disputes,
        count(*) filter (where week_start = first_between_speakers) as n_new_disputes
    from dispute_weeks()
    group by week_start, disputing_speaker
),

received as (
    select week_start, disputed_speaker as speaker, count(*) as n_disputed
    from dispute_weeks()
    group by week_start, disputed_speaker
)

select
    s.week_start,
    strftime(s.week_start, '%G-W%V') as iso_week,
    s.speaker,
    s.speaker_country,
    s.speaker_role,
    s.* exclude (
        week_start, speaker, week_key, speaker_country, speaker_role, n_articles, n_speakers
    ),
    coalesce(raised.n_disputes, 0) as n_disputes,
    coalesce(raised.n_new_disputes, 0) as n_new_disputes,
    coalesce(received.n_disputed, 0) as n_disputed,
    t.targets,
    s.n_articles,
    s.n_speakers
from week_over_week(speaker_counts) as s
left join target_counts as t on t.week_start = s.week_start and t.speaker = s.speaker
left join raised on raised.week_start = s.week_start and raised.speaker = s.speaker
left join received on received.week_start = s.week_start and received.speaker = s.speaker
