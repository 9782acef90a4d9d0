"""Rules added while tuning on rounds 18 and 15 again: a sheet's numbered column, doses in breaths ("10 br") and a
breath the sheet defines, a group of lettered items under an item, and more (each test on words of our own)."""

from __future__ import annotations

from voiceroutine.importer import import_article
from voiceroutine.importer.accuracy import duration_ms
from voiceroutine.importer.blocks import Block, BlockKind, is_stop
from voiceroutine.importer.breath_count import defined_breath
from voiceroutine.importer.dose import Kind, find_mentions, find_sides
from voiceroutine.importer.prose import exercise_name
from voiceroutine.importer.read import read_article
from voiceroutine.importer.steps import without_dose
from voiceroutine.routine.loader import load_routine_text

_SHEET = ("Evening wind-down\n\n"
          "How we breathe tonight: one breath = in for a count of 3, out for a count of 5.\n\n"
          "ON THE FLOOR\n"
          "  1  Knees to chest ..................... 8 br\n"
          "  2  Happy baby ........................ 6 br\n"
          "  3  Reclined twist ............. 4 br L  /  4 br L\n"
          "  4  Lying hamstring stretch ........ 5 br R / 5 br L\n"
          "  5  Floor round, twice through:\n"
          "        a. Sphinx ........................ 3 br\n"
          "        b. Child's pose .................. 2 br\n"
          "  6  Bridge lifts ...................... 12 reps\n")


def _import(text: str, name: str = "sheet.txt") -> str:
    result = import_article(text, name)
    load_routine_text(result.yaml_text, name)
    return result.yaml_text[result.yaml_text.index("exercises:"):]


def test_a_column_of_numbers_before_names_numbers_its_lines() -> None:
    blocks = read_article("Plan\n\n 1  Cat stretch\n 2  Calf raise\n 3  Wall sit\n").blocks
    assert [(block.kind, block.marker, block.text) for block in blocks[1:]] == [
        (BlockKind.ITEM, "1.", "Cat stretch"), (BlockKind.ITEM, "2.", "Calf raise"), (BlockKind.ITEM, "3.", "Wall sit")]
    # two such lines, or numbers that do not run 1, 2, 3, are no column
    two = read_article("Plan\n\n 1  Cat stretch\n 2  Calf raise\n").blocks
    assert all(block.kind is BlockKind.TEXT for block in two)
    loose = read_article("Plan\n\n 4  Cat stretch\n 7  Calf raise\n 9  Wall sit\n").blocks
    assert all(block.kind is BlockKind.TEXT for block in loose)


def test_br_after_a_number_is_breaths_and_r_then_l_is_each_side_right_first() -> None:
    (mention,) = find_mentions("Pigeon – 7 br")
    assert (mention.kind, mention.amount.low, mention.amount.breaths) == (Kind.TIMED, 7, True)
    assert find_sides("Pigeon – 7 br R / 7 br L")[0] is not None
    assert find_sides("Pigeon – 7 br R / 7 br L")[0].names == ("right", "left")  # type: ignore[union-attr]
    assert find_sides("Lunge – 9 reps L / 9 reps R")[0].names == ("left", "right")  # type: ignore[union-attr]
    # "br" only counts after a number, and the same letter twice is no pair of sides
    assert not find_mentions("bring the br to the front")
    assert find_sides("Twist – 4 br L / 4 br L")[0] is None


def test_a_breath_the_sheet_defines_makes_poses_in_breaths_flows_of_that_many_cycles() -> None:
    assert defined_breath(["How we breathe tonight: one breath = in for a count of 3, out for a count of 5."]) == (3, 5)
    assert defined_breath(["Breathe in for 3 seconds and out for 5."]) is None  # no breath defined: a flow's phases
    body = _import(_SHEET)
    assert ("  - name: Knees to chest\n    flow:  # inferred: the article's breath: \"How we breathe tonight: one "
            "breath = in for a count of 3, out for a count of 5.\"\n      - Breathe in: 3 s\n      - Breathe out: 5 s\n"
            "    cycles: 8\n" in body)
    assert "  - name: Lying hamstring stretch\n    flow:" in body  # "5 br R / 5 br L" is no step
    assert "    cycles: 5\n    sides: [right, left]\n" in body
    assert "  - name: Bridge lifts\n    reps: 12\n" in body  # a count of reps stays reps


