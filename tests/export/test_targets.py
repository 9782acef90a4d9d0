"""Loudness targets and channels: what each choice means, the file measured, the option errors, and the cache key."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.export.helpers import ebur128, ffprobe, make_timeline, needs_ffmpeg
from voiceroutine.audio.finish import memo_key
from voiceroutine.cli import app
from voiceroutine.errors import OptionError
from voiceroutine.export.exporter import export_routine
from voiceroutine.export.targets import loudness_target


@pytest.mark.parametrize(("loudness", "channels", "file_lufs", "track_lufs", "shown"), [
    ("podcast", 1, -19.01, -19.01, "-19.0 LUFS (podcast, mono)"),
    ("podcast", 2, -16.0, -19.01, "-16.0 LUFS (podcast, stereo)"),
    ("Loud", 1, -17.01, -17.01, "-17.0 LUFS (loud, mono)"),
    ("loud", 2, -14.0, -17.01, "-14.0 LUFS (loud, stereo)"),
    ("-14", 1, -14.0, -14.0, "-14.0 LUFS (mono)"),
    ("-23.5 LUFS", 2, -23.5, -26.51, "-23.5 LUFS (stereo)"),
])
def test_targets(loudness: str, channels: int, file_lufs: float, track_lufs: float, shown: str) -> None:
    target = loudness_target(loudness, channels)
    assert (target.channels, target.describe()) == (channels, shown)
    assert target.file_lufs == pytest.approx(file_lufs, abs=0.005)
    assert target.track_lufs == pytest.approx(track_lufs, abs=0.005)


@pytest.mark.parametrize(("loudness", "channels", "message"), [
    ("quiet", 1, "--loudness 'quiet': use podcast, loud, or a number of LUFS from -24 to -10"),
    ("-5", 1, "--loudness -5: -5 LUFS is out of range; use podcast, loud, or a number of LUFS from -24 to -10"),
    ("nan", 1, "--loudness nan: nan LUFS is out of range; use podcast, loud, or a number of LUFS from -24 to -10"),
    ("podcast", 6, "--channels 6: use 1 (mono) or 2 (stereo)"),
])
def test_bad_targets(loudness: str, channels: int, message: str) -> None:
    with pytest.raises(OptionError) as info:
        loudness_target(loudness, channels)
    assert str(info.value) == message


def test_the_kept_track_is_keyed_by_loudness_and_ceiling() -> None:
    timeline, clips = make_timeline()
    keys = {memo_key(timeline, clips, lufs, ceiling) for lufs in (-19.0, -17.0) for ceiling in (-2.5, -4.0)}
    assert len(keys) == 4


@pytest.mark.e2e
@needs_ffmpeg
@pytest.mark.parametrize(("fmt", "loudness", "channels", "measured"), [
    ("mp3", "podcast", 2, -16.0), ("m4b", "podcast", 2, -16.0), ("ogg", "loud", 2, -14.0),
    ("m4b", "loud", 1, -17.0), ("mp3", "-14", 1, -14.0),
])
def test_the_file_measures_its_target(tmp_path: Path, fmt: str, loudness: str, channels: int,
                                      measured: float) -> None:
    timeline, clips = make_timeline()
    result = export_routine(timeline, clips, tmp_path / f"r.{fmt}", target=loudness_target(loudness, channels),
                            memo_folder=tmp_path / "cache")
    assert ffprobe(result.audio)["streams"][0]["channels"] == channels  # type: ignore[index]
    integrated, peak = ebur128(result.audio)
    assert abs(integrated - measured) <= 0.4 and peak <= -1.0
    assert result.loudness_lufs == pytest.approx(measured, abs=0.2)


@pytest.mark.e2e
@needs_ffmpeg
def test_each_target_keeps_its_own_track_and_stereo_shares_the_mono_track(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    cache = tmp_path / "cache"
    for loudness, channels in (("podcast", 1), ("loud", 1), ("podcast", 2)):
        export_routine(timeline, clips, tmp_path / "r.wav", target=loudness_target(loudness, channels),
                       memo_folder=cache)
    # podcast stereo is the podcast mono track on both channels: the same samples, kept once
    assert len(list((cache / "tracks").glob("*.npy"))) == 2


@pytest.mark.e2e
@needs_ffmpeg
def test_cli_options_reach_the_file_and_bad_ones_stop_before_rendering(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["export", "desk-neck", "-o", str(tmp_path), "--loudness", "-5"])
    assert result.exit_code == 2
    assert result.stderr == ("voiceroutine: error: --loudness -5: -5 LUFS is out of range; use podcast, loud, "
                             "or a number of LUFS from -24 to -10\n")
    assert list(tmp_path.iterdir()) == []
