"""Rules of session 18, found by opening round 27 again, each on our own words: a routine told one paragraph an
exercise where only the first and the last paragraph open with an order word, a sentence that moves for its time,
and a count that opens a sentence ("Ten climbs, and ...")."""

from __future__ import annotations

import yaml

from tests.importer.helpers import by_name, imported
from voiceroutine.importer.dose import Kind, find_mentions, numerals
from voiceroutine.importer.read import read_article
from voiceroutine.importer.steps import is_background
from voiceroutine.importer.structure import find_sections

_ANSWER = """<html><body><article>
<h1>Ask the physio: my stiff knee</h1>
<p>A: Stiffness after a knee operation is common, and it usually eases within a few months if you keep at it.</p>
<p>Begin with the heel slide. Lie on your back with both legs straight and slide the heel of the stiff leg towards
your bottom, then back out. Do this twelve times.</p>
<p>Advertisement</p>
<p>The quad set builds the thigh back up. Sit with the leg out straight and press the back of the knee into the
floor. Hold for five seconds and repeat eight times.</p>
<p>For straightening the knee fully, sit with your heel on a low stool and let the knee sag down. Stay there for
30 seconds. Twice is enough.</p>
<p>Lastly, the step-up: stand at the bottom stair and step up with the stiff leg, then down again. Fifteen steps,
and hold the banister if you need to.</p>
<p>If it is no better in a month, go back to your surgeon.</p>
</article></body></html>"""


def test_paragraphs_between_a_led_first_and_last_are_exercises_too() -> None:
    found = by_name(_ANSWER, "a.html")
    assert list(found) == ["Heel slide", "Quad set", "Straightening the knee fully", "Step-up"]
    assert found["Heel slide"]["reps"] == 12
    assert (found["Quad set"]["reps"], found["Quad set"]["hold"]) == (8, "5 s")
    assert found["Straightening the knee fully"]["hold"] == "30 s"
    assert found["Step-up"]["reps"] == 15


_SWUNG = """Loosening up

First, the arm swing. Stand tall with your feet apart. Swing both arms forwards and back, easily, for about a minute.

Then the calf raise. Rise up on your toes and lower slowly. Do this ten times.

Finally, the side bend. Slide one hand down your thigh, then the other. Eight each side.
"""


def test_a_time_in_a_sentence_that_opens_with_a_movement_is_a_duration() -> None:
    found = by_name(_SWUNG)
    assert found["Arm swing"]["duration"] == "1 minute"
    assert "hold" not in found["Arm swing"]


def test_a_count_that_opens_a_sentence_before_its_next_clause_is_reps() -> None:
    (mention,) = find_mentions(numerals("Twelve lifts, and rest when you need to."))
    assert (mention.kind, mention.amount.low) == (Kind.REPS, 12)
    (slow,) = find_mentions(numerals("Five slow rolls"))
    assert (slow.kind, slow.amount.low) == (Kind.REPS, 5)
    assert find_mentions(numerals("Three days, and then rest.")) == []


_BOXED = """<html><body><article>
<h1>Twelve minutes before breakfast</h1>
<h2>The set</h2>
<div class="box">
<p><strong>The rules:</strong> do each exercise for 30 seconds, then rest for 15 seconds while you swap. After all four,
rest for 2 minutes. Go round twice.</p>
<ol>
<li><strong>Step-ups</strong> &ndash; Onto the bottom stair and down again, leading with alternate feet.</li>
<li><strong>Wall press-ups</strong> &ndash; Hands on the wall at chest height, lower your nose to it and push back.</li>
<li><strong>Sit-to-stands</strong> &ndash; From a kitchen chair, arms crossed, up and down.</li>
<li><strong>Dead bugs</strong> &ndash; On your back, reach one arm and the opposite leg away, then swap.</li>
</ol>
</div>
<h2>To finish</h2>
<p>End with two stretches. Stand on one leg and pull the other heel to your bottom for a quad stretch, 20 seconds on
each leg. Then clasp your hands behind you and lift them for a chest stretch, holding 20 seconds.</p>
</article></body></html>"""


