"""Text copied from a two-column leaflet (a PDF) whose lines came out woven: one line from the left column, the
next from the right, and so on, so exercises 1-4 and 5-8 alternate line by line:

    1  Sit to stand
    5  Heel-toe stand
    Sit near the front of a firm chair,
    Stand with one foot directly in front

A run of lines (up to a blank line) that starts with two numbered lines whose numbers do not follow ("1" then "5")
is read as two columns when its even lines and its odd lines each number their items in order, the right column
going on from where the left one ends (1-4, then 5-8); the left column's lines are then put before the right's.
Hand-written: the PDF's own layout is gone from the pasted text (a PDF library such as pdfplumber would read the
columns from the file, but the article is the text already copied), and the numbers are all that is left of it."""

from __future__ import annotations

import re

_NUMBERED = re.compile(r"^\s*(\d{1,2})(?:[.)]\s+|\s{2,}|\t)(?!(?:times|reps|seconds|secs?|minutes?)\b)\S", re.I)
"""An item's number: "1. ", "1) " or a number set off by two spaces or a tab ("1  Sit to stand"); not a dose at a
line's start ("10 times with each leg")."""


def _number(line: str) -> int | None:
    m = _NUMBERED.match(line)
    return int(m.group(1)) if m else None


def _in_order(lines: list[str], first: int) -> int | None:
    """The number after the last one of these lines, when they number their items first, first + 1, ...; else None."""
    expected = first
    for line in lines:
        number = _number(line)
        if number is None:
            continue
        if number != expected:
            return None
        expected += 1
    return expected


def _unwoven(run: list[str]) -> list[str]:
    if len(run) < 6:
        return run
    left_first, right_first = _number(run[0]), _number(run[1])
    if left_first is None or right_first is None or right_first <= left_first + 1:
        return run
    left, right = run[0::2], run[1::2]
    if _in_order(left, left_first) != right_first or _in_order(right, right_first) is None:
        return run
    return left + right


def unwoven_columns(text: str) -> str:
    """The text with each run of woven column lines put back as the left column, then the right."""
    out: list[str] = []
    run: list[str] = []
    for line in [*text.split("\n"), ""]:
        if line.strip() and (run or _number(line) is not None):
            run.append(line)
            continue
        out.extend(_unwoven(run))
        run = []
        out.append(line)
    return "\n".join(out[:-1])
