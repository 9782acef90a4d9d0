"""A circuit as segments: its exercises done in rounds, "Round 2 of 3", "Last round.", rests between rounds.

Without interval timing its exercises are ordinary ones, with talk around them. With interval timing
(`work:`) every exercise is a work interval of exact length and nothing spoken takes time of its own:
the next exercise is announced inside the rest before it (or the lead-in), the countdown into work ends
when work starts, so the circuit lasts exactly rounds x (work + rest of each exercise) + round rests,
less the rest after its very last exercise, which is dropped.
"""

from __future__ import annotations

from voiceroutine.routine.model import Circuit, Exercise, Hold, ManualStep, Work
from voiceroutine.timeline.exercises import dose_words, exercise, manual_step, rest_after, summary, switch_ms
from voiceroutine.timeline.model import CircuitSummary, Place, SpanKind, Tone
from voiceroutine.timeline.plan import STEP_GAP_MS, Line, Plan, at
from voiceroutine.timeline.segments import Timed


def circuit(plan: Plan, c: Circuit, place: Place, first_index: int) -> None:
    """The whole circuit; `place` carries its circuit index, `first_index` its first exercise's index."""
    rounds = plan.level(c.rounds)
    work = plan.ms(c.work_ms) if c.work_ms is not None else None
    rest = plan.ms(c.rest_ms) if c.rest_ms is not None else None
    round_rest = plan.ms(c.round_rest_ms) if c.round_rest_ms is not None else 0
    plan.circuits.append(
        CircuitSummary(
            name=c.name,
            rounds=rounds,
            exercises=tuple(ex.name for ex in c.exercises),
            work_s=None if work is None else work / 1000,
            rest_s=None if rest is None else rest / 1000,
            round_rest_s=round_rest / 1000 if round_rest else None,
        )
    )
    plan.mark(c.name, place)
    words: list[Line] = [plan.phrase("circuit", name=c.name, rounds=plan.p.amount("rounds", rounds))]
    if work is not None:
        key = "interval_dose" if rest else "interval_dose_no_rest"
        words.append(plan.phrase(key, work=plan.p.duration(work), rest=plan.p.duration(rest or 0)))
    plan.say(place, *words)
    if work is not None:
        _intervals(plan, c, place, first_index, rounds, work, rest or 0, round_rest)
    else:
        _rounds(plan, c, place, first_index, rounds, round_rest)
    if work is not None:
        plan.say(place, plan.phrase("relax"))


def chapter_title(plan: Plan, name: str, r: int, rounds: int) -> str:
    return plan.p.text("chapter_round", name=name, round=r, rounds=rounds) if rounds > 1 else name


def _round_words(plan: Plan, r: int, rounds: int) -> list[Line]:
    if rounds == 1:
        return []
    words: list[Line] = [plan.phrase("round_start", round=r, rounds=rounds)]
    if r == rounds:
        words.append(plan.phrase("last_round"))
    return words


def _rounds(plan: Plan, c: Circuit, place: Place, first_index: int, rounds: int, round_rest: int) -> None:
    """Rounds of ordinary exercises; each is followed by its rest, the round rest comes between rounds."""
    fallback = plan.ms(c.rest_ms) if c.rest_ms is not None else None
    exercises = c.exercises
    for r in range(1, rounds + 1):
        here_round = at(place, round=r)
        plan.say(here_round, *_round_words(plan, r, rounds))
        k = -1
        for j, item in enumerate(c.items):
            if isinstance(item, ManualStep):
                manual_step(plan, item)
                continue
            k += 1
            here = at(here_round, exercise=item.name, exercise_index=first_index + k)
            plan.mark(chapter_title(plan, item.name, r, rounds), here)
            exercise(plan, item, here, "circuit_announce")
            if r == 1:
                plan.summaries.append(summary(plan, item, rest_after(plan, item, fallback)))
            last_of_round = not any(isinstance(later, Exercise) for later in c.items[j + 1 :])
            if r == rounds and last_of_round:
                continue  # the rest after the circuit's very last exercise is dropped
            following = exercises[(k + 1) % len(exercises)]
            rest = rest_after(plan, item, fallback)
            between_rounds = round_rest if last_of_round else 0
            time = plan.p.duration(rest + between_rounds)
            if rest:
                if between_rounds:
                    words = plan.p.forms("round_rest", time=time, round=r + 1, rounds=rounds)
                    plan.rest(rest, SpanKind.REST, here, words, "round_rest", countdown=False)
                else:
                    plan.rest(rest, SpanKind.REST, here, plan.p.forms("rest", time=time, next=following.name), "rest")
            if between_rounds:
                words = () if rest else plan.p.forms("round_rest", time=time, round=r + 1, rounds=rounds)
                plan.rest(between_rounds, SpanKind.ROUND_REST, here, words, "round_rest", tone=not rest)


