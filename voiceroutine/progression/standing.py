"""Where a routine's progression stands: the step reached, since when, and when the next one comes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from voiceroutine.routine.model import Every, Progress
from voiceroutine.sessions.model import Session


@dataclass(frozen=True, slots=True)
class Standing:
    week: int
    """The step in use, 1 = as written (called week because with `every: 1 week` it is one)."""
    asked: bool
    """True when the step was asked for (`--week`), not worked out from the log."""
    top: int
    """The first step at which nothing grows any more; later steps are the same as it."""
    every: str
    """The routine's `every`, as written ("1 week")."""
    every_count: int
    """Days (or sessions) per step."""
    unit: Every
    """What `every_count` counts."""
    first: date | None
    """The day of the routine's first logged session with an exercise done; None before there is one."""
    next_on: date | None
    """The day the next step starts (`every` in days); None at the top, before the first session, or when
    steps count sessions."""
    sessions_to_next: int | None
    """Sessions still to do before the next step (`every` in sessions); None otherwise or at the top."""

    @property
    def at_top(self) -> bool:
        return self.week >= self.top


def _day(session: Session) -> date:
    return session.started.astimezone().date()


def standing(progress: Progress, sessions: Sequence[Session], today: date, top: int, week: int | None) -> Standing:
    """The step reached by `today` from `sessions` (this routine's, any order), or step `week` when asked."""
    practised = [s for s in sessions if s.practised]
    first = min((_day(s) for s in practised), default=None)
    next_on = None
    to_next = None
    if progress.unit is Every.SESSIONS:
        reached = 1 + len(practised) // progress.every
        to_next = progress.every - len(practised) % progress.every
    elif first is None:
        reached = 1
    else:
        reached = 1 + max(0, (today - first).days) // progress.every
        next_on = first + timedelta(days=reached * progress.every)
    step = reached if week is None else week
    if step >= top or week is not None:
        next_on = to_next = None
    return Standing(step, week is not None, top, progress.written, progress.every, progress.unit, first, next_on,
                    to_next)
