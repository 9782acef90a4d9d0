"""A small hand-made routine timeline and a harness that plays it on a manual clock into a recording sink."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples, samples_to_ms
from voiceroutine.audio.mix import mix_timeline
from voiceroutine.audio.tones import tone_ms
from voiceroutine.pipeline import Prepared, Preparing
from voiceroutine.play.keys import Key, NoKeys, ScriptedKeys
from voiceroutine.play.player import PLAYER_PHRASES, Player, PlayerEvent, PlayResult
from voiceroutine.routine.model import Exercise, Hold, Routine
from voiceroutine.routine.model import Span as Range
from voiceroutine.testing import FakeEngine, ManualClock, RecordingSink
from voiceroutine.timeline.builder import segmented
from voiceroutine.timeline.layout import NotYet
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
from voiceroutine.timeline.phrasebook import PlayerWords, phrasebook_for

TWO_MOVES = """title: Two moves
intro: A short one.
exercises:
  - name: Chin tuck
    reps: 2
    hold: 3 s
    steps: [Sit tall., Pull your chin straight back.]
  - name: Neck roll
    duration: 20 s
"""
"""A two-exercise routine file (reps with a hold and steps, then a duration) for tests that render it."""

CHIN = Place(exercise="Chin tuck", exercise_index=0, set=1, rep=1)
ROLLS = Place(exercise="Shoulder rolls", exercise_index=1)


def speech(start_ms: int, text: str, role: str, place: Place = Place()) -> Cue:
    length = samples_to_ms(len(FakeEngine().synthesize(text, 1.0)))
    return Cue(start_ms, start_ms + length, CueKind.SPEECH, text, role, place)


def tone(start_ms: int, which: Tone, place: Place = Place()) -> Cue:
    return Cue(start_ms, start_ms + tone_ms(which), CueKind.TONE, which.value, which.value, place)


def routine_timeline() -> Timeline:
    """Intro (0-3 s), Chin tuck with a 5 s hold and a rest (3-12 s), Shoulder rolls with a manual step (12-20 s)."""
    cues = (
        speech(0, "Upper back routine.", "intro"),
        speech(3000, "Chin tuck.", "announce", CHIN),
        tone(5000, Tone.GO, CHIN),
        speech(5200, "Hold 5 seconds.", "hold", CHIN),
        tone(10000, Tone.REST, CHIN),
        speech(12000, "Shoulder rolls.", "announce", ROLLS),
        Cue(14000, 17000, CueKind.WAIT, "Stand up when you are ready.", "manual", ROLLS),
        speech(17000, "Roll your shoulders.", "instruction", ROLLS),
        tone(19500, Tone.FINISH),
    )
    spans = (
        Span(5000, 10000, SpanKind.HOLD, "Hold", CHIN),
        Span(10000, 12000, SpanKind.REST, "Rest", CHIN),
        Span(14000, 17000, SpanKind.MANUAL, "Stand up when you are ready.", ROLLS),
    )
    chapters = (
        Chapter("Intro", 0, 3000),
        Chapter("Chin tuck", 3000, 12000, Place(exercise="Chin tuck", exercise_index=0)),
        Chapter("Shoulder rolls", 12000, 20000, Place(exercise="Shoulder rolls", exercise_index=1)),
    )
    exercises = (
        ExerciseSummary("Chin tuck", reps=1, hold_s=5.0, sets=1, duration_s=None, per_side=False, rest_s=2.0),
        ExerciseSummary("Shoulder rolls", reps=None, hold_s=None, sets=1, duration_s=None, per_side=False, rest_s=None),
    )
    return Timeline("Upper back", cues, spans, chapters, exercises, 20000)


def clips_for(timeline: Timeline, extra: Sequence[str] = PLAYER_PHRASES) -> dict[str, Samples]:
    engine = FakeEngine()
    return {text: engine.synthesize(text, 1.0) for text in (*timeline.spoken_phrases(), *extra)}


def at(ms: int) -> int:
    """Sample index of a time in the track."""
    return ms * SAMPLE_RATE // 1000


@dataclass
class Run:
    result: PlayResult
    events: list[PlayerEvent]
    sink: RecordingSink
    clock: ManualClock
    track: Samples
    clips: dict[str, Samples] = field(default_factory=dict)

    def of(self, kind: type) -> list:  # type: ignore[type-arg]
        return [e for e in self.events if isinstance(e, kind)]


class Collect:
    def __init__(self) -> None:
        self.events: list[PlayerEvent] = []

    def show(self, event: PlayerEvent) -> None:
        self.events.append(event)


def play(
    timeline: Timeline,
    presses: Sequence[tuple[float, Key]] | None = (),
    clips: dict[str, Samples] | None = None,
) -> Run:
    """Play on a manual clock from t=0; `presses` None means no keyboard at all."""
    clips = clips_for(timeline) if clips is None else clips
    clock = ManualClock()
    sink = RecordingSink(clock.now)
    keys = NoKeys(clock) if presses is None else ScriptedKeys(clock, presses, give_up_after_s=600)
    display = Collect()
    track = mix_timeline(timeline, clips)
    result = Player(timeline, track, sink, keys, clock, display, clips).run()
    return Run(result, display.events, sink, clock, track, clips)


def joined(*parts: Samples) -> Samples:
    return np.concatenate(parts)


def short_timeline() -> Timeline:
    """Three seconds: an intro line, then a one-second hold between a go tone and the finish."""
    place = Place(exercise="Chin tuck", exercise_index=0, rep=1)
    cues = (
        speech(0, "Short routine.", "intro"),
        tone(1000, Tone.GO, place),
        speech(1200, "Hold.", "hold", place),
        tone(2600, Tone.FINISH),
    )
    spans = (Span(1000, 2000, SpanKind.HOLD, "Hold", place),)
    chapters = (Chapter("Intro", 0, 1000), Chapter("Chin tuck", 1000, 3000, Place("Chin tuck", 0)))
    exercises = (ExerciseSummary("Chin tuck", 1, 1.0, 1, None, False, None),)
    return Timeline("Short", cues, spans, chapters, exercises, 3000)


def short_prepared() -> Prepared:
    """What the pipeline would give for the short routine: the routine, default pace, the timeline and its clips."""
    timeline = short_timeline()
    routine = Routine("Short", (Exercise("Chin tuck", Hold(Range.exactly(1000))),), source="short.yaml")
    return Prepared(routine, PaceOptions(), timeline, clips_for(timeline), "fake")


class FakeRenderer:
    """Clips from a dict, as a Renderer gives them."""

    def __init__(self, clips: dict[str, Samples]) -> None:
        self.clips_by_text = clips

    def clips(self, texts: Sequence[str], stats: bool = True) -> dict[str, Samples]:
        return {text: self.clips_by_text[text] for text in texts}

    def release(self) -> None:
        pass

    def workers(self) -> int:
        return 2

    def is_long(self, text: str) -> bool:
        return False


def fake_preparing(prepared: Prepared) -> Preparing:
    """What `pipeline.preparing` would give for a hand-made timeline: its prefix is the timeline up to the first
    spoken cue whose phrase is not rendered yet."""
    timeline = prepared.timeline

    class Fake(Preparing):
        def prefix(self, durations: Callable[[str], int]) -> tuple[Timeline, str | None]:
            for i, cue in enumerate(timeline.cues):
                if cue.kind is CueKind.SPEECH:
                    try:
                        durations(cue.text)
                    except NotYet:
                        cut = dataclasses.replace(timeline, cues=timeline.cues[:i], total_ms=cue.start_ms)
                        return cut, cue.text
            return timeline, None

    renderer: Any = FakeRenderer(prepared.clips)
    segments = segmented(prepared.routine, prepared.options)  # not used: `prefix` above stands for it
    return Fake(prepared.routine, prepared.options, phrasebook_for("en"), renderer, tuple(timeline.spoken_phrases()),
                timeline, segments, "fake", None, PlayerWords(), prepared.learned)
