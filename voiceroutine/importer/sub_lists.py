"""A list inside a list, as sequence sheets write a group of exercises done together:

    4. Lunge – 10 each side
    5. Sun salutation, twice through:
       a. Forward fold – 3 breaths
       b. Plank – 2 breaths
    6. Bridge – 30 s

An item that ends in a colon, followed by items lettered a, b, c ..., is the heading of those items, not an
exercise: read as an item it was an exercise with no dose of its own, which took the lettered items into its body
(its "twice through" became the reps of the exercise above it)."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind

_LETTER = re.compile(r"^[a-z][.)]$")
LEAST = 2
"""Fewer lettered items than this under an item are no group."""


def sub_list_headings(blocks: list[Block]) -> list[Block]:
    """Each item ending in ":" over at least two items lettered from "a" as a heading (level 3) over them."""
    out = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.ITEM or block.table or not block.text.rstrip().endswith(":"):
            continue
        if _LETTER.match(block.marker or ""):
            continue  # a lettered item is a member of a group, not the group
        letters = [b.marker[0] for b in blocks[index + 1: index + 1 + 26] if b.kind is BlockKind.ITEM
                   and _LETTER.match(b.marker or "")]
        run = 0
        for letter in letters:
            if letter != "abcdefghijklmnopqrstuvwxyz"[run]:
                break
            run += 1
        if run >= LEAST and blocks[index + 1].marker[:1] == "a":
            out[index] = replace(block, kind=BlockKind.HEADING, level=3, marker="", text=block.text.rstrip(" :"))
    return out
