"""Rules added while tuning on round 20: a checklist ticked off as it is done, struck-out items, a notes list, "× 15"
after a name, and the other shapes of that round; each on our own words."""

from __future__ import annotations

from voiceroutine.importer import import_article
from voiceroutine.importer.addresses import is_address_line
from voiceroutine.importer.blocks import Block, BlockKind, is_stop
from voiceroutine.importer.dose import find_mentions, find_sides, is_dose_only
from voiceroutine.importer.formats.forum import forum_posts
from voiceroutine.importer.hyphens import joined_words
from voiceroutine.importer.progression import is_progression
from voiceroutine.importer.read import read_article
from voiceroutine.importer.shortcodes import emoji_shortcodes
from voiceroutine.importer.spanish import english_doses
from voiceroutine.importer.told import about_earlier_session
from voiceroutine.importer.word_numbers import word_numbered_lines
from voiceroutine.routine.loader import load_routine_text


def _import(text: str, name: str = "sheet.txt") -> str:
    result = import_article(text, name)
    load_routine_text(result.yaml_text, name)
    return result.yaml_text[result.yaml_text.index("exercises:"):]


def _names(body: str) -> list[str]:
    return [line.split("name: ")[1] for line in body.splitlines() if "- name: " in line]


def test_a_checklist_ticked_off_from_the_top_keeps_every_item() -> None:
    plan = ("# Friday legs\n\n## Start\n- [x] Skipping — 2 min\n- [ ] Hip circles — 8 each way\n\n"
            "## Strength\n- [ ] Step-ups — 10 per leg\n- [ ] Goblet squat — 12 reps\n- [ ] Side plank — 20 s\n")
    result = import_article(plan, "legs.md")
    assert _names(_import(plan, "legs.md")) == ["Skipping", "Hip circles", "Step-ups", "Goblet squat", "Side plank"]
    assert result.routine_warnings == ()
    # a tick after an empty box still chooses: only the ticked ones
    chosen = "# Friday legs\n\n- [ ] Skipping — 2 min\n- [x] Step-ups — 10 per leg\n- [ ] Goblet squat — 12 reps\n"
    assert _names(_import(chosen, "legs.md")) == ["Step-ups"]
    # most of them ticked, the first ones too: a choice as well
    most = "# Friday legs\n\n- [x] Skipping — 2 min\n- [x] Step-ups — 10 per leg\n- [ ] Goblet squat — 12 reps\n"
    assert _names(_import(most, "legs.md")) == ["Skipping", "Step-ups"]


def test_a_ticked_markdown_item_stays_an_item() -> None:
    blocks = read_article("# Plan\n\n- [x] Bridge\n- [ ] Clam\n- [ ] Dead bug\n").blocks
    assert [(block.kind.value, block.text) for block in blocks[1:]] == [
        ("item", "Bridge"), ("item", "Clam"), ("item", "Dead bug")]


def test_a_struck_out_item_is_left_out_with_a_warning_and_joins_no_exercise() -> None:
    plan = ("# Arms\n\n- Curl, 3 x 10\n- ~~Dips × 15~~ *(shoulder still sore)*\n- Wall press, 12 reps\n")
    result = import_article(plan, "arms.md")
    body = _import(plan, "arms.md")
    assert _names(body) == ["Curl", "Wall press"]
    assert "Dips" not in body.split("Wall press")[0].split("Curl")[1]
    assert result.routine_warnings == (
        'left out "~~Dips × 15~~ (shoulder still sore)": the article takes it out of the routine',)


def test_the_items_under_a_notes_heading_are_no_exercises() -> None:
    plan = ("# Core\n\n- Dead bug — 10 per side\n- Plank — 30 s\n\n## To do\n- Buy a foam roller\n"
            "- Last time: 2 rounds of 12\n")
    body = _import(plan, "core.md")
    assert _names(body) == ["Dead bug", "Plank"]
    assert "12" not in body


