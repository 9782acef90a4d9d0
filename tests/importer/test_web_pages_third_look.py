"""Rules added after a third look at real exercise pages from the web (issue 16's sixteenth session): each on our
own words, never a page's."""

from __future__ import annotations

from tests.importer.helpers import by_name, by_name_and_text, imported
from voiceroutine.importer.as_many import as_many_lines
from voiceroutine.importer.card_lines import card_lines
from voiceroutine.importer.carousel_captions import carousel_captions
from voiceroutine.importer.step_fragments import few_dosed_steps, is_step_fragment
from voiceroutine.importer.step_lines import step_lines

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
    assert is_step_fragment("Breathe out and") and not is_step_fragment("Move to")
    assert not is_step_fragment("March on the spot") and not is_step_fragment("Chair squeeze")


def test_numbered_steps_with_doses_stay_under_their_heading() -> None:
    found = by_name(_STEPS_UNDER_HEADINGS)
    assert list(found) == ["Seated march", "Chair squeeze"]
    assert found["Seated march"]["duration"] == "2 minutes"
    assert found["Chair squeeze"]["hold"] == "6 s" and found["Chair squeeze"]["reps"] == 10


_CAROUSEL = """Wrist care: home exercises

Try these gently. Stop if a movement hurts.

How to do the exercises

Wrist circles

slide 1 of 6
slide 1 of 6, Wrist circles,
  1. Rest your forearm on a table with your hand over the edge.
  2. Turn your hand in slow circles.
  3. Keep going for 1 minute.

Finger spread

Picture of the finger spread exercise
slide 2 of 6
slide 2 of 6, Finger spread,
  1. Lay your hand flat on the table.
  2. Spread your fingers wide and hold for 5 seconds.
  3. Repeat 8 times.

Palm press

slide 3 of 6
slide 3 of 6, Palm press,
  1. Press your palms together in front of your chest.
  2. Hold for 10 seconds, then relax.
  3. Do this 4 times.
"""


def test_carousel_counters_and_captions_are_dropped() -> None:
    text = carousel_captions(_CAROUSEL)
    assert "slide" not in text.lower() and "Picture of" not in text
    assert "Finger spread\n\n  1. Lay your hand" in text
    # one counter is no carousel, and a deck's own "Slide 3" lines are left to the deck's rule
    assert carousel_captions("Arm raise\nslide 1 of 4\nslide 1 of 4, Arm raise,\n1. Lift.") .count("slide") == 2


def test_a_carousel_page_is_read_under_its_headings() -> None:
    found, yaml_text = by_name_and_text(_CAROUSEL)
    assert list(found) == ["Wrist circles", "Finger spread", "Palm press"]
    assert found["Wrist circles"]["duration"] == "1 minute"
    assert found["Finger spread"]["hold"] == "5 s" and found["Finger spread"]["reps"] == 8
    assert found["Palm press"]["hold"] == "10 s" and found["Palm press"]["reps"] == 4
    assert "Slide" not in yaml_text


_THROUGH_THE_DAY = """Elbow care

Wrist turns
Rest your forearm on a table and turn your palm up, then down. Do this 12 times.
Try to fit this in four or five times throughout your day.

Elbow bends
Bend and straighten your elbow slowly. Aim for 3 times during the day, 8 bends each time.
"""


def test_times_throughout_the_day_is_how_often_not_a_dose() -> None:
    found = by_name(_THROUGH_THE_DAY)
    assert found["Wrist turns"]["reps"] == 12
    assert found["Elbow bends"]["reps"] == 8
    assert "sets" not in found["Wrist turns"] and "sets" not in found["Elbow bends"]


_HELD_SETS = """Calf care plan

Wall calf stretch: 3 sets of 40-second holds
- Stand facing a wall with one foot behind the other.
- Lean in until the back calf feels a stretch.

Step stretch: 2 sets of 25-sec holds each side
- Stand with your heels off the edge of a step.
- Let them sink slowly.
"""


def test_sets_of_timed_holds_are_sets_of_a_hold_not_reps() -> None:
    found = by_name(_HELD_SETS)
    assert found["Wall calf stretch"]["sets"] == 3 and found["Wall calf stretch"]["hold"] == "40 s"
    assert found["Step stretch"]["sets"] == 2 and found["Step stretch"]["hold"] == "25 s"
    assert "reps" not in found["Wall calf stretch"] and "reps" not in found["Step stretch"]


_CARDS = """Knee plan, week 1

Morning
Gentle range exercises to start the day.

Heel Slides 2-3 sets of 12 reps
Starting Position
- Lie on your back with both legs long.
Movement
- Slide one heel towards you, then back out.
- Keep it smooth.

Wall Sit 3 sets of 20-second holds
Setup
- Stand with your back against a wall.
Movement
- Slide down until your knees are a little bent and stay there.

Straight Leg Raise 2 sets of 8 reps each side
Movement
- Lift the straight leg to the height of the other knee.
"""


def test_an_app_card_title_is_a_name_and_its_dose_and_its_part_labels_are_no_exercises() -> None:
    text = card_lines(_CARDS)
    assert "Heel Slides: 2-3 sets of 12 reps" in text and "Movement" not in text and "Setup" not in text
    assert "Morning" in text  # a label over no bullet stays
    assert card_lines("Leg Press 3 sets of 10\nMovement\n- Push.") == "Leg Press 3 sets of 10\nMovement\n- Push."


def test_an_app_card_plan_is_read_one_exercise_a_card() -> None:
    found = by_name(_CARDS)
    assert list(found) == ["Heel slides", "Wall sit", "Straight leg raise"]
    assert found["Heel slides"]["sets"] == "2-3" and found["Heel slides"]["reps"] == 12
    assert found["Wall sit"]["sets"] == 3 and found["Wall sit"]["hold"] == "20 s"
    assert found["Straight leg raise"]["reps"] == 8 and found["Straight leg raise"]["sides"] == ["left", "right"]


