"""Keys the person presses during a routine: read raw from the terminal, or scripted for tests.

`terminal_keys` is the one way in: a POSIX terminal is read through termios (`TerminalKeys`), a Windows console
through msvcrt (`ConsoleKeys`); without a keyboard (stdin redirected, or neither module) time just passes
(`NoKeys`) and the routine plays as it would in an export. Both are in the standard library, so no extra
package is needed on any platform.
"""

from __future__ import annotations

import enum
import importlib
import importlib.util
import os
import select
import sys
import time
from collections import deque
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from types import ModuleType, TracebackType
from typing import Any, Protocol, TextIO


class Key(enum.Enum):
    """What a key press asks the player to do."""

    PAUSE = "pause"
    """Space: pause, or resume."""
    NEXT = "next"
    """n or right arrow: the next exercise."""
    PREVIOUS = "previous"
    """p or left arrow: restart this exercise (twice: the one before)."""
    QUIT = "quit"
    """q: stop the routine."""
    ENTER = "enter"
    """Enter: go on after a manual step."""


_KEYS: dict[bytes, Key] = {
    b" ": Key.PAUSE,
    b"n": Key.NEXT,
    b"N": Key.NEXT,
    b"\x1b[C": Key.NEXT,
    b"\x1bOC": Key.NEXT,
    b"p": Key.PREVIOUS,
    b"P": Key.PREVIOUS,
    b"\x1b[D": Key.PREVIOUS,
    b"\x1bOD": Key.PREVIOUS,
    b"q": Key.QUIT,
    b"Q": Key.QUIT,
    b"\r": Key.ENTER,
    b"\n": Key.ENTER,
}
ESCAPE_WAIT_S = 0.05
"""How long to wait for the rest of an escape sequence (arrow keys arrive as ESC [ C)."""


class KeySource(Protocol):
    """Where key presses come from."""

    interactive: bool
    """False when nobody can press keys (no terminal): manual steps then pass like in an export."""

    def read(self, timeout_s: float) -> Key | None:
        """The next key, waiting at most `timeout_s`; None when none came."""


def parse_keys(data: bytes) -> tuple[list[Key], bytes]:
    """Keys in `data`, and a trailing incomplete escape sequence to complete with the next read."""
    keys: list[Key] = []
    at = 0
    while at < len(data):
        if data[at : at + 1] == b"\x1b":
            sequence = data[at : at + 3]
            if len(sequence) < 3 and sequence[1:2] in (b"", b"[", b"O"):
                return keys, data[at:]
            if sequence in _KEYS:
                keys.append(_KEYS[sequence])
            at += 3 if sequence[1:2] in (b"[", b"O") else 1
            continue
        key = _KEYS.get(data[at : at + 1])
        if key is not None:
            keys.append(key)
        at += 1
    return keys, b""


class TerminalKeys:
    """Single key presses from a terminal: no Enter needed, nothing echoed; the mode is restored on exit.

    The terminal stays in cbreak mode (not raw), so Ctrl-C still interrupts the program as usual.
    """

    interactive = True

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._pending: deque[Key] = deque()
        self._saved: list[Any] | None = None

    @staticmethod
    def is_available() -> bool:
        """POSIX terminals only (termios); elsewhere the routine plays without keys."""
        return importlib.util.find_spec("termios") is not None

    def __enter__(self) -> TerminalKeys:
        import termios
        import tty

        self._saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._saved is not None:
            import termios

            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)
            self._saved = None

    def _ready(self, timeout_s: float) -> bool:
        readable, _, _ = select.select([self.fd], [], [], max(0.0, timeout_s))
        return bool(readable)

    def read(self, timeout_s: float) -> Key | None:
        if self._pending:
            return self._pending.popleft()
        if not self._ready(timeout_s):
            return None
        data = os.read(self.fd, 64)
        if b"\x03" in data:  # Ctrl-C when the terminal does not turn it into a signal
            raise KeyboardInterrupt
        keys, rest = parse_keys(data)
        while rest and self._ready(ESCAPE_WAIT_S):
            more, rest = parse_keys(rest + os.read(self.fd, 64))
            keys.extend(more)
        self._pending.extend(keys)
        return self._pending.popleft() if self._pending else None


