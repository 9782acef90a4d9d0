"""The progress bar on stderr: one line for the library's current step, shown only on a terminal and only once the
work has gone on for a second, gone when it is done."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from voiceroutine.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID

SHOW_AFTER_S = 1.0
"""Work done quicker than this shows no bar at all."""


class ProgressBar:
    """A `Progress` drawn by rich on `console`; the bar appears once the first step began SHOW_AFTER_S ago, so a
run of short steps (the parts of a split export) shows one too."""

    def __init__(self, console: Console, clock: Callable[[], float] = time.monotonic,
                 show_after_s: float = SHOW_AFTER_S) -> None:
        self.console = console
        self.clock = clock
        self.show_after_s = show_after_s
        self.label = ""
        self.total = 0
        self.completed = 0
        self._started: float | None = None
        self._lock = threading.Lock()
        self._bar: RichProgress | None = None
        self._task: TaskID | None = None

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def step(self, label: str, total: int) -> None:
        with self._lock:
            self.label, self.total, self.completed = label, max(0, total), 0
            if self._started is None:
                self._started = self.clock()
            if self._bar is not None and self._task is not None:
                self._bar.reset(self._task, total=self.total, description=label)

    def extend(self, more: int) -> None:
        with self._lock:
            self.total += more
            self._update()

    def advance(self, done: int = 1) -> None:
        with self._lock:
            self.completed = min(self.total, self.completed + done)
            if self._bar is None and self._started is not None and self.clock() - self._started >= self.show_after_s:
                self._show()
            self._update()

    def finish(self) -> None:
        with self._lock:
            if self._bar is not None:
                self._bar.stop()
                self._bar = self._task = None
            self._started = None

    def _show(self) -> None:
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

        self._bar = Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                             TimeRemainingColumn(), console=self.console, transient=True)
        self._bar.start()
        self._task = self._bar.add_task(self.label, total=self.total)

    def _update(self) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, total=self.total, completed=self.completed)


@contextmanager
def progress_bar(quiet: bool = False) -> Iterator[Progress]:
    """A bar on stderr while the body runs; nothing with `quiet` or when stderr is not a terminal."""
    if quiet or not sys.stderr.isatty():
        yield NO_PROGRESS
        return
    from rich.console import Console

    bar = ProgressBar(Console(stderr=True))
    try:
        yield bar
    finally:
        bar.finish()
