-- int_published_content: the published-content index. Grain: one row per published article row
-- (originals and linked duplicates), with the two things a new day's ingest must not take again:
-- the normalised content hash and the canonical URL. Kept as a compact table updated one day at
-- a time, so ingest's look-up costs the same on day 60 as on day 1 (pipeline.published_index
-- reads it through storage.warehouse.published_content).
-- materialized: incremental
-- partition_by: dt
select
    dt,
    content_hash,
    canonical_url
from stg_articles
