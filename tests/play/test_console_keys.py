"""Keys on a Windows console (msvcrt), through a fake msvcrt on a manual clock; and which keyboard each platform
gets from `terminal_keys`."""

from __future__ import annotations

import io
import os
import sys
import types
from collections import deque
from collections.abc import Iterator, Sequence

import pytest

from tests.play.scenario import Collect, clips_for, routine_timeline
from voiceroutine.audio.mix import mix_timeline
from voiceroutine.play.keys import ConsoleKeys, Key, NoKeys, TerminalKeys, terminal_keys
from voiceroutine.play.player import Finished, Jumped, Player
from voiceroutine.testing import ManualClock, RecordingSink


class FakeMsvcrt:
    """msvcrt's kbhit() and getwch(): each typed string becomes readable at its time on the clock."""

    def __init__(self, clock: ManualClock, typed: Sequence[tuple[float, str]]) -> None:
        self.clock = clock
        self.typed = deque(sorted(typed, key=lambda typed_at: typed_at[0]))
        self.buffer: deque[str] = deque()
        self.polls = 0

    def _arrived(self) -> None:
        while self.typed and self.typed[0][0] <= self.clock.now():
            self.buffer.extend(self.typed.popleft()[1])

    def kbhit(self) -> bool:
        self.polls += 1
        self._arrived()
        return bool(self.buffer)

    def getwch(self) -> str:
        self._arrived()
        if not self.buffer:
            raise AssertionError("getwch() would block: kbhit() said there was no key")
        return self.buffer.popleft()


def console(typed: Sequence[tuple[float, str]]) -> tuple[ConsoleKeys, FakeMsvcrt, ManualClock]:
    clock = ManualClock()
    msvcrt = FakeMsvcrt(clock, typed)
    return ConsoleKeys(clock, msvcrt), msvcrt, clock


def test_single_presses_and_arrows_are_read_as_they_come() -> None:
    keys, _, clock = console([(0.0, " nNq"), (0.0, "\xe0M\x00K"), (0.0, "pP\rQ")])
    assert [keys.read(1.0) for _ in range(10)] == [
        Key.PAUSE, Key.NEXT, Key.NEXT, Key.QUIT, Key.NEXT, Key.PREVIOUS,
        Key.PREVIOUS, Key.PREVIOUS, Key.ENTER, Key.QUIT,
    ]  # fmt: skip
    assert clock.now() == 0.0  # keys already typed are read without waiting


def test_other_keys_are_skipped_and_a_prefixed_p_is_the_down_arrow_not_previous() -> None:
    keys, _, _ = console([(0.0, "x\xe0H\xe0P\x00;z"), (0.0, "n")])
    assert keys.read(1.0) is Key.NEXT


def test_waiting_ends_exactly_at_the_timeout_or_at_the_key() -> None:
    keys, msvcrt, clock = console([(0.25, "n")])
    assert keys.read(0.123) is None
    assert clock.now() == pytest.approx(0.123)  # never sleeps past the timeout
    assert keys.read(5.0) is Key.NEXT
    assert 0.25 <= clock.now() <= 0.25 + ConsoleKeys.POLL_S + 1e-9  # seen within one poll of being typed
    polls = msvcrt.polls
    assert keys.read(0.0) is None and msvcrt.polls == polls + 1  # a zero timeout looks once


def test_ctrl_c_read_as_a_character_still_interrupts() -> None:
    keys, _, _ = console([(0.0, "\x03")])
    with pytest.raises(KeyboardInterrupt):
        keys.read(1.0)


def test_the_player_follows_keys_typed_on_a_windows_console() -> None:
    """Right arrow at 0.5 s jumps to the next exercise (3 s into the track), q at 1 s quits."""
    timeline = routine_timeline()
    clips = clips_for(timeline)
    keys, _, clock = console([(0.5, "\xe0M"), (1.0, "q")])
    sink = RecordingSink(clock.now)
    display = Collect()
    with keys:
        result = Player(timeline, mix_timeline(timeline, clips), sink, keys, clock, display, clips).run()
    jumps = [e for e in display.events if isinstance(e, Jumped)]
    assert [(j.from_ms, j.to_ms) for j in jumps] == [(pytest.approx(500, abs=ConsoleKeys.POLL_S * 1000), 3000)]
    assert result.quit and display.events[-1] == Finished(result.position_ms, quit=True)
    assert result.position_ms == pytest.approx(3500, abs=ConsoleKeys.POLL_S * 1000)


class Tty(io.StringIO):
    def __init__(self, fd: int = -1, tty: bool = True) -> None:
        super().__init__()
        self.fd = fd
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty

    def fileno(self) -> int:
        return self.fd


@pytest.fixture
def fake_msvcrt(monkeypatch: pytest.MonkeyPatch) -> Iterator[types.ModuleType]:
    """An importable msvcrt, as on Windows."""
    module = types.ModuleType("msvcrt")
    module.kbhit = lambda: False  # type: ignore[attr-defined]
    module.getwch = lambda: ""  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "msvcrt", module)
    yield module


def test_windows_reads_the_console_through_msvcrt(fake_msvcrt: types.ModuleType) -> None:
    with terminal_keys(Tty(), ManualClock(), platform="win32") as keys:
        assert isinstance(keys, ConsoleKeys) and keys.interactive
        assert keys.read(0.05) is None


def test_windows_without_msvcrt_or_with_redirected_input_plays_without_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msvcrt", None)  # import msvcrt raises ImportError
    with terminal_keys(Tty(), ManualClock(), platform="win32") as keys:
        assert isinstance(keys, NoKeys) and not keys.interactive


def test_redirected_input_plays_without_keys_everywhere(fake_msvcrt: types.ModuleType) -> None:
    for platform in ("win32", "linux", "darwin"):
        with terminal_keys(Tty(tty=False), ManualClock(), platform=platform) as keys:
            assert isinstance(keys, NoKeys)


@pytest.mark.skipif(not TerminalKeys.is_available(), reason="termios is POSIX only")
@pytest.mark.parametrize("platform", ["linux", "darwin", "cygwin"])
def test_posix_terminals_are_read_through_termios(platform: str, fake_msvcrt: types.ModuleType) -> None:
    ours, theirs = os.openpty()
    try:
        with terminal_keys(Tty(theirs), ManualClock(), platform=platform) as keys:
            assert isinstance(keys, TerminalKeys) and keys.fd == theirs
            os.write(ours, b"n")
            assert keys.read(1.0) is Key.NEXT
    finally:
        os.close(ours)
        os.close(theirs)
