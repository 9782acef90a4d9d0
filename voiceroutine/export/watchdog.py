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
minutes of audio a second. $VOICEROUTINE_FFMPEG_STALL, then the config's `ffmpeg_stall`, set another."""
STALL_ENV = "VOICEROUTINE_FFMPEG_STALL"
MAX_STALL_S = 86_400.0


def stall_seconds() -> float:
    """How long ffmpeg may make no progress before it is killed: $VOICEROUTINE_FFMPEG_STALL (seconds), else the
    config's `ffmpeg_stall`, else STALL_S. A value that is no number from above 0 to a day is bad usage."""
    env = os.environ.get(STALL_ENV)
    if env:
        try:
            seconds = float(env)
        except ValueError:
            seconds = float("nan")
        if not 0 < seconds <= MAX_STALL_S:
            from voiceroutine.errors import OptionError

            raise OptionError(f"${STALL_ENV} is {env!r}: give the seconds ffmpeg may go without progress before "
                              f"it is stopped, a number above 0 and at most {MAX_STALL_S:g} (default {STALL_S:g})")
        return seconds
    from voiceroutine.config import load_user_config

    configured = load_user_config().ffmpeg_stall
    return configured if configured is not None else STALL_S


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
