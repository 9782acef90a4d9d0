"""Rules added after a look at real workout and training-plan pages from the web (issue 16, 8 December 2026): each
on our own words, never a page's."""

from __future__ import annotations

from tests.importer.helpers import by_name, by_name_and_text, exercises

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


_CORE_LIST = """Ten minutes for the middle

Core set
- 12 dead bugs, followed by 8 slow push-ups
- 45-second plank
- 12 dead bugs, 8 slow push-ups
- 30-second plank
- 20 mountain climbers + 10 squats
- 30-second hollow hold
"""


def test_a_timed_item_with_a_hyphen_is_a_move_of_its_own() -> None:
    found = exercises(_CORE_LIST)
    names = [str(exercise["name"]) for exercise in found]
    assert names == ["Dead bugs", "Slow push-ups", "Plank", "Dead bugs 2", "Slow push-ups 2", "Plank 2",
                     "Mountain climbers", "Squats", "Hollow hold"]
    assert [exercise.get("hold") for exercise in found if "Plank" in str(exercise["name"])] == ["45 s", "30 s"]
    assert all("hold" not in exercise for exercise in found if "Dead bugs" in str(exercise["name"]))
    assert found[1]["reps"] == 8 and found[7]["reps"] == 10


def test_an_item_that_counts_two_moves_is_two_items() -> None:
    from voiceroutine.importer.paired_items import split_pair

    assert split_pair("10 lunges (each leg), followed by 10 push-ups") == ("10 lunges (each leg)", "10 push-ups")
    assert split_pair("8 pull ups + 20 double unders") == ("8 pull ups", "20 double unders")
    # one move and its dose, or a move and an aside: one item
    assert split_pair("12 lunges, 8 each side") is None
    assert split_pair("20 bicycle crunches (20 per side)") is None
    assert split_pair("30 seconds plank, 10 squats") is None


_PAIRS = """Arms and shoulders pairing

4 pairs, 3 rounds total

Pair 1:

12 Close Grip Push Ups - keep your elbows tucked in by your ribs as you lower.  Press back up without letting your
hips sag.

16 Front Raises - hold a light weight in each hand and lift your straight arms to shoulder height.  Lower slowly.

Pair 2:

1 Minute High Knees - run on the spot driving each knee up to hip height.  Keep going for the whole minute.

20 Upright Rows (each side) - hold one weight and pull it up to your chin, elbow leading.  Lower it under control.
"""


def test_a_count_before_a_name_over_how_is_its_dose() -> None:
    found, text = by_name_and_text(_PAIRS)
    assert list(found) == ["Close grip push ups", "Front raises", "High knees", "Upright rows"]
    assert found["Close grip push ups"]["reps"] == 12 and found["Front raises"]["reps"] == 16
    assert found["High knees"]["duration"] == "1 minute"
    assert found["Upright rows"]["reps"] == 20 and found["Upright rows"]["sides"] == ["left", "right"]
    assert "rounds: 3" in text
    assert found["Front raises"]["steps"][0].startswith("Hold a light weight")  # no dose left at its start


def test_numbers_that_run_one_two_three_stay_numbers() -> None:
    found = by_name("Three moves\n\n1 Bridge - lie on your back and lift your hips. Hold for 5 seconds.\n\n"
                    "2 Clam - lie on your side and open your knees. Do 10.\n\n3 Plank - hold for 20 seconds.\n")
    assert list(found) == ["Bridge", "Clam", "Plank"]
    assert "reps" not in found["Bridge"] and found["Bridge"]["hold"] == "5 s"


_LABELLED_HOW = """Quick sweat at home

Workout Overview

  • Duration: 16 minutes
  • Rounds: 3
  • Format: 30 seconds work, 15 seconds rest

The Workout

1. Squat Jumps

How to do it: Stand tall. Drop into a squat, then jump straight up. Land softly.

Modification: Do plain squats.

2. Skaters

How to do it: Leap sideways from one foot to the other, swinging your arms.

Modification: Step instead of leaping.

3. Plank Jacks

How to do it: Hold a high plank and jump your feet wide and back together.
"""


def test_instructions_after_a_label_make_a_numbered_name_an_exercise() -> None:
    found = by_name(_LABELLED_HOW.replace("  • Rounds: 3\n", ""))
    assert list(found) == ["Squat jumps", "Skaters", "Plank jacks"]


def test_a_rounds_field_above_the_moves_is_the_routines_rounds() -> None:
    from voiceroutine.importer.rounds import bare_rounds

    assert bare_rounds("Rounds: 4") == (4, "Rounds: 4")
    assert bare_rounds("Rounds: 40") is None
    found, text = by_name_and_text(_LABELLED_HOW)
    assert list(found) == ["Squat jumps", "Skaters", "Plank jacks"]
    assert "rounds: 3" in text and "work: 30 s" in text and "rest: 15 s" in text
    assert all("reps" not in exercise and "hold" not in exercise for exercise in found.values())


def test_a_ladder_of_counts_is_its_first_count_marked() -> None:
    from voiceroutine.importer.dose import find_mentions

    said = find_mentions("15, 12, 9, 6, 3 reps")
    assert [(m.kind.name, m.amount.low) for m in said] == [("REPS", 15)]
    assert said[0].amount.note is not None and "different count each round" in said[0].amount.note
    assert find_mentions("Do 10-12 reps")[0].amount.note is None  # a range, not a ladder
    found, text = by_name_and_text("Ladder day\n\n1 – Lunges\n15, 12, 9, 6, 3 reps\n- Step forward and lower.\n\n"
                                   "2 – Sit-ups\n15, 12, 9, 6, 3 reps\n- Curl up and lower.\n")
    assert found["Lunges"]["reps"] == 15 and found["Sit-ups"]["reps"] == 15
    assert text.count("different count each round") >= 2


def test_a_weight_under_each_hand_is_no_side_each() -> None:
    from voiceroutine.importer.dose import find_sides

    assert find_sides("Set up in a plank with a dumbbell under each hand.")[0] is None
    sides = find_sides("Press the ball 10 times on each hand.")[0]
    assert sides is not None and sides.names == ("left", "right")


_DRILLS = """Track drills before the session

1. Walking lunges

Lunge forward along the line, then walk back to the start. Do 8 on each leg.

2. Side shuffles

Shuffle sideways along the line, then shuffle back facing the same way. Do 3 lengths.

3. Bounding

Much like a skip, but each stride is long and springy, with the arms driving hard.

4. Skips

Skip along the line lifting each knee high. Do 3 lengths.
"""


def test_a_numbered_move_told_in_words_no_rule_reads_is_kept_and_warned() -> None:
    found, text = by_name_and_text(_DRILLS)
    assert list(found) == ["Walking lunges", "Side shuffles", "Bounding", "Skips"]
    assert found["Walking lunges"]["reps"] == 8
    assert "no dose found" in text.split("name: Bounding")[1].split("name: Skips")[0]
