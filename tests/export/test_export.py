"""Exports read back for real: ffprobe, mutagen, ebur128, decoded samples; and failures leave nothing behind."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from mutagen.id3 import ID3

from tests.export.helpers import PASS_DECODER, decode, ebur128, ffprobe, make_timeline, needs_ffmpeg
from voiceroutine.audio import finish
from voiceroutine.audio.format import SAMPLE_RATE, Samples, ms_to_samples
from voiceroutine.errors import AudioError, ExportError, MissingProgramError
from voiceroutine.export.chapters import Tags
from voiceroutine.export.encode import Ffmpeg
from voiceroutine.export.exporter import export_routine
from voiceroutine.timeline.model import CueKind

pytestmark = [pytest.mark.e2e, needs_ffmpeg]


def _all(data: bytes, word: bytes) -> list[int]:
    found, at = [], data.find(word)
    while at >= 0:
        found.append(at)
        at = data.find(word, at + 1)
    return found


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.startswith("."))


def test_mp3_has_format_tags_chapters_and_loudness(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    tags = Tags(title="Test routine", album="Album", comment="3 exercises; length 0:15")
    result = export_routine(timeline, clips, tmp_path / "r.mp3", tags=tags)
    assert [p.name for p in result.files] == ["r.mp3", "r.vtt", "r.lrc", "r.chapters.json"]
    probe = ffprobe(result.audio)
    stream = probe["streams"][0]  # type: ignore[index]
    assert (stream["codec_name"], stream["channels"], stream["sample_rate"], stream["bit_rate"]) == (
        "mp3", 1, "22050", "64000")
    assert float(probe["format"]["duration"]) == pytest.approx(15.0, abs=0.11)  # type: ignore[index]  # whole frames
    assert len(decode(result.audio)) == ms_to_samples(15_000)  # the gapless header trims the padding exactly
    id3 = ID3(result.audio)
    assert (str(id3["TIT2"]), str(id3["TPE1"]), str(id3["TALB"])) == ("Test routine", "voiceroutine", "Album")
    assert str(id3.getall("COMM")[0]) == "3 exercises; length 0:15"
    toc = id3.getall("CTOC")[0]
    chaps = {frame.element_id: frame for frame in id3.getall("CHAP")}
    ordered = [chaps[element] for element in toc.child_element_ids]
    assert [(c.start_time, c.end_time, str(c.sub_frames["TIT2"])) for c in ordered] == [
        (ch.start_ms, ch.end_ms, ch.title) for ch in timeline.chapters]
    assert toc.flags & 0x03 == 0x03  # top-level and ordered
    raw = result.audio.read_bytes()
    stored = [raw[at + 10 : raw.index(b"\x00", at + 10)] for at in _all(raw, b"CHAP")]
    assert stored == [b"ch0", b"ch1", b"ch2"]  # frames stored in time order, for readers that list them as found
    integrated, peak = ebur128(result.audio)
    assert abs(integrated + 19) <= 0.3  # podcast loudness for a mono file
    assert peak <= -1.0 and result.true_peak_dbtp == pytest.approx(peak, abs=0.25)
    assert result.encodes == 1
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(("name", "fmt", "codec", "chapters"), [
    ("r.m4b", None, "aac", True), ("r.wav", None, "pcm_s16le", False), ("r.ogg", None, "opus", True),
    ("r.opus", None, "opus", True), ("r", "m4b", "aac", True),
])
def test_every_format(tmp_path: Path, name: str, fmt: str | None, codec: str, chapters: bool) -> None:
    timeline, clips = make_timeline()
    result = export_routine(timeline, clips, tmp_path / name, fmt=fmt)
    probe = ffprobe(result.audio)
    assert probe["streams"][0]["codec_name"] == codec  # type: ignore[index]
    assert float(probe["format"]["duration"]) == pytest.approx(15.0, abs=0.11)  # type: ignore[index]
    found = [(round(float(c["start_time"]) * 1000), c["tags"]["title"]) for c in probe["chapters"]]  # type: ignore[union-attr]
    assert found == ([(ch.start_ms, ch.title) for ch in timeline.chapters] if chapters else [])
    integrated, peak = ebur128(result.audio)
    assert abs(integrated + 19) <= 0.5 and peak <= -1.0
    assert result.encodes == 1  # the ceiling before encoding leaves room for the codec's overshoot


def test_speech_starts_exactly_at_its_cue_with_lead_in(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    result = export_routine(timeline, clips, tmp_path / "r.wav", lead_in_ms=1500)
    samples = decode(result.audio).astype(int)
    assert len(samples) == ms_to_samples(timeline.total_ms + 1500)
    for cue in (c for c in timeline.cues if c.kind is CueKind.SPEECH):
        start = ms_to_samples(cue.start_ms + 1500)
        assert not samples[start - 200 : start + 1].any()  # the fake voice's sine starts at zero phase
        assert np.abs(samples[start + 1 : start + 4]).min() > 0
    vtt = (tmp_path / "r.vtt").read_text()
    first = next(c for c in timeline.cues if c.kind is CueKind.SPEECH)
    assert f"00:00:0{(first.start_ms + 1500) // 1000}.{(first.start_ms + 1500) % 1000:03d} -->" in vtt


def test_mp3_onsets_after_decoding(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    samples = decode(export_routine(timeline, clips, tmp_path / "r.mp3").audio).astype(int)
    for cue in (c for c in timeline.cues if c.kind is CueKind.SPEECH):
        start = ms_to_samples(cue.start_ms)
        window = np.abs(samples[start - 2000 : start + 2000])
        onset = int(np.argmax(window > 0.2 * window.max())) - 2000
        assert abs(onset) * 1000 / SAMPLE_RATE < 5


def test_split_writes_parts_and_a_playlist(tmp_path: Path) -> None:
    timeline, clips = make_timeline(exercises=("Chin tuck", "../../etc/passwd", ".hidden"))
    result = export_routine(timeline, clips, tmp_path / "r.mp3", split=True)
    folder = tmp_path / "r"
    names = ["01 - Chin tuck.mp3", "02 - etc passwd.mp3", "03 - hidden.mp3"]
    assert sorted(p.name for p in folder.iterdir()) == [*names, "cover.png", "r.m3u8"]
    assert set(result.files) >= {folder / n for n in names}
    for name, chapter in zip(names, timeline.chapters, strict=True):
        probe = ffprobe(folder / name)
        assert float(probe["format"]["duration"]) == pytest.approx(5.0, abs=0.11)  # type: ignore[index]
        assert probe["format"]["tags"]["title"] == chapter.title  # type: ignore[index]
    playlist = (folder / "r.m3u8").read_text(encoding="utf-8").splitlines()
    assert playlist[0] == "#EXTM3U" and playlist[2:4] == ["#EXTINF:5,Chin tuck", names[0]]
    assert _leftovers(tmp_path) == []
    assert not (tmp_path.parent / "etc").exists()


def _music(tmp_path: Path, seconds: int = 4) -> Path:
    path = tmp_path / "music.ogg"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", f"sine=f=220:d={seconds}:sample_rate=44100",
                    "-ac", "2", "-c:a", "libvorbis", str(path)], check=True)
    return path


def test_music_loops_ducks_under_speech_and_fades(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    silent = {k: np.zeros_like(v) for k, v in clips.items()}  # music alone, to measure its envelope
    result = export_routine(timeline, silent, tmp_path / "r.wav", music=_music(tmp_path))
    samples = decode(result.audio).astype(float)

    def level(start_ms: int, end_ms: int) -> float:
        part = samples[ms_to_samples(start_ms) : ms_to_samples(end_ms)]
        return 20 * np.log10(np.sqrt(np.mean(part**2)))

    cue = next(c for c in timeline.cues if c.kind is CueKind.SPEECH and c.start_ms > 4000)  # music looped by then
    under = level(cue.start_ms + 60, cue.end_ms - 10)
    between = level(cue.start_ms - 900, cue.start_ms - 100)
    assert between - under == pytest.approx(12.0, abs=0.5)
    assert level(timeline.total_ms - 300, timeline.total_ms) < between - 20


def test_unreadable_music_is_one_line(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    bad = tmp_path / "song.mp3"
    bad.write_bytes(b"not audio at all" * 100)
    with pytest.raises(AudioError, match=r"^cannot read music file .*song\.mp3: ") as info:
        export_routine(timeline, clips, tmp_path / "r.mp3", music=bad)
    assert "\n" not in str(info.value)
    with pytest.raises(AudioError, match="music file not found"):
        export_routine(timeline, clips, tmp_path / "r.mp3", music=tmp_path / "missing.mp3")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["song.mp3"]


def _fake_ffmpeg(tmp_path: Path, script: str) -> Ffmpeg:
    path = tmp_path / "bin" / "ffmpeg"
    path.parent.mkdir()
    path.write_text("#!/bin/sh\n" + script)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return Ffmpeg(str(path))


def test_disk_full_mid_write_leaves_nothing(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    out = tmp_path / "out"
    out.mkdir()
    # reads part of the stream, writes a partial file, then fails as ffmpeg does on ENOSPC
    fake = _fake_ffmpeg(tmp_path, 'for a; do last="$a"; done\n' + PASS_DECODER + 'head -c 5000 > "$last"\n'
                                  'echo "Error writing trailer: No space left on device" >&2\nexit 1\n')
    with pytest.raises(ExportError, match=r"^disk full while writing .*r\.mp3: free some space"):
        export_routine(timeline, clips, out / "r.mp3", ffmpeg=fake)
    assert list(out.iterdir()) == []


def test_ffmpeg_killed_leaves_nothing(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    fake = _fake_ffmpeg(tmp_path, 'for a; do last="$a"; done\n' + PASS_DECODER + 'head -c 100 > "$last"\nkill -9 $$\n')
    with pytest.raises(ExportError, match="ffmpeg failed writing"):
        export_routine(timeline, clips, tmp_path / "r.mp3", ffmpeg=fake)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin"]


def test_ctrl_c_mid_write_kills_ffmpeg_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from voiceroutine.export import exporter

    timeline, clips = make_timeline()
    started: list[int] = []
    real_popen = subprocess.Popen

    def tracking_popen(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        process = real_popen(*args, **kwargs)  # type: ignore[call-overload]
        started.append(process.pid)
        return process  # type: ignore[no-any-return]

    def interrupted(*args: object, **kwargs: object) -> Iterator[Samples]:
        yield np.zeros(SAMPLE_RATE, dtype=np.int16)
        raise KeyboardInterrupt

    monkeypatch.setattr(subprocess, "Popen", tracking_popen)
    monkeypatch.setattr(finish, "render", interrupted)
    with pytest.raises(KeyboardInterrupt):
        exporter.export_routine(timeline, clips, tmp_path / "r.mp3")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ProcessLookupError):
        os.kill(started[0], 0)


def test_captions_failing_after_audio_leaves_no_audio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from voiceroutine.export import exporter

    timeline, clips = make_timeline()
    monkeypatch.setattr(exporter, "lrc", lambda *a: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(OSError):
        exporter.export_routine(timeline, clips, tmp_path / "r.mp3")
    assert list(tmp_path.iterdir()) == []


def test_missing_ffmpeg(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    with pytest.raises(MissingProgramError, match=r"^ffmpeg not found: install it with: sudo apt-get install ffmpeg$"):
        export_routine(timeline, clips, tmp_path / "r.mp3", ffmpeg=Ffmpeg("no-such-ffmpeg-here"))
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: permissions are not enforced")
        with pytest.raises(ExportError, match=r"^cannot write to .*locked: permission denied"):
            export_routine(timeline, clips, locked / "r.mp3")
    finally:
        locked.chmod(0o700)
    assert list(locked.iterdir()) == []


def test_output_folder_is_a_file(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match=r"^cannot write .*file/r\.mp3: "):
        export_routine(timeline, clips, tmp_path / "file" / "r.mp3")


def test_read_only_file_system_target(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    with pytest.raises(ExportError, match=r"^cannot write"):
        export_routine(timeline, clips, Path("/proc/voiceroutine-test.mp3"))


def test_format_and_name_disagree(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    with pytest.raises(ExportError, match="does not match --format wav"):
        export_routine(timeline, clips, tmp_path / "r.mp3", fmt="wav")
    with pytest.raises(ExportError, match="unknown format 'flac'"):
        export_routine(timeline, clips, tmp_path / "r.flac")


@needs_ffmpeg
def test_a_second_export_reads_the_kept_track_instead_of_limiting_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    timeline, clips = make_timeline()
    cache = tmp_path / "cache"
    first = export_routine(timeline, clips, tmp_path / "first.wav", memo_folder=cache)
    (kept,) = (cache / "tracks").glob("*.npy")
    assert np.array_equal(np.load(kept), decode(first.audio))

    monkeypatch.setattr(finish, "render", lambda *_: (_ for _ in ()).throw(AssertionError("limited again")))
    second = export_routine(timeline, clips, tmp_path / "second.wav", memo_folder=cache)
    assert second.audio.read_bytes() == first.audio.read_bytes()
    assert (second.loudness_lufs, second.true_peak_dbtp) == (first.loudness_lufs, first.true_peak_dbtp)


@needs_ffmpeg
def test_ctrl_c_mid_export_keeps_no_part_of_the_track_in_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    timeline, clips = make_timeline()

    def interrupted(*args: object, **kwargs: object) -> Iterator[Samples]:
        yield np.zeros(SAMPLE_RATE, dtype=np.int16)
        raise KeyboardInterrupt

    monkeypatch.setattr(finish, "render", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export_routine(timeline, clips, tmp_path / "out" / "r.mp3", memo_folder=tmp_path / "cache")
    assert list((tmp_path / "cache" / "tracks").iterdir()) == []
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


@needs_ffmpeg
def test_an_encoder_stopped_by_ctrl_c_keeps_no_part_of_the_track_in_the_cache(tmp_path: Path) -> None:
    timeline, clips = make_timeline()

    class Interrupted(Ffmpeg):
        def encode(self, chunks: Iterator[Samples], *args: object, **kwargs: object) -> None:  # type: ignore[override]
            next(iter(chunks))
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as caught:
        export_routine(timeline, clips, tmp_path / "r.mp3", ffmpeg=Interrupted(), memo_folder=tmp_path / "cache")
    # checked while the interrupt (and so every frame it passed through) is still held, as a handler would
    assert caught.traceback and list((tmp_path / "cache" / "tracks").iterdir()) == []


@needs_ffmpeg
def test_a_cache_that_fills_up_mid_track_still_exports_and_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    timeline, clips = make_timeline()
    expected = export_routine(timeline, clips, tmp_path / "plain.wav").audio.read_bytes()
    real_fdopen = os.fdopen

    class FillsUp:
        def __init__(self, f: object) -> None:
            self.f, self.writes = f, 0

        def write(self, data: bytes) -> int:
            self.writes += 1
            if self.writes > 3:  # the levels memo, the track's header and first chunk fit; then the disk is full
                raise OSError(28, "No space left on device")
            return self.f.write(data)  # type: ignore[attr-defined,no-any-return]

        def close(self) -> None:
            self.f.close()  # type: ignore[attr-defined]

        def __enter__(self) -> FillsUp:  # os.fdopen is the same function for the cache's own writes
            return self

        def __exit__(self, *_: object) -> None:
            self.close()

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: FillsUp(real_fdopen(*a, **k)))
    result = export_routine(timeline, clips, tmp_path / "full.wav", memo_folder=tmp_path / "cache")
    assert result.audio.read_bytes() == expected
    assert list((tmp_path / "cache" / "tracks").iterdir()) == []


@needs_ffmpeg
def test_an_unwritable_cache_folder_still_exports(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    expected = export_routine(timeline, clips, tmp_path / "plain.wav").audio.read_bytes()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    result = export_routine(timeline, clips, tmp_path / "out.wav", memo_folder=blocker / "cache")
    assert result.audio.read_bytes() == expected
