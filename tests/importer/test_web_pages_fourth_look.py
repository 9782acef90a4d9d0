"""Rules added after a fourth look at real exercise pages from the web (issue 16's seventeenth session): each on our
own words, never a page's."""

from __future__ import annotations

from tests.importer.helpers import by_name, exercises, imported
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


_CODED = """Garden circuit

The B circuit

B1 – Walking lunge – 45 seconds

B2 – Push-ups – 30 seconds

B3 – Burpees – 10 reps

60 seconds rest

Repeat three times.
"""


def test_coded_moves_between_dashes_are_named_and_their_repeat_is_rounds() -> None:
    found, yaml_text = imported(_CODED)
    assert [exercise["name"] for exercise in found] == ["Walking lunge", "Push-ups", "Burpees"]
    assert found[2]["reps"] == 10 and "rounds: 3" in yaml_text


_WHAT_YOU_DO = """Band arm session

What You'll Need: one light band.
What You'll Do: go through each pair 3 times before the next pair.

Pair 1: Shoulders

Front raises - stand on the band and lift both hands to shoulder height for 12 reps.

Band rows - pull the band to your hips for 15 reps.
"""


def test_what_you_will_do_is_a_label_not_an_exercise() -> None:
    names = [exercise["name"] for exercise in exercises(_WHAT_YOU_DO)]
    assert "What you'll do" not in names and "Front raises" in names


_COLON_LEAD = """Morning stretches

Start with a hamstring stretch: lie on your back and lift one leg, holding the back of the thigh. Hold for 20
seconds; then, switch legs.

Then, move on to a child's pose, holding for 40 seconds. Next, try a hip flexor stretch on the floor: Kneel on one
knee with the other foot in front. Push your hips forward gently. Hold for 25 seconds and switch sides.
"""


def test_a_stretch_led_in_by_a_colon_takes_the_dose_after_it() -> None:
    from voiceroutine.importer.colon_leads import colon_lead_name

    assert colon_lead_name("Next, try a hip flexor stretch on the floor: kneel down.") == "hip flexor stretch"
    assert colon_lead_name("Try this: kneel down.") is None
    found = by_name(_COLON_LEAD)
    assert list(found) == ["Hamstring stretch", "Child's pose", "Hip flexor stretch"]
    assert "sides" not in found["Child's pose"] and found["Child's pose"]["hold"] == "40 s"
    assert found["Hip flexor stretch"]["hold"] == "25 s" and found["Hip flexor stretch"]["sides"] == ["left", "right"]


def test_a_hyphened_count_per_side_is_reps() -> None:
    assert [(m.kind.name, m.amount.low) for m in find_mentions("Start at eight-time per side.")] == [("REPS", 8)]
    assert find_mentions("A one-time check is enough.") == []


def test_the_same_way_as_the_first_side_is_per_side() -> None:
    sides, _ = find_sides("Raise your left arm and hold it. Then raise your right arm the same way you did with your "
                          "left.")
    assert sides is not None and sides.names == ("left", "right")
    assert find_sides("Do it the same way every day.")[0] is None


def test_times_with_a_rest_between_sets_are_sets() -> None:
    said = [(m.kind.name, m.amount.low) for m in find_mentions("Hold the side plank for 90 seconds 3 times, with a "
                                                                "1:00 rest between sets.")]
    assert ("SETS", 3) in said and ("REPS", 3) not in said
    assert [(m.kind.name, m.amount.low) for m in find_mentions("Do it 3 times.")] == [("REPS", 3)]


_SEVERAL_UNNAMED = """Heel pain stretches

Do these every morning. Each stretch should be held for 20 seconds.

While sitting on the bed, loop a belt around the ball of your foot. Lie back and draw the foot toward you.

In a seated position, rest one ankle on the other knee. Pull the toes back with your hand.

Stand facing the kitchen counter with one foot behind the other. Lean in until the back calf feels tight.

Keep the back knee soft and lean in again. Feel it lower down the calf.
"""


def test_one_exercise_read_from_a_page_of_several_is_warned() -> None:
    found, yaml_text = imported(_SEVERAL_UNNAMED)
    assert len(found) == 1 and "but one exercise was read" in yaml_text


_PICTURE_CAPTIONS = """Toe care

Hold each stretch for 25 seconds, twice. Left: Stand as pictured with one heel on a book and lean forward gently.
Switch feet. Top right: Sitting down, hook a finger under your big toe and draw it upward. Stretch one foot at a
time. Bottom right: Spread your toes apart on the floor as wide as they go. Repeat with the other foot.
"""


def test_picture_place_labels_start_one_exercise_each() -> None:
    from voiceroutine.importer.picture_labels import picture_labels

    assert picture_labels("Left: Hold.\nRight: Hold.\n") == "Left: Hold.\nRight: Hold.\n"  # sides, no picture
    found = exercises(_PICTURE_CAPTIONS)
    assert len(found) == 3
    assert all(exercise["hold"] == "25 s" and exercise["sides"] == ["left", "right"] for exercise in found)


def test_a_shared_dose_just_above_a_numbered_list_is_every_items() -> None:
    found = exercises("Ankle routine\n\nHold each stretch for 15 seconds.\n\n1. Sit and point your toes away.\n"
                      "2. Pull your toes up toward your shin.\n3. Roll your ankle in slow circles.\n")
    assert len(found) == 3 and all(exercise["hold"] == "15 s" for exercise in found)
    # "each position" is a step's, not every exercise's: one exercise's steps
    steps = exercises("Ankle routine\n\nHold each position for 5 seconds.\n\n1. Sit down.\n2. Point your toes "
                      "away.\n3. Pull them back.\n")
    assert len(steps) == 1


_GROUP_HEADING = """Cool-down stretches

Leg Stretches:

Hamstring Stretch
Sit with one leg straight and reach toward your toes. Hold for 20 seconds, then swap legs.

Arm Stretches:

Stand tall and link your fingers behind your back, then lift your hands away from you. Hold for 15 seconds.

Triceps Stretch
Reach one hand down between your shoulder blades and press the elbow with the other hand. Hold for 15 seconds.
"""


def test_a_group_heading_as_a_name_is_warned() -> None:
    from voiceroutine.importer.group_names import group_name_doubt

    assert group_name_doubt("Calf raises") is None and group_name_doubt("Squats") is None
    found, yaml_text = imported(_GROUP_HEADING)
    assert [exercise["name"] for exercise in found][-1] == "Triceps stretch"
    assert "reads as a heading over several exercises" in yaml_text
