"""Properties of every timeline, for any routine of any shape, pace and phrase-duration function."""

from __future__ import annotations

import bisect
import itertools
import os
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings

from voiceroutine.routine.model import Circuit, Exercise, Routine
from voiceroutine.timeline import builder
from voiceroutine.timeline.builder import build_timeline
from voiceroutine.timeline.model import CueKind, Span, SpanKind, Timeline
from voiceroutine.timeline.options import PaceOptions

from .reference import Reference, interval_circuit_length
from .strategies import duration_functions, paces, routines

settings.register_profile(
    "timeline",
    max_examples=int(os.environ.get("TIMELINE_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("timeline")

STEP_ROLES = ("announce", "step", "explain")


def check_timeline(routine: Routine, pace: PaceOptions, durations: Callable[[str], int]) -> Timeline:
    t = build_timeline(routine, pace, durations)
    # spans: sorted, never overlapping, each exactly what the routine asks for, in order
    for a, b in itertools.pairwise(t.spans):
        assert a.end_ms <= b.start_ms, f"{a} overlaps {b}"
    assert [(s.kind.value, s.duration_ms) for s in t.spans] == Reference(routine, pace).stretches()
    starts = [c.start_ms for c in t.cues]
    assert starts == sorted(starts)
    heard = [c for c in t.cues if c.kind is not CueKind.WAIT]
    for a, b in itertools.pairwise(heard):
        assert b.start_ms >= a.end_ms, f"{a} overlaps {b}"
    for c in t.cues:
        # a manual step may leave no pause in an export (the live player still waits)
        assert 0 <= c.start_ms < c.end_ms <= t.total_ms or (c.kind is CueKind.WAIT and c.start_ms == c.end_ms)
        if c.kind is CueKind.SPEECH:
            assert c.duration_ms == durations(c.text), "speech is never cut"
    # a phrase that starts inside a span ends inside it
    span_starts = [s.start_ms for s in t.spans]

    def inside(ms: int) -> Span | None:
        i = bisect.bisect_right(span_starts, ms) - 1
        return t.spans[i] if i >= 0 and t.spans[i].start_ms <= ms < t.spans[i].end_ms else None

    for c in heard:
        span = inside(c.start_ms)
        assert span is None or c.end_ms <= span.end_ms, f"{c} runs past {span}"
    # words never start within a second of a tone's end (ticks that stand in for numbers aside)
    for tone in (c for c in heard if c.kind is CueKind.TONE and c.text != "tick"):
        following = [c for c in heard if c.kind is CueKind.SPEECH and c.start_ms >= tone.end_ms]
        if following:
            assert following[0].start_ms - tone.end_ms >= builder.TONE_CLEARANCE_MS
    # the total is the sum of its parts: the spans plus talk (each phrase outside them and the pause after it)
    talk = 0
    for c in heard:
        if inside(c.start_ms) is None:
            base = builder.STEP_GAP_MS if c.role in STEP_ROLES else builder.TALK_GAP_MS
            gap = max(builder.MIN_GAP_MS, round(base * pace.pauses))
            if c.kind is CueKind.TONE:
                gap = max(gap, builder.TONE_CLEARANCE_MS)
            talk += c.duration_ms + gap
    assert t.total_ms == sum(s.duration_ms for s in t.spans) + talk
    # a routine's lead_in ends exactly where the first timed stretch of work begins
    if routine.lead_in_ms is not None:
        assert t.spans[0].kind is SpanKind.LEAD_IN and (t.spans[0].start_ms, t.spans[0].end_ms) == (
            0,
            routine.lead_in_ms,
        )
        assert all(c.end_ms <= routine.lead_in_ms for c in t.cues if c.start_ms < routine.lead_in_ms)
    # interval timing: a circuit's stretches are contiguous and add up to exactly its formula
    for index, item in enumerate(c for c in routine.items if isinstance(c, Circuit)):
        if item.intervals:
            own = [s for s in t.spans if s.place.circuit_index == index and s.kind is not SpanKind.LEAD_IN]
            last_work = max(i for i, s in enumerate(own) if s.kind is SpanKind.WORK)
            own = own[: last_work + 1]  # a rest after the circuit belongs to it too, but is not part of it
            for a, b in itertools.pairwise(own):
                assert a.end_ms == b.start_ms, f"talk between {a} and {b}"
            assert own[-1].end_ms - own[0].start_ms == interval_circuit_length(item, pace)
            assert own[0].kind is SpanKind.WORK and own[-1].kind is SpanKind.WORK
    # nothing is said between the phases of a flow, nor between the reps of a tempo set without rep rests
    for a, b in itertools.pairwise(t.spans):
        same = (a.place.exercise_index, a.place.set, a.place.side, a.place.round) == (
            b.place.exercise_index,
            b.place.set,
            b.place.side,
            b.place.round,
        )
        if a.kind is b.kind is SpanKind.PHASE and same:
            assert a.end_ms == b.start_ms, f"talk between {a} and {b}"
    # chapters: what is said before the first exercise or circuit is the introduction; then in order, contiguous
    # from 0 to the end, none empty; a top-level exercise's chapter starts at its announcement
    first_item = next(item.name for item in routine.items if isinstance(item, Exercise | Circuit))
    assert t.chapters[0].title in ("Introduction", first_item)
    titles = iter(ch.title for ch in t.chapters)
    assert all(item.name in titles for item in routine.items if isinstance(item, Exercise | Circuit)), "in order"
    assert t.chapters[0].start_ms == 0 and t.chapters[-1].end_ms == t.total_ms
    for a, b in itertools.pairwise(t.chapters):
        assert a.end_ms == b.start_ms and a.start_ms < a.end_ms
    return t


@given(routines, paces, duration_functions)
def test_timeline_invariants(routine: Routine, pace: PaceOptions, durations: Callable[[str], int]) -> None:
    check_timeline(routine, pace, durations)


@given(routines, paces, duration_functions, duration_functions)
def test_voice_speed_never_changes_a_timed_stretch(
    routine: Routine, pace: PaceOptions, slow: Callable[[str], int], fast: Callable[[str], int]
) -> None:
    def timed(t: Timeline) -> list[tuple[SpanKind, int]]:
        return [(s.kind, s.duration_ms) for s in t.spans]

    assert timed(build_timeline(routine, pace, slow)) == timed(build_timeline(routine, pace, fast))
