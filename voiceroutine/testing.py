"""Tiny fakes in the real formats, for tests and benchmarks: a speech engine, a manual clock."""

from __future__ import annotations

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