def test_an_interval_box_with_the_rest_said_after_its_verb_times_the_list_as_a_circuit() -> None:
    _, text = imported(_BOXED, "a.html")
    circuit = next(item for item in yaml.safe_load(text)["exercises"] if "circuit" in item)
    assert (circuit["work"], circuit["rest"], circuit["rounds"], circuit["round_rest"]) == ("30 s", "15 s", 2, "120 s")
    assert [member["name"] for member in circuit["exercises"]] == ["Step-ups", "Wall press-ups", "Sit-to-stands",
                                                                   "Dead bugs"]


def test_a_sentence_that_counts_the_exercises_to_come_is_none_and_for_a_stretch_names_one() -> None:
    found = by_name(_BOXED, "a.html")
    assert "Stretches" not in found
    assert (found["Quad stretch"]["hold"], found["Quad stretch"]["sides"]) == ("20 s", ["left", "right"])
    assert found["Chest stretch"]["hold"] == "20 s"
    assert "reps" not in found["Quad stretch"]


_LEAFLET = """<html><body><main>
<h1>Your balance exercises</h1>
<h3>Exercise 1 – Eyes on the dot, head side to side</h3>
<p>Look at a dot on the wall and turn your head from side to side, keeping the dot in focus.</p>
<p>How much: 2 lots of 45 seconds, with a rest between them.</p>
<h3>Exercise 2 – Eyes on the dot, head up and down</h3>
<p>The same dot, but nod your head instead.</p>
<p>How much: as exercise 1.</p>
<h3>Exercise 3 – Split stance</h3>
<p>Stand with one foot half a step in front of the other.</p>
<p>How much: 20 seconds with the left foot in front, then 20 seconds with the right foot in front.</p>
<h3>Exercise 4 – Sit to stand with a look back</h3>
<p>Stand up from a chair and look over one shoulder as you rise. Next time use the other shoulder.</p>
<p>How much: 8 times, alternating sides.</p>
</main></body></html>"""


def test_a_leaflets_how_much_labels_lots_of_a_time_as_exercise_n_sides_in_order_and_alternating() -> None:
    found = by_name(_LEAFLET, "a.html")
    assert list(found) == ["Eyes on the dot, head side to side", "Eyes on the dot, head up and down", "Split stance",
                           "Sit to stand with a look back"]
    for name in ("Eyes on the dot, head side to side", "Eyes on the dot, head up and down"):
        assert (found[name]["sets"], found[name]["duration"]) == (2, "45 s")
        assert "hold" not in found[name]
    assert (found["Split stance"]["hold"], found["Split stance"]["sides"]) == ("20 s", ["left", "right"])
    assert found["Sit to stand with a look back"]["reps"] == 8
    assert "sides" not in found["Sit to stand with a look back"]


_CHAIN = """HANDS FOR PAINTERS

1. finger spread
spread your fingers wide and squeeze them back together. twelve times

2. wrist circles
roll your wrists slowly, 8 one way and 8 the other

honestly it takes like two minutes

#painting  #hand care

12,408 notes

    ochre-bird reblogged this from brushwork-daily and added:

    adding one my hand therapist gave me, thumb stretches! pull your thumb back with the other hand, hold for 10 seconds

        late-night-lino reblogged this from ochre-bird and added:

        i do 4 sets of these every night lol
"""


def test_a_reblog_chain_adds_the_exercise_a_reblogger_adds_and_nothing_else() -> None:
    found = by_name(_CHAIN)
    assert list(found) == ["Finger spread", "Wrist circles", "Thumb stretches"]
    assert found["Finger spread"]["reps"] == 12
    assert (found["Wrist circles"]["reps"], found["Wrist circles"]["sides"]) == (8, ["one way", "the other way"])
    assert "duration" not in found["Wrist circles"]
    assert found["Thumb stretches"]["hold"] == "10 s"
    assert "sets" not in found["Thumb stretches"]


