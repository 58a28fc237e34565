-- pair_weeks: how one side spoke about another, week by week (statements by type, cooperation-
-- conflict score, week-over-week change, new pairs, disputes). Grain: one row per (ISO week,
-- speaker party, target party). Computed by sql/weekly/pair_weeks.sql and published by the
-- statements_weekly DAG; a view, so a week published after the last warehouse build shows at once.
-- Columns: pair_weeks.yml.
-- materialized: view
select * from stg_pair_weeks
