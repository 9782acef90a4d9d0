"""Which ffmpeg voiceroutine runs: $VOICEROUTINE_FFMPEG, else the config file's `ffmpeg`, else the one on PATH.

Exports, music and the true-peak check all ask here, so one setting moves them all (a newer build, a Windows
install that is not on PATH). A setting that names no program is bad usage (exit 2); no ffmpeg at all is a
failure while running (exit 1) with the install command for this platform.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from voiceroutine.errors import EXIT_FAILURE, EXIT_USAGE, MissingProgramError
from voiceroutine.install_hints import Tool, install_command
from voiceroutine.paths import Source

FFMPEG_ENV = "VOICEROUTINE_FFMPEG"
DEFAULT_NAME = "ffmpeg"


@dataclass(frozen=True, slots=True)
class FfmpegChoice:
    """The ffmpeg asked for, and the program it leads to (None when there is none)."""

    asked: str
    """A name looked up on PATH, or a path."""
    source: Source
    program: str | None

    def describe_source(self) -> str:
        return f"${FFMPEG_ENV}" if self.source is Source.ENVIRONMENT else \
            "PATH" if self.source is Source.PLATFORM else self.source.value

    def missing(self) -> MissingProgramError:
        """The error to raise when `program` is None: what was wrong, and what to do."""
        if self.source is Source.ENVIRONMENT:
            return MissingProgramError(f"${FFMPEG_ENV} is {self.asked!r}, which is not a program: point it at "
                                       "ffmpeg, or unset it", exit_code=EXIT_USAGE)
        if self.source is Source.CONFIG:
            from voiceroutine.config import config_path

            return MissingProgramError(f"{config_path()}: ffmpeg: {self.asked!r} is not a program: point it at "
                                       "ffmpeg, or remove the setting", exit_code=EXIT_USAGE)
        return MissingProgramError(f"ffmpeg not found: install it with: {install_command(Tool.FFMPEG)}",
                                   exit_code=EXIT_FAILURE)


def find_ffmpeg(asked: str | None = None) -> FfmpegChoice:
    """`asked` (a name or path the caller was given), else $VOICEROUTINE_FFMPEG, else the config's `ffmpeg`, else
    `ffmpeg` on PATH."""
    if asked is not None:
        return FfmpegChoice(asked, Source.OPTION, _program(asked))
    env = os.environ.get(FFMPEG_ENV)
    if env:
        return FfmpegChoice(env, Source.ENVIRONMENT, _program(env))
    from voiceroutine.config import load_user_config

    configured = load_user_config().ffmpeg
    if configured:
        return FfmpegChoice(configured, Source.CONFIG, _program(configured))
    return FfmpegChoice(DEFAULT_NAME, Source.PLATFORM, _program(DEFAULT_NAME))


def ffmpeg_program(asked: str | None = None) -> str:
    """The ffmpeg to run; MissingProgramError (with what to do) when there is none."""
    choice = find_ffmpeg(asked)
    if choice.program is None:
        raise choice.missing()
    return choice.program


def _program(name: str) -> str | None:
    """`name` as a program to run: a path to an executable file, or a name found on PATH."""
    expanded = str(Path(name).expanduser())
    found = shutil.which(expanded)
    return None if found is None or Path(found).is_dir() else found
