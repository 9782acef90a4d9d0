"""Progression: a routine grows step by step (by week, or by sessions), as the log says or `--week` asks, with exact
reps, holds and sets, and exact timed stretches in the timeline."""

from __future__ import annotations

import json
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.sessions.helpers import session
from voiceroutine.cli import app
from voiceroutine.progression import progressed, top_step
from voiceroutine.routine.loader import load_routine_text
from voiceroutine.routine.model import Level
from voiceroutine.sessions import open_log
from voiceroutine.sessions.model import Status

runner = CliRunner()

KNEE = """\
title: Knee
defaults:
  rep_rest: 2 s
progress:
  every: 1 week
  reps: +1
  hold: +5 s
  until: {reps: 12, hold: 30 s}
exercises:
  - name: Squat
    reps: 10
    hold: 3 s
  - name: Plank
    hold: 20 s
  - name: Bridge
    reps: 8-12
    sets: 1-3
    progress: {sets: +1, until: hard}
  - name: Calf raise
    reps: 15
    progress: false
"""


@pytest.fixture
def knee(tmp_path: Path) -> Path:
    path = tmp_path / "knee.yaml"
    path.write_text(KNEE)
    return path


def show(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["show", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def doses(shown: dict[str, Any]) -> dict[str, tuple[Any, Any, Any]]:
    return {e["name"]: (e["reps"], e["hold_s"], e["sets"]) for e in shown["exercises"]}


def spans(shown: dict[str, Any], exercise: str, kind: str) -> list[int]:
    return [s["end_ms"] - s["start_ms"] for s in shown["spans"] if s["exercise"] == exercise and s["kind"] == kind]


@pytest.mark.parametrize(
    ("week", "squat", "plank", "bridge_sets"),
    [(1, (10, 3), 20, 2), (2, (11, 8), 25, 3), (3, (12, 13), 30, 3), (4, (12, 18), 30, 3), (9, (12, 30), 30, 3)],
)
def test_each_week_adds_its_growth_up_to_until_and_the_timed_stretches_are_exact(
    knee: Path, week: int, squat: tuple[int, int], plank: int, bridge_sets: int
) -> None:
    shown = show(str(knee), "--week", str(week))
    reps, hold = squat
    assert doses(shown) == {"Squat": (reps, hold, 1), "Plank": (None, plank, 1), "Bridge": (10, None, bridge_sets),
                            "Calf raise": (15, None, 1)}  # fmt: skip
    # the timeline has exactly these holds and rests between reps, whatever was said
    assert spans(shown, "Squat", "hold") == [hold * 1000] * reps
    assert spans(shown, "Squat", "rest")[: reps - 1] == [2000] * (reps - 1)
    assert spans(shown, "Plank", "hold") == [plank * 1000]
    assert len(spans(shown, "Bridge", "rep")) == 10 * bridge_sets
    assert len(spans(shown, "Calf raise", "rep")) == 15  # progress: false
    assert shown["progress"] == {"week": week, "from": "option", "top": 7, "every": "1 week", "first": None,
                                 "next_on": None, "sessions_to_next": None}  # fmt: skip


def test_the_timeline_grows_by_exactly_the_added_work_and_talk_between_weeks(knee: Path) -> None:
    one, two = show(str(knee), "--week", "1"), show(str(knee), "--week", "2")
    held = {k: sum(s["end_ms"] - s["start_ms"] for s in t["spans"] if s["kind"] in ("hold", "rep", "rest", "set_rest"))
            for k, t in (("one", one), ("two", two))}  # fmt: skip
    # Squat: one more rep, 5 s longer holds (11 x 8 s - 10 x 3 s) and one more 2 s rep rest; Plank 5 s more;
    # Bridge: a third set of 10 untimed 3 s reps with their 2 s rests, and a 30 s set rest
    assert held["two"] - held["one"] == (11 * 8000 - 10 * 3000) + 2000 + 5000 + (10 * 3000 + 9 * 2000 + 30_000)


def test_the_step_comes_from_the_weeks_since_the_first_logged_session(knee: Path) -> None:
    today = date.today()
    first = datetime.combine(today - timedelta(days=15), datetime.min.time()).astimezone().replace(hour=8)
    skipped_only = (("Squat", Status.SKIPPED),)
    with open_log() as log:
        log.add(session("knee", first - timedelta(days=30), exercises=skipped_only))  # nothing done: does not count
        log.add(session("knee", first))
        log.add(session("upper-back", first - timedelta(days=60)))  # another routine: does not count
    shown = show(str(knee))
    assert shown["progress"] == {
        "week": 3, "from": "log", "top": 7, "every": "1 week", "first": (today - timedelta(days=15)).isoformat(),
        "next_on": (today + timedelta(days=6)).isoformat(), "sessions_to_next": None,
    }  # fmt: skip
    assert doses(shown)["Squat"] == (12, 13, 1)
    assert show(str(knee), "--week", "1")["progress"]["week"] == 1  # --week beats the log


def test_done_records_the_week_and_history_says_where_the_routine_stands(knee: Path) -> None:
    at = (datetime.now() - timedelta(days=8)).strftime("%Y-%m-%d %H:%M")
    for when in (at, None):
        result = runner.invoke(app, ["done", str(knee), *(["--at", when] if when else [])])
        assert result.exit_code == 0, result.output
    listed = json.loads(runner.invoke(app, ["history", "--json"]).stdout)
    assert [s["week"] for s in listed] == [1, 2]
    table = runner.invoke(app, ["history"], env={"COLUMNS": "200"}).stdout
    next_on = (date.today() + timedelta(days=6)).isoformat()
    assert f"knee: week 2 of 7 (a step every 1 week), next step on {next_on}" in table


def test_history_json_gives_each_session_its_rule_and_where_its_routine_stands_today(knee: Path) -> None:
    first = date.today() - timedelta(days=8)
    for args in (["--at", f"{first.isoformat()} 08:00"], ["--week", "5"]):
        result = runner.invoke(app, ["done", str(knee), *args])
        assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["done", "desk-neck"]).exit_code == 0  # no progression: no standing
    listed = json.loads(runner.invoke(app, ["history", "--json"]).stdout)
    assert [(s["routine"], s["week"], s["progress"]) for s in listed] == [
        ("knee", 1, {"every": "1 week", "top": 7}), ("knee", 5, {"every": "1 week", "top": 7}),
        ("desk-neck", None, None),
    ]  # fmt: skip
    today = {"week": 2, "from": "log", "top": 7, "every": "1 week", "first": first.isoformat(),
             "next_on": (first + timedelta(days=14)).isoformat(), "sessions_to_next": None}  # fmt: skip
    assert [s["standing"] for s in listed] == [today, today, None]  # --week 5 was that session's step, not the rule
    assert json.loads(runner.invoke(app, ["history", "knee", "--json", "--since", date.today().isoformat()]).stdout)[
        0]["standing"] == today  # the standing counts every session of the routine, not only those listed


def test_every_n_sessions_steps_after_that_many_sessions_done(tmp_path: Path) -> None:
    path = tmp_path / "push.yaml"
    path.write_text("title: Push\nprogress: {every: 2 sessions, reps: +2}\n"
                    "exercises:\n  - name: Push-up\n    reps: 5\n")  # fmt: skip
    for _ in range(3):
        result = runner.invoke(app, ["done", str(path)])
        assert result.exit_code == 0, result.output
    shown = show(str(path))
    assert shown["progress"]["week"] == 2 and shown["progress"]["sessions_to_next"] == 1
    assert doses(shown)["Push-up"] == (7, None, 1)
    assert show(str(path), "--week", "5")["exercises"][0]["reps"] == 13


def load(text: str) -> Any:
    return load_routine_text(textwrap.dedent(text), "r.yaml")


def test_until_hard_grows_within_the_written_range_at_each_level() -> None:
    routine = load("""\
        title: T
        progress: {reps: +1, hold: +10 s, until: hard}
        exercises:
          - name: Lunge
            reps: 8-12
          - name: Wall sit
            hold: 30-60 s
          - name: Row
            reps: 10
        """)

    def at(week: int, level: Level) -> list[Any]:
        grown = progressed(routine, level, [], date.today(), week).routine
        return [e.dose.count.low if hasattr(e.dose, "count") else e.dose.duration_ms.low for e in grown.exercises]

    assert at(1, Level.EASY) == [8, 30_000, 10]
    assert at(3, Level.EASY) == [10, 50_000, 10]
    assert at(9, Level.EASY) == [12, 60_000, 10]  # the top of each range; Row has no range to grow in
    assert at(9, Level.HARD) == [12, 60_000, 10]
    assert [top_step(routine, level) for level in (Level.EASY, Level.STANDARD, Level.HARD)] == [5, 3, 1]


def test_circuits_grow_but_interval_timing_stays_as_written() -> None:
    routine = load("""\
        title: T
        progress: {reps: +2}
        exercises:
          - circuit: Legs
            rounds: 2
            exercises:
              - name: Squat
                reps: 10
          - circuit: Tabata
            rounds: 2
            work: 20 s
            exercises:
              - name: Burpee
        """)
    grown = progressed(routine, Level.STANDARD, [], date.today(), 3).routine
    assert grown.exercises[0].dose.count.low == 14
    assert grown.exercises[1] == routine.exercises[1]


def test_an_exercise_of_its_own_progress_grows_every_week_when_the_routine_says_nothing() -> None:
    routine = load("""\
        title: T
        exercises:
          - name: Squat
            reps: 10
            progress: {reps: +1}
          - name: Plank
            hold: 20 s
        """)
    assert routine.progress is not None and (routine.progress.every, routine.progress.written) == (7, "1 week")
    grown = progressed(routine, Level.STANDARD, [], date.today(), 4).routine
    assert [grown.exercises[0].dose.count.low, grown.exercises[1].dose.duration_ms.low] == [13, 20_000]


def test_a_step_that_would_run_past_four_hours_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    path.write_text("title: Long\nprogress: {hold: +10 min, sets: +5}\n"
                    "exercises:\n  - name: Plank\n    hold: 10 min\n")  # fmt: skip
    assert show(str(path), "--week", "2")["exercises"][0]["sets"] == 6
    result = runner.invoke(app, ["show", str(path), "--week", "5"])
    assert result.exit_code == 2
    assert result.stderr == (f"voiceroutine: error: {path}: at week 5 the routine would last about 10 h 9 min, "
                             "allowed: at most 4 h; give its progress an until, like until: {reps: 15}\n")  # fmt: skip


@pytest.mark.parametrize(("every", "days"), [("1 week", 7), ("weekly", 7), ("2 weeks", 14), ("10 days", 10),
                                            ("Daily", 1), ("week", 7), ("fortnightly", 14)])  # fmt: skip
def test_every_is_read_in_days(every: str, days: int) -> None:
    routine = load(f"title: T\nprogress: {{every: {every}, reps: +1}}\nexercises:\n  - name: Squat\n    reps: 5\n")
    assert (routine.progress.every, routine.progress.written) == (days, every)


def test_show_prints_the_step_under_the_table(knee: Path) -> None:
    result = runner.invoke(app, ["show", str(knee), "--week", "2"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Progression: week 2 (asked with --week) of 7 (a step every 1 week)" in result.stdout


def test_week_must_be_a_step_from_1() -> None:
    result = runner.invoke(app, ["show", "--week", "0"])
    assert result.exit_code == 2 and "--week" in result.stderr


def test_a_routine_without_progress_has_no_step() -> None:
    assert show("upper-back", "--week", "4")["progress"] is None


def test_validate_and_routines_describe_the_file_as_written_and_remind_the_routine_as_played_today(
    knee: Path, tmp_path: Path
) -> None:
    """The log (week 3 here, and every exercise done often enough to fade) changes what show, play, export and
    remind give; validate and routines stay with the file as written, and never read the log."""
    import math

    from icalendar import Calendar

    def out(*args: str) -> str:
        result = runner.invoke(app, list(args))
        assert result.exit_code == 0, result.output
        return result.stdout + result.stderr

    written = show(str(knee))["total_ms"]
    as_written = out("validate", str(knee))
    assert as_written == f"{knee}: ok (4 exercises, ~{round(written / 60_000)} min)\n"
    routines_before = out("routines")
    at = (date.today() - timedelta(days=15)).isoformat()
    for _ in range(3):
        out("done", str(knee), "--at", f"{at} 08:00")
    today = show(str(knee))
    assert today["progress"]["week"] == 3 and {e["steps"] for e in today["instructions"]["exercises"]} == {"short"}
    assert round(today["total_ms"] / 60_000) != round(written / 60_000)  # the log does change the length
    assert out("validate", str(knee)) == as_written
    assert out("routines") == routines_before
    target = tmp_path / "knee.ics"
    said = out("remind", str(knee), "-o", str(target))
    minutes = math.ceil(today["total_ms"] / 60_000)
    assert said.startswith(f"Wrote {target}: Knee ({minutes} min at week 3), every day at 08:00")
    (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert event.decoded("DURATION") == timedelta(minutes=minutes)
    (tmp_path / "damaged.db").write_bytes(b"not a database at all" * 100)
    result = runner.invoke(app, ["validate", str(knee)], env={"VOICEROUTINE_LOG": str(tmp_path / "damaged.db")})
    assert (result.exit_code, result.stdout, result.stderr) == (0, as_written, "")  # not even read: no warning
