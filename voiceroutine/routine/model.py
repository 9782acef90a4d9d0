"""The routine model: what a person wrote, as frozen values.

Every duration is an integer number of milliseconds. Numbers a person may give
as a range ("8-12 reps", "1-2 minutes") are `Span`s, resolved by a `Level`
when a timeline is built.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Level(enum.Enum):
    """How hard to take every range in a routine."""

    EASY = "easy"
    """The low end of every range."""
    STANDARD = "standard"
    """The middle of every range."""
    HARD = "hard"
    """The high end of every range."""


@dataclass(frozen=True, slots=True)
class Span:
    """A number or a range of numbers ("10", "8-12"), in the field's unit.

    Durations are in milliseconds; counts are plain integers.
    """

    low: int
    """Smallest value (equal to `high` for a plain number)."""
    high: int
    """Largest value."""

    @classmethod
    def exactly(cls, value: int) -> Span:
        return cls(value, value)

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def resolve(self, level: Level, quantum: int = 1) -> int:
        """The value at `level`; the middle of a range is rounded down to a multiple of `quantum`
        (1000 for durations, so "45-60 s" at standard is 52 s, never 52.5 s)."""
        if level is Level.EASY:
            return self.low
        if level is Level.HARD:
            return self.high
        middle = (self.low + self.high) // 2
        return max(self.low, middle - middle % quantum)


@dataclass(frozen=True, slots=True)
class Phase:
    """One timed, spoken phase of a tempo rep or a flow ("Inhale, arch your back" for 4 s)."""

    text: str
    """What the voice says as the phase starts."""
    duration_ms: Span
    """How long the phase lasts, speech included."""


class DoseKind(enum.Enum):
    """How an exercise is measured."""

    REPS = "reps"
    """A number of repetitions, each with an optional hold or tempo phases."""
    HOLD = "hold"
    """One position held for a duration."""
    FLOW = "flow"
    """A cycle of phases repeated for a number of cycles or a duration."""
    WORK = "work"
    """A timed work interval inside a circuit with interval timing."""


@dataclass(frozen=True, slots=True)
class Reps:
    """ "Repeat 10 times, hold 5 s each" or "8-12 reps: down 3 s, up 2 s"."""

    count: Span
    """How many repetitions per set (and per side)."""
    hold_ms: Span | None = None
    """How long each rep is held; None for a rep without a hold."""
    tempo: tuple[Phase, ...] = ()
    """Timed phases of each rep; empty when the rep is a plain hold or untimed."""

    kind = DoseKind.REPS


@dataclass(frozen=True, slots=True)
class Hold:
    """ "Hold the position for 1 minute"."""

    duration_ms: Span
    """How long the position is held."""

    kind = DoseKind.HOLD


@dataclass(frozen=True, slots=True)
class Flow:
    """ "Inhale and arch 4 s, exhale and round 4 s, for 1-2 minutes" (or "for 6 cycles")."""

    phases: tuple[Phase, ...]
    """The cycle, in order; repeated a whole number of times."""
    duration_ms: Span | None = None
    """How long the flow should last: it runs the whole cycles that fit (at least one). None with `cycles`."""
    cycles: Span | None = None
    """How many times the cycle runs. None with `duration_ms`."""

    kind = DoseKind.FLOW


@dataclass(frozen=True, slots=True)
class Work:
    """A timed work interval of a circuit with interval timing ("20 s of squats")."""

    duration_ms: Span | None = None
    """This exercise's own work time; None takes the circuit's `work`."""

    kind = DoseKind.WORK


Dose = Reps | Hold | Flow | Work


class Instructions(enum.Enum):
    """How much of an exercise's steps is read."""

    FULL = "full"
    """The steps in full, the first time the exercise comes up in the routine."""
    SHORT = "short"
    """Never the steps: only the exercise's name, its dose and its cue."""
    AUTO = "auto"
    """In full until the person has done the exercise `fade_after` times (the session log says), then short."""


class Every(enum.Enum):
    """What a progression's `every` counts."""

    DAYS = "days"
    """Days since the routine's first logged session (`1 week` is 7 days)."""
    SESSIONS = "sessions"
    """Sessions of the routine logged with at least one exercise done."""


@dataclass(frozen=True, slots=True)
class Growth:
    """How much an exercise's dose grows each progression step, and up to where."""

    reps: int = 0
    """Reps added per step (to every set and side)."""
    hold_ms: int = 0
    """Added per step to a timed hold, and to each rep's hold."""
    sets: int = 0
    """Sets added per step."""
    until_hard: bool = False
    """Grow up to the high end of each written range (the hard level's value), no further."""
    max_reps: int | None = None
    """No more reps than this (`until: {reps: 15}`); None: up to the format's limit."""
    max_hold_ms: int | None = None
    """No longer hold than this; None: up to the format's limit."""
    max_sets: int | None = None
    """No more sets than this; None: up to the format's limit."""


@dataclass(frozen=True, slots=True)
class Progress:
    """ "Every week, one rep more and 5 s longer, until the hard level": how a routine grows with the person."""

    every: int
    """How many days (or sessions) one step lasts."""
    unit: Every
    """Whether `every` counts days or sessions."""
    growth: Growth
    """What grows, for every exercise that does not say otherwise."""
    written: str
    """`every` as the routine wrote it ("1 week"), for messages."""


