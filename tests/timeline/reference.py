"""The timed stretches a routine asks for, worked out from the documented rules alone (docs/routine-format.md),
without the builder: what `spans` must hold, in order, whatever the voice, its speed or the pauses."""

from __future__ import annotations

from voiceroutine.routine.model import Circuit, Exercise, Flow, Hold, ManualStep, Reps, Routine, Span, Work
from voiceroutine.timeline.options import PaceOptions

UNTIMED_REP_MS = 3000

Stretch = tuple[str, int]
"""(span kind, length in ms)"""


class Reference:
    def __init__(self, routine: Routine, o: PaceOptions) -> None:
        self.routine = routine
        self.o = o
        self.out: list[Stretch] = []
        self.timed_yet = False
        """Whether anything timed came yet (a routine's lead_in has the first countdown until then)."""

    def ms(self, span: Span) -> int:
        return span.resolve(self.o.level, 1000)

    def n(self, span: Span) -> int:
        return span.resolve(self.o.level)

    def add(self, kind: str, length: int) -> None:
        self.out.append((kind, length))
        self.timed_yet = True

    def lead_in(self) -> None:
        if self.o.countdown and not (self.routine.lead_in_ms is not None and not self.timed_yet):
            self.add("lead_in", self.o.countdown * 1000)

    def stretches(self) -> list[Stretch]:
        r = self.routine
        if r.lead_in_ms is not None:
            self.out.append(("lead_in", r.lead_in_ms))
        items = r.items
        started = False
        for i, item in enumerate(items):
            if isinstance(item, ManualStep):
                self.manual(item)
                continue
            intervals = isinstance(item, Circuit) and item.intervals
            if not intervals and (not started or isinstance(items[i - 1], ManualStep)):
                self.lead_in()
            started = True
            if isinstance(item, Exercise):
                self.exercise(item)
            elif item.intervals:
                self.intervals(item)
            else:
                self.circuit(item)
            following = items[i + 1] if i + 1 < len(items) else None
            if isinstance(following, Exercise | Circuit):
                if self.o.rest_ms is not None:
                    rest = self.o.rest_ms
                elif isinstance(item, Exercise) and item.rest_ms is not None:
                    rest = self.ms(item.rest_ms)
                else:
                    rest = self.o.exercise_rest_ms
                if rest:
                    self.add("rest", rest)
        return self.out

    def manual(self, step: ManualStep) -> None:
        self.add("manual", self.o.manual_pause_ms if step.pause_ms is None else step.pause_ms)

    def exercise(self, ex: Exercise) -> None:
        sets = self.n(ex.sets)
        for s in range(sets):
            if s:
                rest = (
                    self.o.rest_ms
                    if self.o.rest_ms is not None
                    else (self.ms(ex.set_rest_ms) if ex.set_rest_ms is not None else self.o.set_rest_ms)
                )
                if rest:
                    self.add("set_rest", rest)
            for k in range(max(1, len(ex.sides))):
                if k:
                    self.add("switch", self.ms(ex.switch_ms) if ex.switch_ms is not None else self.o.switch_ms)
                self.dose(ex)

    def dose(self, ex: Exercise) -> None:
        d = ex.dose
        if isinstance(d, Reps):
            count = self.n(d.count)
            rep_rest = self.ms(ex.rep_rest_ms) if ex.rep_rest_ms is not None else self.o.rep_rest_ms
            for rep in range(count):
                if d.hold_ms is not None:
                    self.add("hold", self.ms(d.hold_ms))
                elif d.tempo:
                    for phase in d.tempo:
                        self.add("phase", self.ms(phase.duration_ms))
                else:
                    self.add("rep", UNTIMED_REP_MS)
                if rep < count - 1 and rep_rest:
                    self.add("rest", rep_rest)
        elif isinstance(d, Flow):
            cycle = [self.ms(p.duration_ms) for p in d.phases]
            if d.cycles is not None:
                cycles = self.n(d.cycles)
            else:
                asked = self.ms(d.duration_ms) if d.duration_ms is not None else sum(cycle)
                cycles = max(1, asked // sum(cycle))
            for _ in range(cycles):
                for length in cycle:
                    self.add("phase", length)
        elif isinstance(d, Hold | Work):
            self.add("hold", self.ms(d.duration_ms) if d.duration_ms is not None else UNTIMED_REP_MS)

    def circuit(self, c: Circuit) -> None:
        rounds = self.n(c.rounds)
        round_rest = self.ms(c.round_rest_ms) if c.round_rest_ms is not None else 0
        last_exercise = max(i for i, item in enumerate(c.items) if isinstance(item, Exercise))
        for r in range(rounds):
            for i, item in enumerate(c.items):
                if isinstance(item, ManualStep):
                    self.manual(item)
                    continue
                self.exercise(item)
                if r == rounds - 1 and i == last_exercise:
                    continue
                if self.o.rest_ms is not None:
                    rest = self.o.rest_ms
                elif item.rest_ms is not None:
                    rest = self.ms(item.rest_ms)
                elif c.rest_ms is not None:
                    rest = self.ms(c.rest_ms)
                else:
                    rest = self.o.exercise_rest_ms
                if rest:
                    self.add("rest", rest)
                if i == last_exercise and round_rest:
                    self.add("round_rest", round_rest)

    def intervals(self, c: Circuit) -> None:
        assert c.work_ms is not None
        self.lead_in()
        rounds = self.n(c.rounds)
        round_rest = self.ms(c.round_rest_ms) if c.round_rest_ms is not None else 0
        exercises = c.exercises
        for r in range(rounds):
            for i, ex in enumerate(exercises):
                own = ex.dose.duration_ms if isinstance(ex.dose, Work | Hold) else None
                work = self.ms(own) if own is not None else self.ms(c.work_ms)
                for k in range(max(1, len(ex.sides))):
                    if k:
                        self.add("switch", self.ms(ex.switch_ms) if ex.switch_ms is not None else self.o.switch_ms)
                    self.add("work", work)
                if r == rounds - 1 and i == len(exercises) - 1:
                    break
                rest = self.ms(ex.rest_ms) if ex.rest_ms is not None else self.ms(c.rest_ms) if c.rest_ms else 0
                if rest:
                    self.add("rest", rest)
                if i == len(exercises) - 1 and round_rest:
                    self.add("round_rest", round_rest)


def interval_circuit_length(c: Circuit, o: PaceOptions) -> int:
    """rounds x (work + rest of each exercise) + round rests, less the dropped last rest (switches count as work)."""
    level = o.level
    rounds = c.rounds.resolve(level)
    assert c.work_ms is not None
    one_round = 0
    rest = 0
    for ex in c.exercises:
        own = ex.dose.duration_ms if isinstance(ex.dose, Work | Hold) else None
        work = (own or c.work_ms).resolve(level, 1000)
        switch = ex.switch_ms.resolve(level, 1000) if ex.switch_ms is not None else o.switch_ms
        sides = max(1, len(ex.sides))
        rest = (ex.rest_ms or c.rest_ms or Span.exactly(0)).resolve(level, 1000)
        one_round += sides * work + (sides - 1) * switch + rest
    round_rest = c.round_rest_ms.resolve(level, 1000) if c.round_rest_ms is not None else 0
    return rounds * one_round + (rounds - 1) * round_rest - rest
