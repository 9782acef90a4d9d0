"""A count followed by "instead of" another ("Do 2 rounds instead of 3", "4 rounds rather than 3") offers a
shorter or longer version of the routine, as a card's notes do: the routine's own count is the other one, said
elsewhere, so the swapped count is no rounds of the routine."""

from __future__ import annotations

import re

_SWAP = re.compile(r"^\s*(?:instead\s+of|rather\s+than|in\s+place\s+of)\b", re.I)


def is_swap(after: str) -> bool:
    """Whether the words right after a count offer it in place of another ("instead of 3")."""
    return _SWAP.match(after) is not None
