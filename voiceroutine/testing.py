"""Tiny fakes in the real formats, for tests and benchmarks: a speech engine, a manual clock, a recording sink, a
recording progress."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples

FAKE_MS_PER_CHAR = 55
FAKE_PAD_MS = 60


class FakeEngine:
    """A speech engine that "says" a phrase as a 440 Hz tone whose length follows the text.

    Like real engines it pads each phrase with silence (FAKE_PAD_MS each side) that trimming removes,
    and it speaks faster at a higher speed.
    """

    name = "fake"

    def __init__(self, ms_per_char: int = FAKE_MS_PER_CHAR) -> None:
        self.ms_per_char = ms_per_char
        self.calls: list[tuple[str, float]] = []

    def is_available(self) -> bool:
        return True

    def identity(self) -> str:
        return f"fake/{self.ms_per_char}"

    def speech_ms(self, text: str, speed: float) -> int:
        """Length of the voiced part (without padding) for `text` at `speed`."""
        return max(120, int(len(text) * self.ms_per_char / speed))

    def synthesize(self, text: str, speed: float) -> Samples:
        self.calls.append((text, speed))
        voiced = self.speech_ms(text, speed) * SAMPLE_RATE // 1000
        pad = FAKE_PAD_MS * SAMPLE_RATE // 1000
        t = np.arange(voiced) / SAMPLE_RATE
        tone = (0.5 * 32767 * np.sin(2 * np.pi * 440 * t)).astype(np.int16)
        silence = np.zeros(pad, dtype=np.int16)
        return np.concatenate([silence, tone, silence])


class ManualClock:
    """A clock that only moves when told to: `now()` in seconds, `advance(s)`, `sleep(s)` advances."""

    def __init__(self, start: float = 0.0) -> None:
        self.t = start

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds

    def sleep(self, seconds: float) -> None:
        self.t += max(0.0, seconds)


@dataclass(slots=True)
class Played:
    """One stretch of samples a sink was given, when, and how much of it was heard."""

    at_s: float
    """Clock time `play` was called."""
    samples: Samples
    stopped_at: int | None = None
    """Samples heard before `stop` or the next `play`; None while it plays."""


class RecordingSink:
    """An audio sink that plays in clock time: it records every stretch it is given with the clock's time, and
    reports as played whatever the clock has moved past. With a ManualClock nothing ever sleeps.
    """

    name = "recording"

    def __init__(self, now: Callable[[], float], rate: int = SAMPLE_RATE) -> None:
        self.now = now
        self.rate = rate
        self.played: list[Played] = []
        self.opened = False
        self.closed = False

    def open(self, rate: int) -> None:
        self.rate = rate
        self.opened = True

    def play(self, samples: Samples) -> None:
        self.stop()
        self.played.append(Played(self.now(), samples))

    def position(self) -> int:
        if not self.played:
            return 0
        last = self.played[-1]
        if last.stopped_at is not None:
            return last.stopped_at
        return min(len(last.samples), round((self.now() - last.at_s) * self.rate))

    def stop(self) -> int:
        reached = self.position()
        if self.played and self.played[-1].stopped_at is None:
            self.played[-1].stopped_at = reached
        return reached

    def close(self) -> None:
        self.closed = True

    def heard(self) -> Samples:
        """Everything heard so far, in order, as one track."""
        parts = [p.samples[: p.stopped_at if p.stopped_at is not None else self.position()] for p in self.played]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)


@dataclass(slots=True)
class Step:
    """One step a RecordingProgress was told about."""

    label: str
    total: int
    done: int = 0
    advances: int = 0
    """How many times it was told (0 units included)."""


class RecordingProgress:
    """A Progress that records every step, its total (extensions included) and what was done of it."""

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.finished = False
        self._lock = threading.Lock()

    def step(self, label: str, total: int) -> None:
        with self._lock:
            self.steps.append(Step(label, total))

    def extend(self, more: int) -> None:
        with self._lock:
            self.steps[-1].total += more

    def advance(self, done: int = 1) -> None:
        with self._lock:
            self.steps[-1].done += done
            self.steps[-1].advances += 1

    def finish(self) -> None:
        self.finished = True

    def labels(self) -> list[str]:
        return [step.label for step in self.steps]
