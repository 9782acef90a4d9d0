"""One exercise as segments: its announcement, its steps the first time its name comes up, then every
set and side of its dose (reps, a hold or a flow), with the rests between them."""

from __future__ import annotations

from voiceroutine.routine.model import Exercise, Flow, Hold, ManualStep, Phase, Reps, Work
from voiceroutine.timeline.model import ExerciseSummary, Place, SpanKind, Tone
from voiceroutine.timeline.plan import STEP_GAP_MS, Line, Plan, at
from voiceroutine.timeline.segments import Timed, Want

UNTIMED_REP_MS = 3000
"""Time given to one rep that has neither a hold nor tempo phases."""
HALFWAY_MIN_REPS = 6


def rest_after(plan: Plan, ex: Exercise, fallback: int | None = None) -> int:
    """The rest after an exercise: --rest, else its own, else `fallback` (a circuit's), else the routine's."""
    if plan.o.rest_ms is not None:
        return plan.o.rest_ms
    if ex.rest_ms is not None:
        return plan.ms(ex.rest_ms)
    return plan.o.exercise_rest_ms if fallback is None else fallback


def set_rest(plan: Plan, ex: Exercise) -> int:
    if plan.o.rest_ms is not None:
        return plan.o.rest_ms
    return plan.ms(ex.set_rest_ms) if ex.set_rest_ms is not None else plan.o.set_rest_ms


def rep_rest(plan: Plan, ex: Exercise) -> int:
    return plan.ms(ex.rep_rest_ms) if ex.rep_rest_ms is not None else plan.o.rep_rest_ms


def switch_ms(plan: Plan, ex: Exercise) -> int:
    return plan.ms(ex.switch_ms) if ex.switch_ms is not None else plan.o.switch_ms