def test_without_a_defined_breath_a_count_of_breaths_stays_a_hold() -> None:
    body = _import("Evening\n\n 1  Knees to chest ...... 8 br\n 2  Happy baby ...... 6 br\n 3  Bridge ...... 10 reps\n")
    assert "    hold: 40 s  # inferred: 8 breaths at about 5 s each\n" in body
    assert "flow" not in body


def test_an_item_ending_in_a_colon_over_lettered_items_is_their_heading() -> None:
    blocks = read_article(_SHEET).blocks
    heading = next(block for block in blocks if block.text.startswith("Floor round"))
    assert (heading.kind, heading.text) == (BlockKind.HEADING, "Floor round, twice through")
    body = _import(_SHEET)
    assert "  - name: Sphinx\n    flow:" in body
    assert "  - name: Child's pose\n    flow:" in body
    assert "Floor round" not in body
    # one lettered item is no group
    single = read_article("1. Warm up:\n   a. March\n2. Squats\n").blocks
    assert single[0].kind is BlockKind.ITEM


_BOXED = ("Club news, week 9\n\n"
          "Last month we did 4 rounds of 12 lunges and a 30-second wall sit.\n\n"
          "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓\n"
          "┃  THE CLUB CIRCUIT: HIPS AND TRUNK                ┃\n"
          "┃                                                  ┃\n"
          "┃  Circuit, 4 rounds.                              ┃\n"
          "┃  Each exercise 30 s, then 15 s to reset.         ┃\n"
          "┃  After every round take an extra 90 seconds.     ┃\n"
          "┃   • Side-lying clam                              ┃\n"
          "┃   • Hollow body rock                             ┃\n"
          "┃   • Reverse lunge                                ┃\n"
          "┃  Finally, done once:                             ┃\n"
          "┃   • Pigeon stretch, 40 s per side                ┃\n"
          "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛\n\n"
          "═══ MEMBERS' LETTERS ═══\n\n"
          "Tom writes that his 2 x 5 km runs went well, all 300 of them.\n")


def test_a_box_s_first_short_line_and_a_name_between_rule_runs_are_headings() -> None:
    headings = [block.text for block in read_article(_BOXED).blocks if block.kind is BlockKind.HEADING]
    assert headings == ["THE CLUB CIRCUIT: HIPS AND TRUNK", "MEMBERS' LETTERS"]
    # a sentence in a box's first line, or between rule runs, stays text
    assert not [b for b in read_article("┏━━━━┓\n┃ Rest well, all. ┃\n┗━━━━┛\n━━━ Thanks, all. ━━━\n").blocks
                if b.kind is BlockKind.HEADING]


def test_a_circuit_label_each_move_then_a_reset_and_a_rest_taken_after_each_round_make_the_circuit() -> None:
    body = _import(_BOXED, "club.txt")
    assert body.startswith(
        "exercises:\n  - circuit: \"THE CLUB CIRCUIT: HIPS AND TRUNK\"\n"
        "    rounds: 4  # inferred: \"Circuit, 4 rounds\"\n"
        "    work: 30 s  # inferred: \"Each exercise 30 s, then 15 s to reset.\"\n"
        "    rest: 15 s  # inferred: \"Each exercise 30 s, then 15 s to reset.\"\n"
        "    round_rest: 90 s  # inferred: \"After every round take an extra 90 seconds\"\n"
        "    exercises:\n      - name: Side-lying clam\n\n      - name: Hollow body rock\n\n"
        "      - name: Reverse lunge\n\n  - name: Pigeon stretch\n    hold: 40 s\n    sides: [left, right]\n")
    # (last month's "4 rounds of 12 lunges", above the box, gives the names in it no dose)


