"""The renderer: each distinct phrase rendered once, trimmed, cache-backed, in parallel when the engine allows."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from voiceroutine.audio.format import SAMPLE_RATE, Samples, samples_to_ms
from voiceroutine.cache import Cache
from voiceroutine.errors import SpeechError
from voiceroutine.speech.render import TRIM_MARGIN_MS, Renderer
from voiceroutine.testing import FakeEngine

PHRASES = ["Shoulder rolls.", "Hold for 5 s.", "Release.", "3", "2", "1", "Release.", "Hold for 5 seconds."]


def test_each_distinct_phrase_is_rendered_once(cache: Cache) -> None:
    engine = FakeEngine()
    renderer = Renderer(engine, 1.0, cache)
    clips = renderer.clips(PHRASES)
    assert list(clips) == list(dict.fromkeys(PHRASES))
    # "Hold for 5 s." is spoken as "Hold for 5 seconds.": one render serves both captions
    assert sorted(text for text, _ in engine.calls) == sorted(
        ["Shoulder rolls.", "Hold for 5 seconds.", "Release.", "3", "2", "1"]
    )
    assert clips["Hold for 5 s."] is clips["Hold for 5 seconds."]
    renderer.clips(PHRASES)
    renderer.duration_ms("Release.")
    assert len(engine.calls) == 6


@pytest.mark.parametrize("speed", [0.75, 1.0, 1.5])
def test_clips_are_trimmed_and_durations_exact(cache: Cache, speed: float) -> None:
    engine = FakeEngine()
    renderer = Renderer(engine, speed, cache)
    for text in ["Release.", "Breathe slowly through your nose."]:
        clip = renderer.clip(text)
        assert clip.dtype == np.int16 and clip.ndim == 1
        voiced = engine.speech_ms(text, speed) * SAMPLE_RATE // 1000
        margin = TRIM_MARGIN_MS * SAMPLE_RATE // 1000
        assert abs(len(clip) - (voiced + 2 * margin)) <= 3
        assert renderer.duration_ms(text) == samples_to_ms(len(clip))


def test_warm_cache_renders_nothing(cache: Cache) -> None:
    cold = Renderer(FakeEngine(), 1.0, cache).clips(PHRASES)
    engine = FakeEngine()
    warm_cache = Cache(cache.folder)
    warm = Renderer(engine, 1.0, warm_cache).clips(PHRASES)
    assert engine.calls == []
    assert warm_cache.hits == 6 and warm_cache.misses == 0
    assert all(np.array_equal(cold[t], warm[t]) for t in PHRASES)


def test_speed_and_engine_are_separate_entries(cache: Cache) -> None:
    Renderer(FakeEngine(), 1.0, cache).clips(["Release."])
    engine = FakeEngine(ms_per_char=70)
    Renderer(engine, 1.0, cache).clips(["Release."])
    Renderer(engine, 1.5, cache).clips(["Release."])
    assert len(engine.calls) == 2 and cache.info().entries == 3


def test_without_cache() -> None:
    engine = FakeEngine()
    assert len(Renderer(engine, 1.0, None).clips(["Release.", "Release."])) == 1
    assert len(engine.calls) == 1


def test_empty_text_is_an_empty_clip() -> None:
    engine = FakeEngine()
    assert len(Renderer(engine, 1.0, None).clip("   ")) == 0
    assert engine.calls == []


class SilentEngine(FakeEngine):
    def synthesize(self, text: str, speed: float) -> Samples:
        return np.zeros(SAMPLE_RATE, dtype=np.int16)


def test_an_engine_that_returns_silence_is_an_error_and_not_cached(cache: Cache) -> None:
    with pytest.raises(SpeechError, match=r"^fake: the engine returned only silence for 'Release\.'$"):
        Renderer(SilentEngine(), 1.0, cache).clips(["Release."])
    assert cache.info().entries == 0
    assert len(Renderer(SilentEngine(), 1.0, cache).clip("...")) == 0  # nothing to say is not an error


class SlowParallelEngine(FakeEngine):
    """A fake that takes real time per phrase and records how many phrases render at once."""

    parallel = 2

    def __init__(self, seconds: float = 0.05, fail_on: str | None = None) -> None:
        super().__init__()
        self.seconds = seconds
        self.fail_on = fail_on
        self.active = 0
        self.most_active = 0
        self.lock = threading.Lock()

    def synthesize(self, text: str, speed: float) -> Samples:
        with self.lock:
            self.active += 1
            self.most_active = max(self.most_active, self.active)
        try:
            time.sleep(self.seconds)
            if text == self.fail_on:
                raise SpeechError("fake: cannot say that")
            return super().synthesize(text, speed)
        finally:
            with self.lock:
                self.active -= 1


def test_parallel_engine_uses_two_workers(cache: Cache) -> None:
    engine = SlowParallelEngine()
    texts = [f"Phrase number {n}." for n in range(8)]
    clips = Renderer(engine, 1.0, cache).clips(texts)
    assert engine.most_active == 2
    assert set(clips) == set(texts) and len(engine.calls) == 8


def test_an_engine_error_stops_the_render_with_its_message(cache: Cache) -> None:
    engine = SlowParallelEngine(fail_on="Phrase number 3.")
    with pytest.raises(SpeechError, match=r"^fake: cannot say that$"):
        Renderer(engine, 1.0, cache).clips([f"Phrase number {n}." for n in range(6)])


def test_rendering_is_told_to_progress_phrase_by_phrase(cache: Cache) -> None:
    from voiceroutine.progress import RENDERING
    from voiceroutine.testing import RecordingProgress

    progress = RecordingProgress()
    clips = Renderer(SlowParallelEngine(seconds=0.05), 1.0, cache).clips(["One.", "Two.", "Three.", "Four.", "Five."],
                                                                        progress=progress)
    assert len(clips) == 5
    assert [(step.label, step.total, step.done) for step in progress.steps] == [(RENDERING, 5, 5)]
    serial = RecordingProgress()
    Renderer(FakeEngine(), 1.0, cache).clips(["Six.", "Seven.", "Six."], progress=serial)
    assert [(step.label, step.total, step.done, step.advances) for step in serial.steps] == [(RENDERING, 2, 2, 2)]
    cached = RecordingProgress()
    Renderer(FakeEngine(), 1.0, cache).clips(["Six.", "Seven."], progress=cached)
    assert cached.steps == []  # nothing to render, no step


def test_clips_come_back_trimmed_then_evened_out_and_are_cached_so(cache: Cache) -> None:
    from voiceroutine.speech.dynamics import even_out
    from voiceroutine.speech.render import trim

    engine = FakeEngine()
    clip = Renderer(engine, 1.0, cache).clip("Release.")
    raw = FakeEngine().synthesize("Release.", 1.0)
    assert np.array_equal(clip, even_out(trim(raw)))
    assert not np.array_equal(clip, trim(raw))  # the fake tone is steady: it comes down by the ratio
    assert np.array_equal(Renderer(FakeEngine(), 1.0, cache).clip("Release."), clip)  # the same from the cache


class LongSentenceEngine(SlowParallelEngine):
    """Two workers, but a sentence over 20 characters never renders beside another one."""

    long_sentence_chars = 20

    def __init__(self) -> None:
        super().__init__(seconds=0.05)
        self.long_at_once = 0
        self.most_long_at_once = 0

    def synthesize(self, text: str, speed: float) -> Samples:
        long = len(text) > 20
        with self.lock:
            self.long_at_once += long
            self.most_long_at_once = max(self.most_long_at_once, self.long_at_once)
        try:
            return super().synthesize(text, speed)
        finally:
            with self.lock:
                self.long_at_once -= long


def test_long_sentences_render_one_at_a_time_beside_short_ones(cache: Cache) -> None:
    engine = LongSentenceEngine()
    texts = [f"A much longer sentence, number {n}." for n in range(4)] + [f"Go {n}." for n in range(4)]
    clips = Renderer(engine, 1.0, cache).clips(texts)
    assert set(clips) == set(texts)
    assert engine.most_long_at_once == 1 and engine.most_active == 2  # the short ones still run beside


def test_the_next_phrase_skips_long_ones_while_a_long_one_renders() -> None:
    from voiceroutine.speech.render import is_long, next_to_render

    waiting = ["A long sentence indeed.", "Short.", "Another long sentence."]
    assert next_to_render(waiting, [], lambda say: is_long(say, 10)) == waiting[0]
    assert next_to_render(waiting, ["One more long sentence."], lambda say: is_long(say, 10)) == "Short."
    assert next_to_render(waiting[::2], ["One more long sentence."], lambda say: is_long(say, 10)) is None
    assert next_to_render(waiting, ["One more long sentence."], lambda say: is_long(say, None)) == waiting[0]
    short = ["Short. Also short."]
    assert next_to_render(short, ["One more long sentence."], lambda say: is_long(say, 12)) == short[0]


def test_release_lets_an_engine_give_back_its_voice(cache: Cache) -> None:
    class Releasing(FakeEngine):
        released = 0

        def release(self) -> None:
            self.released += 1

    engine = Releasing()
    renderer = Renderer(engine, 1.0, cache)
    renderer.clips(["Go."])
    renderer.release()
    assert engine.released == 1
    Renderer(FakeEngine(), 1.0, cache).release()  # an engine without release(): nothing to do


def test_a_released_piper_voice_is_loaded_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from voiceroutine.speech import piper

    loads: list[Path] = []
    monkeypatch.setattr(piper, "_load", lambda model, folder, cut: loads.append(model) or object())
    model = tmp_path / "voice.onnx"
    first = piper.load_voice(model)
    assert piper.load_voice(model) is first and loads == [model]
    piper.unload_voice(model)
    assert piper.load_voice(model) is not first and loads == [model, model]
    piper.unload_voice(model)


def test_letting_go_of_a_piper_voice_not_loaded_costs_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """An export lets its voice go twice; only the first, which frees the voice, collects and trims the heap."""
    from voiceroutine.speech import piper

    collected: list[str] = []
    monkeypatch.setattr(piper, "_load", lambda model, folder, cut: object())
    monkeypatch.setattr(piper.gc, "collect", lambda: collected.append("gc") or 0)
    monkeypatch.setattr(piper, "_give_back_freed", lambda: collected.append("trim"))
    model = tmp_path / "voice.onnx"
    piper.load_voice(model)
    assert piper.unload_voice(model) is True and collected == ["gc", "trim"]
    assert piper.unload_voice(model) is False and collected == ["gc", "trim"]


@pytest.fixture
def piper_loads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[tuple[Path, bool]]]:
    """Piper's voice loading replaced: each load recorded as (model, cut); the engine's model is a path here."""
    from voiceroutine.speech import piper

    loads: list[tuple[Path, bool]] = []
    monkeypatch.setattr(piper, "_load", lambda model, folder, cut: loads.append((model, cut)) or object())
    monkeypatch.setattr(piper.PiperEngine, "model_path", lambda self: tmp_path / "voice.onnx")
    yield loads
    piper.unload_voice(tmp_path / "voice.onnx")


def test_an_export_loads_the_piper_voice_cut_and_play_whole(piper_loads: list[tuple[Path, bool]], cache: Cache,
                                                            tmp_path: Path) -> None:
    from voiceroutine.speech import piper

    model = tmp_path / "voice.onnx"
    exporting = piper.PiperEngine()
    Renderer(exporting, 1.0, cache)
    exporting.load()  # an export: the voice cut for its memory
    assert piper_loads == [(model, True)] and piper.loaded_cut(model) is True
    piper.unload_voice(model)
    assert piper.loaded_cut(model) is None
    playing = piper.PiperEngine()
    Renderer(playing, 1.0, cache).load_whole()  # play: the first sound does not wait for the cut
    playing.load()
    assert piper_loads == [(model, True), (model, False)] and piper.loaded_cut(model) is False


def test_a_loaded_piper_voice_is_used_whole_or_cut_never_loaded_twice(piper_loads: list[tuple[Path, bool]],
                                                                      tmp_path: Path) -> None:
    from voiceroutine.speech import piper

    model = tmp_path / "voice.onnx"
    whole = piper.PiperEngine()
    whole.load_whole()
    first = piper.load_voice(model, None, cut=False)
    whole.load()
    piper.PiperEngine().load()  # asks for the cut voice: the whole one is already there, with the same samples
    assert piper.load_voice(model, None, cut=True) is first
    assert piper_loads == [(model, False)] and piper.loaded_cut(model) is False


def test_load_whole_is_passed_to_an_engine_that_has_it(cache: Cache) -> None:
    class Cutting(FakeEngine):
        whole = False

        def load_whole(self) -> None:
            self.whole = True

    engine = Cutting()
    Renderer(engine, 1.0, cache).load_whole()
    assert engine.whole
    Renderer(FakeEngine(), 1.0, cache).load_whole()  # an engine without load_whole(): nothing to do


@pytest.mark.parametrize("whole_voice", [True, False])
def test_preparing_asks_for_the_whole_voice_only_when_told(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                            whole_voice: bool) -> None:
    from tests.play.scenario import TWO_MOVES
    from voiceroutine.pipeline import preparing
    from voiceroutine.speech import select

    wholes: list[bool] = []

    class Cutting(FakeEngine):
        def load_whole(self) -> None:
            wholes.append(True)

    monkeypatch.setattr(select, "choose_engine", lambda *_: Cutting())
    routine = tmp_path / "two.yaml"
    routine.write_text(TWO_MOVES)
    preparing(str(routine), cache_dir=tmp_path / "cache", whole_voice=whole_voice)
    assert wholes == ([True] if whole_voice else [])
