"""Issue 17, item 10, the smaller cases: numbers too long for Python to read, an unknown engine, and standard
output that cannot be written (`> /dev/full`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.routine.limits import ENGINES
from voiceroutine.speech import select

REPO = Path(__file__).resolve().parents[2]
HUGE = "9" * 5000  # past the 4,300 digits Python converts to an int


def _validate(tmp_path: Path, body: str) -> tuple[int, str]:
    path = tmp_path / "r.yaml"
    path.write_text(body, encoding="utf-8")
    done = CliRunner().invoke(app, ["validate", str(path)])
    assert done.exception is None or isinstance(done.exception, SystemExit), done.exception
    return done.exit_code, done.output


@pytest.mark.parametrize(("field", "value", "allowed"), [
    ("reps", HUGE, "allowed: 1 to 500"),
    ("reps", f"1-{HUGE}", "allowed: 1 to 500"),
    ("sets", HUGE, "allowed: 1 to 20"),
    ("hold", f"{HUGE} s", "allowed: more than 0 s, up to 30 min"),
    ("hold", f"1:{HUGE}", "allowed: more than 0 s, up to 30 min"),
    ("rest", f"0.{HUGE} s", "allowed: 0 s to"),
])
def test_a_number_of_thousands_of_digits_is_one_located_line(tmp_path: Path, field: str, value: str,
                                                             allowed: str) -> None:
    extra = "" if field == "reps" else "    reps: 2\n"
    code, output = _validate(tmp_path, f"title: T\nexercises:\n  - name: a\n{extra}    {field}: '{value}'\n")
    assert code == 2
    line = output.splitlines()[-1]
    assert line.startswith(f"{tmp_path / 'r.yaml'}:") and f"exercises[0].{field}: found \"999" in line.replace(
        '"1-999', '"999').replace('"1:999', '"999').replace('"0.999', '"999'), line
    assert allowed in line
    assert len(output) < 500


def test_a_countdown_of_thousands_of_digits_is_refused(tmp_path: Path) -> None:
    code, output = _validate(tmp_path, f"title: T\ndefaults:\n  countdown: {HUGE}\nexercises:\n  - name: a\n"
                                       "    reps: 2\n")
    assert code == 2
    assert "defaults.countdown: found \"999" in output and "allowed: a whole number from 0 to 10" in output


@pytest.mark.parametrize("engine", ["bogus", "espeak-ng", ""])
def test_an_unknown_engine_is_refused_at_load(tmp_path: Path, engine: str) -> None:
    code, output = _validate(tmp_path, f"title: T\nengine: '{engine}'\nexercises:\n  - name: a\n    reps: 2\n")
    assert code == 2
    assert "engine: " in output and ("allowed: auto, piper, system, espeak" in output or "found nothing" in output
                                     or "empty" in output), output


@pytest.mark.parametrize("engine", ["auto", "piper", "system", "espeak", "Piper"])
def test_every_engine_the_speech_layer_knows_is_accepted(tmp_path: Path, engine: str) -> None:
    assert select.ENGINES == ENGINES
    code, output = _validate(tmp_path, f"title: T\nengine: {engine}\nexercises:\n  - name: a\n    reps: 2\n")
    assert code == 0, output


@pytest.mark.parametrize("args", [["show", "desk-neck"], ["validate", "desk-neck"], ["routines"], ["schema"]])
def test_standard_output_on_a_full_device_is_one_line_and_exit_1(args: list[str]) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "voiceroutine", *args], stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 1
    assert done.stderr == "voiceroutine: error: cannot write to standard output: No space left on device\n"
