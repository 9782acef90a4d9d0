"""Checklists, as handouts tick the exercises meant for one person:

    ☑ 1. Pendulum
    ...
    ☐ 2. Sleeper stretch
    Lie on your side ...

A tick box that starts a line is no bullet: a ticked one (☑ ✅ ☒ ✔, or "[x]" in Markdown) leaves the line as it is
written after it ("1. Pendulum", a numbered item); an empty one (☐, "[ ]") leaves its item out, with the lines under
it up to the next blank line, when the list ticks others (a list of only empty boxes is a list to tick, all of it).
A list whose ticked boxes all come first, and are fewer than its empty ones, is being ticked off as it is done
("tick them off as you go"): every item of it is the routine. So is a checklist copied from a note app (Google
Keep) that moves ticked items to the bottom under a count ("3 ticked items", "2 completed items"): there a tick
says done, and the count and the app's "+ List item" button are no part of the note."""

from __future__ import annotations

import re

_TICKED = re.compile(r"^(?P<indent>\s*)(?P<bullet>[-*+]\s+)?(?:[\u2611\u2612\u2705\u2714\u2713]\ufe0f?|\[[xX]\])\s*"
                     r"(?P<rest>\S.*)$")
_EMPTY = re.compile(r"^\s*(?:[-*+]\s+)?(?:\u2610|\[ \])\s*\S")
_EMPTY_BOX = re.compile(r"^(\s*)([-*+]\s+)?(?:\u2610|\[ \])\s*")
_DONE_COUNT = re.compile(r"^\s*\d+\s+(?:ticked|completed|checked|done)\s+items?\s*$", re.I)
_ADD_ITEM = re.compile(r"^\s*\+\s*list item\s*$", re.I)


def _done_below(lines: list[str]) -> bool:
    """Whether a note app moved the ticked items below a count of them: an empty box above the count, a ticked
    one right under it."""
    for at, line in enumerate(lines):
        if _DONE_COUNT.match(line):
            below = next((other for other in lines[at + 1:] if other.strip()), "")
            return bool(_TICKED.match(below)) and any(_EMPTY.match(other) for other in lines[:at])
    return False


def _selects(lines: list[str]) -> bool:
    """Whether the ticks choose some items (a ticked one among or after empty ones, or most of them ticked), not
    mark the first few done."""
    if _done_below(lines):
        return False
    boxes = [bool(_TICKED.match(line)) for line in lines if _TICKED.match(line) or _EMPTY.match(line)]
    ticked = sum(boxes)
    done_first = boxes[:ticked] == [True] * ticked
    return ticked > 0 and not (done_first and ticked < len(boxes) - ticked)


def _unboxed(line: str) -> str:
    """The line without its box; a Markdown bullet before the box stays ("- [x] Bridge" -> "- Bridge")."""
    m = _TICKED.match(line)
    return f"{m['indent']}{m['bullet'] or ''}{m['rest']}" if m else _EMPTY_BOX.sub(r"\1\2", line)


def _bulleted(line: str) -> str:
    """A note app's checklist line with its box as a bullet ("☐ band rows 3x12" -> "- band rows 3x12")."""
    unboxed = _unboxed(line)
    if unboxed == line or re.match(r"\s*(?:[-*+]\s|\d+[.)]\s)", unboxed):
        return unboxed
    return re.sub(r"^(\s*)", r"\1- ", unboxed, count=1)


def ticked_items(text: str) -> str:
    """The text with tick boxes gone: ticked lines as written after their box, empty ones left out with the lines
    under them when the ticks select (`_selects`)."""
    lines = text.split("\n")
    if _done_below(lines):  # each box is the app's bullet
        return "\n".join(_bulleted(line) for line in lines if not (_DONE_COUNT.match(line) or _ADD_ITEM.match(line)))
    if not _selects(lines):
        return "\n".join(_unboxed(line) for line in lines)
    out: list[str] = []
    skipping = False
    for line in lines:
        if _EMPTY.match(line):
            skipping = True
            continue
        if skipping and line.strip() and not _TICKED.match(line):
            continue
        skipping = False
        out.append(_unboxed(line))
    return "\n".join(out)


def unticked(text: str) -> list[str]:
    """The lines whose empty box leaves their item out (as `ticked_items` does), for a warning that quotes them."""
    lines = text.split("\n")
    if not _selects(lines):
        return []
    return [line.strip() for line in lines if _EMPTY.match(line)]
