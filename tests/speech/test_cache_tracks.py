"""The player's kept tracks: the least recently used go first once they pass the cap, safely beside another process."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from voiceroutine.speech import cache as cache_module
from voiceroutine.speech.cache import Cache, KeptTrack, kept_tracks, mark_used, prune_tracks


def track(folder: Path, n: int, size: int, age_s: float) -> Path:
    """A finished track file `KEY.npy` of `size` bytes, last used `age_s` seconds ago."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{n:064x}.npy"
    path.write_bytes(b"\x01" * size)
    used = time.time() - age_s
    os.utime(path, (used, used))
    return path


def names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


@pytest.mark.parametrize(("cap", "kept"), [(500, [0, 1, 2, 3, 4]), (450, [3, 1, 4, 0]), (250, [3, 1]), (199, [3])])
def test_the_least_recently_used_go_first_until_the_rest_fit(tmp_path: Path, cap: int, kept: list[int]) -> None:
    # names and ages disagree, so an order by name would keep other files
    paths = [track(tmp_path, n, 100, age) for n, age in enumerate((40.0, 20.0, 50.0, 10.0, 30.0))]
    removed = prune_tracks(tmp_path, keep=paths[3], cap_bytes=cap)
    assert names(tmp_path) == {paths[n].name for n in kept}
    assert removed == 5 - len(kept)


def test_the_newest_stays_even_when_larger_than_the_cap(tmp_path: Path) -> None:
    older = [track(tmp_path, n, 10, 100.0 + n) for n in range(3)]
    newest = track(tmp_path, 9, 1000, 1.0)
    assert prune_tracks(tmp_path, keep=tmp_path / f"{8:064x}.npy", cap_bytes=100) == 3  # keep: a write that failed
    assert names(tmp_path) == {newest.name}
    assert not any(path.exists() for path in older)


def test_the_track_just_written_stays_even_when_another_was_used_since(tmp_path: Path) -> None:
    written = track(tmp_path, 1, 100, 5.0)
    used_since = track(tmp_path, 2, 100, 1.0)  # another process played this one a moment later
    track(tmp_path, 3, 100, 50.0)
    assert prune_tracks(tmp_path, keep=written, cap_bytes=150) == 1
    assert names(tmp_path) == {written.name, used_since.name}


def test_marking_a_track_used_keeps_it_over_an_older_unused_one(tmp_path: Path) -> None:
    reused = track(tmp_path, 1, 100, 300.0)
    unused = track(tmp_path, 2, 100, 200.0)
    mark_used(reused)
    newest = track(tmp_path, 3, 100, 0.0)
    prune_tracks(tmp_path, keep=newest, cap_bytes=200)
    assert names(tmp_path) == {reused.name, newest.name}
    assert not unused.exists()


def test_live_temp_files_and_other_names_are_never_touched_nor_counted(tmp_path: Path) -> None:
    writing = tmp_path / f".{1:064x}.npy.k2j4x9.part"  # write_atomic's temp file, still being written elsewhere
    stray = tmp_path / "notes.npy"
    long_ago = time.time() - 1000
    writing.write_bytes(b"\x02" * 10_000)
    os.utime(writing, (time.time() - 60,) * 2)
    stray.write_bytes(b"\x02" * 10_000)
    os.utime(stray, (long_ago, long_ago))
    tracks = [track(tmp_path, n, 100, 10.0 * n) for n in range(2, 5)]
    assert prune_tracks(tmp_path, keep=tracks[0], cap_bytes=300) == 0
    assert names(tmp_path) == {writing.name, stray.name, *(path.name for path in tracks)}
    assert writing.read_bytes() == b"\x02" * 10_000 and stray.stat().st_mtime == long_ago
    assert [kept.path for kept in kept_tracks(tmp_path)] == tracks[::-1]


def test_a_track_deleted_by_another_process_meanwhile_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [track(tmp_path, n, 100, 100.0 - n) for n in range(4)]
    listed = kept_tracks(tmp_path)

    def listed_then_pruned_elsewhere(folder: Path) -> list[KeptTrack]:
        paths[0].unlink()  # the other process deletes the oldest between our listing and our unlink
        return listed

    monkeypatch.setattr(cache_module, "kept_tracks", listed_then_pruned_elsewhere)
    assert prune_tracks(tmp_path, keep=paths[3], cap_bytes=300) == 1
    assert names(tmp_path) == {path.name for path in paths[1:]}  # its bytes count as freed: nothing more goes
    mark_used(paths[0])  # playing a track that was just pruned elsewhere


def test_a_track_vanishing_while_the_folder_is_listed_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [track(tmp_path, n, 100, 100.0 - n) for n in range(3)]
    ghost = tmp_path / f"{7:064x}.npy"
    real_iterdir = Path.iterdir
    monkeypatch.setattr(Path, "iterdir", lambda self: iter([ghost, *real_iterdir(self)]))
    assert [kept.path for kept in kept_tracks(tmp_path)] == paths
    assert prune_tracks(tmp_path, keep=paths[2], cap_bytes=100) == 2
    assert kept_tracks(tmp_path / "missing") == []


def test_a_track_that_cannot_be_deleted_is_left_and_the_next_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [track(tmp_path, n, 100, 100.0 - n) for n in range(4)]
    real_unlink = Path.unlink

    def locked(self: Path, missing_ok: bool = False) -> None:
        if self == paths[0]:
            raise PermissionError(13, "in use")  # as Windows says of a file another process has open
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", locked)
    assert prune_tracks(tmp_path, keep=paths[3], cap_bytes=250) == 2
    assert names(tmp_path) == {paths[0].name, paths[3].name}


def test_cache_info_counts_the_kept_tracks(tmp_path: Path) -> None:
    folder = tmp_path / "tracks"
    track(folder, 1, 100, 1.0)
    track(folder, 2, 250, 2.0)
    (folder / f".{3:064x}.npy.abc.part").write_bytes(b"x" * 1000)
    info = Cache(tmp_path).info()
    assert (info.tracks, info.tracks_bytes) == (2, 350)
    Cache(tmp_path).clear()
    assert (Cache(tmp_path).info().tracks, Cache(tmp_path).info().tracks_bytes) == (0, 0)
