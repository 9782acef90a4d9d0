"""Shapes read since the eighth session of issue 16 (rounds 15 and 16 opened for tuning), each shown by an
article of our own words."""

from __future__ import annotations

from tests.importer.helpers import by_name, exercises
from voiceroutine.importer import import_article
from voiceroutine.importer.read import normalize


def test_a_keycap_digit_numbers_the_line() -> None:
    assert normalize("1\ufe0f\u20e3 Squats x10") == "1. Squats x10"
    assert normalize("\U0001f51f Plank") == "10. Plank"


KEYCAPS = """Leg day, no kit 🔥

Do 2 rounds, rest 1 min between rounds.

1\ufe0f\u20e3 Squats x15
2\ufe0f\u20e3 Reverse lunges x10 🦵
3\ufe0f\u20e3 Glute bridges x12

Save this for later 📌
"""


def test_keycap_numbered_moves_are_theexercises() -> None:
    found = exercises(KEYCAPS)
    assert [(e["name"], e["reps"]) for e in found] == [("Squats", 15), ("Reverse lunges", 10), ("Glute bridges", 12)]


OWN_COUNT = """Shoulder circuit

1. Wall push-ups x10
2. Plank shoulder taps – 20 taps, alternating
3. Arm circles – 15 circles
"""


def test_a_count_of_its_own_movement_after_a_dash_is_the_dose() -> None:
    found = by_name(OWN_COUNT)
    assert found["Plank shoulder taps"]["reps"] == 20
    assert found["Wall push-ups"]["reps"] == 10


CARD = """\
╔════════════════════════════════════╗
║   RIVERSIDE GYM  ·  STARTER CARD   ║
╚════════════════════════════════════╝

Member: A. SMITH        Coach: DANA

WARM-UP ........ Rowing machine  6 min  ·  damper 4

┌────┬──────────────┬─────────────┬───────┬──────────┐
│ No │ Exercise     │ Sets x Reps │ Rest  │ Wk 1 kg  │
├────┼──────────────┼─────────────┼───────┼──────────┤
│ 1  │ Goblet squat │ 12/10/8     │ 90 s  │ 10/12/14 │
│ 2  │ Cable row    │ 3 x 12      │ 60 s  │ 20       │
│ 3  │ Side plank   │ 2 x 20 s e/s│ 30 s  │    —     │
└────┴──────────────┴─────────────┴───────┴──────────┘

COOL-DOWN ...... Exercise bike  4 min easy (50-60 rpm)
STRETCH ........ Calf  30 s each leg  ·  Chest on a door frame  30 s

Notes from Dana:  Add weight to the squat only when all 3 sets feel easy. Rower
intervals (1 min hard / 1 min easy x 5) come on your next card.
"""


def test_a_box_drawn_gym_card() -> None:
    found = by_name(CARD)
    assert list(found) == ["Rowing machine", "Goblet squat", "Cable row", "Side plank", "Exercise bike", "Calf",
                           "Chest on a door frame"]
    # a pyramid "12/10/8" under "Reps" is 3 sets of 8-12; the weights logged "10/12/14" are no dose
    assert (found["Goblet squat"]["sets"], found["Goblet squat"]["reps"]) == (3, "8-12")
    assert found["Goblet squat"]["set_rest"] == "90 s"
    assert (found["Cable row"]["sets"], found["Cable row"]["reps"]) == (3, 12)
    assert found["Side plank"]["sides"] == ["left", "right"]  # "e/s": each side
    # a cardio machine's time is a duration; a setting in brackets is no part of the dose
    assert str(found["Rowing machine"]["duration"]).startswith("6 min")
    assert str(found["Exercise bike"]["duration"]).startswith("4 min")
    # the coach's note below the card gives no dose to the last stretch
    assert found["Chest on a door frame"]["hold"] == "30 s"
    assert "reps" not in found["Chest on a door frame"]


def test_box_rules_and_frames_are_no_text() -> None:
    text = normalize("┌──┬──┐\n│ a │ b │\n├──┼──┤\n│ c │ d │\n└──┴──┘\n║ Title ║")
    assert text.split("\n") == ["", "| a | b |", "| c | d |", "Title"]


WEIGHTS = """Strength day

| Exercise | Sets | Reps | Weight (kg) |
|---|---|---|---|
| Goblet squat | 3 | 10 | 12 |
| Dumbbell row | 3 | 8 | 2 x 10 |
| Chest press | 3 | 12 | 20/22/24 |
"""


def test_a_column_of_weights_is_no_dose_and_no_step() -> None:
    found = by_name(WEIGHTS)
    assert [(e["sets"], e["reps"]) for e in found.values()] == [(3, 10), (3, 8), (3, 12)]
    assert not any("steps" in e for e in found.values())
    assert "# warning" not in import_article(WEIGHTS, "a.txt").yaml_text


MACHINES = """Gym plan

Warm up
- Cross trainer 8 min
- Upright bike 5 min

Main
- Squats 3 x 10
"""


def test_a_cardio_machine_is_timed_as_a_duration() -> None:
    found = by_name(MACHINES)
    assert found["Cross trainer"]["duration"] == "8 minutes"
    assert found["Upright bike"]["duration"] == "5 minutes"
    assert "hold" not in found["Cross trainer"]


NOTE_FROM = """Leg day

Squats: 3 x 10
Lunges: 3 x 8 each leg

Notes from Dana: 2 x 5 more.
"""


def test_a_note_from_someone_is_no_exercise() -> None:
    found = by_name(NOTE_FROM)
    assert list(found) == ["Squats", "Lunges"]
    assert (found["Lunges"]["sets"], found["Lunges"]["reps"]) == (3, 8)


FORM = """Home programme

Client: Jo Bloggs
Physio: Sam Reid
Review due: 12 March

Heel raises: 3 x 15
Wall sit: 3 x 30 seconds
Bridges: 2 x 10
"""


def test_the_labels_of_a_form_are_noexercises() -> None:
    assert list(by_name(FORM)) == ["Heel raises", "Wall sit", "Bridges"]


APP_SHARE = """Sam shared a routine with you

WARM-UP
▶️ High knees ········ 00:45
▶️ Hip circles ········ 10 reps
▶️ Side lunge stretch ········ 00:20 / side
▶️ Skipping ········ 01:30
"""


def test_an_apps_dotted_line_gives_a_name_then_its_dose_and_a_clock_time() -> None:
    found = by_name(APP_SHARE)
    assert list(found) == ["High knees", "Hip circles", "Side lunge stretch", "Skipping"]
    assert found["High knees"]["duration"] == "45 s"
    assert found["Hip circles"]["reps"] == 10
    assert found["Side lunge stretch"]["hold"] == "20 s"
    assert str(found["Skipping"]["duration"]) in ("1 min 30 s", "90 s", "1.5 minutes")


def test_a_dose_per_side_after_a_slash() -> None:
    found = by_name("Hips\n\n- Clamshells: 12 reps / side\n- Side plank: 2 x 20 s/side\n"
                     "- Leg press: seat 3 / leg 7, 2 x 15\n")
    assert found["Clamshells"]["sides"] == ["left", "right"]
    assert found["Side plank"]["sides"] == ["left", "right"]
    assert "sides" not in found["Leg press"]  # a machine's settings "3 / leg 7" name no side
