-- stg_rejects: one row per input that could not become an article, with the reason.
-- materialized: view
select
    reject_id,
    dt,
    source,
    locator,
    stage,
    reason,
    detail,
    excerpt,
    rejected_at
from read_parquet('{{ lake }}/rejects/dt=*/*.parquet', hive_partitioning = true)
