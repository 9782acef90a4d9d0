"""The true peak of the file the listener gets: measured on the decoded output, kept at or below -1 dBTP.

Lossy encoders add overshoot to a track limited before encoding, by how much depends on codec and voice.
So every export decodes what it wrote and measures its true peak (4x oversampled, only where samples come
near the limit, so it costs a fraction of the encode). Where the file goes over, the track gets a short, smooth
dip at each spot that did (about a codec frame either side) and is encoded again; the dips are deepened until it
passes. The limiter's ceiling per format (`Format.ceiling_dbtp`) makes a second encode rare.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.audio.loudness import peaks_between
from voiceroutine.audio.master import NEAR
from voiceroutine.audio.mix import to_int16
from voiceroutine.audio.windows import centred_mean, centred_min
from voiceroutine.errors import ExportError

Floats = npt.NDArray[np.float64]

LIMIT_DBTP = -1.0
"""The promise: no file has a true peak above this."""
CHECK_DBTP = -1.2
"""What our 4x meter must read to pass: meters that oversample more read up to 0.2 dB higher on speech."""
WATCH_DBTP = -1.7
"""Spots above this are dipped once a file fails the check: the codec moves its peaks a little between encodes,
so spots just under the check would go over next time."""
AIM_DBTP = -2.0
"""Where a dipped spot is aimed, so one more encode usually passes."""
MAX_ENCODES = 4
DIP_REACH = 1024
"""Half-width of a dip's floor in track samples (46 ms, about one AAC or MP3 frame); it ramps over as long."""
_H = 12
"""Context each side that the interpolator needs (its half length in taps)."""


@dataclass(frozen=True, slots=True)
class PeakReading:
    """The true peak of a decoded file, and where it goes over the check."""

    peak: float
    """Linear true peak (full scale 1.0), the largest over all channels."""
    over: tuple[tuple[int, float], ...]
    """(track sample index, linear true peak) of each decoded sample whose peak is above WATCH_DBTP."""

    @property
    def peak_dbtp(self) -> float:
        return 20 * math.log10(self.peak) if self.peak > 0 else -math.inf


def read_peaks(decoded: Iterable[npt.NDArray[np.float32]], rate: int) -> PeakReading:
    """The true peak of a decoded stream (frames x channels), with the spots over WATCH_DBTP in track samples.

    Only samples within 4.4 dB of the limit, or of the loudest sample of their chunk, are oversampled.
    """
    watch = 10 ** (WATCH_DBTP / 20)
    peak = 0.0
    over: list[tuple[int, float]] = []
    tail: Floats | None = None  # the last 2 * _H frames: _H already measured (context), _H not yet
    base = 0  # stream index of buf[0]
    for chunk in decoded:
        if len(chunk) == 0:
            continue
        buf = np.asarray(chunk, dtype=np.float64) if tail is None else np.concatenate([tail, chunk])
        first = 0 if tail is None else _H
        peak = _measure(buf, first, len(buf) - _H, base, watch, peak, over)
        tail = buf[-2 * _H :]
        base += len(buf) - len(tail)
    if tail is not None:
        end = np.concatenate([tail, np.zeros((_H, tail.shape[1]))])
        peak = _measure(end, max(0, len(tail) - _H), len(tail), base, watch, peak, over)
    scale = SAMPLE_RATE / rate
    return PeakReading(peak, tuple((int(i * scale), p) for i, p in over))


def _measure(buf: Floats, start: int, stop: int, base: int, watch: float, peak: float,
             over: list[tuple[int, float]]) -> float:
    """Measure frames [start, stop) of `buf` (context around them); returns the new overall peak."""
    if stop <= start:
        return peak
    for channel in range(buf.shape[1]):
        x = buf[:, channel]
        core = np.abs(x[start:stop])
        loudest = float(core.max(initial=0.0))
        threshold = min(watch * NEAR, loudest * NEAR)
        near = core > threshold
        near[:-1] |= near[1:]
        idx = np.flatnonzero(near) + start
        if len(idx) == 0:
            peak = max(peak, loudest)
            continue
        tp = peaks_between(x, idx)
        peak = max(peak, float(tp.max()), loudest)
        hot = tp > watch
        over.extend(zip((idx[hot] + base).tolist(), tp[hot].tolist()))
    return peak


