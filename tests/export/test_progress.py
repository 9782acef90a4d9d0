"""Levelling, mixing and encoding tell a Progress how far they have got, every sample counted once."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from voiceroutine.audio.finish import finished_track
from voiceroutine.audio.master import ATTEMPTS, Programme, master
from voiceroutine.export.exporter import export_routine
from voiceroutine.progress import CHECKING_PEAK, ENCODING, LEVELLING, MIXING
from voiceroutine.testing import RecordingProgress

from .helpers import make_timeline, needs_ffmpeg


def test_levelling_counts_the_loudness_pass_and_every_limiter_pass() -> None:
    timeline, clips = make_timeline()
    spiky = {}
    for text, clip in clips.items():  # quiet speech with full-scale clicks: the gain pushes them over the ceiling
        quiet = (clip // 10).astype(np.int16)
        quiet[::500] = 32767
        spiky[text] = quiet
    programme = Programme(timeline, spiky)
    progress = RecordingProgress()
    master(programme, progress=progress)
    (step,) = progress.steps
    assert step.label == LEVELLING and step.done == step.total
    passes = step.total // programme.length
    assert step.total == passes * programme.length and 3 <= passes <= 1 + ATTEMPTS  # several limiter passes


def test_a_quiet_track_skips_the_limiter_and_still_completes() -> None:
    timeline, clips = make_timeline()
    quiet = {text: (clip // 20).astype(np.int16) for text, clip in clips.items()}
    programme = Programme(timeline, quiet)
    progress = RecordingProgress()
    master(programme, -30.0, progress=progress)
    assert [(s.label, s.total, s.done) for s in progress.steps] == [(LEVELLING, 2 * programme.length,
                                                                     2 * programme.length)]


def test_the_players_track_is_mixed_in_one_step(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    progress = RecordingProgress()
    track = finished_track(timeline, clips, tmp_path, progress)
    assert progress.labels() == [MIXING]  # each clip is levelled on its own (early gain): no pass over the track
    assert progress.steps[0].total == progress.steps[0].done == len(track)
    again = RecordingProgress()
    finished_track(timeline, clips, tmp_path, again)
    assert again.labels() == [MIXING]  # levels remembered, track kept: only reading it back


@needs_ffmpeg
def test_an_export_counts_levelling_each_encode_and_each_check(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    progress = RecordingProgress()
    result = export_routine(timeline, clips, tmp_path / "r.mp3", split=True, memo_folder=tmp_path / "memo",
                            progress=progress)
    length = Programme(timeline, clips).length
    # no levelling pass (each clip has its own gain), and an MP3 is checked as it is written: no step of its own
    assert progress.labels()[:2] == [ENCODING, "encoding part 1 of 3"]
    assert result.encodes == 1
    assert (progress.steps[0].total, progress.steps[0].done) == (length, length)
    assert progress.steps[0].advances > 1  # counted chunk by chunk as ffmpeg takes them
    parts = progress.steps[1:]
    assert [s.label for s in parts] == [f"encoding part {n} of 3" for n in (1, 2, 3)]
    assert sum(s.done for s in parts) == length and all(s.done == s.total for s in progress.steps)
    again = RecordingProgress()
    export_routine(timeline, clips, tmp_path / "again.m4b", memo_folder=tmp_path / "memo", progress=again)
    assert again.labels() == [ENCODING, CHECKING_PEAK]  # other formats are decoded after the encode
    assert again.steps[0].done == length and again.steps[1].total == length
