"""One exercise read from a page that speaks of several: "Each stretch should be held for 10 seconds." over
paragraphs with no names, each setting up its own stretch ("While sitting, loop a towel ...", "In a seated position,
cross ...", "Stand facing a wall ...").

With no names and no dose of their own, such paragraphs are read as the steps of one exercise, and the stretches
after the first are lost without a word. No rule can tell where each stretch starts; a warning on the exercise says
that the page speaks of several and that its steps set up more than one starting position."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from voiceroutine.importer.writer import ImportedExercise

_SEVERAL = re.compile(r"\b(?:each|every)\s+(?:stretch|exercise|pose|position|movement)\b"
                      r"|\b(?:these|the|all|both|those)\s+(?:stretches|exercises|poses|positions|movements)\b", re.I)
_START = re.compile(r"^(?:(?:while|when)\s+(?:sitting|standing|lying|kneeling)\b|in\s+an?\s+(?:seated|standing|"
                    r"kneeling|lying|sitting)\s+position\b|(?:sit|stand|lie|lay|kneel)\b|(?:start|begin)\s+(?:by\s+)?"
                    r"(?:sitting|standing|lying|kneeling|on\s+your)\b)", re.I)
"""A sentence that sets up a starting position: "While sitting on the floor, ...", "Stand facing a wall."."""
_MIN_STEPS = 6
_MIN_STARTS = 3


def with_merged_doubt(exercises: list[ImportedExercise], sentences: Iterable[str]) -> list[ImportedExercise]:
    """The exercises, the only one with a warning when the page speaks of several exercises and its many steps set
    up three starting positions or more."""
    if len(exercises) != 1:
        return exercises
    exercise = exercises[0]
    starts = [step for step in exercise.steps if _START.match(step.strip())]
    if len(exercise.steps) < _MIN_STEPS or len(starts) < _MIN_STARTS:
        return exercises
    several = next((sentence for sentence in sentences if _SEVERAL.search(sentence)), None)
    if several is None:
        return exercises
    why = (f"the article speaks of several (\"{several.strip()[:80]}\") but one exercise was read, whose steps set "
           f"up {len(starts)} starting positions: check whether it holds more than one exercise")
    return [replace(exercise, warnings=(*exercise.warnings, why))]
