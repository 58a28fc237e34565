"""The Makefile a user meets first: ``make help`` lists every documented target, a failed
``make run`` says something useful even when the run was killed before it wrote its log, and the
environment its recipes run the commands in (``make run``, ``make bench`` ...)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools.run_failure import error_lines, failure_report, status_meaning

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def _documented_targets() -> list[str]:
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    return re.findall(r"^([^\s:#=]+):[^=\n]*##", text, flags=re.M)


def test_make_help_lists_every_documented_target():
    """``bench-100k`` (a digit in its name) was missing: the help's pattern was ``[a-z-]+``."""
    targets = _documented_targets()
    assert {"bench-100k", "eval-ingest", "run", "help"} <= set(targets)
    shown = subprocess.run(
        ["make", "-s", "-C", str(REPO), "help"], capture_output=True, text=True, check=True
    ).stdout
    listed = [line.split("\t", 1)[0] for line in shown.splitlines()]
    assert listed == targets


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (137, "killed by SIGKILL (signal 9; the out-of-memory killer sends it)"),
        (143, "killed by SIGTERM (signal 15)"),
        (130, "killed by SIGINT (signal 2)"),
        (1, "exit status 1"),
    ],
)
def test_an_exit_status_is_said_in_words(status, said):
    assert status_meaning(status) == said


@pytest.mark.parametrize(
    ("log_text", "expected", "not_expected"),
    [
        (None, ["was not written", "ended before it wrote anything"], []),
        ("", ["is empty", "ended before it wrote anything"], []),
        ("  \n", ["is empty"], []),
        (
            "INFO starting\nparley.quality.results.QualityGateError: partition dt=2025-03-06 "
            "failed 1 critical check\nINFO done\n",
            ["the log's error lines", "QualityGateError: partition dt=2025-03-06"],
            ["INFO starting", "is empty"],
        ),
        (
            "INFO loading the DAG\nINFO task extract started\n",
            ["the log names no error; its last lines", "INFO task extract started"],
            ["is empty"],
        ),
    ],
)
def test_a_failed_run_always_says_why_and_where(tmp_path, log_text, expected, not_expected):
    log = tmp_path / "news_daily-2025-03-06.log"
    if log_text is not None:
        log.write_text(log_text, encoding="utf-8")
    said = failure_report("news_daily 2025-03-06", log, 137)
    assert said.startswith("news_daily 2025-03-06 failed: killed by SIGKILL")
    assert str(log) in said
    for part in expected:
        assert part in said
    for part in not_expected:
        assert part not in said


@pytest.mark.parametrize(
    ("line", "is_error"),
    [
        ("INFO - quality: 238 checks run, 0 failed", False),
        ("INFO - 12 passed, 0 checks failed in 4.1s", False),
        ("INFO - tasks done: success=5 failed=0", False),
        ("INFO - tasks done: failed: 0, skipped: 1", False),
        ("INFO - no task failed", False),
        ("INFO - 10 passed, 2 failed", True),
        ("INFO - Task failed with exception", True),
        ("QualityGateError: partition dt=2025-03-06 failed 1 critical check", True),
        ("ERROR - extract: worker died", True),
        ("INFO - 0 failed before; now the validate task failed", True),
        ("airflow dags test: error: argument logical_date: invalid parse value: 'x'", True),
        ("INFO - no error: the day had nothing new", False),
    ],
)
def test_error_lines_are_real_failures_not_a_count_of_none(line, is_error):
    """The log's error lines are the failures: "0 failed" (a summary's count of none) is not
    one, though it holds the word."""
    assert error_lines([line]) == ([line] if is_error else [])


# the stand-in venv's stamp must not be remade from these
_UP_TO_DATE = ("-o", "requirements.txt", "-o", "constraints.txt", "-o", "pyproject.toml")


