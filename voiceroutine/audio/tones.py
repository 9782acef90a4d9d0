"""Short, click-free tones made in code: countdown tick, go, rest, finish."""

from __future__ import annotations

from functools import cache

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.timeline.model import Tone

# (frequencies in Hz played one after another, length of each in ms)
_SHAPES: dict[Tone, tuple[tuple[float, ...], int]] = {
    Tone.TICK: ((880.0,), 120),
    Tone.GO: ((1320.0,), 200),
    Tone.REST: ((660.0, 440.0), 150),
    Tone.FINISH: ((523.25, 659.25, 783.99), 180),
}
FADE_MS = 8
LEVEL = 0.35


def tone_ms(tone: Tone) -> int:
    """Length of a tone in ms."""
    freqs, each = _SHAPES[tone]
    return len(freqs) * each


@cache
def tone_samples(tone: Tone) -> Samples:
    """The tone as int16 samples, each note with raised-cosine fades so it starts and ends without a click."""
    freqs, each_ms = _SHAPES[tone]
    n = each_ms * SAMPLE_RATE // 1000
    fade = FADE_MS * SAMPLE_RATE // 1000
    ramp = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, fade))
    envelope = np.ones(n)
    envelope[:fade] = ramp
    envelope[-fade:] = ramp[::-1]
    t = np.arange(n) / SAMPLE_RATE
    notes = [np.sin(2 * np.pi * f * t) * envelope for f in freqs]
    wave = np.concatenate(notes) * LEVEL * 32767
    result: Samples = wave.astype(np.int16)
    result.flags.writeable = False
    return result
