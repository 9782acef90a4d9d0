"""$VOICEROUTINE_FFMPEG, then the config's `ffmpeg`, then PATH: the one ffmpeg that exports and music run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.audio.music import decode
from voiceroutine.cli import app
from voiceroutine.errors import MissingProgramError
from voiceroutine.export.exporter import export_routine
from voiceroutine.ffmpeg import FFMPEG_ENV, ffmpeg_program, find_ffmpeg
from voiceroutine.paths import Source

from .helpers import make_timeline, needs_ffmpeg

pytestmark = needs_ffmpeg


def wrapper(folder: Path, name: str) -> tuple[Path, Path]:
    """An ffmpeg that notes each run in a log, then runs the real one."""
    log = folder / f"{name}.log"
    program = folder / name
    program.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\nexec "{shutil.which("ffmpeg")}" "$@"\n')
    program.chmod(0o755)
    return program, log


def test_the_variable_beats_the_config_which_beats_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from_env, _ = wrapper(tmp_path, "env-ffmpeg")
    from_config, _ = wrapper(tmp_path, "config-ffmpeg")
    assert find_ffmpeg().source is Source.PLATFORM and find_ffmpeg().program == shutil.which("ffmpeg")
    Path(str(tmp_path / "config.yaml")).write_text(f"ffmpeg: {from_config}\n")
    monkeypatch.setenv("VOICEROUTINE_CONFIG", str(tmp_path / "config.yaml"))
    assert (find_ffmpeg().source, find_ffmpeg().program) == (Source.CONFIG, str(from_config))
    monkeypatch.setenv(FFMPEG_ENV, str(from_env))
    assert (find_ffmpeg().source, find_ffmpeg().program) == (Source.ENVIRONMENT, str(from_env))
    monkeypatch.setenv(FFMPEG_ENV, "ffmpeg")  # a name is looked up on PATH
    assert ffmpeg_program() == shutil.which("ffmpeg")


def test_an_export_and_its_check_run_the_chosen_ffmpeg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program, log = wrapper(tmp_path, "my-ffmpeg")
    monkeypatch.setenv(FFMPEG_ENV, str(program))
    timeline, clips = make_timeline()
    export_routine(timeline, clips, tmp_path / "r.m4b")
    runs = log.read_text().splitlines()
    assert any(run.endswith(".m4b.part") or "pipe:0" in run for run in runs)  # the encode
    assert any("pipe:1" in run for run in runs)  # the decoded file's true-peak check


def test_music_is_read_with_the_configs_ffmpeg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    song = tmp_path / "song.ogg"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=f=330:d=1", "-c:a", "libvorbis", str(song)],
                   check=True)
    program, log = wrapper(tmp_path, "music-ffmpeg")
    (tmp_path / "config.yaml").write_text(f"ffmpeg: {program}\n")
    monkeypatch.setenv("VOICEROUTINE_CONFIG", str(tmp_path / "config.yaml"))
    assert len(decode(song, 2000)) > 20000
    assert str(song) in log.read_text()


def test_a_setting_that_names_no_program_is_bad_usage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(FFMPEG_ENV, str(tmp_path / "nothing-here"))
    result = CliRunner().invoke(app, ["export", "desk-neck"])
    assert result.exit_code == 2
    assert result.stderr == (f"voiceroutine: error: ${FFMPEG_ENV} is '{tmp_path / 'nothing-here'}', which is not "
                             "a program: point it at ffmpeg, or unset it\n")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.delenv(FFMPEG_ENV)
    config = tmp_path / "config.yaml"
    config.write_text(f"ffmpeg: {tmp_path}\n")  # a folder is no program
    monkeypatch.setenv("VOICEROUTINE_CONFIG", str(config))
    with pytest.raises(MissingProgramError, match=r": ffmpeg: '.*' is not a program") as caught:
        ffmpeg_program()
    assert caught.value.exit_code == 2
    config.write_text("ffmpeg: 5\n")
    result = CliRunner().invoke(app, ["paths"])
    assert result.stderr == (f"voiceroutine: warning: {config}: ffmpeg: expected the path of an ffmpeg program, "
                             "found 5\n")


def test_paths_tells_which_ffmpeg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program, _ = wrapper(tmp_path, "ffmpeg-7")
    monkeypatch.setenv(FFMPEG_ENV, str(program))
    result = CliRunner().invoke(app, ["paths"])
    assert result.stdout.splitlines()[-2] == f"ffmpeg:      {program}  (${FFMPEG_ENV})"  # espeak-ng's last
    assert json.loads(CliRunner().invoke(app, ["paths", "--json"]).stdout)["ffmpeg"] == str(program)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv(FFMPEG_ENV)
    assert CliRunner().invoke(app, ["paths"]).stdout.splitlines()[-2:] == [
        "ffmpeg:      not found  (install it with: sudo apt-get install ffmpeg)",
        "espeak-ng:   not found  (install it with: sudo apt-get install espeak-ng)"]
