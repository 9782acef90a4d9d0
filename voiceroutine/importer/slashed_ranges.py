"""A range written with a slash in how often to do an exercise, as an exercise app's printout has it: "Freq: Every 2/3
hours", "2/3 times a day". "2/3" there is two or three, not a fraction: "every 2-3 hours". Read as a fraction's
last number, "every 2/3 hours" was a 3-hour dose, and the routine too long to write."""

from __future__ import annotations

import re

_EVERY = re.compile(r"\bevery\s+(\d{1,2})\s*/\s*(\d{1,2})\s+(hours?|days?|weeks?|minutes?|mins?)\b")


def slashed_ranges(low: str) -> str:
    """Lower-case `low` with "every N/M <unit>" written as "every N-M <unit>"."""
    return _EVERY.sub(r"every \1-\2 \3", low) if "/" in low else low
