"""Rules added after a sixth look at real exercise pages from the web (issue 16, 8 December 2026): each on our own
words, never a page's."""

from __future__ import annotations

from tests.importer.helpers import by_name

_PROGRAM_UNDER_MENU = """Skip to content
Therapist Sam Lee
Revised 4-3-26
1Wall Press
2 sets of 12 reps
  • Face a wall with your hands flat on it.
  • Bend your elbows and lean in, then push back.
2Calf Lift
3 sets of 15 reps
  • Stand tall by a chair.
  • Rise onto your toes and lower slowly.
"""


def test_a_program_right_under_the_skip_link_is_no_menu() -> None:
    found = by_name(_PROGRAM_UNDER_MENU)
    assert list(found) == ["Wall press", "Calf lift"]
    assert found["Wall press"]["sets"] == 2 and found["Wall press"]["reps"] == 12
    assert "Therapist sam lee" not in found


_COUNTED = """Three moves for a stiff back

1) Lie on your front. Raise one arm off the mat, and count to 4. Lower it. Repeat 8 times.
2) Kneel on all fours and push your back up. Count to 6, then let it sag. Repeat 5 times.
3) Side leg lift: lie on your side and keep the top leg raised for a slow count of 7. Repeat 10 times.
"""


def test_a_count_to_n_or_a_slow_count_after_a_position_is_a_hold() -> None:
    found = list(by_name(_COUNTED).values())
    assert [exercise.get("hold") for exercise in found] == ["4 s", "6 s", "7 s"]
    assert [exercise.get("reps") for exercise in found] == [8, 5, 10]


def test_a_count_of_a_breath_is_no_hold() -> None:
    from voiceroutine.importer.counted_holds import counted_holds

    assert "hold" not in counted_holds("breathe in slowly, and count to 4.")
    assert "hold" not in counted_holds("inhale for a count of 4, then exhale for a count of 6.")
    assert counted_holds("hold it for a count of 5.") == "hold it for a count of 5."


_SAME_INSTRUCTIONS = """(1) HEAD TURN
Sit up straight. Turn your head to the right until you feel a gentle pull. Hold for 8 seconds and face forward again.
Turn the head to the left and follow the same instructions.
(2) EAR TO SHOULDER
Let your ear drop towards the right shoulder and hold for 12 seconds, come back to the middle and follow the same
steps on the left. Repeat 4 times.
(3) CHIN DROP
Lower your chin to your chest. Return to the upright position after 6 seconds. Repeat 8 times.
"""


def test_the_same_instructions_on_the_other_side_and_a_return_after_a_time() -> None:
    found = by_name(_SAME_INSTRUCTIONS)
    assert found["Head turn"]["sides"] == ["right", "left"] and found["Head turn"]["hold"] == "8 s"
    assert "sides" in found["Ear to shoulder"] and found["Ear to shoulder"]["reps"] == 4
    assert found["Chin drop"]["hold"] == "6 s" and found["Chin drop"]["reps"] == 8
    assert "sides" not in found["Chin drop"]


_HOW_OFTEN = """Two moves for a sore hip

Clam shell

Lie on your side with your knees bent and open the top knee like a book. Do 12 to 15 reps per set, 2 to 4 sets per
day.

Foam roller release

Rest the side of your thigh on a roller and let it sink in. Stay there for 1-2 minutes. You can do this 2-3 times a
day, or several times a day when it is sore.
"""


def test_sets_a_day_are_sets_and_times_a_day_are_no_reps() -> None:
    found = by_name(_HOW_OFTEN)
    assert found["Clam shell"]["sets"] == "2-4" and found["Clam shell"]["reps"] == "12-15"
    assert found["Foam roller release"]["hold"] == "1-2 minutes"
    assert "reps" not in found["Foam roller release"]
