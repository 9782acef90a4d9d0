"""Rules added after a look at real yoga, balance, posture, rehab, pelvic-floor and runners' stretching pages from
the web (issue 16, 8 December 2026, realweb8): each on our own words, never a page's."""

from __future__ import annotations

from tests.importer.helpers import by_name

_SWITCHING = """Two stretches after a jog

Quad stretch
Lie on your left side and bend the top knee. Hold for 30 seconds and repeat 3 times before switching sides.

Hamstring stretch
Stand tall and step one heel forward. Lean over it and hold for 25 seconds before swapping.
"""


def test_a_hold_before_switching_sides_is_per_side() -> None:
    found = by_name(_SWITCHING)
    assert found["Quad stretch"]["sides"] == ["left", "right"]
    assert found["Quad stretch"]["reps"] == 3 and found["Quad stretch"]["hold"] == "30 s"
    assert found["Hamstring stretch"]["sides"] == ["left", "right"]
    assert found["Hamstring stretch"]["hold"] == "25 s"
    # "without switching sides" is no side each
    assert "sides" not in by_name("Wall sit\n\nSit against the wall for 40 seconds without switching legs.\n")[
        "Wall sit"]


_STEPS = """Stretches after a run

Standing quad stretch

  1. Stand next to a wall and take your right ankle in your right hand.
  2. Draw the heel towards your seat.
  3. Keep the stretch for 20 seconds.
  4. Let go and take the other ankle.
  5. Do it twice on each leg.

Wall calf stretch

  1. Face a wall with both palms on it.
  2. Put one foot back, heel flat.
  3. Lean in for 15 seconds.
  4. Repeat 3 times with each leg.

Single-leg stand

  1. Stand by a counter and lift one foot off the floor.
  2. Stay balanced on the other leg for up to 30 seconds, and then rest.
  3. Repeat 8 times.
  4. Then do the same on your other leg.
"""


def test_a_name_line_over_numbered_steps_is_one_exercise() -> None:
    found = by_name(_STEPS)
    assert list(found) == ["Standing quad stretch", "Wall calf stretch", "Single-leg stand"]
    assert found["Standing quad stretch"]["hold"] == "20 s"
    assert found["Standing quad stretch"]["sides"] == ["right", "left"]
    assert found["Wall calf stretch"]["reps"] == 3 and found["Wall calf stretch"]["hold"] == "15 s"
    assert found["Wall calf stretch"]["sides"] == ["left", "right"]
    assert found["Single-leg stand"]["reps"] == 8 and found["Single-leg stand"]["hold"] == "30 s"
    assert found["Single-leg stand"]["sides"] == ["left", "right"]
    # the same steps run into one line after the name, as a pasted list often is
    inline = by_name("Before the first tee\n\nShoulder turns 1. Stand with a club across your shoulders. 2. Turn "
                     "to one side, then to the other. 3. Keep turning for 30 seconds.\n\nSide reach 1. Stand with "
                     "your feet apart. 2. Reach one arm over your head. 3. Do 8 reaches each side.\n")
    assert list(inline) == ["Shoulder turns", "Side reach"]
    assert inline["Shoulder turns"]["duration"] == "30 s"
    assert inline["Side reach"]["reps"] == 8 and inline["Side reach"]["sides"] == ["left", "right"]
    # a list of moves each with its own dose keeps its items, even when they open with a verb
    moves = by_name("Loosen up\n\n1. Stand tall and march on the spot for 30 seconds.\n"
                    "2. Swing your arms across your body 10 times.\n3. Roll your shoulders back 10 times.\n")
    assert len(moves) == 3


def test_a_dose_beside_the_clinicians_say_is_still_the_dose() -> None:
    found = by_name("Knee work\n\nQuad squeeze\n\nPress the back of your knee into the bed. Hold for five seconds. "
                    "Repeat up to 20 times, or as advised by your physio.\n\nStanding knee bend\n\nHold a chair and "
                    "lift your heel behind you. Do 15 repetitions with a weight recommended by your doctor or "
                    "physiotherapist.\n")
    assert found["Quad squeeze"]["reps"] == 20 and found["Quad squeeze"]["hold"] == "5 s"
    assert found["Standing knee bend"]["reps"] == 15


def test_a_name_line_over_bulleted_steps_is_one_exercise() -> None:
    found = by_name("Shoulder work\n\nBand pull to the side\n\n- Using a light band tied to a door handle, stand "
                    "side on.\n- Keep the elbow bent and tucked in at your waist.\n- Turn the forearm outwards and "
                    "back slowly.\n- Begin with 2 sets of 12 repetitions.\n")
    assert list(found) == ["Band pull to the side"]
    assert found["Band pull to the side"]["sets"] == 2 and found["Band pull to the side"]["reps"] == 12


def test_a_link_to_another_story_does_not_swallow_the_next_name() -> None:
    found = by_name("Steady on your feet\n\nSide sway\n\nStand tall and let your weight drift onto one foot. Stay "
                    "there for 20 seconds, then switch sides.\nAlso read: Why a Good Night's Sleep Matters\n"
                    "Heel raise\n\nHold a chair and rise up onto your toes.\nRead more: Five Tips for Winter Walks\n"
                    "Do this 12 times.\n")
    assert list(found) == ["Side sway", "Heel raise"]
    assert found["Heel raise"]["reps"] == 12


def test_a_stretch_label_before_the_body_part_is_the_parts_stretch() -> None:
    found = by_name("After the run\n\nStretch: your hamstrings\n\nPut one heel on a low step and lean over it. "
                    "Hold for 20 seconds, then swap legs.\n\nSTRETCH: YOUR CALVES\n\nStep one foot back and press "
                    "the heel down. Hold for 25 seconds, then swap legs.\n")
    assert list(found) == ["Hamstring stretch", "Calf stretch"]
    assert found["Calf stretch"]["hold"] == "25 s" and found["Calf stretch"]["sides"] == ["left", "right"]


def test_a_total_of_a_count_of_movements_is_its_reps() -> None:
    found = by_name("Before the first tee\n\nClub turns\n\nHold a club across your back and turn your chest from "
                    "side to side. Complete a total of 12-16 full swings.\n\nHip circles\n\nHands on hips, swing "
                    "them round in big circles. Do a total of 10 swings.\n")
    assert found["Club turns"]["reps"] == "12-16"
    assert found["Hip circles"]["reps"] == 10


def test_one_limb_at_a_time_is_no_count_and_count_to_five_is_a_hold() -> None:
    found = by_name("In bed after the operation\n\nFoot pumps\n\n1. Lie on your back.\n2. Point and pull your "
                    "foot. Do 1 leg at a time.\n3. Repeat at least 12 times for each foot.\n\nToe grip\n\nSit with a "
                    "cloth under your bare foot. Grip the cloth with your toes, pull it in, and count to 4. Let go "
                    "and do this 6 times.\n")
    assert found["Foot pumps"]["reps"] == 12 and found["Foot pumps"]["sides"] == ["left", "right"]
    assert found["Toe grip"]["reps"] == 6 and found["Toe grip"]["hold"] == "4 s"