def test_a_multiplication_sign_before_a_count_is_its_reps_and_an_aside_after_it_no_part_of_it() -> None:
    assert [(m.kind.value, m.amount.low) for m in find_mentions("Kettlebell swing × 15")] == [("reps", 15)]
    body = _import("# Quick one\n\n- Bear crawl × 6 (short steps)\n- Squat jumps × 8\n- Plank 30 s\n", "q.md")
    assert _names(body) == ["Bear crawl", "Squat jumps", "Plank"]
    assert "    reps: 6\n" in body


def test_a_count_per_leg_after_a_slash_is_each_side_but_a_machine_setting_is_not() -> None:
    assert find_sides("Split squat × 8/leg")[0] == find_sides("Lunge 8 / leg")[0] == find_sides("Lunge 8 each leg")[0]
    assert find_sides("Lunge 8 each leg")[0] is not None
    assert find_sides("Seat 3 / Leg 7") == (None, None)


_LOG = """Leg day B
Shared from a lifting app

Goblet Squat
Warm-up set: 10 reps
Set 1: 24 kg x 12
Set 2: 24 kg x 12
Set 3: 24 kg x 12 ⭐
Rest timer: 1min 15s

Wall Sit
Set 1: 40s
Set 2: 40s
Rest timer: 45s

Calf Raise
Warm-up set: 20 reps
Warm-up set: 20 reps

Step Up
Set 1: 12 reps

Previous: Leg day B on 2 Nov · 38min · 3,100 kg
"""


def test_a_lifting_logs_numbered_sets_are_sets_of_their_reps_without_the_load() -> None:
    body = _import(_LOG)
    assert _names(body) == ["Goblet squat", "Wall sit", "Calf raise", "Step up"]
    squat, wall, calf, step = body.split("- name: ")[1:]
    assert "    reps: 12\n" in squat and "    sets: 3\n" in squat and "    set_rest: 75 s\n" in squat
    assert "24" not in squat  # the load, and the warm-up set before the numbered ones, are no dose
    assert "    hold: 40 s\n" in wall and "    sets: 2\n" in wall and "    set_rest: 45 s\n" in wall
    assert "    reps: 20\n" in calf and "    sets: 2\n" in calf  # warm-up sets alone are its sets
    assert "    reps: 12\n" in step and "sets" not in step and "38" not in step  # one set; the earlier session no dose


def test_a_line_about_an_earlier_session_gives_no_dose() -> None:
    assert about_earlier_session("Last time: 2 rounds of 15")
    assert about_earlier_session("Previous: Arms on 3 Nov · 40min")
    assert not about_earlier_session("Last set: go to failure")


_REFERRAL = """Hillside Sports Clinic
9 Quarry Lane, Westbury
4 Orchard Road
Westbury WB1 2AA

Dear colleague,

She will keep up these at home:

(a) Sit-to-stand from a low chair, 3 sets of 8, arms crossed.
(b) Side-lying leg lifts on the left with the top knee soft, 2 sets of 12, with ninety seconds' rest between sets.
(c) Bridges with a band round the knees, 3 sets of 10.
(d) Step-downs off the bottom stair, 2 sets of 6.

She may return to (a) alone if her knee swells, and should tell us if the pain lasts beyond a day.

Kind regards,
"""


def test_a_numbered_list_whose_items_give_doses_is_one_exercise_an_item() -> None:
    body = _import(_REFERRAL)
    assert _names(body) == ["Sit-to-stand from a low chair", "Side-lying leg lifts", "Bridges", "Step-downs"]
    sit, lifts, bridges, downs = body.split("- name: ")[1:]
    assert "    reps: 8\n" in sit and "    sets: 3\n" in sit
    assert "    set_rest: 90 s\n" in lifts and "hold" not in lifts  # "ninety seconds' rest" is a rest
    assert "    reps: 10\n" in bridges and "    reps: 6\n" in downs and "day" not in downs  # the paragraph after: none
    assert [(m.kind.value, m.amount.low) for m in find_mentions("with two minutes' rest between sets")] == [
        ("set_rest", 120_000)]


