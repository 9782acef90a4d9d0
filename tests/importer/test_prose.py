"""Exercises told in running prose, clause by clause, and headings in the forms articles use."""

from __future__ import annotations

import pytest

from voiceroutine.importer import import_article
from voiceroutine.importer.prose import exercise_name
from voiceroutine.routine.loader import load_routine_text

MADE = "  # inferred: named after the movement the article's sentence gives a dose to"
"""The mark on a name made from running prose."""


def _body(text: str, name: str = "a.txt") -> str:
    """The routine written, from its title on (the comment lines above it are tested elsewhere)."""
    yaml_text = import_article(text, name).yaml_text
    load_routine_text(yaml_text, name)
    return yaml_text[yaml_text.index("title:"):]


def test_one_sentence_with_two_exercises_and_a_set_rest() -> None:
    text = "Quick legs\n\nDo 3 sets of 12 squats, resting 60 seconds between sets, then hold a plank for 45 seconds.\n"
    assert _body(text) == (
        "title: Quick legs\n"
        "exercises:\n"
        f"  - name: Squats{MADE}\n"
        "    reps: 12\n"
        "    sets: 3\n"
        "    set_rest: 1 minute\n"
        "\n"
        f"  - name: Plank{MADE}\n"
        "    hold: 45 s\n")


def test_continuous_movement_is_a_duration_and_sides_join_the_exercise_before() -> None:
    text = ("Warm-up\n\nMarch on the spot for 1 minute, then keep moving side to side for 2 minutes. After that, "
            "stand on one leg for 30 seconds, then swap to the other leg.\n")
    assert _body(text) == (
        "title: Warm-up\n"
        "exercises:\n"
        f"  - name: March on the spot{MADE}\n"
        "    duration: 1 minute\n"
        "\n"
        f"  - name: Keep moving side to side{MADE}\n"
        "    duration: 2 minutes\n"
        "\n"
        f"  - name: Stand on one leg{MADE}\n"
        "    hold: 30 s\n"
        "    sides: [left, right]\n")


@pytest.mark.parametrize(
    ("clause", "name"),
    [
        ("Begin with 2 sets of 15 sit-to-stands from a dining chair", "sit-to-stands"),
        ("then hold a plank for 45 seconds", "plank"),
        ("stand on one leg for 30 seconds", "stand on one leg"),
        ("Finish by walking briskly around the house for 3 minutes", "walking briskly"),
        ("do 20 slow glute bridges", "glute bridges"),
        # a rest, a dose without a movement, a movement without a dose: no exercise of their own
        ("resting 60 seconds between sets", None),
        ("Repeat 5 times", None),
        ("Lie on your back with your knees bent", None),
    ],
)
def test_the_movement_a_clause_doses(clause: str, name: str | None) -> None:
    assert exercise_name(clause) == name


def test_headings_with_a_topic_before_the_number() -> None:
    text = ("Back care\n\nSciatica Exercise 1\n\nLie on your back with your knees bent. Keep moving side to side for "
            "2 minutes.\n\nSciatica Exercise 2\n\nLie on your back and pull one knee to your chest. Hold for 30 "
            "seconds, then switch legs. Repeat 3 times.\n")
    assert _body(text) == (
        "title: Back care\n"
        "exercises:\n"
        "  - name: Lie on your back  # inferred: the article gives no name; made from its instructions\n"
        "    steps:\n"
        "      - Lie on your back with your knees bent.\n"
        "    duration: 2 minutes\n"
        "\n"
        "  - name: Pull one knee to your chest  # inferred: the article gives no name; made from its instructions\n"
        "    steps:\n"
        "      - Lie on your back and pull one knee to your chest.\n"
        "    reps: 3\n"
        "    hold: 30 s\n"
        "    sides: [left, right]\n")


NECK = ("Sit tall and draw your chin straight back. Hold for 5 seconds. Repeat 10 times.",
        "Turn your head slowly to the left, then to the right. Do 5 on each side.")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("step.txt", f"Neck care\n\nStep 1: Chin tuck\n{NECK[0]}\n\nStep 2: Neck turn\n{NECK[1]}\n"),
        ("bold.md", f"# Neck care\n\n**Chin tuck**\n\n{NECK[0]}\n\n**Neck turn**\n\n{NECK[1]}\n"),
        ("name.txt", f"Neck care\n\nName: Chin tuck\n{NECK[0]}\n\nName: Neck turn\n{NECK[1]}\n"),
        ("topic.txt", f"Neck care\n\nNeck Exercise 1: Chin tuck\n{NECK[0]}\n\nNeck Exercise 2: Neck turn\n{NECK[1]}\n"),
        ("emoji.txt", f"Neck care\n\n👉 Chin tuck\n{NECK[0]}\n\n👉 Neck turn\n{NECK[1]}\n"),
    ],
)
def test_every_common_heading_form(name: str, text: str) -> None:
    assert _body(text, name) == (
        "title: Neck care\n"
        "exercises:\n"
        "  - name: Chin tuck\n"
        "    steps:\n"
        "      - Sit tall and draw your chin straight back.\n"
        "    reps: 10\n"
        "    hold: 5 s\n"
        "\n"
        "  - name: Neck turn\n"
        "    steps:\n"
        "      - Turn your head slowly to the left, then to the right.\n"
        "    reps: 5\n"
        "    sides: [left, right]\n")
