"""Rules added while tuning rounds 16 and 17 again (session 11, the second helper): each on our own words."""

from __future__ import annotations

from tests.importer.helpers import by_name, exercises
from voiceroutine.importer import import_article
from voiceroutine.importer.blocks import Block, BlockKind, is_stop
from voiceroutine.importer.chapters import chapter_lists
from voiceroutine.importer.columns import two_columns
from voiceroutine.importer.described import described_item, dropped_item
from voiceroutine.importer.dose import find_mentions, find_sides
from voiceroutine.importer.dosed_lines import dosed_lines
from voiceroutine.importer.outline import outlines
from voiceroutine.importer.phase_columns import first_phase
from voiceroutine.importer.progression import is_progression
from voiceroutine.importer.prose import exercise_name, prose_sections
from voiceroutine.importer.rounds import find_intervals, find_rounds
from voiceroutine.importer.same_again import with_doses_said_again
from voiceroutine.importer.stamps import is_stamp
from voiceroutine.importer.table_cells import name_and_how
from voiceroutine.importer.third_person import instruction
from voiceroutine.importer.told import told_in_past

_SHARED = ("Ali sent you a session\n\n"
           "═══════════\n🔥 ENGINE · 2 rounds\n═══════════\n"
           "⏱ 00:30 work · 00:10 rest\n"
           "• Burpees\n"
           "• Skater hops\n"
           "⏸ Rest 00:45 after each round\n\n"
           "═══════════\n🧘 EASE OFF\n═══════════\n"
           "▶️ Hamstring stretch ········ 00:40\n"
           "▶️ Calf stretch ········ 00:30 / side\n\n"
           "🏅 Run: 41 days\n")


def test_a_span_of_days_is_no_count_of_reps() -> None:
    assert not find_mentions("41 days")
    assert not find_mentions("6 weeks")
    assert [m.amount.low for m in find_mentions("12 lunges")] == [12]
    run = by_name(_SHARED)["Run"]
    assert run["reps"] == 10  # no dose: the usual guess, with its warning, not 41 reps
    assert "no dose found" in " ".join(import_article(_SHARED, "a.txt").warnings)


def test_a_circuits_timing_items_are_not_quoted_as_skipped() -> None:
    warnings = import_article(_SHARED, "a.txt").warnings
    assert not [warning for warning in warnings if warning.startswith("skipped")]
    assert by_name(_SHARED)["Burpees"] == {"name": "Burpees"}


_STORY = ("# My five-minute wrist break\n\n"
          "Years ago a hand therapist handed me a printout with 4 x 25 of everything on it. I lasted a week.\n\n"
          "### 1. Wrist circles\n\nMake slow circles with both fists. I do eight, holding each one for a slow count "
          "of two at the top.\n\n"
          "### 2. Prayer stretch\n\nPress your palms together in front of your chest and lower them. Forty seconds "
          "on one hand, then the other.\n\n"
          "### 3. Finger spreads\n\nSpread your fingers wide, then make a fist. Twelve of those, and I do that twice."
          "\n\n### 4. Thumb pull\n\nPull your thumb gently back with the other hand. Ten seconds, then swap hands, "
          "and go through both sides twice.\n")


def test_an_introduction_that_tells_what_someone_was_given_gives_no_dose_for_every_exercise() -> None:
    moves = by_name(_STORY)
    assert all(move.get("sets") != 4 and move.get("reps") != 25 for move in moves.values())
    assert "4 x 25" not in import_article(_STORY, "a.md").yaml_text
    # said as an instruction, the same dose is for every exercise
    plain = by_name(_STORY.replace("Years ago a hand therapist handed me a printout with 4 x 25 of everything on "
                                   "it. I lasted a week.", "Do 2 sets of everything."))
    assert (plain["Wrist circles"]["sets"], plain["Prayer stretch"]["sets"]) == (2, 2)


def test_a_hold_counted_out_for_each_rep_and_a_count_of_those_are_read() -> None:
    moves = by_name(_STORY)
    assert (moves["Wrist circles"]["reps"], moves["Wrist circles"]["hold"]) == (8, "2 s")
    assert (moves["Finger spreads"]["reps"], moves["Finger spreads"]["sets"]) == (12, 2)
    assert not find_mentions("Two of these are enough for a beginner.")


