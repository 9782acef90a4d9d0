"""A plan its writer replaced in an edit, as a forum post keeps both:

    Original plan:
    Squats 3x15
    ...
    EDIT: changed it after your replies, this is what I do now:
    Squats 3 x 12, 60 s rest
    ...

The list right above an "EDIT:" (or "Update:") line is left out when a list follows the edit line: the edited plan
is the routine, and a warning quotes what was left out."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind, Section
from voiceroutine.importer.checks import quoted

_EDIT = re.compile(r"^\W*(?:edit(?:ed)?|update[d]?)\s*(?:\d{1,2}\s*)?(?:[:–—-]|\))", re.I)
"""A line that starts an edit of the post: "EDIT:", "**Update:**", "Edit 2 -"."""
_MIN_ITEMS = 2


def _replaced(blocks: tuple[Block, ...]) -> list[range]:
    """The runs of list items that an edit line right below them replaces with a list of its own."""
    runs: list[range] = []
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.ITEM or not _EDIT.match(block.text):
            continue
        first = index
        while first > 0 and blocks[first - 1].kind is BlockKind.ITEM:
            first -= 1
        after = blocks[index + 1: index + 1 + _MIN_ITEMS]
        if index - first >= _MIN_ITEMS and len(after) == _MIN_ITEMS and all(b.kind is BlockKind.ITEM for b in after):
            runs.append(range(first, index))
    return runs


def without_replaced(blocks: tuple[Block, ...], sections: list[Section]) -> tuple[list[Section], list[str]]:
    """The sections but those of a list an edit replaces, and a warning for each such list."""
    runs = _replaced(blocks)
    kept = [section for section in sections if not any(section.start in run for run in runs)]
    if not runs or not kept:
        return sections, []
    notes = [f"left out {quoted(', '.join(blocks[i].text for i in run))}: the edit below it "
             f"({quoted(blocks[run.stop].text)}) replaces it" for run in runs]
    return kept, notes
