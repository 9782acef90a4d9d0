"""A watchdog for a child program (ffmpeg) that stops making progress: no input taken, no output given and its
output file not growing for `stall_s` seconds. It is killed then, so an export never hangs on it; the caller
asks `stalled` to say why the program died.

Progress is told by the caller (`progress()` after each write to or read from the program) and seen on disk (the
size of `watched`, which ffmpeg grows while it writes and rewrites an M4B's index at the end).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path
from types import TracebackType

STALL_S = 60.0
"""No ffmpeg at work goes this long without taking input, giving output or writing: a real one writes
minutes of audio a second."""


class Watchdog:
    """Kill `process` when it makes no progress for `stall_s` seconds; a context manager around its use."""

    def __init__(self, process: subprocess.Popen[bytes], stall_s: float = STALL_S, watched: Path | None = None,
                 poll_s: float | None = None) -> None:
        self.process = process
        self.stall_s = stall_s
        self.watched = watched
        self.poll_s = poll_s if poll_s is not None else min(1.0, stall_s / 4)
        self.stalled = False
        self._last = time.monotonic()
        self._size = -1
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="voiceroutine-watchdog", daemon=True)

    def __enter__(self) -> Watchdog:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._done.set()
        self._thread.join()

    def progress(self) -> None:
        """The program took input or gave output just now."""
        self._last = time.monotonic()

    def _watch(self) -> None:
        while not self._done.wait(self.poll_s):
            if self.process.poll() is not None:
                return
            if self.watched is not None:
                try:
                    size = os.stat(self.watched).st_size
                except OSError:
                    size = -1
                if size != self._size:
                    self._size = size
                    self.progress()
            if time.monotonic() - self._last > self.stall_s:
                self.stalled = True
                self.process.kill()
                return
