"""The scheduler on a manual clock: exact onsets, pause and resume, skip, back, manual steps, quitting."""

from __future__ import annotations

import numpy as np
import pytest

from tests.play.scenario import at, clips_for, joined, play
from voiceroutine.audio.tones import tone_samples
from voiceroutine.play.keys import Key
from voiceroutine.play.player import (
    COUNT_GAP_MS,
    COUNT_STEP_MS,
    COUNTDOWN,
    GET_READY,
    PRESS_ENTER,
    CueStarted,
    Finished,
    Jumped,
    Paused,
    PlayResult,
    Resumed,
    Waiting,
    resume_insert,
)
from voiceroutine.timeline.model import CueKind, Timeline, Tone

RATE = 22050


def onsets(run) -> dict[int, float]:  # type: ignore[no-untyped-def]
    """Cue start (ms in the track) -> clock time it was reported."""
    return {e.cue.start_ms: e.at_s for e in run.of(CueStarted)}


def test_without_a_keyboard_every_cue_starts_exactly_on_time_and_the_whole_track_is_heard(timeline: Timeline) -> None:
    run = play(timeline, presses=None)

    assert run.result == PlayResult(20000, quit=False)
    assert np.array_equal(run.sink.heard(), run.track)
    assert len(run.sink.played) == 1  # one stretch: the manual step passes as silence, like in the export
    started = run.of(CueStarted)
    assert [e.cue for e in started] == list(timeline.cues)
    for event in started:
        assert event.at_s == pytest.approx(event.cue.start_ms / 1000, abs=1e-9)
    assert run.events[-1] == Finished(20000, quit=False)
    assert run.clock.now() == pytest.approx(20.0)


def test_resume_says_get_ready_and_counts_then_goes_on_exactly_where_it_paused(timeline: Timeline) -> None:
    run = play(timeline, presses=[(6.0, Key.PAUSE), (9.0, Key.PAUSE), (60.0, Key.ENTER)])
    insert = resume_insert(run.clips)
    prompt = run.clips[PRESS_ENTER]

    t = run.track
    expected = joined(t[: at(6000)], insert, t[at(6000) : at(14000)], prompt, t[at(17000) :])
    assert np.array_equal(run.sink.heard(), expected)
    assert Paused(6000) in run.events and Resumed(6000) in run.events
    back_at = 9.0 + len(insert) / RATE  # the track goes on when the countdown ends
    times = onsets(run)
    assert times[5200] == pytest.approx(5.2)
    assert times[10000] == pytest.approx(back_at + 4.0)
    assert times[12000] == pytest.approx(back_at + 6.0)
    assert times[17000] == pytest.approx(60.0)
    assert run.result == PlayResult(20000, quit=False)


def test_the_countdown_uses_the_rendered_phrases_one_second_apart(timeline: Timeline) -> None:
    clips = clips_for(timeline)
    insert = resume_insert(clips)
    ready = clips[GET_READY]
    first = len(ready) + at(COUNT_GAP_MS)
    assert np.array_equal(insert[: len(ready)], ready)
    for i, text in enumerate(COUNTDOWN):
        begin = first + i * at(COUNT_STEP_MS)
        assert np.array_equal(insert[begin : begin + len(clips[text])], clips[text])
    assert len(insert) == first + 3 * at(COUNT_STEP_MS)


def test_without_rendered_player_phrases_the_countdown_falls_back_to_ticks(timeline: Timeline) -> None:
    insert = resume_insert({})
    tick = tone_samples(Tone.TICK)
    first = len(tick) + at(COUNT_GAP_MS)
    assert np.array_equal(insert[: len(tick)], tick)
    for i in range(3):
        begin = first + i * at(COUNT_STEP_MS)
        assert np.array_equal(insert[begin : begin + len(tick)], tick)


def test_pausing_again_during_the_countdown_stays_at_the_same_place(timeline: Timeline) -> None:
    run = play(
        timeline, presses=[(6.0, Key.PAUSE), (9.0, Key.PAUSE), (9.5, Key.PAUSE), (12.0, Key.PAUSE), (60, Key.ENTER)]
    )
    insert = resume_insert(run.clips)
    t = run.track
    expected = joined(
        t[: at(6000)], insert[: at(500)], insert, t[at(6000) : at(14000)], run.clips[PRESS_ENTER], t[at(17000) :]
    )
    assert np.array_equal(run.sink.heard(), expected)
    assert run.of(Paused) == [Paused(6000), Paused(6000)]


def test_next_skips_to_the_start_of_the_next_exercise(timeline: Timeline) -> None:
    run = play(timeline, presses=[(4.0, Key.NEXT), (30.0, Key.ENTER)])
    t = run.track
    assert run.of(Jumped) == [Jumped(4000, 12000)]
    assert np.array_equal(
        run.sink.heard(), joined(t[: at(4000)], t[at(12000) : at(14000)], run.clips[PRESS_ENTER], t[at(17000) :])
    )
    times = onsets(run)
    assert 5000 not in times and 10000 not in times
    assert times[12000] == pytest.approx(4.0)


