"""An ID3v2.3 tag written by hand: text tags, a comment, and chapters (CHAP) listed in order by an ordered CTOC.

ffmpeg writes no COMM frame for a comment, and mutagen reorders CHAP frames by size on save; writing the tag
ourselves keeps the chapter frames in time order for readers that list them as stored.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

from voiceroutine.errors import EXIT_USAGE, ExportError
from voiceroutine.export.chapters import Tags, plain_text
from voiceroutine.timeline.model import Chapter

MAX_CHAPTERS = 255
"""A CTOC frame counts its entries in one byte."""
_NO_OFFSET = 0xFFFFFFFF


def _frame(frame_id: str, data: bytes) -> bytes:
    return frame_id.encode("ascii") + struct.pack(">IH", len(data), 0) + data


def _text(frame_id: str, value: str) -> bytes:
    return _frame(frame_id, b"\x01" + _utf16(value) + b"\x00\x00")


def _comment(value: str) -> bytes:
    return _frame("COMM", b"\x01eng" + "".encode("utf-16") + b"\x00\x00" + _utf16(value) + b"\x00\x00")


def _utf16(value: str) -> bytes:
    """UTF-16 with a BOM, without control characters (a NUL would end the string early in every reader)."""
    return plain_text(value).encode("utf-16")


def _syncsafe(size: int) -> bytes:
    return bytes(((size >> shift) & 0x7F) for shift in (21, 14, 7, 0))


def id3_tag(tags: Tags, chapters: Sequence[Chapter] = (), padding: int = 256) -> bytes:
    """The whole tag: header, TIT2/TPE1/TALB/TRCK/COMM, CTOC, then one CHAP per chapter in time order."""
    if len(chapters) > MAX_CHAPTERS:
        raise ExportError(f"{len(chapters)} chapters: an MP3 holds at most {MAX_CHAPTERS}; use --format m4b",
                          exit_code=EXIT_USAGE)
    frames = [_text(key, value) for key, value in (("TIT2", tags.title), ("TPE1", tags.artist),
                                                 ("TALB", tags.album), ("TRCK", tags.track)) if value]
    frames += [_text("TSSE", "voiceroutine")]
    if tags.comment:
        frames.append(_comment(tags.comment))
    if chapters:
        ids = [f"ch{i}".encode("ascii") for i in range(len(chapters))]
        toc = b"toc\x00" + bytes([0x03, len(chapters)]) + b"".join(i + b"\x00" for i in ids)
        frames.append(_frame("CTOC", toc + _text("TIT2", "Exercises")))
        for element, chapter in zip(ids, chapters, strict=True):
            times = struct.pack(">IIII", chapter.start_ms, chapter.end_ms, _NO_OFFSET, _NO_OFFSET)
            frames.append(_frame("CHAP", element + b"\x00" + times + _text("TIT2", chapter.title)))
    body = b"".join(frames) + b"\x00" * padding
    return b"ID3\x03\x00\x00" + _syncsafe(len(body)) + body