def test_a_time_on_one_limb_then_the_other_is_per_side_and_both_sides_twice_is_two_sets() -> None:
    moves = by_name(_STORY)
    assert (moves["Prayer stretch"]["hold"], moves["Prayer stretch"]["sides"]) == ("40 s", ["left", "right"])
    assert (moves["Thumb pull"]["hold"], moves["Thumb pull"]["sets"]) == ("10 s", 2)
    assert "reps" not in moves["Thumb pull"]


def _two_columns(rows: list[tuple[str, str]], at: int = 48) -> str:
    return "\n".join(f"{left:<{at}}{right}".rstrip() for left, right in rows)


_HANDOUT = _two_columns([
    ("Knee Care Sheet", ""),
    ("", ""),
    ("LOOSEN UP", "1. Straight leg raise"),
    ("Sit on a firm chair and march your feet", "Lie on your back with one knee bent."),
    ("for 3 minutes, arms relaxed.", "Tighten the front of the other thigh"),
    ("", "and lift that leg a hand's width. Do"),
    ("", "this 12 times."),
    ("", ""),
    ("2. Mini squat", "3. Step-ups"),
    ("Hold a worktop and bend your knees a", "Step onto the bottom stair and back"),
    ("little, then straighten. Do this 15 times.", "down, holding the rail. Do this 10"),
    ("When these feel easy, your trainer may", "times on each leg."),
    ("ask you to do 3 sets of each.", ""),
    ("", ""),
    ("4. Wall sit", "5. Calf stretch"),
    ("Lean your back on a wall and slide down", "Step one foot back and press the heel"),
    ("a little. Stay there for 20 sec-", "down. Hold for 30 seconds, then swap"),
    ("onds, then stand up.", "legs."),
])


def test_a_page_in_two_columns_is_read_one_column_after_the_other() -> None:
    moves = by_name(_HANDOUT)
    assert list(moves)[1:] == ["Straight leg raise", "Mini squat", "Step-ups", "Wall sit", "Calf stretch"]
    assert moves["Straight leg raise"]["reps"] == 12
    assert (moves["Step-ups"]["reps"], moves["Step-ups"]["sides"]) == (10, ["left", "right"])
    assert moves["Wall sit"]["hold"] == "20 s"
    assert "Stay there for 20 seconds, then stand up." in two_columns(_HANDOUT)  # "sec-" over "onds": one word
    assert (moves["Calf stretch"]["hold"], moves["Calf stretch"]["sides"]) == ("30 s", ["left", "right"])
    # a few lines with wide gaps (a pasted table) are no page in columns
    few = _two_columns([("Squats", "3 x 10"), ("Lunges", "3 x 8"), ("Plank", "30 s")])
    assert two_columns(few) == few


def test_a_line_in_capitals_over_prose_heads_a_part_whose_prose_is_an_exercise() -> None:
    moves = by_name(_HANDOUT)
    first = next(iter(moves.values()))
    assert first["duration"] == "3 minutes"


def test_a_sentence_about_what_comes_later_gives_no_dose_but_is_said() -> None:
    result = import_article(_HANDOUT, "a.txt")
    assert by_name(_HANDOUT)["Mini squat"].get("sets") is None
    assert any(warning.startswith("Mini squat: a note in it gives a dose that was not used: \"When these feel easy")
               for warning in result.warnings)


_POST = ("Running Knees (group)\n\nPat Ortega\nAdmin · 3h\n\n"
         "Someone asked what my coach set me after the op, so here goes. Been at it 4 weeks now.\n\n"
         "Straight leg raises, toes pulled up, 3 sets 10\n"
         "Clams - top knee up and down, 15 each side\n"
         "Wall sit with a ball between the knees, 20 secs\n"
         "Heel drops off the bottom stair, slow on the way down, 2 sets 8\n\n"
         "Good luck all!\n\n"
         "Most relevant\n\n"
         "Lou Barnes\nMine had me doing 4 x 20 of those, felt like forever\nLike · Reply · 2h\n")


