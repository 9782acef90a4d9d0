"""Rules added after a third look at real exercise pages from the web (issue 16's sixteenth session): each on our
own words, never a page's."""

from __future__ import annotations

from tests.importer.helpers import by_name
from voiceroutine.importer.step_fragments import is_step_fragment

_STEPS_UNDER_HEADINGS = """Kitchen-chair routine

Seated march

1. Sit near the front of a sturdy chair.
2. Lift one knee, then the other, as if marching.
3. Keep going for 2 minutes.

Chair squeeze

1. Put a cushion between your knees.
2. Squeeze the cushion and hold for 6 seconds.
3. Repeat 10 times.
"""


def test_a_bare_verb_before_a_dose_is_a_step_not_a_name() -> None:
    assert is_step_fragment("Repeat") and is_step_fragment("Keep going") and is_step_fragment("Do this")
    assert is_step_fragment("Squeeze the cushion and hold for") and is_step_fragment("Squeeze the cushion and")
    assert not is_step_fragment("March on the spot") and not is_step_fragment("Chair squeeze")


def test_numbered_steps_with_doses_stay_under_their_heading() -> None:
    found = by_name(_STEPS_UNDER_HEADINGS)
    assert list(found) == ["Seated march", "Chair squeeze"]
    assert found["Seated march"]["duration"] == "2 minutes"
    assert found["Chair squeeze"]["hold"] == "6 s" and found["Chair squeeze"]["reps"] == 10
