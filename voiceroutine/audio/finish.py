"""The finished track that the player plays and the exporter encodes: mixed, levelled, peaks limited.

Levelling measures the whole routine, which takes a second or two for a long one; its result (one
gain and a ceiling) is remembered per routine and clips, so a second play or export starts at once. The
player also keeps the finished track itself; those are large (~28 MB for 11 minutes), so only the most recently
used ones are kept, up to TRACKS_CAP_BYTES in all.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from voiceroutine.audio.format import Samples, ms_to_samples
from voiceroutine.audio.master import CEILING_DBTP, TARGET_LUFS, Mastering, Programme, master, render
from voiceroutine.speech.cache import TRACKS_CAP_BYTES, TRACKS_FOLDER, mark_used, prune_tracks, write_atomic
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
    return _levelled(programme, target_lufs, memo_folder, memo_key(timeline, clips, target_lufs))


def _levelled(programme: Programme, target_lufs: float, memo_folder: Path, key: str) -> Mastering:
    path = memo_folder / "levels" / f"{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Mastering(
            float(data["gain"]), float(data["ceiling"]), float(data["loudness_lufs"]), float(data["peak_dbtp"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        pass  # not measured yet, or a damaged entry: measure again
    result = master(programme, target_lufs)
    fields = {
        "gain": result.gain,
        "ceiling": result.ceiling,
        "loudness_lufs": result.loudness_lufs,
        "peak_dbtp": result.peak_dbtp,
    }
    _remember(path, json.dumps(fields).encode())
    return result


def finished_track(timeline: Timeline, clips: Mapping[str, Samples], memo_folder: Path | None = None) -> Samples:
    """The whole levelled track, as a WAV export holds it; kept in `memo_folder` so a second play starts at once
    (the least recently used tracks are deleted once they pass TRACKS_CAP_BYTES)."""
    programme = Programme(timeline, clips)
    if memo_folder is None:
        return _rendered(programme, master(programme, TARGET_LUFS))
    key = memo_key(timeline, clips, TARGET_LUFS)
    path = memo_folder / TRACKS_FOLDER / f"{key}.npy"
    try:
        kept = np.load(path, allow_pickle=False)
        if kept.dtype == np.int16 and kept.shape == (ms_to_samples(timeline.total_ms),):
            mark_used(path)
            return kept  # type: ignore[no-any-return]
    except (OSError, ValueError):
        pass  # not made yet, or damaged: render it again
    track = _rendered(programme, _levelled(programme, TARGET_LUFS, memo_folder, key))
    buffer = io.BytesIO()
    np.save(buffer, track, allow_pickle=False)
    _remember(path, buffer.getvalue())
    prune_tracks(path.parent, keep=path, cap_bytes=TRACKS_CAP_BYTES)
    return track


def _rendered(programme: Programme, mastering: Mastering) -> Samples:
    return np.concatenate([*render(programme, mastering), np.zeros(0, dtype=np.int16)])


def _remember(path: Path, data: bytes) -> None:
    """Keep `data` at `path` atomically; remembering is only a speed-up, so a read-only cache is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except OSError:
        pass
