"""A web page's picture carousel copied as text: under each exercise's heading, a "slide 2 of 8" counter line, a
"slide 2 of 8, Calf raise," caption repeating the heading, and sometimes a "Picture of the calf raise exercise"
line (the picture's alt text), then the exercise's steps.

The counter lines are no slide deck's separators (a deck's slides have titles; these repeat the heading above),
and the caption and the alt text are no steps: all three are dropped, so that the heading over the steps names
the exercise as in any handout. A page makes a carousel when at least two counters are each followed by their own
caption; other text is kept as it is."""

from __future__ import annotations

import re

_COUNTER = re.compile(r"^\s*slide\s+(\d{1,3})\s+of\s+(\d{1,3})\s*$", re.I)
_CAPTION = re.compile(r"^\s*slide\s+(\d{1,3})\s+of\s+(\d{1,3})\s*,\s*\S.*$", re.I)
_ALT_TEXT = re.compile(r"^\s*(?:picture|image|photo|illustration)\s+of\s+(?:the|a|an)\s+.{2,80}$", re.I)
_MIN_CAPTIONS = 2


def carousel_captions(text: str) -> str:
    """The text without a carousel's counters, captions and alt-text lines (see the module's docstring)."""
    lines = text.split("\n")
    pairs: list[int] = []
    for index, line in enumerate(lines[:-1]):
        counter = _COUNTER.match(line)
        caption = _CAPTION.match(lines[index + 1])
        if counter and caption and counter.groups() == caption.groups():
            pairs.append(index)
    if len(pairs) < _MIN_CAPTIONS:
        return text
    dropped: set[int] = set()
    for index in pairs:
        dropped.update((index, index + 1))
        # the picture's alt text sits just above its counter, under the heading
        if index > 0 and _ALT_TEXT.match(lines[index - 1]):
            dropped.add(index - 1)
    return "\n".join(line for index, line in enumerate(lines) if index not in dropped)
