"""Every MP3, with a music bed or without, is encoded at LAME's quality 7 (`encode.MP3_QUALITY`)."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest

from tests.export.helpers import ebur128, make_timeline, needs_ffmpeg
from voiceroutine.export.encode import MP3_QUALITY, Ffmpeg, Format
from voiceroutine.export.exporter import export_routine

pytestmark = [pytest.mark.e2e, needs_ffmpeg]


def _logging_ffmpeg(tmp_path: Path) -> tuple[Ffmpeg, Path]:
    """The real ffmpeg behind a script that writes each command line to a log first."""
    real = subprocess.run(["sh", "-c", "command -v ffmpeg"], capture_output=True, text=True, check=True).stdout.strip()
    log = tmp_path / "commands.log"
    path = tmp_path / "bin" / "ffmpeg"
    path.parent.mkdir()
    path.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\nexec "{real}" "$@"\n')
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return Ffmpeg(str(path)), log


def _encodes(log: Path) -> list[str]:
    return [line for line in log.read_text().splitlines() if "-f s16le" in line]  # raw samples in: an encode


def test_an_mp3_with_music_or_without_is_encoded_at_lames_quality_7(tmp_path: Path) -> None:
    song = tmp_path / "song.ogg"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=f=220:d=4:sample_rate=44100", "-ac", "2",
                    "-c:a", "libvorbis", str(song)], check=True)
    timeline, clips = make_timeline()
    ffmpeg, log = _logging_ffmpeg(tmp_path)
    with_music = export_routine(timeline, clips, tmp_path / "music.mp3", music=song, ffmpeg=ffmpeg)
    (encode,) = _encodes(log)
    assert MP3_QUALITY == 7
    assert "-c:a libmp3lame -b:a 64k -ar 22050 -id3v2_version 0 -f mp3 -compression_level 7 -y" in encode
    loudness, peak = ebur128(with_music.audio)
    assert loudness == pytest.approx(-19.0, abs=0.5) and peak <= -1.0

    log.unlink()
    export_routine(timeline, clips, tmp_path / "speech.mp3", ffmpeg=ffmpeg)
    (plain,) = _encodes(log)
    assert "-c:a libmp3lame -b:a 64k -ar 22050 -id3v2_version 0 -f mp3 -compression_level 7 -y" in plain


def test_only_an_mp3_takes_lames_quality() -> None:
    encoder = Ffmpeg()
    for fmt in (Format.M4B, Format.OGG, Format.WAV):
        assert "-compression_level" not in encoder.command(fmt, None, Path("x"))
    assert encoder.command(Format.MP3, None, Path("x"))[-4:] == ["-compression_level", "7", "-y", "x"]