class Clock(Protocol):
    def now(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class _SystemClock:
    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


_CONSOLE_PREFIXES = ("\x00", "\xe0")
"""msvcrt.getwch() returns one of these before the scan code of an arrow or function key."""
_CONSOLE_SCAN_CODES: dict[str, Key] = {"M": Key.NEXT, "K": Key.PREVIOUS}
"""Right and left arrow (up "H", down "P" and the function keys mean nothing here)."""


class ConsoleKeys:
    """Single key presses from a Windows console (msvcrt): no Enter needed, nothing echoed, no mode to restore.

    msvcrt cannot wait for a key with a timeout, so `read` looks every POLL_S and sleeps in between (never past
    the timeout: the player's waits stay exact). Ctrl-C still interrupts as usual.
    """

    interactive = True
    POLL_S = 0.01

    def __init__(self, clock: Clock | None = None, msvcrt: Any = None) -> None:
        self.clock = clock or _SystemClock()
        self._msvcrt = msvcrt if msvcrt is not None else importlib.import_module("msvcrt")

    @staticmethod
    def is_available() -> bool:
        """Windows only (msvcrt)."""
        return _module("msvcrt") is not None

    def __enter__(self) -> ConsoleKeys:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        return None

    def _next(self) -> Key | None:
        char = self._msvcrt.getwch()
        if char == "\x03":  # Ctrl-C when the console does not turn it into a signal
            raise KeyboardInterrupt
        if char in _CONSOLE_PREFIXES:
            return _CONSOLE_SCAN_CODES.get(self._msvcrt.getwch())
        return _KEYS.get(char.encode("utf-8"))

    def read(self, timeout_s: float) -> Key | None:
        deadline = self.clock.now() + max(0.0, timeout_s)
        while True:
            while self._msvcrt.kbhit():
                key = self._next()
                if key is not None:
                    return key
            left = deadline - self.clock.now()
            if left <= 0:
                return None
            self.clock.sleep(min(self.POLL_S, left))


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def terminal_keys(stdin: TextIO, clock: Clock, platform: str = sys.platform) -> AbstractContextManager[KeySource]:
    """The keyboard behind `stdin`, to use in a `with`: a Windows console (msvcrt) or a POSIX terminal (termios),
    put back as it was when the block ends; `NoKeys` when stdin is not a terminal or the platform has neither."""
    if stdin.isatty():
        if platform.startswith("win"):  # cygwin has termios
            if ConsoleKeys.is_available():
                return ConsoleKeys(clock)
        elif TerminalKeys.is_available():
            return TerminalKeys(stdin.fileno())
    return nullcontext(NoKeys(clock))


class NoKeys:
    """No keyboard (output piped, or stdin not a terminal): time just passes."""

    interactive = False

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def read(self, timeout_s: float) -> Key | None:
        self.clock.sleep(timeout_s)
        return None


class ScriptedKeys:
    """Keys pressed at set times of a manual clock; waiting for a key moves the clock on."""

    interactive = True

    def __init__(self, clock: Clock, presses: Sequence[tuple[float, Key]], give_up_after_s: float = 24 * 3600):
        self.clock = clock
        self.presses = deque(sorted(presses, key=lambda press: press[0]))
        self.give_up_at = clock.now() + give_up_after_s

    def read(self, timeout_s: float) -> Key | None:
        now = self.clock.now()
        if self.presses and self.presses[0][0] <= now + timeout_s:
            at, key = self.presses.popleft()
            self.clock.sleep(at - now)
            return key
        self.clock.sleep(timeout_s)
        if self.clock.now() > self.give_up_at:
            raise RuntimeError("scripted keys ran out while the player was still waiting for one")
        return None
