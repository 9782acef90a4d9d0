"""`voiceroutine play` end to end with the pipeline and the device replaced: options, output, exit codes, a pty."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from itertools import count
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from tests.play.scenario import clips_for, short_prepared, short_timeline
from tests.play.scenario import fake_preparing as scenario_preparing
from tests.play.test_backends import NO_CARD
from voiceroutine.audio.finish import levelled_programme
from voiceroutine.audio.master import early_mastering, render
from voiceroutine.audio.mix import mix_timeline
from voiceroutine.cli import app
from voiceroutine.play import session
from voiceroutine.routine.model import Level
from voiceroutine.sessions import Status, open_log
from voiceroutine.testing import RecordingSink

ROOT = Path(__file__).resolve().parents[2]


def fake_preparing(calls: list[dict[str, Any]]) -> Any:
    def preparing(routine_arg: str | None, pace: Any, engine: Any, voice: Any, cache_dir: Any, language: Any = None,
                  personal: Any = None, warm: bool = False, whole_voice: bool = False) -> Any:
        calls.append({"routine": routine_arg, "pace": pace, "engine": engine, "voice": voice, "language": language,
                      "personal": personal, "whole_voice": whole_voice})
        return scenario_preparing(short_prepared())

    return preparing


@pytest.fixture
def played(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The pipeline gives the short routine; the sink plays a second of it on every look at its clock."""
    state: dict[str, Any] = {"calls": [], "backends": []}
    seconds = count()
    sink = RecordingSink(lambda: float(next(seconds)))
    state["sink"] = sink

    def make_sink(name: str | None) -> RecordingSink:
        state["backends"].append(name)
        return sink

    monkeypatch.setattr("voiceroutine.pipeline.preparing", fake_preparing(state["calls"]))
    monkeypatch.setattr(session, "make_sink", make_sink)
    return state


def test_play_quiet_prints_a_line_per_cue_and_plays_the_whole_track(played: dict[str, Any]) -> None:
    result = CliRunner().invoke(
        app, ["play", "desk-neck", "--quiet", "--speed", "1.5", "--rest", "10", "--level", "easy"]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()  # the fake sink plays a second per look: it may catch up with the maker
    assert [line for line in lines if "waiting for the voice" not in line] == [
        "00:00.000  Intro  Short routine.",
        "00:01.000  Chin tuck  (go tone)",
        "00:01.200  Chin tuck  Hold.",
        "00:02.600  Chin tuck  (finish tone)",
        "00:03.000  finished",
    ]
    (call,) = played["calls"]
    assert call["routine"] == "desk-neck" and call["language"] is None
    assert call["whole_voice"]  # the voice loaded whole: the first sound does not wait for the cut
    assert (call["pace"].speed, call["pace"].rest_ms, call["pace"].level) == (1.5, 10_000, Level.EASY)
    timeline = short_timeline()
    clips = clips_for(timeline)
    programme = levelled_programme(timeline, clips, -16 - 10 * np.log10(2), -2.5)  # what the default export encodes
    levelled_track = np.concatenate(list(render(programme, early_mastering(-2.5, -19.0))))
    assert len(levelled_track) == len(mix_timeline(timeline, clips))
    assert np.array_equal(played["sink"].heard(), levelled_track)
    assert played["sink"].opened and played["sink"].closed
    assert played["backends"] == [None]


def test_the_backend_comes_from_the_option_else_the_config(played: dict[str, Any], tmp_path: Path) -> None:
    Path(os.environ["VOICEROUTINE_CONFIG"]).write_text("audio_backend: miniaudio\n")
    assert CliRunner().invoke(app, ["play", "--quiet"]).exit_code == 0
    assert CliRunner().invoke(app, ["play", "--quiet", "--audio-backend", "simpleaudio"]).exit_code == 0
    assert played["backends"] == ["miniaudio", "simpleaudio"]


def test_an_unknown_backend_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("voiceroutine.pipeline.preparing", fake_preparing([]))
    result = CliRunner().invoke(app, ["play", "--audio-backend", "pulse"])
    assert result.exit_code == 2
    assert result.stderr == "voiceroutine: error: unknown audio backend 'pulse': use simpleaudio or miniaudio\n"


@pytest.mark.e2e
def test_without_a_sound_device_play_says_so_in_one_line_before_rendering(tmp_path: Path) -> None:
    (tmp_path / ".asoundrc").write_text(NO_CARD)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-m", "voiceroutine", "play", "upper-back"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == (
        "voiceroutine: error: no sound device found (simpleaudio: Error opening PCM device -2); "
        "to listen on your phone instead: voiceroutine export\n"
    )
    assert done.stdout == ""