def test_next_in_the_last_exercise_ends_the_routine(timeline: Timeline) -> None:
    run = play(timeline, presses=[(12.5, Key.NEXT)])
    assert run.of(Jumped) == [Jumped(12500, 20000)]
    assert run.result == PlayResult(20000, quit=False)
    assert np.array_equal(run.sink.heard(), run.track[: at(12500)])


def test_previous_restarts_the_current_exercise(timeline: Timeline) -> None:
    run = play(timeline, presses=[(8.0, Key.PREVIOUS), (40.0, Key.ENTER)])
    t = run.track
    assert run.of(Jumped) == [Jumped(8000, 3000)]
    assert np.array_equal(run.sink.heard()[: at(8000) + at(11000)], joined(t[: at(8000)], t[at(3000) : at(14000)]))
    announce = [e.at_s for e in run.of(CueStarted) if e.cue.start_ms == 3000]
    assert announce == pytest.approx([3.0, 8.0])


def test_previous_twice_within_two_seconds_goes_back_one_more_exercise(timeline: Timeline) -> None:
    run = play(timeline, presses=[(13.0, Key.PREVIOUS), (14.5, Key.PREVIOUS), (60.0, Key.ENTER)])
    assert run.of(Jumped) == [Jumped(13000, 12000), Jumped(12000 + 1500, 3000)]
    t = run.track
    start = joined(t[: at(13000)], t[at(12000) : at(13500)], t[at(3000) : at(14000)])
    assert np.array_equal(run.sink.heard()[: len(start)], start)


def test_previous_twice_far_apart_restarts_the_same_exercise_twice(timeline: Timeline) -> None:
    run = play(timeline, presses=[(4.0, Key.PREVIOUS), (6.5, Key.PREVIOUS), (60.0, Key.ENTER)])
    assert run.of(Jumped) == [Jumped(4000, 3000), Jumped(5500, 3000)]


def test_previous_in_the_first_exercise_restarts_it(timeline: Timeline) -> None:
    run = play(timeline, presses=[(1.0, Key.PREVIOUS), (1.5, Key.PREVIOUS), (2.0, Key.QUIT)])
    assert run.of(Jumped) == [Jumped(1000, 0), Jumped(500, 0)]
    assert run.result == PlayResult(500, quit=True)


def test_manual_step_stops_says_press_enter_and_goes_on_from_its_end(timeline: Timeline) -> None:
    run = play(timeline, presses=[(45.0, Key.ENTER)])
    t = run.track
    wait = next(c for c in timeline.cues if c.kind is CueKind.WAIT)
    assert np.array_equal(run.sink.heard(), joined(t[: at(14000)], run.clips[PRESS_ENTER], t[at(17000) :]))
    assert Waiting(wait) in run.events
    times = onsets(run)
    assert times[14000] == pytest.approx(14.0)
    assert times[17000] == pytest.approx(45.0)
    assert times[19500] == pytest.approx(47.5)
    assert run.clock.now() == pytest.approx(48.0)


def test_enter_during_the_prompt_cuts_it_short(timeline: Timeline) -> None:
    run = play(timeline, presses=[(14.5, Key.ENTER)])
    t = run.track
    assert np.array_equal(run.sink.heard(), joined(t[: at(14000)], run.clips[PRESS_ENTER][: at(500)], t[at(17000) :]))


def test_keys_other_than_enter_do_not_end_a_manual_step(timeline: Timeline) -> None:
    run = play(timeline, presses=[(20.0, Key.PAUSE), (21.0, Key.PAUSE), (25.0, Key.ENTER)])
    assert onsets(run)[17000] == pytest.approx(25.0)
    assert run.of(Paused) == []


def test_quitting_mid_hold_stops_at_once_and_reports_where(timeline: Timeline) -> None:
    run = play(timeline, presses=[(7.25, Key.QUIT)])
    assert run.result == PlayResult(7250, quit=True)
    assert run.events[-1] == Finished(7250, quit=True)
    assert np.array_equal(run.sink.heard(), run.track[: at(7250)])
    assert run.sink.played[-1].stopped_at == at(7250)
    assert run.clock.now() == pytest.approx(7.25)


def test_quitting_while_paused_reports_the_paused_place(timeline: Timeline) -> None:
    run = play(timeline, presses=[(6.0, Key.PAUSE), (30.0, Key.QUIT)])
    assert run.result == PlayResult(6000, quit=True)


def test_next_while_paused_goes_on_at_the_next_exercise(timeline: Timeline) -> None:
    run = play(timeline, presses=[(6.0, Key.PAUSE), (8.0, Key.NEXT), (30.0, Key.ENTER)])
    assert run.of(Jumped) == [Jumped(6000, 12000)]
    assert onsets(run)[12000] == pytest.approx(8.0)


def test_quitting_at_a_manual_step(timeline: Timeline) -> None:
    run = play(timeline, presses=[(20.0, Key.QUIT)])
    assert run.result == PlayResult(14000, quit=True)
