"""espeak-ng failures, with a stand-in program: missing, hanging, failing, silent."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

import voiceroutine.speech.espeak as espeak_module
from voiceroutine.errors import SpeechError
from voiceroutine.speech.espeak import EspeakEngine


def program(tmp_path: Path, script: str) -> str:
    path = tmp_path / "fake-espeak"
    path.write_text("#!/bin/sh\n" + script + "\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def test_missing_program() -> None:
    engine = EspeakEngine(program="no-such-espeak-ng")
    assert not engine.is_available()
    with pytest.raises(
        SpeechError, match=r"^espeak: espeak-ng is not installed; install it with: sudo apt-get install espeak-ng$"
    ):
        engine.synthesize("Release.", 1.0)


def test_hanging_program_times_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(espeak_module, "TIMEOUT_S", 0.3)
    engine = EspeakEngine(program=program(tmp_path, "sleep 30"))
    with pytest.raises(SpeechError, match=r"^espeak: espeak-ng did not finish within 0\.3 s$"):
        engine.synthesize("Release.", 1.0)


def test_failing_program_reports_its_last_line(tmp_path: Path) -> None:
    engine = EspeakEngine(program=program(tmp_path, "echo 'first' >&2; echo 'cannot open audio' >&2; exit 3"))
    with pytest.raises(SpeechError, match=r"^espeak: espeak-ng failed: cannot open audio$"):
        engine.synthesize("Release.", 1.0)


def test_program_that_returns_nothing(tmp_path: Path) -> None:
    engine = EspeakEngine(program=program(tmp_path, "exit 0"))
    with pytest.raises(SpeechError, match=r"^espeak: espeak-ng returned no audio for 'Release\.'$"):
        engine.synthesize("Release.", 1.0)


def test_arguments_are_a_list_not_a_shell_line(tmp_path: Path) -> None:
    """Text that looks like options or shell syntax reaches espeak-ng as one argument after `--`."""
    log = tmp_path / "args"
    engine = EspeakEngine(program=program(tmp_path, f'for a in "$@"; do echo "$a" >> {log}; done; exit 1'))
    with pytest.raises(SpeechError):
        engine.synthesize("-v xx; rm -rf / $(id)", 1.5)
    assert log.read_text().splitlines() == ["-v", "en-us", "-s", "262", "--stdout", "--", "-v xx; rm -rf / $(id)"]
