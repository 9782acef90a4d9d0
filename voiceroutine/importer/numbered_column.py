"""A sheet's column of numbers, as class sheets and printed plans set them out:

     1  Knee hugs ............ 10 reps
     2  Bridge ............... 30 s
    10  Side stretch ......... 5 each side

A number, two or more spaces, then a name: the number is the line's list number, as "1. " would be. Read as it
stands, "1  Knee hugs" was a paragraph line, and lines of such a column ran together into one paragraph."""

from __future__ import annotations

import re

_LINE = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,2})(?P<gap>[ \t]{2,}|\t)(?P<rest>[A-Za-z(].*)$")
LEAST = 3
"""Fewer numbered lines than this are no column: "2  people" and the like happen in prose."""


def numbered_column(text: str) -> str:
    """Lines numbered 1, 2, 3 ... in a column (the number, then two or more spaces) written as "1. name" lines."""
    lines = text.split("\n")
    numbered = [(index, int(m["n"])) for index, line in enumerate(lines) if (m := _LINE.match(line))]
    run: list[int] = []
    expected = 1
    for index, number in numbered:
        if number == expected:
            run.append(index)
            expected += 1
    if len(run) < LEAST:
        return text
    for index in run:
        m = _LINE.match(lines[index])
        assert m is not None
        lines[index] = f"{m['indent']}{m['n']}. {m['rest']}"
    return "\n".join(lines)
