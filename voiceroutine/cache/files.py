"""What every kind of cache entry shares: atomic writes, temp files, removing damage and saying so."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path
from typing import BinaryIO

LEVELS_FOLDER = "levels"
"""Where each routine's levelling is remembered, as `KEY.json` (levels.py)."""
TRACKS_FOLDER = "tracks"
"""Where the player and the exporter keep each routine's finished track, as `KEY.npy` (tracks.py)."""
VOICES_FOLDER = "voices"
"""Where a Piper voice is kept cut in two, by its file's hash (speech/piper_split.py)."""
DERIVED_FOLDERS = (LEVELS_FOLDER, TRACKS_FOLDER, VOICES_FOLDER)
"""What the cache keeps beside the clips; `cache clear` empties them."""
STALE_TEMP_S = 5 * 60
"""A temp file (`.NAME.*.part`) untouched for this long was left by a process that died: it is counted by
`cache info` and deleted by the tracks cap and `cache clear`. A live writer touches its temp far more often."""
log = logging.getLogger("voiceroutine")
"""Where a damaged cache entry is reported (the CLI prints warnings on stderr)."""


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


def dropped_entry(path: Path, reason: str) -> None:
    """Report a damaged entry and remove it, so it is made again."""
    report_damage(path, reason)
    discard(path)


def stale_temps(folder: Path, now: float | None = None) -> list[tuple[Path, int]]:
    """Temp files (`.NAME.*.part`) anywhere in the cache at `folder` untouched for STALE_TEMP_S, with their sizes:
    what a process killed while writing left behind."""
    limit = (time.time() if now is None else now) - STALE_TEMP_S
    found = []
    for pattern in (".*.part", "clips/??/.*.part", *(f"{kept}/.*.part" for kept in DERIVED_FOLDERS)):
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


def remember(path: Path, data: bytes) -> None:
    """Keep `data` at `path` atomically; remembering is only a speed-up, so a read-only cache is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except OSError:
        pass
