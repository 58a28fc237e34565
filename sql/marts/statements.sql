-- statements: who said what about whom, typed. Grain: one row per statement (= attributed quote
-- of an original article, or one reported clause of a quote that coordinates several: "said A
-- and that B" is two statements of one quotation). `statement_text` / `statement_start` /
-- `statement_end` are the statement's own words (the quotation's for rows written before
-- statements had their own span). `statement_date` is the article's publication date, else its
-- ingestion date (`dt`: an article whose source gave no readable date, `published_problem`), and
-- `statement_date_source` says which ('published' | 'ingested'); `speaker_name` the name reports
-- show (the canonical actor, else the speaker as written); `speaker_party` / `target_party` are the country code, or the organisation for
-- international organisations (NATO, United Nations, European Union), for country-pair views.
-- A statement, its quotation and its article are published in the same day's partition: they are
-- joined within the day (on `dt` too), so each day's rows depend on that day alone and the
-- warehouse rebuilds only the days whose partition changed.
-- materialized: incremental
-- partition_by: dt
-- A statement an article gives more than once (the same speaker and the same words: a pull quote
-- repeating a quotation, a passage pasted twice; ingest quarantines a text that is mostly one
-- sentence repeated, reason `repetitive`) is one
-- statement: the first in the text is kept and `occurrences` says how often the article gives it,
-- so one article's repetition cannot outweigh the day's other articles in the counts. Rows whose
-- `statement_text` is null (partitions written before statements had their own words) are never
-- merged.
with given as (
    select
        *,
        count(*) over same_words as occurrences,
        row_number() over (same_words order by statement_start, statement_id) as nth
    from stg_statements
    window same_words as (
        partition by dt, article_id, coalesce(speaker_actor, speaker),
            coalesce(statement_text, statement_id)
    )
),

typed as (
    select * exclude (nth) from given where nth = 1
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
),

-- The statements that reach the mart: of a quote of the day, of an article that is no duplicate.
kept as (
    select typed.*
    from typed
    semi join quotes using (quote_id, dt)
    semi join articles using (article_id, dt)
),

