"""A table with one dose column per phase of a programme ("Exercise | Weeks 1-2 | Weeks 3-4 | Weeks 5-6"): the
routine is the first phase, the one a person starts with, as with phases under headings. The later columns are
left out of each row; read together they were a list of doses ("10 reps, 15 reps, 2 x 15") of which the first
won by luck and the others made warnings."""

from __future__ import annotations

import re

_PHASE = re.compile(r"^\W*(?:weeks?|wk|phases?|stages?|months?|levels?)\s*(?:\d{1,2}|one|two|three|four|five|six)\b"
                    r"(?:\s*(?:-|–|to|and|&|\+)\s*\d{1,2}\b)?\W*$", re.I)
"""A column heading that names a phase: "Weeks 1-2", "Week 3", "Phase 2", "Stage 1", "Level 3"."""


def first_phase(header: list[str], cells: list[str]) -> tuple[list[str], list[str]]:
    """The row without the columns of every phase after the first, when two or more columns are phases."""
    phases = [index for index, heading in enumerate(header) if _PHASE.match(heading.strip())]
    if len(phases) < 2:
        return header, cells
    later = set(phases[1:])
    return ([heading for index, heading in enumerate(header) if index not in later],
            [cell for index, cell in enumerate(cells) if index not in later])
