"""A first export encoded while its speech is rendered (export/while_rendering.py): the encoder has samples before
the last phrase is rendered, and the file is byte for byte the one the render-then-encode path writes; where the
track cannot grow (music, a lead-in) or ffmpeg needs the tags first (M4B, WAV), or nothing needs rendering, the
export renders first as before. Failures while rendering leave no output and nothing kept. No timing: the fake
engine waits on events the encoder sets."""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from tests.export.helpers import needs_ffmpeg
from tests.play.scenario import TWO_MOVES as ROUTINE
from voiceroutine.audio.finish import memo_key
from voiceroutine.audio.format import Samples
from voiceroutine.cache import Cache, track_path
from voiceroutine.errors import ExportError, SpeechError
from voiceroutine.export import while_rendering
from voiceroutine.export.chapters import Tags
from voiceroutine.export.encode import Ffmpeg, Format
from voiceroutine.export.exporter import default_tags, export_routine
from voiceroutine.export.targets import loudness_target
from voiceroutine.export.while_rendering import export_started
from voiceroutine.pipeline import Prepared, prepare, preparing
from voiceroutine.play.stream import GrowingTrack
from voiceroutine.progress import RENDERING_AND_ENCODING
from voiceroutine.speech import select
from voiceroutine.testing import FakeEngine, RecordingProgress

pytestmark = needs_ffmpeg

LAST = "That is the end of the routine. Well done."
DAY = date(2026, 12, 3)
LEVEL = loudness_target().track_lufs  # the default target's track (podcast, mono): the one `play` makes too


def tags_of(prepared: Prepared) -> Tags:
    return default_tags(prepared.timeline, prepared.options.level.value, prepared.options.speed, DAY,
                        prepared.language, prepared.phrases)


class Engine(FakeEngine):
    """The fake engine; the closing words are rendered only once `before` is set (or after 60 s, which the test
    sees), and `fails_on` fails (after that wait)."""

    def __init__(self, before: threading.Event | None = None, fails_on: str = "") -> None:
        super().__init__()
        self.before = before
        self.fails_on = fails_on
        self.waited: bool | None = None

    def synthesize(self, text: str, speed: float) -> Samples:
        if text == LAST and self.before is not None:
            self.waited = self.before.wait(60)
        if text == self.fails_on:
            raise SpeechError(f"fake: cannot say {text!r}")
        return super().synthesize(text, speed)


