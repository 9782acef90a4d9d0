"""A numbered exercise whose name the page lost, between two that kept theirs: "2. Bridge" over its lines, then "3.
Shift your weight from one foot to the other." (the name was a picture's caption, or fell out when the page
was copied), then "4. Single leg stand". The item was read as a step of the exercise above it, which made the list
look like numbered steps and lost every name in it. Such an item is an exercise of its own, named from its words
(and so marked inferred).

Only a numbered item that is a sentence (it ends with a full stop), whose number follows the item above it and
comes just before the item below it, and both of those name an exercise: a list of numbered steps has no names
around its items."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]?$")


def unnamed_items(numbers: dict[int, int], named: set[int], sentences: set[int]) -> list[int]:
    """The items (by block index) that are exercises with lost names: `numbers` maps each numbered item's block index
    to its number, `named` holds the items read as named exercises, `sentences` the items that are sentences."""
    order = sorted(numbers)
    found: list[int] = []
    for place, at in enumerate(order):
        if at in named or at not in sentences or place == 0 or place + 1 == len(order):
            continue
        before, after = order[place - 1], order[place + 1]
        if before in named and after in named and numbers[before] + 1 == numbers[at] == numbers[after] - 1:
            found.append(at)
    return found


def item_number(marker: str) -> int | None:
    """The number of a list item's marker ("3." -> 3), None for a bullet or a letter."""
    m = _NUMBER.match(marker.strip())
    return int(m.group(1)) if m else None
