"""The renderer as the timeline builder's durations function: every spoken cue is exactly as long as its clip."""

from __future__ import annotations

import pytest

from voiceroutine.audio.format import samples_to_ms
from voiceroutine.cache import Cache
from voiceroutine.routine.loader import load_routine
from voiceroutine.speech.render import Renderer
from voiceroutine.speech.select import choose_engine
from voiceroutine.testing import FakeEngine
from voiceroutine.timeline.builder import build_timeline
from voiceroutine.timeline.model import CueKind
from voiceroutine.timeline.options import resolve_pace


@pytest.mark.parametrize("speed", [1.0, 1.5])
def test_speech_cues_last_exactly_as_long_as_their_clips(cache: Cache, speed: float) -> None:
    routine = load_routine("upper-back")
    engine = FakeEngine()
    renderer = Renderer(engine, speed, cache)
    timeline = build_timeline(routine, resolve_pace(routine=routine), renderer.duration_ms)
    spoken = timeline.spoken_phrases()
    clips = renderer.clips(spoken)
    rendered = len(engine.calls)
    assert rendered <= len(spoken)  # each distinct phrase once (some captions share a spoken form)
    for cue in timeline.cues:
        if cue.kind is CueKind.SPEECH:
            assert cue.duration_ms == samples_to_ms(len(clips[cue.text]))
    assert Renderer(engine, speed, Cache(cache.folder)).clips(spoken).keys() == clips.keys()
    assert len(engine.calls) == rendered  # the second renderer found everything in the cache


@pytest.mark.e2e
def test_auto_prefers_piper_when_installed() -> None:
    from voiceroutine.speech.piper import PiperEngine

    expected = "piper" if PiperEngine().is_available() else "system"
    assert choose_engine(None, None).name == expected
    assert choose_engine("AUTO", None).name == expected
