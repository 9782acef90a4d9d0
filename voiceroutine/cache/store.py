"""The clip store: rendered phrases kept by a hash of everything that changes their sound.

Each entry is a playable mono WAV (`clips/ab/abcd....wav`) with one extra RIFF chunk, `vrck`, holding the
entry's key and the SHA-256 of its samples: a truncated or damaged file fails that check and is rendered
again. Entries are written to a temp file in the same folder and renamed into place, so a reader (another
process exporting at the same time) sees a whole entry or none. `Cache` also counts and clears what is kept
beside the clips (levels.py, tracks.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import stat
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.cache.files import (
    DERIVED_FOLDERS,
    TRACKS_FOLDER,
    discard,
    report_damage,
    stale_temps,
    write_atomic,
)
from voiceroutine.cache.tracks import KEY as _KEY
from voiceroutine.cache.tracks import kept_tracks
from voiceroutine.errors import SpeechError
from voiceroutine.paths import cache_dir
from voiceroutine.regular import NotRegularError, TooLargeError, read_regular
from voiceroutine.speech.wavio import riff_chunks, wav_bytes

CACHE_FORMAT = 1
"""Bumped whenever the entry layout or the rendering pipeline changes what a key means."""
STATS_FILE = "last-run.json"
MAX_CLIP_BYTES = 32 * 1024 * 1024
"""Largest clip entry read: a 500-character phrase at the slowest speed takes about 3 MB."""
_CHECK_CHUNK = b"vrck"
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
        for derived in DERIVED_FOLDERS:  # what audio/finish.py and speech/piper_split.py keep beside the clips
            folder = self.folder / derived
            for path in folder.glob("*") if folder.is_dir() else ():
                if not path.name.endswith(".part"):  # temps: only the stale ones went above
                    discard(path)
            with contextlib.suppress(OSError):
                folder.rmdir()
        return removed


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
