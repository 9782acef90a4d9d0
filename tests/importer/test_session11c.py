"""Rules added while tuning on round 19: a workout card's headings and equipment list, a story told in the
introduction, a heading's rounds in brackets, "until you have done it 3 times", a rest with no unit after seconds."""

from __future__ import annotations

from voiceroutine.importer import import_article
from voiceroutine.importer.aligned import aligned_doses
from voiceroutine.importer.blocks import BlockKind
from voiceroutine.importer.dose import Kind, find_mentions
from voiceroutine.importer.main_content import main_content
from voiceroutine.importer.read import read_article
from voiceroutine.importer.story import is_told
from voiceroutine.routine.loader import load_routine_text

_CARD = """<!DOCTYPE html><html><head><title>Garden-bench legs - Pip's Kitchen</title></head><body>
<main><article>
<h1>Garden-bench legs</h1>
<p>Last spring I did five sets of everything and hobbled for a week. Now it is short and sweet.</p>
<div class="workout-card">
  <h3 class="card-header">What you'll need</h3>
  <ul><li>1 sturdy bench</li><li>2 water bottles</li></ul>
  <h3 class="card-header">Steps</h3>
  <h4 class="card-group-header">Legs (2 rounds, 30 seconds rest after each round)</h4>
  <ul>
    <li><strong>Step-ups:</strong> 10 reps, then change legs and do 10 more with the other leg first.</li>
    <li><strong>Bench squats:</strong> 12 reps, sit back until you touch the bench.</li>
  </ul>
  <h4 class="card-group-header">To finish</h4>
  <ul>
    <li><strong>Wall sit:</strong> hold for 30 seconds, rest 15, and go again until you have done it 4 times.</li>
  </ul>
  <h3 class="card-header">Notes</h3>
  <p>Busy day? Two rounds of the circuit still do you good.</p>
</div>
</article></main></body></html>"""


def _import(text: str, name: str = "card.html") -> str:
    result = import_article(text, name)
    load_routine_text(result.yaml_text, name)
    return result.yaml_text[result.yaml_text.index("exercises:"):]


def test_a_heading_classed_as_a_header_is_kept_as_a_heading() -> None:
    headings = [block.text for block in read_article(_CARD).blocks if block.kind is BlockKind.HEADING]
    assert headings == ["Garden-bench legs", "What you'll need", "Steps",
                        "Legs (2 rounds, 30 seconds rest after each round)", "To finish", "Notes"]
    # readability too keeps them (it drops an element whose class says "header")
    main = main_content(_CARD)
    assert main is not None and "What you'll need" in main and "To finish" in main


def test_the_items_under_an_equipment_heading_are_no_exercises() -> None:
    body = _import(_CARD)
    assert "bench\n" not in body.lower() and "Water bottles" not in body and "Sturdy" not in body
    assert [block.text for block in read_article("Equipment:\n\n- 1 mat\n- 2 towels\n\nSquats\n").blocks] == [
        "Equipment:", "Squats"]
    # a list under any other heading stays
    assert len(read_article("## Warm-up\n\n- 10 squats\n- 10 lunges\n").blocks) == 3


def test_a_story_in_the_introduction_gives_no_dose_for_every_exercise() -> None:
    assert is_told("Last spring I did five sets of everything and hobbled for a week.")
    assert is_told("For ages we used to do 3 sets of everything.")
    assert not is_told("Do 3 sets of everything.")
    assert not is_told("I need you to do 3 sets of everything.")
    body = _import(_CARD)
    assert "sets: 5" not in body and "everything" not in body


def test_a_headings_rounds_in_brackets_make_a_circuit_of_what_it_heads() -> None:
    body = _import(_CARD)
    assert ("  - circuit: Legs\n"
            '    rounds: 2  # inferred: "Legs (2 rounds, 30 seconds rest after each round)"\n'
            '    round_rest: 30 s  # inferred: "30 seconds rest after each round"\n'
            "    exercises:\n      - name: Step-ups\n") in body
    assert "name: Bench squats" in body.split("circuit: Legs")[1]
    assert "circuit:" not in body.split("name: Bench squats")[1]  # the wall sit is outside it
    assert body.count("circuit:") == 1  # "Two rounds of the circuit" in the notes makes no other