def test_lines_that_each_name_a_move_and_give_its_dose_are_a_list() -> None:
    moves = by_name(_POST)
    assert list(moves) == ["Straight leg raises", "Clams", "Wall sit with a ball between the knees",
                           "Heel drops off the bottom stair"]
    assert (moves["Straight leg raises"]["sets"], moves["Straight leg raises"]["reps"]) == (3, 10)
    assert (moves["Clams"]["reps"], moves["Clams"]["sides"]) == (15, ["left", "right"])
    assert moves["Wall sit with a ball between the knees"]["hold"] == "20 s"
    # two such lines are not enough to be a list; a line that starts with a verb is an instruction
    two = "Squats, slowly, 10 reps\nLunges, 8 each leg\n"
    assert dosed_lines(two) == two
    steps = "Hold it, 20 seconds\nRest, 30 seconds\nRepeat it, 3 times\n"
    assert dosed_lines(steps) == steps


def test_sets_then_a_bare_count_are_sets_and_reps() -> None:
    assert [(m.kind.value, m.amount.low) for m in find_mentions("slowly, 2 sets 8")] == [("sets", 2), ("reps", 8)]
    assert find_mentions("2 sets, 15 minutes apart")[0].kind.value == "sets"


def test_a_comment_list_label_ends_the_exercises() -> None:
    moves = by_name(_POST)
    last = moves["Heel drops off the bottom stair"]
    assert (last["sets"], last["reps"]) == (2, 8)
    assert "Lou barnes" not in moves and "sets" not in moves["Clams"]
    assert is_stop(Block(BlockKind.TEXT, "Most relevant")) and is_stop(Block(BlockKind.TEXT, "View 12 more comments"))


_EVENING = ("My evening unwind\n\n"
            "I do this on the sofa rug after work, and it takes under eight minutes. I start kneeling and sit back "
            "onto my heels for a minute. Then I tip my head over to the left and stay there for twenty seconds "
            "before taking it over to the right for the same. Next comes a butterfly stretch, soles together, "
            "pressing the knees down gently for forty seconds. After that I lie on my back for twelve slow bridges, "
            "pausing a couple of seconds at the top of each, and I finish in happy baby for a minute. My first "
            "trainer wanted 4 sets of 25 bridges and I never once managed it.\n")


def test_first_person_prose_names_each_move_after_its_connector() -> None:
    moves = exercises(_EVENING)
    assert [move["name"] for move in moves][2:] == ["Butterfly stretch", "Bridges", "Happy baby"]
    assert moves[0]["hold"] == "1 minute"  # "takes under eight minutes" is how long the routine takes
    assert (moves[1]["hold"], moves[1]["sides"]) == ("20 s", ["left", "right"])
    assert moves[2]["hold"] == "40 s"
    assert (moves[3]["reps"], moves[3]["hold"]) == (12, "2 s")
    assert moves[4]["hold"] == "1 minute"


def test_a_sentence_told_in_the_past_adds_no_dose_to_prose() -> None:
    moves = exercises(_EVENING)
    assert all(move.get("sets") != 4 and move.get("reps") != 25 for move in moves)
    assert told_in_past("My first trainer wanted 4 sets of 25 bridges and I never once managed it.")
    assert told_in_past("I've done this 200 nights in a row.")
    assert not told_in_past("I start kneeling and sit back onto my heels for a minute.")


def test_a_lead_in_name_with_a_number_word_keeps_it_but_a_time_is_no_name() -> None:
    assert exercise_name("Next comes a four-point kneel, back flat, for 30 seconds") == "four-point kneel"
    assert exercise_name("Begin with two minutes of skipping in place") == "skipping in place"


_TEXTS = ("Coach Rui\n\nTue, 4 Mar, 09:01\nHi, here is your knee homework from today.\n\n"
          "Tue, 4 Mar, 09:02\n1. Knee hugs lying down: 10 reps, 2 sets\n\n"
          "Tue, 4 Mar, 09:03\n2. Blue band, pull the foot up towards you: 12 reps, 3 sets\n\n"
          "Tue, 4 Mar, 09:04\n3. Stand on the right leg by the sink: 20 secs, 3 goes\n\nRead 09:20\n")


def test_a_message_date_or_delivery_line_is_no_exercise_and_no_heading() -> None:
    moves = exercises(_TEXTS)
    assert len(moves) == 3 and not any("mar" in str(move["name"]).lower() for move in moves)
    assert [(move.get("reps"), move.get("sets")) for move in moves] == [(10, 2), (12, 3), (None, 3)]
    assert [is_stamp(line) for line in ("Yesterday 21:40", "14/02/2026 07:05", "Seen", "Monday", "01:30")] == [
        True, True, True, False, False]


