"""The finished track that the player plays and the exporter encodes: mixed, levelled, peaks limited.

Levelling measures the whole routine, which takes a second or two for a long one; its result (one
gain and a ceiling) is remembered per routine and clips, so a second play or export starts at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from voiceroutine.audio.format import Samples, ms_to_samples
from voiceroutine.audio.master import CEILING_DBTP, TARGET_LUFS, Mastering, Programme, master, render
from voiceroutine.timeline.model import CueKind, Timeline

MEMO_VERSION = 1
"""Bump when levelling changes, so remembered results are measured again."""


def memo_key(timeline: Timeline, clips: Mapping[str, Samples], target_lufs: float) -> str:
    """A hash of everything that changes the levelling: where each cue sits and the samples it plays."""
    h = hashlib.sha256(f"{MEMO_VERSION}|{target_lufs:.3f}|{CEILING_DBTP}|{timeline.total_ms}".encode())
    digests: dict[str, bytes] = {}
    for cue in timeline.cues:
        h.update(f"|{cue.start_ms}|{cue.kind.value}|{cue.text}".encode())
        if cue.kind is CueKind.SPEECH:
            if cue.text not in digests:
                digests[cue.text] = hashlib.sha256(clips[cue.text].tobytes()).digest()
            h.update(digests[cue.text])
    return h.hexdigest()


def levelled(
    programme: Programme,
    timeline: Timeline,
    clips: Mapping[str, Samples],
    target_lufs: float = TARGET_LUFS,
    memo_folder: Path | None = None,
) -> Mastering:
    """`master(programme)`, remembered in `memo_folder` (a track with music is always measured afresh)."""
    if memo_folder is None or programme.music is not None:
        return master(programme, target_lufs)
    path = memo_folder / "levels" / f"{memo_key(timeline, clips, target_lufs)}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Mastering(
            float(data["gain"]), float(data["ceiling"]), float(data["loudness_lufs"]), float(data["peak_dbtp"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        pass  # not measured yet, or a damaged entry: measure again
    result = master(programme, target_lufs)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    except OSError:
        return result  # remembering is only a speed-up; a read-only cache still plays and exports
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(
                {
                    "gain": result.gain,
                    "ceiling": result.ceiling,
                    "loudness_lufs": result.loudness_lufs,
                    "peak_dbtp": result.peak_dbtp,
                },
                f,
            )
        os.replace(temp, path)
    except OSError:
        Path(temp).unlink(missing_ok=True)
    return result


def finished_track(timeline: Timeline, clips: Mapping[str, Samples], memo_folder: Path | None = None) -> Samples:
    """The whole levelled track, as a WAV export holds it; kept in `memo_folder` so a second play starts at once."""
    path = None if memo_folder is None else memo_folder / "tracks" / f"{memo_key(timeline, clips, TARGET_LUFS)}.npy"
    if path is not None:
        try:
            kept = np.load(path, allow_pickle=False)
            if kept.dtype == np.int16 and kept.shape == (ms_to_samples(timeline.total_ms),):
                return kept  # type: ignore[no-any-return]
        except (OSError, ValueError):
            pass  # not made yet, or damaged: render it again
    programme = Programme(timeline, clips)
    track: Samples = np.concatenate([*render(programme, levelled(programme, timeline, clips, TARGET_LUFS, memo_folder)),
                                     np.zeros(0, dtype=np.int16)])
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".npy")
        except OSError:
            return track
        try:
            with os.fdopen(fd, "wb") as f:
                np.save(f, track, allow_pickle=False)
            os.replace(temp, path)
        except OSError:
            Path(temp).unlink(missing_ok=True)
    return track
