"""An app's dose boxes: a label and its value in two elements side by side, read as one word ("Reps10", "Hold5
sec", "SideBoth") or two ("Reps 10").

Each such list item is written as a labelled field ("Reps: 10", "Hold: 5 sec"), which the dose reader knows; a
"Side" box says which side: "Both" is each side in turn, one side is no pair of sides."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind

_BOX = re.compile(r"^(?P<label>reps|repetitions|sets|hold|rest|time|duration|rounds)\s*:?\s*(?P<value>\d.{0,20})$",
                  re.I)
_SIDE = re.compile(r"^sides?\s*:?\s*(?P<value>both|each|left|right|alternate)$", re.I)


def dose_boxes(blocks: list[Block]) -> list[Block]:
    """The blocks with each dose box item written as a labelled field."""
    return [_field(block) if block.kind is BlockKind.ITEM and not block.table else block for block in blocks]


def _field(block: Block) -> Block:
    text = block.text.strip()
    if m := _BOX.match(text):
        value = m["value"].strip()
        if m["label"].lower() == "rest":
            return replace(block, text=f"Rest {value} between sets")
        return replace(block, text=f"{m['label'].capitalize()}: {value}")
    if m := _SIDE.match(text):
        value = m["value"].lower()
        return replace(block, text="Each side" if value in ("both", "each") else f"{value.capitalize()} side only")
    return block
