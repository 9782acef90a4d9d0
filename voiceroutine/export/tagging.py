"""Tags that ffmpeg cannot write right, added to the encoded file with mutagen before it is renamed into place.

- Ogg Opus: every tag, and the chapters as CHAPTERnnn / CHAPTERnnnNAME comments. ffmpeg's Ogg chapter
  writer rounds the seconds and keeps the milliseconds, so a chapter at 1.700 s lands at 2.700 s.
- M4B: what ffmpeg's ipod muxer leaves out: the cover (covr), genre, year, lyrics, and the audiobook media
  kind (stik 2), plus the "M4B " brand in place of "M4A " so players file it as an audiobook.
- WAV: an ID3 chunk with the routine's identity (`sessions/exported.py`), which ffmpeg's INFO list cannot hold.
MP3 needs none of this: its ID3 tag is written whole by `id3.py`.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from pathlib import Path

from voiceroutine.errors import ExportError
from voiceroutine.export.chapters import Tags, plain_text
from voiceroutine.language import iso639_2
from voiceroutine.sessions.exported import MP4_KEY, TAG_NAME, VORBIS_KEY
from voiceroutine.timeline.model import Chapter

AUDIOBOOK = 2
"""iTunes media kind (stik) of an audiobook."""


def ogg_time(ms: int) -> str:
    """HH:MM:SS.mmm, the time format of Vorbis comment chapters."""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def vorbis_comments(tags: Tags, chapters: Sequence[Chapter] = ()) -> list[tuple[str, str]]:
    """The Vorbis comments of an Ogg file, in the order they are written; no control characters in any (the
    lyrics keep their line breaks, their fields are plain text already)."""
    fields = [("TITLE", tags.title), ("ARTIST", tags.artist), ("ALBUM", tags.album), ("COMMENT", tags.comment),
              ("GENRE", tags.genre), ("DATE", tags.year),
              ("LANGUAGE", iso639_2(tags.language) if tags.language else "")]
    if tags.track:
        number, _, total = tags.track.partition("/")
        fields += [("TRACKNUMBER", number), ("TRACKTOTAL", total)]
    fields += [("LYRICS", tags.lyrics), (VORBIS_KEY, tags.routine)]
    comments = [(key, value if key == "LYRICS" else plain_text(value)) for key, value in fields if value]
    for index, chapter in enumerate(chapters):
        comments += [(f"CHAPTER{index:03d}", ogg_time(chapter.start_ms)),
                     (f"CHAPTER{index:03d}NAME", plain_text(chapter.title))]
    if tags.cover is not None:
        comments.append(("METADATA_BLOCK_PICTURE", _flac_picture(tags.cover)))
    return comments


def _flac_picture(png: bytes) -> str:
    from mutagen.flac import Picture

    from voiceroutine.export.cover import png_size

    picture = Picture()  # type: ignore[no-untyped-call]
    picture.type = 3  # front cover
    picture.mime = "image/png"
    picture.width, picture.height = png_size(png)
    picture.depth = 24
    picture.data = png
    return base64.b64encode(picture.write()).decode("ascii")  # type: ignore[no-untyped-call]


def tag_ogg(path: Path, tags: Tags, chapters: Sequence[Chapter], shown_as: Path) -> None:
    """Replace the comments of the Ogg Opus file at `path` with `tags` and `chapters` (exact to the ms)."""
    from mutagen.oggopus import OggOpus

    def write() -> None:
        audio = OggOpus(path)  # type: ignore[no-untyped-call]
        assert audio.tags is not None
        audio.tags.clear()
        for key, value in vorbis_comments(tags, chapters):
            audio.tags[key] = [*audio.tags.get(key, []), value]
        audio.save()

    _mutagen(write, shown_as)


def tag_m4b(path: Path, tags: Tags, shown_as: Path) -> None:
    """Add cover, genre, year, lyrics and the audiobook kind to the M4B at `path`, and brand it M4B."""
    from mutagen.mp4 import MP4, MP4Cover, MP4FreeForm

    def write() -> None:
        audio = MP4(path)  # type: ignore[no-untyped-call]
        if audio.tags is None:
            audio.add_tags()  # type: ignore[no-untyped-call]
        assert audio.tags is not None
        audio.tags["stik"] = [AUDIOBOOK]
        for key, value in (("©gen", plain_text(tags.genre)), ("©day", plain_text(tags.year)), ("©lyr", tags.lyrics)):
            if value:
                audio.tags[key] = [value]
        if tags.cover is not None:
            audio.tags["covr"] = [MP4Cover(tags.cover, imageformat=MP4Cover.FORMAT_PNG)]
        if tags.routine:
            audio.tags[MP4_KEY] = [MP4FreeForm(tags.routine.encode("ascii"))]
        audio.save()
        _brand_m4b(path)

    _mutagen(write, shown_as)


def tag_wav(path: Path, tags: Tags, shown_as: Path) -> None:
    """Add an ID3 chunk naming the routine to the WAV at `path` (ffmpeg's INFO list has no field for it)."""
    from mutagen.id3 import TXXX
    from mutagen.wave import WAVE

    def write() -> None:
        audio = WAVE(path)  # type: ignore[no-untyped-call]
        if audio.tags is None:
            audio.add_tags()  # type: ignore[no-untyped-call]
        assert audio.tags is not None
        audio.tags.add(TXXX(encoding=3, desc=TAG_NAME, text=[tags.routine]))  # type: ignore[no-untyped-call]
        audio.save()

    if tags.routine:
        _mutagen(write, shown_as)


def _brand_m4b(path: Path) -> None:
    """Rewrite the ftyp box's "M4A " brands as "M4B " in place (same size, so nothing else moves)."""
    with open(path, "r+b") as f:
        head = f.read(64)
        if head[4:8] != b"ftyp":
            raise ExportError(f"ffmpeg wrote no MP4 header in {path.name}")
        size = int.from_bytes(head[:4], "big")
        box = bytearray(head[:size])
        for at in range(8, len(box) - 3, 4):
            if at != 12 and box[at : at + 4] == b"M4A ":  # 12 is the minor version, a number
                box[at : at + 4] = b"M4B "
        f.seek(0)
        f.write(box)


def _mutagen(write: Callable[[], None], shown_as: Path) -> None:
    from mutagen import MutagenError

    from voiceroutine.export.files import describe_os_error

    try:
        write()
    except OSError as e:
        raise describe_os_error(e, shown_as) from None
    except MutagenError as e:
        cause = e.__cause__ or e.__context__
        if isinstance(cause, OSError):
            raise describe_os_error(cause, shown_as) from None
        raise ExportError(f"cannot write tags of {shown_as}: {e}") from None
