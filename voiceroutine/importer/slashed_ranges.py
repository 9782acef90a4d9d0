"""A range written with a slash in how often to do an exercise, as an exercise app's printout has it: "Freq: Every 3/4
hours", "2/3 times a day". "3/4" there is three or four, not a fraction: "every 3-4 hours". Read as a fraction's
last number, "every 3/4 hours" was a 4-hour dose, and the routine too long to write."""

from __future__ import annotations

import re

_EVERY = re.compile(r"\bevery\s+(\d{1,2})\s*/\s*(\d{1,2})\s+(hours?|days?|weeks?|minutes?|mins?)\b")


def slashed_ranges(low: str) -> str:
    """Lower-case `low` with "every N/M <unit>" written as "every N-M <unit>"."""
    return _EVERY.sub(r"every \1-\2 \3", low) if "/" in low else low
