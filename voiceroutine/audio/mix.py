"""Timeline + rendered clips -> one track of samples, every cue placed by sample index.

The track can be made whole (`mix_timeline`), for any stretch (`mix_range`), or streamed in chunks
(`iter_mix`) so a two-hour routine never needs its whole track in memory.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from voiceroutine.audio.format import Samples, ms_to_samples
from voiceroutine.audio.tones import tone_samples
from voiceroutine.errors import AudioError
from voiceroutine.timeline.model import CueKind, Timeline, Tone

DEFAULT_CHUNK = 2205 * 50
"""Samples per streamed chunk: 5 s, a whole number of 100 ms loudness sub-blocks; small enough to keep memory flat."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Clips at their sample positions, sorted by start, for fast lookup of any stretch."""

    starts: tuple[int, ...]
    clips: tuple[npt.NDArray[Any], ...]
    longest: int
    """Length of the longest clip, the furthest a clip can reach back into a stretch."""
    gains: tuple[float, ...] | None = None
    """Each clip's own gain (early gain, `audio/clipgain.py`); None: every clip as it is."""

    @classmethod
    def of(cls, items: Sequence[tuple[int, npt.NDArray[Any]]], gains: Sequence[float] | None = None) -> Placement:
        order = sorted(range(len(items)), key=lambda i: items[i][0])
        return cls(
            starts=tuple(items[i][0] for i in order),
            clips=tuple(items[i][1] for i in order),
            longest=max((len(clip) for _, clip in items), default=0),
            gains=None if gains is None else tuple(gains[i] for i in order),
        )

    def add_into(self, out: npt.NDArray[Any], start: int) -> None:
        """Add every clip that overlaps [start, start + len(out)) into `out` (same dtype family)."""
        end = start + len(out)
        first = bisect.bisect_left(self.starts, start - self.longest)
        last = bisect.bisect_left(self.starts, end)
        for index in range(first, last):
            at, clip = self.starts[index], self.clips[index]
            lo, hi = max(at, start), min(at + len(clip), end)
            if lo < hi:
                if self.gains is None:
                    out[lo - start : hi - start] += clip[lo - at : hi - at]
                else:
                    out[lo - start : hi - start] += clip[lo - at : hi - at] * self.gains[index]


def cue_clips(timeline: Timeline, clips: Mapping[str, Samples]) -> list[tuple[int, Samples]]:
    """(start sample, clip) of every speech and tone cue; a speech cue without a clip is an AudioError."""
    placed: list[tuple[int, Samples]] = []
    for cue in timeline.cues:
        if cue.kind is CueKind.SPEECH:
            clip = clips.get(cue.text)
            if clip is None:
                raise AudioError(f"no rendered speech for the cue {cue.text!r}")
        elif cue.kind is CueKind.TONE:
            clip = tone_samples(Tone(cue.text))
        else:
            continue
        placed.append((ms_to_samples(cue.start_ms), clip))
    return placed


def placement(timeline: Timeline, clips: Mapping[str, Samples]) -> Placement:
    """The timeline's clips, ready to mix any stretch of the track."""
    return Placement.of(cue_clips(timeline, clips))


def track_length(timeline: Timeline) -> int:
    """Samples in the whole track."""
    return ms_to_samples(timeline.total_ms)


def mix_range(placed: Placement, start: int, end: int) -> npt.NDArray[np.int32]:
    """Samples [start, end) of the track, in int32 so overlapping cues add without wrapping."""
    out = np.zeros(max(0, end - start), dtype=np.int32)
    placed.add_into(out, start)
    return out


def to_int16(samples: npt.NDArray[Any]) -> Samples:
    """Clip to the int16 range (only overlapping cues can exceed it) and convert."""
    result: Samples = np.clip(samples, -32768, 32767).astype(np.int16)
    return result


def mix_timeline(timeline: Timeline, clips: Mapping[str, Samples]) -> Samples:
    """The whole routine as int16 samples: speech clips and tones written at their cue's start.

    Speech never overlaps speech (the builder guarantees it); tones are added on top with clipping.
    Exactly `ms_to_samples(timeline.total_ms)` samples long; a clip running past the end is cut.
    """
    return to_int16(mix_range(placement(timeline, clips), 0, track_length(timeline)))


def iter_mix(timeline: Timeline, clips: Mapping[str, Samples], chunk_samples: int = DEFAULT_CHUNK) -> Iterator[Samples]:
    """The same track as `mix_timeline`, as consecutive int16 chunks of `chunk_samples` (the last may be shorter)."""
    if chunk_samples <= 0:
        raise ValueError("chunk_samples must be positive")
    placed = placement(timeline, clips)
    total = track_length(timeline)
    for start in range(0, total, chunk_samples):
        yield to_int16(mix_range(placed, start, min(total, start + chunk_samples)))
