"""Issue 17, items 1, 2 and 10: damaged, swapped or wrong cache entries (clips, levels, tracks) are reported in one
line, dropped and made again, never served; only regular files of a sane size are read; stale temp files are
counted and cleaned."""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

import numpy as np
import pytest

from tests.export.helpers import make_timeline
from voiceroutine.audio.clipgain import ClipGains
from voiceroutine.audio.finish import finished_track, levelled_programme
from voiceroutine.audio.format import Samples
from voiceroutine.audio.master import CEILING_DBTP, TARGET_LUFS, early_mastering, render
from voiceroutine.cache import STALE_TEMP_S, Cache, prune_tracks
from voiceroutine.cache.levels import levels_path
from voiceroutine.speech.render import Renderer
from voiceroutine.testing import FakeEngine


def expected_track(exercises: tuple[str, ...] = ("Chin tuck", "Wall angel", "Doorway stretch")) -> np.ndarray:
    timeline, clips = make_timeline(exercises)
    programme = levelled_programme(timeline, clips)
    return np.concatenate(list(render(programme, early_mastering(CEILING_DBTP, TARGET_LUFS))))


def kept(folder: Path, kind: str = "tracks") -> Path:
    if kind == "levels":  # one entry per clip (its own gain): the first exercise's name
        return gain_entry(folder, make_timeline()[1]["Chin tuck"])
    (path,) = (folder / kind).glob("*.npy")
    return path


def gain_entry(folder: Path, clip: Samples) -> Path:
    """The levels entry keeping `clip`'s gain at the default target."""
    return levels_path(folder, ClipGains(TARGET_LUFS, CEILING_DBTP).key(clip))


def damage_zero_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle - 20_000 : middle + 20_000] = bytes(40_000)
    path.write_bytes(bytes(data))


def damage_flip_one_sample(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x40
    path.write_bytes(bytes(data))


def damage_truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-1000])


def damage_old_format(path: Path) -> None:
    """A track as main kept it before checksums: the bare .npy, trailer cut off."""
    path.write_bytes(path.read_bytes()[:-100])


@pytest.mark.parametrize("damage", [damage_zero_middle, damage_flip_one_sample, damage_truncate, damage_old_format])
def test_a_damaged_kept_track_is_reported_dropped_and_made_again(
    tmp_path: Path, damage: object, caplog: pytest.LogCaptureFixture
) -> None:
    timeline, clips = make_timeline()
    expected = expected_track()
    assert np.array_equal(finished_track(timeline, clips, tmp_path), expected)
    path = kept(tmp_path)
    damage(path)  # type: ignore[operator]
    with caplog.at_level(logging.WARNING, logger="voiceroutine"):
        assert np.array_equal(finished_track(timeline, clips, tmp_path), expected)
    (record,) = caplog.records
    assert str(path) in record.getMessage() and "\n" not in record.getMessage()
    assert "damaged" in record.getMessage()
    caplog.clear()
    assert np.array_equal(finished_track(timeline, clips, tmp_path), expected)  # rebuilt on disk: now served
    assert not caplog.records


def test_a_track_of_the_same_size_for_another_routine_is_never_served(tmp_path: Path) -> None:
    one, clips_one = make_timeline(("Chin tuck", "Wall angel", "Neck roll"))
    two, clips_two = make_timeline(("Neck roll", "Wall angel", "Chin tuck"))
    finished_track(one, clips_one, tmp_path)
    first = kept(tmp_path)
    finished_track(two, clips_two, tmp_path)
    second = next(p for p in (tmp_path / "tracks").glob("*.npy") if p != first)
    assert first.stat().st_size == second.stat().st_size
    second.write_bytes(first.read_bytes())  # swapped: right size, right header, wrong routine
    assert np.array_equal(finished_track(two, clips_two, tmp_path), expected_track(("Neck roll", "Wall angel",
                                                                                      "Chin tuck")))