def test_until_you_have_done_it_n_times_is_n_sets_and_a_rest_with_no_unit_after_seconds_is_seconds() -> None:
    body = _import(_CARD)
    assert ("    hold: 30 s\n"
            '    sets: 4  # inferred: "until you have done it 4 times": the whole exercise 4 times, read as 4 sets\n'
            '    set_rest: 15 s  # inferred: "rest 15" gives no unit: read as seconds, as the time before it\n'
            ) in body
    # with no time in seconds before it, a bare number after "rest" is no rest
    assert [m.kind for m in find_mentions("Do 10 squats, rest 2, then go again.")] == [Kind.REPS]


_BOARD = """Tuesday park session, written up by Kim

WARM-UP ~ 3 RDS
  - 1:30 skipping
  - 12 air squats
  - 8 walkouts

MAIN
  Deadlift  4 x 6   rest 1:30
  (last week 50 / 55 kg)

FINISHER  "HILL"
  2 RNDS · 30 ON / 15 OFF
    Mountain climbers
    Burpees
  2:00 between rounds
  Score = total burpees

STRETCH
  pigeon pose 0:45 e/s
  cobra 0:30
"""


def test_an_indented_outline_is_headings_over_items_with_the_boards_shorthand_written_out() -> None:
    blocks = [(block.kind, block.text) for block in read_article(_BOARD).blocks]
    assert (BlockKind.HEADING, "WARM-UP ~ 3 rounds") in blocks
    assert (BlockKind.ITEM, "90 s skipping") in blocks  # a clock time on a board's line is a time
    assert (BlockKind.ITEM, "Deadlift 4 x 6 rest 90 s") in blocks
    assert (BlockKind.TEXT, "(last week 50 / 55 kg)") in blocks  # a line wholly in brackets is a note
    assert (BlockKind.TEXT, "2 rounds · 30 s on / 15 s off") in blocks  # a line over deeper lines heads them
    assert (BlockKind.TEXT, "Score = total burpees") in blocks
    # a line over indented sentences is no outline: its lines are prose
    prose = read_article("Knee hugs\n  Lie on your back and pull both knees in.\n  Hold it there for a while.\n")
    assert all(block.kind is not BlockKind.HEADING for block in prose.blocks)


def test_a_headings_rounds_after_a_mark_make_a_circuit_beside_an_interval_part() -> None:
    body = _import(_BOARD, "board.txt")
    assert ("  - circuit: WARM-UP\n"
            '    rounds: 3  # inferred: "WARM-UP ~ 3 rounds"\n'
            "    exercises:\n      - name: Skipping\n        duration: 90 s\n") in body
    assert "  - name: Deadlift\n    reps: 6\n    sets: 4\n    set_rest: 90 s\n" in body
    assert ('    rounds: 2  # inferred: "2 rounds"\n'
            '    work: 30 s  # inferred: "2 rounds · 30 s on / 15 s off"\n'
            '    rest: 15 s  # inferred: "2 rounds · 30 s on / 15 s off"\n'
            '    round_rest: 120 s  # inferred: "2 min between rounds"\n'
            "    exercises:\n      - name: Mountain climbers\n\n      - name: Burpees\n\n  - name: Pigeon pose\n"
            "    hold: 45 s\n    sides: [left, right]\n") in body
    assert "Score" not in body and "between rounds\n" not in body


_THREAD = """Jo Park
@jopark.example
My ten-minute shoulder fix for anyone who codes all day. Thread 🧵 1/5

9:02 AM · Mar 3, 2026 · 12K Views

14   80   1.2K   300

Jo Park @jopark.example · Mar 3
2/ Begin with arm circles. Big slow ones, shoulders down. 10 each way.

Jo Park @jopark.example · Mar 3
3/ Wall slides. Back flat on the wall, slide your arms up and down. 2 rounds of 8, a short breather of 15 sec between.

    Replying to @jopark.example
    Sam Lee @samlee.example · Mar 3
    I did 5 rounds of 20 and my arms fell off
    2   0   9

Jo Park @jopark.example · Mar 3
4/ Finish with a doorway chest stretch. Forearms on the frame, lean in. Stay 30 seconds.

Jo Park @jopark.example · Mar 3
5/ That's all. Do it twice a day if you can.

Who to follow
Jo Park @jopark.example
Physio, 3 clinics.
"""