def test_a_word_the_article_defines_as_a_set_counts_sets() -> None:
    leaflet = ("Home plan\n\nBetween every group you rest 45 seconds.\n\n"
               "Step 1 – Wall press\nPress the wall 10 times, this counts as one group. Make 4 groups.\n\n"
               "Step 2 – Heel drop\nLower the heels 12 times. Make 2 groups, but between the groups the rest is only "
               "20 seconds.\n")
    body = _import(leaflet, "leaflet.txt")
    assert "  - name: Wall press\n    reps: 10\n    sets: 4\n    set_rest: 45 s" in body
    assert body.endswith("    reps: 12\n    sets: 2\n    set_rest: 20 s\n")  # its own rest wins, and no other
    # without the article saying what a group is, "3 groups" is no dose
    assert not find_mentions("Work 3 muscle groups, then 2 groups of friends chat.")


def test_the_rest_is_n_seconds_is_a_rest_and_the_same_count_right_then_left_is_each_side() -> None:
    (sets, rest) = find_mentions("Make 3 sets, but between the sets the rest is only 30 seconds.")
    assert (sets.kind, rest.kind, rest.amount.low) == (Kind.SETS, Kind.SET_REST, 30000)
    sides = find_sides("Take 6 steps to the right and after that 6 steps to the left.")[0]
    assert sides is not None and sides.names == ("right", "left")
    assert find_sides("Turn 5 to the right and 3 to the left.")[0] is None  # two counts: no pair of sides


_ANSWER = ("How do I start with a sandbag at home?\n\n"
           "Rosa Lind\n"
           "Climbing coach · Answered 2y\n\n"
           "I've coached plenty of people through this. Most start with about 10 kg, a bag they can lift 15 times "
           "without strain.\n\n"
           "Warm up with a couple of minutes of skipping on the spot. Then do 3 sets of 8 bag squats, resting 60 "
           "seconds between sets, and follow them with 2 sets of 6 bag cleans, with a minute's rest after each set. "
           "Side planks come next: 20 seconds on each side, twice through. After that, hold a hollow body for 15 "
           "seconds, rest for 15 seconds and hold it again, four times in all. Then do 10 bag swings, drop the bag, "
           "and repeat that three times. Finish by kneeling in a low lunge for a full minute.\n\n"
           "When it feels easy, do 4 sets of 10 squats. You don't need a 60-minute session for any of this.\n")


def test_the_running_prose_under_an_only_heading_tells_its_exercises_clause_by_clause() -> None:
    body = _import(_ANSWER, "answer.txt")
    names = [line.split("name: ")[1].split("  #")[0] for line in body.splitlines() if "- name: " in line]
    assert names == ["Skipping on the spot", "Bag squats", "Bag cleans", "Side planks", "Hollow body", "Bag swings",
                     "Low lunge"]  # the lexicon: "kneeling in a" is how, "low lunge" what
    assert "    reps: 8\n    sets: 3\n    set_rest: 1 minute\n" in body
    assert "    reps: 6\n    sets: 2\n    set_rest: 1 minute\n" in body  # "a minute's rest after each set"
    # "twice through", "four times in all" and "repeat that three times" after "do 10" are the whole exercise again
    assert ("    hold: 20 s\n    sets: 2  # inferred: \"2 times through\": the whole exercise 2 times, read as sets\n"
            in body)
    assert "    hold: 15 s\n    sets: 4  # inferred: \"4 times in all\"" in body
    assert "    reps: 10\n    sets: 3  # inferred: \"repeat that 3 times\"" in body
    assert "    hold: 1 minute\n" in body  # "for a full minute"
    # the first paragraph's "15 times" and "10 kg", the later progression and what not to do are no exercise's dose
    assert "15" not in body.split("Skipping on the spot")[1].split("- name")[0]
    assert "60-minute" not in body and "4 sets of 10" not in body


def test_a_load_and_what_not_to_do_name_no_movement() -> None:
    assert exercise_name("start with 10 kg for most") is None
    assert exercise_name("a bag of 10 kg and lift it 15 times") is None
    assert exercise_name("you don't need a 60-minute session") is None
    assert exercise_name("lunges come next: 8 on each leg") == "lunges"


