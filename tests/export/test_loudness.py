"""BS.1770 loudness, true peak and the mastering gain + limiter, checked against direct formulas and ffmpeg."""

from __future__ import annotations

import itertools
import math
import subprocess
from pathlib import Path

import numpy as np
import pytest

from tests.export.helpers import make_timeline, needs_ffmpeg
from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.audio.loudness import KWeighting, integrated_from_energies, k_weighting, measure, true_peak
from voiceroutine.audio.master import Programme, master, render
from voiceroutine.audio.mix import mix_timeline
from voiceroutine.timeline.model import Chapter, Cue, CueKind, Timeline


def _direct(b: np.ndarray, a: np.ndarray, x: np.ndarray) -> np.ndarray:
    y = np.zeros(len(x))
    for n in range(len(x)):
        y[n] = sum(b[k] * x[n - k] for k in range(3) if n >= k) - sum(a[k] * y[n - k] for k in (1, 2) if n >= k)
    return y


@pytest.mark.parametrize("pieces", [(3000,), (1, 2, 997, 2000), (1500, 1500), (70_000, 3, 500)])
def test_k_weighting_in_pieces_matches_the_two_biquads_recursion(pieces: tuple[int, ...]) -> None:
    """The FFT convolution (pieces longer than one FFT included) against BS.1770's biquads run sample by sample."""
    x = np.random.default_rng(7).standard_normal(sum(pieces)) * 10_000
    expected = x / 32768
    for b, a in k_weighting():
        expected = _direct(b, a, expected)
    weighting = KWeighting()
    edges = np.cumsum((0, *pieces))
    y = np.concatenate([weighting(x[lo:hi]) for lo, hi in itertools.pairwise(edges)])
    assert np.abs(y - expected).max() < 1e-12


def _speechlike(seconds: int, seed: int = 3) -> Samples:
    """Bursts of noisy harmonics with silences, sharp peaks included: hard on a limiter."""
    rng = np.random.default_rng(seed)
    t = np.arange(seconds * SAMPLE_RATE) / SAMPLE_RATE
    voice = sum(np.sin(2 * np.pi * f * t + rng.uniform(0, 6)) / k for k, f in enumerate((180, 360, 720, 2100), 1))
    gate = (np.sin(2 * np.pi * 0.4 * t) > -0.2).astype(float)
    x = (0.25 * voice + 0.05 * rng.standard_normal(len(t))) * gate
    x[rng.integers(0, len(x), 40)] = 0.99  # clicks at full scale
    return (x * 32767).clip(-32768, 32767).astype(np.int16)


def _ffmpeg_ebur128(samples: Samples, tmp_path: Path) -> tuple[float, float]:
    raw = tmp_path / "x.raw"
    samples.astype("<i2").tofile(raw)
    done = subprocess.run(["ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-f", "s16le", "-ar", str(SAMPLE_RATE),
                           "-ac", "1", "-i", str(raw), "-af", "ebur128=peak=true", "-f", "null", "-"],
                          capture_output=True, text=True, check=True)
    tail = done.stderr[done.stderr.rindex("Summary:") :].split()
    return float(tail[tail.index("I:") + 1]), float(tail[tail.index("Peak:") + 1])