def test_a_thread_is_its_authors_posts_each_named_by_its_first_sentence() -> None:
    body = _import(_THREAD, "thread.txt")
    assert body.startswith(
        "exercises:\n"
        "  - name: Arm circles\n    steps:\n      - Big slow ones, shoulders down.\n    reps: 10\n"
        "    sides: [clockwise, counterclockwise]  # inferred: direction names\n\n"
        "  - name: Wall slides\n    steps:\n      - Back flat on the wall, slide your arms up and down.\n"
        "    reps: 8\n    sets: 2\n    set_rest: 15 s\n\n"
        "  - name: Doorway chest stretch\n    steps:\n      - Forearms on the frame, lean in.\n")
    assert body.endswith("    hold: 30 s\n") and body.count("- name:") == 3
    # another reader's reply, the count rows and the header lines are no part of the article
    text = " ".join(block.text for block in read_article(_THREAD).blocks)
    assert "Sam Lee" not in text and "5 rounds of 20" not in text and "1.2K" not in text and "@" not in text
    assert "Physio, 3 clinics" not in text  # what follows the last post
    # two post headers are no thread
    two = "Ann Bo @annbo.example · Mar 3\nDo 10 squats.\n\nCy Du @cydu.example · Mar 3\nNice one\n"
    assert "@cydu.example" in " ".join(block.text for block in read_article(two).blocks)


def test_a_breather_before_a_time_makes_it_a_rest() -> None:
    assert [(m.kind, m.amount.low) for m in find_mentions("2 sets of 8, a short breather of 15 sec between.")] == [
        (Kind.SETS, 2), (Kind.REPS, 8), (Kind.REST, 15000)]


_APP_CARDS = """<!DOCTYPE html><html><head><title>Shoulder plan - Riverbend Physio</title></head><body>
<div class="toolbar"><a href="#">Print</a> <a href="#">Open in app</a></div>
<h2>Notes from your physio</h2>
<p>Hi Sam, these are for your left shoulder. Do the plan once a day and stop if the pain is sharp.</p>
<div class="card">
  <h3>1. Pendulum swing</h3>
  <img src="https://cdn.riverbend.example/1.png" alt="Person leaning on a table">
  <p>Lean on a table with your good arm and let the other arm hang. Swing it gently in small circles.</p>
  <ul class="dose"><li><span class="lbl">Reps</span><span class="val">12</span></li>
  <li><span class="lbl">Sets</span><span class="val">2</span></li>
  <li><span class="lbl">Rest</span><span class="val">20 sec</span></li></ul>
</div>
<p class="footer">Riverbend Physio · Plan 4471 · Page 1 of 2</p>
<div class="card paused">
  <h3>2. Wall press (paused by your physio)</h3>
  <p>Push your palms into the wall.</p>
  <ul class="dose"><li><span class="lbl">Reps</span><span class="val">20</span></li></ul>
</div>
<div class="card">
  <h3>3. Doorway stretch</h3>
  <img src="https://cdn.riverbend.example/3.png" alt="Person in a doorway">
  <p>Forearm on the frame, step through until you feel a stretch across the chest.</p>
  <ul class="dose"><li><span class="lbl">Hold</span><span class="val">25 sec</span></li>
  <li><span class="lbl">Reps</span><span class="val">3</span></li>
  <li><span class="lbl">Side</span><span class="val">Both</span></li></ul>
</div>
<div class="card">
  <h3>4. Rowing machine</h3>
  <p>Keep your back tall and pull with long arms, at an easy pace.</p>
  <ul class="dose"><li><span class="lbl">Time</span><span class="val">6 min</span></li></ul>
</div>
<h2>Your week</h2>
<p>Sessions logged: 4 of 7 · Pain 2/10</p>
</body></html>
"""


