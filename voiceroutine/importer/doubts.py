"""Doubts about one imported exercise, whatever the article's layout: a warning on it when its name does not read
as an exercise's name, or when a value was read from a number the article gives as something else.

Each rule looks only at what was imported (the name, each value and the sentence it was read from), never at
which rule read it, so it holds for layouts no rule was written for.
"""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.checks import quoted
from voiceroutine.importer.coverage import not_for_today
from voiceroutine.importer.dose import find_mentions, numerals
from voiceroutine.importer.group_names import group_name_doubt
from voiceroutine.importer.grouped_sets import grouped_sets_doubt
from voiceroutine.importer.label_names import label_name_doubt
from voiceroutine.importer.run_on_names import run_on_name
from voiceroutine.importer.side_doubts import side_doubts
from voiceroutine.importer.writer import ImportedExercise

_WORD = re.compile(r"[^\W\d_]{3,}")
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
_BYLINE = re.compile(r"@|·|\b(?:posted|replied|answered|wrote|says)\b", re.I)
_SPEAKER = re.compile(r"\b(?:i|i'm|i've|my|me|we|our|us|this|these)\b", re.I)
"""Words of a person speaking or pointing ("Try this short set", "Hug both knees into my chest"); "your" is in many
names ("Up on your toes")."""
LONG_NAME_WORDS = 8
"""A name of more words than this is a sentence, not a name."""


def name_doubt(name: str) -> str | None:
    """Why `name` does not read as an exercise's name, or None when it does."""
    if not _WORD.search(name):
        return "its name has no word in it, only numbers or marks"
    if _CLOCK.search(name) or _BYLINE.search(name):
        return "its name looks like a time stamp or a byline, not an exercise"
    if find_mentions(name):
        return "its name states a dose, so it may be a line of instructions rather than a name"
    if _SPEAKER.search(name) or len(name.split()) > LONG_NAME_WORDS:
        return "its name reads like a sentence, not an exercise's name"
    return None


_TIME_AFTER = r"\s*(?:(?:-|–|to|or)\s*\d+(?:\.\d+)?\s*)?(?:seconds?|secs?|s|minutes?|mins?|min|hours?|h)\b"


def count_doubts(exercise: ImportedExercise) -> list[str]:
    """A count (reps or sets) whose number the sentence it came from gives only as a time ("2 x 20-30 s" read as
    20 reps), or as two values at once from one number."""
    doubts: list[str] = []
    counts = [field for field in exercise.fields if field.key in ("reps", "sets") and field.quote]
    for field in counts:
        number = str(field.value).split("-")[0].strip()
        if not number.isdigit():
            continue
        places = list(re.finditer(rf"(?<![\d.:,]){number}(?![\d.:,]\d)", field.quote or ""))
        if places and all(re.match(_TIME_AFTER, (field.quote or "")[place.end():], re.I) for place in places):
            doubts.append(f"{field.key} {field.value} were read from a number the article gives as a time: "
                          f"{quoted(field.quote)}")
    return doubts


_COUNT_OF = r"\bcount(?:ing)? (?:of|to) {number}\b"
_A_SECOND = re.compile(r"\b(?:for )?(?:a|one) (?:second|sec)\b", re.I)


def timing_doubts(exercise: ImportedExercise) -> list[str]:
    """Reps read from "a count of 20" with no hold ("balance, count of 20 each leg" may be a 20-second hold), and a
    1-second hold read from "for a second" (more often a pause inside each repetition than a hold)."""
    doubts: list[str] = []
    reps = next((field for field in exercise.fields if field.key == "reps" and field.quote), None)
    number = re.match(r"\d+", str(reps.value)) if reps is not None else None
    if reps is not None and number is not None and exercise.value("hold") is None and re.search(
            _COUNT_OF.format(number=number[0]), numerals(reps.quote or "")):
        doubts.append(f"its reps {reps.value} were read from a count that may time a hold instead: "
                      f"{quoted(reps.quote)}")
    hold = next((field for field in exercise.fields if field.key == "hold" and field.quote), None)
    if hold is not None and re.fullmatch(r"1 s(?:ec(?:ond)?)?", str(hold.value)) and _A_SECOND.search(hold.quote or ""):
        doubts.append(f"its hold of 1 second was read from words that may mean a pause inside each repetition: "
                      f"{quoted(hold.quote)}")
    return doubts


