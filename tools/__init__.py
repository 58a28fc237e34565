"""Developer tools: evaluation, benchmarks, range learning and fuzzing. Not part of the ``parley``
package or the worker image; the Makefile runs them (``make eval``, ``make eval-ingest``,
``make eval-statements``, ``make bench``, ``make quality-ranges``, ``make fuzz``).
:mod:`tools.local_site` is the local HTTP site ``make fuzz`` and the ingestion tests share;
:mod:`tools.airflow_env` the embedded Airflow's environment the tests and ``make bench`` share.
"""
