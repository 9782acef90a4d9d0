"""Routine + pace options + phrase durations -> Timeline. Pure: no I/O, no clock, no randomness.

The routine becomes a sequence of segments, then a layout pass gives them times:
- talk: phrases one after another with pauses between; as long as the voice needs.
- timed: a hold, rest, phase, flow or manual step of an exact length. Phrases inside it (counted
  seconds, time-left calls, "Rest 20 seconds") are placed at fixed offsets and must fit their slot;
  a phrase that does not fit is replaced by a shorter wording, a tick, or left out, never overlapped.
So holds and rests keep their exact length whatever the voice speed, and the total is the sum of parts.
"""

from __future__ import annotations

from collections.abc import Callable

from voiceroutine.audio.tones import tone_ms
from voiceroutine.routine.model import Exercise, Flow, Hold, ManualStep, Phase, Reps, Routine
from voiceroutine.routine.model import Span as Range
from voiceroutine.timeline.model import (
    Chapter,
    Cue,
    CueKind,
    ExerciseSummary,
    Place,
    Span,
    SpanKind,
    Timeline,
    Tone,
)
from voiceroutine.timeline.options import PaceOptions
from voiceroutine.timeline.phrasebook import Phrasebook, english
from voiceroutine.timeline.segments import TONE_CLEARANCE_MS, Mark, Say, Segment, Talk, Timed, Want, fit

STEP_GAP_MS = 1200
"""Pause after an instruction step (time to follow it), scaled by --pauses."""
TALK_GAP_MS = 500
"""Pause after other spoken cues, scaled by --pauses."""
MIN_GAP_MS = 120
"""Smallest pause between two phrases, whatever --pauses says."""
UNTIMED_REP_MS = 3000
"""Time given to one rep that has neither a hold nor tempo phases."""
SIDE_SWITCH_MS = 5000
"""Rest between the two sides of a per-side exercise."""
COUNT_EVERY_SECOND_MAX_MS = 10_000
"""Holds up to this long are counted down second by second; longer ones get time-left calls."""
HALFWAY_MIN_REPS = 6


