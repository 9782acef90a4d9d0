"""Captions, metadata text and split names: parsed back and compared with the timeline."""

from __future__ import annotations

import re

import pytest

from tests.export.helpers import make_timeline
from voiceroutine.export.captions import lrc, lrc_time, vtt_time, webvtt
from voiceroutine.export.chapters import Tags, ffmetadata, metadata_args
from voiceroutine.export.split import inside, m3u, part_names, safe_name
from voiceroutine.timeline.model import Chapter, CueKind

_VTT = re.compile(r"(\d+):(\d\d):(\d\d)\.(\d{3}) --> (\d+):(\d\d):(\d\d)\.(\d{3})")


def _ms(h: str, m: str, s: str, ms: str) -> int:
    return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(ms)


def test_webvtt_has_every_spoken_cue_with_exact_times() -> None:
    timeline, _ = make_timeline()
    text = webvtt(timeline)
    assert text.startswith("WEBVTT\n\n")
    blocks = text.strip().split("\n\n")[1:]
    spoken = [c for c in timeline.cues if c.kind is CueKind.SPEECH]
    assert len(blocks) == len(spoken)
    for number, (block, cue) in enumerate(zip(blocks, spoken, strict=True), start=1):
        ident, timing, words = block.split("\n")
        match = _VTT.fullmatch(timing)
        assert match and ident == str(number) and words == cue.text
        assert (_ms(*match.groups()[:4]), _ms(*match.groups()[4:])) == (cue.start_ms, cue.end_ms)


@pytest.mark.parametrize(("ms", "vtt", "lrc_text"), [
    (0, "00:00:00.000", "[00:00.00]"),
    (61_239, "00:01:01.239", "[01:01.23]"),
    (3_725_004, "01:02:05.004", "[62:05.00]"),
])
def test_time_formats(ms: int, vtt: str, lrc_text: str) -> None:
    assert vtt_time(ms) == vtt and lrc_time(ms) == lrc_text


def test_vtt_escapes_markup() -> None:
    timeline, _ = make_timeline(exercises=("Press <up> & hold --> now",))
    assert "Press &lt;up&gt; &amp; hold --&gt; now" in webvtt(timeline)


def test_lrc_header_and_lines() -> None:
    timeline, _ = make_timeline()
    lines = lrc(timeline, Tags(title="Test [routine]", album="Al")).splitlines()
    assert lines[:5] == ["[ti:Test (routine)]", "[ar:voiceroutine]", "[al:Al]", "[length:00:15]", "[by:voiceroutine]"]
    timed = [(m.group(1), m.group(2)) for m in (re.fullmatch(r"(\[\d\d:\d\d\.\d\d\])(.*)", x) for x in lines[5:]) if m]
    assert len(timed) == len(lines) - 5
    spoken = [c for c in timeline.cues if c.kind is CueKind.SPEECH]
    said = [(stamp, words) for stamp, words in timed if words]
    assert said == [(lrc_time(c.start_ms), c.text) for c in spoken]
    assert (lrc_time(spoken[-1].end_ms), "") == timed[-1]


def test_ffmetadata_lists_chapter_times_in_order_and_the_texts_go_on_the_command_line() -> None:
    tags = Tags(title="A=b;c#d\\e", comment="two\nlines")
    chapters = (Chapter("One\\", 0, 1500), Chapter("Two", 1500, 4000))
    assert ffmetadata(chapters) == (";FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1500\n"
                                    "[CHAPTER]\nTIMEBASE=1/1000\nSTART=1500\nEND=4000\n")
    assert metadata_args(tags, chapters) == [
        "-metadata", "title=A=b;c#d\\e", "-metadata", "artist=voiceroutine", "-metadata", "comment=two lines",
        "-metadata:c:0", "title=One\\", "-metadata:c:1", "title=Two",
    ]


@pytest.mark.parametrize("hostile", [
    "../../etc/passwd", "a/b", "  ", "..", ".hidden", "C:\\Windows\\x", "tab\there\nnew\x00line", "NUL", "x" * 500,
    "é" * 300, "/", "?*<>|\"",
])
def test_split_names_never_leave_the_folder(hostile: str, tmp_path: object) -> None:
    name = safe_name(hostile)
    assert name and "/" not in name and "\\" not in name and not name.startswith(".")
    assert not any(ord(ch) < 32 for ch in name) and len(name) <= 80
    assert name.upper() != "NUL"
    file_name = part_names((Chapter(hostile, 0, 1000),), "mp3")[0]
    assert file_name.startswith("01 - ") and file_name.endswith(".mp3")
    from pathlib import Path

    folder = Path("/out/folder")
    assert inside(folder, file_name).parent == folder
    assert len(file_name.encode()) < 255


def test_inside_rejects_escaping_names() -> None:
    from pathlib import Path

    for bad in ("../x", "a/b", "..", "."):
        with pytest.raises(ValueError, match="unsafe"):
            inside(Path("/out"), bad)


def test_names_keep_ordinary_titles_and_number_in_order() -> None:
    chapters = tuple(Chapter(t, i, i + 1) for i, t in enumerate(["Chin tuck", "Wall angel: slow", "Cat-cow"]))
    assert part_names(chapters, "mp3") == ["01 - Chin tuck.mp3", "02 - Wall angel slow.mp3", "03 - Cat-cow.mp3"]
    playlist = m3u("Routine", (Chapter("Chin tuck", 0, 61_600),), ["01 - Chin tuck.mp3"])
    assert playlist == "#EXTM3U\n#PLAYLIST:Routine\n#EXTINF:62,Chin tuck\n01 - Chin tuck.mp3\n"
