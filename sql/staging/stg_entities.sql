-- stg_entities: one row per entity mention, all dates.
-- materialized: view
select
    entity_id,
    article_id,
    dt,
    entity_text,
    label,
    canonical_name,
    start_char,
    end_char,
    sentence_index
from read_parquet('{{ lake }}/entities/dt=*/*.parquet', hive_partitioning = true)