class Telling(Ffmpeg):
    """ffmpeg, setting `fed` once the first samples reach it."""

    def __init__(self) -> None:
        super().__init__()
        self.fed = threading.Event()

    def encode(self, chunks: Iterable[Samples], *args: object, **kwargs: object) -> None:  # type: ignore[override]
        def telling() -> Iterator[Samples]:
            for chunk in chunks:
                yield chunk
                self.fed.set()

        super().encode(telling(), *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def routine(tmp_path: Path) -> str:
    path = tmp_path / "two.yaml"
    path.write_text(ROUTINE)
    return str(path)


def _engine(monkeypatch: pytest.MonkeyPatch, engine: FakeEngine) -> FakeEngine:
    monkeypatch.setattr(select, "choose_engine", lambda *_: engine)
    return engine


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_the_encoder_has_samples_before_the_last_phrase_and_writes_the_same_bytes(
    tmp_path: Path, routine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    encoder = Telling()
    engine = _engine(monkeypatch, Engine(encoder.fed))
    cache = tmp_path / "cache"
    assert preparing(routine, cache_dir=cache).asked[-1] == LAST  # the closing words are the last phrase needed
    progress = RecordingProgress()
    prepared, result = export_started(preparing(routine, cache_dir=cache), tmp_path / "a" / "r.mp3", tags_of,
                                      ffmpeg=encoder, progress=progress)
    assert engine.waited is True  # ffmpeg had samples while the closing words waited to be rendered
    assert result.encodes == 1 and _files(tmp_path / "a") == ["r.chapters.json", "r.lrc", "r.mp3", "r.vtt"]
    length = len(np.load(track_path(cache, memo_key(prepared.timeline, prepared.clips, LEVEL,
                                                    Format.MP3.ceiling_dbtp))))
    # the track is kept under the key `play` looks for: a play after this export renders and levels nothing
    assert progress.labels() == [RENDERING_AND_ENCODING]  # the MP3 is checked as it is written
    assert progress.steps[0].done == length <= progress.steps[0].total  # out of the estimate, or more

    # the render-then-encode path from the same clips, with a cache of its own: the same file, byte for byte
    _engine(monkeypatch, FakeEngine())
    plain = prepare(routine, cache_dir=tmp_path / "other", for_player=True)
    assert plain.timeline == prepared.timeline
    expected = export_routine(plain.timeline, plain.clips, tmp_path / "b" / "r.mp3", tags=tags_of(plain),
                              memo_folder=plain.cache_folder, phrases=plain.phrases)
    assert result.audio.read_bytes() == expected.audio.read_bytes()
    for suffix in (".vtt", ".lrc", ".chapters.json"):
        name = "r" + suffix
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert (result.true_peak_dbtp, result.duration_ms) == (expected.true_peak_dbtp, expected.duration_ms)
    assert result.loudness_lufs == pytest.approx(expected.loudness_lufs, abs=1e-6)  # metered in other chunks
    assert set(plain.words.all()) <= set(prepared.clips)  # the player's own words were rendered too

    # a warm export (every phrase cached) reads the kept track back and writes the same file again
    monkeypatch.setattr(while_rendering, "Making", lambda *a, **k: pytest.fail("rendered while encoding"))
    again = RecordingProgress()
    _, warm = export_started(preparing(routine, cache_dir=cache), tmp_path / "c" / "r.mp3", tags_of, progress=again)
    assert warm.audio.read_bytes() == result.audio.read_bytes()
    assert RENDERING_AND_ENCODING not in again.labels()
    hits = Cache(cache).info().hits  # the look for a phrase missing is not counted: only the rendering's
    prepare(routine, cache_dir=cache, for_player=True)
    assert hits == Cache(cache).info().hits and hits is not None and hits > 0


def _decoded(path: Path) -> bytes:
    return subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-"], capture_output=True,
                          check=True).stdout


def test_an_ogg_split_export_while_rendering_is_the_same_audio_tags_and_parts(
    tmp_path: Path, routine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mutagen.oggopus import OggOpus

    encoder = Telling()
    engine = _engine(monkeypatch, Engine(encoder.fed))
    _, result = export_started(preparing(routine, cache_dir=tmp_path / "cache"), tmp_path / "a" / "r.ogg", tags_of,
                               split=True, page=True, ffmpeg=encoder)
    assert engine.waited is True
    _engine(monkeypatch, FakeEngine())
    plain = prepare(routine, cache_dir=tmp_path / "other", for_player=True)
    expected = export_routine(plain.timeline, plain.clips, tmp_path / "b" / "r.ogg", tags=tags_of(plain), split=True,
                              page=True, memo_folder=plain.cache_folder, phrases=plain.phrases)
    # Ogg pages carry a random stream serial (and so other checksums): the same packets, tags and parts
    assert _decoded(result.audio) == _decoded(expected.audio)
    assert OggOpus(result.audio).tags == OggOpus(expected.audio).tags
    assert [p.relative_to(tmp_path / "a") for p in result.files] == [
        p.relative_to(tmp_path / "b") for p in expected.files]
    parts = sorted(p.name for p in (tmp_path / "a" / "r").iterdir())
    assert parts == sorted(p.name for p in (tmp_path / "b" / "r").iterdir()) and len(parts) == 5
    for name in parts:
        if name.endswith(".ogg"):
            assert _decoded(tmp_path / "a" / "r" / name) == _decoded(tmp_path / "b" / "r" / name)
        else:
            assert (tmp_path / "a" / "r" / name).read_bytes() == (tmp_path / "b" / "r" / name).read_bytes()
    assert (tmp_path / "a" / "r.html").read_bytes() == (tmp_path / "b" / "r.html").read_bytes()


@pytest.mark.parametrize(("name", "options"), [
    ("r.m4b", {}),
    ("r.wav", {}),
    ("r.mp3", {"lead_in_ms": 1000}),
    ("r.mp3", {"music": "song"}),
    ("r.mp3", {"longest_ms": 30_000}),
], ids=["m4b", "wav", "lead-in", "music", "long"])
def test_where_the_track_cannot_grow_or_tags_come_first_it_renders_first(
    tmp_path: Path, routine: str, monkeypatch: pytest.MonkeyPatch, name: str, options: dict[str, object]
) -> None:
    _engine(monkeypatch, FakeEngine())
    if options.get("music"):
        song = tmp_path / "song.ogg"
        subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=f=330:d=3", "-c:a", "libvorbis",
                        str(song)], check=True)
        options = {"music": song}
    if "longest_ms" in options:  # a routine longer than the longest encoded while rendering (this one is ~1 min)
        monkeypatch.setattr(while_rendering, "LONGEST_WHILE_RENDERING_MS", options.pop("longest_ms"))
    monkeypatch.setattr(while_rendering, "Making", lambda *a, **k: pytest.fail("rendered while encoding"))
    progress = RecordingProgress()
    prepared, result = export_started(preparing(routine, cache_dir=tmp_path / "cache"), tmp_path / name, tags_of,
                                      progress=progress, **options)  # type: ignore[arg-type]
    assert result.audio == tmp_path / name and result.audio.stat().st_size > 0
    assert progress.labels()[0] == "rendering speech" and RENDERING_AND_ENCODING not in progress.labels()
    assert set(prepared.words.all()) <= set(prepared.clips)