_OTHER_WITHOUT_THE = """Evening stretches

Quad pull
Stand by a wall and pull one heel to your seat. Hold for 20 seconds, repeat other leg.

Arm across
Bring one arm across your chest and hold 15 seconds. Repeat opposite arm.
"""


def test_repeat_other_leg_without_the_is_each_side() -> None:
    found = by_name(_OTHER_WITHOUT_THE)
    assert found["Quad pull"]["sides"] == ["left", "right"] and found["Quad pull"]["hold"] == "20 s"
    assert found["Arm across"]["sides"] == ["left", "right"] and found["Arm across"]["hold"] == "15 s"


_GLUED_DASH = """Back stretches for the morning

Knee Hug- Lie on your back and pull both knees in. Hold for 20 seconds.

Cat Stretch- Kneel on all fours and round your back up. Repeat 8 times.

Low Lunge- Step one foot forward and sink your hips. Hold 15 seconds on each side.
"""


def test_a_dash_against_the_name_ends_the_name() -> None:
    found = by_name(_GLUED_DASH)
    assert list(found) == ["Knee hug", "Cat stretch", "Low lunge"]
    assert found["Knee hug"]["hold"] == "20 s" and found["Cat stretch"]["reps"] == 8
    assert found["Low lunge"]["sides"] == ["left", "right"]


_STEP_LINES = """Desk break: calf stretch

Here is a short stretch for the middle of a long meeting day.

Step 1: Stand behind your chair and hold its back.

Step 2: Put your right foot a stride behind you.

Step 3: Press the right heel down.

Step 4: Lean towards the chair.

Step 5: Hold for 20 seconds.

Step 6: Come back up.

Step 7: Swap and do the left leg.

Do the stretch 2 to 3 times with each leg.
"""


def test_step_lines_are_one_exercise_s_steps() -> None:
    assert step_lines("Step 1: Sit.\n\nStep 2: Stand.\n\nStep 3: Sit.") == "1. Sit.\n\n2. Stand.\n\n3. Sit."
    assert step_lines("Step 1: Sit.\nStep 3: Stand.") == "Step 1: Sit.\nStep 3: Stand."
    # five or more numbered paragraphs, fewer than a third of them dosed: one exercise's steps
    assert few_dosed_steps(7, 2) and not few_dosed_steps(4, 1) and not few_dosed_steps(6, 2)
    assert not few_dosed_steps(7, 0)  # "Do each one 10 times." below them makes each an exercise
    found = by_name(_STEP_LINES)
    assert len(found) == 1
    (stretch,) = found.values()
    assert stretch["hold"] == "20 s" and stretch["reps"] == "2-3" and stretch["sides"] == ["right", "left"]


_REPS_FIRST_MAYBE = """My physio's knee list

1. Mini squats, slowly, 10x3
2. Step-ups onto the bottom stair, 12x2
3. Wall push-ups, 3x10
"""


def test_many_sets_of_few_reps_is_read_with_a_warning() -> None:
    found, yaml_text = by_name_and_text(_REPS_FIRST_MAYBE)
    assert found["Mini squats"]["sets"] == 10 and found["Mini squats"]["reps"] == 3
    assert '"10x3" read as 10 sets of 3; it may mean 10 reps and 3 sets: check which comes first' in yaml_text
    assert found["Wall push-ups"]["sets"] == 3 and found["Wall push-ups"]["reps"] == 10
    assert yaml_text.count("check which comes first") == 2  # 12x2 too; 3x10 is plain


_AS_MANY_LINES = """Park bench challenge

1. As many step-ups as you can do in 45 seconds
2. As many bench dips as possible in 30 seconds
3. Mountain climbers: as many as you can in 40 seconds
"""


def test_as_many_as_you_can_in_a_time_is_that_time_done_moving() -> None:
    assert as_many_lines("As many squats as you can do in 1 minute") == (
        "Squats: keep going for 1 minute, as many as you can")
    assert as_many_lines("Do as many as 20 if you like.") == "Do as many as 20 if you like."
    found = by_name(_AS_MANY_LINES)
    assert list(found) == ["Step-ups", "Bench dips", "Mountain climbers"]
    assert found["Step-ups"]["duration"] == "45 s" and found["Bench dips"]["duration"] == "30 s"
    assert found["Mountain climbers"]["duration"] == "40 s"


_MINUTES_OF_MOVING = """Tuesday plan

- Bike spin: 6-8 minutes of easy cycling
- Goblet squats: 3 sets of 10 reps
- Easy finish: 5 minutes of gentle walking
"""


def test_minutes_of_cardio_are_done_moving() -> None:
    found, yaml_text = by_name_and_text(_MINUTES_OF_MOVING)
    assert found["Bike spin"]["duration"] == "6-8 minutes" and "hold" not in found["Bike spin"]
    assert found["Easy finish"]["duration"] == "5 minutes" and "held still or done moving" not in yaml_text


_SAME_AS_ABOVE = """What my physio set me this week

1. Stand on one leg by the sink. Hold for 20 seconds. 3 times.
2. Sit to stand from a dining chair, slowly. 8x2
3. Same as (2) but with a cushion on the chair to make it higher.
4. Lie on your side and lift the top leg. 12 times, 2 sets.
"""


def test_an_undosed_numbered_paragraph_between_dosed_ones_is_kept_with_a_warning() -> None:
    found, yaml_text = imported(_SAME_AS_ABOVE)
    assert len(found) == 4
    assert "no dose found" in yaml_text  # the third, its dose assumed and said so