def _stand_in_venv(tmp_path: Path, airflow_script: str) -> tuple[Path, Path]:
    """A venv whose ``python`` is this one and whose ``airflow`` runs ``airflow_script`` (sh),
    with the install stamp and a migrated Airflow home: (venv, home)."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    airflow = venv / "bin" / "airflow"
    airflow.write_text(f"#!/bin/sh\n{airflow_script}\n", encoding="utf-8")
    for exe in (python, airflow):
        exe.chmod(0o755)
    (venv / ".installed").touch()
    home = tmp_path / "airflow-home"
    home.mkdir()
    (home / ".migrated").touch()
    return venv, home


def _make(venv: Path, home: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """``make -s *args`` in the repository with the stand-in ``venv`` and Airflow ``home``
    (:func:`_stand_in_venv`), its install stamp kept up to date, under ``env``; output captured."""
    return subprocess.run(
        ["make", "-s", "-C", str(REPO), *_UP_TO_DATE, *args]
        + [f"VENV={venv}", f"AIRFLOW_HOME={home}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_make_run_killed_before_logging_names_the_log_and_the_kill(tmp_path):
    """A ``make run`` whose Airflow was killed printed "news_daily failed; last lines of …log:"
    and nothing after it. Here a stand-in ``airflow`` kills itself before writing a line."""
    venv, home = _stand_in_venv(tmp_path, "kill -9 $$")
    data = tmp_path / "data"
    env = {**os.environ, "PARLEY_DATA_DIR": str(data), "PYTHONPATH": str(REPO)}
    done = _make(venv, home, env, "run", "DATE=2025-03-06")
    log = data / "logs" / "news_daily-2025-03-06.log"
    assert done.returncode != 0
    assert "news_daily 2025-03-06 failed: killed by SIGKILL" in done.stdout
    assert f"Its log {log} is empty" in done.stdout


def _make_with_dates(tmp_path: Path, target: str, *dates: str) -> subprocess.CompletedProcess:
    """``make -s target *dates`` (``DATE=...``; ``START=...``, ``END=...``) with a stand-in venv
    whose ``airflow`` leaves ``tmp_path/airflow-started`` and the data dir ``tmp_path/data``."""
    venv, home = _stand_in_venv(tmp_path, f"touch {tmp_path / 'airflow-started'}")
    env = {**os.environ, "PARLEY_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(REPO)}
    return _make(venv, home, env, target, *dates)


@pytest.mark.parametrize("target", ["run", "weekly"])
@pytest.mark.parametrize(
    "day", ["2026-02-30", "2026-13-01", "tomorrow", "2026-1-5", "20260105", "2026-W02-1"]
)
def test_make_run_refuses_a_date_that_is_not_a_calendar_date(tmp_path, target, day):
    """``make run DATE=2026-02-30`` started Airflow, whose usage text (~40 lines) ended in the
    error, and said "the log names no error": the date is checked first, Airflow never starts
    (the stand-in ``airflow`` would leave a mark) and no log is written."""
    mark, data = tmp_path / "airflow-started", tmp_path / "data"
    done = _make_with_dates(tmp_path, target, f"DATE={day}")
    assert done.returncode != 0
    if day.replace("-", "").isdigit():
        assert f"DATE={day} is not a calendar date (YYYY-MM-DD)" in done.stdout
    else:  # Make refuses letters itself (test_a_date_with_shell_text_never_reaches_a_shell)
        assert f"DATE may hold only digits and '-' (YYYY-MM-DD); got: {day}" in done.stderr
    assert not mark.exists() and not (data / "logs").exists()


@pytest.mark.parametrize("target", ["run", "weekly"])
def test_make_run_refuses_the_last_calendar_day_in_one_line(tmp_path, target):
    """``make run DATE=9999-12-31`` passed the date check, started Airflow and failed every task
    (after two retries) with an OverflowError traceback: the day's window would end after the last
    date Python has. The date check says so in one line and Airflow never starts."""
    mark, data = tmp_path / "airflow-started", tmp_path / "data"
    done = _make_with_dates(tmp_path, target, "DATE=9999-12-31")
    assert done.returncode != 0
    assert done.stdout.strip() == (
        "DATE=9999-12-31 is out of range: its day would end after the last date Python's "
        "calendar has (the last day a run can own is 9999-12-30)"
    )
    assert "Traceback" not in done.stdout + done.stderr
    assert not mark.exists() and not (data / "logs").exists()


@pytest.mark.parametrize("outside", ["1", "", None])  # exported by the shell, empty, absent
def test_python_writes_its_bytecode_whatever_the_shell_exports(tmp_path, outside):
    """A DAG run after the first imports the package's bytecode instead of compiling it again
    (~0.4 CPU-s of a day with nothing new): the Makefile's recipes never see
    ``PYTHONDONTWRITEBYTECODE``, even when the calling shell exports it."""
    probe = tmp_path / "probe.mk"
    probe.write_text(
        f'include {REPO / "Makefile"}\nprobe:\n\t@echo "[$${{PYTHONDONTWRITEBYTECODE-unset}}]"\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if outside is not None:
        env["PYTHONDONTWRITEBYTECODE"] = outside
    out = subprocess.run(
        ["make", "--no-print-directory", "-f", str(probe), "probe"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip().splitlines()[-1] == "[unset]"


@pytest.mark.parametrize("target", ["run", "weekly", "report", "backfill"])
@pytest.mark.parametrize(
    "text",
    [
        "2025-03-06'; touch {mark}; '",  # closes the check's quotes
        "2025-03-06; touch {mark}",  # unquoted in `parley report --date $(DATE)`
        "$(shell touch {mark})",  # a command-line variable Make would expand itself
        "2025-03-06`touch {mark}`",
    ],
)
def test_a_date_with_shell_text_never_reaches_a_shell(tmp_path, target, text):
    """``make run DATE="2025-03-06'; touch x; '"`` closed the quotes of the date check and ran
    the rest in the user's shell (``report``'s ``--date $(DATE)`` had no quotes at all). Make
    refuses DATE (START, END for backfill) unless its raw text is digits and '-', before any
    recipe or prerequisite runs: nothing is touched, Airflow never starts."""
    mark, started = tmp_path / "ran", tmp_path / "airflow-started"
    value = text.format(mark=mark)
    dates = [f"START={value}", "END=2025-03-07"] if target == "backfill" else [f"DATE={value}"]
    done = _make_with_dates(tmp_path, target, *dates)
    assert done.returncode != 0
    name = "START" if target == "backfill" else "DATE"
    assert f"{name} may hold only digits and '-' (YYYY-MM-DD); got: {value}" in done.stderr
    assert not mark.exists() and not started.exists()


@pytest.mark.parametrize("target", ["run", "weekly"])
def test_two_runs_of_one_date_on_one_data_dir_the_second_stops_before_airflow(tmp_path, target):
    """Two ``make run DATE=D`` at once on one data dir: the second crashed inside Airflow ("Task
    Instance not found", an sqlite IntegrityError: its run is the first one's in Airflow's
    database) and both wrote one log. The second now stops at once, before its Airflow starts,
    naming the first one's pid, and leaves the first one's log alone."""
    started = tmp_path / "airflow-started"
    venv, home = _stand_in_venv(
        tmp_path, f'echo "run $$$$" >> {started}; echo "log of $$$$"; sleep 4'
    )
    data = tmp_path / "data"
    env = {**os.environ, "PARLEY_DATA_DIR": str(data), "PYTHONPATH": str(REPO)}
    command = ["make", "-s", "-C", str(REPO), *_UP_TO_DATE, target, "DATE=2026-11-27"]
    command += [f"VENV={venv}", f"AIRFLOW_HOME={home}"]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    try:
        for _ in range(100):  # until the first one's Airflow has started
            if started.exists():
                break
            subprocess.run(["sleep", "0.1"], check=True)
        second = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    finally:
        first.communicate(timeout=120)
    dag = "news_daily" if target == "run" else "statements_weekly"
    assert second.returncode != 0
    said = second.stdout.strip().splitlines()[-1]
    assert said.startswith(f"another run of {dag} 2026-11-27 is in progress (pid ")
    assert "wait for it to finish" in said
    assert "failed" not in second.stdout  # no failure report of the first one's log
    runs = started.read_text().splitlines()
    assert len(runs) == 1  # the second never started Airflow
    log = data / "logs" / f"{dag}-2026-11-27.log"
    assert log.read_text() == f"log of {runs[0].split()[1]}\n"


@pytest.mark.parametrize("target", ["run", "weekly"])
def test_make_run_refuses_a_future_date_before_airflow_starts(tmp_path, target):
    """``make run DATE=<a day after today>`` ran today's inbox under that day's name. The date
    check refuses it in one line (parley.dates; the check itself is tested with an injected
    today in tests/unit/test_dates.py: 9999-12-30 is after any day this suite runs on)."""
    mark, data = tmp_path / "airflow-started", tmp_path / "data"
    done = _make_with_dates(tmp_path, target, "DATE=9999-12-30")
    assert done.returncode != 0
    assert done.stdout.strip().startswith("DATE=9999-12-30 is in the future (today is ")
    assert not mark.exists() and not (data / "logs").exists()


def test_the_airflow_home_is_migrated_once_per_install_and_a_failed_migration_is_not_stamped(
    tmp_path, monkeypatch
):
    """``tools.airflow_env.migrate_once`` (the Makefile's ``$(AIRFLOW_HOME)/.migrated``): a fresh
    home is migrated and stamped; the stamp skips the next call until the install stamp is newer
    (a new install migrates again); a migration that fails leaves no stamp and returns its exit
    status, so the next ``make run`` tries again. Airflow itself is stood in for."""
    import subprocess

    from tools.airflow_env import migrate_once

    ran, status = [], [0]

    def airflow(command, stdout, stderr):
        ran.append(command[1:])
        stdout.write("migrated\n")
        return subprocess.CompletedProcess(command, status[0])

    monkeypatch.setattr(subprocess, "run", airflow)
    home, install = tmp_path / "home", tmp_path / ".installed"
    install.touch()
    os.utime(install, (1_000_000, 1_000_000))
    assert migrate_once(home, install) == 0 and ran == [["db", "migrate"]]
    assert (home / ".migrated").exists()
    assert (home / "logs" / "db-migrate.log").read_text() == "migrated\n"
    assert migrate_once(home, install) == 0 and len(ran) == 1  # stamped: not again
    os.utime(home / ".migrated", (500_000, 500_000))  # a new install since the stamp
    status[0] = 1
    assert migrate_once(home, install) == 1 and len(ran) == 2
    assert (home / ".migrated").stat().st_mtime < install.stat().st_mtime  # not stamped
    status[0] = 0
    assert migrate_once(home, install) == 0 and len(ran) == 3
    assert (home / ".migrated").stat().st_mtime >= install.stat().st_mtime


def test_make_run_names_the_sources_parley_sources_points_at(tmp_path):
    """``make run`` said "inbox: include/samples" whatever ``PARLEY_SOURCES`` named; it names
    the configuration file and its sources (``parley sources``)."""
    venv, home = _stand_in_venv(tmp_path, "true")
    desk = tmp_path / "desk"
    cfg = tmp_path / "sources.yaml"
    cfg.write_text(f"sources:\n  - {{name: desk, type: folder, path: {desk}}}\n", encoding="utf-8")
    env = {
        **os.environ,
        "PARLEY_DATA_DIR": str(tmp_path / "data"),
        "PARLEY_SOURCES": str(cfg),
        "PYTHONPATH": f"{REPO / 'include'}{os.pathsep}{REPO}",
    }
    done = _make(venv, home, env, "run", "DATE=2025-03-06")
    first = done.stdout.splitlines()[0]
    assert f"(sources: {cfg}: folder {desk}, data: {tmp_path / 'data'};" in first
    assert "include/samples" not in first


def test_make_run_with_a_wrong_setting_says_it_once_and_starts_nothing(tmp_path):
    """``PARLEY_SHARDS=abc make run`` printed the setting's error, then "running news_daily for
    ... (sources: , data: ...; a few minutes)" as if it were starting, then the error again and
    "cannot make the log folder": the settings are checked before the run is announced, the
    error is said once, and Airflow never starts."""
    venv, home = _stand_in_venv(tmp_path, f"touch {tmp_path / 'airflow-started'}")
    env = {
        **os.environ,
        "PARLEY_DATA_DIR": str(tmp_path / "data"),
        "PARLEY_SHARDS": "abc",
        "PYTHONPATH": f"{REPO / 'include'}{os.pathsep}{REPO}",
    }
    done = _make(venv, home, env, "run", "DATE=2025-03-06")
    assert done.returncode != 0
    assert "running news_daily" not in done.stdout
    said = done.stdout + done.stderr
    assert said.count("PARLEY_SHARDS='abc' is not an integer") == 1, said
    assert not (tmp_path / "airflow-started").exists()