@pytest.mark.e2e
@needs_ffmpeg
def test_k_weighting_skips_digital_silence_and_measures_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """A track has exact zeros between its cues: a window of them filters to exact zeros with no FFT (the same
    the FFT gives, up to its rounding), and the rest, and the loudness, are what the biquads give (to 1e-12, and
    1e-9 LU)."""
    rng = np.random.default_rng(3)
    burst, gap = 3000, 40_000  # a gap holds whole FFT windows (16,384 points, 4,095 of them history)
    x = np.concatenate([np.concatenate([rng.standard_normal(burst) * 8000, np.zeros(gap)]) for _ in range(3)])
    expected = x / 32768
    for b, a in k_weighting():
        expected = _direct(b, a, expected)
    KWeighting()(np.ones(30_000))  # the filter's own spectrum, made once: not counted below
    ffts: list[int] = []
    rfft = np.fft.rfft
    monkeypatch.setattr(np.fft, "rfft", lambda piece, size: ffts.append(size) or rfft(piece, size))
    weighting = KWeighting()
    y = np.concatenate([weighting(x[at : at + 30_000]) for at in range(0, len(x), 30_000)])
    monkeypatch.undo()
    assert np.abs(y - expected).max() < 1e-12
    quiet = np.convolve(x != 0, np.ones(4096))[: len(x)] == 0  # the last 4,096 inputs all zero
    assert (y[quiet] == 0).mean() > 0.5  # where an FFT ran, its rounding leaves almost no exact zero
    full = sum(-(-n // (16_384 - 4095)) for n in (30_000, 30_000, 30_000, 30_000, len(x) - 120_000))
    assert 0 < len(ffts) <= full - 3  # every gap spares a window at least
    energies = [np.square(v[: len(v) // 2205 * 2205]).reshape(-1, 2205).sum(axis=1) for v in (y, expected)]
    assert integrated_from_energies(energies[0]) == pytest.approx(integrated_from_energies(energies[1]), abs=1e-9)


def test_measure_agrees_with_ffmpeg_ebur128(tmp_path: Path) -> None:
    samples = _speechlike(12)
    ours = measure(samples)
    theirs = _ffmpeg_ebur128(samples, tmp_path)
    assert ours.integrated_lufs == pytest.approx(theirs[0], abs=0.15)
    assert ours.true_peak_dbtp == pytest.approx(theirs[1], abs=0.3)


def test_silence_and_a_known_sine() -> None:
    assert measure(np.zeros(SAMPLE_RATE * 3, dtype=np.int16)).integrated_lufs == -math.inf
    t = np.arange(SAMPLE_RATE * 5) / SAMPLE_RATE
    sine = (np.sin(2 * np.pi * 997 * t) * 0.5 * 32768).astype(np.int16)  # -6.02 dBFS peak
    result = measure(sine)
    # BS.1770: a 997 Hz sine at full scale reads -3.01 LUFS; the K filter adds about +0.69 dB there
    assert result.integrated_lufs == pytest.approx(-6.02 - 3.01 + 0.0, abs=0.1)
    assert result.true_peak_dbtp == pytest.approx(-6.02, abs=0.05)


def test_true_peak_sees_between_samples() -> None:
    n = np.arange(2000)
    quarter_rate = np.sin(np.pi / 2 * n + np.pi / 4) * 0.5 * 32768  # samples all at 0.354, the wave peaks at 0.5
    assert 20 * np.log10(np.abs(quarter_rate).max() / 32768) == pytest.approx(-9.03, abs=0.02)
    ramp = np.linspace(0, 1, 400)
    quarter_rate[:400] *= ramp  # faded ends: an abrupt start would overshoot for real
    quarter_rate[-400:] *= ramp[::-1]
    assert true_peak(quarter_rate.astype(np.int16)) == pytest.approx(-6.02, abs=0.05)


def test_master_reaches_minus_16_with_peaks_limited() -> None:
    timeline, _ = make_timeline(exercises=("A", "B"), exercise_ms=6000)
    loud = {text: _speechlike(2, seed=len(text)) for text in ("A", "B", "Relax")}
    programme = Programme(timeline, loud)
    mastering = master(programme, -16.0, -2.0)
    plain = mix_timeline(timeline, loud).astype(float) * mastering.gain
    assert np.abs(plain).max() > 32768 * 10 ** (-2 / 20), "this signal needs limiting"
    out = np.concatenate(list(render(programme, mastering, chunk=5000)))
    result = measure(out)
    assert result.integrated_lufs == pytest.approx(-16.0, abs=0.1)
    assert mastering.loudness_lufs == pytest.approx(result.integrated_lufs, abs=0.05)
    assert result.true_peak_dbtp <= -1.95
    # away from the peaks the track is the plain mix times one gain
    same = np.abs(out - np.clip(np.rint(plain), -32768, 32767)) <= 1
    assert same.mean() > 0.8  # this test signal peaks on purpose in many places
    # rendering in other chunks, or one stretch on its own (as --split does), gives the same samples
    assert np.array_equal(np.concatenate(list(render(programme, mastering, chunk=2205 * 7))), out)
    assert np.array_equal(np.concatenate(list(render(programme, mastering, 3000, 40000, chunk=4096))), out[3000:40000])


def test_quiet_track_is_raised_without_limiting() -> None:
    timeline, clips = make_timeline(exercises=("A",))
    quiet = {k: (v // 20).astype(np.int16) for k, v in clips.items()}
    programme = Programme(timeline, quiet)
    mastering = master(programme)
    assert mastering.peak_dbtp < -8  # far under the ceiling: nothing was limited
    assert measure(np.concatenate(list(render(programme, mastering)))).integrated_lufs == pytest.approx(-16, abs=0.05)


def test_levelling_a_long_routine_holds_a_few_chunks_not_its_speech() -> None:
    """Ten minutes of distinct phrases (one a second, 8.5 minutes of speech): measuring and limiting them keeps a few
    5-second chunks in memory, not the K-weighted speech (about 90 MB as one float64 stream)."""
    import tracemalloc

    rng = np.random.default_rng(7)
    cues, clips = [], {}
    for n in range(600):
        text = f"phrase {n}"
        clips[text] = (rng.standard_normal(SAMPLE_RATE * 85 // 100) * 6000).astype(np.int16)
        cues.append(Cue(n * 1000, n * 1000 + 850, CueKind.SPEECH, text, "count"))
    timeline = Timeline("Long", tuple(cues), (), (Chapter("Long", 0, 600_000),), (), 600_000)
    tracemalloc.start()
    try:
        mastering = master(Programme(timeline, clips), -16.0, -2.0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert mastering.loudness_lufs == pytest.approx(-16.0, abs=0.15)
    assert peak < 12 * 2**20, f"levelling held {peak / 2**20:.0f} MB"


def _song() -> Samples:
    rng = np.random.default_rng(3)
    song = np.sin(np.arange(SAMPLE_RATE * 3) * 0.05) * 9000 + rng.standard_normal(SAMPLE_RATE * 3) * 2000
    return song.astype(np.int16)


def _fed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many samples each K-weighting call is given, from here on."""
    from voiceroutine.audio.loudness import KWeighting

    fed: list[int] = []
    call = KWeighting.__call__

    def counting(self: KWeighting, x: np.ndarray) -> np.ndarray:
        fed.append(len(x))
        return call(self, x)

    monkeypatch.setattr(KWeighting, "__call__", counting)
    return fed


def test_music_is_measured_without_filtering_the_mix(monkeypatch: pytest.MonkeyPatch) -> None:
    """with_music's energies (the speech's, plus the bed's at the level it gets) give the loudness K-weighting the
    finished mix gives, to 0.005 LU, and the bed sits 8 LU under the speech; the filter is given the speech where
    it sounds and the song, never the two-minute mix."""
    from voiceroutine.audio.master import track_energies, with_music
    from voiceroutine.audio.music import BED_BELOW_SPEECH_LU

    timeline, clips = make_timeline(exercise_ms=7000)
    speech_lufs = integrated_from_energies(track_energies(Programme(timeline, clips)))
    song = _song()
    fed = _fed(monkeypatch)
    programme = with_music(Programme(timeline, clips), timeline, song, chunk=2205 * 7)
    assert sum(fed) < 2 * len(song) + programme.length // 2  # the loop twice (loudness, energies), half the speech
    assert programme.energies is not None
    measured = programme.energies
    programme.energies = None
    filtered = track_energies(programme)
    assert len(measured) == len(filtered)
    assert integrated_from_energies(measured) == pytest.approx(integrated_from_energies(filtered), abs=0.005)
    for gain in (2.0, 4.0):  # as the limiter passes scale them
        assert integrated_from_energies(measured * gain**2) == pytest.approx(
            integrated_from_energies(filtered * gain**2), abs=0.005)
    assert programme.music is not None
    bed = 20 * np.log10(programme.music.level) + programme.music.music_lufs
    assert bed == pytest.approx(speech_lufs - BED_BELOW_SPEECH_LU, abs=1e-9)


def test_the_speech_is_filtered_only_where_it_sounds(monkeypatch: pytest.MonkeyPatch) -> None:
    """The speech's K-weighted energies with the silences left out of the filter are those of filtering the
    whole track (the filter has rung out 186 ms after the last sound), in chunks of any size."""
    from voiceroutine.audio.master import speech_energies, track_energies

    timeline, clips = make_timeline(exercise_ms=7000)
    whole = track_energies(Programme(timeline, clips))
    fed = _fed(monkeypatch)
    for chunk in (2205 * 7, 2205 * 50):
        fed.clear()
        skipping = speech_energies(Programme(timeline, clips), chunk)
        np.testing.assert_allclose(skipping, whole, rtol=1e-9, atol=1e-8)
        assert 0 < sum(fed) < len(whole) * 2205 // 2


def test_the_bed_is_measured_from_one_loop_of_it() -> None:
    """The ducked, faded bed's energies, from one loop of the song and the gain's mean square per sub-block, are
    those of K-weighting the bed over the whole track wherever the gain holds still (most sub-blocks, to 1e-9),
    and within 0.1 % in all, across the loop's seams."""
    from voiceroutine.audio.loudness import KWeighting, subblock_energies
    from voiceroutine.audio.music import MusicBed

    timeline, _ = make_timeline(exercise_ms=7000)
    bed = MusicBed(_song(), timeline)
    count = bed.length // 2205
    weighting = KWeighting()
    filtered = np.concatenate([subblock_energies(weighting(bed.unit_samples(at, min(bed.length, at + 2205 * 10))))
                               for at in range(0, bed.length, 2205 * 10)])[:count]
    measured = bed.unit_energies(count, chunk=2205 * 4)
    off = np.abs(measured - filtered) / filtered
    assert np.median(off) < 1e-9 and (off < 1e-6).mean() > 0.6
    assert measured.sum() == pytest.approx(filtered.sum(), rel=1e-3)
    assert integrated_from_energies(measured) == pytest.approx(integrated_from_energies(filtered), abs=0.005)


def test_heavy_limiting_reaches_the_target_in_two_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first limiter pass estimates how much louder more gain makes the limited track (the share of the
    measured energy the limiter leaves alone), so the second gain lands on the target: two passes over the
    track where a fixed guess of the slope took three."""
    from voiceroutine.audio import master as mastering_module

    passes: list[float] = []
    limited_pass = mastering_module._limited_pass

    def counted(*args: object, **kwargs: object) -> tuple[float, float, float]:
        result = limited_pass(*args, **kwargs)  # type: ignore[arg-type]
        passes.append(result[0])
        return result

    monkeypatch.setattr(mastering_module, "_limited_pass", counted)
    timeline, _ = make_timeline(exercises=("A", "B"), exercise_ms=6000)
    loud = {text: _speechlike(2, seed=len(text)) for text in ("A", "B", "Relax")}
    programme = Programme(timeline, loud)
    mastering = master(programme, -12.0, -2.0)
    assert len(passes) == 2 and passes[0] < -12.5, passes  # the first pass falls half an LU short
    result = measure(np.concatenate(list(render(programme, mastering))))
    assert result.integrated_lufs == pytest.approx(-12.0, abs=0.15)
    assert mastering.loudness_lufs == pytest.approx(result.integrated_lufs, abs=0.05)
    assert result.true_peak_dbtp <= -1.95


def test_gated_share_counts_only_the_blocks_loudness_averages() -> None:
    from voiceroutine.audio.loudness import SUBBLOCK, gated_share

    loud = np.full(40, 1e-2 * SUBBLOCK)  # -20.7 LUFS blocks
    quiet = np.full(40, 1e-5 * SUBBLOCK)  # 30 LU lower: under the relative gate
    energies = np.concatenate([loud, quiet])
    assert gated_share(energies, energies) == pytest.approx(1.0)
    assert gated_share(energies, energies / 4) == pytest.approx(0.25)
    assert gated_share(energies, np.concatenate([np.zeros(40), quiet])) < 1e-4  # only where blocks straddle
    assert gated_share(np.zeros(40), np.zeros(40)) == 1.0  # nothing passes the gates


def test_the_limiter_passes_give_the_same_levelling_on_one_thread_or_two(monkeypatch: pytest.MonkeyPatch) -> None:
    from voiceroutine.audio import master as mastering_module

    timeline, _ = make_timeline(exercises=("A", "B", "C"), exercise_ms=6000)
    loud = {text: _speechlike(2, seed=len(text)) for text in ("A", "B", "C", "Relax")}
    levelled = []
    for threads in (1, 2):
        monkeypatch.setattr(mastering_module, "_THREADS", threads)
        levelled.append(master(Programme(timeline, loud), -14.0, -2.0))
    assert levelled[0] == levelled[1]


def test_a_long_track_is_probed_then_meets_the_target_in_one_full_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long track's first limiter pass is a probe over one chunk in eight: the loss it finds at the first gain
    moves the gain, and the one full pass after it meets the target, where two full passes did; the track still
    measures the target, read back from the rendered samples."""
    from voiceroutine.audio import master as mastering_module

    passes: list[bool] = []
    limited_pass = mastering_module._limited_pass

    def counted(*args: object, probe: bool = False, **kwargs: object) -> tuple[float, float, float]:
        passes.append(probe)
        return limited_pass(*args, probe=probe, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(mastering_module, "_limited_pass", counted)
    names = tuple(f"Exercise {n}" for n in range(40))
    timeline, _ = make_timeline(exercises=names, exercise_ms=6000)  # 4 minutes: 48 chunks
    loud = {text: _speechlike(2, seed=n) for n, text in enumerate((*names, "Relax"))}
    programme = Programme(timeline, loud)
    mastering = master(programme, -12.0, -2.0)
    assert passes == [True, False]
    result = measure(np.concatenate(list(render(programme, mastering))))
    assert result.integrated_lufs == pytest.approx(-12.0, abs=0.15)
    # the passes scale K-weighted energies by the limiter's plain ones: about 0.05 LU off on full-scale clicks
    assert mastering.loudness_lufs == pytest.approx(result.integrated_lufs, abs=0.1)
    assert result.true_peak_dbtp <= -1.95

    passes.clear()
    monkeypatch.setattr(mastering_module, "PROBE_MIN_CHUNKS", 10**9)  # not probed: the first full pass falls short
    unprobed = master(Programme(timeline, loud), -12.0, -2.0)
    assert passes == [False, False]
    assert unprobed.loudness_lufs == pytest.approx(-12.0, abs=0.15)
