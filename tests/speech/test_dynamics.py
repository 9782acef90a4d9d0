"""Evening out a phrase: loud syllables come down slowly by a known amount; quiet ones, lengths and silence stay."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.speech.dynamics import BELOW_LOUDEST_DB, RATIO, even_out


def tone(ms: int, amplitude: float, hz: float = 150.0) -> Samples:
    t = np.arange(SAMPLE_RATE * ms // 1000) / SAMPLE_RATE
    return np.rint(amplitude * np.sin(2 * np.pi * hz * t)).astype(np.int16)


def gain_at(before: Samples, after: Samples, ms: int, hz: float = 150.0) -> float:
    """The gain over one period of the tone around `ms`."""
    at = SAMPLE_RATE * ms // 1000
    period = int(SAMPLE_RATE / hz)
    window = slice(at - period // 2, at + period // 2)
    return float(np.abs(after[window].astype(float)).max() / np.abs(before[window].astype(float)).max())


def syllables() -> Samples:
    """A loud syllable (0-500 ms), 300 ms of silence, a syllable 20 dB quieter (800-1300 ms)."""
    return np.concatenate([tone(500, 20000), np.zeros(SAMPLE_RATE * 300 // 1000, np.int16), tone(500, 2000)])


def test_the_loudest_syllable_comes_down_by_the_ratio_and_a_quiet_one_is_untouched() -> None:
    before = syllables()
    after = even_out(before)
    expected_db = BELOW_LOUDEST_DB * (1 - 1 / RATIO)  # the loudest is BELOW_LOUDEST_DB over the threshold: 6 dB
    assert 20 * np.log10(gain_at(before, after, 250)) == pytest.approx(-expected_db, abs=0.1)
    assert gain_at(before, after, 1050) == pytest.approx(1.0, abs=0.001)


def test_length_onsets_and_silence_are_unchanged() -> None:
    before = np.concatenate([np.zeros(500, np.int16), syllables(), np.zeros(700, np.int16)])
    after = even_out(before)
    assert len(after) == len(before)
    assert np.array_equal(np.flatnonzero(after), np.flatnonzero(before))
    assert len(even_out(np.zeros(0, np.int16))) == 0
    assert not even_out(np.zeros(1000, np.int16)).any()


def test_the_gain_moves_at_the_pace_of_syllables() -> None:
    before = np.concatenate([tone(400, 20000), tone(400, 2000)])  # loud straight into quiet at 400 ms
    after = even_out(before)
    times = range(300, 560, 2)
    gains = [gain_at(before, after, ms) for ms in times]
    rising = next(ms for ms, g in zip(times, gains, strict=True) if g > 0.55)
    risen = next(ms for ms, g in zip(times, gains, strict=True) if g > 0.95)
    assert gains[0] < 0.52 and gains[-1] == pytest.approx(1.0, abs=0.01)
    assert risen - rising >= 40  # over tens of milliseconds, not within a pitch period


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 32767), min_size=1, max_size=12),
    st.integers(0, 2**32 - 1),
)
def test_never_louder_anywhere(levels: list[int], seed: int) -> None:
    rng = np.random.default_rng(seed)
    envelope = np.repeat(np.array(levels, dtype=float), SAMPLE_RATE // 20)
    before = np.clip(np.rint(envelope * rng.uniform(-1, 1, len(envelope))), -32768, 32767).astype(np.int16)
    after = even_out(before)
    assert np.all(np.abs(after.astype(int)) <= np.abs(before.astype(int)))
    assert np.array_equal(np.sign(after[np.abs(after) > 0]), np.sign(before[np.abs(after) > 0]))
