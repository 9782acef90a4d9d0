"""A known exercise's name on a line of its own starts the next exercise, even when the paragraph above it has lost
its full stop (pages copied from the web often drop it). Our own words."""

from __future__ import annotations

from tests.importer.helpers import by_name
from voiceroutine.importer.article import made_up_name

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


_SENTENCE_NAMED = """Do these on a firm bed or a mat, twice a day.

Pelvic Tilt. This one wakes up the deep muscles of the lower back.
- Lie on your back with your knees bent.
- Flatten your back against the bed, hold for 5 seconds, then let go.
- Do it 10 times.

Partial Curl-ups. A gentler cousin of the sit-up.
- Cross your arms over your chest.
- Lift only your shoulders, 8 to 12 times, breathing out as you rise.

Hamstring stretch. Loop a towel around one foot and straighten the leg up. Hold for 20 seconds on each leg.
"""


def test_a_paragraph_that_opens_with_a_name_sentence_is_that_exercise() -> None:
    found = by_name(_SENTENCE_NAMED)
    assert list(found) == ["Pelvic tilt", "Partial curl-ups", "Hamstring stretch"]
    assert (found["Pelvic tilt"]["reps"], found["Pelvic tilt"]["hold"]) == (10, "5 s")
    assert found["Partial curl-ups"]["reps"] == "8-12"
    assert (found["Hamstring stretch"]["hold"], found["Hamstring stretch"]["sides"]) == ("20 s", ["left", "right"])


def test_a_sentence_that_only_mentions_an_exercise_names_nothing() -> None:
    from voiceroutine.importer.name_sentences import name_sentence

    assert name_sentence("Then do the plank. Keep your hips level.") is None
    assert name_sentence("Good news. Here are eight moves.") is None
    assert name_sentence("Wall Sit. Slide down the wall.") == ("Wall Sit", "Slide down the wall.")


def test_numbers_glued_to_names_in_a_counted_run_are_item_numbers() -> None:
    page = ("Your programme from Harbour Physio\nReview in 2 weeks\n"
            "1Calf Raise\n2 sets of 15 reps\n- Hold a chair and rise onto your toes.\n"
            "2Ankle Circles\n10 reps\n- Draw slow circles with your big toe.\n"
            "3Single Leg Balance\n3 sets\n30 seconds\n- Stand on one leg near the wall.\n")
    found = by_name(page)
    assert list(found) == ["Calf raise", "Ankle circles", "Single leg balance"]
    assert (found["Calf raise"]["sets"], found["Calf raise"]["reps"]) == (2, 15)
    assert found["Ankle circles"]["reps"] == 10


def test_a_glued_number_outside_a_counted_run_is_left_alone() -> None:
    from voiceroutine.importer.glued_numbers import unglued_numbers

    assert unglued_numbers("3D Printed Insoles\nsome text\n") == "3D Printed Insoles\nsome text\n"
    assert unglued_numbers("5Km Route\n6Km Route\n") == "5Km Route\n6Km Route\n"  # a run starts at 1 or 2
    assert unglued_numbers("1Calf Raise\nx\n2Heel Drop\n") == "1. Calf Raise\nx\n2. Heel Drop\n"


def test_rounds_of_the_following_circuit_make_a_circuit() -> None:
    from tests.importer.helpers import imported

    page = ("A quick routine for the living room.\n\n"
            "Warm up first. Then aim for 4 rounds of the following circuit, resting as little as you can:\n\n"
            "- 15 squats\n- 8 push-ups\n- 30 second plank\n")
    found, yaml_text = imported(page)
    assert [exercise["name"] for exercise in found] == ["Squats", "Push-ups", "Plank"]
    assert "rounds: 4" in yaml_text
    assert all("sets" not in exercise for exercise in found)


