"""validate, routines and schema through the real CLI: output, exit codes, and never a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app, routines
from voiceroutine.routine.builtin import builtin_names

runner = CliRunner()
GOOD = "title: Quick\nexercises:\n  - name: Plank\n    hold: 2 min\n  - name: Squat\n    reps: 10\n"


def test_validate_a_good_file(tmp_path: Path) -> None:
    path = tmp_path / "quick.yaml"
    path.write_text(GOOD)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.stdout == f"{path}: ok (2 exercises, ~4 min)\n"
    assert result.stderr == ""


def test_validate_builtin_names_too() -> None:
    result = runner.invoke(app, ["validate", *builtin_names()])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "upper-back: ok (5 exercises, ~11 min)",
        "circuit: ok (5 exercises, ~14 min)",
        "desk-neck: ok (5 exercises, ~9 min)",
        "desk-neck-de: ok (4 exercises, ~8 min)",
        "tabata: ok (3 exercises, ~6 min)",
        "tempo-strength: ok (4 exercises, ~16 min)",
    ]


@pytest.mark.parametrize("name", builtin_names())
def test_validate_gives_the_length_show_gives(name: str) -> None:
    total_ms = json.loads(runner.invoke(app, ["show", name, "--json"]).stdout)["total_ms"]
    result = runner.invoke(app, ["validate", name])
    assert result.stdout.endswith(f", ~{round(total_ms / 60_000)} min)\n")


def test_validate_reports_every_problem_of_every_file_and_exits_2(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: T\nexercises:\n  - name: Squat\n    reps: 10000\n    hodl: 5\n")
    missing = tmp_path / "missing.yaml"
    result = runner.invoke(app, ["validate", str(good), str(bad), str(missing)])
    assert result.exit_code == 2
    assert result.stdout == f"{good}: ok (2 exercises, ~4 min)\n"
    assert result.stderr.splitlines() == [
        f'{bad}:4:11: exercises[0].reps: found "10000", allowed: 1 to 500',
        f'{bad}:5:5: exercises[0].hodl: found unknown key "hodl"; did you mean "hold"?',
        f"found no routine file or built-in named '{missing}'; built-ins: upper-back (the default), circuit, "
        "desk-neck, desk-neck-de, tabata, tempo-strength",
        "2 of 3 files have problems",
    ]
    assert "Traceback" not in result.output


def test_validate_non_utf8_bytes_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "binary.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.stderr == f"{path}:1:1: found the byte 0x89, which is not UTF-8 text; save the file as UTF-8\n"
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_validate_needs_a_file() -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 2
    assert "Missing argument" in result.output


def test_routines_lists_every_builtin_and_marks_the_default() -> None:
    result = runner.invoke(app, ["routines"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Name", "Title", "Exercises", "Length", "Description"]
    assert lines[1].split()[:5] == ["upper-back", "(default)", "Upper", "back", "relief"]
    assert "circuit" in lines[2] and "Full body circuit" in lines[2]
    assert "desk-neck" in lines[3] and "Desk neck and shoulder break" in lines[3]
    assert "desk-neck-de" in lines[4] and "Nacken und Schultern am Schreibtisch" in lines[4]
    assert "tabata" in lines[5] and "Tabata intervals" in lines[5]
    assert "tempo-strength" in lines[6] and "Slow strength work in sets" in lines[6]
    assert len(lines) == 7


def test_schema_prints_the_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["required"] == ["title", "exercises"]


@pytest.mark.parametrize("command", [routines.validate, routines.routines, routines.schema])
def test_every_command_has_help(command: Callable[..., None]) -> None:
    result = runner.invoke(app, [command.__name__, "--help"])
    assert result.exit_code == 0
    summary = (command.__doc__ or "").splitlines()[0]
    assert summary and summary in " ".join(result.stdout.split())
