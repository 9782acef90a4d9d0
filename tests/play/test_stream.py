"""Playing while the rest is rendered (play/stream.py): the same samples as the finished track, waits only at cue
boundaries and said on the screen, and the first sound before the last phrase is rendered. No timing: the player
runs on a manual clock, and the maker's steps are replayed one per wait."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pytest

from tests.play.scenario import TWO_MOVES as ROUTINE
from voiceroutine.audio.finish import finished_track, memo_key
from voiceroutine.audio.format import Samples, ms_to_samples
from voiceroutine.audio.master import CEILING_DBTP
from voiceroutine.cache import Cache, track_path
from voiceroutine.pipeline import preparing
from voiceroutine.play.display import PlainDisplay
from voiceroutine.play.keys import NoKeys
from voiceroutine.play.player import Behind, Grew, Player, PlayerEvent
from voiceroutine.play.stream import GrowingTrack, Grown, Making, boundary
from voiceroutine.speech import select
from voiceroutine.testing import FakeEngine, ManualClock, RecordingSink
from voiceroutine.timeline.model import CueKind, Timeline

LEVEL = -19.0


class Steps(GrowingTrack):
    """A GrowingTrack that remembers every state the maker left it in."""

    def __init__(self, timeline: Timeline) -> None:
        super().__init__(timeline)
        self.states: list[Grown] = []

    def grow(self, samples: Samples, timeline: Timeline | None = None, complete: bool = False) -> None:
        super().grow(samples, timeline, complete)
        self.states.append(self.snapshot())


class Replayed:
    """The maker's states replayed as a slow renderer: each wait of the player moves the clock `wait_s` on, and
    every `waits_per_step` waits the next state is there."""

    def __init__(self, made: Steps, clock: ManualClock, waits_per_step: int, wait_s: float) -> None:
        self.made = made
        self.clock = clock
        self.waits_per_step = waits_per_step
        self.wait_s = wait_s
        self.step = 0
        self.waits = 0

    def snapshot(self) -> Grown:
        return self.made.states[self.step]

    def samples(self, start: int, end: int) -> Samples:
        return self.made.whole()[start : min(end, self.made.states[self.step].ready)]

    def wait(self, beyond: int, timeout_s: float) -> None:
        self.clock.advance(self.wait_s)
        self.waits += 1
        if self.waits % self.waits_per_step == 0 and self.step + 1 < len(self.made.states):
            self.step += 1


class Collect:
    def __init__(self) -> None:
        self.events: list[PlayerEvent] = []

    def show(self, event: PlayerEvent) -> None:
        self.events.append(event)


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> FakeEngine:
    engine = FakeEngine()
    monkeypatch.setattr(select, "choose_engine", lambda *_: engine)
    return engine


def made(tmp_path: Path) -> tuple[Steps, Making]:
    """The routine made all at once by a real maker (in this thread), every state kept."""
    routine = tmp_path / "two.yaml"
    routine.write_text(ROUTINE)
    started = preparing(str(routine), None, None, None, tmp_path / "cache")
    making = Making(started, LEVEL, CEILING_DBTP)
    steps = Steps(making.track.snapshot().timeline)
    making.track = steps
    making.maker.run(steps)
    return steps, making


def test_the_track_made_a_stretch_at_a_time_is_the_finished_track(tmp_path: Path, fake_engine: FakeEngine) -> None:
    steps, making = made(tmp_path)
    final = steps.states[-1]
    assert final.complete and len(steps.states) > 3
    clips = making.clips
    expected = finished_track(final.timeline, clips, target_lufs=LEVEL, ceiling_dbtp=CEILING_DBTP)
    assert np.array_equal(steps.whole(), expected)
    for state in steps.states:  # every prefix is the final timeline's own beginning: later clips move nothing
        prefix = state.timeline.cues
        assert final.timeline.cues[: len(prefix)] == prefix
    # and the finished track is kept, so an export after this play levels and renders nothing again
    key = memo_key(final.timeline, clips, LEVEL, CEILING_DBTP)  # the key an export at this loudness looks for
    assert track_path(tmp_path / "cache", key).is_file() and Cache(tmp_path / "cache").info().tracks == 1


def test_a_player_behind_the_renderer_waits_only_at_cue_boundaries_and_says_so(
    tmp_path: Path, fake_engine: FakeEngine
) -> None:
    steps, making = made(tmp_path)
    clock = ManualClock()
    source = Replayed(steps, clock, waits_per_step=50, wait_s=0.05)  # a new stretch every 2.5 s of waiting
    sink = RecordingSink(clock.now)
    out = io.StringIO()
    display = Collect()
    first = steps.states[0].timeline

    class Both:
        def __init__(self) -> None:
            self.plain = PlainDisplay(first, out)

        def show(self, event: PlayerEvent) -> None:
            display.show(event)
            self.plain.show(event)

    result = Player(first, np.zeros(0, dtype=np.int16), sink, NoKeys(clock), clock, Both(), making.clips,
                    source=source).run()
    whole = steps.whole()
    assert not result.quit and result.position_ms == steps.states[-1].timeline.total_ms
    assert np.array_equal(sink.heard(), whole)  # exactly the finished track's samples, in order
    timeline = steps.states[-1].timeline
    edges = {0, len(whole)} | {ms_to_samples(c.start_ms) for c in timeline.cues}
    edges |= {ms_to_samples(c.end_ms) for c in timeline.cues if c.kind is CueKind.SPEECH}
    starts = np.cumsum([0] + [len(p.samples) for p in sink.played])
    assert set(starts.tolist()) <= edges  # every stretch starts and stops at a cue boundary, never inside a word
    behind = [e for e in display.events if isinstance(e, Behind)]
    assert len(behind) >= 2 and all(ms_to_samples(e.position_ms) in edges for e in behind)
    assert any(isinstance(e, Grew) and e.complete for e in display.events)
    assert out.getvalue().count("waiting for the voice") == len(behind)


class BlockingEngine(FakeEngine):
    """Renders the routine's closing words only once the sink has had sound."""

    def __init__(self, heard: threading.Event, last: str) -> None:
        super().__init__()
        self.heard = heard
        self.last = last
        self.rendered_last_after_sound: bool | None = None

    def synthesize(self, text: str, speed: float) -> Samples:
        if text == self.last:
            self.rendered_last_after_sound = self.heard.wait(60)
        return super().synthesize(text, speed)