def test_a_breath_defined_as_an_inhale_and_an_exhale_each_so_long_times_poses_and_rounds_with_the_breath() -> None:
    assert defined_breath(["By a breath I mean one inhale and one exhale, each about three counts long."]) == (3, 3)
    assert defined_breath(["Inhale and exhale, each 3 seconds."]) is None  # says nothing about "breaths"
    flow = ("# Morning floor flow\n\nBy a breath I mean one inhale and one exhale, each about three counts long.\n\n"
            "### Sphinx\n\nLie on your front and prop yourself on your forearms. Stay for 7 breaths.\n\n"
            "### Rocking cat\n\nOn hands and knees, inhale as you look up; exhale as you round your back. Keep "
            "going for 5 rounds.\n\n### Squat pulses\n\nSink low and pulse 12 times.\n")
    body = _import(flow, "flow.md")
    assert "    flow:  # inferred: the article's breath: \"By a breath I mean" in body
    assert "      - Breathe in: 3 s\n      - Breathe out: 3 s\n    cycles: 7\n" in body
    assert "      - Breathe in: 3 s\n      - Breathe out: 3 s\n    cycles: 5\n" in body  # "5 rounds" of the breath
    assert "    reps: 12\n" in body  # a count that is no rounds stays reps


def test_a_ticked_box_leaves_its_numbered_item_and_an_empty_one_is_left_out_with_its_lines() -> None:
    sheet = ("Knee plan for Sam\n\nDo the ticked ones.\n\n"
             "☑ 1. Quad set\nTighten the front of your thigh. Hold for 5 seconds, 10 times.\n\n"
             "☐ 2. Step-down\nStand on a step and lower the other heel.\nRepeat 12 times.\n\n"
             "☑ 3. Heel slide\nSlide your heel towards you. Repeat 15 times.\n")
    body = _import(sheet, "plan.txt")
    names = [line.split("name: ")[1] for line in body.splitlines() if "- name: " in line]
    assert names == ["Quad set", "Heel slide"]
    assert "12" not in body
    assert import_article(sheet, "plan.txt").routine_warnings == (
        'left out, as its box is not ticked: "☐ 2. Step-down"',)
    # a list of only empty boxes is every item, to be ticked
    blank = read_article("Plan\n\n☐ 1. Quad set\n☐ 2. Heel slide\n").blocks
    assert [(block.marker, block.text) for block in blank[1:]] == [("1.", "Quad set"), ("2.", "Heel slide")]
    assert [b.text for b in read_article("Plan\n\n- [x] Bridge\n- [ ] Clam\n").blocks] == ["Plan", "Bridge"]


def test_an_item_with_an_aside_or_a_manner_after_its_dose_and_minutes_with_seconds() -> None:
    items = ("# Warm-up\n\n* Lunges x10, nice and easy\n* Side stretch (arm overhead), 20 sec each side\n"
             "* Easy jog – 2 min 15 s\n* March on the spot for 1 min 30 s\n")
    body = _import(items, "items.md")
    assert "  - name: Lunges\n    steps:\n      - Nice and easy.\n    reps: 10\n" in body
    assert "  - name: Side stretch\n    hold: 20 s\n    sides: [left, right]\n" in body
    assert "  - name: Easy jog\n    duration: 135 s\n" in body
    assert "  - name: March on the spot\n    duration: 90 s\n" in body
    (mention,) = find_mentions("hold for 1 minute and 5 seconds")
    assert (mention.kind, mention.amount.low) == (Kind.HOLD, 65000)
    assert [m.amount.low for m in find_mentions("30 s - 1 min")] == [30000]  # a range stays a range
    assert without_dose("Walk slowly around the room for 1 min 30 s to settle.", frozenset()) == (
        "Walk slowly around the room to settle.")


def test_the_scorer_reads_minutes_and_seconds_as_one_time() -> None:
    assert duration_ms("1 min 30 s") == (90000, 90000)
    assert duration_ms("45 s - 1 min") == (45000, 60000)
    assert duration_ms("45 seconds to 1 minute") == (45000, 60000)


