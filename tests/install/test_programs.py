"""Which ffmpeg and espeak-ng run: the environment variable, the config key, PATH, and on Windows the folders
their installers use when those are not on PATH ("%ProgramFiles%\\eSpeak NG", winget's links), tested here
with the platform handed in and a fake Program Files folder holding a stand-in program."""

from __future__ import annotations

import os
import shutil
import stat
import wave
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine import install_hints, programs
from voiceroutine.cli import app
from voiceroutine.paths import Source
from voiceroutine.programs import ESPEAK, FFMPEG, find_program
from voiceroutine.speech.espeak import EspeakEngine

REAL_ESPEAK = shutil.which("espeak-ng")


def stand_in(path: Path, real: str | None = None) -> Path:
    """An executable at `path` that runs `real` (or does nothing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'#!/bin/sh\nexec {real} "$@"\n' if real else "#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@pytest.fixture
def windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A Windows machine: ProgramFiles, ProgramFiles(x86) and LOCALAPPDATA folders, and a PATH without
    espeak-ng or ffmpeg."""
    folders = {name: tmp_path / name for name in ("Program Files", "Program Files (x86)", "AppData Local")}
    monkeypatch.setattr(programs, "PLATFORM", "win32")
    monkeypatch.setattr(install_hints, "_current", install_hints.Platform(install_hints.System.WINDOWS, ("winget",)))
    monkeypatch.setenv("ProgramFiles", str(folders["Program Files"]))
    monkeypatch.setenv("ProgramFiles(x86)", str(folders["Program Files (x86)"]))
    monkeypatch.setenv("LOCALAPPDATA", str(folders["AppData Local"]))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    for variable in (ESPEAK.variable, FFMPEG.variable):
        monkeypatch.delenv(variable, raising=False)
    return folders


def test_espeak_ng_is_found_where_its_windows_installer_puts_it(windows: dict[str, Path]) -> None:
    assert find_program(ESPEAK).program is None  # nothing installed yet
    exe = stand_in(windows["Program Files"] / "eSpeak NG" / "espeak-ng.exe")
    choice = find_program(ESPEAK)
    assert (choice.program, choice.source) == (str(exe), Source.PLATFORM)
    assert choice.describe_source() == "not on PATH, found in %ProgramFiles%"
    assert EspeakEngine().program == str(exe) and EspeakEngine().is_available()


def test_the_32_bit_program_files_folder_is_looked_in_too(windows: dict[str, Path]) -> None:
    exe = stand_in(windows["Program Files (x86)"] / "eSpeak NG" / "espeak-ng.exe")
    choice = find_program(ESPEAK)
    assert choice.program == str(exe) and choice.describe_source() == "not on PATH, found in %ProgramFiles(x86)%"


def test_path_beats_program_files_and_linux_never_looks_there(windows: dict[str, Path], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    stand_in(windows["Program Files"] / "eSpeak NG" / "espeak-ng.exe")
    on_path = stand_in(tmp_path / "bin" / "espeak-ng")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert find_program(ESPEAK).program == str(on_path)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(programs, "PLATFORM", "linux")
    assert find_program(ESPEAK).program is None
    monkeypatch.setattr(programs, "PLATFORM", "darwin")
    assert find_program(ESPEAK).program is None


def test_ffmpeg_is_found_through_wingets_link_before_a_new_shell_has_it_on_path(windows: dict[str, Path]) -> None:
    link = stand_in(windows["AppData Local"] / "Microsoft" / "WinGet" / "Links" / "ffmpeg.exe")
    choice = find_program(FFMPEG)
    assert choice.program == str(link) and choice.describe_source() == "not on PATH, found in %LOCALAPPDATA%"


def test_the_variable_and_the_config_key_beat_everything(windows: dict[str, Path], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    stand_in(windows["Program Files"] / "eSpeak NG" / "espeak-ng.exe")
    mine = stand_in(tmp_path / "tools" / "espeak-ng-1.52")
    config = Path(os.environ["VOICEROUTINE_CONFIG"])
    config.write_text(f"espeak: {mine}\n", encoding="utf-8")
    assert (find_program(ESPEAK).program, find_program(ESPEAK).source) == (str(mine), Source.CONFIG)
    other = stand_in(tmp_path / "other" / "espeak-ng")
    monkeypatch.setenv("VOICEROUTINE_ESPEAK", str(other))
    assert (find_program(ESPEAK).program, find_program(ESPEAK).describe_source()) == (str(other),
                                                                                        "$VOICEROUTINE_ESPEAK")


def test_a_setting_that_names_no_program_is_bad_usage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOICEROUTINE_ESPEAK", str(tmp_path / "nothing.exe"))
    result = CliRunner().invoke(app, ["say", "hi", "--engine", "espeak", "-o", str(tmp_path / "hi.wav")])
    assert (result.exit_code, result.stderr) == (
        2, f"voiceroutine: error: espeak: $VOICEROUTINE_ESPEAK is '{tmp_path / 'nothing.exe'}', which is not a "
           "program: point it at espeak-ng, or unset it\n")
    monkeypatch.delenv("VOICEROUTINE_ESPEAK")
    config = Path(os.environ["VOICEROUTINE_CONFIG"])
    config.write_text("espeak: ''\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["say", "hi", "--engine", "espeak", "-o", str(tmp_path / "hi.wav")])
    assert (result.exit_code, result.stderr) == (
        2, f"voiceroutine: error: {config}: espeak: expected the path of an espeak-ng program, found ''\n")
    assert not (tmp_path / "hi.wav").exists()


@pytest.mark.skipif(REAL_ESPEAK is None, reason="espeak-ng is not installed")
def test_say_and_paths_on_windows_with_espeak_ng_only_in_program_files(windows: dict[str, Path],
                                                                      tmp_path: Path) -> None:
    """The whole way: `say --engine espeak` speaks through the espeak-ng in "%ProgramFiles%\\eSpeak NG" (a
    stand-in that runs the real one), and `paths` says that is the one it runs and why."""
    exe = stand_in(windows["Program Files"] / "eSpeak NG" / "espeak-ng.exe", REAL_ESPEAK)
    result = CliRunner().invoke(app, ["say", "Hold it.", "--engine", "espeak", "-o", str(tmp_path / "hold.wav")])
    assert result.exit_code == 0, result.output
    with wave.open(str(tmp_path / "hold.wav")) as written:
        assert written.getnframes() > written.getframerate() // 4  # a quarter of a second of speech at least
    shown = CliRunner().invoke(app, ["paths"]).stdout.splitlines()
    assert f"espeak-ng:   {exe}  (not on PATH, found in %ProgramFiles%)" in shown
    assert "ffmpeg:      not found  (install it with: winget install --exact --id Gyan.FFmpeg)" in shown
    assert CliRunner().invoke(app, ["paths", "--json"]).stdout.count(str(exe).replace("\\", "\\\\")) == 1


def test_without_espeak_ng_anywhere_the_windows_hint_is_wingets(windows: dict[str, Path], tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Chocolatey has no package of eSpeak NG that we could confirm, so a machine with choco alone is told winget's
    (winget comes with Windows 10 and 11)."""
    monkeypatch.setattr(install_hints, "_current", install_hints.Platform(install_hints.System.WINDOWS, ("choco",)))
    result = CliRunner().invoke(app, ["say", "hi", "--engine", "espeak", "-o", str(tmp_path / "hi.wav")])
    assert (result.exit_code, result.stderr) == (
        1, "voiceroutine: error: espeak: espeak-ng is not installed; install it with: winget install --exact --id "
           "eSpeak-NG.eSpeak-NG\n")
