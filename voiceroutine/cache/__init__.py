"""The cache: what voiceroutine keeps so a second run need not work again. It holds three kinds of entry, each
checked on every read and dropped (in one line) when damaged, never served:

- clips (`clips/ab/KEY.wav`, store.py): each rendered phrase, by a hash of everything that changes its sound;
- levels (`levels/KEY.json`, levels.py): numbers worked out from a routine's clips;
- tracks (`tracks/KEY.npy`, tracks.py): each routine's finished track, the least recently used pruned first.

`Cache` is the entry point (a folder: clips, `info`, `clear`); the audio stage reads and writes levels and
tracks through the functions below. Every write is atomic (files.py).
"""

from voiceroutine.cache.files import (
    LEVELS_FOLDER,
    STALE_TEMP_S,
    TRACKS_FOLDER,
    discard,
    report_damage,
    stale_temps,
    temp_beside,
    write_atomic,
)
from voiceroutine.cache.levels import keep_levels, read_levels
from voiceroutine.cache.store import CACHE_FORMAT, MAX_CLIP_BYTES, Cache, CacheInfo, clip_key
from voiceroutine.cache.tracks import (
    TRACKS_CAP_BYTES,
    KeptTrack,
    keeping,
    kept_track,
    kept_tracks,
    mark_used,
    prune_tracks,
    track_path,
)
from voiceroutine.paths import CACHE_ENV

__all__ = [
    "CACHE_ENV",
    "CACHE_FORMAT",
    "LEVELS_FOLDER",
    "MAX_CLIP_BYTES",
    "STALE_TEMP_S",
    "TRACKS_CAP_BYTES",
    "TRACKS_FOLDER",
    "Cache",
    "CacheInfo",
    "KeptTrack",
    "clip_key",
    "discard",
    "keep_levels",
    "keeping",
    "kept_track",
    "kept_tracks",
    "mark_used",
    "prune_tracks",
    "read_levels",
    "report_damage",
    "stale_temps",
    "temp_beside",
    "track_path",
    "write_atomic",
]
