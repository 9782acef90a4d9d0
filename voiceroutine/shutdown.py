"""One way to stop for Ctrl-C (SIGINT), `kill`/`timeout`/a service manager (SIGTERM) and a closed terminal
(SIGHUP): each raises `Shutdown`, a KeyboardInterrupt, in the main thread, so the same `finally` and
`except BaseException` blocks that clean up after Ctrl-C (temp files, partial tracks, a killed ffmpeg) run for
all three, and the command exits with the shell's code for the signal: 128 + its number (130, 143, 129).

`install` is called once by the CLI's entry point. A signal that was ignored when the program started (SIGHUP
under `nohup`, SIGINT in a shell's background job) stays ignored. After the first signal, SIGTERM and SIGHUP are
ignored while the cleanup runs (a second Ctrl-C still interrupts it).
"""

from __future__ import annotations

import signal
from types import FrameType

_NAMES = {"SIGINT": "interrupted", "SIGTERM": "terminated", "SIGHUP": "hung up (the terminal closed)"}
SIGNALS: dict[int, str] = {int(getattr(signal, name)): words for name, words in _NAMES.items()
                           if hasattr(signal, name)}
"""The signals handled, with the word said when one stops a command."""


class Shutdown(KeyboardInterrupt):
    """A signal asked the program to stop; `exit_code` is 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        super().__init__(SIGNALS.get(signum, f"signal {signum}"))
        self.signum = signum
        self.exit_code = 128 + signum
        self.words = SIGNALS.get(signum, f"stopped by signal {signum}")


def install() -> None:
    """Route SIGINT, SIGTERM and SIGHUP to `Shutdown`, except those ignored from the start."""
    for signum in SIGNALS:
        if signal.getsignal(signum) is not signal.SIG_IGN:
            signal.signal(signum, _stop)


def _stop(signum: int, frame: FrameType | None) -> None:
    for other in SIGNALS:
        if other != signal.SIGINT and signal.getsignal(other) is _stop:
            signal.signal(other, signal.SIG_IGN)
    raise Shutdown(signum)


def exit_code(interrupt: KeyboardInterrupt) -> int:
    """130 for Ctrl-C (or a KeyboardInterrupt of the program's own, as the live player's key reader raises),
    else the signal's 128 + number."""
    return interrupt.exit_code if isinstance(interrupt, Shutdown) else 128 + int(signal.SIGINT)


def words(interrupt: KeyboardInterrupt) -> str:
    """ "interrupted", "terminated", "hung up (the terminal closed)"."""
    return interrupt.words if isinstance(interrupt, Shutdown) else "interrupted"
