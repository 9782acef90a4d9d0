"""What phones show, read back with mutagen and ffprobe: cover, genre, year, lyrics, audiobook kind, exact chapters."""

from __future__ import annotations

import base64
import io
from datetime import date
from pathlib import Path

import pytest
from mutagen.flac import Picture
from mutagen.id3 import ID3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from PIL import Image

from tests.export.helpers import ffprobe, make_timeline, needs_ffmpeg
from voiceroutine.export.exporter import GENRE, default_tags, export_routine
from voiceroutine.timeline.model import CueKind

pytestmark = [pytest.mark.e2e, needs_ffmpeg]
DAY = date(2031, 5, 4)


def _cover_of(png: bytes) -> tuple[str, tuple[int, int], int]:
    image = Image.open(io.BytesIO(png))
    return image.format or "", image.size, len(image.convert("RGB").getcolors(maxcolors=1 << 16) or ())


def test_mp3_cover_genre_year_and_both_lyrics_frames(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    result = export_routine(timeline, clips, tmp_path / "r.mp3", tags=default_tags(timeline, today=DAY))
    id3 = ID3(result.audio)
    assert (str(id3["TCON"]), str(id3["TDRC"])) == (GENRE, "2031")  # mutagen reads v2.3 TYER as TDRC
    (apic,) = id3.getall("APIC")
    assert (apic.mime, apic.type) == ("image/png", 3)
    kind, size, colours = _cover_of(apic.data)
    assert (kind, size) == ("PNG", (1400, 1400)) and colours > 10  # drawn text, not a flat square
    lrc = (tmp_path / "r.lrc").read_text(encoding="utf-8")
    (uslt,) = id3.getall("USLT")
    assert uslt.text == lrc
    (sylt,) = id3.getall("SYLT")
    assert sylt.format == 2 and sylt.type == 1  # milliseconds, lyrics
    spoken = [(c.text, c.start_ms) for c in timeline.cues if c.kind is CueKind.SPEECH]
    assert [(text, ms) for text, ms in sylt.text if text] == spoken
    assert all(ms == next(c.end_ms for c in timeline.cues if c.kind is CueKind.SPEECH and c.end_ms == ms)
               for text, ms in sylt.text if not text)  # an empty line where the voice stops


def test_m4b_is_an_audiobook_with_cover_genre_year_lyrics_and_both_chapter_kinds(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    result = export_routine(timeline, clips, tmp_path / "r.m4b", tags=default_tags(timeline, today=DAY))
    head = result.audio.read_bytes()[:32]
    assert head[4:12] == b"ftypM4B " and b"M4A " not in head  # the brand players file audiobooks by
    tags = MP4(result.audio).tags
    assert tags is not None
    assert tags["stik"] == [2] and tags["©gen"] == [GENRE] and tags["©day"] == ["2031"]
    assert tags["©nam"] == [timeline.title]
    assert tags["©lyr"] == [(tmp_path / "r.lrc").read_text(encoding="utf-8")]
    (cover,) = tags["covr"]
    assert cover.imageformat == cover.FORMAT_PNG and _cover_of(bytes(cover))[:2] == ("PNG", (1400, 1400))
    probe = ffprobe(result.audio)  # mutagen's rewrite kept the chapter track and the moov atom first
    assert [(round(float(c["start_time"]) * 1000), c["tags"]["title"]) for c in probe["chapters"]] == [  # type: ignore[union-attr]
        (ch.start_ms, ch.title) for ch in timeline.chapters]
    raw = result.audio.read_bytes()
    assert b"chpl" in raw  # Nero chapters, for AntennaPod and Voice
    assert raw.index(b"moov") < raw.index(b"mdat")


@pytest.mark.parametrize("exercise_ms", [5678, 5500, 4999])
def test_ogg_chapters_are_exact_to_the_millisecond(tmp_path: Path, exercise_ms: int) -> None:
    timeline, clips = make_timeline(exercise_ms=exercise_ms)
    result = export_routine(timeline, clips, tmp_path / "r.opus", tags=default_tags(timeline, today=DAY))
    starts = [ch.start_ms for ch in timeline.chapters]
    assert any(ms % 1000 >= 500 for ms in starts)  # where ffmpeg's own writer rounds up a whole second
    probe = ffprobe(result.audio)
    found = [(float(c["start_time"]), c["tags"]["title"]) for c in probe["chapters"]]  # type: ignore[union-attr]
    assert found == [(ch.start_ms / 1000, ch.title) for ch in timeline.chapters]
    tags = OggOpus(result.audio).tags
    assert tags is not None
    assert tags["CHAPTER001"] == [f"00:00:{exercise_ms // 1000:02d}.{exercise_ms % 1000:03d}"]
    assert (tags["TITLE"], tags["GENRE"], tags["DATE"]) == ([timeline.title], [GENRE], ["2031"])
    assert tags["LYRICS"] == [(tmp_path / "r.lrc").read_text(encoding="utf-8")]
    picture = Picture(base64.b64decode(tags["METADATA_BLOCK_PICTURE"][0]))
    assert (picture.type, picture.mime, picture.width) == (3, "image/png", 1400)
    assert _cover_of(picture.data)[:2] == ("PNG", (1400, 1400))


def test_split_parts_carry_the_cover_and_it_lies_beside_them(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    export_routine(timeline, clips, tmp_path / "r.m4b", split=True, tags=default_tags(timeline, today=DAY))
    cover = (tmp_path / "r" / "cover.png").read_bytes()
    assert _cover_of(cover)[:2] == ("PNG", (1400, 1400))
    tags = MP4(tmp_path / "r" / "02 - Wall angel.m4b").tags
    assert tags is not None and bytes(tags["covr"][0]) == cover
    assert tags["©nam"] == ["Wall angel"] and tags["trkn"] == [(2, 3)] and tags["stik"] == [2]


CHAPTERS_SCHEMA = {  # Podcasting 2.0 JSON chapters 1.2, as the podcast namespace's chapters spec defines them
    "type": "object",
    "required": ["version", "chapters"],
    "properties": {
        "version": {"type": "string", "pattern": r"^1\.2(\.\d+)?$"},
        "author": {"type": "string"}, "title": {"type": "string"}, "podcastName": {"type": "string"},
        "description": {"type": "string"}, "fileName": {"type": "string"}, "waypoints": {"type": "boolean"},
        "chapters": {"type": "array", "items": {
            "type": "object",
            "required": ["startTime"],
            "properties": {
                "startTime": {"type": "number", "minimum": 0}, "endTime": {"type": "number", "minimum": 0},
                "title": {"type": "string"}, "img": {"type": "string"}, "url": {"type": "string"},
                "toc": {"type": "boolean"},
            },
            "additionalProperties": False,
        }},
    },
    "additionalProperties": False,
}


@pytest.mark.parametrize("fmt", ["mp3", "m4b", "ogg"])
def test_podcasting_json_chapters_beside_the_audio(tmp_path: Path, fmt: str) -> None:
    import json

    import jsonschema

    timeline, clips = make_timeline(exercise_ms=5678)
    result = export_routine(timeline, clips, tmp_path / f"r.{fmt}", lead_in_ms=250)
    data = json.loads((tmp_path / "r.chapters.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, CHAPTERS_SCHEMA)
    assert (data["version"], data["fileName"], data["title"]) == ("1.2.0", f"r.{fmt}", timeline.title)
    starts = [c["startTime"] for c in data["chapters"]]
    assert starts == sorted(starts)
    assert [(c["startTime"], c["endTime"], c["title"]) for c in data["chapters"]] == [
        (0, 5.928, "Chin tuck"), (5.928, 11.606, "Wall angel"), (11.606, 17.284, "Doorway stretch")]
    probe = ffprobe(result.audio)  # the same chapters as in the file
    assert [float(c["start_time"]) for c in probe["chapters"]] == pytest.approx(starts, abs=0.0005)  # type: ignore[union-attr]


def test_no_json_chapters_for_wav(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    export_routine(timeline, clips, tmp_path / "r.wav")
    assert not (tmp_path / "r.chapters.json").exists()
