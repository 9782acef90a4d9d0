"""A timetable's slot headings ("19:10  WARM-UP (Kiran)" between ruled lines, "09:30 Stretch and mobilise"): the clock
time is when the slot starts, no part of what the slot is.

Read with its time, each slot heading looked like a transcript's time-stamped line and won over the exercises
listed under it ("19:10 warm-up" became an exercise with the items as its steps). The heading read is its words
after the time; a slot with nothing to do in it ("19:00 Opening, flag break, notices") is then a heading over a
paragraph with no dose, which the rules pass over.
"""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind

_SLOT = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:am|pm))?\s*(?:[-–—|:]\s*)?(?=[A-Za-z])", re.I)
MIN_SLOTS = 2
"""A timetable has several slots; one heading that opens with a time may be a transcript's."""


def without_slot_times(blocks: list[Block]) -> list[Block]:
    """The blocks with the clock time that opens each slot heading left out, when two or more headings open so."""
    slots = [at for at, block in enumerate(blocks) if block.kind is BlockKind.HEADING and _SLOT.match(block.text)]
    if len(slots) < MIN_SLOTS:
        return blocks
    out = list(blocks)
    for at in slots:
        out[at] = replace(blocks[at], text=_SLOT.sub("", blocks[at].text).strip())
    return out
