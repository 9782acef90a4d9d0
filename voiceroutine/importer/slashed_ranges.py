"""A range written with a slash in how often to do an exercise, as an exercise app's printout has it: "Freq: Every 3/4
hours", "2/3 times a day". "3/4" there is three or four, not a fraction: "every 3-4 hours". Read as a fraction's
last number, "every 3/4 hours" was a 4-hour dose, and the routine too long to write.

Two ranges with a slash between them give two levels of one dose ("hold for 10-30/30-60 seconds", a beginner's and a
regular's): written as two times ("10-30 seconds or 30-60 seconds"), so the dose reader takes the first and warns that
the text gives two; the second range alone was taken, silently."""

from __future__ import annotations

import re

_EVERY = re.compile(r"\bevery\s+(\d{1,2})\s*/\s*(\d{1,2})\s+(hours?|days?|weeks?|minutes?|mins?)\b")


_LEVELS = re.compile(r"(?<![\d/])(\d{1,3}\s*-\s*\d{1,3})\s*/\s*(\d{1,3}\s*-\s*\d{1,3})\s*"
                     r"(seconds?|secs?|minutes?|mins?|reps|repetitions|times|breaths)\b")


def slashed_ranges(low: str) -> str:
    """Lower-case `low` with "every N/M <unit>" written as "every N-M <unit>", and "A-B/C-D <unit>" as two doses."""
    if "/" not in low:
        return low
    return _LEVELS.sub(r"\1 \3 or \2 \3", _EVERY.sub(r"every \1-\2 \3", low))
