-- macros: what both weekly marts (pair_weeks.sql, speaker_weeks.sql) compute the same way.
-- Created (as temporary DuckDB macros) on the connection that runs the weekly marts, before them
-- (parley.digest.weekly.compute); they read the `statements` and `disputes` models.

-- week_of(d): the Monday of the ISO week holding date d (the week's key, `week_start`).
create or replace temp macro week_of(d) as cast(date_trunc('week', d) as date);

-- speaker_id(name, kind, article): who a statement's speaker is, for counting speakers (n_speakers
-- of both marts), as the daily digest counts them (parley.digest.text.speaker_key): a speaker
-- resolved to an actor (speaker_kind person, state, io, ...) is its speaker_name in every
-- article; a description ("leaders", speaker_kind 'description') or a speaker that resolved to
-- no actor (speaker_kind null) is its words within one article (article_id): the same words in
-- two articles are not known to be one person.
create or replace temp macro speaker_id(name, kind, article) as
    case
        when kind is null then '"' || name || '" in ' || article
        when kind = 'description' then name || ' in ' || article
        else name
    end;

-- dispute_weeks(): one row per dispute (the disputes mart), in the week of the disputing
-- statement's `dt`: the disputing statement's parties, both speakers (the resolved actor when
-- known, else the name as quoted) and first_between_speakers, the first week in which the
-- disputing speaker disputed the disputed one (in that direction; a dispute is new in that week).
create or replace temp macro dispute_weeks() as table
    with dispute_speakers as (
        select
            week_of(disputing.dt) as week_start,
            disputing.speaker_party,
            disputing.target_party,
            disputing.speaker_name as disputing_speaker,
            disputed.speaker_name as disputed_speaker
        from disputes
        inner join statements as disputing on disputing.statement_id = disputes.statement_id
        inner join statements as disputed
            on disputed.statement_id = disputes.disputed_statement_id
    )

    select
        *,
        min(week_start) over (partition by disputing_speaker, disputed_speaker)
            as first_between_speakers
    from dispute_speakers;

-- week_over_week(counts): the rows of `counts` (a table or CTE name, as a string or bare) with
-- the week before's numbers of the same key appended. `counts` has one row per (week_start,
-- week_key) — week_key is the rest of the grain, e.g. struct_pack(speaker_party, target_party) —
-- and the columns n_statements and cooperation_conflict_score. Adds prev_n_statements and
-- prev_score (the same key in the calendar week before; null when it had no row then) and
-- change_n_statements and change_score (this week minus that one; null without a week before).
create or replace temp macro week_over_week(counts) as table
    select
        this_week.*,
        prev.n_statements as prev_n_statements,
        prev.cooperation_conflict_score as prev_score,
        this_week.n_statements - prev.n_statements as change_n_statements,
        round(this_week.cooperation_conflict_score - prev.cooperation_conflict_score, 2)
            as change_score
    from query_table(counts) as this_week
    left join query_table(counts) as prev
        on
            prev.week_start = this_week.week_start - interval 7 day
            and prev.week_key = this_week.week_key;
