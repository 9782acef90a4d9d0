"""Keys the person presses during a routine: read raw from the terminal, or scripted for tests."""

from __future__ import annotations

import enum
import os
import select
import termios
import tty
from collections import deque
from collections.abc import Sequence
from types import TracebackType
from typing import Any, Protocol


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

    def __enter__(self) -> TerminalKeys:
        self._saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._saved is not None:
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
