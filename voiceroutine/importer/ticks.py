"""Checklists, as handouts tick the exercises meant for one person:

    ☑ 1. Pendulum
    ...
    ☐ 2. Sleeper stretch
    Lie on your side ...

A tick box that starts a line is no bullet: a ticked one (☑ ✅ ☒ ✔, or "[x]" in Markdown) leaves the line as it is
written after it ("1. Pendulum", a numbered item); an empty one (☐, "[ ]") leaves its item out, with the lines under
it up to the next blank line, when the list ticks others (a list of only empty boxes is a list to tick, all of it)."""

from __future__ import annotations

import re

_TICKED = re.compile(r"^(?P<indent>\s*)(?:[-*+]\s+)?(?:[\u2611\u2612\u2705\u2714\u2713]\ufe0f?|\[[xX]\])\s*"
                     r"(?P<rest>\S.*)$")
_EMPTY = re.compile(r"^\s*(?:[-*+]\s+)?(?:\u2610|\[ \])\s*\S")


def ticked_items(text: str) -> str:
    """The text with tick boxes gone: ticked lines as written after their box, empty ones left out with the lines
    under them when some other line is ticked."""
    lines = text.split("\n")
    if not any(_TICKED.match(line) for line in lines):
        return "\n".join(re.sub(r"^(\s*)(?:[-*+]\s+)?(?:\u2610|\[ \])\s*", r"\1", line) for line in lines)
    out: list[str] = []
    skipping = False
    for line in lines:
        if _EMPTY.match(line):
            skipping = True
            continue
        if skipping and line.strip() and not _TICKED.match(line):
            continue
        skipping = False
        m = _TICKED.match(line)
        out.append(f"{m['indent']}{m['rest']}" if m else line)
    return "\n".join(out)


def unticked(text: str) -> list[str]:
    """The lines whose empty box leaves their item out (as `ticked_items` does), for a warning that quotes them."""
    lines = text.split("\n")
    if not any(_TICKED.match(line) for line in lines):
        return []
    return [line.strip() for line in lines if _EMPTY.match(line)]
