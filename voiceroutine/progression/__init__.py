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
from voiceroutine.routine.model import Every, Growth, Level, Progress, Routine
from voiceroutine.sessions.model import ProgressRule, Session

__all__ = ["Progressed", "Standing", "logged_standings", "progressed", "rule", "standing", "top_step"]


def rule(where: Standing | None) -> ProgressRule | None:
    """The rule a session keeps in the log, so `history` can say later where the routine stands."""
    if where is None:
        return None
    return ProgressRule(where.every_count, where.unit.value, where.every, where.top)


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


def logged_standings(sessions: Sequence[Session], today: date) -> list[tuple[str, Standing]]:
    """Where each routine in `sessions` stands by `today`, by the progression rule of its latest session (routines
    whose latest session had no progression are left out), in the order they were last done, latest first."""
    by_routine: dict[str, list[Session]] = {}
    for s in sorted(sessions, key=lambda s: s.started):
        by_routine.setdefault(s.routine, []).append(s)
    out = []
    for name, own in sorted(by_routine.items(), key=lambda item: item[1][-1].started, reverse=True):
        last = own[-1].progress
        if last is not None:
            progress = Progress(last.every, Every(last.unit), Growth(), last.written)
            out.append((name, standing(progress, own, today, last.top, None)))
    return out