def test_an_apps_dose_boxes_are_labelled_fields_and_a_side_box_says_each_side() -> None:
    items = [block.text for block in read_article(_APP_CARDS).blocks if block.kind is BlockKind.ITEM]
    assert items[:3] == ["Reps: 12", "Sets: 2", "Rest 20 sec between sets"]
    assert "Each side" in items and "Time: 6 min" in items
    body = _import(_APP_CARDS)
    assert "  - name: Pendulum swing\n" in body and "    reps: 12\n    sets: 2\n    set_rest: 20 s\n" in body
    assert "    reps: 3\n    hold: 25 s\n    sides: [left, right]\n" in body
    assert body.endswith("  - name: Rowing machine\n    steps:\n"
                         "      - Keep your back tall and pull with long arms, at an easy pace.\n"
                         "    duration: 6 minutes\n")
    # a box of one side is no pair of sides
    one = read_article("<ul><li><span>Side</span><span>Left</span></li><li><span>Reps</span><span>5</span></li></ul>"
                       "<p>x</p>").blocks
    assert [block.text for block in one][:2] == ["Left side only", "Reps: 5"]


def test_the_whole_page_wins_when_the_main_content_loses_doses() -> None:
    main = main_content(_APP_CARDS)
    assert main is not None and "Pendulum swing" in main and ">12<" not in main  # readability dropped the boxes
    assert "    reps: 12\n    sets: 2\n    set_rest: 20 s\n" in _import(_APP_CARDS)


def test_an_exercise_its_heading_says_is_paused_is_left_out_with_a_warning() -> None:
    result = import_article(_APP_CARDS, "plan.html")
    assert "Wall press" not in result.yaml_text.split("exercises:")[1]
    assert ('left out "2. Wall press (paused by your physio)": the article says it is not to be done now'
            in result.routine_warnings)


_LETTER = """NORTHGATE HAND CLINIC - discharge letter

Progress: grip 12 kg -> 25 kg. Typing tolerance 10 min -> 60 min. Swimming x2/wk.

HOME PROGRAMME
 1. TGE (tendon gliding, all five shapes, slowly)   x10 each shape
 2. WFS                                              3 x 30s
 3. Putty squeeze                                    2 x 15, 2s hold
 4. Thumb opposition, 1/2 range                      2 x 20s hold

Key:
  TGE = tendon gliding exercises    WFS = wrist flexor stretch
  OT = occupational therapy         ROM = range of movement
"""


def test_two_columns_lined_up_with_spaces_are_a_name_and_its_dose() -> None:
    items = [block.text for block in read_article(_LETTER).blocks if block.kind is BlockKind.ITEM]
    assert items[:4] == ["Tendon gliding exercises (tendon gliding, all five shapes, slowly) – x10 each shape",
                         "Wrist flexor stretch – 3 x 30s", "Putty squeeze – 2 x 15, 2s hold",
                         "Thumb opposition, 1/2 range – 2 x 20s hold"]
    body = _import(_LETTER, "letter.txt")
    assert body.startswith("exercises:\n  - name: Tendon gliding exercises\n")  # the key wrote the letters out
    assert "  - name: Wrist flexor stretch\n" in body and "  - name: Putty squeeze\n    reps: 15\n" in body
    # fewer than three pairs are no key
    assert aligned_doses("1. WFS   3 x 30s\nWFS = wrist flexor stretch, OT = occupational therapy").startswith("1. WFS")


def test_a_change_between_visits_a_weekly_frequency_and_a_fraction_are_no_doses() -> None:
    assert not find_mentions("Typing tolerance 10 min -> 60 min.")
    assert not find_mentions("Swimming x2/wk.")
    assert [(m.kind, m.amount.low) for m in find_mentions("Hold 30 s -> then rest 10 s")] == [
        (Kind.HOLD, 30000), (Kind.REST, 10000)]
    body = _import(_LETTER, "letter.txt")
    assert "Progress" not in body and "Swimming" not in body
    assert body.endswith("  - name: Thumb opposition, 1/2 range\n    hold: 20 s\n    sets: 2\n")  # "2 range": no reps


