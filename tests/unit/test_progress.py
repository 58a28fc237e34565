"""The progress helper: items pass through unchanged; a bar only on a terminal, or when asked."""

from __future__ import annotations

import io

import pytest

from parley import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "setting, tty, shown",
    [
        ("", False, False),
        ("", True, True),
        ("never", True, False),
        ("0", True, False),
        ("always", False, True),
        ("1", False, True),
    ],
)
def test_enabled_follows_the_terminal_unless_told(monkeypatch, setting, tty, shown):
    monkeypatch.setenv("PARLEY_PROGRESS", setting)
    assert progress.enabled(Terminal() if tty else io.StringIO()) is shown


def test_track_yields_every_item_and_stays_silent_off_a_terminal(monkeypatch, capsys):
    monkeypatch.delenv("PARLEY_PROGRESS", raising=False)
    items = list(progress.track(iter(range(5)), total=5, what="documents"))
    assert items == [0, 1, 2, 3, 4]
    assert capsys.readouterr() == ("", "")  # pytest's capture is no terminal


def test_a_forced_bar_counts_on_stderr_and_leaves_stdout_alone(monkeypatch, capsys):
    monkeypatch.setenv("PARLEY_PROGRESS", "always")
    assert list(progress.track(["a", "b", "c"], what="documents")) == ["a", "b", "c"]
    with progress.progress(total=4, what="days") as advance:
        advance()
        advance(3)
    out, err = capsys.readouterr()
    assert out == ""
    assert "documents" in err and "3/3" in err
    assert "days" in err and "4/4" in err


@pytest.mark.parametrize(
    "completed, elapsed, speed, shown",
    [
        (0, 5.0, None, "–/s"),  # nothing done yet
        (20, 1.5, 13.0, "13.0/s"),  # rich's windowed speed wins
        (1, 384.0, None, "6.4 min each"),  # one backfill day in 6 min: rich has no speed yet
        (3, 90.0, None, "30 s each"),
    ],
)
def test_slow_work_still_shows_a_rate(completed, elapsed, speed, shown):
    assert progress.format_rate(progress.rate(completed, elapsed, speed)) == shown


def test_a_slow_bar_shows_an_eta_after_its_first_item(monkeypatch, capsys):
    monkeypatch.setenv("PARLEY_PROGRESS", "always")
    with progress.progress(total=2, what="days") as advance:
        advance()
    err = capsys.readouterr().err
    assert "2/2" not in err and "1/2" in err
    assert "ETA -:--:--" not in err  # one day done in (almost) no time: an ETA of about zero
