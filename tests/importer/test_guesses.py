"""The misses of blind round 13, each from a sentence of our own, and the rule that a guess is marked or warned."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.importer.dose import find_sides
from voiceroutine.routine.loader import load_routine_text


def _exercises(text: str, name: str = "a.txt") -> list[dict[str, object]]:
    result = import_article(text, name)
    load_routine_text(result.yaml_text, name)
    data = yaml.safe_load(result.yaml_text)
    items = data["exercises"]
    return [member for item in items for member in (item["exercises"] if "circuit" in item else [item])]


def _warnings(text: str, name: str = "a.txt") -> dict[str, tuple[str, ...]]:
    return {exercise.name: exercise.warnings for exercise in import_article(text, name).exercises}


def test_a_moving_name_with_a_bare_time_is_a_duration() -> None:
    text = "Morning\n\n- Jog on the spot - 2 minutes\n- Wall sit - 40 seconds\n- Arm swings (30 sec)\n"
    got = {e["name"]: e for e in _exercises(text)}
    assert got["Jog on the spot"].get("duration") == "2 minutes" and "hold" not in got["Jog on the spot"]
    assert got["Wall sit"].get("hold") == "40 s" and "duration" not in got["Wall sit"]
    assert got["Arm swings"].get("duration") == "30 s"  # a movement repeated for a time


def test_a_bare_time_on_a_name_that_says_neither_is_a_hold_with_a_warning() -> None:
    text = "Shoulder\n\n- Pendulum - 1 minute\n- Plank - 30 seconds\n"
    warned = _warnings(text)
    assert any("held still or done moving" in w for w in warned["Pendulum"])
    assert warned["Plank"] == ()
    assert _exercises(text)[0].get("hold") == "1 minute"


def test_keep_it_up_for_a_time_is_moving_not_holding() -> None:
    text = ("Warm-up\n\n1. Skipping\nSkip lightly with both feet.\nKeep it up for 45 seconds.\n\n"
            "2. Plank\nHold for 20 seconds.\n")
    first = _exercises(text)[0]
    assert first.get("duration") == "45 s" and "hold" not in first


def test_then_the_other_direction_in_its_own_clause_keeps_the_sides() -> None:
    text = ("Desk break\n\nCircle your wrists inwards 8 times, then outwards 8 times. After that, "
            "turn your head backwards 5 times, then forwards 5 times. Next, hold a calf stretch for 20 seconds.\n")
    assert find_sides("Turn your head backwards 5 times. Forwards 5 times.")[0].names == ("backward", "forward")
    got = _exercises(text)
    head = next(e for e in got if e.get("sides") == ["backward", "forward"])
    assert head["reps"] == 5


def test_a_count_of_the_movement_the_name_names_is_reps_with_a_hold_each() -> None:
    text = ("Hands\n\n- **Fist clenches** - 12 clenches, hold each one for 3 seconds.\n"
            "- **Finger spreads** - spread wide 8 times.\n")
    first = _exercises(text)[0]
    assert first["name"] == "Fist clenches"
    assert first["reps"] == 12 and first["hold"] == "3 s"


def test_a_body_part_counted_is_no_rep() -> None:
    text = ("Calm\n\nSit tall and breathe slowly with one hand on your chest for 3 minutes. "
            "Then march on the spot for 1 minute.\n")
    got = _exercises(text)
    assert got[0].get("duration") == "3 minutes"
    assert got[0]["name"].startswith("Breathe slowly")


def test_each_leg_in_turn_is_per_side() -> None:
    assert find_sides("Kick forwards with each leg in turn.")[0] is not None
    assert find_sides("Lift each arm in turn 10 times.")[0] is not None
    # a hand that presses is no side; repeating with it is
    assert find_sides("Press your knee down with the other hand.")[0] is None
    assert find_sides("Repeat with the other hand.")[0] is not None


def test_a_note_after_a_table_is_no_part_of_its_last_row_and_its_sides_go_to_the_rows_it_names() -> None:
    text = ("Knee plan\n\n| Exercise | Sets | Reps |\n|---|---|---|\n| Step-up | 3 | 10 |\n| Heel slide | 2 | 15 |\n"
            "| Quad set | 3 | 10 |\n\nDo the step-up on both sides. Rest 90 seconds between exercises.\n")
    got = {e["name"]: e for e in _exercises(text, "a.md")}
    assert got["Step-up"]["sides"] == ["left", "right"]
    assert "sides" not in got["Quad set"] and "rest" not in got["Quad set"]
    assert got["Quad set"]["reps"] == 10 and got["Quad set"]["sets"] == 3
    written = import_article(text, "a.md").yaml_text
    assert '# inferred: from a note that names it: "Do the step-up on both sides."' in written


def test_a_note_with_a_dose_for_a_named_exercise_is_warned_on_it() -> None:
    text = ("Plan\n\nExercise\tSets\tReps\nBird dog\t3\t8\nDead bug\t3\t10\n\n"
            "Hold the bird dog for 3 seconds at the top.\n")
    warned = _warnings(text)
    assert any("a note outside it names it" in w and "bird dog for 3 seconds" in w for w in warned["Bird dog"])
    assert warned["Dead bug"] == ()


def test_a_name_made_from_running_prose_is_marked_inferred() -> None:
    text = ("Evening\n\nSit on the bed and hold a seated twist for 30 seconds. "
            "Then lie down and hug your knees for 1 minute.\n")
    result = import_article(text, "a.txt")
    assert [e.name for e in result.exercises] == ["Seated twist", "Hug your knees"]
    assert all(e.name_note for e in result.exercises)
    assert "Confidence: high" not in result.confidence
