-- daily_digest: who said what, per day. Grain: one row per attributed quotation.
-- Only originals (duplicates of an article are not counted twice).
-- materialized: table
with quotes as (
    select * from stg_quotes where speaker is not null
),

articles as (
    select article_id, title, source, published_at
    from stg_articles
    where not is_duplicate
)

select
    quotes.dt,
    quotes.speaker,
    quotes.speaker_role,
    quotes.speaker_country,
    quotes.quote_text as quote,
    quotes.cue,
    quotes.kind,
    quotes.confidence,
    articles.title as article_title,
    articles.source,
    articles.published_at,
    quotes.article_id,
    quotes.quote_id,
    quotes.quote_start
from quotes
inner join articles using (article_id)
order by quotes.dt, articles.title, quotes.quote_start
