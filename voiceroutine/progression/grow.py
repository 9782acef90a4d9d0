"""A routine at a progression step: every growing rep count, hold and set count moved on, within its limits.

Pure: a Routine in, a Routine out, so the timeline builder, its exact timing and its tests stay as they are.
Step 1 is the routine as written; step N adds N-1 times each exercise's growth to the value its level gives,
never past its `until` (the high end of the written range with `until: hard`) nor the format's limits.
"""

from __future__ import annotations

import dataclasses
import math

from voiceroutine.errors import OptionError
from voiceroutine.routine.fields import MAX_HOLD_MS, MAX_REPS, MAX_SETS
from voiceroutine.routine.length import rough_length_ms
from voiceroutine.routine.loader import MAX_TOTAL_MS
from voiceroutine.routine.model import Circuit, Exercise, Growth, Hold, Level, Reps, Routine, Span
from voiceroutine.routine.units import format_ms


def growth_of(routine: Routine, exercise: Exercise) -> Growth | None:
    """The growth that applies to `exercise`: its own, else the routine's; None when it has no progression."""
    if routine.progress is None:
        return None
    growth = exercise.growth if exercise.growth is not None else routine.progress.growth
    return None if growth == Growth() else growth


def _quantities(growth: Growth, exercise: Exercise) -> list[tuple[str, Span, int, int, int]]:
    """(what, written span, quantum, added per step, format limit) of each quantity of `exercise` that grows."""
    out = []
    dose = exercise.dose
    if growth.reps and isinstance(dose, Reps):
        out.append(("reps", dose.count, 1, growth.reps, growth.max_reps or MAX_REPS))
    if growth.hold_ms:
        if isinstance(dose, Reps) and dose.hold_ms is not None:
            out.append(("hold", dose.hold_ms, 1000, growth.hold_ms, growth.max_hold_ms or MAX_HOLD_MS))
        elif isinstance(dose, Hold):
            out.append(("hold", dose.duration_ms, 1000, growth.hold_ms, growth.max_hold_ms or MAX_HOLD_MS))
    if growth.sets:
        out.append(("sets", exercise.sets, 1, growth.sets, growth.max_sets or MAX_SETS))
    return out


def _value(span: Span, quantum: int, add: int, most: int, until_hard: bool, level: Level, steps: int) -> int:
    """The value after `steps` steps: the level's value plus the growth, up to the limit (never below the start)."""
    start = span.resolve(level, quantum)
    top = span.high if until_hard else most
    return max(start, min(start + steps * add, top))


def _grown_exercise(routine: Routine, exercise: Exercise, level: Level, step: int) -> Exercise:
    growth = growth_of(routine, exercise)
    if growth is None or step <= 1:
        return exercise
    values = {what: Span.exactly(_value(span, q, add, most, growth.until_hard, level, step - 1))
              for what, span, q, add, most in _quantities(growth, exercise)}  # fmt: skip
    dose = exercise.dose
    if isinstance(dose, Reps):
        dose = dataclasses.replace(dose, count=values.get("reps", dose.count),
                                   hold_ms=values.get("hold", dose.hold_ms))  # fmt: skip
    elif isinstance(dose, Hold):
        dose = dataclasses.replace(dose, duration_ms=values.get("hold", dose.duration_ms))
    return dataclasses.replace(exercise, dose=dose, sets=values.get("sets", exercise.sets))


def top_step(routine: Routine, level: Level) -> int:
    """The first step at which nothing grows any more (1 when nothing can grow at this level)."""
    top = 1
    for exercise in routine.exercises:
        growth = growth_of(routine, exercise)
        if growth is None:
            continue
        for _, span, quantum, add, most in _quantities(growth, exercise):
            start = span.resolve(level, quantum)
            room = (span.high if growth.until_hard else most) - start
            if room > 0:
                top = max(top, 1 + math.ceil(room / add))
    return top


def grown(routine: Routine, step: int, level: Level) -> Routine:
    """`routine` at progression step `step` (1: as written) and `level`. Raises OptionError when it would run
    longer than the format allows."""
    if routine.progress is None or step <= 1:
        return routine
    items = []
    for item in routine.items:
        if isinstance(item, Exercise):
            item = _grown_exercise(routine, item, level, step)
        elif isinstance(item, Circuit) and not item.intervals:
            members = tuple(_grown_exercise(routine, m, level, step) if isinstance(m, Exercise) else m
                            for m in item.items)  # fmt: skip
            item = dataclasses.replace(item, items=members)
        items.append(item)
    result = dataclasses.replace(routine, items=tuple(items))
    length = rough_length_ms(result, level)
    if length > MAX_TOTAL_MS:
        raise OptionError(
            f"{routine.source}: at week {step} the routine would last about {format_ms(length - length % 60_000)}, "
            f"allowed: at most {format_ms(MAX_TOTAL_MS)}; give its progress an until, like until: {{reps: 15}}"
        )
    return result
