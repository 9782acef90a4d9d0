"""Rules added while tuning on round 22 (session 13): a calendar invitation saved as .ics text, and the other
shapes of that round; each on our own words."""

from __future__ import annotations

from tests.importer.helpers import by_name, imported
from voiceroutine.importer.circled_numbers import circled_number
from voiceroutine.importer.dose import Sides, find_sides
from voiceroutine.importer.formats.calendar_file import calendar_text
from voiceroutine.importer.formats.kindle_notes import kindle_notes
from voiceroutine.importer.formats.workout_steps import workout_steps
from voiceroutine.importer.rounds import round_count
from voiceroutine.importer.ruled_tables import ruled_tables
from voiceroutine.importer.sheet_cells import symbol_cells
from voiceroutine.importer.table_cells import name_and_how

_INVITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ours//Test//EN\r\nBEGIN:VEVENT\r\n"
    "UID:abc-123@example.net\r\nDTSTART:20270104T073000Z\r\nRRULE:FREQ=DAILY;COUNT=10\r\n"
    "SUMMARY:Morning mobility\\, ten minutes\r\n"
    "DESCRIPTION:Before breakfast.\\n\\n- Shoulder rolls x12\\n- Knee hu\r\n"
    " gs x8 each side\\n- Cat stretch x6\\, then stand up slo\r\n"
    " wly\\n\\nCall 0161 555 0199 if it hurts.\r\n"
    "BEGIN:VALARM\r\nTRIGGER:-PT5M\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_an_ics_invitation_is_read_as_its_summary_over_its_unfolded_description() -> None:
    text = calendar_text(_INVITE)
    assert text is not None
    assert text.startswith("Morning mobility, ten minutes\n\nBefore breakfast.")
    assert "- Knee hugs x8 each side\n" in text  # folded mid-word, unfolded
    assert "x6, then stand up slowly" in text  # "\," and the fold after "slo"
    assert "RRULE" not in text and "Reminder" not in text  # the event's other properties and its alarm
    found = by_name(_INVITE, "invite.ics")
    assert list(found)[:3] == ["Shoulder rolls", "Knee hugs", "Cat stretch"]
    assert found["Knee hugs"]["reps"] == 8 and found["Knee hugs"]["sides"]
    # saved with Unix line ends, the same
    assert calendar_text(_INVITE.replace("\r\n", "\n")) == text
    # no calendar, or one that will not parse: the text is read as it is
    assert calendar_text("Shoulder rolls x12\n") is None
    assert calendar_text("BEGIN:VCALENDAR\nthis is not a calendar\n") is None


def test_a_tick_box_column_of_a_tab_separated_table_keeps_each_row_as_wide_as_its_header() -> None:
    sheet = ("Knee programme\n\nMove\tWhat to do\tReps\tSets\tTicked\n"
             "Straight leg raise\tLift the leg a hand's width and lower it.\t10\t3\t\u2610\n"
             "Knee bends\tSlide the heel towards you and back.\t15\t2\t\u2610\n"
             "Calf pumps\tPoint and flex the foot.\t20\t1\t\u2713\n")
    found = by_name(sheet)
    assert list(found) == ["Straight leg raise", "Knee bends", "Calf pumps"]
    assert (found["Straight leg raise"]["reps"], found["Straight leg raise"]["sets"]) == (10, 3)
    assert (found["Knee bends"]["reps"], found["Knee bends"]["sets"]) == (15, 2)
    assert symbol_cells("a\tb\t\u2610") == "a\tb\t–"
    assert symbol_cells("\u2610 Bridge") == "\u2610 Bridge"  # a box that starts a line is a checklist's, not a cell


