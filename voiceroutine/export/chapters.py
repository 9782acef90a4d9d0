"""Tags and chapters as an FFMETADATA file, which ffmpeg turns into ID3 CHAP/CTOC frames (MP3) or MP4 chapters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from voiceroutine.timeline.model import Chapter


@dataclass(frozen=True, slots=True)
class Tags:
    """What a music player shows about the file."""

    title: str
    artist: str = "voiceroutine"
    album: str = ""
    comment: str = ""
    track: str = ""
    """"3/7" for a split file; empty for the whole routine."""
    genre: str = ""
    year: str = ""
    """The year of the export, such as "2026"."""
    cover: bytes | None = None
    """The cover image as PNG bytes."""
    lyrics: str = ""
    """The LRC text, embedded for players that read lyrics from the file (its timestamps make it synced there)."""
    synced: tuple[Line, ...] = ()
    """The same lines with their times, for ID3 SYLT."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of synced lyrics: a phrase and when it is heard (an empty text where the voice stops)."""

    start_ms: int
    text: str


def _escape(value: str) -> str:
    """FFMETADATA escaping: '=', ';', '#', '\\' and line breaks take a backslash."""
    out = []
    for ch in value:
        if ch in "=;#\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\\n")
        elif ch == "\r" or (ord(ch) < 32 and ch != "\t"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def ffmetadata(tags: Tags, chapters: Sequence[Chapter] = ()) -> str:
    """The FFMETADATA1 text: global tags, then one [CHAPTER] per chapter in ms."""
    lines = [";FFMETADATA1"]
    for key, value in (("title", tags.title), ("artist", tags.artist), ("album", tags.album),
                       ("comment", tags.comment), ("track", tags.track)):
        if value:
            lines.append(f"{key}={_escape(value)}")
    for chapter in chapters:
        lines += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={chapter.start_ms}", f"END={chapter.end_ms}",
                  f"title={_escape(chapter.title)}"]
    return "\n".join(lines) + "\n"
