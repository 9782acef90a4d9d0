"""Which outside program voiceroutine runs (ffmpeg, espeak-ng): $VOICEROUTINE_<NAME>, else the config file's key,
else the one on PATH, else, on Windows, where its installer puts it when that is not on PATH.

One setting moves every use of a program (a newer build, an install outside PATH). A setting that names no
program is bad usage (exit 2); no program at all is a failure while running (exit 1) with the install command
for this platform. `voiceroutine paths` shows which of each runs and what chose it.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from voiceroutine.errors import EXIT_FAILURE, EXIT_USAGE, MissingProgramError
from voiceroutine.install_hints import Tool, install_command
from voiceroutine.paths import Source

PLATFORM = sys.platform
"""The platform the Windows folders are looked in on (tests hand in "win32")."""


@dataclass(frozen=True, slots=True)
class Program:
    """An outside program, and every way to point voiceroutine at it."""

    name: str
    """What it is called on PATH (and in messages)."""
    variable: str
    """The environment variable that names it."""
    config_key: str
    """The config file's key that names it."""
    tool: Tool
    windows: tuple[tuple[str, str], ...] = ()
    """Where Windows installers put it outside PATH: (an environment variable holding a folder, the path in it)."""


FFMPEG = Program("ffmpeg", "VOICEROUTINE_FFMPEG", "ffmpeg", Tool.FFMPEG,
                 (("LOCALAPPDATA", r"Microsoft\WinGet\Links\ffmpeg.exe"),))  # winget's link, before a new shell
ESPEAK = Program("espeak-ng", "VOICEROUTINE_ESPEAK", "espeak", Tool.ESPEAK,
                 (("ProgramFiles", r"eSpeak NG\espeak-ng.exe"), ("ProgramFiles(x86)", r"eSpeak NG\espeak-ng.exe")))
"""The eSpeak NG installer (an .msi, also what winget runs) puts it in "%ProgramFiles%\\eSpeak NG" and does not
add that folder to PATH."""


@dataclass(frozen=True, slots=True)
class ProgramChoice:
    """The program asked for, and the file it leads to (None when there is none)."""

    spec: Program
    asked: str
    """A name looked up on PATH, or a path."""
    source: Source
    program: str | None
    found_in: str = ""
    """The Windows folder it was found in when PATH did not have it, e.g. "%ProgramFiles%"."""

    def describe_source(self) -> str:
        if self.source is Source.ENVIRONMENT:
            return f"${self.spec.variable}"
        if self.source is Source.PLATFORM:
            return f"not on PATH, found in {self.found_in}" if self.found_in else "PATH"
        return str(self.source.value)

    def missing(self) -> MissingProgramError:
        """The error to raise when `program` is None: what was wrong, and what to do."""
        name = self.spec.name
        if self.source is Source.ENVIRONMENT:
            return MissingProgramError(f"${self.spec.variable} is {self.asked!r}, which is not a program: point it "
                                       f"at {name}, or unset it", exit_code=EXIT_USAGE)
        if self.source is Source.CONFIG:
            from voiceroutine.config import config_path

            return MissingProgramError(f"{config_path()}: {self.spec.config_key}: {self.asked!r} is not a program: "
                                       f"point it at {name}, or remove the setting", exit_code=EXIT_USAGE)
        return MissingProgramError(f"{name} not found: install it with: {install_command(self.spec.tool)}",
                                   exit_code=EXIT_FAILURE)


def find_program(spec: Program, asked: str | None = None, configured: str | None = None,
                 environ: Mapping[str, str] | None = None, platform: str | None = None) -> ProgramChoice:
    """`asked` (a name or path the caller was given), else $VARIABLE, else the config's key (`configured`, read
    from the config file when not handed in), else the name on PATH, else (on Windows) the installer's folders."""
    environ = os.environ if environ is None else environ
    if asked is not None:
        return ProgramChoice(spec, asked, Source.OPTION, _program(asked))
    env = environ.get(spec.variable)
    if env:
        return ProgramChoice(spec, env, Source.ENVIRONMENT, _program(env))
    if configured is None:
        from voiceroutine.config import load_user_config

        configured = getattr(load_user_config(), spec.config_key)
    if configured:
        return ProgramChoice(spec, configured, Source.CONFIG, _program(configured))
    found = _program(spec.name)
    if found is None and (platform or PLATFORM).startswith(("win", "cygwin")):
        for variable, inside in spec.windows:
            folder = environ.get(variable)
            if folder:
                candidate = _program(os.path.join(folder, *PureWindowsPath(inside).parts))
                if candidate is not None:
                    return ProgramChoice(spec, spec.name, Source.PLATFORM, candidate, f"%{variable}%")
    return ProgramChoice(spec, spec.name, Source.PLATFORM, found)


def program_path(spec: Program, asked: str | None = None) -> str:
    """The program to run; MissingProgramError (with what to do) when there is none."""
    choice = find_program(spec, asked)
    if choice.program is None:
        raise choice.missing()
    return choice.program


def _program(name: str) -> str | None:
    """`name` as a program to run: a path to an executable file, or a name found on PATH."""
    expanded = str(Path(name).expanduser())
    found = shutil.which(expanded)
    return None if found is None or Path(found).is_dir() else found
