-- stg_articles: one row per ingested article (originals and linked duplicates), all dates.
-- Reads the published lake; `dt` is the ingestion partition.
-- materialized: view
select
    article_id,
    dt,
    source,
    source_type,
    locator,
    url,
    canonical_url,
    title,
    published_at,
    ingested_at,
    language,
    license,
    text,
    content_hash,
    duplicate_of,
    summary_only,
    n_chars,
    duplicate_of is not null as is_duplicate
from read_parquet('{{ lake }}/articles/dt=*/*.parquet', hive_partitioning = true)