def test_circled_digits_that_start_lines_number_a_list() -> None:
    assert circled_number("\u2462 Plank") == "3. Plank"
    assert circled_number("  \u277f Wall sit") == "  10. Wall sit"  # a dingbat ten
    assert circled_number("\u00bd a lap") == "\u00bd a lap"  # a fraction is no list number
    assert circled_number("\u00b2 of them") == "\u00b2 of them"  # nor a superscript
    card = ("Tuesday core card\n\n\u2460 Dead bug\n     10 EACH SIDE\n\n\u2461 Bird dog\n     8 EACH SIDE\n\n"
            "\u2462 Hollow hold\n     20 SEC\n")
    found = by_name(card)
    assert list(found) == ["Dead bug", "Bird dog", "Hollow hold"]
    assert found["Dead bug"]["reps"] == 10 and found["Dead bug"]["sides"]


def test_a_list_of_items_each_dosed_each_side_is_not_a_label_over_the_next() -> None:
    card = ("Leg card\n\n- STEP UPS – 10 EACH LEG\n- SIDE LUNGES – 8 EACH LEG\n- SQUATS – 20 REPS\n")
    found = by_name(card)
    assert list(found) == ["Step ups", "Side lunges", "Squats"]
    assert (found["Step ups"]["reps"], found["Side lunges"]["reps"], found["Squats"]["reps"]) == (10, 8, 20)
    # a label over bare names still doses them
    labelled = "Leg card\n\n- LOWER – 12 REPS EACH\n- Squats\n- Lunges\n"
    assert [e.get("reps") for e in by_name(labelled).values()] == [12, 12]


def test_a_sentence_in_capitals_wrapped_over_two_lines_is_one_and_its_times_sign_counts_rounds() -> None:
    card = ("Friday finisher\n\nDO ALL FOUR, THEN REPEAT\nTHE CIRCUIT 2X\nREST 30 SEC BETWEEN ROUNDS\n\n"
            "1. Burpees – 8 reps\n2. Squat jumps – 12 reps\n3. Mountain climbers – 20 reps\n4. Plank jacks – 15 reps\n")
    body = imported(card)[1]
    assert "circuit:" in body and "rounds: 2" in body and "round_rest: 30 s" in body
    assert "Do all four" not in body  # the wrapped sentence is no heading and no exercise
    assert round_count("then repeat the whole circuit x 3") == (3, "repeat the whole circuit x 3")
    assert round_count("repeat the circuit 3x10") is None  # sets times reps, no times sign for rounds


_WATCH = (
    "Hill session (Sat)\n\n"
    "STEP                     DURATION          INTENSITY TARGET        NOTES\n"
    "1   Warm Up              8:00 Time         Heart Rate Zone 1       brisk walk\n"
    "2   Repeat 4 Times\n"
    "      2a  Run            0:45 Time         Pace 5:00-5:20 /km      hill rep\n"
    "      2b  Recover        1:30 Time         No Target               jog down\n"
    "3   Other                10 Reps           No Target               walking lunges, each leg\n"
    "4   Repeat 2 Times\n"
    "      4a  Other          20 Reps           No Target               mountain climbers\n"
    "      4b  Other          0:30 Time         No Target               side plank\n"
    "      4c  Rest           0:45 Time         No Target\n"
    "5   Cool Down            6:00 Time         No Target\n\n"
    "Send to watch\n")


def test_a_watch_workouts_steps_table_is_read_as_its_notes_with_repeats_as_circuits() -> None:
    body = imported(_WATCH)[1]
    found = by_name(_WATCH)
    assert list(found) == ["Brisk walk", "Hill rep", "Jog down", "Walking lunges", "Mountain climbers", "Side plank",
                           "Cool down"]
    assert found["Brisk walk"]["duration"] == "8 minutes"
    assert found["Hill rep"]["duration"] == "45 s"  # a Run step is timed while moving
    assert found["Walking lunges"]["reps"] == 10 and found["Walking lunges"]["sides"]
    assert found["Side plank"]["hold"] == "30 s"  # an Other step is what its note says
    assert "rounds: 4" in body and "rounds: 2" in body and "round_rest: 45 s" in body
    assert "Zone" not in body and "Pace" not in body
    # a table with no steps that parse is left as it is
    assert workout_steps("STEP     DURATION\nfirst    whenever\nsecond   later\n") is None


