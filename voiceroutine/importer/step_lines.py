"""Steps written as "Step 1: Sit back in your chair." lines, one a line or a paragraph, as a how-to column or a
newsletter's exercise of the day prints them.

Each such line was read as an exercise of its own with no name ("Step" and a number head an exercise in some
plans), so a stretch of seven steps was seven exercises, most with an assumed dose. Where three or more such
lines count up from 1, they are written as a numbered list ("1. Sit back in your chair."), which the article
rules read as they read any numbered list: one exercise's steps when few of them give a dose, one exercise each
when most do."""

from __future__ import annotations

import re

_STEP = re.compile(r"^(?P<indent>\s*)step\s+(?P<n>\d{1,2})\s*[:.)\-–—]\s+(?P<rest>\S.*)$", re.I)
_MIN_STEPS = 3


def step_lines(text: str) -> str:
    """The text with each run of "Step N:" lines counting up from 1 written as numbered items."""
    lines = text.split("\n")
    runs: list[list[int]] = []
    run: list[int] = []
    for index, line in enumerate(lines):
        m = _STEP.match(line)
        if m is None:
            continue
        if int(m["n"]) == len(run) + 1:
            run.append(index)
            continue
        runs.append(run)
        run = [index] if int(m["n"]) == 1 else []
    runs.append(run)
    for found in runs:
        if len(found) < _MIN_STEPS:
            continue
        for index in found:
            m = _STEP.match(lines[index])
            assert m is not None
            lines[index] = f"{m['indent']}{m['n']}. {m['rest']}"
    return "\n".join(lines)
