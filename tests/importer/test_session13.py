"""Rules added while tuning on round 21: a slide deck exported as text, a count "in total" over both sides, and a
"You might also like:" line of other posts; each on our own words."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.importer.blocks import Block, BlockKind, is_stop
from voiceroutine.importer.dose import find_sides
from voiceroutine.importer.slide_decks import slide_decks
from voiceroutine.routine.loader import load_routine_text

_DECK = """Strong Knees: Week 3
Riverside Hall · Tuesday group

--- Slide 1 ---
Strong Knees
Week 3: balance and control

--- Slide 2 ---
For every exercise
• Every exercise: 3 sets
• Rest 45 seconds between sets

Notes:
Remind people that the slides can change the dose.

--- Slide 3 ---
1. Heel slide
• Lie on your back
• Slide the heel in and out
• 12 each leg

--- Slide 4 ---
2. Quad set
• Press the knee into the towel

Notes:
Dose: 8 times, with a 4 second hold each.

--- Slide 5 ---
Questions?
"""


def _exercises(text: str, name: str) -> list[dict[str, object]]:
    result = import_article(text, name)
    load_routine_text(result.yaml_text, name)
    exercises: list[dict[str, object]] = yaml.safe_load(result.yaml_text)["exercises"]
    return exercises


def test_a_slide_deck_reads_its_numbered_slides_as_exercises_and_the_rest_as_talk() -> None:
    exercises = _exercises(_DECK, "deck.txt")
    assert [e["name"] for e in exercises] == ["Heel slide", "Quad set"]
    heel, quad = exercises
    assert (heel["reps"], heel["sets"], heel["set_rest"], heel["sides"]) == (12, 3, "45 s", ["left", "right"])
    # the dose in the speaker notes is the exercise's
    assert (quad["reps"], quad["hold"], quad["sets"]) == (8, "4 s", 3)


def test_fewer_than_three_slide_lines_are_no_deck() -> None:
    text = "--- Slide 1 ---\nHello\n\n--- Slide 2 ---\n1. Squat\n"
    assert slide_decks(text) == text
    deck = slide_decks(_DECK)
    assert "## 1. Heel slide" in deck and "For every exercise. Every exercise: 3 sets. Rest 45 seconds" in deck


def test_a_count_in_total_takes_in_both_sides() -> None:
    sides, note = find_sides("Tip both knees to one side, then to the other side. Do 12 tips in total.")
    assert sides is None and note is not None and "in total" in note
    # a count per side still has sides
    sides, _ = find_sides("Tip both knees to the other side. Do 6 on each side, 12 in total.")
    assert sides is not None


def test_a_line_of_other_posts_after_its_label_ends_the_exercises() -> None:
    line = "You might also like: [Six Ways to Sit Better](x) · [The 15-Minute Lunch Walk](y) · [Neck Care](z)"
    assert is_stop(Block(BlockKind.TEXT, line))
    # a "Read more:" link in the middle of a news page does not
    assert not is_stop(Block(BlockKind.TEXT, "Read more: Is your office chair too low? Three experts on sitting"))
