"""The project's reference article imports to the same five exercises and doses as the built-in upper-back routine."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.importer import import_article
from voiceroutine.routine.loader import load_routine, load_routine_text
from voiceroutine.routine.model import Flow, Hold, Reps

from .conftest import REFERENCE


@pytest.fixture
def imported():  # type: ignore[no-untyped-def]
    if not REFERENCE.exists():
        pytest.skip(f"reference article not found at {REFERENCE} (it lives in the project's shared folder)")
    result = import_article(REFERENCE.read_text(encoding="utf-8"), REFERENCE.name)
    return load_routine_text(result.yaml_text, REFERENCE.name)


def test_same_five_exercises_as_the_builtin(imported) -> None:  # type: ignore[no-untyped-def]
    builtin = load_routine("upper-back")
    assert len(imported.exercises) == len(builtin.exercises) == 5
    for got, want in zip(imported.exercises, builtin.exercises, strict=True):
        # the article says "Cat-Cow Stretch" where the built-in says "Cat-cow"
        assert got.name.lower().startswith(want.name.lower()), (got.name, want.name)


def test_same_reps_holds_and_durations(imported) -> None:  # type: ignore[no-untyped-def]
    builtin = load_routine("upper-back")
    for got, want in zip(imported.exercises, builtin.exercises, strict=True):
        assert type(got.dose) is type(want.dose), got.name
        assert got.sets == want.sets and got.sides == want.sides
        if isinstance(want.dose, Reps):
            assert isinstance(got.dose, Reps)
            assert (got.dose.count, got.dose.hold_ms) == (want.dose.count, want.dose.hold_ms)
        elif isinstance(want.dose, Flow):
            assert isinstance(got.dose, Flow)
            assert got.dose.duration_ms == want.dose.duration_ms
            assert [p.text.split()[0] for p in got.dose.phases] == ["Inhale", "Exhale"]
        else:
            assert isinstance(got.dose, Hold) and isinstance(want.dose, Hold)
            assert got.dose.duration_ms == want.dose.duration_ms


def test_site_chrome_and_rationale_are_left_out(imported) -> None:  # type: ignore[no-untyped-def]
    spoken = " ".join(step for exercise in imported.exercises for step in exercise.steps)
    for chrome in ("Leave a Reply", "Registration", "knbbs", "Conclusion", "politics", "helps to", "great way"):
        assert chrome not in spoken
    assert imported.exercises[0].steps == (
        "Sit up straight with your shoulders relaxed.",
        "Keep your eyes facing forward and gently pull your chin back.",
    )


def test_article_to_timeline_in_two_commands(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`import` then `show`: the imported routine times out like the built-in one (names aside)."""
    if not REFERENCE.exists():
        pytest.skip(f"reference article not found at {REFERENCE}")
    runner = CliRunner()
    out = tmp_path / "upper-back.yaml"
    assert runner.invoke(app, ["import", str(REFERENCE), "-o", str(out)]).exit_code == 0
    shown = runner.invoke(app, ["show", str(out), "--json"])
    builtin = runner.invoke(app, ["show", "upper-back", "--json"])
    assert shown.exit_code == 0 and builtin.exit_code == 0, shown.output
    mine = [{k: v for k, v in e.items() if k != "name"} for e in json.loads(shown.stdout)["exercises"]]
    theirs = [{k: v for k, v in e.items() if k != "name"} for e in json.loads(builtin.stdout)["exercises"]]
    assert mine == theirs
