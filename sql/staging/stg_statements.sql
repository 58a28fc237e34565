-- stg_statements: one row per typed statement (one per attributed quotation, or one per reported
-- clause of a quotation that coordinates several: "said A and that B"), all dates.
-- Reads the published lake; `dt` is the ingestion partition. Statement and target offsets index
-- stg_articles.text; partitions written before statements had their own span read them as null,
-- and speaker_countries as the mart documents it ([speaker_country], or [] without one).
-- materialized: view
with source as (
    select * from {{ lake('statements') }}
),

renamed as (
    select
        statement_id,
        article_id,
        quote_id,
        statement_start,
        statement_end,
        statement_text,
        dt,
        speaker,
        speaker_actor,
        speaker_kind,
        speaker_name_key,
        speaker_role,
        speaker_country,
        speaker_org,
        speaker_sector,
        speaker_qid,
        speaker_evidence,
        statement_type,
        cameo_code,
        plover_category,
        weight,
        negated,
        target,
        target_kind,
        target_country,
        target_countries,
        target_org,
        target_qid,
        target_mention,
        target_start,
        target_end,
        subject,
        subject_terms,
        topics,
        responds_to,
        responds_to_quote_id,
        cue_lemma,
        rule,
        evidence,
        confidence,
        -- every state of a joint speaker ("France and Germany said"), the first speaker_country;
        -- partitions written before the column: the speaker's country alone, [] without one (as
        -- extraction writes it), never null
        coalesce(
            speaker_countries,
            case when speaker_country is not null then [speaker_country] else [] end
        ) as speaker_countries
    from source
)

select * from renamed
