"""The routine text: scalars that read back exactly, comments on inferred values, warnings."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from voiceroutine.errors import ArticleError
from voiceroutine.importer import import_article
from voiceroutine.importer.writer import Field, ImportedExercise, scalar, write_routine
from voiceroutine.routine.loader import load_routine_text
from voiceroutine.routine.model import Flow


@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))
def test_any_text_reads_back_exactly(text: str) -> None:
    assert yaml.safe_load(f"key: {scalar(text)}\n") == {"key": text}
    assert yaml.safe_load(f"key: [{scalar(text, in_flow=True)}, x]\n") == {"key": [text, "x"]}


@pytest.mark.parametrize(
    "text", ["yes", "No", "null", "~", "10", "1.5", "12:30", "2024-01-01", "- dash", "a: b", "a #b", "#c",
             "Child's pose", "[list]", "{map}", "@at", "`tick`", "trailing ", "\"quoted\"", "Hold: 5 s",
             "Sit tall, then relax.", "0?", "Ready? Go"],
)
def test_tricky_scalars(text: str) -> None:
    assert yaml.safe_load(f"key: {scalar(text)}\n") == {"key": text}
    assert yaml.safe_load(f"key: [{scalar(text, in_flow=True)}, x]\n") == {"key": [text, "x"]}


def test_plain_words_stay_unquoted() -> None:
    assert scalar("Chin tuck") == "Chin tuck"
    assert scalar("8-12") == "8-12"
    assert scalar("1-2 minutes") == "1-2 minutes"


def test_inferred_values_and_warnings_are_comments() -> None:
    exercise = ImportedExercise(
        "Plank", ("Lie face down.",), (Field("hold", "60 s", "at least 60 seconds"), Field("sides", ("left", "right"))),
        ("the text gives several hold values",), None)
    text = write_routine("Core", "core.txt", [exercise])
    assert "    hold: 60 s  # inferred: at least 60 seconds\n" in text
    assert "    # warning: the text gives several hold values\n" in text
    assert yaml.safe_load(text)["exercises"][0] == {
        "name": "Plank", "steps": ["Lie face down."], "hold": "60 s", "sides": ["left", "right"]}


ARTICLE = """Quick Mobility

1. Shoulder Rolls
Roll your shoulders slowly. Do a few reps.

2. Forward Fold
Hinge at your hips and let your arms hang. Stay for at least 60 seconds.

3. Seated Breathing
Sit tall. Inhale and lift your chest. Exhale and soften your shoulders. Continue for 4-6 breaths.

4. Wrist Circles
Circle your wrists, alternating directions.

5. Knee Rocks
Lie on your back. Rock both knees side to side, alternating sides. Repeat 10 times.
"""


def test_import_marks_what_it_guessed() -> None:
    result = import_article(ARTICLE, "quick.txt")
    text = result.yaml_text
    routine = load_routine_text(text, "quick.txt")
    assert [e.name for e in routine.exercises] == [
        "Shoulder rolls", "Forward fold", "Seated breathing", "Wrist circles", "Knee rocks"]
    assert "reps: 3-5  # inferred: \"a few\" taken as 3-5" in text
    assert "hold: 1 minute  # inferred: at least 60 seconds, taken as the least" in text
    # a breathing flow: 4-6 breaths of an 8 s cycle (inhale 4 s + exhale 4 s)
    assert "duration: 32-48 s  # inferred: 4-6 breaths at about 8 s each" in text
    assert "flow:  # inferred: 4 s per breath phase" in text
    assert "    # warning: no dose found: 10 reps were assumed" in text
    assert "    # warning: alternates sides within each set: written as plain reps" in text
    assert result.rows[3].notes.startswith("inferred reps")
    assert any("Wrist circles: no dose found" in warning for warning in result.warnings)


def test_unnamed_exercises_get_a_name_from_their_first_movement() -> None:
    text = "1. Lie on your back with your knees bent. Lift your hips off the floor and hold for 5 seconds. Do 10.\n\n" \
           "2. Sit on a chair. Straighten one knee until your leg is level, then lower it. Repeat 12 times.\n"
    result = import_article(text, "prose.txt")
    assert [e.name for e in result.exercises] == ["Lift your hips", "Straighten one knee"]
    assert all(e.name_note for e in result.exercises)
    note = "# inferred: the article gives no name; made from its instructions"
    assert f"  - name: Lift your hips  {note}" in result.yaml_text


def test_same_name_twice_is_numbered() -> None:
    text = "## Plank\nHold for 20 seconds.\n\n## Plank\nHold for 40 seconds.\n"
    assert [e.name for e in import_article(text, "x.md").exercises] == ["Plank", "Plank 2"]


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n", "Just an essay about why backs hurt. Nothing to do here.",
     "<html><body><nav>Home</nav></body></html>"],
)
def test_nothing_recognisable_is_an_article_error(text: str) -> None:
    with pytest.raises(ArticleError, match="no exercises found"):
        import_article(text, "essay.txt")


def test_breathing_phases_with_their_own_times_make_a_flow() -> None:
    text = ("## Box breathing\n\nSit tall. Breathe in for 4 seconds, hold for 4 seconds, breathe out for 6 seconds "
            "and hold again for 2 seconds. Repeat for 2 minutes.\n")
    routine = load_routine_text(import_article(text, "box.md").yaml_text, "box.md")
    (exercise,) = routine.exercises
    assert isinstance(exercise.dose, Flow)
    assert [(p.text, p.duration_ms.low) for p in exercise.dose.phases] == [
        ("Breathe in", 4000), ("Hold", 4000), ("Breathe out", 6000), ("Hold again", 2000)]
    assert exercise.dose.duration_ms.low == 120_000
    assert "# inferred:" not in import_article(text, "box.md").yaml_text