def _work_ms(plan: Plan, ex: Exercise, work: int) -> int:
    own = ex.dose.duration_ms if isinstance(ex.dose, Work | Hold) else None
    return plan.ms(own) if own is not None else work


def _intervals(
    plan: Plan, c: Circuit, place: Place, first_index: int, rounds: int, work: int, rest: int, round_rest: int
) -> None:
    """Rounds of work intervals: every word inside a rest, a switch or the lead-in, never between them."""
    exercises = c.exercises
    for ex in exercises:
        if plan.first_time(ex):
            own = _work_ms(plan, ex, work)
            dose = dose_words(plan, ex) if own != work else ""
            explain = plan.phrase("circuit_announce", "explain", STEP_GAP_MS, name=ex.name, dose=dose)
            plan.say(place, explain)
            if plan.explains(ex):
                plan.say(place, *[(step, "step", STEP_GAP_MS) for step in ex.steps])
    for ex in exercises:
        rest_ms = rest_after_interval(plan, ex, rest)
        plan.summaries.append(summary(plan, ex, rest_ms, work_ms=_work_ms(plan, ex, work)))
    for r in range(1, rounds + 1):
        for k, ex in enumerate(exercises):
            here = at(place, round=r, exercise=ex.name, exercise_index=first_index + k)
            plan.mark(chapter_title(plan, ex.name, r, rounds), here)
            words = _round_words(plan, r, rounds) if k == 0 else []
            if r == 1 and k == 0:
                plan.say(here, *words)
            else:
                plan.say(here, *words, plan.phrase("next_up", next=ex.name))
            _work(plan, ex, here, _work_ms(plan, ex, work), lead_in=(r == 1 and k == 0))
            if r == rounds and k == len(exercises) - 1:
                break  # the rest after the circuit's very last interval is dropped
            rest_ms = rest_after_interval(plan, ex, rest)
            between_rounds = round_rest if k == len(exercises) - 1 else 0
            last = at(here, side=ex.sides[-1] if ex.sides else None)
            first_rest = None
            if rest_ms:
                first_rest = plan.rest(rest_ms, SpanKind.REST, last, (), "rest", countdown=not between_rounds)
            if between_rounds:
                second = plan.rest(between_rounds, SpanKind.ROUND_REST, last, (), "round_rest", tone=not rest_ms)
                first_rest = first_rest or second
            plan.capture(first_rest)


def rest_after_interval(plan: Plan, ex: Exercise, rest: int) -> int:
    """In interval timing an exercise's own rest, else the circuit's; --rest leaves intervals alone."""
    return plan.ms(ex.rest_ms) if ex.rest_ms is not None else rest


def _work(plan: Plan, ex: Exercise, place: Place, length: int, lead_in: bool) -> None:
    """The work intervals of one exercise: one, or one per side with a timed switch between."""
    for i, side in enumerate(ex.sides or (None,)):
        here = at(place, side=side)
        before: list[Line] = []
        if side is not None:
            before.append(plan.phrase("side_start", side=plan.p.side(side)))
        if ex.cue:
            before.append((ex.cue, "cue"))
        if i:
            switch = Timed(switch_ms(plan, ex), SpanKind.SWITCH, plan.p.text("label_switch"), here)
            switch.script.append(plan.phrase("switch_sides", side=plan.p.side(side, "switch_sides") if side else ""))
            switch.wants.extend(plan.countdown(switch.length_ms, 1))
            plan.timed(switch)
            plan.capture(switch)
        if lead_in and i == 0:
            plan.lead_in(ex.name, here, then=before)
        else:
            plan.say(here, *before)
        wants = plan.countdown(length, 1) + plan.time_left_calls(length, 2)
        plan.timed(Timed(length, SpanKind.WORK, plan.p.text("label_work"), here, wants, Tone.GO, "go"))
