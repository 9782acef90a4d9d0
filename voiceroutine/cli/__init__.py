"""The `voiceroutine` command: one small module per command group, composed here."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from voiceroutine import __version__, shutdown
from voiceroutine.cli import export, importer, leaving, paths, play, remind, routines, serve, sessions, show, speech
from voiceroutine.cli.output import is_output_failure, make_streams_safe, output_failed

app = typer.Typer(
    name="voiceroutine",
    help="A voice that guides you through an exercise routine: live, or as an MP3 for your phone.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"voiceroutine {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """A voice that guides you through an exercise routine: live, or as an MP3 for your phone."""


for group in (show, routines, speech, export, play, importer, paths, sessions, remind, serve):
    group.register(app)


def main() -> None:
    """Entry point of the console script and `python -m voiceroutine`."""
    make_streams_safe()
    shutdown.install()
    leaving.forget()
    try:
        try:
            app(prog_name="voiceroutine")
        finally:  # what is still buffered goes out now, where a failure can be told
            if sys.stdout is not None:
                sys.stdout.flush()
    except OSError as e:
        if not is_output_failure(e):
            raise
        output_failed(e)
    except SystemExit as e:  # the app's own exit, with its code: a command that asked may end the process now
        leaving.leave_if_asked(e.code)
        raise