def cycles(plan: Plan, flow: Flow) -> int:
    """How many whole cycles a flow runs: its `cycles`, else as many as fit in its duration (at least one)."""
    if flow.cycles is not None:
        return plan.level(flow.cycles)
    cycle = sum(plan.ms(phase.duration_ms) for phase in flow.phases)
    asked = plan.ms(flow.duration_ms) if flow.duration_ms is not None else cycle
    return max(1, asked // cycle) if cycle else 1


def manual_step(plan: Plan, step: ManualStep) -> None:
    plan.say(Place(), (step.text, "manual"))
    length = step.pause_ms if step.pause_ms is not None else plan.o.manual_pause_ms
    plan.timed(Timed(length, SpanKind.MANUAL, step.text, Place()))


def dose_words(plan: Plan, ex: Exercise) -> str:
    p = plan.p
    d = ex.dose
    if isinstance(d, Reps):
        reps = plan.level(d.count)
        if d.hold_ms is not None:
            words = p.text(p.counted("dose_reps_hold", reps), reps=reps, hold=p.duration(plan.ms(d.hold_ms)))
        elif d.tempo:
            rep_time = sum(plan.ms(ph.duration_ms) for ph in d.tempo)
            words = p.text(p.counted("dose_reps_tempo", reps), reps=reps, rep_time=p.duration(rep_time))
        else:
            words = p.text(p.counted("dose_reps", reps), reps=reps)
    elif isinstance(d, Hold):
        words = p.text("dose_hold", duration=p.duration(plan.ms(d.duration_ms)))
    elif isinstance(d, Flow):
        if d.cycles is not None:
            words = p.text("dose_flow_cycles", cycles=p.amount("cycles", plan.level(d.cycles)))
        else:
            asked = plan.ms(d.duration_ms) if d.duration_ms is not None else 0
            words = p.text("dose_flow", duration=p.duration(asked))
    elif isinstance(d, Work):
        words = p.text("dose_work", duration=p.duration(plan.ms(d.duration_ms))) if d.duration_ms else ""
    sets = plan.level(ex.sets)
    if sets > 1:
        words += " " + p.text("dose_sets", sets=sets)
    if ex.per_side:
        words += " " + p.text("dose_sides")
    return words


def exercise(plan: Plan, ex: Exercise, place: Place, announce_key: str = "announce") -> None:
    """Announcement, steps (the first time the name comes up), then every set and side."""
    assert place.exercise_index is not None
    announce = plan.phrase(
        announce_key,
        role="announce",
        base_gap=STEP_GAP_MS,
        number=place.exercise_index + 1,
        total=len(plan.exercises),
        name=ex.name,
        dose=dose_words(plan, ex),
    )
    plan.say(place, announce)
    first = plan.first_time(ex) and plan.explains(ex)  # a known exercise: its cue instead of its steps
    if first:
        for step in ex.steps:
            plan.say(place, (step, "step", STEP_GAP_MS))
    sets = plan.level(ex.sets)
    for s in range(1, sets + 1):
        if s > 1:
            between_sets(plan, ex, s, sets, place)
        for side_index, side in enumerate(ex.sides or (None,)):
            here = at(place, set=s if sets > 1 else None, side=side)
            if side_index:
                switch_sides(plan, ex, side or "", here)
            intro: list[Line] = []
            if sets > 1 and side_index == 0:
                intro.append(plan.phrase("set_start", set=s, sets=sets))
                if s == sets:
                    intro.append(plan.phrase("last_set"))
            if side is not None:
                intro.append(plan.phrase("side_start", side=plan.p.side(side)))
            work(plan, ex, here, intro, first=(first and s == 1 and side_index == 0))


def between_sets(plan: Plan, ex: Exercise, s: int, sets: int, place: Place) -> None:
    length = set_rest(plan, ex)
    if length:
        words = plan.p.forms("set_rest", time=plan.p.duration(length), set=s, sets=sets)
        plan.rest(length, SpanKind.SET_REST, at(place, set=s - 1), words, "set_rest")


def switch_sides(plan: Plan, ex: Exercise, side: str, place: Place) -> None:
    length = switch_ms(plan, ex)
    wants = [Want(0, plan.p.forms("switch_sides", side=plan.p.side(side, "switch_sides")), "switch_sides", 0)]
    wants += plan.countdown(length, 1)
    plan.timed(Timed(length, SpanKind.SWITCH, plan.p.text("label_switch"), place, wants))


def work(plan: Plan, ex: Exercise, place: Place, intro: list[Line], first: bool) -> None:
    """One set (of one side): reps, a hold or a flow."""
    d = ex.dose
    reminder: list[Line] = [] if first or not ex.cue else [(ex.cue, "cue")]
    if isinstance(d, Reps):
        reps(plan, ex, d, place, intro)
        return
    plan.say(place, *intro, *reminder)
    plan.tone(place, Tone.GO)
    if isinstance(d, Flow):
        flow(plan, d, place)
    else:
        # a work dose outside interval timing is held for its own length
        length = d.duration_ms
        plan.hold(plan.ms(length) if length is not None else UNTIMED_REP_MS, place)
    plan.say(place, plan.phrase("relax"))


def reps(plan: Plan, ex: Exercise, d: Reps, place: Place, intro: list[Line]) -> None:
    """Every rep of one set. Tempo reps without a rest between them are counted inside their first phase."""
    count = plan.level(d.count)
    rest = rep_rest(plan, ex)
    folded = bool(d.tempo) and rest == 0
    for rep in range(1, count + 1):
        here = at(place, rep=rep)
        words: list[Line] = list(intro) if rep == 1 else []
        if rep == 1:
            words.append((ex.cue, "cue") if ex.cue else plan.phrase("begin"))
        elif not folded:
            if rep == count:
                words.append(plan.phrase("last_rep"))
            else:
                if count >= HALFWAY_MIN_REPS and rep - 1 == count // 2:
                    words.append(plan.phrase("halfway"))
                words.append(plan.phrase("rep", rep=rep, reps=count))
        if words:
            plan.say(here, *words)
        if d.hold_ms is not None:
            plan.hold(plan.ms(d.hold_ms), here)
            plan.say(here, plan.phrase("release"))
        elif d.tempo:
            for i, phase in enumerate(d.tempo):
                lead: tuple[str, ...] = ()
                if folded and rep > 1 and i == 0:
                    lead = plan.p.forms("last_rep") if rep == count else plan.p.forms("rep", rep=rep, reps=count)
                tempo_phase(plan, phase, here, full=(rep == 1), lead=lead)
        else:
            plan.timed(Timed(UNTIMED_REP_MS, SpanKind.REP, plan.p.text("label_rep"), here))
        if rep < count and rest:
            plan.timed(Timed(rest, SpanKind.REST, plan.p.text("label_rest"), here))


def phase_forms(phase: Phase, full: bool) -> tuple[str, ...]:
    """A phase's words: in full on the first round, later only the words before the first comma."""
    short = phase.text.split(",")[0].strip().rstrip(".") + "."
    return tuple(dict.fromkeys((phase.text, short) if full else (short,)))


def tempo_phase(
    plan: Plan, phase: Phase, place: Place, full: bool, lead: tuple[str, ...] = (), lead_alone: bool = True
) -> None:
    """One timed phase, its words at its start. `lead` (a rep number, "last breath") is said before them;
    where both do not fit, the lead alone (`lead_alone`) or the phase's words alone."""
    forms = phase_forms(phase, full)
    if lead:
        fallback = list(lead) if lead_alone else list(forms)
        forms = tuple(dict.fromkeys([f"{first} {words}" for first in lead for words in forms] + fallback))
    wants = [Want(0, forms, "phase", 0, Tone.TICK)]
    plan.timed(Timed(plan.ms(phase.duration_ms), SpanKind.PHASE, phase.text, at(place, phase=phase.text), wants))


def flow(plan: Plan, d: Flow, place: Place) -> None:
    """Whole cycles of phases, nothing said over them but their own words and "last breath" in the last cycle."""
    n = cycles(plan, d)
    last = plan.p.forms("last_cycle")
    for c in range(n):
        for i, phase in enumerate(d.phases):
            lead = last if c == n - 1 and n > 1 and i == 0 else ()
            tempo_phase(plan, phase, place, full=(c == 0), lead=lead, lead_alone=False)


def summary(plan: Plan, ex: Exercise, rest_ms: int | None, work_ms: int | None = None) -> ExerciseSummary:
    d = ex.dose
    reps = plan.level(d.count) if isinstance(d, Reps) else None
    hold_ms = duration_ms = n = None
    if isinstance(d, Reps) and d.hold_ms is not None:
        hold_ms = plan.ms(d.hold_ms)
    if isinstance(d, Hold):
        hold_ms = duration_ms = plan.ms(d.duration_ms)
    if isinstance(d, Flow):
        n = cycles(plan, d)
        duration_ms = n * sum(plan.ms(phase.duration_ms) for phase in d.phases)
    if work_ms is not None:
        duration_ms = work_ms
    return ExerciseSummary(
        name=ex.name,
        reps=reps,
        hold_s=None if hold_ms is None else hold_ms / 1000,
        sets=plan.level(ex.sets),
        duration_s=None if duration_ms is None else duration_ms / 1000,
        per_side=ex.per_side,
        rest_s=None if rest_ms is None else rest_ms / 1000,
        cycles=n,
        work_s=None if work_ms is None else work_ms / 1000,
    )
