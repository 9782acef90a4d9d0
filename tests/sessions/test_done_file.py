"""`voiceroutine done FILE`: the session is what the exported file holds (its tags name the routine, level, pace,
step and instructions) and lasts as long as the file, whatever the routine file says today. Real exports: the
fake speech engine, real ffmpeg, tags read back with mutagen."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.export.helpers import fake_voice, needs_ffmpeg
from voiceroutine.cli import app
from voiceroutine.sessions import open_log
from voiceroutine.sessions.model import Pace, ProgressRule, Source, Status

pytestmark = [pytest.mark.e2e, needs_ffmpeg]
runner = CliRunner()

KNEE = """\
title: Knee
progress: {every: 1 week, reps: +2}
exercises:
  - name: Squat
    reps: 2
    steps: [Feet apart., Sit back.]
    cue: Sit back.
  - name: Plank
    hold: 4 s
"""


@pytest.fixture
def fake_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real pipeline (loading, the log's fading and progression, building, rendering) with the fake engine."""
    fake_voice(monkeypatch)


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout + result.stderr


def export(*args: str) -> int:
    summary = json.loads(runner.invoke(app, ["export", *args, "--json", "--quiet"]).stdout)
    return int(summary["duration_ms"])


def test_done_with_the_exported_file_logs_what_it_holds_not_todays_routine(tmp_path: Path,
                                                                          fake_speech: None) -> None:
    knee = tmp_path / "knee.yaml"
    knee.write_text(KNEE)
    written_hash = hashlib.sha256(KNEE.encode()).hexdigest()[:16]
    ok("done", str(knee), "--at", f"{(date.today() - timedelta(days=8)).isoformat()} 08:00")  # week 2 from now on
    out = tmp_path / "out" / "knee.mp3"
    out.parent.mkdir()
    length = export(str(knee), "-o", str(out), "--speed", "1.5", "--level", "hard", "--instructions", "short",
                    "--rest", "3", "--lead-in", "2")
    # the routine changes after the export: today's version is longer and has another exercise
    knee.write_text(KNEE.replace("hold: 4 s", "hold: 40 s") + "  - name: Bridge\n    reps: 10\n")
    today_ms = json.loads(ok("show", str(knee), "--json"))["total_ms"]
    assert today_ms > length + 30_000

    before = datetime.now().astimezone()
    said = ok("done", str(out), "--effort", "4", "--note", "easier today")
    (_, s) = open_log().sessions()
    assert said == f"Logged knee from knee.mp3 ({s.length_ms // 60000}:{round(s.length_ms / 1000) % 60:02d}): " \
                   "2 of 2 exercises done; `voiceroutine history` shows your sessions.\n"
    assert abs(s.length_ms - length) <= 100  # the file's own length (its lead-in and MP3 padding included)
    assert s.played_ms == s.length_ms and s.completed and s.source is Source.DONE
    assert s.ended is not None and before - timedelta(seconds=1) <= s.ended <= datetime.now().astimezone()
    assert abs(s.ended - s.started - timedelta(milliseconds=s.length_ms)) <= timedelta(seconds=1)  # to the second
    assert (s.routine, s.title, s.routine_hash, s.level, s.week, s.instructions) == (
        "knee", "Knee", written_hash, "hard", 2, "short")
    assert s.pace == Pace(1.5, 1.0, 3000, 3)
    assert s.progress == ProgressRule(7, "days", "1 week", s.progress.top if s.progress else 0)
    assert [(e.name, e.status) for e in s.exercises] == [("Squat", Status.DONE), ("Plank", Status.DONE)]
    assert (s.effort, s.pain, s.note) == (4, None, "easier today")
    listed = json.loads(runner.invoke(app, ["history", "--json"]).stdout)
    assert listed[1]["instructions"] == "short" and listed[1]["length_ms"] == s.length_ms


@pytest.mark.parametrize("suffix", ["m4b", "ogg", "wav"])
def test_every_format_names_its_routine_and_gives_its_length(tmp_path: Path, fake_speech: None, suffix: str) -> None:
    out = tmp_path / f"neck.{suffix}"
    length = export("desk-neck", "-o", str(out), "--level", "easy")
    ok("done", str(out), "--at", "07:00" if datetime.now().hour >= 8 else "00:00")
    (s,) = open_log().sessions()
    assert (s.routine, s.level, s.instructions, s.week) == ("desk-neck", "easy", "full", None)
    assert abs(s.length_ms - length) <= 100
    assert s.ended is not None
    assert abs(s.ended - s.started - timedelta(milliseconds=s.length_ms)) <= timedelta(seconds=1)
    assert len(s.exercises) == 5


def test_a_file_that_cannot_say_its_routine_is_one_line_and_logs_nothing(tmp_path: Path, fake_speech: None) -> None:
    out = tmp_path / "neck.mp3"
    export("desk-neck", "-o", str(out), "--split")
    part = next((tmp_path / "neck").glob("01*.mp3"))
    not_audio = tmp_path / "notes.mp3"
    not_audio.write_text("not audio at all\n")
    cases = [
        ([str(part)], f"{part} does not say which routine it holds (it was not exported by voiceroutine, or by a "
                      "version before this tag, or it is one part of a --split export): name the routine instead, "
                      "as in voiceroutine done ROUTINE"),
        ([str(not_audio)], f"cannot read {not_audio} as an audio file"),
        ([str(tmp_path / "gone.m4b")], f"{tmp_path / 'gone.m4b'}: no such file"),
        ([str(out), "--week", "2"], "--week: the exported file says how it was made; leave --week out"),
        ([str(out), "--level", "hard"], "--level: the exported file says how it was made; leave --level out"),
    ]
    for args, message in cases:
        result = runner.invoke(app, ["done", *args])
        assert result.exit_code == 2, (args, result.output)
        assert result.stdout == ""
        assert message in " ".join(result.stderr.split()), result.stderr
        assert "Traceback" not in result.output
    assert open_log().sessions() == []


def test_the_tag_is_in_the_file_where_other_programs_find_it(tmp_path: Path, fake_speech: None) -> None:
    import mutagen

    out = tmp_path / "neck.mp3"
    export("desk-neck", "-o", str(out))
    (frame,) = [f for f in mutagen.File(out).tags.getall("TXXX") if f.desc == "voiceroutine"]  # type: ignore[attr-defined]
    data = json.loads(frame.text[0])
    assert (data["v"], data["routine"], data["level"]) == (1, "desk-neck", "standard")
    assert data["title"] == "Desk neck and shoulder break"
    assert data["exercises"][0] == "Shoulder rolls"
