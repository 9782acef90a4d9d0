"""Issue 17, item 7: the watchdog's time is a setting. $VOICEROUTINE_FFMPEG_STALL (seconds), then the config's
`ffmpeg_stall`, then 60 s: a fake ffmpeg that never reads its input is stopped after the time set, and a value that
is no number of seconds is one line, exit 2, before anything is rendered."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.export import watchdog
from voiceroutine.testing import FakeEngine

FAKE = Path(__file__).parent / "fakes" / "faulty-ffmpeg"
REPO = Path(__file__).resolve().parents[2]
ROUTINE = "title: Neck\nexercises:\n  - name: Chin tuck\n    reps: 2\n"

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")
ESPEAK = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")


@pytest.fixture
def hanging(monkeypatch: pytest.MonkeyPatch, fake_engine: FakeEngine, tmp_path: Path) -> Path:
    monkeypatch.setenv("VOICEROUTINE_FFMPEG", str(FAKE))
    monkeypatch.setenv("FAKE_REAL_FFMPEG", str(shutil.which("ffmpeg")))
    monkeypatch.setenv("FAKE_FFMPEG", "hang-read")
    monkeypatch.delenv("VOICEROUTINE_FFMPEG_STALL", raising=False)
    routine = tmp_path / "neck.yaml"
    routine.write_text(ROUTINE, encoding="utf-8")
    return routine


def _export(routine: Path) -> tuple[int, str]:
    out = routine.with_suffix(".wav")
    done = CliRunner().invoke(app, ["export", str(routine), "--engine", "fake", "-o", str(out),
                                    "--cache-dir", str(routine.parent / "cache")])
    assert done.exception is None or isinstance(done.exception, SystemExit), done.exception
    assert not out.exists()
    return done.exit_code, done.output


def _stopped_after(seconds: str, output: str) -> bool:
    return output.startswith("voiceroutine: error: ffmpeg stopped making progress writing ") and \
        output.endswith(f"(nothing for {seconds} s): it was stopped\n") and output.count("\n") == 1


def test_the_environment_sets_the_watchdogs_time(hanging: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOICEROUTINE_FFMPEG_STALL", "1.5")
    code, output = _export(hanging)
    assert code == 1
    assert _stopped_after("1.5", output), output


def test_the_config_sets_it_below_the_environment(hanging: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Path(os.environ["VOICEROUTINE_CONFIG"]).write_text("ffmpeg_stall: 1.25\n", encoding="utf-8")
    code, output = _export(hanging)
    assert code == 1
    assert _stopped_after("1.25", output), output
    monkeypatch.setenv("VOICEROUTINE_FFMPEG_STALL", "1")
    code, output = _export(hanging)
    assert _stopped_after("1", output), output


def test_unset_it_is_sixty_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VOICEROUTINE_FFMPEG_STALL", raising=False)
    assert watchdog.stall_seconds() == 60.0
    from voiceroutine.export.encode import Ffmpeg

    assert Ffmpeg().stall_s == 60.0


@pytest.mark.parametrize("value", ["soon", "0", "-5", "nan", "inf", "100000"])
def test_a_bad_environment_value_is_one_line_and_exit_2(hanging: Path, monkeypatch: pytest.MonkeyPatch,
                                                        value: str) -> None:
    monkeypatch.setenv("VOICEROUTINE_FFMPEG_STALL", value)
    code, output = _export(hanging)
    assert code == 2
    assert output == (f"voiceroutine: error: $VOICEROUTINE_FFMPEG_STALL is {value!r}: give the seconds ffmpeg may "
                      "go without progress before it is stopped, a number above 0 and at most 86400 (default 60)\n")
    assert not (hanging.parent / "cache").exists() or not list((hanging.parent / "cache").rglob("*.npy"))


@pytest.mark.parametrize("value", ["soon", "0", "-1", "true"])
def test_a_bad_config_value_is_one_line_and_exit_2(hanging: Path, value: str) -> None:
    config = Path(os.environ["VOICEROUTINE_CONFIG"])
    config.write_text(f"ffmpeg_stall: {value}\n", encoding="utf-8")
    code, output = _export(hanging)
    assert code == 2
    assert output.startswith(f"voiceroutine: error: {config}: ffmpeg_stall: expected ")
    assert output.count("\n") == 1


@ESPEAK
def test_a_real_export_honours_the_environment(hanging: Path, tmp_path: Path) -> None:
    """From outside: the installed command's own process reads the variable (no monkeypatched module)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "VOICEROUTINE_FFMPEG_STALL": "1",
           "VOICEROUTINE_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-m", "voiceroutine", "export", str(hanging), "--engine", "espeak",
                           "-o", str(tmp_path / "neck.mp3")], env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines()[-1].endswith("(nothing for 1 s): it was stopped")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "neck.yaml"]
