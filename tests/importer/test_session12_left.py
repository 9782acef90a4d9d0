"""Rules added while tuning again on rounds 15 to 19 (issue 16, session 12): a count written after a long time is
its sets, sides in the article's own words and order, knees rolled to one side and the other "each way"."""

from __future__ import annotations

from tests.importer.helpers import by_name, by_name_and_text
from voiceroutine.importer.dose import Kind, find_mentions, find_sides


def _sets(text: str) -> list[int]:
    return [m.amount.low for m in find_mentions(text) if m.kind is Kind.SETS]


def _reps(text: str) -> list[int]:
    return [m.amount.low for m in find_mentions(text) if m.kind is Kind.REPS]


def test_a_count_after_a_long_time_is_its_sets() -> None:
    # as "2 x 40 s" before the time, "40 s x 2" and "40 sec, twice" after it are 2 sets of it
    assert (_sets("Wall lean - 40 s x 2"), _reps("Wall lean - 40 s x 2")) == ([2], [])
    assert (_sets("Tree pose: 40 sec, twice"), _reps("Tree pose: 40 sec, twice")) == ([2], [])
    assert _sets("Heron stand, 45 seconds, 3 times each leg") == [3]
    found = by_name("## Heron stand\n\nStand on one leg. 45 seconds, 3 times each leg.\n\n"
                    "## Toe walks\n\nWalk on your toes. 20 s x 2.\n", "a.md")
    assert found["Heron stand"]["sets"] == 3 and "reps" not in found["Heron stand"]
    assert found["Toe walks"]["sets"] == 2 and "reps" not in found["Toe walks"]


def test_a_count_after_a_held_short_or_daily_time_is_not_sets() -> None:
    # "Hold 40 seconds, 3 times each side" counts the holds, as "hold 40 s, repeat 3 times" does
    assert (_sets("Hold 40 seconds, 3 times each side"), _reps("Hold 40 seconds, 3 times each side")) == ([], [3])
    assert _sets("Squeeze 5 s x 8") == []  # a short hold said 8 times: reps of it
    assert _sets("Walk 20 minutes, 2 times a day") == []  # how often


def test_directions_keep_the_article_s_words() -> None:
    assert find_sides("Swing the arm forwards 8 times, then backwards 8 times")[0].names == ("forwards", "backwards")
    assert find_sides("Roll 6 forward and then 6 backward")[0].names == ("forward", "backward")
    # the same count each way, the second written "back"
    assert find_sides("Crab walk 12 paces forward, then 12 paces back")[0].names == ("forward", "back")


def test_knees_rolled_to_one_side_and_the_other_each_way_are_per_side() -> None:
    sides = find_sides("Let the knees roll over to one side and then the other, 8 each way")[0]
    assert sides is not None and sides.names == ("left", "right")
    # cut at its "then" as prose clauses are, the same
    sides = find_sides("let the knees roll over to one side.. The other, 8 each way.")[0]
    assert sides is not None and sides.names == ("left", "right")
    # without "each way" it is one movement from side to side, no sides
    assert find_sides("Let the knees roll over to one side and then the other, 8 times")[0] is None


def test_an_article_that_writes_anticlockwise_has_its_circles_go_anticlockwise() -> None:
    text = ("## Wrist circles\n\nTrace small circles with your fists, 6 in each direction.\n\n"
            "## Ankle circles\n\nDraw circles with your big toe, 8 each way.\n\n"
            "Note: start clockwise, then go anticlockwise.\n")
    found = by_name(text, "a.md")
    assert found["Wrist circles"]["sides"] == ["clockwise", "anticlockwise"]
    assert found["Ankle circles"]["sides"] == ["clockwise", "anticlockwise"]
    # an article that writes both keeps each exercise's own word
    both = by_name(text.replace("Note: start", "Counterclockwise is the same as anticlockwise. Start"), "a.md")
    assert both["Wrist circles"]["sides"] == ["clockwise", "counterclockwise"]


_HOW_TO = """How to loosen tight calves

Section 1
Getting ready

1
March on the spot for 2 minutes. Swing your arms as you go.

2
Do heel raises on a step. Rise up on your toes and lower slowly, 12 times.

Section 2
Stretching

1
Lean into the wall. Push your hands into the wall, back leg straight, and stay there for 40 seconds.

Community Q&A
Question
How long is too long?
Answer
Stay up to 3 minutes if it feels good.
"""


