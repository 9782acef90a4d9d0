"""Tags and chapters for ffmpeg: chapter times in an FFMETADATA file, every text on the command line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from voiceroutine.controls import stripped
from voiceroutine.language import iso639_2
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
    language: str = ""
    """The BCP 47 tag the routine is spoken in ("de"); written as ISO 639-2 ("deu") where a format has a
    language tag: ID3 TLAN, Vorbis LANGUAGE, the M4B audio track's language. Empty: not written."""
    routine: str = ""
    """Which routine the file holds, for `voiceroutine done FILE`: ASCII JSON from `sessions.exported.routine_tag`
    (written by id3.py and tagging.py where that module says); empty for none (a split part)."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of synced lyrics: a phrase and when it is heard (an empty text where the voice stops)."""

    start_ms: int
    text: str


def plain_text(value: str) -> str:
    """`value` without control characters (line breaks and tabs become spaces), for a tag, a chapter title or a
    caption: NUL, ESC and the rest never reach a file a player reads, nor ffmpeg's command line. The loader
    already refuses them; this keeps every export path safe whatever text it is handed."""
    return stripped(value)


def ffmetadata(chapters: Sequence[Chapter] = ()) -> str:
    """The FFMETADATA1 text: one [CHAPTER] per chapter in ms, without titles (`metadata_args` gives them).

    No text of ours goes in this file: ffmpeg (5.1, Debian 12) reads a value ending in an escaped backslash as
    running on into the next line (a name like `Chin tuck\\` swallowed the next chapter), and no escaping avoids
    that. Text on ffmpeg's command line is taken exactly, so it goes there.
    """
    lines = [";FFMETADATA1"]
    for chapter in chapters:
        lines += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={chapter.start_ms}", f"END={chapter.end_ms}"]
    return "\n".join(lines) + "\n"


def metadata_args(tags: Tags, chapters: Sequence[Chapter] = ()) -> list[str]:
    """ffmpeg options setting the global tags and each chapter's title, exactly (argv needs no escaping); the one
    way text reaches ffmpeg's metadata, for every format it writes."""
    args: list[str] = []
    for key, value in (("title", tags.title), ("artist", tags.artist), ("album", tags.album),
                       ("comment", tags.comment), ("track", tags.track)):
        if plain_text(value):
            args += ["-metadata", f"{key}={plain_text(value)}"]
    if tags.language:  # the audio stream's language (MP4 keeps it in the track header, Ogg in its comments)
        args += ["-metadata:s:a:0", f"language={iso639_2(tags.language)}"]
    for index, chapter in enumerate(chapters):
        args += [f"-metadata:c:{index}", f"title={plain_text(chapter.title)}"]
    return args
