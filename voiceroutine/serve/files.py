"""Which files `serve` hands out, safely: the request's path inside the shared folder, its content type, ranges.

A path is served only if every one of its parts is a plain name (no "", ".", "..", no hidden name, no
backslash or NUL, after percent-decoding), its real path (symlinks followed) lies inside the folder's real path,
it is a regular file, and its type is one an export writes. Anything else is "not found", the same answer as a
file that does not exist, so nothing about the rest of the disk can be learnt.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from voiceroutine.export.chapters_json import MEDIA_TYPE as CHAPTERS_TYPE
from voiceroutine.export.chapters_json import SUFFIX as CHAPTERS_SUFFIX

CONTENT_TYPES = {
    ".mp3": "audio/mpeg",
    ".m4b": "audio/mp4",
    ".m4a": "audio/mp4",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".wav": "audio/wav",
    ".vtt": "text/vtt; charset=utf-8",
    ".lrc": "text/plain; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".m3u8": "audio/x-mpegurl; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
}
"""The types an export writes (and the only files served), by suffix; our own table, not the system's
mime.types, so every machine answers alike."""


def content_type(name: str) -> str | None:
    """The content type of a file `serve` hands out, None for a file it does not."""
    if name.endswith(CHAPTERS_SUFFIX):
        return CHAPTERS_TYPE
    return CONTENT_TYPES.get(os.path.splitext(name)[1].lower())


def plain_parts(path: str) -> tuple[str, ...] | None:
    """The names in a URL path below the token ("a/b%20c.mp3" -> ("a", "b c.mp3")), None if any is not a plain
    name. Checked before and after percent-decoding, so "%2e%2e" is refused like "..", and "%2f" cannot hide a
    slash."""
    raw = path.split("/")
    names = tuple(unquote(part, errors="strict") for part in raw) if _decodable(path) else None
    if names is None:
        return None
    for before, name in zip(raw, names):
        if not name or name.startswith(".") or before.startswith(".") or re.search(r"[/\\\x00]", name):
            return None
    return names


def _decodable(path: str) -> bool:
    try:
        unquote(path, errors="strict")
    except UnicodeDecodeError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Found:
    """A file to serve."""

    path: Path
    """Its real path, inside the folder."""
    size: int
    mtime_ns: int
    content_type: str


def find(folder: Path, names: tuple[str, ...]) -> Found | None:
    """The file `names` points at inside `folder` (itself a real, absolute path), None unless it may be served."""
    content = content_type(names[-1]) if names else None
    if content is None:
        return None
    real = Path(os.path.realpath(folder.joinpath(*names)))
    if not real.is_relative_to(folder) or real == folder:
        return None  # a symlink out of the folder
    try:
        info = real.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return Found(real, info.st_size, info.st_mtime_ns, content)


@dataclass(frozen=True, slots=True)
class Span:
    """The bytes to send: `start` to `end` inclusive, of a file of `size` bytes."""

    start: int
    end: int
    size: int

    @property
    def length(self) -> int:
        return self.end - self.start + 1


class Unsatisfiable(Exception):
    """A range that starts beyond the end of the file (answered 416)."""


def byte_range(header: str | None, size: int) -> Span | None:
    """The one range of a Range header ("bytes=0-", "bytes=100-199", "bytes=-500"), None for the whole file:
    no header, another unit, several ranges or a malformed one (which a server may ignore, RFC 9110 14.2).
    Raises Unsatisfiable when no byte of the range exists."""
    if header is None:
        return None
    match = re.fullmatch(r"\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*", header)
    if match is None or match.group(1) == match.group(2) == "":
        return None
    first, last = match.group(1), match.group(2)
    if first == "":  # the last `last` bytes
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise Unsatisfiable
        return Span(max(0, size - suffix), size - 1, size)
    start = int(first)
    end = size - 1 if last == "" else min(int(last), size - 1)
    if last != "" and int(last) < start:
        return None  # malformed: ignored
    if start >= size:
        raise Unsatisfiable
    return Span(start, end, size)
