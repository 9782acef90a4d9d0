"""A list item laid out as a row of cells: a gym's or an app's workout card writes each exercise as one `<li>` of
side-by-side `<span>` or `<div>` elements ("Hammer curl", "3 sets · 12 reps each arm", "Rest 60s"), shown apart by
its style sheet. Joined with a space, the cells run into one another ("12 reps each arm Rest 60s", "20 secs Rest
30s": a rest before a rest); the reader puts "; " where one cell ends and the next begins with nothing but space
between, once the item has a dose, as the page shows them apart. Before its first number the cells are a name and
its dose ("Plank", "3 sets · 30 secs") or a label and its value ("Reps", "10"), which read as one already."""

from __future__ import annotations

import re

CELL_TAGS = frozenset({"span", "div"})
SEPARATOR = "; "


def cell_break(parts: list[str], ended_at: int | None) -> str | None:
    """The separator to put before a cell that starts now, when the last cell ended at `ended_at` in `parts` with
    only space after it, and the text before it holds a dose (a digit) and ends with no mark of its own; else None."""
    if ended_at is None or any(part.strip() for part in parts[ended_at:]):
        return None
    before = "".join(parts[:ended_at]).rstrip()
    if not re.search(r"\d", before) or before[-1] in ".,;:·|–—-(/":
        return None  # "<span>Reps</span><span>10</span>": a label and its value, one cell read as one
    return SEPARATOR
