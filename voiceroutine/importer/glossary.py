"""A page's explanation of its dose words, as an exercise app's printout or a health service's sheet puts above the
exercises: "Reps: the number of times in a row you do a movement", "Sets: a group of reps done
together", "Example: lifting your arm 8 times makes 8 reps". Its numbers illustrate a word; they
are no exercise's dose, and the part (under "What the numbers mean", or named "Example") was read as an exercise
of its own. Such a part is left out of the exercises."""

from __future__ import annotations

import re

_DEFINED = re.compile(
    r"^(?:reps?|repetitions?|sets?|holds?|freq(?:uency)?|rounds?|rest)(?:\s*\([^()]{1,30}\))?\s*[:=–—-]\s*"
    r"(?:this means|it means|means|is|are|how (?:many|long|often)|the number|a group|the time|"
    r"one (?:full )?movement)\b",
    re.I)
"""A line that says what a dose word means."""
_EXAMPLE = re.compile(r"^(?:example|for example|e\.g\.)\s*[:,]", re.I)
"""A line that gives an example of a dose word."""


def is_glossary(name: str, lines: list[str]) -> bool:
    """Whether a part named `name` with these lines (its heading's first, then its body's) explains dose words: a
    line that defines one, or a part named "Example" after its heading's label ("Example: if you ...")."""
    if any(_DEFINED.match(line.strip()) for line in lines):
        return True
    return bool(re.fullmatch(r"(?:an? |for )?examples?", name.strip(), re.I)) and bool(
        lines and _EXAMPLE.match(lines[0].strip()))
