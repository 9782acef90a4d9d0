"""The list under a heading of notes or things to do ("### Notes", "To do:", "Reminders"): what the person means to
remember, not exercises.

A checklist app keeps its to-do items ("Order a new band", "Book the physio") and notes about other weeks ("Last
week: only 2 rounds, 8 kg × 12") under such a heading, below the workout; read as items they were exercises, one
of them with the other week's dose."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, without_lists_under

_NOTES = re.compile(r"^\W*(?:(?:my\s+)?notes?|to[- ]?dos?|things\s+to\s+do|reminders?|admin|for\s+later)\W*$", re.I)
"""A heading (or a line ending in a colon) over notes: "Notes", "To-do", "Reminders:"."""


def without_note_lists(blocks: list[Block]) -> list[Block]:
    """The blocks without the list items that follow a notes heading (`blocks.without_lists_under`)."""
    return without_lists_under(blocks, _NOTES)
