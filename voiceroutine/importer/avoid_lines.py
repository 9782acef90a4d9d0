"""A line that leads into exercises to avoid: "Avoid the following stretches while your back is sore:",
"Avoid these moves:", "Exercises to avoid". A clinic's page often ends its routine with such a list; its items are
exercises' names, but no part of the routine, and they were read as steps of the last exercise (so they would be
spoken as things to do). Such a line ends the exercises, as "Related posts" does."""

from __future__ import annotations

import re

_WHAT = r"(?:exercises|moves|movements|stretches|poses|activities)"
_AVOID = re.compile(
    rf"^(?:the following |these |some |other )?{_WHAT}\b[^.!?]{{0,60}}?\b(?:should (?:never|not)|must not|"
    rf"shouldn't|to avoid|you should avoid|are best avoided)\b[^.!?]{{0,80}}:?$"
    rf"|^(?:avoid|do not do|don't do|never do|steer clear of)\s+(?:the following|these|those)(?:\s+{_WHAT})?"
    rf"\b[^.!?]{{0,80}}:$"
    rf"|^{_WHAT} (?:to avoid|not to do|you should avoid)\b[^.!?]{{0,60}}:?$", re.I)


def is_avoid_line(text: str) -> bool:
    """Whether `text` leads into a list of exercises to avoid."""
    return bool(_AVOID.match(text.strip()))
