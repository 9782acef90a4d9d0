"""A paragraph under an exercise that tells a movement of its own with its own dose, as a page without a heading for
every exercise writes the next one ("Reach up" over "Stretch both arms high ... hold for ten seconds", then "Lift your
shoulders up to your ears. Hold for ten seconds ... ten sets." with no name): read as more of the first exercise, and
its dose given to it. No rule can tell a second movement from a longer first one, so it is warned, quoting the
paragraph: it opens with a verb of movement (not "Repeat", "Hold", "Rest") and gives a dose, after a paragraph that
gave the exercise its dose already."""

from __future__ import annotations

import re
from collections.abc import Sequence

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions, is_dose_only
from voiceroutine.importer.steps import VERBS, sentences

_DOSE_VERBS = frozenset(re.findall(r"\S+", """repeat hold do rest relax continue keep perform complete return release
switch swap change pause remain stay count breathe exhale inhale let finish go make"""))
"""Verbs that go on with the same exercise, or only say how much of it."""


def second_move(heading: str, body: Sequence[Block]) -> str | None:
    """The first paragraph of `body` after one that told a movement with its dose (not a line of dose alone, nor
    the heading's own words again) that opens with a movement and gives a dose of its own."""
    dosed = False
    for block in body:
        text = block.text.strip()
        if block.kind is not BlockKind.TEXT or not text or text in heading or heading.strip() in text:
            continue
        said = sentences(text)
        first = said[0].strip().split() if said else []
        verb = first[0].lower().strip(",") if first else ""
        gives = any(find_mentions(sentence) for sentence in said)
        if dosed and gives and verb in VERBS and verb not in _DOSE_VERBS:
            return text
        dosed = dosed or (gives and not is_dose_only(text))
    return None
