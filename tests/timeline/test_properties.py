"""Properties of every timeline, for any routine, pace and phrase-duration function."""

from __future__ import annotations

import itertools
import os
from collections import Counter
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings

from voiceroutine.routine.model import Exercise, Flow, Hold, Reps, Routine
from voiceroutine.timeline import builder
from voiceroutine.timeline.builder import build_timeline
from voiceroutine.timeline.model import CueKind, SpanKind, Timeline
from voiceroutine.timeline.options import PaceOptions

from .strategies import duration_functions, paces, routines

settings.register_profile(
    "timeline",
    max_examples=int(os.environ.get("TIMELINE_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("timeline")

TIMED = {SpanKind.HOLD, SpanKind.REST, SpanKind.PHASE, SpanKind.FLOW, SpanKind.WAIT}


def expected_holds(routine: Routine, o: PaceOptions) -> Counter[int]:
    """Lengths of every hold the routine asks for, resolved at the pace's level."""
    out: Counter[int] = Counter()
    for ex in routine.exercises:
        rounds = ex.sets.resolve(o.level) * max(1, len(ex.sides))
        d = ex.dose
        if isinstance(d, Reps) and d.hold_ms is not None:
            out[d.hold_ms.resolve(o.level, 1000)] += rounds * d.count.resolve(o.level)
        elif isinstance(d, Hold):
            out[d.duration_ms.resolve(o.level, 1000)] += rounds
    return out


def expected_flows(routine: Routine, o: PaceOptions) -> Counter[int]:
    out: Counter[int] = Counter()
    for ex in routine.exercises:
        if isinstance(ex.dose, Flow):
            out[ex.dose.duration_ms.resolve(o.level, 1000)] += ex.sets.resolve(o.level) * max(1, len(ex.sides))
    return out


def exercise_rests(routine: Routine, o: PaceOptions) -> list[int]:
    rests = []
    for item, following in zip(routine.items, routine.items[1:]):
        if isinstance(item, Exercise) and isinstance(following, Exercise):
            if o.rest_ms is not None:
                rest = o.rest_ms
            elif item.rest_ms is not None:
                rest = item.rest_ms.resolve(o.level, 1000)
            else:
                rest = o.exercise_rest_ms
            if rest:
                rests.append(rest)
    return rests


def top_level_timed(t: Timeline) -> list[tuple[int, int]]:
    flows = [s for s in t.spans if s.kind is SpanKind.FLOW]
    return [
        (s.start_ms, s.end_ms)
        for s in t.spans
        if s.kind in TIMED
        and not (s.kind is SpanKind.PHASE and any(f.start_ms <= s.start_ms < f.end_ms for f in flows))
    ]


@given(routines, paces, duration_functions)
def test_timeline_invariants(routine: Routine, pace: PaceOptions, durations: Callable[[str], int]) -> None:
    t = build_timeline(routine, pace, durations)
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
    # a phrase inside a hold, rest or phase ends inside it
    timed = top_level_timed(t)
    for c in heard:
        for start, end in timed:
            if start <= c.start_ms < end:
                assert c.end_ms <= end
    # words never start within a second of a tone's end (ticks that stand in for numbers aside)
    for tone in (c for c in heard if c.kind is CueKind.TONE and c.text != "tick"):
        following = [c for c in heard if c.kind is CueKind.SPEECH and c.start_ms >= tone.end_ms]
        if following:
            assert following[0].start_ms - tone.end_ms >= builder.TONE_CLEARANCE_MS
    # holds and flows last exactly what the routine says, whatever the voice
    holds = Counter(s.duration_ms for s in t.spans if s.kind is SpanKind.HOLD)
    assert holds == expected_holds(routine, pace)
    assert Counter(s.duration_ms for s in t.spans if s.kind is SpanKind.FLOW) == expected_flows(routine, pace)
    rests = [
        s.duration_ms
        for s in t.spans
        if s.kind is SpanKind.REST and s.label == "Rest" and s.place.rep is None and s.place.set is None
    ]
    assert rests == exercise_rests(routine, pace)
    # the total is the sum of its parts: timed stretches plus talk (each phrase and the pause after it)
    talk = 0
    for c in heard:
        if not any(start <= c.start_ms < end for start, end in timed):
            base = builder.STEP_GAP_MS if c.role in ("announce", "step") else builder.TALK_GAP_MS
            gap = max(builder.MIN_GAP_MS, round(base * pace.pauses))
            if c.kind is CueKind.TONE:
                gap = max(gap, builder.TONE_CLEARANCE_MS)
            talk += c.duration_ms + gap
    assert t.total_ms == sum(end - start for start, end in timed) + talk
    # chapters: the introduction, then one per exercise starting at its announcement, contiguous to the end
    assert [ch.title for ch in t.chapters] == ["Introduction", *(ex.name for ex in routine.exercises)]
    announced = [c.start_ms for c in t.cues if c.role == "announce"]
    assert [ch.start_ms for ch in t.chapters[1:]] == announced
    assert t.chapters[0].start_ms == 0 and t.chapters[-1].end_ms == t.total_ms
    for a, b in zip(t.chapters, t.chapters[1:]):
        assert a.end_ms == b.start_ms and a.start_ms < a.end_ms


@given(routines, paces, duration_functions, duration_functions)
def test_voice_speed_never_changes_holds_rests_or_flows(
    routine: Routine, pace: PaceOptions, slow: Callable[[str], int], fast: Callable[[str], int]
) -> None:
    def timed(t: Timeline) -> list[tuple[SpanKind, int]]:
        return [(s.kind, s.duration_ms) for s in t.spans if s.kind in TIMED]

    assert timed(build_timeline(routine, pace, slow)) == timed(build_timeline(routine, pace, fast))
