"""Which stages hold the data dir's lock (parley.storage.lock): a stage that writes in the data
dir must hold it, or another run's exclusive stage sweeps its temp files as leftovers."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from parley import pipeline
from parley.dates import window_for_date
from parley.settings import get_settings
from parley.storage.lock import DataDirBusy, data_dir_lock


@pytest.fixture
def settings(tmp_path):
    return dataclasses.replace(get_settings(), data_dir=tmp_path / "data", lock_timeout=0.3)


def _held_exclusively(settings, stage):
    """Run ``stage`` while another thread holds the data dir's lock exclusively; returns what
    ``stage`` raised (or None)."""
    taken, release = threading.Event(), threading.Event()

    def holder():
        with data_dir_lock(settings, "publish 2025-06-01"):
            taken.set()
            release.wait(10)

    t = threading.Thread(target=holder)
    t.start()
    assert taken.wait(10)
    try:
        stage()
    except DataDirBusy as exc:
        return exc
    finally:
        release.set()
        t.join()
    return None


@pytest.mark.parametrize(
    "stage",
    [
        pytest.param(pipeline.digest, id="digest"),
        pytest.param(pipeline.validate, id="validate"),
        pytest.param(pipeline.publish, id="publish"),
    ],
)
def test_a_stage_that_writes_in_the_data_dir_waits_for_an_exclusive_holder(settings, stage):
    window = window_for_date("2025-06-01")
    raised = _held_exclusively(settings, lambda: stage(window, settings))
    assert isinstance(raised, DataDirBusy)
    assert "publish 2025-06-01" in str(raised)