_LETTER_HEAD = ("Hillside Sports Clinic\n9 Quarry Lane, Westbury WB2 1AB\n\nDr A. Byrne\nThe Surgery\n4 Orchard Road\n"
                "Westbury WB1 2AA\n\nDear Dr Byrne,\n\nRe: Ms Jo Hart\n\nShe will keep up these at home:\n\n"
                "(a) Sit-to-stand, 3 sets of 8.\n(b) Bridges, 3 sets of 10.\n(c) Step-downs, 2 sets of 6.\n\nYours,\n\n"
                "cc: Ms J. Hart\n")


def test_an_address_line_is_no_exercise() -> None:
    assert _names(_import(_LETTER_HEAD)) == ["Sit-to-stand", "Bridges", "Step-downs"]  # no "Orchard road" of 4 reps
    assert is_address_line("4 Orchard Road") and is_address_line("9 Quarry Lane, Westbury")
    assert not is_address_line("3 Knee Drive") and not is_address_line("10 Wall Squats")


_CHAT_PLAN = """Here's Thursday:

Warm up first: 6 min on the rower, easy pace
1) Split squat 3x8 each leg
2) Push press with the dumbbells 3x10
3) Dead bug 2 x 12, slow
Finish with hollow hold, 20s, three times through

Any questions just shout.
"""


def test_a_paragraph_that_opens_or_closes_the_list_adds_its_exercise() -> None:
    body = _import(_CHAT_PLAN)
    assert _names(body) == ["Rower", "Split squat", "Push press", "Dead bug", "Hollow hold"]
    rower, *_, hollow = body.split("- name: ")[1:]
    assert "6 minutes" in rower
    assert "    hold: 20 s\n" in hollow
    assert is_dose_only("20 s, three times through")


_STOPWATCH = """Lunch-break cardio
Press start and change when the timer shows:

0:00  Jog on the spot, light feet
1:30  Wall press, arms straight
2:30  Boxer shuffle – 20 s left lead, then 20 s right lead
3:10  Arm circles, 5 each way
4:00  stop the timer
"""


def test_a_plan_run_by_a_stopwatch_gives_each_move_the_time_until_the_next() -> None:
    body = _import(_STOPWATCH)
    assert _names(body) == ["Jog on the spot", "Wall press", "Boxer shuffle", "Arm circles"]
    jog, press, shuffle, circles = body.split("- name: ")[1:]
    assert "    duration: 90 s\n" in jog and "    duration: 1 minute\n" in press  # the clock runs as one moves
    assert "20 s" in shuffle and "40 s" not in shuffle  # its own time wins
    assert "50 s" in circles and "reps" not in circles  # "5 each way" is how, the 50 s until the stop its dose
    # a video's chapters, which end at no stop, keep no such time
    chapters = "Video\n\n0:00 Intro\n0:30 Squats (10 reps)\n1:30 Lunges (8 each leg)\n2:30 Plank (30 s)\n3:30 Outro\n"
    assert "60 s" not in _import(chapters) and "1 minute" not in _import(chapters)


def test_a_stretch_named_by_the_parts_it_works_is_one_stretch_a_part() -> None:
    body = _import("Mobility\n\n- Cat-cow – 10 reps\n- Thread the needle – 5 per side\n\n"
                   "Then stretch: hamstrings 40 s each leg, hip flexors 30 s each side.\n")
    assert _names(body) == ["Cat-cow", "Thread the needle", "Hamstring stretch", "Hip flexor stretch"]
    assert "    hold: 40 s\n" in body.split("Hamstring stretch")[1].split("- name")[0]
    shared = _import("Mobility\n\n- Cat-cow – 10 reps\n- Thread the needle – 5 per side\n\n"
                     "ok. And stretch after: calves and glutes, 20 sec each leg. Then rest.\n")
    assert _names(shared) == ["Cat-cow", "Thread the needle", "Calf stretch", "Glute stretch"]


