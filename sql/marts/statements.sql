-- statements: who said what about whom, typed. Grain: one row per statement (= attributed quote
-- of an original article, or one reported clause of a quote that coordinates several: "said A
-- and that B" is two statements of one quotation). `statement_text` / `statement_start` /
-- `statement_end` are the statement's own words (the quotation's for rows written before
-- statements had their own span). `statement_date` is the article's publication date, else its
-- ingestion date; `speaker_party` / `target_party` are the country code, or the organisation for
-- international organisations (NATO, United Nations, European Union), for country-pair views.
-- A statement, its quotation and its article are published in the same day's partition: they are
-- joined within the day (on `dt` too), so each day's rows depend on that day alone and the
-- warehouse rebuilds only the days whose partition changed.
-- materialized: incremental
-- partition_by: dt
with typed as (
    select * from stg_statements
),

quotes as (
    select
        quote_id, dt, kind, quote_text, quote_start, quote_end, cue,
        confidence as quote_confidence
    from stg_quotes
),

articles as (
    select article_id, dt, title, source, url, published_at
    from stg_articles
    where not is_duplicate
)

select
    typed.statement_id,
    typed.article_id,
    typed.quote_id,
    coalesce(typed.statement_text, quotes.quote_text) as statement_text,
    coalesce(typed.statement_start, quotes.quote_start) as statement_start,
    coalesce(typed.statement_end, quotes.quote_end) as statement_end,
    typed.dt,
    articles.published_at,
    coalesce(cast(timezone('UTC', articles.published_at) as date), typed.dt) as statement_date,
    typed.speaker,
    typed.speaker_actor,
    typed.speaker_kind,
    typed.speaker_role,
    typed.speaker_country,
    typed.speaker_org,
    typed.speaker_sector,
    typed.speaker_qid,
    coalesce(
        typed.speaker_country,
        case when typed.speaker_kind = 'io' then typed.speaker_actor end,
        case when typed.speaker_sector = 'international organisation' then typed.speaker_org end
    ) as speaker_party,
    typed.statement_type,
    typed.cameo_code,
    typed.plover_category,
    typed.weight,
    typed.negated,
    typed.target,
    typed.target_kind,
    typed.target_country,
    typed.target_countries,
    typed.target_org,
    typed.target_qid,
    coalesce(
        typed.target_country,
        case when typed.target_kind = 'io' then typed.target end
    ) as target_party,
    typed.target_mention,
    typed.subject,
    typed.subject_terms,
    typed.topics,
    typed.responds_to,
    typed.responds_to_quote_id,
    quotes.quote_text,
    quotes.kind,
    quotes.cue,
    quotes.quote_start,
    quotes.quote_end,
    typed.rule,
    typed.evidence,
    typed.confidence,
    articles.title as article_title,
    articles.source,
    articles.url
from typed
inner join quotes using (quote_id, dt)
inner join articles using (article_id, dt)