def test_step_numbers_alone_on_their_lines_start_exercises() -> None:
    from voiceroutine.importer.step_numbers import bare_step_numbers
    assert bare_step_numbers("1\nMarch on the spot. Keep going.\n\n2\nRoll your ankles now.\n") == (
        "### 1. March on the spot.\nKeep going.\n\n### 2. Roll your ankles now.\n")
    # one number alone, or numbers that do not count up from 1, are left as they are
    assert bare_step_numbers("3\nSquat down low now.\n") == "3\nSquat down low now.\n"
    assert bare_step_numbers("1\nSquat down low now.\n") == "1\nSquat down low now.\n"
    assert bare_step_numbers("4\nSquat down low now.\n7\nLunge forward and back.\n") == (
        "4\nSquat down low now.\n7\nLunge forward and back.\n")
    found = list(by_name(_HOW_TO).values())
    assert [(e.get("duration"), e.get("reps"), e.get("hold")) for e in found] == [
        ("2 minutes", None, None), (None, 12, None), (None, None, "40 s")]


def test_a_questions_and_answers_line_ends_the_exercises() -> None:
    found, text = by_name_and_text(_HOW_TO)
    assert list(found.values())[-1]["hold"] == "40 s" and len(found) == 3
    assert "3 minutes" not in text  # the answer's time is no part of the last exercise, not even in a warning


def test_time_spent_longer_is_no_dose_and_moving_between_positions_is_a_duration() -> None:
    assert find_mentions("If one hip is stiffer, give it 5 seconds longer.") == []
    [moving] = find_mentions("Rock between the two shapes, then move between them for 1 minute.")
    assert moving.kind is Kind.DURATION and moving.amount.low == 60_000


def test_one_rep_that_takes_in_both_sides_is_no_count_and_no_sides() -> None:
    text = "Reach one arm out, come back, and switch to the other side: this counts as one rep. Do 6."
    assert _reps(text) == [6]
    sides, note = find_sides(text)
    assert sides is None and note == "one rep is said to take in both sides: written as plain reps"
    # without the definition it is per side
    assert find_sides("Reach one arm out, come back, and switch to the other side. Do 6.")[0] is not None


_POST = """Question about my routine

#1 Post by lazy_otter » Mon Mar 02, 2026 6:10 pm

Here is what I made up, is it ok?

First version:
Lunges 3x12
Plank 3x40s
Crunches 2x20

Edit: swapped a few things after your answers, I now do this:

Lunges 3 x 10 per leg
Plank 3 x 40 sec
Glute bridges 2 x 15

Rest about 2 minutes before the next exercise.

Last edited by lazy_otter on 3 March 2026, 09:02.

#2 Re: Question about my routine
Post by big_heron » Mon Mar 02, 2026 7:30 pm

- Crunches: skip them, do side planks 3 x 20 s instead.
"""


def test_an_edit_replaces_the_list_above_it_with_a_warning() -> None:
    from voiceroutine.importer import import_article
    from voiceroutine.importer.edited import _replaced
    from voiceroutine.importer.read import read_article
    result = import_article(_POST, "post.txt")
    assert [(e.name, e.value("sets")) for e in result.exercises] == [
        ("Lunges", 3), ("Plank", 3), ("Glute bridges", 2)]
    assert result.routine_warnings[0] == (
        'left out "Lunges 3x12, Plank 3x40s, Crunches 2x20": the edit below it ("Edit: swapped a few things after '
        'your answers, I now do this:") replaces it')
    # without a list after the edit line, the list above it stays
    kept = _POST[:_POST.index("Edit:")] + "Edit: thanks all, I kept it as it was.\n\nIt feels fine so far.\n\n"
    assert _replaced(read_article(kept + "My knees are happy with it.\n").blocks) == []
    one = _POST[:_POST.index("Edit:")] + "Edit: I added this one:\n\n- Squats 3x10\n"
    assert _replaced(read_article(one).blocks) == []  # one item after it adds to the list
    result = import_article(kept, "p.txt")
    assert [e.name for e in result.exercises] == ["Lunges", "Plank", "Crunches"] and not result.routine_warnings


def test_a_forum_post_s_footer_ends_its_exercises_and_a_rest_of_about_a_time_is_a_rest() -> None:
    found = by_name(_POST, "post.txt")
    assert list(found) == ["Lunges", "Plank", "Glute bridges"]  # not the reply's side planks
    assert found["Glute bridges"]["rest"] == "2 minutes" and "hold" not in found["Glute bridges"]
    [rest] = find_mentions("Rest about 45 seconds.")
    assert rest.kind is Kind.REST


