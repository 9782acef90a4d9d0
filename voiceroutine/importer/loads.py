"""Weights lifted, written after a move's name: "Goblet squat 16 kg", "Romanian deadlift 2 × 12 kg" (an app's
"🏷️ 16 kg" tag, its emoji gone by now).

A load is no dose and no part of the name: "2 × 12 kg" is two dumbbells of 12 kg, not 2 sets of 12. The routine
format has no place for it, so it is left out of the name line, and the name then takes a dose line under it as a
bare name does."""

from __future__ import annotations

import re

WEIGHT_UNIT = r"(?:kgs?|kilos?|kilograms?|lbs?|pounds?)"
_LOAD = re.compile(rf"^(?P<name>\s*(?:[-*+•]\s+|\(?\d{{1,2}}[.)]\s+)[A-Za-z][^\d\n]*?)\s*[-–—@(]?\s*"
                   rf"(?:\d{{1,2}}\s*[x×]\s*)?\d+(?:\.\d+)?\s*{WEIGHT_UNIT}\)?\s*$", re.I)
"""A list item that is a name and a weight at its end, nothing else (its marker kept)."""


def without_loads(text: str) -> str:
    """Each list item that is a move's name followed by a weight, as the name alone."""
    return "\n".join(m["name"].rstrip() if (m := _LOAD.match(line)) else line for line in text.split("\n"))
