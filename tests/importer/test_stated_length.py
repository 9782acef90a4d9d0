"""A circuit the article says to go round for a time ("repeat this circuit for 7 minutes", "AMRAP 12 minutes"):
the import warns when the routine it wrote lasts much less or more, since no count of rounds was given."""

from __future__ import annotations

import re

import pytest

from voiceroutine.importer import import_article
from voiceroutine.importer.stated_length import StatedLength, length_note, stated_length

_CIRCUIT = """# Kitchen circuit

Do each move for 30 seconds, then repeat this circuit for 7 minutes.

- Jumping jacks
- Squats
- Push-ups
- Plank
"""


@pytest.mark.parametrize(("sentence", "minutes"), [
    ("Do each move for 30 seconds, then repeat this circuit for 7 minutes.", 7),
    ("Go through the moves as many rounds as you can in 12 minutes.", 12),
    ("AMRAP 10 min: as many rounds as possible.", 10),
    ("Keep cycling through the five exercises for twenty minutes.", 20),
    ("Repeat the whole sequence for a total of 15 mins.", 15),
])
def test_a_sentence_about_the_group_gives_its_time(sentence: str, minutes: int) -> None:
    assert stated_length(["Warm up first.", sentence]) == StatedLength(minutes * 60_000, sentence)


@pytest.mark.parametrize("sentence", [
    "Keep going for 2 minutes.",  # one exercise's own time
    "March on the spot - keep going for 2 min",
    "Repeat the routine for 10 minutes a day.",  # how often, not how long one go lasts
    "Repeat the circuit 3 times.",  # a count of rounds, which the rounds rule reads
    "Do the workout for 6 weeks.",
])
def test_an_exercise_time_or_a_frequency_is_no_circuit_time(sentence: str) -> None:
    assert stated_length([sentence]) is None


def test_the_note_names_both_lengths_only_when_far_apart() -> None:
    told = StatedLength(7 * 60_000, "x")
    assert length_note(told, 7 * 60_000 - 120_000, '"x"') == []  # 2 minutes short of 7: within 30 %
    assert length_note(StatedLength(2 * 60_000, "x"), 2 * 60_000 + 55_000, '"x"') == []  # under a minute apart
    (note,) = length_note(told, 150_000, '"x"')
    assert note.startswith('the article says "x", about 7 minutes, and the routine as read lasts about 2:30')
    assert length_note(None, 150_000, '"x"') == []


def test_an_import_of_a_timed_circuit_warns_and_is_not_sure() -> None:
    result = import_article(_CIRCUIT, "kitchen.md")
    (warning,) = [w for w in result.warnings if "until the time is up" in w]
    assert warning.startswith('the article says "Do each move for 30 seconds, then repeat this circuit for 7 '
                              'minutes.", about 7 minutes, and the routine as read lasts about ')
    lasts = re.search(r"lasts about (\d+):(\d\d)", warning)
    assert lasts is not None and int(lasts[1]) * 60 + int(lasts[2]) < 5 * 60
    assert f"# warning: {warning}" in result.yaml_text
    assert result.confidence.startswith("Confidence: low")


def test_a_circuit_with_its_rounds_given_and_no_time_has_no_such_warning() -> None:
    result = import_article(_CIRCUIT.replace("repeat this circuit for 7 minutes", "repeat this circuit 3 times"),
                            "kitchen.md")
    assert not [w for w in result.warnings if "until the time is up" in w]
