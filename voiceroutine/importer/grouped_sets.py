"""Sets stated for a group done in turn (a superset, a tri-set), written on each exercise of it: "3 sets" of a
tri-set are three rounds of its exercises, each once a round, which sets on each exercise do not say."""

from __future__ import annotations

import re

from voiceroutine.importer.checks import quoted
from voiceroutine.importer.writer import ImportedExercise

_GROUPED = re.compile(r"\b(?:super|tri|giant|compound)[- ]?sets?\b", re.I)


def grouped_sets_doubt(exercise: ImportedExercise) -> str | None:
    """A warning when the exercise's sets come with words that make it one of a group done in turn, or None."""
    sets = exercise.value("sets")
    if not (isinstance(sets, int) or str(sets).isdigit()) or int(str(sets)) < 2:
        return None
    words = [*(field.quote for field in exercise.fields if field.quote), *exercise.steps]
    said = next((sentence for sentence in words if _GROUPED.search(sentence)), None)
    if said is None:
        return None
    return (f"its {sets} sets are stated for a group done in turn ({quoted(said)}): they may be rounds of the group, "
            "each exercise once a round, rather than sets of this one in a row")
