"""Issue 17, item 8: names with backslashes, '=', ';', '#' and line breaks reach every format's tags and chapters
exactly (ffmpeg 5.1 misread a value ending in an escaped backslash); control characters never reach a file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.export.helpers import ffprobe, make_timeline, needs_ffmpeg
from voiceroutine.export.chapters import Tags
from voiceroutine.export.exporter import export_routine
from voiceroutine.export.id3 import id3_tag
from voiceroutine.timeline.model import Chapter

pytestmark = [pytest.mark.e2e, needs_ffmpeg]

HOSTILE = ("Chin tuck\\", "a=b;c#d", "Back\\\\", "# comment", "; not a comment", "[CHAPTER]")


@pytest.mark.parametrize("fmt", ["m4b", "ogg", "mp3"])
def test_every_chapter_and_tag_survives_exactly(tmp_path: Path, fmt: str) -> None:
    timeline, clips = make_timeline(HOSTILE, exercise_ms=3000)
    tags = Tags(title="Routine\\", album="x=y\\", comment="#1; two\\")
    result = export_routine(timeline, clips, tmp_path / f"out.{fmt}", tags=tags)
    probe = ffprobe(result.audio)
    titles = [chapter["tags"]["title"] for chapter in probe["chapters"]]  # type: ignore[index, union-attr]
    assert titles == list(HOSTILE)
    where = probe["streams"][0] if fmt == "ogg" else probe["format"]  # type: ignore[index]  # Ogg: on the stream
    found = {key.lower(): value for key, value in where["tags"].items()}  # type: ignore[index]
    assert found["title"] == "Routine\\" and found["album"] == "x=y\\" and found["comment"] == "#1; two\\"


def test_control_characters_never_reach_tags_chapters_or_captions(tmp_path: Path) -> None:
    timeline, clips = make_timeline(("Chin tuck", "Wall angel"))
    chapters = (Chapter("Chin\x00 tuck\x1b[2J", 0, 5000), Chapter("Wall\x07 angel\x9b", 5000, 10000))
    hostile = dataclasses.replace(timeline, chapters=chapters, title="T\x1b]0;PWNED\x07itle")
    tags = Tags(title=hostile.title, comment="a\x00b")
    for fmt in ("m4b", "mp3"):
        result = export_routine(hostile, clips, tmp_path / f"out.{fmt}", tags=tags)
        probe = ffprobe(result.audio)
        tags_read = probe["format"]["tags"]  # type: ignore[index]
        assert tags_read["title"] == "T]0;PWNEDitle" and tags_read["comment"] == "ab"  # type: ignore[index]
        titles = [chapter["tags"]["title"] for chapter in probe["chapters"]]  # type: ignore[index, union-attr]
        assert titles == ["Chin tuck[2J", "Wall angel"]
    for caption in (tmp_path / "out.vtt", tmp_path / "out.lrc"):
        text = caption.read_text(encoding="utf-8")
        assert not any((ord(ch) < 32 and ch != "\n") or 0x7F <= ord(ch) <= 0x9F for ch in text)


def test_the_id3_tag_holds_no_nul_inside_a_text() -> None:
    tag = id3_tag(Tags(title="a\x00b"), ())
    assert "ab".encode("utf-16")[2:] in tag and "a\x00b".encode("utf-16")[2:] not in tag