_PHASED = ("<html><head><title>Shoulder rehab sheet</title></head><body><main><h1>Shoulder rehab sheet</h1>"
           "<p>Begin with the first column. Your physio moves you on.</p><table>"
           "<tr><th>Exercise</th><th>Week 1</th><th>Week 2</th><th>Week 3</th></tr>"
           "<tr><td><strong>1. Pendulum swings</strong><br>Lean on a table and let the arm hang.</td>"
           "<td>12 reps</td><td>15 reps</td><td>2 &times; 15</td></tr>"
           "<tr><td><strong>2. Wall press</strong><br>Press your palm into the wall.</td>"
           "<td>8 &times; 6 s hold</td><td>10 &times; 8 s hold</td><td>3 &times; 30 s</td></tr>"
           "<tr><td><strong>3. Cane raise</strong></td><td>Hold 40 seconds</td><td>2 &times; 40 seconds</td>"
           "<td>3 &times; 40 seconds</td></tr></table></main></body></html>")


def test_a_table_with_a_column_per_phase_is_read_for_its_first_phase() -> None:
    moves = by_name(_PHASED, "a.html")
    assert list(moves) == ["Pendulum swings", "Wall press", "Cane raise"]
    assert moves["Pendulum swings"]["reps"] == 12 and "sets" not in moves["Pendulum swings"]
    assert (moves["Wall press"]["reps"], moves["Wall press"]["hold"]) == (8, "6 s")  # 8 reps of a short hold
    assert moves["Cane raise"]["hold"] == "40 s"
    assert first_phase(["Move", "Reps", "Sets"], ["Squat", "10", "3"]) == (["Move", "Reps", "Sets"],
                                                                          ["Squat", "10", "3"])


def test_a_name_cell_in_bold_over_its_description_is_the_name_and_a_longer_hold_times_n_is_sets() -> None:
    assert name_and_how("4. Cane raise – Lift the stick overhead.") == ("Cane raise", "Lift the stick overhead.")
    assert [(m.kind.value, m.amount.low) for m in find_mentions("3 x 30 seconds")] == [("sets", 3), ("timed", 30000)]


_PROFILE = ("healthwire.example\nThe four-minute reset a climbing coach swears by\nBy Sam Hale\n4–5 minutes\n\n"
            "Advertisement\n\n"
            "Ola Brandt coaches about 30 climbers a week. \"What your fingers need is two minutes every couple of "
            "hours,\" she says.\n\n"
            "Advertisement\n\nStory continues below advertisement\n\n"
            "She starts with finger flicks: hands loose, she flicks all ten fingers open twelve times.\n\n"
            "Next comes a forearm stretch. With her arm straight she pulls the fingers back, then swaps arms. "
            "She does six each side.\n\n"
            "Then a prayer press. She presses her palms together and holds it for 25 seconds.\n\n"
            "For the thumbs, which do most of the work, she does a thumb circle: slow circles for 30 seconds.\n\n"
            "And she finishes with a one-minute shake-out of both hands.\n\n"
            "MORE FROM HEALTH\nThe 5 best chalk bags, tested\n")


def test_a_routine_told_of_someone_else_is_read_as_instructions() -> None:
    moves = exercises(_PROFILE)
    assert [move["name"] for move in moves] == ["Finger flicks", "Forearm stretch", "Prayer press", "Thumb circle",
                                                "Shake-out"]
    assert moves[0]["reps"] == 12 and "hold" not in moves[0]  # "two minutes every couple of hours" is how often
    assert (moves[1]["reps"], moves[1]["sides"]) == (6, ["left", "right"])
    assert moves[2]["hold"] == "25 s"  # the dose after a move named alone ("Then a prayer press.") is its own
    assert instruction("then she holds a plank for 20 seconds") == "then hold a plank for 20 seconds"
    assert instruction("she said it helps") == "she said it helps"


