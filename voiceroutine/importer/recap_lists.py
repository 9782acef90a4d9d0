"""A recap list under a page's parts: "- Warm-up – 5 minutes", "- Block 1 – 10 minutes", "- Total = 15 minutes"
after numbered parts "1. Warm-up – ...", "2. Block 1 – ...".

Each of its items names a part read already (or is a total): it repeats the plan, and read as exercises it would
add parts again as moves with their whole time. It is left out."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind

_NUMBERED = re.compile(r"^\d{1,2}[.)]$")
_LABEL_END = re.compile(r"\s+[–—-]\s+|:\s|\s*=")
_TOTAL = re.compile(r"^\s*(?:total|in\s+total|all\s+together)\b", re.I)
MIN_REPEATED = 2


def _label(text: str) -> str:
    return _LABEL_END.split(text, maxsplit=1)[0].strip().lower()


def without_recaps(blocks: list[Block]) -> list[Block]:
    """The blocks without each run of bullets that only names numbered items or headings above it again (two or
    more of them) and totals."""
    out: list[Block] = []
    labels: set[str] = set()
    index = 0
    while index < len(blocks):
        block = blocks[index]
        end = index
        while (end < len(blocks) and blocks[end].kind is BlockKind.ITEM and not _NUMBERED.match(blocks[end].marker)
               and (_label(blocks[end].text) in labels or _TOTAL.match(blocks[end].text))):
            end += 1
        if end > index and sum(_label(b.text) in labels for b in blocks[index:end]) >= MIN_REPEATED and (
                end == len(blocks) or blocks[end].kind is not BlockKind.ITEM):
            index = end
            continue
        if block.kind is BlockKind.HEADING or (block.kind is BlockKind.ITEM and _NUMBERED.match(block.marker)):
            labels.add(_label(block.text))
        out.append(block)
        index += 1
    return out
