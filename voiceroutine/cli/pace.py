"""The pace options every command that builds a timeline takes: --speed, --pauses, --rest, --countdown, --level."""

from __future__ import annotations

from typing import Annotated

import typer

from voiceroutine.routine.limits import COUNTDOWN_RANGE, PAUSES_RANGE, SPEED_RANGE
from voiceroutine.routine.model import Level
from voiceroutine.timeline.options import PaceOverrides

PANEL = "Pace"


def complete_routine(incomplete: str) -> list[str]:
    """Shell completion of ROUTINE: the built-in names (the shell completes file names when none matches)."""
    from voiceroutine.routine.builtin import builtin_names

    return [name for name in builtin_names() if name.startswith(incomplete)]


RoutineArg = Annotated[
    str | None,
    typer.Argument(
        metavar="ROUTINE",
        autocompletion=complete_routine,
        help="A routine file (YAML) or a built-in name (see `voiceroutine routines`). Default: upper-back.",
        show_default=False,
    ),
]
Speed = Annotated[
    float | None,
    typer.Option(
        min=SPEED_RANGE[0],
        max=SPEED_RANGE[1],
        rich_help_panel=PANEL,
        help="Speech speed multiplier (0.5 to 2.0). Holds and rests keep their exact length.",
        show_default=False,
    ),
]
Pauses = Annotated[
    float | None,
    typer.Option(
        min=PAUSES_RANGE[0],
        max=PAUSES_RANGE[1],
        rich_help_panel=PANEL,
        help="Scale of the pauses after instructions and announcements (1 = normal, 2 = twice as long).",
        show_default=False,
    ),
]
Rest = Annotated[
    float | None,
    typer.Option(
        "--rest",
        min=0,
        max=1800,
        metavar="SECONDS",
        rich_help_panel=PANEL,
        help="Rest between exercises and between sets, overriding the routine.",
        show_default=False,
    ),
]
Countdown = Annotated[
    int | None,
    typer.Option(
        min=COUNTDOWN_RANGE[0],
        max=COUNTDOWN_RANGE[1],
        rich_help_panel=PANEL,
        help="How many seconds are counted down before each exercise and at the end of long holds.",
        show_default=False,
    ),
]
LevelOpt = Annotated[
    Level | None,
    typer.Option(
        "--level",
        case_sensitive=False,
        rich_help_panel=PANEL,
        help="Where ranges land: easy = low end, standard = middle, hard = high end.",
        show_default=False,
    ),
]


def pace_overrides(
    speed: float | None, pauses: float | None, rest: float | None, countdown: int | None, level: Level | None
) -> PaceOverrides:
    """The command line's pace settings (None where not given)."""
    return PaceOverrides(
        speed=speed,
        pauses=pauses,
        rest_ms=None if rest is None else round(rest * 1000),
        countdown=countdown,
        level=level,
    )
