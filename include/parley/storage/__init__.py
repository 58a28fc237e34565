"""Storage, used by every stage: the Parquet lake (:mod:`.lake`, the truth: partitions, atomic
publish) and the DuckDB warehouse built from ``sql/`` over it (:mod:`.warehouse`, disposable)."""