@dataclass(frozen=True, slots=True)
class Exercise:
    """One exercise of a routine."""

    name: str
    """Its name as spoken and as the chapter title ("Chin tuck")."""
    dose: Dose
    """Reps, a hold or a flow."""
    steps: tuple[str, ...] = ()
    """Instruction steps, spoken in full the first time the exercise is done."""
    cue: str | None = None
    """A short reminder spoken at the start of each rep or later set ("Pull your chin back")."""
    sets: Span = field(default_factory=lambda: Span.exactly(1))
    """How many sets."""
    set_rest_ms: Span | None = None
    """Rest between sets; None takes the routine default."""
    rest_ms: Span | None = None
    """Rest after this exercise before the next one; None takes the routine default."""
    rep_rest_ms: Span | None = None
    """Pause between reps; None takes the routine default."""
    sides: tuple[str, ...] = ()
    """Side names for a per-side exercise, in order ("left", "right"); empty when not per side."""
    switch_ms: Span | None = None
    """Time given to switch sides; None takes the routine default."""
    growth: Growth | None = None
    """This exercise's own progression (`progress:` on it); None takes the routine's. A Growth of nothing
    (`progress: false`) keeps it as written."""

    @property
    def per_side(self) -> bool:
        return bool(self.sides)


@dataclass(frozen=True, slots=True)
class ManualStep:
    """ "Wait until I am ready": the live player waits for a key; an export leaves a pause."""

    text: str
    """What the voice says before waiting ("Lie down on your mat")."""
    pause_ms: int | None = None
    """The pause an export leaves instead of waiting; None takes the routine default."""


@dataclass(frozen=True, slots=True)
class Circuit:
    """ "Go through these exercises three times": a named group of exercises done in rounds.

    With `work_ms` set it has interval timing: every exercise is a work interval of exactly that length
    (unless it sets its own), and nothing spoken lengthens an interval or a rest.
    """

    name: str
    """Spoken when the circuit starts and used as a chapter title."""
    rounds: Span
    """How many times through."""
    items: tuple[Exercise | ManualStep, ...]
    """The exercises (and, without interval timing, manual steps) of one round, in order."""
    round_rest_ms: Span | None = None
    """Rest between rounds, on top of the rest after the round's last exercise; None for none."""
    work_ms: Span | None = None
    """Interval timing: the length of every work interval; None for a circuit of ordinary exercises."""
    rest_ms: Span | None = None
    """Rest after each of its exercises (an exercise's own `rest` beats it); None takes the routine default."""

    @property
    def intervals(self) -> bool:
        return self.work_ms is not None

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return tuple(item for item in self.items if isinstance(item, Exercise))


Item = Exercise | ManualStep | Circuit


@dataclass(frozen=True, slots=True)
class Defaults:
    """Routine-wide settings; the command line overrides them, they override a user config."""

    rest_ms: Span | None = None
    """Rest between exercises."""
    set_rest_ms: Span | None = None
    """Rest between sets."""
    rep_rest_ms: Span | None = None
    """Pause between reps."""
    countdown: int | None = None
    """Length of spoken countdowns (3 gives "3, 2, 1")."""
    speed: float | None = None
    """Speech speed multiplier."""
    pauses: float | None = None
    """Scale of the pauses around instructions and announcements."""
    level: Level | None = None
    """Which end of every range to use."""
    manual_pause_ms: int | None = None
    """Pause an export leaves at a manual step."""
    switch_ms: Span | None = None
    """Time given to switch sides of a per-side exercise."""


@dataclass(frozen=True, slots=True)
class Routine:
    """A whole routine, as loaded from a file or a built-in."""

    title: str
    """Spoken at the start and used as the audio's title."""
    items: tuple[Item, ...]
    """Exercises and manual steps, in order."""
    intro: str | None = None
    """Words spoken after the title, before the first exercise."""
    closing: str | None = None
    """Words spoken at the very end."""
    defaults: Defaults = field(default_factory=Defaults)
    """Routine-wide settings."""
    phrases: tuple[tuple[str, str], ...] = ()
    """Phrasebook overrides (key, template), applied over the built-in phrasebook."""
    engine: str | None = None
    """Preferred speech engine name, if the routine names one."""
    voice: str | None = None
    """Preferred voice, if the routine names one."""
    language: str | None = None
    """The BCP 47 tag of the language it is written in ("de", "fr-CA"); None when it does not say (English,
    unless the command line or the user config says otherwise)."""
    source: str = "<routine>"
    """Where it came from (a path or "builtin:NAME"), for messages."""
    description: str | None = None
    """One line saying what the routine is for (listed by `voiceroutine routines`); never spoken."""
    lead_in_ms: int | None = None
    """Time from the start to the first second of work, within which the title, intro and first
    announcement must fit; None lets the talk take the time it needs."""
    instructions: Instructions | None = None
    """How much of the steps is read; None takes the user config's (else auto)."""
    fade_after: int | None = None
    """With auto instructions: sessions an exercise is done in before its steps fade; None takes the config's."""
    progress: Progress | None = None
    """How the routine grows over the weeks; None when it is always as written."""

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        """Every exercise in order, a circuit's exercises once each."""
        out: list[Exercise] = []
        for item in self.items:
            if isinstance(item, Exercise):
                out.append(item)
            elif isinstance(item, Circuit):
                out.extend(item.exercises)
        return tuple(out)
