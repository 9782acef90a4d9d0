"""How many exercises an article says it gives: "Tennis elbow: the 7 exercises we give everyone", "Five stretches
for tight calves". A title that counts them tells which of the article's headings hold its one routine."""

from __future__ import annotations

import re

from voiceroutine.importer.dose import numerals

_COUNTED = re.compile(r"(?<![\d.,/-])\b(?P<n>\d{1,2})\s+(?:[a-z'-]+\s+){0,2}?"
                      r"(?:exercises|stretches|moves|movements|poses|drills)\b")


def exercises_counted(title: str | None) -> int | None:
    """The number of exercises a title says it gives, when it says one number of them."""
    if not title:
        return None
    counts = {int(m["n"]) for m in _COUNTED.finditer(numerals(title))}
    return counts.pop() if len(counts) == 1 else None
