"""The builder's working state: segments in order, and the small tools every part of the routine uses.

Talk normally becomes talk segments, as long as the voice needs. Where nothing spoken may take time of
its own (inside a routine's `lead_in`, between the intervals of a circuit with interval timing), talk is
*captured*: it becomes the script of the timed segment before it (a rest, a lead-in) or after it (a
work interval), fitted inside that segment's exact length.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from voiceroutine.audio.tones import tone_ms
from voiceroutine.fading import exercise_key
from voiceroutine.routine.model import Exercise, Routine
from voiceroutine.routine.model import Span as Range
from voiceroutine.timeline.model import CircuitSummary, CueKind, ExerciseSummary, Place, SpanKind, Tone
from voiceroutine.timeline.options import PaceOptions
from voiceroutine.timeline.phrasebook import Phrasebook
from voiceroutine.timeline.segments import TONE_CLEARANCE_MS, Mark, Say, Segment, Talk, Timed, Want

STEP_GAP_MS = 1200
"""Pause after an instruction step (time to follow it), scaled by --pauses."""
TALK_GAP_MS = 500
"""Pause after other spoken cues, scaled by --pauses."""
MIN_GAP_MS = 120
"""Smallest pause between two phrases, whatever --pauses says."""
COUNT_EVERY_SECOND_MAX_MS = 10_000
"""Holds up to this long are counted down second by second; longer ones get time-left calls."""

PRIORITY = {
    "announce": 0,
    "next_up": 0,
    "switch_sides": 0,
    "manual": 0,
    "circuit": 1,
    "round_start": 1,
    "set_start": 1,
    "side_start": 1,
    "title": 2,
    "cue": 2,
    "begin": 2,
    "last_round": 2,
    "last_set": 2,
    "lead_in": 3,
    "intro": 3,
    "interval_dose": 3,
    "explain": 3,
    "step": 4,
}
"""How readily a phrase is shortened or left out when it must fit a timed slot (0 last)."""

Line = tuple[str, str] | tuple[str, str, int] | Say
"""Something to say: (text, role), (text, role, base gap), or a ready Say."""


class Plan:
    """Turns a routine into segments. One instance per build."""

    def __init__(self, routine: Routine, options: PaceOptions, phrases: Phrasebook) -> None:
        self.routine = routine
        self.o = options
        self.p = phrases
        self.segments: list[Segment] = []
        self.exercises = routine.exercises
        self.summaries: list[ExerciseSummary] = []
        self.circuits: list[CircuitSummary] = []
        self.seen: set[str] = set()
        """Exercise names (case-folded) whose steps have been read."""
        self.capturing = False
        self.capture_target: Timed | None = None
        self.pending: list[Say] = []
        self.pending_marks: list[tuple[int, Mark]] = []
        """Chapters starting at a captured line, by its index in `pending`."""

    # units ------------------------------------------------------------------------------------
    def gap(self, base_ms: int) -> int:
        return max(MIN_GAP_MS, round(base_ms * self.o.pauses))

    def level(self, value: Range, quantum: int = 1) -> int:
        """A count (or with `quantum` 1000, a duration) at the chosen level."""
        return value.resolve(self.o.level, quantum)

    def ms(self, value: Range) -> int:
        return self.level(value, 1000)

    # what is said --------------------------------------------------------------------------------
    def phrase(self, key: str, role: str | None = None, base_gap: int = TALK_GAP_MS, **values: object) -> Say:
        """A phrasebook phrase with all its wordings, ready to say."""
        forms = self.p.forms(key, **values)
        role = role or key
        return Say(forms[0], role, self.gap(base_gap), forms=forms[1:], priority=PRIORITY.get(role, 2))

    def line(self, item: Line) -> Say:
        if isinstance(item, Say):
            return item
        base = item[2] if len(item) == 3 else TALK_GAP_MS
        return Say(item[0], item[1], self.gap(base), priority=PRIORITY.get(item[1], 2))

    def say(self, place: Place, *items: Line) -> None:
        """Append spoken items to the current talk segment (or to the captured script)."""
        says = [self.line(i) for i in items]
        if not says:
            return
        if self.capturing:
            self.pending.extend(dataclasses.replace(say, place=place) for say in says)
            return
        last = self.segments[-1] if self.segments else None
        if isinstance(last, Talk) and last.place == place:
            last.items.extend(says)
        else:
            self.segments.append(Talk(says, place))

    def tone(self, place: Place, tone: Tone) -> None:
        """A tone in the talk; left out where talk is captured (the countdown there marks the start)."""
        if self.capturing:
            return
        self.say(place)
        talk = self.segments[-1]
        assert isinstance(talk, Talk)
        talk.items.append(Say(tone.value, tone.value, max(TONE_CLEARANCE_MS, self.gap(TALK_GAP_MS)), CueKind.TONE))

    def mark(self, chapter: str, place: Place) -> None:
        """A chapter starts here (or, for captured talk, where the captured talk will be said)."""
        if self.capturing:
            self.pending_marks.append((len(self.pending), Mark(chapter, place)))
        else:
            self.segments.append(Mark(chapter, place))

    # timed segments and capture -------------------------------------------------------------------
    def timed(self, seg: Timed) -> None:
        """Append a timed segment; talk captured before it becomes the script of the capture target, or its own."""
        if self.capturing:
            target = self.capture_target or seg
            base = len(target.script)
            target.script.extend(self.pending)
            target.marks.extend((base + i, mark) for i, mark in self.pending_marks)
            self.pending, self.pending_marks = [], []
            self.capturing, self.capture_target = False, None
        self.segments.append(seg)

    def capture(self, into: Timed | None) -> None:
        """From now until the next timed segment, talk goes into `into`'s script (None: into that next segment)."""
        self.capturing, self.capture_target = True, into

    def release(self) -> None:
        """Stop capturing; what was captured and found no timed segment is said as ordinary talk."""
        if not self.capturing:
            return
        pending, marks = self.pending, self.pending_marks
        self.capturing, self.capture_target, self.pending, self.pending_marks = False, None, [], []
        for i, say in enumerate([*pending, None]):
            self.segments.extend(mark for at_line, mark in marks if at_line == i)
            if say is not None:
                self.say(say.place or Place(), say)

    # timed helpers ---------------------------------------------------------------------------------
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
        """ "2 minutes left", "30 seconds left", "10 seconds left" on long holds, rests and work."""
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

    def hold(self, length: int, place: Place, label: str | None = None) -> None:
        """A timed hold: "Hold it." then every second counted, or time-left calls and a final countdown."""
        wants = [Want(0, self.p.forms("hold"), "hold", 0)]
        if length <= COUNT_EVERY_SECOND_MAX_MS:
            n = length // 1000
            wants += [Want(k * 1000, self.count(n - k), "count", 1, Tone.TICK) for k in range(1, n)]
        else:
            wants += self.countdown(length, 1) + self.time_left_calls(length, 2)
        self.timed(Timed(length, SpanKind.HOLD, label or self.p.text("label_hold"), place, wants))

    def rest(
        self,
        length: int,
        kind: SpanKind,
        place: Place,
        words: tuple[str, ...],
        role: str,
        *,
        tone: bool = True,
        countdown: bool = True,
    ) -> Timed:
        """A rest: its tone, its words after the tone, time-left calls and a countdown into what follows
        (no countdown when another rest follows, no tone when it continues one)."""
        start = tone_ms(Tone.REST) + TONE_CLEARANCE_MS if tone else 0
        wants = [Want(start, words, role, 0)] if words else []
        if countdown:
            wants += self.countdown(length, 1)
        wants += self.time_left_calls(length, 2)
        label = self.p.text("label_rest" if kind is not SpanKind.ROUND_REST else "label_round_rest")
        seg = Timed(length, kind, label, place, wants, Tone.REST if tone else None)
        self.timed(seg)
        return seg

    def lead_in(self, name: str, place: Place, then: Sequence[Line] = ()) -> None:
        """ "First up: chin tuck.", `then`, and a countdown into it (the routine's own lead-in has the countdown)."""
        self.say(Place(), self.phrase("lead_in", name=name), *then)
        length = self.o.countdown * 1000
        if length and not self.capturing:
            label = self.p.text("label_get_ready")
            self.timed(Timed(length, SpanKind.LEAD_IN, label, place, self.countdown(length, 0)))

    # names ---------------------------------------------------------------------------------------
    def first_time(self, ex: Exercise) -> bool:
        """Whether this exercise's name comes up for the first time (its steps are read); marks it seen."""
        key = ex.name.casefold()
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def explains(self, ex: Exercise) -> bool:
        """Whether this exercise's steps are read at all (not when the person knows it: instructions that fade)."""
        return exercise_key(ex.name) not in self.o.brief

    def index_of(self, ex: Exercise, start: int = 0) -> int:
        """The 0-based position of `ex` among the routine's exercises, at or after `start`."""
        for i in range(start, len(self.exercises)):
            if self.exercises[i] is ex:
                return i
        return self.exercises.index(ex)


def at(place: Place, **changes: object) -> Place:
    """`place` with some fields changed."""
    return dataclasses.replace(place, **changes)  # type: ignore[arg-type]