def test_x_n_after_a_time_is_n_sets_of_it() -> None:
    assert [(m.kind, m.amount.low) for m in find_mentions("Calf stretch, 20 s per side, x3")] == [
        (Kind.TIMED, 20000), (Kind.SETS, 3)]
    # "x10" alone, or with no time before it, stays the reps
    assert [(m.kind, m.amount.low) for m in find_mentions("Wall push-ups x10")] == [(Kind.REPS, 10)]
    body = _import("## Calf stretch\n\nLean on the wall, back heel down. Hold 20 s per side, x3.\n", "calf.md")
    assert ('    hold: 20 s\n    sets: 3  # inferred: "x3" after a time: the whole exercise 3 times, read as 3 sets\n'
            in body)


def test_the_same_count_again_sentences_later_is_a_second_set() -> None:
    text = ("Exercise 1\nStep ups\n\nStep up onto the bottom stair.\nStep down.\nDo this 8 times.\nHave a sip of water."
            "\nThen do 8 more.\n\nExercise 2\nHeel raises\n\nRise onto your toes.\nDo this 10 times.\n"
            "Then do 3 more.\n")
    body = _import(text, "leaflet.txt")
    assert '    reps: 8\n    sets: 2  # inferred: "do 8 more" after 8 reps: the same again, 2 sets\n' in body
    # another count is more times of the whole exercise, as before
    assert '    reps: 10\n    sets: 4  # inferred: "do 3 more": 4 in all, the first time and 3 more\n' in body


_ASSISTANT = """##### You said:

Can you give me a quick hip routine? My hips are tight from cycling.

###### ChatGPT said:

Sure! Here's a 10-minute routine.

1. **Hip flexor lunge** - hold 40 seconds each side
2. **Pigeon pose** - hold 60 seconds each side
3. **Glute bridge** - 3 sets of 12
4. **Side plank** - hold 20 seconds each side

##### You said:

no side planks please, my wrist is sore. and shorter

###### ChatGPT said:

No problem, here's a shorter one without the side plank:

1. **Hip flexor lunge** - hold 30 seconds each side
2. **Pigeon pose** - hold 45 seconds each side
3. **Glute bridge** - 2 sets of 10

##### You said:

great thanks
"""


def test_a_conversation_with_an_assistant_is_its_last_answer_that_gives_a_routine() -> None:
    body = _import(_ASSISTANT, "chat.md")
    assert body == ("exercises:\n"
                    "  - name: Hip flexor lunge\n    hold: 30 s\n    sides: [left, right]\n\n"
                    "  - name: Pigeon pose\n    hold: 45 s\n    sides: [left, right]\n\n"
                    "  - name: Glute bridge\n    reps: 10\n    sets: 2\n")
    # without a message of the person it is no such conversation
    alone = _ASSISTANT.replace("##### You said:", "")
    assert "Side plank" in import_article(alone, "chat.md").yaml_text


_CLASS_PLAN = """Tuesday stretch class – beginners
Shared with the group

Breathing (3 minutes)
Sit tall on the mat and let your shoulders drop. Breathe slowly through the nose.

Cat stretch[1]
On hands and knees, round your back up high, then let it sag. 6 slow ones each way, 8 times.

Hamstring reach
Lie on your back and lift one leg. Stay for a count of 20, then change legs.[2]

________________
[1] Keep your neck long. Beginners: 4 times is fine.
[2] Next term we will do this standing, 10 times each leg.
"""


def test_footnote_markers_and_notes_are_no_part_of_the_exercises() -> None:
    text = " ".join(block.text for block in read_article(_CLASS_PLAN).blocks)
    assert "[1]" not in text and "[2]" not in text and "Beginners" not in text and "Next term" not in text
    body = _import(_CLASS_PLAN, "plan.txt")
    assert "  - name: Cat stretch\n" in body and "reps: 4" not in body and "reps: 10" not in body
    # "[1]" lines that no marker points to are the article's own text
    assert "[1] Sit" in " ".join(b.text for b in read_article("Plan\n\n[1] Sit down.\n[2] Stand up.\n").blocks)


