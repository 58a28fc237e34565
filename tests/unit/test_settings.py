"""Numeric ``PARLEY_*`` settings: a wrong value is a :class:`~parley.settings.ConfigError` whose
one line names the variable, the value and what it should be (the DAG tasks fail at once on it)."""

from __future__ import annotations

import pytest

from parley.settings import ConfigError, get_settings


@pytest.mark.parametrize(
    ("env", "value", "message"),
    [
        ("PARLEY_SHARDS", "2.5", "PARLEY_SHARDS='2.5' is not an integer"),
        ("PARLEY_SHARDS", "0", "PARLEY_SHARDS='0' must be >= 1"),
        ("PARLEY_LOCK_TIMEOUT", "ten", "PARLEY_LOCK_TIMEOUT='ten' is not a number"),
    ],
)
def test_a_numeric_setting_that_is_no_number_names_the_variable(monkeypatch, env, value, message):
    monkeypatch.setenv(env, value)
    with pytest.raises(ConfigError) as err:
        get_settings()
    assert str(err.value) == message


def test_numeric_settings_read_their_values(monkeypatch):
    monkeypatch.setenv("PARLEY_SHARDS", "3")
    monkeypatch.setenv("PARLEY_LOCK_TIMEOUT", "1.5")
    settings = get_settings()
    assert (settings.shards, settings.lock_timeout) == (3, 1.5)
