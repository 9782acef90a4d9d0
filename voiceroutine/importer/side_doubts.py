"""Doubts about an exercise's sides, whatever the layout: its own words name sides the import did not write, or
of another kind, or in another order. Each looks only at the exercise as imported (its sides and the sentences
its values and steps came from), never at which rule read them.

Authors spell sides in many ways ("each way" is left and right to one, clockwise and anticlockwise to another), so
each check fires only where the words say something the sides written do not: a second side with a dose of its
own, a direction told for each leg, a side told to come first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from voiceroutine.importer.checks import quoted
from voiceroutine.importer.dose import numerals
from voiceroutine.importer.writer import ImportedExercise

_LIMB = r"(?:leg|side|arm|foot|hand|knee|ankle|hip|shoulder|ear)s?"
_COUNT = r"(?:\d+|one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty|a|another)"
_OTHER_SIDE = re.compile(
    rf"\bthen\s+{_COUNT}\b[^.;:!?]{{0,30}}?\b(?:with|on|for)\s+(?:the|your)\s+(?:left|right|other)\b"
    rf"|(?:^|[.!?]\s+)then\s+(?:the|your)\s+(?:left|right|other)\s+{_LIMB}\b"
    r"|\bboth\s+(?:legs|sides|arms|feet|hands)\b[^.;]{0,30}\beach\b(?!\s+other)",
    re.I)
"""Words that give the other side a dose of its own ("then 10 with the other", "... for 15 seconds. Then the left
side.", "both legs, 2 times each"): the exercise is done on each side. A side met within one
repetition ("lift one foot, then the other", "hold with both hands") is not one."""
_CIRCULAR = re.compile(r"\b(?:circles?|circling|rolls?|halos?)\b", re.I)
_EACH_WAY = re.compile(r"\b(?:each|per|both|either)\s+(?:way|direction)s?\b", re.I)
_EACH_LIMB = re.compile(r"\b(?:each|per|on each|with each)\s+(?:leg|side|arm|foot|hand|knee|ankle|hip|shoulder)\b",
                        re.I)
_RIGHT_FIRST = re.compile(
    r"\b(?:start|starting|begin|beginning|lead|leading)\s+(?:with|on)\s+(?:the|your)\s+right\b"
    r"|\b(?:the\s+)?right\s+(?:leg|arm|side|foot|hand)\s+first\b"
    r"|\b(?:empezando|comenzando)\s+(?:con|por)\s+(?:la|el)\s+derech", re.I)
_BOTH_IN_ONE = re.compile(r"\bto the (?:left|right)\b.*\bto the (?:left|right)\b.*"
                          r"\b(?:that is|that's|this is|counts as)\s+one\b", re.I)
"""A movement to one side and then the other counted as one repetition ("to the left, back to the middle, then to the
right: that is one"): done both ways each time, not on each side in turn."""
_TIMES_AFTER_SIDE = re.compile(
    r"\d+\s*(?:seconds?|secs?|s|minutes?|mins?)\.?\s+(?:on\s+)?(?:each|per|a|every)\s+(?:leg|side|arm|foot|hand)\b[,;]?"
    r"\s*(?:and\s+)?(?:x\s*\d+|\d+\s*(?:times|x)\b|twice)", re.I)
"""A count after a hold for each side ("30 s each leg, 3 times"): 3 holds on each leg to some authors, 3 rounds of
both legs (sets) to others."""
_LEFT_RIGHT = {"left", "right"}


def _sentences(exercise: ImportedExercise) -> list[str]:
    """The exercise's own words: the sentences its values were read from, then its steps."""
    return list(dict.fromkeys([*(field.quote for field in exercise.fields if field.quote), *exercise.steps]))


def _said(pattern: re.Pattern[str], sentences: list[str]) -> str | None:
    """The first sentence that holds the pattern."""
    return next((sentence for sentence in sentences if pattern.search(sentence)), None)


def side_doubts(exercise: ImportedExercise) -> list[str]:
    """Why the exercise's sides may differ from what its words say, one reason each."""
    sentences = _sentences(exercise)
    sides = _written(exercise)
    if not sides:
        if (said := _said(_OTHER_SIDE, sentences)) is not None:
            return [f"its words give the other side its own turn, but no sides were read: {quoted(said)}"]
        return []
    doubts: list[str] = []
    if (said := _said(_BOTH_IN_ONE, sentences)) is not None:
        doubts.append(f"its words count a movement to both sides as one repetition, but sides were written: "
                      f"{quoted(said)}")
    reps = next((field for field in exercise.fields if field.key == "reps" and field.quote), None)
    if reps is not None and exercise.value("hold") is not None and exercise.value("sets") in (None, 1) and (
            _TIMES_AFTER_SIDE.search(numerals(reps.quote or ""))):
        doubts.append(f"its {reps.value} holds on each side were read from words that may mean {reps.value} rounds "
                      f"of both sides (sets): {quoted(reps.quote)}")
    if set(sides) == _LEFT_RIGHT and _CIRCULAR.search(exercise.name) and not _said(_EACH_LIMB, sentences) and (
            said := _said(_EACH_WAY, sentences)) is not None:
        # a circle "each way" is turned both ways round, which some articles mean and some do not
        doubts.append(f"its sides were read as left and right from words that may mean the two directions of a "
                      f"circle: {quoted(said)}")
    if not set(sides) & _LEFT_RIGHT and (said := _said(_EACH_LIMB, sentences)) is not None:
        doubts.append(f"its sides were read as directions ({' and '.join(sides)}), but its words also name a side of "
                      f"the body: {quoted(said)}; check whether each direction is done on each side")
    if sides == ("left", "right") and (said := _said(_RIGHT_FIRST, sentences)) is not None:
        doubts.append(f"its words start with the right side, but the left is written first: {quoted(said)}")
    return doubts


def with_side_order(exercises: list[ImportedExercise], sentences: Iterable[str]) -> list[ImportedExercise]:
    """The exercises, those written left first warned when a sentence outside every exercise says the right side
    comes first ("Always do the right side first"): a rule of the whole article the sides do not follow."""
    own = " ".join(sentence for exercise in exercises for sentence in _sentences(exercise))
    said = next((sentence for sentence in sentences
                 if _RIGHT_FIRST.search(sentence) and " ".join(sentence.split()) not in own), None)
    if said is None:
        return exercises
    note = f"the article says the right side comes first, but the left is written first: {quoted(said)}"
    return [replace(exercise, warnings=(*exercise.warnings, note))
            if _written(exercise) == ("left", "right") and _said(_RIGHT_FIRST, _sentences(exercise)) is None
            else exercise for exercise in exercises]


def _written(exercise: ImportedExercise) -> tuple[str, ...]:
    value = exercise.value("sides")
    return tuple(str(side).lower() for side in value) if isinstance(value, tuple) else ()
