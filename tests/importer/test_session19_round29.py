"""Round 29's misses, fixed with general rules (issue 16's nineteenth session): each test an article of our own
words in the shape that was missed."""

from __future__ import annotations

from tests.importer.helpers import by_name, imported


def test_a_star_rating_line_is_no_item_and_no_dose_of_the_line_above() -> None:
    # "★★★★★  1,284 ratings" opened with symbols read as a bullet, and the line above took its count for 1,284 reps
    text = ("Guides > Kit's guides\n\nNot enough ratings\n\n★★★★★  1,284 ratings\n\nDesk breaks\nBy kit\n\n"
            "Wrist circles\nCircle both wrists slowly, ten times each way.\n\n"
            "Calf raises\nStand behind your chair and rise onto your toes. 15 reps.\n")
    found = by_name(text)
    assert list(found) == ["Wrist circles", "Calf raises"]
    assert found["Calf raises"]["reps"] == 15


def test_do_it_2x_after_a_long_hold_is_two_sets_and_per_thumb_is_per_side() -> None:
    text = ("Desk stretches\n\nWrist stretch\nArm straight out, palm up. 30s each hand, do it 2x.\n\n"
            "Thumb pull\nEase the thumb back from the palm. 15 sec per thumb.\n")
    found = by_name(text)
    assert found["Wrist stretch"]["hold"] == "30 s" and found["Wrist stretch"]["sets"] == 2
    assert "reps" not in found["Wrist stretch"]
    assert found["Thumb pull"]["hold"] == "15 s" and found["Thumb pull"]["sides"] == ["left", "right"]


def test_indented_names_under_a_sentence_are_a_list_and_a_wrapped_line_is_no_heading() -> None:
    # a plain-text box: a wrapped sentence's last line ("rest after each time round:") over indented lines was taken
    # for a heading; indented names under "Hold each one for 20 seconds." ran into one paragraph
    from voiceroutine.importer.board import board_outline

    text = ("Find a clear bit of rail. Go through these moves twice, with a minute's\n"
            "rest after each time round:\n  Rail push-ups - 10\n  Squats - 12\n\n"
            "Finish with these stretches. Hold each one for 20 seconds.\n  Calf stretch (each leg)\n"
            "  Side reach (each side)\n")
    out = board_outline(text)
    assert "### " not in out
    assert "rest after each time round:\n\n- Rail push-ups - 10\n- Squats - 12" in out
    assert "Hold each one for 20 seconds.\n\n- Calf stretch (each leg)\n- Side reach (each side)" in out


def test_pause_there_for_a_count_is_a_hold_of_each_rep() -> None:
    text = ("# Shoulder plan\n\n## Table slides\n\nSlide the towel away from you as far as is comfortable. Pause there "
            "for a count of 5, then slide back. Ten slides.\n")
    found = by_name(text)
    assert found["Table slides"]["reps"] == 10 and found["Table slides"]["hold"] == "5 s"


def test_a_timetable_slot_heading_is_named_without_its_clock_time_and_a_time_field_is_no_hold() -> None:
    # a meeting plan: "Time: 19:00 - 20:30" is when it meets, and each slot between rules opens with its start time
    rule = "-" * 40
    text = (f"Club night\n\nTime: 19:00 - 20:30\nPlace: the hall\n\n{rule}\n19:00  Opening and notices\n{rule}\n"
            f"Leaders take the register.\n\n{rule}\n19:10  WARM-UP (Sam)\n{rule}\nJog on the spot - 2 mins\n"
            f"Arm circles - 10 forwards then 10 backwards\n\n{rule}\n19:30  COOL DOWN\n{rule}\n"
            "Calf stretch, hands on the wall - 20 secs a leg\nQuad stretch - 20 secs a leg\n")
    found = by_name(text)
    assert list(found) == ["Jog on the spot", "Arm circles", "Calf stretch", "Quad stretch"]
    assert found["Jog on the spot"]["duration"] == "2 minutes"
    assert found["Arm circles"]["reps"] == 10 and found["Arm circles"]["sides"] == ["forwards", "backwards"]
    assert found["Quad stretch"]["hold"] == "20 s"


def test_hold_for_a_bare_number_is_seconds_and_twice_after_it_counts_the_hold() -> None:
    text = "Cool-down\n\n- Hamstring stretch - hold for 20, twice\n- Calf stretch - 30 s each leg\n"
    found, yaml_text = imported(text)
    assert found[0]["name"] == "Hamstring stretch" and found[0]["hold"] == "20 s" and found[0]["reps"] == 2
    assert "gives no unit: read as seconds" in yaml_text


def test_between_half_a_minute_and_a_minute_is_a_range_of_the_hold() -> None:
    text = ("Walk warm-up\n\nHamstring stretch – heel on the low wall, lean forward. Between half a minute and a "
            "minute on each leg.\n\nAnkle circles – 8 clockwise and 8 anticlockwise.\n")
    found = by_name(text)
    assert found["Hamstring stretch"]["hold"] == "30-60 s"
    assert found["Hamstring stretch"]["sides"] == ["left", "right"]


def test_do_a_slow_ten_three_times_through_is_three_sets_of_ten() -> None:
    text = ("# Rider fitness\n\n## Heel drops\n\nStand on the step and let your heels sink. Do a slow ten, three times "
            "through, with a short break in between.\n\n## Calf stretch\n\nLean on the wall. Hold 30 seconds.\n")
    found = by_name(text)
    assert found["Heel drops"]["reps"] == 10 and found["Heel drops"]["sets"] == 3


def test_going_through_both_legs_a_second_time_is_two_sets() -> None:
    text = ("# Rider fitness\n\n## Kneeling hip flexor stretch\n\nKneel on one knee and push the hips forward. "
            "45 seconds on each leg, then go through both legs a second time.\n\n## Calf stretch\n\nHold 30 seconds.\n")
    found = by_name(text)
    stretch = found["Kneeling hip flexor stretch"]
    assert stretch["hold"] == "45 s" and stretch["sets"] == 2 and stretch["sides"] == ["left", "right"]


def test_moving_slowly_between_two_positions_for_a_time_is_a_duration() -> None:
    text = ("# Back care\n\n## Cat and camel\n\nOn hands and knees, round your back, then let it dip. Move slowly "
            "between the two for about a minute.\n\n## Knee rolls\n\nLie on your back, knees bent. Let both knees "
            "fall slowly to the left, come back through the middle and let them go to the right. Eight each way.\n")
    found = by_name(text)
    assert found["Cat and camel"]["duration"] == "1 minute" and "hold" not in found["Cat and camel"]
    assert found["Knee rolls"]["reps"] == 8 and found["Knee rolls"]["sides"] == ["left", "right"]


def test_hold_for_a_bare_count_in_a_breathing_pattern_is_no_hold_in_seconds() -> None:
    # "in for 4, hold for 4, out for 4": the counts of a breath, not a 4 s hold of the exercise
    text = ("# Desk reset\n\n## Calf raises\n\nUp on your toes, down slowly. 15 reps.\n\n## Box breathing\n\n"
            "Breathe in for 4, hold for 4, out for 4, hold for 4. Four rounds.\n")
    found = by_name(text)
    assert "hold" not in found["Box breathing"] or found["Box breathing"]["hold"] != "4 s"
