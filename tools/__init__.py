"""Developer tools: evaluation, benchmarks and range learning. Not part of the ``parley`` package
or the worker image; the Makefile runs them (``make eval``, ``make eval-ingest``,
``make eval-statements``, ``make bench``, ``make quality-ranges``).
"""
