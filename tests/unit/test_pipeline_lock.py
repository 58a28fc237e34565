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


def test_backfill_stops_before_a_day_another_process_is_running(tmp_path, monkeypatch):
    """``parley backfill`` over a day whose ``make run`` is in progress on the same data dir
    started a second ``airflow dags test`` of it, which crashed inside Airflow and overwrote the
    first one's log: it stops before that day's Airflow, naming the running one's pid."""
    import os

    from parley.storage.lock import run_lock
    from tests.backfill import backfill_day

    data = tmp_path / "data"
    env = {**os.environ, "PARLEY_DATA_DIR": str(data)}
    monkeypatch.setenv("PARLEY_DATA_DIR", str(data))
    s = dataclasses.replace(get_settings(), data_dir=data)
    log = data / "logs" / "news_daily-2025-03-04.log"
    log.parent.mkdir(parents=True)
    log.write_text("the running one's log\n")
    with run_lock(s, "news_daily 2025-03-04"):
        done = backfill_day("2025-03-04", env, timeout=120)
    assert done.returncode == 1
    assert f"another run of news_daily 2025-03-04 is in progress (pid {os.getpid()} " in done.stderr
    assert log.read_text() == "the running one's log\n"


def test_run_lock_is_free_again_after_its_block(tmp_path):
    from parley.storage.lock import RunInProgress, run_lock

    s = dataclasses.replace(get_settings(), data_dir=tmp_path / "data")
    with run_lock(s, "news_daily 2025-03-04"), run_lock(s, "news_daily 2025-03-05"):
        pass  # another date is another run
    with run_lock(s, "news_daily 2025-03-04"):
        pass
    with (
        pytest.raises(RunInProgress, match="another run of news_daily 2025-03-04"),
        run_lock(s, "news_daily 2025-03-04"),
        run_lock(s, "news_daily 2025-03-04"),
    ):
        pass


def test_two_runs_of_one_date_collide_in_a_shared_airflow_home_or_a_shared_data_dir(tmp_path):
    """The run lock was the data dir's only: `make run DATE=D` from two data dirs with one
    AIRFLOW_HOME both started `airflow dags test news_daily D`, one DagRun in one metadata DB
    (the second crashed inside Airflow). A run of a DAG and date now holds it in its data dir and
    in its Airflow home: a second one sharing either stops at once, saying which is shared."""
    from parley.storage.lock import RunInProgress, run_lock

    one, other = (dataclasses.replace(get_settings(), data_dir=tmp_path / d) for d in "ab")
    home, home2 = tmp_path / "airflow", tmp_path / "airflow2"
    what = "news_daily 2025-03-04"
    with run_lock(one, what, home=home):
        with (  # another data dir, the same Airflow home
            pytest.raises(RunInProgress, match=rf"in the Airflow home {home}, .*AIRFLOW_HOME"),
            run_lock(other, what, home=home),
        ):
            pass
        with (  # the same data dir, another Airflow home: its data and its log are shared
            pytest.raises(RunInProgress, match=rf"on {one.data_dir}; wait"),
            run_lock(one, what, home=home2),
        ):
            pass
        with run_lock(other, what, home=home2), run_lock(other, "news_daily 2025-03-05", home=home):
            pass  # nothing shared (another date is another run)
    with run_lock(other, what, home=home):
        pass  # free again
    with run_lock(one, what, home=one.data_dir):
        pass  # an Airflow home that is the data dir itself: one lock, no clash with itself


def test_make_runs_lock_reads_the_airflow_home_make_exports(tmp_path):
    """`python -m parley.storage.lock` (the Makefile's RUN_LOCKED) locks the Airflow home of
    AIRFLOW_HOME: a second `make run` of the date from another data dir exits 75 before its
    command runs, without touching its log, and names the run holding the Airflow home."""
    import os
    import subprocess
    import sys

    from parley.storage.lock import RunInProgress, run_lock

    home = tmp_path / "airflow"
    running = dataclasses.replace(get_settings(), data_dir=tmp_path / "a")
    env = {**os.environ, "AIRFLOW_HOME": str(home), "PARLEY_DATA_DIR": str(tmp_path / "b")}
    log, marker = tmp_path / "b.log", tmp_path / "ran"
    command = [sys.executable, "-m", "parley.storage.lock", "news_daily 2025-03-04", str(log)]
    with run_lock(running, "news_daily 2025-03-04", home=home):
        done = subprocess.run(
            [*command, "touch", str(marker)], capture_output=True, text=True, env=env, timeout=60
        )
    assert done.returncode == RunInProgress.EXIT_STATUS, done.stdout + done.stderr
    assert f"(pid {os.getpid()} " in done.stdout and f"data dir {tmp_path / 'a'}" in done.stdout
    assert f"in the Airflow home {home}" in done.stdout
    assert not log.exists() and not marker.exists()
    done = subprocess.run([*command, "touch", str(marker)], env=env, timeout=60)
    assert done.returncode == 0 and marker.exists()