IN_A_TERMINAL = """
import signal, sys, termios
signal.signal(signal.SIGINT, signal.default_int_handler)  # a shell's background job inherits SIGINT ignored
from tests.play.scenario import fake_preparing, short_prepared
from voiceroutine.play import session
from voiceroutine.testing import RecordingSink
import voiceroutine.pipeline, time

voiceroutine.pipeline.preparing = lambda *a, **k: fake_preparing(short_prepared())
session.make_sink = lambda name: RecordingSink(time.monotonic)
before = termios.tcgetattr(0)
try:
    from voiceroutine.cli import main
    main()
finally:
    print("RESTORED" if termios.tcgetattr(0) == before else "NOT RESTORED", flush=True)
"""


def run_in_terminal(keys: list[tuple[bytes, bytes]]) -> tuple[int, str]:
    """Run `voiceroutine play` on a pseudo-terminal; each (wait_for, send) sends keys once output shows wait_for."""
    pid, ours = pty.fork()
    if pid == 0:
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-c", IN_A_TERMINAL, "play"])
    output = b""
    deadline = time.monotonic() + 30
    pending = list(keys)
    while time.monotonic() < deadline:
        if pending and pending[0][0] in output:
            os.write(ours, pending.pop(0)[1])
        if not select.select([ours], [], [], 1.0)[0]:
            continue  # nothing yet: look at the deadline again rather than block for ever
        try:
            chunk = os.read(ours, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    else:
        os.kill(pid, signal.SIGKILL)  # hung: fail with what it printed, never hang the suite
    _, status = os.waitpid(pid, 0)
    os.close(ours)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


@pytest.mark.e2e
def test_in_a_terminal_the_screen_shows_the_routine_and_ctrl_c_exits_130_with_the_terminal_restored() -> None:
    code, output = run_in_terminal([(b"Short routine.", b"\x03")])
    assert "space pause" in output and "Next: Chin tuck" in output
    assert "voiceroutine: interrupted" in output
    assert "RESTORED" in output and "NOT RESTORED" not in output
    assert code == 130


@pytest.mark.e2e
def test_in_a_terminal_n_skips_q_quits_cleanly_and_the_two_questions_are_asked() -> None:
    answers = [(b"How hard was it", b"11\n"), (b"from 1 to 10", b"7\n"), (b"Any pain", b"\n")]
    code, output = run_in_terminal([(b"Short routine.", b"n"), (b"HOLD", b"q"), *answers])
    assert "Stopped at 00:01." in output
    assert "Logged: 0 of 1 exercises done" in output
    assert "RESTORED" in output and "NOT RESTORED" not in output
    assert code == 0
    (session,) = open_log().sessions()
    assert (session.routine, session.effort, session.pain, session.completed) == ("short", 7, None, False)
    assert [e.status for e in session.exercises] == [Status.QUIT]


def test_a_played_session_is_logged_with_its_routine_pace_and_outcome(played: dict[str, Any]) -> None:
    result = CliRunner().invoke(app, ["play", "--quiet", "--speed", "1.5"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # --quiet: no summary
    result = CliRunner().invoke(app, ["play", "--speed", "1.5"])
    assert result.stderr == "Logged: 1 of 1 exercises done; `voiceroutine history` shows your sessions.\n"
    s, _ = open_log().sessions()
    assert (s.routine, s.title, s.source.value, s.completed, s.played_ms, s.length_ms) == (
        "short", "Short", "play", True, 3000, 3000
    )
    assert [(e.name, e.status) for e in s.exercises] == [("Chin tuck", Status.DONE)]
    assert s.ended is not None and s.ended >= s.started


def test_no_log_and_a_config_without_a_log_record_nothing(played: dict[str, Any]) -> None:
    assert CliRunner().invoke(app, ["play", "--quiet", "--no-log"]).exit_code == 0
    Path(os.environ["VOICEROUTINE_CONFIG"]).write_text("session_log: false\n")
    result = CliRunner().invoke(app, ["play", "--quiet"])
    assert result.exit_code == 0 and "Logged" not in result.stderr
    assert not (Path(os.environ["VOICEROUTINE_DATA_DIR"]) / "sessions.db").exists()


def test_a_damaged_log_does_not_stop_the_routine(played: dict[str, Any]) -> None:
    log = Path(os.environ["VOICEROUTINE_DATA_DIR"]) / "sessions.db"
    log.parent.mkdir(parents=True)
    log.write_bytes(b"not a database at all" * 10)
    result = CliRunner().invoke(app, ["play", "--quiet"])
    assert result.exit_code == 0
    assert result.stderr.startswith(f"voiceroutine: warning: this session will not be recorded: {log} is not a ")
    assert result.stderr.count("\n") == 1
    assert "00:03.000  finished" in result.stdout
    assert log.read_bytes() == b"not a database at all" * 10


def test_a_damaged_log_is_one_line_even_with_the_real_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline reads the log for fading and progression too: play still says one line, and plays in full."""
    from voiceroutine import pipeline

    seen: list[Any] = []

    def preparing(*args: Any, personal: Any = None, **kw: Any) -> Any:
        seen.append(pipeline.plan_timeline("desk-neck", personal=personal).learned)
        return scenario_preparing(short_prepared())

    monkeypatch.setattr("voiceroutine.pipeline.preparing", preparing)
    seconds = count()
    monkeypatch.setattr(session, "make_sink", lambda name: RecordingSink(lambda: float(next(seconds))))
    log = Path(os.environ["VOICEROUTINE_DATA_DIR"]) / "sessions.db"
    log.parent.mkdir(parents=True)
    log.write_bytes(b"not a database at all" * 10)
    result = CliRunner().invoke(app, ["play", "--quiet"])
    assert result.exit_code == 0
    assert result.stderr.startswith(f"voiceroutine: warning: this session will not be recorded: {log} is not a ")
    assert result.stderr.count("\n") == 1
    assert seen[0].fading.heard == "full"
    assert log.read_bytes() == b"not a database at all" * 10


def test_a_played_session_keeps_its_week_what_was_read_and_the_progression_rule(
    monkeypatch: pytest.MonkeyPatch, played: dict[str, Any]
) -> None:
    import dataclasses
    from datetime import date

    from voiceroutine.fading import ExerciseFading, Fading
    from voiceroutine.pipeline import Learned
    from voiceroutine.progression import Standing
    from voiceroutine.routine.model import Every, Instructions
    from voiceroutine.sessions.model import ProgressRule

    fading = Fading(Instructions.AUTO, 3, (ExerciseFading("Chin tuck", 4, "short"),))
    standing = Standing(2, False, 6, "1 week", 7, Every.DAYS, date(2026, 11, 20), date(2026, 12, 4), None)
    learned = Learned(fading, standing)
    monkeypatch.setattr("voiceroutine.pipeline.preparing",
                        lambda *a, **kw: scenario_preparing(dataclasses.replace(short_prepared(), learned=learned)))
    assert CliRunner().invoke(app, ["play", "--quiet"]).exit_code == 0
    (s,) = open_log().sessions()
    assert (s.week, s.instructions, s.progress) == (2, "short", ProgressRule(7, "days", "1 week", 6))