def test_lines_under_a_lead_in_each_with_a_name_and_a_dose_are_a_list() -> None:
    from voiceroutine.importer.dosed_lines import dosed_lines
    assert dosed_lines("My plan:\nPlank 3x40s\nLunges 2x10\nSquats 3x12\n") == (
        "My plan:\n- Plank 3x40s\n- Lunges 2x10\n- Squats 3x12\n")
    # "Hold 30 seconds" starts an instruction, not a name
    told = "\nHold 30 seconds\nLunges 2x10\nSquats 3x12\n"
    assert dosed_lines(told) == told


def test_a_table_row_whose_first_phase_says_not_yet_is_left_out_with_a_warning() -> None:
    from voiceroutine.importer import import_article
    table = ("| Exercise | Weeks 1-2 | Weeks 3-4 |\n| --- | --- | --- |\n| Wall push-ups | 2 x 8 | 3 x 8 |\n"
             "| Chair dips | Not yet | 2 x 6 |\n| Heel raises | 12 reps | 15 reps |\n")
    result = import_article(table, "plan.md")
    assert [e.name for e in result.exercises] == ["Wall push-ups", "Heel raises"]
    assert result.routine_warnings == ('left out "Chair dips: Not yet": the article takes it out of the routine',)
    # a dash after the name, as before
    assert [e.name for e in import_article("- Squats 3x10\n- Lunges - not yet\n- Plank 30 s\n", "l.md").exercises] == [
        "Squats", "Plank"]


_SHEET = ("Drill\tLength\tReps\tBack\tNotes\t\n"
          "Warm-up jog\t600 m\t1\t–\tabout 4 min, easy\t\n"
          "High skips\t20 m\t3\twalk back\t\t\n"
          "Side shuffle\t20 m\t2\twalk back\tlow hips\t\n"
          "Cool-down jog\t1 km\t1\t–\t~5 min\t\n")


def test_a_sheet_s_rows_with_empty_cells_stay_one_table() -> None:
    from voiceroutine.importer.sheet_cells import filled_tab_cells
    assert filled_tab_cells("A\tB\tC\t\nx\t\t1\t\ny\t2\t3\t\n") == "A\tB\tC\nx\t–\t1\ny\t2\t3\n"
    assert filled_tab_cells("A\tB\tC\nx\ty\tz\n") == "A\tB\tC\nx\ty\tz\n"  # nothing empty: as it was
    assert list(by_name(_SHEET)) == ["Warm-up jog", "High skips", "Side shuffle", "Cool-down jog"]


def test_one_rep_of_a_time_is_the_time_and_a_jog_is_a_duration() -> None:
    found = by_name(_SHEET)
    assert found["Warm-up jog"]["duration"] == "4 minutes" and "reps" not in found["Warm-up jog"]
    assert found["Cool-down jog"]["duration"] == "5 minutes" and "reps" not in found["Cool-down jog"]


def test_a_distance_without_a_time_is_said_in_a_warning() -> None:
    from voiceroutine.importer import import_article
    from voiceroutine.importer.dose import untimed_distance
    skips = next(e for e in import_article(_SHEET, "s.txt").exercises if e.name == "High skips")
    assert ('gives a distance ("20 m") and no time: the voice cannot time or count a distance, so the dose was read '
            "from the other numbers; check it") in skips.warnings
    assert (untimed_distance("lift 2 x 1 m"), untimed_distance("a 20 cm step"), untimed_distance("run 1.5 km")) == (
        None, None, "1.5 km")


def test_a_sentence_that_says_twice_on_each_side_is_the_sets() -> None:
    found = by_name("## Side bend\n\nLean to the left and stay there for 20 seconds, then do the other side. "
                    "Twice on each side, then rest.\n", "a.md")
    assert (found["Side bend"]["sets"], found["Side bend"]["hold"]) == (2, "20 s") and "reps" not in found["Side bend"]
    assert _sets("Lift the leg. 10 times each side.") == [] and _reps("Lift the leg. 10 times each side.") == [10]


def test_a_movement_to_the_right_then_the_left_that_goes_on_has_no_sides() -> None:
    sides, note = find_sides("Hop to the right, land softly, then hop to the left. Keep it rhythmic for a minute.")
    assert sides is None and note == "moves from side to side for its time: written without sides"
    # done once to each side, it is per side
    assert find_sides("Turn to the right and hold, then turn to the left, then switch.")[0] is not None


