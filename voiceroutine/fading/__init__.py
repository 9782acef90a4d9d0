"""Instructions that fade as the person learns: which exercises' steps are read, and which are known by now.

`fade()` is the entry point. An exercise is known by its name, case-folded, whatever the routine (the same
"Chin tuck" in two routines is one exercise learned); it counts as done in a session when the log says
`done` for it there (heard to its end, played or told with `voiceroutine done`), not when skipped or quit.
With `auto`, its steps are read in full until it has been done in `fade_after` sessions, then only its name,
dose and cue are said. Only talk gets shorter: holds, rests and intervals keep their exact lengths.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from voiceroutine.routine.limits import DEFAULT_FADE_AFTER
from voiceroutine.routine.model import Instructions, Routine

__all__ = ["Fading", "exercise_key", "fade"]


def exercise_key(name: str) -> str:
    """How an exercise is told apart in the log: its name, case-folded and with spaces evened out."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True, slots=True)
class ExerciseFading:
    name: str
    """As the routine gives it."""
    done: int
    """Sessions it was done in, as the log says."""
    steps: str
    """ "full" or "short": whether its steps are read this time."""


@dataclass(frozen=True, slots=True)
class Fading:
    """How much of the instructions a session reads."""

    mode: Instructions
    fade_after: int
    exercises: tuple[ExerciseFading, ...]
    """Each exercise of the routine once, in order."""

    @property
    def brief(self) -> frozenset[str]:
        """Exercise keys whose steps are left out."""
        return frozenset(exercise_key(e.name) for e in self.exercises if e.steps == "short")

    @property
    def heard(self) -> str:
        """What the session reads: full, short, or mixed (auto read some in full and some not)."""
        if self.mode is not Instructions.AUTO:
            return str(self.mode.value)
        kinds: set[str] = {e.steps for e in self.exercises}
        if len(kinds) == 1:
            return next(iter(kinds))
        return "mixed" if kinds else "full"


def fade(routine: Routine, mode: Instructions, fade_after: int | None, counts: Mapping[str, int]) -> Fading:
    """Which of `routine`'s exercises read their steps, at `mode`; `counts` are sessions done per exercise key."""
    after = DEFAULT_FADE_AFTER if fade_after is None else fade_after
    seen: dict[str, ExerciseFading] = {}
    for exercise in routine.exercises:
        key = exercise_key(exercise.name)
        if key in seen:
            continue
        done = counts.get(key, 0)
        short = mode is Instructions.SHORT or (mode is Instructions.AUTO and done >= after)
        seen[key] = ExerciseFading(exercise.name, done, "short" if short else "full")
    return Fading(mode, after, tuple(seen.values()))
