"""The audio cache: keys cover everything that changes the audio, damage is detected, writes are atomic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from voiceroutine.errors import SpeechError
from voiceroutine.speech.cache import CACHE_ENV, STALE_TEMP_S, Cache, clip_key
from voiceroutine.speech.render import CLIP_SETTINGS, Renderer
from voiceroutine.testing import FakeEngine

BASE = {"identity": "piper/1.8.0/en_US-joe-medium", "speed": 1.0, "text": "Hold for 5 seconds.", "trim": CLIP_SETTINGS}


@pytest.mark.parametrize(
    ("field", "other"),
    [
        ("identity", "piper/1.8.1/en_US-joe-medium"),
        ("identity", "piper/1.8.0/en_US-lessac-medium"),
        ("identity", "espeak/1.51/en-us"),
        ("speed", 1.25),
        ("speed", 1.0001),
        ("text", "Hold for 5 seconds"),
        ("text", "hold for 5 seconds."),
        ("trim", CLIP_SETTINGS.replace("margin=10", "margin=20")),
        ("trim", CLIP_SETTINGS.replace("even=9.0", "even=12.0")),
    ],
)
def test_key_changes_with_each_input(field: str, other: object) -> None:
    changed = {**BASE, field: other}
    assert clip_key(**BASE) != clip_key(**changed)  # type: ignore[arg-type]
    assert clip_key(**BASE) == clip_key(**dict(BASE))  # type: ignore[arg-type]


def test_round_trip_is_exact_and_counted(cache: Cache) -> None:
    clip = FakeEngine().synthesize("Release", 1.0)
    key = clip_key(**BASE)  # type: ignore[arg-type]
    assert cache.get(key) is None
    cache.put(key, clip)
    got = cache.get(key)
    assert got is not None and np.array_equal(got, clip) and got.dtype == np.int16
    assert (cache.hits, cache.misses) == (1, 1)


def damage_truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-300])


def damage_flip(path: Path) -> None:
    blob = bytearray(path.read_bytes())
    blob[len(blob) // 2] ^= 0x40
    path.write_bytes(bytes(blob))


def damage_empty(path: Path) -> None:
    path.write_bytes(b"")


def damage_swap(path: Path) -> None:
    """Another entry's (valid) file under this key's name."""
    others = [p for p in path.parent.parent.glob("*/*.wav") if p != path]
    path.write_bytes(others[0].read_bytes())


@pytest.mark.parametrize("damage", [damage_truncate, damage_flip, damage_empty, damage_swap])
def test_damaged_entry_is_rendered_again(cache: Cache, damage: object) -> None:
    engine = FakeEngine()
    first = Renderer(engine, 1.0, cache).clips(["Hold for five seconds.", "Release."])
    path = next(p for p in cache.entries() if p.stat().st_size > 20000)
    damage(path)  # type: ignore[operator]
    fresh_cache = Cache(cache.folder)
    again = Renderer(engine, 1.0, fresh_cache).clips(["Hold for five seconds.", "Release."])
    assert len(engine.calls) == 3  # two cold renders, then only the damaged one
    assert (fresh_cache.hits, fresh_cache.misses, fresh_cache.damaged) == (1, 1, 1)
    for text, clip in first.items():
        assert np.array_equal(again[text], clip)
    assert Cache(cache.folder).get(path.stem) is not None  # repaired on disk


def test_failed_write_leaves_no_entry_and_no_temp_file(cache: Cache, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(
        SpeechError, match=r"^cannot write the audio cache in .*: No space left on device; pass --cache-dir"
    ):
        Renderer(FakeEngine(), 1.0, cache).clips(["Release."])
    monkeypatch.undo()
    assert [p for p in cache.folder.rglob("*") if p.is_file()] == []
    assert Cache(cache.folder).get(Renderer(FakeEngine(), 1.0, cache)._key("Release.")) is None


def test_stats_and_clear(cache: Cache) -> None:
    Renderer(FakeEngine(), 1.0, cache).clips(["Release.", "Inhale.", "Release."])
    Renderer(FakeEngine(), 1.0, Cache(cache.folder)).clips(["Release.", "Exhale."])
    info = Cache(cache.folder).info()
    assert (info.entries, info.hits, info.misses, info.damaged) == (3, 1, 1, 0)
    assert info.hit_rate == 0.5 and info.size_bytes > 3 * 44
    assert json.loads((cache.folder / "last-run.json").read_text())["hits"] == 1
    (cache.folder / "clips" / "zz").mkdir()
    leftover = cache.folder / "clips" / "zz" / ".leftover.wav.abc.part"
    leftover.write_bytes(b"x")
    os.utime(leftover, (time.time() - STALE_TEMP_S - 1,) * 2)  # left by a process that died
    assert cache.clear() == 3
    assert not (cache.folder / "clips").exists()
    assert Cache(cache.folder).info().entries == 0 and Cache(cache.folder).info().hits is None


def test_default_folder_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "env"))
    assert Cache.default().folder == tmp_path / "env"
    assert Cache.default(tmp_path / "cli", tmp_path / "config").folder == tmp_path / "cli"
    assert Cache.default(None, tmp_path / "config").folder == tmp_path / "env"
    monkeypatch.delenv(CACHE_ENV)
    assert Cache.default(None, tmp_path / "config").folder == tmp_path / "config"
    assert Cache.default().folder.name == "audio"


WRITER = """
import sys
import time
from pathlib import Path
import numpy as np
from voiceroutine.speech.cache import Cache
cache = Cache(Path(sys.argv[1]))
seed = int(sys.argv[2])
bad = 0
for round in range(20):
    for n in range(12):
        key = f"{n:064x}"
        clip = np.full(20000 + 1000 * n, n, dtype=np.int16)
        got = cache.get(key)
        if got is not None and not np.array_equal(got, clip):
            bad += 1
        cache.put(key, clip)
print(bad, cache.hits)
"""


def test_two_processes_share_the_cache(tmp_path: Path) -> None:
    """Two real processes writing and reading the same entries at once never see a partial or wrong entry."""
    folder = tmp_path / "shared"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), str(i)], stdout=subprocess.PIPE, text=True, env=env
        )
        for i in range(2)
    ]
    results = [w.communicate(timeout=60)[0].split() for w in writers]
    assert all(w.returncode == 0 for w in writers)
    assert [bad for bad, _ in results] == ["0", "0"]
    assert all(int(hits) > 200 for _, hits in results)
    cache = Cache(folder)
    assert cache.info().entries == 12
    assert all(cache.get(f"{n:064x}") is not None for n in range(12))
    assert not list(folder.rglob("*.part"))