def test_the_items_of_a_dosed_numbered_list_that_the_winning_style_skips_are_added() -> None:
    plan = ("Tuesday\n\n1) Front squat 4x6, 2 min rest between sets\n2) Step-ups – 3 x 10 each leg\n"
            "3) Walking lunges – 3 x 8\n4) Nordic curl 2 x 5, lower slowly\n\n"
            "- Pigeon stretch – 30 s each side\n- Frog stretch – 45 s\n")
    body = _import(plan)
    assert _names(body) == [
        "Front squat", "Step-ups", "Walking lunges", "Nordic curl", "Pigeon stretch", "Frog stretch"]
    assert "2 minutes" in body.split("Step-ups")[0]
    # where the items are read as numbered headings, a heading that holds the dose is named as the list names it
    numbered = "Tuesday\n\n1) Front squat 4x6, 2 min rest\n2) Good mornings 3 x 10\n3) Nordic curl 2 x 5, go slowly\n"
    assert _names(_import(numbered)) == ["Front squat", "Good mornings", "Nordic curl"]


def test_a_rest_written_count_first_is_no_exercise() -> None:
    body = _import("Session\n\n- 12 squats\n- 10 push-ups\n- 60 s rest between rounds\n- 8 lunges\n")
    assert _names(body) == ["Squats", "Push-ups", "Lunges"]


_CHANNEL = """# team-stretch
Jo Park  9:30 AM
Morning reset :sunny: before stand-up, about 5 minutes in all :point_down:
:one: *Wrist circles* – 10 each way
:two: *Chin tucks* – hold 5 s, x8
:three: *Standing hamstring reach* – 20 s each leg
:clap: 9   :heart: 4
3 replies  Last reply today at 10:02 AM

Sam Ode  9:41 AM
should we do the whole thing twice? did it once so far

Jo Park  9:44 AM
once is enough :smile:
"""


def test_emoji_names_number_or_mark_a_line_and_a_reply_count_ends_the_exercises() -> None:
    assert emoji_shortcodes(":two: *Chin tucks* – x8 :muscle:") == "2. *Chin tucks* – x8"
    assert emoji_shortcodes(":fire: Squats – 10") == "• Squats – 10"
    assert emoji_shortcodes(":clap: 9   :heart: 4") == ""
    assert emoji_shortcodes("Rest 1:30 then 10:15 go") == "Rest 1:30 then 10:15 go"
    body = _import(_CHANNEL)
    assert _names(body) == ["Wrist circles", "Chin tucks", "Standing hamstring reach"]
    assert "circuit" not in body and "rounds" not in body  # the reply's question asks for no rounds
    assert is_stop(Block(BlockKind.TEXT, "View all 87 comments"))


def test_a_question_asks_for_no_rounds() -> None:
    plan = "Quick core\n\n- Dead bug – 8 per side\n- Plank – 30 s\n\nCan I do the whole circuit twice?\n"
    assert "rounds" not in _import(plan)


_CAROUSEL = """4 moves for stronger ankles

Card 2 — Calf raise: 3 sets of 12. Slow on the way down!
Card 3 — Toe walk: 20 steps, twice
Card 4 — Single-leg stand: 3 x 20 sec
Card 5 — Heel walk: 2 sets, 15 steps
Rest 30 sec between sets. Easy does it.
"""


def test_lines_numbered_with_a_word_are_a_numbered_list() -> None:
    assert word_numbered_lines("Card 2 — A: 1\nCard 3 — B: 2\nCard 4 — C: 3\n") == "2. A: 1\n3. B: 2\n4. C: 3\n"
    # a programme's weeks, and only two lines, stay as they are
    assert word_numbered_lines("Week 1 - easy\nWeek 2 - harder\nWeek 3 - hard\n").startswith("Week 1")
    assert word_numbered_lines("Card 2 — A: 1\nCard 3 — B: 2\n") == "Card 2 — A: 1\nCard 3 — B: 2\n"
    body = _import(_CAROUSEL)
    assert _names(body) == ["Calf raise", "Toe walk", "Single-leg stand", "Heel walk"]
    raise_, _, stand, _ = body.split("- name: ")[1:]
    assert "    reps: 12\n" in raise_ and "    sets: 3\n" in raise_ and "set_rest: 30 s" in raise_
    assert "    hold: 20 s\n" in stand and "    sets: 3\n" in stand


