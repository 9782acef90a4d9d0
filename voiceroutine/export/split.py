"""`--split`: one file per chapter and an M3U8 playlist, with file names that cannot leave their folder.

The playlist is UTF-8, and named .m3u8 because players read a plain .m3u as Latin-1.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from voiceroutine.export.chapters import plain_text
from voiceroutine.export.files import clipped
from voiceroutine.timeline.model import Chapter

NAME_LIMIT = 80
"""Characters kept of a title in a file name."""
NAME_BYTES = 200
"""Bytes of UTF-8 kept of a title in a file name: with "01 - " and ".mp3" within the 255 bytes a file system
allows for a name (62 emoji were 248 bytes, so 80 characters could be 320)."""
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_name(text: str, fallback: str = "Exercise") -> str:
    """`text` as one file-name component: no separators, no control characters, no leading dots, length-limited."""
    name = unicodedata.normalize("NFC", text)
    name = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in name)
    name = _UNSAFE.sub(" ", name)
    name = clipped(" ".join(name.split())[:NAME_LIMIT], NAME_BYTES).strip(" .")
    if not name or name.upper().split(".")[0] in _RESERVED:
        name = f"{fallback} {name}".strip(" .") if name else fallback
    return name


def part_names(chapters: Sequence[Chapter], extension: str) -> list[str]:
    """"01 - Chin tuck.mp3" for each chapter; numbered so they sort in order and never collide."""
    width = max(2, len(str(len(chapters))))
    return [f"{i:0{width}d} - {safe_name(ch.title)}.{extension}" for i, ch in enumerate(chapters, start=1)]


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, checked to stay directly inside `folder`."""
    path = folder / name
    if path.parent != folder or name in (".", "..") or "/" in name or "\\" in name:
        raise ValueError(f"unsafe file name {name!r}")
    return path


def m3u(title: str, chapters: Sequence[Chapter], names: Sequence[str]) -> str:
    """An extended M3U playlist of the parts, with lengths in whole seconds and chapter titles (UTF-8: .m3u8)."""
    lines = ["#EXTM3U", f"#PLAYLIST:{' '.join(plain_text(title).split())}"]
    for chapter, name in zip(chapters, names, strict=True):
        seconds = round((chapter.end_ms - chapter.start_ms) / 1000)
        lines += [f"#EXTINF:{seconds},{' '.join(plain_text(chapter.title).split())}", name]
    return "\n".join(lines) + "\n"
