"""An export that has written everything ends its process at once: no interpreter teardown after its last file
(cli/leaving.py); a failed one, and anything called in-process, exits the usual way."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.play.scenario import TWO_MOVES
from voiceroutine.cli import leaving

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import atexit, os, sys
from voiceroutine.speech import select
from voiceroutine.testing import FakeEngine

class TornDown:
    def __del__(self) -> None:  # runs in the interpreter's teardown, which an export that wrote everything skips
        os.write(2, b"torn down\\n")

kept = TornDown()
atexit.register(lambda: os.write(2, b"exit handlers ran\\n"))
select.choose_engine = lambda *a, **k: FakeEngine()
sys.argv = ["voiceroutine", "export", *sys.argv[1:]]
from voiceroutine.cli import main
main()
"""


def export(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    routine = tmp_path / "two.yaml"
    routine.write_text(TWO_MOVES)
    env = {**os.environ, "VOICEROUTINE_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", CHILD, str(routine), *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False, stdin=subprocess.DEVNULL)


def test_an_export_that_wrote_everything_ends_without_tearing_the_interpreter_down(tmp_path: Path) -> None:
    done = export(tmp_path, "-o", str(tmp_path / "out.mp3"))
    assert done.returncode == 0, done.stderr
    assert "exit handlers ran" in done.stderr and "torn down" not in done.stderr
    assert "Wrote " in done.stdout + done.stderr  # what was buffered went out
    assert (tmp_path / "out.mp3").stat().st_size > 0 and (tmp_path / "out.vtt").is_file()


def test_a_failed_export_exits_the_usual_way(tmp_path: Path) -> None:
    done = export(tmp_path, "-o", str(tmp_path / "out.mp3"), "--format", "flac")
    assert done.returncode == 2
    assert "exit handlers ran" in done.stderr and "torn down" in done.stderr


@pytest.fixture
def ended(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    codes: list[int] = []

    def _exit(code: int) -> None:
        codes.append(code)

    monkeypatch.setattr(leaving.os, "_exit", _exit)
    monkeypatch.setattr(leaving.atexit, "_run_exitfuncs", lambda: None)
    leaving.forget()
    yield codes
    leaving.forget()


def test_only_a_command_that_asked_and_succeeded_ends_the_process(ended: list[int]) -> None:
    leaving.leave_if_asked(0)
    assert ended == []  # not asked
    leaving.leave_at_once()
    leaving.leave_if_asked(1)
    assert ended == []  # failed
    leaving.leave_if_asked(None)
    assert ended == [0]


def test_a_thread_still_running_is_waited_for_the_usual_way(ended: list[int]) -> None:
    leaving.leave_at_once()
    stop = threading.Event()
    running = threading.Thread(target=stop.wait)
    running.start()
    try:
        leaving.leave_if_asked(0)
    finally:
        stop.set()
        running.join()
    assert ended == []
    leaving.leave_if_asked(0)
    assert ended == [0]
