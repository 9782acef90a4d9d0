"""Issue 17, item 6, for `play`: a real `voiceroutine play` into an ALSA file PCM (its own HOME and .asoundrc, so no
sound card is needed; the player keeps the routine's time) is sent SIGINT, SIGTERM or SIGHUP in the middle of an
exercise. It exits with the shell's code for the signal, says so in one line, logs the session as quit during that
exercise, and leaves no temp file. The signal is sent once the exercise's first line is out (a readiness marker,
not a sleep), with five minutes of the hold still to go, so a slow machine cannot make it land elsewhere."""

from __future__ import annotations

import importlib.util
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.play.test_backends import FILE_PCM
from voiceroutine.sessions import Status, open_log

REPO = Path(__file__).resolve().parents[2]
ROUTINE = "title: Long hold\nexercises:\n  - name: Chin tuck\n    hold: 5 min\n"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("espeak-ng") is None or importlib.util.find_spec("simpleaudio") is None,
                       reason="needs espeak-ng and simpleaudio"),
]


def _lines_until(process: subprocess.Popen[bytes], marker: bytes, seconds: float = 180) -> bytes:
    """What `process` printed up to and including the first line holding `marker` (fails rather than hangs)."""
    assert process.stdout is not None
    out = b""
    deadline = time.monotonic() + seconds
    while marker not in out.rpartition(b"\n")[0]:
        assert time.monotonic() < deadline, f"no {marker!r} line: {out!r}"
        if select.select([process.stdout], [], [], 1.0)[0]:
            chunk = os.read(process.stdout.fileno(), 4096)
            assert chunk, f"play ended before {marker!r}: {out!r} {process.communicate()}"
            out += chunk
    return out


@pytest.mark.parametrize(("signum", "code", "words"), [
    (signal.SIGINT, 130, "interrupted"),
    (signal.SIGTERM, 143, "terminated"),
    (signal.SIGHUP, 129, "hung up (the terminal closed)"),
], ids=["SIGINT", "SIGTERM", "SIGHUP"])
def test_a_signal_mid_play_exits_with_its_code_logs_a_quit_session_and_leaves_nothing(
        tmp_path: Path, signum: int, code: int, words: str) -> None:
    (tmp_path / "long.yaml").write_text(ROUTINE, encoding="utf-8")
    (tmp_path / ".asoundrc").write_text(FILE_PCM.format(path=tmp_path / "played.raw"))
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": str(REPO), "VOICEROUTINE_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("ALSA_CONFIG_PATH", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "voiceroutine", "play", "long.yaml", "--engine", "espeak", "--quiet",
         "--audio-backend", "simpleaudio", "--countdown", "0"],
        env=env, cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        printed = _lines_until(process, b"  Chin tuck  ")  # its own line, not "First up: Chin tuck."
        process.send_signal(signum)
        rest, stderr = process.communicate(timeout=60)
    finally:  # a failing run leaves no process behind
        if process.poll() is None:
            process.kill()
        process.wait()
    assert process.returncode == code, stderr
    assert stderr.decode() == f"\nvoiceroutine: {words}\n"  # one line (after ending the line a ^C was echoed on)
    assert b"finished" not in printed + rest
    (session,) = open_log().sessions()
    assert (session.routine, session.completed) == ("long", False)
    assert [e.status for e in session.exercises] == [Status.QUIT]
    assert 0 < session.played_ms < session.length_ms - 4 * 60_000
    left = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert not [p for p in left if p.endswith((".part", "-journal", "-wal", ".tmp"))], left
    assert [p for p in left if not p.startswith("cache/")] == [".asoundrc", "long.yaml", "played.raw"]
    assert (tmp_path / "played.raw").stat().st_size > 0
