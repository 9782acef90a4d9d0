"""Commands about routine files: validate, routines, schema (`show` lives in cli/show.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from voiceroutine.cli.common import say, user_errors
from voiceroutine.cli.output import echo_json
from voiceroutine.errors import EXIT_USAGE, PhraseError, RoutineError

if TYPE_CHECKING:  # imported where used: every command's start-up (play's first sound) loads this module
    from voiceroutine.pipeline import Planned


def _as_written(routine_arg: str) -> Planned:
    """The routine as its file is written (validate and routines): the session log's fading and progression step
    are left out (show, play, export and remind follow them)."""
    from voiceroutine.pipeline import Personal, plan_timeline

    return plan_timeline(routine_arg, personal=Personal(read_log=False))


def _minutes(planned: Planned) -> str:
    """The length `show` gives (speech estimated), in whole minutes: "~9 min"."""
    return f"~{max(1, round(planned.timeline.total_ms / 60_000))} min"


def _summary(planned: Planned) -> str:
    count = len(planned.routine.exercises)
    return f"{count} exercise{'s' if count != 1 else ''}, {_minutes(planned)}"


def validate(
    files: list[str] = typer.Argument(
        ..., metavar="FILE", help="Routine files to check (built-in names work too).", show_default=False
    ),
) -> None:
    """Check routine files and list every problem in them at once.

    A good file prints "FILE: ok (N exercises, ~M min)": the length as the file is written, at your usual pace
    (your history's shorter instructions and progression step left out: `show` gives those).

    A bad file prints each problem as "FILE:LINE:COLUMN: field: what was found, what is allowed".

    Exits with 2 when any file has a problem.
    """
    with user_errors():
        bad = 0
        for file in files:
            try:
                planned = _as_written(file)
            except (RoutineError, PhraseError) as e:  # a wording too long once filled in shows only when built
                bad += 1
                for line in str(e).splitlines():
                    say(line, err=True)
                continue
            say(f"{file}: ok ({_summary(planned)})")
        if bad:
            if len(files) > 1:
                typer.echo(f"{bad} of {len(files)} files have problems", err=True)
            raise typer.Exit(EXIT_USAGE)


def routines() -> None:
    """List the built-in routines: name, title, exercises, length (as written) and what each is for.

    Every command that takes ROUTINE accepts one of these names or a file path; with none it uses the default.
    """
    with user_errors():
        from rich.console import Console
        from rich.table import Table

        from voiceroutine.routine.builtin import DEFAULT_BUILTIN, builtin_names

        table = Table(box=None, pad_edge=False)
        table.add_column("Name", no_wrap=True)
        table.add_column("Title")
        table.add_column("Exercises", justify="right", no_wrap=True)
        table.add_column("Length", no_wrap=True)
        table.add_column("Description")
        for name in builtin_names():
            planned = _as_written(name)
            routine = planned.routine
            label = f"{name} (default)" if name == DEFAULT_BUILTIN else name
            count = str(len(routine.exercises))
            table.add_row(label, routine.title, count, _minutes(planned), routine.description or "")
        Console(soft_wrap=False).print(table)


def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of routine files, for editors.

    Save it (voiceroutine schema > routine.schema.json) and point your editor at it for checks and completion.

    validate stays the judge: a few rules, such as a flow's phases fitting its duration, only it checks.
    """
    with user_errors():
        from voiceroutine.routine.schema import routine_schema

        echo_json(routine_schema())


def register(app: typer.Typer) -> None:
    """Add this group's commands to `app`."""
    app.command()(validate)
    app.command()(routines)
    app.command()(schema)
