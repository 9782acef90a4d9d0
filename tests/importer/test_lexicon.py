"""The lexicon of exercise names (issue 16): which text names a known exercise, in which words, and where it narrows
a name made from a sentence. Every snippet here is our own words."""

from __future__ import annotations

import pytest

from voiceroutine.importer import import_article
from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.known_lines import is_label, known_lines
from voiceroutine.importer.lexicon import exercise_words, named_exercise, names_exercise, sentence_words


@pytest.mark.parametrize("text", [
    "Chin tucks", "Pendulums", "Heel slides", "Clamshells", "Bird dog", "Dead bugs", "Cat-cow", "Wall angels",
    "Thread the needle", "10 pushups", "Romanian deadlifts", "Goblet squats", "Side-lying leg raises",
    "Downward dog", "Child's pose", "Knee to chest", "Sit to stand", "Seated calf raises",
])
def test_known_names(text: str) -> None:
    assert names_exercise(text)


@pytest.mark.parametrize("text", [
    "Warm-up:", "Pairs:", "Finish:", "Round 2", "Circuit A", "Exercise 3", "Cool down", "Notes", "Every morning",
    "Press your palms together", "Lift your hips off the floor", "Let your knees drop to the left", "Hamstrings",
])
def test_labels_verbs_and_body_parts_name_no_exercise(text: str) -> None:
    assert named_exercise(text) is None


def test_the_words_that_name_it() -> None:
    named = named_exercise("finish off with the doorway stretch")
    assert named is not None and named.words == "doorway stretch" and named.whole_name
    named = named_exercise("settle into a deep squat")
    assert named is not None and (named.words, named.known, named.whole_name) == ("deep squat", "deep squat", False)
    named = named_exercise("try the cat-cow stretch")
    assert named is not None and named.words == "cat-cow stretch"  # the movement word after a known name


@pytest.mark.parametrize(("name", "words"), [
    ("do clamshells lying on your side", "clamshells"),
    ("finish off with the doorway stretch", "doorway stretch"),
    ("ankle circles sitting down", "ankle circles"),
    ("Skipping, with or without a rope", "Skipping"),
    ("Walking briskly", None),  # a manner after a movement word alone: the article's name
    ("March on the spot", None),  # a place: the article's name
    ("Squats", None),  # the whole name
    ("Hug both knees to your chest", None),  # no known name in it
    # a posture right before the name and a word hyphened to it are the name's
    ("end with a standing hamstring stretch, held for 30 s", "standing hamstring stretch"),
    ("finish with the cross-body stretch for 20 seconds", "cross-body stretch"),
    ("finish with the side-lying clamshell", "side-lying clamshell"),
    ("Arm swings across the body", None),  # a setting after the name is no name of its own ("across the body")
])
def test_exercise_words_of_a_made_name(name: str, words: str | None) -> None:
    assert exercise_words(name) == words


@pytest.mark.parametrize(("name", "words"), [
    ("do pelvic tilts lying on your back", "pelvic tilts"),
    ("try the cat-cow stretch", "cat-cow stretch"),
    ("lift into a glute bridge", "glute bridge"),
    ("Alternate toe taps", None),  # a verb-like first word that is part of the name
    ("Squat to calf raise", None),  # two movements joined: the article's name
    ("The wall push-up", None),
    ("Calf stretch against the wall, back knee straight", None),
])
def test_sentence_words_only_for_names_that_read_as_a_sentence(name: str, words: str | None) -> None:
    assert sentence_words(name) == words


def test_a_name_made_from_prose_keeps_only_the_exercise() -> None:
    article = ("# Gentle evening routine\n\n"
               "Start on the floor. Do clamshells lying on your side, 10 times on each side.\n\n"
               "Then try the thread-the-needle stretch, holding it for 20 seconds on each side.\n\n"
               "Finish with the knee hug, holding for 30 seconds.\n")
    names = [exercise.name for exercise in import_article(article, "evening.md").exercises]
    assert names == ["Clamshells", "Thread-the-needle stretch", "Knee hug"]


def test_an_unknown_name_is_still_read() -> None:
    article = "# Desk break\n\n1. Zorble reach: hold for 20 seconds.\n2. Frambly twist: 10 times.\n"
    names = [exercise.name for exercise in import_article(article, "desk.md").exercises]
    assert names == ["Zorble reach", "Frambly twist"]


def test_a_label_never_names_the_exercises_under_it() -> None:
    article = ("Saturday session\n\nWarm-up:\nSkipping 2 min\nArm circles x10\n\n"
               "Main:\nGoblet squats 3x10\nPress-ups 3x8\n")
    names = [exercise.name for exercise in import_article(article, "saturday.txt").exercises]
    assert names == ["Skipping", "Arm circles", "Goblet squats", "Press-ups"]  # were "Warm-up", "Main"


@pytest.mark.parametrize(("name", "label"), [
    ("Warm-up:", True), ("Pairs", True), ("Round 2", True), ("Circuit A", True), ("Finish:", True),
    ("Main set", True), ("Squat jumps", False), ("Plank", False), ("Bird dog", False),
])
def test_labels(name: str, label: bool) -> None:
    assert is_label(name) is label


def test_known_lines_need_three_and_a_dose() -> None:
    blocks = [Block(BlockKind.ITEM, "Glute bridges x15", marker="-"), Block(BlockKind.ITEM, "Bird dog", marker="-"),
              Block(BlockKind.ITEM, "Wall sit 30 s", marker="-"), Block(BlockKind.ITEM, "Zorble 10", marker="-")]
    assert known_lines(blocks, 0) == []  # two lines name a known exercise and give a dose
    blocks.append(Block(BlockKind.ITEM, "Dead bugs 12 each side", marker="-"))
    assert known_lines(blocks, 0) == [(0, "Glute bridges"), (2, "Wall sit"), (4, "Dead bugs")]


def test_an_item_read_as_another_items_step_is_warned_when_it_names_an_exercise() -> None:
    article = "# Park circuit\n\n## Circuit B\n- Bird dog 10 each side\n- Dead bugs 12\n- Plank 30 s\n"
    warnings = import_article(article, "park.md").routine_warnings
    assert any('"Dead bugs 12" as a step of "Bird dog"' in warning for warning in warnings)
    fine = "# Park circuit\n\n- Bird dog 10 each side\n  - keep your back flat\n- Plank 30 s\n"
    assert not any("as a step of" in warning for warning in import_article(fine, "park.md").routine_warnings)
