"""Warnings on imports that may differ from the article (issue 16): a dose stated on a condition, a count of sets
stated for a group, a count of exercises the article states, a
name that is a label of the page. Every snippet here is our own words."""

from __future__ import annotations

import pytest

from tests.importer.helpers import fields_and_warnings as _read
from voiceroutine.importer import import_article
from voiceroutine.importer.counted_exercises import counted_exercises_note
from voiceroutine.importer.doubts import conditional, with_doubts
from voiceroutine.importer.label_names import label_name_doubt
from voiceroutine.importer.writer import Field, ImportedExercise


def test_a_dose_read_from_an_if_sentence_is_warned() -> None:
    read = _read("# Wall\n\n## Wall push\n\nPush away from the wall, 10 times. If your legs are fresh, go for 3 sets "
                 "and rest a little between them.\n\n## Wall sit\n\nSlide down the wall and hold for 20 seconds.\n")
    assert read["Wall push"] == ({"reps": 10, "sets": 3}, (
        'its sets 3 was read from a sentence that makes it a condition\'s dose ("If ..."), which may not be '
        'today\'s: "If your legs are fresh, go for 3 sets and rest a little between them."',))
    assert read["Wall sit"] == ({"hold": "20 s"}, ())


def test_only_a_number_every_sentence_of_which_opens_with_if_is_conditional() -> None:
    assert conditional("Do 3 sets. If it hurts, stop.", "3") is None
    assert conditional("If it hurts, do 2 sets. Otherwise 3.", "2") == "If it hurts, do 2 sets."


def test_sets_stated_for_a_superset_are_warned_on_each_of_its_exercises() -> None:
    read = _read("# Legs day\n\n| Exercise | Group | Sets | Reps |\n|---|---|---|---|\n"
                 "| Goblet squat | A1, superset | 3 | 8 |\n| Step-up | A2, superset | 3 | 10 |\n"
                 "| Plank | - | 1 | 30 s |\n")
    assert read["Goblet squat"] == ({"reps": 8, "sets": 3}, (
        'its 3 sets are stated for a group done in turn ("Goblet squat: A1, superset, 3 sets, 8 reps"): they may '
        'be rounds of the group, each exercise once a round, rather than sets of this one in a row',))
    assert read["Step-up"][0] == {"reps": 10, "sets": 3} and len(read["Step-up"][1]) == 1
    assert read["Plank"] == ({"hold": "30 s", "sets": 1}, ())


def test_a_count_of_the_exercises_that_is_one_off_what_was_read_is_warned() -> None:
    holds = "".join(f"## {name}\n\nHold for {seconds} seconds.\n\n" for name, seconds in (
        ("Hip flexor stretch", 30), ("Pigeon", 40), ("Butterfly", 20), ("Frog", 25), ("Happy baby", 15)))
    text = f"# Gate\n\nThese four stretches loosen the hips.\n\n{holds}"
    assert import_article(text, "a.md").routine_warnings == (
        'the article counts 4 exercises ("These four stretches loosen the hips."), but 5 were read: check for one '
        'that was missed or one read from text that is no exercise',)
    assert import_article(text.replace("four", "five"), "a.md").routine_warnings == ()
    assert counted_exercises_note(["The 2 stretches at the end are optional."], 3) == []  # a part of the routine


@pytest.mark.parametrize(("name", "label"), [
    ("Exercise 2", True), ("Station 3", True), ("Cool-down", True), ("Move B", True), ("4.", True),
    ("Cool-down jog", False), ("Side plank", False), ("Step-ups", False), ("Round the world", False)])
def test_a_name_that_is_a_label_of_the_page_is_warned(name: str, label: bool) -> None:
    assert (label_name_doubt(name) is not None) is label
    exercise = ImportedExercise(name, (), (Field("reps", 10, quote="Ten times."),))
    assert any("label of the page" in warning for warning in with_doubts([exercise])[0].warnings) is label


def test_reps_from_a_count_and_a_hold_of_a_second_are_warned() -> None:
    read = _read("# Porch\n\n## Flamingo stand\n\nFlamingo (crane) stance balance count of 15 each leg\n\n"
                 "## Glute squeeze\n\nLie on your front. Squeeze your bottom for a second, then let go. 12 times.\n\n"
                 "## Wall sit\n\nSlide down the wall and hold for 20 seconds.\n")
    assert read["Flamingo stand"] == ({"reps": 15, "sides": ("left", "right")}, (
        'its reps 15 were read from a count that may time a hold instead: "Flamingo (crane) stance balance count of '
        '15 each leg"',))
    assert read["Glute squeeze"] == ({"reps": 12, "hold": "1 s"}, (
        'its hold of 1 second was read from words that may mean a pause inside each repetition: "Squeeze your '
        'bottom for a second, then let go."',))
    assert read["Wall sit"] == ({"hold": "20 s"}, ())
