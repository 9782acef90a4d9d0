"""Bounded stretches (play/stretch.py): the sink is never handed more than a bounded stretch, cut only on the zero
samples of a pause between cues, and the stretches join to exactly the track, with every position, cue time, pause,
skip and manual step as without the bound. On a manual clock into a recording sink; the bound is made small so a
20-second routine has seven stretches."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from tests.play.scenario import Collect, at, clips_for, routine_timeline, speech
from voiceroutine.audio.format import Samples, ms_to_samples
from voiceroutine.audio.mix import mix_timeline
from voiceroutine.play.keys import Key, NoKeys, ScriptedKeys
from voiceroutine.play.player import CueStarted, Player, PlayerEvent, PlayResult, Progress
from voiceroutine.play.stream import GrowingTrack
from voiceroutine.play.stretch import GUARD_MS, MOST_STRETCH_S, bounded, cuts
from voiceroutine.testing import ManualClock, RecordingSink
from voiceroutine.timeline.model import Cue, CueKind, Timeline

MOST_S = 4.0
MOST = ms_to_samples(int(MOST_S * 1000))


def run(timeline: Timeline, presses: Sequence[tuple[float, Key]] | None, most_s: float,
        source: GrowingTrack | None = None) -> tuple[PlayResult, list[PlayerEvent], RecordingSink, Samples]:
    clips = clips_for(timeline)
    clock = ManualClock()
    sink = RecordingSink(clock.now)
    keys = NoKeys(clock) if presses is None else ScriptedKeys(clock, presses, give_up_after_s=600)
    display = Collect()
    track = mix_timeline(timeline, clips)
    result = Player(timeline, track, sink, keys, clock, display, clips, source=source, most_stretch_s=most_s).run()
    return result, display.events, sink, track


def joins(sink: RecordingSink) -> list[int]:
    """Track samples where one stretch of the track ended and the next began (without keys: stretches in order)."""
    return np.cumsum([len(p.samples) for p in sink.played])[:-1].tolist()


def test_the_cuts_lie_in_silence_between_cues() -> None:
    timeline = routine_timeline()
    track = mix_timeline(timeline, clips_for(timeline))
    found = cuts(timeline)
    assert len(found) == 6
    guard = ms_to_samples(GUARD_MS)
    sounding = [c for c in timeline.cues if c.kind is not CueKind.WAIT]
    for cut in found:
        assert not track[cut - guard : cut + guard].any()
        assert not any(ms_to_samples(c.start_ms) <= cut <= ms_to_samples(c.end_ms) for c in sounding)


def test_stretches_are_bounded_cut_on_silence_and_join_to_exactly_the_track() -> None:
    timeline = routine_timeline()
    result, events, sink, track = run(timeline, None, MOST_S)
    assert result == PlayResult(20000, quit=False)
    assert len(sink.played) == 7
    assert all(0 < len(p.samples) <= MOST for p in sink.played)
    assert np.array_equal(np.concatenate([p.samples for p in sink.played]), track)
    assert np.array_equal(sink.heard(), track)
    guard = ms_to_samples(GUARD_MS)
    for join in joins(sink):
        assert join in cuts(timeline) and not track[join - guard : join + guard].any()
    # each stretch starts when the one before ends: the clock (the routine's time) is not moved by a join
    assert [p.at_s for p in sink.played] == [pytest.approx(start / 22050, abs=1e-9) for start in [0, *joins(sink)]]
    started = [e for e in events if isinstance(e, CueStarted)]
    assert [e.cue for e in started] == list(timeline.cues)
    assert all(e.at_s == pytest.approx(e.cue.start_ms / 1000, abs=1e-9) for e in started)


SCENARIOS: dict[str, Sequence[tuple[float, Key]] | None] = {
    "no keyboard": None,
    "pause and resume": [(6.0, Key.PAUSE), (9.0, Key.PAUSE), (60.0, Key.ENTER)],
    "next": [(1.0, Key.NEXT), (4.0, Key.NEXT), (60.0, Key.ENTER)],
    "previous twice": [(8.0, Key.PREVIOUS), (9.0, Key.PREVIOUS), (40.0, Key.ENTER)],
    "manual step": [(25.0, Key.ENTER)],
    "quit": [(7.3, Key.QUIT)],
}


@pytest.mark.parametrize("presses", SCENARIOS.values(), ids=SCENARIOS.keys())
def test_bounded_stretches_change_no_position_no_cue_time_and_no_key(presses: Sequence[tuple[float, Key]] | None
                                                                     ) -> None:
    timeline = routine_timeline()
    whole = run(timeline, presses, 600.0)
    cut = run(timeline, presses, MOST_S)
    assert cut[0] == whole[0]
    assert np.array_equal(cut[2].heard(), whole[2].heard())
    of_track = [p for p in cut[2].played if np.shares_memory(p.samples, cut[3])]  # not "get ready" or a prompt
    assert all(len(p.samples) <= MOST for p in of_track)
    assert len(cut[2].played) > len(whole[2].played)

    def timed(events: list[PlayerEvent]) -> list[object]:
        """The events but the few-times-a-second Progress (a new stretch shows one at its start), clock times in
        nanoseconds (the manual clock adds its waits in another order)."""
        return [(e.cue, round(e.at_s * 1e9)) if isinstance(e, CueStarted) else e
                for e in events if not isinstance(e, Progress)]

    assert timed(cut[1]) == timed(whole[1])  # every cue heard at the same clock time, pauses and jumps alike


def test_a_source_is_read_a_bounded_stretch_at_a_time() -> None:
    timeline = routine_timeline()
    track = mix_timeline(timeline, clips_for(timeline))
    reads: list[tuple[int, int]] = []

    class Counted(GrowingTrack):
        def samples(self, start: int, end: int) -> Samples:
            reads.append((start, end))
            return super().samples(start, end)

    source = Counted(timeline)
    source.grow(track, timeline, complete=True)  # the whole track is there before the player starts
    result, _, sink, _ = run(timeline, None, MOST_S, source)
    assert result == PlayResult(20000, quit=False) and np.array_equal(sink.heard(), track)
    assert reads and all(end - start <= MOST for start, end in reads)


def test_the_default_bound_is_a_minute() -> None:
    assert MOST_STRETCH_S == 60


def test_sound_longer_than_the_bound_goes_on_to_the_next_pause() -> None:
    """Nowhere to cut within the bound: the stretch is longer rather than cut in sound."""
    long = speech(0, "A long sentence " * 12, "intro")
    assert long.end_ms > 5000
    timeline = routine_timeline()
    cues: tuple[Cue, ...] = (long, *(c for c in timeline.cues if c.start_ms > long.end_ms + 500))
    timeline = Timeline(timeline.title, cues, (), timeline.chapters, timeline.exercises, timeline.total_ms)
    _, _, sink, track = run(timeline, None, MOST_S)
    assert np.array_equal(sink.heard(), track)
    first = len(sink.played[0].samples)
    assert first > MOST and first > at(long.end_ms) and first == cuts(timeline)[0]
    assert all(len(p.samples) <= MOST for p in sink.played[1:])


def test_bounded_reads_to_the_stop_when_there_is_no_pause() -> None:
    track = np.ones(1000, dtype=np.int16)
    got = bounded(lambda start, end: track[start:end], 10, 900, [500], 100)
    assert len(got) == 890


def test_bounded_passes_over_a_join_whose_samples_are_not_silent() -> None:
    track = np.zeros(10000, dtype=np.int16)
    track[6000 - ms_to_samples(GUARD_MS) // 2] = 1  # sound near the later join: the earlier one is taken
    got = bounded(lambda start, end: track[start:end], 0, 10000, [3000, 6000], 9000)
    assert len(got) == 3000
