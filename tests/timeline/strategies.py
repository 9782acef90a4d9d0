"""Hypothesis strategies: any routine, any pace, any phrase-duration function."""

from __future__ import annotations

import zlib
from collections.abc import Callable

from hypothesis import strategies as st

from voiceroutine.routine.model import Exercise, Flow, Hold, Level, ManualStep, Phase, Reps, Routine, Span
from voiceroutine.timeline.options import PaceOptions


def spans(lo: int, hi: int, step: int = 1) -> st.SearchStrategy[Span]:
    values = st.integers(lo // step, hi // step).map(lambda v: v * step)
    return st.tuples(values, values).map(lambda p: Span(min(p), max(p)))


seconds = lambda lo, hi: spans(lo * 1000, hi * 1000, 500)  # noqa: E731
phase = st.builds(Phase, st.sampled_from(["Breathe in, lift", "Breathe out", "Lower down slowly", "Up"]), seconds(1, 6))

doses = st.one_of(
    st.builds(Reps, spans(1, 12), st.none() | seconds(1, 15)),
    st.builds(Reps, spans(1, 8), st.none(), st.lists(phase, min_size=1, max_size=3).map(tuple)),
    st.builds(Hold, seconds(1, 150)),
    st.builds(Flow, st.lists(phase, min_size=1, max_size=3).map(tuple), seconds(5, 120)),
)
exercises = st.builds(
    Exercise,
    name=st.sampled_from(["Chin tuck", "Plank", "Cat-cow", "Side stretch", "Squat"]),
    dose=doses,
    steps=st.lists(st.sampled_from(["Sit tall.", "Breathe slowly and keep your neck long."]), max_size=2).map(tuple),
    cue=st.none() | st.just("Squeeze."),
    sets=spans(1, 3),
    set_rest_ms=st.none() | seconds(0, 40),
    rest_ms=st.none() | seconds(0, 40),
    rep_rest_ms=st.none() | seconds(0, 4),
    sides=st.sampled_from([(), ("left", "right")]),
)
items = st.lists(
    st.one_of(exercises, exercises, st.builds(ManualStep, st.just("Get a chair."), st.none() | st.integers(0, 20_000))),
    min_size=1,
    max_size=4,
).filter(lambda xs: any(isinstance(x, Exercise) for x in xs))
routines = st.builds(Routine, title=st.just("Any routine"), items=items.map(tuple), intro=st.none() | st.just("Hello."))
paces = st.builds(
    PaceOptions,
    speed=st.floats(0.5, 2.0),
    pauses=st.floats(0.0, 3.0),
    rest_ms=st.none() | st.integers(0, 60_000),
    countdown=st.integers(0, 5),
    level=st.sampled_from(list(Level)),
)


def durations_function(floor: int, per_char: int, jitter: int) -> Callable[[str], int]:
    """A deterministic but irregular phrase-length function."""

    def duration(text: str) -> int:
        return floor + len(text) * per_char + zlib.crc32(text.encode()) % (jitter + 1)

    return duration


duration_functions = st.builds(durations_function, st.integers(50, 1500), st.integers(5, 150), st.integers(0, 800))