def test_advert_labels_are_blank_lines_and_a_reading_time_is_no_exercise() -> None:
    assert is_stamp("Advertisement") and is_stamp("Story continues below advertisement")
    assert not is_stamp("Advertisement-free plans from 2 a month")
    assert all(str(move["name"]).lower() != "minutes" for move in exercises(_PROFILE))


def test_how_often_is_no_dose() -> None:
    assert not find_mentions("What you need is two minutes every couple of hours.")
    assert find_mentions("Two minutes, every couple of sets")  # a rest word is no frequency
    assert [(m.kind.value, m.amount.low) for m in find_mentions("and she goes through both sides twice")] == [
        ("sets", 2)]


_VIDEO = ("12 MIN SOFA-FREE MOBILITY | Move With Kit\n\n"
          "We loosen up, go through 4 floor moves twice, then finish. Every move is 30 seconds of work followed by "
          "15 seconds of rest.\n\n"
          "⏱ CHAPTERS\n0:00 Intro\n0:30 Warm-up: arm swings (1 min)\n1:30 ROUND 1\n1:30 Cat cow\n2:15 Bird dog\n"
          "3:00 Dead bug\n3:45 Glute bridge\n4:30 ROUND 2\n7:30 Outro\n\n"
          "1,020 Comments\n@sam 2 days ago\nCould you do a 20 minute one with 5 rounds?\n")


def test_a_videos_chapter_list_is_its_list_of_moves_without_the_times() -> None:
    result = import_article(_VIDEO, "a.txt")
    moves = exercises(_VIDEO)
    assert [move["name"] for move in moves] == ["Arm swings", "Cat cow", "Bird dog", "Dead bug", "Glute bridge"]
    assert moves[0]["duration"] == "1 minute"
    assert chapter_lists("0:10 Squats\n0:50 Lunges\n") == "0:10 Squats\n0:50 Lunges\n"  # two lines are no list
    assert "  - circuit:" in result.yaml_text and "rounds: 2" in result.yaml_text


def test_rounds_of_a_counted_group_and_work_followed_by_rest_make_the_circuit() -> None:
    rounds = find_rounds(["We go through 4 floor moves twice."], [])
    assert rounds is not None and rounds.count == 2
    timing = find_intervals(["Every move is 30 seconds of work followed by 15 seconds of rest."])
    assert timing is not None and (timing.work_ms, timing.rest_ms) == (30000, 15000)
    assert is_stop(Block(BlockKind.TEXT, "1,020 Comments"))


def test_a_pace_of_seconds_up_and_down_is_no_hold() -> None:
    assert [(m.kind.value, m.amount.low) for m in find_mentions("2 sets of 12, 2 seconds up and 4 seconds down")] == [
        ("sets", 2), ("reps", 12)]
    assert [(m.kind.value, m.amount.low) for m in find_mentions("hold 5 seconds up at the top")] == [("hold", 5000)]


_OUTLINE = ("Knee plan – stage 1\n\nFor: Robin (U12s) – right knee\n\n"
            "1.\tLoosen\n\ta.\tRowing machine – 6 mins, easy\n\tb.\tQuad stretch standing\n"
            "\t\ti.\tHand on the wall: 25 secs\n\t\tii.\tNo wall: 25 secs\n\t\tiii.\tBoth of them on each leg\n"
            "2.\tStrength\n\ta.\tWall sit\n\t\ti.\t3 x 20 seconds\n\t\tii.\tWhen 3 x 20 seconds is easy go lower\n"
            "\tb.\tMini band (green)\n\t\ti.\tSide steps – 2 x 12\n\t\tii.\tMonster walks – 2 x 10\n\n"
            "Notes\n\t•\tStage 2 starts once you can do 20 single leg squats without a wobble.\n")


def test_a_document_outline_is_parts_exercises_and_variants() -> None:
    moves = exercises(_OUTLINE)
    assert [move["name"] for move in moves] == [
        "Rowing machine", "Quad stretch standing, hand on the wall", "Quad stretch standing, no wall", "Wall sit",
        "Mini band, side steps", "Mini band, monster walks"]
    assert moves[0]["duration"] == "6 minutes"
    assert (moves[1]["hold"], moves[1]["sides"]) == ("25 s", ["left", "right"])  # the line said for both
    assert (moves[3]["hold"], moves[3]["sets"]) == ("20 s", 3)  # a later step is no dose
    assert (moves[5]["reps"], moves[5]["sets"]) == (10, 2)
    assert outlines("1.\tSquats\n2.\tLunges\n") == "1.\tSquats\n2.\tLunges\n"


