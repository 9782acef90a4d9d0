"""A magazine's name line that puts the kind of move first and the body part after it: "Stretch: your hamstrings",
"STRETCH: YOUR QUADS", "Stretch - the calves".

The words after the label were taken as the name ("Your hamstrings"), no exercise's name, without a warning. The
line names the stretch of that part: "Hamstring stretch", "Quad stretch", "Calf stretch"."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind

_LABELLED = re.compile(r"^\s*stretch(?:ing)?\s*[:–—-]\s*(?:your|the)\s+(?P<part>[a-z][a-z -]{1,30}?)\s*$", re.I)


def _singular(part: str) -> str:
    words = part.lower().split()
    last = words[-1]
    if last.endswith("ves"):
        last = last[:-3] + "f"  # calves
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join([*words[:-1], last])


def stretch_label_names(blocks: list[Block]) -> list[Block]:
    """The blocks with each "Stretch: your <part>" name line written as "<Part> stretch"."""
    out: list[Block] = []
    for block in blocks:
        m = _LABELLED.match(block.text) if block.kind is not BlockKind.ITEM else None
        if m is None:
            out.append(block)
            continue
        name = _singular(m["part"]) + " stretch"
        out.append(replace(block, kind=BlockKind.TEXT, level=0, text=name[:1].upper() + name[1:]))
    return out