def test_make_runs_lock_says_what_it_could_not_start_and_how_a_signal_ended_it(
    tmp_path, monkeypatch, capsys
):
    """`python -m parley.storage.lock` ran its command with no check: too few arguments or a
    command that does not exist ended in a Python traceback. Now: the usage line (exit 2), the
    command named in the log and on stderr (exit 127 / 126 as a shell's), and a command killed by
    signal N exits 128 + N (what tools.run_failure turns into words)."""
    from parley.storage.lock import main

    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    assert main(["news_daily 2025-03-04", str(tmp_path / "log")]) == 2
    assert "usage: python -m parley.storage.lock WHAT LOG CMD" in capsys.readouterr().err
    log = tmp_path / "run.log"
    assert main(["news_daily 2025-03-04", str(log), str(tmp_path / "no-such-airflow")]) == 127
    said = capsys.readouterr().err.strip()
    missing = f"cannot start {tmp_path}/no-such-airflow: No such file or directory"
    assert said == f"news_daily 2025-03-04: error: {missing}"
    assert log.read_text() == said + "\n"
    plain = tmp_path / "not-executable"
    plain.write_text("echo hi\n")
    assert main(["news_daily 2025-03-04", str(log), str(plain)]) == 126
    assert "Permission denied" in log.read_text()
    assert main(["news_daily 2025-03-04", str(log), "sh", "-c", "kill -TERM $$"]) == 128 + 15
    assert main(["news_daily 2025-03-04", str(log), "sh", "-c", "exit 3"]) == 3


def test_a_run_whose_lock_holder_is_killed_keeps_its_lock_while_its_command_runs(tmp_path, request):
    """break16: `kill` of make's `python -m parley.storage.lock` (SIGTERM: Python dies at once)
    left its `airflow dags test` running with the lock released, so the next `make run` of the
    date started a second Airflow run of it (the crash the lock is for). The command now holds
    the lock too: the next run is refused, naming the command's pid, until the command ends."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from parley.storage.lock import RunInProgress, run_lock

    home, data = tmp_path / "airflow", tmp_path / "data"
    env = {**os.environ, "AIRFLOW_HOME": str(home), "PARLEY_DATA_DIR": str(data)}
    release = tmp_path / "release"
    request.addfinalizer(release.touch)  # the command never outlives the test
    waits = f"import os, time\nwhile not os.path.exists({str(release)!r}): time.sleep(0.05)"
    wrapper = subprocess.Popen(
        [sys.executable, "-m", "parley.storage.lock", "news_daily 2025-03-04",
         str(tmp_path / "run.log"), sys.executable, "-c", waits],
        env=env,
    )  # fmt: skip
    lock_file = data / ".parley-run-news_daily-2025-03-04.lock"
    deadline = time.monotonic() + 60
    while b"command_pid" not in (lock_file.read_bytes() if lock_file.exists() else b""):
        assert time.monotonic() < deadline and wrapper.poll() is None
        time.sleep(0.05)
    wrapper.send_signal(signal.SIGTERM)
    assert wrapper.wait(timeout=60) != 0
    s = dataclasses.replace(get_settings(), data_dir=data)
    try:
        with (
            pytest.raises(RunInProgress, match=r"its command pid \d+"),
            run_lock(s, "news_daily 2025-03-04", home=home),
        ):
            pass
    finally:
        release.touch()  # the command ends: the lock is free
    deadline = time.monotonic() + 60
    while True:
        try:
            with run_lock(s, "news_daily 2025-03-04", home=home):
                break
        except RunInProgress:
            assert time.monotonic() < deadline
            time.sleep(0.1)


def test_a_run_removes_its_lock_files_when_it_ends(tmp_path):
    """The run-lock files piled up in the data dir and the Airflow home, one per DAG and date,
    never removed: a run's are gone once it ends (raised out of or not); the lock still holds
    while it runs."""
    from parley.storage.lock import RunInProgress, run_lock

    s = dataclasses.replace(get_settings(), data_dir=tmp_path / "data")
    home = tmp_path / "airflow"
    for what in ("news_daily 2025-03-04", "news_daily 2025-03-05", "statements_weekly 2025-03-05"):
        with run_lock(s, what, home=home):
            assert len(list(s.data_dir.glob(".parley-run-*"))) == 1
            with pytest.raises(RunInProgress), run_lock(s, what, home=home):
                pass
    with pytest.raises(KeyError), run_lock(s, "news_daily 2025-03-06", home=home):
        raise KeyError("the run failed")
    assert list(s.data_dir.glob(".parley-run-*")) == list(home.glob(".parley-run-*")) == []


def test_a_run_that_opened_a_removed_lock_file_does_not_hold_the_lock_beside_the_next(
    tmp_path, monkeypatch
):
    """Removing the lock file on release opens a race: a run that opened the file just before
    its holder removed it gets the flock of a file no longer there, while the next run creates
    and locks a new one, and both would run the date. The lock counts only while its path still
    names the locked file: the late run is refused."""
    import os

    from parley.storage import lock
    from parley.storage.lock import RunInProgress, run_lock

    s = dataclasses.replace(get_settings(), data_dir=tmp_path / "data")
    what, path = "news_daily 2025-03-04", s.data_dir / ".parley-run-news_daily-2025-03-04.lock"
    with run_lock(s, what, home=s.data_dir):
        late = os.open(path, os.O_RDWR)  # opened before the holder removes it
    # the late run's first open gives it a copy of `late` (the same open file), which it owns and
    # closes; the test closes `late` itself, whatever happens
    handed = [os.dup(late)]
    real_open = os.open
    try:
        # the next run (a new file), then the late one under the patched open
        with run_lock(s, what, home=s.data_dir), monkeypatch.context() as patch:
            patch.setattr(
                lock.os, "open", lambda *a, **k: handed.pop() if handed else real_open(*a)
            )
            with (
                pytest.raises(RunInProgress, match="another run of news_daily 2025-03-04"),
                run_lock(s, what, home=s.data_dir),  # the late one
            ):
                pass
        assert handed == []  # the late run did open the removed file first
    finally:
        for fd in [late, *handed]:
            os.close(fd)
