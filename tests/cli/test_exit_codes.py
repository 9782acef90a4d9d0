"""Exit codes: 1 for a failure while running, 2 for bad usage or a bad file, as docs/cli.md's table says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine import errors
from voiceroutine.cli import app
from voiceroutine.cli.common import INTERRUPTED_EXIT

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def documented_codes() -> dict[int, str]:
    section = DOCS.read_text(encoding="utf-8").split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    return {int(m[1]): m[2] for m in re.finditer(r"^\| (\d+) \| ([^|]+) \|", section, re.MULTILINE)}


def test_the_table_documents_every_code_the_program_uses() -> None:
    codes = documented_codes()
    assert codes[errors.EXIT_OK].strip() == "done"
    assert codes[errors.EXIT_FAILURE].strip() == "a failure while running"
    assert codes[errors.EXIT_USAGE].strip() == "bad usage or a bad file"
    assert INTERRUPTED_EXIT in codes


@pytest.fixture
def broken_routine(tmp_path: Path) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text("title: Broken\nexercises:\n  - name: Chin tuck\n    hold: forever\n", encoding="utf-8")
    return path


BAD_USAGE = {
    "unknown command": ["stretch"],
    "unknown option": ["show", "--loud"],
    "value out of range": ["show", "--speed", "9"],
    "unknown routine": ["show", "no-such-routine"],
    "unknown engine": ["say", "hi", "--engine", "festival"],
    "unknown format": ["export", "-o", "x.flac"],
    "unknown audio backend": ["play", "--audio-backend", "oss"],
    "missing article": ["import", "no-such-article.txt"],
}


@pytest.mark.parametrize("args", BAD_USAGE.values(), ids=BAD_USAGE.keys())
def test_bad_usage_exits_2(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == errors.EXIT_USAGE, result.output
    assert result.stdout == "" and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_bad_routine_or_config_file_exits_2(broken_routine: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = CliRunner().invoke(app, ["show", str(broken_routine)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"voiceroutine: error: {broken_routine}:4:11: exercises[0].hold: ")
    config = broken_routine.with_name("config.yaml")
    config.write_text("speed: fast\n", encoding="utf-8")
    monkeypatch.setenv("VOICEROUTINE_CONFIG", str(config))
    result = CliRunner().invoke(app, ["show"])
    assert (result.exit_code, result.stderr) == (2, f"voiceroutine: error: {config}: speed: expected a number, "
                                                    "found 'fast'\n")


def test_a_missing_program_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no espeak-ng on it
    result = CliRunner().invoke(app, ["say", "hi", "--engine", "espeak", "-o", str(tmp_path / "hi.wav")])
    assert result.exit_code == errors.EXIT_FAILURE
    assert result.stderr.startswith("voiceroutine: error: espeak: espeak-ng is not installed; install it with: ")


def test_a_full_disk_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    out = tmp_path / "r.yaml"
    article = "1. Neck Tilt\n\nLoosens the neck.\n\n- Tilt your head.\n- Hold for 20 seconds.\n"
    result = CliRunner().invoke(app, ["import", "-", "-o", str(out)], input=article)
    assert result.exit_code == errors.EXIT_FAILURE, result.output
    assert result.stderr == f"voiceroutine: error: {out}: cannot write it (No space left on device)\n"
    assert list(tmp_path.iterdir()) == []


def test_each_error_kind_has_the_documented_code() -> None:
    usage = (errors.RoutineError, errors.OptionError, errors.ConfigError, errors.ArticleError, errors.PhraseError)
    failure = (errors.SpeechError, errors.AudioError, errors.ExportError, errors.PlaybackError)
    assert {kind.exit_code for kind in usage} == {2}
    assert {kind.exit_code for kind in failure} == {1}
    assert errors.SpeechError("unknown voice", exit_code=errors.EXIT_USAGE).exit_code == 2
