"""A list item that counts two moves ("10 walking lunges, followed by 10 push-ups", "12 dead bugs, 8 slow push-ups",
"10 swings + 5 burpees"): two items, one a move.

Read as one item, it was one exercise named after the first move, and the second move, with its own count, was lost
without a word. Each piece must start with a count and then name a move in a few words; what follows the second
move (an aside in brackets, how to do it) stays with it, and an aside in brackets after the first stays with the
first."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind

_MOVE = (r"\d{1,3}\s+(?:(?:slow|fast|quick|easy|controlled|gentle|big|small)\s+)?"
         r"[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,3}")
_PAIR = re.compile(rf"^(?P<a>{_MOVE})(?P<aside>\s*\([^()]{{0,60}}\))?\s*"
                   r"(?:,\s*(?:followed\s+by|then|and\s+then|plus|and)?\s*|\s+(?:followed\s+by|then|and\s+then|plus)\s+"
                   r"|\s*\+\s*)"
                   rf"(?P<b>{_MOVE}(?=$|[\s(,;.]).*)$", re.I)
_NOT_A_MOVE = re.compile(
    r"^\d{1,3}\s+(?:reps?|times|sets?|rounds?|seconds?|secs?|minutes?|mins?|each|per|on|in|of|x)\b", re.I)
"""A count whose next word is a unit or a preposition ("10 reps", "8 each side"): a dose, no move."""


def split_pair(text: str) -> tuple[str, str] | None:
    """The two moves of "10 walking lunges, followed by 10 push-ups"; None for an item of one move."""
    m = _PAIR.match(text.strip())
    if m is None or _NOT_A_MOVE.match(m["a"]) or _NOT_A_MOVE.match(m["b"]):
        return None
    return f"{m['a']}{m['aside'] or ''}".strip(), m["b"].strip()


def paired_items(blocks: list[Block]) -> list[Block]:
    """The blocks, each list item that counts two moves made two items."""
    out: list[Block] = []
    for block in blocks:
        pair = split_pair(block.text) if block.kind is BlockKind.ITEM and not block.marker[:1].isdigit() else None
        if pair is None:
            out.append(block)
            continue
        out.extend((replace(block, text=pair[0]), replace(block, text=pair[1])))
    return out
