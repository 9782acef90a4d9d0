"""The pace options every command that builds a timeline takes: --speed, --pauses, --rest, --countdown, --level."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from voiceroutine.routine.limits import COUNTDOWN_RANGE, MAX_WEEK, PAUSES_RANGE, SPEED_RANGE
from voiceroutine.routine.model import Instructions, Level
from voiceroutine.timeline.options import PaceOverrides

if TYPE_CHECKING:
    from voiceroutine.pipeline import Personal

PANEL = "Pace"
LEARNING = "Day after day"


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


InstructionsOpt = Annotated[
    Instructions | None,
    typer.Option(
        "--instructions",
        case_sensitive=False,
        rich_help_panel=LEARNING,
        help="full: read each exercise's steps; short: only its name, dose and cue; auto: full until you have done "
        "it a few times (your session log says), then short. Default: the routine's, the config's, else auto.",
        show_default=False,
    ),
]
WeekOpt = Annotated[
    int | None,
    typer.Option(
        "--week",
        min=1,
        max=MAX_WEEK,
        metavar="N",
        rich_help_panel=LEARNING,
        help="Use step N of the routine's progression (1: as written). Default: the step your session log says "
        "you have reached.",
        show_default=False,
    ),
]


def personal(instructions: Instructions | None, week: int | None) -> Personal:
    """The command line's choices about instructions and progression."""
    from voiceroutine.pipeline import Personal

    return Personal(instructions, week)
