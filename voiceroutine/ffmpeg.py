"""Which ffmpeg voiceroutine runs: $VOICEROUTINE_FFMPEG, else the config file's `ffmpeg`, else the one on PATH
(on Windows also winget's link to it, which a shell opened before the install does not have on PATH).

Exports, music and the true-peak check all ask here, so one setting moves them all. The lookup itself is
`voiceroutine/programs.py`, shared with espeak-ng.
"""

from __future__ import annotations

from voiceroutine.programs import FFMPEG, ProgramChoice, find_program, program_path

FFMPEG_ENV = FFMPEG.variable
DEFAULT_NAME = FFMPEG.name
FfmpegChoice = ProgramChoice


def find_ffmpeg(asked: str | None = None) -> ProgramChoice:
    """`asked` (a name or path the caller was given), else $VOICEROUTINE_FFMPEG, else the config's `ffmpeg`, else
    `ffmpeg` on PATH."""
    return find_program(FFMPEG, asked)


def ffmpeg_program(asked: str | None = None) -> str:
    """The ffmpeg to run; MissingProgramError (with what to do) when there is none."""
    return program_path(FFMPEG, asked)
