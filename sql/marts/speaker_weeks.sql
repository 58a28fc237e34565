-- speaker_weeks: what each speaker said, week by week (statements by type, score, week-over-week
-- change, disputes raised and received). Grain: one row per (ISO week, speaker). Computed by
-- sql/weekly/speaker_weeks.sql and published by the statements_weekly DAG; a view, so a week
-- published after the last warehouse build shows at once. Columns: speaker_weeks.yml.
-- materialized: view
select * from stg_speaker_weeks
