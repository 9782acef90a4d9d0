"""The true peak of the file itself: the meter on decoded samples, the dips, the re-encode when a codec overshoots."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from tests.export.helpers import ebur128, logging_ffmpeg, make_timeline, needs_ffmpeg
from voiceroutine.audio.format import SAMPLE_RATE
from voiceroutine.errors import ExportError
from voiceroutine.export.encode import Ffmpeg, Format
from voiceroutine.export.exporter import export_routine
from voiceroutine.export.targets import loudness_target
from voiceroutine.export.truepeak import (
    AIM_DBTP,
    DIP_REACH,
    WATCH_DBTP,
    Dips,
    PeakReading,
    encode_within_peak,
    read_peaks,
)


def _chunks(x: np.ndarray, size: int) -> list[np.ndarray]:
    return [x[i : i + size].reshape(-1, 1).astype(np.float32) for i in range(0, len(x), size)]


def test_the_meter_finds_a_peak_between_samples_whatever_the_chunking() -> None:
    # a sine at an eighth of the rate, sampled 22.5 degrees off its crests: no sample reads the peak
    n = np.arange(SAMPLE_RATE)
    x = 0.95 * np.sin(np.pi / 4 * n + np.pi / 8)
    fade = np.sin(np.linspace(0, np.pi / 2, 400)) ** 2  # no step at either end to ring
    x[:400] *= fade
    x[-400:] *= fade[::-1]
    assert np.abs(x).max() == pytest.approx(0.95 * math.cos(np.pi / 8))
    readings = [read_peaks(_chunks(x, size), SAMPLE_RATE) for size in (len(x), 4096, 1000, 7)]
    assert {round(r.peak_dbtp, 6) for r in readings} == {round(readings[0].peak_dbtp, 6)}
    assert readings[0].peak_dbtp == pytest.approx(20 * math.log10(0.95), abs=0.05)
    assert {r.over for r in readings} == {readings[0].over}
    assert readings[0].over and all(value > 10 ** (WATCH_DBTP / 20) for _, value in readings[0].over)


def test_the_meter_maps_spots_to_track_samples_and_takes_the_loudest_channel() -> None:
    rate = 48_000
    stereo = np.zeros((rate, 2))
    stereo[24_000, 1] = 0.99  # one click at 0.5 s, right channel only
    reading = read_peaks(_chunks(stereo[:, 0], 5000), rate)
    assert reading.peak == 0.0 and reading.over == ()
    reading = read_peaks([stereo[i : i + 5000].astype(np.float32) for i in range(0, rate, 5000)], rate)
    assert reading.peak == pytest.approx(0.99)
    assert {at for at, _ in reading.over} <= {SAMPLE_RATE // 2 - 1, SAMPLE_RATE // 2}  # the click or just before


def test_a_dip_reaches_its_depth_at_the_spot_and_leaves_the_rest_alone() -> None:
    dips = Dips()
    assert not dips
    spot, value = 50_000, 10 ** (-0.5 / 20)
    dips.deepen(PeakReading(value, ((spot, value),)))
    gain = dips.gain(0, 100_000)
    assert gain[spot] == pytest.approx(10 ** (AIM_DBTP / 20) / value)
    assert gain.min() == pytest.approx(gain[spot])
    assert np.all(gain[: spot - 2 * DIP_REACH - 1] == 1.0) and np.all(gain[spot + 2 * DIP_REACH + 1 :] == 1.0)
    assert np.abs(np.diff(gain)).max() < 0.001  # no steps: a ramp over a codec frame
    pieces = np.concatenate([dips.gain(a, min(a + 777, 100_000)) for a in range(0, 100_000, 777)])
    assert np.allclose(pieces, gain)


def test_a_file_still_over_after_every_encode_is_an_error() -> None:
    hot = np.full((1000, 1), 0.999, dtype=np.float32)
    encodes: list[int] = []

    def encode(chunks: object) -> None:
        encodes.append(len(list(chunks)))  # type: ignore[call-overload]

    with pytest.raises(ExportError, match=r"^cannot keep r\.mp3 under -1 dBTP: its true peak is still -?\d\.\d dBTP "
                                          r"after 4 encodes$"):
        encode_within_peak(encode, lambda: [hot], SAMPLE_RATE, lambda _: [np.zeros(10, dtype=np.int16)], "r.mp3")
    assert encodes == [1, 1, 1, 1]


@pytest.mark.e2e
@needs_ffmpeg
@pytest.mark.parametrize("fmt", ["ogg", "m4b", "mp3", "wav"])
def test_a_file_the_codec_pushes_over_is_dipped_and_encoded_again(tmp_path: Path, fmt: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # a pulse train like a voice's (high crest, rich in harmonics), levelled loud with no room left under 0 dBTP:
    # every codec's decoded file goes over
    timeline, clips = make_timeline()
    pulse = np.hanning(8)
    for text, clip in clips.items():
        x = np.zeros(len(clip))
        for at in range(0, len(clip) - len(pulse), 184):  # 120 Hz
            x[at : at + len(pulse)] = pulse
        clips[text] = (x * 20000).astype(np.int16)
    monkeypatch.setattr(Format, "ceiling_dbtp", property(lambda self: 0.0))
    result = export_routine(timeline, clips, tmp_path / f"r.{fmt}", target=loudness_target("-14"))
    _, peak = ebur128(result.audio)
    assert peak <= -1.0
    assert result.true_peak_dbtp <= -1.2 and result.true_peak_dbtp > WATCH_DBTP - 1.5
    assert result.encodes >= 2
    beside = ["r.lrc", "r.vtt", *(["r.chapters.json"] if fmt != "wav" else [])]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"r.{fmt}", *beside])


@needs_ffmpeg
def test_an_mp3_is_checked_as_it_is_written_with_the_files_own_peak(tmp_path: Path) -> None:
    """The first encode of an MP3 is decoded beside it, from its stream as ffmpeg writes it (one decoder, reading
    a pipe), and reads the true peak the finished file has."""
    ffmpeg, log = logging_ffmpeg(tmp_path)
    timeline, clips = make_timeline()
    result = export_routine(timeline, clips, tmp_path / "r.mp3", ffmpeg=ffmpeg)
    decodes = [line for line in log.read_text().splitlines() if "pipe:1" in line]
    assert len(decodes) == 1 and "-i pipe:0" in decodes[0] and result.encodes == 1
    finished = read_peaks(Ffmpeg().decoded(result.audio, SAMPLE_RATE, 1), SAMPLE_RATE)
    assert result.true_peak_dbtp == pytest.approx(finished.peak_dbtp, abs=1e-9)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "commands.log", "r.chapters.json", "r.lrc",
                                                          "r.mp3", "r.vtt"]


@needs_ffmpeg
def test_the_stream_an_mp3_check_reads_is_removed_only_once_closed(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows removes no file that is open: the stream the check follows is removed after its reader closed it,
    and nothing of it is left beside the file."""
    import builtins
    import pathlib

    from voiceroutine.export import exporter

    handles: dict[str, list[object]] = {}
    real_open, real_unlink = builtins.open, pathlib.Path.unlink

    def tracking_open(file: object, *args: object, **kwargs: object) -> object:
        handle = real_open(file, *args, **kwargs)  # type: ignore[call-overload]
        handles.setdefault(str(file), []).append(handle)
        return handle

    def windows_unlink(self: pathlib.Path, missing_ok: bool = False) -> None:
        if any(not handle.closed for handle in handles.get(str(self), [])):  # type: ignore[attr-defined]
            raise PermissionError(13, "The process cannot access the file because it is being used", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(exporter, "open", tracking_open, raising=False)
    monkeypatch.setattr(pathlib.Path, "unlink", windows_unlink)
    timeline, clips = make_timeline()
    result = export_routine(timeline, clips, tmp_path / "r.mp3")
    assert result.encodes == 1 and any(name.endswith(".stream") for name in handles)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.chapters.json", "r.lrc", "r.mp3", "r.vtt"]