class TellingSink(RecordingSink):
    def __init__(self, clock: ManualClock, heard: threading.Event) -> None:
        super().__init__(clock.now)
        self.told = heard

    def play(self, samples: Samples) -> None:
        super().play(samples)
        if np.any(samples):
            self.told.set()


def test_the_first_sound_comes_before_the_last_phrase_is_rendered(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    routine = tmp_path / "two.yaml"
    routine.write_text(ROUTINE)
    heard = threading.Event()
    engine = BlockingEngine(heard, "That is the end of the routine. Well done.")
    monkeypatch.setattr(select, "choose_engine", lambda *_: engine)
    started = preparing(str(routine), None, None, None, tmp_path / "cache")
    assert started.asked[-1] == engine.last  # the closing words are the last phrase the timeline needs
    clock = ManualClock()
    sink = TellingSink(clock, heard)
    with Making(started, LEVEL, CEILING_DBTP) as making:
        first = making.track.snapshot().timeline
        Player(first, np.zeros(0, dtype=np.int16), sink, NoKeys(clock), clock, Collect(), making.clips,
               source=making.track).run()
        whole = making.track.whole()  # read back from the cache, where the track grew: closed with the block
        final = making.track.snapshot()
    assert engine.rendered_last_after_sound is True  # the sink had sound while the last phrase waited
    assert final.complete and np.array_equal(sink.heard(), whole)
    expected = finished_track(final.timeline, making.clips, target_lufs=LEVEL, ceiling_dbtp=CEILING_DBTP)
    assert np.array_equal(whole, expected)


def test_boundary_is_the_last_ready_cue_edge() -> None:
    from tests.play.scenario import routine_timeline

    timeline = routine_timeline()
    grown = Grown(timeline, ms_to_samples(5100), False, 1)
    assert boundary(grown, 0) == ms_to_samples(5000)  # the go tone's start; "Hold 5 seconds." is not ready
    assert boundary(grown, ms_to_samples(5000)) == ms_to_samples(5000)  # nothing more: wait here
    assert boundary(Grown(timeline, 1234, True, 2), 0) == 1234  # whole: to its end


@pytest.mark.parametrize("routine", ["upper-back", "desk-neck", "tempo-strength", "tabata", "circuit"])
def test_every_prefix_of_a_built_in_routine_is_the_start_of_its_timeline(tmp_path: Path, fake_engine: FakeEngine,
                                                                         routine: str) -> None:
    """Whatever is rendered, the final part of the timeline never changes when later phrases arrive, and the
    whole is the timeline `prepare` builds from the same clips."""
    from voiceroutine.timeline.builder import build_timeline

    started = preparing(routine, None, None, None, tmp_path / "cache")
    making = Making(started, LEVEL, CEILING_DBTP)
    steps = Steps(making.track.snapshot().timeline)
    making.maker.run(steps)
    final = steps.states[-1]
    lengths = {text: len(clip) for text, clip in making.clips.items()}
    whole = build_timeline(started.routine, started.options, lambda text: -(-lengths[text] * 1000 // 22050),
                           started.phrases)
    assert final.complete and final.timeline == whole
    for state in steps.states:
        assert whole.cues[: len(state.timeline.cues)] == state.timeline.cues
        assert [c.start_ms for c in whole.chapters[: len(state.timeline.chapters) - 1]] == [
            c.start_ms for c in state.timeline.chapters[:-1]]


class LoadingEngine(FakeEngine):
    """A fake engine with a voice to load, which says when it was loaded."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded = threading.Event()

    def load(self) -> None:
        self.loaded.set()


def test_the_voice_loads_ahead_only_when_the_first_phrase_must_be_rendered(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    routine = tmp_path / "two.yaml"
    routine.write_text(ROUTINE)
    cold = LoadingEngine()
    monkeypatch.setattr(select, "choose_engine", lambda *_: cold)
    started = preparing(str(routine), None, None, None, tmp_path / "cache", warm=True)
    assert cold.loaded.wait(30) and not started.renderer.cached(started.asked[0])
    started.renderer.clips(started.asked[:1])
    warm = LoadingEngine()
    monkeypatch.setattr(select, "choose_engine", lambda *_: warm)
    again = preparing(str(routine), None, None, None, tmp_path / "cache", warm=True)
    assert again.renderer.cached(again.asked[0])
    assert not warm.loaded.is_set()  # cached: the voice is not loaded for nothing (no thread was started)


def test_the_voice_is_let_go_as_soon_as_every_phrase_is_rendered(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Piper's memory goes back while the rest of the track is made and played (or encoded), not at the end: once
    every phrase is rendered, beside the mixing of the last stretch, which the maker waits for only afterwards."""
    seen: list[tuple[int, bool]] = []
    last_stretch = threading.Event()
    released = threading.Event()

    class Releasing(FakeEngine):
        def release(self) -> None:
            seen.append((len(self.calls), making.track.snapshot().complete))
            released.set()
            assert last_stretch.wait(10)  # the last stretch is being made while the voice is let go

    engine = Releasing()
    monkeypatch.setattr(select, "choose_engine", lambda *_: engine)
    routine = tmp_path / "two.yaml"
    routine.write_text(ROUTINE)
    making = Making(preparing(str(routine), None, None, None, tmp_path / "cache"), LEVEL, CEILING_DBTP)
    stretch = making.maker.stretch

    def stretching(timeline: Timeline, clips: Mapping[str, Samples], start: int, end: int) -> Iterable[Samples]:
        if end >= ms_to_samples(timeline.total_ms):  # the last stretch
            last_stretch.set()
            assert released.wait(10)  # and the voice let go beside it
        return stretch(timeline, clips, start, end)

    making.maker.stretch = stretching
    making.maker.run(making.track)
    # once, after the last render and before the track said it was whole
    assert seen == [(len(engine.calls), False)] and making.track.snapshot().complete


class SlowOne(FakeEngine):
    """A fake engine with two workers whose phrase number `slow` (0 the first) takes until `others` phrases have
    been rendered beside it (or 10 s, which the test sees)."""

    parallel = 2

    def __init__(self, slow: int, others: int) -> None:
        super().__init__()
        self.slow = slow
        self.others = others
        self.started = 0
        self.beside: list[str] = []
        self.enough = threading.Event()
        self.waited: bool | None = None

    def synthesize(self, text: str, speed: float) -> Samples:
        self.started += 1
        if self.started == self.slow + 1:
            self.waited = self.enough.wait(10)
        elif self.started > self.slow + 1:
            self.beside.append(text)
            if len(self.beside) >= self.others:
                self.enough.set()
        return super().synthesize(text, speed)


@pytest.mark.parametrize("first_alone", [True, False])
def test_a_slow_phrase_holds_up_only_its_own_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    first_alone: bool) -> None:
    """While one phrase renders long, the engine's other worker goes on through the phrases after it (no batch
    waits for its slowest phrase), and the track is the same. `play` renders its first phrase alone, then the same."""
    routine = tmp_path / "two.yaml"
    routine.write_text(ROUTINE)
    engine = SlowOne(slow=1 if first_alone else 0, others=8)
    monkeypatch.setattr(select, "choose_engine", lambda *_: engine)
    making = Making(preparing(str(routine), None, None, None, tmp_path / "cache"), LEVEL, CEILING_DBTP,
                    first_alone=first_alone)
    making.maker.run(making.track)
    assert engine.waited is True and len(set(engine.beside)) >= 8
    final = making.track.snapshot()
    assert final.complete
    expected = finished_track(final.timeline, making.clips, target_lufs=LEVEL, ceiling_dbtp=CEILING_DBTP)
    assert np.array_equal(making.track.whole(), expected)


def test_the_cache_stats_are_written_once_when_the_voice_goes(tmp_path: Path, fake_engine: FakeEngine,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The maker asks for one phrase at a time; the cache's last-run stats are written once, with every miss."""
    import json

    written: list[int] = []
    save = Cache.save_stats
    monkeypatch.setattr(Cache, "save_stats", lambda cache: written.append(cache.misses) or save(cache))
    routine = tmp_path / "two.yaml"
    routine.write_text(ROUTINE)
    making = Making(preparing(str(routine), None, None, None, tmp_path / "cache"), LEVEL, CEILING_DBTP)
    making.maker.run(making.track)
    assert making.track.snapshot().complete and len(fake_engine.calls) > 10
    assert written == [len(fake_engine.calls)]
    stats = json.loads((tmp_path / "cache" / "last-run.json").read_text())
    assert (stats["hits"], stats["misses"]) == (0, len(fake_engine.calls))
