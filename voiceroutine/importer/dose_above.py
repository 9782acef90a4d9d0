"""A dose for every exercise said just above a numbered list of them: "Hold each stretch for 30 seconds." over
"1. Sit on a chair and pull your big toe back. 2. Stand on a step and let your heels drop. 3. ...".

A numbered list whose items give no dose of their own was read as one exercise's steps unless a sentence just
below it gave every item a dose ("Do each one 10 times."); the same sentence just above, where health pages put it,
made the stretches one exercise with no word. The paragraph just above the list's first item is read as the one
below is; only a sentence that speaks of each stretch or exercise (not "hold each position") shares its dose."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.steps import sentences

_EACH_EXERCISE = re.compile(r"\b(?:each|every)\s+(?:stretch|exercise|one)\b"
                            r"|\b(?:all|both|these|the)\s+(?:stretches|exercises)\b", re.I)


def shared_dose_above(blocks: list[Block] | tuple[Block, ...], first: int | None) -> tuple[str, ...]:
    """The sentences of the paragraph just above the block at `first` that give each exercise a dose."""
    if first is None or first < 1 or blocks[first - 1].kind is not BlockKind.TEXT:
        return ()
    return tuple(sentence for sentence in sentences(blocks[first - 1].text)
                 if find_mentions(sentence) and _EACH_EXERCISE.search(sentence))
