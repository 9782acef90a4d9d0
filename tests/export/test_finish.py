"""Levelling is remembered per routine and clips, and measured again when anything that matters changes."""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import numpy as np
import pytest

from voiceroutine.audio import finish
from voiceroutine.audio.finish import finishing, memo_key
from voiceroutine.audio.format import Samples
from voiceroutine.audio.master import Mastering, Programme, master
from voiceroutine.cache import tracks
from voiceroutine.timeline.model import Timeline

from .helpers import make_timeline


def levelled(programme: Programme, timeline: Timeline, clips: dict[str, Samples], memo_folder: Path) -> Mastering:
    """Only the levelling half of `finishing` (its chunks are never read)."""
    mastering, chunks = finishing(programme, timeline, clips, memo_folder=memo_folder)
    chunks.close()
    return mastering


def test_levelling_is_remembered_and_gives_the_same_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    timeline, clips = make_timeline()
    first = levelled(Programme(timeline, clips), timeline, clips, memo_folder=tmp_path)
    assert first == master(Programme(timeline, clips))
    assert len(list((tmp_path / "levels").glob("*.json"))) == 1

    def no_measuring(*_: object) -> None:
        raise AssertionError("measured again")

    monkeypatch.setattr(finish, "master", no_measuring)
    assert levelled(Programme(timeline, clips), timeline, clips, memo_folder=tmp_path) == first
    assert not list((tmp_path / "levels").glob(".*.part"))


def test_a_damaged_entry_is_measured_again(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    first = levelled(Programme(timeline, clips), timeline, clips, memo_folder=tmp_path)
    (entry,) = (tmp_path / "levels").glob("*.json")
    entry.write_text('{"gain": ', encoding="utf-8")
    assert levelled(Programme(timeline, clips), timeline, clips, memo_folder=tmp_path) == first
    assert entry.read_text(encoding="utf-8").startswith('{"key": ')
    assert len(entry.read_text(encoding="utf-8")) > 20


def test_the_key_follows_cue_times_clip_samples_and_target() -> None:
    timeline, clips = make_timeline()
    key = memo_key(timeline, clips, -16.0)
    moved = dataclasses.replace(timeline, cues=(dataclasses.replace(timeline.cues[0], start_ms=1), *timeline.cues[1:]))
    louder = {**clips, "Relax": clips["Relax"] // 2}
    assert (
        len({key, memo_key(moved, clips, -16.0), memo_key(timeline, louder, -16.0), memo_key(timeline, clips, -15.55)})
        == 4
    )
    assert memo_key(timeline, dict(clips), -16.0) == key


def test_the_finished_track_is_the_levelled_render_and_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from voiceroutine.audio.finish import finished_track, levelled_programme
    from voiceroutine.audio.master import CEILING_DBTP, TARGET_LUFS, early_mastering, render

    timeline, clips = make_timeline()
    programme = levelled_programme(timeline, clips)
    expected = np.concatenate(list(render(programme, early_mastering(CEILING_DBTP, TARGET_LUFS))))
    assert np.array_equal(finished_track(timeline, clips, tmp_path), expected)
    (kept,) = (tmp_path / "tracks").glob("*.npy")

    monkeypatch.setattr(finish, "render", lambda *_: (_ for _ in ()).throw(AssertionError("rendered again")))
    assert np.array_equal(finished_track(timeline, clips, tmp_path), expected)
    kept.write_bytes(kept.read_bytes()[:100])  # a damaged file is made again, not played
    monkeypatch.undo()
    assert np.array_equal(finished_track(timeline, clips, tmp_path), expected)
    assert np.load(kept).shape == expected.shape


def test_cache_clear_also_forgets_levels_and_tracks(tmp_path: Path) -> None:
    from voiceroutine.audio.finish import finished_track
    from voiceroutine.cache import Cache

    timeline, clips = make_timeline()
    finished_track(timeline, clips, tmp_path)
    assert list((tmp_path / "levels").glob("*.json")) and list((tmp_path / "tracks").glob("*.npy"))
    Cache(tmp_path).clear()
    assert not (tmp_path / "levels").exists() and not (tmp_path / "tracks").exists()


def test_a_replayed_track_outlives_an_older_unplayed_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from voiceroutine.audio.finish import finished_track

    routines = {name: make_timeline((name,)) for name in ("Chin tuck", "Wall angel", "Neck roll")}
    kept: dict[str, Path] = {}
    for age, name in ((300, "Chin tuck"), (200, "Wall angel")):
        finished_track(*routines[name], tmp_path)
        (kept[name],) = set((tmp_path / "tracks").glob("*.npy")) - set(kept.values())
        os.utime(kept[name], (time.time() - age, time.time() - age))
    size = kept["Chin tuck"].stat().st_size
    monkeypatch.setattr(tracks, "TRACKS_CAP_BYTES", 2 * size + size // 2)

    with monkeypatch.context() as replay:  # played again from the kept file, not rendered and written again
        replay.setattr(finish, "render", lambda *_: (_ for _ in ()).throw(AssertionError("rendered again")))
        finished_track(*routines["Chin tuck"], tmp_path)
    finished_track(*routines["Neck roll"], tmp_path)
    left = set((tmp_path / "tracks").glob("*.npy"))
    assert len(left) == 2 and kept["Chin tuck"] in left and kept["Wall angel"] not in left


def test_writing_a_track_prunes_to_the_cap_but_keeps_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from voiceroutine.audio.finish import finished_track

    monkeypatch.setattr(tracks, "TRACKS_CAP_BYTES", 1)
    for name in ("Chin tuck", "Wall angel"):
        timeline, clips = make_timeline((name,))
        track = finished_track(timeline, clips, tmp_path)
        (kept,) = (tmp_path / "tracks").glob("*.npy")
        assert np.array_equal(np.load(kept), track)
