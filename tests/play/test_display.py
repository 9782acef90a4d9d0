"""The plain per-cue lines and the full-screen view, fed by real player runs."""

from __future__ import annotations

import io

from rich.console import Console

from tests.play.scenario import play, routine_timeline
from voiceroutine.play.display import LiveDisplay, PlainDisplay, big_text, screen_at
from voiceroutine.play.keys import Key
from voiceroutine.play.player import CueStarted, Paused, Progress, Waiting
from voiceroutine.timeline.model import Timeline


def plain_lines(timeline: Timeline, presses: list[tuple[float, Key]] | None) -> list[str]:
    out = io.StringIO()
    display = PlainDisplay(timeline, out)
    for event in play(timeline, presses=presses).events:
        display.show(event)
    return out.getvalue().splitlines()


def test_plain_output_is_one_line_per_cue_with_its_time_exercise_and_words(timeline: Timeline) -> None:
    assert plain_lines(timeline, presses=None) == [
        "00:00.000  Intro  Upper back routine.",
        "00:03.000  Chin tuck  Chin tuck.",
        "00:05.000  Chin tuck  (go tone)",
        "00:05.200  Chin tuck  Hold 5 seconds.",
        "00:10.000  Chin tuck  (rest tone)",
        "00:12.000  Shoulder rolls  Shoulder rolls.",
        "00:14.000  Shoulder rolls  [Stand up when you are ready.]",
        "00:17.000  Shoulder rolls  Roll your shoulders.",
        "00:19.500  Shoulder rolls  (finish tone)",
        "00:20.000  finished",
    ]


def test_plain_output_tells_about_pauses_skips_and_manual_steps(timeline: Timeline) -> None:
    lines = plain_lines(timeline, presses=[(6.0, Key.PAUSE), (7.0, Key.PAUSE), (9.0, Key.NEXT), (30.0, Key.ENTER)])
    assert "00:06.000  paused: press space to go on" in lines
    assert "00:06.000  going on after a countdown" in lines
    assert "00:12.000  Shoulder rolls  (skipped here)" in lines
    assert "00:14.000  Shoulder rolls  waiting: press Enter to go on" in lines
    assert lines[-1] == "00:20.000  finished"


def test_screen_in_a_hold_counts_down_whole_seconds_and_names_what_is_next(timeline: Timeline) -> None:
    screen = screen_at(timeline, 7200, None)
    assert (screen.exercise, screen.counter, screen.step, screen.countdown_s) == (
        "Chin tuck",
        "Exercise 1 of 2",
        "Hold",
        3,
    )
    assert screen.detail == "Rep 1 of 1"
    assert screen.next_up == "Shoulder rolls"
    assert screen.left_ms == 12800
    assert screen_at(timeline, 9999, None).countdown_s == 1
    assert screen_at(timeline, 10000, None).step == "Rest"
    last = screen_at(timeline, 19000, None)
    assert (last.exercise, last.step, last.countdown_s, last.next_up) == ("Shoulder rolls", "", None, "Finish")


def test_big_countdown_digits_are_five_rows_tall() -> None:
    rows = big_text("10").splitlines()
    assert len(rows) == 5
    assert rows[0] == "  ██   ██████"
    assert rows[2] == "  ██   ██  ██"


def render(display: LiveDisplay) -> str:
    console = Console(file=io.StringIO(), width=70, color_system=None)
    console.print(display.render())
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_live_view_shows_exercise_countdown_detail_time_left_and_next() -> None:
    timeline = routine_timeline()
    display = LiveDisplay(timeline, Console(file=io.StringIO()))
    hold = next(c for c in timeline.cues if c.text == "Hold 5 seconds.")
    display.show(CueStarted(hold, 5.2))
    display.show(Progress(7200))
    text = render(display)
    assert "Chin tuck" in text and "Exercise 1 of 2" in text and "Rep 1 of 1" in text
    assert "HOLD" in text
    for row in big_text("3").splitlines():
        assert row.rstrip() in text
    assert "Next: Shoulder rolls" in text and "0:13 left" in text


def test_live_view_shows_pause_and_manual_step_status() -> None:
    timeline = routine_timeline()
    display = LiveDisplay(timeline, Console(file=io.StringIO()))
    display.show(Paused(6000))
    assert "Paused · space to go on" in render(display)
    wait = next(c for c in timeline.cues if c.text.startswith("Stand up"))
    display.show(CueStarted(wait, 14.0))
    display.show(Waiting(wait))
    text = render(display)
    assert "Press Enter when you are ready" in text and "Shoulder rolls" in text
    display.show(Progress(17000))
    assert "Press Enter" not in render(display)


def test_live_view_runs_a_whole_routine_inside_rich_live() -> None:
    timeline = routine_timeline()
    out = io.StringIO()
    with LiveDisplay(timeline, Console(file=out, width=70, force_terminal=True)) as display:
        for event in play(timeline, presses=None).events:
            display.show(event)
    assert "Well done: routine finished" in out.getvalue()


def test_interval_screen_shows_the_round_and_the_seconds_left_of_the_work_or_rest() -> None:
    from voiceroutine.routine.model import Circuit, Exercise, Routine, Span, Work
    from voiceroutine.timeline.builder import build_timeline
    from voiceroutine.timeline.options import PaceOptions

    S = Span.exactly
    circuit = Circuit("Tabata", S(2), (Exercise("Squat", Work()), Exercise("Push-up", Work())), work_ms=S(20_000),
                      rest_ms=S(10_000))
    timeline = build_timeline(Routine("T", (circuit,)), PaceOptions(), lambda text: 400)
    works = [s for s in timeline.spans if s.kind.value == "work"]
    second_round = works[2]
    screen = screen_at(timeline, second_round.start_ms + 4500, None)
    assert (screen.step, screen.countdown_s, screen.detail) == ("Work", 16, "Round 2 of 2")
    assert screen.exercise == "Squat (round 2 of 2)" and screen.next_up == "Push-up (round 2 of 2)"
    # in the rest before it, the screen already belongs to the next interval, and counts the rest down
    screen = screen_at(timeline, second_round.start_ms - 3000, None)
    assert (screen.step, screen.countdown_s, screen.detail) == ("Rest", 3, "Round 2 of 2")
    assert screen.exercise == "Squat (round 2 of 2)"
    text = render_screen(timeline, second_round.start_ms + 4500)
    assert "Round 2 of 2" in text and "WORK" in text


def render_screen(timeline: Timeline, ms: int) -> str:
    out = io.StringIO()
    display = LiveDisplay(timeline, Console(file=out, width=80))
    display.show(Progress(ms))
    console = Console(file=io.StringIO(), width=80)
    console.print(display.render())
    return console.file.getvalue()  # type: ignore[attr-defined]
