"""The article's own count of its exercises ("these 8 stretches"), set against how many were read: one more or
one fewer is a name read from text that is no exercise, or an exercise missed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from voiceroutine.importer.checks import quoted
from voiceroutine.importer.dose import numerals

_KIND = r"(?:exercises|moves|stretches|poses|movements|drills)"
_COUNTED = re.compile(rf"\b(?:these|the|those|this|our|my|all|here are|try|do)\s+(?:[\w-]+\s+)?(\d{{1,2}})\s+"
                      rf"(?:[\w-]+\s+)?{_KIND}\b", re.I)
"""A count of the exercises themselves, with a word that points at them ("these 8 gentle stretches"); a bare "2
moves" is more often a part of the routine."""
LEAST = 3
"""A smaller count is more often a part of the routine ("the 2 stretches at the end") than all of it."""
NEAR = 2
"""A count further from the number read is about something else (a part, another routine)."""


def counted_exercises_note(sentences: Iterable[str], read: int) -> list[str]:
    """A warning when the article counts its exercises and a count near, but not equal to, the number read."""
    counts = [(int(match[1]), sentence) for sentence in dict.fromkeys(sentences)
              for match in _COUNTED.finditer(numerals(sentence))]
    if not counts or any(count == read for count, _ in counts):
        return []
    count, sentence = next(((count, sentence) for count, sentence in counts
                            if count >= LEAST and 0 < abs(count - read) <= NEAR), (0, ""))
    if not count:
        return []
    return [f"the article counts {count} exercises ({quoted(sentence)}), but {read} were read: check for one that was "
            "missed or one read from text that is no exercise"]
