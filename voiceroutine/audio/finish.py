"""The finished track that the player plays and the exporter encodes: mixed, levelled, peaks limited.

Levelling measures the whole routine, which takes a second or two for a long one; its result (one
gain and a ceiling) is remembered per routine and clips, so a second play or export starts at once. The
finished track itself is kept too, so neither the player nor the exporter limits the peaks again; tracks are
large (~28 MB for 11 minutes), so only the most recently used ones are kept, up to TRACKS_CAP_BYTES in all.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Generator, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import numpy as np

from voiceroutine.audio.format import Samples
from voiceroutine.audio.master import CEILING_DBTP, TARGET_LUFS, Mastering, Programme, master, render
from voiceroutine.audio.mix import DEFAULT_CHUNK
from voiceroutine.progress import MIXING, NO_PROGRESS, Progress, counted
from voiceroutine.regular import NotRegularError, TooLargeError, open_regular, read_regular
from voiceroutine.speech.cache import (
    LEVELS_FOLDER,
    TRACKS_CAP_BYTES,
    TRACKS_FOLDER,
    discard,
    mark_used,
    prune_tracks,
    report_damage,
    temp_beside,
    write_atomic,
)
from voiceroutine.timeline.model import CueKind, Timeline

MEMO_VERSION = 2
"""Bump when levelling or the files keeping it change, so remembered results are measured again."""
MAX_LEVELS_BYTES = 4096
"""A levels entry is about 200 bytes; anything larger is not one."""
_TRAILER = b"vrck"
"""A kept track is a .npy file followed by `vrck`, the key it answers (64 hex digits) and the SHA-256 of its
samples, so a swapped, truncated or damaged track is never played."""
_TRAILER_BYTES = len(_TRAILER) + 64 + 32
_LEVEL_FIELDS = ("gain", "ceiling", "loudness_lufs", "peak_dbtp")


def memo_key(timeline: Timeline, clips: Mapping[str, Samples], target_lufs: float,
             ceiling_dbtp: float = CEILING_DBTP) -> str:
    """A hash of everything that changes the levelling: the loudness target and peak ceiling, where each cue
    sits and the samples it plays."""
    h = hashlib.sha256(f"{MEMO_VERSION}|{target_lufs:.3f}|{ceiling_dbtp}|{timeline.total_ms}".encode())
    digests: dict[str, bytes] = {}
    for cue in timeline.cues:
        h.update(f"|{cue.start_ms}|{cue.kind.value}|{cue.text}".encode())
        if cue.kind is CueKind.SPEECH:
            if cue.text not in digests:
                digests[cue.text] = hashlib.sha256(clips[cue.text].tobytes()).digest()
            h.update(digests[cue.text])
    return h.hexdigest()


def _levelled(programme: Programme, target_lufs: float, ceiling_dbtp: float, memo_folder: Path, key: str,
              progress: Progress) -> Mastering:
    path = memo_folder / LEVELS_FOLDER / f"{key}.json"
    remembered = _remembered_levels(path, key)
    if remembered is not None:
        return remembered
    result = master(programme, target_lufs, ceiling_dbtp, progress)
    fields: dict[str, object] = {"key": key, **{name: getattr(result, name) for name in _LEVEL_FIELDS}}
    fields["check"] = _levels_check(fields)
    _remember(path, json.dumps(fields).encode())
    return result


def _levels_check(fields: Mapping[str, object]) -> str:
    """SHA-256 of a levels entry's key and values, as written (floats in full by repr)."""
    values = "|".join(repr(fields[name]) for name in ("key", *_LEVEL_FIELDS))
    return hashlib.sha256(values.encode()).hexdigest()


def _remembered_levels(path: Path, key: str) -> Mastering | None:
    """The levels kept at `path` for `key`; None when missing, and None (reported, removed) when damaged."""
    try:
        data = json.loads(read_regular(path, MAX_LEVELS_BYTES, follow=False))
    except (NotRegularError, TooLargeError) as e:
        _dropped_entry(path, e.strerror or str(e))
        return None
    except OSError:
        return None  # not measured yet
    except ValueError:
        data = None
    reason = _levels_damage(data, key)
    if reason is not None:
        _dropped_entry(path, reason)
        return None
    return Mastering(*(data[name] for name in _LEVEL_FIELDS))


def _levels_damage(data: object, key: str) -> str | None:
    """What is wrong with a levels entry read as `data`, or None."""
    if not isinstance(data, dict) or not all(isinstance(data.get(name), float) for name in _LEVEL_FIELDS):
        return "it holds no levels"
    if data.get("key") != key or data.get("check") != _levels_check(data):
        return "its checksum or key does not match"
    if not (0 < data["gain"] <= 1000 and 0 < data["ceiling"] <= 1):
        return "its values are out of range"
    return None


def _dropped_entry(path: Path, reason: str) -> None:
    """Report a damaged levels or track entry and remove it, so it is made again."""
    report_damage(path, reason)
    discard(path)
    return None


