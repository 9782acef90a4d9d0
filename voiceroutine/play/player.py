"""The live player: plays the mixed track through a sink and keeps time by what the device has played.

There is no chain of sleeps. The track is one buffer whose cue onsets are fixed sample indexes; the player
only asks the sink how far it got, wakes when the next cue is due (or a key arrives), and reports events
for the display. Pauses, skips and manual steps stop the sink and start it again at an exact sample. The sink is
handed at most about a minute of track at once, cut in a pause between cues (`play/stretch.py`).

The track may still be being made (`play/stream.py`, a TrackSource): then the player plays what is ready up to
the last cue boundary in it, and if it catches up it waits there (`Behind`) until more is ready; the timeline
grows as it goes (`Grew`).
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples, ms_to_samples
from voiceroutine.audio.tones import tone_samples
from voiceroutine.play.backends import AudioSink
from voiceroutine.play.keys import Key, KeySource
from voiceroutine.play.stream import WAIT_POLL_S, Grown, boundary
from voiceroutine.play.stretch import MOST_STRETCH_S, bounded, cuts
from voiceroutine.timeline.model import Chapter, Cue, CueKind, Timeline, Tone
from voiceroutine.timeline.phrasebook import PlayerWords

ENGLISH = PlayerWords()
"""The player's own words when no phrasebook gave others (keys get_ready, ready_3..1, press_enter)."""
GET_READY, COUNTDOWN, PRESS_ENTER = ENGLISH.get_ready, ENGLISH.countdown, ENGLISH.press_enter
PLAYER_PHRASES: tuple[str, ...] = ENGLISH.all()
"""Phrases only the live player speaks, in English; the pipeline renders them with the routine's voice."""

COUNT_GAP_MS = 400
"""Silence between "Get ready." and the first count."""
COUNT_STEP_MS = 1000
PREVIOUS_TWICE_S = 2.0
"""A second "previous" within this time goes back one more exercise."""
TICK_MS = 100
"""How often the display hears the position while audio plays."""
IDLE_POLL_S = 0.25
QUIET_BEFORE_CUE_MS = 30
"""No screen updates this close before a cue, so drawing never delays noticing it."""


