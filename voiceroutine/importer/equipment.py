"""What a routine needs, not what it does: the list under an "Equipment" or "What you'll need" heading.

A recipe-card plugin writes the equipment where a recipe's ingredients go ("1 pair dumbbells", "1 exercise mat"),
and such an item reads like a count before a name; it is no exercise."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, without_lists_under

_EQUIPMENT = re.compile(
    r"^\W*(?:(?:the\s+)?equipment(?:\s+(?:needed|required|list))?|kit(?:\s+list)?|gear|"
    r"(?:what\s+)?you(?:'ll|\s+will)?\s+need|what\s+to\s+bring|things\s+you(?:'ll|\s+will)?\s+need)\W*$", re.I)
"""A heading (or a line ending in a colon) over a list of things to have: "Equipment", "You'll need:"."""


def without_equipment(blocks: list[Block]) -> list[Block]:
    """The blocks without the list items that follow an equipment heading (`blocks.without_lists_under`)."""
    return without_lists_under(blocks, _EQUIPMENT)
