"""Exercises the article says are not to be done now: "4. Ankle pumps (paused by your clinician)", "Side plank -
on hold", "Lunges (stopped)". A home programme keeps a paused card in its list; the routine leaves it out, and says
so, quoting the heading."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Section
from voiceroutine.importer.checks import quoted

_PAUSED = re.compile(r"\b(?:paused|stopped|discontinued|suspended|on hold|not for now|do not do)\b", re.I)


def is_paused(heading: str) -> bool:
    """Whether a heading says its exercise is not to be done now."""
    return bool(_PAUSED.search(heading))


def without_paused(sections: list[Section]) -> tuple[list[Section], list[str]]:
    """The sections but those whose heading says they are paused, and a warning for each left out."""
    kept = [section for section in sections if not _PAUSED.search(section.heading)]
    if not kept:
        return sections, []
    notes = [f"left out {quoted(section.heading)}: the article says it is not to be done now"
             for section in sections if _PAUSED.search(section.heading)]
    return kept, notes
