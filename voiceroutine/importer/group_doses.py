"""A dose stated once, in a paragraph of its own, for the list under it: "Each of the next three we do eight
times." over three items that name an exercise and say how ("Arm raises – lift both arms ..."), with no dose of
their own.

A lead-in that ends in a colon was read with its list already; one that stands as a sentence of its own, under a
part's heading, between paragraphs that each name an exercise and give its dose, was neither: its items, with no
dose, were no exercises, and the sentence was quoted as skipped. Here each item of the list just under such a
paragraph (the first N, where it counts them) is given the paragraph's dose, as if it said it itself. In a plain
text a lead-in that ends in a colon may stand over bare name lines with no marks ("do each of these for 30 seconds:"
over "High knees" / "Heel flicks"): they are its list too, and a bare name takes the dose as "High knees: 30
seconds", the way the importer reads a name with its dose."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions, numerals

_GROUP = re.compile(r"\b(?:(?:each|all|every one)\s+of\s+)?the\s+next\s+(?P<n>\d{1,2})\b"
                    r"(?!\s*(?:-\s*)?(?:days?|weeks?|months?|years?|minutes?|mins?|hours?|seconds?|secs?|sessions?|"
                    r"times?|reps?|sets?|rounds?)\b)"
                    r"|\b(?:each|all|every one)\s+of\s+(?:these|them|the following)\b", re.I)
"""The words that give the list below a dose: "each of the next three", "the next four", "each of these"; not "the
next 2 weeks"."""
_BARE_NAME = re.compile(r"^[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,4}(?:\s*\([^()]{1,60}\))?$")
"""An item that is only a name (up to five words, maybe a bracket of how): no sentence for the dose to follow."""
MAX_WORDS = 16
"""A paragraph longer than this says more than a dose for a list."""


def with_group_doses(blocks: list[Block]) -> list[Block]:
    """The blocks, the items of each list under a paragraph that gives "the next N" (or "each of these") a dose
    given that dose when they state none."""
    out = list(blocks)
    for at, block in enumerate(blocks):
        if block.kind is not BlockKind.TEXT or len(block.text.split()) > MAX_WORDS:
            continue
        m = _GROUP.search(numerals(block.text))
        said = find_mentions(block.text)
        if m is None or not said:
            continue
        items = []
        for following in blocks[at + 1:]:
            # a plain text's lines under a lead-in that ends in a colon ("do each of these for 30 seconds:" over
            # "High knees" / "Heel flicks") are its list, unmarked
            bare_line = (following.kind is BlockKind.TEXT and block.text.rstrip().endswith(":")
                         and _BARE_NAME.match(following.text.strip()) is not None and not following.text.isupper())
            if following.kind is not BlockKind.ITEM and not bare_line:
                break
            items.append(following)
        count = int(m["n"] or len(items))
        if len(items) < 2 or any(find_mentions(item.text) for item in items[:count]):
            continue
        doses = ", ".join(dict.fromkeys(mention.words for mention in said))
        for offset, item in enumerate(items[:count], start=at + 1):
            name = item.text.rstrip().rstrip(".")
            if _BARE_NAME.match(name):  # "High knees" alone: its name and the dose, as "High knees: 30 seconds"
                out[offset] = replace(item, text=f"{name}: {doses}.")
            else:
                out[offset] = replace(item, text=f"{name}. {doses[:1].upper()}{doses[1:]}.")
    return out
