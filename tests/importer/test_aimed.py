"""A note that names one exercise ("For number 3, hold for 10 seconds instead", "except the calf stretch: 45
seconds") gives that exercise its dose, in place of its own, with a warning quoting it; the others keep theirs."""

from __future__ import annotations

import pytest

from tests.importer.helpers import by_name_and_text as _by_name
from voiceroutine.importer.aimed import find_aimed

DESK = """Desk stretches

1. Neck tilt
Tilt your ear towards your shoulder. Hold for 20 seconds.

2. Shoulder rolls
Roll your shoulders backwards. 10 reps.

3. Chest opener
Clasp your hands behind you and lift them. Hold for 20 seconds.

For number 3, hold for 10 seconds instead.
"""


def test_a_note_below_the_last_exercise_naming_number_3_is_number_3_s_dose_not_an_extra() -> None:
    got, text = _by_name(DESK)
    assert got["Chest opener"]["hold"] == "10 s"
    assert got["Neck tilt"]["hold"] == "20 s" and got["Shoulder rolls"]["reps"] == 10
    assert "a note outside it names it, and its dose is used in place of the exercise's own" in text
    assert 'a note names it by number: "For number 3' in text
    assert "several hold values" not in text


POST_RUN = """Post-run stretches

Hold each stretch for 30 seconds, except the calf stretch: 45 seconds.

- Quad stretch
- Hamstring stretch
- Calf stretch
- Hip flexor stretch
"""


def test_except_one_named_exercise_the_dose_before_it_is_for_the_others() -> None:
    got, _ = _by_name(POST_RUN)
    assert list(got) == ["Quad stretch", "Hamstring stretch", "Calf stretch", "Hip flexor stretch"]
    assert [got[name]["hold"] for name in got] == ["30 s", "30 s", "45 s", "30 s"]


LEG_DAY = """# Leg day

## Squats
Stand with your feet apart and sit back. 3 sets of 12 reps.

## Lunges
Step forward and lower your back knee. 3 sets of 10 reps each leg.

## Wall sit
Slide down the wall until your knees are bent. Hold for 30 seconds.

For the lunges, do 8 reps instead if you are new to them.
"""


def test_a_note_leading_with_an_exercise_s_name_changes_that_one_s_reps() -> None:
    got, _ = _by_name(LEG_DAY, "a.md")
    assert got["Lunges"]["reps"] == 8 and got["Lunges"]["sets"] == 3
    assert got["Wall sit"]["hold"] == "30 s" and "reps" not in got["Wall sit"]
    assert got["Squats"]["reps"] == 12


@pytest.mark.parametrize(
    "sentence",
    ["Repeat steps 1 to 3 five times.", "Do the chest opener twice as often.", "Rest 30 seconds after the last one.",
     "Number 3 is the hardest one."],
)
def test_sentences_that_aim_no_dose_at_one_exercise(sentence: str) -> None:
    assert find_aimed(sentence, ["Neck tilt", "Shoulder rolls", "Chest opener"]) is None
