"""Configuration errors fail a task at once (a helper module, not a DAG; see ``_assets.py``).

A wrong sources file, a wrong ``PARLEY_*`` setting or a day no run can own
(:class:`parley.settings.ConfigError` and its subclasses) is no transient fault: retried, the task
failed the same way after the DAG's retries and their delays (~4 minutes) and the message was
buried in the log. Inside :func:`config_errors_fail_at_once` such an error becomes Airflow's
``AirflowFailException`` (Task SDK: ``airflow.sdk.exceptions``), which fails the task without
retrying, with the error's own message; so does a verdict on the data that a task names (a
failed weekly gate). Every other error keeps the DAG's retries.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from airflow.sdk.exceptions import AirflowFailException


@contextmanager
def config_errors_fail_at_once(*verdicts: type[Exception]) -> Iterator[None]:
    """Run the block; a :class:`parley.settings.ConfigError` raised in it, or an error of a class
    in ``verdicts`` (a verdict on the data a retry meets again: statements_weekly's build passes
    :class:`parley.quality.QualityGateError`), is re-raised as ``AirflowFailException``
    ("<class>: <message>", the original chained); any other error propagates as it is."""
    from parley.settings import ConfigError

    try:
        yield
    except (ConfigError, *verdicts) as err:
        raise AirflowFailException(f"{type(err).__name__}: {err}") from err
