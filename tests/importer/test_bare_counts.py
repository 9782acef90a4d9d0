"""Counts given bare after a name, in the ways a post writes them: arrow bullets ("→ Name: dose"), a range in
words ("ten to fifteen"), and a count that opens a hold of each rep ("a dozen, hold for two seconds each time")."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article

_POST = """Our lunchtime reset

We tried this at the office every day for a month. It takes a few minutes.

→ Wrist circles: ten each way
→ Chin tucks: a dozen, holding for three seconds each time
→ Wall push-ups: ten to fifteen
→ Calf raises: twenty
→ Chest opener in the doorway: thirty seconds

Give it a go and tell me how you get on.
"""


def _exercises(text: str, name: str = "post.txt") -> list[dict[str, object]]:
    return list(yaml.safe_load(import_article(text, name).yaml_text)["exercises"])


def test_arrow_bullets_are_a_list_of_exercises_each_with_its_dose() -> None:
    exercises = _exercises(_POST)
    assert [e["name"] for e in exercises] == ["Wrist circles", "Chin tucks", "Wall push-ups", "Calf raises",
                                              "Chest opener in the doorway"]
    assert exercises[3]["reps"] == 20
    assert exercises[4]["hold"] == "30 s"


def test_a_range_in_words_after_a_name_is_a_range_of_reps() -> None:
    (push_ups,) = [e for e in _exercises(_POST) if e["name"] == "Wall push-ups"]
    assert push_ups["reps"] == "10-15"


def test_a_count_that_opens_a_hold_of_each_rep_is_reps_with_that_hold() -> None:
    (tucks,) = [e for e in _exercises(_POST) if e["name"] == "Chin tucks"]
    assert (tucks["reps"], tucks["hold"]) == (12, "3 s")


def test_a_hold_under_a_numbered_count_stays_a_hold_alone() -> None:
    text = ("# Stretches\n\n## Hamstring stretch\n\n3, then hold for 30 seconds.\n\n"
            "## Calf stretch\n\nHold for 20 seconds.\n")
    hamstring, calf = _exercises(text, "s.md")
    assert "reps" not in hamstring and hamstring["hold"] == "30 s"
    assert "reps" not in calf and calf["hold"] == "20 s"


def test_a_count_of_long_steps_or_slow_circles_is_reps() -> None:
    text = ("# Hallway warm-up\n\n## Walking lunges\n\nTake 8 long steps down the hall.\n\n"
            "## Arm circles\n\nFive slow circles one way, five the other.\n")
    lunges, circles = _exercises(text, "w.md")
    assert lunges["reps"] == 8
    assert (circles["reps"], circles["sides"]) == (5, ["one way", "the other way"])


def test_a_numbered_heading_over_instructions_and_a_bare_count_is_an_exercise_with_that_count() -> None:
    text = ("<h1>Desk reset</h1>\n"
            "<h2>1. Shoulder rolls</h2>\n<p>Roll them back slowly. <strong>10 times.</strong></p>\n"
            "<h2>2. Heel raises at the desk</h2>\n<p>Up on your toes, down slowly. <strong>15.</strong></p>\n"
            "<h2>3. Chin tucks</h2>\n<p>Draw your chin straight back. <strong>8 times.</strong></p>\n")
    exercises = _exercises(text, "desk.html")
    assert [(e["name"], e["reps"]) for e in exercises] == [
        ("Shoulder rolls", 10), ("Heel raises at the desk", 15), ("Chin tucks", 8)]


def test_a_short_hold_times_a_count_is_reps_of_it_and_a_long_one_is_sets() -> None:
    text = ("# Knee\n\n- Quad sets - hold 5 sec, x10\n- Hamstring stretch - hold 30 sec, x3\n"
            "- Heel slides - 2 x 12\n")
    quads, hamstring, slides = _exercises(text, "k.md")
    assert (quads.get("reps"), quads["hold"], quads.get("sets")) == (10, "5 s", None)
    assert (hamstring.get("reps"), hamstring["hold"], hamstring.get("sets")) == (None, "30 s", 3)
    assert (slides["reps"], slides["sets"]) == (12, 2)


def test_a_count_of_the_exercises_own_movement_is_its_reps_whatever_its_accents() -> None:
    text = ("# Barre\n\n## Pliés\n\nHeels together, bend the knees over the toes. Eight demi-pliés, slowly.\n\n"
            "## Relevés\n\nRise onto the balls of the feet and lower. 12 relevés.\n")
    plies, releves = _exercises(text, "barre.md")
    assert (plies["name"], plies["reps"]) == ("Pliés", 8)
    assert (releves["name"], releves["reps"]) == ("Relevés", 12)


def test_a_count_with_slow_after_a_dash_is_reps() -> None:
    text = ("Knee list\n\nWall sit - 30 s, 3 times\nStep-ups onto the bottom stair - 8 slow, left leg first\n"
            "Bridges - 12, squeeze at the top\n")
    exercises = _exercises(text, "knee.txt")
    (step_ups,) = [e for e in exercises if e["name"].startswith("Step-ups")]
    assert step_ups["reps"] == 8


def test_a_count_that_opens_a_dose_line_is_a_hold_of_that_many_seconds() -> None:
    text = ("# Club stretches\n\n1. Seated reach (legs together) count of 10, three times\n"
            "2. Kneeling lunge stretch, count of 20 each leg\n3. Shoulder rolls, 10 backwards\n")
    reach, lunge, _ = _exercises(text, "club.md")
    assert (reach["hold"], reach["reps"]) == ("10 s", 3)
    assert (lunge["hold"], lunge["sides"]) == ("20 s", ["left", "right"])


def test_a_second_before_a_thing_is_an_ordinal_not_a_one_second_hold() -> None:
    text = ("# Carries\n\n## Suitcase carry\n\nHold a second kettlebell in the other hand when it gets easy. "
            "Walk 20 steps.\n\n## Calf raise\n\nRise, hold for a second at the top, and lower. 12 times.\n")
    carry, raises = _exercises(text, "carry.md")
    assert (carry["reps"], "hold" not in carry) == (20, True)
    assert (raises["reps"], raises["hold"]) == (12, "1 s")
