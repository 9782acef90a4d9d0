"""The player's side of the log: a recorder hears the live player's events and tells what became of the session.

It needs nothing but the events the display gets too, the timeline and a clock, so tests drive it with the
manual clock and a scripted player, and the player knows nothing of the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from voiceroutine.play.player import (
    Clock,
    CueStarted,
    Finished,
    Grew,
    Jumped,
    Paused,
    PlayerEvent,
    Progress,
    Resumed,
)
from voiceroutine.sessions.model import ExerciseResult, Status
from voiceroutine.timeline.model import SpanKind, Timeline


class Recorder(Protocol):
    """What the player's session hands every event to, besides the display."""

    def record(self, event: PlayerEvent) -> None: ...


@dataclass(frozen=True, slots=True)
class PlayOutcome:
    """What a live session came to, as far as the player could see."""

    started: datetime
    ended: datetime
    played_ms: int
    """Where it stopped (the routine's length when it ran to the end)."""
    completed: bool
    """Ran to the end, not stopped."""
    pauses: int
    paused_ms: int
    exercises: tuple[ExerciseResult, ...]


class PlayRecorder:
    """Records one live play: the stretches of the track heard, the pauses, where it stopped."""

    def __init__(self, timeline: Timeline, clock: Clock, started: datetime) -> None:
        self.timeline = timeline
        self.clock = clock
        self.started = started
        self._t0 = clock.now()
        self._heard: list[tuple[int, int]] = []
        """Stretches of the track heard without a jump, as (from ms, to ms)."""
        self._stretch_from = 0
        self._position = 0
        self._furthest = 0
        self._paused_at: float | None = None
        self._paused_s = 0.0
        self._pauses = 0
        self._finished: Finished | None = None
        self._ended_s: float | None = None

    def record(self, event: PlayerEvent) -> None:
        if isinstance(event, CueStarted):
            self._at(event.cue.start_ms)
        elif isinstance(event, Progress):
            self._at(event.position_ms)
        elif isinstance(event, Paused):
            self._at(event.position_ms)
            if self._paused_at is None:
                self._paused_at = self.clock.now()
                self._pauses += 1
        elif isinstance(event, Resumed):
            self._pause_over()
        elif isinstance(event, Grew):
            self.timeline = event.timeline  # played while being made: the whole timeline once it is
        elif isinstance(event, Jumped):
            self._pause_over()
            self._heard.append((self._stretch_from, event.from_ms))
            self._stretch_from = event.to_ms
            self._at(event.from_ms)
            self._at(event.to_ms)
        elif isinstance(event, Finished):
            self._pause_over()
            self._heard.append((self._stretch_from, event.position_ms))
            self._at(event.position_ms)
            self._finished = event
            self._ended_s = self.clock.now()

    def _at(self, ms: int) -> None:
        self._position = ms
        self._furthest = max(self._furthest, ms)

    def _pause_over(self) -> None:
        if self._paused_at is not None:
            self._paused_s += self.clock.now() - self._paused_at
            self._paused_at = None

    def outcome(self) -> PlayOutcome:
        """The session so far; a play that never finished (Ctrl-C) counts as stopped where it last was."""
        finished = self._finished
        if finished is None:
            self._pause_over()
            heard = [*self._heard, (self._stretch_from, self._position)]
            stop_ms, quit = self._position, True
            ended_s = self.clock.now()
        else:
            heard = self._heard
            stop_ms, quit = finished.position_ms, finished.quit
            ended_s = self._ended_s if self._ended_s is not None else self.clock.now()
        return PlayOutcome(
            started=self.started,
            ended=self.started + timedelta(seconds=ended_s - self._t0),
            played_ms=stop_ms,
            completed=not quit,
            pauses=self._pauses,
            paused_ms=round(self._paused_s * 1000),
            exercises=exercise_results(self.timeline, heard, stop_ms if quit else None, self._furthest),
        )


WORK_KINDS = frozenset({SpanKind.WORK, SpanKind.HOLD, SpanKind.REP, SpanKind.PHASE})
"""Spans where the person exercises; the rests after them are not part of doing the exercise."""


def exercise_stretches(timeline: Timeline) -> list[tuple[str, int, int]]:
    """(name, start, end) of each exercise's chapter (one per round in a circuit): from its announcement to the end
    of its last work span (the chapter's end when it has none), so the rest after it does not count."""
    stretches = []
    for chapter in timeline.chapters:
        name = chapter.place.exercise
        if name is None:
            continue  # the introduction, a circuit's own chapter
        ends = [s.end_ms for s in timeline.spans
                if s.kind in WORK_KINDS and chapter.start_ms <= s.start_ms < chapter.end_ms]  # fmt: skip
        stretches.append((name, chapter.start_ms, max(ends) if ends else chapter.end_ms))
    return stretches


def exercise_results(
    timeline: Timeline, heard: list[tuple[int, int]], quit_ms: int | None, furthest_ms: int
) -> tuple[ExerciseResult, ...]:
    """Each exercise's outcome from the stretches heard: done when heard to its end; quit when stopped inside it;
    skipped when passed over; not reached after where it stopped. An exercise that comes up several times (rounds
    of a circuit) is done when some round was done and none skipped."""
    by_name: dict[str, list[Status]] = {}
    for name, start_ms, end_ms in exercise_stretches(timeline):
        if any(start < end_ms <= end for start, end in heard):
            status = Status.DONE
        elif quit_ms is not None and start_ms <= quit_ms < end_ms:
            status = Status.QUIT
        elif start_ms < furthest_ms:
            status = Status.SKIPPED
        else:
            status = Status.NOT_REACHED
        by_name.setdefault(name, []).append(status)
    return tuple(ExerciseResult(name, _overall(statuses)) for name, statuses in by_name.items())


def _overall(statuses: list[Status]) -> Status:
    if Status.QUIT in statuses:
        return Status.QUIT
    if Status.DONE in statuses and Status.SKIPPED not in statuses:
        return Status.DONE
    if Status.SKIPPED in statuses:
        return Status.SKIPPED
    return Status.NOT_REACHED
