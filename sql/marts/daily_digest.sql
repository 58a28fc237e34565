-- daily_digest: the day's statements, ready to read grouped by country pair.
-- Grain: one row per statement (an attributed quotation of an original article, or one reported
-- clause of a quotation that coordinates several), by ingestion day. `quote` is what the statement
-- says: its own clause of the quotation.
-- `pair` is "speaker party → target party" ("RU → US"); statements without a known target party
-- are grouped under the speaker party alone ("FR → ?"). `speaker_name` is the name to print: the
-- canonical actor ("Joe Biden" for "Joseph R. Biden Jr."), else the speaker as written when it
-- resolved to no actor (`speaker_kind` null: "two leaders").
-- materialized: incremental
-- partition_by: dt
select
    dt,
    coalesce(speaker_party, '?') || ' → ' || coalesce(target_party, '?') as pair,
    speaker_party,
    target_party,
    speaker,
    speaker_actor,
    speaker_name,
    speaker_kind,
    speaker_role,
    speaker_country,
    speaker_countries,
    speaker_sector,
    statement_type,
    cameo_code,
    plover_category,
    weight,
    negated,
    target,
    target_country,
    subject,
    statement_text as quote,
    cue,
    kind,
    confidence,
    article_title,
    source,
    published_at,
    article_id,
    quote_id,
    statement_id,
    quote_start,
    statement_start
from statements
