"""The recorder hears a live play on the manual clock and tells what became of each exercise."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

from tests.play.scenario import Collect, clips_for, routine_timeline
from voiceroutine.audio.mix import mix_timeline
from voiceroutine.play.keys import Key, NoKeys, ScriptedKeys
from voiceroutine.play.player import Player
from voiceroutine.play.session import _Both
from voiceroutine.sessions.model import ExerciseResult, Status
from voiceroutine.sessions.recorder import PlayOutcome, PlayRecorder
from voiceroutine.testing import ManualClock, RecordingSink

START = datetime(2026, 12, 3, 8, 0, 0, tzinfo=timezone(timedelta(hours=1)))
CHIN, ROLLS = "Chin tuck", "Shoulder rolls"


def record(presses: Sequence[tuple[float, Key]] | None, interrupt_at_s: float | None = None) -> PlayOutcome:
    """Play the scenario routine (chin tuck 3-12 s, shoulder rolls 12-20 s with a manual step at 14 s)."""
    timeline = routine_timeline()
    clips = clips_for(timeline)
    clock = ManualClock()
    recorder = PlayRecorder(timeline, clock, START)
    keys = NoKeys(clock) if presses is None else ScriptedKeys(clock, presses, give_up_after_s=600)

    class Interrupting(Collect):
        def show(self, event):  # type: ignore[no-untyped-def]
            super().show(event)
            if interrupt_at_s is not None and clock.now() >= interrupt_at_s:
                raise KeyboardInterrupt

    player = Player(timeline, mix_timeline(timeline, clips), RecordingSink(clock.now), keys, clock,
                    _Both(Interrupting(), recorder), clips)  # fmt: skip
    with contextlib.suppress(KeyboardInterrupt):
        player.run()
    return recorder.outcome()


def statuses(outcome: PlayOutcome) -> list[tuple[str, Status]]:
    return [(e.name, e.status) for e in outcome.exercises]


def test_played_to_the_end_every_exercise_is_done_and_the_times_are_the_clocks() -> None:
    outcome = record(None)
    assert outcome.exercises == (ExerciseResult(CHIN, Status.DONE), ExerciseResult(ROLLS, Status.DONE))
    assert (outcome.completed, outcome.played_ms, outcome.pauses, outcome.paused_ms) == (True, 20000, 0, 0)
    assert outcome.started == START
    assert outcome.ended == START + timedelta(seconds=20)


def test_skipping_an_exercise_marks_it_skipped_and_the_rest_done() -> None:
    outcome = record([(4.0, Key.NEXT), (30.0, Key.ENTER)])
    assert statuses(outcome) == [(CHIN, Status.SKIPPED), (ROLLS, Status.DONE)]
    assert outcome.completed


def test_quitting_marks_the_exercise_quit_and_what_follows_not_reached() -> None:
    outcome = record([(6.0, Key.QUIT)])
    assert statuses(outcome) == [(CHIN, Status.QUIT), (ROLLS, Status.NOT_REACHED)]
    assert (outcome.completed, outcome.played_ms) == (False, 6000)
    assert outcome.ended == START + timedelta(seconds=6)


def test_quitting_at_a_manual_step_keeps_the_exercise_before_it_done() -> None:
    outcome = record([(15.0, Key.QUIT)])
    assert statuses(outcome) == [(CHIN, Status.DONE), (ROLLS, Status.QUIT)]
    assert outcome.played_ms == 14000


def test_pauses_are_counted_and_timed() -> None:
    outcome = record([(6.0, Key.PAUSE), (16.0, Key.PAUSE), (30.0, Key.ENTER), (31.0, Key.PAUSE), (34.5, Key.PAUSE)])
    assert (outcome.pauses, outcome.paused_ms) == (2, 13_500)
    assert statuses(outcome) == [(CHIN, Status.DONE), (ROLLS, Status.DONE)]


def test_going_back_and_doing_it_again_counts_it_done() -> None:
    outcome = record([(4.0, Key.NEXT), (12.5, Key.PREVIOUS), (13.0, Key.PREVIOUS), (60.0, Key.ENTER)])
    assert statuses(outcome) == [(CHIN, Status.DONE), (ROLLS, Status.DONE)]


def test_ctrl_c_counts_as_stopped_where_it_was() -> None:
    outcome = record(None, interrupt_at_s=7.0)
    assert statuses(outcome) == [(CHIN, Status.QUIT), (ROLLS, Status.NOT_REACHED)]
    assert not outcome.completed
    assert 7000 <= outcome.played_ms <= 7200


def test_in_a_circuit_each_exercise_counts_over_its_rounds() -> None:
    from voiceroutine.pipeline import plan_timeline
    from voiceroutine.play.player import Finished, Jumped

    timeline = plan_timeline("tabata").timeline
    rounds = [c for c in timeline.chapters if c.place.round is not None]
    squats_round_2 = next(c for c in rounds if c.place.exercise == "Squats" and c.place.round == 2)

    clock = ManualClock()
    recorder = PlayRecorder(timeline, clock, START)
    recorder.record(Finished(squats_round_2.start_ms + 500, quit=True))
    assert statuses(recorder.outcome()) == [
        ("Squats", Status.QUIT), ("Knee push-ups", Status.DONE), ("Slow breathing", Status.NOT_REACHED)
    ]

    recorder = PlayRecorder(timeline, clock, START)
    first_push_ups = next(c for c in rounds if c.place.exercise == "Knee push-ups")
    recorder.record(Jumped(first_push_ups.start_ms + 100, squats_round_2.start_ms))  # n: on to the next chapter
    recorder.record(Finished(timeline.total_ms, quit=False))
    assert statuses(recorder.outcome()) == [
        ("Squats", Status.DONE), ("Knee push-ups", Status.SKIPPED), ("Slow breathing", Status.DONE)
    ]