def finished_track(timeline: Timeline, clips: Mapping[str, Samples], memo_folder: Path | None = None,
                   progress: Progress = NO_PROGRESS) -> Samples:
    """The whole levelled track, as a WAV export holds it; kept in `memo_folder` so a second play starts at once
    (the least recently used tracks are deleted once they pass TRACKS_CAP_BYTES). `progress` hears levelling,
    then MIXING."""
    programme = Programme(timeline, clips)
    _, chunks = finishing(programme, timeline, clips, TARGET_LUFS, memo_folder, progress=progress)
    progress.step(MIXING, programme.length)
    with contextlib.closing(chunks):
        return np.concatenate([*counted(chunks, progress), np.zeros(0, dtype=np.int16)])


def finishing(
    programme: Programme,
    timeline: Timeline,
    clips: Mapping[str, Samples],
    target_lufs: float = TARGET_LUFS,
    memo_folder: Path | None = None,
    ceiling_dbtp: float = CEILING_DBTP,
    progress: Progress = NO_PROGRESS,
) -> tuple[Mastering, Generator[Samples, None, None]]:
    """The levelling and the finished track in chunks, for the player and the exporter alike; close the chunks
    when stopping early, so a track being kept is removed at once.

    With `memo_folder`, both are remembered: a kept track is read back instead of limited again, and a new one
    is kept as it streams past (atomically, once whole). A track with music is always made afresh. Levelling is
    told to `progress`; the chunks are the caller's to count.
    """
    if memo_folder is None or programme.music is not None:
        mastering = master(programme, target_lufs, ceiling_dbtp, progress)
        return mastering, render(programme, mastering)
    key = memo_key(timeline, clips, target_lufs, ceiling_dbtp)
    mastering = _levelled(programme, target_lufs, ceiling_dbtp, memo_folder, key, progress)
    path = memo_folder / TRACKS_FOLDER / f"{key}.npy"
    kept = _open_kept(path, key, programme.length)
    if kept is not None:
        mark_used(path)
        return mastering, _read_kept(kept, programme.length)
    return mastering, _keeping(render(programme, mastering), path, key, programme.length)


def _open_kept(path: Path, key: str, length: int) -> BinaryIO | None:
    """The kept track at `path` opened at its first sample, or None if it is missing; a track that is damaged, of
    another length or for another key is reported and removed, never played.

    The samples are checked against their checksum before the first one is served (a second read, from the page
    cache: about 20 ms for 11 minutes).
    """
    try:
        f = open_regular(path, follow=False)
    except NotRegularError as e:
        _dropped_entry(path, e.strerror or str(e))
        return None
    except OSError:
        return None
    try:
        reason = _track_damage(f, key, length)
    except (OSError, ValueError) as e:
        reason = f"it cannot be read: {e}"
    if reason is None:
        return f
    f.close()
    _dropped_entry(path, reason)
    return None


def _track_damage(f: BinaryIO, key: str, length: int) -> str | None:
    """What is wrong with the kept track open in `f`, or None with `f` at its first sample."""
    version = np.lib.format.read_magic(f)
    header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
    shape, fortran, dtype = header(f)
    start = f.tell()
    if shape != (length,) or fortran or dtype != np.dtype("<i2"):
        return "it holds another track"
    if os.fstat(f.fileno()).st_size != start + 2 * length + _TRAILER_BYTES:
        return "it has the wrong size"
    f.seek(start + 2 * length)
    trailer = f.read(_TRAILER_BYTES)
    if trailer[:4] != _TRAILER or trailer[4:68] != key.encode():
        return "it answers another key"
    digest = hashlib.sha256()
    f.seek(start)
    left = 2 * length
    while left:
        block = f.read(min(left, 1 << 20))
        if not block:
            return "it ended early"
        digest.update(block)
        left -= len(block)
    if digest.digest() != trailer[68:]:
        return "its checksum does not match"
    f.seek(start)
    return None


def _read_kept(f: BinaryIO, length: int, chunk: int = DEFAULT_CHUNK) -> Generator[Samples, None, None]:
    with f:
        for at in range(0, length, chunk):
            count = min(chunk, length - at)
            samples = np.empty(count, dtype="<i2")
            if f.readinto(samples.data) != 2 * count:  # type: ignore[attr-defined]
                raise OSError(f"kept track {f.name} ended early")
            yield samples


def _keeping(chunks: Iterator[Samples], path: Path, key: str, length: int) -> Generator[Samples, None, None]:
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
    digest = hashlib.sha256()
    try:
        for chunk in chunks:
            if out is not None:
                try:
                    data = chunk.astype("<i2").tobytes()
                    out.write(data)
                    digest.update(data)
                except OSError:
                    _dropped(out, temp)
                    out = None
            written += len(chunk)
            yield chunk
        if out is not None and written == length:
            with contextlib.suppress(OSError):
                out.write(_TRAILER + key.encode() + digest.digest())
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
