"""The progress bar on stderr: shown only once a step has run a second, one step after another, gone at the end."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from voiceroutine.cli import progress as cli_progress
from voiceroutine.cli.progress import SHOW_AFTER_S, ProgressBar, progress_bar
from voiceroutine.progress import ENCODING, LEVELLING, NO_PROGRESS
from voiceroutine.testing import ManualClock


def terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=80), out


def test_a_quick_step_shows_nothing_a_slow_one_a_bar() -> None:
    console, out = terminal()
    clock = ManualClock()
    bar = ProgressBar(console, clock.now)
    bar.step(LEVELLING, 100)
    clock.advance(SHOW_AFTER_S * 0.9)
    bar.advance(50)
    assert not bar.shown and out.getvalue() == ""
    clock.advance(SHOW_AFTER_S * 0.2)
    bar.advance(10)
    assert bar.shown
    task = bar._bar.tasks[0]  # type: ignore[union-attr]
    assert (task.description, task.total, task.completed) == (LEVELLING, 100, 60)
    bar.extend(100)
    assert bar._bar.tasks[0].total == 200  # type: ignore[union-attr]
    bar.step(ENCODING, 10)  # the same line, reset for the next step
    task = bar._bar.tasks[0]  # type: ignore[union-attr]
    assert (task.description, task.total, task.completed) == (ENCODING, 10, 0)
    bar.advance(25)
    assert bar._bar.tasks[0].completed == 10  # type: ignore[union-attr]  # never past the total
    bar.finish()
    assert not bar.shown
    assert "levelling" in out.getvalue() or "mixing and encoding" in out.getvalue()


def test_many_short_steps_show_a_bar_once_the_work_has_gone_on_a_second() -> None:
    console, _ = terminal()
    clock = ManualClock()
    bar = ProgressBar(console, clock.now)
    for part in range(4):
        bar.step(f"encoding part {part + 1} of 4", 10)
        clock.advance(SHOW_AFTER_S * 0.4)
        bar.advance(10)
        assert bar.shown == (part >= 2)
    bar.finish()
    bar.step(LEVELLING, 10)  # after finish, the next work starts the wait again
    bar.advance(5)
    assert not bar.shown


def test_no_bar_when_quiet_or_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(cli_progress.sys, "stderr", io.StringIO())
    with progress_bar() as progress:
        assert progress is NO_PROGRESS
    monkeypatch.setattr(cli_progress.sys, "stderr", Tty())
    with progress_bar(quiet=True) as progress:
        assert progress is NO_PROGRESS
    with progress_bar() as progress:
        assert isinstance(progress, ProgressBar)
