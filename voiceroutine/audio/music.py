"""A background music bed: decoded by ffmpeg, looped or trimmed to the routine, lowered under speech, faded out.

Ducking uses the known speech cue times (a gain envelope with short ramps), so no sidechain analysis is needed.
"""

from __future__ import annotations

import bisect
import math
import subprocess
from pathlib import Path

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples, ms_to_samples
from voiceroutine.audio.loudness import SUBBLOCK, Floats, KWeighting, integrated_from_energies, subblock_energies
from voiceroutine.errors import EXIT_USAGE, AudioError
from voiceroutine.ffmpeg import ffmpeg_program
from voiceroutine.timeline.model import CueKind, Timeline

DUCK_DB = -12.0
"""How much the music drops while the voice speaks."""
RAMP_MS = 50
BED_BELOW_SPEECH_LU = 8.0
"""Music level between cues, below the speech's loudness."""
FADE_OUT_MS = 5000
MAX_BED_MS = 10 * 60_000
"""At most this much of the music is decoded; a longer routine loops it (keeps memory flat)."""
SEAM_FADE_MS = 15
"""Fades at the ends of the decoded music, so a loop seam does not click."""


def decode(path: Path, max_ms: int, ffmpeg: str | None = None) -> Samples:
    """Any file ffmpeg reads, as mono int16 at SAMPLE_RATE, at most `max_ms` long; AudioError if it cannot be read.

    `ffmpeg` names the program; by default the one voiceroutine/ffmpeg.py finds."""
    if not path.is_file():
        raise AudioError(f"music file not found: {path}", exit_code=EXIT_USAGE)
    binary = ffmpeg_program(ffmpeg)
    seconds = f"{max(max_ms, 1) / 1000:.3f}"
    command = [binary, "-nostdin", "-hide_banner", "-loglevel", "error", "-i", str(path), "-t", seconds,
               "-map", "0:a:0", "-f", "s16le", "-ac", "1", "-ar", str(SAMPLE_RATE), "pipe:1"]
    try:
        done = subprocess.run(command, capture_output=True, check=False)
    except OSError as e:
        raise AudioError(f"cannot run ffmpeg to read {path}: {e.strerror}") from None
    if done.returncode != 0:
        reason = _last_line(done.stderr) or f"ffmpeg exit code {done.returncode}"
        raise AudioError(f"cannot read music file {path}: {reason}", exit_code=EXIT_USAGE)
    samples = np.frombuffer(done.stdout, dtype="<i2").astype(np.int16)
    if len(samples) < SAMPLE_RATE // 10:
        raise AudioError(f"music file {path} has no usable audio (under 0.1 s)", exit_code=EXIT_USAGE)
    return samples


def _last_line(stderr: bytes) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def speech_spans(timeline: Timeline) -> list[tuple[int, int]]:
    """Sample ranges where the voice speaks, merged when closer than two ramps."""
    gap = 2 * ms_to_samples(RAMP_MS)
    spans: list[tuple[int, int]] = []
    for cue in timeline.cues:
        if cue.kind is not CueKind.SPEECH:
            continue
        start, end = ms_to_samples(cue.start_ms), ms_to_samples(cue.end_ms)
        if spans and start - spans[-1][1] <= gap:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _loudness(samples: Samples, chunk: int = 2205 * 50) -> float:
    """Integrated loudness measured in chunks, so a long song never becomes one big float array."""
    weighting = KWeighting()
    energies = [subblock_energies(weighting(samples[at : at + chunk])) for at in range(0, len(samples), chunk)]
    return integrated_from_energies(np.concatenate(energies or [np.zeros(0)]))


def bed_level_db(music_lufs: float, speech_lufs: float) -> float:
    """The gain (dB) that puts music measuring `music_lufs` BED_BELOW_SPEECH_LU under speech measuring `speech_lufs`."""
    if math.isinf(music_lufs):
        return 0.0
    if math.isinf(speech_lufs):
        return -20.0 - music_lufs
    return speech_lufs - BED_BELOW_SPEECH_LU - music_lufs


