-- disputes: one actor denies, disputes or rejects what another actor claimed.
-- Grain: one row per (disputing statement, disputed statement) pair.
-- A disputing statement is a DENY, DISPUTE or REJECT, or a DECLINE_COMMENT given in answer to
-- someone's remarks (declining to confirm them). It is paired with what it answers:
--   answers-quote   : the quote it answers is known (a reply, "After X said ..., Y said 'no'");
--   answers-speaker : it answers an actor's remarks ("asked about X's remarks"): that actor's
--                     earlier statements in the same article;
--   aimed-at-claimant: (across articles) its target is the other speaker — the person, or the
--                     government when both sides are countries/institutions — the other
--                     statement asserts something (not a plain STATEMENT), they share a topic
--                     or two subject nouns, and they are at most 7 days apart.
-- materialized: table
with disputing as (
    select *
    from statements
    where
        statement_type in ('DENY', 'DISPUTE', 'REJECT')
        or (statement_type = 'DECLINE_COMMENT' and responds_to is not null)
),

claims as (
    select *
    from statements
    where statement_type in ('CLAIM', 'STATEMENT', 'ACCUSE', 'APPEAL', 'INTENT', 'SUPPORT', 'WARN', 'THREATEN')
),

answers_quote as (
    select d.statement_id, c.statement_id as disputed_statement_id, 'answers-quote' as link, 1 as rank
    from disputing as d
    inner join claims as c on c.quote_id = d.responds_to_quote_id
),

answers_speaker as (
    select d.statement_id, c.statement_id as disputed_statement_id, 'answers-speaker' as link, 2 as rank
    from disputing as d
    inner join claims as c
        on
            c.article_id = d.article_id
            and coalesce(c.speaker_actor, c.speaker) = d.responds_to
            and c.quote_start < d.quote_start
    where d.responds_to_quote_id is null
),

aimed_at_claimant as (
    select d.statement_id, c.statement_id as disputed_statement_id, 'aimed-at-claimant' as link, 3 as rank
    from disputing as d
    inner join claims as c
        on
            c.statement_id <> d.statement_id
            and coalesce(c.speaker_actor, c.speaker) <> coalesce(d.speaker_actor, d.speaker)
            and (
                d.target = coalesce(c.speaker_actor, c.speaker)
                or (
                    d.target_kind in ('country', 'seat', 'institution')
                    and c.speaker_kind in ('country', 'seat', 'institution')
                    and d.target_country = c.speaker_country
                )
            )
            and abs(date_diff('day', c.statement_date, d.statement_date)) <= 7
            and (
                len(list_intersect(d.topics, c.topics)) > 0
                or len(list_intersect(d.subject_terms, c.subject_terms)) >= 2
            )
    where
        d.responds_to is null
        and d.statement_type <> 'DECLINE_COMMENT'
        and c.statement_type <> 'STATEMENT'
),

pairs as (
    select statement_id, disputed_statement_id, link
    from (
        select
            *,
            row_number() over (partition by statement_id, disputed_statement_id order by rank) as n
        from (
            select * from answers_quote
            union all
            select * from answers_speaker
            union all
            select * from aimed_at_claimant
        )
    )
    where n = 1
)

select
    pairs.statement_id,
    pairs.disputed_statement_id,
    d.speaker,
    d.speaker_country,
    d.speaker_role,
    d.speaker_org,
    d.statement_type,
    c.speaker as disputed_speaker,
    c.speaker_country as disputed_speaker_country,
    c.statement_type as disputed_statement_type,
    coalesce(
        c.subject,
        nullif(array_to_string(list_intersect(d.topics, c.topics), ', '), '')
    ) as subject,
    pairs.link,
    date_diff('day', c.statement_date, d.statement_date) as days_apart,
    d.statement_date,
    d.dt,
    d.article_id,
    c.article_id as disputed_article_id,
    d.quote_text,
    c.quote_text as disputed_quote_text
from pairs
inner join statements as d on d.statement_id = pairs.statement_id
inner join statements as c on c.statement_id = pairs.disputed_statement_id
order by d.dt, d.statement_date, d.speaker, pairs.link
