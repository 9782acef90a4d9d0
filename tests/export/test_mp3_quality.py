"""Every MP3, with a music bed or without, is encoded at LAME's quality 7 (`encode.MP3_QUALITY`)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.export.helpers import ebur128, logging_ffmpeg, make_timeline, needs_ffmpeg
from voiceroutine.export.encode import MP3_QUALITY, Ffmpeg, Format
from voiceroutine.export.exporter import export_routine

pytestmark = [pytest.mark.e2e, needs_ffmpeg]


LAME_7 = "-c:a libmp3lame -b:a 64k -ar 22050 -id3v2_version 0 -f mp3 -compression_level 7 -flush_packets 0 -y"


def _encodes(log: Path) -> list[str]:
    return [line for line in log.read_text().splitlines() if "-f s16le" in line]  # raw samples in: an encode


def test_an_mp3_with_music_or_without_is_encoded_at_lames_quality_7(tmp_path: Path) -> None:
    song = tmp_path / "song.ogg"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=f=220:d=4:sample_rate=44100", "-ac", "2",
                    "-c:a", "libvorbis", str(song)], check=True)
    timeline, clips = make_timeline()
    ffmpeg, log = logging_ffmpeg(tmp_path)
    with_music = export_routine(timeline, clips, tmp_path / "music.mp3", music=song, ffmpeg=ffmpeg)
    (encode,) = _encodes(log)
    assert MP3_QUALITY == 7
    assert LAME_7 in encode
    loudness, peak = ebur128(with_music.audio)
    assert loudness == pytest.approx(-19.0, abs=0.5) and peak <= -1.0

    log.unlink()
    export_routine(timeline, clips, tmp_path / "speech.mp3", ffmpeg=ffmpeg)
    (plain,) = _encodes(log)
    assert LAME_7 in plain


def test_only_an_mp3_takes_lames_quality() -> None:
    encoder = Ffmpeg()
    for fmt in (Format.M4B, Format.OGG, Format.WAV):
        assert "-compression_level" not in encoder.command(fmt, None, Path("x"))
    assert encoder.command(Format.MP3, None, Path("x"))[-6:] == ["-compression_level", "7", "-flush_packets", "0",
                                                                   "-y", "x"]


def test_every_ffmpeg_an_export_starts_writes_whole_blocks(tmp_path: Path) -> None:
    """Each encode and each decode of its check is told to write 32 KB at a time (`encode.WHOLE_BLOCKS`), not a
    write for every 26 ms packet; the file is the same either way."""
    timeline, clips = make_timeline()
    ffmpeg, log = logging_ffmpeg(tmp_path)
    for fmt in ("mp3", "m4b", "ogg"):
        export_routine(timeline, clips, tmp_path / f"r.{fmt}", ffmpeg=ffmpeg)
    commands = log.read_text().splitlines()
    decodes = [line for line in commands if line.endswith("pipe:1")]
    assert len(_encodes(log)) == 3 and len(decodes) == 3
    assert all(" -flush_packets 0 " in line for line in commands)
    blocked = (tmp_path / "r.mp3").read_bytes()
    plain = Ffmpeg()

    def unblocked(*args: Any, **kwargs: Any) -> list[str]:
        command = Ffmpeg.command(plain, *args, **kwargs)
        at = command.index("-flush_packets")
        return command[:at] + command[at + 2 :]

    plain.command = unblocked  # type: ignore[method-assign]
    export_routine(timeline, clips, tmp_path / "plain.mp3", ffmpeg=plain)
    assert (tmp_path / "plain.mp3").read_bytes() == blocked
