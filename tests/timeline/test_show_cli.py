"""`voiceroutine show` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app

runner = CliRunner()


def show_json(*args: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, ["show", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_default_is_upper_back_with_an_intro_and_five_chapters() -> None:
    data = show_json()
    assert data["title"] == "Upper back relief"
    assert [c["title"] for c in data["chapters"]] == [
        "Introduction",
        "Chin tuck",
        "Shoulder blade squeeze",
        "Wall angels",
        "Cat-cow",
        "Child's pose",
    ]
    assert set(data["cues"][0]) == {"start_ms", "end_ms", "kind", "text", "exercise", "spoken"}
    assert data["exercises"][0] == {
        "name": "Chin tuck",
        "reps": 10,
        "hold_s": 5,
        "sets": 1,
        "duration_s": None,
        "per_side": False,
        "rest_s": 20,
        "cycles": None,
        "work_s": None,
    }
    assert data["total_ms"] == data["chapters"][-1]["end_ms"]
    assert data["speech"] == {"lengths": "estimated", "engine": None}
    assert set(data["spans"][0]) == {"kind", "start_ms", "end_ms", "exercise", "round", "set", "side", "rep", "phase"}


def test_level_resolves_ranges(tmp_path: Path) -> None:
    routine = tmp_path / "r.yaml"
    routine.write_text(
        "title: R\nexercises:\n  - name: Plank\n    hold: 20-40 s\n    sets: 1-3\n  - name: Squat\n    reps: 8-12\n",
        encoding="utf-8",
    )
    for level, hold, sets, reps in [("easy", 20, 1, 8), ("standard", 30, 2, 10), ("hard", 40, 3, 12)]:
        ex = show_json(str(routine), "--level", level)["exercises"]
        assert (ex[0]["hold_s"], ex[0]["sets"], ex[1]["reps"]) == (hold, sets, reps)


def test_rest_option_beats_routine_and_config(tmp_path: Path, monkeypatch: object) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("rest: 45\nlevel: hard\n", encoding="utf-8")
    import os

    os.environ["VOICEROUTINE_CONFIG"] = str(config)  # the autouse fixture restores it
    data = show_json("upper-back")
    assert data["exercises"][0]["rest_s"] == 20  # the routine file's 20 s beats the config's 45 s
    data = show_json("upper-back", "--rest", "7")
    assert [e["rest_s"] for e in data["exercises"]] == [7, 7, 7, 7, None]
    # the config's level applies where neither the command line nor the routine sets one
    assert data["exercises"][3]["duration_s"] == 120


def test_speed_changes_talk_but_not_holds() -> None:
    def holds(data: dict) -> list[int]:  # type: ignore[type-arg]
        hold_starts = [c["start_ms"] for c in data["cues"] if c["text"] == "Hold it."]
        releases = [c["start_ms"] for c in data["cues"] if c["text"] == "And release."]
        return [r - h for h, r in zip(hold_starts, releases)]

    slow, fast = show_json("--speed", "0.5"), show_json("--speed", "2")
    assert holds(slow) == holds(fast) == [5000] * 20
    assert slow["total_ms"] > fast["total_ms"]


def test_table_output_lists_cues_chapters_and_total() -> None:
    result = runner.invoke(app, ["show", "desk-neck"])
    assert result.exit_code == 0
    assert "Exercise 1 of 5: Shoulder rolls." in result.stdout
    assert "Chapters" in result.stdout and "Total length:" in result.stdout
    assert "waits until you are ready" in result.stdout


def test_bad_options_and_names_are_one_line_errors(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", "no-such-routine"])
    assert result.exit_code == 2
    assert result.stderr.strip().startswith(
        "voiceroutine: error: found no routine file or built-in named 'no-such-routine'"
    )
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["show", "--speed", "3"])
    assert result.exit_code == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: X\nexercises:\n  - name: A\n    phrases: 1\n    hold: 5\n", encoding="utf-8")
    result = runner.invoke(app, ["show", str(bad)])
    assert result.exit_code == 2 and "Traceback" not in result.output


TABATA = """\
title: Tabata
exercises:
  - circuit: Tabata
    rounds: 2
    work: 20 s
    rest: 10 s
    exercises:
      - name: Squat
      - name: Push-up
"""


@pytest.mark.e2e
def test_engine_gives_rendered_lengths_and_says_so(tmp_path: Path) -> None:
    routine = tmp_path / "tabata.yaml"
    routine.write_text(TABATA, encoding="utf-8")
    estimated = show_json(str(routine))
    rendered = show_json(str(routine), "--engine", "espeak")
    assert rendered["speech"] == {"lengths": "rendered", "engine": "espeak"}
    spoken = [c for c in rendered["cues"] if c["kind"] == "speech"]
    guesses = {c["text"]: c["end_ms"] - c["start_ms"] for c in estimated["cues"] if c["kind"] == "speech"}
    assert any(c["end_ms"] - c["start_ms"] != guesses[c["text"]] for c in spoken), "real clip lengths, not estimates"
    # the talk moves; every interval and rest keeps its length, and the circuit its 2 x 60 s - 10 s
    lengths = lambda data: [(s["kind"], s["end_ms"] - s["start_ms"]) for s in data["spans"]]  # noqa: E731
    assert lengths(rendered) == lengths(estimated)
    works = [s for s in rendered["spans"] if s["kind"] in ("work", "rest")]
    assert works[-1]["end_ms"] - works[0]["start_ms"] == 110_000
    table = runner.invoke(app, ["show", str(routine), "--engine", "espeak"])
    assert table.exit_code == 0 and "Speech lengths: rendered by the espeak engine" in table.stdout
