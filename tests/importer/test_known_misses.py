"""The general misses known after round 15 was written (issue 16), each shown by an article of our own words."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.importer.article import spoken_name
from voiceroutine.importer.dose import find_sides
from voiceroutine.routine.loader import load_routine_text


def _exercises(text: str, name: str = "a.txt") -> list[dict[str, object]]:
    result = import_article(text, name)
    load_routine_text(result.yaml_text, name)
    data = yaml.safe_load(result.yaml_text)
    return [member for item in data["exercises"] for member in (item["exercises"] if "circuit" in item else [item])]


def _by_name(text: str, name: str = "a.txt") -> dict[str, dict[str, object]]:
    return {str(exercise["name"]): exercise for exercise in _exercises(text, name)}


HOLDS = """Hip care

1. Hamstring stretch
Lie on your back and lift one leg up. Hold for 30 seconds, then swap legs. Do it twice on each leg.

2. Calf stretch
Lean into a wall with one foot back. Hold 20 seconds, repeat 3 times.

3. Wall sit
Slide down the wall. Hold for 30 seconds. Rest for 15 seconds and repeat twice more.

4. Ankle circles
Trace a circle with your toes. Do this twice.
"""


def test_doing_a_held_exercise_twice_is_two_sets_and_twice_more_is_three() -> None:
    got = _by_name(HOLDS)
    assert got["Hamstring stretch"]["sets"] == 2 and got["Hamstring stretch"]["hold"] == "30 s"
    assert "reps" not in got["Hamstring stretch"]
    # "repeat 3 times" after a hold stays its reps (the documented reading)
    assert got["Calf stretch"]["reps"] == 3 and "sets" not in got["Calf stretch"]
    wall = got["Wall sit"]
    assert (wall["sets"], wall["hold"], wall["set_rest"]) == (3, "30 s", "15 s") and "reps" not in wall
    # with nothing held, "do this twice" is simply its reps, and no guess
    assert got["Ankle circles"]["reps"] == 2 and "sets" not in got["Ankle circles"]
    text = import_article(HOLDS, "a.txt").yaml_text
    assert "sets: 2  # inferred:" in text and "sets: 3  # inferred:" in text
    assert "reps: 2  # inferred" not in text


def test_two_limbs_reaching_forwards_and_backwards_are_no_directions() -> None:
    text = ("Core\n\n1. Bird dog\nOn your hands and knees, reach one arm forwards and the opposite leg backwards. "
            "Return and swap. Complete 10 on each side.\n\n2. Leg swings\nSwing your leg 10 times forwards, then "
            "10 times backwards.\n")
    got = _by_name(text)
    assert got["Bird dog"]["sides"] == ["left", "right"] and got["Bird dog"]["reps"] == 10
    assert got["Leg swings"]["sides"] == ["forward", "backward"]
    assert find_sides("Reach your right arm forwards and your left leg backwards.")[0] is None


def test_a_second_name_in_brackets_is_not_spoken() -> None:
    assert spoken_name("Cobra (Bhujangasana)") == "Cobra"
    assert spoken_name("Balasana (Child's Pose)") == "Child's pose"
    assert spoken_name("Downward Dog / Adho Mukha Svanasana") == "Downward dog"
    assert spoken_name("Side Plank (modified)") == "Side plank"
    text = ("Evening yoga\n\n- Cobra (Bhujangasana): hold for 30 seconds.\n"
            "- Balasana (Child's pose): hold for 1 minute.\n")
    assert list(_by_name(text)) == ["Cobra", "Child's pose"]
