"""Loudness as ITU-R BS.1770 measures it (K-weighting, 400 ms blocks, gating) and a 4x true-peak estimate.

Vectorised with numpy; the K-weighting is applied as its impulse response by FFT convolution (`KWeighting`),
so no compiled signal library is needed. Samples are int16-scaled (full scale 32768).

scipy's `sosfilt` would filter a 5-second chunk in about 0.6 ms, but importing `scipy.signal` costs 0.6 s of CPU
and 79 MB (measured, scipy 1.18): more than it saves on an export's audio, and paid again by the first play,
which levels its first clip before it speaks.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from voiceroutine.audio.format import SAMPLE_RATE

Floats = npt.NDArray[np.float64]

SUBBLOCK = SAMPLE_RATE // 10
"""100 ms: a quarter of a 400 ms gating block; blocks overlap by 75 %, so they step by one sub-block."""
FULL_SCALE = 32768.0
ABSOLUTE_GATE = -70.0
RELATIVE_GATE = -10.0
OVERSAMPLE = 4
_HALF_TAPS = 12


def k_weighting(rate: int = SAMPLE_RATE) -> tuple[tuple[Floats, Floats], tuple[Floats, Floats]]:
    """The two K-weighting biquads (high shelf, then high pass) as (b, a) pairs for `rate` (libebur128's design)."""
    k = math.tan(math.pi * 1681.974450955533 / rate)
    q = 0.7071752369554196
    vh = 10 ** (3.999843853973347 / 20)
    vb = vh**0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf_b = np.array([(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0])
    shelf_a = np.array([1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0])
    k = math.tan(math.pi * 38.13547087602444 / rate)
    q = 0.5003270373238773
    a0 = 1 + k / q + k * k
    pass_b = np.array([1.0, -2.0, 1.0])
    pass_a = np.array([1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0])
    return (shelf_b, shelf_a), (pass_b, pass_a)


FIR_TAPS = 4096
"""Length of the K-weighting's impulse response as it is applied: past it the response is below 1e-20 of its
peak at 22.05 kHz (the 38 Hz high pass decays by about 1.1 % a sample), far under float64's rounding."""


@cache
def _impulse_response(rate: int) -> Floats:
    """The first FIR_TAPS samples of the K-weighting's response to a unit impulse: its two biquads in turn, by
    their recursion (in Python floats: 8,192 steps, a few milliseconds once per process)."""
    response = [1.0] + [0.0] * (FIR_TAPS - 1)
    for b, a in k_weighting(rate):
        response = _biquad([float(v) for v in b], [float(v) for v in a], response)
    out = np.array(response)
    out.flags.writeable = False
    return out


def _biquad(b: list[float], a: list[float], x: list[float]) -> list[float]:
    """y[n] = b0 x[n] + b1 x[n-1] + b2 x[n-2] - a1 y[n-1] - a2 y[n-2], from a zero state (a0 is 1)."""
    y: list[float] = []
    x1 = x2 = y1 = y2 = 0.0
    for value in x:
        out = b[0] * value + b[1] * x1 + b[2] * x2 - a[1] * y1 - a[2] * y2
        y.append(out)
        x2, x1, y2, y1 = x1, value, y1, out
    return y


@cache
def _spectrum(rate: int, size: int) -> npt.NDArray[np.complex128]:
    spectrum = np.fft.rfft(_impulse_response(rate), size)
    spectrum.flags.writeable = False
    return spectrum


class KWeighting:
    """The K-weighting filter (BS.1770's two biquads) for a stream of samples, fed in consecutive pieces.

    Applied as its impulse response (FIR_TAPS long, exact to float64's rounding) by FFT convolution, overlap-save,
    with the last FIR_TAPS - 1 inputs carried to the next piece. numpy's FFT does in C what a recursive filter
    does a sample at a time: a 10-minute track K-weighted in 0.26 s of CPU against 0.69 s for the block-parallel
    recursion this replaced (in 6-second chunks; 3.7 times faster in 100 ms pieces), with FFTs of 16,384 points
    (faster here than 32,768 or 65,536). A window whose inputs are all exact zeros (the silence between cues: 40 %
    of the windows of the built-in routine's track) gives exact zeros without an FFT. No scipy: importing
    `scipy.signal` costs 0.6 s of CPU and 79 MB (measured, scipy 1.18), which the first play would pay before it
    speaks.
    """

    def __init__(self, rate: int = SAMPLE_RATE) -> None:
        self.rate = rate
        self._tail = np.zeros(FIR_TAPS - 1)
        """The last FIR_TAPS - 1 inputs (full scale 1.0), zeros before the first."""

    def __call__(self, x: npt.NDArray[np.generic]) -> Floats:
        n = len(x)
        if n == 0:
            return np.zeros(0)
        xx = np.concatenate([self._tail, np.asarray(x, dtype=np.float64) / FULL_SCALE])
        overlap = FIR_TAPS - 1
        size = 1 << min(14, (n + overlap - 1).bit_length())  # one FFT for a short piece; 16,384 points at most
        step = size - overlap
        spectrum = _spectrum(self.rate, size)
        out = np.empty(n)
        for at in range(0, n, step):
            count = min(step, n - at)
            piece = xx[at : at + count + overlap]
            if not piece.any():  # exact digital silence (between cues) filters to exact zeros: no FFT needed
                out[at : at + count] = 0.0
                continue
            y = np.fft.irfft(np.fft.rfft(piece, size) * spectrum, size)
            out[at : at + count] = y[overlap : overlap + count]
        self._tail = xx[len(xx) - overlap :]
        return out


def k_weighted(samples: npt.NDArray[np.generic], tail: int = 0) -> Floats:
    """K-weighted copy of a whole clip (full scale 1.0), followed by `tail` samples of its ringing out."""
    return KWeighting()(np.concatenate([np.asarray(samples, dtype=np.float64), np.zeros(tail)]))


def subblock_energies(weighted: Floats) -> Floats:
    """Sum of squares per complete 100 ms sub-block of K-weighted samples."""
    count = len(weighted) // SUBBLOCK
    result: Floats = np.square(weighted[: count * SUBBLOCK]).reshape(count, SUBBLOCK).sum(axis=1)
    return result


def integrated_from_energies(energies: Floats) -> float:
    """Gated integrated loudness (LUFS) from sub-block energies; -inf when everything is below the absolute gate."""
    if len(energies) < 4:
        return -math.inf
    blocks = (energies[:-3] + energies[1:-2] + energies[2:-1] + energies[3:]) / (4 * SUBBLOCK)
    with np.errstate(divide="ignore"):
        levels = -0.691 + 10 * np.log10(blocks)
    loud = levels > ABSOLUTE_GATE
    if not loud.any():
        return -math.inf
    relative = -0.691 + 10 * math.log10(float(blocks[loud].mean())) + RELATIVE_GATE
    kept = loud & (levels > relative)
    return -0.691 + 10 * math.log10(float(blocks[kept].mean()))


def gated_share(energies: Floats, part: Floats) -> float:
    """The share `part` has of the energy that integrated loudness averages (the blocks both gates keep);
    `part` is a piece of `energies`, sub-block by sub-block. 1.0 when nothing passes the gates."""
    if len(energies) < 4:
        return 1.0
    blocks = energies[:-3] + energies[1:-2] + energies[2:-1] + energies[3:]
    pieces = part[:-3] + part[1:-2] + part[2:-1] + part[3:]
    with np.errstate(divide="ignore"):
        levels = -0.691 + 10 * np.log10(blocks / (4 * SUBBLOCK))
    loud = levels > ABSOLUTE_GATE
    if not loud.any():
        return 1.0
    relative = -0.691 + 10 * math.log10(float(blocks[loud].mean()) / (4 * SUBBLOCK)) + RELATIVE_GATE
    kept = loud & (levels > relative)
    return float(pieces[kept].sum() / blocks[kept].sum())


@cache
def _phases() -> Floats:
    """Interpolation taps: row r weighs sample n - (_HALF_TAPS - 1) + r, column k - 1 gives the value at n + k/4."""
    offsets = np.arange(-_HALF_TAPS + 1, _HALF_TAPS + 1)
    fractions = np.arange(1, OVERSAMPLE) / OVERSAMPLE
    t = fractions[None, :] - offsets[:, None]
    window = np.i0(8.0 * np.sqrt(np.clip(1 - (t / _HALF_TAPS) ** 2, 0, 1))) / np.i0(8.0)
    taps: Floats = np.sinc(t) * window
    taps.flags.writeable = False
    return taps


def peaks_between(samples: Floats, indices: npt.NDArray[np.intp]) -> Floats:
    """Largest |value| of the 4x-oversampled signal in [n, n + 1) for each index n (context outside = silence)."""
    if len(indices) == 0:
        return np.zeros(0)
    padded = np.concatenate([np.zeros(_HALF_TAPS), samples, np.zeros(_HALF_TAPS)])
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * _HALF_TAPS)
    around = windows[indices + 1]
    between = np.abs(np.einsum("mt,tk->mk", around, _phases())).max(axis=1)
    result: Floats = np.maximum(between, np.abs(samples[indices]))
    return result


def true_peak(samples: npt.NDArray[np.generic]) -> float:
    """True peak in dBTP (4x oversampling); -inf for silence."""
    x = np.asarray(samples, dtype=np.float64) / FULL_SCALE
    if len(x) == 0:
        return -math.inf
    peak = float(peaks_between(x, np.arange(len(x))).max()) if len(x) < 1 << 16 else _chunked_peak(x)
    return 20 * math.log10(peak) if peak > 0 else -math.inf


def _chunked_peak(x: Floats) -> float:
    step, best = 1 << 16, 0.0
    for start in range(0, len(x), step):
        lo, hi = max(0, start - _HALF_TAPS), min(len(x), start + step + _HALF_TAPS)
        part = x[lo:hi]
        idx = np.arange(start - lo, min(step, len(x) - start) + start - lo)
        best = max(best, float(peaks_between(part, idx).max()))
    return best


@dataclass(frozen=True, slots=True)
class Loudness:
    """Integrated loudness and true peak of a track."""

    integrated_lufs: float
    true_peak_dbtp: float


def measure(samples: npt.NDArray[np.generic]) -> Loudness:
    """Integrated loudness and true peak of a whole int16-scaled track."""
    return Loudness(integrated_from_energies(subblock_energies(KWeighting()(samples))), true_peak(samples))


def energies_of_chunks(weighted_chunks: Iterable[Floats]) -> Floats:
    """Sub-block energies of a K-weighted stream given in chunks of whole sub-blocks (the last may be ragged)."""
    return np.concatenate([subblock_energies(chunk) for chunk in weighted_chunks] or [np.zeros(0)])
