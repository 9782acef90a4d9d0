"""A listicle's title line that counts its exercises ("7 Easy Stretches for Desk Workers", "5 Moves to Do Before
Bed"): the number is how many exercises follow, not a numbered exercise, nor its reps."""

from __future__ import annotations

import re

_COUNTED = re.compile(r"^\s*(?P<n>\d{1,2})\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:stretches|exercises|moves|movements|poses|"
                      r"drills|ways|workouts|yoga poses)\b", re.I)


def counts_exercises(line: str) -> bool:
    """Whether the line is a title that counts the exercises below it."""
    return _COUNTED.match(line) is not None
