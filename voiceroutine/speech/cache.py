"""The audio cache: rendered phrases stored by a hash of everything that changes their sound.

Each entry is a playable mono WAV (`clips/ab/abcd....wav`) with one extra RIFF chunk, `vrck`, holding the
entry's key and the SHA-256 of its samples: a truncated or damaged file fails that check and is rendered
again. Entries are written to a temp file in the same folder and renamed into place, so a reader (another
process exporting at the same time) sees a whole entry or none.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import struct
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.errors import SpeechError
from voiceroutine.paths import CACHE_ENV as CACHE_ENV  # defined in paths.py, still importable from here
from voiceroutine.paths import cache_dir
from voiceroutine.regular import NotRegularError, TooLargeError, read_regular
from voiceroutine.speech.wavio import riff_chunks, wav_bytes

CACHE_FORMAT = 1
"""Bumped whenever the entry layout or the rendering pipeline changes what a key means."""
STATS_FILE = "last-run.json"
LEVELS_FOLDER = "levels"
"""Where each routine's levelling is remembered, as `KEY.json` (see audio/finish.py)."""
TRACKS_FOLDER = "tracks"
"""Where the player and the exporter keep each routine's finished track, as `KEY.npy` (see audio/finish.py)."""
TRACKS_CAP_BYTES = 200 * 1024 * 1024
"""Most bytes of tracks kept: about seven 11-minute routines (~28 MB each); the least recently used go first."""
MAX_CLIP_BYTES = 32 * 1024 * 1024
"""Largest clip entry read: a 500-character phrase at the slowest speed takes about 3 MB."""
STALE_TEMP_S = 5 * 60
"""A temp file (`.NAME.*.part`) untouched for this long was left by a process that died: it is counted by
`cache info` and deleted by the tracks cap and `cache clear`. A live writer touches its temp far more often."""
log = logging.getLogger("voiceroutine")
"""Where a damaged cache entry is reported (the CLI prints warnings on stderr)."""
_CHECK_CHUNK = b"vrck"
_KEY = re.compile(r"^[0-9a-f]{64}$")
_ENTRY_FORMAT = struct.pack("<HHIIHH", 1, 1, SAMPLE_RATE, SAMPLE_RATE * 2, 2, 16)
"""The fmt chunk of every entry: PCM, mono, 16-bit, SAMPLE_RATE."""


