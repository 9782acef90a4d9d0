"""Issue 17, item 6: SIGINT, SIGTERM and SIGHUP take one shutdown path. A real `voiceroutine export` is sent each
signal while ffmpeg is encoding (a stalling ffmpeg, so the moment is certain, with the hidden temp outputs on disk):
it exits with the shell's code for the signal, says so in one line, kills ffmpeg and leaves nothing behind.

A first MP3 export encodes while its speech is still rendered (`export/while_rendering.py`), so the signal comes
while the voice renders too; its track is only in memory until the encoder has taken it whole. With a lead-in the
export renders first, then encodes, the partial track streaming into the cache beside the encode."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

FAKES = Path(__file__).parent / "fakes"
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None or shutil.which("espeak-ng") is None,
                                reason="needs ffmpeg and espeak-ng")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead too: it waits only for its parent (gone) to be reaped
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ")[-1].startswith("Z"))


def _export_until_encoding(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[str], int]:
    started = tmp_path / "ffmpeg-started"
    env = {**os.environ, "PYTHONPATH": str(REPO), "VOICEROUTINE_CACHE_DIR": str(tmp_path / "cache"),
           "VOICEROUTINE_FFMPEG": str(FAKES / "stalling-ffmpeg"), "FAKE_FFMPEG_STARTED": str(started),
           "FAKE_REAL_FFMPEG": str(shutil.which("ffmpeg"))}
    (tmp_path / "out").mkdir()
    process = subprocess.Popen([sys.executable, "-m", "voiceroutine", "export", "desk-neck", "--engine", "espeak",
                                "-o", str(tmp_path / "out" / "neck.mp3"), *extra], env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not (started.exists() and started.read_text()):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "ffmpeg never started"
        time.sleep(0.1)
    time.sleep(0.5)  # the track is being kept and encoded meanwhile
    return process, int(started.read_text())


def _tracks(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "cache" / "tracks"
    return list(folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize(("signum", "code", "words", "extra"), [
    (signal.SIGINT, 130, "interrupted", ()),
    (signal.SIGTERM, 143, "terminated", ()),
    (signal.SIGHUP, 129, "hung up (the terminal closed)", ()),
    (signal.SIGINT, 130, "interrupted", ("--lead-in", "1")),
], ids=["SIGINT", "SIGTERM", "SIGHUP", "SIGINT-rendered-first"])
def test_a_signal_mid_export_removes_every_temp_file_and_exits_with_its_code(
        tmp_path: Path, signum: int, code: int, words: str, extra: tuple[str, ...]) -> None:
    process, ffmpeg = _export_until_encoding(tmp_path, *extra)
    try:
        litter = list((tmp_path / "out").iterdir())
        assert any(p.name.endswith(".part") for p in litter), litter  # what a signal used to leave behind
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
        deadline = time.monotonic() + 10
        while _alive(ffmpeg) and time.monotonic() < deadline:
            time.sleep(0.1)
        left_running = _alive(ffmpeg)
    finally:  # a failing run leaves no process behind
        if process.poll() is None:
            process.kill()
        if _alive(ffmpeg):
            os.kill(ffmpeg, signal.SIGKILL)
        process.wait()
    assert process.returncode == code, stderr
    assert stderr.endswith(f"\nvoiceroutine: {words}\n"), stderr
    assert list((tmp_path / "out").iterdir()) == []
    assert _tracks(tmp_path) == []
    assert not left_running, "ffmpeg was left running"


def test_a_signal_ignored_from_the_start_stays_ignored(tmp_path: Path) -> None:
    """`nohup` ignores SIGHUP for the program it starts: a closed terminal must not stop the export then."""
    script = ("import signal, sys; signal.signal(signal.SIGHUP, signal.SIG_IGN); "
              "from voiceroutine import shutdown; shutdown.install(); "
              "print(signal.getsignal(signal.SIGHUP) is signal.SIG_IGN, "
              "signal.getsignal(signal.SIGTERM) is shutdown._stop)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.stdout.split() == ["True", "True"], done.stderr
