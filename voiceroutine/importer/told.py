"""Sentences that tell what someone did or thought, not what to do: "For years I thought arm day meant four sets of
everything", "I did 3 rounds of 20 bridges". Their numbers are a story's, no dose for every exercise."""

from __future__ import annotations

import re

_TOLD = re.compile(
    r"(?:\bI|\b[Ww]e)\s+(?:(?:just|once|always|never|finally|first|even|really|\w+ly)\s+)?"
    r"(?:used\s+to|thought|did|was|were|had|went|tried|managed|spent|believed|figured|assumed|got|took|ran|"
    r"found|made|\w{2,}[^e\W]ed)\b")
"""A first-person subject and a verb in the past ("I thought", "we used to", "I managed"); "I need" is no past."""


def is_told(sentence: str) -> bool:
    """Whether the sentence tells of the past in the first person."""
    return _TOLD.search(sentence) is not None
