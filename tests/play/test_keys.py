"""Key reading through a real pseudo-terminal: single presses, arrow keys, Ctrl-C, and the terminal put back."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import termios
import threading
import time
from collections.abc import Iterator

import pytest

from tests.play.scenario import Collect, clips_for, routine_timeline
from voiceroutine.audio.mix import mix_timeline
from voiceroutine.play.keys import Key, TerminalKeys, parse_keys
from voiceroutine.play.player import Finished, Jumped, MonotonicClock, Player
from voiceroutine.testing import RecordingSink


@pytest.mark.parametrize(
    ("data", "keys", "rest"),
    [
        (b" ", [Key.PAUSE], b""),
        (b"n\x1b[Cq", [Key.NEXT, Key.NEXT, Key.QUIT], b""),
        (b"p\x1b[D\x1bOD", [Key.PREVIOUS] * 3, b""),
        (b"\r\n", [Key.ENTER, Key.ENTER], b""),
        (b"xz\x1b[A", [], b""),
        (b"n\x1b[", [Key.NEXT], b"\x1b["),
        (b"\x1b", [], b"\x1b"),
    ],
)
def test_parse_keys(data: bytes, keys: list[Key], rest: bytes) -> None:
    assert parse_keys(data) == (keys, rest)


@pytest.fixture
def terminal() -> Iterator[tuple[int, int]]:
    """A pseudo-terminal: (our end, the end the keys module reads)."""
    ours, theirs = os.openpty()
    yield ours, theirs
    os.close(ours)
    os.close(theirs)


def test_keys_arrive_one_press_at_a_time_and_the_terminal_is_restored(terminal: tuple[int, int]) -> None:
    ours, theirs = terminal
    before = termios.tcgetattr(theirs)
    assert before[3] & termios.ICANON and before[3] & termios.ECHO
    with TerminalKeys(theirs) as keys:
        mode = termios.tcgetattr(theirs)[3]
        assert not mode & termios.ICANON and not mode & termios.ECHO and mode & termios.ISIG
        os.write(ours, b" n\x1b[Cq")
        assert [keys.read(1.0) for _ in range(4)] == [Key.PAUSE, Key.NEXT, Key.NEXT, Key.QUIT]
        started = time.monotonic()
        assert keys.read(0.05) is None
        assert time.monotonic() - started >= 0.04
    assert termios.tcgetattr(theirs) == before


def test_an_arrow_key_split_across_reads_is_still_one_key(terminal: tuple[int, int]) -> None:
    ours, theirs = terminal
    with TerminalKeys(theirs) as keys:
        os.write(ours, b"\x1b")
        threading.Timer(0.01, os.write, (ours, b"[D")).start()
        assert keys.read(1.0) is Key.PREVIOUS


def test_the_terminal_is_restored_when_playing_fails(terminal: tuple[int, int]) -> None:
    _, theirs = terminal
    before = termios.tcgetattr(theirs)
    with pytest.raises(RuntimeError), TerminalKeys(theirs):
        raise RuntimeError("device lost")
    assert termios.tcgetattr(theirs) == before


def test_the_player_follows_keys_typed_on_a_terminal(terminal: tuple[int, int]) -> None:
    ours, theirs = terminal
    timeline = routine_timeline()
    clips = clips_for(timeline)
    clock = MonotonicClock()
    sink = RecordingSink(clock.now)
    display = Collect()
    before = termios.tcgetattr(theirs)
    with TerminalKeys(theirs) as keys:
        os.write(ours, b"\x1b[Cq")
        result = Player(timeline, mix_timeline(timeline, clips), sink, keys, clock, display, clips).run()
    assert termios.tcgetattr(theirs) == before
    jumps = [e for e in display.events if isinstance(e, Jumped)]
    assert len(jumps) == 1 and jumps[0].to_ms == 3000
    assert result.quit and display.events[-1] == Finished(result.position_ms, quit=True)
    assert 3000 <= result.position_ms < 3500


CHILD = """
import signal, termios, sys
signal.signal(signal.SIGINT, signal.default_int_handler)  # a shell's background job inherits SIGINT ignored
from voiceroutine.play.keys import TerminalKeys
before = termios.tcgetattr(0)
try:
    with TerminalKeys(0) as keys:
        print("ready", flush=True)
        while True:
            keys.read(1.0)
except KeyboardInterrupt:
    print("restored" if termios.tcgetattr(0) == before else "NOT restored", flush=True)
    sys.exit(130)
"""


def test_ctrl_c_interrupts_and_restores_the_terminal() -> None:
    pid, ours = pty.fork()
    if pid == 0:  # the child: a fresh interpreter with the pty as its controlling terminal
        os.execv(sys.executable, [sys.executable, "-c", CHILD])
    output = b""
    deadline = time.monotonic() + 20
    while b"ready" not in output and time.monotonic() < deadline:
        if select.select([ours], [], [], 1.0)[0]:
            output += os.read(ours, 1024)
    os.write(ours, b"\x03")
    try:
        while time.monotonic() < deadline:
            if not select.select([ours], [], [], 1.0)[0]:
                continue
            chunk = os.read(ours, 1024)
            if not chunk:
                break
            output += chunk
    except OSError:  # the child closed its end
        pass
    if time.monotonic() >= deadline:
        os.kill(pid, signal.SIGKILL)  # hung: fail with what it printed, never hang the suite
    _, status = os.waitpid(pid, 0)
    os.close(ours)
    assert b"restored" in output and b"NOT" not in output
    assert os.waitstatus_to_exitcode(status) == 130