def test_a_short_line_with_its_dose_in_brackets_over_a_paragraph_names_an_exercise() -> None:
    body = _import(_CLASS_PLAN, "plan.txt")
    assert body.startswith("exercises:\n  - name: Breathing\n")
    assert "    duration: 3 minutes\n" in body.split("name: Cat stretch")[0]


def test_stay_for_a_count_of_n_is_a_hold_of_n_seconds() -> None:
    assert [(m.kind, m.amount.low) for m in find_mentions("Stay for a count of 20, then change legs.")] == [
        (Kind.HOLD, 20000)]
    assert ('    hold: 20 s  # inferred: "stay for a count of 20": a count read as seconds\n'
            in _import(_CLASS_PLAN, "plan.txt"))


_SUPERSETS = """Hi Sam,

Here is your gym-free session for the trip.

WARM-UP
2 minutes of skipping on the spot.

PAIR A
A1. Split squat - 3 x 8 each leg
A2. Pike push-up - 3 x 6
Go from A1 straight to A2, then rest a minute. That's one round. 3 rounds.

PAIR B
B1. Glute bridge - 2 x 15
B2. Plank shoulder taps - 2 x 10 each side
Same again for this pair. 2 rounds.

Cheers,
Alex
"""


def test_lettered_moves_of_a_superset_are_a_circuit_of_the_rounds_said_under_their_heading() -> None:
    blocks = [(block.kind, block.text) for block in read_article(_SUPERSETS).blocks]
    assert (BlockKind.HEADING, "PAIR A") in blocks and (BlockKind.ITEM, "Split squat - 3 x 8 each leg") in blocks
    assert (BlockKind.HEADING, "WARM-UP") in blocks  # a line in capitals starts a part of such a session
    body = _import(_SUPERSETS, "email.txt")
    assert ('  - circuit: PAIR A\n    rounds: 3  # inferred: "3 rounds."\n    exercises:\n'
            "      - name: Split squat\n"
            '        # warning: its 3 sets were read as the 3 rounds of its block ("3 rounds."), not 3 sets in every'
            " round\n        reps: 8\n        sides: [left, right]\n") in body
    assert '  - circuit: PAIR B\n    rounds: 2  # inferred: "2 rounds."\n' in body
    assert "sets: 3" not in body and "sets: 2" not in body
    # one lettered move alone is no superset
    assert all(block.kind is not BlockKind.HEADING
               for block in read_article("PAIR A\nA1. Split squat - 3 x 8\n\nRest.\n").blocks)


_ONE_PART = """## Lunch break burner

### Warm up

March on the spot for 1 minute.

### The circuit

Work for 30 seconds, then rest for 15 seconds. 2 rounds in total.

* Squat jumps
* Burpees
* Skaters

### Cool down

Walk it off for a minute or two.
"""

_TWO_PARTS = """## Park session

### The circuit

Work for 30 seconds, then rest for 15 seconds. 2 rounds in total.

* Squat jumps
* Burpees

### The finisher

* Wall sit – 40 seconds
* Side plank – 20 seconds each side

Keep the pace up. 3 rounds.
"""


def test_rounds_said_under_one_heading_stay_the_routines_and_under_two_are_each_parts() -> None:
    # one part: the rounds and interval timing of the circuit, as before
    one = _import(_ONE_PART, "one.md")
    assert ('  - circuit: The circuit\n    rounds: 2  # inferred: "2 rounds in total"\n'
            '    work: 30 s  # inferred: "Work for 30 seconds, then rest for 15 seconds."\n') in one
    assert one.count("circuit:") == 1
    assert one.endswith("  - name: Walk it off  # inferred: named after the movement the article's sentence gives a "
                        "dose to\n    duration: 1-2 minutes\n")
    # a second part with its own rounds ("Keep the pace up. 3 rounds."): a circuit of its own
    two = _import(_TWO_PARTS, "two.md")
    assert two.count("circuit:") == 2
    assert ('  - circuit: The finisher\n    rounds: 3  # inferred: "3 rounds."\n    exercises:\n'
            "      - name: Wall sit\n        hold: 40 s\n") in two


