"""What the session log keeps: one `Session` per routine played or followed, with each exercise's outcome."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class Source(enum.Enum):
    """How a session reached the log."""

    PLAY = "play"
    """Played live with `voiceroutine play`; the player saw every exercise."""
    DONE = "done"
    """Followed elsewhere (an exported file on a phone) and told with `voiceroutine done`."""


class Status(enum.Enum):
    """What became of one exercise in one session."""

    DONE = "done"
    """Heard to its end."""
    SKIPPED = "skipped"
    """Passed over (skipped to the next exercise) before its end."""
    QUIT = "quit"
    """The routine was stopped during it."""
    NOT_REACHED = "not_reached"
    """After the point where the routine was stopped."""


@dataclass(frozen=True, slots=True)
class ExerciseResult:
    """One exercise of a session."""

    name: str
    """The exercise's name as the routine gives it."""
    status: Status


@dataclass(frozen=True, slots=True)
class Pace:
    """The pace the session was played at."""

    speed: float = 1.0
    """Speech speed multiplier."""
    pauses: float = 1.0
    """Scale of the pauses around instructions."""
    rest_ms: int | None = None
    """The rest override (`--rest`), None when the routine's own rests were used."""
    countdown: int = 3
    """Seconds counted down."""


@dataclass(frozen=True, slots=True)
class ProgressRule:
    """A routine's progression as a session saw it: enough for `history` to say where the routine stands."""

    every: int
    """Days (or sessions) per step."""
    unit: str
    """ "days" or "sessions"."""
    written: str
    """`every` as the routine wrote it ("1 week")."""
    top: int
    """The first step at which nothing grows any more, at the session's level."""


@dataclass(frozen=True, slots=True)
class Session:
    """One session: a routine played live or followed from an export."""

    routine: str
    """The routine's name: a built-in name, or the routine file's name without `.yaml`."""
    title: str
    """The routine's title."""
    routine_hash: str
    """Hash of the routine file's content, to tell versions of a routine apart."""
    source: Source
    started: datetime
    """When it started (local time, with its UTC offset)."""
    ended: datetime | None
    """When it ended; None if it never did (the program was killed)."""
    level: str
    """easy, standard or hard."""
    pace: Pace = field(default_factory=Pace)
    length_ms: int = 0
    """The routine's whole length as planned."""
    played_ms: int = 0
    """How far into the routine it got (its length when it ran to the end)."""
    completed: bool = False
    """True when it ran to the end without being stopped."""
    pauses: int = 0
    """How many times the person paused."""
    paused_ms: int = 0
    """How long the pauses lasted altogether."""
    exercises: tuple[ExerciseResult, ...] = ()
    """Every exercise of the routine, in order, with its outcome."""
    week: int | None = None
    """The progression step the routine was played at (1 = as written); None when it has no progression."""
    instructions: str | None = None
    """full or short steps as heard ("mixed" when auto read some in full); None when not known."""
    progress: ProgressRule | None = None
    """The routine's progression rule; None when it has none (or the session was logged before version 2)."""
    effort: int | None = None
    """How hard it felt, 1 (easy) to 10 (all the person had); None when not answered."""
    pain: int | None = None
    """Pain felt, 0 (none) to 10 (worst); None when not answered."""
    note: str | None = None
    """Free words for the person or their physio."""
    id: int | None = None
    """Row id in the log; None before it is written."""

    def count(self, status: Status) -> int:
        return sum(1 for e in self.exercises if e.status is status)

    @property
    def practised(self) -> bool:
        """At least one exercise was done: what counts for streaks and progression."""
        return any(e.status is Status.DONE for e in self.exercises)
