"""Rules added after a fourth look at real exercise pages from the web (issue 16's seventeenth session): each on our
own words, never a page's."""

from __future__ import annotations

from tests.importer.helpers import by_name
from voiceroutine.importer.dose import find_mentions, find_sides


def test_repeat_for_both_legs_is_per_side() -> None:
    sides, _ = find_sides("Press the heel into the step and hold for 40 seconds. Repeat for both legs.")
    assert sides is not None and sides.names == ("left", "right")
    sides, _ = find_sides("Raise the band overhead. Do this on both arms.")
    assert sides is not None
    # both hands at once is how it is held, not a side each
    assert find_sides("Hold the bar with both hands and hang for 20 seconds.")[0] is None


def test_a_size_of_timber_is_no_sets_of_reps() -> None:
    kinds = [m.kind.name for m in find_mentions("Stand on a 2 x 4 piece of wood and lower your heels.")]
    assert kinds == []
    kinds = [m.kind.name for m in find_mentions("A 2x4 board under the toes works. Do 2 x 8.")]
    assert kinds == ["SETS", "REPS"] or sorted(kinds) == ["REPS", "SETS"]
    found = by_name("Heel drops\n\nStand with your toes on a 2 x 4 board and let your heels sink. "
                    "Hold for 15 seconds. Repeat 5 times.\n")
    assert found["Heel drops"]["reps"] == 5 and "sets" not in found["Heel drops"]


_HASH_NUMBERED = """Four moves for a strong back

#1 back move - Bird dog

Kneel on all fours. Reach one arm forward and the opposite leg back. Hold for 5 seconds, 8 times on each side.

#2 Superman

Lie face down and lift your arms and legs off the floor. Do 3 sets of 10.

#3 Glute bridge

Lie on your back with your knees bent and lift your hips. Hold for 20 seconds.
"""


def test_hash_numbers_head_exercises_and_are_no_counts() -> None:
    from voiceroutine.importer.ordinal_marks import ordinal_marks

    assert ordinal_marks("#1 core drill - Dead bug\ntext\n#2 Side plank\n") == "1. Dead bug\ntext\n2. Side plank\n"
    assert ordinal_marks("#1 Dead bug\ntext\n") == "#1 Dead bug\ntext\n"  # one alone: no run
    found = by_name(_HASH_NUMBERED)
    assert list(found) == ["Bird dog", "Superman", "Glute bridge"]
    assert found["Glute bridge"]["hold"] == "20 s" and "reps" not in found["Glute bridge"]
    assert found["Superman"]["sets"] == 3 and found["Superman"]["reps"] == 10
