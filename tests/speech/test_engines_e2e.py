"""Real espeak-ng and Piper on a few phrases: format, plausible length, trimmed edges, speed."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from voiceroutine.audio.format import SAMPLE_RATE
from voiceroutine.cache import Cache
from voiceroutine.speech.engine import SpeechEngine
from voiceroutine.speech.espeak import EspeakEngine
from voiceroutine.speech.piper import PiperEngine
from voiceroutine.speech.piper_split import SplitSession
from voiceroutine.speech.render import TRIM_MARGIN_MS, Renderer, trim

PHRASES = {
    # phrase: plausible length range of the trimmed clip in ms at speed 1.0
    "Release.": (250, 1000),
    "3": (150, 700),
    "Hold for 5 s.": (700, 2200),
    "Sit tall and squeeze your shoulder blades together.": (1800, 4500),
}

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
needs_piper = pytest.mark.skipif(not PiperEngine().is_available(), reason="needs piper-tts and the joe voice")


def check_clips(engine: SpeechEngine, cache: Cache, edges_ms: Callable[..., tuple[float, float]]) -> None:
    clips = Renderer(engine, 1.0, cache).clips(PHRASES)
    for text, (low, high) in PHRASES.items():
        clip = clips[text]
        assert clip.dtype == np.int16 and clip.ndim == 1
        ms = len(clip) * 1000 // SAMPLE_RATE
        assert low <= ms <= high, f"{text!r}: {ms} ms"
        # -34 dB below the peak catches the breath of an initial "h"; Piper's onsets vary from render to render
        lead, tail = edges_ms(clip, relative=0.02)
        assert lead <= TRIM_MARGIN_MS + 30, f"{text!r} starts {lead:.0f} ms late"
        assert tail <= TRIM_MARGIN_MS + 40, f"{text!r} ends {tail:.0f} ms early"
    assert len(clips["Sit tall and squeeze your shoulder blades together."]) > 2 * len(clips["Release."])
    fast = Renderer(engine, 1.5, cache).clip("Sit tall and squeeze your shoulder blades together.")
    slow = clips["Sit tall and squeeze your shoulder blades together."]
    # 1/1.5 = 0.67 nominal; Piper draws its durations with noise, so the ratio of one render of each varies
    # (0.70 to 0.77 over a dozen pairs, and 0.80 once in a full run): bounds far outside that spread
    assert 0.5 < len(fast) / len(slow) < 0.9


@pytest.mark.e2e
@needs_espeak
def test_espeak(cache: Cache, edges_ms: Callable[..., tuple[float, float]]) -> None:
    engine = EspeakEngine()
    check_clips(engine, cache, edges_ms)
    assert engine.identity().startswith("espeak/1.") and engine.identity().endswith("/en-us")
    assert np.array_equal(engine.synthesize("Release.", 1.0), engine.synthesize("Release.", 1.0))
    variant = EspeakEngine("en-us+f3")
    variant.check_voice()
    assert not np.array_equal(variant.synthesize("Release.", 1.0), engine.synthesize("Release.", 1.0))


@pytest.mark.e2e
@needs_piper
def test_piper(cache: Cache, edges_ms: Callable[..., tuple[float, float]]) -> None:
    engine = PiperEngine()
    check_clips(engine, cache, edges_ms)
    raw = engine.synthesize("Release.", 1.0)
    raw_lead, raw_tail = edges_ms(raw, relative=0.02)
    lead, tail = edges_ms(trim(raw), relative=0.02)
    # Piper's own silence around a phrase, which trimming removes. Piper draws noise on every render, so its lead
    # alone varies (33 to 57 ms over a dozen renders of "Release."); the two ends together are steady (over 240 ms).
    assert raw_lead + raw_tail > 150
    assert (raw_lead + raw_tail) - (lead + tail) > 120 and raw_tail - tail > 80
    assert "en_US-joe-medium" in engine.identity()


@pytest.mark.e2e
@needs_piper
def test_piper_with_a_voice_file(cache: Cache, edges_ms: Callable[..., tuple[float, float]]) -> None:
    from voiceroutine.speech.piper import bundled_model_path

    model = bundled_model_path()
    assert model is not None
    clip = Renderer(PiperEngine(str(model)), 1.0, cache).clip("Switch sides.")
    assert 400 <= len(clip) * 1000 // SAMPLE_RATE <= 1600


@pytest.fixture
def unloaded_model() -> Iterator[Path]:
    """The bundled Piper model, not loaded yet (whatever loaded it before), and unloaded again afterwards."""
    from voiceroutine.speech.piper import bundled_model_path, unload_voice

    model = bundled_model_path()
    assert model is not None
    unload_voice(model)
    try:
        yield model
    finally:
        unload_voice(model)


@pytest.mark.e2e
@needs_piper
def test_the_loaded_piper_voice_runs_with_the_memory_saving_options(unloaded_model: Path) -> None:
    from voiceroutine.speech.piper import load_voice

    session = load_voice(unloaded_model).session
    assert isinstance(session, SplitSession)  # cut in two: long sentences decoded in windows (piper_split.py)
    for part in (session.front, session.decoder):
        options = part.get_session_options()  # what the session really runs with
        assert options.enable_mem_pattern is False  # a block per run planned for all its tensors: +60 MB
        assert options.enable_cpu_mem_arena is True  # without the arena the C allocator fragments: +140 MB
        assert (options.intra_op_num_threads, options.inter_op_num_threads) == (1, 1)
        assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"


@pytest.mark.e2e
@needs_piper
def test_the_whole_voice_loads_without_graph_optimizations_and_the_cut_one_with_them(unloaded_model: Path) -> None:
    import onnxruntime

    from voiceroutine.speech.piper import load_voice, unload_voice

    # play's voice: its first sound waits for this load, and the optimizations only slow it down
    whole = load_voice(unloaded_model, cut=False).session.get_session_options()
    assert whole.graph_optimization_level == onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    assert whole.enable_mem_pattern is False and whole.intra_op_num_threads == 1  # the rest as ever
    unload_voice(unloaded_model)
    cut = load_voice(unloaded_model).session
    assert isinstance(cut, SplitSession)
    for part in (cut.front, cut.decoder):
        level = part.get_session_options().graph_optimization_level
        assert level == onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
