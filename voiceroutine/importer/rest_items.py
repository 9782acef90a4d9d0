"""A list's rest lines between its moves ("Rest - 1 minute", "30 Seconds Rest", "(No Rest)"): the rest after the move
above them, no exercise of their own.

A workout written as a list often puts its rests on lines of their own, between the moves. Read as items, each was an
exercise named "Rest" (held for its time) or "Seconds rest" (its number taken for reps). A rest item right after
another item is said again as the rest before the next exercise, in the words the dose reader knows, and "(No Rest)"
is dropped: no rest was asked for. A rest item first in its list, or after a paragraph, is left as it was."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind

_TIME = r"(?P<n>\d{1,3}(?:\.\d)?)\s*(?P<unit>seconds?|secs?|s|minutes?|mins?)"
_REST_ITEM = re.compile(
    rf"^\(?\s*(?:{_TIME.replace('<n>', '<n1>').replace('<unit>', '<u1>')}\s+(?:of\s+)?(?:rest|recovery|break)"
    rf"|(?:rest|recovery|break)\s*(?:[-–—:]\s*|for\s+)?{_TIME.replace('<n>', '<n2>').replace('<unit>', '<u2>')})"
    r"\s*\)?\s*\.?$", re.I)
_FIELD = re.compile(r"^\W*[A-Za-z][\w ]{0,20}:\s*\S")
"""A field of the exercise above ("Reps: 10-12" over "Rest: 60 seconds"): its rest is the exercise's, between sets."""
_NO_REST = re.compile(r"^\(?\s*no\s+(?:rest|break)\s*\)?\s*\.?$", re.I)


def rest_said(text: str) -> str | None:
    """ "Rest 45 seconds before the next exercise." for a rest item ("45 Seconds Rest", "Rest - 1 minute"), "" for
    "(No Rest)", None for any other line."""
    if _NO_REST.match(text.strip()):
        return ""
    m = _REST_ITEM.match(text.strip())
    if m is None:
        return None
    number, unit = (m["n1"], m["u1"]) if m["n1"] else (m["n2"], m["u2"])
    unit = "minute" if unit.lower().startswith("m") else "second"
    unit += "" if float(number) == 1 else "s"
    return f"Rest {number} {unit} before the next exercise."


def rest_items(blocks: list[Block]) -> list[Block]:
    """The blocks, each rest item after another item folded into that item as its rest after it."""
    out: list[Block] = []
    for block in blocks:
        said = rest_said(block.text) if block.kind is BlockKind.ITEM else None
        before = out[-1] if out else None
        if (said is None or before is None or before.kind is not BlockKind.ITEM
                or rest_said(before.text) is not None or _FIELD.match(before.text)):
            out.append(block)
            continue
        if said:
            out.append(Block(BlockKind.TEXT, said))  # a line of the item above, as its instructions are
    return out
