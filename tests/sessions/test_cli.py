"""`done` and `history` through the real CLI, on a log in the test's own data folder."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.sessions.helpers import PARIS, session
from voiceroutine.cli import app
from voiceroutine.sessions import open_log
from voiceroutine.sessions.model import Source, Status

runner = CliRunner()
UPPER_BACK = ["Chin tuck", "Shoulder blade squeeze", "Wall angels", "Cat-cow", "Child's pose"]


def log_file() -> Path:
    return Path(os.environ["VOICEROUTINE_DATA_DIR"]) / "sessions.db"


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def invoke_err(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    return result.stderr


def test_done_records_the_whole_routine_with_the_answers() -> None:
    before = datetime.now().astimezone()
    out = invoke_err("done", "--effort", "6", "--pain", "2", "--note", "left shoulder stiff")
    assert out == "Logged upper-back: 5 of 5 exercises done; `voiceroutine history` shows your sessions.\n"
    (s,) = open_log().sessions()
    assert (s.routine, s.title, s.source, s.effort, s.pain, s.note) == (
        "upper-back", "Upper back relief", Source.DONE, 6, 2, "left shoulder stiff"
    )
    assert [e.name for e in s.exercises] == UPPER_BACK
    assert all(e.status is Status.DONE for e in s.exercises)
    assert s.ended is not None and before - timedelta(seconds=1) <= s.ended <= datetime.now().astimezone()
    assert abs(s.ended - s.started - timedelta(milliseconds=s.length_ms)) <= timedelta(seconds=1)  # kept to the second
    assert stat.S_IMODE(log_file().stat().st_mode) == 0o600


def test_done_at_a_time_and_for_a_routine_file(tmp_path: Path) -> None:
    routine = tmp_path / "knee.yaml"
    routine.write_text("title: Knee\nexercises:\n  - name: Quad set\n    reps: 10\n    hold: 5 s\n")
    invoke("done", str(routine), "--at", "2026-11-30 07:15", "--level", "hard")
    (s,) = open_log().sessions()
    assert (s.routine, s.title, s.level, s.started.replace(tzinfo=None)) == (
        "knee", "Knee", "hard", datetime(2026, 11, 30, 7, 15)
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--effort", "11"], "Invalid value for '--effort': 11 is not in the range 1<=x<=10."),
        (["--at", "yesterday"], "--at 'yesterday': expected a time like 08:00 or 2026-12-03 08:00"),
        (["--at", "2999-01-01 08:00"], "--at 2999-01-01 08:00: that is in the future; give when you did the routine"),
        (["nope.yaml"], "found no routine file or built-in named 'nope.yaml'"),
    ],
)
def test_done_refuses_bad_input_in_one_line_and_logs_nothing(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["done", *args])
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
    assert not log_file().exists()


def test_history_without_a_log_says_how_to_start_and_creates_nothing() -> None:
    out = invoke("history")
    assert "No sessions yet." in out
    assert invoke("history", "--json") == "[]\n"
    assert not log_file().exists()


def add_sessions() -> None:
    with open_log() as log:
        log.add(session(started=datetime(2026, 11, 30, 8, tzinfo=PARIS), effort=5, pain=3))
        stopped = (("Neck turn", Status.DONE), ("Chin tuck", Status.QUIT))
        log.add(session("desk-neck", started=datetime(2026, 12, 1, 8, tzinfo=PARIS), completed=False,
                        exercises=stopped, note="phone rang"))  # fmt: skip
        log.add(session(started=datetime(2026, 12, 2, 18, 30, tzinfo=PARIS), effort=7, pain=1, source=Source.DONE))


def test_history_json_is_a_list_of_sessions_with_the_agreed_fields() -> None:
    add_sessions()
    data = json.loads(invoke("history", "--json"))
    assert [(d["routine"], d["started"], d["effort"], d["pain"], d["note"]) for d in data] == [
        ("upper-back", "2026-11-30T08:00:00+01:00", 5, 3, None),
        ("desk-neck", "2026-12-01T08:00:00+01:00", None, None, "phone rang"),
        ("upper-back", "2026-12-02T18:30:00+01:00", 7, 1, None),
    ]
    assert data[0]["ended"] == "2026-11-30T08:09:00+01:00"
    assert data[1]["exercises"] == [{"name": "Neck turn", "status": "done"}, {"name": "Chin tuck", "status": "quit"}]
    assert data[2]["source"] == "done"
    assert [d["routine"] for d in json.loads(invoke("history", "upper-back", "--json"))] == ["upper-back"] * 2
    assert len(json.loads(invoke("history", "--json", "--since", "2026-12-01"))) == 2


def test_history_csv_has_a_header_and_a_row_per_session() -> None:
    add_sessions()
    rows = list(csv.DictReader(io.StringIO(invoke("history", "--csv"))))
    assert [r["routine"] for r in rows] == ["upper-back", "desk-neck", "upper-back"]
    assert rows[1] == {**rows[1], "completed": "no", "exercises_done": "1", "stopped_in": "Chin tuck",
                       "note": "phone rang", "effort": ""}  # fmt: skip
    assert rows[0]["minutes"] == "9.0"


def test_history_table_shows_sessions_streak_calendar_and_chart(monkeypatch: pytest.MonkeyPatch) -> None:
    add_sessions()
    monkeypatch.setenv("COLUMNS", "160")
    out = invoke("history")
    assert "Mon 30 Nov 2026 08:00" in out and "1/2, stopped in Chin tuck" in out and "phone rang" in out
    assert "Streak:" in out and "The last 6 weeks" in out
    assert "Effort and pain, the last 2 answered sessions:" in out
    assert f"Session log: {log_file()}" in out


def test_history_plot_writes_a_png_of_effort_and_pain(tmp_path: Path) -> None:
    from matplotlib import image

    add_sessions()
    target = tmp_path / "progress.png"
    result = runner.invoke(app, ["history", "--plot", str(target)])
    assert result.exit_code == 0, result.output
    assert (result.stdout, result.stderr) == ("", f"Wrote {target}\n")
    pixels = image.imread(target)
    assert pixels.shape[:2] == (400, 800)
    red = (pixels[..., 0] > 0.7) & (pixels[..., 1] < 0.3) & (pixels[..., 2] < 0.3)
    blue = (pixels[..., 2] > 0.6) & (pixels[..., 0] < 0.3)
    assert red.sum() > 200 and blue.sum() > 200  # the pain line and the effort line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress.png"]
    quiet = runner.invoke(app, ["history", "--plot", str(tmp_path / "again.png"), "--quiet"])
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "", "")
    assert image.imread(tmp_path / "again.png").shape[:2] == (400, 800)


def test_history_plot_without_answers_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["history", "--plot", str(tmp_path / "p.png")])
    assert result.exit_code == 2
    assert result.stderr == (
        "voiceroutine: error: --plot: no session has an effort or pain answer yet, so there is nothing to plot\n"
    )


def test_a_damaged_log_is_one_line_for_history_and_done_and_stays_as_it_was() -> None:
    log_file().parent.mkdir(parents=True)
    log_file().write_bytes(b"\x00garbage" * 100)
    for command in (["history"], ["done"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2
        assert result.stderr == (
            f"voiceroutine: error: {log_file()} is not a voiceroutine session log (not a SQLite database: damaged, "
            "or another kind of file); it was left as it is: move it away to start a new log\n"
        )
    assert log_file().read_bytes() == b"\x00garbage" * 100


def test_done_quiet_logs_the_session_and_prints_nothing() -> None:
    result = runner.invoke(app, ["done", "desk-neck", "--quiet"])
    assert result.exit_code == 0, result.output
    assert (result.stdout, result.stderr) == ("", "")
    (s,) = open_log().sessions()
    assert (s.routine, s.source) == ("desk-neck", Source.DONE)
