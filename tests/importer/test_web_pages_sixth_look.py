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