_EMAIL = ("Daily Move #40\n\nHi Jo,\n\nToday is about the legs.\n\n"
          "WARM UP (3 minutes)\n- Skip on the spot for 2 minutes.\n- 10 easy lunges, only as deep as feels fine.\n\n"
          "TODAY'S EXERCISE: SPLIT SQUAT HOLD\nStand in a long stride and sink the back knee. Hold for 20 seconds. "
          "Rest 30 seconds, then go again. Four holds in total.\n\n"
          "FINISHER\nStay in the stride, stand up tall and do heel raises:\n3 x 12, slow at the bottom.\n\n"
          "HOW IT WORKS\nReply with your time and I will send a new plan.\n")


def test_capital_lines_are_headings_and_what_their_labels_name_and_a_colon_announcing_a_dose() -> None:
    headings = [block.text for block in read_article(_EMAIL).blocks if block.kind is BlockKind.HEADING]
    assert headings == ["WARM UP (3 minutes)", "TODAY'S EXERCISE: SPLIT SQUAT HOLD", "FINISHER", "HOW IT WORKS"]
    body = _import(_EMAIL, "email.txt")
    names = [line.split("name: ")[1].split("  #")[0] for line in body.splitlines() if "- name: " in line]
    assert names == ["Skip on the spot", "Lunges", "Split squat hold", "Heel raises"]
    assert "  - name: Lunges\n    steps:\n      - Only as deep as feels fine.\n    reps: 10\n" in body
    assert "    hold: 20 s\n    sets: 4  # inferred: \"4 holds in total\": the hold 4 times, read as sets\n" in body
    assert "    reps: 12\n    sets: 3\n" in body
    # in Markdown, or as the first line, a line in capitals stays as it is
    assert read_article("DAILY MOVE\n\nHi.\n").blocks[0].kind is BlockKind.TEXT
    assert read_article("# Plan\n\nWARM UP\nJog.\n").blocks[1].kind is BlockKind.TEXT


def test_a_sentence_that_defines_the_breath_is_no_exercise_and_a_flow_shows_its_cycles() -> None:
    result = import_article(_SHEET.replace("How we breathe tonight", "BREATH COUNT"), "sheet.txt")
    assert result.rows[0].exercise == "Knees to chest"
    assert result.rows[0].dose == "flow 8 cycles"
    assert not find_mentions("one breath = in for a count of 3, out for a count of 5")


def test_a_labelled_heading_names_its_exercise_and_how_it_works_is_no_exercise() -> None:
    page = ("# Plan\n\n## How it works\n\nHold each pose for 20 seconds.\n\n"
            "## Today's exercise: Wall push-up\n\nLean on the wall and push away 10 times.\n\n"
            "## Exercise of the day: Calf raise\n\nRise onto your toes 15 times.\n")
    body = _import(page, "page.md")
    names = [line.split("name: ")[1] for line in body.splitlines() if "- name: " in line]
    assert names == ["Wall push-up", "Calf raise"]
    assert exercise_name("Do 4 holds") is None  # holds are a dose, not a movement


def test_a_breath_definition_with_other_numbers_is_still_no_exercise() -> None:
    sheet = _SHEET.replace("out for a count of 5.", "out for a count of 5. Count at about one a second.")
    assert import_article(sheet, "sheet.txt").rows[0].exercise == "Knees to chest"


def test_lines_of_name_dash_dose_are_a_list_and_a_comment_header_ends_the_exercises() -> None:
    thread = ("r/homegym\nPosted by u/jo 2 days ago\n\nMy plan, long lines and all, from the physio this spring:\n\n"
              "Banded hip thrusts with a long pause - 3 sets of 12 per side\n"
              "Step-downs from the second stair - 10 each leg, 2 sets, slow\n"
              "Dead bugs on the mat - 8 per side x 3, lower back flat\n\n"
              "sorted by: best\n\n[–] kim_lifts 40 points 1 day ago\nI do goblet squats, 4 x 8, and it works.\n")
    body = _import(thread, "thread.txt")
    names = [line.split("name: ")[1] for line in body.splitlines() if "- name: " in line]
    assert names == ["Banded hip thrusts with a long pause", "Step-downs from the second stair", "Dead bugs on the mat"]
    assert "  - name: Dead bugs on the mat\n    steps:\n      - Lower back flat.\n    reps: 8\n    sets: 3\n" in body
    assert [(m.kind, m.amount.low) for m in find_mentions("6 per arm x 2")] == [(Kind.REPS, 6), (Kind.SETS, 2)]
    assert is_stop(Block(BlockKind.TEXT, "sorted by: best"))
    assert is_stop(Block(BlockKind.TEXT, "[–] kim_lifts 40 points 1 day ago"))
    assert not is_stop(Block(BlockKind.TEXT, "[1] Smith, 2020"))