_NUMBERED = re.compile(r"^(?P<name>.+) \d+$")
"""The name the importer gives a second exercise of the same name ("Exercise 2")."""
_DOSE_KEYS = ("reps", "sets", "hold", "duration")


LABEL_REPEATS = 3
"""A name that stands for this many exercises or more is the page's label for each ("Exercise", "Rest timer"); a
routine written out for two weeks names each of its exercises twice."""


def _shared_names(exercises: list[ImportedExercise]) -> set[str]:
    """The names (lower case) that stand for LABEL_REPEATS exercises or more."""
    names = [exercise.name.lower() for exercise in exercises]
    bases = [m["name"] if (m := _NUMBERED.match(name)) and m["name"] in names else name for name in names]
    return {name for name, base in zip(names, bases, strict=True) if bases.count(base) >= LABEL_REPEATS}


def unbalanced(name: str) -> bool:
    """Whether a bracket of the name is opened and not closed, or closed and not opened: a name cut off."""
    return any(name.count(opening) != name.count(closing) for opening, closing in ("()", "[]"))


_CLAUSE = re.compile(r"[.;:!?]\s+|,\s+|\s+[-–—]\s+")


def source_doubts(exercise: ImportedExercise) -> list[str]:
    """A dose value read from a clause whose numbers are no dose for today: a story of the past, a later stage, a
    condition. The clause that holds the value's number is judged, not the whole sentence ("the lunges are 10
    each leg, I copied the 8 from last month's plan" gives 10 for today)."""
    doubts: list[str] = []
    for field in exercise.fields:
        if field.key not in _DOSE_KEYS or not field.quote:
            continue
        number = re.match(r"\d+", str(field.value))
        if number is None:
            continue
        holding = [clause for clause in _CLAUSE.split(field.quote)
                   if re.search(rf"(?<![\d.]){number[0]}(?![\d.]\d)", numerals(clause))]
        reasons = [not_for_today(clause) for clause in holding]
        if holding and all(reasons) and reasons[0]:
            doubts.append(f"its {field.key} {field.value} was read from words that read as {reasons[0]}, not as a "
                          f"dose: {quoted(field.quote)}")
        elif (condition := conditional(field.quote, number[0])) is not None:
            doubts.append(f"its {field.key} {field.value} was read from a sentence that makes it a condition's dose "
                          f"(\"If ...\"), which may not be today's: {quoted(condition)}")
    return doubts


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_IF = re.compile(r"^\W*if\b", re.I)


def conditional(quote: str, number: str) -> str | None:
    """The sentence of `quote` that holds `number`, when every one that does opens with "If": "If you want more, do
    2 sets" gives 2 sets only on a condition, though its clause "do 2 sets" alone reads as a dose."""
    holding = [sentence for sentence in _SENTENCE_END.split(quote)
               if re.search(rf"(?<![\d.]){number}(?![\d.]\d)", numerals(sentence))]
    return holding[0] if holding and all(_IF.match(sentence.strip()) for sentence in holding) else None


def with_doubts(exercises: list[ImportedExercise]) -> list[ImportedExercise]:
    """The exercises, each with a warning for each doubt about it."""
    shared = _shared_names(exercises)
    doubted: list[ImportedExercise] = []
    for exercise in exercises:
        found = [why for why in (name_doubt(exercise.name), group_name_doubt(exercise.name),
                                 label_name_doubt(exercise.name)) if why is not None and not exercise.name_note]
        if exercise.name.lower() in shared:
            found.append("the article's heading for it heads other exercises too, so it may be a label of the page "
                         "rather than this exercise's name")
        if (run_on := run_on_name(exercise.name)) is not None:
            found.append(run_on)
        if unbalanced(exercise.name):
            found.append("its name opens or closes a bracket it does not close or open: it may be cut off")
        found += count_doubts(exercise)
        found += timing_doubts(exercise)
        found += source_doubts(exercise)
        found += side_doubts(exercise)
        if (grouped := grouped_sets_doubt(exercise)) is not None:
            found.append(grouped)
        if found:
            exercise = replace(exercise, warnings=(*exercise.warnings, *found))
        doubted.append(exercise)
    return doubted
