"""A known exercise's name on a line of its own starts the next exercise, even when the paragraph above it has lost
its full stop (pages copied from the web often drop it). Our own words."""

from __future__ import annotations

from tests.importer.helpers import by_name

_PAGE = """Gentle moves for a stiff lower back, done on a mat.
Cat Camel
Kneel on all fours and round your spine up towards the ceiling, then let it sag slowly towards the mat
Bird Dog
Kneel on all fours and reach one arm forward and the opposite leg back. Hold for 5 seconds. Do 2 sets of 8 repetitions.
Glute Bridge
Lie on your back with your knees bent and lift your hips. Hold for 3 seconds. Do 2 sets of 12 repetitions.
"""


def test_a_name_line_under_a_paragraph_without_its_full_stop_is_the_next_exercise() -> None:
    found = by_name(_PAGE)
    assert list(found) == ["Cat camel", "Bird dog", "Glute bridge"]
    assert "sets" not in found["Cat camel"] and "hold" not in found["Cat camel"]  # no dose of Bird dog's
    assert (found["Bird dog"]["reps"], found["Bird dog"]["sets"], found["Bird dog"]["hold"]) == (8, 2, "5 s")
    assert (found["Glute bridge"]["reps"], found["Glute bridge"]["sets"]) == (12, 2)


def test_a_name_after_a_word_that_leads_on_is_still_the_same_sentence() -> None:
    # "... and then rock back into the" over "Child's Pose": the line carries on into the name, no exercise starts
    page = _PAGE.replace("towards the mat\n", "towards the mat, and after the last one rock back into the\n"
                         "Child's Pose\nStay there for a few breaths. Do the whole movement 6 times.\n")
    found = by_name(page)
    assert list(found) == ["Cat camel", "Bird dog", "Glute bridge"]
    assert found["Cat camel"]["reps"] == 6
