-- int_published_content: the published-content index. Grain: one row per published article row
-- (originals and linked duplicates), with what a new day's ingest checks against: the normalised
-- content hash and the canonical URL (never taken again), and, for originals, the article id and
-- the text's MinHash signature and the parties it names (a near-duplicate naming the same
-- parties is linked to it). Kept as a compact table updated
-- one day at a time, so ingest's look-up costs the same on day 60 as on day 1
-- (pipeline.published_index reads it through storage.warehouse.published_content and
-- published_signatures).
-- materialized: incremental
-- partition_by: dt
select
    dt,
    content_hash,
    canonical_url,
    article_id,
    duplicate_of,
    minhash,
    parties
from stg_articles
