"""The `voiceroutine` command: one small module per command group, composed here."""

from __future__ import annotations

from typing import Annotated

import typer

from voiceroutine import __version__, shutdown
from voiceroutine.cli import export, importer, paths, play, remind, routines, serve, sessions, show, speech
from voiceroutine.cli.output import make_streams_safe

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
    app(prog_name="voiceroutine")