class MusicBed:
    """The music as it sounds under the routine: looped, levelled, ducked and faded; any stretch on demand.

    Without `speech_lufs` the bed is at unit level until `level_under` sets it (so the speech can be measured in
    the same pass as the bed, `audio/master.py` `with_music`)."""

    def __init__(self, source: Samples, timeline: Timeline, speech_lufs: float | None = None) -> None:
        self.length = ms_to_samples(timeline.total_ms)
        seam = min(ms_to_samples(SEAM_FADE_MS), len(source) // 4)
        ramp = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, seam))
        bed = source.copy()  # kept as int16: a long bed in floats would cost four times the memory
        bed[:seam] = np.rint(bed[:seam] * ramp).astype(np.int16)
        bed[len(bed) - seam :] = np.rint(bed[len(bed) - seam :] * ramp[::-1]).astype(np.int16)
        self.source = bed
        self.music_lufs = _loudness(source)
        self.source_peak = float(max(int(bed.max(initial=0)), -int(bed.min(initial=0))))
        self.level = 1.0
        self.peak = self.source_peak
        """Largest |sample| the bed can have (int16 scale)."""
        if speech_lufs is not None:
            self.level_under(speech_lufs)
        self.spans = speech_spans(timeline)
        self.span_starts = [start for start, _ in self.spans]
        self.ramp = ms_to_samples(RAMP_MS)
        self.fade = min(ms_to_samples(FADE_OUT_MS), self.length // 4)
        self.duck = 10 ** (DUCK_DB / 20)

    def level_under(self, speech_lufs: float) -> None:
        """Set the bed's level BED_BELOW_SPEECH_LU under speech measuring `speech_lufs`."""
        self.level = 10 ** (bed_level_db(self.music_lufs, speech_lufs) / 20)
        self.peak = self.source_peak * self.level

    def gain(self, start: int, end: int) -> Floats:
        """Ducking and fade gain over [start, end); each duck is worked out only where it reaches."""
        gain = np.ones(max(0, end - start))
        first = max(0, bisect.bisect_left(self.span_starts, start - self.ramp) - 1)
        last = bisect.bisect_right(self.span_starts, end + self.ramp)
        for lo, hi in self.spans[first:last]:
            a, b = max(start, lo - self.ramp), min(end, hi + self.ramp)
            if a >= b:
                continue
            positions = np.arange(a, b, dtype=np.float64)
            shape = np.interp(positions, [lo - self.ramp, lo, hi, hi + self.ramp], [1.0, self.duck, self.duck, 1.0])
            np.minimum(gain[a - start : b - start], shape, out=gain[a - start : b - start])
        if self.fade > 0 and end > self.length - self.fade:
            a = max(start, self.length - self.fade)
            positions = np.arange(a, end, dtype=np.float64)
            gain[a - start :] *= np.clip((self.length - positions) / self.fade, 0.0, 1.0)
        return gain

    def unit_energies(self, count: int, chunk: int = 2205 * 50) -> Floats:
        """Sub-block energies of the K-weighted bed at unit level over the track's first `count` sub-blocks,
        without filtering the track: the loop is K-weighted once (its length, at most MAX_BED_MS, not the
        routine's), each sub-block takes its stretch of the loop's energy (by running sums, across a seam too)
        and is scaled by the mean square of the ducking and fade gain over it.

        Exact where the gain holds still over a sub-block and the filter's memory (about 4 ms) before it; in a
        50 ms ramp the gain's product with the filter is taken as the gain times the filtered loop, and the loop
        as filtered from silence each time round. On the 2-hour benchmark routine the energies are 0.05 % off
        sub-block by sub-block and the integrated loudness 0.0002 LU (tests/export/test_loudness.py)."""
        size = len(self.source)
        edges = np.arange(count + 1, dtype=np.int64) * SUBBLOCK
        phases = edges % size
        wanted = np.unique(np.append(phases, size))
        running = np.empty(len(wanted))  # the loop's K-weighted energy from its start up to each wanted phase
        weighting, total = KWeighting(), 0.0
        for at in range(0, size, chunk):
            piece = weighting(self.source[at : at + chunk])
            sums = np.concatenate([[0.0], np.cumsum(np.square(piece))])
            sums += total
            lo, hi = int(np.searchsorted(wanted, at)), int(np.searchsorted(wanted, at + len(piece), side="right"))
            running[lo:hi] = sums[wanted[lo:hi] - at]
            total = float(sums[-1])
        at_edges = running[np.searchsorted(wanted, phases)]
        laps = edges // size
        loop = (laps[1:] - laps[:-1]) * total + at_edges[1:] - at_edges[:-1]
        squares = np.empty(count)
        step = max(SUBBLOCK, chunk - chunk % SUBBLOCK)
        for start in range(0, count * SUBBLOCK, step):
            end = min(count * SUBBLOCK, start + step)
            gain = self.gain(start, end)
            squares[start // SUBBLOCK : end // SUBBLOCK] = np.square(gain).reshape(-1, SUBBLOCK).mean(axis=1)
        result: Floats = loop * squares
        return result

    def samples(self, start: int, end: int) -> Floats:
        """The bed over [start, end), silence outside the routine."""
        out = self.unit_samples(start, end)
        if self.level != 1.0:
            out *= self.level
        return out

    def unit_samples(self, start: int, end: int) -> Floats:
        """The bed over [start, end) at unit level (ducked and faded), silence outside the routine."""
        lo, hi = max(0, start), min(self.length, end)
        out = np.zeros(max(0, end - start))
        if lo >= hi:
            return out
        size = len(self.source)
        at = lo
        while at < hi:  # the loop's pieces as slices: no index array
            offset = at % size
            count = min(hi - at, size - offset)
            out[at - start : at - start + count] = self.source[offset : offset + count]
            at += count
        out[lo - start : hi - start] *= self.gain(lo, hi)
        return out
