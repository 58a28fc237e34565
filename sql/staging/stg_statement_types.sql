-- stg_statement_types: one row per statement label (the seed statement_types, from
-- include/parley/data/statements/statement_types.csv), typed: how the marts treat each label.
-- `is_disputing`: the label disputes what it answers (DENY, DISPUTE, REJECT); with
-- `is_disputing_when_answering` only when it answers someone (a declined comment on their remarks);
-- `is_disputable`: an assertion a dispute can answer; `is_neutral`: a plain statement, no stance.
-- materialized: view
with source as (
    select * from statement_types
),

renamed as (
    select
        statement_type,
        default_cameo,
        negated_type,
        cast(priority as integer) as priority,
        disputing = 'yes' as is_disputing,
        disputing = 'when-answering' as is_disputing_when_answering,
        disputable = 'yes' as is_disputable,
        neutral = 'yes' as is_neutral,
        description
    from source
)

select * from renamed
