"""The cue timeline: pure data that the player and the exporter both consume.

All times are integer milliseconds from the start of the routine.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

PhraseDurations = Callable[[str], int]
"""Spoken length in ms of a phrase at the chosen voice and speed (an estimate or the real clip)."""


class CueKind(enum.Enum):
    """What a cue makes the listener hear."""

    SPEECH = "speech"
    """A spoken phrase; `Cue.text` is exactly what is said."""
    TONE = "tone"
    """A short tone; `Cue.text` names the tone (see `Tone`)."""
    WAIT = "wait"
    """A manual step: the live player waits for a key, an export leaves silence."""


class Tone(enum.Enum):
    """The tones the mixer knows how to make; a TONE cue's text is one of these values."""

    TICK = "tick"
    """A countdown tick, where a spoken number would not fit its second."""
    GO = "go"
    """Start of a hold, a flow or a set."""
    REST = "rest"
    """Start of a rest."""
    FINISH = "finish"
    """The end of the routine."""


class SpanKind(enum.Enum):
    """A stretch of time with a meaning the player can show as a countdown."""

    EXERCISE = "exercise"
    HOLD = "hold"
    """A timed hold (of a rep, or a whole-duration hold)."""
    PHASE = "phase"
    """One tempo or flow phase."""
    FLOW = "flow"
    """A whole timed flow."""
    REST = "rest"
    """A rest between reps, sets, sides or exercises."""
    WAIT = "wait"
    """A manual step."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where in the routine a cue or span belongs; None where it does not apply."""

    exercise: str | None = None
    """Exercise name."""
    exercise_index: int | None = None
    """0-based position among the routine's exercises."""
    set: int | None = None
    """1-based set number."""
    side: str | None = None
    """Side name of a per-side exercise."""
    rep: int | None = None
    """1-based rep number."""
    phase: str | None = None
    """Phase text of a tempo rep or flow."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One thing heard at one time."""

    start_ms: int
    """When it starts."""
    end_ms: int
    """When it ends (speech: start plus its spoken length)."""
    kind: CueKind
    """Speech, tone or wait."""
    text: str
    """Spoken words, the tone's name, or a manual step's prompt."""
    role: str
    """What it is for, a phrasebook key such as "announce", "count", "release", "rest"."""
    place: Place = Place()
    """Where it belongs."""

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass(frozen=True, slots=True)
class Span:
    """A timed stretch (hold, rest, phase...) whose length is guaranteed exact."""

    start_ms: int
    end_ms: int
    kind: SpanKind
    label: str
    """What to show ("Hold", "Rest", the phase text, the exercise name)."""
    place: Place = Place()

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass(frozen=True, slots=True)
class Chapter:
    """One chapter of the audio: an exercise (or the intro/closing)."""

    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True, slots=True)
class ExerciseSummary:
    """An exercise's numbers resolved at the chosen level (None where not set)."""

    name: str
    reps: int | None
    hold_s: float | None
    sets: int
    duration_s: float | None
    per_side: bool
    rest_s: float | None
    """Rest after this exercise (None after the last one)."""


@dataclass(frozen=True, slots=True)
class Timeline:
    """Everything the player and exporter need, in time order."""

    title: str
    cues: tuple[Cue, ...]
    """Sorted by start; speech cues never overlap each other."""
    spans: tuple[Span, ...]
    """Holds, rests, phases, flows and exercises, sorted by start."""
    chapters: tuple[Chapter, ...]
    """The introduction (everything said before the first exercise), then one per exercise, in order, contiguous."""
    exercises: tuple[ExerciseSummary, ...]
    total_ms: int
    """Length of the whole routine."""

    def spoken_phrases(self) -> tuple[str, ...]:
        """Distinct speech texts, in first-heard order."""
        seen: dict[str, None] = {}
        for cue in self.cues:
            if cue.kind is CueKind.SPEECH:
                seen.setdefault(cue.text, None)
        return tuple(seen)
