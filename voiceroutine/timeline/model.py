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
    """What a person lives through in a timed stretch. Spans are the leaves of the timeline: they never overlap."""

    WORK = "work"
    """A work interval of a circuit with interval timing."""
    HOLD = "hold"
    """A timed hold: a rep's hold, or a whole-duration hold."""
    REP = "rep"
    """A counted rep without a hold or tempo phases."""
    PHASE = "phase"
    """One phase of a tempo rep or of a flow's cycle."""
    REST = "rest"
    """A rest between exercises (inside a circuit too) or between reps."""
    SET_REST = "set_rest"
    """A rest between sets."""
    ROUND_REST = "round_rest"
    """A rest between rounds of a circuit."""
    SWITCH = "switch"
    """The time to switch sides of a per-side exercise."""
    LEAD_IN = "lead_in"
    """The countdown into the first exercise (or a circuit, or after a manual step), or the routine's `lead_in`."""
    MANUAL = "manual"
    """A manual step: the live player waits for a key; an export leaves this pause."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where in the routine a cue or span belongs; None where it does not apply.

    A rest belongs to what it follows (its exercise, round, set, side and rep); a lead-in to the exercise it leads into.
    """

    exercise: str | None = None
    """Exercise name."""
    exercise_index: int | None = None
    """0-based position among the routine's exercises (a circuit's exercises counted once each)."""
    set: int | None = None
    """1-based set number, for an exercise of several sets."""
    side: str | None = None
    """Side name of a per-side exercise."""
    rep: int | None = None
    """1-based rep number."""
    phase: str | None = None
    """Phase text of a tempo rep or flow."""
    round: int | None = None
    """1-based round number inside a circuit."""
    circuit_index: int | None = None
    """0-based position among the routine's circuits."""


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
    """A timed stretch (work, hold, rest, phase...) whose length is guaranteed exact."""

    start_ms: int
    end_ms: int
    kind: SpanKind
    label: str
    """What to show ("Hold", "Rest", "Work", the phase text)."""
    place: Place = Place()

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass(frozen=True, slots=True)
class Chapter:
    """One chapter of the audio: an exercise (in each round of a circuit), a circuit, or the intro/closing."""

    title: str
    start_ms: int
    end_ms: int
    place: Place = Place()
    """The exercise (and round) it is for; empty for a circuit's own chapter."""


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
    cycles: int | None = None
    """How many cycles a flow runs (None for other doses)."""
    work_s: float | None = None
    """Length of each work interval in a circuit with interval timing."""


@dataclass(frozen=True, slots=True)
class CircuitSummary:
    """A circuit's numbers resolved at the chosen level."""

    name: str
    rounds: int
    exercises: tuple[str, ...]
    work_s: float | None
    """Length of a work interval (None without interval timing)."""
    rest_s: float | None
    """Rest after each exercise (None when the exercises keep their own)."""
    round_rest_s: float | None


@dataclass(frozen=True, slots=True)
class Timeline:
    """Everything the player and exporter need, in time order."""

    title: str
    cues: tuple[Cue, ...]
    """Sorted by start; speech cues never overlap each other."""
    spans: tuple[Span, ...]
    """Every timed stretch (the leaves: work, holds, reps, phases, rests...), sorted, never overlapping."""
    chapters: tuple[Chapter, ...]
    """The introduction (what is said before the first chapter), then one per exercise (and circuit, and
    exercise in each round of a circuit), in order, contiguous."""
    exercises: tuple[ExerciseSummary, ...]
    total_ms: int
    """Length of the whole routine."""
    circuits: tuple[CircuitSummary, ...] = ()

    def spoken_phrases(self) -> tuple[str, ...]:
        """Distinct speech texts, in first-heard order."""
        seen: dict[str, None] = {}
        for cue in self.cues:
            if cue.kind is CueKind.SPEECH:
                seen.setdefault(cue.text, None)
        return tuple(seen)
