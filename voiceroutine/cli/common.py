"""What every command shares: turning library errors into one-line messages and exit codes."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from voiceroutine import shutdown
from voiceroutine.controls import visible
from voiceroutine.errors import EXIT_USAGE, VoiceroutineError

INTERRUPTED_EXIT = 130


def say(text: str, err: bool = False) -> None:
    """Print `text` with every control character shown as an escape: a name or a path from a routine, an
    article or the command line never drives the terminal (ESC sequences, BEL)."""
    typer.echo(visible(text), err=err)


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print `message` as an error line on stderr and return the Exit to raise."""
    say(f"voiceroutine: error: {message}", err=True)
    return typer.Exit(code)


class _WarningLines(logging.Handler):
    """The library's warnings (a damaged cache entry made again) as `voiceroutine: warning: ...` lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        say(f"voiceroutine: warning: {record.getMessage()}", err=True)


def _show_warnings() -> None:
    logger = logging.getLogger("voiceroutine")
    if not any(isinstance(handler, _WarningLines) for handler in logger.handlers):
        logger.addHandler(_WarningLines(logging.WARNING))
        logger.propagate = False


@contextmanager
def user_errors() -> Iterator[None]:
    """Run a command body; a user-caused error or Ctrl-C becomes a clean message and exit code."""
    _show_warnings()
    try:
        yield
    except VoiceroutineError as e:
        lines = str(e).splitlines() or [type(e).__name__]
        if len(lines) == 1:
            raise fail(lines[0], e.exit_code) from None
        for line in lines:
            say(line, err=True)
        raise typer.Exit(e.exit_code) from None
    except KeyboardInterrupt as e:  # Ctrl-C, SIGTERM or SIGHUP (shutdown.py): cleanup already ran on the way up
        with contextlib.suppress(OSError, ValueError):  # a closed terminal takes stderr with it
            sys.stderr.write(f"\nvoiceroutine: {shutdown.words(e)}\n")
            sys.stderr.flush()
        raise typer.Exit(shutdown.exit_code(e)) from None
