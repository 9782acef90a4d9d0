"""A list item that gives its dose as the item above's ("4. And turning out, same again", "Side plank – same as
above"): the dose of the item above it, said again. It was an item with no dose, skipped or given 10 reps."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions

_SAME = re.compile(r"[,;:–—-]\s*(?:exactly |just )?(?:the\s+)?(?:same again|same as (?:the one )?(?:above|before|"
                   r"the last one)|as (?:above|before)|same)\b(?P<rest>[^.;]*)[.!]?\s*$", re.I)
"""The words that give an item the dose above: "same again", "exactly the same, with a soft knee", "as above"."""


def with_doses_said_again(blocks: list[Block]) -> list[Block]:
    """The blocks, each "same again" item given the doses of the list item just above it."""
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if (block.kind is BlockKind.ITEM and (m := _SAME.search(block.text)) and not find_mentions(block.text)
                and above is not None and above.kind is BlockKind.ITEM and (said := find_mentions(above.text))):
            doses = ", ".join(dict.fromkeys(mention.words for mention in said))
            rest = m["rest"].strip(" ,")
            block = replace(block, text=f"{block.text[: m.start()].strip()}: {doses} (the same again)"
                                        + (f". {rest[:1].upper()}{rest[1:]}." if rest else ""))
        out.append(block)
    return out
