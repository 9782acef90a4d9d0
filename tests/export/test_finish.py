"""Levelling is remembered per routine and clips, and measured again when anything that matters changes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from voiceroutine.audio import finish
from voiceroutine.audio.finish import levelled, memo_key
from voiceroutine.audio.master import Programme, master

from .helpers import make_timeline


def test_levelling_is_remembered_and_gives_the_same_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    timeline, clips = make_timeline()
    first = levelled(Programme(timeline, clips), timeline, clips, memo_folder=tmp_path)
    assert first == master(Programme(timeline, clips))
    assert len(list((tmp_path / "levels").glob("*.json"))) == 1

    def no_measuring(*_: object) -> None:
        raise AssertionError("measured again")

    monkeypatch.setattr(finish, "master", no_measuring)
    assert levelled(Programme(timeline, clips), timeline, clips, memo_folder=tmp_path) == first
    assert not list((tmp_path / "levels").glob(".*.tmp"))


def test_a_damaged_entry_is_measured_again(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    first = levelled(Programme(timeline, clips), timeline, clips, memo_folder=tmp_path)
    (entry,) = (tmp_path / "levels").glob("*.json")
    entry.write_text('{"gain": ', encoding="utf-8")
    assert levelled(Programme(timeline, clips), timeline, clips, memo_folder=tmp_path) == first
    assert entry.read_text(encoding="utf-8").startswith('{"gain": ')
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