def clip_key(identity: str, speed: float, text: str, trim: str) -> str:
    """Cache key of one phrase: engine identity (engine, versions, voice), speed, spoken text, trim settings."""
    parts = {
        "format": CACHE_FORMAT,
        "rate": SAMPLE_RATE,
        "engine": identity,
        "speed": f"{speed:.4f}",
        "text": text,
        "trim": trim,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class CacheInfo:
    """What `voiceroutine cache info` shows."""

    folder: Path
    entries: int
    """Number of cached phrases."""
    size_bytes: int
    """Bytes used by the entries."""
    hits: int | None
    """Phrases found in the cache by the last run that rendered (None if no run recorded)."""
    misses: int | None
    """Phrases that run had to render (including damaged entries)."""
    damaged: int | None
    """Entries that run found damaged and rendered again."""
    when: str | None
    """When that run finished (UTC, ISO 8601)."""
    tracks: int = 0
    """Number of finished tracks kept for the player and the exporter."""
    tracks_bytes: int = 0
    """Bytes used by those tracks."""
    temps: int = 0
    """Temp files left by processes that died (untouched for STALE_TEMP_S)."""
    temps_bytes: int = 0
    """Bytes used by those temp files."""

    @property
    def hit_rate(self) -> float | None:
        if self.hits is None or self.misses is None or self.hits + self.misses == 0:
            return None
        return self.hits / (self.hits + self.misses)


class Cache:
    """A folder of rendered phrases; counts hits and misses of this process for `cache info`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder).expanduser()
        self.hits = 0
        self.misses = 0
        self.damaged = 0

    @classmethod
    def default(cls, folder: Path | None = None, configured: Path | None = None) -> Cache:
        """`folder` (--cache-dir) if given, else $VOICEROUTINE_CACHE_DIR, else `configured` (the user config's
        cache_dir), else the platform's user cache folder."""
        return cls(cache_dir(folder, configured).path)

    def path(self, key: str) -> Path:
        return self.folder / "clips" / key[:2] / f"{key}.wav"

    def get(self, key: str) -> Samples | None:
        """The cached clip for `key`, or None when missing or damaged (counted as a miss either way); a damaged
        entry (a bad checksum, the wrong key, not a regular file, too large) is reported and removed."""
        samples = self._read(key)
        if samples is None:
            self.misses += 1
            return None
        self.hits += 1
        return samples

    def _read(self, key: str) -> Samples | None:
        path = self.path(key)
        try:
            blob = read_regular(path, MAX_CLIP_BYTES, follow=False)
        except (NotRegularError, TooLargeError) as e:
            self._damaged(path, e.strerror or str(e))
            return None
        except OSError:  # missing or unreadable: rendered (and written, if it can be)
            return None
        samples = _verified(blob, key)
        if samples is None:
            self._damaged(path, "its checksum or key does not match")
        return samples

    def _damaged(self, path: Path, reason: str) -> None:
        self.damaged += 1
        report_damage(path, reason)
        discard(path)

    def put(self, key: str, samples: Samples) -> None:
        """Store `samples` under `key` atomically (temp file in the same folder, then rename)."""
        digest = hashlib.sha256(np.asarray(samples, dtype="<i2").tobytes()).digest()
        payload = key.encode() + digest
        chunk = _CHECK_CHUNK + len(payload).to_bytes(4, "little") + payload
        target = self.path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, wav_bytes(samples, SAMPLE_RATE, chunk))
        except OSError as e:
            raise SpeechError(
                f"cannot write the audio cache in {self.folder}: {e.strerror or e}; "
                "pass --cache-dir to use another folder"
            ) from None

    def save_stats(self) -> None:
        """Record this process's hits and misses as the last run (best effort: a read-only cache still renders)."""
        stats = {
            "hits": self.hits,
            "misses": self.misses,
            "damaged": self.damaged,
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.folder / STATS_FILE, json.dumps(stats).encode())

    def entries(self) -> Iterator[Path]:
        """Every `clips/ab/KEY.wav` name, whatever is there (`info` counts only the regular files)."""
        clips = self.folder / "clips"
        if clips.is_dir():
            for path in clips.glob("??/*.wav"):
                if _KEY.match(path.stem):
                    yield path

    def info(self) -> CacheInfo:
        count = size = 0
        for path in self.entries():
            with contextlib.suppress(OSError):
                status = path.lstat()
                if stat.S_ISREG(status.st_mode):
                    size += status.st_size
                    count += 1
        stats: dict[str, object] = {}
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads((self.folder / STATS_FILE).read_text(encoding="utf-8"))
            stats = loaded if isinstance(loaded, dict) else {}

        def number(name: str) -> int | None:
            value = stats.get(name)
            return value if isinstance(value, int) else None

        when = stats.get("when")
        tracks = kept_tracks(self.folder / TRACKS_FOLDER)
        temps = stale_temps(self.folder)
        return CacheInfo(
            self.folder,
            count,
            size,
            number("hits"),
            number("misses"),
            number("damaged"),
            when if isinstance(when, str) else None,
            tracks=len(tracks),
            tracks_bytes=sum(track.size for track in tracks),
            temps=len(temps),
            temps_bytes=sum(size for _, size in temps),
        )

    def clear(self) -> int:
        """Delete every entry, stale temp file, the run stats and remembered levels and tracks; returns how many
        clip entries went. A temp file still being written by another process (touched within STALE_TEMP_S) stays,
        and so do the folders holding one."""
        removed = 0
        for path in list(self.entries()):
            if discard(path):
                removed += 1
        for leftover, _ in stale_temps(self.folder):
            discard(leftover)
        clips = self.folder / "clips"
        if clips.is_dir():
            for shard in clips.glob("??"):
                with contextlib.suppress(OSError):
                    shard.rmdir()
            with contextlib.suppress(OSError):
                clips.rmdir()
        with contextlib.suppress(FileNotFoundError):
            (self.folder / STATS_FILE).unlink()
        for derived in (LEVELS_FOLDER, TRACKS_FOLDER):  # what audio/finish.py keeps beside the clips
            folder = self.folder / derived
            for path in folder.glob("*") if folder.is_dir() else ():
                if not path.name.endswith(".part"):  # temps: only the stale ones went above
                    discard(path)
            with contextlib.suppress(OSError):
                folder.rmdir()
        return removed