class Clock(Protocol):
    def now(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class MonotonicClock:
    """The real clock."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(max(0.0, seconds))


@dataclass(frozen=True, slots=True)
class CueStarted:
    """A cue's first sample was heard."""

    cue: Cue
    at_s: float
    """Clock time it was noticed."""


@dataclass(frozen=True, slots=True)
class Progress:
    """Where the routine is, a few times a second while it plays."""

    position_ms: int


@dataclass(frozen=True, slots=True)
class Paused:
    position_ms: int


@dataclass(frozen=True, slots=True)
class Resumed:
    """The "get ready" countdown starts; the track goes on from `position_ms` after it."""

    position_ms: int


@dataclass(frozen=True, slots=True)
class Waiting:
    """A manual step: waiting for Enter."""

    cue: Cue


@dataclass(frozen=True, slots=True)
class Behind:
    """The track is not made this far yet: the player waits here, at a cue boundary, for the next words."""

    position_ms: int


@dataclass(frozen=True, slots=True)
class Grew:
    """More of the timeline is final (all of it when `complete`): the display and the recorder follow it."""

    timeline: Timeline
    complete: bool


@dataclass(frozen=True, slots=True)
class Jumped:
    from_ms: int
    to_ms: int


@dataclass(frozen=True, slots=True)
class Finished:
    position_ms: int
    quit: bool
    """True when the person quit before the end."""


PlayerEvent = CueStarted | Progress | Paused | Resumed | Waiting | Jumped | Finished | Behind | Grew


class Display(Protocol):
    def show(self, event: PlayerEvent) -> None: ...


class TrackSource(Protocol):
    """A track still being made (`stream.GrowingTrack`): what is final so far, its samples, a wait for more."""

    def snapshot(self) -> Grown: ...

    def samples(self, start: int, end: int) -> Samples: ...

    def wait(self, beyond: int, timeout_s: float) -> None: ...


@dataclass(frozen=True, slots=True)
class PlayResult:
    position_ms: int
    """Where the routine stopped (its length when it ran to the end)."""
    quit: bool


def phrase_or_tick(clips: Mapping[str, Samples], text: str) -> Samples:
    """A player phrase's clip, or a tick where the pipeline did not render it."""
    return clips[text] if text in clips else tone_samples(Tone.TICK)


def resume_insert(clips: Mapping[str, Samples], words: PlayerWords = ENGLISH) -> Samples:
    """What is heard between a resume and the track going on: "Get ready.", then a count on each second."""
    ready = phrase_or_tick(clips, words.get_ready)
    first = ms_to_samples(COUNT_GAP_MS) + len(ready)
    step = ms_to_samples(COUNT_STEP_MS)
    out = np.zeros(first + step * len(words.countdown), dtype=np.int16)
    out[: len(ready)] = ready
    for i, text in enumerate(words.countdown):
        clip = phrase_or_tick(clips, text)[:step]
        out[first + i * step : first + i * step + len(clip)] = clip
    return out


def chapter_index(timeline: Timeline, ms: int) -> int:
    """The chapter playing at `ms` (the last one at the very end)."""
    starts = [chapter.start_ms for chapter in timeline.chapters]
    return max(0, bisect.bisect_right(starts, ms) - 1)


class _Jump(Exception):
    """Internal: playback moves from one sample of the track to another."""

    def __init__(self, start: int, to: int) -> None:
        self.start = start
        self.to = to


class _Quit(Exception):
    """Internal: the person quit at a sample of the track."""

    def __init__(self, at: int) -> None:
        self.at = at


class Player:
    """Plays one routine's track: `run()` returns when it ends or the person quits."""

    def __init__(
        self,
        timeline: Timeline,
        track: Samples,
        sink: AudioSink,
        keys: KeySource,
        clock: Clock,
        display: Display,
        clips: Mapping[str, Samples] | None = None,
        rate: int = SAMPLE_RATE,
        words: PlayerWords | None = None,
        source: TrackSource | None = None,
        most_stretch_s: float = MOST_STRETCH_S,
    ) -> None:
        self.timeline = timeline
        self.track = track
        """The whole track; unused when it comes from `source` while being made."""
        self.source = source
        self._grown = Grown(timeline, 0, False, -1) if source is not None else Grown(timeline, len(track), True, 0)
        """What the source had made when last looked at (nothing yet: the first look takes its timeline)."""
        self._sounded = False
        """Whether any of the track has played: waiting for the first words is no falling behind."""
        self.sink = sink
        self.keys = keys
        self.clock = clock
        self.display = display
        self.rate = rate
        self.clips = clips or {}
        self.words = words or ENGLISH
        """What the player says itself, in the routine's language."""
        self._onsets = [ms_to_samples(cue.start_ms) for cue in timeline.cues]
        self._cuts = cuts(timeline)
        """Where a long stretch may be cut (`play/stretch.py`): the middle of each pause between cues."""
        self._most = max(1, round(most_stretch_s * rate))
        """The longest stretch handed to the sink at once, where a pause allows."""
        self._next_cue = 0
        self._waits = [(ms_to_samples(c.start_ms), c) for c in timeline.cues if c.kind is CueKind.WAIT]
        self._previous_at: float | None = None
        self._resume_at = 0
        """Track sample that a pause, countdown or manual step goes back to."""

    def _ms(self, sample: int) -> int:
        """Track time of a sample; the inverse of ms_to_samples (which rounds down), so it rounds up."""
        return -(-sample * 1000 // self.rate)

    def run(self) -> PlayResult:
        """Play from the start to the end, following keys; stops the sink whatever happens."""
        at = 0
        try:
            while at < self._length():
                try:
                    at = self._step(at)
                except _Jump as jump:
                    self.display.show(Jumped(self._ms(jump.start), self._ms(jump.to)))
                    at = self._seek(jump.to)
        except _Quit as quit:
            at = quit.at
            self.display.show(Finished(self._ms(at), quit=True))
            return PlayResult(self._ms(at), quit=True)
        finally:
            self.sink.stop()
        self.display.show(Finished(self._ms(at), quit=False))
        return PlayResult(self._ms(at), quit=False)

    def _length(self) -> int:
        """The track's length, or further than any sample while it is still being made."""
        if self.source is None:
            return len(self.track)
        return self._grown.ready if self._grown.complete else 1 << 62

    def _refresh(self) -> None:
        """Follow the source: a grown timeline gives new cues, manual steps and chapters."""
        assert self.source is not None
        grown = self.source.snapshot()
        if (grown.version, grown.complete) != (self._grown.version, self._grown.complete):
            self.timeline = grown.timeline
            self._onsets = [ms_to_samples(cue.start_ms) for cue in grown.timeline.cues]
            self._cuts = cuts(grown.timeline)
            self._waits = [(ms_to_samples(c.start_ms), c) for c in grown.timeline.cues if c.kind is CueKind.WAIT]
            self.display.show(Grew(grown.timeline, grown.complete))
        self._grown = grown

    def _ahead(self, at: int) -> int:
        """How far from `at` the track can be played now: the last cue boundary that is ready (the end once whole).
        When that is `at` itself, say so and wait there, keys still heard, until more is made."""
        assert self.source is not None
        self._refresh()
        end = boundary(self._grown, at)
        if end > at or self._grown.complete:
            return end
        if self._sounded:
            self.display.show(Behind(self._ms(at)))
        while True:
            key = self.keys.read(0.0)
            if key in (Key.NEXT, Key.PREVIOUS, Key.QUIT):
                assert key is not None
                self._act(key, at)
            self.source.wait(self._grown.ready, WAIT_POLL_S)
            self._refresh()
            end = boundary(self._grown, at)
            if end > at or self._grown.complete:
                return end

    def _seek(self, to: int) -> int:
        self._next_cue = bisect.bisect_left(self._onsets, to)
        return to

    def _step(self, at: int) -> int:
        """Play from `at` to the next stop (a manual step, a pause or the end), at most one bounded stretch of it
        (`play/stretch.py`); returns where to go on."""
        limit = self._ahead(at) if self.source is not None else len(self.track)
        if at >= limit:
            return at  # the whole track was made and this is its end
        waits = self._waits if self.keys.interactive else []
        wait = next(((start, cue) for start, cue in waits if start >= at), None)
        if wait is not None and wait[0] == at:
            return self._manual_step(wait[1], at)
        stop = min(wait[0], limit) if wait is not None else limit
        samples = bounded(self._read, at, stop, self._cuts, self._most)
        self._sounded = True
        key, played = self._play(samples, base=at)
        if key is Key.PAUSE:
            return self._pause(at + played)
        return at + played

    def _read(self, start: int, end: int) -> Samples:
        return self.track[start:end] if self.source is None else self.source.samples(start, end)

    def _emit_cues(self, reached: int) -> None:
        while self._next_cue < len(self._onsets) and self._onsets[self._next_cue] <= reached:
            self.display.show(CueStarted(self.timeline.cues[self._next_cue], self.clock.now()))
            self._next_cue += 1

    def _cue_due_within(self, reached: int, ms: int) -> bool:
        return self._next_cue < len(self._onsets) and self._onsets[self._next_cue] - reached < ms_to_samples(ms)

    def _play(
        self, samples: Samples, base: int | None, stop_keys: frozenset[Key] = frozenset({Key.PAUSE})
    ) -> tuple[Key | None, int]:
        """Play `samples` (track from `base`, or an insert when None) until done or a key in `stop_keys`.

        Next, previous and quit raise; returns the stopping key (None at the end) and the samples played.
        """
        self.sink.play(samples)
        tick = ms_to_samples(TICK_MS)
        while True:
            played = self.sink.position()
            if base is not None:
                self._emit_cues(base + played)
                if not self._cue_due_within(base + played, QUIET_BEFORE_CUE_MS):
                    self.display.show(Progress(self._ms(base + played)))
            if played >= len(samples):
                return None, len(samples)
            wake = len(samples)
            if base is not None:
                wake = min(wake, played + tick)
                if self._next_cue < len(self._onsets):
                    wake = min(wake, self._onsets[self._next_cue] - base)
            # measured again: showing the events above took time
            key = self.keys.read(max(1, wake - self.sink.position()) / self.rate)
            if key is None:
                continue
            if key in stop_keys or key in (Key.NEXT, Key.PREVIOUS, Key.QUIT):
                played = self.sink.stop()
                here = (base or 0) + played
                if base is not None:
                    self._emit_cues(here)
                self._act(key, here if base is not None else None)
                return key, played

    def _act(self, key: Key, here: int | None) -> None:
        """Raise for a key that leaves the current stretch: quit, or jump to another exercise."""
        at = here if here is not None else self._resume_at
        if key is Key.QUIT:
            raise _Quit(at)
        index = chapter_index(self.timeline, self._ms(at))
        if key is Key.NEXT:
            index += 1
            while self.source is not None and not self._grown.complete and index >= len(self.timeline.chapters):
                self.source.wait(self._grown.ready, WAIT_POLL_S)  # the next chapter is still being made
                self._refresh()
            chapters = self.timeline.chapters
            raise _Jump(at, ms_to_samples(chapters[index].start_ms) if index < len(chapters) else self._length())
        chapters = self.timeline.chapters or (Chapter(self.timeline.title, 0, self.timeline.total_ms),)
        if key is Key.PREVIOUS:
            now = self.clock.now()
            if self._previous_at is not None and now - self._previous_at < PREVIOUS_TWICE_S:
                index = max(0, index - 1)
            self._previous_at = now
            raise _Jump(at, ms_to_samples(chapters[index].start_ms))

    def _pause(self, at: int) -> int:
        """Paused at `at` until space; then "get ready", 3-2-1, and the track goes on at exactly `at`."""
        self._resume_at = at
        while True:
            self.display.show(Paused(self._ms(at)))
            while True:
                key = self.keys.read(IDLE_POLL_S)
                if key is Key.PAUSE:
                    break
                if key in (Key.NEXT, Key.PREVIOUS, Key.QUIT):
                    self._act(key, None)
            self.display.show(Resumed(self._ms(at)))
            key, _ = self._play(resume_insert(self.clips, self.words), base=None)
            if key is None:
                return at

    def _manual_step(self, cue: Cue, at: int) -> int:
        """Stop at a manual step's start, say so, wait for Enter, go on from its end."""
        self._resume_at = at
        self._emit_cues(at)
        self.display.show(Waiting(cue))
        prompt = phrase_or_tick(self.clips, self.words.press_enter)
        key, _ = self._play(prompt, base=None, stop_keys=frozenset({Key.ENTER}))
        while key is not Key.ENTER:
            key = self.keys.read(IDLE_POLL_S)
            if key in (Key.NEXT, Key.PREVIOUS, Key.QUIT):
                assert key is not None
                self._act(key, None)
        return self._seek(ms_to_samples(cue.end_ms))
