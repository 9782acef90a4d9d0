"""Exercise numbers glued to their names, as an exercise app's printout pastes them when its number badge and the
name are separate boxes ("1Inner Range Quads", "2Straight Leg Raise"): each such line becomes a numbered item
("1. Inner Range Quads"). Only a run that counts up from 1 or 2 is read so, so that "3D scanning" or "5K route"
stays as it is."""

from __future__ import annotations

import re

_GLUED = re.compile(r"^(?P<number>\d{1,2})(?P<name>[A-Z][a-z][^\d.!?:;]{1,50})$")
_MOST_WORDS = 6


def unglued_numbers(text: str) -> str:
    """`text` with each line of a counted run of glued numbers written as a numbered item."""
    lines = text.split("\n")
    glued = [(at, int(m["number"])) for at, line in enumerate(lines)
             if (m := _GLUED.match(line.strip())) and len(m["name"].split()) <= _MOST_WORDS]
    if len(glued) < 2 or glued[0][1] > 2:
        return text
    expected = glued[0][1]
    for at, number in glued:
        if number != expected:
            break
        m = _GLUED.match(lines[at].strip())
        assert m is not None
        lines[at] = f"{number}. {m['name'].strip()}"
        expected += 1
    return "\n".join(lines)