_PRINTABLE = (
    "BACK TO THE GARDEN - A FOUR-WEEK PLAN\n\n"
    "MOVE                       WEEK 1                 WEEK 2\n"
    "-------------------------  ---------------------  ---------------------\n"
    "Warm-up: walking round     3 minutes              4 minutes\n"
    "the lawn (hold a stick)\n"
    "Wall press-ups             6 reps, 2 sets         8 reps, 2 sets\n"
    "Step-ups onto the back     6 each leg             8 each leg\n"
    "door step\n"
    "Tandem stand               15 seconds each foot   20 seconds each foot\n"
    "                           in front, one hand     in front, no hands\n"
    "                           on the fence\n\n"
    "Keep this sheet by the door.\n")


def test_a_space_laid_table_under_a_ruled_header_is_read_with_its_wrapped_cells_joined() -> None:
    table = ruled_tables(_PRINTABLE)
    assert "| MOVE | WEEK 1 | WEEK 2 |" in table
    assert "| Warm-up: walking round the lawn (hold a stick) | 3 minutes | 4 minutes |" in table
    assert "| Tandem stand | 15 seconds each foot in front, one hand on the fence | 20 seconds each foot in front, " \
           "no hands |" in table
    found = by_name(_PRINTABLE)
    assert list(found) == ["Walking round the lawn", "Wall press-ups", "Step-ups onto the back door step",
                           "Tandem stand"]
    assert found["Wall press-ups"]["reps"] == 6 and found["Wall press-ups"]["sets"] == 2  # week 1 only
    assert found["Step-ups onto the back door step"]["reps"] == 6
    # no rule under the header: no table
    plain = "MOVE   WEEK 1\nSquats   8 reps\nLunges   6 reps\n"
    assert ruled_tables(plain) == plain


def test_a_table_name_cell_loses_its_parts_word_and_its_aside_in_brackets() -> None:
    found = by_name(_PRINTABLE)
    # "Warm-up:" says where the row stands; "(hold a stick)" is how, not "hold: 3 minutes"
    assert found["Walking round the lawn"]["duration"] == "3 minutes"
    assert name_and_how("Cool-down: hamstring stretch") == ("hamstring stretch", "")
    assert name_and_how("Clam (band above the knees)") == ("Clam", "band above the knees")
    assert name_and_how("Pelvic curl (bridge)") == ("Pelvic curl (bridge)", "")  # one word: another name for it


def test_each_foot_in_front_or_each_leg_leading_is_per_side() -> None:
    found = by_name(_PRINTABLE)
    assert found["Tandem stand"]["hold"] == "15 s" and found["Tandem stand"]["sides"]
    assert find_sides("Six lunges with each leg leading.")[0] is not None
    assert find_sides("Keep the weight in front of you.")[0] is None


_NOTEBOOK = (
    "Your Kindle Notes For:\nThe Ten-Minute Back: Notes from a Physio's Bench\nHarriet Quill\n"
    "Last accessed on Monday, 4 January 2027\n\n9 Highlight(s) | 2 Note(s)\n\n"
    "Chapter 2: Moving again\n\n"
    "Yellow highlight | Location: 402\nThe routine below takes ten minutes and needs only a mat.\n\n"
    "Yellow highlight | Location: 410\nFirst, get the blood moving: walk around the room for one minute.\n\n"
    "Note | Location: 410\nevery morning, 7am, 3 times a week\n\n"
    "Yellow highlight | Location: 418\n1. Cat stretch. Kneel on all fours and round your back up, then let it sag. "
    "Eight slow ones.\n\n"
    "Blue highlight | Location: 425\n2. Knee rolls. Lie down with knees bent and let them fall to one side and then "
    "the other. Ten each way.\n\n"
    "Note | Location: 425\nhold for 30 seconds at the end?\n\n"
    "Yellow highlight | Location: 431\n3. Dead bug. Lie on your back and lower the opposite arm and leg, then swap. "
    "Six each side.\n")