_HANDOUT = """KNEE EXERCISES

• 1. STRAIGHT LEG RAISE
Lie on your back and lift the
straight leg a hand's height. Hold
for 5 seconds and lower. Repeat
8 - 10 times.

• 2. INNER RANGE QUADRI-
CEPS
With a rolled towel under your
knee, straighten it. Keep this go-
ing slowly for 1 minute.

• 3. SIDE-LYING LIFT
As exercise 1, but lying on your
side. Same hold and repetitions as exercise 1.

Move on to Stage 2 when it is easy. Stage 2 adds a band: 3 x 12.
"""


def test_a_printed_handout_s_bullets_numbers_and_broken_words() -> None:
    assert joined_words("do fewer repeti-\ntions now\nINNER RANGE QUADRI-\nCEPS\n") == (
        "do fewer repetitions\nnow\nINNER RANGE QUADRICEPS\n")
    assert joined_words("Warm-\nUp\n") == "Warm-\nUp\n"  # a capital after a small letter: no word broken
    body = _import(_HANDOUT)
    assert _names(body) == ["Straight leg raise", "Inner range quadriceps", "Side-lying lift"]
    raise_, inner, side = body.split("- name: ")[1:]
    assert "    duration: 1 minute\n" in inner  # "going" whole again is a time of moving
    # "Same hold and repetitions as exercise 1": exercise 1's doses, not a note aimed at exercise 1
    assert "    reps: 8-10\n" in side and "    hold: 5 s\n" in side
    assert "    reps: 8-10\n" in raise_ and "reps: 12" not in body and "sets" not in body  # a later stage's: none
    assert is_progression("Stage 2 adds a band: 3 x 12.")


_THREAD = """TrailTalk Forums > Knees > What fixed your runner's knee?

#12   02-11-2026, 07:40 PM
hill_goat
Senior Member          Join Date: Feb 2021
                       Posts: 904

Quote:
Originally Posted by mossy_miles
My club coach said 5 sets of 20 lunges every night. Is that mad?

Yes, far too much. This is what I did, every other day:

Clamshells - 15 each side
Wall sit - 3 x 30 sec
Step-downs off a low step - 2 x 10 each leg

__________________
Marathon 3:58 | 10k 49:30

    Reply With Quote

#13   02-11-2026, 08:02 PM
mossy_miles
Member                 Posts: 41

Thanks!! doing 3 sets of 12 tomorrow
    Reply With Quote
"""


def test_a_forum_thread_is_its_advising_members_posts_without_quotes_details_or_signatures() -> None:
    body = _import(_THREAD)
    assert _names(body) == ["Clamshells", "Wall sit", "Step-downs off a low step"]
    assert "20" not in body and "904" not in body and "12" not in body and "58" not in body
    kept = forum_posts(_THREAD) or ""
    assert "Posts:" not in kept and "Join Date" not in kept and "club coach" not in kept and "Marathon" not in kept
    assert "Reply With Quote" not in kept and "Clamshells - 15 each side" in kept
    assert forum_posts("Just one post\n\n#1   02-11-2026, 07:40 PM\nSquats - 10\n") is None


def test_a_name_whose_first_word_is_also_a_verb_over_how_to_do_it() -> None:
    body = _import("Feet\n\n- Roll massage with a ball - roll it under the foot for 1 minute\n"
                   "- Toe spreads - spread your toes wide, 10 reps\n- Calf raise - 15 reps\n")
    assert _names(body) == ["Roll massage with a ball", "Toe spreads", "Calf raise"]


