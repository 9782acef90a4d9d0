"""Rules added after a look at real workout and training-plan pages from the web (issue 16, 8 December 2026): each
on our own words, never a page's."""

from __future__ import annotations

from tests.importer.helpers import by_name, by_name_and_text

_BAND_MOVES = """A few moves for a light band.

1. Band Squats. Put both feet on the band. Sink into a squat and come back up. Do 2 sets of 12 repetitions.

2. Chest Press. Loop the band behind your back. Push both hands forward. Repeat 10 times.

3. Bicep Curls. Stand on the middle of the band. Curl your hands up to your shoulders and lower them.

4. Overhead Extensions. Hold the band above your head. Straighten your elbows and bend them again.
"""


def test_a_named_numbered_paragraph_without_a_dose_is_kept_and_warned() -> None:
    found, text = by_name_and_text(_BAND_MOVES)
    assert list(found) == ["Band squats", "Chest press", "Bicep curls", "Overhead extensions"]
    assert found["Band squats"]["sets"] == 2 and found["Band squats"]["reps"] == 12
    assert found["Chest press"]["reps"] == 10
    assert text.count("no dose found") == 2


def test_reps_of_a_count_are_sets_of_it() -> None:
    from voiceroutine.importer.dose import find_mentions

    said = [(m.kind.name, m.amount.low, m.amount.high) for m in find_mentions("Do two to three reps of 12 skips.")]
    assert said == [("SETS", 2, 3), ("REPS", 12, 12)]
    # a hold's time, a distance and a load are no count of reps
    assert [m.kind.name for m in find_mentions("Do 10 reps of 5 seconds.")] == ["REPS", "TIMED"]
    assert [m.kind.name for m in find_mentions("Do 2 reps of 20 metres.")] == ["REPS"]
    assert [m.kind.name for m in find_mentions("Do 5 reps of 70% effort.")] == ["REPS"]
    found = by_name("Track drills\n\nQuick feet\n\nRun on the spot with tiny steps. Do 2 reps of 20 steps on each "
                    "foot.\n\nSkips\n\nSkip forward lifting the knee. Do three reps of 10 skips.\n")
    assert found["Quick feet"]["sets"] == 2 and found["Quick feet"]["reps"] == 20
    assert found["Quick feet"]["sides"] == ["left", "right"]
    assert found["Skips"]["sets"] == 3 and found["Skips"]["reps"] == 10


_TIMED_LIST = """Half-hour session

  • Rowing - 8 minutes
  • Rest - 2 minutes
  • Squats - 2 minutes
  • 30 Seconds Rest
  • Crunches - 1 minute
"""

_COUNTED_LIST = """Beginner pairing

  • 12 Lunges
  • 45 Seconds Rest
  • 12 Shoulder Presses
  • (No Rest)
  • 10 Squats
"""


def test_rest_lines_in_a_list_are_the_rest_after_the_move_above() -> None:
    from voiceroutine.importer.rest_items import rest_said

    assert rest_said("Rest - 1 minute") == "Rest 1 minute before the next exercise."
    assert rest_said("30 Seconds Rest") == "Rest 30 seconds before the next exercise."
    assert rest_said("(No Rest)") == ""
    assert rest_said("Rest your hands on your hips") is None
    found = by_name(_TIMED_LIST)
    assert list(found) == ["Rowing", "Squats", "Crunches"]
    assert found["Rowing"]["rest"] == "2 minutes" and found["Squats"]["rest"] == "30 s"
    found = by_name(_COUNTED_LIST)
    assert list(found) == ["Lunges", "Shoulder presses", "Squats"]
    assert found["Lunges"]["rest"] == "45 s" and "rep_rest" not in found["Lunges"]
    assert "rest" not in found["Shoulder presses"]


def test_a_rounds_item_atop_a_list_is_its_rounds() -> None:
    found, text = by_name_and_text("Swing circuit\n\n  • 4 rounds\n  • 12 kettlebell swings\n  • 8 goblet squats\n"
                                   "  • 10 push-ups\n")
    assert list(found) == ["Kettlebell swings", "Goblet squats", "Push-ups"]
    assert found["Goblet squats"]["reps"] == 8 and "sets" not in found["Goblet squats"]
    assert "rounds: 4" in text