def test_counts_in_words_more_sets_another_dozen_and_the_same_with_the_other_foot() -> None:
    def said(text: str) -> list[tuple[Kind, int]]:
        return [(m.kind, m.amount.low) for m in find_mentions(text)]

    assert said("Keep it up for a minute and a half.") == [(Kind.DURATION, 90000)]
    assert said("Tap your toes half a dozen times.") == [(Kind.REPS, 6)]
    assert said("Squeeze ten times. Rest, then do a couple more sets like that.") == [(Kind.REPS, 10), (Kind.SETS, 3)]
    assert said("A dozen presses, then half a minute's rest, then another dozen.") == [
        (Kind.REPS, 12), (Kind.REST, 30000), (Kind.SETS, 2)]
    sides = find_sides("Circle your left wrist 8 times. Then do the same with the right hand.")[0]
    assert sides is not None and sides.names == ("left", "right")


def test_numbered_paragraphs_led_by_a_name_and_notes_by_number_and_holds_counted_for_each() -> None:
    sheet = ("Desk breaks\n\n"
             "1. Neck stretch. Let your ear drop towards your shoulder and come back up.\n"
             "2. Forearm stretch. Hold one hand out and draw the fingers back with the other.\n"
             "3. Fist pump. Make a loose fist, then open the hand wide.\n\n"
             "Do each one 8 times. The two stretches are the exception: hold each of them for a count of four, and do "
             "them 3 times.\n\nNumbers 2 and 3 work one hand at a time.\n")
    body = _import(sheet, "desk.txt")
    names = [line.split("name: ")[1] for line in body.splitlines() if "- name: " in line]
    assert names == ["Neck stretch", "Forearm stretch", "Fist pump"]
    assert "    reps: 3  # inferred" in body.split("Forearm stretch")[1].split("- name")[0]
    assert "    hold: 4 s  # inferred" in body.split("Forearm stretch")[1].split("- name")[0]
    assert body.split("Fist pump")[1].count("sides: [left, right]  # inferred: from a note that names it") == 1
    assert "sides" not in body.split("Forearm stretch")[0]
    assert "    reps: 8  # inferred" in body.split("Fist pump")[1]
    # a numbered paragraph that starts with an instruction has no name sentence
    first = _import("Desk\n\n1. Lift your arms. Lower them.\n2. Roll your head. Stop there.\n\nDo each one 5 times.\n",
                    "d.txt")
    assert "Lift your arms" in first and "- name: Roll your head" in first


def test_a_question_page_its_bylines_tags_and_counts_of_people_are_no_exercises() -> None:
    page = ("<html><body><h1>Q: My hips ache after runs. What helps?</h1><p>Asked by ana_runs · 2 days ago</p>"
            "<p>I don't want anything that takes longer than 15 minutes.</p><p>Tags: hips running</p>"
            "<p>Expert answer</p><p>Answered by Tom Reid, physio</p>"
            "<p>A: Here's a five-minute routine I give most runners. Start with clamshells: lie on your side and "
            "open the top knee. Do that 12 times. Then hold a side plank for 20 seconds.</p>"
            "<p>40 people found this helpful</p>"
            "<h2>Q: Should I stretch before runs too?</h2><p>Answered by Tom Reid, physio</p>"
            "<p>A: A short walk of 5 minutes is plenty.</p><p>12 people found this helpful</p></body></html>")
    result = import_article(page, "qa.html")
    assert [exercise.name for exercise in result.exercises] == ["Clamshells", "Side plank"]
    assert exercise_name("here's a 10-minute routine i give to runners") is None
    listed = import_article("Plan\n\n- 10 squats\n- 12 lunges\n- 25 people joined\n", "plan.txt")
    assert [exercise.name for exercise in listed.exercises] == ["Squats", "Lunges"]


