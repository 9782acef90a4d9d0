"""The finished track that the player plays and the exporter encodes: mixed, levelled, peaks limited.

Levelling measures the whole routine, which takes a second or two for a long one; its result (one
gain and a ceiling) is remembered per routine and clips, so a second play or export starts at once. The
finished track itself is kept too, so neither the player nor the exporter limits the peaks again; tracks are
large (~28 MB for 11 minutes), so only the most recently used ones are kept, up to TRACKS_CAP_BYTES in all.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
from collections.abc import Generator, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import numpy as np

from voiceroutine.audio.format import Samples
from voiceroutine.audio.master import CEILING_DBTP, TARGET_LUFS, Mastering, Programme, master, render
from voiceroutine.audio.mix import DEFAULT_CHUNK
from voiceroutine.speech.cache import (
    LEVELS_FOLDER,
    TRACKS_CAP_BYTES,
    TRACKS_FOLDER,
    mark_used,
    prune_tracks,
    temp_beside,
    write_atomic,
)
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


def _levelled(programme: Programme, target_lufs: float, memo_folder: Path, key: str) -> Mastering:
    path = memo_folder / LEVELS_FOLDER / f"{key}.json"
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
    _, chunks = finishing(programme, timeline, clips, TARGET_LUFS, memo_folder)
    with contextlib.closing(chunks):
        return np.concatenate([*chunks, np.zeros(0, dtype=np.int16)])


def finishing(
    programme: Programme,
    timeline: Timeline,
    clips: Mapping[str, Samples],
    target_lufs: float = TARGET_LUFS,
    memo_folder: Path | None = None,
) -> tuple[Mastering, Generator[Samples, None, None]]:
    """The levelling and the finished track in chunks, for the player and the exporter alike; close the chunks
    when stopping early, so a track being kept is removed at once.

    With `memo_folder`, both are remembered: a kept track is read back instead of limited again, and a new one
    is kept as it streams past (atomically, once whole). A track with music is always made afresh.
    """
    if memo_folder is None or programme.music is not None:
        mastering = master(programme, target_lufs)
        return mastering, render(programme, mastering)
    key = memo_key(timeline, clips, target_lufs)
    mastering = _levelled(programme, target_lufs, memo_folder, key)
    path = memo_folder / TRACKS_FOLDER / f"{key}.npy"
    kept = _open_kept(path, programme.length)
    if kept is not None:
        mark_used(path)
        return mastering, _read_kept(kept, programme.length)
    return mastering, _keeping(render(programme, mastering), path, programme.length)


def _open_kept(path: Path, length: int) -> io.BufferedReader | None:
    """The kept track at `path` opened at its first sample, or None if it is missing, damaged or of another size."""
    try:
        f = path.open("rb")
    except OSError:
        return None
    try:
        version = np.lib.format.read_magic(f)
        header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = header(f)
        whole = os.fstat(f.fileno()).st_size == f.tell() + 2 * length
        if shape == (length,) and not fortran and dtype == np.dtype("<i2") and whole:
            return f
    except (OSError, ValueError):
        pass
    f.close()
    return None


def _read_kept(f: io.BufferedReader, length: int, chunk: int = DEFAULT_CHUNK) -> Generator[Samples, None, None]:
    with f:
        for at in range(0, length, chunk):
            count = min(chunk, length - at)
            samples = np.empty(count, dtype="<i2")
            if f.readinto(samples.data) != 2 * count:
                raise OSError(f"kept track {f.name} ended early")
            yield samples


def _keeping(chunks: Iterator[Samples], path: Path, length: int) -> Generator[Samples, None, None]:
    """`chunks` passed through, written beside as the kept track at `path`: it appears only when whole.

    Keeping is only a speed-up: a cache that cannot be written (read-only, full) just keeps nothing. A stream
    that stops early (an error downstream, Ctrl-C) leaves no file behind.
    """
    out: BinaryIO | None = None
    temp = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        out, temp = temp_beside(path)
        np.lib.format.write_array_header_1_0(out, {"descr": "<i2", "fortran_order": False, "shape": (length,)})
    except OSError:
        if out is not None:
            _dropped(out, temp)
        out = None
    written = 0
    try:
        for chunk in chunks:
            if out is not None:
                try:
                    out.write(chunk.astype("<i2").tobytes())
                except OSError:
                    _dropped(out, temp)
                    out = None
            written += len(chunk)
            yield chunk
        if out is not None and written == length:
            with contextlib.suppress(OSError):
                out.close()
                os.replace(temp, path)
                out = None
                prune_tracks(path.parent, keep=path, cap_bytes=TRACKS_CAP_BYTES)
    finally:
        if out is not None:
            _dropped(out, temp)


def _dropped(out: BinaryIO, temp: str) -> None:
    """Close and delete a kept track that will not be finished."""
    with contextlib.suppress(OSError):
        out.close()
    with contextlib.suppress(OSError):
        os.unlink(temp)


def _remember(path: Path, data: bytes) -> None:
    """Keep `data` at `path` atomically; remembering is only a speed-up, so a read-only cache is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except OSError:
        pass
