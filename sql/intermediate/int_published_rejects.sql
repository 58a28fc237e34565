-- int_published_rejects: the already-rejected index. Grain: one row per published reject whose
-- input bytes were read (input_hash not null), with what recognises the same input unchanged on a
-- later day: its source, locator and the sha256 of its bytes. Kept as a compact table updated one
-- day at a time, like int_published_content, so ingest's look-up reads one table instead of every
-- earlier day's rejects files (storage.warehouse.published_rejects).
-- materialized: incremental
-- partition_by: dt
select
    dt,
    source,
    locator,
    input_hash
from stg_rejects
where input_hash is not null