def test_an_age_group_is_no_time_and_a_later_stage_is_no_exercise() -> None:
    assert not find_mentions("Robin (U12s)")
    assert [m.amount.low for m in find_mentions("3x30s")] == [3, 30000]
    assert is_progression("Stage 2 starts once you can do 20 single leg squats.")
    assert any(warning.startswith('Wall sit: a note in it gives a dose that was not used: "When 3 x 20 seconds')
               for warning in import_article(_OUTLINE, "a.txt").warnings)
    later = [Block(BlockKind.TEXT, "Stage 2 starts once you can hop 20 times and stand for 30 secs on one leg.")]
    assert prose_sections(later, 0, least=1) == []


def test_a_for_label_is_no_exercise() -> None:
    text = ("Plan\n\nFor: Kim – left knee\nDo this on rest days, about 20 minutes. Both legs.\n\n"
            "## Legs\n\n- Squats – 10 reps\n- Lunges – 8 reps\n\n## Core\n\n- Plank – 30 seconds\n")
    names = [move["name"] for move in exercises(text)]
    assert names == ["Squats", "Lunges", "Plank"]


_EMAIL = ("Hi Jo,\n\nHere is the plan from today.\n\n"
          "- Band pull-downs, elbows soft and shoulders low: 3 sets of 10, slowly\n"
          "- Side-lying openers, knees stacked: 2 x 8\n"
          "- Wall push-ups – dropped for now (they pinched)\n"
          "- Chin tucks: 10 reps\n\nBest,\nKai\n")


def test_an_item_with_how_after_its_name_and_a_dose_after_a_colon_is_named_and_a_dropped_one_is_said() -> None:
    moves = exercises(_EMAIL)
    assert [move["name"] for move in moves] == ["Band pull-downs", "Side-lying openers", "Chin tucks"]
    assert (moves[0]["sets"], moves[0]["reps"]) == (3, 10)
    assert (moves[1]["sets"], moves[1]["reps"]) == (2, 8)
    warnings = import_article(_EMAIL, "a.txt").warnings
    said = 'left out "Wall push-ups – dropped for now (they pinched)": the article takes it out of the routine'
    assert said in warnings
    assert described_item("Squats, 3 x 10") is None and not dropped_item("Plank – held for 30 seconds")


def test_the_other_limb_placed_is_a_position_not_sides() -> None:
    assert find_sides("Lie down and bend the other knee. Lift the straight leg 8 times.")[0] is None
    assert find_sides("Keep the other foot flat on the floor.")[0] is None
    sides = find_sides("Hold for 20 seconds, then repeat with the other leg.")[0]
    assert sides is not None and sides.names == ("left", "right")


def test_an_item_said_the_same_again_takes_the_dose_of_the_item_above() -> None:
    moves = exercises("Band work\n\n- Band row: 12 reps, 3 sets\n- Band press, same again\n- Band curl: 10 reps\n")
    assert [(move["name"], move["reps"], move.get("sets")) for move in moves] == [
        ("Band row", 12, 3), ("Band press", 12, 3), ("Band curl", 10, None)]
    moves = exercises("Calves\n\n- Heel raise off a step, knee straight: 2 x 12\n"
                      "- Heel raise off a step, knee bent: exactly the same, with a soft knee\n"
                      "- Side plank, hips the same height as your shoulders\n- Calf stretch: hold 30 seconds\n")
    assert (moves[1]["sets"], moves[1]["reps"]) == (2, 12)
    assert "With a soft knee." in moves[1]["steps"]
    above = Block(BlockKind.ITEM, "Bridge: 2 x 10", marker="-")
    level = Block(BlockKind.ITEM, "Side plank, hips the same height as your shoulders", marker="-")
    assert with_doses_said_again([above, level]) == [above, level]  # "the same height" takes nothing from above


def test_the_count_to_work_up_to_is_the_reps() -> None:
    said = find_mentions("Hold your back flat for 5 seconds, then let go. Work up to 12 of these.")
    assert [(m.kind.value, m.amount.low) for m in said] == [("hold", 5000), ("reps", 12)]