-- One person, one name across the day's articles: the name resolution (parley.extract.names)
-- works per article, so one person may come as "Wendy Sherman" in one article and "Wendy R.
-- Sherman" in another. A person's `speaker_actor` becomes the fullest form of the same day that
-- agrees with it. The names are compared on `speaker_name_key`, which Python writes
-- (names.name_key: "surname|given names|initials|suffixes", lower-cased, titles left out, "Jr."
-- not the surname; null for a bare surname): this model only compares its four parts and never
-- splits a name itself. Stricter than names.same_person, which works inside one article: two
-- names agree when they have the same surname and given names, their middle initials are equal
-- or one has none ("John Kerry" is "John F. Kerry"; "George W. Bush" is not "George H. W.
-- Bush"), likewise their suffixes ("King Jr." is not "King Sr."), and no other country or
-- organisation is on record for either that day. "Brad Sherman" is not "Wendy Sherman" (another
-- given name), "Kim Yo Jong" not "Kim Jong Un" (another surname), a bare surname is nobody's; a
-- name agreeing with two forms that disagree with each other ("George Bush" beside "George W.
-- Bush" and "George H. W. Bush", or one Kerry placed in two countries) keeps its own. A person
-- `target` takes the same name unless its `target_country` is another than the chosen form's;
-- `responds_to` (whom a statement answers, any kind of actor) takes the name the answered
-- quote's person speaker took, so a dispute aimed at "Wendy Sherman" still finds her claims
-- (int_dispute_links matches names). Only statements that reach the mart are read, and only
-- within one `dt`: each day's rows depend on that day alone. Partitions written before
-- `speaker_name_key` existed read it as null: their key comes from the same Python rule,
-- `person_name_key` (names.name_key, which storage.warehouse registers in DuckDB), once per
-- name and day; a name whose key is null (a bare surname) matches nobody.
person_names as (
    select
        dt,
        speaker_actor as name,
        coalesce(any_value(speaker_name_key), person_name_key(speaker_actor)) as name_key,
        count(*) as n,
        min(speaker_country) as country_lo,
        max(speaker_country) as country_hi,
        min(speaker_org) as org_lo,
        max(speaker_org) as org_hi
    from kept
    where speaker_kind = 'person' and speaker_actor is not null
    group by dt, speaker_actor
),

name_parts as (
    select
        dt, name, n, country_lo, country_hi, org_lo, org_hi,
        len(string_split(name, ' ')) as n_words,
        split_part(name_key, '|', 1) as surname,
        split_part(name_key, '|', 2) as given_names,
        split_part(name_key, '|', 3) as initials,
        split_part(name_key, '|', 4) as suffixes
    from person_names
    where name_key is not null
),

agreeing as (
    select
        a.dt, a.name, b.name as other, b.n as other_n,
        len(list_filter(string_split(b.initials, ' '), lambda w: w <> '')) as other_initials,
        b.n_words as other_words
    from name_parts as a
    inner join name_parts as b
        on a.dt = b.dt and a.surname = b.surname and a.given_names = b.given_names
    where
        a.given_names <> ''
        and (a.initials = b.initials or a.initials = '' or b.initials = '')
        and (a.suffixes = b.suffixes or a.suffixes = '' or b.suffixes = '')
        -- a country (organisation) on record for both that is not one and the same: two people
        and not (
            a.country_lo is not null and b.country_lo is not null
            and not (a.country_lo = a.country_hi and b.country_lo = b.country_hi
                     and a.country_lo = b.country_lo)
        )
        and not (
            a.org_lo is not null and b.org_lo is not null
            and not (a.org_lo = a.org_hi and b.org_lo = b.org_hi and a.org_lo = b.org_lo)
        )
),

fullest as (
    select dt, name, other as canonical
    from agreeing
    qualify row_number() over (
        partition by dt, name order by other_initials desc, other_words desc, other_n desc, other
    ) = 1
),

day_names as (
    select
        f.dt, f.name, f.canonical, any_value(c.country_lo) as country_lo,
        any_value(c.country_hi) as country_hi
    from fullest as f
    inner join name_parts as c on c.dt = f.dt and c.name = f.canonical
    inner join agreeing as g on g.dt = f.dt and g.name = f.name
    left join agreeing as h on h.dt = g.dt and h.name = g.other and h.other = f.canonical
    where f.canonical <> f.name
    group by f.dt, f.name, f.canonical
    -- every form the name agrees with agrees with the chosen one too
    having count(*) = count(h.name)
),

-- the person speakers of the day's quotes: whom a `responds_to` names when it is a person
answered as (
    select distinct dt, quote_id, speaker_actor
    from kept
    where speaker_kind = 'person'
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
    case when articles.published_at is null then 'ingested' else 'published' end
        as statement_date_source,
    typed.speaker,
    coalesce(day_names.canonical, typed.speaker_actor) as speaker_actor,
    -- the name to show: the canonical actor (a person's fullest name of the day) when the speaker
    -- resolved, else the speaker as the article writes it (then `speaker_kind` is null)
    coalesce(day_names.canonical, typed.speaker_actor, typed.speaker) as speaker_name,
    typed.speaker_kind,
    typed.speaker_role,
    typed.speaker_country,
    -- every state of a joint speaker ("France and Germany said"), the first speaker_country
    -- (stg_statements fills partitions written before the column)
    typed.speaker_countries,
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
    case
        when
            typed.target_kind = 'person'
            and (typed.target_country is null or target_names.country_lo is null
                 or (typed.target_country = target_names.country_lo
                     and typed.target_country = target_names.country_hi))
            then coalesce(target_names.canonical, typed.target)
        else typed.target
    end as target,
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
    case
        when answered.quote_id is not null then coalesce(answered_names.canonical, typed.responds_to)
        else typed.responds_to
    end as responds_to,
    typed.responds_to_quote_id,
    quotes.quote_text,
    quotes.kind,
    quotes.cue,
    quotes.quote_start,
    quotes.quote_end,
    typed.rule,
    typed.evidence,
    typed.confidence,
    typed.occurrences,
    articles.title as article_title,
    articles.source,
    articles.url
from typed
inner join quotes using (quote_id, dt)
inner join articles using (article_id, dt)
left join day_names on typed.dt = day_names.dt and typed.speaker_actor = day_names.name
left join day_names as target_names
    on typed.dt = target_names.dt and typed.target = target_names.name
left join answered
    on typed.dt = answered.dt and typed.responds_to_quote_id = answered.quote_id
    and typed.responds_to = answered.speaker_actor
left join day_names as answered_names
    on typed.dt = answered_names.dt and typed.responds_to = answered_names.name