def test_an_item_that_tells_how_at_length_then_gives_its_dose_is_its_own_exercise() -> None:
    text = ("Then:\n\n- Wall push-ups: 2 x 12\n"
            "- Lift your arm to eye level in front of you (palm down, elbow soft) with a water bottle: 2 x 8\n"
            "- Chest stretch in the doorway: hold 20 sec, 2 reps\n")
    found = by_name(text)
    assert list(found) == ["Wall push-ups", "Lift your arm to eye level", "Chest stretch in the doorway"]
    assert (found["Lift your arm to eye level"]["sets"], found["Lift your arm to eye level"]["reps"]) == (2, 8)


def test_hours_or_days_spent_are_no_movement_s_name() -> None:
    from voiceroutine.importer.prose import exercise_name
    habit = "Dana coaches 30 runners a week, and they share one habit: they sit for nine hours a day"
    assert exercise_name(habit) is None
    assert exercise_name("Follow that with 12 glute bridges") == "glute bridges"


def test_a_sentence_that_names_a_warm_up_before_a_colon_above_a_list_is_an_exercise() -> None:
    text = ("Hi Jo,\n\nDo this most days, twice if you can. Warm up with some leg swings: hold a chair and "
            "swing one leg forwards and back for about a minute.\n\nThen:\n\n- Glute bridges: 2 x 12\n"
            "- Clamshells: 2 x 15\n")
    found = by_name(text)
    assert list(found) == ["Leg swings", "Glute bridges", "Clamshells"]
    assert found["Leg swings"]["duration"] == "1 minute" and "reps" not in found["Leg swings"]
    from voiceroutine.importer.lead_ins import lead_in_name
    assert lead_in_name("Start with some rest: sit down.") is None  # no dose after the colon


def test_an_exercise_the_writer_forgot_and_adds_in_a_later_message_is_its_own() -> None:
    text = ("1. Wall push-ups: 10 reps, 2 sets\n2. Sit to stand: 8 reps, 2 sets\n\n"
            "A minute between sets is fine. Sorry, I forgot the heel raises: hands on the sink, "
            "14 of them, 2 sets\n")
    found = by_name(text)
    assert list(found) == ["Wall push-ups", "Sit to stand", "Heel raises"]
    assert (found["Heel raises"]["reps"], found["Heel raises"]["sets"]) == (14, 2)
    assert found["Sit to stand"]["reps"] == 8


def test_a_count_of_them_after_a_comma_is_reps_and_up_and_down_times_are_a_pace() -> None:
    assert _reps("slowly, 14 of them, 2 sets") == [14]
    assert [m.kind for m in find_mentions("up 3 secs, down 3 secs, 10 of them")] == [Kind.REPS]
    assert [m.kind for m in find_mentions("hold it up for 5 secs")] == [Kind.HOLD]


_CLASS = """# Playground moves

## Warm up first!

March on the spot and swing your arms. Carry on for 2 minutes.

Then circle your wrists: 8 going forwards, then 8 going backwards.

## The stations

Do each station for 20 seconds. Then you get 10 seconds to get your breath back. Then go round one more time.

1. Hops
Hop on one foot, then the other.

2. Bunny jumps
Jump forwards with both feet together.

3. Bear walk
Walk on your hands and feet.

## Cool down

Reach up tall like a tree, stretching your fingers, and count slowly to 8.

Lie on your back and hug your knees. Hold it for 15 seconds.
"""


def test_a_warm_up_told_in_prose_names_the_instruction_its_time_is_for() -> None:
    found = list(by_name(_CLASS, "a.md").values())
    assert [(e.get("duration"), e.get("reps"), e.get("sides")) for e in found[:2]] == [
        ("2 minutes", None, None), (None, 8, ["forwards", "backwards"])]
    assert str(found[0]["name"]).startswith("March on the spot")


def test_a_cool_down_counted_slowly_and_a_hold_under_its_instruction_are_two_holds() -> None:
    found = list(by_name(_CLASS, "a.md").values())
    assert [e.get("hold") for e in found[-2:]] == ["8 s", "15 s"]
    assert [m.kind for m in find_mentions("Reach up, and count slowly to 8 as you lower")] == []