def test_a_list_of_the_exercises_names_above_them_is_the_page_contents() -> None:
    page = ("Three stretches for a tight hip, from our clinic's blog.\n"
            "In this post:\n- Figure four stretch\n- Butterfly stretch\n- Kneeling hip flexor stretch\n"
            "Figure four stretch\nLie on your back and cross one ankle over the other knee. Hold for 30 seconds.\n\n"
            "Butterfly stretch\nSit with the soles of your feet together. Hold for 45 seconds.\n\n"
            "Kneeling hip flexor stretch\nKneel on one knee and shift forward. Hold for 20 seconds on each side.\n")
    found = by_name(page)
    assert list(found) == ["Figure four stretch", "Butterfly stretch", "Kneeling hip flexor stretch"]
    assert [found[name]["hold"] for name in found] == ["30 s", "45 s", "20 s"]


def test_two_exercises_of_one_name_keep_the_words_in_brackets_that_tell_them_apart() -> None:
    page = ("Shoulder stretches for a stiff morning.\n\n"
            "Arm raise (seated)\nSit tall and lift both arms in front of you. Lower and repeat 8 times.\n\n"
            "Arm raise (lying)\nLie on your back and lift both arms overhead. Lower and repeat 6 times.\n\n"
            "Arm raise (lying)\nThe same again later in the day, 4 times.\n")
    found = by_name(page)
    assert list(found) == ["Arm raise", "Arm raise, lying", "Arm raise 2"]
    assert [found[name]["reps"] for name in found] == [8, 6, 4]


def test_advice_headings_above_the_exercises_give_every_exercise_its_dose() -> None:
    page = ("Strength for the over-60s\nExercise twice a week\nGive your muscles a day off in between.\n"
            "Choose 2 or 3 exercises\nPick the ones that feel hard but safe.\n"
            "Repeat the exercise\nDo 2 to 4 sets of 8 repetitions of each exercise.\n"
            "Rest\nRest for 90 seconds between sets.\n"
            "The exercises\nSit to stand\nStand up from a chair without using your hands.\n"
            "Heel raises\nHold the chair back and rise onto your toes.\n")
    found = by_name(page)
    assert list(found) == ["Sit to stand", "Heel raises"]
    for exercise in found.values():
        assert (exercise["sets"], exercise["reps"], exercise["set_rest"]) == ("2-4", 8, "90 s")


def test_a_range_of_sets_said_with_to() -> None:
    found = by_name("Two for the arms and legs\n\n"
                    "Wall push-ups\nLean on the wall and push away. Do 2 to 3 sets of 12.\n\n"
                    "Step-ups\nStep onto the bottom stair. Do 3 sets of 10 on each leg.\n")
    assert (found["Wall push-ups"]["sets"], found["Wall push-ups"]["reps"]) == ("2-3", 12)


def test_clauses_after_then_that_start_with_a_count_are_exercises_of_their_own() -> None:
    # the issue's own shape: "Do 3 sets of 12 squats, ..., then hold a plank for 45 seconds"
    found = by_name("Lunch break\n\nDo 2 sets of 15 lunges, then 2 sets of 8 dips, then hold a side plank for 20 "
                    "seconds.\n")
    assert list(found) == ["Lunges", "Dips", "Side plank"]
    assert (found["Dips"]["sets"], found["Dips"]["reps"]) == (2, 8)


def test_sets_of_reps_of_a_named_movement() -> None:
    found = by_name("Morning plan\n\nWe begin with 3 sets of 10 reps of squats to wake the legs up. Keep your chest "
                    "tall.\n\nAfter that, 2 sets of 12 reps of bridges on the mat.\n")
    assert (found["Squats"]["sets"], found["Squats"]["reps"]) == (3, 10)


def test_a_step_of_quote_marks_alone_names_nothing_and_breaks_nothing() -> None:
    # a csv-table's lone '"' left as a line once made the name-maker fail with an IndexError
    assert made_up_name(['"', "Lift your hips off the floor."]) == "Lift your hips"
    assert made_up_name(['"', "( "]) is None
