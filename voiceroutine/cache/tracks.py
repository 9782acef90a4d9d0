"""Kept tracks: each routine's finished track (`tracks/KEY.npy`), so neither the player nor the exporter makes it
again; the least recently used go first once they pass TRACKS_CAP_BYTES.

A kept track is a .npy file followed by `vrck`, the key it answers (64 hex digits) and the SHA-256 of its samples,
so a swapped, truncated or damaged track is never played. It appears only when whole (written to a temp file
beside it, then renamed): `keeping` writes it from a stream of chunks, `GrowingFile` as the track is made (the
player's and the first export's growing track, read back from the file instead of held in memory).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import stat
import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from voiceroutine.audio.format import Samples
from voiceroutine.cache.files import STALE_TEMP_S, TRACKS_FOLDER, discard, dropped_entry, temp_beside
from voiceroutine.regular import NotRegularError, open_regular

TRACKS_CAP_BYTES = 200 * 1024 * 1024
"""Most bytes of tracks kept: about seven 11-minute routines (~28 MB each); the least recently used go first."""
READ_CHUNK = 2205 * 50
"""Samples per chunk read back (5 s)."""
_TRAILER = b"vrck"
_TRAILER_BYTES = len(_TRAILER) + 64 + 32
KEY = re.compile(r"^[0-9a-f]{64}$")


def track_path(folder: Path, key: str) -> Path:
    return folder / TRACKS_FOLDER / f"{key}.npy"


@dataclass(frozen=True, slots=True)
class KeptTrack:
    """One finished track file, as it was when listed."""

    path: Path
    size: int
    used: float
    """Last use: the file's mtime, set when it is written and again whenever it is played (`mark_used`)."""


def kept_tracks(folder: Path) -> list[KeptTrack]:
    """The finished tracks in `folder`, least recently used first.

    Only whole `KEY.npy` names count: a `.KEY.npy.*.part` temp file that another process is still writing is
    never listed, and a file that vanishes while the folder is read is skipped.
    """
    tracks = []
    with contextlib.suppress(OSError):  # no folder yet, or an unreadable one: nothing kept
        for path in folder.iterdir():
            if path.suffix != ".npy" or not KEY.match(path.stem):
                continue
            with contextlib.suppress(OSError):
                status = path.lstat()
                if stat.S_ISREG(status.st_mode):
                    tracks.append(KeptTrack(path, status.st_size, status.st_mtime))
    return sorted(tracks, key=lambda track: track.used)


def mark_used(path: Path) -> None:
    """Note that the track at `path` was just used, so pruning keeps it longer (best effort: a read-only cache
    or a file another process just pruned is no error)."""
    with contextlib.suppress(OSError):
        os.utime(path)


def prune_tracks(folder: Path, keep: Path, cap_bytes: int | None = None) -> int:
    """Delete the least recently used tracks in `folder` until the rest fit in `cap_bytes` (default
    TRACKS_CAP_BYTES); returns how many went.

    `keep` (the track just written) and the most recently used track always stay, even when larger than the
    cap. Stale temp files (partial tracks of a process that died) go first, whatever the cap. Safe beside another
    process doing the same: a file already gone counts as deleted, one that cannot be deleted is left.
    """
    cap = TRACKS_CAP_BYTES if cap_bytes is None else cap_bytes
    limit = time.time() - STALE_TEMP_S
    for temp in folder.glob(".*.part"):
        with contextlib.suppress(OSError):
            if temp.lstat().st_mtime < limit:
                discard(temp)
    tracks = kept_tracks(folder)
    total = sum(track.size for track in tracks)
    removed = 0
    for track in tracks[:-1]:  # the newest always stays
        if total <= cap:
            break
        if track.path != keep and _deleted(track.path):
            total -= track.size
            removed += 1
    return removed


def _deleted(path: Path) -> bool:
    """Delete `path`; True when it is gone afterwards (also when another process deleted it first)."""
    try:
        path.unlink()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def kept_track(folder: Path, key: str, length: int) -> Generator[Samples, None, None] | None:
    """The track kept for `key` in chunks, or None when there is none; one that is damaged, of another length or
    for another key is reported and removed, never played. A track served is marked used.

    The samples are checked against their checksum before the first one is served (a second read, from the page
    cache: about 20 ms for 11 minutes).
    """
    path = track_path(folder, key)
    try:
        f = open_regular(path, follow=False)
    except NotRegularError as e:
        dropped_entry(path, e.strerror or str(e))
        return None
    except OSError:
        return None
    try:
        reason = _damage(f, key, length)
    except (OSError, ValueError) as e:
        reason = f"it cannot be read: {e}"
    if reason is not None:
        f.close()
        dropped_entry(path, reason)
        return None
    mark_used(path)
    return _read(f, length)


def _damage(f: BinaryIO, key: str, length: int) -> str | None:
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


def _read(f: BinaryIO, length: int, chunk: int = READ_CHUNK) -> Generator[Samples, None, None]:
    with f:
        for at in range(0, length, chunk):
            count = min(chunk, length - at)
            samples = np.empty(count, dtype="<i2")
            if f.readinto(samples.data) != 2 * count:  # type: ignore[attr-defined]
                raise OSError(f"kept track {f.name} ended early")
            yield samples


