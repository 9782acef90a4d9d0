"""Trimming, resampling and reading engine output (WAV and AIFF) into mono int16 at SAMPLE_RATE."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from voiceroutine.audio.format import SAMPLE_RATE
from voiceroutine.errors import SpeechError
from voiceroutine.speech.render import TRIM_MARGIN_MS, trim
from voiceroutine.speech.wavio import read_audio, read_wav, resample, wav_bytes
from voiceroutine.testing import FAKE_PAD_MS, FakeEngine


def tone(ms: int, rate: int = SAMPLE_RATE, freq: float = 440.0, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(ms * rate // 1000) / rate
    return (amplitude * 32767 * np.sin(2 * np.pi * freq * t)).astype(np.int16)


def silence(ms: int) -> np.ndarray:
    return np.zeros(ms * SAMPLE_RATE // 1000, dtype=np.int16)


def test_trim_cuts_padding_to_the_margin(edges_ms: Callable[[np.ndarray], tuple[float, float]]) -> None:
    raw = FakeEngine().synthesize("Hold for five seconds", 1.0)
    clip = trim(raw)
    lead, tail = edges_ms(clip)
    assert lead == pytest.approx(TRIM_MARGIN_MS, abs=3)
    assert tail == pytest.approx(TRIM_MARGIN_MS, abs=3)
    assert len(raw) - len(clip) == pytest.approx(2 * (FAKE_PAD_MS - TRIM_MARGIN_MS) * SAMPLE_RATE // 1000, abs=150)


def test_trim_ignores_low_noise_but_keeps_quiet_speech() -> None:
    rng = np.random.default_rng(1)
    noise = lambda ms: rng.integers(-20, 21, ms * SAMPLE_RATE // 1000).astype(np.int16)  # noqa: E731  -80 dB
    quiet_onset = tone(40, amplitude=0.02)  # -34 dB below a 0.5 peak: still speech
    raw = np.concatenate([noise(80), quiet_onset, tone(300), noise(120)])
    clip = trim(raw)
    margin = TRIM_MARGIN_MS * SAMPLE_RATE // 1000
    assert len(clip) == pytest.approx(len(quiet_onset) + len(tone(300)) + 2 * margin, abs=120)


def test_trim_of_silence_is_empty() -> None:
    assert len(trim(silence(500))) == 0
    assert len(trim(np.zeros(3, dtype=np.int16))) == 0


def test_trim_keeps_a_pause_inside_the_phrase() -> None:
    raw = np.concatenate([silence(100), tone(200), silence(400), tone(200), silence(100)])
    clip = trim(raw)
    assert len(clip) == pytest.approx((800 + 2 * TRIM_MARGIN_MS) * SAMPLE_RATE // 1000, abs=120)


@pytest.mark.parametrize("rate", [16000, 24000, 44100, 48000])
def test_resample_keeps_duration_and_pitch(rate: int) -> None:
    source = tone(1000, rate=rate, freq=440)
    out = resample(source, rate)
    assert len(out) == SAMPLE_RATE
    spectrum = np.abs(np.fft.rfft(out.astype(np.float64)))
    assert np.argmax(spectrum) * SAMPLE_RATE / len(out) == pytest.approx(440, abs=2)
    assert np.abs(out).max() == pytest.approx(0.5 * 32767, rel=0.03)


def test_resample_removes_what_the_target_rate_cannot_hold() -> None:
    high = tone(500, rate=48000, freq=18000)  # above the 11025 Hz Nyquist of the target
    middle = resample(high, 48000)[100:-100]  # the tone's abrupt ends are broadband: judge the steady part
    assert np.abs(middle).max() < 0.02 * 32767


def test_wav_round_trip_and_stereo_to_mono() -> None:
    clip = tone(100)
    samples, rate = read_wav(wav_bytes(clip))
    assert rate == SAMPLE_RATE
    assert np.array_equal(samples, clip)


def test_unreadable_output_names_the_engine() -> None:
    with pytest.raises(SpeechError, match=r"^system: the engine wrote an unreadable audio file"):
        read_audio(b"RIFF\x10\x00\x00\x00WAVEjunk", "system")


@pytest.mark.e2e
@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")
@pytest.mark.parametrize(("fmt", "codec", "channels"), [("aiff", "pcm_s16be", 1), ("wav", "pcm_s16le", 2)])
def test_reads_what_ffmpeg_writes(tmp_path: Path, fmt: str, codec: str, channels: int) -> None:
    """macOS voices write AIFF, some engines stereo or 44.1 kHz: all come back mono at SAMPLE_RATE."""
    source = tmp_path / "in.wav"
    source.write_bytes(wav_bytes(tone(500, freq=300)))
    out = tmp_path / f"out.{fmt}"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-i", source, "-ar", "44100", "-ac", str(channels), "-c:a", codec, out], check=True
    )
    samples = read_audio(out.read_bytes(), "test")
    assert len(samples) == pytest.approx(SAMPLE_RATE // 2, abs=2)
    # ffmpeg spreads mono over two channels at -3 dB each; averaging keeps that level
    expected = 0.5 * 32767 * (0.5**0.5 if channels == 2 else 1)
    assert np.abs(samples).max() == pytest.approx(expected, rel=0.05)
