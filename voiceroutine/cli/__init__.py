"""The `voiceroutine` command: one small module per command group, composed here."""

from __future__ import annotations

import typer

from voiceroutine.cli import export, importer, play, routines, sessions, show, speech

app = typer.Typer(
    name="voiceroutine",
    help="A voice that guides you through an exercise routine: live, or as an MP3 for your phone.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for group in (show, routines, speech, export, play, importer, sessions):
    group.register(app)


def main() -> None:
    """Entry point of the console script and `python -m voiceroutine`."""
    app(prog_name="voiceroutine")
