"""Exercises numbered with a hash, as blogs head them: "#1 Bird dog", "#2 Superman", or "#1 back move - Bird dog"
with a kind of exercise before the name.

The hash is no Markdown heading (there is no space after it), so the number stayed in the line: "#3 Glute bridge"
was read as 3 glute bridges (3 reps where the text gives none), and "#1 back move - Bird dog" was named "Back
move". Where two or more such short lines count up from 1, each is written as a numbered item ("1. Bird dog"), the
kind before a dash left out."""

from __future__ import annotations

import re

_MARK = re.compile(r"^(?P<indent>\s*)#(?P<n>\d{1,2})(?:\s*[.):]\s*|\s+)(?P<rest>[A-Za-z].*)$")
_KIND_DASH = re.compile(r"^(?:[a-z]+\s+){0,3}(?:exercises?|moves?|movements?|stretch(?:es)?|poses?|drills?)"
                        r"\s*[-–—:]\s+(?P<name>\S.*)$", re.I)
"""A kind of exercise before the name: "core exercise - Plank", "back move: Bird dog"."""
_MAX_CHARS = 60
_MIN_MARKS = 2


def ordinal_marks(text: str) -> str:
    """The text with each run of "#N Name" lines counting up from 1 written as numbered items."""
    lines = text.split("\n")
    found: list[int] = []
    for index, line in enumerate(lines):
        m = _MARK.match(line)
        if m is None or len(line.strip()) > _MAX_CHARS or line.rstrip().endswith((".", "?", "!")):
            continue
        if int(m["n"]) == len(found) + 1:
            found.append(index)
    if len(found) < _MIN_MARKS:
        return text
    for index in found:
        m = _MARK.match(lines[index])
        assert m is not None
        rest = m["rest"].strip()
        if kind := _KIND_DASH.match(rest):
            rest = kind["name"]
        lines[index] = f"{m['indent']}{m['n']}. {rest}"
    return "\n".join(lines)
