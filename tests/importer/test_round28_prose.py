"""Round 28's prose, in our own words: "Same again." / "Ditto." paragraphs, a name after an order word among
"Name: ..." paragraphs, and "each thumb" as per side."""

from __future__ import annotations

from tests.importer.helpers import by_name

_POST = """\
My physio's list for the evenings, nothing fancy.

First, cat stretch: on hands and knees, round the back up high. 8 slow ones.

Then the cow, dropping the belly and lifting the head. Same again.

Side bends: reach one arm over your head and lean. 10 each side.

Arm swings: swing both arms across the body and open. Ditto.

Thumb pulls: pull the thumb back with the other hand, hold 15 s each thumb.
"""


def test_same_again_and_ditto_paragraphs_take_the_dose_before_them() -> None:
    found = by_name(_POST)
    assert list(found) == ["Cat stretch", "Cow", "Side bends", "Arm swings", "Thumb pulls"]
    assert found["Cow"]["reps"] == 8
    assert (found["Arm swings"]["reps"], found["Arm swings"]["sides"]) == (10, ["left", "right"])


def test_each_thumb_is_per_side() -> None:
    thumb = by_name(_POST)["Thumb pulls"]
    assert (thumb["hold"], thumb["sides"]) == ("15 s", ["left", "right"])


def test_an_order_word_alone_names_nothing_without_colon_named_paragraphs() -> None:
    found = by_name("Morning routine.\n\nFirst, squats: feet wide, sit back. 3 sets of 10.\n\n"
                    "Then lunges, long steps, chest up. 8 each leg.\n")
    assert "Lunges" not in found


_CLASS = """\
<html><head><title>Chair class at the centre</title></head><body><article>
<h1>Chair class at the centre</h1>
<p>Some words about the class and the chairs we use every week.</p>
<h3>Warming up</h3>
<p><strong>Seated marching.</strong> Lift one foot and put it down. We keep this going for a minute.</p>
<h3>Upper body</h3>
<p>Each of the next three we do eight times.</p>
<ul><li>Arm raises – lift both arms up, then lower slowly.</li>
<li>Shoulder shrugs – lift the shoulders up, then drop.</li>
<li>Toe taps – tap both toes.</li></ul>
<h3>Legs</h3>
<p><strong>Knee lifts.</strong> Lift one knee, then lower it. Five with each leg.</p>
<p><strong>Ear to shoulder.</strong> Let your right ear drop towards your right shoulder and stay there for 15
seconds. Then the left side.</p>
<h3>To finish</h3>
<p><strong>Tennis ball roll.</strong> Roll the sole of your foot over a tennis ball, from heel to toes, for 1 minute
on each foot.</p>
<p><strong>Face massage.</strong> Make small circles on your cheeks with your fingertips. About 30 seconds.</p>
</article></body></html>
"""


def test_a_dose_in_its_own_paragraph_above_a_list_is_each_items() -> None:
    found = by_name(_CLASS, "class.html")
    assert [(name, found[name].get("reps")) for name in ("Arm raises", "Shoulder shrugs", "Toe taps")] == [
        ("Arm raises", 8), ("Shoulder shrugs", 8), ("Toe taps", 8)]


def test_then_the_left_side_is_the_other_side_of_the_hold_before() -> None:
    stretch = by_name(_CLASS, "class.html")["Ear to shoulder"]
    assert (stretch["hold"], stretch["sides"]) == ("15 s", ["right", "left"])


def test_a_time_spent_rolling_or_massaging_is_a_duration() -> None:
    found = by_name(_CLASS, "class.html")
    roll = found["Tennis ball roll"]
    assert (roll["duration"], roll["sides"]) == ("1 minute", ["left", "right"])
    assert found["Face massage"]["duration"] == "30 s" and "hold" not in found["Face massage"]


def test_a_questions_heading_ends_the_routine() -> None:
    page = ("<html><body><article><h1>Session 2</h1><p>Three moves for the week, as in the video.</p>"
            "<h2>1. Step-ups</h2><p>Onto a low step, 2 sets of 10 each leg.</p>"
            "<h2>2. Wall push-ups</h2><p>Hands on the wall, 2 sets of 12.</p>"
            "<h2>3. Glute bridges</h2><p>Lift and lower, 2 sets of 15.</p>"
            "<h2>Q&amp;A · 4 questions</h2><p>Sam · 2 days ago Can I do 4 sets of the bridges instead of 2?</p>"
            "<p>Coach Lee: Stay with 2 for now, Sam, then add a third set.</p></article></body></html>")
    found = by_name(page, "lesson.html")
    assert list(found) == ["Step-ups", "Wall push-ups", "Glute bridges"]
    assert found["Glute bridges"]["sets"] == 2


def test_a_long_time_per_side_then_a_count_is_sets() -> None:
    found = by_name("Balance plan\n\n- Single leg stand: 40 s each leg, 3 times\n- Calf raises: 3 x 10\n")
    stand = found["Single leg stand"]
    assert (stand["hold"], stand["sets"], stand.get("reps"), stand["sides"]) == ("40 s", 3, None, ["left", "right"])


def test_a_line_ending_same_again_takes_the_dose_not_the_name_above() -> None:
    found = by_name("My cool-down\n\nSome words first about it all.\n\nCOOL-DOWN\n"
                    "Hamstring stretch on the bench, 30 seconds each leg.\n\n"
                    "Calf stretch against a tree, same again.\n\n"
                    "Quad stretch, holding a fence, 20 seconds each leg.\n")
    assert [(name, e["hold"], e["sides"]) for name, e in found.items()] == [
        ("Hamstring stretch", "30 s", ["left", "right"]), ("Calf stretch", "30 s", ["left", "right"]),
        ("Quad stretch", "20 s", ["left", "right"])]


def test_an_ice_pack_time_is_no_dose() -> None:
    found = by_name("Knee sheet\n\nFrom the class, typed up.\n\nStep ups - on the bottom stair. 10 each leg.\n\n"
                    "Heel slides - lying on the bed, slide your heel in and out. 15 on each side.\n\n"
                    "He said do them daily. Ice packs for 10 mins if they're sore.\n")
    assert (found["Heel slides"]["reps"], found["Heel slides"].get("hold")) == (15, None)


def test_that_is_one_after_both_sides_is_one_rep_of_both() -> None:
    found = by_name("Garden warm-up\n\nA few moves before the digging.\n\n## 1. Side bends\n\n"
                    "Lean to the left, back up, "
                    "then to the right and back up: that is one. Do six.\n\n## 2. Arm circles\n\nTen forwards.\n")
    bends = found["Side bends"]
    assert (bends["reps"], bends.get("sides")) == (6, None)


def test_minutes_on_an_exercise_bike_are_a_duration() -> None:
    found = by_name("Leg day\n\nWarm-up: eight minutes on a stationary bike, easy.\n\n- Goblet squat: 3 x 10\n"
                    "- Lunges: 3 x 8 each leg\n")
    warm_up = next(iter(found.values()))
    assert (warm_up.get("duration"), warm_up.get("hold")) == ("8 minutes", None)


def test_the_next_two_weeks_is_no_count_of_the_list() -> None:
    page = _CLASS.replace("Each of the next three we do eight times.", "For the next 2 weeks do these 3 times a day.")
    assert "Arm raises" not in by_name(page, "class.html")