def test_doses_written_in_spanish_are_read() -> None:
    assert english_doses("3 series de 12, descansar 45 seg entre series") == (
        "3 sets of 12, rest 45 seconds between sets")
    assert english_doses("a series of 3 moves") == "a series of 3 moves"  # English words stay
    body = _import("Ejercicios de hombro\n\n1. Rotación externa – 3 series de 12, descansar 45 seg entre series\n"
                   "2. Péndulo – 2 minutos\n3. Estiramiento de pecho – mantener 20 segundos, cada brazo\n"
                   "4. Encogimientos – 15 veces\n")
    rotation, _, chest, shrugs = body.split("- name: ")[1:]
    assert "    reps: 12\n" in rotation and "    sets: 3\n" in rotation and "    set_rest: 45 s\n" in rotation
    assert "    hold: 20 s\n" in chest and "sides: [left, right]" in chest
    assert "    reps: 15\n" in shrugs


def test_smaller_readings_of_round_20() -> None:
    # where one stands is no side: "turn to face the other way"
    assert find_sides("Press into the wall, then turn to face the other way and press again.") == (None, None)
    assert find_sides("Circle the arm one way, then the other way.")[0] is not None
    # "ten a leg" is ten per leg
    assert [(m.kind.value, m.amount.low) for m in find_mentions("so that's ten a leg")] == [("reps", 10)]
    # a time followed by a word of walking is spent moving
    body = _import("Finisher\n\n- Sled push – 3 x 20 s walk\n- Bear hold – 3 x 20 s\n")
    sled, bear = body.split("- name: ")[1:]
    assert "    duration: 20 s\n" in sled and "    hold: 20 s\n" in bear


def test_a_finish_said_below_a_note_under_the_table_and_a_bare_count_before_how() -> None:
    plan = ("# Gym, Thursday\n\nWarm-up: 6 min easy on the bike, then the table.\n\n"
            "| Exercise | Sets | Reps |\n|---|---|---|\n| Goblet squat | 3 | 10 |\n| Row | 3 | 12 |\n"
            "| Press | 3 | 8 |\n| Dead bug | 2 | 8 |\n\n"
            "Pairs: squat and row back to back, then rest.\n\nFinish: pigeon stretch, 45 s each side.\n")
    body = _import(plan, "gym.md")
    assert _names(body) == ["Bike", "Goblet squat", "Row", "Press", "Dead bug", "Pigeon stretch"]
    assert "    hold: 45 s\n" in body.split("Pigeon stretch")[1]
    calf = _import("# Calves\n\n- Calf raise – 15, one hand on the rack\n- Seated calf raise – 20\n", "c.md")
    assert "    reps: 15  # inferred" in calf.split("Seated")[0]


def test_a_later_line_that_corrects_a_dose_replaces_it_with_a_warning() -> None:
    plan = ("Legs\n\n1) Goblet squat 3x10\n2) Walking lunges 3 x 6 each leg\n3) Step-ups 3x8\n\n"
            "oops, the lunges are 12 each leg not 6, my mistake\n")
    lunges = _import(plan).split("Walking lunges")[1].split("- name")[0]
    assert "    reps: 12" in lunges and "# warning" in lunges


def test_a_note_under_a_logged_move_gives_its_sides() -> None:
    assert find_sides("do both sides each set")[0] is not None
    body = _import(_LOG.replace("Wall Sit\n", "Wall Sit\nNotes: one leg out, do both sides each set\n"))
    assert "sides: [left, right]" in body.split("Wall sit")[1].split("- name")[0]
    assert "sides" not in body.split("Wall sit")[0]


def test_sides_said_with_their_times_and_half_circles() -> None:
    assert find_sides("elbow to knee – right side 20 s, then left side 20 s")[0] == find_sides(
        "10 steps to the right, then 10 steps to the left")[0]
    assert find_sides("right leg 10, left leg 12") == (None, None)  # not the same count: no pair of sides
    half = find_sides("Neck half circles, 4 each way")[0]
    assert half is not None and half.names == ("left", "right")
    full = find_sides("Arm circles, 4 each way")[0]
    assert full is not None and full.names == ("clockwise", "counterclockwise")
