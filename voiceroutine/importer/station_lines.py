"""Lines that each number an exercise with its word, one under the other: "Station 1   Wall press-ups" /
"Station 2   Sit to stand", as a class sheet or a gym's card lists a circuit's stations.

One such line above a paragraph is a heading, and the heading rules read it. Two or more in a row, with no blank line
between them, were joined into one paragraph, so that the first station was named after all the others and their
dose. Each is written "1. Wall press-ups" instead: an item of a numbered list, which a dose stated once above the
list (a circuit's "1 minute at each station") applies to. Only the words that number exercises, followed by a
number that counts up by one and a gap of two spaces, a tab or a mark before the name."""

from __future__ import annotations

import re

from voiceroutine.importer.word_numbers import numbered_runs

_LINE = re.compile(r"^(?P<indent>\s*)(?P<word>station|exercise|move|stretch|drill|position|pose)\s+(?P<n>\d{1,2})"
                   r"(?:\s*[:.)–—|-]+\s*|\s{2,}|\t+)(?P<rest>[A-Za-z(].*)$", re.I)
MIN_LINES = 2


def station_lines(text: str) -> str:
    """The text with each run of "Station N  Name" lines (the same word, N counting up, no blank line between) as
    "N. Name" lines."""
    return numbered_runs(text, _LINE, MIN_LINES, apart=True)
