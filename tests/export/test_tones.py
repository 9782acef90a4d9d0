"""Tones: distinct, short, click-free."""

from __future__ import annotations

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE
from voiceroutine.audio.tones import tone_ms, tone_samples
from voiceroutine.timeline.model import Tone


def _pitch(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(float)))
    return float(np.argmax(spectrum) * SAMPLE_RATE / len(samples))


def test_tones_are_short_and_distinct() -> None:
    made = {tone: tone_samples(tone) for tone in Tone}
    for tone, samples in made.items():
        assert 100 <= tone_ms(tone) <= 600
        assert abs(len(samples) - tone_ms(tone) * SAMPLE_RATE / 1000) <= len(Tone)
    signatures = {(len(s), round(_pitch(s) / 20)) for s in made.values()}
    assert len(signatures) == len(Tone)


def test_tones_start_and_end_without_a_click() -> None:
    for tone in Tone:
        samples = tone_samples(tone).astype(int)
        peak = np.abs(samples).max()
        assert peak > 5000
        assert abs(samples[0]) < peak * 0.01 and abs(samples[-1]) < peak * 0.01
        # no jump between neighbours bigger than the tone's own steepest slope allows
        assert np.abs(np.diff(samples)).max() < peak * 2 * np.pi * 1400 / SAMPLE_RATE
