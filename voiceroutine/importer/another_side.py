"""The same count again on the other side: "Repeat 5 times, then lead with the left leg for another 5". The second
count is the other side's, not a second set: the exercise is done per side, the side named last going second."""

from __future__ import annotations

import re

_SIDE_AGAIN = re.compile(r"\b(?P<side>left|right)\s+(?:leg|arm|foot|hand|side|knee|hip)s?\b[^.;]{0,30}?"
                         r"\b(?:for\s+)?another\s+\d+\b", re.I)


def side_again(text: str) -> tuple[str, str] | None:
    """(first side, second side) when the text gives the same count again for a named side, else None."""
    m = _SIDE_AGAIN.search(text)
    if m is None:
        return None
    second = m["side"].lower()
    return ("right", "left") if second == "left" else ("left", "right")
