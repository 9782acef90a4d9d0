"""A programme's coded lines with the name between two dashes: "B1 – Lunge – 45 seconds", "B2 – Plank – 30
seconds", as gym programmes code the moves of a superset or a tri-set, done in turn.

The first dash was read as the one between a name and its dose, so each move was named by its code ("B1", with a
warning that the name has no word in it) and its own name was lost. Where two or more such lines are in the text,
each is written as "B1. Lunge – 45 seconds", which the article rules read as a coded move and its dose. A bare
"Repeat three times." within two lines after the last of them repeats the coded group, as its codes say (it was
read as the last move's reps): it is written as "Repeat the circuit three times."."""

from __future__ import annotations

import re

_CODED = re.compile(r"^(?P<indent>\s*)(?P<code>[A-Z]\d{1,2})\s*[-–—]\s+(?P<name>[A-Za-z][^–—\d]{0,50}?)\s+[-–—]\s+"
                    r"(?P<dose>\d.*)$")
_MIN_LINES = 2
_BARE_REPEAT = re.compile(r"^(?P<indent>\s*)(?:then\s+)?repeat\s+(?P<n>\w+)\s+times\s*\.?\s*$", re.I)
_LOOK_AFTER = 2


def coded_lines(text: str) -> str:
    """The text with each "B1 – Name – dose" line written as "B1. Name – dose" (two such lines or more)."""
    lines = text.split("\n")
    found = [index for index, line in enumerate(lines) if _CODED.match(line)]
    if len(found) < _MIN_LINES:
        return text
    for index in found:
        m = _CODED.match(lines[index])
        assert m is not None
        lines[index] = f"{m['indent']}{m['code']}. {m['name'].strip()} – {m['dose'].strip()}"
    after = [index for index in range(found[-1] + 1, len(lines)) if lines[index].strip()][:_LOOK_AFTER]
    for index in after:
        if repeat := _BARE_REPEAT.match(lines[index]):
            lines[index] = f"{repeat['indent']}Repeat the circuit {repeat['n']} times."
            break
    return "\n".join(lines)
