"""Progression: a routine that grows with the person, step by step, as its `progress` says.

`progressed()` is the entry point: the step the person has reached (from their logged sessions of the routine,
or the one asked for with `--week`), and the routine at that step (`grow.py`). The step rule (`standing.py`):
with `every: N days` (or weeks), step 1 until N days after the first logged session of the routine with an
exercise done, step 2 for the next N days, and so on; with `every: N sessions`, one step more after every N
such sessions. Played sessions and those told with `voiceroutine done` count alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from voiceroutine.progression.grow import grown, top_step
from voiceroutine.progression.standing import Standing, standing
from voiceroutine.routine.model import Level, Routine
from voiceroutine.sessions.model import Session

__all__ = ["Progressed", "Standing", "progressed", "standing", "top_step"]


@dataclass(frozen=True, slots=True)
class Progressed:
    routine: Routine
    """The routine at the step reached (as written without progression)."""
    standing: Standing | None
    """Where it stands; None when the routine has no progression."""


def progressed(
    routine: Routine, level: Level, sessions: Sequence[Session], today: date, week: int | None = None
) -> Progressed:
    """`routine` at the step its logged `sessions` (of this routine) reach by `today`, or at step `week`."""
    if routine.progress is None:
        return Progressed(routine, None)
    where = standing(routine.progress, sessions, today, top_step(routine, level), week)
    return Progressed(grown(routine, where.week, level), where)
