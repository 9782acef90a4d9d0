"""The errors a user can cause. Each carries the one-line message the CLI prints and its exit code.

Library code raises these; only the CLI turns them into output and exit codes (the table is in docs/cli.md).
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
EXIT_FAILURE = 1
"""Something failed while running: a missing or failing program (ffmpeg, a speech engine), no sound device,
a full disk or an unwritable folder."""
EXIT_USAGE = 2
"""Bad usage or a bad file: an unknown option or name, a value out of range, a broken routine, config or
article, an unreadable input file. Typer's own usage errors exit 2 too."""


class VoiceroutineError(Exception):
    """Base of every error a user can cause; `str(error)` is the message shown to them.

    Each class has the exit code of what it usually means; a raise site whose cause is the other kind says so
    with `exit_code=` (an unknown voice is a SpeechError, but bad usage).
    """

    exit_code = EXIT_FAILURE

    def __init__(self, *args: object, exit_code: int | None = None) -> None:
        super().__init__(*args)
        if exit_code is not None:
            self.exit_code = exit_code


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a routine file, located precisely."""

    file: str
    line: int
    """1-based line."""
    column: int
    """1-based column."""
    path: str
    """Field path inside the file, such as "exercises[2].hold"."""
    message: str
    """What was found and what is allowed."""

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.file}:{self.line}:{self.column}: {where}{self.message}"


class RoutineError(VoiceroutineError):
    """A routine file (or built-in name) that cannot be used; lists every problem found at once."""

    exit_code = EXIT_USAGE

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class RoutineSourceError(RoutineError):
    """A routine argument that names no readable file and no built-in; one line, no file position."""

    def __init__(self, message: str) -> None:
        self.problems = ()
        VoiceroutineError.__init__(self, message)


class OptionError(VoiceroutineError):
    """A command-line or config option out of range."""

    exit_code = EXIT_USAGE


class ConfigError(VoiceroutineError):
    """A broken user config file."""

    exit_code = EXIT_USAGE


class SpeechError(VoiceroutineError):
    """A speech engine or voice that cannot be used or failed to render."""


class AudioError(VoiceroutineError):
    """Mixing or reading audio failed (an unreadable music file, say)."""


class ExportError(VoiceroutineError):
    """Writing the output failed (missing ffmpeg, unwritable folder, full disk)."""


class MissingProgramError(VoiceroutineError):
    """A program voiceroutine runs (ffmpeg) that is not there; bad usage when a setting points at no program."""


class PlaybackError(VoiceroutineError):
    """No usable sound device or playback backend."""


class ArticleError(VoiceroutineError):
    """An article that cannot be imported."""

    exit_code = EXIT_USAGE


class PhraseError(VoiceroutineError):
    """A phrasebook override with an unknown key or placeholder."""

    exit_code = EXIT_USAGE


class SessionLogError(VoiceroutineError):
    """The session log cannot be used: unwritable, locked, a full disk (exit 1); damaged, another program's file
    or a newer voiceroutine's (exit 2, a bad file). It is never overwritten."""


class ServeError(VoiceroutineError):
    """`serve` cannot share: the folder is missing (exit 2), the port is taken or no network is found (exit 1)."""