def test_how_long_the_whole_thing_takes_is_no_dose() -> None:
    assert is_background("honestly it takes like two minutes")
    assert is_background("This only takes five minutes. your hands will thank you")
    assert not is_background("Hold it for two minutes")


_CORNER = "\n\n".join([
    "Parish chair club",
    "Here are five moves we do every Tuesday, all of them sitting down.",
    "Chair twist. Sit tall and turn to look over your right shoulder. Hold for four seconds, come back to the "
    "middle, then turn to the left. Do this four times each way.",
    "Heel lifts. Keep your toes down and lift both heels. Ten times.",
    "Toe lifts. Now the other way: keep your heels down and lift your toes. Ten times.",
    "Head rolls. Drop your ear towards your shoulder and roll your head forward and over to the other side. Pause "
    "for 3 seconds at each shoulder. Six slow rolls.",
    "Shoulder circles. Lift your shoulders up, back and down in one smooth circle. 8 circles.",
]) + "\n"


def test_sides_in_the_articles_order_and_words_that_are_no_sides() -> None:
    found = by_name(_CORNER)
    assert (found["Chair twist"]["reps"], found["Chair twist"]["sides"]) == (4, ["right", "left"])
    assert found["Toe lifts"]["reps"] == 10 and "sides" not in found["Toe lifts"]
    assert found["Head rolls"]["reps"] == 6 and "sides" not in found["Head rolls"]
    assert found["Shoulder circles"]["reps"] == 8


_NOTE = """Knee plan from Sam

• Wall sits - 3x30s
• Split squats - 8 slow, 3 sets, rest 1 min between
• Heel raises - 12 each leg, slow

Other things
- walking 30 min a day is fine
- ice 10 min after
"""


def test_a_short_label_over_more_items_ends_the_list_above_it() -> None:
    found = by_name(_NOTE)
    assert list(found) == ["Wall sits", "Split squats", "Heel raises"]
    assert (found["Split squats"]["sets"], found["Split squats"]["reps"]) == (3, 8)
    assert found["Heel raises"]["reps"] == 12 and "hold" not in found["Heel raises"]


_SHEET = """HOME SHEET

WARM-UP (10 minutes)

  Marching on the spot ............ 2 minutes
  Arm swings ...................... 10 times

COOL-DOWN (5 minutes)

  Slow walking .................... 2 minutes
  Calf stretch against a door ..... hold 20 seconds, each leg
"""


def test_a_parts_heading_with_its_length_in_brackets_is_no_exercise() -> None:
    found = by_name(_SHEET)
    assert "Cool-down" not in found and "Warm-up" not in found
    assert list(found)[-1].startswith("Calf stretch")


_POST = """Home pull day

[list=1]
[*][b]Chin-up negatives[/b]: 3x4
[*][b]Band pull-aparts[/b]: 3x15
[/list]

[b]Finisher:[/b] side plank for 30 sec. That's it, then a shower.

When I can do 3x10 chin-ups I'll add weight. Log is on my blog.
"""


def test_a_finisher_after_the_list_is_an_exercise_and_nothing_after_that_wraps_up_is_its_dose() -> None:
    found = by_name(_POST)
    assert list(found) == ["Chin-up negatives", "Band pull-aparts", "Side plank"]
    assert found["Side plank"]["hold"] == "30 s"
    assert "reps" not in found["Side plank"] and "sets" not in found["Side plank"]


def test_a_paragraph_led_by_another_parts_label_is_no_part_of_the_item_above() -> None:
    _, sections, _ = find_sections(read_article(_POST))
    pull_aparts = next(section for section in sections if section.name == "Band pull-aparts")
    assert not any(block.text.startswith("Finisher") for block in pull_aparts.body)