def keeping(chunks: Iterator[Samples], folder: Path, key: str, length: int) -> Generator[Samples, None, None]:
    """`chunks` passed through, written beside as the track kept for `key`: it appears only when whole.

    Keeping is only a speed-up: a cache that cannot be written (read-only, full) just keeps nothing. A stream
    that stops early (an error downstream, Ctrl-C) leaves no file behind.
    """
    path = track_path(folder, key)
    out: BinaryIO | None = None
    temp = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        out, temp = temp_beside(path)
        out.write(_header(length))
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
                out.write(_trailer(key, digest))
                out.close()
                os.replace(temp, path)
                out = None
                prune_tracks(path.parent, keep=path)
    finally:
        if out is not None:
            _dropped(out, temp)


def _dropped(out: BinaryIO, temp: str) -> None:
    """Close and delete a kept track that will not be finished."""
    with contextlib.suppress(OSError):
        out.close()
    with contextlib.suppress(OSError):
        os.unlink(temp)


def _trailer(key: str, digest: hashlib._Hash) -> bytes:
    """What follows a kept track's samples: `vrck`, the key it answers and the SHA-256 of its samples."""
    return _TRAILER + key.encode() + digest.digest()


def _header(length: int) -> bytes:
    """The .npy header of a track of `length` samples (numpy leaves room in it for the length to grow: the same
    size whatever the length, so it can be written first and again once the length is known)."""
    out = io.BytesIO()
    np.lib.format.write_array_header_1_0(out, {"descr": "<i2", "fortran_order": False, "shape": (length,)})
    return out.getvalue()


class GrowingFile:
    """A track written into the cache's tracks as it is made, and read back by whoever needs earlier samples.

    It is a temp file (`.growing.npy.*.part`) that no reader takes for a kept track, until `keep` gives it its
    header, trailer and key's name in one rename; `close` before that deletes it (a killed process leaves the temp,
    which the tracks cap deletes once stale). Raises OSError when the cache cannot be written. Thread-safe: one
    writer, any number of readers.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        """The cache folder (the file is in its `tracks/`)."""
        tracks = folder / TRACKS_FOLDER
        tracks.mkdir(parents=True, exist_ok=True)
        out, temp = temp_beside(tracks / "growing.npy")
        out.close()
        self._temp: str | None = temp
        """The temp file's path; None once kept or closed."""
        self._lock = threading.Lock()
        try:
            self._file: BinaryIO = open(temp, "r+b", buffering=0)  # noqa: SIM115 - closed by `close`
            self._start = len(_header(0))
            _write_all(self._file, _header(0))
        except BaseException:
            self.close()
            raise
        self.length = 0
        """Samples written."""
        self._digest = hashlib.sha256()
        self._closed = False

    def append(self, samples: Samples) -> None:
        """Write samples after the last (OSError: the disk is full, or the file went)."""
        data = np.ascontiguousarray(samples, dtype="<i2")
        with self._lock:
            if self._closed:
                raise OSError("the growing track was closed")
            self._file.seek(self._start + 2 * self.length)
            _write_all(self._file, data.data.cast("B"))
            self._digest.update(data.data)
            self.length += len(data)

    def read(self, start: int, end: int) -> Samples:
        """Samples [start, end) of those written, read back from the file."""
        end = min(end, self.length)
        samples = np.empty(max(0, end - start), dtype="<i2")
        with self._lock:
            if self._closed:
                raise OSError("the growing track was closed")
            self._file.seek(self._start + 2 * start)
            view = samples.data.cast("B")
            got = 0
            while got < len(view):
                count = self._file.readinto(view[got:])  # type: ignore[attr-defined]
                if not count:
                    raise OSError(f"the growing track {self._file.name} ended early")
                got += count
        return samples

    def keep(self, key: str) -> bool:
        """Make the file the kept track for `key` (its header, its trailer, then renamed over whatever was kept for
        `key`), and prune the tracks; False when the cache would not take it (the temp stays until `close`). The
        samples can still be read."""
        path = track_path(self.folder, key)
        with self._lock:
            if self._temp is None:
                return False
            temp = self._temp
            header = _header(self.length)
            try:
                if len(header) != self._start:  # never with numpy's room for the length; checked all the same
                    return False
                self._file.seek(self._start + 2 * self.length)
                _write_all(self._file, _trailer(key, self._digest))
                self._file.seek(0)
                _write_all(self._file, header)
                try:
                    os.replace(temp, path)
                except PermissionError:  # Windows renames no open file: closed, renamed, read on from its place
                    self._file.close()
                    try:
                        os.replace(temp, path)
                    except OSError:
                        self._file = open(temp, "rb", buffering=0)  # noqa: SIM115 - closed by `close`
                        return False
                    self._file = open(path, "rb", buffering=0)  # noqa: SIM115 - closed by `close`
            except OSError:
                return False
            self._temp = None
        prune_tracks(path.parent, keep=path)
        return True

    def close(self) -> None:
        """Close the file; deleted unless it was kept."""
        with self._lock:
            self._closed = True
            with contextlib.suppress(OSError, AttributeError):
                self._file.close()
            if self._temp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(self._temp)
                self._temp = None


def _write_all(f: BinaryIO, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        written = f.write(view)
        if not written:
            raise OSError("nothing written")
        view = view[written:]
