"""Hypothesis strategies: any routine of any shape, any pace, any phrase-duration function."""

from __future__ import annotations

import zlib
from collections.abc import Callable

from hypothesis import strategies as st

from voiceroutine.routine.model import (
    Circuit,
    Exercise,
    Flow,
    Hold,
    Level,
    ManualStep,
    Phase,
    Reps,
    Routine,
    Span,
    Work,
)
from voiceroutine.timeline.options import PaceOptions


def spans(lo: int, hi: int, step: int = 1) -> st.SearchStrategy[Span]:
    values = st.integers(lo // step, hi // step).map(lambda v: v * step)
    return st.tuples(values, values).map(lambda p: Span(min(p), max(p)))


seconds = lambda lo, hi: spans(lo * 1000, hi * 1000, 500)  # noqa: E731
phase = st.builds(Phase, st.sampled_from(["Breathe in, lift", "Breathe out", "Lower down slowly", "Up"]), seconds(1, 6))
phases = st.lists(phase, min_size=1, max_size=4).map(tuple)

doses = st.one_of(
    st.builds(Reps, spans(1, 12), st.none() | seconds(1, 15)),
    st.builds(Reps, spans(1, 8), st.none(), phases),
    st.builds(Hold, seconds(1, 150)),
    st.builds(Flow, phases, duration_ms=seconds(24, 120)),
    st.builds(Flow, phases, cycles=spans(1, 6)),
)
names = st.sampled_from(["Chin tuck", "Plank", "Cat-cow", "Side stretch", "Squat"])
steps = st.lists(st.sampled_from(["Sit tall.", "Breathe slowly and keep your neck long."]), max_size=2).map(tuple)
sides = st.sampled_from([(), ("left", "right")])
rests = st.none() | seconds(0, 40)
exercises = st.builds(
    Exercise,
    name=names,
    dose=doses,
    steps=steps,
    cue=st.none() | st.just("Squeeze."),
    sets=spans(1, 3),
    set_rest_ms=rests,
    rest_ms=rests,
    rep_rest_ms=st.none() | st.just(Span.exactly(0)) | seconds(0, 4),
    sides=sides,
    switch_ms=st.none() | seconds(0, 8),
)
manual = st.builds(ManualStep, st.just("Get a chair."), st.none() | st.integers(0, 20_000))
plain_circuits = st.builds(
    Circuit,
    name=st.sampled_from(["Circuit", "Full body"]),
    rounds=spans(1, 3),
    items=st.lists(st.one_of(exercises, exercises, manual), min_size=1, max_size=3)
    .filter(lambda xs: any(isinstance(x, Exercise) for x in xs))
    .map(tuple),
    round_rest_ms=st.none() | seconds(0, 30),
    rest_ms=st.none() | seconds(0, 20),
)
interval_exercises = st.builds(
    Exercise,
    name=names,
    dose=st.builds(Work, st.none() | seconds(3, 40)),
    steps=steps,
    cue=st.none() | st.just("Chest to the floor."),
    rest_ms=st.none() | seconds(0, 20),
    sides=sides,
    switch_ms=st.none() | seconds(0, 8),
)
interval_circuits = st.builds(
    Circuit,
    name=st.just("Tabata"),
    rounds=spans(1, 4),
    items=st.lists(interval_exercises, min_size=1, max_size=3).map(tuple),
    round_rest_ms=st.none() | seconds(0, 30),
    work_ms=seconds(3, 40),
    rest_ms=st.none() | seconds(0, 15),
)
items = st.lists(
    st.one_of(exercises, exercises, manual, plain_circuits, interval_circuits),
    min_size=1,
    max_size=4,
).filter(lambda xs: any(isinstance(x, Exercise | Circuit) for x in xs))
routines = st.builds(
    Routine,
    title=st.just("Any routine"),
    items=items.map(tuple),
    intro=st.none() | st.just("Hello."),
    lead_in_ms=st.none() | st.integers(1, 60).map(lambda s: s * 1000),
)
paces = st.builds(
    PaceOptions,
    speed=st.floats(0.5, 2.0),
    pauses=st.floats(0.0, 3.0),
    rest_ms=st.none() | st.integers(0, 60_000),
    countdown=st.integers(0, 5),
    level=st.sampled_from(list(Level)),
    switch_ms=st.integers(0, 10_000),
)


def durations_function(floor: int, per_char: int, jitter: int) -> Callable[[str], int]:
    """A deterministic but irregular phrase-length function."""

    def duration(text: str) -> int:
        return floor + len(text) * per_char + zlib.crc32(text.encode()) % (jitter + 1)

    return duration


duration_functions = st.builds(durations_function, st.integers(50, 1500), st.integers(5, 150), st.integers(0, 800))
