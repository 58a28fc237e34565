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


def _logs_dir(env: dict[str, str]):
    import os
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "parley.settings", "logs-dir"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_log_folder_command_makes_and_prints_the_folder(tmp_path):
    done = _logs_dir({"PARLEY_DATA_DIR": str(tmp_path / "lake")})
    assert (done.returncode, done.stdout.strip()) == (0, str(tmp_path / "lake" / "logs"))
    assert (tmp_path / "lake" / "logs").is_dir()


def test_the_log_folder_command_names_a_wrong_setting_in_one_line(tmp_path):
    # new-user check: `PARLEY_SHARDS=abc make run` printed a traceback before the one-line reason
    done = _logs_dir({"PARLEY_DATA_DIR": str(tmp_path), "PARLEY_SHARDS": "abc"})
    assert done.returncode == 2
    assert done.stderr == "parley: PARLEY_SHARDS='abc' is not an integer\n"
    assert not (tmp_path / "logs").exists()
