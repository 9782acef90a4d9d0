"""Routine + pace options + phrase durations -> Timeline. Pure: no I/O, no clock, no randomness.

The routine becomes a sequence of segments (`plan.py`), then a layout pass gives them times:
- talk: phrases one after another with pauses between; as long as the voice needs.
- timed: a hold, rest, phase, work interval or manual step of an exact length. Phrases inside it (counted
  seconds, time-left calls, "Rest 20 seconds", the next interval's name) must fit their slot; a phrase
  that does not fit is replaced by a shorter wording, a tick, or left out, never overlapped.
So holds, rests and intervals keep their exact length whatever the voice speed, and the total is the sum
of parts. Exercises are in `exercises.py`, circuits in `circuits.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from voiceroutine.routine.model import Circuit, Exercise, Item, ManualStep, Routine
from voiceroutine.timeline.circuits import circuit
from voiceroutine.timeline.exercises import exercise, manual_step, rest_after, summary
from voiceroutine.timeline.layout import NotYet, lay_out, lay_out_prefix
from voiceroutine.timeline.model import CircuitSummary, ExerciseSummary, Place, SpanKind, Timeline, Tone
from voiceroutine.timeline.options import PaceOptions
from voiceroutine.timeline.phrasebook import Phrasebook, phrasebook_for
from voiceroutine.timeline.plan import MIN_GAP_MS, STEP_GAP_MS, TALK_GAP_MS, Plan
from voiceroutine.timeline.segments import TONE_CLEARANCE_MS, Segment, Timed

__all__ = ["MIN_GAP_MS", "STEP_GAP_MS", "TALK_GAP_MS", "TONE_CLEARANCE_MS", "NotYet", "Segmented", "build_timeline",
           "segmented"]


@dataclass(frozen=True, slots=True)
class Segmented:
    """A routine at a pace as segments, before any phrase length is known: what the layout gives times to. The
    segments do not depend on the lengths, so a routine being rendered is segmented once and laid out again as
    lengths become known (`prefix`), not planned again each time."""

    title: str
    segments: tuple[Segment, ...]
    exercises: tuple[ExerciseSummary, ...]
    circuits: tuple[CircuitSummary, ...]
    intro_title: str

    def timeline(self, durations: Callable[[str], int]) -> Timeline:
        """The whole timeline with phrase lengths from `durations` (ms)."""
        return lay_out(self.title, self.segments, durations, self.exercises, self.circuits, self.intro_title)

    def prefix(self, durations: Callable[[str], int]) -> tuple[Timeline, str | None]:
        """The part of the timeline that no unknown phrase length can change (`durations` raises NotYet for one),
        and the first phrase it needs next; (the whole timeline, None) once every length is known."""
        return lay_out_prefix(self.title, self.segments, durations, self.exercises, self.circuits, self.intro_title)


def segmented(routine: Routine, options: PaceOptions, phrasebook: Phrasebook | None = None) -> Segmented:
    """The routine's segments at the given pace, in `phrasebook`'s words (with the routine's own rewordings)."""
    phrases = (phrasebook or phrasebook_for(routine.language or "en")).with_overrides(routine.phrases, routine.source)
    plan = Plan(routine, options, phrases)
    _routine(plan)
    return Segmented(routine.title, tuple(plan.segments), tuple(plan.summaries), tuple(plan.circuits),
                     phrases.text("intro_chapter"))


def build_timeline(
    routine: Routine,
    options: PaceOptions,
    durations: Callable[[str], int],
    phrasebook: Phrasebook | None = None,
) -> Timeline:
    """The routine's cue timeline at the given pace, with phrase lengths from `durations` (ms)."""
    return segmented(routine, options, phrasebook).timeline(durations)


def _name(item: Exercise | Circuit) -> str:
    return item.name


def _routine(plan: Plan) -> None:
    r = plan.routine
    top = Place()
    if r.lead_in_ms is not None:
        first = plan.exercises[0]
        label = plan.p.text("label_get_ready")
        lead = Timed(r.lead_in_ms, SpanKind.LEAD_IN, label, Place(first.name, 0), plan.countdown(r.lead_in_ms, 1))
        plan.segments.append(lead)
        plan.capture(lead)
    plan.say(top, plan.phrase("title", title=r.title))
    if r.intro:
        plan.say(top, (r.intro, "intro"))
    index = 0  # of the next exercise among the routine's exercises
    circuits = 0
    started = False
    for i, item in enumerate(r.items):
        if isinstance(item, ManualStep):
            manual_step(plan, item)
            continue
        previous = r.items[i - 1] if i else None
        interval = isinstance(item, Circuit) and item.intervals
        if not interval and (not started or isinstance(previous, ManualStep)):
            plan.lead_in(item.name, Place(_first_name(item), index))
        started = True
        if isinstance(item, Exercise):
            place = Place(item.name, index)
            plan.mark(item.name, place)
            exercise(plan, item, place)
            last = place
            index += 1
        else:
            circuit(plan, item, Place(circuit_index=circuits), index)
            index += len(item.exercises)
            circuits += 1
            last = Place(item.exercises[-1].name, index - 1, round=plan.circuits[-1].rounds, circuit_index=circuits - 1)
        following = _following(r.items, i)
        rest = rest_after(plan, item) if isinstance(item, Exercise) else _rest_after_circuit(plan)
        if isinstance(item, Exercise):
            plan.summaries.append(summary(plan, item, rest if following is not None else None))
        if following is not None and rest:
            words = plan.p.forms("rest", time=plan.p.duration(rest), next=_name(following))
            plan.rest(rest, SpanKind.REST, last, words, "rest")
    plan.release()
    end = Place()
    plan.say(end, (r.closing or plan.p.text("closing"), "closing"))
    plan.tone(end, Tone.FINISH)


def _first_name(item: Exercise | Circuit) -> str:
    return item.name if isinstance(item, Exercise) else item.exercises[0].name


def _following(items: tuple[Item, ...], i: int) -> Exercise | Circuit | None:
    """The exercise or circuit right after item `i` (a rest is only left between two of them)."""
    following = items[i + 1] if i + 1 < len(items) else None
    return following if isinstance(following, Exercise | Circuit) else None


def _rest_after_circuit(plan: Plan) -> int:
    return plan.o.rest_ms if plan.o.rest_ms is not None else plan.o.exercise_rest_ms
