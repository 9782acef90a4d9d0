"""The growing track written to the cache as it is made (play/stream.py GrowingTrack, cache/tracks.py GrowingFile):
read back from the file, kept by a rename as the very bytes `keeping` writes, nothing but a stale temp after a
kill, held in memory when the cache cannot be written, and deleted on an error or Ctrl-C. Real files in tmp_path."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from tests.play.scenario import TWO_MOVES, routine_timeline
from voiceroutine.audio.format import Samples
from voiceroutine.cache import Cache, keeping, kept_track, kept_tracks, prune_tracks, track_path
from voiceroutine.cache.files import STALE_TEMP_S, TRACKS_FOLDER
from voiceroutine.cache.tracks import GrowingFile
from voiceroutine.pipeline import preparing
from voiceroutine.play import stream
from voiceroutine.play.stream import GrowingTrack, Making
from voiceroutine.speech import select
from voiceroutine.testing import FakeEngine

KEY = "ab" * 32
SAMPLES = (np.arange(250_000) * 7919 % 65536 - 32768).astype(np.int16)
"""A quarter of a million samples, every value different from its neighbours."""


def grown(folder: Path | None, pieces: int = 5) -> GrowingTrack:
    track = GrowingTrack(routine_timeline(), 1000, folder)
    for piece in np.array_split(SAMPLES, pieces):
        track.grow(piece)
    track.grow(np.zeros(0, dtype=np.int16), complete=True)
    return track


def temps(cache: Path) -> list[Path]:
    return sorted((cache / TRACKS_FOLDER).glob(".*.part"))


def files(cache: Path) -> list[str]:
    tracks = cache / TRACKS_FOLDER
    return sorted(p.name for p in tracks.iterdir()) if tracks.is_dir() else []


def test_the_track_grows_in_a_temp_file_in_the_cache_and_is_read_back_from_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    track = grown(cache)
    [temp] = temps(cache)
    header = temp.stat().st_size - 2 * len(SAMPLES)
    assert 0 < header <= 256 and kept_tracks(cache / TRACKS_FOLDER) == []  # a temp, never taken for a kept track
    assert np.array_equal(np.frombuffer(temp.read_bytes()[header:], dtype="<i2"), SAMPLES)  # the samples are there
    temp.write_bytes(temp.read_bytes()[:header] + bytes(2 * len(SAMPLES)))  # zeroed on disk: reads come from the file
    assert not np.any(track.samples(1000, 200_000)) and len(track.samples(1000, 200_000)) == 199_000
    track.close()
    assert files(cache) == []


def test_the_kept_track_is_the_same_file_keeping_writes_and_stays_readable(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    track = grown(cache)
    track.keep(cache, KEY)
    assert files(cache) == [f"{KEY}.npy"]  # renamed into place: no temp left
    assert np.array_equal(track.samples(10, 240_000), SAMPLES[10:240_000])  # read on from the kept file
    track.close()
    other = tmp_path / "other"
    for _ in keeping(iter(np.array_split(SAMPLES, 3)), other, KEY, len(SAMPLES)):
        pass
    assert track_path(cache, KEY).read_bytes() == track_path(other, KEY).read_bytes()
    served = kept_track(cache, KEY, len(SAMPLES))  # its checksum and key check out
    assert served is not None and np.array_equal(np.concatenate(list(served)), SAMPLES)


def test_a_killed_process_leaves_only_a_temp_that_the_tracks_cap_removes(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "import numpy as np\n"
        "from tests.play.scenario import routine_timeline\n"
        "from voiceroutine.play.stream import GrowingTrack\n"
        "track = GrowingTrack(routine_timeline(), 1000, Path(sys.argv[1]))\n"
        "track.grow(np.ones(50_000, dtype=np.int16))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    root = Path(__file__).resolve().parents[2]
    child = subprocess.run([sys.executable, "-c", script, str(cache)], cwd=root, check=False)
    assert child.returncode == -9
    [temp] = temps(cache)
    assert files(cache) == [temp.name] and Cache(cache).info().tracks == 0
    prune_tracks(cache / TRACKS_FOLDER, keep=cache / TRACKS_FOLDER / "none.npy")
    assert temp.exists()  # a live writer's temp is never touched
    old = time.time() - STALE_TEMP_S - 60
    os.utime(temp, (old, old))
    prune_tracks(cache / TRACKS_FOLDER, keep=cache / TRACKS_FOLDER / "none.npy")
    assert files(cache) == []


def test_a_cache_that_cannot_be_written_holds_the_track_in_memory(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / TRACKS_FOLDER).write_text("not a folder")  # no tracks folder can be made (root or not)
    track = grown(cache)
    assert np.array_equal(track.whole(), SAMPLES) and np.array_equal(track.samples(5, 99), SAMPLES[5:99])
    track.keep(cache, KEY)  # keeping is only a speed-up: nothing, and no error
    track.close()
    assert (cache / TRACKS_FOLDER).read_text() == "not a folder"


class FillsUp(GrowingFile):
    """A cache disk that fills up once `room` samples are written."""

    room = 120_000

    def append(self, samples: Samples) -> None:
        if self.length + len(samples) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        super().append(samples)


def test_a_disk_filling_up_midway_goes_on_in_memory_and_deletes_the_temp(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream, "GrowingFile", FillsUp)
    cache = tmp_path / "cache"
    track = GrowingTrack(routine_timeline(), 1000, cache)
    pieces = np.array_split(SAMPLES, 5)  # 50 000 each: the third no longer fits
    for piece in pieces[:2]:
        track.grow(piece)
    assert len(temps(cache)) == 1
    early = track.samples(0, 100_000)
    for piece in pieces[2:]:
        track.grow(piece)
    assert temps(cache) == []  # let go at once, not at the end
    assert np.array_equal(early, SAMPLES[:100_000]) and np.array_equal(track.whole(), SAMPLES)
    track.keep(cache, KEY)  # written from memory where the disk has room again
    track.close()
    served = kept_track(cache, KEY, len(SAMPLES))
    assert served is not None and np.array_equal(np.concatenate(list(served)), SAMPLES)


class Stuck(FakeEngine):
    """Renders until the routine's closing words, then waits until `go` (the maker's cancel) or fails there."""

    def __init__(self, fails: bool = False) -> None:
        super().__init__()
        self.go = threading.Event()
        self.fails = fails

    def synthesize(self, text: str, speed: float) -> Samples:
        if text.startswith("That is the end"):
            if self.fails:
                raise RuntimeError("the voice broke")
            self.go.wait(60)
        return super().synthesize(text, speed)


def _making(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: FakeEngine) -> Making:
    monkeypatch.setattr(select, "choose_engine", lambda *_: engine)
    routine = tmp_path / "two.yaml"
    routine.write_text(TWO_MOVES)
    return Making(preparing(str(routine), None, None, None, tmp_path / "cache"), -19.0, -1.0)


def test_ctrl_c_while_playing_deletes_the_growing_track(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Stuck()
    making = _making(tmp_path, monkeypatch, engine)
    engine.go = making.maker.cancelled  # the closing words wait until Ctrl-C stops the maker: never whole
    with pytest.raises(KeyboardInterrupt), making:
        while making.track.snapshot().ready == 0:
            making.track.wait(0, 1.0)
        assert len(temps(tmp_path / "cache")) == 1  # the samples so far are in the cache's temp
        raise KeyboardInterrupt
    assert files(tmp_path / "cache") == []


def test_a_voice_failing_midway_deletes_the_growing_track(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    making = _making(tmp_path, monkeypatch, Stuck(fails=True))
    with making:
        assert making._thread is not None
        making._thread.join()
        assert len(temps(tmp_path / "cache")) == 1
        with pytest.raises(Exception, match="the voice broke"):
            making.track.snapshot()
    assert files(tmp_path / "cache") == []


def test_a_whole_play_keeps_the_file_it_grew_as_the_track(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    making = _making(tmp_path, monkeypatch, FakeEngine())
    with making:
        assert making._thread is not None
        making._thread.join()
        whole = making.track.whole()
        key = making.key_of(making.track.timeline(), making.clips)
    assert files(tmp_path / "cache") == [f"{key}.npy"]
    served = kept_track(tmp_path / "cache", key, len(whole))
    assert served is not None and np.array_equal(np.concatenate(list(served)), whole)
