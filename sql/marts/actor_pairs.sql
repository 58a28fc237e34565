-- actor_pairs: how one side speaks about another. Grain: one row per (speaker party, target
-- party), over all dates. A party is an ISO country code, or the organisation for international
-- organisations. Statements with no known party on either side are left out.
-- cooperation_conflict_score = the mean Goldstein-like weight of the pair's statements, on the
-- -10 (conflict) .. +10 (cooperation) scale; each statement's weight comes from its CAMEO code
-- (include/parley/data/statements/cameo_codes.csv: e.g. REJECT 120 = -4.0, THREATEN 138 = -7.0,
-- SUPPORT 051 = +3.4, INTENT 036 = +4.0, STATEMENT/CLAIM 010 = 0), averaged as exact decimals so
-- the score does not depend on the order rows are summed in.
-- The warehouse recomputes only the pairs a changed day's statements touch (unique_key).
-- materialized: incremental
-- unique_key: speaker_party, target_party
with with_parties as (
    select *
    from statements
    where
        speaker_party is not null and target_party is not null
        -- an incremental build recomputes only the pairs the changed days touch
        and {{ touched('speaker_party', 'target_party') }}
)

select
    speaker_party,
    target_party,
    speaker_party = target_party as is_domestic,
    count(*) as n_statements,
    round(avg(cast(weight as decimal(18, 3))), 2)::double as cooperation_conflict_score,
    count(*) filter (where weight < 0) as n_conflictual,
    count(*) filter (where weight > 0) as n_cooperative,
    -- n_<label>: one count per label of the seed statement_types, in its order
    {{ count_each('statement_type', 'statement_types') }},
    count(distinct speaker) as n_speakers,
    count(distinct article_id) as n_articles,
    min(statement_date) as first_seen,
    max(statement_date) as last_seen
from with_parties
group by speaker_party, target_party