def test_rounds_that_count_their_moves_leave_out_a_timed_warm_up_and_cool_down() -> None:
    import yaml

    from voiceroutine.importer import import_article
    text = ("We warm up, go through 4 moves three times, then cool down. Every move is 30 seconds of work followed "
            "by 15 seconds of rest.\n\n## March on the spot\n\nMarch for 1 minute.\n\n## Squats\n\nSit back and "
            "stand up.\n\n## Lunges\n\nStep back and bend both knees.\n\n## Push-ups\n\nLower your chest.\n\n"
            "## Plank jacks\n\nJump your feet out and in.\n\n## Hamstring stretch\n\nHold it for 45 seconds.\n")
    items = yaml.safe_load(import_article(text, "a.md").yaml_text)["exercises"]
    assert items[0]["name"] == "March on the spot"
    circuit = items[1]
    assert (circuit["rounds"], [e["name"] for e in circuit["exercises"]]) == (3, ["Squats", "Lunges", "Push-ups",
                                                                                 "Plank jacks"])
    assert items[2]["name"] == "Hamstring stretch"
    # with every move timed there is no telling the warm-up from the circuit: all of them, as before
    timed = text.replace("Sit back and stand up.", "Sit back and stand up for 30 seconds.")
    assert len(yaml.safe_load(import_article(timed, "a.md").yaml_text)["exercises"][0]["exercises"]) == 6


def test_a_list_of_names_some_with_a_dose_in_brackets_is_a_list_of_exercises() -> None:
    from voiceroutine.importer import import_article
    text = "Today:\n\n- Skip on the spot (2 min)\n- Squats\n- Lunges\n- Side plank (20 s)\n"
    result = import_article(text, "a.txt")
    assert [e.name for e in result.exercises] == ["Skip on the spot", "Squats", "Lunges", "Side plank"]
    squats = result.exercises[1]
    assert "no dose found: 10 reps were assumed" in squats.warnings  # said, not silent
    # two names alone are no such list
    assert [e.name for e in import_article("Today:\n\n- Skip on the spot (2 min)\n- Squats\n", "b.txt").exercises][
        :1] == ["Skip on the spot"]


def test_an_exercise_named_by_a_clock_time_is_warned_about() -> None:
    from voiceroutine.importer import import_article
    text = ("Transcript\n\n0:00\n[Music]\n0:04\nhey everyone welcome back to my channel\n0:31\nwe start with big "
            "arm circles for 30\n0:34\nseconds nice and easy\n1:02\nnow march on the spot for one minute\n2:10\n"
            "and then 12 squats nice and slow\n3:00\nthat is it see you soon\n")
    [exercise] = import_article(text, "t.txt").exercises
    assert exercise.name == "0:00"
    assert exercise.warnings[0] == ('its name starts with a time ("0:00"), as a transcript\'s lines do: the name and '
                                    "the dose may be another line's; check them")


def test_a_bold_notes_or_tips_label_is_no_exercise_and_what_it_labels_is_a_note() -> None:
    from voiceroutine.importer import import_article
    led = ("# Legs\n\n**Wall sit.** Slide down the wall and hold for 30 seconds.\n\n**Tips from Sam:** push through "
           "your heels, and rest 20 seconds between moves.\n\n**Calf raise.** Rise onto your toes, 15 times.\n")
    assert [e.name for e in import_article(led, "a.md").exercises] == ["Wall sit", "Calf raise"]
    lined = ("# Legs\n\n**Wall sit**\nHold for 30 seconds.\n\n**Trainer's notes:**\nGo slowly, 3 sets of "
             "everything.\n\n**Calf raise**\nRise onto your toes, 15 times.\n")
    result = import_article(lined, "b.md")
    assert [e.name for e in result.exercises] == ["Wall sit", "Calf raise"]
    assert result.exercises[0].value("sets") is None  # the note's dose is said, not used
    assert result.exercises[0].warnings == (
        'a note in it gives a dose that was not used: "Go slowly, 3 sets of everything."',)


def test_a_hand_sat_on_is_not_the_side_a_stretch_starts_on_and_a_clap_button_is_no_dose() -> None:
    text = "Sit on your left hand and lean your head to the right for 20 seconds, then change sides."
    assert find_sides(text)[0].names == ("right", "left")
    # a knee knelt on is the side worked
    assert find_sides("Kneel on your left knee, hold for 30 seconds, then switch legs.")[0].names == ("left", "right")
    from voiceroutine.importer.steps import is_background
    assert is_background("Found this useful? Hit the clap button up to 50 times.")
