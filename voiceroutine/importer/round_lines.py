"""A line that names a part of a workout and its rounds ("Warm-up: 1 round", "Main block - 3 rounds", "Finisher (2
rounds)"), standing over a numbered or bulleted list, as a running magazine's or a coach's page prints its parts in
plain text. Such a line was read as the dose of the exercise above it (its sets) or, first of all, as an exercise of
its own ("Round"). It is written as a Markdown heading over its list, which `round_groups` reads as a circuit of the
list's exercises with those rounds (one round is no circuit: the heading keeps the part's name alone).

Only where no Markdown heading follows (the page's parts would be headings already), and never a known exercise's
name ("Plank: 3 rounds" is that exercise's sets)."""

from __future__ import annotations

import re

from voiceroutine.importer.lexicon import named_exercise

_NUMBERS = dict(zip(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], range(1, 11)))
_LINE = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9 '’&/-]{1,38}?)\s*(?:[:~|–—-]\s*|\(\s*)"
                   r"(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(?:rounds?|circuits?)\s*\)?\s*$", re.I)
_LIST = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[-*+•·▪●])\s+\S")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def round_headings(text: str) -> str:
    """`text` with each line naming a part and its rounds, over a list, as a Markdown heading."""
    if "round" not in text.lower():
        return text
    lines = text.split("\n")
    for at, line in enumerate(lines):
        m = _LINE.match(line.strip())
        if m is None or named_exercise(m["name"]) is not None:
            continue
        below = next((other for other in lines[at + 1:] if other.strip()), "")
        if not _LIST.match(below) or any(_MD_HEADING.match(other) for other in lines[at + 1:]):
            continue
        count = _NUMBERS.get(m["n"].lower()) or int(m["n"])
        name = m["name"].strip(" -")
        lines[at] = f"## {name}" if count == 1 else f"## {name} ({count} rounds)"
    return "\n".join(lines)