def report_damage(path: Path, reason: str) -> None:
    """One line about a damaged cache entry that is dropped and made again, never served."""
    log.warning("the cache entry %s was damaged (%s): it is made again", path, reason)


def discard(path: Path) -> bool:
    """Remove whatever is at `path` (a file, a link, a FIFO, a folder in place of an entry); True if something
    went. Never raises: a cache entry that cannot be removed is simply not used."""
    try:
        if stat.S_ISDIR(path.lstat().st_mode):
            shutil.rmtree(path, ignore_errors=True)
            return not os.path.lexists(path)
        path.unlink()
    except OSError:
        return False
    return True


def stale_temps(folder: Path, now: float | None = None) -> list[tuple[Path, int]]:
    """Temp files (`.NAME.*.part`) anywhere in the cache at `folder` untouched for STALE_TEMP_S, with their sizes:
    what a process killed while writing left behind."""
    limit = (time.time() if now is None else now) - STALE_TEMP_S
    found = []
    for pattern in (".*.part", "clips/??/.*.part", f"{LEVELS_FOLDER}/.*.part", f"{TRACKS_FOLDER}/.*.part"):
        for path in folder.glob(pattern):
            with contextlib.suppress(OSError):
                status = path.lstat()
                if status.st_mtime < limit:
                    found.append((path, status.st_size if stat.S_ISREG(status.st_mode) else 0))
    return found


def temp_beside(target: Path) -> tuple[BinaryIO, str]:
    """A new temp file in `target`'s folder, open for writing, and its path: `.NAME.*.part`, a name no reader of
    the cache takes for an entry, so it can be renamed over `target` once whole."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        return os.fdopen(fd, "wb"), temp
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to `target` so readers see the old file, the new file or nothing, never a part."""
    out, temp = temp_beside(target)
    try:
        with out:
            out.write(data)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


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
            if path.suffix != ".npy" or not _KEY.match(path.stem):
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


def prune_tracks(folder: Path, keep: Path, cap_bytes: int = TRACKS_CAP_BYTES) -> int:
    """Delete the least recently used tracks in `folder` until the rest fit in `cap_bytes`; returns how many went.

    `keep` (the track just written) and the most recently used track always stay, even when larger than the
    cap. Stale temp files (partial tracks of a process that died) go first, whatever the cap. Safe beside another
    process doing the same: a file already gone counts as deleted, one that cannot be deleted is left.
    """
    limit = time.time() - STALE_TEMP_S
    for temp in folder.glob(".*.part"):
        with contextlib.suppress(OSError):
            if temp.lstat().st_mtime < limit:
                discard(temp)
    tracks = kept_tracks(folder)
    total = sum(track.size for track in tracks)
    removed = 0
    for track in tracks[:-1]:  # the newest always stays
        if total <= cap_bytes:
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


def _verified(blob: bytes, key: str) -> Samples | None:
    """The samples of a cache entry if its check chunk matches its key and its samples, else None."""
    try:
        chunks = riff_chunks(blob)
    except ValueError:
        return None
    check, fmt, data = chunks.get(_CHECK_CHUNK), chunks.get(b"fmt "), chunks.get(b"data")
    if check is None or fmt is None or data is None or check[:64] != key.encode():
        return None
    if fmt[:16] != _ENTRY_FORMAT or hashlib.sha256(data).digest() != check[64:]:
        return None
    return np.frombuffer(data, dtype="<i2").astype(np.int16)
