"""The list under a heading of notes or things to do ("### Notes", "To do:", "Reminders"): what the person means to
remember, not exercises.

A checklist app keeps its to-do items ("Order a new band", "Book the physio") and notes about other weeks ("Last
week: only 2 rounds, 8 kg × 12") under such a heading, below the workout; read as items they were exercises, one
of them with the other week's dose."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind

_NOTES = re.compile(r"^\W*(?:(?:my\s+)?notes?|to[- ]?dos?|things\s+to\s+do|reminders?|admin|for\s+later)\W*$", re.I)
"""A heading (or a line ending in a colon) over notes: "Notes", "To-do", "Reminders:"."""


def without_note_lists(blocks: list[Block]) -> list[Block]:
    """The blocks without the list items that follow a notes heading (up to the first block that is no item); the
    heading stays, so that it still ends what stood before it."""
    out: list[Block] = []
    dropping = False
    for block in blocks:
        if block.kind is BlockKind.ITEM and dropping:
            continue
        dropping = _is_notes_heading(block)
        out.append(block)
    return out


def _is_notes_heading(block: Block) -> bool:
    text = block.text.strip()
    if block.kind is BlockKind.HEADING or block.bold:
        return bool(_NOTES.match(text))
    return block.kind is BlockKind.TEXT and text.endswith(":") and bool(_NOTES.match(text))
