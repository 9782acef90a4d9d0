"""`voiceroutine show` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

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
    assert set(data["cues"][0]) == {"start_ms", "end_ms", "kind", "text", "exercise"}
    assert data["exercises"][0] == {
        "name": "Chin tuck",
        "reps": 10,
        "hold_s": 5,
        "sets": 1,
        "duration_s": None,
        "per_side": False,
        "rest_s": 20,
    }
    assert data["total_ms"] == data["chapters"][-1]["end_ms"]


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