class _Plan:
    """Turns a routine into segments. One instance per build."""

    def __init__(self, routine: Routine, options: PaceOptions, phrases: Phrasebook) -> None:
        self.routine = routine
        self.o = options
        self.p = phrases
        self.segments: list[Segment] = []
        self.exercises = routine.exercises
        self.summaries: list[ExerciseSummary] = []

    # small helpers -------------------------------------------------------------------------
    def gap(self, base_ms: int) -> int:
        return max(MIN_GAP_MS, round(base_ms * self.o.pauses))

    def say(self, place: Place, *items: tuple[str, str] | tuple[str, str, int]) -> None:
        """Append spoken items (text, role[, base gap]) to the current talk segment."""
        says = [Say(i[0], i[1], self.gap(i[2] if len(i) == 3 else TALK_GAP_MS)) for i in items]
        last = self.segments[-1] if self.segments else None
        if isinstance(last, Talk) and last.place == place:
            last.items.extend(says)
        else:
            self.segments.append(Talk(says, place))

    def tone(self, place: Place, tone: Tone) -> None:
        self.say(place)
        talk = self.segments[-1]
        assert isinstance(talk, Talk)
        talk.items.append(Say(tone.value, tone.value, max(TONE_CLEARANCE_MS, self.gap(TALK_GAP_MS)), CueKind.TONE))

    def level(self, value: Range, quantum: int = 1) -> int:
        """A count (or with `quantum` 1000, a duration) at the chosen level."""
        return value.resolve(self.o.level, quantum)

    def ms(self, value: Range) -> int:
        return self.level(value, 1000)

    def count(self, n: int) -> tuple[str, ...]:
        """A counted second; the last one has its own wording ("And 1.") that leads into what follows."""
        if n == 1:
            return tuple(dict.fromkeys(self.p.forms("count_last", n=n) + self.p.forms("count", n=n)))
        return self.p.forms("count", n=n)

    def countdown(self, length_ms: int, priority: int) -> list[Want]:
        """The last `countdown` seconds of a timed segment, counted aloud ("3", "2", "1")."""
        n = min(self.o.countdown, length_ms // 1000)
        return [
            Want(length_ms - k * 1000, self.count(k), "count", priority, Tone.TICK, countdown=True)
            for k in range(n, 0, -1)
        ]

    def time_left_calls(self, length_ms: int, priority: int) -> list[Want]:
        """ "2 minutes left", "30 seconds left", "10 seconds left" on long holds, rests and flows."""
        marks = [m * 60_000 for m in range(length_ms // 60_000, 0, -1)] + [30_000, 10_000]
        wants = []
        for remaining in marks:
            # a call right after the start says nothing the person does not know
            if remaining <= length_ms - 15_000 and remaining > self.o.countdown * 1000:
                at = length_ms - remaining
                wants.append(
                    Want(at, self.p.forms("time_left", time=self.p.duration(remaining)), "time_left", priority)
                )
        return wants

    # the routine ----------------------------------------------------------------------------
    def build(self) -> list[Segment]:
        r = self.routine
        top = Place()
        first_exercise_seen = False
        self.say(top, (self.p.text("title", title=r.title), "title"))
        if r.intro:
            self.say(top, (r.intro, "intro"))
        for index, item in enumerate(r.items):
            if isinstance(item, ManualStep):
                self.manual_step(item)
                continue
            number = sum(1 for it in r.items[:index] if isinstance(it, Exercise))
            previous = r.items[index - 1] if index else None
            if not first_exercise_seen or isinstance(previous, ManualStep):
                self.lead_in(item)
            first_exercise_seen = True
            self.exercise(item, number)
            following = r.items[index + 1] if index + 1 < len(r.items) else None
            rest_ms = self.rest_after(item) if isinstance(following, Exercise) else None
            self.summaries.append(self.summary(item, rest_ms))
            if isinstance(following, Exercise) and rest_ms:
                self.rest_between_exercises(rest_ms, following, Place(item.name, number))
        end = Place()
        self.say(end, (r.closing or self.p.text("closing"), "closing"))
        self.tone(end, Tone.FINISH)
        return self.segments

    def rest_after(self, ex: Exercise) -> int:
        if self.o.rest_ms is not None:
            return self.o.rest_ms
        return self.ms(ex.rest_ms) if ex.rest_ms is not None else self.o.exercise_rest_ms

    def set_rest(self, ex: Exercise) -> int:
        if self.o.rest_ms is not None:
            return self.o.rest_ms
        return self.ms(ex.set_rest_ms) if ex.set_rest_ms is not None else self.o.set_rest_ms

    def rep_rest(self, ex: Exercise) -> int:
        return self.ms(ex.rep_rest_ms) if ex.rep_rest_ms is not None else self.o.rep_rest_ms

    def lead_in(self, ex: Exercise) -> None:
        """ "First up: chin tuck." and a countdown into the exercise."""
        place = Place()
        self.say(place, (self.p.text("lead_in", name=ex.name), "lead_in"))
        length = self.o.countdown * 1000
        if length:
            seg = Timed(length, SpanKind.REST, "Get ready", place, self.countdown(length, 0))
            self.segments.append(seg)

    def manual_step(self, step: ManualStep) -> None:
        place = Place()
        self.say(place, (step.text, "manual"))
        length = step.pause_ms if step.pause_ms is not None else self.o.manual_pause_ms
        self.segments.append(Timed(length, SpanKind.WAIT, step.text, place))

    def rest_between_exercises(self, length: int, following: Exercise, place: Place) -> None:
        wants = [
            Want(
                tone_ms(Tone.REST) + TONE_CLEARANCE_MS,
                self.p.forms("rest", time=self.p.duration(length), next=following.name),
                "rest",
                0,
            )
        ]
        wants += self.countdown(length, 1) + self.time_left_calls(length, 2)
        self.segments.append(Timed(length, SpanKind.REST, "Rest", place, wants, Tone.REST))

    def dose_words(self, ex: Exercise) -> str:
        d = ex.dose
        if isinstance(d, Reps):
            reps = self.level(d.count)
            if d.hold_ms is not None:
                words = self.p.text("dose_reps_hold", reps=reps, hold=self.p.duration(self.ms(d.hold_ms)))
            elif d.tempo:
                rep_time = sum(self.ms(ph.duration_ms) for ph in d.tempo)
                words = self.p.text("dose_reps_tempo", reps=reps, rep_time=self.p.duration(rep_time))
            else:
                words = self.p.text("dose_reps", reps=reps)
        elif isinstance(d, Hold):
            words = self.p.text("dose_hold", duration=self.p.duration(self.ms(d.duration_ms)))
        else:
            words = self.p.text("dose_flow", duration=self.p.duration(self.ms(d.duration_ms)))
        sets = self.level(ex.sets)
        if sets > 1:
            words += " " + self.p.text("dose_sets", sets=sets)
        if ex.per_side:
            words += " " + self.p.text("dose_sides")
        return words

    def exercise(self, ex: Exercise, number: int) -> None:
        place = Place(ex.name, number)
        self.segments.append(Mark(chapter=ex.name, place=place))
        announce = self.p.text(
            "announce", number=number + 1, total=len(self.exercises), name=ex.name, dose=self.dose_words(ex)
        )
        self.say(place, (announce, "announce", STEP_GAP_MS))
        for step in ex.steps:
            self.say(place, (step, "step", STEP_GAP_MS))
        sets = self.level(ex.sets)
        for s in range(1, sets + 1):
            if s > 1:
                self.between_sets(ex, s, sets, place)
            for side_index, side in enumerate(ex.sides or (None,)):
                here = Place(ex.name, number, s if sets > 1 else None, side)
                if side_index:
                    self.switch_sides(side or "", here)
                intro: list[tuple[str, str]] = []
                if sets > 1 and side_index == 0:
                    intro.append((self.p.text("set_start", set=s, sets=sets), "set_start"))
                if side is not None:
                    intro.append((self.p.text("side_start", side=side.capitalize()), "side_start"))
                self.work(ex, here, intro, first=(s == 1 and side_index == 0))
        self.segments.append(Mark(exercise_end=True, place=place))

    def between_sets(self, ex: Exercise, s: int, sets: int, place: Place) -> None:
        length = self.set_rest(ex)
        if not length:
            return
        here = Place(ex.name, place.exercise_index, s - 1)
        wants = [
            Want(
                tone_ms(Tone.REST) + TONE_CLEARANCE_MS,
                self.p.forms("set_rest", time=self.p.duration(length), set=s, sets=sets),
                "set_rest",
                0,
            )
        ]
        wants += self.countdown(length, 1) + self.time_left_calls(length, 2)
        self.segments.append(Timed(length, SpanKind.REST, "Rest", here, wants, Tone.REST))

    def switch_sides(self, side: str, place: Place) -> None:
        wants = [Want(0, self.p.forms("switch_sides", side=side.capitalize()), "switch_sides", 0)]
        wants += self.countdown(SIDE_SWITCH_MS, 1)
        self.segments.append(Timed(SIDE_SWITCH_MS, SpanKind.REST, "Switch sides", place, wants))

    def work(self, ex: Exercise, place: Place, intro: list[tuple[str, str]], first: bool) -> None:
        """One set (of one side): reps, a hold or a flow."""
        d = ex.dose
        reminder = [] if first or not ex.cue else [(ex.cue, "cue")]
        if isinstance(d, Reps):
            self.reps(ex, d, place, intro)
        elif isinstance(d, Hold):
            self.say(place, *intro, *reminder)
            self.tone(place, Tone.GO)
            self.hold(self.ms(d.duration_ms), place, "Hold")
            self.say(place, (self.p.text("relax"), "relax"))
        else:
            self.say(place, *intro, *reminder)
            self.tone(place, Tone.GO)
            self.flow(d, place)
            self.say(place, (self.p.text("relax"), "relax"))

    def hold(self, length: int, place: Place, label: str) -> None:
        """A timed hold: "Hold it." then every second counted, or time-left calls and a final countdown."""
        wants = [Want(0, self.p.forms("hold"), "hold", 0)]
        if length <= COUNT_EVERY_SECOND_MAX_MS:
            n = length // 1000
            wants += [Want(k * 1000, self.count(n - k), "count", 1, Tone.TICK) for k in range(1, n)]
        else:
            wants += self.countdown(length, 1) + self.time_left_calls(length, 2)
        self.segments.append(Timed(length, SpanKind.HOLD, label, place, wants))

    def reps(self, ex: Exercise, d: Reps, place: Place, intro: list[tuple[str, str]]) -> None:
        count = self.level(d.count)
        rest = self.rep_rest(ex)
        for rep in range(1, count + 1):
            here = Place(place.exercise, place.exercise_index, place.set, place.side, rep)
            words: list[tuple[str, str]] = list(intro) if rep == 1 else []
            if rep == 1:
                words.append((ex.cue, "cue") if ex.cue else (self.p.text("begin"), "begin"))
            elif rep == count:
                words.append((self.p.text("last_rep"), "last_rep"))
            else:
                if count >= HALFWAY_MIN_REPS and rep - 1 == count // 2:
                    words.append((self.p.text("halfway"), "halfway"))
                words.append((self.p.text("rep", rep=rep, reps=count), "rep"))
            self.say(here, *words)
            if d.hold_ms is not None:
                self.hold(self.ms(d.hold_ms), here, "Hold")
                self.say(here, (self.p.text("release"), "release"))
            elif d.tempo:
                for phase in d.tempo:
                    self.phase(phase, here, full=(rep == 1))
            else:
                self.segments.append(Timed(UNTIMED_REP_MS, SpanKind.PHASE, "Rep", here))
            if rep < count and rest:
                self.segments.append(Timed(rest, SpanKind.REST, "Rest", here))

    @staticmethod
    def phase_forms(phase: Phase, full: bool) -> tuple[str, ...]:
        """A phase's words: in full on the first round, later only the words before the first comma."""
        short = phase.text.split(",")[0].strip().rstrip(".") + "."
        return tuple(dict.fromkeys((phase.text, short) if full else (short,)))

    def phase(self, phase: Phase, place: Place, full: bool) -> None:
        """One tempo phase, its words at its start."""
        here = Place(place.exercise, place.exercise_index, place.set, place.side, place.rep, phase.text)
        wants = [Want(0, self.phase_forms(phase, full), "phase", 0, Tone.TICK)]
        self.segments.append(Timed(self.ms(phase.duration_ms), SpanKind.PHASE, phase.text, here, wants))

    def flow(self, d: Flow, place: Place) -> None:
        """Phases cycled for exactly the flow's duration; the last phase is cut short to end on time."""
        total = self.ms(d.duration_ms)
        seg = Timed(total, SpanKind.FLOW, "Flow", place, self.countdown(total, 1) + self.time_left_calls(total, 2))
        t, cycle = 0, 0
        lengths = [self.ms(phase.duration_ms) for phase in d.phases]
        while t < total and sum(lengths) > 0:
            for phase, length in zip(d.phases, lengths):
                if t >= total:
                    break
                length = min(length, total - t)
                here = Place(place.exercise, place.exercise_index, place.set, place.side, None, phase.text)
                seg.wants.append(Want(t, self.phase_forms(phase, full=(cycle == 0)), "phase", 0, Tone.TICK))
                seg.inner.append((t, length, SpanKind.PHASE, phase.text, here))
                t += length
            cycle += 1
        self.segments.append(seg)

    def summary(self, ex: Exercise, rest_ms: int | None) -> ExerciseSummary:
        d = ex.dose
        reps = self.level(d.count) if isinstance(d, Reps) else None
        hold_ms = None
        duration_ms = None
        if isinstance(d, Reps) and d.hold_ms is not None:
            hold_ms = self.ms(d.hold_ms)
        if isinstance(d, Hold):
            hold_ms = duration_ms = self.ms(d.duration_ms)
        if isinstance(d, Flow):
            duration_ms = self.ms(d.duration_ms)
        return ExerciseSummary(
            name=ex.name,
            reps=reps,
            hold_s=None if hold_ms is None else hold_ms / 1000,
            sets=self.level(ex.sets),
            duration_s=None if duration_ms is None else duration_ms / 1000,
            per_side=ex.per_side,
            rest_s=None if rest_ms is None else rest_ms / 1000,
        )


def build_timeline(
    routine: Routine,
    options: PaceOptions,
    durations: Callable[[str], int],
    phrasebook: Phrasebook | None = None,
) -> Timeline:
    """The routine's cue timeline at the given pace, with phrase lengths from `durations` (ms)."""
    phrases = (phrasebook or english()).with_overrides(routine.phrases, routine.source)
    plan = _Plan(routine, options, phrases)
    segments = plan.build()
    cues: list[Cue] = []
    spans: list[Span] = []
    chapter_starts: list[tuple[str, int]] = []
    exercise_start = 0
    t = 0
    for seg in segments:
        if isinstance(seg, Mark):
            if seg.chapter is not None:
                if not chapter_starts and t > 0:  # what is said before the first exercise is its own chapter
                    chapter_starts.append((phrases.text("intro_chapter"), 0))
                chapter_starts.append((seg.chapter, t))
                exercise_start = t
            else:
                spans.append(Span(exercise_start, t, SpanKind.EXERCISE, seg.place.exercise or "", seg.place))
        elif isinstance(seg, Talk):
            for item in seg.items:
                length = durations(item.text) if item.kind is CueKind.SPEECH else tone_ms(Tone(item.text))
                cues.append(Cue(t, t + length, item.kind, item.text, item.role, seg.place))
                t += length + item.gap_ms
        else:
            spans.append(Span(t, t + seg.length_ms, seg.kind, seg.label, seg.place))
            spans.extend(Span(t + off, t + off + n, kind, label, pl) for off, n, kind, label, pl in seg.inner)
            if seg.kind is SpanKind.WAIT:
                cues.append(Cue(t, t + seg.length_ms, CueKind.WAIT, seg.label, "wait", seg.place))
            for off, n, kind, text, role in fit(seg, durations):
                cues.append(Cue(t + off, t + off + n, kind, text, role, _cue_place(seg, off)))
            t += seg.length_ms
    total = t
    chapters = tuple(
        Chapter(title, start, chapter_starts[i + 1][1] if i + 1 < len(chapter_starts) else total)
        for i, (title, start) in enumerate(chapter_starts)
    )
    cues.sort(key=lambda c: c.start_ms)
    spans.sort(key=lambda s: (s.start_ms, -s.end_ms))
    return Timeline(routine.title, tuple(cues), tuple(spans), chapters, tuple(plan.summaries), total)


def _cue_place(seg: Timed, offset: int) -> Place:
    """A cue inside a flow belongs to the phase it falls in."""
    for off, n, _, _, place in seg.inner:
        if off <= offset < off + n:
            return place
    return seg.place
