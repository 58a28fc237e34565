-- int_dispute_links: which statement disputes which. Grain: one row per (disputing statement,
-- disputed statement) pair, with the strongest link that connects them.
-- A disputing statement is one whose label disputes (stg_statement_types.is_disputing), or one
-- that disputes when it answers someone (a DECLINE_COMMENT given in answer to someone's remarks:
-- declining to confirm them). It is paired with what it answers:
--   answers-quote   : the quote it answers is known (a reply, "After X said ..., Y said 'no'");
--   answers-speaker : it answers an actor's remarks ("asked about X's remarks"): that actor's
--                     earlier statements in the same article; a declined comment answers only
--                     the remark put to it, that actor's latest before it: the claims of the
--                     last reporting verb ("Trump said ... that he had asked Putin and that
--                     Putin has no problem with it": two claims, one remark), not every claim
--                     the actor made in the article;
--   aimed-at-claimant: (across articles) its target is the other speaker — the person, or the
--                     government when both sides are countries/institutions — the other
--                     statement asserts something (not a neutral STATEMENT), they share a topic
--                     or two subject nouns, and they are at most `max_days_apart` days apart.
-- Which pairs are looked at: in a full build every disputing statement against every claim; in an
-- incremental build (the disputes mart is rebuilt for the changed days only, see
-- storage/warehouse.py) the disputing statements of the changed days against every claim within
-- reach, and the other disputing statements within reach against the claims of the changed days.
-- Within reach (`within_reach`): a statement of a changed day, or one dated at most
-- max_days_apart days from a changed day's statement. A pair is in one article (answers-quote,
-- answers-speaker: an article and its statements are in one day's partition) or at most
-- max_days_apart days apart (aimed-at-claimant), so no pair of a changed day is left out, and
-- the statements read are the changed days' and those of the 2 × max_days_apart + 1 dates
-- around them, not the lake's: the work of a day stops growing once the lake holds that many
-- days.
-- Every join is an equality join (a hash join over the two sides, never a nested loop).
-- materialized: view
with settings as (
    select 7 as max_days_apart
),

labels as (
    select * from stg_statement_types
),

-- the dates at most max_days_apart days from a changed day's statement (none in a full build)
reach_dates as (
    select distinct changed.statement_date + offsets.days::integer as statement_date
    from (
        select distinct statement_date from statements
        where {{ is_incremental() }} and {{ changed('dt') }}
    ) as changed
    cross join settings
    cross join
        unnest(generate_series(-settings.max_days_apart, settings.max_days_apart)) as offsets (days)
),

within_reach as (
    select * from statements
    where
        not {{ is_incremental() }}
        or {{ changed('dt') }}
        or statement_date in (select statement_date from reach_dates)
),

disputing as (
    select s.*, labels.is_disputing
    from within_reach as s
    inner join labels using (statement_type)
    where labels.is_disputing or (labels.is_disputing_when_answering and s.responds_to is not null)
),

claims as (
    select s.*, labels.is_neutral
    from within_reach as s
    inner join labels using (statement_type)
    where labels.is_disputable
),

-- `side` pairs each disputing statement with the claims it is looked at against: side 1 = every
-- claim (a disputing statement of a changed day; all of them in a full build), side 2 = the claims
-- of the changed days only (the other disputing statements; none in a full build).
disputing_sides as (
    select
        *,
        case when {{ changed('dt') }} then 1 else 2 end as side
    from disputing
),

claim_sides as (
    select *, 1 as side from claims
    union all
    select *, 2 as side from claims
    where {{ is_incremental() }} and {{ changed('dt') }}
),

answers_quote as (
    select
        d.statement_id,
        c.statement_id as disputed_statement_id,
        'answers-quote' as link,
        1 as rank
    from disputing_sides as d
    inner join claim_sides as c on c.side = d.side and c.quote_id = d.responds_to_quote_id
),

-- the reporting verb of each quotation: one saying event reports one remark, in one quotation
-- or several ("said that A and that B"); a quotation without one stands alone. Only the days of
-- the claims within reach are read (their quotes are in the same day's partition).
cues as (
    select quote_id, dt, cue_start from stg_quotes
    where dt in (select distinct dt from within_reach)
),

answers_speaker_candidates as (
    select
        d.statement_id,
        c.statement_id as disputed_statement_id,
        d.is_disputing,
        coalesce(cues.cue_start, c.quote_start) as remark_start
    from disputing_sides as d
    inner join claim_sides as c
        on
            c.side = d.side
            and c.article_id = d.article_id
            and c.speaker_name = d.responds_to
            and c.quote_start < d.quote_start
    left join cues on cues.quote_id = c.quote_id and cues.dt = c.dt
    where d.responds_to_quote_id is null
),

latest_remarks as (
    select statement_id, max(remark_start) as remark_start
    from answers_speaker_candidates
    group by statement_id
),

-- a denial or rejection of someone's remarks disputes each of them; a declined comment (which
-- disputes only as an answer) answers the remark put to it: the claims of the latest reporting
-- verb
answers_speaker as (
    select
        a.statement_id,
        a.disputed_statement_id,
        'answers-speaker' as link,
        2 as rank
    from answers_speaker_candidates as a
    inner join latest_remarks as latest on latest.statement_id = a.statement_id
    where a.is_disputing or a.remark_start = latest.remark_start
),

-- aimed-at-claimant is matched by equality only (no OR, no range in the join condition, which
-- made it a nested loop over every pair of statements): each side has one row per `aim` key, the
-- target (claimant) by name, `name:<actor>`, and, when it is a country, seat or institution, by
-- country too, `country:<code>`, so one equality join finds the target that is the claimant by
-- name or (both sides states) by country; and the claim falls in the disputing statement's time
-- bucket or a neighbouring one (buckets of max_days_apart + 1 days, so every pair at most
-- max_days_apart days apart shares one); the exact day distance is checked after.
claim_buckets as (
    select
        c.side,
        c.statement_id,
        c.statement_date,
        c.topics,
        c.subject_terms,
        c.speaker_name as claimant,
        date_diff('day', date '1970-01-01', c.statement_date)
        // (settings.max_days_apart + 1) as bucket,
        unnest(
            case
                when c.speaker_kind in ('country', 'seat', 'institution')
                    then [
                        'name:' || c.speaker_name,
                        'country:' || c.speaker_country
                    ]
                else ['name:' || c.speaker_name]
            end
        ) as aim
    from claim_sides as c
    cross join settings
    where not c.is_neutral
),

disputing_buckets as (
    select
        d.side,
        d.statement_id,
        d.statement_date,
        d.aim,
        d.topics,
        d.subject_terms,
        d.speaker_name as disputant,
        unnest([d.b - 1, d.b, d.b + 1]) as bucket
    from (
        select
            d.*,
            date_diff('day', date '1970-01-01', d.statement_date)
            // (settings.max_days_apart + 1) as b,
            unnest(
                case
                    when d.target_kind in ('country', 'seat', 'institution')
                        then ['name:' || d.target, 'country:' || d.target_country]
                    else ['name:' || d.target]
                end
            ) as aim
        from disputing_sides as d
        cross join settings
        where d.responds_to is null and d.is_disputing
    ) as d
),

-- a pair whose target is the claimant both by name and by country is one candidate
aimed_candidates as (
    select distinct
        d.statement_id,
        c.statement_id as disputed_statement_id,
        d.statement_date,
        c.statement_date as claim_date,
        d.disputant,
        c.claimant,
        d.topics,
        c.topics as claim_topics,
        d.subject_terms,
        c.subject_terms as claim_subject_terms
    from disputing_buckets as d
    inner join claim_buckets as c
        on c.side = d.side and c.bucket = d.bucket and c.aim = d.aim
),

aimed_at_claimant as (
    select
        a.statement_id,
        a.disputed_statement_id,
        'aimed-at-claimant' as link,
        3 as rank
    from aimed_candidates as a
    cross join settings
    where
        a.disputed_statement_id <> a.statement_id
        and a.claimant <> a.disputant
        and abs(date_diff('day', a.claim_date, a.statement_date)) <= settings.max_days_apart
        and (
            len(list_intersect(a.topics, a.claim_topics)) > 0
            or len(list_intersect(a.subject_terms, a.claim_subject_terms)) >= 2
        )
),

links as (
    select * from answers_quote
    union all
    select * from answers_speaker
    union all
    select * from aimed_at_claimant
),

ranked as (
    select
        *,
        row_number() over (partition by statement_id, disputed_statement_id order by rank) as n
    from links
)

select statement_id, disputed_statement_id, link
from ranked
where n = 1
