"""An ID3v2.3 tag written by hand: text tags, a comment, and chapters (CHAP) listed in order by an ordered CTOC.

ffmpeg writes no COMM frame for a comment, and mutagen reorders CHAP frames by size on save; writing the tag
ourselves keeps the chapter frames in time order for readers that list them as stored.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

from voiceroutine.errors import EXIT_USAGE, ExportError
from voiceroutine.export.chapters import Line, Tags, plain_text
from voiceroutine.language import iso639_2
from voiceroutine.sessions.exported import TAG_NAME as ROUTINE_TAG
from voiceroutine.timeline.model import Chapter

MAX_CHAPTERS = 255
"""A CTOC frame counts its entries in one byte."""
_NO_OFFSET = 0xFFFFFFFF


def _frame(frame_id: str, data: bytes) -> bytes:
    return frame_id.encode("ascii") + struct.pack(">IH", len(data), 0) + data


def _text(frame_id: str, value: str) -> bytes:
    return _frame(frame_id, b"\x01" + _utf16(value) + b"\x00\x00")


def _user_text(description: str, value: str) -> bytes:
    """TXXX: a text of our own, named by its description."""
    return _frame("TXXX", b"\x01" + _utf16(description) + b"\x00\x00" + _utf16(value) + b"\x00\x00")


def _language(tag: str) -> bytes:
    """The three-letter language of COMM, USLT and SYLT: the routine's ("deu"), "eng" when none is given."""
    return iso639_2(tag).encode("ascii") if tag else b"eng"


def _comment(value: str, language: str = "") -> bytes:
    return _frame("COMM", b"\x01" + _language(language) + "".encode("utf-16") + b"\x00\x00" + _utf16(value)
                  + b"\x00\x00")


def _utf16(value: str) -> bytes:
    """UTF-16 with a BOM, without control characters (a NUL would end the string early in every reader)."""
    return plain_text(value).encode("utf-16")


def _picture(png: bytes) -> bytes:
    """APIC: a front cover (type 3) in PNG, no description."""
    return _frame("APIC", b"\x00image/png\x00\x03\x00" + png)


def _lyrics(lrc: str, language: str = "") -> bytes:
    """USLT: the lyrics as text, line breaks kept (here the LRC text, whose timestamps some players read; its
    fields are already plain text)."""
    return _frame("USLT", b"\x01" + _language(language) + "".encode("utf-16") + b"\x00\x00" + lrc.encode("utf-16"))


def _synced(lines: Sequence[Line], language: str = "") -> bytes:
    """SYLT: lyrics (content type 1) with millisecond timestamps (format 2)."""
    body = b"".join(_utf16(line.text) + b"\x00\x00" + struct.pack(">I", line.start_ms) for line in lines)
    return _frame("SYLT", b"\x01" + _language(language) + b"\x02\x01" + "".encode("utf-16") + b"\x00\x00" + body)


def _syncsafe(size: int) -> bytes:
    return bytes(((size >> shift) & 0x7F) for shift in (21, 14, 7, 0))


def id3_tag(tags: Tags, chapters: Sequence[Chapter] = (), padding: int = 256) -> bytes:
    """The whole tag: header, text tags, COMM, USLT, SYLT, APIC, CTOC, then one CHAP per chapter in time order."""
    if len(chapters) > MAX_CHAPTERS:
        raise ExportError(f"{len(chapters)} chapters: an MP3 holds at most {MAX_CHAPTERS}; use --format m4b",
                          exit_code=EXIT_USAGE)
    texts = (("TIT2", tags.title), ("TPE1", tags.artist), ("TALB", tags.album), ("TRCK", tags.track),
             ("TCON", tags.genre), ("TYER", tags.year))
    frames = [_text(key, value) for key, value in texts if value]
    if tags.language:
        frames.append(_text("TLAN", iso639_2(tags.language)))
    frames += [_text("TSSE", "voiceroutine")]
    if tags.routine:
        frames.append(_user_text(ROUTINE_TAG, tags.routine))
    if tags.comment:
        frames.append(_comment(tags.comment, tags.language))
    if tags.lyrics:
        frames.append(_lyrics(tags.lyrics, tags.language))
    if tags.synced:
        frames.append(_synced(tags.synced, tags.language))
    if tags.cover is not None:
        frames.append(_picture(tags.cover))
    if chapters:
        ids = [f"ch{i}".encode("ascii") for i in range(len(chapters))]
        toc = b"toc\x00" + bytes([0x03, len(chapters)]) + b"".join(i + b"\x00" for i in ids)
        frames.append(_frame("CTOC", toc + _text("TIT2", "Exercises")))
        for element, chapter in zip(ids, chapters, strict=True):
            times = struct.pack(">IIII", chapter.start_ms, chapter.end_ms, _NO_OFFSET, _NO_OFFSET)
            frames.append(_frame("CHAP", element + b"\x00" + times + _text("TIT2", chapter.title)))
    body = b"".join(frames) + b"\x00" * padding
    return b"ID3\x03\x00\x00" + _syncsafe(len(body)) + body