def test_sets_times_a_range_of_seconds_is_sets_of_a_time_not_reps() -> None:
    assert [(m.kind, m.amount.low, m.amount.high) for m in find_mentions("2 × 20–30 s each side")] == [
        (Kind.SETS, 2, 2), (Kind.TIMED, 20000, 30000)]
    assert [(m.kind, m.amount.low, m.amount.high) for m in find_mentions("3 x 8-12")] == [
        (Kind.SETS, 3, 3), (Kind.REPS, 8, 12)]


def test_rounds_of_a_list_after_a_colon_and_stretches_named_in_a_list_with_one_dose() -> None:
    message = ("Today's plan\n\nthen 4 rounds of:\n- squats x12\n- plank 30sec\n\n"
               "2 min rest after each round\n\n"
               "finish with stretches, 40s each side: calf, quad, chest against the wall\n")
    body = _import(message, "plan.txt")
    assert body.startswith("exercises:\n  - circuit: Today's plan\n    rounds: 4  # inferred: \"4 rounds of:\"\n"
                           "    round_rest: 120 s  # inferred: \"2 min rest after each round\"\n")
    circuit, after = body.split("\n  - name: Calf stretch\n")
    assert "Squats" in circuit and "Plank" in circuit
    assert after.startswith("    hold: 40 s\n    sides: [left, right]\n")
    assert "\n  - name: Quad stretch\n" in after and "\n  - name: Chest stretch against the wall\n" in after
    # a list after a colon with no number in its dose is left as it stands
    assert read_article("stretches, gently: calf, quad\n").blocks[0].kind is BlockKind.TEXT


def test_a_part_s_word_before_a_dose_first_line_makes_that_line_an_exercise() -> None:
    message = ("Plan for today\n\nwarm up 3 min easy jog round the block\n\nthen:\n- squats x10\n- lunges x8\n")
    body = _import(message, "plan.txt")
    assert body.startswith("exercises:\n  - name: Easy jog round the block\n    duration: 3 minutes\n")
    assert "\n  - name: Squats\n    reps: 10\n" in body


def test_prose_that_names_what_it_just_told_in_a_sentence_or_in_brackets() -> None:
    answer = ("Evening reset\n\n"
              "Lie on your back. Start with knee rocks: rock both knees to the right, 10 times. Then, with your feet "
              "flat, lift your hips and lower them, 12 times. That's a glute bridge. Now roll onto your front, prop "
              "yourself on your elbows (this is sometimes called the seal) and stay for 20 seconds. If that feels "
              "fine, go on to 8 slow press-ups. Finish on your hands and knees with cat stretches, 6 times.\n")
    body = _import(answer, "reset.txt")
    names = [line.split("name: ")[1].split("  #")[0] for line in body.splitlines() if "- name: " in line]
    assert names == ["Knee rocks", "Glute bridge", "Seal", "Press-ups", "Cat stretches"]
    assert "    reps: 12\n" in body.split("Glute bridge")[1].split("- name")[0]
    assert "    reps: 10\n" in body.split("Knee rocks")[1].split("- name")[0]


def test_going_through_the_whole_thing_again_and_repeating_once_more_are_sets() -> None:
    said = [(m.kind, m.amount.low) for m in find_mentions("Do six to the left, then six to the right, and go through "
                                                          "the whole thing three times.")]
    assert said == [(Kind.REPS, 6), (Kind.SETS, 3)]
    assert [(m.kind, m.amount.low) for m in find_mentions("Hold 20 seconds. Rest, and repeat once more.")] == [
        (Kind.HOLD, 20000), (Kind.SETS, 2)]


