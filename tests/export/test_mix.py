"""Mixing: clips at their exact sample, the streamed track equal to the whole one."""

from __future__ import annotations

import numpy as np
import pytest

from tests.export.helpers import make_timeline
from voiceroutine.audio.format import ms_to_samples
from voiceroutine.audio.mix import iter_mix, mix_range, mix_timeline, placement
from voiceroutine.audio.tones import tone_samples
from voiceroutine.errors import AudioError
from voiceroutine.timeline.model import CueKind, Tone


def test_track_has_exact_length_and_every_clip_at_its_cue_start() -> None:
    timeline, clips = make_timeline()
    track = mix_timeline(timeline, clips)
    assert len(track) == ms_to_samples(timeline.total_ms)
    for cue in timeline.cues:
        start = ms_to_samples(cue.start_ms)
        clip = clips[cue.text] if cue.kind is CueKind.SPEECH else tone_samples(Tone(cue.text))
        assert np.array_equal(track[start : start + len(clip)], clip)
    speech = [ms_to_samples(c.start_ms) for c in timeline.cues if c.kind is CueKind.SPEECH]
    for start in speech:
        assert track[start - 50 : start].any() == False  # noqa: E712 - silence right before each phrase


@pytest.mark.parametrize("chunk", [1, 997, 2205 * 3, 10**7])
def test_streamed_chunks_join_to_the_whole_track(chunk: int) -> None:
    timeline, clips = make_timeline(exercise_ms=1000 if chunk == 1 else 5000, exercises=("A", "B"))
    chunks = list(iter_mix(timeline, clips, chunk))
    assert all(len(c) == chunk for c in chunks[:-1])
    assert np.array_equal(np.concatenate(chunks), mix_timeline(timeline, clips))


def test_a_clip_past_the_end_is_cut_and_ranges_outside_are_silent() -> None:
    timeline, clips = make_timeline(exercises=("A very long exercise name indeed",), exercise_ms=1000)
    track = mix_timeline(timeline, clips)
    assert len(track) == ms_to_samples(1000)
    placed = placement(timeline, clips)
    assert not mix_range(placed, -500, 0).any()
    assert np.array_equal(mix_range(placed, -10, 100)[10:], track[:100].astype(np.int32))


def test_overlapping_loud_cues_clip_instead_of_wrapping() -> None:
    timeline, clips = make_timeline(exercises=("A",))
    loud = {text: np.full(4000, 30000, dtype=np.int16) for text in clips}
    cue = next(c for c in timeline.cues if c.kind is CueKind.SPEECH)
    from dataclasses import replace

    doubled = replace(timeline, cues=(cue, replace(cue, start_ms=cue.start_ms + 10)))
    track = mix_timeline(doubled, loud)
    assert track.max() == 32767 and track.min() >= 0


def test_missing_clip_is_a_clear_error() -> None:
    timeline, _ = make_timeline(exercises=("A",))
    with pytest.raises(AudioError, match="no rendered speech for the cue 'A'"):
        mix_timeline(timeline, {})
