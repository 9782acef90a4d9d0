"""scripts/import_accuracy.py counts the false alarms beside the silent imports: exercises imported right that
carry a warning all the same, the price of the warnings (issue 16). Our own words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "import_accuracy.py"
_ARTICLE = ("# Porch stretches\n\n## Calf lean\n\nLean into the post and hold for 30 seconds.\n\n"
            "## Heel drops (slow\n\nStand on the step and lower your heels, 12 times.\n\n"
            "## Toe taps\n\nTap your toes, 20 times.\n")
_EXPECTED = ("exercises:\n  - name: Calf lean\n    hold: 30 s\n  - name: Heel drops (slow\n    reps: 12\n"
             "  - name: Toe taps\n    reps: {toe_taps}\n")


def _summary(folder: Path, toe_taps: int) -> list[str]:
    folder.mkdir()
    (folder / "porch.md").write_text(_ARTICLE, encoding="utf-8")
    (folder / "porch.expected.yaml").write_text(_EXPECTED.format(toe_taps=toe_taps), encoding="utf-8")
    done = subprocess.run([sys.executable, str(_SCRIPT), str(folder), "--details"], capture_output=True,
                          text=True, check=True)
    lines = done.stdout.splitlines()
    return [line for line in lines if line.startswith(("Exercises found", "Warned though right"))] + [
        line for line in done.stderr.splitlines() if line.startswith("warned though right")]


def test_a_warned_exercise_imported_right_is_a_false_alarm(tmp_path: Path) -> None:
    lines = _summary(tmp_path / "right", toe_taps=20)
    assert lines[0].endswith("wrong or missed without a warning: 0 exercises")
    assert lines[1:] == ["Warned though right: 1 of 3 exercises imported right",
                         "warned though right: porch.md: Heel drops (slow"]


def test_an_exercise_read_wrong_is_not_counted_as_right(tmp_path: Path) -> None:
    lines = _summary(tmp_path / "wrong", toe_taps=15)
    assert lines[0].endswith("wrong or missed without a warning: 1 exercises")
    assert lines[1] == "Warned though right: 1 of 2 exercises imported right"
