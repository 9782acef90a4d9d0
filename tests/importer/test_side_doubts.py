"""An exercise whose own words name sides the import did not write, or of another kind, or in another order, is
warned (importer/side_doubts.py, issue 16). Every snippet here is our own words."""

from __future__ import annotations

from tests.importer.helpers import fields_and_warnings as _read
from voiceroutine.importer.side_doubts import side_doubts
from voiceroutine.importer.writer import Field, ImportedExercise


def test_the_other_side_given_its_own_dose_but_no_sides_read_is_warned() -> None:
    read = _read("# Kerb\n\n## Side step\n\nHold the gate. Step out to the side and back. Do 8 with one leg, then 8 "
                 "with the other.\n\n## Calf hold\n\nStand on the kerb, both legs, 3 times each, 20 seconds.\n\n"
                 "## Shoulder blade squeeze\n\nSqueeze with both hands on the gate, 10 times.\n\n"
                 "## Marching\n\nLift one knee and then the other, for a minute.\n")
    assert read["Side step"] == ({"reps": 8}, (
        'its words give the other side its own turn, but no sides were read: "Do 8 with one leg, then 8 with the '
        'other."',))
    assert read["Calf hold"][0] == {"reps": 3, "hold": "20 s"} and len(read["Calf hold"][1]) == 1
    assert read["Shoulder blade squeeze"] == ({"reps": 10}, ())  # both hands at once: no sides
    assert read["Marching"][1] == ()  # one knee, then the other, within one movement


def test_a_circle_each_way_read_as_left_and_right_is_warned() -> None:
    read = _read("# Bottle\n\n## Halo\n\nHold the bottle at your chest and go round your head, 5 each direction.\n")
    assert read["Halo"] == ({"reps": 5, "sides": ("left", "right")}, (
        "its sides were read as left and right from words that may mean the two directions of a circle: \"Hold the "
        "bottle at your chest and go round your head, 5 each direction.\"",))


def test_directions_that_are_also_told_for_each_foot_are_warned() -> None:
    read = _read("# Bench\n\n## Ankle circles\n\nSit on the bench: 10 circles each direction, on each foot.\n")
    values, warnings = read["Ankle circles"]
    assert values == {"reps": 10, "sides": ("clockwise", "counterclockwise")}
    assert warnings == ("its sides were read as directions (clockwise and counterclockwise), but its words also name "
                        "a side of the body: \"Sit on the bench: 10 circles each direction, on each foot.\"; check "
                        "whether each direction is done on each side",)


def test_a_right_side_told_to_come_first_but_written_second_is_warned() -> None:
    read = _read("# Stairs\n\n## Zancadas\n\nZancadas – 2 x 6 each leg, empezando con la derecha.\n\n"
                 "## Step-ups\n\n2 x 8 on each leg (right leg first, hold the rail).\n")
    assert read["Zancadas"] == ({"reps": 6, "sets": 2, "sides": ("left", "right")}, (
        'its words start with the right side, but the left is written first: "Zancadas – 2 x 6 each leg, empezando '
        'con la derecha."',))
    assert read["Step-ups"] == ({"reps": 8, "sets": 2, "sides": ("right", "left")}, ())  # read in its order


def test_sides_that_agree_with_the_words_raise_nothing() -> None:
    exercise = ImportedExercise("Lunge", ("Step forward.",), (
        Field("reps", 6, quote="6 each leg, right leg first."), Field("sides", ("right", "left"))))
    assert side_doubts(exercise) == []


def test_an_article_that_puts_the_right_side_first_warns_each_exercise_written_left_first() -> None:
    read = _read("# Kitchen barre\n\nOn every exercise, start with the right leg, then turn round for the left.\n\n"
                 "## Leg swings\n\nSwing the leg forward and back, 10 on each leg.\n\n"
                 "## Knee lift hold\n\nLift the knee and hold for 10 seconds, then change legs.\n\n"
                 "## Calf rises\n\nRise up and lower, 12 times.\n")
    note = ('the article says the right side comes first, but the left is written first: "On every exercise, start '
            'with the right leg, then turn round for the left."')
    assert read["Leg swings"] == ({"reps": 10, "sides": ("left", "right")}, (note,))
    assert read["Knee lift hold"] == ({"hold": "10 s", "sides": ("left", "right")}, (note,))
    assert read["Calf rises"] == ({"reps": 12}, ())


def test_a_movement_to_both_sides_counted_as_one_but_written_with_sides_is_warned() -> None:
    # The reader now writes no sides for such words (dose.py's "that is one"); this doubt stays for a reading that
    # still writes them, so it is checked on the exercise itself.
    words = "Bend your upper body to the right, come up, then bend to the left and come up again: that is one."
    exercise = ImportedExercise("Side bend", (words,), (
        Field("reps", 6, quote="Do six, slowly."), Field("sides", ("right", "left"))))
    assert side_doubts(exercise) == [
        f'its words count a movement to both sides as one repetition, but sides were written: "{words}"']
    read = _read("# Shed\n\n## Side bend\n\nStand with your feet apart. " + words + " Do six, slowly.\n\n"
                 "## Squat\n\nSquat down, 10 times.\n")
    assert read["Side bend"][0] == {"reps": 6}
    assert not any("sides were written" in note for note in read["Side bend"][1])
    assert read["Squat"] == ({"reps": 10}, ())


def test_a_count_after_a_hold_for_each_side_is_warned_as_maybe_rounds() -> None:
    # "20 s each leg, 3 times" with no verb of holding is read as sets (docs/importing.md's hold rule); with
    # "hold for" it stays 3 holds on each side, and that reading is the one warned.
    read = _read("# Hall\n\n## Stork stand\n\nStand on one leg by the radiator and hold for 20 s each leg, 3 times."
                 "\n\n## Stork stand at the door\n\nStork stand by the radiator: 20 s each leg, 3 times.\n\n"
                 "## Wall lean\n\nLean on the wall and hold for 30 seconds, 3 times.\n")
    assert read["Stork stand"] == ({"reps": 3, "hold": "20 s", "sides": ("left", "right")}, (
        'its 3 holds on each side were read from words that may mean 3 rounds of both sides (sets): "Stand on one '
        'leg by the radiator and hold for 20 s each leg, 3 times."',))
    assert read["Stork stand at the door"] == ({"hold": "20 s", "sets": 3, "sides": ("left", "right")}, ())
    assert read["Wall lean"] == ({"reps": 3, "hold": "30 s"}, ())  # no side: 3 holds