_STATIONS = """<html><head><title>Garden games - Oakleaf School</title></head><body><main>
<h1>Garden games</h1>
<h2>Warm up</h2>
<p>Jog round the garden for 2 minutes.</p>
<h2>The stations</h2>
<div class="rules"><p class="big">How it works</p>
<p>Do each station for 40 seconds. Then you get 20 seconds to
walk to the next one. When you have done them all, have a drink, then go round one more time.</p></div>
<div class="station"><p class="big">1</p>
<h3>Bunny hops</h3>
<p>Hop forwards and back with your feet together.</p></div>
<div class="station"><p class="big">2</p>
<h3>Tree pose</h3>
<p>Balance on one leg like a tree. Swap legs halfway.</p></div>
<div class="station"><p class="big">3</p>
<h3>Crab walk</h3>
<p>Walk along the grass on your hands and feet, tummy up.</p></div>
<h2>Well done!</h2>
<p>Tell your teacher how it went.</p>
</main></body></html>"""


def test_each_station_for_a_time_then_a_time_to_move_on_is_interval_timing_and_one_more_time_two_rounds() -> None:
    body = _import(_STATIONS, "stations.html")
    assert ("  - circuit: The stations\n"
            '    rounds: 2  # inferred: "go round one more time"\n'
            '    work: 40 s  # inferred: "Do each station for 40 seconds. Then you get 20 seconds to walk to the '
            'next one."\n'
            '    rest: 20 s  # inferred: "Do each station for 40 seconds. Then you get 20 seconds to walk to the '
            'next one."\n'
            "    exercises:\n      - name: Bunny hops\n") in body
    # a change of sides inside an interval is said, not hidden
    assert ("      - name: Tree pose\n        # warning: it changes sides inside a timed interval: each side is given "
            "the whole interval; check whether the article means half of it on each side\n") in body


def test_crawl_leap_paddle_and_peel_are_instructions() -> None:
    text = ("# Animal moves\n\n## Bear crawl\n\nCrawl along the floor on hands and feet.\n\n"
            "## Frog leap\n\nLeap forwards from a low crouch.\n\n## Spine peel\n\nPeel your back off the mat slowly.\n")
    body = _import(text, "animals.md")
    assert [line for line in body.split("\n") if line.startswith("  - name:")] == [
        "  - name: Bear crawl", "  - name: Frog leap", "  - name: Spine peel"]
    assert "      - Crawl along the floor on hands and feet.\n" in body


def test_n_slow_ones_are_reps() -> None:
    assert [(m.kind, m.amount.low) for m in find_mentions("Curl up and down. Six slow ones.")] == [(Kind.REPS, 6)]
    assert not find_mentions("Pick the two heavy ones from the rack.")
    assert "    reps: 6\n" in _import("## Roll down\n\nCurl up and down. Six slow ones.\n", "roll.md")


def test_a_time_followed_by_words_of_moving_is_a_duration() -> None:
    table = ("| Move | Time | Notes |\n|---|---|---|\n| Seated twist | 40 seconds | move with your breath |\n"
             "| Thread the needle | 30 seconds | move on to the next |\n")
    body = _import(table, "table.md")
    assert "  - name: Seated twist\n    steps:\n      - Move with your breath.\n    duration: 40 s\n" in body
    # "move on to the next" says where to go, not how the time is spent
    assert "  - name: Thread the needle\n    # warning: no word says whether" in body


def test_a_band_whose_wide_gaps_are_not_all_name_and_dose_is_left_for_the_two_column_reader() -> None:
    band = ("Sit tall on a chair.                Stand behind the chair.\n"
            "Lift one knee, 10 each side.        10 each side, slowly.\n")
    assert aligned_doses(band) == band
    letter = "1. Wall slide          3 x 10\n2. Calf raise          2 x 15\n"
    assert aligned_doses(letter) == "1. Wall slide – 3 x 10\n2. Calf raise – 2 x 15\n"
