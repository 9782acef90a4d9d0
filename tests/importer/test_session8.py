"""Shapes read since the eighth session of issue 16 (rounds 15 and 16 opened for tuning), each shown by an
article of our own words."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.importer.read import normalize
from voiceroutine.routine.loader import load_routine_text


def _exercises(text: str, name: str = "a.txt") -> list[dict[str, object]]:
    result = import_article(text, name)
    load_routine_text(result.yaml_text, name)
    data = yaml.safe_load(result.yaml_text)
    return [member for item in data["exercises"] for member in (item["exercises"] if "circuit" in item else [item])]


def _by_name(text: str, name: str = "a.txt") -> dict[str, dict[str, object]]:
    return {str(exercise["name"]): exercise for exercise in _exercises(text, name)}


def test_a_keycap_digit_numbers_the_line() -> None:
    assert normalize("1\ufe0f\u20e3 Squats x10") == "1. Squats x10"
    assert normalize("\U0001f51f Plank") == "10. Plank"


KEYCAPS = """Leg day, no kit 🔥

Do 2 rounds, rest 1 min between rounds.

1\ufe0f\u20e3 Squats x15
2\ufe0f\u20e3 Reverse lunges x10 🦵
3\ufe0f\u20e3 Glute bridges x12

Save this for later 📌
"""


def test_keycap_numbered_moves_are_the_exercises() -> None:
    found = _exercises(KEYCAPS)
    assert [(e["name"], e["reps"]) for e in found] == [("Squats", 15), ("Reverse lunges", 10), ("Glute bridges", 12)]


OWN_COUNT = """Shoulder circuit

1. Wall push-ups x10
2. Plank shoulder taps – 20 taps, alternating
3. Arm circles – 15 circles
"""


def test_a_count_of_its_own_movement_after_a_dash_is_the_dose() -> None:
    found = _by_name(OWN_COUNT)
    assert found["Plank shoulder taps"]["reps"] == 20
    assert found["Wall push-ups"]["reps"] == 10
