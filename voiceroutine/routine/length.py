"""A routine's rough length from its numbers alone (holds, reps, flows, intervals, rests), without any speech.

Used to refuse absurd routines and to give `validate` a quick "about N minutes"; the real length
comes from the timeline builder, which also counts the spoken words.
"""

from __future__ import annotations

from voiceroutine.routine.limits import (
    DEFAULT_MANUAL_PAUSE_MS,
    DEFAULT_REP_REST_MS,
    DEFAULT_REST_MS,
    DEFAULT_SET_REST_MS,
    DEFAULT_SWITCH_MS,
)
from voiceroutine.routine.model import Circuit, Exercise, Flow, Hold, Level, ManualStep, Reps, Routine, Span, Work

PLAIN_REP_MS = 3000
"""A rep without hold or tempo: about the time to do it and hear its count."""


def _resolve(span: Span | None, fallback: int, level: Level) -> int:
    return fallback if span is None else span.resolve(level, 1000)


class _Lengths:
    def __init__(self, routine: Routine, level: Level) -> None:
        d = routine.defaults
        self.level = level
        self.rest = _resolve(d.rest_ms, DEFAULT_REST_MS, level)
        self.set_rest = _resolve(d.set_rest_ms, DEFAULT_SET_REST_MS, level)
        self.rep_rest = _resolve(d.rep_rest_ms, DEFAULT_REP_REST_MS, level)
        self.switch = _resolve(d.switch_ms, DEFAULT_SWITCH_MS, level)
        self.manual = DEFAULT_MANUAL_PAUSE_MS if d.manual_pause_ms is None else d.manual_pause_ms

    def dose(self, exercise: Exercise, work_ms: int) -> int:
        dose = exercise.dose
        level = self.level
        if isinstance(dose, Hold):
            return dose.duration_ms.resolve(level, 1000)
        if isinstance(dose, Work):
            return work_ms if dose.duration_ms is None else dose.duration_ms.resolve(level, 1000)
        if isinstance(dose, Flow):
            cycle = sum(p.duration_ms.resolve(level, 1000) for p in dose.phases)
            if dose.cycles is not None:
                return cycle * dose.cycles.resolve(level)
            asked = dose.duration_ms.resolve(level, 1000) if dose.duration_ms is not None else cycle
            return cycle * max(1, asked // cycle) if cycle else 0
        assert isinstance(dose, Reps)
        if dose.tempo:
            one = sum(p.duration_ms.resolve(level, 1000) for p in dose.tempo)
        elif dose.hold_ms is not None:
            one = dose.hold_ms.resolve(level, 1000)
        else:
            one = PLAIN_REP_MS
        count = dose.count.resolve(level)
        return count * one + (count - 1) * _resolve(exercise.rep_rest_ms, self.rep_rest, level)

    def exercise(self, exercise: Exercise, work_ms: int = 0) -> int:
        sides = max(1, len(exercise.sides))
        sets = exercise.sets.resolve(self.level)
        between_sets = _resolve(exercise.set_rest_ms, self.set_rest, self.level)
        switch = _resolve(exercise.switch_ms, self.switch, self.level)
        return sides * sets * self.dose(exercise, work_ms) + (sets - 1) * between_sets + sets * (sides - 1) * switch

    def circuit(self, circuit: Circuit) -> int:
        level = self.level
        rounds = circuit.rounds.resolve(level)
        work = _resolve(circuit.work_ms, 0, level)
        fallback = _resolve(circuit.rest_ms, 0 if circuit.intervals else self.rest, level)
        one_round = 0
        last_rest = 0
        for item in circuit.items:
            if isinstance(item, ManualStep):
                one_round += self.manual if item.pause_ms is None else item.pause_ms
                continue
            last_rest = _resolve(item.rest_ms, fallback, level)
            one_round += self.exercise(item, work) + last_rest
        round_rest = _resolve(circuit.round_rest_ms, 0, level)
        return rounds * one_round + (rounds - 1) * round_rest - last_rest


def rough_length_ms(routine: Routine, level: Level = Level.STANDARD) -> int:
    """Milliseconds of holding, moving and resting at `level`, with the routine's rests or the usual ones."""
    lengths = _Lengths(routine, level)
    total = 0
    last = routine.items[-1]
    for item in routine.items:
        if isinstance(item, ManualStep):
            total += lengths.manual if item.pause_ms is None else item.pause_ms
            continue
        if isinstance(item, Circuit):
            total += lengths.circuit(item)
        else:
            total += lengths.exercise(item)
        if item is not last:
            rest_ms = item.rest_ms if isinstance(item, Exercise) else None
            total += _resolve(rest_ms, lengths.rest, level)
    return total
