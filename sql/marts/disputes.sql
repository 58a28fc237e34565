-- disputes: one actor denies, disputes or rejects what another actor claimed.
-- Grain: one row per (disputing statement, disputed statement) pair; how they are linked
-- (`link`: answers-quote | answers-speaker | aimed-at-claimant) is decided in
-- intermediate/int_dispute_links.sql. Tests and column descriptions: disputes.yml.
-- A row belongs to two days, the disputing statement's (`dt`) and the disputed one's
-- (`disputed_dt`): the warehouse recomputes the rows with either day changed.
-- materialized: incremental
-- partition_by: dt, disputed_dt
with pairs as (
    select * from int_dispute_links
)

select
    pairs.statement_id,
    pairs.disputed_statement_id,
    d.speaker,
    d.speaker_name,
    d.speaker_kind,
    d.speaker_country,
    d.speaker_role,
    d.speaker_org,
    d.statement_type,
    c.speaker as disputed_speaker,
    c.speaker_name as disputed_speaker_name,
    c.speaker_kind as disputed_speaker_kind,
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
    c.dt as disputed_dt,
    d.article_id,
    c.article_id as disputed_article_id,
    d.quote_text,
    c.quote_text as disputed_quote_text
from pairs
inner join statements as d on d.statement_id = pairs.statement_id
inner join statements as c on c.statement_id = pairs.disputed_statement_id
