"""A routine's rough length from its numbers alone (holds, reps, flows, rests), without any speech.

Used to refuse absurd routines and to give `validate` a quick "about N minutes"; the real length
comes from the timeline builder, which also counts the spoken words.
"""

from __future__ import annotations

from voiceroutine.routine.model import Exercise, Flow, Hold, Level, ManualStep, Reps, Routine, Span
from voiceroutine.timeline.options import PaceOptions

PLAIN_REP_MS = 3000
"""A rep without hold or tempo: about the time to do it and hear its count."""


def _resolve(span: Span | None, fallback: int, level: Level) -> int:
    return fallback if span is None else span.resolve(level, 1000)


def _dose_ms(exercise: Exercise, level: Level, rep_rest_ms: int) -> int:
    dose = exercise.dose
    if isinstance(dose, Hold | Flow):
        return dose.duration_ms.resolve(level, 1000)
    assert isinstance(dose, Reps)
    if dose.tempo:
        one = sum(p.duration_ms.resolve(level, 1000) for p in dose.tempo)
    elif dose.hold_ms is not None:
        one = dose.hold_ms.resolve(level, 1000)
    else:
        one = PLAIN_REP_MS
    count = dose.count.resolve(level)
    return count * one + (count - 1) * rep_rest_ms


def rough_length_ms(routine: Routine, level: Level = Level.STANDARD) -> int:
    """Milliseconds of holding, moving and resting at `level`, with the routine's rests or the usual ones."""
    base = PaceOptions()
    defaults = routine.defaults
    rest = _resolve(defaults.rest_ms, base.exercise_rest_ms, level)
    set_rest = _resolve(defaults.set_rest_ms, base.set_rest_ms, level)
    rep_rest = _resolve(defaults.rep_rest_ms, base.rep_rest_ms, level)
    manual = base.manual_pause_ms if defaults.manual_pause_ms is None else defaults.manual_pause_ms
    total = 0
    exercises = routine.exercises
    for item in routine.items:
        if isinstance(item, ManualStep):
            total += manual if item.pause_ms is None else item.pause_ms
            continue
        sides = max(1, len(item.sides))
        sets = item.sets.resolve(level)
        between_sets = _resolve(item.set_rest_ms, set_rest, level)
        one = _dose_ms(item, level, _resolve(item.rep_rest_ms, rep_rest, level))
        total += sides * (sets * one + (sets - 1) * between_sets)
        if item is not exercises[-1]:
            total += _resolve(item.rest_ms, rest, level)
    return total