class Dips:
    """Smooth gain dips at given track samples, applied to the track in chunks; layers multiply."""

    def __init__(self) -> None:
        self.layers: list[tuple[npt.NDArray[np.int64], Floats]] = []
        self.overall = 1.0

    def __bool__(self) -> bool:
        return bool(self.layers) or self.overall != 1.0

    def deepen(self, reading: PeakReading) -> None:
        """Add a layer bringing each watched spot down to AIM_DBTP."""
        aim = 10 ** (AIM_DBTP / 20)
        need: dict[int, float] = {}
        for at, value in reading.over:
            need[at] = min(need.get(at, 1.0), aim / value)
        points = np.array(sorted(need), dtype=np.int64)
        self.layers.append((points, np.array([need[int(p)] for p in points])))

    def lower_all(self, reading: PeakReading) -> None:
        """Last resort: lower the whole track by what the loudest spot is over AIM_DBTP."""
        self.overall *= 10 ** (AIM_DBTP / 20) / reading.peak

    def gain(self, start: int, end: int) -> Floats:
        """The gain over track samples [start, end)."""
        reach = 2 * DIP_REACH + 1
        out = np.full(end - start, self.overall)
        for points, factors in self.layers:
            lo, hi = np.searchsorted(points, [start - reach, end + reach])
            if lo == hi:
                continue
            need = np.ones(end - start + 2 * reach)
            np.minimum.at(need, points[lo:hi] - (start - reach), factors[lo:hi])
            width = 2 * DIP_REACH + 1
            out *= centred_mean(centred_min(need, width), width, edge=1.0)[reach : reach + end - start]
        return out

    def apply(self, chunks: Iterable[Samples], start: int = 0) -> Iterator[Samples]:
        """`chunks` (from track sample `start`) with the dips applied."""
        at = start
        for chunk in chunks:
            if self:
                scaled = chunk * self.gain(at, at + len(chunk))
                chunk = to_int16(np.rint(scaled, out=scaled))
            at += len(chunk)
            yield chunk


def encode_within_peak(
    encode: Callable[[Iterable[Samples]], None],
    decode: Callable[[], Iterable[npt.NDArray[np.float32]]],
    rate: int,
    track: Callable[[int], Iterable[Samples]],
    shown_as: str,
    first: Callable[[Iterable[Samples]], PeakReading] | None = None,
) -> tuple[float, int]:
    """Encode `track(attempt)` and measure the decoded result until its true peak passes; (peak dBTP, encodes).

    `track(0)` is the first pass over the track, later calls must give the same samples again. `first`, when
    given, makes the first encode and reads its true peak as it is written (`Ffmpeg.decoded_as_written`): the
    same peak, not its places, so a file it fails is decoded again from the file for them.
    """
    dips = Dips()
    reading = PeakReading(0.0, ())
    for attempt in range(MAX_ENCODES):
        if attempt == 0 and first is not None:
            reading = first(track(0))
            if reading.peak_dbtp <= CHECK_DBTP:
                return reading.peak_dbtp, 1
        else:
            encode(dips.apply(track(attempt)))
        reading = read_peaks(decode(), rate)
        if reading.peak_dbtp <= CHECK_DBTP:
            return reading.peak_dbtp, attempt + 1
        if attempt < MAX_ENCODES - 2 and reading.over:
            dips.deepen(reading)
        else:
            dips.lower_all(reading)
    raise ExportError(f"cannot keep {shown_as} under {LIMIT_DBTP:g} dBTP: its true peak is still "
                      f"{reading.peak_dbtp:.1f} dBTP after {MAX_ENCODES} encodes")