def test_a_valid_but_wrong_gain_in_levels_is_never_used(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    timeline, clips = make_timeline()
    expected = expected_track()
    finished_track(timeline, clips, tmp_path)
    kept(tmp_path).unlink()
    levels = kept(tmp_path, "levels")
    data = json.loads(levels.read_text())
    data["gain"] = data["gain"] * 0.25  # still valid JSON, a plausible number
    levels.write_text(json.dumps(data))
    with caplog.at_level(logging.WARNING, logger="voiceroutine"):
        assert np.array_equal(finished_track(timeline, clips, tmp_path), expected)
    assert any(str(levels) in r.getMessage() for r in caplog.records)
    assert json.loads(levels.read_text())["gain"] == pytest.approx(data["gain"] * 4)


def test_the_gain_of_another_clip_is_never_used(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    expected = expected_track()
    finished_track(timeline, clips, tmp_path)
    first, second = gain_entry(tmp_path, clips["Chin tuck"]), gain_entry(tmp_path, clips["Doorway stretch"])
    assert first.read_bytes() != second.read_bytes()
    first.write_bytes(second.read_bytes())  # a sane entry, for another clip
    kept(tmp_path).unlink()
    assert np.array_equal(finished_track(timeline, clips, tmp_path), expected)


def special(path: Path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    elif kind == "folder":
        (path / "inside").mkdir(parents=True)
        (path / "inside" / "x").write_bytes(b"x")


@pytest.mark.parametrize("kind", ["fifo", "zero", "folder"])
def test_a_clip_entry_that_is_no_regular_file_is_dropped_without_hanging(tmp_path: Path, kind: str) -> None:
    cache = Cache(tmp_path)
    renderer = Renderer(FakeEngine(), 1.0, cache)
    key = renderer._key("Release.")
    special(cache.path(key), kind)
    started = time.monotonic()
    clip = renderer.clips(["Release."])["Release."]
    assert time.monotonic() - started < 5
    assert cache.damaged == 1 and len(clip) > 0
    assert Cache(tmp_path).get(key) is not None  # made again as a regular file
    special(cache.path(f"{'1' * 64}"), kind)
    cache.clear()  # a folder, FIFO or link in place of a clip is no crash
    assert not (tmp_path / "clips").exists()


@pytest.mark.parametrize("kind", ["fifo", "zero", "folder"])
@pytest.mark.parametrize("entry", ["tracks", "levels"])
def test_a_track_or_levels_entry_that_is_no_regular_file_is_dropped(tmp_path: Path, kind: str, entry: str) -> None:
    timeline, clips = make_timeline()
    expected = expected_track()
    finished_track(timeline, clips, tmp_path)
    path = kept(tmp_path, entry)
    path.unlink()
    special(path, kind)
    started = time.monotonic()
    assert np.array_equal(finished_track(timeline, clips, tmp_path), expected)
    assert time.monotonic() - started < 5
    assert path.is_file() and not path.is_symlink()
    assert Cache(tmp_path).info().tracks == 1


def stale(path: Path, size: int, age_s: float = STALE_TEMP_S + 60) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00" * size)
    os.utime(path, (time.time() - age_s,) * 2)
    return path


def test_stale_temp_files_are_counted_by_info_and_cleaned_by_clear(tmp_path: Path) -> None:
    left = [
        stale(tmp_path / "tracks" / f".{1:064x}.npy.a1b2c3.part", 48_000_000 // 1000),
        stale(tmp_path / "clips" / "ab" / f".{'ab' * 32}.wav.x.part", 100),
        stale(tmp_path / "levels" / f".{2:064x}.json.y.part", 10),
        stale(tmp_path / ".last-run.json.z.part", 1),
    ]
    live = stale(tmp_path / "tracks" / f".{3:064x}.npy.d4e5.part", 500, age_s=5)
    info = Cache(tmp_path).info()
    assert (info.temps, info.temps_bytes) == (4, 48_000 + 111)
    Cache(tmp_path).clear()
    assert not any(path.exists() for path in left)
    assert live.exists()  # another process is still writing it


def test_the_tracks_cap_cleans_stale_partial_tracks(tmp_path: Path) -> None:
    partial = stale(tmp_path / f".{1:064x}.npy.a1b2c3.part", 1000)
    live = stale(tmp_path / f".{2:064x}.npy.a1b2c3.part", 1000, age_s=1)
    keep = tmp_path / f"{3:064x}.npy"
    keep.write_bytes(b"x")
    prune_tracks(tmp_path, keep=keep, cap_bytes=10**9)
    assert not partial.exists() and live.exists() and keep.exists()


def test_cache_info_shows_stale_temp_files(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from voiceroutine.cli import app

    stale(tmp_path / "tracks" / f".{1:064x}.npy.a1b2c3.part", 2 * 1024 * 1024)
    done = CliRunner().invoke(app, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert done.exit_code == 0
    assert "left by stopped runs: 1 temp file (2.0 MB), removed by `voiceroutine cache clear`" in done.output


def test_export_reports_a_damaged_track_in_one_line_and_writes_the_right_audio(
    tmp_path: Path, fake_engine: FakeEngine
) -> None:
    from typer.testing import CliRunner

    from voiceroutine.cli import app

    cache = tmp_path / "cache"
    out = tmp_path / "out.wav"
    args = ["export", "desk-neck", "--engine", "fake", "-o", str(out), "--cache-dir", str(cache)]
    runner = CliRunner()
    assert runner.invoke(app, args).exit_code == 0
    good = out.read_bytes()
    (track,) = (cache / "tracks").glob("*.npy")
    damage_zero_middle(track)
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    warnings = [line for line in done.output.splitlines() if line.startswith("voiceroutine: warning:")]
    assert len(warnings) == 1 and str(track) in warnings[0] and "damaged" in warnings[0]
    assert out.read_bytes() == good