def test_an_e_reader_notebook_export_is_read_as_its_highlights_without_the_readers_notes() -> None:
    text = kindle_notes(_NOTEBOOK)
    assert text is not None and text.startswith("The Ten-Minute Back")
    assert "Location" not in text and "Highlight(s)" not in text and "Harriet Quill" not in text
    assert "every morning" not in text and "hold for 30 seconds" not in text  # the reader's notes
    found = by_name(_NOTEBOOK)
    assert list(found) == ["Walk", "Cat stretch", "Knee rolls", "Dead bug"]
    assert found["Walk"]["duration"] == "1 minute"  # "First, ...:" leads in one more
    assert found["Cat stretch"]["reps"] == 8 and found["Dead bug"]["sides"]
    assert kindle_notes("Yellow highlight | Location: 12\nJust one passage.\n") is None


def test_all_four_twice_counts_rounds_and_the_moves_and_everyone_is_no_exercise() -> None:
    page = ("Quiet cardio for flats\n\nHello! This one is for everyone in a flat, ten minutes and no jumping.\n\n"
            "HOW IT GOES\nWe do 4 moves, 30 seconds of work and 15 seconds of rest each, and go through all four "
            "twice.\n\nCHAPTERS\n0:00 Hello\n0:20 Warm-up: march in place (1 min)\n1:20 Step touches\n"
            "2:05 Low lunges\n2:50 Arm punches\n3:35 Slow skaters\n4:20 Round 2\n"
            "7:20 Cool-down: calf stretch (30 sec each leg)\n8:20 Bye\n")
    body = imported(page)[1]
    found = by_name(page)
    assert "rounds: 2" in body and "work: 30 s" in body and "rest: 15 s" in body
    assert "10 minutes" not in body  # "for everyone in a flat: ten minutes" is the video's length, no dose
    assert found["March in place"]["duration"] == "1 minute"
    assert found["Calf stretch"]["hold"] == "30 s"  # outside the circuit of the four counted moves
    assert round_count("then go through all six of them 3 times") == (3, "go through all six of them 3 times")


def test_a_line_in_brackets_and_capitals_is_an_aside_not_a_heading() -> None:
    card = ("ARM CARD\n\n1. PUSH-UPS\n     10 REPS\n\n2. DIPS\n     12 REPS\n\n"
            "LAST ONE\nPLANK – 45 SEC\n(ONLY ONCE!)\n\nSaved by 2k people. Tone up with this 15 minute arm session!\n")
    found = by_name(card)
    assert found["Plank"]["hold"] == "45 s"


def test_a_logged_set_of_a_pair_of_dumbbells_counts_its_reps() -> None:
    log = ("Push day\n\nDumbbell Bench Press\nSet 1: 2 × 20 kg × 9\nSet 2: 2 × 20 kg × 9\nRest timer: 2:00\n\n"
           "Lateral Raise\nSet 1: 2 x 6 kg x 15\nSet 2: 2 x 6 kg x 15\nSet 3: 2 x 6 kg x 15\n")
    found = by_name(log)
    assert (found["Dumbbell bench press"]["reps"], found["Dumbbell bench press"]["sets"]) == (9, 2)
    assert (found["Lateral raise"]["reps"], found["Lateral raise"]["sets"]) == (15, 3)


def test_a_count_one_way_and_the_same_the_other_names_those_ways() -> None:
    assert find_sides("Ankle circles: 8 one way, 8 the other.")[0] == Sides(("one way", "the other way"))
    assert find_sides("Hip circles, 6 times one way and 6 times the other way")[0] == Sides(("one way",
                                                                                           "the other way"))
    found = by_name("Desk break\n\n- Ankle circles – 8 reps one way, 8 the other\n- Shrugs – 10 reps\n")
    assert found["Ankle circles"]["reps"] == 8 and found["Ankle circles"]["sides"] == ["one way", "the other way"]


def test_a_position_named_before_its_time_is_no_numbered_position() -> None:
    found = by_name("Evening wind-down\n\n- Cat stretch x6\n- Recovery position 2 minutes\n- Knee hugs x8\n")
    assert list(found) == ["Cat stretch", "Recovery position", "Knee hugs"]
    assert found["Recovery position"]["hold"] == "2 minutes"
