"""A paragraph beside a list of exercises that opens or closes the routine with one more: "Warm up first: 5 min on
the bike, easy", "Finish with side plank, 30s each side, twice through".

Outside the list, and under no heading, such a paragraph was quoted as skipped text; its lead says it is a part of
the routine (the warm-up before the list, the finish after it), so the exercise it names is read."""

from __future__ import annotations

import re

_LEAD = re.compile(
    r"^(?:and\s+|then\s+|now\s+)?(?:(?:warm[- ]?up|cool[- ]?down)(?:\s+(?:first|after|afterwards))?\s*(?::|,|-|with\b)"
    r"|(?:finish|end|close)(?:\s+(?:off|up))?\s+(?:with|on)\b|(?:to\s+)?(?:finish|end)\s*[:,]|start\s+with\b"
    r"|(?:start|begin)\s+by\s+(?:warming|loosening)\s+up\s+with\b"
    # "First, get the blood moving: ...": a first step announced before its colon
    r"|first\s*,\s*[^:.;,]{3,40}:)\s*", re.I)


def part_lead(text: str) -> str | None:
    """The words after the lead of a paragraph that opens or closes the routine ("Finish with side plank, 30s each
    side" -> "side plank, 30s each side"); None when it has no such lead."""
    m = _LEAD.match(text.strip())
    return text.strip()[m.end():] if m and m.end() < len(text.strip()) else None
