"""Early gain: every clip levelled on its own, so any stretch of the track can be finished as soon as its clips exist.

The whole-track gain of `master.master` needs every clip before the first sample can be made. Instead each clip
(a phrase or a tone) gets the gain that brings it alone, set in silence and limited at the ceiling, to the loudness
target; the track then has a constant gain of 1 over its gained clips and only the limiter (per chunk, with
context, the same samples whatever the chunking) acts on it. The player can play the start of a routine while the
rest is still being rendered, and an export encodes exactly the same samples.

A track of clips each at the target measures close to the target too: BS.1770's gate drops the silence between
them, so what is averaged is the clips' own blocks. The few blocks that straddle two clips, or a clip's start at
another phase of the 100 ms grid, move it by a few tenths of an LU (`TRACK_TOLERANCE_LU`, checked on the built-in
routines). A gain is kept in the cache's levels by a hash of the clip's samples, the target and the ceiling.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.audio.master import Programme, master

GAIN_VERSION = 1
"""Bump when the way a clip's gain is found changes, so kept gains are measured again."""
PAD = 4 * SAMPLE_RATE // 10
"""Silence either side of a clip measured alone (one 400 ms gating block), as between cues in a track."""
TRACK_TOLERANCE_LU = 0.5
"""How far the integrated loudness of a track of levelled clips may be from the target (tests check it)."""
SILENT_GAIN = 1.0
"""The gain of a clip with nothing above the gate (silence is left as it is)."""
_FIELDS = ("gain",)


def clip_gain(clip: Samples, target_lufs: float, ceiling_dbtp: float) -> float:
    """The gain that brings `clip` alone (in silence, limited at `ceiling_dbtp`) to `target_lufs`."""
    alone = Programme.of_items([(PAD, clip)], len(clip) + 2 * PAD)  # in silence, as between cues in a track
    mastering = master(alone, target_lufs, ceiling_dbtp)
    return mastering.gain if math.isfinite(mastering.loudness_lufs) else SILENT_GAIN


class ClipGains:
    """The gain of each clip at one target and ceiling, worked out once per clip and kept in `memo_folder`."""

    def __init__(self, target_lufs: float, ceiling_dbtp: float, memo_folder: Path | None = None) -> None:
        self.target_lufs = target_lufs
        self.ceiling_dbtp = ceiling_dbtp
        self.memo_folder = memo_folder
        self._known: dict[bytes, float] = {}
        self._by_id: dict[int, tuple[Samples, float]] = {}
        """The gain of each clip array already seen (held, so its id is not reused): a clip placed again in every
        stretch of a track being made is not hashed again."""

    def key(self, clip: Samples) -> str:
        h = hashlib.sha256(f"clipgain|{GAIN_VERSION}|{self.target_lufs:.3f}|{self.ceiling_dbtp}|".encode())
        h.update(np.ascontiguousarray(clip, dtype="<i2").tobytes())
        return h.hexdigest()

    def of(self, clip: Samples) -> float:
        """The clip's gain (from memory, the cache, or measured and kept)."""
        from voiceroutine.cache import keep_levels, read_levels

        seen = self._by_id.get(id(clip))
        if seen is not None and seen[0] is clip:
            return seen[1]
        key = self.key(clip)
        digest = bytes.fromhex(key)
        if digest in self._known:
            self._by_id[id(clip)] = (clip, self._known[digest])
            return self._known[digest]
        gain: float | None = None
        if self.memo_folder is not None:
            kept = read_levels(self.memo_folder, key, _FIELDS, _insane)
            gain = kept["gain"] if kept is not None else None
        if gain is None:
            gain = clip_gain(clip, self.target_lufs, self.ceiling_dbtp)
            if self.memo_folder is not None:
                keep_levels(self.memo_folder, key, {"gain": gain})
        self._known[digest] = gain
        self._by_id[id(clip)] = (clip, gain)
        return gain

    def all_of(self, clips: Mapping[str, Samples]) -> dict[str, float]:
        return {text: self.of(clip) for text, clip in clips.items()}


def _insane(values: Mapping[str, float]) -> str | None:
    return None if 0 < values["gain"] <= 1000 else "its gain is out of range"
