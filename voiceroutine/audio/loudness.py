"""Loudness as ITU-R BS.1770 measures it (K-weighting, 400 ms blocks, gating) and a 4x true-peak estimate.

Vectorised with numpy; the K-weighting biquads run through `IIRFilter`, a block-parallel recursive filter,
so no compiled signal library is needed. Samples are int16-scaled (full scale 32768).

scipy's `sosfilt` filters a 5-second chunk in 0.6 ms against 3.4 ms here and agrees to 2e-9, but importing
`scipy.signal` costs 0.6 s of CPU and 79 MB (measured, scipy 1.18): more than it saves on less than about 18
minutes of filtered audio, and paid again by the first play, which levels its first clip before it speaks.
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


@cache
def _homogeneous(a: tuple[float, ...], length: int) -> Floats:
    """Responses (length x order) of the all-pole part to a unit value in each of its initial outputs."""
    order = len(a) - 1
    out = np.zeros((length + order, order))
    for i in range(order):
        out[order - 1 - i, i] = 1.0
    for n in range(order, length + order):
        out[n] = -sum(a[k] * out[n - k] for k in range(1, order + 1))
    out = out[order:]
    out.flags.writeable = False
    return out


class IIRFilter:
    """y[n] = sum b[k] x[n-k] - sum a[k] y[n-k], fed in consecutive pieces (state carries over).

    The recursion runs on many blocks side by side, each from a zero state; the true state at each block
    start is then propagated block to block and its decaying response added back (exact, linear).
    """

    def __init__(self, b: Floats, a: Floats) -> None:
        self.b = np.asarray(b, dtype=np.float64) / a[0]
        self.a = tuple(float(v) / float(a[0]) for v in a)
        self.order = len(self.a) - 1
        self.x_tail = np.zeros(len(self.b) - 1)
        self.y_state = np.zeros(self.order)
        """Last outputs, most recent first."""

    def __call__(self, x: npt.NDArray[np.generic]) -> Floats:
        n = len(x)
        if n == 0:
            return np.zeros(0)
        xx = np.concatenate([self.x_tail, np.asarray(x, dtype=np.float64)])
        taps = len(self.b)
        v = sum(self.b[k] * xx[taps - 1 - k : taps - 1 - k + n] for k in range(taps))
        self.x_tail = xx[len(xx) - (taps - 1) :] if taps > 1 else self.x_tail
        y = self._all_pole(np.asarray(v, dtype=np.float64))
        self.y_state = y[::-1][: self.order].copy() if n >= self.order else np.concatenate([y[::-1], self.y_state])[
            : self.order
        ]
        return y

    def _all_pole(self, v: Floats) -> Floats:
        n, order, a = len(v), self.order, self.a
        # blocks of about sqrt(n / 2): the recursion's steps (about 9 numpy calls each, over all blocks at once)
        # and the blocks' states (3 each) cost about the same; powers of two keep _homogeneous cached
        length = 1 << max(4, min(10, (math.isqrt(n) // 2).bit_length()))
        blocks = -(-n // length)
        padded = np.zeros(blocks * length)
        padded[:n] = v
        cols = padded.reshape(blocks, length).T.copy()
        w = np.zeros((length + order, blocks))
        for j in range(length):
            acc = cols[j]
            for k in range(1, order + 1):
                acc -= a[k] * w[order + j - k]
            w[order + j] = acc
        w = w[order:]
        h = _homogeneous(a, length)
        h_end, w_end = h[length - order :][::-1], w[length - order :][::-1]
        states = np.empty((order, blocks))
        s = self.y_state.copy()
        for block in range(blocks):
            states[:, block] = s
            s = w_end[:, block] + h_end @ s
        w += np.einsum("lo,ob->lb", h, states)  # einsum, not BLAS: BLAS threads spin and burn CPU on small products
        result: Floats = w.T.reshape(-1)[:n]
        return result


class KWeighting:
    """The K-weighting filter for a stream of samples, fed in consecutive pieces."""

    def __init__(self, rate: int = SAMPLE_RATE) -> None:
        (b1, a1), (b2, a2) = k_weighting(rate)
        self.cascade = IIRFilter(np.convolve(b1, b2), np.convolve(a1, a2))  # one 4th-order pass: half the work

    def __call__(self, x: npt.NDArray[np.generic]) -> Floats:
        return self.cascade(np.asarray(x, dtype=np.float64) / FULL_SCALE)


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
