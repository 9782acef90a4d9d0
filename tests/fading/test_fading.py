"""Instructions that fade: `show --json` reads an exercise's steps until the log says it was done N times, then
only its name, dose and cue; the holds, rests and every other timed stretch keep their exact lengths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.sessions.helpers import PARIS, session
from voiceroutine.cli import app
from voiceroutine.routine.loader import load_routine
from voiceroutine.sessions import SessionLog
from voiceroutine.sessions.model import Status

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
DESK_NECK = ["Shoulder rolls", "Side neck stretch", "Chin tuck", "Doorway chest stretch", "Seated twist"]


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "my-log.db"
    monkeypatch.setenv("VOICEROUTINE_LOG", str(path))
    return path


def show(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["show", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def done(*args: str) -> None:
    result = runner.invoke(app, ["done", *args])
    assert result.exit_code == 0, result.output


def steps_of(routine: str, name: str) -> tuple[str, ...]:
    (exercise,) = [e for e in load_routine(routine).exercises if e.name == name]
    return exercise.steps


def said(timeline: dict[str, Any]) -> list[str]:
    return [c["text"] for c in timeline["cues"] if c["kind"] == "speech"]


def timed(timeline: dict[str, Any]) -> list[tuple[str, int]]:
    """Every timed stretch (holds, rests, reps, switches, countdowns) as (kind, length)."""
    return [(s["kind"], s["end_ms"] - s["start_ms"]) for s in timeline["spans"]]


def test_auto_reads_the_steps_until_the_third_session_done_then_only_name_dose_and_cue(log_path: Path) -> None:
    steps = steps_of("desk-neck", "Side neck stretch") + steps_of("desk-neck", "Chin tuck")
    full = show("desk-neck")
    assert full["instructions"]["mode"] == "auto" and full["instructions"]["fade_after"] == 3
    for n in (1, 2):
        done("desk-neck", "--at", f"2026-11-0{n} 08:00")
        before = show("desk-neck")
        assert [e["steps"] for e in before["instructions"]["exercises"]] == ["full"] * 5
        assert all(step in said(before) for step in steps)
    done("desk-neck", "--at", "2026-11-03 08:00")
    faded = show("desk-neck")
    assert faded["instructions"]["exercises"] == [{"name": n, "done": 3, "steps": "short"} for n in DESK_NECK]
    assert faded["instructions"]["heard"] == "short"
    assert not any(step in said(faded) for step in steps)
    assert "Glide your chin back." in said(faded)  # its cue
    assert "Exercise 2 of 5: Side neck stretch. Hold for 25 seconds. 2 sets. Each side." in said(faded)  # name, dose
    # shorter talk only: every hold, rest, switch and countdown is exactly as long as before
    assert timed(faded) == timed(full)
    assert faded["total_ms"] < full["total_ms"]
    assert log_path.is_file()


def test_an_exercise_skipped_or_quit_is_not_done_so_it_keeps_its_steps(log_path: Path) -> None:
    started = datetime(2026, 11, 1, 8, 0, tzinfo=PARIS)
    with SessionLog.open(log_path) as log:
        for day in range(3):
            chin = Status.QUIT if day == 2 else Status.SKIPPED
            results = tuple((n, chin if n == "Chin tuck" else Status.DONE) for n in DESK_NECK)
            log.add(session("desk-neck", started + timedelta(days=day), exercises=results))
    faded = show("desk-neck")
    steps = {e["name"]: (e["done"], e["steps"]) for e in faded["instructions"]["exercises"]}
    assert steps["Chin tuck"] == (0, "full") and steps["Seated twist"] == (3, "short")
    assert faded["instructions"]["heard"] == "mixed"
    assert all(step in said(faded) for step in steps_of("desk-neck", "Chin tuck"))
    assert not any(step in said(faded) for step in steps_of("desk-neck", "Seated twist"))


def test_an_exercise_is_known_by_its_name_in_any_routine_and_any_case(log_path: Path) -> None:
    with SessionLog.open(log_path) as log:
        for day in range(3):  # "chin tuck" done three times in another routine
            log.add(session("my-own", datetime(2026, 11, 1 + day, 8, tzinfo=PARIS),
                            exercises=(("chin  TUCK", Status.DONE),)))  # fmt: skip
    upper = show("upper-back")
    steps = {e["name"]: e["steps"] for e in upper["instructions"]["exercises"]}
    assert steps == {"Chin tuck": "short", "Shoulder blade squeeze": "full", "Wall angels": "full",
                     "Cat-cow": "full", "Child's pose": "full"}  # fmt: skip
    assert not any(step in said(upper) for step in steps_of("upper-back", "Chin tuck"))


def test_fade_after_and_the_mode_come_from_the_command_line_the_routine_then_the_config(
    log_path: Path, tmp_path: Path
) -> None:
    routine = tmp_path / "neck.yaml"
    routine.write_text("title: Neck\nfade_after: 1\nexercises:\n  - name: Chin tuck\n    steps: Sit tall.\n"
                       "    cue: Chin back.\n    reps: 5\n")  # fmt: skip
    config = Path(os.environ["VOICEROUTINE_CONFIG"])
    assert "Sit tall." in said(show(str(routine)))
    done(str(routine))
    assert "Sit tall." not in said(show(str(routine)))  # the routine's fade_after: 1
    assert "Sit tall." in said(show(str(routine), "--instructions", "full"))
    config.write_text("fade_after: 5\ninstructions: full\n")
    assert show(str(routine))["instructions"] | {"exercises": None} == {
        "mode": "full", "fade_after": 1, "heard": "full", "exercises": None}  # fmt: skip
    routine.write_text(routine.read_text().replace("fade_after: 1", "instructions: auto"))
    assert show(str(routine))["instructions"]["fade_after"] == 5  # the config's, below the routine's mode
    assert "Sit tall." in said(show(str(routine)))
    assert "Sit tall." not in said(show(str(routine), "--instructions", "short"))


def test_short_leaves_out_the_steps_of_a_circuit_with_interval_timing_and_keeps_its_length() -> None:
    full, short = show("tabata", "--instructions", "full"), show("tabata", "--instructions", "short")
    tabata = load_routine("tabata")
    every_step = [step for e in tabata.exercises for step in e.steps]
    assert sum(step in said(full) for step in every_step) >= 2  # its lead_in leaves out the steps that do not fit
    assert not any(step in said(short) for step in every_step)
    assert timed(short) == timed(full)


def test_a_bad_mode_or_config_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", "--instructions", "some"])
    assert result.exit_code == 2 and "some" in result.stderr
    Path(os.environ["VOICEROUTINE_CONFIG"]).write_text("fade_after: 0\n")
    result = runner.invoke(app, ["show"])
    assert result.exit_code == 2
    assert result.stderr.endswith("fade_after: expected a whole number from 1 to 50, found 0\n")
    assert len(result.stderr.splitlines()) == 1


def test_a_damaged_log_reads_in_full_with_one_warning_and_is_left_as_it_was(log_path: Path) -> None:
    log_path.write_bytes(b"not a database at all" * 10)
    result = runner.invoke(app, ["show", "desk-neck", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["instructions"]["heard"] == "full"
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(f"voiceroutine: warning: {log_path} is not a voiceroutine session log")
    assert log_path.read_bytes() == b"not a database at all" * 10


@pytest.mark.e2e
def test_the_log_in_xdg_data_home_fades_show_in_a_real_process(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VOICEROUTINE_DATA_DIR", "VOICEROUTINE_LOG"))}
    env |= {"XDG_DATA_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path)}

    def run(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "voiceroutine", *args], env=env, cwd=ROOT, capture_output=True,
                              text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    for _ in range(3):
        run("done", "upper-back")
    shown = json.loads(run("show", "upper-back", "--json"))
    assert {e["steps"] for e in shown["instructions"]["exercises"]} == {"short"}
    assert (tmp_path / "xdg" / "voiceroutine" / "sessions.db").is_file()


@pytest.mark.e2e
def test_export_makes_the_full_and_the_short_version_with_the_speech_they_say(tmp_path: Path) -> None:
    """Real espeak-ng and ffmpeg: the captions of each version hold what was said, and each file is exactly as long
    as `show` with the same engine says."""
    import shutil

    if shutil.which("ffmpeg") is None or shutil.which("espeak-ng") is None:
        pytest.skip("needs ffmpeg and espeak-ng")
    routine = tmp_path / "neck.yaml"
    routine.write_text("title: Neck\nexercises:\n  - name: Chin tuck\n    steps: [Sit tall., Look straight ahead.]\n"
                       "    cue: Chin back.\n    hold: 5 s\n")  # fmt: skip
    lengths = {}
    for mode in ("full", "short"):
        out = tmp_path / f"{mode}.wav"
        args = [str(routine), "--engine", "espeak", "--instructions", mode]
        result = runner.invoke(app, ["export", *args, "-o", str(out), "--json", "--quiet"])
        assert result.exit_code == 0, result.output
        summary = json.loads(result.stdout)
        captions = out.with_suffix(".vtt").read_text()
        assert ("Look straight ahead." in captions) is (mode == "full")
        assert ("Chin back." in captions) is (mode == "short")  # the cue instead of the steps
        shown = show(*args)
        assert summary["duration_ms"] == shown["total_ms"]
        (hold,) = [s for s in shown["spans"] if s["kind"] == "hold"]
        assert hold["end_ms"] - hold["start_ms"] == 5000
        lengths[mode] = summary["duration_ms"]
    assert lengths["short"] < lengths["full"]