def test_an_engine_failing_mid_routine_leaves_no_file_and_keeps_no_track(
    tmp_path: Path, routine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    encoder = Telling()
    engine = _engine(monkeypatch, Engine(encoder.fed, fails_on=LAST))
    cache = tmp_path / "cache"
    with pytest.raises(SpeechError, match="cannot say"):
        export_started(preparing(routine, cache_dir=cache), tmp_path / "out" / "r.mp3", tags_of, ffmpeg=encoder)
    assert engine.waited is True  # it failed while ffmpeg was encoding the first stretches
    assert _files(tmp_path / "out") == [] and _files(cache / "tracks") == []
    assert "voiceroutine-maker" not in [t.name for t in threading.enumerate()]  # the maker was stopped


def test_ctrl_c_in_the_encoder_while_rendering_leaves_nothing(
    tmp_path: Path, routine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Interrupted(Ffmpeg):
        def encode(self, chunks: Iterable[Samples], *args: object, **kwargs: object) -> None:  # type: ignore[override]
            next(iter(chunks))
            raise KeyboardInterrupt

    _engine(monkeypatch, FakeEngine())
    cache = tmp_path / "cache"
    with pytest.raises(KeyboardInterrupt):
        export_started(preparing(routine, cache_dir=cache), tmp_path / "out" / "r.mp3", tags_of,
                       ffmpeg=Interrupted())
    assert _files(tmp_path / "out") == [] and _files(cache / "tracks") == []
    assert "voiceroutine-maker" not in [t.name for t in threading.enumerate()]


def test_a_disk_full_while_rendering_is_one_message_and_leaves_nothing(
    tmp_path: Path, routine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "bin" / "ffmpeg"
    fake.parent.mkdir()
    fake.write_text('#!/bin/sh\nfor a; do last="$a"; done\nhead -c 5000 > "$last"\n'
                    'echo "Error writing trailer: No space left on device" >&2\nexit 1\n')
    fake.chmod(0o755)
    _engine(monkeypatch, FakeEngine())
    cache = tmp_path / "cache"
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match=r"^disk full while writing .*r\.mp3: free some space"):
        export_started(preparing(routine, cache_dir=cache), out / "r.mp3", tags_of, ffmpeg=Ffmpeg(str(fake)))
    assert _files(out) == [] and _files(cache / "tracks") == []


class NeverWaits(GrowingTrack):
    def wait(self, beyond: int, timeout_s: float) -> None:
        raise AssertionError("waited for samples after the encoder had stopped")


def test_the_stream_stops_waiting_once_the_encoder_has_stopped() -> None:
    from tests.export.helpers import make_timeline

    timeline, _ = make_timeline()
    track = NeverWaits(timeline)
    track.grow(np.arange(300_000, dtype=np.int16))  # final samples, the rest not made yet
    stopped = threading.Event()
    kept: list[object] = []
    stream = while_rendering._final(track, stopped, RecordingProgress(), 1 << 30, lambda: kept.append("whole"),
                                    lambda *a: kept.append(a))
    first = next(stream)
    stopped.set()  # the encoder stops taking chunks (an error, Ctrl-C)
    rest = list(stream)
    assert np.array_equal(np.concatenate([first, *rest]), track.whole()) and kept == []


def test_the_encoder_says_when_it_stops_taking_samples(tmp_path: Path) -> None:
    fake = tmp_path / "ffmpeg"
    fake.write_text("#!/bin/sh\nhead -c 100 > /dev/null\nexit 1\n")
    fake.chmod(0o755)
    stopped = threading.Event()
    chunks = (np.zeros(1 << 16, dtype=np.int16) for _ in range(100))
    with pytest.raises(ExportError, match="ffmpeg failed writing"):
        Ffmpeg(str(fake)).encode(chunks, Format.MP3, None, (), tmp_path / "x.mp3", tmp_path / "x.mp3",
                                 stopped=stopped)
    assert stopped.is_set()
    done = threading.Event()
    Ffmpeg().encode(iter([np.zeros(22050, dtype=np.int16)]), Format.WAV, None, (), tmp_path / "y.wav",
                    tmp_path / "y.wav", stopped=done)
    assert done.is_set() and os.path.getsize(tmp_path / "y.wav") > 44100