def test_a_section_label_s_rounds_and_rest_after_each_round_make_a_circuit_of_its_names() -> None:
    chat = ("Club chat\n\n🔥 CORE — 20 s each · 3 rounds · 30s break after each round\n🐛 Dead bug\n🐦 Bird dog\n\n"
            "🧘 COOL — 40 s each\n🐍 Cobra\n👶 Child's pose\n")
    result = import_article(chat, "chat.txt")
    body = result.yaml_text[result.yaml_text.index("exercises:"):]
    assert body.startswith('exercises:\n  - circuit: Core\n    rounds: 3  # inferred: "3 rounds"\n'
                           '    round_rest: 30 s  # inferred: "30s break after each round"\n    exercises:\n'
                           '      - name: Dead bug\n')
    assert "        hold: 20 s  # inferred" in body.split("- name: Cobra")[0]
    assert "\n  - name: Cobra\n" in body and "sets" not in body
    assert not result.routine_warnings


def test_a_sets_and_reps_field_and_as_many_as_you_can_in_a_time() -> None:
    def said(text: str) -> list[tuple[Kind, int, int]]:
        return [(m.kind, m.amount.low, m.amount.high) for m in find_mentions(text)]

    assert said("Sets and reps: 2 sets, 8-10 per arm") == [(Kind.SETS, 2, 2), (Kind.REPS, 8, 10)]
    assert said("Sets and reps: One finisher set: as many as you can in 30 seconds.") == [(Kind.DURATION, 30000, 30000)]
    assert said("Reps: 12") == [(Kind.REPS, 12, 12)]
    assert not said("You will be done in 20 minutes.")


def test_two_names_joined_by_a_plus_with_a_dose_of_each_are_two_exercises() -> None:
    table = ("## Core\n\n| Exercise | Sets × reps |\n|---|---|\n| Dead bug + bird dog | 3 × 10 of each |\n"
             "| Sit and reach | 2 × 5 |\n")
    body = _import(table, "core.md")
    assert "  - name: Dead bug\n    reps: 10\n    sets: 3\n" in body
    assert "  - name: Bird dog\n    reps: 10\n    sets: 3\n" in body
    assert "  - name: Sit and reach\n    reps: 5\n    sets: 2\n" in body


def test_a_later_stage_in_the_last_exercise_s_paragraph_is_no_dose_of_it() -> None:
    page = ("# Knees\n\n**Wall sit.** Slide down the wall. Hold for 30 seconds.\n\n"
            "**Calf stretch.** Lean on the wall, one heel down. Half a minute, then the other leg.\n\n"
            "In week three we add a hop: 2 sets of 8 hops go in after the wall sit. Not yet, though.\n")
    body = _import(page, "knees.md")
    assert body.endswith("  - name: Calf stretch\n    steps:\n      - Lean on the wall, one heel down.\n"
                         "    hold: 30 s\n    sides: [left, right]\n")


def test_a_hold_written_with_a_seconds_mark() -> None:
    assert [(m.kind, m.amount.low) for m in find_mentions('3 x 12 (hold 4")')] == [
        (Kind.SETS, 3), (Kind.REPS, 12), (Kind.HOLD, 4000)]
    assert not find_mentions('step onto a 12" box')  # inches, no time


def test_totally_so_many_times_after_a_hold_is_sets() -> None:
    said = find_mentions("Keep it 15 seconds and make it again. Totally 4 times.")
    assert [(m.kind, m.amount.low) for m in said] == [(Kind.HOLD, 15000), (Kind.SETS, 4)]


def test_a_count_per_leg_then_its_sets_is_each_side() -> None:
    sides = find_sides("Step-up - 6 per leg x 4, low box")[0]
    assert sides is not None and sides.names == ("left", "right")


def test_a_recap_of_last_week_and_the_comments_of_a_thread_are_no_exercises() -> None:
    thread = ("Weekly plan\n\nTHE MONDAY NOTE\n\nQuick recap of last week, if you missed it: we did 3 rounds of 10 "
              "lunges and a 30-second plank.\n\n"
              "Squats - 3 sets of 12\nSide plank - 2 x 20 sec each side\n\n"
              "[–] kim_lifts 40 points 1 day ago\nMine instead:\n\nGoblet squat - 4 x 8\nFarmer carry - 3 x 40 sec\n")
    body = _import(thread, "week.txt")
    names = [line.split("name: ")[1] for line in body.splitlines() if "- name: " in line]
    assert names == ["Squats", "Side plank"]
